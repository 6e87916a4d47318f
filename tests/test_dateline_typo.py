"""A dateline written one letter off a well-known town is that town (only in the dateline).

types-s7 R9: "TAPACHULAS, MX —" was read as nothing, so the lede's departure "from this southern Mexican city"
had no place.  The article is our own text; Tapachula's point (14.90, -92.26) was written by hand before the run.
"""

from __future__ import annotations

import pytest

from drafts import drafted
from geo.distance import haversine_km
from routes.extract.matcher import shared_matcher
from routes.extract.api import default_extractor
from routes.extract.story import headline_paragraph, misspelt_dateline
from routes.extract.text import sentences

TAPACHULA = (14.90, -92.26)

ARTICLE = """Migrants set off again in southern Mexico

TAPACHULAS, MX — Some 2,000 migrants set off from this southern Mexican city on Sunday, walking north along \
the coastal highway.

They reached Huixtla on Monday evening.
"""


def _misspelt(text: str):
    sents = sentences(text)
    index = default_extractor().resolver.index
    return misspelt_dateline(text, sents, shared_matcher().find(text), index, headline_paragraph(sents))


def test_the_misspelt_dateline_gives_the_departure_its_town(cli, tmp_path):
    rows = drafted(cli, tmp_path, ARTICLE, "2024-06-04")
    left = [r for r in rows if r["kind"] == "departure"]
    assert left and left[0]["place"] == "Tapachula" and left[0]["date"] == "2024-06-02", rows
    assert haversine_km(float(left[0]["lat"]), float(left[0]["lon"]), *TAPACHULA) < 5


@pytest.mark.parametrize(("text", "name"), [
    ("TAPACHULAS, MX — Migrants left on Sunday.\n", "Tapachula"),          # a letter added
    ("Headline\n\nTAPACHLA, Mexico (AP) — Migrants left on Sunday.\n", "Tapachula"),  # a letter dropped
    ("TAPACHULA, MX — Migrants left on Sunday.\n", None),                  # spelt right: the matcher's
    ("TAPACHULAS MIGRANTS LEFT ON SUNDAY.\n", None),                       # no dateline's tail
    ("Migrants left Tapachulas on Sunday, officials said — again.\n", None),  # not in the dateline
    ("HUIXTLAS, MX — Migrants left on Sunday.\n", None),                   # Huixtla: not a city of 50,000
    ("QWERTYUS, MX — Migrants left on Sunday.\n", None),
])
def test_only_a_dateline_one_letter_off_a_well_known_town(text, name):
    found = _misspelt(text)
    assert (found.name if found else None) == name
