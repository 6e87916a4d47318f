"""Render a RouteSet as a PNG for print and social cards: matplotlib (Agg), no browser.

The picture draws the layers of the interactive map with the same scales
(:mod:`maps.scales`): country outlines as the background (:mod:`maps.outlines`),
legs whose width follows the group size with an arrow for the direction,
circles whose area follows the count (a solid core for the lowest figure, a
dashed halo for the highest), symbols for checkpoints, blocks, clashes,
crossings and turn-backs, dashed legs where a date is approximate, stop
names with their days, and country- or region-level reports as dashed badges
at the area's point ("somewhere in Guatemala, 15 Jan"), never as points or
arcs.  A legend panel, title, subtitle, credits, degree ticks and a scale bar
frame it.  Every word, number and date comes from the language catalogue
(:mod:`maps.i18n`, ``lang="es"`` for Spanish).

Sizes: one pixel of the HTML scales is one pixel of a PNG at 100 dpi (0.72
points), so a circle of radius 30 px on screen is 30 px in a 1200 x 800 PNG;
a higher ``dpi`` keeps the layout and sharpens it.  Everything is drawn in
Web Mercator (EPSG:3857), the projection of the interactive map.

The drawing lives in :mod:`maps.png` by job: the frame and projection
(:mod:`maps.png.scene`), the label layout (:mod:`maps.png.labels`) and the
layers and legend (:mod:`maps.png.draw`); this module is its public face.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from pathlib import Path

from geo.atomic import atomic_write
from geo.errors import InputError

from .i18n import DEFAULT_LANG
from .png.draw import _draw
from .png.labels import SHARED_LABEL_PX
from .png.scene import BORDER, INK, LAND, MUTED, PT, SEA, SYMBOL_KINDS, _check_size
from .scales import PALETTE, TURNED_BACK_COLOR, SizeScale, WidthScale, scales_for, segment_sizes

__all__ = [
    "BORDER", "INK", "LAND", "MUTED", "PALETTE", "PT", "SEA", "SHARED_LABEL_PX", "SYMBOL_KINDS", "TURNED_BACK_COLOR",
    "SizeScale", "WidthScale", "figure", "parse_size", "png_bytes", "render_png", "scales_for", "segment_sizes",
]


def parse_size(text: str) -> tuple[int, int]:
    """``"1200x630"`` -> ``(1200, 630)``; raises :class:`geo.InputError` with a hint otherwise."""
    parts = str(text).lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise InputError(f"--png-size {text!r} is not WIDTHxHEIGHT", hint="e.g. --png-size 1200x630")
    width, height, _ = _check_size((int(parts[0]), int(parts[1])), 100)
    return width, height


_RC = {"text.usetex": False, "text.parse_math": False, "lines.scale_dashes": False, "font.family": "DejaVu Sans"}


def figure(
    routes,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    credits: str | None = None,
    size: tuple[int, int] = (1200, 800),
    dpi: float = 100,
    caravan_names: dict[str, str] | None = None,
    colors: Sequence[str] = PALETTE,
    lang: str = DEFAULT_LANG,
):
    """The picture as a matplotlib ``Figure`` (see :func:`render_png`), to save as PDF or SVG or adjust.

    Its texts are matplotlib ``Text`` artists (``figure.findobj(matplotlib.text.Text)``).
    """
    import matplotlib

    with matplotlib.rc_context(_RC), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        return _draw(routes, title=title, subtitle=subtitle, credits=credits, size=size, dpi=dpi,
                     caravan_names=caravan_names, colors=colors, lang=lang)


def png_bytes(
    routes,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    credits: str | None = None,
    size: tuple[int, int] = (1200, 800),
    dpi: float = 100,
    caravan_names: dict[str, str] | None = None,
    colors: Sequence[str] = PALETTE,
    lang: str = DEFAULT_LANG,
) -> bytes:
    """The PNG of ``routes`` as bytes (see :func:`render_png`)."""
    import matplotlib

    fig = figure(routes, title=title, subtitle=subtitle, credits=credits, size=size, dpi=dpi,
                 caravan_names=caravan_names, colors=colors, lang=lang)
    with matplotlib.rc_context(_RC), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=fig.dpi, facecolor="white",
                    metadata={"Title": title or "", "Software": "routemapper"})
    return buffer.getvalue()


def render_png(
    routes,
    path: str | Path,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    credits: str | None = None,
    size: tuple[int, int] = (1200, 800),
    dpi: float = 100,
    caravan_names: dict[str, str] | None = None,
    colors: Sequence[str] = PALETTE,
    lang: str = DEFAULT_LANG,
) -> Path:
    """Draw ``routes`` as a PNG of ``size`` pixels and write it to ``path`` atomically; return the path.

    ``credits=None`` lists the reports' sources (as the HTML map does);
    titles and labels are drawn literally (``$`` is a dollar, not mathtext).
    ``dpi`` changes the sharpness, not the layout: 1200x800 at 100 dpi and
    2400x1600 at 200 dpi look alike.  ``lang`` (``"en"``, ``"es"``) is the
    language of every word, number and date the picture writes (the
    catalogue, :mod:`maps.i18n`); ``title`` and ``subtitle`` are drawn as
    given.  Caravans are named by ``caravan_names``, else as the page names
    them (:func:`maps.names.display_name`: ``2018-10-honduras`` is "Honduras
    caravan, October 2018"), and a one-caravan picture with no ``title`` takes
    its caravan's name.  Country- and region-level reports are dashed badges at the
    area's point (``somewhere in Guatemala, 15 Jan``), as on the HTML map.  Raises :class:`geo.InputError` for a
    size out of range and :class:`geo.OutputError` when ``path`` cannot be
    written (nothing is left behind).
    """
    data = png_bytes(routes, title=title, subtitle=subtitle, credits=credits, size=size, dpi=dpi,
                     caravan_names=caravan_names, colors=colors, lang=lang)
    return atomic_write(path, data)
