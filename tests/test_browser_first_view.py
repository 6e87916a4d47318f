"""The first view, then the rest: a map draws its routes, legend and controls first; the country outlines, the
symbol markers and the names come after that view is on screen, in the browser's idle time (maps/static/later.js).

The browser's idle callbacks are held back here (a script the page runs before its own replaces
``requestIdleCallback``), so what the first view holds is seen before anything later runs, whatever the
machine's speed; then they are let go, or the print dialog asks for everything at once. What the complete
map must hold comes from the sample reports: their symbol kinds, their places.
"""

import pytest

from browser import browser_tests_mark, chromium, js_errors, open_page, set_viewport

pytestmark = browser_tests_mark()

#: Run before the page's own scripts: idle callbacks wait in ``window.rmHeld`` until the test runs them.
HOLD = """
window.rmHeld = [];
window.requestIdleCallback = function (fn) { window.rmHeld.push(fn); return window.rmHeld.length; };
"""

STATE = "routemapper.state.maps[L.stamp(routemapper.firstMap())]"
FIRST = f"window.routemapper && routemapper.firstMap() && {STATE}.firstDrawnAt"

SEEN = f"""
var st = {STATE}, n = function (css) {{ return document.querySelectorAll(css).length; }};
return {{first: !!st.firstDrawnAt, drawn: !!st.drawn, reports: st.drawn ? st.drawn.reports : null,
        names: n('.rm-labels .rm-label'), countries: n('.rm-country'), markers: n('.leaflet-marker-pane .rm-symbol'),
        outlines: n('.leaflet-rm-outlines-pane path'), canvas: n('canvas.rm-flow'), legend: n('.rm-legend'),
        title: n('.rm-header h1'), slider: n('.rm-slider input'), table: n('.rm-table'), held: window.rmHeld.length}};
"""

#: Let the held idle callbacks run (each may ask for the next), 50 ms a slice, until the map is drawn.
RELEASE = f"""
for (var k = 0; k < 500 && !{STATE}.drawn; k++) {{
  var fn = window.rmHeld.shift();
  if (!fn) {{ break; }}
  fn({{timeRemaining: function () {{ return 50; }}, didTimeout: false}});
}}
return k;
"""


@pytest.fixture(scope="module")
def page(sample_routes, tmp_path_factory):
    from maps import render_map, save_map

    path = tmp_path_factory.mktemp("first-view") / "map.html"
    save_map(render_map(sample_routes, title="Caravans"), path)
    return path


def symbol_reports(routes) -> int:
    reports = routes.reports
    return int((reports["kind"].isin(["checkpoint", "blocked", "clash", "crossing", "returned"])
                & (reports["precision"] == "point")).sum())


def open_held(driver, page) -> dict:
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOLD})
    set_viewport(driver, 1280, 800)
    open_page(driver, page, wait_for=f"{FIRST} && window.rmHeld.length")
    return driver.execute_script(SEEN)


def test_the_first_view_comes_first_then_outlines_markers_and_names(page, sample_routes):
    with chromium(1280, 800) as driver:
        first = open_held(driver, page)
        # the first view: routes drawn on the canvas, title, legend, slider, the route table's button
        assert first["first"] and first["canvas"] == 1 and first["title"] == 1
        assert first["legend"] == 1 and first["slider"] == 1 and first["table"] == 1
        # and nothing of what comes later, while the idle callbacks are held
        assert (first["names"], first["countries"], first["markers"], first["outlines"]) == (0, 0, 0, 0)
        assert first["drawn"] is False
        slices = driver.execute_script(RELEASE)
        done = driver.execute_script(SEEN)
        errors = js_errors(driver)
    assert errors == []
    assert slices >= 1 and done["drawn"]
    assert done["markers"] == symbol_reports(sample_routes) > 0
    assert done["outlines"] > 0 and done["names"] > 0 and done["countries"] > 0
    assert done["reports"] >= done["names"]


