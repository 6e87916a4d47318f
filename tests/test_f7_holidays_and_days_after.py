"""types-s22-23 F7: holiday names and a count of days "after" a clause.  Through the public API.

The decisions, in grammar:
- a holiday named bare is its day, as its "Eve"/"Day" forms already were: ``on Christmas``, ``Christmas morning``,
  ``en Navidad`` are 25 December (before: no day, blind-s23/12 "left for Juarez on foot on Christmas"); the eve of
  a holiday, said with ``la víspera de``/``the eve of`` before its name, or ``Nochevieja``, is the day before it
  (``la víspera de Año Nuevo``: 31 December, not 1 January);
- a count of days before a preposition that opens a clause of its own (``a day after setting out from X``, ``dos días
  después de haber salido de X``, ``un día antes de llegar a X``) tells that clause's event from the main clause's
  day: after, the clause's place is that many days BEFORE it; before, that many days after (before: X took the main
  clause's day, probes-s14 f05-1 and f24-1) (dates.add_days_told_from_the_last).
The sentences are this file's own; the expected days were written by hand before the rule was run on them.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports

# Thursday 28 December 2023: Christmas was Monday the 25th; Tuesday is the 26th, Wednesday the 27th.
PUBLISHED = "2023-12-28"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("About 400 migrants left Ciudad Juárez on Christmas and walked to the border bridge.", PUBLISHED,
     {"Ciudad Juárez": "2023-12-25"}),
    ("Some 600 Cubans reached Tenosique on Christmas morning after three days on foot.", PUBLISHED,
     {"Tenosique": "2023-12-25"}),
    ("On Tuesday a group of 300 Hondurans crossed into Guatemala at Corinto, a day after setting out from Choloma.",
     PUBLISHED, {"Corinto": "2023-12-26", "Choloma": "2023-12-25"}),
    ("Around 900 migrants walked into Nogales, Sonora, on Wednesday, two days after they left Hermosillo.", PUBLISHED,
     {"Nogales": "2023-12-27", "Hermosillo": "2023-12-25"}),
    ("Unos 200 migrantes salieron de Villahermosa en Navidad rumbo al norte.", PUBLISHED,
     {"Villahermosa": "2023-12-25"}),
    ("La víspera de Año Nuevo, cerca de 500 personas llegaron a Tierra Blanca, Veracruz.", "2024-01-02",
     {"Tierra Blanca": "2023-12-31"}),
    ("Cerca de mil hondureños entraron el jueves a Esquipulas, un día después de partir de Ocotepeque.", PUBLISHED,
     {"Esquipulas": "2023-12-28", "Ocotepeque": "2023-12-27"}),
    ("El grupo llegó el martes a Acayucan, Veracruz, dos días después de que salieron de Coatzacoalcos.", PUBLISHED,
     {"Acayucan": "2023-12-26", "Coatzacoalcos": "2023-12-24"}),
])
def test_holidays_and_days_after_a_clause(text, published, expected):
    rows = extract_reports(text, published=published)
    days = {}
    for r in rows:
        days.setdefault(r["place"].split(",")[0], set()).add(r["date"].lstrip("~"))
    assert {place: days.get(place) for place in expected} == {place: {day} for place, day in expected.items()}


@pytest.mark.parametrize(("text", "place", "day"), [
    # (a holiday's name as a noun's modifier names no day: the sentence's own day stands)
    ("On Tuesday some 300 migrants shared Christmas meals in the square of Tapanatepec.", "Tapanatepec", "2023-12-26"),
    # (a count of days later, with no clause after it: from the day written before, as before)
    ("El grupo salió de Juchitán el lunes y dos días después llegó a Matías Romero.", "Matías Romero", "2023-12-27"),
])
def test_guards(text, place, day):
    rows = extract_reports(text, published=PUBLISHED)
    assert {r["date"].lstrip("~") for r in rows if r["place"].split(",")[0] == place} == {day}
