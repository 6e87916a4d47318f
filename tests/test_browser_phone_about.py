"""On a phone (390 x 844) a map of many caravans keeps the map on the first screen: "About this map" (every
caravan's summary) scrolls in the room the map leaves above it, or stays folded when that room is less than a
few lines (the rule of maps/static/map.js fitHeight).

Before, 1,000 summaries (one paragraph each) pushed the map below the first screen: the page's
fit measured how much the map was short of the height its routes need, but not how far the words ran
past the bottom of the screen.
"""

from browser import browser_tests_mark, chromium, js_errors, open_page
from test_browser import READY

pytestmark = browser_tests_mark()

#: One report a caravan, at towns of the Chiapas coast (coordinates given: no geocoding).
TOWNS = [("Tapachula", 14.9, -92.26), ("Huixtla", 15.14, -92.46), ("Escuintla", 15.32, -92.66),
         ("Mapastepec", 15.44, -92.9), ("Pijijiapan", 15.69, -93.21), ("Arriaga", 16.24, -93.9)]
CARAVANS = 1000

SEEN = """
var m = routemapper.firstMap(), box = m.getContainer().getBoundingClientRect();
var about = document.querySelector('.rm-header details.rm-about'), text = document.querySelector('.rm-about-text');
var first = text.querySelector('p').getBoundingClientRect();
return {mapTop: box.top, mapBottom: box.bottom, screen: window.innerHeight, page: document.documentElement.scrollHeight,
        open: about.open, paragraphs: text.querySelectorAll('p').length, scrolls: text.scrollHeight > text.clientHeight,
        textBottom: text.getBoundingClientRect().bottom, firstTop: first.top, firstBottom: first.bottom,
        focusable: text.tabIndex === 0};
"""


def seen_on_a_phone(tmp_path, rows: list[str], title: str, script: str) -> dict:
    """Build a map of the CSV ``rows``, open it on a 390 x 844 screen and return what ``script`` measures."""
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    csv = tmp_path / "reports.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    page = tmp_path / "page.html"
    save_map(render_map(build_routes(read_reports(csv)), title=title), page)
    with chromium(390, 844) as driver:
        open_page(driver, page, wait_for=READY)
        seen = driver.execute_script(script)
        assert js_errors(driver) == []
    return seen


def test_on_a_phone_many_summaries_scroll_above_a_map_on_the_first_screen(tmp_path):
    rows = ["caravan,date,place,country,lat,lon,kind,count,source,url,note"]
    for i in range(CARAVANS):
        town, lat, lon = TOWNS[i % len(TOWNS)]
        rows.append(f"c{i},2018-10-{12 + i % 15},{town},MX,{lat},{lon},sighting,{100 + i},Wire,https://example.org/{i},")
    seen = seen_on_a_phone(tmp_path, rows, "A thousand caravans", SEEN)
    assert seen["paragraphs"] == CARAVANS  # every summary is there (in a scrolling box, or folded)
    assert seen["page"] <= seen["screen"], seen  # title, words, map and slider on the first screen
    assert 0 < seen["mapTop"] < seen["mapBottom"] <= seen["screen"]
    assert seen["mapBottom"] - seen["mapTop"] >= 0.4 * seen["screen"], seen  # the map, not a strip of it
    if seen["open"]:  # room for a few lines: they scroll above the map, the first one read at once
        assert seen["scrolls"] is True and seen["focusable"] is True
        assert seen["firstBottom"] <= seen["textBottom"] <= seen["mapTop"] + 1


#: Towns of Guatemala's Pacific side, west to east: a route 1.8 degrees wide and 0.4 tall.
BAND = [("Guatemala City", 14.63, -90.51), ("Escuintla", 14.3, -90.79), ("Mazatenango", 14.53, -91.5),
        ("Retalhuleu", 14.53, -91.68), ("Coatepeque", 14.7, -91.86), ("Tecun Uman", 14.67, -92.14)]

FILLED = """
var m = routemapper.firstMap(), box = m.getContainer().getBoundingClientRect();
var foot = document.querySelector('.rm-footer').getBoundingClientRect();
return {mapHeight: box.height, footBottom: foot.bottom, screen: window.innerHeight,
        page: document.documentElement.scrollHeight, open: document.querySelector('.rm-header details.rm-about').open};
"""


def test_on_a_phone_a_short_summary_opens_and_the_map_fills_the_rest_of_the_screen(tmp_path):
    """One caravan of a few stops from east to west (a band across a tall screen), a summary of a few lines: the summary
    opens above the map and the map takes every pixel left between it and the slider. Before, the map shrank to
    the height its routes need and the page ended in a blank strip (142 px on this screen) under the slider."""
    rows = ["caravan,date,place,country,lat,lon,kind,count,source"]
    for day, (town, lat, lon) in enumerate(BAND):
        rows.append(f"coast,2018-10-{20 + day},{town},GT,{lat},{lon},sighting,{2000 - 100 * day},Wire")
    seen = seen_on_a_phone(tmp_path, rows, "Along the Pacific side", FILLED)
    assert seen["open"] is True, seen  # a band of routes leaves room: the words about the map are shown
    assert seen["page"] <= seen["screen"], seen  # nothing below the first screen
    assert abs(seen["footBottom"] - seen["screen"]) <= 1, seen  # the slider sits on the screen's bottom edge
