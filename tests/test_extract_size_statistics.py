"""A statistic said beside the group is no figure of the group (benchmarks/ANNOTATING.md, settled case "Statistics";
the hidden family of the s13-s15 failure types, where one article's El Paso rows took five: the migrants released,
held in a processing centre, the centre's capacity, a week's encounters).  Each text says the group's own figure
first, then a statistic of the same place; only the group's figure is drafted.  The paraphrase probe of session 12:
expected answers written by hand (README's count table) before running; the sentences are ours.
"""

from __future__ import annotations

import pytest


def _sizes(text: str, published: str) -> set[tuple[str, int, int]]:
    from routes.extract import extract_reports

    return {(r["place"].split(",")[0], r["count_low"], r["count_high"])
            for r in extract_reports(text, published) if r["count"]}


@pytest.mark.parametrize(("text", "published", "sizes"), [
    # released from custody
    ("Unos 600 migrantes llegaron el sábado a Piedras Negras, Coahuila. Las autoridades liberaron a 1.300 migrantes "
     "del centro de detención de Piedras Negras ese mismo día.", "2026-11-09", {("Piedras Negras", 540, 660)}),
    ("About 900 migrants waded into Eagle Pass, Texas, on Friday. Border Patrol released 2,100 migrants in Eagle Pass "
     "over the weekend.", "2026-11-09", {("Eagle Pass", 810, 990)}),
    # a shelter's or a centre's capacity
    ("Cerca de 400 migrantes durmieron el martes en Ciudad Acuña. El albergue de Ciudad Acuña tiene capacidad para "
     "250 personas.", "2026-11-04", {("Ciudad Acuña", 360, 440)}),
    ("Some 1,200 migrants reached Ciudad Juárez on Monday. The state shelter in Ciudad Juárez, built to hold 800 "
     "people, was full.", "2026-11-10", {("Ciudad Juárez", 1080, 1320)}),
    # held in a centre
    ("Más de 2 mil migrantes cruzaron el jueves a Reynosa, Tamaulipas. En la estación migratoria de Reynosa "
     "permanecían retenidos unos 3 mil extranjeros.", "2026-11-06", {("Reynosa", 2000, 3000)}),
    ("More than 300 migrants reached Chihuahua on Sunday. Officials said 1,100 migrants were being held at the "
     "detention center in Chihuahua.", "2026-11-09", {("Chihuahua", 300, 450)}),
    # a total over days
    ("Unos 450 migrantes llegaron el lunes a Mexicali. En los últimos siete días, el albergue de Mexicali atendió a "
     "3 mil personas.", "2026-11-10", {("Mexicali", 405, 495)}),
    ("Nearly 500 migrants arrived in Matamoros on Thursday. Agents in Matamoros have encountered 9,000 migrants in "
     "the past seven days.", "2026-11-07", {("Matamoros", 450, 500)}),
])
def test_a_statistic_beside_the_group_is_no_figure_of_the_group(text, published, sizes):
    assert _sizes(text, published) == sizes


@pytest.mark.parametrize(("text", "published", "sizes"), [
    # the group's own figure with words near those of a statistic
    ("About 2,000 migrants left Tapachula last week and reached Huixtla on Monday.", "2026-11-10",
     {("Tapachula", 1800, 2200), ("Huixtla", 1800, 2200)}),
    ("Unos 800 migrantes que pasaron la noche en el centro deportivo salieron el martes de Arriaga.", "2026-11-10",
     {("Arriaga", 720, 880)}),
])
def test_the_groups_figure_near_words_of_a_statistic_is_kept(text, published, sizes):
    assert _sizes(text, published) == sizes
