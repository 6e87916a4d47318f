"""Route queries: answers checked against hand-computed values on small sets and the samples."""

import math
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod

from conftest import ROOT
from geo import InputError, PlaceNotFound
from routes import build_routes, read_reports
from routes.routeset import Caravan, Position, RouteSet

GEOD = Geod(ellps="WGS84")
#: Geodesic length of one degree of longitude on the equator (WGS84), in km.
EQUATOR_KM_PER_DEGREE = 2 * math.pi * 6378.137 / 360

HEADER = "caravan,date,place,country,lat,lon,kind,count\n"


def routes_from(write_csv, rows: str) -> RouteSet:
    return build_routes(read_reports(write_csv(HEADER + rows)))


# -- nouns ----------------------------------------------------------------------
def test_caravan_is_one_group_with_the_same_tables(sample_routes):
    one = sample_routes.caravan("2021-01-honduras")
    assert isinstance(one, Caravan) and one.id == "2021-01-honduras"
    assert one.caravans == ["2021-01-honduras"]
    assert len(one.reports) == 7 and len(one.segments) == 2 and len(one.checkpoints) == 1
    assert repr(one) == "Caravan('2021-01-honduras', 7 reports, 2 segments, 1 checkpoints)"


def test_unknown_caravan_names_the_known_ones(sample_routes):
    with pytest.raises(InputError) as err:
        sample_routes.caravan("2019-01-honduras")
    assert err.value.message == "no caravan '2019-01-honduras'"
    assert "2018-10-honduras, 2021-01-honduras, 2023-12-tapachula" in err.value.hint


def test_queries_chain_and_keep_the_noun(sample_routes):
    one = sample_routes.caravan("2018-10-honduras").between("2018-10-15", "2018-10-16")
    assert isinstance(one, Caravan) and one.id == "2018-10-honduras"
    both = sample_routes.between("2018-10-14", "2018-10-18").passed_through("Esquipulas", km=10)
    assert isinstance(both, RouteSet) and both.caravans == ["2018-10-honduras"]


# -- between --------------------------------------------------------------------
def test_between_keeps_what_meets_the_window(sample_routes):
    week = sample_routes.between("2018-10-15", "2018-10-16")
    # Reports dated 15 and ~16 October (Agua Caliente x3, Esquipulas x2)
    assert sorted(week.reports["date"]) == ["2018-10-15"] * 4 + ["~2018-10-16"]
    # Legs under way then: SPS->Agua Caliente (13-15), Agua Caliente->Esquipulas (15-15),
    # Esquipulas->Chiquimula (16-17)
    assert list(week.segments["leg"]) == [1, 2, 3]
    assert list(week.checkpoints["place"]) == ["Agua Caliente", "Esquipulas"]


def test_between_rejects_a_reversed_window_and_bad_days(sample_routes):
    with pytest.raises(InputError, match=r"the window ends \(2018-10-01\) before it starts \(2018-10-20\)"):
        sample_routes.between("2018-10-20", "2018-10-01")
    with pytest.raises(InputError, match="start '2018-13-01' is not a real day: expected YYYY-MM-DD"):
        sample_routes.between("2018-13-01", "2018-10-20")
    with pytest.raises(InputError, match="end '17 Jan' is not a day: expected YYYY-MM-DD"):
        sample_routes.between("2018-10-01", "17 Jan")


# -- position -------------------------------------------------------------------
EQUATOR = "a,2020-03-01,A,,0,0,sighting,\na,2020-03-05,B,,0,1,sighting,\n"


def test_position_between_reports_is_interpolated_with_its_stretch(write_csv):
    pos = routes_from(write_csv, EQUATOR).position("a", "2020-03-03")
    assert isinstance(pos, Position)
    assert (pos.status, pos.from_place, pos.to_place, pos.leg) == ("on the way", "A", "B", 1)
    # Left on day 1, arrived on day 5: on day 3 half way, and during that day within 1/4..3/4.
    assert pos.fraction == pytest.approx(0.5)
    assert (pos.fraction_low, pos.fraction_high) == pytest.approx((0.25, 0.75))
    assert (pos.lat, pos.lon) == pytest.approx((0.0, 0.5), abs=1e-9)
    assert pos.stretch.geom_type == "LineString"
    np.testing.assert_allclose(shapely.get_coordinates(pos.stretch), [[0.25, 0.0], [0.75, 0.0]], atol=1e-9)
    assert pos.stretch_km == pytest.approx(0.5 * EQUATOR_KM_PER_DEGREE, rel=1e-6)
    assert pos.point.equals(shapely.Point(0.5, 0.0))


