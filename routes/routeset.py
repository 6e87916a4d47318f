"""The nouns of movement: a :class:`RouteSet` (many caravans) and a :class:`Caravan` (one).

Both hold the same three GeoDataFrames (``reports``, ``segments``,
``checkpoints``) and answer the same questions; every query returns a new
object (or a table), never changes the one it is asked of, so queries chain::

    routes.between("2018-10-14", "2018-10-20").passed_through("Esquipulas").stats()
    routes.caravan("2021-01-honduras").position("2021-01-17")

A *caravan* is one moving group: the reports that share a ``caravan`` id,
in date order.  When a group splits, give each part its own id from the day
they part (e.g. ``2021-01-honduras`` and ``2021-01-honduras-north``, the
part starting with a report at the place where they parted): one id is one
route.  Reports of two parts left under one id are read as one group that
moved between their places in file order on that day.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.errors import InputError
from geo.resolve import Resolver

from . import queries
from .build import build_segments, route_stops
from .locate import locate
from .memory import release_unused
from .schema import CHECKPOINT_KINDS

if TYPE_CHECKING:  # pragma: no cover
    import folium

Day = str | date | datetime | pd.Timestamp
PlaceArg = str | tuple[float, float]
T = TypeVar("T", bound="_Routes")

#: Above this many reports, ``_repr_html_`` shows the table without the map.
REPR_MAP_MAX_REPORTS = 5_000


@dataclass(frozen=True, eq=False)
class _Routes:
    """What a RouteSet and a Caravan share: the three tables and the queries on them."""

    reports: gpd.GeoDataFrame
    segments: gpd.GeoDataFrame
    checkpoints: gpd.GeoDataFrame

    # -- basics -------------------------------------------------------------
    @property
    def caravans(self) -> list[str]:
        """Caravan ids in the order they first appear."""
        return pd.unique(self.reports["caravan"]).tolist()

    def __len__(self) -> int:
        return len(self.reports)

    def _with(self: T, reports: gpd.GeoDataFrame, segments: gpd.GeoDataFrame, checkpoints: gpd.GeoDataFrame) -> T:
        return replace(self, reports=reports, segments=segments, checkpoints=checkpoints)

    def _stops(self) -> pd.DataFrame:
        """``route_stops(self.reports)``, worked out once per object (its tables are not changed in place).

        ``build_routes`` hands over the stops it built the segments from, so
        ``stats`` and ``positions`` on a new RouteSet do not redo them.
        """
        cached = self.__dict__.get("_stops_cache")
        if cached is None:
            cached = route_stops(self.reports)
            object.__setattr__(self, "_stops_cache", cached)  # a cache, not state: the dataclass stays frozen
        return cached

    def _centre(self) -> tuple[float, float] | None:
        r = self.reports
        if not len(r) or r["lat"].isna().all():
            return None
        return float(r["lat"].mean()), float(r["lon"].mean())

    def _place(self, place: PlaceArg | queries.QueryPlace, country: str, resolver: Resolver | None) -> queries.QueryPlace:
        return queries.resolve_place(place, country=country, near=self._centre(), resolver=resolver)

    # -- queries that return the same noun ----------------------------------
    def between(self: T, start: Day | None = None, end: Day | None = None) -> T:
        """The reports, checkpoints and legs dated within ``start``..``end`` (both days included).

        A report counts when its date range meets the window; a leg when the
        group was on it (from leaving one stop to reaching the next) during
        the window.  Legs are kept whole, not cut at the window's edges.
        ``None`` leaves that side of the window open.
        """
        start_day = queries.as_day(start, name="start") if start is not None else pd.Timestamp.min
        end_day = queries.as_day(end, name="end") if end is not None else pd.Timestamp.max
        if end_day < start_day:
            raise InputError(f"the window ends ({end_day:%Y-%m-%d}) before it starts ({start_day:%Y-%m-%d})",
                             hint="give the earlier day first")
        r, s = queries.between_masks(self.reports, self.segments, start_day, end_day)
        c, _ = queries.between_masks(self.checkpoints, self.segments.iloc[:0], start_day, end_day)
        return self._with(self.reports[r].reset_index(drop=True), self.segments[s].reset_index(drop=True),
                          self.checkpoints[c].reset_index(drop=True))

    def near(self: T, place: PlaceArg, km: float = 10.0, *, country: str = "",
             resolver: Resolver | None = None) -> T:
        """The reports, checkpoints and legs within ``km`` of ``place``.

        ``place`` is a name (geocoded like a report, preferring the namesake
        nearest these routes; ``country`` is a hint), ``"LAT,LON"`` or a
        ``(lat, lon)`` pair.  Each table gains ``km_from_place``.  Only
        point-level reports are measured (a country-level report is not
        *near* anything).  Raises :class:`geo.PlaceNotFound` for an unknown
        name.  ``.caravans`` of the answer says which caravans came that close.
        """
        where = self._place(place, country, resolver)
        _check_km(km)
        route = (self.reports["precision"] == "point").to_numpy()
        r_km = queries.distance_km(self.reports.geometry.values, where, max_km=km)
        s_km = queries.distance_km(self.segments.geometry.values, where, max_km=km)
        c_km = queries.distance_km(self.checkpoints.geometry.values, where, max_km=km)
        c_point = (self.checkpoints["precision"] == "point").to_numpy()

        def pick(table: gpd.GeoDataFrame, distance: np.ndarray, keep: np.ndarray) -> gpd.GeoDataFrame:
            return table[keep].assign(km_from_place=distance[keep]).reset_index(drop=True)

        return self._with(pick(self.reports, r_km, route & (r_km <= km)), pick(self.segments, s_km, s_km <= km),
                          pick(self.checkpoints, c_km, c_point & (c_km <= km)))

    def passed_through(self: T, place: PlaceArg, km: float = 5.0, *, country: str = "",
                       resolver: Resolver | None = None) -> T:
        """The whole routes of the caravans that came within ``km`` of ``place``.

        A caravan passed through when one of its stops, or a leg between two
        of them, comes that close (see :meth:`near` for ``place``).
        """
        where = self._place(place, country, resolver)
        _check_km(km)
        ids = queries.caravans_within(self.reports, self.segments, where, km)
        return self._with(*queries.select_caravans((self.reports, self.segments, self.checkpoints), ids))

    # -- queries that return tables -----------------------------------------
    def crossings(self) -> gpd.GeoDataFrame:
        """Border crossings: legs whose two stops lie in different countries.

        The countries are those of the resolved places (``resolved_country``),
        not the reports' hints; a leg to a border post counts in the country
        the gazetteer puts the post in.  One row per crossing leg, with its
        dates (the crossing happened between ``start`` and ``end``).
        """
        return queries.crossings(self.segments)

    def stats(self) -> pd.DataFrame:
        """One row per caravan: start and end, distance, days, speeds, sizes, checkpoints met.

        See :func:`routes.queries.stats` for each column.
        """
        return queries.stats(self.reports, self.segments, self.checkpoints, stops=self._stops())

    def size_timeline(self) -> pd.DataFrame:
        """Reported size (low/high) per caravan and day; see :func:`routes.queries.size_timeline`."""
        return queries.size_timeline(self.reports)

    def describe(self, lang: str = "en", *, names: dict[str, str] | None = None) -> pd.Series:
        """A short text summary of each caravan's route (a Series of text indexed by caravan id).

        Where and when it set out and with how many, the main places it
        passed through, its largest figure, checkpoints, blocks, clashes and
        turn-backs, where it was last reported, and the mapped route's length
        and days, in ``lang`` (``"en"`` or ``"es"``); ``names`` maps an id to
        the name the text uses.  Written by :func:`maps.summary.describe`
        (imported when called: ``maps`` sits above ``routes``).
        """
        from maps.summary import describe  # upward call, lazy on purpose (like explore)

        texts = describe(self, lang=lang, names=names)
        return pd.Series(texts, index=pd.Index(list(texts), name="caravan"), name="summary", dtype=object)

    def positions(self, when: Day) -> gpd.GeoDataFrame:
        """Where each caravan was on day ``when``: one row per caravan under way that day.

        Columns are those of :class:`Position`; ``geometry`` is the point,
        ``stretch`` the part of the route it could be on that day.
        """
        return queries.positions_at(self.reports, queries.as_day(when), stops=self._stops())

    def stops(self) -> pd.DataFrame:
        """Each caravan's stops in order: place, point, first and last day there, sizes."""
        return self._stops().copy()

    def low_confidence(self, below: float = 0.75) -> pd.DataFrame:
        """Places resolved with a confidence under ``below``, with the reasons."""
        r = self.reports
        mask = r["geo_confidence"] < below
        cols = ["caravan", "file", "row", "place", "resolved_name", "country", "geo_confidence", "geo_reasons"]
        return pd.DataFrame(r.loc[mask, cols]).drop_duplicates(["caravan", "place", "resolved_name"])

    # -- exports ------------------------------------------------------------
    def to_gpkg(self, path: str | Path) -> Path:
        """Write a GeoPackage with layers ``reports``, ``segments``, ``checkpoints`` (atomically)."""
        from .export import write_gpkg

        return write_gpkg(self, path)

    def to_geojson(self, path: str | Path, layer: str | None = None) -> Path:
        """Write GeoJSON: one ``layer``, or all three in one collection with a ``layer`` property."""
        from .export import write_geojson

        return write_geojson(self, path, layer=layer)

    def to_parquet(self, path: str | Path, layer: str | None = None) -> Path:
        """Write GeoParquet (pyarrow): one ``layer``, or all three with a ``layer`` column."""
        from .export import write_parquet

        return write_parquet(self, path, layer=layer)

    def to_csv(self, path: str | Path, layer: str | None = None) -> Path:
        """Write CSV with WKT ``geometry``: one ``layer``, or all three with a ``layer`` column."""
        from .export import write_csv

        return write_csv(self, path, layer=layer)

    def to_file(self, path: str | Path, layer: str | None = None) -> Path:
        """Write by the file's suffix: ``.gpkg``, ``.geojson``/``.json``, ``.parquet``, ``.csv``."""
        from .export import write_file

        return write_file(self, path, layer=layer)

    # -- notebooks ----------------------------------------------------------
    def explore(self, m: folium.Map | None = None, **kwargs: Any) -> folium.Map:
        """Draw these routes on a folium map and return it (like ``GeoDataFrame.explore``).

        With ``m=None`` the routemapper map is made by :func:`maps.render_map`
        (``kwargs`` go to it: ``title``, ``tiles``, ``self_contained``...).
        ``maps`` sits above ``routes``, so it is imported here, when called,
        never when ``routes`` is imported.  With a map ``m``, the legs and
        reports are added to it as two ``folium.GeoJson`` layers (``kwargs``
        go to each, e.g. ``style_function``) and ``m`` is returned, so layers
        compose.  No report text is put in those layers (no tooltips): only
        geometry, so nothing unescaped reaches the page.
        """
        if m is None:
            from maps.render import render_map  # upward call, lazy on purpose

            return render_map(self, **kwargs)
        import folium

        name = getattr(self, "id", "") or "routes"
        for layer, table in (("legs", self.segments), ("reports", self.reports)):
            if len(table):
                folium.GeoJson(shapely.to_geojson(shapely.geometrycollections(table.geometry.values)),
                               name=f"{name}: {layer}", **kwargs).add_to(m)
        return m

    def _repr_html_(self) -> str:
        """Jupyter: the :meth:`stats` table and, up to :data:`REPR_MAP_MAX_REPORTS` reports, the map."""
        table = self.stats()
        for col in ("start", "end", "largest_date", "latest_date"):
            table[col] = table[col].dt.strftime("%Y-%m-%d")
        head = html.escape(repr(self))
        parts = [f"<div class='routemapper-routes'><p><b>{head}</b></p>",
                 table.to_html(index=False, escape=True, na_rep="", float_format=lambda v: f"{v:,.1f}",
                               formatters={c: _whole for c in table.columns if c.endswith(("_low", "_high"))})]
        if 0 < len(self.reports) <= REPR_MAP_MAX_REPORTS and self.reports["lat"].notna().any():
            parts.append(self.explore(self_contained=True)._repr_html_())  # works offline too
        parts.append("</div>")
        return "".join(parts)


