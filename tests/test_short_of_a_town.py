"""An event short of a town, located only by that town (types-s18-19 F26): a distance or position phrase that tells
where the event was ("a 6 km de X", "4 kilómetros antes de entrar a X", "a la altura de X", "about 12 miles from X")
and names one town, with no other town of the group in its clause, makes that town the event's place; beside another
town ("llegó a Huixtla, a 40 km de Tapachula"), told of a noun ("a town located about 30 km from X") or farther than a
day's walk ("300 miles south of X") it only locates something else.  Expectations written by hand before running; the
sentences are mine."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2024-10-16"  # a Wednesday


def _rows(text: str) -> dict[str, dict]:
    return {r["place"].split(",")[0]: r for r in extract_reports(text, published=PUBLISHED)}


# (text, the town that is the event's row, its day, the group's figure)
SHORT_OF = [
    ("El jueves 10 de octubre, agentes migratorios interceptaron a unos 400 migrantes a 6 kilómetros de Acayucan, "
     "Veracruz.", "Acayucan", "2024-10-10", 400),
    ("A unos 3 km de Sayula de Alemán, la policía estatal cerró el paso el viernes 11 de octubre a la caravana de 1,200 "
     "personas.", "Sayula de Alemán", "2024-10-11", 1200),
    ("Unos 600 hondureños fueron retenidos el domingo 13 de octubre, 4 kilómetros antes de entrar a Esquipulas.",
     "Esquipulas", "2024-10-13", 600),
    ("A la altura de Allende, Coahuila, cruzaron el martes 15 de octubre el río unos 150 migrantes.", "Allende",
     "2024-10-15", 150),
    ("Mexican soldiers turned back about 700 migrants on Wednesday, October 16, some 8 kilometers from Tecun Uman.",
     "Tecun Uman", "2024-10-16", 700),
    ("On Friday, October 11, state police halted a group of 300 migrants about 12 miles from Monclova.", "Monclova",
     "2024-10-11", 300),
    ("Guatemalan police held some 500 Hondurans on Saturday, October 12, about four miles from Puerto Barrios.",
     "Puerto Barrios", "2024-10-12", 500),
    ("La Guardia Nacional encapsuló el martes 15 de octubre, a nueve kilómetros de Hermosillo, a unos 250 migrantes "
     "venezolanos.", "Hermosillo", "2024-10-15", 250),
]


@pytest.mark.parametrize("text, town, day, low", SHORT_OF)
def test_an_event_short_of_a_town_is_that_towns_row(text, town, day, low):
    rows = _rows(text)
    assert town in rows, rows.keys()
    assert rows[town]["date"].lstrip("~") == day
    assert rows[town]["count_low"] <= low <= rows[town]["count_high"]


# (text, a town that is a row, a town the distance only locates)
LOCATES_ANOTHER = [
    ("La caravana de 900 personas llegó el martes a Huixtla, a 40 kilómetros de Tapachula.", "Huixtla", "Tapachula"),
    ("About 500 migrants arrived on Tuesday in Escuintla, a town located about 30 kilometers from Huixtla.",
     "Escuintla", "Huixtla"),
    ("Hundreds of migrants were stranded in Chihuahua on Tuesday, 300 miles south of Ciudad Juarez.", None,
     "Ciudad Juarez"),
    ("Unos 800 migrantes salieron el lunes de Arriaga; el martes los detuvieron en Tonalá, a 20 km de Pijijiapan.",
     "Tonalá", "Pijijiapan"),
]


@pytest.mark.parametrize("text, row, not_row", LOCATES_ANOTHER)
def test_a_distance_beside_another_town_or_far_only_locates(text, row, not_row):
    rows = _rows(text)
    if row is not None:
        assert row in rows, rows.keys()
    assert not_row not in rows
