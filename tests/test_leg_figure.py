"""One figure of a leg ("N who left A this morning reached B"): both rows, A's and B's, carry N (ANNOTATING.md,
settled case, 30 November; types-s16-17 F22: "Unos 300 migrantes que partieron esta madrugada de la capital ...
llegaron a" gave the figure to the arrival only).  Not a relative clause about another noun after the figure's verb
("arrived aboard a freight train that left Torreón": the train's).  Texts are this file's own, corridor places the
rules were not tuned on; expectations written by hand before the rule.
"""

from __future__ import annotations

import pytest


def _sizes(text: str, published: str) -> set[tuple]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["count_low"], r["count_high"]) for r in extract_reports(text, published)
            if r["count"]}


@pytest.mark.parametrize(("text", "published", "origin", "reached", "bounds"), [
    ("Some 700 migrants who left Acayucan this morning reached Cosoleacaque on Tuesday.", "2024-04-17",
     "Acayucan", "Cosoleacaque", (630, 770)),
    ("About 450 migrants walked on Thursday from Sayula to Acayucan.", "2024-04-19", "Sayula", "Acayucan", (405, 495)),
    ("Around 300 people crossed the Rio Grande from Piedras Negras into Eagle Pass on Friday.", "2024-04-20",
     "Piedras Negras", "Eagle Pass", (270, 330)),
    ("Some 1,100 migrants left Saltillo at dawn on Monday and by nightfall had reached Monterrey.", "2024-04-16",
     "Saltillo", "Monterrey", (990, 1210)),
    ("Unos 800 migrantes que salieron esta madrugada de Sayula llegaron el martes a Acayucan.", "2024-04-17",
     "Sayula", "Acayucan", (720, 880)),
    ("Cerca de 500 personas caminaron el jueves de Caborca a Sonoyta.", "2024-04-19", "Caborca", "Sonoyta",
     (450, 550)),
    ("Tras salir de Orizaba, unos 900 migrantes llegaron el sábado a Córdoba.", "2024-04-21", "Orizaba", "Córdoba",
     (810, 990)),
    ("Alrededor de 1.200 migrantes que dejaron Coatzacoalcos el lunes llegaron el miércoles a Minatitlán.",
     "2024-04-18", "Coatzacoalcos", "Minatitlán", (1080, 1320)),
])
def test_both_ends_of_a_leg_carry_its_one_figure(text, published, origin, reached, bounds):
    sizes = _sizes(text, published)
    assert (origin, *bounds) in sizes and (reached, *bounds) in sizes, sizes


def test_a_relative_clause_about_another_noun_is_not_the_figure_s_leg():
    sizes = _sizes("Unos 900 migrantes llegaron el viernes a Ciudad Juárez a bordo de un tren de carga que salió el "
                   "jueves de Torreón.", "2024-11-16")
    assert sizes == {("Ciudad Juárez", 810, 990)}
