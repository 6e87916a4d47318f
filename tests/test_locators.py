"""What a sentence's words say about where a place lies: a locator after it, and the stops listed with it.

types-s7 R5: "through Esperanza, just north of Ciudad Obregón, Sonora" drew Esperanza in Puebla or the
Dominican Republic: the state after the locator town, and the locator town itself, were ignored.
types-s7 R8: "Hermosillo, then north through Santa Ana, then Caborca" put Santa Ana in another state when
its neighbours in the list were no rows of the route.  The articles are our own text; the points were
written by hand before the runs (general knowledge): Esperanza, Sonora 27.58, -109.93; Esperanza, Puebla
18.86, -97.37; Santa Ana, Sonora 30.54, -111.12; Hermosillo 29.07, -110.96; Caborca 30.72, -112.16.
"""

from __future__ import annotations

import pytest

from drafts import drafted
from geo import Stop, resolve_route
from geo.distance import haversine_km
from routes.extract.matcher import shared_matcher
from routes.extract.nearby import written_near
from routes.extract.api import default_extractor

ESPERANZA_SONORA = (27.58, -109.93)
SANTA_ANA_SONORA = (30.54, -111.12)
HERMOSILLO = (29.07, -110.96)
CABORCA = (30.72, -112.16)


def _near(sentence: str, name: str):
    mentions = shared_matcher().find(sentence)
    at = sentence.index(name)
    key = next(m.key for m in mentions if m.start == at)
    return written_near(mentions, at, key, 0, len(sentence), sentence, default_extractor().is_area)


@pytest.mark.parametrize(("sentence", "name", "near", "hint"), [
    ("They walked through Esperanza, just north of Ciudad Obregón, Sonora, on Tuesday.", "Esperanza",
     ("Ciudad Obregón",), "Sonora"),
    ("Pasaron el martes por Esperanza, muy cerca de Ciudad Obregón, y pernoctaron ahí.", "Esperanza",
     ("Ciudad Obregón",), ""),
    ("Descansaron en Pesqueira, a 30 kilómetros al norte de Hermosillo.", "Pesqueira", ("Hermosillo",), ""),
    ("They rested in Santa Ana, between Hermosillo and Caborca.", "Santa Ana", ("Hermosillo",), ""),
    ("They walked from Hermosillo, then north through Santa Ana, then Caborca.", "Santa Ana",
     ("Hermosillo", "Caborca"), ""),
    ("Caminaron de Hermosillo a Santa Ana y luego a Caborca.", "Santa Ana", ("Caborca",), ""),
    # no locator, no list
    ("Migrants from Hermosillo reached Santa Ana on Friday.", "Santa Ana", (), ""),
    ("They rested in Santa Ana, Sonora, on Friday.", "Santa Ana", (), ""),
    ("Entre Hermosillo y Caborca hay 270 kilómetros.", "Hermosillo", (), ""),
])
def test_what_the_words_put_a_place_near(sentence, name, near, hint):
    found = _near(sentence, name)
    assert (found.near, found.hint) == (near, hint)


def test_a_stop_near_the_places_its_words_name_takes_the_namesake_there():
    # No focus and no other stop: alone, "Santa Ana" is a bigger namesake (California's, or Taguig).
    alone, listed = (resolve_route([Stop("Santa Ana", 0.0, near=near)])[0] for near in ((), (HERMOSILLO, CABORCA)))
    assert haversine_km(alone.place.lat, alone.place.lon, *SANTA_ANA_SONORA) > 500
    assert haversine_km(listed.place.lat, listed.place.lon, *SANTA_ANA_SONORA) < 5


LOCATOR_ARTICLE = """Caravan moves up the Pacific coast

MEXICO CITY (Test Wire) — A caravan of about 600 Central American migrants walked on Tuesday through \
Esperanza, just north of Ciudad Obregón, Sonora, a week after leaving the southern state of Oaxaca.
"""


def test_the_state_after_the_locator_decides_and_a_state_is_no_stop_to_judge_by(cli, tmp_path):
    # Before: the Oaxaca row ran in the route as Oaxaca city (a stop the same day), and Esperanza went to Puebla.
    rows = [r for r in drafted(cli, tmp_path, LOCATOR_ARTICLE, "2023-11-16") if r["place"].startswith("Esperanza")]
    assert rows and all(r["lat"] for r in rows), rows
    for row in rows:
        assert row["place"] == "Esperanza, Sonora"
        assert haversine_km(float(row["lat"]), float(row["lon"]), *ESPERANZA_SONORA) < 5
