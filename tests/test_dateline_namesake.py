"""An ambiguous dateline is the namesake that the article's other places lie around, event rows or not.

``CIUDAD HIDALGO, Mexico (AP) —`` with no other stop resolved alone to Ciudad Hidalgo, Michoacán
(19.69, -100.56), though the story names Tecún Umán across the river, or Guatemala and Honduras: the border
town in Chiapas (14.68, -92.15, by hand) is what such a story means.  The articles are our own text; the
points were written by hand before the runs.
"""

from __future__ import annotations

import pytest

from conftest import TESTS
from drafts import drafted
from geo.distance import haversine_km

CHIAPAS_TOWN = (14.68, -92.15)
MICHOACAN_TOWN = (19.69, -100.56)

BORDER_STORY = """CIUDAD HIDALGO, Mexico (Test Wire) — Some 600 migrants rested on Tuesday in the main square.

Most of them had set out from Honduras and Guatemala two weeks before. Relatives who stayed behind in \
Guatemala said they would follow them.
"""

INLAND_STORY = """CIUDAD HIDALGO, Mexico (Test Wire) — Some 600 migrants reached Ciudad Hidalgo on Tuesday.

The group had left Morelia on Monday morning and walked most of the day along the highway.
"""


def _at(row: dict) -> tuple[float, float]:
    assert row["lat"], row
    return float(row["lat"]), float(row["lon"])


def test_article_87_the_border_bank_story_is_at_the_chiapas_town(cli, tmp_path):
    text = (TESTS / "data" / "articles" / "87-waiting-in-another-town.txt").read_text(encoding="utf-8")
    rows = drafted(cli, tmp_path, text, "2024-01-08")
    # (settled by the story's other places, the dateline town is written with its state: build takes it too)
    assert rows and all(r["place"] == "CIUDAD HIDALGO, Chiapas" for r in rows)
    for row in rows:
        assert haversine_km(*_at(row), *CHIAPAS_TOWN) < 5


def test_countries_named_only_as_origins_still_say_where_the_dateline_is(cli, tmp_path):
    rows = drafted(cli, tmp_path, BORDER_STORY, "2023-10-04")
    dateline = [r for r in rows if r["place"].startswith("CIUDAD HIDALGO")]
    assert dateline and all(haversine_km(*_at(r), *CHIAPAS_TOWN) < 5 for r in dateline)


def test_a_dateline_the_story_places_inland_keeps_the_inland_town(cli, tmp_path):
    """Morelia is about 90 km from the Michoacán town and 1,000 km from the Chiapas one: the pick stays."""
    rows = drafted(cli, tmp_path, INLAND_STORY, "2023-10-04")
    dateline = [r for r in rows if r["place"].lower().startswith("ciudad hidalgo")]
    assert dateline
    for row in dateline:
        assert haversine_km(*_at(row), *MICHOACAN_TOWN) < 5


@pytest.mark.parametrize(("evidence", "expected"), [
    ([], None),
    (["Tecún Umán"], "Chiapas"),
    (["Mexico"], None),  # around both namesakes alike: says nothing
    (["Mexico", "Guatemala"], "Chiapas"),
    (["Morelia", "Guatemala"], None),  # the pick has support of its own: kept
])
def test_nearest_namesake_weighs_the_other_places_named(evidence, expected):
    from geo import geocode
    from routes.extract.story import nearest_namesake

    alone = geocode("Ciudad Hidalgo")
    assert alone.place.admin1_name == "Michoacán"  # the resolver's pick with no context
    chosen = nearest_namesake(alone, [geocode(name).place for name in evidence])
    assert (chosen.admin1_name if chosen else None) == expected
