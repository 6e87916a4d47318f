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


@pytest.mark.parametrize(("text", "published", "rows"), [
    # the next stop the group advanced toward that day: planned, on the sentence's day; those who left keep their figure
    ("Unos 200 salvadoreños salieron ayer de San Salvador y avanzaron hacia el paso limítrofe de La Hachadura.",
     "2018-10-29", {("San Salvador", "2018-10-28", "departure", "Unos 200"),
                    ("La Hachadura", "2018-10-28", "planned", "")}),
    # ... or heads for now (an adjective before the town word; "con rumbo a")
    ("The group is heading to the Guatemalan town of Chiquimula.", "2018-10-29",
     {("Chiquimula", "2018-10-29", "planned", "")}),
    ("Los migrantes siguen su camino con rumbo a Tapanatepec.", "2018-10-29",
     {("Tapanatepec", "2018-10-29", "planned", "")}),
    ("Hundreds left Tuesday from Tapachula and are headed to Huixtla.", "2018-10-29",
     {("Tapachula", "2018-10-23", "departure", "Hundreds"), ("Huixtla", "2018-10-29", "planned", "")}),
    # (a goal told with a departure stays a goal)
    ("Los migrantes salieron el lunes de Tapachula rumbo a la Ciudad de México.", "2018-10-29",
     {("Tapachula", "2018-10-29", "departure", "")}),
])
def test_the_next_stop_the_group_heads_for_is_planned(text, published, rows):
    from routes.extract import extract_reports

    assert {(r["place"].split(",")[0], r["date"].lstrip("~"), r["kind"], r["count"])
            for r in extract_reports(text, published)} == rows


def test_a_place_said_in_the_present_further_on_takes_the_day_of_now_not_of_the_relative_clause():
    # "ahora caminan ... desde A hasta B": B, 70 characters after the verb, is where the group is now; the day of the
    # departure told before ("que partieron de Tapachula ... el domingo 24 de marzo") is Tapachula's (it was given to B,
    # and the leg Tapachula -> B in no time then left Tapachula out)
    text = ("Por otro lado, los del Viacrucis que partieron de Tapachula, Chiapas, el domingo 24 de marzo, atravesaron el "
            "Istmo y ahora caminan por la carretera 175 desde San José del Pacífico hasta Miahuatlán de Porfirio Díaz.")
    assert _days(text, "2024-05-07") == {("Tapachula", "2024-03-24", "departure"),
                                         ("San José del Pacífico", "2024-05-07", "departure"),
                                         ("Miahuatlán de Porfirio Díaz", "2024-05-07", "sighting")}


@pytest.mark.parametrize(("text", "rows"), [
    # a plan to leave with its day and no place leaves from where the sentence before put the group
    ("El jueves el grupo llegó a Huehuetán y durmió bajo un techo de lámina. Planean salir de madrugada el viernes.",
     {("Huehuetán", "2025-08-07", "arrival"), ("Huehuetán", "2025-08-08", "planned")}),
    ("The group reached Huehuetan on Thursday and slept in a gym. Its leaders plan to leave early on Friday.",
     {("Huehuetan", "2025-08-07", "arrival"), ("Huehuetan", "2025-08-08", "planned")}),
    # (with no day it is no row)
    ("El jueves el grupo llegó a Huehuetán y durmió bajo un techo de lámina. Planean salir de madrugada.",
     {("Huehuetán", "2025-08-07", "arrival")}),
])
def test_a_plan_to_leave_with_no_place_leaves_from_where_the_group_is(text, rows):
    assert _days(text, "2025-08-08") == rows


@pytest.mark.parametrize(("text", "rows"), [
    # "began walking ... for X": X is the next stop, planned that day; a state crossed into stays beside a town the
    # group only heads for
    ("On Sunday the migrants began walking for Irapuato after crossing into Guanajuato state.",
     {("Guanajuato state", "2018-11-11", "crossing"), ("Irapuato", "2018-11-11", "planned")}),
    ("The marchers began walking before dawn Sunday for Irapuato, about 100 kilometers west.",
     {("Irapuato", "2018-11-11", "planned")}),
])
def test_walking_for_a_town_heads_for_it(text, rows):
    assert _days(text, "2018-11-11") == rows
