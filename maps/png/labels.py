"""The PNG card's label layout: where each name goes so that it covers nothing drawn.

Greedy placement around a point (:class:`_Labels`, :func:`_around`), the
legs and circles to keep off as shapes in display pixels, stops grouped
into one label a place (:func:`_stop_labels`, :data:`SHARED_LABEL_PX`),
and text measured with the font to wrap or fit a width.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..i18n import Catalogue, _bracketed
from .scene import MUTED

#: Stops closer than this (layout px) are named in one label, a line each.
SHARED_LABEL_PX = 14.0


class _Labels:
    """Greedy label placement: each text takes the first candidate spot that covers nothing drawn.

    ``blocked`` boxes (symbols) and the labels already placed are never
    covered.  ``shapes`` (the legs at their width and the circles' cores, in
    display pixels) are avoided when a spot free of them exists, first around
    the point, then a ring further out; a label that finds none lies across a
    leg or a circle rather than being lost (``strict`` labels, the
    countries', are left out instead).
    """

    def __init__(self, ax, renderer, blocked: np.ndarray, shapes: np.ndarray | None = None) -> None:
        import shapely

        self.ax, self.renderer = ax, renderer
        self.boxes = np.asarray(blocked, dtype=float).reshape(-1, 4)  # x0, y0, x1, y1 in display pixels
        self.area = ax.get_window_extent(renderer)
        shapes = np.asarray([] if shapes is None else shapes, dtype=object)
        self.shapes = shapely.STRtree(shapes) if len(shapes) else None

    def _take(self, box) -> None:
        self.boxes = np.vstack([self.boxes, [box.x0, box.y0, box.x1, box.y1]])

    def _inside(self, box) -> bool:
        return (box.x0 >= self.area.x0 + 2 and box.x1 <= self.area.x1 - 2
                and box.y0 >= self.area.y0 + 2 and box.y1 <= self.area.y1 - 2)

    def _free(self, box) -> bool:
        b = self.boxes
        hit = (b[:, 0] < box.x1) & (b[:, 2] > box.x0) & (b[:, 1] < box.y1) & (b[:, 3] > box.y0)
        return self._inside(box) and not hit.any()

    def _clear(self, box) -> bool:
        """True when ``box`` crosses no leg and no circle."""
        import shapely

        if self.shapes is None:
            return True
        return len(self.shapes.query(shapely.box(box.x0, box.y0, box.x1, box.y1), predicate="intersects")) == 0

    def _annotate(self, x: float, y: float, text: str, spot: tuple, style: dict):
        """The text at ``spot`` (``dx_pt, dy_pt, ha, va``; a fifth item, the circle's radius in points, draws a
        leader line from the text to the circle's edge)."""
        from matplotlib import patheffects

        dx, dy, ha, va = spot[:4]
        leader = {} if len(spot) < 5 else {"arrowprops": dict(arrowstyle="-", color=MUTED, lw=0.6, shrinkA=1,
                                                                shrinkB=spot[4] + 1)}
        return self.ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                                annotation_clip=False, parse_math=False, zorder=8,
                                path_effects=[patheffects.withStroke(linewidth=2.6, foreground="white")],
                                **leader, **style)

    def place(self, x: float, y: float, text: str, candidates: Sequence[tuple[float, float, str, str]],
              *, farther: Sequence[tuple[float, float, str, str]] = (), force: bool = False, strict: bool = False,
              **style: Any) -> bool:
        """Try ``(dx_pt, dy_pt, ha, va)`` offsets around data point ``(x, y)``; keep the best free one.

        In order: a candidate, then one of ``farther``, that covers no label,
        symbol, leg or circle; unless ``strict``, a candidate or one of
        ``farther`` that covers no label or symbol; with ``force``, the first
        candidate inside the map (or the first one).  Returns whether the text
        was drawn.
        """
        boxes = []
        for spot in (*candidates, *farther):
            label = self._annotate(x, y, text, spot, style)
            boxes.append(label.get_window_extent(self.renderer).expanded(1.04, 1.1))
            label.remove()
            if self._free(boxes[-1]) and self._clear(boxes[-1]):
                self._take(boxes[-1])
                self._annotate(x, y, text, spot, style)
                return True
        spots = (*candidates, *farther)
        pick = None if strict else next((i for i, box in enumerate(boxes) if self._free(box)), None)
        if pick is None and force:
            pick = next((i for i, box in enumerate(boxes[:len(candidates)]) if self._inside(box)), 0)
        if pick is None:
            return False
        self._take(boxes[pick])
        self._annotate(x, y, text, spots[pick], style)
        return True


def _shapes_px(ax, lines: np.ndarray, widths_px: np.ndarray, centres: np.ndarray, radii_px: np.ndarray) -> np.ndarray:
    """The legs (``lines``: n x 2 x 2 data points, at their drawn width) and circles as shapes in display pixels."""
    import shapely

    to_px = ax.transData.transform
    legs = shapely.linestrings(to_px(lines.reshape(-1, 2)).reshape(-1, 2, 2)) if len(lines) else np.empty(0, object)
    legs = shapely.buffer(legs, np.maximum(np.asarray(widths_px, float) / 2, 1.0), cap_style="flat")
    # a circle's own label sits just outside it: 1 px less keeps rounding from blocking it
    circles = shapely.buffer(shapely.points(to_px(centres)) if len(centres) else np.empty(0, object),
                             np.maximum(np.asarray(radii_px, float) - 1.0, 0.5), quad_segs=4)
    shapes = np.concatenate([legs, circles])
    return shapes[~shapely.is_empty(shapes)]


def _around(r_pt: float, gap: float = 3.0) -> list[tuple[float, float, str, str]]:
    d = r_pt + gap
    q = d * 0.72
    return [(d, 0, "left", "center"), (-d, 0, "right", "center"), (0, d, "center", "bottom"),
            (0, -d, "center", "top"), (q, q, "left", "bottom"), (-q, q, "right", "bottom"),
            (q, -q, "left", "top"), (-q, -q, "right", "top")]


def _fitted_text(fig, renderer, x: float, y: float, text: str, fontsize: float, width_pixels: float, **style):
    """A line of text at ``fontsize``, smaller (down to 60%) if it is too wide, then cut with an ellipsis."""
    label = fig.text(x, y, text, fontsize=fontsize, va="top", parse_math=False, **style)
    width = label.get_window_extent(renderer).width
    if width > width_pixels:
        label.set_fontsize(max(fontsize * 0.6, fontsize * width_pixels / width))
        width = label.get_window_extent(renderer).width
        while width > width_pixels and len(text) > 4:
            text = text[:int(len(text) * width_pixels / width) - 2].rstrip() + "…"
            label.set_text(text)
            width = label.get_window_extent(renderer).width
    return label


def _clusters(x: np.ndarray, y: np.ndarray, reach: float) -> np.ndarray:
    """Cluster number of each point: points within ``reach`` (chained) share one.

    Greedy over points sorted by x; past 2,000 points, cells of ``reach`` instead.
    """
    if len(x) > 2000:
        keys = np.floor(x / reach) + 1j * np.floor(y / reach)
        return np.unique(keys, return_inverse=True)[1]
    order = np.argsort(x, kind="stable")
    label = np.full(len(x), -1)
    centres: list[list[float]] = []
    for i in order:
        for k, (cx, cy, n) in enumerate(centres):
            if math.hypot(x[i] - cx / n, y[i] - cy / n) < reach:
                label[i] = k
                centres[k] = [cx + x[i], cy + y[i], n + 1]
                break
        else:
            label[i] = len(centres)
            centres.append([x[i], y[i], 1])
    return label


def _wrap(fig, renderer, text: str, fontsize: float, width_pixels: float) -> list[str]:
    """``text`` wrapped to lines no wider than ``width_pixels`` (measured with the font, not guessed)."""
    if not text:
        return []
    probe = fig.text(0, 0, text, fontsize=fontsize, parse_math=False)
    per_char = probe.get_window_extent(renderer).width / max(len(text), 1)
    probe.remove()
    return textwrap.wrap(text, max(20, int(width_pixels / per_char * 0.97)))


def _stop_labels(pr, px, py, radius_px, days, words: Catalogue, with_year: bool, per_px: float):
    """One label a place: the shortest reported name there and its days (``Tapachula, 24–26 Dec``, as the
    HTML map writes them), biggest group first (at most 60); places a few pixels apart share a label.

    Returns ``(x, y, text, reach)``: the point, the text and how far (layout px) its circles reach from it.
    """
    import pandas as pd

    if pr.empty:
        return []
    from routes.names import unshouted

    # a dateline's capitals undone, as on the page; a town English names its own way in the picture's language
    # (Catalogue.town_name)
    written = unshouted(pr["place"].astype(str))
    called = written.map({name: words.town_name(name) for name in written.unique()})
    table = pd.DataFrame({"x": px, "y": py, "r": radius_px, "place": called.to_numpy(object),
                          "size": np.nan_to_num(pr["count_high"].to_numpy(float), nan=0.0),
                          "day": pd.to_datetime(days).to_numpy(),
                          "planned": (pr["kind"].astype(str) == "planned").to_numpy(bool)})
    # one entry a caravan and point: two caravans years apart at one town get their own days
    table["key"] = list(zip(pr["caravan"].to_numpy(object), np.round(px, -2), np.round(py, -2)))
    table["name_len"] = table["place"].str.len()
    best = table.sort_values(["key", "name_len"]).groupby("key", sort=False).agg(
        x=("x", "first"), y=("y", "first"), place=("place", "first"), r=("r", "max"), size=("size", "max"),
        reports=("place", "size"), first=("day", "min"), last=("day", "max"), planned=("planned", "all"))
    best = best.sort_values(["size", "reports"], ascending=False).head(60).reset_index(drop=True)
    # a caravan's days there that are only plans say so ("Mapastepec, 24 Oct (planned)"), as on the page
    best["when"] = [words.text("page.label_planned", when=words.short_span(row.first, row.last, year=with_year))
                    if row.planned else words.short_span(row.first, row.last, year=with_year)
                    for row in best.itertuples()]
    # places closer than SHARED_LABEL_PX share one label, a line a name (biggest first; one name's
    # days from several caravans in date order, "Tapachula, 18 Oct 2018; 24–26 Dec 2023"): two names
    # side by side would cover each other's circle
    best["group"] = _clusters(best["x"].to_numpy() / per_px, best["y"].to_numpy() / per_px, SHARED_LABEL_PX)
    best[["cx", "cy"]] = best.groupby("group")[["x", "y"]].transform("mean").to_numpy()
    best["reach"] = best["r"] + np.hypot(best["x"] - best["cx"], best["y"] - best["cy"]) / per_px
    best["order"] = np.arange(len(best))
    lines = best.sort_values("first").groupby(["group", "place"], sort=False).agg(
        when=("when", lambda w: "; ".join(dict.fromkeys(w))),  # two caravans on the same days: the days once
        order=("order", "min")).reset_index().sort_values("order")
    # a name written with its state or country keeps it in brackets ("Tecun Uman (Guatemala), 17 Jan"), as on the page
    lines["text"] = [words.text("page.label", place=_bracketed(row.place), when=row.when) for row in lines.itertuples()]
    shared = best.groupby("group", sort=False).agg(x=("cx", "first"), y=("cy", "first"), r=("reach", "max"))
    shared["text"] = lines.groupby("group", sort=False)["text"].agg("\n".join)
    return [(row.x, row.y, row.text, max(row.r, 9.0)) for row in shared.itertuples()]
