"""A border river the group crossed is a row where the words of crossing are more than the rule knew: "ran across
the Suchiate River", "cruzó el jueves en cámaras de llanta el río Suchiate" (more words between verb and river), and
where the sentence's other places only say where the river runs ("que marca la frontera entre México y Guatemala")
or where the group went next ("y caminó hacia Tapachula"). A town reached after it still takes the crossing
(census /work/notes/places.md, M3 rivers). Texts are this file's own; expectations written before the rule.
"""

from __future__ import annotations

import pytest


def _places(text: str, published: str) -> set[str]:
    from routes.extract import extract_reports

    return {r["place"].split(",")[0] for r in extract_reports(text, published)}


@pytest.mark.parametrize(("text", "published"), [
    ("On Monday, soldiers fired tear gas at hundreds of people who ran across the Suchiate River.", "2020-01-21"),
    ("El grupo cruzó el jueves en cámaras de llanta el río Suchiate, que marca la frontera entre México y "
     "Guatemala, y por la tarde caminó hacia Tapachula.", "2023-11-18"),
])
def test_a_river_crossed_is_a_row(text, published):
    assert "Río Suchiate" in _places(text, published)


def test_a_town_reached_after_the_river_takes_the_crossing():
    text = "Tras cruzar el río Suchiate y llegar a Ciudad Hidalgo, unos 2 mil caminaron el domingo hasta Tapachula."
    assert "Río Suchiate" not in _places(text, "2018-10-22")
