"""Render a RouteSet as an interactive folium map.

Each caravan becomes one map element that carries its reports and segments as
compact column arrays; the page script (``maps/static/*.js``) draws them on a canvas
renderer, builds popups from text nodes (never HTML) and adds the legend,
title, credits and layer control.  Nothing from a report is pasted into
JavaScript or HTML by hand: values reach the page only through
:func:`maps.assets.script_json`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, MacroElement

from routes.routeset import RouteSet
from routes.names import shown_names
from routes.schema import COLUMNS
from routes.sizes import place_day_sizes

from .assets import script_json, use_assets
from .i18n import DEFAULT_LANG, Catalogue, catalogue, check_lang
from .outlines import OutlineLayer
from .page import RouteMap, date_texts, page_strings
from .policy import protect, untrusted_texts
from .scales import PALETTE, TURNED_BACK_COLOR, SizeScale, WidthScale, scales_for, segment_sizes
from .summary import describe

DEFAULT_TILES = "OpenStreetMap"

#: Report columns whose text comes from outside (the user's files; names from an online geocoder):
#: no script of the page may come from them (:mod:`maps.policy`).  Every other text on the page
#: is made from these or by routemapper itself.
UNTRUSTED_COLUMNS = (*COLUMNS, "resolved_name")


def _column(values: pd.Series | np.ndarray, digits: int | None = None) -> list:
    """A JSON-ready list: NaN/NaT become null, floats rounded to ``digits``."""
    arr = np.asarray(values)
    if arr.dtype.kind == "f":
        if digits is not None:
            arr = np.round(arr, digits)
        return [None if v != v else v for v in arr.astype(float).tolist()]  # NaN != NaN
    if arr.dtype.kind == "b":
        return [bool(v) for v in arr.tolist()]
    if arr.dtype.kind in "iu":
        return [int(v) for v in arr.tolist()]
    return ["" if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v) else str(v)
            for v in arr.tolist()]


def _day_numbers(dates: pd.Series) -> list:
    """Whole days since 1970-01-01 (null where unknown): the time slider's steps."""
    days = (pd.to_datetime(dates) - pd.Timestamp("1970-01-01")).dt.days
    return [None if pd.isna(d) else int(d) for d in days.tolist()]


