"""A goal is no place reached (types-s16-17 F3): a verb of attempt, intention, wish or hope (in any tense), a purpose,
a noun of journey, or the conditional mood governing a verb of going leads to where the group meant or might go, not
to where it got; a failed attempt leaves the group, and its figure, where it was held. Expectations written by hand
before running; the sentences are mine."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2024-11-13"


def _rows(text: str) -> dict[str, tuple[str, str]]:
    return {r["place"].split(",")[0]: (r["kind"], r["count"]) for r in extract_reports(text, published=PUBLISHED)}


# (text, places that are rows, places that are no rows of a place reached: a plan's next stop may be `planned`)
GOALS = [
    # an attempt told in the past, then held back: the goal is no row
    ("Unos 900 hondureños trataron de entrar sin documentos al municipio de Ocotepeque el martes, pero fueron "
     "frenados por la policía en Corinto.", {"Corinto"}, {"Ocotepeque"}),
    # a move weighed in the conditional, then another road taken
    ("La caravana pasó la noche del lunes en Cosoleacaque. Habrían pensado ir por Minatitlán, pero el martes "
     "siguieron por la carretera hasta Acayucan.", {"Cosoleacaque", "Acayucan"}, {"Minatitlán"}),
    # a way told as possible only, with no verb of going
    ("La caravana durmió el lunes en Tierra Blanca. El avance de los migrantes podría ser a través de Cosamaloapan "
     "y Tlacotalpan.", {"Tierra Blanca"}, {"Cosamaloapan", "Tlacotalpan"}),
    # a hope's far end, after its next stop
    ("El contingente llegó el miércoles a Hermosillo con la esperanza de avanzar luego hasta Nogales y cruzar a "
     "Arizona.", {"Hermosillo"}, {"Nogales", "Arizona"}),
    ("About 700 migrants tried to wade across the river into Mexico on Monday but were held back by soldiers, and "
     "spent the night in Tecún Umán.", {"Tecún Umán"}, {"Mexico"}),
    # a journey named by its goal, and a clause telling of the goal
    ("The group set off from Saltillo on Tuesday on a long journey to the border at Piedras Negras, where many "
     "others are waiting to cross into Texas.", {"Saltillo"}, {"Texas", "Piedras Negras"}),
    ("Migrants stuck in Chihuahua on Sunday said they were trying to get to Ciudad Juárez, their gateway into the "
     "United States through El Paso.", {"Chihuahua"}, {"El Paso", "United States"}),
]


@pytest.mark.parametrize("text, rows, not_rows", GOALS)
def test_a_goal_is_no_place_reached(text, rows, not_rows):
    drafted = _rows(text)
    assert rows <= set(drafted)
    assert not {place for place, (kind, _) in drafted.items() if kind != "planned"} & not_rows


def test_the_figure_of_a_failed_attempt_goes_where_the_group_was_held():
    rows = _rows("Unos 1.200 migrantes intentaron ingresar por la fuerza a Guatemala este domingo, pero fueron "
                 "contenidos por agentes. Un grupo forcejeó con los policías en el cruce fronterizo de El Ceibo.")
    assert "Guatemala" not in rows
    assert rows["El Ceibo"][1] == "Unos 1.200"


def test_one_persons_hope_is_no_next_stop_of_the_group():
    rows = _rows("About 400 migrants arrived in Torreón on Monday. One man among them said he hopes to travel on to "
                 "Gómez Palacio with his family.")
    assert "Torreón" in rows
    assert "Gómez Palacio" not in rows
