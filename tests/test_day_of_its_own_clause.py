"""A day from its own clause, not a neighbour's (types-s13-15 F9).

- A headline is dated by the lede's day: the first single day the story tells, not a span a dek writes under it
  ("This week, aid groups have followed the march": a week, of which the headline tells one moment).
- A night spent somewhere moves a row of the publication day to the night before only at the place of that night:
  not a place the group is said to be at now ("Las familias que pernoctaron anoche en Tonalá ya se encuentran en
  Pijijiapan": Pijijiapan is today's), nor one outside the relative clause that tells the night.

Written for this test, in wordings no real article of the dev pool uses; the expected days were worked out by hand
from the publication day before the extractor was run.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports


def _days(text: str, published: str, place: str) -> list[str]:
    """The days (``~`` dropped) of the rows drafted at ``place``."""
    return [r["date"].lstrip("~") for r in extract_reports(text, published=published) if r["place"].startswith(place)]


@pytest.mark.parametrize("text, published, place, day", [
    ("Migrant caravan leaves Tecún Umán\n\nThis week, aid groups have followed the march closely.\n\n"
     "On Thursday morning the migrants walked toward the Mexican border, some 40 kilometres away.\n", "2018-10-20",
     "Tecún Umán", "2018-10-18"),
    ("Caravana sale de Pijijiapan\n\nDurante esta semana, organizaciones civiles han acompañado el avance del grupo.\n\n"
     "Este jueves, los migrantes caminaron desde muy temprano bajo la lluvia.\n", "2024-10-26",
     "Pijijiapan", "2024-10-24"),
    ("Caravan rests in Juchitán\n\nVolunteers have handed out food this week.\n\n"
     "The group got there on Wednesday night after a long walk from the coast.\n", "2018-11-02",
     "Juchitán", "2018-10-31"),
    ("Migrantes llegan a Acayucan\n\nEsta semana el INM ha reforzado sus retenes en el sur de Veracruz.\n\n"
     "El contingente arribó el martes por la tarde, tras caminar más de 40 kilómetros.\n", "2021-11-25",
     "Acayucan", "2021-11-23"),
])
def test_a_headline_takes_the_ledes_day_not_a_deks_span(text, published, place, day):
    assert _days(text, published, place) == [day]


@pytest.mark.parametrize("text, published, place, day, night_place, night", [
    ("Las familias que pernoctaron anoche en Tonalá ya se encuentran en Pijijiapan.\n", "2024-10-25",
     "Pijijiapan", "2024-10-25", "Tonalá", "2024-10-24"),
    ("El grupo, que pasó la noche en Escuintla, ya está en Mapastepec.\n", "2024-10-25",
     "Mapastepec", "2024-10-25", "Escuintla", "2024-10-24"),
    ("The migrants who slept in Chiquimula last night are now in Zacapa.\n", "2018-10-17",
     "Zacapa", "2018-10-17", "Chiquimula", "2018-10-16"),
    ("The families that spent the night in Matías Romero are already in Juchitán.\n", "2018-11-02",
     "Juchitán", "2018-11-02", "Matías Romero", "2018-11-01"),
])
def test_a_night_spent_dates_only_the_place_of_that_night(text, published, place, day, night_place, night):
    assert _days(text, published, place) == [day]
    assert _days(text, published, night_place) == [night]


def test_a_night_spent_with_no_day_is_still_last_nights():
    assert _days("Unos 2.000 migrantes pasaron la noche en el parque central de Tonalá.\n", "2024-10-25",
                 "Tonalá") == ["2024-10-24"]