def test_printing_before_the_idle_time_prints_everything(page, sample_routes):
    with chromium(1280, 800) as driver:
        first = open_held(driver, page)
        assert first["names"] == 0 and first["markers"] == 0
        driver.execute_script("window.dispatchEvent(new Event('beforeprint'));")
        done = driver.execute_script(SEEN)
        driver.execute_script("window.dispatchEvent(new Event('afterprint'));")
        errors = js_errors(driver)
    assert errors == []
    assert done["drawn"] and done["names"] > 0 and done["countries"] > 0 and done["outlines"] > 0
    assert done["markers"] == symbol_reports(sample_routes)


#: For each stop's name: how far (px) its box lies from its stop's circle centre in the view shown now.
NAME_GAPS = """
var m = routemapper.firstMap(), box = m.getContainer().getBoundingClientRect();
return Array.from(document.querySelectorAll('.rm-labels .rm-label')).map(function (b) {
  var c = b.rmHit.caravan, p = m.latLngToContainerPoint([c.reports.lat[b.rmHit.i], c.reports.lon[b.rmHit.i]]);
  var q = b.getBoundingClientRect(), x = p.x + box.left, y = p.y + box.top;
  return Math.hypot(Math.max(q.left - x, 0, x - q.right), Math.max(q.top - y, 0, y - q.bottom));
});
"""


def test_a_zoom_before_the_idle_time_names_the_new_view(page):
    """The first view's names are dropped for the zoomed view's, placed in idle time all the same: each name
    lies next to its stop where the stop is now (a circle's radius, at most 40 px, plus the leader bound, 64)."""
    with chromium(1280, 800) as driver:
        open_held(driver, page)
        driver.execute_script("var m = routemapper.firstMap(); m.setZoom(m.getZoom() + 1.5, {animate: false});")
        driver.execute_async_script("var done = arguments[0]; requestAnimationFrame(function () {"
                                    " requestAnimationFrame(function () { done(); }); });")  # the redraw's frame
        driver.execute_script(RELEASE)
        done = driver.execute_script(SEEN)
        gaps = driver.execute_script(NAME_GAPS)
        errors = js_errors(driver)
    assert errors == []
    assert done["drawn"] and done["names"] > 0
    assert len(gaps) == done["names"] and max(gaps) <= 104, gaps


#: The outline step given no time left, called until it says it is done: the outline paths on the map after each call.
OUTLINES_BY_STEP = f"""
var st = {STATE}, paths = function () {{ return document.querySelectorAll('.leaflet-rm-outlines-pane path').length; }};
var counts = [], done = false;
for (var k = 0; k < 100 && !done; k++) {{ done = st.addOutlines(function () {{ return false; }}); counts.push(paths()); }}
return counts;
"""


def test_the_outlines_go_on_a_country_at_a_time(page, sample_routes):
    """A slice puts the next country's outline on the map (the largest outline alone was a 15-20 ms task after the
    first view); read whole (a redraw's country names), the layer has every country at once."""
    from maps.outlines import OutlineLayer

    countries = len(OutlineLayer.around(sample_routes).data["features"])
    with chromium(1280, 800) as driver:
        open_held(driver, page)
        counts = driver.execute_script(OUTLINES_BY_STEP)
        # a fresh page: two countries, then the layer read whole
        open_held(driver, page)
        whole = driver.execute_script(f"""
            var st = {STATE};
            st.addOutlines(function () {{ return false; }}); st.addOutlines(function () {{ return false; }});
            var before = document.querySelectorAll('.leaflet-rm-outlines-pane path').length;
            var layers = st.outlines.getLayers().length;
            return [before, layers, document.querySelectorAll('.leaflet-rm-outlines-pane path').length,
                    st.addOutlines(function () {{ return false; }})];""")
        errors = js_errors(driver)
    assert errors == []
    assert countries > 3
    assert counts == list(range(1, countries + 1))
    assert whole == [2, countries, countries, True]
