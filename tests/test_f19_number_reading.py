"""Figures the parser was handed wrong (types-s22-23 F19): a figure compounded with the noun of the people it counts
("a 500-person caravan", "a 1,200-member caravan"; not "a 200-member police unit"); a Spanish preposition "a" before a
figure in words, which is no article numeral ("creció a mil personas", "se redujo a mil 200", "subió a 3 mil 500":
only "a hundred", "a thousand", "a million", "a dozen" are); and a range said high bound first after "between"/"entre"
("de entre 60 y 40 hondureños"). Expectations written by hand before running; the sentences are mine, on places I did
not tune for. Each case fails without the change (the figure is lost)."""

import pytest

from tests.drafts import town_day_count

PUBLISHED = "2025-03-12"  # a Wednesday: Monday is the 10th, Tuesday the 11th


def _rows(text: str):
    return town_day_count(text, PUBLISHED)


# (text, a row that must be drafted: place, day, count as written)
FIGURES = [
    ("A 500-person caravan left San Pedro Sula, Honduras, on Tuesday.", ("San Pedro Sula", "2025-03-11", "500")),
    ("A new 1,200-member migrant caravan reached Tenosique, Tabasco, on Monday.", ("Tenosique", "2025-03-10", "1,200")),
    ("Border Patrol agents met an 800-migrant caravan near Nogales, Arizona, on Tuesday.",
     ("Nogales", "2025-03-11", "800")),
    ("Between 350 and 250 Hondurans waded across the Suchiate into Ciudad Hidalgo on Monday.",
     ("Ciudad Hidalgo", "2025-03-10", "Between 250 and 350")),
    ("La caravana creció a mil personas el lunes en Villahermosa, Tabasco.", ("Villahermosa", "2025-03-10", "mil")),
    ("El martes, en Juchitán, Oaxaca, la caravana se redujo a mil 200 personas.", ("Juchitán", "2025-03-11", "mil 200")),
    ("Un grupo de entre 60 y 40 hondureños llegó el lunes a Ciudad Hidalgo, Chiapas.",
     ("Ciudad Hidalgo", "2025-03-10", "entre 40 y 60")),
    ("El contingente llegó el martes a Acayucan, Veracruz, donde la cifra subió a 3 mil 500 personas.",
     ("Acayucan", "2025-03-11", "3 mil 500")),
]


@pytest.mark.parametrize("text, row", FIGURES)
def test_the_figure_is_read(text, row):
    assert row in _rows(text)


def test_a_compound_of_police_is_no_size():
    rows = _rows("A 200-member police unit stopped the caravan in Huehuetán, Chiapas, on Tuesday.")
    assert all(count != "200" for _, _, count in rows)
