"""A namesake outside the story's countries and their land neighbours is taken only when nothing else fits.

types-s7 R6: a story set entirely in Sonora drew "Santa Ana" in the Philippines (Taguig, 1.3 M people, is
also known as Santa Ana) and "Esperanza" in the Dominican Republic: the story's focus took only 2 points
from a town outside it, less than a city's population gives.  Points written by hand before the runs
(general knowledge): Santa Ana, Sonora 30.54, -111.12; Santa Ana, El Salvador 13.99, -89.56; Taguig 14.52, 121.08.
"""

from __future__ import annotations

import pytest

from drafts import drafted
from geo import Focus, geocode
from geo.distance import haversine_km
from geo.neighbours import derive_neighbours, neighbours, region
from geo.resolve import Context, Resolver

SANTA_ANA_SONORA = (30.54, -111.12)
SANTA_ANA_SV = (13.99, -89.56)
TAGUIG = (14.52, 121.08)
SONORA_STORY = Focus(countries=["MX"], divisions=[("MX", "Sonora")])


def _km(res, point) -> float:
    return haversine_km(res.place.lat, res.place.lon, *point)


@pytest.mark.parametrize(("country", "expected"), [
    ("MX", {"US", "GT", "BZ"}),
    ("GT", {"MX", "BZ", "HN", "SV"}),
    ("HN", {"GT", "SV", "NI"}),
    ("PA", {"CR", "CO"}),
    ("DO", {"HT"}),
    ("CU", set()),  # an island 200 km from Yucatán shares no border
    ("PH", set()),  # outside the outlines' box: no neighbour in it
])
def test_land_neighbours_by_hand(country, expected):
    assert neighbours().get(country, frozenset()) == expected
    assert region(frozenset({country})) == expected | {country}


def test_the_table_is_what_the_outlines_give():
    assert derive_neighbours() == dict(neighbours())


def test_a_sonora_story_reads_santa_ana_in_sonora_not_the_philippines():
    res = geocode("Santa Ana", focus=SONORA_STORY)
    assert res.place.country == "MX" and _km(res, SANTA_ANA_SONORA) < 5, res
    assert _km(res, TAGUIG) > 10_000


def test_the_reason_says_the_far_namesake_lies_outside_the_storys_neighbours():
    res = geocode("Santa Ana", focus=SONORA_STORY)
    taguig = [p for p in res.candidates if haversine_km(p.lat, p.lon, *TAGUIG) < 10]
    assert taguig  # still a candidate: penalised, never excluded
    _, reasons = Resolver().score(taguig[0], "Santa Ana", Context(focus=SONORA_STORY), [])
    assert any("outside the story's focus (MX, Sonora) and its land neighbours" in r for r in reasons)


def test_a_neighbours_namesake_only_loses_the_focus_weight():
    # Guatemala borders Mexico: its towns lose 2 points in a Mexican story, not 6.
    near, far = Resolver(), Context(focus=Focus(countries=["MX"]))
    res = geocode("Esquipulas", focus=Focus(countries=["MX"]))
    gt = [p for p in (res.place, *res.candidates) if p.country == "GT"]
    assert gt
    _, reasons = near.score(gt[0], "Esquipulas", far, [])
    assert any("outside the story's focus" in r for r in reasons)
    assert not any("land neighbours" in r for r in reasons)


def test_a_story_in_el_salvador_keeps_its_own_santa_ana():
    res = geocode("Santa Ana", focus=Focus(countries=["SV"]))
    assert _km(res, SANTA_ANA_SV) < 5, res


def test_the_row_naming_the_far_country_is_evidence_enough():
    res = geocode("Santa Ana, El Salvador", focus=SONORA_STORY)
    assert _km(res, SANTA_ANA_SV) < 5, res


def test_a_far_place_with_no_namesake_near_is_still_taken():
    res = geocode("Taguig", focus=SONORA_STORY)
    assert _km(res, TAGUIG) < 5, res


@pytest.mark.parametrize("focus", [
    Focus(countries=["BZ"]),                 # Belize borders Mexico: Mexican namesakes are not far
    Focus(countries=["HN", "US"]),           # the United States border Mexico, Honduras does not
    SONORA_STORY,
    Focus(countries=["GT"], divisions=[("GT", "Petén")]),
])
@pytest.mark.parametrize("name", ["Santa Ana", "Esperanza", "La Libertad", "Córdoba", "Mérida"])
def test_the_extractors_remembered_answers_are_the_resolvers(name, focus):
    from routes.extract.pipeline import Extractor

    memo = Extractor().resolver
    assert memo.resolve(name, Context(focus=focus)).place.id == Resolver().resolve(name, Context(focus=focus)).place.id


SONORA_ARTICLE = """Migrants rest in the Sonoran desert

HERMOSILLO, Sonora (Test Wire) — About 250 migrants spent Monday night in Santa Ana, where the town's church \
gave them shelter, officials said.
"""


def test_an_article_set_in_sonora_resolves_santa_ana_there(cli, tmp_path):
    rows = [r for r in drafted(cli, tmp_path, SONORA_ARTICLE, "2023-11-22") if r["place"] == "Santa Ana"]
    assert rows and all("(MX, Sonora)" in r["note"] for r in rows), rows


def test_a_country_the_article_names_is_not_far():
    # San Salvador in a Chiapas story that names El Salvador is the capital (Chiapas has a village of the name);
    # in one that does not, the village.
    chiapas = dict(countries=["MX"], divisions=[("MX", "Chiapas")])
    named = geocode("San Salvador", focus=Focus(**chiapas, named=["SV"]))
    assert named.place.country == "SV" and haversine_km(named.place.lat, named.place.lon, 13.69, -89.19) < 10, named
    unnamed = geocode("San Salvador", focus=Focus(**chiapas))
    assert unnamed.place.country == "MX", unnamed


def test_an_unknown_named_country_is_a_clear_error():
    from geo.errors import InputError

    with pytest.raises(InputError, match="unknown country 'Atlantis' named in the story"):
        geocode("Tapachula", focus=Focus(countries=["MX"], named=["Atlantis"]))
