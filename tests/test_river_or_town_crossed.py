"""A river crossing is a row at the town crossed from or into when the sentence names one; the river only when it
names no town (benchmarks/ANNOTATING.md, settled cases).

A border river is a long line: its gazetteer point (the Rio Grande's by the Paso del Norte bridge) can sit hundreds of
kilometres from where the group waded, and a row there beside the town's took the group's figure too ("arrived in
El Paso Monday morning, crossing the Rio Grande": two rows, two figures).  The river written as the matcher finds it
("the Rio Grande", "el Río Bravo") now gives way to a town its sentence names; the lower-case river the described
places read ("cruzaron el río Suchiate y llegaron a Ciudad Hidalgo") already did.

The sentences are ours; the expected places written by hand before the extractor was run.
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.drafts import drafted


def _key(place: str) -> str:
    """A draft place's name without its state and accents, lower case."""
    name = unicodedata.normalize("NFD", place.split(",")[0].strip().lower())
    return "".join(c for c in name if unicodedata.category(c) != "Mn")


NAMED_TOWN = [
    pytest.param("Cerca de 400 migrantes atravesaron el Río Suchiate desde Tecún Umán el martes por la mañana.\n",
                 "tecun uman", "rio suchiate", id="es-from-the-town"),
    pytest.param("El grupo llegó a Piedras Negras tras vadear el Río Bravo durante la madrugada del jueves.\n",
                 "piedras negras", "rio bravo", id="es-reached-the-town-after-wading"),
    pytest.param("Los centroamericanos cruzaron el Río Bravo y se entregaron en Eagle Pass el viernes.\n",
                 "eagle pass", "rio bravo", id="es-crossed-then-the-town"),
    pytest.param("Some 250 Venezuelans waded the Rio Grande into Del Rio, Texas, on Tuesday.\n", "del rio", "rio grande",
                 id="en-into-the-town"),
    pytest.param("After crossing the Rio Grande on Saturday, about 700 migrants surrendered to agents in Eagle Pass.\n",
                 "eagle pass", "rio grande", id="en-after-crossing"),
    pytest.param("The group, about 900 strong, reached Brownsville on Sunday by fording the Rio Grande from "
                 "Matamoros.\n", "brownsville", "rio grande", id="en-by-fording-from-the-town"),
]


@pytest.mark.parametrize("text, town, river", NAMED_TOWN)
def test_a_crossing_that_names_a_town_is_the_town_s_row_not_the_river_s(cli, tmp_path, text, town, river):
    rows = drafted(cli, tmp_path, text, "2024-11-15")
    places = {_key(r["place"]) for r in rows}
    assert town in places, rows
    assert river not in places, rows


@pytest.mark.parametrize("text, river", [
    pytest.param("El lunes, unos 300 migrantes cruzaron el Río Suchiate en cámaras de llanta.\n", "rio suchiate",
                 id="es-no-town"),
    pytest.param("Hundreds of migrants crossed the Rio Grande on Thursday night.\n", "rio grande", id="en-no-town"),
])
def test_a_crossing_that_names_no_town_is_the_river_s_row(cli, tmp_path, text, river):
    rows = drafted(cli, tmp_path, text, "2024-11-15")
    assert [(_key(r["place"]), r["kind"]) for r in rows] == [(river, "crossing")], rows


def test_the_figure_of_a_crossing_into_a_town_is_the_town_s_alone(cli, tmp_path):
    text = "Some 250 Venezuelans waded the Rio Grande into Del Rio, Texas, on Tuesday.\n"
    rows = drafted(cli, tmp_path, text, "2024-11-15")
    assert [(_key(r["place"]), r["date"], r["count_low"], r["count_high"]) for r in rows if r["count_low"]] == [
        ("del rio", "2024-11-12", "225", "275")], rows  # "some 250": 250 +- 10 %
