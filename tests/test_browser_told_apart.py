"""The page's area badge says two disagreeing figures one by one, as the caption does (tests/test_told_apart.py
has the rule; tests/js/told.test.js the script's part).  Our own rows; expectations by hand."""

from browser import browser_tests_mark, chromium, js_errors, open_page
from test_browser import READY
from test_told_apart import HONDURAS_TWICE

pytestmark = browser_tests_mark()


def test_the_area_badge_says_both_figures(write_csv, tmp_path):
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "honduras.html"
    save_map(render_map(build_routes(read_reports(write_csv(HONDURAS_TWICE)))), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        badges = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".rm-badge")]
        assert badges == ["somewhere in Honduras, 15 Jan · about 4,000 people and about 9,000 people"], badges
        assert js_errors(driver) == []
