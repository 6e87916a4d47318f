"""A relative clause (who/whose/which/that, que/quien(es)/cuyo) is a clause of its own: its day dates the places of
its own verb, and the main clause's place takes the main clause's day (types-s18-19, "Cross-family shapes":
relative clauses with their own day, F9/F11/F22).  The clause ends at its closing comma or, with none, where the main
clause's verb starts ("who left A on Friday | reached B on Sunday"; "que habían salido de A el jueves | arribaron el
sábado a B").  Texts are this file's own, on corridor places the rules were not tuned on; expectations written by
hand before the rule (published Tuesday 19 March 2024: Wednesday 13, Thursday 14, Friday 15, Saturday 16, Sunday 17).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-19"


def _days(text: str) -> set[tuple[str, str]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["date"]) for r in extract_reports(text, PUBLISHED)}


@pytest.mark.parametrize(("text", "expected"), [
    # English: no comma, the relative clause's verb a cue, the main one "slept".
    ("Roughly 650 migrants who departed Córdoba on Thursday slept in Puebla on Saturday.",
     {("Córdoba", "2024-03-14"), ("Puebla", "2024-03-16")}),
    # English: "that", its verb no cue ("rode"), after a group noun of nationality.
    ("The 1,100 Central Americans that rode freight trains out of Torreón on Friday reached Chihuahua on Sunday.",
     {("Torreón", "2024-03-15"), ("Chihuahua", "2024-03-17")}),
    # English: the main verb no cue ("pressed on to").
    ("Some 500 Guatemalans who crossed at Ciudad Hidalgo on Wednesday pressed on to Huixtla on Friday.",
     {("Ciudad Hidalgo", "2024-03-13"), ("Huixtla", "2024-03-15")}),
    # English: "whose" + its own subject, set off by commas, in the pluperfect.
    ("A caravan, whose leaders had set out from Tegucigalpa on March 2, walked into Esquipulas on Saturday.",
     {("Tegucigalpa", "2024-03-02"), ("Esquipulas", "2024-03-16")}),
    # Spanish: the pluperfect with no comma; the main clause's day before its place.
    ("Cerca de 700 migrantes que habían salido de Orizaba el jueves arribaron el sábado a Puebla.",
     {("Orizaba", "2024-03-14"), ("Puebla", "2024-03-16")}),
    # Spanish: each clause's day after its place.
    ("Unos 600 migrantes que salieron de Jalapa el jueves llegaron a Tehuacán el sábado.",
     {("Jalapa", "2024-03-14"), ("Tehuacán", "2024-03-16")}),
    # Spanish: "cuyo" + its own subject between commas, the pluperfect, a main verb of staying.
    ("La caravana, cuyo contingente principal había dejado Piedras Negras el jueves, acampó en Monclova el sábado.",
     {("Piedras Negras", "2024-03-14"), ("Monclova", "2024-03-16")}),
    # Spanish: a vague figure, the relative clause's place after an object ("cruzaron el río en").
    ("Cientos de cubanos que cruzaron el río en Ciudad Acuña el viernes durmieron en Saltillo el domingo.",
     {("Ciudad Acuña", "2024-03-15"), ("Saltillo", "2024-03-17")}),
])
def test_a_relative_clause_dates_only_its_own_place(text, expected):
    assert _days(text) == expected


def test_the_relative_clause_runs_on_with_a_verb_joined_to_its_own():
    # "and walked": the second verb is the relative clause's too, so its day stays with both of its places
    # (the main clause, "were resting in Sabinas", has its own).
    days = _days("About 400 Hondurans who left Monclova on Friday and walked to Castaños were resting in Sabinas "
                 "on Sunday.")
    assert ("Monclova", "2024-03-15") in days and ("Sabinas", "2024-03-17") in days


@pytest.mark.parametrize("text", [
    "The Salvadorans – who had set out from Tecún Umán, on the Guatemalan side, in February – walked into Puebla on "
    "Saturday.",
    "Los migrantes, que salieron de Tapachula en febrero, llegaron el sábado a Puebla.",
])
def test_a_relative_clause_set_off_keeps_its_month_and_the_main_clause_its_place(text):
    # The month is the relative clause's own (the leg began weeks before): the start town is drawn in February, and
    # the main clause's town on Saturday (it was dropped: the town took Saturday, 0 days from Puebla).
    start = "Tecún Umán" if "Tecún" in text else "Tapachula"
    assert _days(text) == {(start, "2024-02"), ("Puebla", "2024-03-16")}


def _rows(text: str) -> set[tuple[str, str, str, str]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["date"].lstrip("~"), r["kind"], r["count"])
            for r in extract_reports(text, PUBLISHED)}


@pytest.mark.parametrize(("text", "place", "then", "figure", "now"), [
    ("The caravan remains in Ixtepec, where about 1,800 migrants arrived on Sunday.",
     "Ixtepec", "2024-03-17", "about 1,800", "2024-03-19"),
    ("Migrants spent Monday in Chihuahua, where some 600 had reached the city on Saturday aboard freight trains.",
     "Chihuahua", "2024-03-16", "some 600", "2024-03-18"),
    ("Los centroamericanos permanecen en Acayucan, adonde habían arribado el sábado unos 2 mil migrantes.",
     "Acayucan", "2024-03-16", "unos 2 mil", "2024-03-19"),
    ("El contingente seguía el lunes en Saltillo, a donde llegó el sábado con cerca de 700 personas.",
     "Saltillo", "2024-03-16", "cerca de 700", "2024-03-18"),
])
def test_a_places_own_relative_clause_is_an_event_there_on_its_own_day(text, place, then, figure, now):
    # "B, where/adonde N had arrived on DAY": the arrival at B on that day with its figure is a row of its own, and
    # the main clause's stay at B keeps the main clause's day (before: one row, the arrival on the main clause's day).
    rows = _rows(text)
    assert (place, then, "arrival", figure) in rows
    assert any(p == place and day == now and kind != "arrival" for p, day, kind, _ in rows)
