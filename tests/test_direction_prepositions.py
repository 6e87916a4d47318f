"""The preposition decides which place a moving group left and which it reached (types-s16-17 F23).

"a train which arrived from the Mexican city of Torreón with at least 500" drafted an arrival AT Torreón with the
figure (the town reached lost it, and a same-day leg of 433 km failed the build): an adjective before "city of" hid
the "from". "salieron ... a la ciudad fronteriza de Sonoyta" drafted a departure FROM Sonoyta: the goal of a verb of
leaving took the verb's kind. After a verb of arriving, "from"/"desde"/"procedente de" names the place left; after a
verb of leaving, "to"/"for"/"a"/"hasta" names the place gone to.
Expected answers written by hand; the sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.drafts import drafted


def _rows(cli, tmp_path, text):
    rows = drafted(cli, tmp_path, f"Caravana migrante\n\n{text}\n", "2022-03-10")
    return [(r["place"], r["kind"], r["count"]) for r in rows]


@pytest.mark.parametrize("text, left, reached", [
    ("A bus pulled into Hermosillo on Tuesday, having arrived from the northern city of Nogales with 120 migrants.",
     "Nogales", "Hermosillo"),
    ("On Wednesday a freight train arrived in Saltillo from the industrial city of Monterrey with some 400 migrants "
     "on its roof.", "Monterrey", "Saltillo"),
    ("El martes llegó a Orizaba un grupo de 250 migrantes procedente de la vecina ciudad de Córdoba.",
     "Córdoba", "Orizaba"),
    ("Unos 600 centroamericanos arribaron el miércoles a Zacapa desde la cabecera departamental de Chiquimula.",
     "Chiquimula", "Zacapa"),
])
def test_the_town_after_from_is_the_one_left(cli, tmp_path, text, left, reached):
    rows = _rows(cli, tmp_path, text)
    kinds = {place: kind for place, kind, _ in rows}
    assert kinds.get(left) == "departure" and kinds.get(reached) == "arrival"
    assert [count for place, _, count in rows if place == reached][0]  # the figure is where they arrived


@pytest.mark.parametrize("text, reached", [
    ("Los migrantes salieron la tarde de este lunes 7 de marzo a la ciudad de Acayucan.", "Acayucan"),
    ("El grupo partió el martes por la mañana de Juchitán hasta la comunidad de La Ventosa.", "La Ventosa"),
    ("On Tuesday the migrants left Esquipulas for Chiquimula, walking most of the day.", "Chiquimula"),
    ("The group set out on Monday morning from Delicias to the city of Parral.", "Parral"),
])
def test_the_goal_of_a_verb_of_leaving_is_no_place_left(cli, tmp_path, text, reached):
    kinds = {place: kind for place, kind, _ in _rows(cli, tmp_path, text)}
    assert kinds.get(reached) == "arrival"
