"""Building routes: segments, distances, sizes, checkpoints, precision."""

import numpy as np
import pytest
from pyproj import Geod

from routes import build_routes, read_reports

GEOD = Geod(ellps="WGS84")


def test_sample_routeset_shape(sample_routes):
    assert sample_routes.caravans == ["2018-10-honduras", "2021-01-honduras", "2023-12-tapachula"]
    assert len(sample_routes.reports) == 20
    assert set(sample_routes.checkpoints["kind"]) <= {"checkpoint", "blocked", "clash"}
    assert len(sample_routes.checkpoints) == 4


def test_segment_lengths_match_pyproj(sample_routes):
    seg = sample_routes.segments
    xy = np.array([list(g.coords) for g in seg.geometry])
    _, _, metres = GEOD.inv(xy[:, 0, 0], xy[:, 0, 1], xy[:, 1, 0], xy[:, 1, 1])
    np.testing.assert_allclose(seg["km"].to_numpy(), metres / 1000, rtol=1e-9)
    np.testing.assert_allclose(seg["km_per_day"], seg["km"] / np.maximum(seg["days"], 1))


def test_2018_route_runs_through_the_border_post(sample_routes):
    seg = sample_routes.caravan("2018-10-honduras").segments
    assert list(seg["from_place"])[:3] == ["San Pedro Sula", "Agua Caliente border crossing", "Esquipulas"]
    assert seg["km_per_day"].max() < 100  # a walking caravan's pace, helped by buses: no jumps
    assert "Tapachula" not in set(seg["to_place"])  # police posted there is not the group being there


def test_sizes_merge_sources_at_one_stop(sample_routes):
    seg = sample_routes.caravan("2018-10-honduras").segments.iloc[0]
    # 1,600-2,000 (AP) and "about 1,000 more" at Agua Caliente on the same day
    assert (seg.size_end_low, seg.size_end_high) == (1600, 3000)
    # leaving San Pedro Sula: the last day's figure ("almost 2,000"), not the first day's 160
    assert (seg.size_start_low, seg.size_start_high) == (1800, 2000)


def test_planned_and_country_level_reports_are_not_on_the_route(sample_routes):
    one = sample_routes.caravan("2021-01-honduras")
    places = set(one.segments["from_place"]) | set(one.segments["to_place"])
    assert "Gran Central Metropolitana" not in places  # planned
    assert "Guatemala" not in places  # country-level
    country = one.reports[one.reports["place"] == "Guatemala"].iloc[0]
    assert country.precision == "country"


def test_unknown_place_stops_the_build_naming_file_and_row(write_csv):
    from geo import InputError

    path = write_csv("caravan,date,place\nc1,2018-10-15,Tapachula\nc1,2018-10-16,Huixtlaxx Norte\n")
    with pytest.raises(InputError) as err:
        build_routes(read_reports(path))
    message = str(err.value)
    assert f"{path}, row 3, column 'place': unknown place 'Huixtlaxx Norte'" in message


def test_one_report_caravan_has_no_segment(write_csv):
    r = build_routes(read_reports(write_csv("caravan,date,place\nsolo,2018-10-15,Tapachula\n")))
    assert len(r.segments) == 0 and len(r.reports) == 1


def test_rows_out_of_order_are_sorted_by_date(write_csv):
    text = "caravan,date,place\nc,2023-12-26,Huixtla\nc,2023-12-24,Tapachula\n"
    seg = build_routes(read_reports(write_csv(text))).segments
    assert list(seg["from_place"]) == ["Tapachula"] and seg.iloc[0]["days"] == 2
