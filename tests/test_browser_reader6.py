"""A popup near the top right of a map of two groups (session 14, reader6).

blind-s18/04's draft (two groups, at Mexicali and Tijuana) at 1280x800: a click on Mexicali, the top right of the
first view, opened a popup under the layer list and the "Route table" button, its place and caravan hidden.
Our own rows; expectations written before the fix.
"""

from browser import browser_tests_mark, chromium, controls_under_popup, js_errors, open_page
from test_browser import READY, click_report

pytestmark = browser_tests_mark()

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2018-11-mexicali,2018-11-21,Mexicali,MX,32.6278,-115.4545,arrival,about 1000\n"
    "2018-11-mexicali,2018-11-21,Tijuana,MX,32.5027,-117.0037,sighting,thousands\n"
    "2018-11-mexicali-2,2018-11-21,Mexicali,MX,32.6278,-115.4545,planned,\n"
)


def test_a_popup_at_the_top_right_opens_below_the_layer_list_and_the_table_button(write_csv, tmp_path):
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "groups.html"
    save_map(render_map(build_routes(read_reports(write_csv(ROWS)))), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        click_report(driver, "2018-11-mexicali", 0)
        assert controls_under_popup(driver, "top") == []
        assert js_errors(driver) == []
