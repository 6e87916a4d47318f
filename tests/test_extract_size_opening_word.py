"""A sentence opening with an ordinary word that a gazetteer also knows as a place ("Son", a Dutch town) and the
group's figure is no place's sentence: the figure counts the group where the sentence before put it (pool census of
sizes-s11: "Son entre 150 y 200 personas" after an arrival in Saltillo gave Saltillo no figure). Expected answers
written by hand before running; the sentences are ours.
"""

from __future__ import annotations

import pytest


def _sizes(text: str, published: str) -> set[tuple[str, int, int]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["count_low"], r["count_high"])
            for r in extract_reports(text, published) if r["count"]}


@pytest.mark.parametrize(("text", "sizes"), [
    ("El viernes por la noche llegó a Arriaga un grupo de la caravana. Son entre 300 y 400 personas y buscan llegar "
     "a la frontera de Ciudad Juárez.", {("Arriaga", 300, 400)}),
    ("Un grupo de la caravana llegó el viernes a Arriaga. Son unas 350 personas, casi todas hondureñas.",
     {("Arriaga", 315, 385)}),
    # (opening a paragraph of its own, it names no group told just before: no place takes the figure)
    ("La caravana pasó el lunes por Arriaga.\n\nSon más de 1.500 personas las que buscan llegar al centro del país.",
     set()),
])
def test_a_figure_after_an_opening_ordinary_word_is_the_groups_where_it_is(text, sizes):
    assert _sizes(text, "2026-11-04") == sizes
