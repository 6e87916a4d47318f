"""Where the group is going is no place it is (types-s20-21 F2): a place governed by a preposition of direction
(rumbo a, en dirección a, hacia, toward) under a plan (a purpose, a future, a word of intention) or in a headline, by
words of a destination (con destino a, bound for), or by the infinitive of a verb of heading in a purpose after a
clause (", to travel north to", "other than to walk to") is a plan's goal: the next stop, planned, with no figure of
the group (the figure stays where the group is), or no row when it is far. A headline's heading is measured from the
first town the story names. Sentences and expectations are mine, written before running."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2025-03-12"  # a Wednesday


def _rows(text: str) -> dict[str, list[tuple[str, str, str]]]:
    rows: dict[str, list[tuple[str, str, str]]] = {}
    for r in extract_reports(text, published=PUBLISHED):
        rows.setdefault(r["place"].split(",")[0], []).append((r["kind"], r["date"], r["count"]))
    return rows


# (text, where the group is with its figure, the heading: a planned row with no figure)
HEADINGS = [
    ("Unos 600 migrantes descansan en Acayucan y más tarde reanudarán su andar con rumbo a Sayula de Alemán.",
     ("Acayucan", "Unos 600"), "Sayula de Alemán"),
    ("Caravana migrante reanuda su andar hacia Tierra Blanca\n\nCerca de 1.500 personas salieron este miércoles de "
     "Cosamaloapan, Veracruz.", ("Cosamaloapan", "Cerca de 1.500"), "Tierra Blanca"),
    ("Tras descansar dos días en Tehuacán, el grupo de 400 hondureños emprenderá el viernes su caminata con destino "
     "a Tecamachalco.", ("Tehuacán", "400"), "Tecamachalco"),
    ("Unos 700 migrantes durmieron en Saltillo; su idea es emprender el jueves la caminata en dirección a Monclova, "
     "donde esperan abordar el tren.", ("Saltillo", "Unos 700"), "Monclova"),
    ("About 900 migrants boarded buses in Hermosillo on Sunday night, to travel north to the border town of Nogales.",
     ("Hermosillo", "About 900"), "Nogales"),
    ("The caravan, some 2,000 strong, rested in Monclova on Tuesday and will resume the trek toward Castaños at dawn.",
     ("Monclova", "some 2,000"), "Castaños"),
    ("Thousands of Hondurans gathered at the bus terminal in San Pedro Sula on Friday, bound for Puerto Cortés.",
     ("San Pedro Sula", "Thousands"), "Puerto Cortés"),
    ("Some 300 migrants spent the night in Chihuahua, with no option left other than to walk to Delicias in the "
     "morning.", ("Chihuahua", "Some 300"), "Delicias"),
]


@pytest.mark.parametrize("text, here, heading", HEADINGS)
def test_the_heading_is_the_next_stop_planned_and_the_figure_stays_where_the_group_is(text, here, heading):
    rows = _rows(text)
    place, figure = here
    assert place in rows and figure in [count for _, _, count in rows[place]]
    assert heading in rows
    assert [(kind, count) for kind, _, count in rows[heading]] == [("planned", "")]


def test_a_plan_told_with_its_day_keeps_that_day():
    rows = _rows("Tras descansar dos días en Tehuacán, el grupo de 400 hondureños emprenderá el viernes su caminata con "
                 "destino a Tecamachalco.")
    assert rows["Tecamachalco"] == [("planned", "2025-03-14", "")]


def test_a_far_heading_is_no_row():
    rows = _rows("Unos 3 mil migrantes salieron de Tapachula con rumbo a la Ciudad de México.")
    assert "Tapachula" in rows
    assert not {"Ciudad de México", "Mexico City"} & set(rows)


def test_a_heading_told_with_the_move_that_day_is_the_next_stop_planned():
    # (plans16: ANNOTATING.md's settled reading, "planned is the next stop the group heads for now"; see
    # tests/test_f2_heading_of_the_move.py)
    rows = _rows("Unos 900 migrantes salieron de Cosamaloapan el lunes caminando rumbo a Tierra Blanca.")
    assert "Unos 900" in [count for _, _, count in rows["Cosamaloapan"]]
    assert [(kind, count) for kind, _, count in rows["Tierra Blanca"]] == [("planned", "")]


def test_hacia_before_an_hour_is_no_heading():
    rows = _rows("Los migrantes llegaron hacia las diez de la noche a Puebla, donde unos 800 durmieron en un albergue.")
    assert [kind for kind, _, _ in rows["Puebla"]] == ["arrival"]


def test_a_river_crossed_stays_a_row_beside_the_town_the_group_heads_for():
    rows = _rows("Unos 300 hondureños cruzaron en balsas el río Suchiate al mediodía y por la tarde partieron hacia "
                 "Tapachula.")
    assert "Río Suchiate" in rows or "Suchiate" in rows
