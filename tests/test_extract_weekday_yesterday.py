"""A weekday of the current week in a plan is not next week's (types-s11-12 V9).

Copy published on a Tuesday and written on the Monday says "este lunes se espera que lleguen" or "on Monday they were
expected to reach": that Monday, not the Monday after.  A plan for a later weekday, or one told in the present with no "this",
still looks forward.  Expected answers written by hand before running; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

TUESDAY = "2026-11-03"


def _days(cli, tmp_path, sentence, place, headline="La caravana sigue al norte"):
    rows = drafted(cli, tmp_path, f"{headline}\n\n{sentence}\n", TUESDAY)
    return [r["date"] for r in rows if r["place"] == place], rows


def test_este_lunes_in_a_plan_published_tuesday_is_the_day_before(cli, tmp_path):
    days, rows = _days(cli, tmp_path, "Este lunes se espera que el contingente llegue a Mapastepec.", "Mapastepec")
    assert days == ["2026-11-02"], rows


def test_a_plan_told_in_the_past_for_monday_published_tuesday_is_the_day_before(cli, tmp_path):
    days, rows = _days(cli, tmp_path, "On Monday, the migrants were expected to reach Pijijiapan.", "Pijijiapan",
                        "Caravan walks on north")
    assert days == ["2026-11-02"], rows


def test_a_plan_for_a_later_weekday_still_looks_forward(cli, tmp_path):
    days, rows = _days(cli, tmp_path, "Se espera que el grupo llegue el jueves a Tonalá.", "Tonalá")
    assert days == ["2026-11-05"], rows
    days, rows = _days(cli, tmp_path, "The migrants are expected to reach Huixtla on Monday.", "Huixtla", "Caravan walks on north")
    assert days == ["2026-11-09"], rows