def test_position_at_a_stop_and_outside_the_route(write_csv):
    routes = routes_from(write_csv, EQUATOR)
    first = routes.position("a", "2020-03-01")
    assert (first.status, first.place, first.leg, first.fraction, first.stretch_km) == ("at stop", "A", 0, 0.0, 0.0)
    last = routes.position("a", "2020-03-05")
    assert (last.status, last.place, last.leg, last.fraction) == ("at stop", "B", 1, 1.0)
    with pytest.raises(InputError) as err:
        routes.position("a", "2020-03-09")
    assert err.value.message == (
        "caravan 'a' was not under way on 2020-03-09: its route runs from 2020-03-01 to 2020-03-05")
    assert len(routes.positions("2020-02-28")) == 0


def test_positions_answers_every_caravan_under_way(write_csv):
    rows = EQUATOR + "b,2020-03-02,C,,10,0,sighting,\nb,2020-03-04,D,,10,2,sighting,\nc,2020-04-01,E,,5,5,sighting,\n"
    table = routes_from(write_csv, rows).positions("2020-03-03")
    assert list(table["caravan"]) == ["a", "b"]  # c starts in April
    assert list(table["fraction"]) == pytest.approx([0.5, 0.5])
    # b moves along the 10th parallel: the geodesic midpoint lies a little north of it
    _, _, metres = GEOD.inv(0, 10, 2, 10)
    az, _, _ = GEOD.inv(0, 10, 2, 10)
    mid_lon, mid_lat, _ = GEOD.fwd(0, 10, az, metres / 2)
    assert (table.loc[1, "lon"], table.loc[1, "lat"]) == pytest.approx((mid_lon, mid_lat))
    assert table.geometry.iloc[1].equals_exact(shapely.Point(mid_lon, mid_lat), 1e-9)


def test_position_on_month_precision_dates_is_approximate(write_csv):
    rows = "m,2020-03,A,,0,0,sighting,\nm,2020-03-20,B,,0,1,sighting,\n"
    pos = routes_from(write_csv, rows).position("m", "2020-03-18")
    # A month report sits on the month's middle day (16 March): 2 of the leg's 4 days gone.
    assert pos.fraction == pytest.approx(0.5) and pos.approximate


def test_reported_at_two_stops_in_one_day(write_csv):
    rows = "d,2020-03-01,A,,0,0,sighting,\nd,2020-03-01,B,,0,1,sighting,\nd,2020-03-03,C,,0,2,sighting,\n"
    pos = routes_from(write_csv, rows).position("d", "2020-03-01")
    assert (pos.status, pos.place, pos.leg, pos.fraction_low, pos.fraction_high) == ("at stop", "B", 1, 0.0, 1.0)
    assert pos.stretch.geom_type == "LineString"
    assert pos.stretch_km == pytest.approx(EQUATOR_KM_PER_DEGREE, rel=1e-6)


def test_two_reports_on_one_day_at_one_place_are_one_stop(write_csv):
    rows = "s,2020-03-01,A,,0,0,sighting,1200\ns,2020-03-01,A,,0,0,sighting,about 1000\ns,2020-03-02,B,,0,1,sighting,\n"
    routes = routes_from(write_csv, rows)
    assert routes.stats().loc[0, "stops"] == 2 and len(routes.segments) == 1
    sizes = routes.size_timeline()
    assert list(sizes["date"]) == [pd.Timestamp("2020-03-01")]
    assert (sizes.loc[0, "low"], sizes.loc[0, "high"], sizes.loc[0, "reports"]) == (900, 1200, 2)


def test_rows_out_of_order_give_the_same_answers(write_csv):
    ordered = routes_from(write_csv, EQUATOR + "a,2020-03-07,C,,0,2,sighting,\n")
    shuffled = build_routes(read_reports(write_csv(
        HEADER + "a,2020-03-07,C,,0,2,sighting,\na,2020-03-01,A,,0,0,sighting,\na,2020-03-05,B,,0,1,sighting,\n",
        name="shuffled.csv")))
    pd.testing.assert_frame_equal(ordered.stats(), shuffled.stats())
    assert ordered.position("a", "2020-03-06").to_dict() == shuffled.position("a", "2020-03-06").to_dict()


