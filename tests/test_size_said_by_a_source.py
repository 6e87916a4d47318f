"""A figure a source gives of the group, in a sentence that names no place (issue 11, family F4 of the s16-s17
failure types): "estimated the total number of migrants at 500", "reported the group to be over 1,000", "calculó en
unos 800 el número de migrantes", and a second source's count listed after the first ("unos 3 mil según X y unos 5
mil según Y"): each is a row at where the group is (ANNOTATING.md, settled: several figures for one place and day
are one row each); what a source estimated or calculated is "about" its figure, as "estimated at 500" is (README's
count table).  Expected answers written by hand before running; the sentences are ours.
"""

from __future__ import annotations

import pytest


def _sizes(text: str, published: str) -> set[tuple[str, int, int]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["count_low"], r["count_high"])
            for r in extract_reports(text, published) if r["count"]}


@pytest.mark.parametrize(("text", "published", "sizes"), [
    ("La caravana salió el lunes de Huixtla, Chiapas. Protección Civil calculó en unos 800 el número de migrantes.",
     "2026-11-10", {("Huixtla", 720, 880)}),
    ("Los migrantes durmieron el martes en Acayucan. Son unos 2 mil según el INM y unos 4 mil según los "
     "organizadores.", "2026-11-04", {("Acayucan", 1800, 2200), ("Acayucan", 3600, 4400)}),
    ("El contingente llegó el domingo a Cosoleacaque. La Guardia Nacional cifró en 1.500 a los centroamericanos.",
     "2026-11-09", {("Cosoleacaque", 1500, 1500)}),
    ("El grupo descansó el viernes en Tapanatepec. Un funcionario estimó el número de migrantes en 700.",
     "2026-11-07", {("Tapanatepec", 630, 770)}),
    ("The caravan left Caborca, Sonora, on Monday. An official estimated the number of migrants at 600.",
     "2026-11-10", {("Caborca", 540, 660)}),
    ("Migrants rested in Saltillo on Sunday. Local media reported the group to be over 2,000.", "2026-11-09",
     {("Saltillo", 2000, 3000)}),
    ("The group walked into Torreón on Tuesday. Police put the total number of marchers at about 1,200, while "
     "organizers said about 3,000.", "2026-11-04", {("Torreón", 1080, 1320)}),
    ("The caravan reached Monclova, Coahuila, on Friday. There were about 900 migrants according to the Red Cross and "
     "1,400 according to church groups.", "2026-11-07", {("Monclova", 810, 990), ("Monclova", 1400, 1400)}),
])
def test_a_sources_figure_counts_the_group_where_it_is(text, published, sizes):
    assert _sizes(text, published) == sizes


@pytest.mark.parametrize(("text", "published", "sizes"), [
    # far from any place (more than four paragraphs), with no day of its own: the story's day so far, and the one
    # town the group is at that day (not the one it left)
    ("La caravana llegó este martes a Tonalá, Chiapas, tras caminar desde Pijijiapan.\n\nLos migrantes descansaron "
     "en el parque central.\n\nEl municipio instaló baños.\n\nLa Cruz Roja atendió a varias personas.\n\nVoluntarios "
     "repartieron comida.\n\nEn el lugar hay observadores para vigilar el traslado de los aproximadamente 2 mil "
     "migrantes.", "2026-11-10", {("Tonalá", 1800, 2200)}),
    ("El contingente salió el lunes de Matías Romero y llegó por la tarde a Donají, Oaxaca.\n\nHubo lluvia.\n\n"
     "Muchos durmieron bajo plásticos.\n\nLa Guardia Nacional vigiló la carretera.\n\nNo hubo incidentes.\n\n"
     "Protección Civil calculó en unos 900 el número de migrantes.", "2026-11-10", {("Donají", 810, 990)}),
    ("The caravan left Caborca on Monday and reached Sonoyta, Sonora, that evening.\n\nIt rained.\n\nVolunteers "
     "handed out blankets.\n\nPolice watched the highway.\n\nThere were no incidents.\n\nOfficials estimated the "
     "number of migrants at 650.", "2026-11-10", {("Sonoyta", 585, 715)}),
    ("Migrants walked into Piedras Negras, Coahuila, on Tuesday.\n\nThe shelter was full.\n\nA church opened its "
     "doors.\n\nThe mayor asked for help.\n\nBuses were promised.\n\nLocal media reported the group to be about "
     "1,100.", "2026-11-04", {("Piedras Negras", 990, 1210)}),
])
def test_a_figure_far_from_any_place_goes_to_the_days_town(text, published, sizes):
    assert _sizes(text, published) == sizes
