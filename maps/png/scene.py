"""The PNG card's scene: its frame and projection, and the sizes and colours the card is drawn in.

Web Mercator (EPSG:3857) to and from longitude and latitude, the view that
holds a card's points (:class:`_Frame`), round numbers for ticks and the
scale bar, the checks on a picture's size and dpi, and the palette, the
symbol kinds and the point size of one pixel of the HTML scales.  No
matplotlib here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from geo.errors import InputError

#: Points per pixel of the scales (a pixel at 100 dpi).
PT = 0.72
#: Web Mercator's earth radius (metres).
_R = 6378137.0

LAND, BORDER, SEA = "#f4f2ec", "#9aa0a6", "#dce6ee"
INK, MUTED = "#222222", "#5f6368"
SYMBOL_KINDS = ("checkpoint", "blocked", "clash", "crossing", "returned")


@dataclass(frozen=True)
class _Frame:
    """The map's view: Mercator limits and metres per layout pixel."""

    x0: float
    x1: float
    y0: float
    y1: float
    per_px: float


def _mercator(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lon = np.asarray(lon, dtype=float)
    lat = np.clip(np.asarray(lat, dtype=float), -85.0, 85.0)
    return np.radians(lon) * _R, np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) * _R


def _lonlat(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return np.degrees(x / _R), np.degrees(2 * np.arctan(np.exp(y / _R)) - np.pi / 2)


def _check_size(size: Sequence[int], dpi: float) -> tuple[int, int, float]:
    try:
        width, height = (int(v) for v in size)
        dpi = float(dpi)
    except (TypeError, ValueError):
        raise InputError(f"PNG size {size!r} is not two whole numbers", hint="e.g. size=(1200, 800)") from None
    if not (300 <= width <= 10000 and 200 <= height <= 10000):
        raise InputError(f"PNG size {width}x{height} is out of range",
                         hint="width 300-10000 and height 200-10000 pixels, e.g. 1200x800 or 1200x630")
    if not (30 <= dpi <= 1200):
        raise InputError(f"PNG dpi {dpi:g} is out of range", hint="30-1200; 100 keeps one pixel of the HTML scales")
    return width, height, dpi


def _frame(xs: np.ndarray, ys: np.ndarray, width_px: float, height_px: float, pad_px: float) -> _Frame:
    """The view holding every point with ``pad_px`` around, at least ~300 km across, fitted to the axes."""
    ok = np.isfinite(xs) & np.isfinite(ys)
    if ok.any():
        x0, x1, y0, y1 = xs[ok].min(), xs[ok].max(), ys[ok].min(), ys[ok].max()
    else:  # nothing located: Central America
        (x0, x1), (y0, y1) = _mercator(np.array([-95.0, -80.0]), np.array([8.0, 22.0]))
    cy = (y0 + y1) / 2
    lat = float(_lonlat(0.0, cy)[1])
    min_span = 300_000 / math.cos(math.radians(lat))
    span_x, span_y = max(x1 - x0, min_span * 0.5), max(y1 - y0, min_span * 0.5)
    per_px = max(span_x / max(width_px - 2 * pad_px, 1), span_y / max(height_px - 2 * pad_px, 1),
                 min_span / width_px)
    cx = (x0 + x1) / 2
    half_w, half_h = per_px * width_px / 2, per_px * height_px / 2
    return _Frame(cx - half_w, cx + half_w, cy - half_h, cy + half_h, per_px)


def _nice(value: float) -> float:
    exp = math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * 10**exp >= value:
            return step * 10**exp
    return 10 ** (exp + 1)
