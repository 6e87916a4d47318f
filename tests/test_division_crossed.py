"""A crossing into a name that a first-level division and its capital share: the division, when it holds no border post.

"The caravan ... crossed into Oaxaca on Saturday" was the city of Oaxaca, 250 km from the state line the group crossed
(the rule that a division's own town is what any report means), and in a draft its point then pushed Arriaga, the
town the group had reached the day before, out of the route as too far.  One crosses into Oaxaca or Veracruz at the
state line; a crossing reported at Ocotepeque is at the posts of its department (Agua Caliente, El Poy), so there the
town stays.  Expected answers written by hand; the articles are ours.
"""

from __future__ import annotations

import pytest

from geo import geocode
from tests.drafts import drafted


@pytest.mark.parametrize("name,division", [("Oaxaca", "Oaxaca"), ("Veracruz", "Veracruz"), ("Puebla", "Puebla")])
def test_a_crossing_into_a_division_without_border_posts_is_the_division(name, division):
    place = geocode(name, kind="crossing").place
    assert (place.feature, place.country, place.name) == ("admin1", "MX", division)


@pytest.mark.parametrize("name,town", [("Ocotepeque", "Nueva Ocotepeque")])
def test_a_crossing_at_a_division_with_border_posts_is_still_its_town(name, town):
    place = geocode(name, kind="crossing").place
    assert not place.is_area and place.name == town


def test_any_other_report_at_the_name_is_still_the_town():
    place = geocode("Oaxaca", kind="sighting").place
    assert not place.is_area and place.name == "Oaxaca"


ARTICLE = """Caravan enters a new state

The caravan reached Arriaga on Friday and crossed into Oaxaca on Saturday, stopping at San Pedro Tapanatepec.
"""


def test_a_state_crossed_into_does_not_push_the_previous_town_out(cli, tmp_path):
    rows = drafted(cli, tmp_path, ARTICLE, "2018-10-28")
    arriaga = [r for r in rows if r["place"].startswith("Arriaga")]
    assert [r["date"] for r in arriaga] == ["2018-10-26"], rows
    assert not [r for r in rows if r["place"].startswith("Oaxaca") and r["lat"]], rows
