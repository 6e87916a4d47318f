"""A place named only to say where another place is is no row of the group's (types-s16-17 F17).

"run toward a giant border crossing that leads into San Diego" drew San Diego and gave it the group's figure; "the
border wall separating Tijuana, Mexico and San Diego" drew San Diego from a photo caption; "Tecún Umán, pueblo
fronterizo con Ciudad Hidalgo" gave the twin town the arrival's figure; "not too far from where crossings occur daily
in Eagle Pass" drew Eagle Pass. What a crossing, bridge, wall or road leads to or separates, the town across a border
from a border town, and what a place is not far from only locate the place the sentence is about.
Expected answers written by hand; the sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.drafts import drafted


def _rows(cli, tmp_path, text):
    rows = drafted(cli, tmp_path, f"Caravana migrante\n\n{text}\n", "2021-06-10")
    return [(r["place"], r["count"]) for r in rows]


@pytest.mark.parametrize("text, located, locator", [
    ("Unos 400 migrantes llegaron el martes a Ciudad Cuauhtémoc, poblado fronterizo con La Mesilla.",
     "Ciudad Cuauhtémoc", "La Mesilla"),
    ("El miércoles cerca de 300 hondureños durmieron en Agua Caliente, aldea fronteriza con Nueva Ocotepeque.",
     "Agua Caliente", "Nueva Ocotepeque"),
    ("On Tuesday about 250 migrants camped in Piedras Negras, by the international bridge that leads into Eagle Pass.",
     "Piedras Negras", "Eagle Pass"),
    ("Some 600 migrants rested on Wednesday in Agua Prieta, beside the fence separating the town from Douglas, "
     "Arizona.", "Agua Prieta", "Douglas"),
    ("El jueves unos 500 centroamericanos llegaron a Acayucan, no muy lejos de Minatitlán.", "Acayucan", "Minatitlán"),
    ("Hundreds of migrants slept on Monday in Sabinas, not too far from where trains leave every day in Monclova.",
     "Sabinas", "Monclova"),
    ("Cerca de 200 migrantes se concentraron el lunes en el puente que conduce a Ciudad Hidalgo, en Tecún Umán.",
     "Tecún Umán", "Ciudad Hidalgo"),
    ("About 700 migrants reached Ciudad Juárez on Thursday, near the Paso del Norte bridge leading to El Paso.",
     "Ciudad Juárez", "El Paso"),
])
def test_a_place_that_only_locates_another_is_no_row(cli, tmp_path, text, located, locator):
    rows = _rows(cli, tmp_path, text)
    places = [place.split(",")[0] for place, _ in rows]
    assert located in places
    assert [count for place, count in rows if place.split(",")[0] == located][0]  # the figure stays with it
    if locator is not None:
        assert locator not in places
