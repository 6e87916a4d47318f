"""The first view, then the rest: a map draws its routes, circles, symbols, the names of its stops and countries,
its legend and controls first, in the task that runs its script; the country outlines and the symbol markers
(focusable, titled) come after that view is on screen, in the browser's idle time (maps/static/later.js).

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
return {{first: !!st.firstDrawnAt, view: !!st.firstViewAt, drawn: !!st.drawn, reports: st.drawn ? st.drawn.reports : null,
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


#: Every stop's and country's name as shown: text and place.
NAMES = """
return Array.from(document.querySelectorAll('.rm-labels > *, .rm-countries > *')).map(function (n) {
  return [n.textContent, n.style.left, n.style.top];
});
"""


#: Stop names whose box overlaps a symbol marker's picture (text and the marker's title).
NAMES_ON_MARKERS = """
var marks = Array.from(document.querySelectorAll('.leaflet-marker-pane .rm-symbol')), out = [];
document.querySelectorAll('.rm-labels .rm-label').forEach(function (n) {
  var a = n.getBoundingClientRect();
  marks.forEach(function (m) {
    var b = m.getBoundingClientRect();
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { out.push([n.textContent, m.title]); }
  });
});
return out;
"""


def test_the_first_view_has_routes_names_and_symbols_then_outlines_and_markers(page, sample_routes):
    with chromium(1280, 800) as driver:
        first = open_held(driver, page)
        first_names = driver.execute_script(NAMES)
        # the first view: routes drawn on the canvas, the stops' and countries' names, title, legend, slider, the
        # route table's button; what the benchmark waits for (firstViewAt) is set
        assert first["first"] and first["view"] and first["canvas"] == 1 and first["title"] == 1
        assert first["legend"] == 1 and first["slider"] == 1 and first["table"] == 1
        assert first["names"] > 0 and first["countries"] > 0
        # and neither outlines nor markers while the idle callbacks are held
        assert (first["markers"], first["outlines"]) == (0, 0)
        assert first["drawn"] is False
        slices = driver.execute_script(RELEASE)
        done = driver.execute_script(SEEN)
        done_names = driver.execute_script(NAMES)
        covered = driver.execute_script(NAMES_ON_MARKERS)
        errors = js_errors(driver)
    assert errors == []
    assert slices >= 1 and done["drawn"]
    assert done["markers"] == symbol_reports(sample_routes) > 0
    assert done["outlines"] > 0
    assert done["reports"] >= done["names"]
    # the markers that came after the first view do not move a name, and no name lies on one: the first view
    # kept the names clear of the markers to come
    assert first_names == done_names
    assert covered == []


#: Release the held idle callbacks one slice at a time, each slice doing one piece of work (a clock that jumps
#: 5 ms a reading ends a slice after its first step), and look after each: the outlines' paths and markers made,
#: whether they are shown, and how many country names are.
ONE_BY_ONE = f"""
var st = {STATE}, real = performance.now, clock = real.call(performance), seen = [];
function look() {{
  var svg = document.querySelector('.leaflet-rm-outlines-pane svg'), img = document.querySelector('.leaflet-marker-pane .rm-symbol');
  return {{paths: document.querySelectorAll('.leaflet-rm-outlines-pane path').length,
           outlinesShown: !!svg && getComputedStyle(svg).display !== 'none',
           markers: document.querySelectorAll('.leaflet-marker-pane .rm-symbol').length,
           markersShown: !!img && getComputedStyle(img).display !== 'none',
           countries: Array.from(document.querySelectorAll('.rm-country')).filter(function (n) {{
             return n.getClientRects().length > 0; }}).length}};
}}
seen.push(look());
performance.now = function () {{ clock += 5; return clock; }};
try {{
  for (var k = 0; k < 5000 && !st.drawn; k++) {{
    var fn = window.rmHeld.shift(); if (!fn) {{ break; }}
    fn({{timeRemaining: function () {{ return 0; }}, didTimeout: true}});
    seen.push(look());
  }}
}} finally {{ performance.now = real; }}
return seen;
"""


def test_the_outlines_and_the_markers_are_shown_once_whole(page, sample_routes):
    """The idle-time slices add the outlines a country at a time and the markers a few at a time, out of sight:
    each is shown once all are there (one drawing of the page for each, not one a slice); the country names of
    the first view stay shown meanwhile."""
    with chromium(1280, 800) as driver:
        open_held(driver, page)
        seen = driver.execute_script(ONE_BY_ONE)
        errors = js_errors(driver)
    assert errors == []
    last = seen[-1]
    assert last["outlinesShown"] and last["markersShown"] and last["markers"] == symbol_reports(sample_routes)
    assert any(0 < s["paths"] < last["paths"] for s in seen)  # the outlines came in several slices
    assert all(s["paths"] == last["paths"] for s in seen if s["outlinesShown"])
    assert all(s["markers"] == last["markers"] for s in seen if s["markersShown"])
    assert seen[0]["countries"] > 0 and all(s["countries"] == seen[0]["countries"] for s in seen)


#: The canvas's pixels as the first view painted them, then once more after the markers are made (a redraw of the
#: same view, which leaves the symbols to the markers): where they differ, and where each symbol report is.
SYMBOLS_PAINTED = f"""
var st = {STATE}, m = routemapper.firstMap(), canvas = document.querySelector('canvas.rm-flow');
var W = canvas.width, H = canvas.height, first = canvas.getContext('2d').getImageData(0, 0, W, H).data.slice();
for (var k = 0; k < 500 && !st.drawn; k++) {{
  var fn = window.rmHeld.shift(); if (!fn) {{ break; }}
  fn({{timeRemaining: function () {{ return 50; }}, didTimeout: false}});
}}
st.flow.redraw();
var now = canvas.getContext('2d').getImageData(0, 0, W, H).data, changed = [];
for (var i = 0; i < W * H; i++) {{
  if (first[4 * i] !== now[4 * i] || first[4 * i + 1] !== now[4 * i + 1] || first[4 * i + 2] !== now[4 * i + 2] ||
      first[4 * i + 3] !== now[4 * i + 3]) {{ changed.push([i % W, Math.floor(i / W)]); }}
}}
var points = [];
st.caravans.forEach(function (c) {{
  var r = c.reports;
  for (var j = 0; j < r.lat.length; j++) {{
    var p = m.latLngToContainerPoint([r.lat[j], r.lon[j]]);
    points.push({{kind: c.str[r.kind[j]], precision: c.str[r.precision[j]], x: p.x, y: p.y}});
  }}
}});
return {{changed: changed, points: points, W: W, H: H, ratio: window.devicePixelRatio || 1,
        markers: document.querySelectorAll('.leaflet-marker-pane .rm-symbol').length}};
