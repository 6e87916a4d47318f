"""A dateline's date is the day the story was filed, not the day of its lede's events (types-s16-17 F9): a dateline
whose date is written in brackets ("COMITÁN, CHIAPAS (March 9th, 2023) –"), under a photo's credit line ("Photo;
Diario del Sur"), gives its events no day; the lede's own weekday and date do, and an undated sentence after it
("The group departed at dawn from the city of X") takes the lede's day, not the filing day.

Written for this test, in wordings no real article of the dev pool uses; the expected days were worked out by hand
from the lede's date before the extractor was run.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports


def _days(text: str, published: str, place: str) -> set[str]:
    """The days (``~`` dropped) of the rows drafted at ``place``."""
    return {r["date"].lstrip("~") for r in extract_reports(text, published=published) if r["place"].lower().startswith(place.lower())}


@pytest.mark.parametrize("text, published, place, day", [
    ("Caravan leaves Comitán for the north\n\nPhoto; Diario del Sur\n\n"
     "COMITÁN, CHIAPAS (March 9th, 2023) – About 600 migrants set out early on Tuesday, March 7th, on a long walk "
     "north.\n\nThe group departed at dawn from the city of Comitán, heading for San Cristóbal.\n",
     "2023-03-10", "Comitán", "2023-03-07"),
    ("Migrants walk out of Ciudad Cuauhtémoc\n\nPhoto; Reuters\n\n"
     "FRONTERA COMALAPA, CHIAPAS (June 14th, 2022) – Some 800 people began a march on Sunday, June 12th, after weeks "
     "of waiting at the border.\n\nThey left before sunrise from the town of Ciudad Cuauhtémoc, escorted by police.\n",
     "2022-06-15", "Ciudad Cuauhtémoc", "2022-06-12"),
    ("Migrants set off from Tenosique\n\n"
     "TENOSIQUE, TABASCO (April 21st, 2022) – Roughly 400 migrants took to the road on Tuesday, April 19th, bound for "
     "the north.\n\nThe marchers departed after breakfast from the city of Tenosique toward Emiliano Zapata.\n",
     "2022-04-22", "Tenosique", "2022-04-19"),
    ("A caravan leaves Las Choapas\n\nPhoto; Cuartoscuro\n\n"
     "LAS CHOAPAS, VERACRUZ (October 27th, 2021) – Nearly 700 migrants resumed their journey on Monday, October 25th, "
     "despite the heat.\n\nThe column departed at 5 a.m. from the town of Las Choapas along the federal highway.\n",
     "2021-10-28", "Las Choapas", "2021-10-25"),
    ("Sale una caravana de Acayucan\n\nFoto; Cuartoscuro\n\n"
     "ACAYUCAN, VERACRUZ (12 de noviembre de 2021).- Unos 500 migrantes emprendieron el camino hacia el norte la "
     "madrugada del miércoles 10 de noviembre.\n\nEl grupo partió a las cuatro de la mañana desde la ciudad de "
     "Acayucan, con rumbo a Sayula.\n",
     "2021-11-13", "Acayucan", "2021-11-10"),
    ("Migrantes dejan Tecún Umán\n\nFoto; EFE\n\n"
     "TECÚN UMÁN, GUATEMALA (18 de enero de 2020).- Cerca de mil personas reanudaron la marcha el jueves 16 de enero "
     "rumbo a México.\n\nLa columna salió al amanecer desde la ciudad de Tecún Umán, vigilada por agentes.\n",
     "2020-01-19", "Tecún Umán", "2020-01-16"),
    ("Parte la caravana de Villahermosa\n\n"
     "VILLAHERMOSA, TABASCO (9 de marzo de 2023).- Alrededor de 900 migrantes iniciaron su recorrido el martes 7 de "
     "marzo bajo la lluvia.\n\nEl contingente partió temprano desde la ciudad de Villahermosa hacia Cárdenas.\n",
     "2023-03-10", "Villahermosa", "2023-03-07"),
    ("Avanza la caravana desde Juchitán\n\nFoto; Cuartoscuro\n\n"
     "JUCHITÁN, OAXACA (5 de noviembre de 2021).- Más de 2 mil migrantes retomaron su andar el miércoles 3 de "
     "noviembre tras descansar.\n\nLos migrantes salieron de madrugada desde la ciudad de Juchitán por la carretera "
     "federal.\n",
     "2021-11-06", "Juchitán", "2021-11-03"),
])
def test_a_departure_after_a_dated_dateline_takes_the_ledes_day(text, published, place, day):
    assert _days(text, published, place) == {day}
