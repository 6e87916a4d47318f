"""A day of a month said as "last", a calque of "el pasado 18 de noviembre" ("on 18 last November", "the 3rd of last
October"), and "el 18 del pasado mes de noviembre" (types-s16-17 F7): the day of that month, not the story's day.

Written for this test, in wordings no real article of the dev pool uses; the expected days were worked out by hand
from the publication day before the extractor was run.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports


def _days(text: str, published: str, place: str) -> set[str]:
    return {r["date"].lstrip("~") for r in extract_reports(text, published=published) if r["place"].lower().startswith(place.lower())}


@pytest.mark.parametrize("text, published, place, day", [
    ("The marchers, who left Ciudad Hidalgo on 23 last October, reached Huixtla yesterday.", "2021-11-03",
     "Ciudad Hidalgo", "2021-10-23"),
    ("About 900 migrants walked out of Tenosique on the 2nd of last June.", "2022-06-20", "Tenosique", "2022-06-02"),
    ("A group of 300 set off from Saltillo on 28 past December, hoping to reach Piedras Negras.", "2019-01-15",
     "Saltillo", "2018-12-28"),
    ("Some 1,200 people left Esquipulas on 14 last January and crossed into Honduras the same day.", "2020-01-20",
     "Esquipulas", "2020-01-14"),
    ("La caravana salió de Tapanatepec el 30 del pasado mes de octubre.", "2021-11-12", "Tapanatepec", "2021-10-30"),
    ("Unos 600 migrantes partieron de Palenque el 6 del mes de marzo rumbo al norte.", "2023-03-15", "Palenque",
     "2023-03-06"),
    ("El contingente llegó a Matías Romero el 2 del pasado mes de noviembre.", "2018-11-20", "Matías Romero",
     "2018-11-02"),
    ("Más de mil personas dejaron Ocotepeque el 16 del pasado mes de enero.", "2020-01-25", "Ocotepeque", "2020-01-16"),
])
def test_a_day_of_a_month_said_as_last_is_that_day(text, published, place, day):
    assert day in _days(text, published, place)
