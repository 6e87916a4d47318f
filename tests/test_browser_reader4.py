"""Names on a map drafted from an article, as a reader found them (session 12, reader4).

A name the extractor took from the middle of a sentence keeps its lower-case opening word ('la ciudad de México'
gave 'ciudad de México'): the label read "ciudad de México, 17 nov".  The route table and the popup keep the
place as written (as they keep a dateline's capitals): their rows are the reporter's words.  Our own rows;
expectations written before the change.
"""

from browser import browser_tests_mark, chromium, js_errors, open_page
from test_browser import READY

pytestmark = browser_tests_mark()

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    'q,2018-11-16,Querétaro,MX,20.588,-100.388,arrival,"mil 57"\n'
    "q,2018-11-17,ciudad de México,MX,19.428,-99.128,departure,500\n")


def test_a_name_written_in_lower_case_opens_with_a_capital_on_its_label(write_csv, tmp_path):
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "mapa.html"
    save_map(render_map(build_routes(read_reports(write_csv(ROWS))), lang="es"), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        text = driver.find_element(By.TAG_NAME, "body").text
        assert "Ciudad de México, 17 nov" in text, text
        labels = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".rm-label")]
        assert "Ciudad de México, 17 nov" in labels, labels
        assert not any(label.startswith("ciudad") for label in labels), labels
        assert js_errors(driver) == []
