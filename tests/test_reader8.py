"""The first view is fitted to the road, not to a plan far from it (session 16, reader8; reader7's finding 12).

blind-s20/08's draft had a planned stop at Pacific (Missouri), 2,000 km from the route in Mexico (the article's
"Pacific coast city of Mazatlan"): the first view was fitted to it too, and the route was small at the bottom of the
map.  A planned place is fitted as a state's report near the route is (maps.fit.FIT_AREA_REACH): in view when near
the road, left to the table and a zoom out when far.  Coordinates and boxes written by hand.
"""

import numpy as np

from maps.fit import fit_bounds

#: A road from San Pedro Sula (15.5, -88.03) through Agua Caliente (14.6, -89.1) to Tecún Umán (14.68, -92.14).
LAT, LON = [15.5, 14.6, 14.68], [-88.03, -89.1, -92.14]
ROAD = [[14.6, -92.14], [15.5, -88.03]]


def bounds(extra_lat, extra_lon, planned):
    lat, lon = np.array([*LAT, *extra_lat]), np.array([*LON, *extra_lon])
    return fit_bounds(lat, lon, np.array(["point"] * len(lat), dtype=object), np.array([]), np.array([]),
                      planned=np.array([False] * 3 + list(planned)))


def test_a_plan_far_from_the_road_is_not_fitted():
    # Pacific (Missouri): 23 degrees north of the road's box, which spans 4.11
    assert bounds([38.48], [-90.74], [True]) == ROAD


def test_a_plan_near_the_road_is_fitted():
    # Tapachula, 0.3 degrees beyond the road's west end
    assert bounds([14.9], [-92.26], [True]) == [[14.6, -92.26], [15.5, -88.03]]


def test_a_place_reached_far_away_is_fitted_as_before():
    assert bounds([38.48], [-90.74], [False]) == [[14.6, -92.14], [38.48, -88.03]]


def test_a_map_of_plans_only_is_fitted_to_them():
    got = fit_bounds(np.array([14.9, 16.2]), np.array([-92.26, -93.9]), np.array(["point"] * 2, dtype=object),
                     np.array([]), np.array([]), planned=np.array([True, True]))
    assert got == [[14.9, -93.9], [16.2, -92.26]]


def test_a_page_is_not_fitted_to_a_far_plan(write_csv):
    from maps import render_map
    from routes import build_routes, read_reports

    rows = ("caravan,date,place,country,lat,lon,kind,count\n"
            "2018-03-gdl,2018-03-10,Guadalajara,MX,20.6774,-103.3475,departure,about 500\n"
            "2018-03-gdl,2018-03-12,Mazatlan,MX,23.2329,-106.4062,arrival,about 400\n"
            "2018-03-gdl,2018-03-20,Pacific,US,38.4820,-90.7415,planned,\n")
    page = render_map(build_routes(read_reports(write_csv(rows)))).get_root().render()
    assert "38.482" not in page.split('"bounds"', 1)[1][:200]
