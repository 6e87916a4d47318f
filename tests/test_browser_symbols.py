"""Symbol markers (checkpoint, crossing, ...) in a real browser: each a picture (PNG) of its symbol, titled and focusable.

The expected colours are the caravans' (the Okabe-Ito colours in turn, as
given by hand here); the markers' places come from Leaflet's own projection.
"""

import io
import re

import pytest

from browser import READY, browser_tests_mark, chromium, js_errors, open_page, set_viewport

pytestmark = browser_tests_mark()

#: The first three caravans' colours (maps.scales.PALETTE, written out).
CARAVAN_COLOURS = {(0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00), (0x00, 0x9E, 0x73)}

MARKERS = """
var box = routemapper.firstMap().getContainer().getBoundingClientRect();
return Array.from(document.querySelectorAll('.leaflet-marker-pane .rm-symbol')).map(function (m) {
  var r = m.getBoundingClientRect();
  return {tag: m.tagName, cls: m.className, alt: m.getAttribute('alt'), title: m.getAttribute('title'),
          tab: m.getAttribute('tabindex'), src: m.getAttribute('src') || '', x: r.left + r.width / 2,
          y: r.top + r.height / 2, w: r.width, h: r.height, loaded: !!(m.complete && m.naturalWidth),
          transform: m.style.transform, left: m.style.left, top: m.style.top};
});
"""


@pytest.fixture(scope="module")
def shown(sample_routes, tmp_path_factory):
    """The sample map's symbol markers and a screenshot of it (1280x800, no network)."""
    from PIL import Image

    from maps import render_map, save_map

    page = tmp_path_factory.mktemp("symbols") / "map.html"
    save_map(render_map(sample_routes, title="Caravans"), page)
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, page, wait_for=READY)
        markers = driver.execute_script(MARKERS)
        picture = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
        errors = js_errors(driver)
    return markers, picture, errors


def test_each_symbol_marker_is_a_titled_focusable_image(shown, sample_routes):
    markers, _, errors = shown
    assert errors == []
    reports = sample_routes.reports
    expected = reports[reports["kind"].isin(["checkpoint", "blocked", "clash", "crossing", "returned"])
                       & (reports["precision"] == "point")]
    assert len(markers) == len(expected) > 0
    for m in markers:
        assert m["tag"] == "IMG" and m["src"].startswith("data:image/png")
        assert m["loaded"] and (m["w"], m["h"]) == (20, 20)
        assert m["tab"] == "0"
        assert m["title"] and m["alt"] == m["title"]  # kind, place and date, for sight and for screen readers
    kinds = sorted(m["cls"].split("rm-symbol-")[-1].split()[0] for m in markers)
    assert kinds == sorted(expected["kind"])


def test_each_symbol_marker_is_placed_by_its_left_and_top_with_no_transform(shown):
    """Not Leaflet's translate3d: Chromium makes each element with a 3D transform a composited layer of its own
    (a 1,000-report map's 339 markers were 339 layers in its first frame); and not a 2D translate either, which
    gives each marker a transform node every frame's layerization walks again."""
    markers, _, _ = shown
    assert markers
    for m in markers:
        assert m["transform"] == "", m["transform"]
        assert re.fullmatch(r"-?\d+px", m["left"]) and re.fullmatch(r"-?\d+px", m["top"]), (m["left"], m["top"])


def test_a_checkpoint_or_crossing_shows_its_caravans_colour_at_its_centre(shown):
    markers, picture, _ = shown
    coloured = [m for m in markers if "rm-symbol-checkpoint" in m["cls"] or "rm-symbol-crossing" in m["cls"]]
    assert coloured
    inside = [m for m in coloured if 0 <= m["x"] < picture.width and 0 <= m["y"] < picture.height]
    assert inside
    # the inner square of a checkpoint and the bar of a crossing are in the caravan's colour
    hits = [picture.getpixel((int(m["x"]), int(m["y"]))) in CARAVAN_COLOURS for m in inside]
    assert sum(hits) >= 0.8 * len(hits), hits  # a marker may sit under another's white face
