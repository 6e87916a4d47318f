"""A person's hometown said with a word that says only that ("oriundo de", "a native of") and an outlet named after
its noun ("the newspaper Excelsior", "el diario La Prensa") are no places of the route (census
/work/notes/places.md, family P2). Texts are this file's own; expectations written before the rule.
"""

from __future__ import annotations

import pytest


def _places(text: str, published: str) -> set[str]:
    from routes.extract import extract_reports

    return {r["place"].split(",")[0] for r in extract_reports(text, published)}


@pytest.mark.parametrize(("text", "published", "places"), [
    # a migrant's hometown abroad, said with a word that says only that
    ("The caravan reached Huixtla on Tuesday. A native of Choloma, Honduras, the young father said the group would "
     "walk on at night.", "2018-10-24", {"Huixtla"}),
    ("Los migrantes llegaron el lunes a Niltepec. Marvin López Castro, de 41 años y oriundo de Santa Bárbara, "
     "Honduras, dijo que desde las cuatro de la mañana les avisaron por megáfono de la salida de la caravana.",
     "2018-10-30", {"Niltepec"}),
    # an outlet named after a town, told something
    ("On Monday the group left Tapachula. Members of the caravan, the third such group to leave from the Mexico "
     "border this month, told the newspaper Excelsior that they would resume their walk north on Monday night.",
     "2025-01-21", {"Tapachula"}),
    ("El sábado unos 600 migrantes salieron de San Pedro Sula. Varios de ellos dijeron al diario El Heraldo que "
     "caminarán de noche.", "2022-01-16", {"San Pedro Sula"}),
])
def test_a_hometown_or_an_outlet_is_no_place(text, published, places):
    assert _places(text, published) == places
