"""A shelter named with no town, or "de esta ciudad" / "in this city", is in the story's town, with or without a
dateline (types-s22-23 F13).

"Este viernes llegó a Piedras Negras una caravana ... les indicaron que serían trasladados a la Casa del Migrante de
esta ciudad": the article has no dateline, so the shelter was looked up on its own and drawn at the one the gazetteer
knows, Guatemala City's, 1,900 km off (and that point pulled Piedras Negras to its Veracruz namesake).  A demonstrative
or an article ("esta ciudad", "la ciudad", "this city") points back to the town the story is at: the dateline's, or
with none, the one town the sentences just before put the group in (routes/extract/sentences.py
``_the_storys_town``).

Our own sentences; towns written by hand before the runs (published Friday 8 March 2024).
"""

from __future__ import annotations

import pytest

from drafts import drafted
from geo.distance import haversine_km

CASES = [
    ("Unos 300 migrantes llegaron el lunes a Nogales, Sonora.\n\nEl martes durmieron en la Casa del Migrante de esta "
     "ciudad.\n", (31.31, -110.94), "2024-03-05"),
    ("El martes llegó a Agua Prieta, Sonora, un grupo de 150 centroamericanos.\n\nEl miércoles las autoridades los "
     "trasladaron a la Casa del Migrante, donde pasaron la noche.\n", (31.33, -109.55), "2024-03-06"),
    ("Más de 200 migrantes arribaron el sábado a Ciudad Acuña, Coahuila.\n\nEl domingo durmieron en la Casa del "
     "Migrante de la ciudad.\n", (29.32, -100.93), "2024-03-03"),
    ("Alrededor de 400 migrantes llegaron a Matamoros, Tamaulipas, el lunes.\n\nEl jueves la mayoría pernoctó en la "
     "Casa del Migrante de esta ciudad fronteriza.\n", (25.87, -97.50), "2024-03-07"),
    ("About 250 migrants reached Reynosa, Tamaulipas, on Monday.\n\nOn Tuesday they slept at the Casa del Migrante in "
     "this city.\n", (26.08, -98.29), "2024-03-05"),
    ("A group of 180 Central Americans arrived in Nuevo Laredo, Tamaulipas, on Tuesday.\n\nOn Wednesday volunteers "
     "took them to the Casa del Migrante, where they slept.\n", (27.48, -99.52), "2024-03-06"),
    ("More than 300 migrants arrived in Mexicali, Baja California, on Wednesday.\n\nOn Thursday they spent the night at "
     "the Casa del Migrante of the city.\n", (32.63, -115.45), "2024-03-07"),
    ("Some 120 migrants walked into San Luis Río Colorado, Sonora, on Sunday.\n\nOn Monday they rested at the Casa "
     "del Migrante.\n", (32.46, -114.77), "2024-03-04"),
]


@pytest.mark.parametrize("text, town, day", CASES, ids=[f"shelter-{i}" for i in range(len(CASES))])
def test_the_shelter_is_in_the_town_the_story_is_at(cli, tmp_path, text, town, day):
    rows = drafted(cli, tmp_path, text, "2024-03-08")
    assert [r for r in rows if r["date"] == day], rows  # the day at the shelter is a row of the route
    for r in rows:  # every row at the town (none at the Guatemala City shelter, none at a namesake of the town)
        assert r["lat"] and haversine_km(float(r["lat"]), float(r["lon"]), *town) < 25, rows


def test_a_shelter_of_a_named_town_stays_that_towns(cli, tmp_path):
    """The town written after the shelter is its town, not the story's (the rule before this one)."""
    rows = drafted(cli, tmp_path, "Unos 300 migrantes llegaron el lunes a Nogales, Sonora.\n\nEl martes durmieron "
                   "en la Casa del Migrante de Hermosillo.\n", "2024-03-08")
    assert {r["place"].split(",")[0] for r in rows} == {"Nogales", "Hermosillo"}, rows
