"""A border river crossed in a sentence that names no town is crossed at the town on that river the sentence just
before put the group in (types-s22-23 F21).

ANNOTATING.md, settled case: "A river crossing is a row at the town crossed from or into when the text names one
for that crossing."  A crossing told in the sentence after the town's ("the small town of Eagle Pass ...", then
"more than 700 migrants crossed the Rio Grande ... early Thursday") drew the river with the crossing's day and figure,
and the town kept only an undated row: the figure sat on the river's one gazetteer point.  The town named in the
sentence right before is the crossing's, on whatever day it was told (routes/extract/sentences.py
``_a_town_over_the_river``; twins.py keeps only the same-day town row).

Our own sentences; towns, days and figures written by hand before the runs (published Friday 8 March 2024).
"""

from __future__ import annotations

import pytest

from drafts import drafted

CASES = [
    ("Decenas de familias esperaban desde hace días en Ciudad Juárez, Chihuahua.\n\nEl martes por la madrugada unos "
     "250 migrantes cruzaron el río Bravo y se entregaron a la Patrulla Fronteriza.\n", "Ciudad Juárez", "2024-03-05", "unos 250"),
    ("Cientos de personas se concentraron esta semana en Reynosa, Tamaulipas.\n\nMás de 400 migrantes cruzaron el "
     "río Bravo el domingo por la noche.\n", "Reynosa", "2024-03-03", "Más de 400"),
    ("Un nuevo grupo de venezolanos llegó a Matamoros, Tamaulipas.\n\nEl lunes, alrededor de 600 migrantes vadearon "
     "el río Bravo frente a la ciudad.\n", "Matamoros", "2024-03-04", "alrededor de 600"),
    ("Los migrantes pasaron varias noches en Nuevo Laredo, Tamaulipas.\n\nEl jueves, unos 180 migrantes cruzaron el "
     "río Bravo a nado.\n", "Nuevo Laredo", "2024-03-07", "unos 180"),
    ("Hundreds of migrants have gathered this week in Piedras Negras, Coahuila.\n\nAbout 800 migrants crossed the "
     "Rio Grande before dawn on Thursday.\n", "Piedras Negras", "2024-03-07", "About 800"),
    ("Migrants keep arriving in the small town of Roma, Texas.\n\nMore than 350 migrants crossed the Rio Grande in "
     "one group early Monday and walked up to a road.\n", "Roma", "2024-03-04", "More than 350"),
    ("A caravan reached Ciudad Acuña, Coahuila, this week.\n\nOn Saturday some 450 migrants swam across the Rio "
     "Grande.\n", "Ciudad Acuña", "2024-03-02", "some 450"),
    ("Families have been camping for days in Brownsville, Texas.\n\nNearly 120 migrants crossed the Rio Grande "
     "on Sunday and waited for agents on the levee.\n", "Brownsville", "2024-03-03", "Nearly 120"),
]


@pytest.mark.parametrize("text, town, day, figure", CASES, ids=[f"before-{i}" for i in range(len(CASES))])
def test_the_river_is_crossed_at_the_town_of_the_sentence_before(cli, tmp_path, text, town, day, figure):
    rows = drafted(cli, tmp_path, text, "2024-03-08")
    assert not [r for r in rows if r["place"].lower().startswith(("río bravo", "rio bravo", "rio grande"))], rows
    crossing = [r for r in rows if r["place"].startswith(town) and r["date"] == day]
    assert crossing and figure in {r["count"] for r in crossing}, rows  # the crossing's day and figure, at the town


NAMED_ONLY = [
    ("The small town of Eagle Pass, Texas, is under strain.\n\nMore than 700 migrants crossed the Rio Grande early "
     "Thursday.\n", "Eagle Pass", "2024-03-07", "More than 700"),
    ("Laredo, Texas, has a population of about 250,000.\n\nOn Monday some 300 migrants crossed the Rio Grande in one "
     "group.\n", "Laredo", "2024-03-04", "some 300"),
    ("La ciudad de Piedras Negras, Coahuila, vive días de tensión.\n\nEl martes unos 400 migrantes cruzaron el río "
     "Bravo.\n", "Piedras Negras", "2024-03-05", "unos 400"),
    ("Ciudad Acuña es una ciudad fronteriza de Coahuila.\n\nEl domingo, más de 250 migrantes cruzaron el río Bravo.\n",
     "Ciudad Acuña", "2024-03-03", "más de 250"),
]


@pytest.mark.parametrize("text, town, day, figure", NAMED_ONLY, ids=[f"named-{i}" for i in range(len(NAMED_ONLY))])
def test_the_town_the_sentence_before_only_names_is_the_crossings(cli, tmp_path, text, town, day, figure):
    """The town needs no row of its own: a sentence that only describes it names it for the crossing after."""
    test_the_river_is_crossed_at_the_town_of_the_sentence_before(cli, tmp_path, text, town, day, figure)


def test_a_town_two_sentences_back_is_not_the_crossings(cli, tmp_path):
    """A sentence between the town's and the crossing's: the text no longer says the crossing was there (the river
    keeps the row)."""
    rows = drafted(cli, tmp_path, "Families waited for days in Piedras Negras, Coahuila.\n\nThe weather turned cold "
                   "and many children fell ill.\n\nAbout 300 migrants crossed the Rio Grande on Tuesday.\n", "2024-03-08")
    assert [r["place"] for r in rows if r["date"] == "2024-03-05"] == ["Rio Grande"], rows
