"""The next stop told as the way the group takes towards a town, or as the purpose of its walk (types-s16-17 F2):
"tomó su camino hacia", "emprendieron la marcha rumbo a", "en el ánimo de llegar hasta", "tratarán de llegar a",
"with the aim of reaching", "in the hope of getting to": a planned row for the town, when it lies near where the group
is (a far goal is none). Expectations written by hand before running; the sentences are mine."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2024-11-13"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(r["place"].split(",")[0], r["kind"]) for r in extract_reports(text, published=PUBLISHED)}


# (text, where the group is, its next stop)
NEXT_STOPS = [
    ("La caravana descansó el domingo en Huixtla y el lunes tomó su camino hacia Escuintla.", "Huixtla", "Escuintla"),
    ("Tras pasar la noche del martes en Acayucan, los migrantes emprendieron la marcha rumbo a Sayula de Alemán.",
     "Acayucan", "Sayula de Alemán"),
    ("Los migrantes durmieron el martes en Matías Romero. Dijeron que caminarán sin prisa, en el ánimo de llegar "
     "hasta Juchitán.", "Matías Romero", "Juchitán"),
    ("El grupo pernoctó el martes en San Pedro Tapanatepec. Tratarán de llegar a Zanatepec antes del anochecer.",
     "San Pedro Tapanatepec", "Zanatepec"),
    ("The migrants spent Monday night in Juchitán, with the aim of reaching Niltepec.", "Juchitán", "Niltepec"),
    ("About 500 people rested in Escuintla on Tuesday, in the hope of getting to Mapastepec.", "Escuintla",
     "Mapastepec"),
    ("The caravan camped in Tapanatepec on Tuesday, with the intention of heading on to Zanatepec.", "Tapanatepec",
     "Zanatepec"),
    ("Some 600 people slept in Córdoba on Tuesday, with the objective of walking to Orizaba.", "Córdoba",
     "Orizaba"),
]


@pytest.mark.parametrize("text, where, next_stop", NEXT_STOPS)
def test_the_way_taken_or_the_purpose_gives_the_next_stop(text, where, next_stop):
    rows = _rows(text)
    assert where in {place for place, _ in rows}
    assert (next_stop, "planned") in rows


def test_the_way_taken_towards_a_far_goal_is_no_next_stop():
    rows = _rows("La caravana salió el lunes de Tapachula y tomó su camino hacia la Ciudad de México.")
    assert "Ciudad de México" not in {place for place, _ in rows}