def test_a_caravan_with_one_report(write_csv):
    routes = routes_from(write_csv, "solo,2020-03-01,A,,1,1,sighting,300\n")
    stats = routes.stats().iloc[0]
    assert (stats.stops, stats.legs, stats.km, stats.days) == (1, 0, 0.0, 0)
    assert math.isnan(stats.km_per_day) and math.isnan(stats.top_km_per_day)
    assert (stats.largest_low, stats.latest_high) == (300, 300)
    assert routes.position("solo", "2020-03-01").status == "at stop"
    assert routes.crossings().empty


def test_a_split_is_two_caravans(write_csv):
    # The group parts at B on 3 March: one part goes on east, the other north.
    rows = (EQUATOR + "a,2020-03-07,C,,0,2,sighting,\n"
            "a-north,2020-03-05,B,,0,1,sighting,\na-north,2020-03-07,N,,1,1,sighting,\n")
    routes = routes_from(write_csv, rows)
    assert routes.caravans == ["a", "a-north"]
    on_7th = routes.positions("2020-03-07")
    assert list(zip(on_7th["caravan"], on_7th["place"])) == [("a", "C"), ("a-north", "N")]
    assert list(routes.stats()["km"]) == pytest.approx([2 * EQUATOR_KM_PER_DEGREE, GEOD.inv(1, 0, 1, 1)[2] / 1000])


# -- near, passed through ---------------------------------------------------------
def test_near_a_point_measures_geodesic_km(write_csv):
    routes = routes_from(write_csv, EQUATOR + "z,2020-03-01,Far,,5,5,sighting,\n")
    near = routes.near((0.0, 0.1), km=15)
    assert list(near.reports["place"]) == ["A"]
    assert near.reports.loc[0, "km_from_place"] == pytest.approx(0.1 * EQUATOR_KM_PER_DEGREE, rel=1e-6)
    # The leg A-B passes through the query point itself.
    assert list(near.segments["leg"]) == [1] and near.segments.loc[0, "km_from_place"] == pytest.approx(0, abs=1e-6)
    assert near.caravans == ["a"]


def test_passed_through_counts_legs_not_only_stops(write_csv):
    # A point 3 km north of the middle of leg A-B: no stop within 5 km, the leg is.
    lat = 3 / 110.574  # degrees of latitude per 3 km at the equator
    routes = routes_from(write_csv, EQUATOR + "z,2020-03-01,Far,,5,5,sighting,\n")
    assert routes.passed_through((lat, 0.5), km=5).caravans == ["a"]
    assert routes.passed_through((lat, 0.5), km=2).caravans == []
    assert routes.near((lat, 0.5), km=5).reports.empty


def test_passed_through_esquipulas_on_the_samples(sample_routes):
    assert sample_routes.passed_through("Esquipulas", km=10).caravans == ["2018-10-honduras"]
    whole = sample_routes.passed_through("Esquipulas", km=10)
    assert len(whole.reports) == 10  # the whole route, not only the part near Esquipulas
    vado = sample_routes.reports.query("place == 'Vado Hondo'").iloc[0]
    esq = sample_routes.reports.query("place == 'Esquipulas'").iloc[0]
    km = GEOD.inv(vado.lon, vado.lat, esq.lon, esq.lat)[2] / 1000  # about 24 km
    assert km < 30
    assert sample_routes.passed_through("Esquipulas", km=30).caravans == ["2018-10-honduras", "2021-01-honduras"]


def test_unknown_query_place_is_a_clear_error(sample_routes):
    with pytest.raises(PlaceNotFound) as err:
        sample_routes.near("Qqqxxz Nowhere", km=10)
    assert err.value.message == "unknown place 'Qqqxxz Nowhere'"
    assert "LAT,LON" in err.value.hint
    with pytest.raises(InputError, match="out of range"):
        sample_routes.near((95.0, 10.0), km=10)
    with pytest.raises(InputError, match="km=-1: expected a distance of 0 km or more"):
        sample_routes.near("Esquipulas", km=-1)


