"""A border river crossed on a day the article puts the group in a town on that river is that town's row.

ANNOTATING.md, settled case: "A river crossing is a row at the town crossed from or into when the text names one
for that crossing; the river is a row only when the text names no town on either bank."  The sentence that names
the river alone ("waded across the Rio Grande on Tuesday") drew a river row with the group's figure, though the
next sentence put the group in Eagle Pass that day: the figure sat on the river's point, not the town's.  And a
headline that writes the river without its article ("Cruzan migrantes río Bravo") read as the town of Río Bravo,
Tamaulipas, 90 km up the river from the story's Brownsville (routes/extract/twins.py ``at_their_towns``; the river
written as one, routes/extract/sentences.py ``written_as_river``).

Our own sentences; towns and figures written by hand before the runs.
"""

from __future__ import annotations

import pytest

from drafts import drafted

CASES = [
    ("Unos 300 migrantes cruzaron el río Bravo el jueves por la mañana.\n\nEl jueves por la tarde, el grupo llegó a "
     "Piedras Negras, Coahuila, donde los atendió Protección Civil.\n", "Piedras Negras", "2024-03-07", "Unos 300"),
    ("Cruzan migrantes río Bravo y enfrentan a soldados\n\nLa desbandada ocurrió el martes por la tarde en "
     "Brownsville, Texas, donde unos 60 extranjeros superaron el alambre.\n", "Brownsville", "2024-03-05", "unos 60"),
    ("Unos 70 migrantes cruzaron el río Bravo el sábado por la mañana.\n\nEl sábado por la tarde descansaban en "
     "Ciudad Acuña, Coahuila.\n", "Ciudad Acuña", "2024-03-02", "Unos 70"),
    ("Más de 100 migrantes cruzaron el río Bravo el viernes.\n\nEse viernes por la noche el grupo llegó a Nuevo "
     "Laredo, Tamaulipas.\n", "Nuevo Laredo", "2024-03-08", "Más de 100"),
    ("About 500 migrants waded across the Rio Grande on Tuesday.\n\nOn Tuesday afternoon they reached Eagle Pass, "
     "Texas, where volunteers handed out water.\n", "Eagle Pass", "2024-03-05", "About 500"),
    ("Migrants wade the Rio Grande\n\nMore than 200 migrants arrived in Ciudad Juarez on Monday after a long train "
     "ride.\n", "Ciudad Juarez", "2024-03-04", "More than 200"),
    ("Some 90 migrants swam the Rio Grande on Sunday.\n\nBy Sunday night the group was in Del Rio, Texas, waiting for "
     "buses.\n", "Del Rio", "2024-03-03", "Some 90"),
    ("Around 150 migrants crossed the Rio Grande on Friday.\n\nOn Friday evening the group reached Nuevo Laredo, "
     "Tamaulipas.\n", "Nuevo Laredo", "2024-03-08", "Around 150"),
]


@pytest.mark.parametrize("text, town, day, figure", CASES, ids=[f"river-{i}" for i in range(len(CASES))])
def test_the_river_crossed_that_day_is_the_towns_row(cli, tmp_path, text, town, day, figure):
    rows = drafted(cli, tmp_path, text, "2024-03-08")
    assert not [r for r in rows if r["place"].lower().startswith(("río bravo", "rio bravo", "rio grande"))], rows
    at_town = [r for r in rows if r["place"].startswith(town)]
    assert at_town and all(r["date"].lstrip("~") == day for r in at_town), rows
    assert figure in {r["count"] for r in at_town}, rows  # the figure stays with the group, at the town


def test_a_river_crossed_with_no_town_named_stays_the_river():
    """No town on either bank: the river keeps its row, drawn on the river (not at the Tamaulipas town of its
    name, at 25.98, -98.09)."""
    from geo.distance import haversine_km
    from routes.extract.api import extract_reports

    rows = extract_reports("Unos 150 migrantes cruzaron el río Bravo el miércoles, según testigos.", "2024-03-08")
    assert [r["place"] for r in rows] == ["Río Bravo"]
    assert not rows[0]["lat"] or haversine_km(float(rows[0]["lat"]), float(rows[0]["lon"]), 25.98, -98.09) > 25
