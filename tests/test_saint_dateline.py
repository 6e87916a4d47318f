"""A town's long official form led by a saint's name, written in a dateline's capitals ("SANTIAGO NILTEPEC, Mexico").

Written as a name ("Santiago Niltepec") the town the gazetteer knows by its short name is found; in capitals it was
not, and the article's dateline town, where the group arrived, was no row at all.  Expected answers written by hand;
the articles are ours.
"""

from __future__ import annotations

import pytest

from geo.distance import haversine_km
from tests.drafts import drafted


@pytest.mark.parametrize("dateline", ["SANTIAGO NILTEPEC, Mexico (AP) —", "SANTO DOMINGO ZANATEPEC, Mexico (AP) —"])
def test_a_saint_s_long_form_in_a_dateline_is_the_town(cli, tmp_path, dateline):
    rows = drafted(cli, tmp_path, f"{dateline} Hundreds of migrants arrived here on Monday after a long walk.\n",
                   "2018-10-30")
    town = dateline.split(",")[0].split()[-1]
    where = {"NILTEPEC": (16.56, -94.61), "ZANATEPEC": (16.48, -94.35)}[town]
    mine = [r for r in rows if town.lower() in r["place"].lower()]
    assert mine and all(r["lat"] for r in mine), rows
    assert all(haversine_km(float(r["lat"]), float(r["lon"]), *where) < 25 for r in mine)
