"""types-s22-23 F9: a day from the wrong sentence when a bullet list is read as one sentence.  Public API.

The decision: a line that opens with a bullet and a space ("  • They were part of ...") after a line that does not go
on (no comma, colon or dash at its end) starts a sentence, as a line opening with a capital already did
(text._BOUNDARY). Before, only a bullet glued to its first word did: a list written "• Police arrested ..." was one
sentence, and a later bullet's day or statement ("Local media reported on Friday that ...") dated the first bullet's
place (blind-s12/07: Pijijiapan took Friday's statement day).
The sentences are this file's own; the expected days were written by hand before the rule was run on them.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports

PUBLISHED = "2023-03-10"  # a Friday: Monday 03-06, Tuesday 03-07, Wednesday 03-08


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Police stopped the caravan on Monday.\n\nKey facts:\n\n  \u2022 About 400 migrants were detained near Tapanatepec, "
     "officials said.\n  \u2022 A local paper reported on Wednesday that 200 more were held elsewhere.", "Tapanatepec",
     "2023-03-06"),
    ("The group rested on Tuesday.\n\n  \u2022 Some 300 people slept in Tecún Umán, activists said.\n  \u2022 Radio "
     "stations said on Wednesday that others had gone home.", "Tecún Umán", "2023-03-07"),
    ("Migrants walked all day on Monday.\n\n  \u2022 Hundreds reached Tierra Blanca, the mayor said.\n  \u2022 Another "
     "group was reported on Wednesday near the highway.", "Tierra Blanca", "2023-03-06"),
    ("Buses left the shelter on Tuesday.\n\n  \u2022 About 900 migrants arrived in Saltillo, state officials said.\n"
     "  \u2022 Officials said on Wednesday that the shelter was closing.", "Saltillo", "2023-03-07"),
    ("La caravana avanzó el lunes.\n\n  \u2022 Unos 500 migrantes llegaron a Huixtla, según activistas.\n  \u2022 Medios "
     "locales informaron el miércoles que otros 200 regresaron.", "Huixtla", "2023-03-06"),
    ("La policía detuvo a la columna el martes.\n\n  \u2022 Cerca de 300 personas fueron retenidas en Zanatepec, dijeron "
     "fuentes oficiales.\n  \u2022 El INM informó el miércoles que la mayoría fue liberada.", "Zanatepec", "2023-03-07"),
    ("Los migrantes caminaron el lunes.\n\n  \u2022 Más de mil personas entraron a Acayucan, informó el alcalde.\n"
     "  \u2022 La prensa local reportó el miércoles nuevas llegadas.", "Acayucan", "2023-03-06"),
    ("El grupo descansó el martes.\n\n  \u2022 Unas 800 personas durmieron en Chiquimula, dijeron los voluntarios.\n"
     "  \u2022 Los bomberos dijeron el miércoles que no hubo heridos.", "Chiquimula", "2023-03-07"),
])
def test_a_bullet_line_is_a_sentence_of_its_own(text, place, day):
    rows = extract_reports(text, published=PUBLISHED)
    assert {r["date"].lstrip("~") for r in rows if r["place"].split(",")[0] == place} == {day}
