"""A dateline's state written as Mexican papers abbreviate it ("Tonalá, Chis.-", "Córdoba, Ver.-") is the town's hint.

The state was not read: "Tonalá, Chis.- Unos 1,500 migrantes llegaron este lunes a Tonalá" drew Tonalá, Jalisco,
1,100 km off; "Córdoba, Ver.-" was left without coordinates (Córdoba, Argentina, the likelier namesake); "San Pedro
Sula, Hon.-" gave a row at a place called Hon.  A dateline's state or country is its town's hint when written whole
(`Huixtla, Chiapas.-`); abbreviated, it is too.  Expected answers written by hand; the articles are ours.
"""

from __future__ import annotations

import pytest

from geo.distance import haversine_km
from tests.drafts import drafted


@pytest.mark.parametrize("text,published,town,lat,lon", [
    ("Tonalá, Chis.- Unos 1,500 migrantes llegaron este lunes a Tonalá, donde descansan.", "2024-06-03",
     "Tonalá", 16.09, -93.75),
    ("Córdoba, Ver.- La caravana pasó la noche del domingo en Córdoba.", "2018-11-06", "Córdoba", 18.88, -96.93),
    ("Isla, Ver., 4 de noviembre.- Miles de migrantes llegaron este domingo a Isla.", "2018-11-04", "Isla", 18.03,
     -95.53),
    ("San Pedro Sula, Hon.- La caravana salió este sábado de San Pedro Sula rumbo a Guatemala.", "2018-10-21",
     "San Pedro Sula", 15.50, -88.03),
])
def test_a_dateline_state_abbreviation_is_the_town_s_hint(cli, tmp_path, text, published, town, lat, lon):
    rows = drafted(cli, tmp_path, text + "\n", published)
    mine = [r for r in rows if r["place"].split(",")[0] == town]
    assert mine, rows
    assert all(r["lat"] and haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 25 for r in mine), mine
    assert not [r for r in rows if r["place"] in ("Hon", "Chis", "Ver")], rows


def test_an_abbreviation_outside_a_dateline_is_not_a_state(cli, tmp_path):
    text = "Los migrantes llegaron el lunes a Tonalá. Ver más fotos de la caravana en nuestra galería.\n"
    rows = drafted(cli, tmp_path, text, "2024-06-04")
    assert not [r for r in rows if r["place"].startswith("Veracruz")], rows
