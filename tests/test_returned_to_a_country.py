"""A group that goes back to a country is there: "regresaron a Honduras", "the others had to return to Honduras",
"fueron retornados a suelo hondureño", and "retornaron a su país de origen" when the sentence says whose country
(its one nationality: "hondureños"). Not people removed by officials ("sent back to", "deported to"), nor a wish.
Census family C2 (/work/notes/places2.md). Texts are this file's own; expectations written before the rule.
"""

from __future__ import annotations

import pytest


def _rows(text: str, published: str) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published)


def _country_rows(text: str, published: str, country: str) -> list[dict]:
    return [r for r in _rows(text, published) if r["place"].split(",")[0] == country]


@pytest.mark.parametrize(("text", "published"), [
    ("Unos 200 migrantes siguieron hacia Chiquimula el martes, mientras otros 90 hondureños abandonaron la caravana y "
     "retornaron a su país de origen.", "2020-10-07"),
    ("Only a few dozen kept walking north on Sunday; the others had to return to Honduras.", "2024-01-22"),
    ("Sin papeles ni pruebas de COVID, los migrantes fueron detenidos el sábado y retornados a suelo hondureño.",
     "2022-01-16"),
])
def test_a_return_to_a_country_is_a_returned_row_there(text, published):
    rows = _country_rows(text, published, "Honduras")
    assert [r["kind"] for r in rows] == ["returned"]


def test_people_sent_back_by_officials_are_no_row_of_the_group():
    text = "Police stopped the caravan at Vado Hondo on Saturday; officers said 150 people had been sent back to Honduras."
    assert _country_rows(text, "2021-01-17", "Honduras") == []


def test_a_home_country_with_two_nationalities_named_is_none():
    text = "Cientos de hondureños y guatemaltecos retornaron a su país el lunes."
    assert [r for r in _rows(text, "2021-01-19") if r["place"].split(",")[0] in ("Honduras", "Guatemala")] == []
