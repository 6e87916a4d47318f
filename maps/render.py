"""Render a RouteSet as an interactive folium map.

The map's reports, legs and groups travel as binary columns for all caravans
at once (:mod:`maps.pagedata`: typed arrays, gzipped unless small, embedded
as base64); each caravan is a slice of them.  The page script
(``maps/static/*.js``) decodes them (a gzipped block with the browser's
``DecompressionStream``), draws them on one
canvas, builds popups from text nodes (never HTML) and adds the legend,
title, credits and layer control.  Nothing from a report is pasted into
JavaScript or HTML by hand: text reaches the page inside base64 blocks or
through :func:`maps.assets.script_json`.
"""

from __future__ import annotations

import copy
import html
from collections.abc import Sequence
from typing import Any

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template

from routes.routeset import RouteSet
from routes.memory import release_unused
from routes.names import NAME_COLUMNS, reported_names, shown_names
from routes.schema import COLUMNS, DRAFT_NOTE_PREFIX
from routes.sizes import place_day_sizes

from .assets import script_json, use_assets
from .fit import fit_bounds
from .i18n import DEFAULT_LANG, Catalogue, catalogue, check_lang
from .outlines import OutlineLayer
from .names import default_title, display_name, written_places
from .page import RouteMap, date_texts, page_strings
from .overview import OVERVIEW_FROM, overview
from .pagedata import StringTable, pack
from .png.scene import SYMBOL_KINDS
from .policy import protect, untrusted_texts
from .scales import PALETTE, TURNED_BACK_COLOR, SizeScale, WidthScale, scales_for, segment_sizes
from .summary import describe

DEFAULT_TILES = "OpenStreetMap"

#: Report columns whose text comes from outside (the user's files; names from an online geocoder):
#: no script of the page may come from them (:mod:`maps.policy`).  Every other text on the page
#: is made from these or by routemapper itself.
UNTRUSTED_COLUMNS = (*COLUMNS, "resolved_name")


_DAY0 = np.datetime64("1970-01-01", "D")


def _days(values: Any) -> np.ndarray:
    """Whole days since 1970-01-01 as floats (NaN where unknown): the time slider's steps."""
    days = np.asarray(pd.to_datetime(pd.Series(values)).to_numpy("datetime64[ns]"), dtype="datetime64[D]")
    out = (days - _DAY0).astype(np.int64).astype(float)
    out[np.isnat(days)] = np.nan
    return out


def _caravan_order(values: pd.Series, ids: Sequence[str]) -> np.ndarray:
    """Each row's caravan as its position in ``ids`` (-1 when not there), looked up in one pass."""
    from routes.queries import codes_in

    return codes_in(values, pd.Index(list(ids), dtype="str")) if len(values) else np.zeros(0, dtype=np.int64)


def _runs(codes: np.ndarray, n: int) -> np.ndarray:
    """Start of each code's rows in ``codes`` (sorted), for codes 0..n-1, plus the end: ``starts[k]:starts[k+1]``."""
    return np.searchsorted(codes, np.arange(n + 1), side="left")


def _leg_ends(lines: np.ndarray) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """((x, y) of each line's first point, (x, y) of its last), read in one pass when every line has two."""
    if len(lines) and (shapely.get_num_points(lines) == 2).all():
        xy = shapely.get_coordinates(lines).reshape(-1, 2, 2)
        return (xy[:, 0, 0], xy[:, 0, 1]), (xy[:, 1, 0], xy[:, 1, 1])
    a, b = shapely.get_point(lines, 0), shapely.get_point(lines, -1)
    return (shapely.get_x(a), shapely.get_y(a)), (shapely.get_x(b), shapely.get_y(b))


class _Ordered:
    """The columns of ``table`` with rows in the order ``rows``, each taken when it is read.

    At a million reports a copy of the whole table (text columns included)
    costs hundreds of MB; the page needs a few columns, one at a time.
    """

    def __init__(self, table: pd.DataFrame, rows: np.ndarray) -> None:
        self._table = table
        self._rows = None if np.array_equal(rows, np.arange(len(table))) else rows

    def __getitem__(self, column: str) -> pd.Series:
        values = self._table[column]
        return (values if self._rows is None else values.take(self._rows)).reset_index(drop=True)


