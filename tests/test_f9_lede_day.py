"""types-s20-21 F9: a day from the wrong clause.  Through the public API (``extract_reports``).

The decision: a relative clause about the group ("a caravan that drew angry tweets ...", "migrantes que exigen
visas ...") is the subject's own relative: its verb is the first word after the pronoun, whatever verb it is, and the
clause ends where the next verb, the main clause's, begins (routes/extract/sizes.relative_clause_end). Before, a
relative verb no cue or ending names ("drew", "sang", "exigen", "pide") made the main verb look like the clause's
own, so the clause swallowed the main clause and its day ("... hopped on a freight train Thursday"): the lede's day
was not the sentence's, and the next sentence's undated event ("About 500 migrants departed ... Guadalajara before
dawn") was dated on publication instead of the lede's day (blind-s20/08).
The sentences are this file's own; the expected rows were written by hand before the rule was run on them.
"""

from __future__ import annotations

import pytest

from routes.extract import extract_reports

PUBLISHED = "2023-03-10"  # a Friday: Saturday 03-04, Monday 03-06, Tuesday 03-07, Wednesday 03-08, Thursday 03-09


@pytest.mark.parametrize(("text", "expected"), [
    ("A caravan of Venezuelan migrants that drew crowds of onlookers boarded a freight train on Wednesday heading "
     "north.\n\nAbout 400 migrants left the city of Irapuato before dawn.", [("Irapuato", "2023-03-08")]),
    ("A group of Cubans who lost their jobs in the capital started walking on Tuesday.\n\nThe group left the city of "
     "Puebla at dawn.", [("Puebla", "2023-03-07")]),
    ("Some 300 Haitians who sought asylum in Mexico boarded buses on Monday.\n\nAbout 300 of them arrived in the city "
     "of Saltillo in the evening.", [("Saltillo", "2023-03-06")]),
    ("A caravan of Nicaraguans that sang hymns outside the church set off on Saturday.\n\nThe group left the town of "
     "Arriaga at first light.", [("Arriaga", "2023-03-04")]),
    ("Una caravana de migrantes que exigen visas humanitarias partió el martes a pie.\n\nEl grupo salió de la ciudad "
     "de Tapachula antes del amanecer.", [("Tapachula", "2023-03-07")]),
    ("Unos 800 hondureños que huyen de la pobreza abordaron el lunes un tren de carga.\n\nLos migrantes partieron de "
     "la ciudad de Celaya por la madrugada.", [("Celaya", "2023-03-06")]),
    ("Un contingente que reúne a unas 2 mil personas reanudó el miércoles su marcha.\n\nLa columna salió del "
     "municipio de Juchitán al mediodía.", [("Juchitán", "2023-03-08")]),
    ("Un grupo de cubanos que pide asilo en México emprendió el jueves la caminata.\n\nEl grupo salió de la ciudad "
     "de Oaxaca al amanecer.", [("Oaxaca", "2023-03-09")]),
])
def test_the_ledes_day_is_its_main_clauses_and_dates_the_next_event(text, expected):
    rows = extract_reports(text, published=PUBLISHED)
    assert [(r["place"].split(",")[0], r["date"].lstrip("~")) for r in rows] == expected


# The decision's other half: a relative clause about a group the sentence's subject joins or follows ("hope to join the
# caravan that left on Thursday", "sumarse a la caravana que partió la semana pasada") tells that group's event: its day
# dates no place outside it, nor makes the sentence one told on other days (dating.in_another_groups_clause; before,
# the gathering in San Salvador took that caravan's Thursday, or the month only for "la semana pasada": blind-s20/06).
# The gathering itself has no day of its own: it is dated on publication, approximate; nor does it take that group's
# verb ("left", "salió", "partió") as its kind: not a departure.
@pytest.mark.parametrize(("text", "expected"), [
    ("Some 200 Salvadorans who hope to join the caravan that left on Thursday gathered in San Salvador.",
     [("San Salvador", "~2020-01-21")]),
    ("About 150 Guatemalans hoping to catch up with the group that set out on Sunday waited in Tecún Umán.",
     [("Tecún Umán", "~2020-01-21")]),
    ("Unos 300 hondureños que buscan unirse a la caravana que salió el viernes se reunieron en la terminal de San "
     "Pedro Sula.", [("San Pedro Sula", "~2020-01-21")]),
    ("Cerca de 100 nicaragüenses que quieren alcanzar al grupo que partió la semana pasada se concentraron en "
     "Choluteca.", [("Choluteca", "~2020-01-21")]),
])
def test_another_groups_relative_clause_dates_only_that_group(text, expected):
    rows = extract_reports(text, published="2020-01-21")
    assert [(r["place"].split(",")[0], r["date"]) for r in rows] == expected
    assert [r["kind"] for r in rows if r["kind"] == "departure"] == []
