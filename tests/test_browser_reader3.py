"""The route table of a map drafted from an article, as a reader found it (session 11, reader3).

`routemapper extract` writes no source for its rows (the article is the source), so every drafted map's route
table had a "Source" column empty from top to bottom, squeezing the place and size beside it.  Our own rows;
expectations written before the change.
"""

from browser import browser_tests_mark, chromium, js_errors, open_page, wait_for
from test_browser import READY

pytestmark = browser_tests_mark()

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count,source,url\n"
    "c,2024-05-14,Calipan,MX,18.2952,-97.1638,crossing,,,\n"
    'c,2024-05-16,Tehuacán,MX,18.4642,-97.3974,arrival,"about 1,200",,\n'
)


def _heads(tmp_path, rows: str, write_csv) -> list[str]:
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "table.html"
    save_map(render_map(build_routes(read_reports(write_csv(rows)))), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        driver.find_element(By.CSS_SELECTOR, ".rm-table summary").click()
        table = wait_for(driver, ".rm-table table")
        heads = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
        cells = [len(tr.find_elements(By.CSS_SELECTOR, "td")) for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
        assert js_errors(driver) == []
    return heads, cells


def test_a_table_with_no_source_has_no_empty_source_column(write_csv, tmp_path):
    heads, cells = _heads(tmp_path, ROWS, write_csv)
    assert heads == ["Date", "Place", "What", "Group size"], heads
    assert cells == [4, 4], cells


def test_one_source_keeps_the_column(write_csv, tmp_path):
    rows = ROWS.replace("crossing,,,", "crossing,,Agencia,")
    heads, cells = _heads(tmp_path, rows, write_csv)
    assert heads == ["Date", "Place", "What", "Group size", "Source"], heads
    assert cells == [5, 5], cells


def test_a_click_on_a_place_reported_on_two_days_reaches_both(write_csv, tmp_path):
    # A real draft: at Vado Hondo about 2,000 stopped on the 16th and clashed with soldiers on the 17th; a click
    # there showed the clash only, "Group size: not reported", and the 2,000 could not be reached.
    from selenium.webdriver.common.by import By
    from test_browser import click_report

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    rows = ("caravan,date,place,country,lat,lon,kind,count\n"
            'c,2021-01-16,Vado Hondo,GT,14.7333,-89.5,sighting,"about 2,000"\n'
            "c,2021-01-17,Vado Hondo,GT,14.7333,-89.5,clash,\n")
    page = tmp_path / "two-days.html"
    save_map(render_map(build_routes(read_reports(write_csv(rows)))), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        click_report(driver, "c", 1)
        text = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup").text
        assert "clash" in text, text
        assert "Also reported here" in text and "16 January 2021: sighting, about 2,000 (1,800–2,200)" in text, text
        assert js_errors(driver) == []
