"""The PNG card's drawing: every layer of the picture on a matplotlib figure (:func:`_draw`).

Country outlines, legs and their arrows, circles, symbols, degree ticks,
the scale bar, the title and credits and the legend panel, in the frame of
:mod:`maps.png.scene` with the labels laid out by :mod:`maps.png.labels`.
matplotlib is imported inside the functions, when a picture is drawn.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

import numpy as np

from geo.errors import InputError
from routes.names import reported_names
from routes.sizes import place_day_sizes, report_day, told_figures

from ..i18n import DEFAULT_LANG, Catalogue, catalogue
from ..names import default_title, display_name, written_places
from ..scales import TURNED_BACK_COLOR, SizeScale, WidthScale, scales_for, segment_sizes
from .labels import _around, _clusters, _fitted_text, _Labels, _shapes_px, _stop_labels, _wrap
from .scene import BORDER, INK, LAND, MUTED, PT, SEA, SYMBOL_KINDS, _check_size, _Frame, _frame, _lonlat, _mercator, _nice


def _degree_ticks(ax, frame: _Frame, fontsize: float, words: Catalogue) -> None:
    (lon0, lon1), (lat0, lat1) = _lonlat(np.array([frame.x0, frame.x1]), np.array([frame.y0, frame.y1]))
    side = {k: words.text(f"png.degrees.{k}") for k in ("east", "west", "north", "south")}
    for axis, lo, hi, pos, neg, to_merc in (
        (ax.xaxis, lon0, lon1, side["east"], side["west"], lambda v: _mercator(v, np.zeros_like(v))[0]),
        (ax.yaxis, lat0, lat1, side["north"], side["south"], lambda v: _mercator(np.zeros_like(v), v)[1]),
    ):
        step = _nice((hi - lo) / 5)
        values = np.arange(math.ceil(lo / step) * step, hi + 1e-9, step)
        axis.set_ticks(to_merc(values))
        digits = 0 if step >= 1 else 1
        axis.set_ticklabels([f"{words.number(abs(v), digits)}°{pos if v > 0 else neg if v < 0 else ''}"
                             for v in values])
    ax.tick_params(labelsize=fontsize, colors=MUTED, length=3, width=0.5, pad=2)


def _scale_bar(ax, frame: _Frame, words: Catalogue) -> None:
    from matplotlib.patches import Rectangle

    lat = float(_lonlat(0.0, (frame.y0 + frame.y1) / 2)[1])
    metres_per_px = frame.per_px * math.cos(math.radians(lat))
    km = _nice(metres_per_px * 110 / 1000 / 2)
    length = km * 1000 / metres_per_px * frame.per_px
    x = frame.x0 + 14 * frame.per_px
    y = frame.y0 + 14 * frame.per_px
    ax.add_patch(Rectangle((x, y), length, 4 * frame.per_px, facecolor=INK, edgecolor=INK, lw=0.5, zorder=9))
    ax.add_patch(Rectangle((x + length / 2, y), length / 2, 4 * frame.per_px, facecolor="white", edgecolor=INK,
                           lw=0.5, zorder=9))
    ax.annotate(words.text("unit.km", n=km if km < 1 else int(round(km))), (x + length, y + 2 * frame.per_px), xytext=(4, 0), textcoords="offset points",
                ha="left", va="center", fontsize=7, color=INK, zorder=9, parse_math=False)


def _returned_marker():
    from matplotlib.path import Path as MPath

    arc = MPath.arc(-60, 160)
    end = arc.vertices[-1]
    tangent = np.array([-math.sin(math.radians(160)), math.cos(math.radians(160))])
    normal = np.array([-tangent[1], tangent[0]])
    tip = end + tangent * 0.25
    head = [tip - tangent * 0.55 + normal * 0.4, tip, tip - tangent * 0.55 - normal * 0.4]
    verts = np.concatenate([arc.vertices, head])
    codes = np.concatenate([arc.codes, [MPath.MOVETO, MPath.LINETO, MPath.LINETO]])
    return MPath(verts, codes)


def _symbol(ax, kind: str, x, y, colors, size_px: float = 16.0, zorder: float = 6) -> None:
    """One kind's symbol at points (x, y): a white shape with a dark rim and an inner mark."""
    outer = {"checkpoint": "s", "blocked": "o", "clash": "^", "crossing": "D", "returned": "o"}[kind]
    scale = {"s": 0.85, "o": 1.0, "^": 1.05, "D": 0.8}[outer]
    ax.scatter(x, y, s=(size_px * scale * PT) ** 2, marker=outer, facecolors="white", edgecolors=INK,
               linewidths=1.3 * PT, zorder=zorder)
    if kind == "checkpoint":
        ax.scatter(x, y, s=(6 * PT) ** 2, marker="s", c=colors, linewidths=0, zorder=zorder + 0.1)
    elif kind == "blocked":
        ax.scatter(x, y, s=(10 * PT) ** 2, marker="_", c=INK, linewidths=3 * PT, zorder=zorder + 0.1)
    elif kind == "clash":
        ax.scatter(x, np.asarray(y) - 1 * PT, s=(6 * PT) ** 2, marker="x", c=INK, linewidths=1.8 * PT,
                   zorder=zorder + 0.1)
    elif kind == "crossing":
        ax.scatter(x, y, s=(9 * PT) ** 2, marker="|", c=colors, linewidths=3 * PT, zorder=zorder + 0.1)
    else:
        ax.scatter(x, y, s=(10 * PT) ** 2, marker=_returned_marker(), facecolors="none", edgecolors=INK,
                   linewidths=1.5 * PT, zorder=zorder + 0.1)


