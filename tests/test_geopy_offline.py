"""The embedded gazetteer behind geopy's Geocoder interface."""

import pandas as pd
import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location
from geopy.point import Point

from geo.geocoders import OfflineGeocoder
from geo.resolve import haversine_km


@pytest.fixture(scope="module")
def geolocator():
    return OfflineGeocoder()


def test_geocode_returns_a_geopy_location_with_our_record(geolocator):
    loc = geolocator.geocode("Tecun Uman")
    assert isinstance(loc, Location)
    assert loc.address == "Ciudad Tecún Umán, San Marcos, GT"
    assert haversine_km(loc.latitude, loc.longitude, 14.67737, -92.14039) < 1
    assert loc.raw["confidence"] > 0.9 and loc.raw["reasons"] and loc.raw["feature"] == "populated_place"


def test_all_candidates_best_first(geolocator):
    every = geolocator.geocode("Ciudad Hidalgo", exactly_one=False, near=(14.90541, -92.25891))
    assert [loc.raw["admin1"] for loc in every] == ["Chiapas", "Michoacán"]
    assert "confidence" in every[0].raw and "confidence" not in every[1].raw


def test_hints_per_call_and_per_geocoder():
    assert OfflineGeocoder(country="GT").geocode("Escuintla").raw["country"] == "GT"
    assert OfflineGeocoder().geocode("Escuintla", country="MX").raw["country"] == "MX"


def test_unknown_or_weak_answers_are_none(geolocator):
    assert geolocator.geocode("Qqqxxz Nowhere") is None
    assert OfflineGeocoder(min_confidence=0.75).geocode("Agua Caliente") is None
    assert OfflineGeocoder(min_confidence=0.75).geocode("Tapachula") is not None


def test_dataframe_apply_with_geopy_rate_limiter(geolocator):
    df = pd.DataFrame({"place": ["Tapachula", "Esquípulas", "Cd. Hidalgo", "Qqqxxz Nowhere"]})
    df["location"] = df["place"].apply(RateLimiter(geolocator.geocode, min_delay_seconds=0))
    assert [loc.raw["country"] if loc else None for loc in df["location"]] == ["MX", "GT", "MX", None]


def test_reverse_finds_the_nearest_place(geolocator):
    loc = geolocator.reverse("14.9054, -92.2589")
    assert loc.raw["name"] == "Tapachula" and loc.raw["distance_km"] < 0.1
    several = geolocator.reverse(Point(14.56571, -89.35166), exactly_one=False, limit=3)
    assert several[0].raw["name"] == "Esquipulas" and len(several) == 3
    assert [l.raw["distance_km"] for l in several] == sorted(l.raw["distance_km"] for l in several)
    assert geolocator.reverse((0.0, -140.0)) is None  # the open Pacific
