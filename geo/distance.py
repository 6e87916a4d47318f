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
    the geocoder's fast path); arrays give an array, computed with numpy.
    """
    if (isinstance(lat1, _SCALAR) and isinstance(lon1, _SCALAR)
            and isinstance(lat2, _SCALAR) and isinstance(lon2, _SCALAR)):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
        return EARTH_DIAMETER_KM * math.asin(min(1.0, math.sqrt(a)))
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(np.subtract(lon2, lon1)) / 2) ** 2
    return EARTH_DIAMETER_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
