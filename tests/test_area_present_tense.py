"""A headline or dek tells the group's move in the present tense ("departs from Chiapas", "atraviesan Chiapas",
"reaches Chiapas"): the state it names is where the group is that day, as the past tense already said
(issue 11 part 3; census /work/notes/places.md, family M1). Texts are this file's own; expectations written before
the rule.

ANNOTATING.md's settled case "a country or state beside a town" holds for a headline's state too (types-s16-17 F18,
session 13): when a town inside the state has a row that day, the state has none, and the figure said with it goes
to the town's row.  The headline's state is a row when the day's towns lie outside it.
"""

from __future__ import annotations

import re

import pytest


def _places(text: str, published: str) -> set[str]:
    from routes.extract import extract_reports

    rows = extract_reports(text, published)
    # (a state row may be written with its level word: "Oaxaca state", "estado de Puebla")
    return {re.sub(r"^(?:estado de |state of )|(?: state)$", "", r["place"].split(",")[0]) for r in rows}


def _rows(text: str, published: str) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published)


@pytest.mark.parametrize(("text", "published", "state"), [
    # (the day's town lies in the next state: the headline's state is where the group set out from that day)
    ("Caravan of some 1,200 migrants departs from Chiapas\n\n"
     "On Monday night the group slept in Tapanatepec, Oaxaca.", "2025-03-04", "Chiapas"),
    ("Cientos de migrantes sale de Chiapas\n\n"
     "El lunes por la noche durmieron en Tapanatepec, Oaxaca.", "2024-05-23", "Chiapas"),
])
def test_a_present_tense_move_puts_the_group_in_the_state(text, published, state):
    assert state in _places(text, published)


@pytest.mark.parametrize(("text", "published", "state"), [
    ("Caravan of some 1,200 migrants departs from Chiapas\n\n"
     "The group left Tapachula at dawn on Monday and walked to Huehuetán.", "2025-03-04", "Chiapas"),
    ("Miles de migrantes atraviesan Chiapas rumbo al norte\n\n"
     "El miércoles el grupo salió de Huixtla y durmió en Escuintla.", "2024-05-23", "Chiapas"),
    ("Weary caravan reaches Chiapas\n\n"
     "On Sunday about 2,000 people waded the river at Ciudad Hidalgo and walked on to Tapachula.", "2019-01-21",
     "Chiapas"),
    ("Cientos de migrantes sale de Chiapas\n\n"
     "El lunes por la mañana partieron de Arriaga y caminaron hasta Tapanatepec.", "2023-11-21", "Chiapas"),
])
def test_a_headline_state_gives_way_to_a_town_inside_it_that_day(text, published, state):
    assert state not in _places(text, published)


def test_the_headline_state_s_figure_goes_to_the_town_of_the_same_event():
    rows = _rows("Caravan of some 1,200 migrants departs from Chiapas\n\n"
                 "The group left Tapachula at dawn on Monday and walked to Huehuetán.", "2025-03-04")
    assert [(r["count_low"], r["count_high"]) for r in rows if r["place"].startswith("Tapachula")
            and r["kind"] == "departure"] == [(1080, 1320)], rows


def test_a_present_tense_wish_is_no_stop():
    text = ("Caravan leaves Tapachula hoping to reach the United States\n\n"
            "On Monday about 1,500 people walked from Tapachula to Huehuetán.")
    assert "United States" not in _places(text, "2025-01-21")
