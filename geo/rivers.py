"""Border rivers as lines: where a group crossed "the Rio Grande" or "el río Suchiate" is drawn on the river
at the point nearest the story's other places.

A river of ``data/gazetteer/rivers.csv`` is the stretch of border between its two countries that it forms: the
shared edge of their outlines (``data/outlines/countries.geojson``, Natural Earth) inside the box the table gives.
The gazetteer holds each river with a default point (where a report gives no other place); :func:`place_on_river`
moves it to the river's point nearest the group's stops, so that the Rio Grande crossed at Ciudad Juárez is drawn
at Ciudad Juárez, not 30 km off at a village known by the river's name, nor at El Paso's bridge 2,000 km upstream
of Matamoros.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .distance import scalar_haversine_km
from .paths import GAZETTEER_DIR
from .places import RIVER, Place

#: How far (m) a river's point may be from the river itself once placed: the outlines are simplified to about 2 km.
PLACED_PRECISION_M = 2000.0


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, ...], tuple[float, float, float, float]]]:
    """Each river's countries and box (west, south, east, north), by its name in the gazetteer."""
    import csv

    out = {}
    with (GAZETTEER_DIR / "rivers.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            countries = tuple(c.strip() for c in row["countries"].split(";") if c.strip())
            out[row["name"].strip()] = (countries, tuple(float(row[k]) for k in ("west", "south", "east", "north")))
    return out


#: A river is drawn at its point nearest the group's stops only when one lies this near it (km); else at its default
#: point: "cruzaron el río Suchiate ... y llegaron a Ciudad Hidalgo" with Ciudad Hidalgo still read as Michoacán's
#: (600 km off) drew the river at the far end of its box, 52 km upstream.
RIVER_NEAR_KM = 100.0


@lru_cache(maxsize=16)
def river_line(name: str):
    """The river ``name`` (a gazetteer river's name) as a shapely line: its two countries' shared border inside its
    box; ``None`` when the table or the outlines do not give it."""
    import json

    from shapely.geometry import box, shape

    from .neighbours import OUTLINES_FILE

    known = _table().get(name)
    if known is None or len(known[0]) != 2:
        return None
    (a, b), bounds = known
    shapes = {}
    for feature in json.loads(OUTLINES_FILE.read_text(encoding="utf-8"))["features"]:
        code = feature["properties"].get("iso2")
        if code in (a, b):
            shapes[code] = shape(feature["geometry"])
    if len(shapes) != 2:
        return None
    line = shapes[a].boundary.intersection(shapes[b].boundary).intersection(box(*bounds))
    return None if line.is_empty else line


def point_near(name: str, points: Sequence[tuple[float, float]]) -> tuple[float, float, float] | None:
    """``(lat, lon, km)``: the point of river ``name`` nearest to any of ``points`` (``(lat, lon)`` pairs, the story's
    places), with its km from the nearest of them; ``None`` when the river's line or the points are unknown."""
    line = river_line(name)
    if line is None or not points:
        return None
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    best = None
    for lat, lon in points:
        on, _ = nearest_points(line, Point(lon, lat))
        km = scalar_haversine_km(lat, lon, on.y, on.x)
        if best is None or km < best[2]:
            best = (on.y, on.x, km)
    return best


def place_on_river(place: Place, points: Sequence[tuple[float, float]]) -> tuple[Place, str] | None:
    """``place`` (a river) moved to its point nearest ``points``, and the reason to give; ``None`` when it is no
    river of the table or nothing is known to place it by."""
    if place.feature != RIVER:
        return None
    found = point_near(place.name, points)
    if found is None:
        return None
    lat, lon, km = found
    if km > RIVER_NEAR_KM:
        return None  # (a stop that far says nothing of where the river was crossed: a namesake not yet settled)
    moved = replace(place, lat=round(lat, 5), lon=round(lon, 5), precision_m=PLACED_PRECISION_M)
    return moved, f"drawn on the river where it passes nearest the group's stops ({km:.0f} km from the nearest)"
