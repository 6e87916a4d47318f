"""A border river crossed in a sentence that names no town, under a dateline of a town on that river: the town's row
(ANNOTATING.md, settled case "a river crossing": the town crossed from or into when the text names one; the river's
gazetteer point can lie hundreds of kilometres off).  types-s16-17 F21: "CIUDAD TECÚN UMÁN, Guatemala - ... trying to
cross the bridge that crosses the Suchiate River" drew the river and lost the town and its figure.  Texts are this
file's own; expectations written by hand before the rule.
"""

from __future__ import annotations

import pytest


def _rows(text: str, published: str) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published)


def _is_river(row: dict) -> bool:
    name = row["place"].casefold()
    return "rio" in name or "río" in name or "river" in name


@pytest.mark.parametrize(("text", "published", "town", "bounds"), [
    ("EAGLE PASS, Texas (AP) — Volunteers handed out water at dawn. About 800 migrants waded across the Rio Grande "
     "on Tuesday, holding ropes strung between the banks.", "2023-09-20", "EAGLE PASS", (720, 880)),
    ("PIEDRAS NEGRAS, Mexico — Local shelters were full on Friday. Some 500 migrants crossed the bridge over the Rio "
     "Grande that morning.", "2023-09-23", "PIEDRAS NEGRAS", (450, 550)),
    ("CIUDAD HIDALGO, Mexico (AP) — Police closed the gates at noon. Some 2,000 Central Americans were trying to "
     "cross the bridge that spans the Suchiate River on Saturday.", "2020-01-19", "CIUDAD HIDALGO", (1800, 2200)),
    ("MATAMOROS, Mexico — The camp emptied overnight. On Sunday about 300 migrants swam the Rio Grande.",
     "2023-05-09", "MATAMOROS", (270, 330)),
    ("Ciudad Hidalgo, Chiapas.- La Guardia Nacional vigiló la orilla desde temprano. Unos 1.500 migrantes cruzaron "
     "este lunes el río Suchiate en balsas.", "2021-06-08", "Ciudad Hidalgo", (1350, 1650)),
    ("TECÚN UMÁN, Guatemala.- Las autoridades reforzaron la frontera. Cerca de 600 personas atravesaron el martes el "
     "puente sobre el río Suchiate.", "2021-06-09", "TECÚN UMÁN", (540, 660)),
    ("Reynosa, Tamaulipas.- Los albergues están llenos desde hace semanas. Alrededor de 400 migrantes cruzaron el "
     "río Bravo la madrugada del miércoles.", "2023-05-11", "Reynosa", (360, 440)),
    ("Ciudad Acuña, Coahuila.- El puente internacional permaneció cerrado. Unos 700 migrantes vadearon el río Bravo "
     "el jueves.", "2021-09-17", "Ciudad Acuña", (630, 770)),
    # an attempt to cross is made at the river (lead, after plans13's F3 met settle13's F21 in one landing)
    ("PIEDRAS NEGRAS, Mexico — The National Guard closed the crossing. About 900 migrants tried to cross the bridge "
     "over the Rio Grande on Friday night.", "2023-09-23", "PIEDRAS NEGRAS", (810, 990)),
])
def test_the_river_crossed_at_the_dateline_town_is_the_town(text, published, town, bounds):
    rows = _rows(text, published)
    assert not [r for r in rows if _is_river(r)], rows
    assert any(r["place"].startswith(town) and (r["count_low"], r["count_high"]) == bounds for r in rows), rows


def test_a_dateline_town_off_the_river_leaves_the_river_its_row():
    # (Tapachula lies 30 km from the river: no border post of its own; the crossing's town is not named)
    rows = _rows("Migrants reach Chiapas\n\nTAPACHULA, Mexico — The caravan rested on Sunday in this city.\n\n"
                 "On Monday about 1,000 migrants waded the Suchiate River.", "2021-06-09")
    assert [r for r in rows if _is_river(r)], rows
