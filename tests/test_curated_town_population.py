"""A curated town of data/gazetteer/places.csv that stands for a GeoNames town keeps that town's population.

"Jiménez (Chihuahua)" is GeoNames' 'José Mariano Jiménez' (geonameid 4013710, some 34,000 people), which GeoNames
lists without the name it is known by; the curated row gave it the name but no population, so a Durango village of
1,568 named Jiménez, 33 km from Gómez Palacio, tied it: a route of my own from Gómez Palacio through Jiménez to
Chihuahua drew its stop 212 km off (geo/index.py ``_town_population``; a checkpoint or shelter placed at a town's
point as a proxy takes none).  Routes of my own through the command line (``routemapper export``, the locate that
build uses); the point of Jiménez, Chihuahua (27.13, -104.92) written by hand.
"""

from __future__ import annotations

import csv

import pytest

from geo import geocode
from geo.distance import haversine_km

JIMENEZ_CHIHUAHUA = (27.13, -104.92)

ROUTES = [
    [("2023-12-20", "Gómez Palacio"), ("2023-12-21", "Jiménez"), ("2023-12-22", "Chihuahua")],
    [("2023-12-20", "Torreón"), ("2023-12-21", "Jiménez"), ("2023-12-22", "Camargo")],
    [("2023-12-20", "Bermejillo"), ("2023-12-21", "Jiménez"), ("2023-12-22", "Hidalgo del Parral")],
    [("2023-12-20", "Torreón"), ("2023-12-22", "Jiménez")],
    [("2023-12-19", "Gómez Palacio"), ("2023-12-21", "Jiménez"), ("2023-12-23", "Ciudad Juárez")],
]


@pytest.mark.parametrize("stops", ROUTES, ids=[f"route-{i}" for i in range(len(ROUTES))])
def test_jimenez_on_the_way_north_is_the_chihuahua_town(cli, tmp_path, write_csv, stops):
    text = "caravan,date,place\n" + "".join(f"north,{day},{place}\n" for day, place in stops)
    out = tmp_path / "out.csv"
    result = cli("export", str(write_csv(text)), "-o", str(out), "--layer", "reports")
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["place"] == "Jiménez"]
    assert rows
    for row in rows:
        assert haversine_km(float(row["lat"]), float(row["lon"]), *JIMENEZ_CHIHUAHUA) < 10, row


def test_the_curated_town_carries_the_geonames_towns_population():
    found = geocode("Jiménez, Chihuahua")
    assert found.place.population > 20000
    assert haversine_km(found.place.lat, found.place.lon, *JIMENEZ_CHIHUAHUA) < 10


def test_a_checkpoint_placed_at_a_towns_point_takes_no_population():
    """The Siglo XXI station is placed at Tapachula's point (geonameid 3516266) as a proxy: no town of that size."""
    assert geocode("Estación Migratoria Siglo XXI").place.population == 0
