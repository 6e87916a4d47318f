"""Country outlines: a plain background that shows where the data is when map tiles cannot load.

The outlines are Natural Earth's 1:10m admin-0 countries (public domain),
clipped to the Americas in view and simplified to about 2 km; they ship as
``data/outlines/countries.geojson`` (see the README there for how it is made).

- :func:`country_outlines` gives them as a GeoDataFrame (for the PNG map and for analysts);
- :func:`country_outline` gives one country's (multi)polygon, e.g. to draw a
  country-level report as the country it names;
- :class:`OutlineLayer` puts them on a folium map, in a pane *under* the tiles:
  when the tiles load they cover the outlines, when they cannot (offline) the
  outlines show on a plain sea-coloured background.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from branca.element import MacroElement
from jinja2 import Template

from geo.errors import InputError, RoutemapperError
from geo.paths import DATA_DIR

from .assets import script_json

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    import shapely

#: The outlines file (made by ``data/outlines/make_outlines.py``).
OUTLINES_FILE = DATA_DIR / "outlines" / "countries.geojson"

#: West, south, east, north (degrees): ``(west, south, east, north)``.
Bounds = tuple[float, float, float, float]

#: Style of the outlines on the interactive map (Leaflet path options).
LAND_STYLE = {"color": "#8a8f94", "weight": 0.8, "opacity": 1.0, "fillColor": "#f4f2ec", "fillOpacity": 1.0}
#: Colour behind the outlines (the sea) when no tiles are shown.
SEA_COLOR = "#dce6ee"
#: The pane the outlines are drawn in: under the tile pane (z-index 200), so tiles cover them.
OUTLINE_PANE = "rm-outlines"
OUTLINE_PANE_Z = 150


@cache
def _all_outlines() -> gpd.GeoDataFrame:
    import geopandas as gpd

    if not OUTLINES_FILE.is_file():
        raise RoutemapperError(f"the country outlines file {OUTLINES_FILE} is missing",
                               hint="run from a checkout of routemapper, or remake it: "
                                    "python data/outlines/make_outlines.py")
    table = gpd.read_file(OUTLINES_FILE)
    table["iso2"] = table["iso2"].fillna("").astype(str)
    return table


def country_outlines(bounds: Bounds | None = None) -> gpd.GeoDataFrame:
    """The country outlines (columns ``iso2``, ``iso3``, ``name``, ``geometry``; EPSG:4326).

    ``bounds=(west, south, east, north)`` keeps the countries that reach into
    that box (whole, not clipped).  The file covers the Americas from the
    south of Canada to the north of South America and the Caribbean;
    elsewhere there are no outlines.  Read once per process; each call
    returns a copy.
    """
    table = _all_outlines()
    if bounds is not None:
        west, south, east, north = _checked_bounds(bounds)
        table = table.iloc[table.sindex.query(_box(west, south, east, north), predicate="intersects")]
        table = table.sort_index()
    return table.copy()


def country_outline(iso2: str) -> shapely.MultiPolygon | None:
    """The outline of the country with ISO 3166 code ``iso2`` (``"GT"``), or ``None`` if not covered.

    All parts of the country inside the file are merged (France's
    departments in the Caribbean and South America, for instance).
    """
    import shapely

    code = str(iso2).strip().upper()
    table = _all_outlines()
    parts = table.geometry.values[(table["iso2"] == code).to_numpy()]
    if not code or len(parts) == 0:
        return None
    merged = shapely.union_all(parts)
    return merged if merged.geom_type == "MultiPolygon" else shapely.multipolygons([merged])


def outlines_geojson(bounds: Bounds | None = None) -> dict:
    """The outlines as a GeoJSON FeatureCollection (a dict), optionally only those reaching into ``bounds``."""
    import json

    table = country_outlines(bounds)
    return json.loads(table[["iso2", "name", "geometry"]].to_json(drop_id=True))


def country_labels(countries: gpd.GeoDataFrame, words=None) -> list[dict]:
    """Where each country's name may be written: ``name`` (in the language of ``words``, a catalogue),
    ``iso2`` and ``outline`` (the code and name of its outline, as in :func:`outlines_geojson`'s
    properties), ``box`` (``{s, w, n, e}``, degrees: around every part of its outline, rounded outwards, so a
    view its box does not reach has none of the country and its outline need not be read for a name), and
    ``spots``, up to six ``[lat, lon, radius]`` (degrees), best first: the centre of the
    largest circle inside the country's largest part, then inside the larger pieces of that part cut by a
    3 x 3 grid (so a name can be written in the part of a big country that is in view).  The page writes
    a name where the circle is wide enough for it at the zoom shown; when none of them gives the name a
    place and the view sees only a part of the country, in the widest room the outline leaves inside the
    view (maps/static/countryspot.js)."""
    out = []
    for code, name in zip(countries["iso2"].astype(str), countries["name"].astype(str)):
        spots = _label_spots(code, name)
        if not spots:
            continue
        shown = words.country(code) if words is not None and code else ""
        out.append({"name": shown if shown and shown != code else name, "iso2": code, "outline": name,
                    "box": _label_box(code, name), "spots": spots})
    return out


@cache
def _label_box(iso2: str, name: str) -> dict[str, float]:
    """:func:`country_labels`' box of one country of the outlines file: its bounds, floored and ceiled at the
    page's 3 decimals (the outline's coordinates are rounded to them, so the box holds every point the page has)."""
    import shapely

    table = _all_outlines()
    geoms = table.geometry.values[((table["iso2"] == iso2) & (table["name"] == name)).to_numpy()]
    bounds = shapely.bounds(geoms)  # (xmin, ymin, xmax, ymax) of each part
    w, s = np.min(bounds[:, :2], axis=0)
    e, n = np.max(bounds[:, 2:], axis=0)
    down, up = (lambda v: float(np.floor(v * 1000) / 1000)), (lambda v: float(np.ceil(v * 1000) / 1000))
    return {"s": down(s), "w": down(w), "n": up(n), "e": up(e)}


@cache
def _label_spots(iso2: str, name: str) -> list[list[float]]:
    """:func:`country_labels`' spots of one country of the outlines file (computed once per process)."""
    import shapely

    table = _all_outlines()
    geoms = table.geometry.values[((table["iso2"] == iso2) & (table["name"] == name)).to_numpy()]
    parts = shapely.get_parts(geoms)
    if not len(parts):
        return []
    areas = shapely.area(parts)
    part = parts[np.argmax(areas)]
    w, s, e, n = shapely.bounds(part)
    xs, ys = np.linspace(w, e, 4), np.linspace(s, n, 4)
    x0, y0 = np.meshgrid(xs[:-1], ys[:-1])
    x1, y1 = np.meshgrid(xs[1:], ys[1:])
    pieces = shapely.intersection(part, shapely.box(x0.ravel(), y0.ravel(), x1.ravel(), y1.ravel()))
    pieces = [part] + [p for p in pieces if shapely.area(p) > 0.05 * areas.max()]
    spots = []
    for piece in pieces:
        tolerance = max(0.02, float(np.sqrt(shapely.area(piece))) / 40)  # ~1/40 of its size: fast, close enough
        rough = shapely.simplify(piece, tolerance)
        circle = shapely.maximum_inscribed_circle(piece if rough.is_empty else rough, tolerance)
        centre = shapely.get_point(circle, 0)
        spots.append([round(float(shapely.get_y(centre)), 3), round(float(shapely.get_x(centre)), 3),
                      round(float(shapely.length(circle)), 3)])
    return [spots[0]] + sorted(spots[1:], key=lambda spot: -spot[2])[:5]


