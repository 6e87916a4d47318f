"""A state the group left on a written day, with the day between the verb and the state, is a departure row
(types-s11-12 V1).

"salieron de Chiapas el lunes" was a row; "salieron el lunes de Chiapas rumbo a Oaxaca", as Mexican copy often
writes it, was none: the day between the verb and "de" hid the departure.  Expected answers written by hand before
running; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

TUESDAY = "2026-11-03"


def _rows(cli, tmp_path, sentence):
    return drafted(cli, tmp_path, f"La caravana sigue al norte\n\n{sentence}\n", TUESDAY)


def test_a_state_left_with_the_day_between_is_a_departure(cli, tmp_path):
    rows = _rows(cli, tmp_path, "Los migrantes salieron el lunes de Chiapas rumbo a Oaxaca.")
    assert [(r["place"], r["kind"], r["date"]) for r in rows if "Chiapas" in r["place"]] == [
        ("Chiapas", "departure", "2026-11-02")], rows


def test_a_state_left_with_day_and_hour_between_keeps_the_group_figure(cli, tmp_path):
    rows = _rows(cli, tmp_path, "Cerca de 700 personas partieron este domingo por la mañana del estado de Veracruz.")
    got = [(r["kind"], r["date"], r["count_low"], r["count_high"]) for r in rows if "Veracruz" in r["place"]]
    assert got == [("departure", "2026-11-01", "630", "770")], rows


def test_someone_else_leaving_a_state_is_no_row(cli, tmp_path):
    rows = _rows(cli, tmp_path, "El gobernador salió el lunes de Chiapas para una reunión en la capital.")
    assert [r for r in rows if "Chiapas" in r["place"]] == [], rows


def test_a_country_left_on_a_day_written_before_from_is_a_departure(cli, tmp_path):
    rows = drafted(cli, tmp_path, "Caravan walks on north\n\nThe migrants set out on Sunday from Honduras.\n", TUESDAY)
    assert [(r["place"], r["kind"], r["date"]) for r in rows] == [("Honduras", "departure", "2026-11-01")], rows
