"""types-s22-23 F9: a day stated later for an event the lede told undated.  Through the public API.

The decision, in grammar: a later sentence whose verb tells the same kind of event (an arrival, a crossing, a
departure) with a day of its own but with no place of its own for that verb (nothing after it but the day, the
vehicle or where the group came FROM: "arrived late Sunday aboard 49 buses from Saltillo", "se unieron para cruzar
juntos durante la noche del martes") tells that event again: its day dates the undated row of that kind before it
(dating.retold_day). Before, the lede's row took the publication day (present perfect "has arrived") or the story's
day, and the crossing / arrival was a day late (blind-s12/08, dev-north/03, blind-s22/03).
A later sentence whose verb has a goal of its own ("On Wednesday they arrived in Zanatepec") tells another event and
dates nothing before it.
The sentences are this file's own; the expected days were written by hand before the rule was run on them.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports

PUBLISHED = "2023-03-10"  # a Friday: Saturday 03-04, Monday 03-06, Tuesday 03-07, Wednesday 03-08, Thursday 03-09


@pytest.mark.parametrize(("text", "place", "day"), [
    ("A caravan of some 1,200 migrants has arrived in Hermosillo, Sonora.\n\nState officials said the migrants "
     "arrived late on Tuesday aboard 30 buses from Guaymas.", "Hermosillo", "2023-03-07"),
    ("About 600 Hondurans crossed into Guatemala at the El Florido border post, officials said.\n\nThe migrants "
     "crossed before dawn on Wednesday, police said.", "El Florido", "2023-03-08"),
    ("Hundreds of Cubans have left Tenosique, Tabasco, on foot.\n\nThe column set out at first light on Monday, a "
     "church volunteer said.", "Tenosique", "2023-03-06"),
    ("A group of 800 migrants reached Acayucan, in Veracruz state.\n\nMany of them are children. They arrived on "
     "Thursday afternoon after walking for nine hours.", "Acayucan", "2023-03-09"),
    ("Una caravana de unos 2 mil migrantes llegó a Villahermosa, Tabasco.\n\nEl alcalde informó que los extranjeros "
     "llegaron la noche del sábado en camiones procedentes de Cárdenas.", "Villahermosa", "2023-03-04"),
    ("Cerca de 500 salvadoreños ingresaron a Guatemala por el puesto fronterizo de Las Chinamas.\n\nSegún Migración, "
     "el grupo cruzó durante la madrugada del martes.", "Las Chinamas", "2023-03-07"),
    ("Más de mil migrantes partieron de Ixtepec, Oaxaca, rumbo al norte.\n\nLa caravana salió a las cinco de la "
     "mañana del jueves, confirmó un activista.", "Ixtepec", "2023-03-09"),
    ("Un contingente de 700 personas ha llegado a Ciudad Acuña, Coahuila.\n\nLa mayoría son familias venezolanas. "
     "Llegaron el lunes por la tarde a bordo de un tren de carga.", "Ciudad Acuña", "2023-03-06"),
])
def test_a_later_day_of_the_same_event_dates_the_ledes_row(text, place, day):
    rows = extract_reports(text, published=PUBLISHED)
    assert {r["date"].lstrip("~") for r in rows if r["place"].split(",")[0] == place} == {day}


@pytest.mark.parametrize(("text", "place"), [
    # (the later verb has its own goal: another arrival, another place)
    ("About 500 migrants arrived in Tapanatepec.\n\nOn Wednesday they arrived in Zanatepec.", "Tapanatepec"),
    # (the later sentence tells another kind of event)
    ("La caravana llegó a Huehuetán.\n\nEl martes los migrantes descansaron bajo los árboles.", "Huehuetán"),
])
def test_a_later_day_of_another_event_dates_nothing_before_it(text, place):
    rows = extract_reports(text, published=PUBLISHED)
    assert {r["date"] for r in rows if r["place"].split(",")[0] == place} == {"~" + PUBLISHED}