def _whole(value: float) -> str:
    return "" if value != value else f"{value:,.0f}"


def _check_km(km: float) -> None:
    if not isinstance(km, (int, float)) or km != km or km < 0:
        raise InputError(f"km={km!r}: expected a distance of 0 km or more")


@dataclass(frozen=True)
class Position:
    """Where one caravan was on one day (see :func:`routes.queries.positions_at`).

    ``point`` is the best estimate; ``status`` is ``"at stop"`` or ``"on the
    way"``; ``leg`` is the number of the segment it is on (0 at its first stop),
    ``fraction`` how far along it (0-1); ``stretch`` is the LineString (or
    Point) it could be on that day, ``fraction_low``..``fraction_high`` of the
    leg, ``stretch_km`` long.
    """

    caravan: str
    date: pd.Timestamp
    status: str
    place: str
    from_place: str
    to_place: str
    leg: int
    fraction: float
    fraction_low: float
    fraction_high: float
    lat: float
    lon: float
    stretch_km: float
    approximate: bool
    stretch: Any

    @property
    def point(self) -> shapely.Point:
        """The estimated position as a shapely Point (lon, lat)."""
        return shapely.Point(self.lon, self.lat)

    @property
    def __geo_interface__(self) -> dict:
        props = self.to_dict()
        props.pop("stretch")
        return {"type": "Feature", "geometry": self.point.__geo_interface__, "properties": props}

    def to_dict(self) -> dict:
        """A JSON-ready record (``stretch`` as WKT)."""
        return {
            "caravan": self.caravan, "date": f"{self.date:%Y-%m-%d}", "status": self.status, "place": self.place,
            "from_place": self.from_place, "to_place": self.to_place, "leg": self.leg,
            "fraction": round(self.fraction, 4), "fraction_low": round(self.fraction_low, 4),
            "fraction_high": round(self.fraction_high, 4), "lat": round(self.lat, 6), "lon": round(self.lon, 6),
            "stretch_km": round(self.stretch_km, 3), "approximate": self.approximate,
            "stretch": shapely.to_wkt(self.stretch, rounding_precision=6),
        }


