"""The one merge rule for group sizes (routes.sizes), and everything that uses it agreeing."""

import math

import pandas as pd
import pytest

from routes import build_routes, read_reports
from routes.queries import size_timeline
from routes.sizes import merge_sizes, place_day_sizes

HEADER = "caravan,date,place,lat,lon,kind,count,source\n"


def table(write_csv, rows: str):
    return build_routes(read_reports(write_csv(HEADER + rows)))


def nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


@pytest.mark.parametrize("rows, low, high, joined", [
    # Agua Caliente, 15 Oct 2018: two sources, one of them people who joined
    ('c,2018-10-15,A,14.6,-89.2,crossing,"1,600-2,000",AP\nc,2018-10-15,A,14.6,-89.2,crossing,"about 1,000 more",X\n',
     1600, 3000, 1000),
    # "about 1,000" is 900-1,100; the other source says 1,200: lowest low, highest high
    ('c,2018-10-15,A,14.6,-89.2,sighting,"about 1,000",AP\nc,2018-10-15,A,14.6,-89.2,sighting,"1,200",X\n',
     900, 1200, 0),
    # a checkpoint's figure (police at the post) is not the group's size
    ('c,2018-10-15,A,14.6,-89.2,checkpoint,500,AP\nc,2018-10-15,A,14.6,-89.2,sighting,200,X\n', 200, 200, 0),
    # two groups of people joining on one day: both are added
    ('c,2018-10-15,A,14.6,-89.2,sighting,"2,000",AP\nc,2018-10-15,A,14.6,-89.2,sighting,300 more,X\n'
     'c,2018-10-15,A,14.6,-89.2,sighting,"about 200 more",Y\n', 2000, 2500, 500),
])
def test_a_place_and_day_adds_up(write_csv, rows, low, high, joined):
    routes = table(write_csv, rows)
    merged = merge_sizes(routes.reports, ["caravan"])
    assert merged.loc["c"].tolist() == [low, high, joined, len(rows.splitlines()) - rows.count("checkpoint")]


def test_people_joining_alone_say_nothing_of_the_size(write_csv):
    routes = table(write_csv, 'c,2018-10-15,A,14.6,-89.2,sighting,"about 1,000 more",AP\n'
                              "c,2018-10-15,A,14.6,-89.2,sighting,,X\n")
    row = merge_sizes(routes.reports, ["caravan"]).loc["c"]
    assert nan(row["low"]) and nan(row["high"]) and row["joined"] == 1000 and row["sized"] == 1


def test_place_day_groups_keep_plans_and_days_apart(write_csv):
    routes = table(write_csv, (
        'c,2018-10-15,A,14.6,-89.2,crossing,"1,600-2,000",AP\n'
        "c,2018-10-15,A,14.6,-89.2,checkpoint,,AP\n"
        'c,~2018-10-15,A,14.6,-89.2,crossing,"about 1,000 more",X\n'   # an approximate date: the same day
        'c,2018-10-15,A,14.6,-89.2,planned,"5,000",Y\n'                # a plan is not what happened
        "c,2018-10-16,A,14.6,-89.2,sighting,800,AP\n"                  # the next day
        "c,2018-10-15,B,14.7,-89.3,sighting,300,AP\n"                  # another place that day
    ))
    groups = place_day_sizes(routes.reports)
    by_place = groups.assign(place=routes.reports["place"].to_numpy(), kind=routes.reports["kind"].to_numpy(),
                             date=routes.reports["date"].to_numpy())
    assert groups["group"].tolist() == [0, 0, 0, 1, 2, 3]
    assert groups["lead"].tolist() == [True, False, False, True, True, True]
    assert groups["members"].tolist() == [3, 3, 3, 1, 1, 1]
    first = by_place.iloc[0]
    assert (first.low, first.high, first.joined) == (1600, 3000, 1000)
    assert by_place.iloc[3][["low", "high"]].tolist() == [5000, 5000]
    assert by_place.iloc[4][["low", "high"]].tolist() == [800, 800]
    assert by_place.iloc[5][["low", "high"]].tolist() == [300, 300]