def _arrows(ax, xs0, ys0, xs1, ys1, widths_px, frame: _Frame) -> None:
    """A white arrowhead with a dark rim at the middle of each leg, pointing along it."""
    from matplotlib.collections import PolyCollection

    dx, dy = xs1 - xs0, ys1 - ys0
    length = np.hypot(dx, dy)
    keep = length > 24 * frame.per_px  # no arrow on a leg shorter than ~24 px
    if not keep.any():
        return
    ux, uy = dx[keep] / length[keep], dy[keep] / length[keep]
    mx, my = (xs0[keep] + xs1[keep]) / 2, (ys0[keep] + ys1[keep]) / 2
    w = np.asarray(widths_px)[keep]
    half_len = np.maximum(5.0, 0.45 * w + 3.0) * frame.per_px
    half_wid = np.maximum(3.5, 0.35 * w + 2.0) * frame.per_px
    tip = np.stack([mx + ux * half_len, my + uy * half_len], axis=1)
    left = np.stack([mx - ux * half_len - uy * half_wid, my - uy * half_len + ux * half_wid], axis=1)
    right = np.stack([mx - ux * half_len + uy * half_wid, my - uy * half_len - ux * half_wid], axis=1)
    polys = np.stack([tip, left, right], axis=1)
    ax.add_collection(PolyCollection(polys, facecolors="white", edgecolors=INK, linewidths=0.6 * PT, zorder=3.5))


