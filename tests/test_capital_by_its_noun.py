"""A capital named by its common noun is a place: "la capital" / "the capital" alone is the capital of the country the
story is in there (Mexico City after towns in Mexico), "la capital de Sonora" / "la capital del estado de Chiapas" /
"la capital del estado" the capital of that state (the ``capital`` column of data/gazetteer/admin1.csv). Census
family "la capital" (/work/notes/places2.md). Texts are this file's own; expectations written before the rule.
"""

from __future__ import annotations

import math

import pytest

# Points of the towns meant (GeoNames), and how near a row must be drawn to count as that town.
MEXICO_CITY = (19.43, -99.13)
HERMOSILLO = (29.09, -110.97)
TUXTLA = (16.75, -93.12)
XALAPA = (19.53, -96.92)
NEAR_KM = 15.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _points(text: str, published: str) -> list[tuple[float, float]]:
    from routes.extract import extract_reports

    return [(float(r["lat"]), float(r["lon"])) for r in extract_reports(text, published) if r.get("lat") not in (None, "")]


def _drawn_at(point: tuple[float, float], text: str, published: str) -> bool:
    return any(_km(point, p) <= NEAR_KM for p in _points(text, published))


@pytest.mark.parametrize(("text", "published", "point"), [
    # the country's capital, the story being in Mexico
    ("Unos 400 migrantes que salieron el lunes de Puebla llegaron el martes a la capital, donde durmieron en un "
     "estadio.", "2018-11-07", MEXICO_CITY),
    ("After a week of walking through Oaxaca and Puebla, about 2,000 migrants reached the capital on Sunday.",
     "2018-11-05", MEXICO_CITY),
    # a state's capital, by the state's name
    ("Un grupo de 150 migrantes llegó el miércoles a la capital de Sonora, donde pasó la noche en un albergue.",
     "2019-02-14", HERMOSILLO),
    ("El contingente de 300 personas llegó el jueves a la capital del estado de Chiapas.", "2022-06-10", TUXTLA),
    # the state named before it
    ("Los migrantes cruzaron el estado de Veracruz en tres días. El domingo unos 900 llegaron a la capital del "
     "estado, donde los recibió un albergue.", "2018-11-05", XALAPA),
])
def test_a_capital_named_by_its_noun_is_drawn_at_that_town(text, published, point):
    assert _drawn_at(point, text, published)


def test_a_capital_with_an_adjective_the_rule_does_not_know_is_not_the_countrys():
    # "la capital mexiquense" is Toluca, not Mexico City: an adjective after the noun that names no country read here
    text = "Unos 500 migrantes salieron el lunes de Puebla y llegaron el martes a la capital mexiquense."
    assert not _drawn_at(MEXICO_CITY, text, "2021-12-08")
