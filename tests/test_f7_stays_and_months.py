"""types-s20-21 F7: relative day words.  Through the public API (``extract_reports``).

The decisions:
- a stay told since a day ("desde el martes permanecen en X", "since Monday ... are stuck in X") or counted in days or
  weeks up to its own day ("cumplieron ayer cinco días en X", "llevan ya tres días varados en X", "have now spent ten
  days in X") tells two events: the arrival on the day the stay began, a row of its own with no figure, and the stay
  on its own day with the figure (routes/extract/sentences._arrival_of_a_stay, dates.stay_began); tense14's unlanded
  patch moved the stay's row to the first day instead, and lost the stay;
- a part of the month told from publication ("a principios de mes", "earlier this month", "at the end of last month")
  is that month, month only (dates.py, "thismonth"), not the publication day.
The kind of the stay's own verb ("permanecen", "are still waiting") is the verb cues' family and is not checked here;
nor is a figure in an English sentence that names "this month" / "last month" (the statistic filter drops it, F15).
The sentences are this file's own; the expected rows were written by hand before the rules were run on them.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports

PUBLISHED = "2024-02-16"  # a Friday: Monday is 02-12, Tuesday 02-13, Thursday 02-15


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["place"].split(",")[0], r["date"], r["kind"], r["count"]) for r in extract_reports(text, published=PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Desde el martes, unos 400 hondureños permanecen en Chahuites.",
     [("Chahuites", "2024-02-13", "arrival", ""), ("Chahuites", "~2024-02-16", "sighting", "unos 400")]),
    ("Unos 900 migrantes cumplieron ayer cinco días en el albergue de Acayucan.",
     [("Acayucan", "~2024-02-10", "arrival", ""), ("Acayucan", "2024-02-15", "sighting", "Unos 900")]),
    ("Los migrantes llevan ya tres días varados en Arriaga, Chiapas.",
     [("Arriaga", "~2024-02-13", "arrival", ""), ("Arriaga", "~2024-02-16", "sighting", "")]),
    ("Since Monday, about 600 migrants are stuck in Nogales, Sonora.",
     [("Nogales", "2024-02-12", "arrival", ""), ("Nogales", "~2024-02-16", "sighting", "about 600")]),
    ("Some 350 Hondurans have now spent ten days in Ciudad Acuña.",
     [("Ciudad Acuña", "~2024-02-06", "arrival", ""), ("Ciudad Acuña", "~2024-02-16", "sighting", "Some 350")]),
    ("About 250 migrants are still waiting in Piedras Negras since last Thursday.",
     [("Piedras Negras", "2024-02-15", "arrival", ""), ("Piedras Negras", "~2024-02-16", "sighting", "About 250")]),
])
def test_a_stay_tells_the_arrival_on_its_first_day_and_the_stay(text, expected):
    rows = sorted(_rows(text), key=lambda r: r[1].lstrip("~"))
    assert [(p, d, k if k == "arrival" else "", n) for p, d, k, n in rows] == [
        (p, d, k if k == "arrival" else "", n) for p, d, k, n in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("A principios de mes, cerca de 2 mil personas salieron de Tecún Umán.",
     [("Tecún Umán", "2024-02", "departure", "cerca de 2 mil")]),
    ("A finales del mes pasado, unos 300 migrantes llegaron a Tierra Blanca.",
     [("Tierra Blanca", "2024-01", "arrival", "unos 300")]),
    ("About 1,500 migrants set out from Tapachula earlier this month.",
     [("Tapachula", "2024-02", "departure", "about 1,500")]),
    ("Some 300 people reached Querétaro at the end of last month.",
     [("Querétaro", "2024-01", "arrival", "some 300")]),
])
def test_a_part_of_the_month_is_that_month(text, expected):
    assert [(p, d, k) for p, d, k, _ in _rows(text)] == [(p, d, k) for p, d, k, _ in expected]