def test_stops_timeline_and_stats_agree_on_agua_caliente(sample_routes):
    oct18 = sample_routes.caravan("2018-10-honduras")
    stops = oct18.stops().set_index("place")
    assert stops.loc["Agua Caliente border crossing", ["arrive_low", "arrive_high"]].tolist() == [1600, 3000]
    day = oct18.size_timeline().set_index("date").loc[pd.Timestamp("2018-10-15")]
    assert (day.low, day.high, day.joined, day.reports) == (1600, 3000, 1000, 2)
    stats = oct18.stats().iloc[0]
    assert (stats.largest_low, stats.largest_high) == (1600, 3000)
    reports = oct18.reports
    at = (reports["place"] == "Agua Caliente").to_numpy()
    groups = place_day_sizes(reports)[at]
    assert groups["low"].tolist() == [1600] * 3 and groups["high"].tolist() == [3000] * 3


def test_a_stop_takes_its_first_and_last_day_with_a_size(write_csv):
    routes = table(write_csv, (
        "c,2018-10-14,A,14.6,-89.2,sighting,100,AP\n"
        "c,2018-10-15,B,14.7,-89.3,sighting,300 more,AP\n"   # joining alone: no size that day
        "c,2018-10-16,B,14.7,-89.3,sighting,900,AP\n"
        "c,2018-10-17,B,14.7,-89.3,sighting,1200,AP\n"
        "c,2018-10-18,C,14.8,-89.4,sighting,,AP\n"           # no figure: carries B's last size
    ))
    stops = routes.stops().set_index("place")
    assert stops.loc["B", ["arrive_low", "leave_low"]].tolist() == [900, 1200]
    assert stops.loc["C", ["arrive_low", "arrive_high"]].tolist() == [1200, 1200]
    assert bool(stops.loc["C", "arrive_carried"])


def test_the_page_carries_the_merged_figures(sample_routes):
    from maps import render_map
    from test_render import payloads

    html = render_map(sample_routes.caravan("2018-10-honduras")).get_root().render()
    (data,) = payloads(html)
    groups = data["groups"]
    assert (groups["low"], groups["high"], groups["joined"]) == ([1600], [3000], [1000])
    (members,) = groups["members"]
    places = [data["reports"]["place"][i] for i in members]
    kinds = [data["reports"]["kind"][i] for i in members]
    assert places == ["Agua Caliente"] * 3 and kinds == ["checkpoint", "crossing", "crossing"]


@pytest.mark.parametrize("rows, low, high", [
    # Huixtla, one day: "thousands" (2,000-9,000) and "about 2,500" (2,250-2,750): the figure says more
    ('c,2018-10-23,H,15.1,-92.5,arrival,thousands,AP\nc,2018-10-23,H,15.1,-92.5,sighting,"about 2,500",X\n',
     2250, 2750),
    # two figures and a vague word: the figures' lowest low and highest high
    ('c,2018-10-23,H,15.1,-92.5,arrival,miles,AP\nc,2018-10-23,H,15.1,-92.5,sighting,"2,000",X\n'
     'c,2018-10-23,H,15.1,-92.5,sighting,"about 3,000",Y\n', 2000, 3300),
    # only vague words: they are all there is (hundreds 200-900, thousands 2,000-9,000)
    ('c,2018-10-23,H,15.1,-92.5,arrival,hundreds,AP\nc,2018-10-23,H,15.1,-92.5,sighting,thousands,X\n', 200, 9000),
])
def test_a_vague_word_gives_way_to_a_figure_of_the_same_place_and_day(write_csv, rows, low, high):
    routes = table(write_csv, rows)
    assert merge_sizes(routes.reports, ["caravan"]).loc["c"][["low", "high"]].tolist() == [low, high]
    groups = place_day_sizes(routes.reports)
    assert groups[["low", "high"]].drop_duplicates().values.tolist() == [[low, high]]
    timeline = size_timeline(routes.reports)
    assert timeline[["low", "high"]].values.tolist() == [[low, high]]