class StringTable:
    """Distinct strings of one caravan; columns hold indexes into it (repeated sources cost one entry)."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self._index: dict[str, int] = {}

    def column(self, values: pd.Series | np.ndarray) -> list[int]:
        """Indexes of ``values`` (missing values become the empty string)."""
        codes, uniques = pd.factorize(pd.Series(_column(values), dtype=object), sort=False)
        lookup = [self._index.setdefault(u, len(self._index)) for u in uniques]
        self.strings = list(self._index)
        return np.asarray(lookup, dtype=np.int64)[codes].tolist() if len(codes) else []

    def code(self, text: str) -> int:
        """The index of one string (added if new)."""
        text = str(text)
        index = self._index.get(text)
        if index is None:
            index = self._index[text] = len(self.strings)
            self.strings.append(text)
        return index


def _flags(values) -> list[int]:
    return np.asarray(values, dtype=bool).astype(np.int8).tolist()


def _days_since(dates: pd.Series, day0: int) -> list:
    """Whole days after ``day0`` (small numbers: the page adds ``day0`` back)."""
    return [None if d is None else d - day0 for d in _day_numbers(dates)]


def _place_day_groups(merged: pd.DataFrame) -> dict:
    """The place-and-day groups of two or more reports: their members (report indexes) and merged figures.

    ``merged`` is :func:`routes.sizes.place_day_sizes` of one caravan's
    reports, in their order.  A report alone at its place and day is its own
    group and is not listed (its figure is its own).
    """
    multi = np.flatnonzero(merged["members"].to_numpy() > 1)
    if not len(multi):
        return {"members": [], "low": [], "high": [], "joined": []}
    group = merged["group"].to_numpy()[multi]
    order = np.argsort(group, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(group[order]) != 0])
    members = np.split(multi[order], starts[1:])
    leads = multi[order][starts]  # each group's first report: its figures are the group's
    figures = merged.iloc[leads]
    return {"members": [m.tolist() for m in members], "low": _column(figures["low"]),
            "high": _column(figures["high"]), "joined": _column(figures["joined"])}


def caravan_data(
    routes: RouteSet, caravan_id: str, color: str, sizes: SizeScale, widths: WidthScale, name: str | None = None,
    merged: pd.DataFrame | None = None, summary: str = "", words: Catalogue | None = None,
    shown: pd.Series | None = None,
) -> dict:
    """The column arrays that ``routemapper.addCaravan`` draws for one caravan.

    Text columns are indexes into ``str``, the caravan's string table; days
    count from ``day0``; ``conf`` is in percent; the legs run along the
    caravan's stops ``segments.lat/lon`` (leg j from stop j to stop j+1).  A leg
    has ``back`` set when it starts at a stop where the group turned back; the
    leg *into* that stop is drawn in the caravan's colour (the group was still
    going forward: the 'returned' symbol marks where it stopped).

    ``groups`` lists the reports that share a place and day and what they
    add up to by the one merge rule (:func:`routes.sizes.place_day_sizes`;
    ``merged`` is that table for all of ``routes.reports``, computed here when
    not given): the page shows these figures, it does not recompute them.
    ``summary`` is the caravan's text summary (:func:`maps.summary.describe`),
    the map's caption and description.
    ``dates`` maps each raw ``date`` (string code) to the date as a reader
    sees it in the language of ``words`` (default English).  ``shown``
    names the reports' places as the map labels them
    (:func:`routes.names.shown_names`, for all of ``routes.reports``;
    computed here when not given); the data lists only the reports whose label name
    differs from their own ``place`` (``names``: report indexes and string
    codes).
    """
    mine = (routes.reports["caravan"] == caravan_id).to_numpy()
    r = routes.reports[mine]
    merged = place_day_sizes(r) if merged is None else merged[mine]
    s = routes.segments[routes.segments["caravan"] == caravan_id]
    mid = r["date_start"] + (r["date_end"] - r["date_start"]) / 2
    start, end = shapely.get_point(s.geometry.values, 0), shapely.get_point(s.geometry.values, -1)
    size = segment_sizes(s)
    strings = StringTable()
    known = pd.concat([mid, s["start"]]).dropna()
    day0 = _day_numbers(pd.Series([known.min()]))[0] if len(known) else 0
    reports = {
        "lat": _column(r["lat"], 5),
        "lon": _column(r["lon"], 5),
        # the circle of the report's place and day: what its reports add up to (routes.sizes)
        "r": _column(sizes.radius(merged["low"].to_numpy(float)), 1),
        "rh": _column(sizes.radius(merged["high"].to_numpy(float)), 1),
        "low": _column(r["count_low"]),
        "high": _column(r["count_high"]),
        "day": _days_since(mid, day0),
        "approx": _flags(r["date_approx"].to_numpy(bool) | (r["date_precision"] != "day").to_numpy()),
        "conf": _column(np.round(r["geo_confidence"].to_numpy(float) * 100)),
    }
    for key, col in (("date", "date"), ("kind", "kind"), ("place", "place"), ("resolved", "resolved_name"),
                     ("precision", "precision"), ("count", "count"), ("qual", "count_qualifier"),
                     ("source", "source"), ("url", "url"), ("note", "note")):
        reports[key] = strings.column(r[col])
    dates = date_texts(r, reports["date"], strings.code, words or catalogue(DEFAULT_LANG))
    shown = _label_names(r) if shown is None else shown[mine]
    differs = np.flatnonzero(shown.to_numpy(object) != r["place"].fillna("").astype(str).str.strip().to_numpy(object))
    names = {"i": differs.tolist(), "s": strings.column(shown.iloc[differs])}
    segments = {
        "lat": _column(np.concatenate([shapely.get_y(start), shapely.get_y(end)[-1:]]), 5),
        "lon": _column(np.concatenate([shapely.get_x(start), shapely.get_x(end)[-1:]]), 5),
        "w": _column(widths.width(size), 1),
        "size": _column(size, 0),
        "carried": _flags(s["size_carried"]),
        "approx": _flags(s["approximate"]),
        "back": _flags(s["turned_back"]),
        "from": strings.column(s["from_place"]),
        "to": strings.column(s["to_place"]),
        "startDay": _days_since(s["start"], day0),
        "endDay": _days_since(s["end"], day0),
        "km": _column(s["km"], 1),
        "days": _column(s["days"].to_numpy(int)),
    }
    return {"id": caravan_id, "name": name or caravan_id, "color": color, "backColor": TURNED_BACK_COLOR, "day0": day0,
            "str": strings.strings, "reports": reports, "segments": segments, "groups": _place_day_groups(merged),
            "summary": summary, "dates": dates, "names": names}


class RawScript(Element):
    """Script text added to the page as it is: never parsed as a Jinja template."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "RawScript"
        self.code = code

    def render(self, **kwargs) -> str:
        return self.code


