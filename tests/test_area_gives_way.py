"""ANNOTATING.md, settled case "a country or state beside a town": when a town inside a country or state has a row on
a day, the area gets no row of its own that day, whatever the area's sentence tells (entering it, leaving it, an
event of the country's own, the way between two towns), and the figure said with the area goes to the town's row
(types-s16-17 F18, session 13).  Texts are this file's own, corridor places the rules were not tuned on;
expectations written by hand before the rule.
"""

from __future__ import annotations

import pytest


def _rows(text: str, published: str) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published)


def _names(rows: list[dict]) -> set[str]:
    return {r["place"].split(",")[0].removesuffix(" state") for r in rows}


@pytest.mark.parametrize(("text", "published", "area", "town", "bounds"), [
    # a crossing into the country, the night spent in a town of it that day
    ("On Wednesday about 600 migrants crossed into Honduras from Nicaragua. That night they slept in Choluteca.",
     "2024-03-14", "Honduras", "Choluteca", (540, 660)),
    ("Unos 400 migrantes ingresaron el martes a Guatemala y por la noche descansaron en Chiquimula.",
     "2024-03-13", "Guatemala", "Chiquimula", (360, 440)),
    # a departure from the country, told beside the town left that day
    ("El domingo unos 300 migrantes salieron de Honduras. Ese día partieron a pie desde Choluteca hacia la frontera.",
     "2024-03-11", "Honduras", "Choluteca", (270, 330)),
    # a headline's crossing into a state, the town reached that day inside it
    ("Caravan crosses into Coahuila\n\nOn Tuesday some 800 migrants walked into Monclova.",
     "2024-03-13", "Coahuila", "Monclova", (720, 880)),
])
def test_the_area_gives_way_and_its_figure_goes_to_the_town(text, published, area, town, bounds):
    rows = _rows(text, published)
    assert area not in _names(rows), rows
    assert any(r["place"].startswith(town) and (r["count_low"], r["count_high"]) == bounds for r in rows), rows


@pytest.mark.parametrize(("text", "published", "area"), [
    # the state as the way between a town left and a town reached that day
    ("On Friday the caravan left Tapanatepec at dawn, made its way through Oaxaca state and reached Zanatepec by "
     "dusk.", "2024-03-16", "Oaxaca"),
    ("El viernes la caravana salió de Caborca, avanzó todo el día por el estado de Sonora y llegó de noche a Sonoyta.",
     "2024-03-16", "Sonora"),
    # an event the country's own authorities made, beside the town where the group was that day
    ("On Saturday El Salvador set up checkpoints on the highway while some 500 migrants rested in San Miguel.",
     "2024-03-17", "El Salvador"),
    ("El sábado Guatemala instaló retenes en la carretera, y unos 500 migrantes pasaron la noche en Zacapa.",
     "2024-03-17", "Guatemala"),
])
def test_the_area_has_no_row_beside_that_day_s_town(text, published, area):
    assert area not in _names(_rows(text, published))
