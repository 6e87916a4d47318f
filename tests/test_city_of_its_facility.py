"""A big city whose name is also an ordinary word is located by the facility it is written after ("la Central de
Autobuses de Monterrey", "the bus station of Dallas") and by an arrival whose figure stands between the verb and
its preposition ("llegaron 2,000 migrantes a Monterrey") (types-s22-23 F38).

wordfreq counts "monterrey", "guadalajara", "houston", "dallas", "phoenix" among the ordinary words of Spanish or
English (routes/extract/common.py), so such a name is drawn only after a preposition or a noun of place
(places.locative_before); "arribaron alrededor de 2 mil migrantes ... a la Central de Autobuses de Monterrey" had
neither, and the row and its figure were dropped.  The noun of a facility (central de autobuses, terminal, albergue,
estación, shelter, station) followed by "de"/"of" is a noun of place, like "la ciudad de"; a figure written with its
separators ("2,000", "1.500") is one word between the verb and its preposition, as "900" was.

Our own sentences; towns, days and figures written by hand before the runs (published Friday 8 March 2024).
"""

from __future__ import annotations

import pytest

from drafts import drafted
from geo.distance import haversine_km

CASES = [
    ("El lunes llegaron unos 1.500 migrantes a la Central de Autobuses de Monterrey.\n", (25.67, -100.31),
     "2024-03-04", "unos 1.500"),
    ("Más de 600 migrantes durmieron el martes en el albergue de Guadalajara.\n", (20.67, -103.35), "2024-03-05",
     "Más de 600"),
    ("Unos 250 migrantes esperaban el jueves en la estación de Houston.\n", (29.76, -95.37), "2024-03-07", "Unos 250"),
    ("Ayer llegaron 2,000 migrantes a Monterrey.\n", (25.67, -100.31), "2024-03-07", "2,000"),
    ("About 400 migrants spent Monday night at the main bus station of Monterrey.\n", (25.67, -100.31), "2024-03-04",
     "About 400"),
    ("On Tuesday some 250 migrants slept in the shelter of Guadalajara.\n", (20.67, -103.35), "2024-03-05", "some 250"),
    ("Nearly 180 migrants reached the bus terminal of Dallas on Thursday.\n", (32.78, -96.80), "2024-03-07",
     "Nearly 180"),
    ("Around 120 migrants waited at the Greyhound station of Phoenix on Friday.\n", (33.45, -112.07), "2024-03-08",
     "Around 120"),
]


@pytest.mark.parametrize("text, city, day, figure", CASES, ids=[f"facility-{i}" for i in range(len(CASES))])
def test_the_city_of_a_facility_is_drawn(cli, tmp_path, text, city, day, figure):
    rows = drafted(cli, tmp_path, text, "2024-03-08")
    at = [r for r in rows if r["lat"] and haversine_km(float(r["lat"]), float(r["lon"]), *city) < 30]
    assert [(r["date"], r["count"]) for r in at] == [(day, figure)], rows


def test_an_ordinary_word_with_no_place_noun_is_still_no_place(cli, tmp_path):
    """A club named after its city, with no preposition or noun of place: no row (the ordinary-word rule stands)."""
    rows = drafted(cli, tmp_path, "Monterrey venció 2-0 a Tigres el domingo en el estadio.\n", "2024-03-08")
    assert not rows, rows
