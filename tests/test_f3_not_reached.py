"""A place the group did not reach is no place of it (types-s20-21 F3, reader6 findings 16 and 17): a place governed
by a negated verb of going or stopping ("no llegó a", "never made it to"), by a verb of giving up or avoiding
("renunciaron a continuar hasta", "para evitar pasar por", "gave up on walking to", "to avoid"), or by an unrealised
modal ("iban a llegar a", "was to have finished in") is no row, and the group's figure stays where the group is.
Sentences and expectations are mine, written before running."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2025-03-12"  # a Wednesday


def _rows(text: str) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for r in extract_reports(text, published=PUBLISHED):
        rows.setdefault(r["place"].split(",")[0], []).append(r["count"])
    return rows


# (text, where the group is with its figure, the place it did not reach)
NOT_REACHED = [
    ("Unos 600 hondureños salieron de Choluteca el lunes, pero nunca llegaron a San Marcos de Colón: la policía los "
     "detuvo en el camino.", ("Choluteca", "Unos 600"), "San Marcos de Colón"),
    ("La caravana de unos 600 hondureños que salió de Santa Rosa de Copán el lunes no llegó a Nueva Ocotepeque, porque "
     "la policía la frenó en la carretera.", ("Santa Rosa de Copán", "unos 600"), "Nueva Ocotepeque"),
    ("Unos 400 migrantes durmieron en Acayucan el domingo; unos 50 de ellos renunciaron a continuar hasta Minatitlán y "
     "pidieron volver a su país.", ("Acayucan", "Unos 400"), "Minatitlán"),
    ("Unos 2 mil migrantes salieron de Puebla el domingo por la autopista para evitar pasar por San Martín "
     "Texmelucan.", ("Puebla", "Unos 2 mil"), "San Martín Texmelucan"),
    ("The group of about 400 gave up on walking to Ciudad Acuña and stayed in Piedras Negras.",
     ("Piedras Negras", "about 400"), "Ciudad Acuña"),
    ("The pilgrimage of some 800 migrants was to have finished in Cholula; it broke up in Atlixco on Saturday.",
     ("Atlixco", "some 800"), "Cholula"),
    ("The caravan of about 1,000 left Tecun Uman on Monday but never made it to Coatepeque.",
     ("Tecun Uman", "about 1,000"), "Coatepeque"),
    ("About 300 migrants left Saltillo on Tuesday on a side road to avoid Ramos Arizpe.",
     ("Saltillo", "About 300"), "Ramos Arizpe"),
]


@pytest.mark.parametrize("text, here, not_reached", NOT_REACHED)
def test_a_place_not_reached_is_no_row_and_the_figure_stays_where_the_group_is(text, here, not_reached):
    rows = _rows(text)
    place, figure = here
    assert place in rows and figure in rows[place]
    assert not_reached not in rows


def test_a_plan_of_the_past_not_kept_is_no_row():
    rows = _rows("Los 700 hondureños iban a llegar el martes a Santa Rosa de Copán, pero se quedaron en La Entrada por "
                 "la lluvia.")
    assert "Santa Rosa de Copán" not in rows
    assert rows["La Entrada"] == ["700"]


def test_not_only_is_no_negation():
    rows = _rows("La caravana salió el lunes de Tapachula y no sólo llegó a Huixtla, sino que siguió hasta Escuintla.")
    assert {"Tapachula", "Huixtla", "Escuintla"} <= set(rows)
