"""A map of one town, as two of six real articles drew it (session 10, reader2): the first view showed a dot at a
5 km scale with no coast, border or neighbour in view.  Our own rows; expectations written before the fix."""

import numpy as np
import pytest

from browser import browser_tests_mark, chromium, open_page
from maps.fit import fit_bounds
from test_browser import READY


def test_one_town_is_fitted_with_its_region_around_it():
    box = fit_bounds(np.array([14.905, 14.905]), np.array([-92.259, -92.259]), np.array(["point"] * 2, dtype=object),
                     np.array([]), np.array([]))
    (south, west), (north, east) = box
    assert north - south == pytest.approx(1.5) and east - west == pytest.approx(1.5)
    assert (north + south) / 2 == pytest.approx(14.905) and (east + west) / 2 == pytest.approx(-92.259)


def test_a_long_road_keeps_its_own_box():
    box = fit_bounds(np.array([15.5, 14.68]), np.array([-88.03, -92.14]), np.array(["point"] * 2, dtype=object),
                     np.array([]), np.array([]))
    assert box == [[14.68, -92.14], [15.5, -88.03]]  # 0.82 degrees high: the width already shows the region


@browser_tests_mark()
@pytest.mark.parametrize("size", [(680, 480), (390, 844)])
def test_a_one_town_page_shows_the_region_not_the_streets(write_csv, tmp_path, size):
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "one.html"
    save_map(render_map(build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        'c,2022-06-06,Tapachula,MX,14.905,-92.259,departure,"at least 5,000"\n')))), page)
    with chromium(*size) as driver:
        open_page(driver, page, wait_for=READY)
        view = driver.execute_script(
            "var b = routemapper.firstMap().getBounds();"
            "return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()];")
    south, west, north, east = view
    assert east - west >= 1.5 and north - south >= 1.5, view  # ~165 km: the coast and Guatemala's border in view
    assert south < 14.905 < north and west < -92.259 < east, view
