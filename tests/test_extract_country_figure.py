"""A country row keeps the figure of a sentence that names no group noun (types-s11-12 V13).

"About 1,000 were stopped in Guatemala on Monday" drafted no row (the figure had no noun nor a verb of the group),
and "Some 500 waded into Mexico" drew the country as a sighting with no figure.  People detained stay a statistic.
Expected answers written by hand before running; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

TUESDAY = "2026-11-03"


def _rows(cli, tmp_path, sentence):
    return drafted(cli, tmp_path, f"Caravan walks on north\n\n{sentence}\n", TUESDAY)


def test_a_figure_stopped_in_a_country_is_the_groups(cli, tmp_path):
    rows = _rows(cli, tmp_path, "About 1,000 were stopped in Guatemala on Monday.")
    assert [(r["place"], r["kind"], r["date"], r["count_low"], r["count_high"]) for r in rows] == [
        ("Guatemala", "blocked", "2026-11-02", "900", "1100")], rows


def test_a_figure_that_waded_into_a_country_crossed_it(cli, tmp_path):
    rows = _rows(cli, tmp_path, "Some 500 waded into Mexico on Monday.")
    assert [(r["place"], r["kind"], r["date"], r["count_low"], r["count_high"]) for r in rows] == [
        ("Mexico", "crossing", "2026-11-02", "450", "550")], rows


def test_people_detained_are_no_group_figure(cli, tmp_path):
    rows = _rows(cli, tmp_path, "About 300 were detained in Guatemala on Monday.")
    assert [r for r in rows if r["count_low"]] == [], rows


def test_a_group_held_back_in_a_country_in_spanish_is_blocked_there(cli, tmp_path):
    rows = drafted(cli, tmp_path, "La caravana sigue al norte\n\nUnos 800 fueron frenados el lunes en Guatemala.\n",
                   TUESDAY)
    assert [(r["place"], r["kind"], r["date"], r["count_low"], r["count_high"]) for r in rows] == [
        ("Guatemala", "blocked", "2026-11-02", "720", "880")], rows