"""


def test_the_first_view_paints_each_symbol_where_its_marker_comes(page, sample_routes):
    """Before the symbol markers are made, the canvas paints their pictures at their places (20 px boxes), and
    nothing else changes when the canvas draws the same view without them."""
    with chromium(1280, 800) as driver:
        open_held(driver, page)
        seen = driver.execute_script(SYMBOLS_PAINTED)
        errors = js_errors(driver)
    assert errors == []
    assert seen["ratio"] == 1 and seen["markers"] == symbol_reports(sample_routes)
    kinds = {"checkpoint", "blocked", "clash", "crossing", "returned"}
    symbols = [p for p in seen["points"] if p["kind"] in kinds and p["precision"] == "point"
               and 0 <= p["x"] < seen["W"] and 0 <= p["y"] < seen["H"]]
    assert symbols and seen["changed"]
    near = lambda x, y, p: abs(x - p["x"]) <= 11 and abs(y - p["y"]) <= 11  # noqa: E731
    # every pixel the symbols changed lies in a symbol's box, and every symbol in view changed pixels
    assert all(any(near(x, y, p) for p in symbols) for x, y in seen["changed"])
    assert all(any(near(x, y, p) for x, y in seen["changed"]) for p in symbols)


def test_printing_before_the_idle_time_prints_everything(page, sample_routes):
    with chromium(1280, 800) as driver:
        first = open_held(driver, page)
        assert first["outlines"] == 0 and first["markers"] == 0
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
    """The first view's names give way to the zoomed view's, before the markers come: each name lies next to its
    stop where the stop is now (a circle's radius, at most 40 px, plus the leader bound, 64)."""
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


def test_names_read_the_outlines_of_countries_in_view_only(page):
    """A country with no label point in view is named in the room its outline leaves in the view: its outline is
    read (the page's data block parsed, its rings made) only when its box shows enough of it in view. The
    sample map's view is Central America: the United States, the Bahamas, Jamaica... are wholly out of it."""
    with chromium(1280, 800) as driver:
        open_held(driver, page)
        read = driver.execute_script(f"""
            var st = {STATE};
            return {{read: Object.keys(st.outlineShapes || {{}}).map(function (k) {{ return k.split('\\u0000')[0]; }}),
                    countries: st.countries.map(function (c) {{ return c.iso2; }}),
                    named: Array.from(document.querySelectorAll('.rm-country')).map(function (n) {{ return n.textContent; }})}};""")
        errors = js_errors(driver)
    assert errors == []
    assert "US" in read["countries"] and "Guatemala" in read["named"]
    assert "US" not in read["read"] and "BS" not in read["read"]
    assert len(read["read"]) < len(read["countries"]) / 2
