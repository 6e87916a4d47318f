"""types-s22-23 F9: the clause that owns a day.  Through the public API.

The decision, in grammar: a relative clause that opens right after a place is that place's, not the sentence's.
- A place relative (``where``, ``donde``, ``adonde``) writing a day dates no place outside it: "set out on Friday
  from Tonalá, where they had arrived on Wednesday ..., and walked into Arriaga" - Arriaga took Wednesday, the nearest
  day written before it (probes-s14 f31-2) (dating._date_for_place, dating.place_relative_clause).
- A relative pronoun after the place whose clause has a subject of its own (a determiner or pronoun right after the
  pronoun: ``, which the front of the line reached on Wednesday night``, ``, que los migrantes alcanzaron el
  martes``) has the place as its object: the day written in it is the
  place's (before: the clause was read as the group's own relative clause, another event's day, and the place took
  the story's day: probes-s14 f31-1).
The sentences are this file's own; the expected days were written by hand before the rule was run on them.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports

PUBLISHED = "2023-03-10"  # a Friday: Saturday 03-04, Monday 03-06, Tuesday 03-07, Wednesday 03-08, Thursday 03-09


@pytest.mark.parametrize(("text", "place", "day"), [
    ("About 700 migrants left on Thursday from Sayula de Alemán, where they had arrived on Tuesday, and walked on to "
     "Acayucan.", "Acayucan", "2023-03-09"),
    ("Some 400 Hondurans set out on Wednesday from Chiquimula, where they had slept on Tuesday night, and walked to "
     "Zacapa.", "Zacapa", "2023-03-08"),
    ("Unos 600 migrantes salieron el lunes de Zanatepec, donde habían llegado el sábado, y caminaron hasta "
     "Niltepec.", "Niltepec", "2023-03-06"),
    ("Cerca de 2 mil personas partieron el martes de Tierra Blanca, adonde habían llegado el domingo, y avanzaron "
     "hasta Córdoba.", "Córdoba", "2023-03-07"),
    ("About 2,000 migrants rested on Wednesday in Huixtla.\n\nThey came by way of Huehuetán, which the vanguard "
     "reached on Monday night.", "Huehuetán", "2023-03-06"),
    ("The caravan rested on Thursday in Mapastepec.\n\nThe column passed through Escuintla, which most of the walkers "
     "reached on Tuesday afternoon.", "Escuintla", "2023-03-07"),
    ("Unos 3 mil migrantes descansaron el jueves en Pijijiapan.\n\nLa caravana pasó por Acacoyagua, que los migrantes "
     "alcanzaron el martes por la noche.", "Acacoyagua", "2023-03-07"),
    ("La caravana durmió el miércoles en Tonalá.\n\nAntes pasó por Arriaga, que la vanguardia alcanzó el lunes.",
     "Arriaga", "2023-03-06"),
])
def test_a_relative_clause_after_a_place_owns_its_day(text, place, day):
    rows = extract_reports(text, published=PUBLISHED)
    assert {r["date"].lstrip("~") for r in rows if r["place"].split(",")[0] == place} == {day}


@pytest.mark.parametrize(("text", "place", "day"), [
    # (the group's own relative clause, set off by commas: its day is its event's, not the place's after it)
    ("The caravan, which set out on Monday from Tapachula, reached Huixtla on Wednesday.", "Huixtla", "2023-03-08"),
    # (the place's own where-clause still tells its own arrival there)
    ("Los migrantes descansan en Juchitán, adonde habían llegado el domingo.", "Juchitán", "2023-03-05"),
])
def test_guards(text, place, day):
    rows = extract_reports(text, published=PUBLISHED)
    assert day in {r["date"].lstrip("~") for r in rows if r["place"].split(",")[0] == place}
