"""A dateline town with namesakes that the lede places by region ("this southern Mexican town").

"TONALA, Mexico (AP) — ... rested in this southern Mexican town" drew Tonalá, Jalisco, 1,100 km north-west: the town
of 400,000 outweighs the Chiapas one of 35,000, and the lede's "southern Mexican" said nothing.  Southern Mexico, in
caravan stories, is Chiapas, Oaxaca and Tabasco; northern Mexico the border states.  Expected answers written by hand;
the articles are ours.
"""

from __future__ import annotations

import pytest

from geo.distance import haversine_km
from tests.drafts import drafted


@pytest.mark.parametrize("lede", [
    "Thousands of Central American migrants rested in this southern Mexican town on Sunday.",
    "Miles de migrantes descansaron el domingo en este municipio del sur de México.",
])
def test_a_dateline_town_in_southern_mexico_is_the_southern_namesake(cli, tmp_path, lede):
    rows = drafted(cli, tmp_path, f"TONALA, Mexico (AP) — {lede}\n", "2018-10-29")
    tonala = [r for r in rows if r["place"].upper().startswith("TONALA")]
    assert tonala and all(r["lat"] for r in tonala), rows
    assert all(haversine_km(float(r["lat"]), float(r["lon"]), 16.09, -93.75) < 25 for r in tonala)
