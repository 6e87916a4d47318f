"""Days told from another day (types-s13-15 F7): "six days later", "diez días después", "by the end of the week",
"a finales de esta semana", "the fourth day of their trek" (the trek set out three days before).

Written for this test, in wordings no real article of the dev pool uses; the expected days were worked out by hand
from the publication day before the extractor was run.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports


def _days(text: str, published: str, place: str) -> list[str]:
    """The days (``~`` dropped) of the rows drafted at ``place``."""
    return [r["date"].lstrip("~") for r in extract_reports(text, published=published) if r["place"].startswith(place)]


@pytest.mark.parametrize("text, published, place, day", [
    # N days (or weeks) later / después / más tarde, from the day written before
    ("Having quit Tecún Umán on 3 November, the marchers reached Tapachula five days later.", "2018-11-10",
     "Tapachula", "2018-11-08"),
    ("They set out from Arriaga on Tuesday, October 30; eight days later they were resting in Puebla.", "2018-11-10",
     "Puebla", "2018-11-07"),
    ("Salieron de Ciudad Hidalgo el 12 de octubre y diez días después llegaron a Juchitán.", "2018-10-25",
     "Juchitán", "2018-10-22"),
    ("Tras dejar Huixtla el lunes 21, el contingente alcanzó Pijijiapan cuatro días más tarde.", "2024-10-28",
     "Pijijiapan", "2024-10-25"),
    # the end of the week a plan is due by: that week's Friday
    ("The caravan is expected to reach Saltillo by the end of this week.", "2019-02-06", "Saltillo", "2019-02-08"),
    ("Se espera que la caravana llegue a Caborca a finales de esta semana.", "2018-11-13", "Caborca", "2018-11-16"),
    # the Nth day of the journey: a departure told in a relative clause set out N-1 days before
    ("The Hondurans, who set out from San Pedro Sula, spent Thursday, the fourth day of their trek, crossing Zacapa.",
     "2019-01-18", "San Pedro Sula", "2019-01-14"),
    ("Los hondureños, que salieron de Choluteca, llegaron este miércoles, tercer día de su caminata, a San Miguel.",
     "2019-01-18", "Choluteca", "2019-01-14"),
])
def test_a_day_told_from_another_day_is_worked_out(text, published, place, day):
    assert day in _days(text, published, place)


def test_a_day_told_later_than_the_one_before_dates_the_place_it_follows():
    text = "The group left Tecún Umán on Monday, 5 November, and entered Oaxaca state three days later.\n"
    assert _days(text, "2018-11-12", "Tecún Umán") == ["2018-11-05"]
    assert "2018-11-08" in _days(text, "2018-11-12", "Oaxaca")


def test_the_other_places_of_a_journeys_nth_day_keep_that_day():
    # the day the journey set out is no day of the places the group reached on its third day
    text = "Los hondureños, que salieron de Choluteca, llegaron este miércoles, tercer día de su caminata, a San Miguel.\n"
    assert _days(text, "2019-01-18", "San Miguel") == ["2019-01-16"]


def test_a_departure_on_the_nth_day_is_that_day():
    text = "On Thursday, the second day of their journey, the migrants left Ocotepeque.\n"
    assert _days(text, "2019-01-18", "Ocotepeque") == ["2019-01-17"]
