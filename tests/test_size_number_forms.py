"""Number forms in sizes (issue 11, family F19 of the s16-s17 failure types): a figure with a plural noun of number
("tres millares", "dos centenares"), a figure of the group said by its pronoun ("hundreds of them", "cientos de
ellos"), and never an age ("two 4 and 2-year-old children", "niños de 3, 5 y 8 años"): the unit may come after a
list of figures that share it.  Expected answers written by hand (README's count table) before running; the
sentences are ours, with corridor places no pool article of this family names.
"""

from __future__ import annotations

import pytest

from routes.counts import parse_count


def _sizes(text: str, published: str) -> set[tuple[str, int, int]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["count_low"], r["count_high"])
            for r in extract_reports(text, published) if r["count"]}


@pytest.mark.parametrize(("text", "published", "sizes"), [
    # a plural noun of number after its figure
    ("Según la parroquia, cuatro millares de hondureños durmieron el martes en Tecún Umán.", "2026-11-04",
     {("Tecún Umán", 4000, 4000)}),
    ("Unos dos centenares de migrantes llegaron el lunes a Cosoleacaque, Veracruz.", "2026-11-10",
     {("Cosoleacaque", 180, 220)}),
    # the group said by its pronoun
    ("La caravana siguió hacia el norte. El domingo, cientos de ellos llegaron a Acayucan.", "2026-11-09",
     {("Acayucan", 200, 900)}),
    ("Migrants left the shelter at dawn. Hundreds of them reached Puebla on Sunday.", "2026-11-09",
     {("Puebla", 200, 900)}),
    ("Thousands of them spent Tuesday night in Santa Ana, Sonora, police said.", "2026-11-04",
     {("Santa Ana", 2000, 9000)}),
    # an age is no size, even after another figure that shares its unit
    ("Una madre salvadoreña que viaja con sus hijos de 3, 5 y 8 años llegó el lunes a Juchitán.", "2026-11-10",
     set()),
    ("A Guatemalan father walking with his 6 and 9-year-old children reached Hermosillo on Monday.", "2026-11-10",
     set()),
    ("About 600 migrants, among them a 12-year-old boy, arrived in Saltillo on Friday.", "2026-11-07",
     {("Saltillo", 540, 660)}),
])
def test_number_forms(text, published, sizes):
    assert _sizes(text, published) == sizes


@pytest.mark.parametrize(("words", "low", "high"), [
    ("tres millares", 3000, 3000),
    ("unos dos centenares", 180, 220),
    ("más de cinco millares", 5000, 7500),
    ("millares", 2000, 9000),  # alone: vague, as before
])
def test_a_plural_noun_of_number_multiplies_its_figure(words, low, high):
    count = parse_count(words)
    assert (count.low, count.high) == (low, high)
