"""Routes and queries over many caravans: work by whole columns gives what caravan-by-caravan work gives.

The expected answers come from an independent method: each caravan built or
asked on its own (its own table, its own call), or values written by hand.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routes import build_routes, read_reports

CARAVANS = 12


def _interleaved_csv(write_csv) -> tuple:
    """Twelve caravans whose rows are interleaved in the file, out of date order, with shared days.

    Caravan k walks east one stop a day from (14 + k/10, -92); every third
    report repeats the stop of the day before (same place, next day), some
    reports are given twice on one day with different sources, and a few are
    checkpoints or planned (not stops).
    """
    rng = np.random.default_rng(3)
    rows = []
    for k in range(CARAVANS):
        lat0 = 14.0 + k / 10
        for day in range(8):
            stop = day - (day % 3 == 2)  # every third day: still at yesterday's stop
            kind = "checkpoint" if (k + day) % 7 == 0 else "planned" if (k + day) % 11 == 0 else "sighting"
            count = "" if (k + day) % 4 == 0 else f"{100 * (k + 1) + 10 * day}"
            rows.append((f"c{k:02d}", f"2021-01-{10 + day:02d}", lat0, -92.0 + 0.2 * stop, kind, count, "wire A"))
            if day == 4:
                rows.append((f"c{k:02d}", f"2021-01-{10 + day:02d}", lat0, -92.0 + 0.2 * stop, kind,
                             f"about {50 * (k + 1)} more", "wire B"))
    order = rng.permutation(len(rows))
    lines = ["caravan,date,place,lat,lon,kind,count,source"]
    lines += [f'{c},{d},"P {la:.1f} {lo:.1f}",{la},{lo},{kd},"{n}",{s}' for c, d, la, lo, kd, n, s in
              (rows[i] for i in order)]
    path = write_csv("\n".join(lines) + "\n")
    return path


@pytest.fixture()
def many(write_csv):
    """All twelve caravans built together, and each one built from its own rows alone."""
    reports = read_reports(_interleaved_csv(write_csv))
    together = build_routes(reports)
    alone = {c: build_routes(reports[reports["caravan"] == c].reset_index(drop=True))
             for c in sorted(set(reports["caravan"]))}
    return together, alone


def _frame(table: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(table).reset_index(drop=True)
    if "geometry" in out:
        out["geometry"] = shapely.to_wkt(np.asarray(out["geometry"].values), rounding_precision=9)
    return out


def test_segments_of_many_caravans_are_those_each_builds_alone(many):
    together, alone = many
    expected = pd.concat([_frame(a.segments) for a in alone.values()], ignore_index=True)
    pd.testing.assert_frame_equal(_frame(together.segments), expected)
    assert len(together.segments) > 3 * CARAVANS


def test_stops_of_many_caravans_are_those_each_builds_alone(many):
    together, alone = many
    expected = pd.concat([a.stops() for a in alone.values()], ignore_index=True)
    pd.testing.assert_frame_equal(together.stops().reset_index(drop=True), expected)


def test_stats_and_size_timeline_of_many_are_each_caravans_own(many):
    together, alone = many
    stats = together.stats().set_index("caravan")
    timeline = together.size_timeline()
    for caravan, routes in alone.items():
        pd.testing.assert_frame_equal(stats.loc[[caravan]].reset_index(), routes.stats(), check_dtype=False)
        mine = timeline[timeline["caravan"] == caravan].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, routes.size_timeline(), check_dtype=False)
    # rows follow the caravans' first appearance in the file, then the days
    assert list(stats.index) == together.caravans
    assert list(timeline["caravan"].drop_duplicates()) == together.caravans


def test_positions_of_many_are_each_caravans_own(many):
    together, alone = many
    for day in ("2021-01-10", "2021-01-13", "2021-01-17"):
        got = together.positions(day)
        for caravan, routes in alone.items():
            mine = got[got["caravan"] == caravan].drop(columns=["geometry", "stretch"]).reset_index(drop=True)
            own = routes.positions(day).drop(columns=["geometry", "stretch"]).reset_index(drop=True)
            pd.testing.assert_frame_equal(mine, own, check_dtype=False)


def test_checkpoint_places_are_listed_once_in_date_order(write_csv):
    text = ("caravan,date,place,lat,lon,kind\n"
            "a,2021-01-12,Uno,14.0,-91.0,checkpoint\n"
            "b,2021-01-10,Dos,14.1,-91.1,checkpoint\n"
            "a,2021-01-10,Tres,14.2,-91.2,checkpoint\n"
            "a,2021-01-14,Tres,14.2,-91.2,clash\n"
            "a,2021-01-11,Cuatro,14.3,-91.3,sighting\n"
            "c,2021-01-11,Cinco,14.4,-91.4,sighting\n")
    stats = build_routes(read_reports(write_csv(text))).stats().set_index("caravan")
    assert stats.loc["a", "checkpoint_places"] == "Tres; Uno"
    assert stats.loc["a", "checkpoints"] == 3
    assert stats.loc["b", "checkpoint_places"] == "Dos"
    assert stats.loc["c", "checkpoint_places"] == "" and stats.loc["c", "checkpoints"] == 0


def test_join_runs_joins_each_run_and_keeps_empty_ones():
    from routes.queries import join_runs

    values = pd.Series(["a", "b", None, "d", "e"], dtype="str")
    assert join_runs(values, np.array([0, 2, 2, 4])).tolist() == ["a; b", "", "; d", "e"]
    assert join_runs(values.iloc[:0], np.array([], dtype=int)).tolist() == []


# -- near: measuring only what can be that close gives the same answer -------------------------
def _lines_and_points(coords: list[tuple[float, float, float, float]]) -> np.ndarray:
    lines = [shapely.LineString([(a, b), (c, d)]) for a, b, c, d in coords]
    points = [shapely.Point(a, b) for a, b, _, _ in coords]
    return np.array(lines + points, dtype=object)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lat=st.floats(-80, 80), lon=st.floats(-180, 180), km=st.floats(0.5, 400),
    legs=st.lists(st.tuples(st.floats(-3, 3), st.floats(-3, 3), st.floats(-3, 3), st.floats(-3, 3)),
                  min_size=1, max_size=30),
)
def test_near_with_a_cutoff_keeps_exactly_what_full_measuring_keeps(lat, lon, km, legs):
    from routes.queries import QueryPlace, distance_km

    # geometries scattered around the place (some across the antimeridian), in lon/lat
    coords = [(((lon + a + 180) % 360) - 180, float(np.clip(lat + b, -89, 89)),
               ((lon + c + 180) % 360) - 180, float(np.clip(lat + d, -89, 89))) for a, b, c, d in legs]
    coords = [c for c in coords if abs(c[0] - c[2]) < 180]  # a leg is never drawn the long way round
    if not coords:
        return
    geoms = _lines_and_points(coords)
    place = QueryPlace("p", lat, lon)
    full = distance_km(geoms, place)
    cut = distance_km(geoms, place, max_km=km)
    np.testing.assert_array_equal(cut <= km, full <= km)
    np.testing.assert_allclose(cut[cut <= km], full[cut <= km])


def test_near_measures_points_on_the_other_side_of_the_antimeridian():
    from routes.queries import QueryPlace, distance_km

    geoms = np.array([shapely.Point(-179.95, 0.0), shapely.Point(179.95, 0.0), shapely.Point(170.0, 0.0)])
    got = distance_km(geoms, QueryPlace("p", 0.0, 179.99), max_km=20)
    # 0.06 and 0.04 degrees of longitude on the equator: 6.7 and 4.5 km (111.32 km a degree)
    np.testing.assert_allclose(got[:2], [0.06 * 111.32, 0.04 * 111.32], rtol=1e-3)
    assert got[2] == np.inf
