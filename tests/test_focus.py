"""The story's focus (geo.Focus): where an article happens, as soft evidence for namesakes."""

import pytest

from geo import Focus, InputError, Stop, geocode, resolve_route
from geo.resolve import haversine_km

CHIAPAS = Focus(countries=["MX"], divisions=[("MX", "Chiapas")])

# Coordinates written from GeoNames by hand (not read from the code under test).
ESCUINTLA_CHIAPAS = (15.31944, -92.65833)
ESCUINTLA_GT = (14.30500, -90.78500)
TONALA_CHIAPAS = (16.08930, -93.75160)


def _km(res, point):
    return haversine_km(res.lat, res.lon, *point)


def test_focus_is_a_small_frozen_value():
    focus = Focus(countries=["gt", "MX"], divisions=[("mx", "Chiapas")])
    assert focus.countries == frozenset({"GT", "MX"})
    assert focus.divisions == frozenset({("MX", "Chiapas")})
    assert focus == Focus(countries=("MX", "GT"), divisions={("MX", "Chiapas")})
    assert hash(focus) == hash(Focus(countries=("MX", "GT"), divisions={("MX", "Chiapas")}))
    with pytest.raises(AttributeError):
        focus.countries = frozenset()
    assert not Focus() and focus


def test_focus_refuses_a_bare_string_or_a_bad_pair():
    with pytest.raises(TypeError):
        Focus(countries="GT")
    with pytest.raises(TypeError):
        Focus(divisions=["Chiapas"])


def test_a_chiapas_story_takes_the_chiapas_namesake():
    assert _km(geocode("Escuintla"), ESCUINTLA_GT) < 5  # alone: the bigger Guatemalan city
    res = geocode("Escuintla", focus=CHIAPAS)
    assert _km(res, ESCUINTLA_CHIAPAS) < 5
    assert any("within the story's focus" in r for r in res.reasons)


def test_a_division_by_its_geonames_code_is_the_same_focus_as_by_name():
    by_code = geocode("Tonalá", focus=Focus(divisions=[("MX", "05")]))
    by_name = geocode("Tonalá", focus=Focus(divisions=[("Mexico", "chiapas")]))
    assert _km(by_code, TONALA_CHIAPAS) < 5 and _km(by_name, TONALA_CHIAPAS) < 5


def test_outside_the_focus_is_penalised_never_forbidden():
    # The only Tegucigalpa is in Honduras: a Chiapas story still gets it, with the reason.
    res = geocode("Tegucigalpa", focus=CHIAPAS)
    assert res.place.country == "HN"
    assert any("outside the story's focus" in r for r in res.reasons)
    # A row's own country hint outweighs the article's focus.
    res = geocode("Escuintla", country="GT", focus=CHIAPAS)
    assert _km(res, ESCUINTLA_GT) < 5


def test_resolve_route_passes_the_focus_to_every_stop():
    stops = [Stop("Escuintla", 0.0), Stop("Tonalá", 2.0)]
    escuintla, tonala = resolve_route(stops, focus=CHIAPAS)
    assert _km(escuintla, ESCUINTLA_CHIAPAS) < 5
    assert _km(tonala, TONALA_CHIAPAS) < 5


def test_an_unknown_focus_is_a_clear_error():
    with pytest.raises(InputError, match="unknown country 'Atlantis'"):
        geocode("Tapachula", focus=Focus(countries=["Atlantis"]))
    with pytest.raises(InputError, match="unknown division"):
        geocode("Tapachula", focus=Focus(divisions=[("MX", "Narnia")]))
