"""A 100,000-report map in a real browser: what it paints is what the data holds.

The reports are laid out so that the answer is known without the code under
test: 100 caravans of 1,000 reports, each caravan inside its own small box
(0.2 degrees) on a 10 x 10 grid of boxes 0.8 degrees apart, so every box is
painted in its caravan's colour and the gaps between boxes are empty.
"""

import time

import numpy as np
import pandas as pd
import pytest

from browser import browser_tests_mark, chromium, js_errors, open_page, set_viewport

pytestmark = browser_tests_mark()

CARAVANS, EACH, STEP, BOX = 100, 1000, 0.8, 0.2
LAT0, LON0 = 12.0, -95.0
STATE = "routemapper.state.maps[L.stamp(routemapper.firstMap())]"
FIRST = f"window.routemapper && routemapper.firstMap() && {STATE}.firstDrawnAt"
DETAIL = f"window.routemapper && routemapper.firstMap() && {STATE}.drawn"

#: The canvas's RGBA at each container point (CSS pixels) given as [x, y].
PIXELS = """
var canvas = document.querySelector('canvas.rm-flow'), ratio = window.devicePixelRatio || 1;
var ctx = canvas.getContext('2d');
return arguments[0].map(function (p) {
  return Array.from(ctx.getImageData(Math.round(p[0] * ratio), Math.round(p[1] * ratio), 1, 1).data);
});
"""
#: Container points of [lat, lon] pairs, by Leaflet's own projection (not the page's arrays).
POINTS = """
var map = routemapper.firstMap();
return arguments[0].map(function (ll) { var p = map.latLngToContainerPoint(ll); return [p.x, p.y]; });
"""


def centre(k: int) -> tuple[float, float]:
    return LAT0 + (k // 10) * STEP, LON0 + (k % 10) * STEP


@pytest.fixture(scope="module")
def big_page(tmp_path_factory):
    """``routemapper build`` of the 100,000 reports, self-contained; returns (page, reports frame)."""
    from click.testing import CliRunner

    from maps.cli import main

    rng = np.random.default_rng(14)
    k = np.repeat(np.arange(CARAVANS), EACH)
    lat0, lon0 = np.array([centre(c) for c in range(CARAVANS)]).T
    frame = pd.DataFrame({
        "caravan": [f"c{c:03d}" for c in k],
        "date": (np.datetime64("2019-01-01") + np.tile(np.arange(EACH), CARAVANS) // 10).astype(str),
        "place": "",
        "lat": np.round(lat0[k] + rng.uniform(-BOX / 2, BOX / 2, len(k)), 5),
        "lon": np.round(lon0[k] + rng.uniform(-BOX / 2, BOX / 2, len(k)), 5),
        "kind": "sighting",
        "count": "",
    })
    out = tmp_path_factory.mktemp("big")
    frame.to_csv(out / "reports.csv", index=False)
    result = CliRunner().invoke(main, ["build", str(out / "reports.csv"), "-o", str(out / "map.html")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out / "map.html", frame


def rgb(hex_color: str) -> np.ndarray:
    return np.array([int(hex_color[i:i + 2], 16) for i in (1, 3, 5)])


def test_a_100k_report_page_paints_each_caravan_where_its_reports_are_and_nothing_between(big_page):
    page, frame = big_page
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, page, wait_for=FIRST, timeout=120)
        first = driver.execute_script(f"return {STATE}.overviewDrawn || null;")
        if first is not None:  # the overview came before the reports (the usual case): it counts them all
            assert first["reports"] == CARAVANS * EACH
        open_page(driver, page, wait_for=DETAIL, timeout=120)
        drawn = driver.execute_script(f"return {STATE}.drawn;")
        colors = driver.execute_script(f"return {STATE}.caravans.map(function (c) {{ return c.id + ' ' + c.color; }});")
        colors = dict(line.split(" ") for line in colors)
        assert drawn["pixels"] is True  # 200,000 shapes: painted as pixels
        assert drawn["segments"] == CARAVANS * (EACH - 1)
        assert drawn["reports"] >= CARAVANS * EACH  # every report (plus any area badges)

        # each caravan: the pixels at a sample of its own reports are painted in its colour
        sample = frame.groupby("caravan").head(5)
        points = driver.execute_script(POINTS, sample[["lat", "lon"]].to_numpy().tolist())
        inside = [p for p in points if 2 <= p[0] < 1278 and 2 <= p[1] < 798]
        assert len(inside) == len(points), "the first view shows every report"
        pixels = np.array(driver.execute_script(PIXELS, points))
        assert (pixels[:, 3] > 0).all(), "a report with nothing painted at its place"
        want = np.array([rgb(colors[c]) for c in sample["caravan"]])
        # a report is painted at 0.8 of its colour, a leg at full colour: the hue is the caravan's
        scale = pixels[:, :3].max(axis=1, keepdims=True) / np.maximum(want.max(axis=1, keepdims=True), 1)
        assert np.abs(pixels[:, :3] - want * scale).max() <= 3

        # the gaps: halfway between neighbouring boxes, no report and no leg, so nothing is painted
        gaps = [[LAT0 + (i + 0.5) * STEP, LON0 + (j + 0.5) * STEP] for i in range(9) for j in range(9)]
        empty = np.array(driver.execute_script(PIXELS, driver.execute_script(POINTS, gaps)))
        assert (empty[:, 3] == 0).all(), "something painted where no report or leg lies"
        assert js_errors(driver) == []


def test_zoomed_in_on_one_caravan_every_one_of_its_reports_is_drawn(big_page):
    page, frame = big_page
    k = 45
    lat, lon = centre(k)
    mine = frame[frame["caravan"] == f"c{k:03d}"]
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, page, wait_for=DETAIL, timeout=120)
        driver.execute_script(f"{STATE}.drawn = null; routemapper.firstMap().setView([{lat}, {lon}], 11, "
                              "{animate: false});")
        deadline = time.monotonic() + 60
        while not driver.execute_script(f"return !!{STATE}.drawn;") and time.monotonic() < deadline:
            time.sleep(0.05)
        drawn = driver.execute_script(f"return {STATE}.drawn;")
        assert not drawn.get("pixels"), "1,000 reports in view are drawn as shapes"
        points = driver.execute_script(POINTS, mine[["lat", "lon"]].to_numpy().tolist())
        assert all(0 <= p[0] < 1280 and 0 <= p[1] < 800 for p in points)
        pixels = np.array(driver.execute_script(PIXELS, points))
        assert (pixels[:, 3] > 0).all(), "a report of the caravan with nothing drawn at its place"
        assert drawn["segments"] == EACH - 1
        assert js_errors(driver) == []
