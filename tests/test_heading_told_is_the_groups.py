"""Where the group heads, told in a sentence that names no group word ("El martes siguieron hacia X, donde ..."), is
the group's next stop of that day: the heading itself is what the group did (it was kept aside, as a place of a
sentence that says nothing of the group). "Su trayecto" and "su travesía" are the group's way as "su camino" is."""

import pytest

from routes.extract import extract_reports


@pytest.mark.parametrize("second", [
    "El martes 14 siguieron hacia Escuintla, donde una parroquia les dio de comer.",
    "El martes 14 continuaron su trayecto hacia Escuintla, donde una parroquia les dio de comer.",
])
def test_a_heading_said_with_no_group_word_is_that_days_next_stop(second):
    text = "Unos 600 migrantes durmieron el lunes 13 en Huixtla. " + second
    rows = {(r["place"].split(",")[0], r["date"].lstrip("~"), r["kind"]) for r in extract_reports(text, "2025-01-15")}
    assert ("Escuintla", "2025-01-14", "planned") in rows
