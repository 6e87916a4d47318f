"""What a reader sees on maps built from real articles (session 12, reader4): the badge's and caption's words."""

import json
import re
from pathlib import Path

from routes.counts import FACTORS, VAGUE

STATIC = Path(__file__).resolve().parent.parent / "maps" / "static"


def test_the_pages_copy_of_the_hedges_and_vague_words_is_the_readers():
    """format.js says a badge's figure as the caption does: its tables are routes/counts.py's."""
    source = (STATIC / "format.js").read_text(encoding="utf-8")
    vague = json.loads(re.search(r"var VAGUE = (\[.*?\]\]);", source).group(1))
    factors = json.loads(re.search(r"var FACTORS = (\[.*?\]\]);", source).group(1))
    assert {w: (lo, hi) for w, lo, hi in vague} == VAGUE
    assert {w: (lo, hi) for w, lo, hi in factors} == {w: f for w, f in FACTORS.items() if w != "exact"}
