"""Symbol scales: circle area and route width proportional to group size."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Colour-blind-safe palette (Okabe & Ito), one colour a caravan.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")

#: Colour of legs travelled after a group turned back.
TURNED_BACK_COLOR = "#882255"


def nice_number(value: float) -> float:
    """Round down to 1, 2 or 5 times a power of ten (for legend references)."""
    if value <= 0:
        return 0.0
    exp = math.floor(math.log10(value))
    base = value / 10**exp
    step = 5 if base >= 5 else 2 if base >= 2 else 1
    return float(step * 10**exp)


@dataclass(frozen=True)
class SizeScale:
    """Circle radius in pixels, area proportional to the count: ``r = k * sqrt(count)``."""

    max_count: float
    max_radius: float = 30.0

    @property
    def k(self) -> float:
        return self.max_radius / math.sqrt(self.max_count) if self.max_count > 0 else 0.0

    def radius(self, counts: np.ndarray) -> np.ndarray:
        """Radii for an array of counts (NaN stays NaN)."""
        return self.k * np.sqrt(np.asarray(counts, dtype=float))

    def references(self) -> list[dict[str, float]]:
        """Up to three round reference counts for the legend, largest first."""
        if self.max_count <= 0:
            return []
        top = nice_number(self.max_count)
        refs = sorted({top, nice_number(top / 4), nice_number(top / 20)} - {0.0}, reverse=True)
        return [{"value": v, "r": round(float(self.radius(np.array([v]))[0]), 2)} for v in refs]


@dataclass(frozen=True)
class WidthScale:
    """Route width in pixels proportional to the group size (Minard): ``w = size / max * max_width``."""

    max_size: float
    max_width: float = 16.0
    min_width: float = 1.5

    def width(self, sizes: np.ndarray) -> np.ndarray:
        """Widths for an array of sizes; unknown sizes get the minimum width."""
        sizes = np.asarray(sizes, dtype=float)
        if self.max_size <= 0:
            return np.full(sizes.shape, self.min_width)
        w = sizes / self.max_size * self.max_width
        return np.where(np.isnan(w), self.min_width, np.maximum(w, self.min_width))

    def references(self) -> list[dict[str, float]]:
        """Two round reference sizes for the legend."""
        if self.max_size <= 0:
            return []
        top = nice_number(self.max_size)
        refs = sorted({top, nice_number(top / 4)} - {0.0}, reverse=True)
        return [{"value": v, "w": round(float(self.width(np.array([v]))[0]), 2)} for v in refs]


def scales_for(routes, merged: pd.DataFrame | None = None) -> tuple[SizeScale, WidthScale]:
    """The circle and width scales of a map of ``routes`` (the HTML map and the PNG share them).

    Circles show what each place and day adds up to
    (:func:`routes.sizes.place_day_sizes`; give it as ``merged`` when already
    computed), so the largest merged figure gets the largest circle; widths
    follow the legs' sizes.
    """
    from routes.sizes import place_day_sizes

    if merged is None:
        merged = place_day_sizes(routes.reports)
    counts = np.concatenate([merged["high"].to_numpy(float), merged["low"].to_numpy(float)])
    max_count = float(np.nanmax(counts)) if np.isfinite(counts).any() else 0.0
    sizes = segment_sizes(routes.segments)
    max_size = float(np.nanmax(sizes)) if np.isfinite(sizes).any() else 0.0
    return SizeScale(max_count), WidthScale(max_size)


def segment_sizes(segments: pd.DataFrame) -> np.ndarray:
    """The group size a leg is drawn with: the geometric mean of its start's low and high figures."""
    return np.sqrt(segments["size_start_low"].to_numpy(float) * segments["size_start_high"].to_numpy(float))
