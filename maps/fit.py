"""What the map's first view is fitted to: the road travelled, and the areas reported near it."""

from __future__ import annotations

import numpy as np

#: Degrees (about 440 km) within which a state's or region's report is fitted however short the route is.
#: The page's own copy of the rule, for caravans made in JavaScript, is ``fitPoints`` in maps/static/decode.js.
FIT_AREA_REACH = 4.0
#: Degrees (about 170 km) of room around each area of a map of areas only: a state is seen among its neighbours,
#: not its badge at street level.  The page's copy: ``AREA_ONLY_ROOM`` in maps/static/decode.js.
AREA_ONLY_ROOM = 1.5
#: Degrees (about 165 km) the first view spans at least, north to south or west to east: a map of one town, or of
#: a short road (Tapachula to Huixtla, 40 km), shows the town among its coast, borders and neighbours, not a dot at
#: a 5 km scale (two of six real articles' maps, session 10).  The PNG's own minimum is near it (maps/png/scene.py).
#: The page's copy: ``MIN_VIEW_SPAN`` in maps/static/decode.js.
MIN_VIEW_SPAN = 1.5


def fit_bounds(lat: np.ndarray, lon: np.ndarray, precision: np.ndarray,
               leg_lat: np.ndarray, leg_lon: np.ndarray, planned: np.ndarray | None = None) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` of what the first view shows, or None when nothing is located.

    ``lat``, ``lon`` and ``precision`` are the reports'; ``leg_lat``, ``leg_lon`` both ends of every leg.
    The view holds every leg end and point-level report, and each state-, department- or region-level
    report whose point lies within the route's own span (at least :data:`FIT_AREA_REACH` degrees) of
    the route's box, so that its badge ("somewhere in Oaxaca") is in view.  A country's point, or an
    area far from the road (the US border seen from Chiapas), is left out: it is no place on the road,
    and would shrink the route to a corner.  A map of areas only is fitted to its states and regions with
    :data:`AREA_ONLY_ROOM` degrees around each (a badge alone would be zoomed to street level).  A box
    both narrower and lower than :data:`MIN_VIEW_SPAN` degrees is widened to it both ways about its centre.
    A ``planned`` point-level report (no leg ends there) is fitted as an area near the route is: a plan 2,000 km
    from the road (blind-s20/08's "Pacific", Missouri) would shrink the route to a corner; a map of plans only
    is fitted to them.
    """
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    precision = np.asarray(precision, dtype=object)
    located = np.isfinite(lat) & np.isfinite(lon)
    point = located & (precision == "point")
    area = located & (precision != "point") & (precision != "country")
    plan = point & (np.zeros(len(lat), dtype=bool) if planned is None else np.asarray(planned, dtype=bool))
    if (point & ~plan).any() or len(leg_lat):  # a road to fit: the plans are fitted as the areas near it are
        point, area = point & ~plan, area | plan
    road_lat = np.concatenate([lat[point], np.asarray(leg_lat, dtype=float)])
    road_lon = np.concatenate([lon[point], np.asarray(leg_lon, dtype=float)])
    on_road = np.isfinite(road_lat) & np.isfinite(road_lon)
    road_lat, road_lon = road_lat[on_road], road_lon[on_road]
    if not len(road_lat):
        if not area.any():
            return None
        return [[float(lat[area].min() - AREA_ONLY_ROOM), float(lon[area].min() - AREA_ONLY_ROOM)],
                [float(lat[area].max() + AREA_ONLY_ROOM), float(lon[area].max() + AREA_ONLY_ROOM)]]
    south, north, west, east = road_lat.min(), road_lat.max(), road_lon.min(), road_lon.max()
    reach = max(north - south, east - west, FIT_AREA_REACH)
    a_lat, a_lon = lat[area], lon[area]
    off = np.maximum(np.maximum(south - a_lat, a_lat - north), np.maximum(west - a_lon, a_lon - east))
    near = off <= reach
    if near.any():
        south, north = min(south, a_lat[near].min()), max(north, a_lat[near].max())
        west, east = min(west, a_lon[near].min()), max(east, a_lon[near].max())
    if max(north - south, east - west) < MIN_VIEW_SPAN:  # (a box long either way already shows its region)
        middle = (north + south) / 2
        south, north = middle - MIN_VIEW_SPAN / 2, middle + MIN_VIEW_SPAN / 2
        middle = (east + west) / 2
        west, east = middle - MIN_VIEW_SPAN / 2, middle + MIN_VIEW_SPAN / 2
    return [[float(south), float(west)], [float(north), float(east)]]
