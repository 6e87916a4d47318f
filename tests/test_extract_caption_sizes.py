"""A photo caption and the story do not lend each other group sizes.

A caption is often a file photo of another place or day: a figure the story says with no place of its own must
not go to the town the caption names, and a figure said only in a caption must not go to a town of the story
(pool census of sizes-s11: a lede's "More than 1,000 began heading toward Guatemala" and "the size of the caravan"
drafted on the border post a caption named, "once totaled more than 3,000" on a caption's town).
Expected answers written by hand before running; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

WEDNESDAY = "2026-11-04"

A_CAPTION_BEFORE_THE_LEDE = (
    "New caravan sets off toward the north\n\n"
    "Honduran migrants heading north walk on arrival at the customs post in Agua Caliente, at the Honduras-Guatemala "
    "border, on Wednesday, Nov. 4, 2026 (Ana Ruiz/AFP/Getty Images)\n\n"
    "About 2,000 Hondurans began walking on Wednesday toward Guatemala, hoping to reach the United States one day.\n\n"
    "\"We have nothing left at home,\" said one woman who walked with three children.\n\n"
    "The organisers put the size of the caravan at 1,500 to 2,500 people.\n"
)

A_FIGURE_ONLY_IN_A_CAPTION = (
    "Caravan walks on through Chiapas\n\n"
    "Around 900 migrants walk along a highway in the early morning (Luis Soto/Getty Images)\n\n"
    "The caravan left Tapachula on Monday and reached Huixtla on Tuesday.\n"
)


def test_a_story_figure_does_not_go_to_the_captions_town(cli, tmp_path):
    rows = drafted(cli, tmp_path, A_CAPTION_BEFORE_THE_LEDE, WEDNESDAY)
    assert [(r["place"], r["count"]) for r in rows if r["count"] and "Agua Caliente" in r["place"]] == [], rows


def test_a_captions_figure_does_not_go_to_the_storys_towns(cli, tmp_path):
    rows = drafted(cli, tmp_path, A_FIGURE_ONLY_IN_A_CAPTION, WEDNESDAY)
    assert [(r["place"], r["count"]) for r in rows if r["count"]] == [], rows
    assert {r["place"].split(",")[0] for r in rows} >= {"Tapachula", "Huixtla"}, rows
