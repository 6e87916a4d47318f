"""A group's figure written with "-strong" (``a 2,000-strong caravan``) is read, as ``now 5,000 strong`` was
(pool census of sizes-s11: a headline's "1,500-strong migrant caravan departs from Chiapas" gave Chiapas no figure).
Expected answers written by hand before running; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

TUESDAY = "2026-11-03"


def _sized(cli, tmp_path, text):
    rows = drafted(cli, tmp_path, text, TUESDAY)
    return [(r["place"].split(",")[0], r["count_low"], r["count_high"]) for r in rows if r["count_low"]]


def test_a_hyphenated_strong_figure_is_the_groups(cli, tmp_path):
    text = "Caravan on the move\n\nA 2,000-strong caravan set off from Tapachula on Monday.\n"
    assert _sized(cli, tmp_path, text) == [("Tapachula", "2000", "2000")]


def test_a_strong_police_unit_is_no_group(cli, tmp_path):
    text = "Caravan on the move\n\nAn 80-strong police unit waited for the migrants in Huixtla on Monday.\n"
    assert _sized(cli, tmp_path, text) == []
