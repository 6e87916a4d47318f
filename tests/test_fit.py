"""The map's first view: fitted to the road, and to the states and regions reported near it (maps.fit).

Coordinates and boxes are written by hand; the page's own copy of the rule (decode.js ``fitPoints``)
is checked on the same kind of cases by tests/js/decode.test.js.
"""

import numpy as np
import pytest

from maps.fit import fit_bounds

NAN = float("nan")
#: A road from San Pedro Sula (15.5, -88.03) through Agua Caliente (14.6, -89.1) to Tecún Umán (14.68, -92.14).
LAT, LON = [15.5, 14.6, 14.68], [-88.03, -89.1, -92.14]
ROAD = [[14.6, -92.14], [15.5, -88.03]]


def bounds(extra_lat=(), extra_lon=(), extra_precision=(), legs=((), ())):
    return fit_bounds(np.array([*LAT, *extra_lat]), np.array([*LON, *extra_lon]),
                      np.array(["point"] * 3 + list(extra_precision), dtype=object),
                      np.array(legs[0], dtype=float), np.array(legs[1], dtype=float))


def test_the_road_alone():
    assert bounds() == ROAD


def test_a_state_near_the_road_is_in_view():
    # Oaxaca's point, 1.4 degrees north and 3.86 west of the road's box (which spans 4.11 degrees)
    assert bounds([16.9], [-96.0], ["admin1"]) == [[14.6, -96.0], [16.9, -88.03]]


@pytest.mark.parametrize("lat, lon, precision", [
    (31.0, -106.0, "region"),   # the US border area, 15.5 degrees north of the road
    (15.0, -90.0, "country"),   # inside the box, but a country's point is no place on the road
    (NAN, NAN, "admin1"),       # not located
])
def test_a_far_area_a_country_or_an_unlocated_report_is_not_fitted(lat, lon, precision):
    assert bounds([lat], [lon], [precision]) == ROAD


def test_a_short_route_reaches_four_degrees():
    near = fit_bounds(np.array([14.9, 18.8]), np.array([-92.2, -92.1]), np.array(["point", "admin1"], dtype=object),
                      np.array([]), np.array([]))
    assert near == [[14.9, -92.2], [18.8, -92.1]]  # 3.9 degrees from a one-point route
    far = fit_bounds(np.array([14.9, 19.2]), np.array([-92.2, -92.1]), np.array(["point", "admin1"], dtype=object),
                     np.array([]), np.array([]))
    # the far area is not fitted: the one town alone, with MIN_VIEW_SPAN (1.5 degrees) of region about it
    assert np.allclose(far, [[14.15, -92.95], [15.65, -91.45]]), far


def test_leg_ends_count_as_road():
    got = fit_bounds(np.array([NAN]), np.array([NAN]), np.array(["point"], dtype=object),
                     np.array([14.6, 16.0]), np.array([-92.0, -93.0]))
    # 1.4 by 1.0 degrees: less than MIN_VIEW_SPAN either way, so widened to 1.5 both ways about its centre
    assert np.allclose(got, [[14.55, -93.25], [16.05, -91.75]]), got


def test_areas_only_and_nothing_located():
    areas = fit_bounds(np.array([16.5, 15.0]), np.array([-92.5, -90.0]), np.array(["admin1", "region"], dtype=object),
                       np.array([]), np.array([]))
    assert areas == [[13.5, -94.0], [18.0, -88.5]]  # 1.5 degrees of room around them (AREA_ONLY_ROOM)
    assert fit_bounds(np.array([15.0]), np.array([-90.0]), np.array(["country"], dtype=object),
                      np.array([]), np.array([])) is None
