"""A popup near the bottom right of a map opens clear of the legend (session 15, reader7).

blind-s21/12's draft (Tapachula, Arriaga, Mexico City) at 1280x800: a click on Tapachula, the bottom right of the
first view, opened a popup whose right column and close button were under the legend panel (a click on its x
landed on the legend); reader6 saw the same at Mexico City (blind-s18/08).  Our own rows; expectations written
before the fix.
"""

from browser import browser_tests_mark, chromium, controls_under_popup, js_errors, open_page, set_viewport
from test_browser import READY, click_report

pytestmark = browser_tests_mark()

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2025-10-tapachula,2025-10-01,Tapachula,MX,14.9054,-92.2589,departure,about 300\n"
    "2025-10-tapachula,2025-10-16,Arriaga,MX,16.2356,-93.8997,arrival,about 300\n"
    "2025-10-tapachula,2025-10-19,Mexico City,MX,19.4285,-99.1277,arrival,40\n"
)


def test_a_popup_at_the_bottom_right_opens_left_of_the_legend(write_csv, tmp_path):
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "bottom-right.html"
    save_map(render_map(build_routes(read_reports(write_csv(ROWS)))), page)
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, page, wait_for=READY)
        where = driver.execute_script(
            "var m = routemapper.firstMap(), p = routemapper.reportPoint(m, arguments[0], 0), s = m.getSize();"
            "return [p.x / s.x, p.y / s.y];", "2025-10-tapachula")
        assert where[0] > 0.6 and where[1] > 0.6  # the case: Tapachula in the bottom right of the first view
        click_report(driver, "2025-10-tapachula", 0)
        assert controls_under_popup(driver, "bottom") == []
        assert js_errors(driver) == []


MONTH_ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2018-03-mexico-city,~2018-03,Mexico City,MX,19.4285,-99.1277,sighting,\n"
    "2018-03-mexico-city,2018-04-19,Guadalajara,MX,20.6774,-103.3475,departure,about 500\n"
)

LABELS = "return Array.prototype.map.call(document.querySelectorAll('.rm-label'), function (b) { return b.textContent; });"


def test_a_label_names_the_month_of_a_date_known_only_to_its_month(write_csv, tmp_path):
    """blind-s20/08's draft labelled a March sighting "Mexico City, 16 Mar" (the table said "March 2018")."""
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "month.html"
    save_map(render_map(build_routes(read_reports(write_csv(MONTH_ROWS)))), page)
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, page, wait_for=READY)
        labels = driver.execute_script(LABELS)
        assert "Mexico City, Mar 2018" in labels and "Guadalajara, 19 Apr" in labels
        assert not any("16 Mar" in text for text in labels)
        assert js_errors(driver) == []
