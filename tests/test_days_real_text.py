"""Days of rows as real caravan news writes them (issue 11 part 4): the extract engineer's development set,
families D1-D4 in /work/notes/extract.md. Texts are this file's own; expectations written before the rules."""

from __future__ import annotations

import pytest


def _days(text: str, published: str) -> set[tuple[str, str, str]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["date"].lstrip("~"), r["kind"]) for r in extract_reports(text, published)}


@pytest.mark.parametrize(("text", "published", "rows"), [
    # a word that only begins like a Spanish verb of plans ("prevén") says nothing of the future: "prevented" is past
    ("Police prevented the marchers from blocking the highway in Celaya on Saturday.", "2018-11-11",
     {("Celaya", "2018-11-10", "blocked")}),
    ("At a toll booth outside Celaya, where the group spent Saturday night, officers prevented them from stopping "
     "lorries.", "2018-11-11", {("Celaya", "2018-11-10", "sighting")}),
])
def test_a_past_weekday_is_not_read_as_the_next_one(text, published, rows):
    assert _days(text, published) == rows


@pytest.mark.parametrize(("text", "published", "rows"), [
    # a count of days from the day written last (else from publication, as "the day before")
    ("On Sunday the marchers walked out of Celaya. A day earlier they had left Querétaro.", "2018-11-12",
     {("Celaya", "2018-11-11", "departure"), ("Querétaro", "2018-11-10", "departure")}),
    ("El lunes la caravana salió de Puebla. Dos días después llegó a la Ciudad de México.", "2021-12-10",
     {("Puebla", "2021-12-06", "departure"), ("Ciudad de México", "2021-12-08", "arrival")}),
    # told from an event of the clause after it, it is no day of its own (and the place left is context: README)
    ("Three days after leaving Tapachula, the group reached Pijijiapan on Thursday.", "2018-10-26",
     {("Pijijiapan", "2018-10-25", "arrival")}),
])
def test_a_count_of_days_is_told_from_the_day_written_last(text, published, rows):
    assert _days(text, published) == rows


def test_a_weekday_of_what_is_expected_is_the_next_one():
    # "se espera que" speaks of plans: the coming Wednesday
    assert _days("Se espera que el miércoles los migrantes sigan hacia Acayucan.", "2024-05-07") == {
        ("Acayucan", "2024-05-08", "planned")}


@pytest.mark.parametrize("plan", ["Planean salir de madrugada este sábado.", "Prevén reanudar la marcha este sábado."])
def test_a_plan_of_the_next_sentence_lends_no_day_to_what_was_done(plan):
    # the arrival's sentence writes no day; the sentence after it is a plan for the publication day, and the lede's
    # day is its main clause's ("ayer"), not its relative clause's: the arrival was yesterday
    text = ("La caravana, que partió el jueves de Tapachula, completó ayer su segundo día de camino.\n\n"
            "Tras 25 kilómetros de marcha, el grupo llegó al poblado de Huehuetán y se refugió en una cancha techada. "
            + plan + "\n")
    rows = _days(text, "2025-08-09")
    assert ("Tapachula", "2025-08-07", "departure") in rows
    assert ("Huehuetán", "2025-08-08", "arrival") in rows
