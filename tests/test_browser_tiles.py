"""The base tiles go on the map once its view is fitted: no tile is asked for at folium's starting view.

The page is written with folium's starting view (zoom 5 around 15 N 90 W); the page script fits the routes
afterwards.  Tiles put on the map at once were asked for at the starting view too (about 20 at 1280 x 800),
tiles no reader sees, and the page's load event waited for them.  Tiles come from a server of our own on
127.0.0.1 (``local_servers.TileServer``), which records every path asked for.
"""

import re
import time

import folium

from browser import browser_tests_mark, chromium, js_errors, open_page
from conftest import SAMPLES
from local_servers import TileServer
from test_browser import READY

pytestmark = browser_tests_mark()

#: folium's starting view as maps/render.py writes it (zoom_start=5).
START_ZOOM = 5
TILE_PATH = re.compile(r"^/(\d+)/(\d+)/(\d+)\.png$")


def _page(tmp_path, tiles: TileServer, **tile_options):
    from maps import render_map, save_map
    from routes import build_routes, read_many

    layer = folium.TileLayer(tiles.template, attr="local test tiles", **tile_options)
    page = tmp_path / "tiles.html"
    save_map(render_map(build_routes(read_many(SAMPLES)), title="Tiles", tiles=layer, self_contained=True), page)
    return page, layer


def _wait_for_tiles(driver, timeout: float = 15.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        loaded = driver.execute_script("return document.querySelectorAll('img.leaflet-tile-loaded').length")
        pending = driver.execute_script("return document.querySelectorAll('img.leaflet-tile:not(.leaflet-tile-loaded)').length")
        if loaded and not pending:
            return loaded
        time.sleep(0.1)
    raise AssertionError("the tiles never finished loading")


def test_tiles_are_asked_for_at_the_fitted_view_only(tmp_path):
    with TileServer() as tiles:
        page, _ = _page(tmp_path, tiles)
        with chromium(1280, 800) as driver:
            open_page(driver, page, wait_for=READY)
            loaded = _wait_for_tiles(driver)
            zoom = driver.execute_script("return routemapper.firstMap().getZoom();")
            credit = driver.execute_script(
                "return document.querySelector('.leaflet-control-attribution').textContent;")
            assert js_errors(driver) == []
        asked = [TILE_PATH.match(p) for p in tiles.requests]
        zooms = sorted({int(m.group(1)) for m in asked if m})
    assert zoom != START_ZOOM, "the samples' fitted view must differ from the starting view for this test to tell"
    assert zooms == [round(zoom)], f"tiles asked for at zooms {zooms}; the fitted view is at {zoom}"
    assert loaded > 0 and tiles.tiles_served() >= loaded
    assert credit.count("local test tiles") == 1  # the tiles' credit, once (it is shown before they are on the map)


def test_a_tile_layer_given_is_not_changed_and_one_kept_off_stays_off(tmp_path):
    with TileServer() as tiles:
        _, given = _page(tmp_path, tiles)
        assert given.show is True  # the caller's layer: the page holds a copy back, not this one
        page, _ = _page(tmp_path, tiles, show=False)
        with chromium(1280, 800) as driver:
            open_page(driver, page, wait_for=READY)
            time.sleep(1.0)  # time for tiles to be asked for, had they been put on the map
            on_map = driver.execute_script("return document.querySelectorAll('img.leaflet-tile').length")
        assert on_map == 0 and tiles.tiles_served() == 0


def test_the_fitted_view_s_tiles_are_asked_for_before_the_view_is_drawn(tmp_path):
    """The routes are drawn and named after the fitted view's tiles are asked for (in the same task, a microtask
    later), so the tiles' answers come while the view is drawn rather than after it (the load event waits for
    them): each tile's request starts before the page marks its first view."""
    with TileServer() as tiles:
        page, _ = _page(tmp_path, tiles)
        with chromium(1280, 800) as driver:
            open_page(driver, page, wait_for=READY)
            _wait_for_tiles(driver)
            starts = driver.execute_script(
                "return performance.getEntriesByType('resource').filter(function (e) {"
                " return /\\/\\d+\\/\\d+\\/\\d+\\.png$/.test(e.name); }).map(function (e) { return e.startTime; });")
            view = driver.execute_script(
                "return routemapper.state.maps[L.stamp(routemapper.firstMap())].firstViewAt;")
            assert js_errors(driver) == []
    assert starts and view
    assert max(starts) < view, (max(starts), view)
