"""Great-circle distance for scoring and sanity checks (routes use pyproj's geodesic for lengths)."""

from __future__ import annotations

import math
from typing import Any

#: Mean Earth diameter in km.
EARTH_DIAMETER_KM = 12742.0
_SCALAR = (int, float)


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    """Great-circle distance in km between points in degrees.

    Plain numbers give a float with the ``math`` module (no numpy import on
    the geocoder's fast path, see :func:`scalar_haversine_km`); arrays give an
    array, computed with numpy.
    """
    if (isinstance(lat1, _SCALAR) and isinstance(lon1, _SCALAR)
            and isinstance(lat2, _SCALAR) and isinstance(lon2, _SCALAR)):
        return scalar_haversine_km(lat1, lon1, lat2, lon2)
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(np.subtract(lon2, lon1)) / 2) ** 2
    return EARTH_DIAMETER_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def scalar_haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """:func:`haversine_km` of plain numbers, without its type checks: for the resolver's scoring loops,
    which measure every candidate against every neighbouring stop (twice as fast a call)."""
    p1, p2 = _radians(lat1), _radians(lat2)
    a = _sin((p2 - p1) / 2) ** 2 + _cos(p1) * _cos(p2) * _sin(_radians(lon2 - lon1) / 2) ** 2
    return EARTH_DIAMETER_KM * _asin(min(1.0, _sqrt(a)))


_radians, _sin, _cos, _asin, _sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
