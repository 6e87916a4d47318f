"""The next stop a group means to reach, in the general shape of a plan: a word of intention, expectation or
attempt, or a future, governing a verb of motion, then the goal ("pretenden llegar a", "they aim to get to",
"trying to make it to", "are due to reach"). The goal is a `planned` row when it is a town near where the group is;
a far goal, a state, or a town named after the plan's first stop is no row. Expectations written by hand."""

import pytest

from routes.extract import extract_reports


def _rows(text: str, published: str) -> set[tuple[str, str, str]]:
    return {(r["place"].split(",")[0], r["kind"], r["date"]) for r in extract_reports(text, published=published)}


# (text, publication day, the plan's row: place, day)
NEXT_STOPS = [
    ("Unos 2 mil migrantes descansaron el lunes en Tapachula. Pretenden llegar el martes a Huixtla, a 40 "
     "kilómetros.", "2024-10-21", "Huixtla", "2024-10-22"),
    ("La caravana pasó la noche del sábado en Escuintla. Su intención es alcanzar Mapastepec al día siguiente.",
     "2024-10-20", "Mapastepec", "2024-10-20"),
    ("Los migrantes salieron el domingo de Izúcar de Matamoros e intentarán llegar a Atlixco antes del anochecer.",
     "2024-10-20", "Atlixco", "2024-10-20"),
    ("About 3,000 migrants spent Monday night in Juchitán. They aim to get to Matías Romero on Tuesday.",
     "2024-10-21", "Matías Romero", "2024-10-22"),
    ("The caravan left Tecún Umán on Sunday, trying to make it to Tapachula by nightfall.",
     "2024-10-20", "Tapachula", "2024-10-20"),
    ("The group rested Wednesday in Hermosillo, and its leaders said they want to push on to Santa Ana on Thursday.",
     "2024-10-16", "Santa Ana", "2024-10-17"),
    ("Some 1,500 people camped in Ocotepeque on Friday; they are due to reach Esquipulas on Saturday.",
     "2024-10-18", "Esquipulas", "2024-10-19"),
]


@pytest.mark.parametrize("text, published, place, day", NEXT_STOPS)
def test_the_next_stop_of_a_plan_is_a_planned_row(text, published, place, day):
    rows = _rows(text, published)
    assert (place, "planned", day) in rows


def test_the_next_stop_with_a_day_before_publication():
    rows = _rows("El contingente llegó el jueves a Acayucan y esperan arribar el viernes a Sayula de Alemán.",
                 "2024-10-17")
    assert ("Acayucan", "arrival", "2024-10-17") in rows
    assert any(place == "Sayula de Alemán" and kind == "planned" for place, kind, _ in rows)


def test_the_day_of_a_departure_is_not_the_plans():
    rows = _rows("The caravan left Tecún Umán on Sunday, trying to make it to Tapachula by nightfall.", "2024-10-20")
    assert ("Tecún Umán", "departure", "2024-10-20") in rows


def test_a_far_goal_is_no_row():
    rows = _rows("Unos 2 mil migrantes descansaron el lunes en Tapachula. Buscan llegar a Tijuana para pedir asilo.",
                 "2024-10-21")
    assert {place for place, _, _ in rows} == {"Tapachula"}


def test_a_state_the_plan_heads_for_is_no_row():
    rows = _rows("The caravan rested on Saturday in Matías Romero. On Sunday they plan to continue towards Veracruz.",
                 "2024-10-19")
    assert {place for place, _, _ in rows} == {"Matías Romero"}


def test_a_plan_told_elsewhere_in_the_sentence_does_not_move_a_past_day():
    rows = _rows("Some 2,000 migrants set out on foot from Tapachula on Tuesday as they attempt to reach the U.S. border.",
                 "2024-07-24")
    assert ("Tapachula", "departure", "2024-07-23") in rows


def test_a_plan_told_with_the_departure_takes_its_day():
    rows = _rows("The column of about 700 people set out from Huixtla before dawn on Monday, hoping to get to Escuintla.",
                 "2024-10-23")
    assert ("Huixtla", "departure", "2024-10-21") in rows
    assert ("Escuintla", "planned", "2024-10-21") in rows
