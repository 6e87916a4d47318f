"""The next stop told as a plan, in the shapes types-s22-23 F2 names (plans16): a place governed by a preposition of
direction after a verb of motion in any form or a noun of journey ("salieron ... rumbo a", "se puso en marcha hacia",
"caminaban ... en dirección a", "heading toward", "walking towards"), or named by a noun of the next stop or of the
day's goal ("su próxima escala ... es", "with X as the day's goal", "their following stop would be"), is where the
group is heading: its next stop, planned, with no figure of the group, on the day of the move; the figure stays
where the group is. Sentences and expectations are mine, written before running."""

import pytest

from tests.drafts import by_town

PUBLISHED = "2025-03-12"  # a Wednesday


def _rows(text: str):
    return by_town(text, PUBLISHED)


# (text, where the group is with its figure or None, the heading, its day or None)
HEADINGS = [
    ("Unas 800 personas salieron el martes de Acayucan rumbo a Jáltipan, a unos 20 kilómetros.",
     ("Acayucan", "Unas 800"), "Jáltipan", "2025-03-11"),
    ("Un grupo de unos 450 migrantes dejó este miércoles Villahermosa y se puso en marcha hacia Cárdenas.",
     ("Villahermosa", "unos 450"), "Cárdenas", "2025-03-12"),
    ("Tras salir de Zanatepec, los migrantes, alrededor de 2 mil, caminaban el lunes por la carretera federal en "
     "dirección a Tapanatepec.", None, "Tapanatepec", "2025-03-10"),
    ("Unos 900 migrantes descansan este miércoles en Acayucan; su próxima escala, según los organizadores, es "
     "Cosoleacaque.", ("Acayucan", "Unos 900"), "Cosoleacaque", None),
    ("About 350 Hondurans left Choloma before dawn on Tuesday, heading toward Omoa.",
     ("Choloma", "About 350"), "Omoa", "2025-03-11"),
    ("Several hundred migrants who had slept in Piedras Negras were walking towards Ciudad Acuña on Monday.",
     None, "Ciudad Acuña", "2025-03-10"),
    ("With Ramos Arizpe as the day's goal, some 500 migrants set off from Saltillo on Wednesday morning.",
     ("Saltillo", "some 500"), "Ramos Arizpe", None),
    ("The group of about 1,000 rested in Delicias on Tuesday, and organizers said their following stop would be "
     "Camargo.", ("Delicias", "about 1,000"), "Camargo", None),
]


@pytest.mark.parametrize("text, here, heading, day", HEADINGS)
def test_the_heading_is_the_next_stop_planned_with_no_figure(text, here, heading, day):
    rows = _rows(text)
    if here is not None:
        place, figure = here
        assert place in rows and figure in [count for _, _, count in rows[place]]
    assert heading in rows
    assert [(kind, count) for kind, _, count in rows[heading]] == [("planned", "")]
    if day is not None:
        assert rows[heading][0][1] == day


def test_a_heading_the_group_reached_is_its_arrival():
    rows = _rows("The migrants left Tenosique at dawn on Tuesday for Balancán, where they arrived in the evening.")
    assert [kind for kind, _, _ in rows["Balancán"]] == ["arrival"]


def test_a_far_heading_is_no_row_and_no_arrival():
    rows = _rows("Unos 400 migrantes salieron este miércoles de Tenosique rumbo a Ciudad Juárez.")
    assert "Tenosique" in rows
    assert "Ciudad Juárez" not in rows
    rows = _rows("Some 300 of the migrants camped in Chihuahua left for Piedras Negras on foot on Tuesday.")
    assert "Piedras Negras" not in rows


def test_a_next_stop_a_plan_in_the_pluperfect_named_is_none():
    rows = _rows("Se había anunciado que la siguiente parada sería Jáltipan; sin embargo, los 800 migrantes siguieron "
                 "en Acayucan este miércoles.")
    assert "Jáltipan" not in rows
