"""Two groups far apart in one article are two routes (types-s16-17 F20): a sentence opened by a word of
simultaneity ("Meanwhile", "Also on Friday", "Mientras tanto", "También este jueves") whose subject is a figure of
its own tells of another group, elsewhere at the same time; its rows are a caravan of their own, keep their own day
(not moved days back to suit the first group's walk) and their own town (not a namesake near the first group).

Written for this test, in wordings no real article of the dev pool uses; the expected rows were worked out by hand
before the extractor was run.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports


@pytest.mark.parametrize("text, published, near, far, day", [
    ("About 1,500 migrants walked on Tuesday from Escuintla to Mapastepec, in Chiapas.\n\n"
     "Meanwhile, some 400 Cubans gathered on Tuesday at the bridge in Reynosa, Tamaulipas, asking for asylum.\n",
     "2021-11-10", "Mapastepec", "Reynosa", "2021-11-09"),
    ("Around 2,000 migrants left Huehuetán on Friday, walking north along the coastal highway.\n\n"
     "Also on Friday, about 250 Haitians gathered at the international bridge in Ciudad Acuña, Coahuila.\n",
     "2021-09-18", "Huehuetán", "Ciudad Acuña", "2021-09-17"),
    ("The caravan of about 3,000 reached Juchitán on Sunday after a long walk.\n\n"
     "At the same time, roughly 600 Venezuelans camped on Sunday in Ciudad Juárez, Chihuahua, by the river.\n",
     "2022-10-25", "Juchitán", "Ciudad Juárez", "2022-10-23"),
    ("Some 800 people pushed on from Arriaga to Tapanatepec on Wednesday.\n\n"
     "In the meantime, about 150 migrants were stranded on Wednesday in Nogales, Sonora, after buses were cancelled.\n",
     "2021-11-05", "Tapanatepec", "Nogales", "2021-11-03"),
    ("La caravana de unos 2 mil migrantes avanzó este lunes de Huixtla a Escuintla.\n\n"
     "Mientras tanto, unos 300 migrantes se concentraron este lunes en Matamoros, Tamaulipas, frente al puente.\n",
     "2021-10-26", "Escuintla", "Matamoros", "2021-10-25"),
    ("Unos 1,200 migrantes llegaron el martes a Pijijiapan.\n\n"
     "Al mismo tiempo, cerca de 500 personas acamparon el martes en Tijuana, Baja California, junto a la garita.\n",
     "2021-11-04", "Pijijiapan", "Tijuana", "2021-11-02"),
    ("Más de 3 mil migrantes salieron este jueves de Tapachula rumbo al norte.\n\n"
     "También este jueves, alrededor de 400 haitianos se reunieron en Piedras Negras, Coahuila.\n",
     "2023-10-13", "Tapachula", "Piedras Negras", "2023-10-12"),
    ("La caravana de 1,800 personas avanzó el domingo de Tonalá a Pijijiapan.\n\n"
     "Entretanto, unos 200 cubanos esperaban el domingo en Ciudad Juárez, Chihuahua, una cita de asilo.\n",
     "2021-11-09", "Pijijiapan", "Ciudad Juárez", "2021-11-07"),
])
def test_a_group_told_at_the_same_time_far_away_is_a_route_of_its_own(text, published, near, far, day):
    rows = extract_reports(text, published=published)
    near_rows = [r for r in rows if r["place"].startswith(near)]
    far_rows = [r for r in rows if r["place"].startswith(far)]
    assert near_rows and far_rows
    assert {r["date"].lstrip("~") for r in far_rows} == {day}
    assert {r["caravan"] for r in far_rows}.isdisjoint({r["caravan"] for r in near_rows})
