"""The demo map in a real browser: no JavaScript errors, symbols drawn, a screenshot saved."""

import os
import time

import pytest

from browser import chromium, js_errors, missing_reason, open_page
from conftest import ROOT

REASON = missing_reason()
if REASON and os.environ.get("ROUTEMAPPER_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"ROUTEMAPPER_REQUIRE_BROWSER=1 but {REASON}")
pytestmark = pytest.mark.skipif(bool(REASON), reason=REASON or "browser available")

SHOTS = ROOT / ".cache" / "screenshots"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from maps import demo_maps

    out = tmp_path_factory.mktemp("demo")
    demo_maps(out, self_contained=True)
    return out


def test_self_contained_demo_map_renders(demo_dir, sample_routes):
    SHOTS.mkdir(parents=True, exist_ok=True)
    with chromium(1200, 800) as driver:
        open_page(driver, demo_dir / "all-caravans.html")
        time.sleep(0.5)
        counts = driver.execute_script("""
            var st = Object.values(routemapper.state.maps)[0];
            var out = {caravans: st.caravans.length, circles: 0, lines: 0, symbols: 0};
            st.caravans.forEach(function (c) { c.items.forEach(function (it) {
                if (it.layer instanceof L.Polyline) { out.lines++; }
                else if (it.layer instanceof L.CircleMarker || it.layer instanceof L.Circle) { out.circles++; }
                else if (it.layer instanceof L.Marker) { out.symbols++; }
            }); });
            out.canvas = document.querySelectorAll('canvas.leaflet-zoom-animated').length;
            out.legend = !!document.querySelector('.rm-legend');
            return out;""")
        driver.save_screenshot(str(SHOTS / "demo-all-1200x800.png"))
        assert js_errors(driver) == []
    assert counts["caravans"] == 3
    assert counts["lines"] == len(sample_routes.segments)
    assert counts["circles"] >= 20  # one per report, plus halos for ranges
    assert counts["symbols"] >= 8  # checkpoint, clash, crossing, returned symbols
    assert counts["canvas"] >= 1 and counts["legend"]
