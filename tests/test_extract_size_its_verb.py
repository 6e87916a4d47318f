"""A figure belongs to the places of the verb it is the subject of (the first verb after the figure in its clause),
not to a place a verb before the figure told (pool: "left Honduras on January 14, gathering an estimated 3,500 people
as it made its way across Guatemala" put the figure on Honduras too) nor to a relative clause's. Expected answers
written by hand before running; the sentences are ours.
"""

from __future__ import annotations

import pytest


def _sizes(text: str, published: str) -> set[tuple[str, int, int]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["count_low"], r["count_high"])
            for r in extract_reports(text, published) if r["count"]}


@pytest.mark.parametrize(("text", "sizes"), [
    # the figure is who arrived: where they got to takes it, not where a verb before the figure put the group
    ("After they left Huixtla at dawn, about 900 migrants reached Escuintla on Tuesday.", {("Escuintla", 810, 990)}),
    # (a relative clause's verb is not the figure's: "que partieron de" tells of the same people before, whose
    # figure its place carries too: one figure of a leg, ANNOTATING.md's settled case)
    ("Unas 900 personas que partieron de Huixtla el martes llegaron a Escuintla ese mismo día.",
     {("Escuintla", 810, 990), ("Huixtla", 810, 990)}),
    # (a place written before the figure with no verb before it is where the figure's verb happened)
    ("En Huixtla, unas 900 personas descansaron el martes y luego caminaron a Escuintla.",
     {("Huixtla", 810, 990), ("Escuintla", 810, 990)}),
])
def test_the_figure_goes_to_the_places_of_its_own_verb(text, sizes):
    assert _sizes(text, "2026-11-04") == sizes


@pytest.mark.parametrize(("text", "sizes"), [
    # one figure, two countries: the one its verb moves through takes it, not the one left earlier in the sentence
    ("The caravan left El Salvador on Sunday, picking up about 2,000 people as it made its way across Guatemala.",
     {("Guatemala", 1800, 2200)}),
    # (a verb's way from one town to the next is both towns')
    ("Unas 1.500 personas caminaron el viernes de Escuintla a Acapetahua bajo el sol.",
     {("Escuintla", 1350, 1650), ("Acapetahua", 1350, 1650)}),
])
def test_one_figure_stays_on_the_places_of_its_verb(text, sizes):
    assert _sizes(text, "2026-11-04") == sizes
