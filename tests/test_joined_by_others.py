"""Others joining the group where it is put the group there: "The Haitians were joined by Cubans ... under the Del
Rio International Bridge", "A los venezolanos se les unieron ... en Reynosa" (types-s22-23 F16).

A sentence with no group word ("migrants", "caravana"), no figure and no verb the kinds know makes no row; the passive
"were joined by" (the group its subject) and the dative "se les unieron/sumaron" (the group the pronoun) were no verb
of the group's, so the sentence that put the camp at Del Rio drew nothing, and the lede's "More than 10,000 ... in
southern Texas" stayed on the state (routes/extract/kinds.py, the cues of a position).

Our own sentences; towns and days written by hand before the runs (published Friday 8 March 2024).
"""

from __future__ import annotations

import pytest

from drafts import drafted

CASES = [
    ("Los hondureños fueron alcanzados el viernes por familias salvadoreñas en Piedras Negras, Coahuila.\n",
     "Piedras Negras", "2024-03-08"),
    ("A los venezolanos se les unieron el sábado varias familias cubanas en Reynosa, Tamaulipas.\n", "Reynosa",
     "2024-03-02"),
    ("El jueves se les sumaron familias guatemaltecas en Nogales, Sonora.\n", "Nogales", "2024-03-07"),
    ("A los haitianos se les unieron el domingo otras familias en Matamoros, Tamaulipas.\n", "Matamoros", "2024-03-03"),
    ("The Hondurans were joined by Salvadorans in Nogales, Arizona, on Saturday.\n", "Nogales", "2024-03-02"),
    ("On Sunday the Venezuelans were joined by families from Cuba under the bridge in Laredo, Texas.\n", "Laredo",
     "2024-03-03"),
    ("The Haitians had been joined by Nicaraguans in Ciudad Juárez on Thursday.\n", "Ciudad Juárez", "2024-03-07"),
    ("Guatemalans were joined on Monday by Mexicans in Agua Prieta, Sonora.\n", "Agua Prieta", "2024-03-04"),
]


@pytest.mark.parametrize("text, town, day", CASES, ids=[f"joined-{i}" for i in range(len(CASES))])
def test_the_group_joined_by_others_is_there(cli, tmp_path, text, town, day):
    rows = drafted(cli, tmp_path, text, "2024-03-08")
    assert [(r["place"].split(",")[0], r["date"]) for r in rows] == [(town, day)], rows


def test_others_to_join_the_group_later_put_it_nowhere(cli, tmp_path):
    """The future ("will be joined by") is no position of the group's that day."""
    rows = drafted(cli, tmp_path, "The Hondurans will be joined by Salvadorans in Nogales, Arizona, next week.\n",
                   "2024-03-08")
    assert not rows, rows
