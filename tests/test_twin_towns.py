"""A border town's crossing, and its twin across the border, are the town's stop unless the group crossed.

types-s9 T8/T9, and blind-s8 (a real article): told from Ciudad Juárez, "this Mexican city across the border from
El Paso, Texas" drew an El Paso arrival row with the Juárez figure; told from Tijuana, "gathered outside the San
Ysidro port of entry" drew the thousands at a US port of entry.  Our own articles below; the points and which rows
must remain were written by hand before the first run.
"""

from __future__ import annotations

from drafts import drafted
from geo.distance import haversine_km

TIJUANA = (32.50, -117.00)
JUAREZ = (31.72, -106.46)
EL_PASO = (31.76, -106.49)
SAN_YSIDRO_PORT = (32.54, -117.03)


def _at(row, point, km=3.0):
    return row["lat"] != "" and haversine_km(float(row["lat"]), float(row["lon"]), *point) < km


WAITING_AT_THE_PORT = """Thousands wait at the border crossing

TIJUANA, Mexico — Thousands of migrants from the caravan gathered on Sunday outside the San Ysidro port of entry, \
hoping to be allowed to request asylum in the United States.

Mexican police kept them back from the pedestrian gates, and by nightfall most had returned to the shelter at a \
sports complex in the city.
"""

THROUGH_THE_PORT = """Small group crosses to ask for asylum

TIJUANA, Mexico — About 80 migrants from the caravan walked through the San Ysidro port of entry into the United \
States on Tuesday to ask for asylum, while the rest stayed in Tijuana.
"""

ACROSS_FROM = """Border city opens shelters for caravan

CIUDAD JUÁREZ, Mexico — Authorities in this border city across from El Paso, Texas, opened two shelters on \
Tuesday for about 1,500 migrants who arrived over the weekend.

Many of the migrants said they would wait in Juárez for their turn to ask for asylum.
"""

WADED_ACROSS = """Migrants cross into Texas

CIUDAD JUÁREZ, Mexico — Hundreds of migrants waded across the Rio Grande from Ciudad Juárez into El Paso, Texas, \
on Sunday night and turned themselves in to the Border Patrol.
"""

FRENTE_A = """Caravana llega a la frontera norte

Ciudad Juárez, Chihuahua.— Unos 900 migrantes de la caravana llegaron el domingo a esta ciudad fronteriza, \
frente a El Paso, Texas, y fueron recibidos en un albergue del gobierno estatal.
"""


def test_the_port_of_entry_of_the_town_the_group_waits_in_is_the_town(cli, tmp_path):
    rows = drafted(cli, tmp_path, WAITING_AT_THE_PORT, "2018-11-26")
    assert rows and all(_at(r, TIJUANA) for r in rows), rows
    sunday = [r for r in rows if r["date"].lstrip("~") == "2018-11-25" and r["count"]]
    assert sunday and sunday[0]["count_low"] == "2000", rows


def test_a_group_that_walks_through_the_port_of_entry_keeps_it(cli, tmp_path):
    rows = drafted(cli, tmp_path, THROUGH_THE_PORT, "2018-11-28")
    assert any(_at(r, SAN_YSIDRO_PORT) and r["count_low"] == "72" for r in rows), rows


def test_the_twin_city_a_town_lies_across_from_is_no_stop(cli, tmp_path):
    rows = drafted(cli, tmp_path, ACROSS_FROM, "2022-12-14")
    assert not any(_at(r, EL_PASO) or r["country"] == "US" for r in rows), rows
    assert any(_at(r, JUAREZ) and r["count_low"] == "1350" for r in rows), rows


def test_frente_a_names_the_twin_not_a_stop(cli, tmp_path):
    rows = drafted(cli, tmp_path, FRENTE_A, "2022-12-13")
    assert not any(r["country"] == "US" for r in rows), rows
    assert any(_at(r, JUAREZ) and r["count_low"] for r in rows), rows


def test_a_group_that_wades_across_into_the_twin_city_keeps_it(cli, tmp_path):
    rows = drafted(cli, tmp_path, WADED_ACROSS, "2022-12-13")
    assert any(_at(r, EL_PASO) for r in rows), rows


HELD_AT_THE_POST = """Caravan held at the border post

ESQUIPULAS, Guatemala — Guatemalan police stopped about 1,000 Hondurans on Monday at the Agua Caliente border post, \
where they spent the night on the road before walking on to Esquipulas.
"""


def test_a_border_post_away_from_the_town_is_a_place_of_its_own(cli, tmp_path):
    """The Agua Caliente post lies 9 km from Esquipulas: where a group is held there, it is no town's crossing."""
    rows = drafted(cli, tmp_path, HELD_AT_THE_POST, "2018-10-16")
    assert any(_at(r, (14.54, -89.28)) for r in rows), rows
