"""An outlet opening its sentence and a person's hometown abroad are no rows (types-s11-12 V8).

"Excélsior reported that the caravan arrived in Tonalá" drafted the outlet (a place name in the gazetteer) as the
arrival; "Luis, from Barquisimeto, Venezuela, who reached Tapachula" drafted the hometown, and the leg check then
dropped Tapachula.  Expected answers written by hand before running; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

TUESDAY = "2026-11-03"


def _places(cli, tmp_path, text):
    rows = drafted(cli, tmp_path, text, TUESDAY)
    return [(r["place"], r["kind"], r["date"]) for r in rows], rows


def test_an_outlet_reporting_is_no_place(cli, tmp_path):
    got, rows = _places(cli, tmp_path, "Caravan walks on north\n\nExcélsior reported that the caravan arrived in "
                                       "Tonalá on Monday.\n")
    assert got == [("Tonalá", "arrival", "2026-11-02")], rows


def test_a_migrants_hometown_abroad_is_no_row(cli, tmp_path):
    got, rows = _places(cli, tmp_path, "Caravan walks on north\n\nAmong them was Luis, from Barquisimeto, Venezuela, "
                                       "who reached Tapachula with the group on Monday.\n")
    assert got == [("Tapachula", "arrival", "2026-11-02")], rows


def test_a_town_the_group_reached_before_from_stays(cli, tmp_path):
    got, rows = _places(cli, tmp_path, "La caravana sigue al norte\n\nLos migrantes caminaron el lunes hasta Tonalá, "
                                       "desde Pijijiapan.\n")
    assert ("Tonalá", "arrival", "2026-11-02") in got or any(p == "Tonalá" for p, _, _ in got), rows
