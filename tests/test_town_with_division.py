"""A town written with its department, when the town's own name is also a department's ("El Progreso, Yoro").

"El Progreso" is a department of Guatemala as well as the Honduran city; "Yoro" a department of Honduras as well as
its capital town.  The department written after the town was taken for the town's hint only when the town's name was
no division's, so "pasaron la noche en El Progreso, Yoro" gave two stops: El Progreso and the town of Yoro, 75 km away.
A division after a town whose name is also one is its hint too, unless a list goes on after it ("Chiquimula, Zacapa y
Puerto Barrios": three towns).  Expected answers written by hand; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted


def test_a_town_named_like_a_division_takes_the_department_after_it_as_its_hint(cli, tmp_path):
    text = ("Caravana avanza por el norte de Honduras\n\n"
            "Los migrantes pasaron la noche del domingo en El Progreso, Yoro, y el lunes llegaron a Tela.\n")
    rows = drafted(cli, tmp_path, text, "2022-10-11")
    places = [r["place"].split(",")[0] for r in rows]
    assert "Yoro" not in places, rows
    progreso = [r for r in rows if r["place"].startswith("El Progreso")]
    assert progreso and all(15.3 < float(r["lat"]) < 15.5 and -87.9 < float(r["lon"]) < -87.7 for r in progreso)
    assert {r["date"] for r in progreso} == {"2022-10-09"}
    assert "Tela" in places


def test_a_list_of_towns_named_like_departments_stays_a_list(cli, tmp_path):
    text = ("Caravana cruza el oriente de Guatemala\n\n"
            "Los migrantes recorrieron el lunes Chiquimula, Zacapa y Puerto Barrios.\n")
    rows = drafted(cli, tmp_path, text, "2022-10-11")
    assert {"Chiquimula", "Zacapa", "Puerto Barrios"} <= {r["place"].split(",")[0] for r in rows}, rows
