"""A state the article names with its level word is the state wherever its bare name comes again.

types-s7 R7: a state that is the group's place was drawn as its capital (a point): "crossed into the state of
Oaxaca on Monday ... On Tuesday the group was still in Oaxaca" drafted the second row as Oaxaca city
(17.06, -96.72) with its coordinates, 250 km from Juchitán where the group rested that day.  One name in one
article: the bare name is the state too, unless the words say a town ("la ciudad de Oaxaca").  The articles
are our own text; the points were written by hand before the runs (general knowledge).
"""

from __future__ import annotations

import csv

from drafts import drafted
from geo.distance import haversine_km

OAXACA_CITY = (17.06, -96.72)
JUCHITAN = (16.43, -95.02)

STILL_IN_OAXACA = """Caravan reaches southern Mexico

MEXICO CITY (Test Wire) — The caravan of about 1,500 migrants crossed into the state of Oaxaca on Monday after \
two weeks of walking from Tapachula.

On Tuesday the group was still in Oaxaca, resting in the town of Juchitán.
"""

THE_CITY_OF_OAXACA = """Caravana cruza Oaxaca

JUCHITÁN, Oax. — Los cerca de 1.200 migrantes entraron al estado de Oaxaca el lunes por la mañana.

El martes un grupo de unos 300 llegó a la ciudad de Oaxaca, donde pidieron autobuses.
"""


def _state_rows(rows):
    return [r for r in rows if "oaxaca" in r["place"].lower()]


def test_the_bare_name_after_the_state_of_is_the_state_not_its_capital(cli, tmp_path):
    rows = drafted(cli, tmp_path, STILL_IN_OAXACA, "2024-11-20")
    oaxaca = _state_rows(rows)
    assert oaxaca, rows
    for row in oaxaca:
        assert not row["lat"] and row["country"] == "MX", row  # an area: no point
        assert "admin1" in row["note"], row
    juchitan = [r for r in rows if r["place"] == "Juchitán"]
    assert juchitan and haversine_km(float(juchitan[0]["lat"]), float(juchitan[0]["lon"]), *JUCHITAN) < 5


def test_the_state_rows_build_as_the_state(cli, tmp_path):
    rows = drafted(cli, tmp_path, STILL_IN_OAXACA, "2024-11-20")
    draft = tmp_path / "draft.csv"
    with draft.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    from routes import read_reports
    from routes.locate import locate

    located = locate(read_reports(str(draft)))
    oaxaca = located[located["place"].str.lower().str.contains("oaxaca")]
    assert len(oaxaca) and set(oaxaca["precision"]) == {"admin1"}, oaxaca[["place", "precision", "resolved_name"]]


def test_the_city_of_oaxaca_stays_the_city(cli, tmp_path):
    rows = drafted(cli, tmp_path, THE_CITY_OF_OAXACA, "2024-11-20")
    city = [r for r in rows if r["date"] == "2024-11-19" and "oaxaca" in r["place"].lower()]
    assert city and haversine_km(float(city[0]["lat"]), float(city[0]["lon"]), *OAXACA_CITY) < 5, rows
    state = [r for r in rows if r["date"] == "2024-11-18" and "oaxaca" in r["place"].lower()]
    assert state and not state[0]["lat"], rows
