"""The embedded gazetteer: sample places, reporters' spellings and namesakes."""

import csv
import math

import pytest

from geo import PlaceNotFound, geocode
from geo.resolve import haversine_km
from conftest import TESTS

TOPONYMS = list(csv.DictReader((TESTS / "data" / "toponyms.csv").open(encoding="utf-8")))
SAMPLE_PLACES = [r for r in TOPONYMS if "caravan place" in r["note"]]


def _near(text):
    return tuple(float(v) for v in text.split(",")) if text else None


@pytest.mark.parametrize("row", SAMPLE_PLACES, ids=[r["query"] for r in SAMPLE_PLACES])
def test_every_sample_place_within_5_km(row):
    res = geocode(row["query"], country=row["country_hint"], kind=row["kind"], near=_near(row["near"]))
    if not row["lat"]:  # country-level: kept at that precision
        assert res.place.is_area and res.place.country == row["expect_country"]
        return
    d = haversine_km(res.lat, res.lon, float(row["lat"]), float(row["lon"]))
    assert d <= 5.0, f"{row['query']} -> {res.place.label()} is {d:.1f} km off"


@pytest.mark.parametrize(
    "query,kwargs,country,lat,lon",
    [
        ("Agua Caliente", {"country": "GT", "kind": "crossing", "near": (14.56571, -89.35166)}, "HN", 14.54167, -89.275),
        ("Ciudad Hidalgo", {"country": "MX", "near": (14.90541, -92.25891)}, "MX", 14.68018, -92.15195),
        ("Esquipulas", {"country": "GT"}, "GT", 14.56571, -89.35166),
        ("Tecun Uman", {}, "GT", 14.67737, -92.14039),
        ("Cd. Hidalgo", {"near": (14.90541, -92.25891)}, "MX", 14.68018, -92.15195),
        ("Esquípulas", {"country": "GT"}, "GT", 14.56571, -89.35166),
        ("TAPACHULA", {}, "MX", 14.90541, -92.25891),
        ("San Pedro Sula, Honduras", {}, "HN", 15.50585, -88.02588),
        ("km 177, Vado Hondo, Chiquimula", {}, "GT", 14.73333, -89.5),
    ],
)
def test_disambiguation_and_spellings(query, kwargs, country, lat, lon):
    res = geocode(query, **kwargs)
    assert res.place.country == country
    assert haversine_km(res.lat, res.lon, lat, lon) < 5


def test_country_keeps_its_precision():
    res = geocode("Guatemala", country="GT")
    assert res.place.feature == "country" and res.place.precision_m > 50_000


def test_region_keeps_its_precision():
    res = geocode("Guatemala-Mexico border")
    assert res.place.feature == "region" and set(res.place.countries) == {"GT", "MX"}


def test_unknown_place_offers_closest_names():
    with pytest.raises(PlaceNotFound) as err:
        geocode("Tapachlua Centro")
    assert "Tapachula" in err.value.suggestions
    assert "unknown place 'Tapachlua Centro'" in str(err.value)


def test_confidence_and_reasons_are_given():
    res = geocode("Agua Caliente")
    assert 0 <= res.confidence <= 1 and res.reasons
    assert res.ambiguous  # six namesakes, no context: flagged, not hidden
    assert not math.isnan(res.lat)
