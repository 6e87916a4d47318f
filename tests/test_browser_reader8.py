"""What ten drafts of real articles showed a reader (session 16, reader8): our own rows, expectations written first.

- Two groups at one town on one day (blind-s21/04's Tapachula): the second group's circle lay on the first's and a
  click there opened the first group's popup only.  The popup now lists the other caravans' reports at that point.
- A small figure on a map of large ones (blind-s23/08: Ciudad Acuña's "dozens" beside Texas's 10,000) was a circle
  of 1.5 px: a label with no dot.  A counted circle is drawn at least MIN_RADIUS wide.
"""

from browser import browser_tests_mark, chromium, js_errors, open_page, set_viewport
from test_browser import EVIL, READY, TRAP, click_report

pytestmark = browser_tests_mark()

Q = EVIL.replace('"', '""')  # the second group's name: hostile text, shown as text
TWO_GROUPS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2022-06-tapachula,2022-06-24,Tapachula,MX,14.9054,-92.2589,departure,about 300\n"
    "2022-06-tapachula,2022-06-26,Huixtla,MX,15.1392,-92.4634,arrival,about 300\n"
    f'"{Q}",2022-06-24,Tapachula,MX,14.9054,-92.2589,departure,"some 2,000"\n'
    f'"{Q}",2022-06-27,Escuintla,MX,15.3194,-92.6583,arrival,"some 2,000"\n'
)

POPUP = "var p = document.querySelector('.leaflet-popup-content'); return p ? [p.textContent, p.innerHTML] : null;"


def test_the_popup_of_a_town_two_groups_reached_that_day_names_both(write_csv, tmp_path):
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "two-groups.html"
    save_map(render_map(build_routes(read_reports(write_csv(TWO_GROUPS)))), page)
    with chromium(1280, 800) as driver:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
        set_viewport(driver, 1280, 800)
        open_page(driver, page, wait_for=READY)
        names = driver.execute_script(
            "return routemapper.state.maps[L.stamp(routemapper.firstMap())].caravans.map(function (c) { return c.name; });")
        assert len(names) == 2
        click_report(driver, "2022-06-tapachula", 0)
        text, html = driver.execute_script(POPUP)
        # the clicked group's report, and the other group's at the same town and day, named by its caravan
        assert "about 300" in text
        assert names[1] in text and "2,000" in text
        assert "<img" not in html and "<script" not in html
        assert driver.execute_script("return window.__xss") == 0
        assert js_errors(driver) == []


SMALL_AND_LARGE = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2021-09-texas,2021-09-17,El Paso,US,31.7587,-106.4869,sighting,10000\n"
    "2021-09-acuna,2021-09-17,Ciudad Acuna,MX,29.3232,-100.9522,arrival,30\n"
)

#: How many pixels of the routes' canvas are painted on the row through report i's point, 10 px either side (a
#: canvas pixel's alpha is 0 where nothing is drawn): the dot's width, its outline included.
PAINTED_ACROSS = """
var m = routemapper.firstMap(), p = routemapper.reportPoint(m, arguments[0], arguments[1]);
var box = m.getContainer().getBoundingClientRect(), canvas = document.querySelector('canvas.rm-flow');
var r = canvas.getBoundingClientRect(), k = canvas.width / r.width, n = 0;
for (var dx = -10; dx <= 10; dx++) {
  var x = Math.round((box.left + p.x + dx - r.left) * k), y = Math.round((box.top + p.y - r.top) * k);
  if (canvas.getContext('2d').getImageData(x, y, 1, 1).data[3] > 0) { n++; }
}
return n;
"""


def test_a_small_figure_beside_a_large_one_is_a_dot_a_reader_sees(write_csv, tmp_path):
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "small.html"
    save_map(render_map(build_routes(read_reports(write_csv(SMALL_AND_LARGE)))), page)
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, page, wait_for=READY)
        # one caravan a town: no leg there.  30 people beside 10,000 was 1.6 px (5 px painted, outline included);
        # now at least MIN_RADIUS (4 px): some 9 px across
        assert driver.execute_script(PAINTED_ACROSS, "2021-09-acuna", 0) >= 8
        assert js_errors(driver) == []