def _outline_layer(ax, frame: _Frame, words: Catalogue) -> list:
    """Land and borders in view; returns the countries' names and label points for later placement."""
    import shapely

    from ..outlines import country_outlines

    lon, lat = _lonlat(np.array([frame.x0, frame.x1]), np.array([frame.y0, frame.y1]))
    pad = 2.0
    view = (max(-180.0, lon[0] - pad), max(-85.0, lat[0] - pad), min(180.0, lon[1] + pad), min(85.0, lat[1] + pad))
    countries = country_outlines(view)
    if countries.empty:
        return []
    geoms = shapely.clip_by_rect(countries.geometry.values, *view)
    geoms = shapely.transform(geoms, lambda xy: np.column_stack(_mercator(xy[:, 0], xy[:, 1])))
    import geopandas as gpd

    land = gpd.GeoSeries(geoms)
    land.plot(ax=ax, facecolor=LAND, edgecolor=BORDER, linewidth=0.7 * PT, zorder=1)
    in_view = shapely.clip_by_rect(geoms, frame.x0, frame.y0, frame.x1, frame.y1)
    area_px = shapely.area(in_view) / frame.per_px**2
    points = shapely.point_on_surface(in_view)
    named = [words.country(iso) if iso and f"country.{iso}" in words else name
             for iso, name in zip(countries["iso2"], countries["name"])]
    return [(name, p.x, p.y) for name, p, a in zip(named, points, area_px) if a > 4000 and not p.is_empty]


def _legend(fig, rect, routes, names, colors, sizes: SizeScale, widths: WidthScale, panel_px: tuple[float, float],
            words: Catalogue, k: float = 1.0):
    """The legend panel: caravans and colours, reference circles, route widths, symbols; returns its height.

    ``k`` shrinks the text and spacing (not the reference circles and widths,
    which stay true to the map) so that a long legend fits a small picture.
    """
    from matplotlib.patches import Circle

    w_px, h_px = panel_px
    ax = fig.add_axes(rect)
    ax.set_xlim(0, w_px)
    ax.set_ylim(0, h_px)
    ax.set_axis_off()
    reports, segments = routes.reports, routes.segments
    y = h_px - 6 * k
    pad = 10

    renderer = fig.canvas.get_renderer()

    def fit(label, left: float) -> None:
        """Set ``label`` (starting ``left`` layout px into the panel) smaller until it ends inside the panel."""
        room = (w_px - left - 4) * fig.dpi / 100  # display pixels left to the panel's edge
        width = label.get_window_extent(renderer).width
        for _ in range(4):  # a long heading or name (Spanish runs longer) is set smaller, not cut at the edge
            if width <= room:
                break
            label.set_fontsize(label.get_fontsize() * room / width * 0.98)  # glyph widths round: measure again
            width = label.get_window_extent(renderer).width

    def heading(text: str) -> None:
        nonlocal y
        fit(ax.text(pad, y, text, fontsize=8.5 * k, fontweight="bold", color=INK, va="top", parse_math=False), pad)
        y -= 17 * k

    def row(draw, text: str, height: float | None = None) -> None:
        nonlocal y
        height = 17 * k if height is None else height
        draw(pad + 14, y - height / 2 + 2)
        fit(ax.text(pad + 34, y - height / 2 + 2, text, fontsize=7.5 * k, color=INK, va="center", parse_math=False),
            pad + 34)
        y -= height

    heading(words.text("png.legend.caravans"))
    shown = list(routes.caravans)[:10]
    for i, caravan_id in enumerate(shown):
        color = colors[list(routes.caravans).index(caravan_id) % len(colors)]
        label = textwrap.shorten(names.get(caravan_id, caravan_id), 48, placeholder="…")  # then fitted
        row(lambda x, yy, c=color: ax.plot([x - 10, x + 10], [yy, yy], color=c, lw=6 * PT, solid_capstyle="butt"),
            label)
    if len(routes.caravans) > len(shown):
        row(lambda x, yy: None, words.text("png.legend.more_caravans", n=len(routes.caravans) - len(shown)))
    y -= 6 * k

    refs = sizes.references()
    if refs:
        heading(words.text("png.legend.sizes"))
        max_r = max(ref["r"] for ref in refs)
        base = y - 2 * max_r - 2
        cx = pad + max_r + 2
        for ref in refs:
            ax.add_patch(Circle((cx, base + ref["r"]), ref["r"], facecolor="none", edgecolor="#333333", lw=0.8 * PT))
            top = base + 2 * ref["r"]
            ax.plot([cx, cx + max_r + 8], [top, top], color="#999999", lw=0.5 * PT)
            ax.text(cx + max_r + 10, top, words.number(ref["value"]), fontsize=7 * k, color=INK, va="center", parse_math=False)
        y = base - 6 * k
        ax.text(pad, y, words.text("png.legend.sizes_note"), fontsize=6.8 * k, color=MUTED,
                va="top", parse_math=False, linespacing=1.3)
        y -= 30 * k

    wrefs = widths.references()
    if wrefs:
        heading(words.text("png.legend.widths"))
        for ref in wrefs:
            row(lambda x, yy, w=ref["w"]: ax.plot([x - 12, x + 12], [yy, yy], color="#555555", lw=w * PT,
                                                 solid_capstyle="butt"), words.number(ref["value"]), max(15 * k, ref["w"] + 6))
        y -= 4 * k

    on_road = reports[reports["precision"] == "point"]
    kinds = [k for k in SYMBOL_KINDS if (on_road["kind"] == k).any()]
    extra = []
    if segments["approximate"].any():
        extra.append(("approx", words.text("png.legend.approximate")))
    if segments["turned_back"].any():
        extra.append(("back", words.text("png.legend.turned_back")))
    if (reports["kind"] == "planned").any():
        extra.append(("planned", words.text("png.legend.planned")))
    if (reports["precision"] != "point").any():
        extra.append(("area", words.text("png.legend.area")))
    if kinds or extra:
        heading(words.text("png.legend.symbols"))
        for kind in kinds:
            row(lambda x, yy, kd=kind: _symbol(ax, kd, [x], [yy], ["#777777"], size_px=13 * min(1.0, k + 0.1), zorder=5),
                words.text(f"page.kind.{kind}"))
        for key, text in extra:
            if key == "approx":
                draw = lambda x, yy: ax.plot([x - 12, x + 12], [yy, yy], color="#555555", lw=3 * PT,
                                             linestyle=(0, (8 * PT, 6 * PT)))
            elif key == "back":
                draw = lambda x, yy: ax.plot([x - 12, x + 12], [yy, yy], color=TURNED_BACK_COLOR, lw=4 * PT,
                                             solid_capstyle="butt")
            elif key == "planned":
                draw = lambda x, yy: ax.scatter([x], [yy], s=(12 * PT) ** 2, facecolors="none", edgecolors="#555555",
                                                linewidths=1.5 * PT, linestyle=(0, (3 * PT, 3 * PT)))
            else:  # an area-level report is a dashed badge, as on the map
                draw = lambda x, yy: ax.text(x, yy, words.text("png.legend.area_sample"), fontsize=6 * k,
                                             style="italic", color=INK, ha="center", va="center", parse_math=False,
                                             bbox=dict(boxstyle="square,pad=0.25", facecolor="white",
                                                       edgecolor="#555555", linestyle=(0, (2, 2)), lw=0.8))
            row(draw, text)
    return h_px - y


