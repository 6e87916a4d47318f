"""A level word with a name that no division bears: the writer's slip, and the town is meant.

Seen in a real article: a group "arrived in the border state of Mexicali" (Mexicali is a city; its state is Baja
California).  The words "state of Mexicali" found no state of that name, so the resolver took a fuzzy match, the
State of Mexico, 2,000 km away; the city it had come from by bus (Hermosillo) was then left out as too far.
When a level word ("state", "estado de", "departamento de") comes with a name no first-level division bears, but
towns do bear it exactly, those towns are the candidates.  Expected answers written by hand; the articles are ours.
"""

from __future__ import annotations

import pytest

from geo import geocode
from geo.errors import PlaceNotFound
from tests.drafts import drafted

# (written, the town meant, its country, its first-level division)
SLIPS = [
    ("the state of Mexicali", "Mexicali", "MX", "Baja California"),
    ("estado de Tijuana", "Tijuana", "MX", "Baja California"),
    ("Tapachula state", "Tapachula", "MX", "Chiapas"),
    ("el departamento de Tecún Umán", "Ciudad Tecún Umán", "GT", "San Marcos"),
]

# (written, the division meant, its country): a level word with a division's name is still the division.
DIVISIONS = [
    ("state of Sonora", "Sonora", "MX"),
    ("estado de Veracruz", "Veracruz", "MX"),
    ("state of Mexico", "Estado de México", "MX"),
    ("departamento de Escuintla", "Escuintla", "GT"),
    ("Darién province", "Darién", "PA"),
]


@pytest.mark.parametrize("written,town,country,division", SLIPS)
def test_a_level_word_with_a_town_name_is_the_town(written, town, country, division):
    place = geocode(written).place
    assert not place.is_area
    assert (place.name, place.country, place.admin1_name) == (town, country, division)


@pytest.mark.parametrize("written,division,country", DIVISIONS)
def test_a_level_word_with_a_division_name_is_the_division(written, division, country):
    place = geocode(written).place
    assert (place.feature, place.name, place.country) == ("admin1", division, country)


def test_a_level_word_with_a_name_nothing_bears_is_still_unknown():
    with pytest.raises(PlaceNotFound):
        geocode("state of Qwzxtlan")


ARTICLE = """Caravan members reach the border after a long bus ride

About 150 Central American migrants reached the border state of Tijuana on Wednesday evening, local officials
said, a day after leaving the city of Culiacán, in the northwestern state of Sinaloa, on chartered buses.

The group plans to ask for asylum at the port of entry later this week.
"""

ARTICLE_BUS = """Second group of caravan reaches Mexicali

A second group of about 120 Central American migrants arrived Tuesday afternoon in the border state of Mexicali,
officials said.

The migrants came on a bus trip from the city of Hermosillo, in the Mexican state of Sonora, and more are expected
on Wednesday.
"""


def test_an_article_s_border_state_of_a_city_is_drawn_at_the_city(cli, tmp_path):
    rows = drafted(cli, tmp_path, ARTICLE, "2019-03-14")
    tijuana = [r for r in rows if "Tijuana" in r["place"]]
    assert tijuana, rows
    assert all(r["lat"] and 32.3 < float(r["lat"]) < 32.7 and -117.2 < float(r["lon"]) < -116.8 for r in tijuana)
    assert {r["date"] for r in tijuana} == {"2019-03-13"}


def test_a_bus_ride_to_a_city_written_as_a_state_keeps_both_ends(cli, tmp_path):
    rows = drafted(cli, tmp_path, ARTICLE_BUS, "2018-04-25")
    mexicali = [r for r in rows if "Mexicali" in r["place"]]
    assert mexicali and all(r["lat"] and 32.4 < float(r["lat"]) < 32.8 for r in mexicali), rows
    assert not any(r["place"] == "state of Mexicali" and not r["lat"] for r in rows)
    assert any("Hermosillo" in r["place"] for r in rows), rows
