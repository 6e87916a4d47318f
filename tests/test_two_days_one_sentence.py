"""One sentence, two events on two days (types-s18-19 F10): verbs coordinated in one sentence, each told with its own
day word, make their own rows ("rested in X on Tuesday and left on Wednesday": a sighting on Tuesday and a departure
on Wednesday at X; "slept in X on Monday, then walked to Y on Tuesday": Y's day is Tuesday). Expectations written by
hand before running; the sentences are mine."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2025-03-07"  # a Friday: Sunday is 03-02, Monday 03-03, Tuesday 03-04, Wednesday 03-05, Thursday 03-06


def _rows(text: str) -> set[tuple[str, str, str]]:
    return {(r["place"].split(",")[0], r["date"].lstrip("~"), r["kind"]) for r in extract_reports(text, published=PUBLISHED)}


# (text, rows that must be drafted: place, day, kind)
TWO_DAYS = [
    # English
    ("The caravan camped in Matías Romero on Tuesday night and set off again on Wednesday.",
     {("Matías Romero", "2025-03-04", "sighting"), ("Matías Romero", "2025-03-05", "departure")}),
    ("Some 1,500 migrants rested in Juchitán on Monday, then marched into Niltepec on Tuesday.",
     {("Juchitán", "2025-03-03", "sighting"), ("Niltepec", "2025-03-04", "arrival")}),
    ("The migrants waited in Sayula on Monday and departed early on Tuesday.",
     {("Sayula", "2025-03-03", "gathering"), ("Sayula", "2025-03-04", "departure")}),
    ("About 700 people stayed in Acayucan on Wednesday and pressed on the following day.",
     {("Acayucan", "2025-03-05", "sighting"), ("Acayucan", "2025-03-06", "departure")}),
    # Spanish
    ("Los migrantes acamparon el lunes en Ixtepec y el martes emprendieron de nuevo la marcha.",
     {("Ixtepec", "2025-03-03", "sighting"), ("Ixtepec", "2025-03-04", "departure")}),
    ("La caravana llegó el lunes a Tierra Blanca para salir al día siguiente.",
     {("Tierra Blanca", "2025-03-03", "arrival"), ("Tierra Blanca", "2025-03-04", "departure")}),
    ("Cerca de 900 hondureños durmieron en Tecún Umán el martes y cruzaron a Ciudad Hidalgo el miércoles.",
     {("Tecún Umán", "2025-03-04", "sighting"), ("Ciudad Hidalgo", "2025-03-05", "crossing")}),
    ("El grupo descansó en Ocozocoautla el domingo y partió el lunes.",
     {("Ocozocoautla", "2025-03-02", "sighting"), ("Ocozocoautla", "2025-03-03", "departure")}),
]


@pytest.mark.parametrize("text, expected", TWO_DAYS)
def test_each_verb_with_its_own_day_makes_its_own_row(text, expected):
    rows = _rows(text)
    assert expected <= rows, rows


def test_a_statement_day_is_no_second_event():
    rows = _rows("The caravan arrived in Huixtla on Tuesday, officials said on Wednesday.")
    assert {d for p, d, k in rows if p == "Huixtla"} == {"2025-03-04"}
