"""A town named by a description that points back (or, in a headline, forward) to a town the story names: "the border
city" / "la ciudad fronteriza" / headline "Sonora Border Town" is the town the article itself calls its border town
("the border city of Reynosa", "la ciudad fronteriza de Piedras Negras", "la frontera de Nogales"); "the state capital"
/ "la capital del estado" / "la capital estatal" with no state named is the capital of the state of the town named last
before it (Juchitán: Oaxaca de Juárez). Census family F6 (types-s20-21; /work/notes/places15.md). Texts are this file's
own; expectations written by hand before the rule.
"""

from __future__ import annotations

import math

import pytest

OAXACA = (17.06, -96.73)
XALAPA = (19.53, -96.92)
HERMOSILLO = (29.09, -110.97)
REYNOSA = (26.09, -98.28)
NEAR_KM = 15.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _rows(text: str, published: str) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published)


def _sized_at(rows: list[dict], town: str, low: int, high: int) -> bool:
    return any(r["place"].split(",")[0] == town and (r["count_low"], r["count_high"]) == (low, high) for r in rows)


def _sized_near(rows: list[dict], point: tuple[float, float], low: int, high: int) -> bool:
    return any(r.get("lat") not in (None, "") and _km(point, (float(r["lat"]), float(r["lon"]))) <= NEAR_KM
               and (r["count_low"], r["count_high"]) == (low, high) for r in rows)


@pytest.mark.parametrize(("text", "published", "town", "low", "high"), [
    ("Some 400 migrants were bused from Monterrey to the border city of Reynosa on Thursday. On Friday night about 250 "
     "more arrived in the border city, a shelter director said.", "2021-03-13", "Reynosa", 225, 275),
    # a headline's description, named in the story after it
    ("Nearly 700 Migrants Arrive in Sonora Border Town\n\nMore buses are expected on Friday, officials in the border "
     "town of Nogales said.", "2019-02-05", "Nogales", 630, 700),
    ("La caravana salió el lunes de Hermosillo con destino a la frontera de Nogales. El miércoles, unas 600 personas "
     "entraron a la ciudad fronteriza.", "2022-06-09", "Nogales", 540, 660),
    ("Unos 1,500 migrantes cruzaron Coahuila en autobuses hasta la ciudad fronteriza de Piedras Negras el domingo. "
     "Ayer el gobernador visitó la fábrica donde se alojan, y por la tarde otros 200 llegaron a la ciudad fronteriza.",
     "2019-02-06", "Piedras Negras", 200, 200),
])
def test_the_border_town_by_its_description_is_the_one_the_story_names_so(text, published, town, low, high):
    assert _sized_at(_rows(text, published), town, low, high)


@pytest.mark.parametrize(("text", "published", "point", "low", "high"), [
    ("The caravan left Juchitan on Monday. Two days later some 1,000 of its members walked into the state capital.",
     "2018-11-01", OAXACA, 900, 1100),
    ("After a night in Tierra Blanca, the group of 2,000 pressed on and entered the state capital on Monday.",
     "2018-11-07", XALAPA, 2000, 2000),
    ("Tras pasar la noche en Acayucan, unos 800 migrantes llegaron el jueves a la capital del estado.", "2018-11-03",
     XALAPA, 720, 880),
    ("El contingente durmió en Navojoa y el sábado alcanzó la capital estatal con unas 900 personas.", "2019-04-22",
     HERMOSILLO, 810, 990),
])
def test_the_state_capital_with_no_state_named_is_the_capital_of_the_last_towns_state(text, published, point, low,
                                                                                      high):
    assert _sized_near(_rows(text, published), point, low, high)


def test_no_border_town_named_no_reading():
    # the story never calls a town its border town: the description names none
    rows = _rows("Unos 500 migrantes salieron el lunes de Saltillo. El martes llegaron a la ciudad fronteriza.",
                 "2019-02-06")
    assert {r["place"].split(",")[0] for r in rows} <= {"Saltillo"}


def test_a_countrys_name_is_no_state_for_the_state_capital():
    # "de Honduras, Guatemala y México ... llegó a la capital del estado": the state is the town's (Hermosillo's
    # Sonora), not Guatemala's department
    rows = _rows("Hermosillo\n\nUn contingente de 200 personas de Honduras, Guatemala y México llegó el martes a la "
                 "capital del estado.", "2019-04-24")
    assert _sized_near(rows, HERMOSILLO, 200, 200)
    assert not any(r["place"].startswith(("Ciudad de Guatemala", "Guatemala City")) for r in rows)
