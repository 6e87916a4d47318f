"""Routes through places nobody tuned the resolver on, through the command line, and what they taught.

``tests/data/unseen_routes.csv`` was written by hand before the resolver ran on it: four routes
(the Darién to El Salvador; Izabal through Petén and Tabasco to Veracruz; the Isthmus to Piedras
Negras; Guatemala City along the Pacific to Juchitán), each stop with the point it means, from
``../shared/reference/places.csv`` where the reference has it, otherwise from general knowledge
with a 15 km tolerance.  The gazetteer rows' expected points are GeoNames' records as read from
Who's On First (Palmar Norte: GeoNames 3622607 / WOF 1193129049; Río Dulce: GeoNames 8285520 /
WOF 1209198877).  The test articles below are our own sentences.
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import date, timedelta

import pytest

from conftest import ROOT
from geo import Focus, Stop, geocode, resolve_route
from geo.distance import haversine_km

sys.path.insert(0, str(ROOT / "benchmarks"))
from corridor_routes import UNSEEN_TABLE, load_routes  # noqa: E402
from test_corridor import UNSETTLED  # noqa: E402

ROUTES = load_routes(UNSEEN_TABLE)
START = date(2023, 9, 1)


def _export(cli, tmp_path, write_csv, text: str) -> list[dict]:
    """``routemapper export`` of a reports file: its report rows."""
    out = tmp_path / "reports-out.csv"
    result = cli("export", str(write_csv(text)), "-o", str(out), "--layer", "reports")
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_unseen_routes_are_four_regions_with_traps_written_by_hand():
    assert len(ROUTES) == 4 and sum(len(rows) for rows in ROUTES.values()) == 69
    assert all(row["km"] == "15" and row["expect"] for rows in ROUTES.values() for row in rows)


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_every_unseen_stop_is_placed_by_export(cli, tmp_path, write_csv, route):
    rows = ROUTES[route]
    lines = ["caravan,date,place,kind"] + [
        f"{route},{START + timedelta(days=int(r['day']))},{r['query']},{r['kind']}" for r in rows]
    placed = _export(cli, tmp_path, write_csv, "\n".join(lines) + "\n")
    assert len(placed) == len(rows)
    wrong = []
    for row, got in zip(rows, placed):
        assert got["place"] == row["query"]
        km = haversine_km(float(got["lat"]), float(got["lon"]), float(row["lat"]), float(row["lon"]))
        if (route, row["query"]) not in UNSETTLED and km > float(row["km"]):
            wrong.append(f"{row['query']} -> {got['resolved_name']} ({got['resolved_country']}), {km:.0f} km off")
    assert not wrong, wrong


@pytest.mark.parametrize(("name", "country", "admin1", "point", "source"), [
    ("Palmar Norte", "CR", "Puntarenas", (8.96181, -83.45593), "GeoNames 3622607"),
    ("Río Dulce", "GT", "Izabal", (15.65825, -89.00205), "GeoNames 8285520"),
    ("Rio Dulce", "GT", "Izabal", (15.65825, -89.00205), "GeoNames 8285520"),
])
def test_towns_the_gazetteer_lacked_are_found_with_their_source(cli, name, country, admin1, point, source):
    result = cli("geocode", name, "--format", "csv")
    assert result.exit_code == 0, result.output
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["country"], row["admin1"]) == (country, admin1)
    assert haversine_km(float(row["lat"]), float(row["lon"]), *point) < 0.1


def test_their_rows_keep_the_source_and_licence_trail():
    with (ROOT / "data" / "gazetteer" / "places.csv").open(encoding="utf-8") as handle:
        rows = {r["name"]: r for r in csv.DictReader(handle)}
    assert "GeoNames 3622607" in rows["Palmar Norte"]["source"]
    assert "whosonfirst-data-admin-cr" in rows["Palmar Norte"]["source"]
    assert "GeoNames 8285520" in rows["Río Dulce"]["source"]
    assert "whosonfirst-data-admin-gt" in rows["Río Dulce"]["source"]


# Darién province, as data/gazetteer/admin1.csv and GeoNames give its point; the hamlet Villa Darién
# (502 people) lies at 8.545,-78.008.
DARIEN_PROVINCE = (8.28445, -78.08924)


@pytest.mark.parametrize("kind", [None, "crossing", "sighting"])
def test_the_darien_in_a_story_about_panama_is_the_province_not_a_hamlet_or_a_us_town(kind):
    res = geocode("Darién", kind=kind, focus=Focus(countries=["PA"]))
    assert (res.place.feature, res.place.country, res.place.name) == ("admin1", "PA", "Darién")
    assert not any("the town, not the division" in why for why in res.reasons)


def test_a_department_still_yields_to_its_own_town_for_a_stop():
    # Nueva Ocotepeque bears Ocotepeque as one of its names: a stop there is the town (14.43333,-89.18333).
    res = geocode("Ocotepeque", kind="sighting", focus=Focus(countries=["HN"]))
    assert res.place.feature != "admin1"
    assert haversine_km(res.lat, res.lon, 14.43333, -89.18333) < 5


def test_the_darien_crossed_in_an_article_reaches_the_map_as_the_province(cli, tmp_path):
    article = tmp_path / "darien.txt"
    article.write_text(
        "Migrants reach the capital after the jungle\n\n"
        "PANAMA CITY, May 4, 2024 — About 400 migrants who crossed the Darién last week arrived in the capital "
        "on Saturday.\n", encoding="utf-8")
    draft = cli("extract", str(article))
    assert draft.exit_code == 0, draft.output
    rows = list(csv.DictReader(io.StringIO(draft.stdout)))
    assert [r["place"] for r in rows if r["place"] == "Darién"] == ["Darién"]
    drafted = tmp_path / "draft.csv"
    drafted.write_text(draft.stdout, encoding="utf-8")
    out = tmp_path / "out.csv"
    result = cli("export", str(drafted), "-o", str(out), "--layer", "reports")
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        placed = {r["place"]: r for r in csv.DictReader(handle)}
    darien = placed["Darién"]
    assert (darien["precision"], darien["resolved_country"], darien["resolved_name"]) == ("admin1", "PA", "Darién")
    assert haversine_km(float(darien["lat"]), float(darien["lon"]), *DARIEN_PROVINCE) < 1


def test_a_row_hinted_panama_that_names_the_darien_is_the_province(cli, tmp_path, write_csv):
    placed = _export(cli, tmp_path, write_csv, "caravan,date,place,country,kind\nc,2024-05-01,Darién,PA,crossing\n"
                     "c,2024-05-04,Metetí,PA,sighting\n")
    assert (placed[0]["precision"], placed[0]["resolved_name"]) == ("admin1", "Darién")


def test_stops_near_a_route_end_are_judged_by_the_last_stop_too():
    # Allende after Sabinas, a day before Piedras Negras: the Coahuila town (28.34,-100.85), not Ciudad de
    # Allende in Nuevo León (25.28,-100.02) 300 km back the way the group came.  Piedras Negras has 15
    # namesakes, so its share is under 0.9; sure enough (not ambiguous), it now anchors its neighbours.
    stops = [Stop("Monterrey", 0), Stop("Monclova", 1), Stop("Sabinas", 2), Stop("Allende", 3),
             Stop("Piedras Negras", 4)]
    got = resolve_route(stops)
    assert haversine_km(got[3].lat, got[3].lon, 28.34, -100.85) < 15
    assert haversine_km(got[2].lat, got[2].lon, 27.86, -101.12) < 15