class _DataCall(MacroElement):
    """A call ``routemapper.<function>(map, payload)`` written into the page's script.

    folium's MacroElement would compile its rendered script as a Jinja
    template (slow for megabytes of data, and ``{{ }}`` in a report's text
    would be evaluated); this one adds the text verbatim.
    """

    function = ""

    def __init__(self, data: dict) -> None:
        super().__init__()
        self._name = type(self).__name__
        self.data = data
        self.payload = script_json(data)

    def render(self, **kwargs) -> None:
        code = f"routemapper.{self.function}({self._parent.get_name()}, {self.payload});"
        self.get_root().script.add_child(RawScript(code), name=self.get_name())


class CaravanLayer(_DataCall):
    """One caravan on the map: its data arrays and the call that draws it.

    The arrays go into a ``<script type="application/json">`` block that the
    page reads with ``JSON.parse`` (much faster than a JavaScript literal of
    many megabytes).
    """

    function = "addCaravan"

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        block = f"rm-data-{self.get_name()}"
        figure.html.add_child(
            RawScript(f'<script type="application/json" class="rm-caravan" id="{block}">{self.payload}</script>'),
            name=block,
        )
        code = (f"routemapper.addCaravan({self._parent.get_name()}, "
                f"JSON.parse(document.getElementById({block!r}).textContent));")
        figure.script.add_child(RawScript(code), name=self.get_name())


class MapFurniture(_DataCall):
    """Legend, title, credits, slider, route table, layer control and the fitted view (added last)."""

    function = "finish"


def _label_names(reports: pd.DataFrame) -> pd.Series:
    """The name each report's point is labelled by (:func:`routes.names.shown_names`), worked out only
    where several reports share a point: elsewhere it is the report's own ``place``."""
    shown = reports["place"].fillna("").astype(str).str.strip()
    many = reports[["lat", "lon"]].duplicated(keep=False).to_numpy()
    if many.any():
        shown[many] = shown_names(reports[many]).to_numpy(object)
    return shown


def default_credits(routes: RouteSet, lang: str = DEFAULT_LANG) -> str:
    """``Sources: A; B; C`` (``Fuentes: ...``) from the reports' distinct sources, in order of appearance."""
    sources = [s for s in dict.fromkeys(routes.reports["source"].dropna().astype(str)) if s.strip()]
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
    past it does not zoom it.  The page's ``<title>`` is ``title`` (escaped).
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
        m.add_child(_tile_layer(tiles, words), name="tiles")
    use_assets(m, self_contained=self_contained, gesture_handling=gesture_handling)
    if title:
        m.get_root().title = html.escape(title)  # branca writes it into <title> unescaped
    merged = place_day_sizes(routes.reports)
    sizes, widths = scales_for(routes, merged)
    names = caravan_names or {}
    if outlines:
        m.add_child(OutlineLayer.around(routes, words=words), name="outlines")
    summaries = describe(routes, lang=lang, names=names, merged=merged)
    page_meta(m, summaries)
    shown = _label_names(routes.reports)
    for i, caravan_id in enumerate(routes.caravans):
        data = caravan_data(routes, caravan_id, colors[i % len(colors)], sizes, widths, names.get(caravan_id), merged,
                            summaries.get(caravan_id, ""), words, shown)
        m.add_child(CaravanLayer(data), name=f"caravan-{i}")
    credits = default_credits(routes, lang) if credits is None else credits
    page.untrusted = untrusted_texts([routes.reports[[c for c in UNTRUSTED_COLUMNS if c in routes.reports]]],
                                     [title, subtitle, credits, *names.values(), *summaries.values()])
    m.add_child(MapFurniture({
        "title": title or "",
        "subtitle": subtitle or "",
        "credits": credits,
        "sizeRefs": sizes.references(),
        "widthRefs": widths.references(),
        "backColor": TURNED_BACK_COLOR,
        "gestureHandling": gesture_handling,
        "lang": lang,
        "imperial": lang == "en",
        "strings": page_strings(words),
    }))
    return m
