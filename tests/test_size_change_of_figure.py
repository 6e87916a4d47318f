"""A change of the group's size, "from N1 to N2" (issue 11, family F11 of the s16-s17 failure types): the group now
numbers N2, the later figure; N1 is what it numbered before, and "creció de 800 a 2 mil" is no range of 800 to
2,000.  Expected answers written by hand (README's count table) before running; the sentences are ours.
"""

from __future__ import annotations

import pytest


def _sizes(text: str, published: str) -> set[tuple[str, int, int]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["count_low"], r["count_high"])
            for r in extract_reports(text, published) if r["count"]}


@pytest.mark.parametrize(("text", "published", "sizes"), [
    ("La caravana llegó el martes a Juchitán, Oaxaca, disminuyendo de 3 mil personas a unas 1.200 por los traslados.",
     "2026-11-10", {("Juchitán", 1080, 1320)}),
    ("El contingente creció de 800 a 2 mil migrantes al llegar el domingo a Tapanatepec.", "2026-11-09",
     {("Tapanatepec", 2000, 2000)}),
    ("En Sayula de Alemán, el grupo se redujo el jueves de más de 4 mil a unos 900 migrantes.", "2026-11-05",
     {("Sayula de Alemán", 810, 990)}),
    ("El grupo pasó de unos 5 mil a unos 2 mil 500 integrantes al salir el lunes de Arriaga.", "2026-11-10",
     {("Arriaga", 2250, 2750)}),
    ("The caravan shrank from 2,500 people to about 900 as it reached Tonalá on Tuesday.", "2026-11-04",
     {("Tonalá", 810, 990)}),
    ("By the time it entered Matías Romero on Friday, the group had dwindled from some 6,000 to about 1,500.",
     "2026-11-07", {("Matías Romero", 1350, 1650)}),
    ("The caravan grew from 1,000 to 3,000 migrants as it walked into Huehuetán on Sunday.", "2026-11-09",
     {("Huehuetán", 3000, 3000)}),
    # no change: a range stays a range
    ("Between 400 and 600 migrants arrived in Escuintla on Monday.", "2026-11-10", {("Escuintla", 400, 600)}),
])
def test_a_changed_size_is_the_later_figure(text, published, sizes):
    assert _sizes(text, published) == sizes
