"""The next stop a group heads for, said in words the extractor did not read as such: a heading with no subject
word before it (the English participle "..., heading to the town of X", the Spanish "ahora con rumbo a X"; told
after a departure it is that day's), the place to go on to after a stay the group will make ("pasarán dos noches
antes de continuar su recorrido a X") and a goal given with its day ("su meta era llegar este mismo viernes a X").
A far goal told with the departure ("salieron de Tapachula rumbo a la Ciudad de México") or with no day stays no
row."""

import pytest

from routes.extract import extract_reports


def _rows(text: str, published: str) -> set[tuple[str, str, str]]:
    return {(r["place"].split(",")[0], r["date"].lstrip("~"), r["kind"]) for r in extract_reports(text, published)}


@pytest.mark.parametrize("text, published, planned", [
    # Friday 5 January 2024; published Saturday
    ("On Friday the migrants set off on foot from Choloma, on the north coast, heading to the border town of "
     "Esquipulas.", "2024-01-06", ("Esquipulas", "2024-01-05", "planned")),
    # Sunday 11 November 2018; published Monday
    ("El domingo salió de Acayucan el segundo contingente de la caravana, ahora con rumbo a Puebla.", "2018-11-12",
     ("Puebla", "2018-11-11", "planned")),
])
def test_the_heading_told_after_a_departure_is_that_days_next_stop(text, published, planned):
    assert planned in _rows(text, published)


@pytest.mark.parametrize("text, published, told", [
    ("Los migrantes salieron el lunes de Tapachula rumbo a la Ciudad de México.", "2018-10-30", {"Tapachula"}),
    # (the participle to a city not called a town: a far goal)
    ("About 300 people walked into Tapachula on Tuesday, heading to Monterrey.", "2018-10-31", {"Tapachula"}),
])
def test_a_goal_told_with_the_departure_is_still_no_row(text, published, told):
    assert {place for place, _, _ in _rows(text, published)} == told


@pytest.mark.parametrize("text, published, planned", [
    # a stay the group will make, then the next stop (Thursday 16 May 2024)
    ("En el albergue de Tehuacán los caminantes dormirán dos noches antes de seguir su viaje hacia Atlixco.",
     "2024-05-16", ("Atlixco", "2024-05-16", "planned")),
    # a goal with that day's word: the next stop (Friday 17 November 2023)
    ("Unos 2 mil salieron de Pijijiapan este viernes. Su objetivo era llegar esta misma noche a la comunidad de "
     "Tonalá.", "2023-11-18", ("Tonalá", "2023-11-17", "planned")),
])
def test_a_plans_next_stop_said_with_a_stay_or_a_goal_of_the_day(text, published, planned):
    assert planned in _rows(text, published)


def test_a_goal_with_no_day_is_no_next_stop():
    assert "Tijuana" not in {place for place, _, _ in _rows("Su meta es llegar a Tijuana.", "2023-11-18")}
