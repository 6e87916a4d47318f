"""A border river named as where the group crossed is drawn on the river, at its point nearest the story's places.

types-s8 R12: "Rio Grande" in a Ciudad Juárez/El Paso story was drawn 30 km from the crossing, at a village
known by the river's name.  The articles are our own text; the points were written by hand before the runs
(general knowledge): the river at Ciudad Juárez/El Paso 31.75, -106.48; Ciudad Juárez 31.72, -106.46;
San Isidro (Chihuahua), the village, 31.55, -106.28; the Suchiate at Ciudad Hidalgo/Tecún Umán 14.68, -92.15;
the river at Matamoros/Brownsville 25.89, -97.50; at Piedras Negras/Eagle Pass 28.71, -100.51.
"""

from __future__ import annotations

import pytest

from drafts import drafted
from geo import Stop, resolve_route
from geo.distance import haversine_km
from geo.rivers import point_near, river_line

RIVER_AT_JUAREZ = (31.75, -106.48)
SAN_ISIDRO = (31.55, -106.28)
SUCHIATE_AT_HIDALGO = (14.68, -92.15)
RIVER_AT_MATAMOROS = (25.89, -97.50)
RIVER_AT_PIEDRAS_NEGRAS = (28.71, -100.51)


def _km(res, point) -> float:
    return haversine_km(res.place.lat, res.place.lon, *point)


# (the crossing sentence names no town: one that does, "... and turned themselves in to agents in El Paso", is El
# Paso's row and no river's, ANNOTATING.md's settled case, tests/test_river_or_town_crossed.py; so is a dateline of a
# town on the river, "CIUDAD JUÁREZ, Mexico — ... waded across the Rio Grande", tests/test_river_at_the_dateline.py;
# and so is a town on the river the article puts the group in that same day, tests/test_border_river_rows.py: here
# El Paso is the next day's)
JUAREZ = """Migrants wade the river

Several hundred migrants waded across the Rio Grande on Monday night.

They turned themselves in to Border Patrol agents in El Paso, Texas, on Tuesday.

The group had spent the weekend camped in Ciudad Juárez, next to the border fence, local officials said.
"""


def test_the_rio_grande_at_juarez_is_drawn_at_juarez(cli, tmp_path):
    rows = drafted(cli, tmp_path, JUAREZ, "2026-06-16")
    river = [r for r in rows if r["place"] == "Rio Grande"]
    assert river, rows
    for row in river:
        point = (float(row["lat"]), float(row["lon"]))
        assert haversine_km(*point, *RIVER_AT_JUAREZ) < 5, row
        assert haversine_km(*point, *SAN_ISIDRO) > 20


@pytest.mark.parametrize(("stops", "point"), [
    ([Stop("Ciudad Juárez", 0.0), Stop("Rio Grande", 1.0, kind="crossing"), Stop("El Paso", 1.0)], RIVER_AT_JUAREZ),
    ([Stop("Matamoros", 0.0), Stop("Río Bravo", 1.0, kind="crossing"), Stop("Brownsville", 1.0)], RIVER_AT_MATAMOROS),
    ([Stop("Piedras Negras", 0.0), Stop("río Bravo", 0.0, kind="crossing"), Stop("Eagle Pass", 1.0)],
     RIVER_AT_PIEDRAS_NEGRAS),
    ([Stop("Tecún Umán", 0.0), Stop("Suchiate", 1.0, kind="crossing"), Stop("Ciudad Hidalgo", 1.0)], SUCHIATE_AT_HIDALGO),
    ([Stop("Tecún Umán", 0.0), Stop("río Suchiate", 1.0, kind="crossing"), Stop("Tapachula", 2.0)], SUCHIATE_AT_HIDALGO),
], ids=["juarez", "matamoros", "piedras-negras", "suchiate", "suchiate-then-tapachula"])
def test_a_crossed_river_is_drawn_where_the_route_meets_it(stops, point):
    res = resolve_route(stops)
    river = next(r for r, s in zip(res, stops) if s.kind == "crossing")
    assert river.place.feature == "river", river
    assert _km(river, point) < 6, river
    assert any("drawn on the river" in why for why in river.reasons)


def test_the_river_line_is_the_border_stretch_it_forms():
    line = river_line("Rio Grande")
    assert line is not None
    west, south, east, north = line.bounds
    # From El Paso (106.5 W) to the Gulf (97.2 W), between 25.8 and 31.8 N: written by hand, general knowledge.
    assert -106.8 < west < -106.3 and -97.3 < east < -97.0 and 25.7 < south < 26.1 and 31.6 < north < 31.9
    assert point_near("Rio Grande", []) is None
    assert point_near("not a river", [(31.7, -106.4)]) is None


def test_a_river_alone_keeps_its_default_point():
    # No other stop to draw it by: the river's default point (at the Paso del Norte bridge), not a town of its name.
    res = resolve_route([Stop("Rio Grande", 0.0, kind="crossing")])
    assert res[0].place.feature == "river" and _km(res[0], RIVER_AT_JUAREZ) < 6, res[0]


def test_a_town_named_rio_grande_stays_a_town_in_its_own_story():
    # Río Grande, Zacatecas (23.83, -103.03) between Fresnillo and Durango: a town, not the border river.
    res = resolve_route([Stop("Fresnillo", 0.0), Stop("Río Grande", 1.0), Stop("Durango", 2.0)])
    assert res[1].place.feature == "populated_place", res[1]
    assert haversine_km(res[1].place.lat, res[1].place.lon, 23.83, -103.03) < 10