@dataclass(frozen=True, eq=False)
class RouteSet(_Routes):
    """Reports, route segments and checkpoints of one or more caravans.

    ``reports``: one point a report, located (``precision`` says whether it is
    a point or a whole country/region).  ``segments``: LineStrings between each
    caravan's consecutive stops with dates, geodesic ``km``, ``days``,
    ``km_per_day``, the group size at each end and the countries of both
    ends.  ``checkpoints``: the checkpoint, blocked and clash reports.
    Queries return new RouteSets (or tables); :meth:`caravan` picks one
    :class:`Caravan`.
    """

    def __repr__(self) -> str:
        return (
            f"RouteSet({len(self.caravans)} caravan(s), {len(self.reports)} reports, "
            f"{len(self.segments)} segments, {len(self.checkpoints)} checkpoints)"
        )

    def caravan(self, caravan_id: str) -> Caravan:
        """Return one :class:`Caravan`; raise :class:`geo.InputError` naming the known ids."""
        if not (self.reports["caravan"] == caravan_id).any():
            known = self.caravans
            shown = ", ".join(known[:10]) + (f" and {len(known) - 10} more" if len(known) > 10 else "")
            raise InputError(f"no caravan {caravan_id!r}", hint=f"known caravans: {shown or 'none'}")
        tables = queries.select_caravans((self.reports, self.segments, self.checkpoints), [caravan_id])
        return Caravan(*tables, id=caravan_id)

    def position(self, caravan: str, when: Day) -> Position:
        """Where ``caravan`` was on day ``when``: ``routes.caravan(caravan).position(when)``."""
        return self.caravan(caravan).position(when)


