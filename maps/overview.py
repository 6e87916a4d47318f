"""The first view of a big map, aggregated in Python: reports per grid cell, legs between cells.

A page with many reports paints this at once, before its detail is decoded:
the routes' extent is cut into a grid of :data:`GRID` x :data:`GRID` cells in
Web Mercator (a few screen pixels each at the first view); each cell carries
how many reports fall in it and which caravan they belong to (or ``-1`` when
several share it); each *flow* joins two cells with the number of legs that run
from one to the other (the :data:`MAX_FLOWS` busiest).  The page paints cells and
flows with the same pixel painter as its dense views (``maps/static/density.js``)
and replaces them with the reports themselves once those are decoded.
"""

from __future__ import annotations

import numpy as np

#: Maps with at least this many reports carry an overview.
OVERVIEW_FROM = 50_000
#: Cells across the longer side of the routes' extent.
GRID = 256
#: At most this many flows (the ones with the most legs) are carried.
MAX_FLOWS = 30_000
#: Leaflet's world at zoom 0 is this many pixels wide (EPSG:3857).
WORLD = 256.0
_MAX_LAT = 85.0511287798


def mercator(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator pixels at zoom 0 (Leaflet's ``map.project(latlng, 0)``) of degrees."""
    s = np.sin(np.radians(np.clip(np.asarray(lat, dtype=float), -_MAX_LAT, _MAX_LAT)))
    x = WORLD * (np.asarray(lon, dtype=float) / 360.0 + 0.5)
    y = WORLD * (0.5 - np.log((1 + s) / (1 - s)) / (4 * np.pi))
    return x, y


def _owner(keys: np.ndarray, caravan: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct ``keys``, how many rows each has, and its caravan (-1 when rows of several share it)."""
    order = np.argsort(keys, kind="stable")
    k, c = keys[order], caravan[order]
    first = np.flatnonzero(np.r_[True, k[1:] != k[:-1]]) if len(k) else np.zeros(0, int)
    n = np.diff(np.r_[first, len(k)])
    low, high = np.minimum.reduceat(c, first) if len(k) else c, np.maximum.reduceat(c, first) if len(k) else c
    return k[first], n, np.where(low == high, low, -1)


def overview(lat: np.ndarray, lon: np.ndarray, caravan: np.ndarray, leg_lat1: np.ndarray, leg_lon1: np.ndarray,
             leg_lat2: np.ndarray, leg_lon2: np.ndarray, leg_caravan: np.ndarray) -> tuple[dict, dict] | None:
    """``(tables, grid)`` for the page: ``cells`` (x, y, n, caravan) and ``flows`` (x1, y1, x2, y2, n, caravan).

    ``lat``/``lon``/``caravan`` are the point-level reports (caravan as its
    position in the page), the ``leg_*`` arrays both ends of every leg.
    ``grid`` is ``{"x0", "y0", "cell", "n"}``: a cell's top-left corner at zoom 0
    is ``(x0 + x * cell, y0 + y * cell)``.  ``None`` when nothing is located.
    """
    rx, ry = mercator(lat, lon)
    ax, ay = mercator(leg_lat1, leg_lon1)
    bx, by = mercator(leg_lat2, leg_lon2)
    xs, ys = np.concatenate([rx, ax, bx]), np.concatenate([ry, ay, by])
    ok = np.isfinite(xs) & np.isfinite(ys)
    if not ok.any():
        return None
    x0, y0 = float(xs[ok].min()), float(ys[ok].min())
    span = max(float(xs[ok].max()) - x0, float(ys[ok].max()) - y0, 1e-9)
    cell = span / (GRID - 1)

    def cells_of(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        good = np.isfinite(x) & np.isfinite(y)
        cx = np.clip(np.floor((np.where(good, x, x0) - x0) / cell), 0, GRID - 1).astype(np.int64)
        cy = np.clip(np.floor((np.where(good, y, y0) - y0) / cell), 0, GRID - 1).astype(np.int64)
        return cx, cy, good

    cx, cy, good = cells_of(rx, ry)
    keys, n, owner = _owner((cy * GRID + cx)[good], np.asarray(caravan, dtype=np.int64)[good])
    cells = {"x": keys % GRID, "y": keys // GRID, "n": n, "caravan": np.where(owner >= 0, owner, np.nan)}

    ax_, ay_, good_a = cells_of(ax, ay)
    bx_, by_, good_b = cells_of(bx, by)
    a, b = ay_ * GRID + ax_, by_ * GRID + bx_
    moving = good_a & good_b & (a != b)
    keys, n, owner = _owner((a * GRID * GRID + b)[moving], np.asarray(leg_caravan, dtype=np.int64)[moving])
    if len(keys) > MAX_FLOWS:
        busiest = np.sort(np.argsort(-n, kind="stable")[:MAX_FLOWS])
        keys, n, owner = keys[busiest], n[busiest], owner[busiest]
    a, b = keys // (GRID * GRID), keys % (GRID * GRID)
    flows = {"x1": a % GRID, "y1": a // GRID, "x2": b % GRID, "y2": b // GRID, "n": n,
             "caravan": np.where(owner >= 0, owner, np.nan)}
    return {"cells": cells, "flows": flows}, {"x0": x0, "y0": y0, "cell": cell, "n": GRID}
