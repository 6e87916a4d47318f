"""A place said in the present with its day right after it is dated that day (types-s11-12 V1).

"The caravan, now in the southern state of Veracruz on Monday, ..." in copy published on the Tuesday put the state on
the Tuesday: "now" took the publication day and the written Monday was dropped.  A "now" with no day of its own still
takes the publication day.  Expected answers written by hand before running; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

TUESDAY = "2026-11-03"


def _rows(cli, tmp_path, sentence):
    return drafted(cli, tmp_path, f"Caravan keeps walking north\n\n{sentence}\n", TUESDAY)


def test_a_state_now_on_a_written_day_takes_that_day(cli, tmp_path):
    rows = _rows(cli, tmp_path, "The caravan, now in the southern state of Veracruz on Monday, numbered about 900 people.")
    assert [(r["date"], r["count_low"], r["count_high"]) for r in rows if "Veracruz" in r["place"]] == [
        ("2026-11-02", "810", "990")], rows


def test_a_town_now_on_a_written_day_takes_that_day(cli, tmp_path):
    rows = _rows(cli, tmp_path, "The migrants, now in Pijijiapan on Sunday, were resting in a park.")
    assert [r["date"] for r in rows if r["place"] == "Pijijiapan"] == ["2026-11-01"], rows


def test_now_without_a_day_of_its_own_is_the_publication_day(cli, tmp_path):
    rows = _rows(cli, tmp_path, "On Sunday they left Tonalá, and the group is now in Pijijiapan.")
    assert [r["date"].lstrip("~") for r in rows if r["place"] == "Pijijiapan"] == ["2026-11-03"], rows