@dataclass(frozen=True, eq=False)
class Caravan(_Routes):
    """One moving group: its reports, the legs of its route and the checkpoints it met.

    A Caravan answers every RouteSet query (for itself) and :meth:`position`.
    """

    id: str = ""

    def __repr__(self) -> str:
        return (
            f"Caravan({self.id!r}, {len(self.reports)} reports, {len(self.segments)} segments, "
            f"{len(self.checkpoints)} checkpoints)"
        )

    def describe(self, lang: str = "en", *, name: str | None = None) -> str:  # type: ignore[override]
        """This caravan's route in a few sentences, in ``lang`` (see :meth:`RouteSet.describe`).

        ``name`` is what the text calls it (default: "Caravan <id>").
        """
        texts = super().describe(lang, names={self.id: name} if name else None)
        return str(texts.iloc[0]) if len(texts) else ""

    def position(self, when: Day) -> Position:
        """Where this caravan was on day ``when`` (interpolated between stops; see :class:`Position`).

        Raises :class:`geo.InputError` when ``when`` lies outside the days it
        was under way, naming them.
        """
        day = queries.as_day(when)
        rows = queries.positions_at(self.reports, day)
        if not len(rows):
            stops = route_stops(self.reports)
            if not len(stops):
                raise InputError(f"caravan {self.id!r} has no report placed on the route",
                                 hint="country- or region-level and planned reports have no position")
            first, last = stops["arrive"].min(), stops["leave"].max()
            raise InputError(
                f"caravan {self.id!r} was not under way on {day:%Y-%m-%d}: "
                f"its route runs from {first:%Y-%m-%d} to {last:%Y-%m-%d}",
                hint=f"ask for a day from {first:%Y-%m-%d} to {last:%Y-%m-%d}",
            )
        row = rows.iloc[0]
        return Position(
            caravan=self.id, date=day, status=row["status"], place=row["place"], from_place=row["from_place"],
            to_place=row["to_place"], leg=int(row["leg"]), fraction=float(row["fraction"]),
            fraction_low=float(row["fraction_low"]), fraction_high=float(row["fraction_high"]),
            lat=float(row["lat"]), lon=float(row["lon"]), stretch_km=float(row["stretch_km"]),
            approximate=bool(row["approximate"]), stretch=row["stretch"],
        )


def build_routes(reports: gpd.GeoDataFrame, *, resolver: Resolver | None = None) -> RouteSet:
    """Locate ``reports`` (see :func:`routes.locate`) and link them into a :class:`RouteSet`.

    Planned events stay in ``reports`` but are not on the route; country- and
    region-level reports stay at their precision and are not joined by
    segments.
    """
    located = locate(reports, resolver=resolver)
    stops = route_stops(located)
    segments = build_segments(stops)
    checkpoints = located[located["kind"].isin(CHECKPOINT_KINDS).to_numpy()].reset_index(drop=True)
    routes = RouteSet(located.reset_index(drop=True), segments, checkpoints)
    object.__setattr__(routes, "_stops_cache", stops)  # see _Routes._stops
    del located
    release_unused()  # what locating and joining freed (routes.memory)
    return routes