def bounds_around(lon: np.ndarray, lat: np.ndarray, margin: float = 10.0) -> Bounds | None:
    """The box around the finite points, widened by ``margin`` degrees; ``None`` if there are none."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.any():
        return None
    return (max(-180.0, float(lon[ok].min()) - margin), max(-90.0, float(lat[ok].min()) - margin),
            min(180.0, float(lon[ok].max()) + margin), min(90.0, float(lat[ok].max()) + margin))


def _checked_bounds(bounds: Bounds) -> Bounds:
    try:
        west, south, east, north = (float(v) for v in bounds)
    except (TypeError, ValueError):
        raise InputError(f"bounds {bounds!r} are not four numbers",
                         hint="give (west, south, east, north) in degrees") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise InputError(f"bounds {bounds!r} are not (west, south, east, north) in degrees",
                         hint="west <= east within -180..180, south <= north within -90..90")
    return west, south, east, north


def _box(west: float, south: float, east: float, north: float):
    import shapely

    return shapely.box(west, south, east, north)


class OutlineLayer(MacroElement):
    """Country outlines on a folium map, in a pane under the tiles and not clickable.

    ``OutlineLayer(bounds)`` carries the countries reaching into ``bounds``
    (all of them for ``None``) as GeoJSON, serialised by
    :func:`maps.assets.script_json`.  The map's background becomes the sea
    colour, so with no tiles the land stands out.  On a routemapper page the
    layer is handed to the page script (``routemapper.outlines``) as the function
    that makes it (of every country, or of the GeoJSON given) and the
    countries themselves: made and put on the map once the first view is on
    screen (the page's idle time, maps/static/later.js, a country at a time),
    projected once, for the fitted view.

    The GeoJSON is a data block (``<script type="application/json">``, never
    run), read with ``JSON.parse`` the first time something needs it (a country
    name looking for room in its outline, the layer): as a JavaScript literal in
    the script, the browser parsed ~180 KB of it before the page's first view
    could start, 5-15 ms on this machine against ~1.5 ms for ``JSON.parse``,
    and its ~10,000 small arrays were copied by the young-generation collector.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function (map, dataId, style, paneName, names) {"
        "var pane = map.getPane(paneName) || map.createPane(paneName);"
        "pane.style.zIndex = {{ this.z }}; pane.style.pointerEvents = 'none';"
        "map.getContainer().style.background = {{ this.sea_json }};"
        "var data = null, read = function () {"
        " return data || (data = JSON.parse(document.getElementById(dataId).textContent)); };"
        "var make = function (part) { return L.geoJSON(part === undefined ? read() : part, {pane: paneName,"
        " interactive: false, style: style, renderer: L.svg({pane: paneName})}); };"
        "if (window.routemapper && routemapper.outlines) {"
        " routemapper.outlines(map, make, names, paneName, function () { return read().features || null; }); }"
        " else { make().addTo(map); }"
        "})({{ this._parent.get_name() }}, {{ this.data_id_json }}, {{ this.style_json }}, {{ this.pane_json }},"
        " {{ this.names_json }});"
        "{% endmacro %}"
    )

    def __init__(self, bounds: Bounds | None = None, *, words=None) -> None:
        super().__init__()
        self._name = "OutlineLayer"
        self.bounds = bounds
        self.data = outlines_geojson(bounds)
        self.payload = script_json(self.data)
        self.names = country_labels(country_outlines(bounds), words)
        self.names_json = script_json(self.names)
        self.style_json = script_json(LAND_STYLE)
        self.pane_json = script_json(OUTLINE_PANE)
        self.sea_json = script_json(SEA_COLOR)
        self.z = int(OUTLINE_PANE_Z)

    def render(self, **kwargs) -> None:
        """The GeoJSON as a data block in the page's body (before the scripts that read it), then the script."""
        from .render import RawScript  # maps.render imports this module

        data_id = f"rm-outlines-{self.get_name()}"
        self.data_id_json = script_json(data_id)
        self.get_root().html.add_child(RawScript(
            f'<script type="application/json" class="rm-outlines-data" id="{data_id}">{self.payload}</script>'),
            name=data_id)
        super().render(**kwargs)

    @classmethod
    def around(cls, routes, margin: float = 10.0, *, words=None) -> OutlineLayer:
        """The layer for a RouteSet: the countries within ``margin`` degrees of its reports.

        ``words`` (a :class:`maps.i18n.Catalogue`) names the countries in its language.
        """
        reports = routes.reports
        return cls(bounds_around(reports["lon"].to_numpy(float), reports["lat"].to_numpy(float), margin), words=words)