def _draw(routes, *, title: str | None, subtitle: str | None, credits: str | None, size: tuple[int, int],
          dpi: float, caravan_names: dict[str, str] | None, colors: Sequence[str], lang: str = DEFAULT_LANG):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    width, height, dpi = _check_size(size, dpi)
    words = catalogue(lang)
    given = caravan_names or {}
    # named as the page names them (maps.names): '2018-10-honduras' is 'Honduras caravan, October 2018'
    written = written_places(routes.reports)
    names = {c: given.get(c) or display_name(c, words, places=written) for c in routes.caravans}
    if title is None:  # titled as the page is: one caravan's name, or one article's groups
        title = default_title(names, words)
    W, H = width * 100 / dpi, height * 100 / dpi  # layout pixels (1 px of the scales)
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    renderer = canvas.get_renderer()

    # header, footer and legend panel sizes (layout px)
    head = 14 + (30 if title else 0) + (20 if subtitle else 0)
    if credits is None:
        from ..render import default_credits  # the HTML map's credit line, as a sentence

        credits = default_credits(routes, words.lang)
        credits = credits + "." if credits else ""
    credit_text = " ".join(t for t in (credits.strip(), words.text("png.outline_credit")) if t)
    panel_w = min(260.0, max(190.0, 0.24 * W))
    credit_lines = _wrap(fig, renderer, credit_text, 6.8, (W - 24) * dpi / 100)[:4]
    foot = 22 + 11 * len(credit_lines)
    left = 46.0
    map_box = (left, foot, W - panel_w - 12 - left, H - head - foot)  # x, y, w, h in layout px
    if map_box[2] < 150 or map_box[3] < 120:
        raise InputError(f"PNG size {width}x{height} leaves no room for the map",
                         hint="make it larger, e.g. 1200x800")
    ax = fig.add_axes((map_box[0] / W, map_box[1] / H, map_box[2] / W, map_box[3] / H))
    ax.set_facecolor(SEA)
    for spine in ax.spines.values():
        spine.set_color("#b0b6bb")
        spine.set_linewidth(0.6)

    reports, segments = routes.reports, routes.segments
    merged = place_day_sizes(reports)  # one circle a place and day, the merged figure (routes.sizes)
    sizes, widths = scales_for(routes, merged)
    caravans = list(routes.caravans)
    color_of = {c: colors[i % len(colors)] for i, c in enumerate(caravans)}

    rx, ry = _mercator(reports["lon"].to_numpy(float), reports["lat"].to_numpy(float))
    seg_start = segments.geometry.values
    import pandas as pd
    import shapely

    p0, p1 = shapely.get_point(seg_start, 0), shapely.get_point(seg_start, -1)
    sx0, sy0 = _mercator(shapely.get_x(p0), shapely.get_y(p0))
    sx1, sy1 = _mercator(shapely.get_x(p1), shapely.get_y(p1))
    r_low = sizes.radius(merged["low"].to_numpy(float))
    r_high = sizes.radius(merged["high"].to_numpy(float))
    point = (reports["precision"] == "point").to_numpy()
    frame = _frame(np.concatenate([rx, sx0, sx1]), np.concatenate([ry, sy0, sy1]), map_box[2], map_box[3],
                   pad_px=float(np.nanmax(np.concatenate([r_high[point], [0.0]]), initial=0.0)) + 40)
    ax.set_xlim(frame.x0, frame.x1)
    ax.set_ylim(frame.y0, frame.y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_autoscale_on(False)

    country_labels = _outline_layer(ax, frame, words)
    ax.set_xlabel("")
    ax.set_ylabel("")
    _degree_ticks(ax, frame, 6.5, words)

    # legs: widths as on the HTML map, dashed when approximate, turned-back legs in their colour
    seg_w = widths.width(segment_sizes(segments))
    seg_color = np.where(segments["turned_back"].to_numpy(bool), TURNED_BACK_COLOR,
                         segments["caravan"].map(color_of).to_numpy(object))
    approx = segments["approximate"].to_numpy(bool)
    lines = np.stack([np.column_stack([sx0, sy0]), np.column_stack([sx1, sy1])], axis=1)
    for dashed in (False, True):
        pick = approx == dashed
        if pick.any():
            ax.add_collection(LineCollection(
                lines[pick], linewidths=seg_w[pick] * PT, colors=list(seg_color[pick]), alpha=0.75,
                capstyle="butt", linestyles=(0, (8 * PT, 6 * PT)) if dashed else "solid", zorder=3))
    _arrows(ax, sx0, sy0, sx1, sy1, seg_w, frame)

    blocked = np.empty((0, 4))
    # country- and region-level reports: a dashed badge at the area's point ("somewhere in Guatemala, 15 Jan"),
    # as on the HTML map: never a point, a circle or an arc over the countries around it
    days = report_day(reports)
    with_year = days.dt.year.nunique() > 1
    area = ~point & merged["lead"].to_numpy(bool)  # one badge a place and day
    area_labels = []
    area_names = reported_names(reports, words.area_name)  # as the gazetteer names it, in words' language
    told = told_figures(reports, merged)  # two sources that disagree, said one by one (routes.sizes)
    for i in np.flatnonzero(area):
        key = "page.area_label_region" if reports["precision"].iat[i] == "region" else "page.area_label"
        text = words.text(key, place=str(area_names.iat[i]),
                          when=words.short_day(days.iat[i], year=with_year))
        low, high = merged["low"].iat[i], merged["high"].iat[i]
        if low == low:  # as the page's badge and the caption say it
            text += "\n" + words.place_day_people(low, high, told.get(int(merged["group"].iat[i])))
        area_labels.append((rx[i], ry[i], text, color_of[reports["caravan"].iat[i]]))

    # circles: halo for the highest figure, core for the lowest (largest drawn first)
    pr = reports[point]
    px, py = rx[point], ry[point]
    low, high = r_low[point], r_high[point]
    cols = pr["caravan"].map(color_of).to_numpy(object)
    planned = (pr["kind"] == "planned").to_numpy()
    lead = merged["lead"].to_numpy(bool)[point]  # the other reports of a place and day share its circle
    known = np.isfinite(low)
    core_r = np.where(known, low, 4.0)
    halo = np.isfinite(high) & (high > np.where(known, low, 0) + 0.5) & ~planned & lead
    if halo.any():
        order = np.argsort(-high[halo])
        ax.scatter(px[halo][order], py[halo][order], s=(2 * high[halo][order] * PT) ** 2,
                   facecolors=[_rgba(c, 0.15) for c in cols[halo][order]],
                   edgecolors=[_rgba(c, 0.6) for c in cols[halo][order]], linewidths=1 * PT,
                   linestyle=(0, (3 * PT, 3 * PT)), zorder=4)
    solid = ~planned & lead
    planned = planned & lead
    if solid.any():
        order = np.argsort(-core_r[solid])
        alpha = np.where(known[solid], 0.7, 0.25)[order]
        ax.scatter(px[solid][order], py[solid][order], s=(2 * core_r[solid][order] * PT) ** 2,
                   facecolors=[_rgba(c, a) for c, a in zip(cols[solid][order], alpha)], edgecolors=INK,
                   linewidths=1 * PT, zorder=4.5)
    if planned.any():
        ax.scatter(px[planned], py[planned], s=(2 * core_r[planned] * PT) ** 2, facecolors="none",
                   edgecolors=list(cols[planned]), linewidths=2 * PT, linestyle=(0, (3 * PT, 3 * PT)), zorder=4.6)

    # symbols, fanned out side by side where several share a place
    kinds = pr["kind"].to_numpy(object)
    has_symbol = np.isin(kinds, SYMBOL_KINDS)
    # one symbol per place, kind and caravan (two reports of one crossing show one diamond)
    where = pd.DataFrame({"x": np.round(px), "y": np.round(py), "kind": kinds, "caravan": pr["caravan"].to_numpy()})
    has_symbol &= ~where.duplicated().to_numpy()
    if has_symbol.any():
        # symbols closer than 18 px are set side by side around their points' middle
        gx, gy = px[has_symbol], py[has_symbol]
        group = _clusters(gx / frame.per_px, gy / frame.per_px, 18.0)
        counts = np.bincount(group)
        mid_x = np.bincount(group, weights=gx) / counts
        mid_y = np.bincount(group, weights=gy) / counts
        rank = np.zeros(len(group), dtype=int)
        seen: dict[int, int] = {}
        for j in np.lexsort((gx, group)):  # west to east within a cluster
            g = group[j]
            rank[j] = seen.get(g, 0)
            seen[g] = rank[j] + 1
        shift = (rank - (counts[group] - 1) / 2) * 19 * frame.per_px
        sym_x, sym_y = mid_x[group] + shift, mid_y[group]
        for kind in SYMBOL_KINDS:
            pick = kinds[has_symbol] == kind
            if pick.any():
                _symbol(ax, kind, sym_x[pick], sym_y[pick], list(cols[has_symbol][pick]))
        ax.apply_aspect()
        centres = ax.transData.transform(np.column_stack([sym_x, sym_y]))
        half = 9 * dpi / 100
        blocked = np.column_stack([centres - half, centres + half])

    # labels: areas first, then stops (biggest first), then countries where room is left; each keeps off
    # the legs and the circles' cores where it can (a name across a leg or another stop's circle misleads)
    ax.apply_aspect()
    drawn = solid | planned
    placer = _Labels(ax, renderer, blocked, _shapes_px(ax, lines, seg_w * PT * dpi / 72,
                                                      np.column_stack([px[drawn], py[drawn]]),
                                                      core_r[drawn] * PT * dpi / 72))
    for x, y, text, color in area_labels:
        placer.place(x, y, text, [(0, 0, "center", "center"), (0, -14, "center", "top"), (0, 14, "center", "bottom"),
                                  (-8, 0, "left", "center"), (8, 0, "right", "center"), (-8, -14, "left", "top"),
                                  (8, -14, "right", "top"), (-8, 14, "left", "bottom"), (8, 14, "right", "bottom")],
                     force=True, fontsize=7.5, style="italic", color=INK, linespacing=1.2,
                     bbox=dict(boxstyle="round,pad=0.35", facecolor=(1, 1, 1, 0.9), edgecolor=color,
                               linestyle=(0, (3, 2)), lw=1.1))
    for x, y, text, r_pt in _stop_labels(pr, px, py, np.fmax(np.nan_to_num(high, nan=0.0), core_r),
                                         days[point], words, with_year, frame.per_px):
        # then a ring further out, then one with a leader line to the circle (a crowded spot keeps its name)
        farthest = [(*spot, r_pt * PT) for spot in _around(r_pt * PT, gap=26.0)]
        placer.place(x, y, text, _around(r_pt * PT), farther=[*_around(r_pt * PT, gap=10.0), *farthest],
                     fontsize=8, color=INK, fontweight="bold")
    for name, x, y in country_labels:
        placer.place(x, y, name.upper(), [(0, 0, "center", "center"), (0, -12, "center", "top"),
                                           (0, 12, "center", "bottom")], strict=True, fontsize=7.5, color="#8d9296")

    _scale_bar(ax, frame, words)

    # title, subtitle, credits
    top = 1 - 12 / H
    if title:
        _fitted_text(fig, renderer, 12 / W, top, title, 17, (W - 24) * dpi / 100, fontweight="bold", color=INK)
        top -= 30 / H
    if subtitle:
        _fitted_text(fig, renderer, 12 / W, top, subtitle, 10.5, (W - 24) * dpi / 100, color=MUTED)
    fig.text(12 / W, 6 / H, "\n".join(credit_lines), fontsize=6.8, color=MUTED, va="bottom", parse_math=False,
             linespacing=1.3)

    panel_h = H - head - foot
    panel = ((W - panel_w) / W, foot / H, (panel_w - 8) / W, panel_h / H)
    needed = _legend(fig, panel, routes, names, colors, sizes, widths, (panel_w - 8, panel_h), words)
    if needed > panel_h:  # too long for this picture: again, smaller
        fig.axes[-1].remove()
        _legend(fig, panel, routes, names, colors, sizes, widths, (panel_w - 8, panel_h), words,
                k=max(0.6, 0.97 * panel_h / needed))
    return fig


def _rgba(color: str, alpha: float) -> tuple[float, float, float, float]:
    from matplotlib.colors import to_rgba

    return to_rgba(color, alpha)