# -- crossings, stats, sizes ------------------------------------------------------
def test_crossings_use_the_countries_of_the_places(write_csv):
    rows = ("x,2020-03-01,A,HN,15,-88,sighting,\nx,2020-03-02,B,HN,15,-89,sighting,\n"
            "x,2020-03-03,C,GT,15,-90,sighting,\nx,2020-03-04,D,Guatemala,15,-91,sighting,\n")
    cross = routes_from(write_csv, rows).crossings()
    assert list(zip(cross["from_place"], cross["to_place"], cross["from_country"], cross["to_country"])) == [
        ("B", "C", "HN", "GT")]  # D's hint is a name, not a code: no country, no claim


def test_crossings_on_the_samples(sample_routes):
    cross = sample_routes.crossings()
    assert list(zip(cross["caravan"], cross["from_place"], cross["to_place"])) == [
        ("2018-10-honduras", "Agua Caliente border crossing", "Esquipulas"),
        ("2018-10-honduras", "Chiquimula", "Ciudad Hidalgo"),
        ("2021-01-honduras", "San Pedro Sula", "Vado Hondo"),
    ]
    assert list(cross["to_country"]) == ["GT", "MX", "GT"]


def test_stats_on_the_samples(sample_routes):
    stats = sample_routes.stats().set_index("caravan")
    oct18 = stats.loc["2018-10-honduras"]
    assert (oct18.start, oct18.end) == (pd.Timestamp("2018-10-12"), pd.Timestamp("2018-10-21"))
    assert (oct18.start_place, oct18.end_place, oct18.days, oct18.stops, oct18.legs) == (
        "San Pedro Sula", "Ciudad Hidalgo", 9, 5, 4)  # the Tapachula checkpoint is not a stop
    legs = sample_routes.caravan("2018-10-honduras").segments
    xy = np.array([list(g.coords) for g in legs.geometry])
    km = GEOD.inv(xy[:, 0, 0], xy[:, 0, 1], xy[:, 1, 0], xy[:, 1, 1])[2].sum() / 1000
    assert oct18.km == pytest.approx(km) and oct18.km_per_day == pytest.approx(km / 9)
    # 1,600-2,000 (AP) plus "about 1,000 more" at Agua Caliente on 15 October; nothing later is counted.
    assert (oct18.largest_low, oct18.largest_high, oct18.largest_date) == (1600, 3000, pd.Timestamp("2018-10-15"))
    assert (oct18.latest_low, oct18.latest_high) == (1600, 3000)
    assert oct18.checkpoints == 3
    assert oct18.checkpoint_places == "Agua Caliente border crossing; Esquipulas; Tapachula"
    jan21 = stats.loc["2021-01-honduras"]
    # "about 8,000" (7,200-8,800) and 7,000-8,000 for Guatemala on the 15th; "around 3,000" on ~22 January.
    assert (jan21.largest_low, jan21.largest_high) == (7000, 8800)
    assert (jan21.latest_low, jan21.latest_high, jan21.latest_date) == (2700, 3300, pd.Timestamp("2021-01-22"))


def test_size_timeline_merges_sources_and_leaves_out_plans(sample_routes):
    sizes = sample_routes.caravan("2021-01-honduras").size_timeline()
    assert [f"{d:%m-%d}" for d in sizes["date"]] == ["01-15", "01-19", "01-22"]  # the planned 25th is left out
    assert list(sizes["low"]) == [7000, 2650, 2700] and list(sizes["high"]) == [8800, 5300, 3300]


# -- notebooks --------------------------------------------------------------------
def test_repr_html_escapes_and_shows_table_and_map(write_csv):
    routes = routes_from(write_csv, '"<script>alert(1)</script>",2020-03-01,A,,0,0,sighting,\n'
                                    '"<script>alert(1)</script>",2020-03-05,B,,0,1,sighting,\n')
    page = routes._repr_html_()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<table" in page and "<iframe" in page


def test_explore_makes_or_extends_a_folium_map(sample_routes):
    import folium

    m = sample_routes.explore(title="Caravans")
    assert isinstance(m, folium.Map) and "Caravans" in m.get_root().render()
    base = folium.Map()
    assert sample_routes.caravan("2023-12-tapachula").explore(m=base) is base
    names = [child.layer_name for child in base._children.values() if isinstance(child, folium.GeoJson)]
    assert names == ["2023-12-tapachula: legs", "2023-12-tapachula: reports"]


def test_routes_does_not_import_maps():
    code = "import sys, routes.routeset; print('maps' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
