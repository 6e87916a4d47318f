"""A state named in a list of state names is the state, not a capital of its name (types-s11-12 V2).

"han recorrido Chiapas, Oaxaca y Veracruz" drew the cities of Oaxaca and Veracruz, each with the group's figure
copied onto it. Expected answers written by hand before the run; the articles are ours.
"""

from __future__ import annotations

import pytest

from geo.distance import haversine_km
from tests.drafts import drafted

OAXACA_CITY = (17.06, -96.73)
VERACRUZ_CITY = (19.18, -96.14)


def _at(row, point, km=30):
    return row["lat"] and haversine_km(float(row["lat"]), float(row["lon"]), *point) < km


@pytest.mark.parametrize("text", [
    "Caravana llega a Acayucan\n\nUnos 2 mil migrantes llegaron el miércoles a Acayucan, Veracruz, tras caminar desde "
    "Sayula de Alemán. Desde que salieron de Tapachula hace tres semanas, los migrantes han recorrido Chiapas, Oaxaca "
    "y Veracruz a pie y en aventones.",
    "Caravan rests in Puebla\n\nAbout 1,500 migrants rested Thursday in a shelter in Puebla city. Over the past month "
    "the caravan has walked across Chiapas, Oaxaca and Veracruz, sleeping in town squares.",
    "Migrantes siguen su marcha\n\nLos cerca de 3 mil migrantes que partieron de Tapachula el mes pasado ya han "
    "recorrido Chiapas, Oaxaca y Veracruz.",
])
def test_a_list_of_states_is_no_list_of_capitals(cli, tmp_path, text):
    rows = drafted(cli, tmp_path, text + "\n", "2018-11-15")
    assert not [r for r in rows if _at(r, OAXACA_CITY) or _at(r, VERACRUZ_CITY)], rows
    listed = [r for r in rows if r["place"].split()[0] in ("Oaxaca", "Veracruz") and "," not in r["place"]]
    assert all(r["place"].endswith(" state") and not r["lat"] and not r["count"] for r in listed), rows


def test_a_state_list_keeps_the_town_its_figure(cli, tmp_path):
    rows = drafted(cli, tmp_path, "Caravan rests in Puebla\n\nAbout 1,500 migrants rested Thursday in a shelter in "
                   "Puebla city. Over the past month the caravan has walked across Chiapas, Oaxaca and Veracruz.\n",
                   "2018-11-15")
    puebla = [r for r in rows if r["place"].startswith("Puebla")]
    assert puebla and puebla[0]["count"] == "About 1,500" and _at(puebla[0], (19.04, -98.21)), rows


def test_two_towns_named_like_their_states_stay_towns(cli, tmp_path):
    # (no name of the list is a state's alone: the capitals, as before)
    rows = drafted(cli, tmp_path, "Caravana avanza\n\nEl martes la caravana pasó por Oaxaca y el miércoles llegó a "
                   "Puebla, donde descansa.\n", "2018-11-15")
    assert any(_at(r, OAXACA_CITY) for r in rows), rows