def _point_codes(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Code of each (lat, lon) at 1e-5 degrees, 0, 1, ... in order of first appearance (NaN: its own code)."""
    qlat, qlon = np.round(lat * 1e5), np.round(lon * 1e5)
    known = np.isfinite(qlat) & np.isfinite(qlon)
    key = np.where(known, (np.where(known, qlat, 0) + 9_000_000) * 36_000_001 + np.where(known, qlon, 0) + 18_000_000,
                   -1).astype(np.int64)
    return pd.factorize(key)[0]


def page_data(routes: RouteSet, sizes: SizeScale, widths: WidthScale, colors: Sequence[str],
              names: dict[str, str] | None = None, merged: pd.DataFrame | None = None,
              summaries: dict[str, str] | None = None, words: Catalogue | None = None,
              shown: pd.Series | None = None) -> tuple[dict, dict[str, str]]:
    """The map's data for the page: ``(meta, blocks)`` (see :mod:`maps.pagedata`).

    Rows are grouped by caravan once (a stable sort on caravan codes) and each
    caravan is a slice of every table: the work grows with the rows, however
    many caravans there are.  The ``caravans`` table holds a row a caravan:
    where its slice of each table ends, its colour (a position in
    ``meta["palette"]``, the distinct ``colors``), and as text its id, name
    and summary (:func:`maps.summary.describe`, the map's caption and
    description); ``meta`` holds the layout of the columns, the palette, the
    distinct days and the bounds to fit; ``blocks`` are the packed columns
    and the string table.  Circle radii (``r`` low figure, ``rh`` high figure) and
    leg widths ``w`` arrive in pixels; ``group`` points a report at its
    place-and-day group (:func:`routes.sizes.place_day_sizes`) when that
    group has two or more reports; legs run from point ``a`` to point ``b``
    and have ``back`` set when they start where the group turned back (the
    leg *into* that stop keeps the caravan's colour).  A map of
    :data:`maps.overview.OVERVIEW_FROM` reports or more also carries its
    overview (``meta["overview"]``, block ``"overview"``), painted first.

    ``dates`` pairs each raw ``date`` with the date as a reader sees it in the
    language of ``words`` (default English) and as a label writes it when it is no
    single day (:func:`maps.page.date_label`); ``names`` lists the reports whose
    label name (``shown``: :func:`routes.names.shown_names` for all of
    ``routes.reports``, worked out here when not given) differs from their own
    ``place``: report position and name.
    """
    names, summaries = names or {}, summaries or {}
    ids = routes.caravans
    reports, segments = routes.reports, routes.segments
    merged = place_day_sizes(reports) if merged is None else merged
    r_code = _caravan_order(reports["caravan"], ids)
    r_order = np.argsort(r_code, kind="stable")
    r_runs = _runs(r_code[r_order], len(ids))
    s_code = _caravan_order(segments["caravan"], ids)
    s_order = np.argsort(s_code, kind="stable")
    s_runs = _runs(s_code[s_order], len(ids))
    del r_code, s_code

    r = _Ordered(reports, r_order)  # columns in page order, each taken when read: no copy of the table
    # the text first: coded, and what coding took given back, before the number columns are made
    text = StringTable()
    for key_, column in (("kind", "kind"), ("precision", "precision"), ("qual", "count_qualifier"),
                         ("date", "date"), ("place", "place"), ("resolved", "resolved_name"), ("count", "count"),
                         ("source", "source"), ("url", "url")):
        text.add("reports", key_, r[column])
    notes = r["note"]  # a draft's own notes (how extract placed a name) are for its editor, not the map's reader
    text.add("reports", "note", notes.mask(notes.astype("object").str.startswith(DRAFT_NOTE_PREFIX, na=False), ""))
    if "quote" in reports:  # an extract draft's sentences; a table without them codes no text
        text.add("reports", "quote", r["quote"])
    else:
        text.add_empty("reports", "quote", len(reports))
    text.add("segments", "from", segments["from_place"].take(s_order))
    text.add("segments", "to", segments["to_place"].take(s_order))
    # each distinct raw date once, with the text a reader sees (maps.page.date_texts, in the page's language)
    raw_codes, raw_dates = pd.factorize(r["date"].astype("str"))
    dated = date_texts(r, raw_codes, lambda shown_text: shown_text, words or catalogue(DEFAULT_LANG))
    text.add("dates", "key", pd.Series(np.asarray(raw_dates, dtype=object)[dated["key"]], dtype="str"))
    text.add("dates", "text", pd.Series(dated["text"], dtype="str"))
    text.add("dates", "label", pd.Series(dated["label"], dtype="str"))
    # the reports whose label name differs from their own place
    shown = (_label_names(reports, words or catalogue(DEFAULT_LANG)) if shown is None else shown
             ).take(r_order).reset_index(drop=True)
    own = r["place"].fillna("").astype("str").str.strip().reset_index(drop=True)
    differs = np.flatnonzero((shown != own).to_numpy(bool))
    text.add("names", "s", shown.take(differs))
    # each caravan's id, name and text summary (hundreds of bytes a caravan), compressed with the rest of the text
    text.add("caravans", "id", pd.Series([str(c) for c in ids], dtype="str"))
    text.add("caravans", "name", pd.Series([names.get(c) or str(c) for c in ids], dtype="str"))
    text.add("caravans", "summary", pd.Series([summaries.get(c, "") for c in ids], dtype="str"))
    n_runs = np.searchsorted(differs, r_runs)
    del shown, own, raw_codes, raw_dates, dated
    text.encode()
    release_unused()

    # every distinct location once (at the page's 1e-5 degrees); reports and leg ends point into it
    lat_r, lon_r = reports["lat"].to_numpy(float)[r_order], reports["lon"].to_numpy(float)[r_order]
    ends = np.asarray(segments.geometry.values, dtype=object)[s_order]
    (ax, ay), (bx, by) = _leg_ends(ends)
    lat_all = np.concatenate([lat_r, ay, by])
    lon_all = np.concatenate([lon_r, ax, bx])
    n_r, n_s = len(lat_r), len(ends)
    del ends, ax, ay, bx, by  # (at a million reports, every array made here counts at the map's peak)
    pt = _point_codes(lat_all, lon_all)
    first = np.unique(pt, return_index=True)[1]

    # place-and-day groups of two or more reports, numbered in page order (so each caravan's are a slice)
    multi = merged["members"].to_numpy()[r_order] > 1
    group = np.full(n_r, -1, dtype=np.int64)
    g_rows = np.zeros(0, dtype=np.int64)
    if multi.any():
        dense = pd.factorize(merged["group"].to_numpy()[r_order][multi])[0]
        group[multi] = dense
        g_rows = np.flatnonzero(multi)[np.unique(dense, return_index=True)[1]]  # each group's first report
    g_runs = np.searchsorted(g_rows, r_runs)

    mid_days = _days(r["date_start"] + (r["date_end"] - r["date_start"]) / 2)
    start_days, end_days = _days(segments["start"].to_numpy()[s_order]), _days(segments["end"].to_numpy()[s_order])
    known = np.concatenate([mid_days, start_days, end_days])
    known = known[np.isfinite(known)]
    day0 = float(known.min()) if len(known) else 0.0
    del known
    size = segment_sizes(segments)[s_order]
    lead = np.asarray(r_order)[g_rows]
    palette, color_codes = list(dict.fromkeys(colors)), np.zeros(len(ids), dtype=np.int64)
    if len(ids):  # caravan i has colour i modulo the colours given, as a position in the distinct colours
        color_codes = np.array([palette.index(c) for c in colors], dtype=np.int64)[np.arange(len(ids)) % len(colors)]
    tables = {
        "points": {"lat": lat_all[first], "lon": lon_all[first]},
        "reports": {
            "pt": pt[:n_r],
            # the circle of the report's place and day: what its reports add up to (routes.sizes)
            # (most columns made only when packed: at a million reports they need not all exist at once)
            "r": lambda: sizes.radius(merged["low"].to_numpy(float)[r_order]),
            "rh": lambda: sizes.radius(merged["high"].to_numpy(float)[r_order]),
            "low": lambda: r["count_low"].to_numpy(float),
            "high": lambda: r["count_high"].to_numpy(float),
            "day": mid_days,
            "approx": lambda: r["date_approx"].to_numpy(bool) | (r["date_precision"] != "day").to_numpy(bool),
            # its figure is said on its own where its place and day's size is put in words (routes.sizes)
            "told": lambda: merged["told"].to_numpy(bool)[r_order],
            "conf": lambda: np.round(r["geo_confidence"].to_numpy(float) * 100) / 100,
            "group": lambda: np.where(group >= 0, group, np.nan),
        },
        "segments": {
            "a": pt[n_r:n_r + n_s],
            "b": pt[n_r + n_s:],
            "w": lambda: widths.width(size),
            "size": lambda: np.round(size),
            "carried": lambda: segments["size_carried"].to_numpy(bool)[s_order],
            "approx": lambda: segments["approximate"].to_numpy(bool)[s_order],
            "back": lambda: segments["turned_back"].to_numpy(bool)[s_order],
            "startDay": start_days,
            "endDay": end_days,
            "km": lambda: segments["km"].to_numpy(float)[s_order],
            "days": lambda: segments["days"].to_numpy(float)[s_order],
        },
        "groups": {"low": merged["low"].to_numpy(float)[lead], "high": merged["high"].to_numpy(float)[lead],
                   "joined": merged["joined"].to_numpy(float)[lead]},
        "dates": {},
        "names": {"i": differs},
        # a caravan's rows end where the next one's start: one number a caravan and table, not JSON
        "caravans": {"reports": r_runs[1:], "segments": s_runs[1:], "groups": g_runs[1:], "names": n_runs[1:],
                     "color": color_codes},
    }
    offsets = {("reports", "day"): day0, ("segments", "startDay"): day0, ("segments", "endDay"): day0}
    release_unused()  # what the arrays above took on the way goes back before the columns are packed
    layout, blocks = pack(tables, text=text, offsets=offsets)
    del tables, text  # packed: the columns are in the blocks now
    release_unused()

    precision = r["precision"].to_numpy(object)
    point = precision == "point"
    bounds = fit_bounds(lat_r, lon_r, precision, lat_all[n_r:], lon_all[n_r:],
                        planned=(r["kind"] == "planned").to_numpy(bool))
    days = np.unique(np.concatenate([mid_days, end_days]))
    meta = {"layout": layout, "palette": palette, "bounds": bounds,
            "days": [int(d) for d in days[np.isfinite(days)]], "backColor": TURNED_BACK_COLOR}
    if n_r >= OVERVIEW_FROM:  # a big map paints Python's overview first (maps/overview.py)
        r_code = np.repeat(np.arange(len(ids)), np.diff(r_runs))
        s_code = np.repeat(np.arange(len(ids)), np.diff(s_runs))
        found = overview(lat_r[point], lon_r[point], r_code[point], lat_all[n_r:n_r + n_s], lon_all[n_r:n_r + n_s],
                         lat_all[n_r + n_s:], lon_all[n_r + n_s:], s_code)
        if found is not None:
            o_tables, grid = found
            o_tables["caravans"] = {"color": color_codes}  # the overview is painted before the columns are read
            o_layout, o_blocks = pack(o_tables)
            meta["overview"] = {"layout": o_layout, "grid": grid}
            blocks = {"overview": o_blocks["columns"], **blocks}
    return meta, blocks


class RawScript(Element):
    """Script text added to the page as it is: never parsed as a Jinja template."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "RawScript"
        self.code = code

    def render(self, **kwargs) -> str:
        return self.code


class MapData(MacroElement):
    """The map's data and the call that draws it: ``routemapper.load(map, metaId)``.

    ``meta`` (caravans, layout, options: JSON) goes into a
    ``<script type="application/json">`` block, serialised by
    :func:`maps.assets.script_json`; each packed block into a
    ``<script type="application/octet-stream">`` block of base64 (neither is
    run: the page reads their text).  The one script line names the meta
    block; nothing from a report is pasted into JavaScript.
    """

    def __init__(self, meta: dict, blocks: dict[str, str]) -> None:
        super().__init__()
        self._name = "MapData"
        self.meta = meta
        self.blocks = blocks

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        name = self.get_name()
        ids = {block: f"rm-{block}-{name}" for block in self.blocks}
        meta_id = f"rm-meta-{name}"
        figure.html.add_child(RawScript(
            f'<script type="application/json" class="rm-meta" id="{meta_id}">'
            f'{script_json({**self.meta, "blocks": ids})}</script>'), name=meta_id)
        for block, text in self.blocks.items():
            figure.html.add_child(RawScript(
                f'<script type="application/octet-stream" class="rm-block" id="{ids[block]}">{text}</script>'),
                name=ids[block])
        figure.script.add_child(RawScript(f"routemapper.load({self._parent.get_name()}, {meta_id!r});"),
                                name=name)


def _label_names(reports: pd.DataFrame, words: Catalogue) -> pd.Series:
    """The name each report's point is labelled by (:func:`routes.names.shown_names`), worked out only
    where several reports share a point: elsewhere it is the report's own (:func:`routes.names.reported_names`).
    Areas are named in the language of ``words``."""
    shown = reported_names(reports, words.area_name)
    many = reports[["lat", "lon"]].duplicated(keep=False).to_numpy()
    if many.any():
        columns = [c for c in (*NAME_COLUMNS, "lat", "lon") if c in reports]
        shown[many] = shown_names(reports.loc[many, columns], words.area_name).to_numpy(object)
    return shown


def default_credits(routes: RouteSet, lang: str = DEFAULT_LANG) -> str:
    """``Sources: A; B; C`` (``Fuentes: ...``) from the reports' distinct sources, in order of appearance."""
    sources = [s for s in pd.unique(routes.reports["source"].dropna().astype(str)).tolist() if s.strip()]
    return catalogue(lang).text("page.credits_line", sources="; ".join(sources)) if sources else ""


def _tile_layer(tiles: str | folium.TileLayer, words: Catalogue) -> folium.TileLayer:
    """The base tiles (a name, a URL template or a TileLayer); OpenStreetMap's credit in the page's
    language (other tiles keep their own)."""
    if isinstance(tiles, folium.TileLayer):
        return tiles
    if tiles == "OpenStreetMap":
        credit = html.escape(words.text("page.osm_attribution"))
        return folium.TileLayer(tiles, attr=f'&copy; <a href="https://www.openstreetmap.org/copyright">{credit}</a>')
    return folium.TileLayer(tiles)


class TileHandover(MacroElement):
    """Hands the map's base tiles to the page script (``routemapper.tiles``), which puts them on the map once
    the view is fitted: no tiles are asked for at folium's starting view, which no reader sees.  A page
    without the routemapper script puts them on at once."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function (map, layer) {"
        "if (window.routemapper && routemapper.tiles) { routemapper.tiles(map, layer); } else { layer.addTo(map); }"
        "})({{ this._parent.get_name() }}, {{ this.layer.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self, layer: folium.TileLayer) -> None:
        super().__init__()
        self._name = "TileHandover"
        self.layer = layer


def _add_tiles(m: folium.Map, layer: folium.TileLayer) -> None:
    """``layer`` on ``m``, handed to the page script (:class:`TileHandover`) when it is to be shown at once.

    A tile layer given by the caller is copied, not changed (its ``show`` is theirs)."""
    if not layer.show:  # a layer the caller keeps off stays as folium writes it
        m.add_child(layer, name="tiles")
        return
    held = copy.copy(layer)
    held._children = type(layer._children)(layer._children)
    held.show = False  # folium writes no addTo for it: TileHandover does
    m.add_child(held, name="tiles")
    m.add_child(TileHandover(held), name="tiles_handover")


#: The page's description (meta and the embed's alt text) joins the summaries of this many caravans.
DESCRIBED_CARAVANS = 5
#: ``<meta name="generator">`` of every map page: how ``routemapper embed`` knows a map page.
GENERATOR = "routemapper"


def page_meta(m: folium.Map, summaries: dict[str, str]) -> None:
    """Mark the page as a routemapper map and describe it (``<meta name="generator|description">``).

    The description joins the first :data:`DESCRIBED_CARAVANS` caravans'
    summaries; ``routemapper embed`` offers it as the embed's alt text.
    """
    description = " ".join(list(summaries.values())[:DESCRIBED_CARAVANS])
    attr = lambda value: html.escape(value, quote=True)  # noqa: E731
    m.get_root().header.add_child(Element(
        f'<meta name="generator" content="{GENERATOR}">'
        + (f'<meta name="description" content="{attr(description)}">' if description else "")
    ), name="rm_meta")


def legend_shows(routes: RouteSet) -> dict[str, Any]:
    """What the map draws that its legend explains, for the legend to list only that (as the PNG's does).

    ``kinds``: the symbol kinds of place-level reports (a country's or region's report is a badge, no
    symbol), in the legend's order; ``approximate``: a dashed leg (an approximate or inferred date at
    either end); ``turnedBack``: a leg after a group turned back; ``direction``: any leg (its chevrons);
    ``area``: a country- or region-level report (a badge).
    """
    reports, segments = routes.reports, routes.segments
    on_road = set(pd.unique(reports["kind"][reports["precision"] == "point"].astype(object)))
    return {
        "kinds": [kind for kind in SYMBOL_KINDS if kind in on_road],
        "approximate": bool(segments["approximate"].any()),
        "turnedBack": bool(segments["turned_back"].any()),
        "direction": bool(len(segments)),
        "area": bool((reports["precision"] != "point").any()),
    }


def render_map(
    routes: RouteSet,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    credits: str | None = None,
    self_contained: bool = True,
    tiles: str | folium.TileLayer | None = DEFAULT_TILES,
    caravan_names: dict[str, str] | None = None,
    colors: Sequence[str] = PALETTE,
    outlines: bool = True,
    gesture_handling: bool = True,
    lang: str = DEFAULT_LANG,
) -> folium.Map:
    """Return a folium map of ``routes``: one layer per caravan, fitted to the data.

    Circles have an area proportional to the reported count (a range: a solid
    core for the low figure and a dashed halo for the high one); segments a
    width proportional to the group size on that leg; checkpoint, blocked,
    clash, crossing and returned reports carry distinct symbols; country- and
    region-level reports are drawn as small labelled badges, never as points.
    ``credits=None`` lists the reports' sources; ``self_contained=True`` (the
    default) inlines Leaflet so the saved file works with no network (map
    tiles still need one), ``False`` links it from a pinned CDN.  ``outlines=True`` adds country outlines under the tiles,
    seen when the tiles cannot load (:class:`maps.outlines.OutlineLayer`).
    ``gesture_handling=True`` (for embedding in articles) makes
    the map zoom only with ctrl+scroll or two fingers, so scrolling the page
    past it does not zoom it.  The page's ``<title>`` is ``title`` (escaped);
    ``title=None`` on a one-caravan map titles it with the caravan's name
    (``caravan_names``, else :func:`maps.names.display_name`: ``2018-10-honduras``
    reads "Honduras caravan, October 2018"; ``""`` for no title), and a map of one
    article's groups (``2019-02-ciudad-juarez`` and ``-2``) with the main one's name
    and how many ("Ciudad Juárez caravan, February 2019: 2 groups"; :func:`maps.names.default_title`).
    ``lang`` (``"en"``, ``"es"``) is the language of every word of the page
    and of ``<html lang>``; numbers and dates follow it (7.000, 15 de
    octubre de 2018); each caravan's data carries its text summary in that
    language (:func:`maps.summary.describe`, named by ``caravan_names``).

    The map's root is a :class:`maps.policy.PolicyFigure`: however it is
    written (``save_map``, ``.save()``, Jupyter), the page carries a
    Content-Security-Policy that allows only its own scripts and styles and
    the tile host(s) of ``tiles``.
    """
    lang = check_lang(lang)
    words = catalogue(lang)
    # zoom_snap: fit the routes in quarter zoom steps (a phone is too narrow for whole ones to fit well).
    m = RouteMap(tiles=None, prefer_canvas=True, control_scale=False, zoom_start=5, location=(15.0, -90.0),
                 zoom_snap=0.25, lang=lang)
    page = protect(m)  # the page carries a Content-Security-Policy computed when it is written
    if tiles:
        _add_tiles(m, _tile_layer(tiles, words))
    use_assets(m, self_contained=self_contained, gesture_handling=gesture_handling)
    names = caravan_names or {}
    written = written_places(routes.reports)
    shown = {c: names.get(c) or display_name(c, words, places=written) for c in routes.caravans}  # as the page names them
    if title is None:  # one caravan: its name; one article's groups: the main one's name and how many
        title = default_title(shown, words)
    if title:
        m.get_root().title = html.escape(title)  # branca writes it into <title> unescaped
    merged = place_day_sizes(routes.reports)
    sizes, widths = scales_for(routes, merged)
    if outlines:
        m.add_child(OutlineLayer.around(routes, words=words), name="outlines")
    summaries = describe(routes, lang=lang, names=names, merged=merged)
    page_meta(m, summaries)
    release_unused()  # between the big steps, what each freed goes back (routes.memory)
    meta, blocks = page_data(routes, sizes, widths, colors, shown, merged, summaries, words)
    release_unused()
    credits = default_credits(routes, lang) if credits is None else credits
    page.untrusted = untrusted_texts([routes.reports[[c for c in UNTRUSTED_COLUMNS if c in routes.reports]]],
                                     [title, subtitle, credits, *shown.values(), *summaries.values()])
    meta["options"] = {
        "title": title or "",
        "subtitle": subtitle or "",
        "credits": credits,
        "sizeRefs": sizes.references(),
        "widthRefs": widths.references(),
        "backColor": TURNED_BACK_COLOR,
        "legend": legend_shows(routes),
        "gestureHandling": gesture_handling,
        "lang": lang,
        "imperial": lang == "en",
        "strings": page_strings(words),
    }
    m.add_child(MapData(meta, blocks), name="data")
    return m
