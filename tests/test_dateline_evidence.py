"""An ambiguous dateline town placed by the other places its story names (rows written without coordinates).

"ALLENDE, Mexico (AP) — Migrants rested here Saturday on their way to Piedras Negras" was left without coordinates
(Ignacio Allende, State of Mexico, 0.18): Piedras Negras, with namesakes of its own, was no evidence, and Mexico, the
dateline's country, counted for the Allende nearest its centre.  A country or division now supports the namesakes
inside it (all of them alike: it says nothing between them), and a place the resolver picks better than a coin toss
supports the namesakes near it when nothing surer does: the Coahuila town, 50 km from Piedras Negras.
Expected answers written by hand; the articles are ours.
"""

from __future__ import annotations

from geo.distance import haversine_km
from tests.drafts import drafted


def test_an_ambiguous_dateline_is_the_namesake_near_the_place_the_story_heads_for(cli, tmp_path):
    text = "ALLENDE, Mexico (AP) — Migrants rested here Saturday on their way to Piedras Negras.\n"
    rows = drafted(cli, tmp_path, text, "2018-11-05")
    allende = [r for r in rows if r["place"].upper().startswith("ALLENDE")]
    assert allende and all(r["lat"] for r in allende), rows
    assert all(haversine_km(float(r["lat"]), float(r["lon"]), 28.34, -100.85) < 25 for r in allende)


def test_an_ambiguous_dateline_with_no_other_place_is_left_to_build(cli, tmp_path):
    text = "ALLENDE, Mexico (AP) — Migrants rested here Saturday.\n"
    rows = drafted(cli, tmp_path, text, "2018-11-05")
    assert all(not r["lat"] for r in rows if r["place"].upper().startswith("ALLENDE")), rows


def test_an_ambiguous_dateline_the_story_s_places_support_is_written_with_its_state(cli, tmp_path):
    # the resolver's pick (Esperanza, Puebla) is the one the story's Puebla lies by, but it had namesakes enough to be
    # left without coordinates, and build then drew Esperanza, Sonora, 1,800 km off
    text = "ESPERANZA, Mexico (AP) — Migrants walked through this town in Puebla state on Monday.\n"
    rows = drafted(cli, tmp_path, text, "2018-11-06")
    esperanza = [r for r in rows if r["place"].upper().startswith("ESPERANZA")]
    assert esperanza and all(r["lat"] for r in esperanza), rows
    assert all(haversine_km(float(r["lat"]), float(r["lon"]), 18.86, -97.37) < 25 for r in esperanza)
    assert all(r["place"].endswith(", Puebla") for r in esperanza)
