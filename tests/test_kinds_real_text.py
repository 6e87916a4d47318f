"""Kinds of rows as real caravan news writes them (issue 11 part 7: kinds checked): the extract engineer's development
set (/work/notes/extract.md). Texts are this file's own; expectations written before the rules."""

from __future__ import annotations

import pytest


def _kinds(text: str, published: str) -> set[tuple[str, str]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["kind"]) for r in extract_reports(text, published)}


@pytest.mark.parametrize(("text", "kinds"), [
    # a border crossing named as a noun is no crossing of the group's
    ("The marchers set out from the bus station in San Pedro Sula on Wednesday and split up by the border crossing "
     "each group chose.", {("San Pedro Sula", "departure")}),
    # forces surrounding the group block it
    ("On Sunday troops surrounded the caravan on a road in the town of Vado Hondo.", {("Vado Hondo", "blocked")}),
    ("El domingo los soldados rodearon a la caravana en una carretera de Vado Hondo.", {("Vado Hondo", "blocked")}),
    # leaving a city by "exiting" it
    ("On Saturday the caravan exited Mexico City on metro trains.", {("Mexico City", "departure")}),
    # people converging on a place gather there
    ("On Saturday some 2,000 migrants converged on Tijuana.", {("Tijuana", "gathering")}),
])
def test_kinds_as_real_news_writes_them(text, kinds):
    assert _kinds(text, "2018-11-18") == kinds
