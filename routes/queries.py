"""Route queries on whole tables, vectorised across caravans.

These functions take the tables a :class:`routes.RouteSet` holds and answer
one question each; the RouteSet and Caravan methods are thin shells over
them.  No Python loop runs over rows: pandas groupby, numpy masks,
``pyproj.Geod`` on arrays and shapely 2 array functions do the work.

Distances:

- along a route (``km``, ``km/day``, positions between stops): geodesic on
  the WGS84 ellipsoid (``pyproj.Geod.inv``/``fwd`` on arrays);
- from a query place (``near``, ``passed_through``): in an azimuthal
  equidistant projection centred on that place, where the distance from the
  centre to any point is the geodesic distance; for a segment line, the
  nearest point of its (projected) straight line is measured, which is
  within a fraction of a percent of the geodesic for legs of a few hundred km.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from geo.errors import InputError, PlaceNotFound

from .build import GEOD, on_route, route_stops
from .sizes import merge_sizes, report_day, sized

_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")
_DAY = np.timedelta64(1, "D")


# -- arguments ----------------------------------------------------------------
def as_day(value: str | date | datetime | pd.Timestamp, *, name: str = "date") -> pd.Timestamp:
    """A query date (``YYYY-MM-DD``, ``date``, ``Timestamp``) as a midnight ``Timestamp``.

    Raises :class:`geo.InputError` saying which form is expected.
    """
    if isinstance(value, str):
        if not re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            raise InputError(f"{name} {value!r} is not a day: expected YYYY-MM-DD, e.g. 2021-01-17")
        try:
            return pd.Timestamp(value.strip())
        except ValueError:
            raise InputError(f"{name} {value!r} is not a real day: expected YYYY-MM-DD, e.g. 2021-01-17") from None
    try:
        return pd.Timestamp(value).normalize()
    except (TypeError, ValueError):
        raise InputError(f"{name} {value!r} is not a day: expected YYYY-MM-DD, e.g. 2021-01-17") from None


@dataclass(frozen=True)
class QueryPlace:
    """A place a query is about: its label and coordinates (resolved once)."""

    label: str
    lat: float
    lon: float


def resolve_place(
    place: str | tuple[float, float] | QueryPlace,
    *,
    country: str = "",
    near: tuple[float, float] | None = None,
    resolver: Any = None,
) -> QueryPlace:
    """Turn ``"Esquipulas"``, ``"14.56,-89.35"`` or ``(lat, lon)`` into a :class:`QueryPlace`.

    Names go through :func:`geo.geocode` with the ``country`` hint and
    ``near`` (the routes' centre, so a namesake on the route wins).  Raises
    :class:`geo.PlaceNotFound` for an unknown name, :class:`geo.InputError`
    for coordinates out of range.
    """
    if isinstance(place, QueryPlace):
        return place
    if isinstance(place, str):
        match = _LATLON.match(place)
        if match:
            place = (float(match.group(1)), float(match.group(2)))
        else:
            from geo.resolve import geocode

            if not place.strip():
                raise InputError("empty place: expected a place name or LAT,LON")
            try:
                res = geocode(place, country=country, near=near, resolver=resolver)
            except PlaceNotFound as exc:
                exc.hint = (
                    ("did you mean " + ", ".join(repr(s) for s in exc.suggestions) + "? " if exc.suggestions else "")
                    + "Or give the place as LAT,LON, e.g. 14.5657,-89.3517"
                )
                raise
            return QueryPlace(res.place.label(), res.lat, res.lon)
    try:
        lat, lon = (float(v) for v in place)
    except (TypeError, ValueError):
        raise InputError(f"place {place!r}: expected a name, 'LAT,LON' or a (lat, lon) pair") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"place ({lat}, {lon}) is out of range: expected lat -90..90 and lon -180..180",
                         hint="are lat and lon swapped?")
    return QueryPlace(f"{lat:.5f},{lon:.5f}", lat, lon)


# -- time ---------------------------------------------------------------------
def between_masks(
    reports: pd.DataFrame, segments: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``reports`` whose date range meets [start, end]; segments under way then."""
    r = ((reports["date_end"] >= start) & (reports["date_start"] <= end)).to_numpy()
    s = ((segments["end"] >= start) & (segments["start"] <= end)).to_numpy()
    return r, s


def positions_at(reports: pd.DataFrame, when: pd.Timestamp) -> gpd.GeoDataFrame:
    """Where each caravan was on day ``when``: one row per caravan under way that day.

    A caravan *at a stop* (``status == "at stop"``) is there from its first
    report's middle day to its last one's (the days the route uses); when it
    was reported at several stops that day, ``place`` is the last and
    ``stretch`` the path through all of them.  A caravan *between stops*
    (``"on the way"``) is placed on its leg at ``fraction`` = days since it
    left / days the leg took, moving at a steady pace along the geodesic.
    ``fraction_low``/``fraction_high`` bound where it could be during that
    day if it left at any hour of its departure day and arrived at any hour
    of its arrival day; ``stretch`` is that part of the leg (a LineString)
    and ``stretch_km`` its length.  ``approximate`` is true when a date at
    either end was approximate or month-level.  Caravans not under way on
    ``when`` (before their first stop, after their last) have no row.

    ``leg`` is the number of the leg it is on, or (at a stop) of the leg that
    brought it there (0 at its first stop), with ``fraction`` 1 (0 at the
    first stop).  Reported at several stops that day, ``fraction_low`` is 0:
    it covered that leg during the day; ``stretch`` may then span several legs.
    """
    stops = route_stops(reports)
    d = np.datetime64(when, "ns")
    caravan = stops["caravan"].to_numpy()
    lat, lon = stops["lat"].to_numpy(float), stops["lon"].to_numpy(float)
    arrive, leave = stops["arrive"].to_numpy(), stops["leave"].to_numpy()
    order = stops.groupby("caravan", sort=False).cumcount().to_numpy()
    n = len(stops)
    has_next = np.zeros(n, bool)
    if n > 1:
        has_next[:-1] = caravan[1:] == caravan[:-1]
    nxt = np.minimum(np.arange(n) + 1, max(n - 1, 0))

    # At a stop: first and last stop of each caravan whose days contain `when`.
    at = np.flatnonzero((arrive <= d) & (d <= leave))
    at_first = pd.Series(at).groupby(caravan[at], sort=False).min() if len(at) else pd.Series(dtype=int)
    at_last = pd.Series(at).groupby(caravan[at], sort=False).max() if len(at) else pd.Series(dtype=int)
    i_first, i_last = at_first.to_numpy(int), at_last.reindex(at_first.index).to_numpy(int)
    # Path through stops i_first..i_last (a point when they are the same stop).
    lengths = i_last - i_first + 1
    path_idx = np.repeat(i_first, lengths) + (np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths))
    path_coords = np.column_stack([lon[path_idx], lat[path_idx]])
    multi = lengths > 1
    stretch_at = np.empty(len(i_first), dtype=object)
    if multi.any():
        keep = np.repeat(multi, lengths)
        line_ids = np.repeat(np.arange(len(i_first)), lengths)[keep]
        _, dense = np.unique(line_ids, return_inverse=True)
        stretch_at[multi] = shapely.linestrings(path_coords[keep], indices=dense)
    stretch_at[~multi] = shapely.points(lon[i_first[~multi]], lat[i_first[~multi]])
    at_rows = pd.DataFrame({
        "caravan": caravan[i_last],
        "status": "at stop",
        "place": stops["place"].to_numpy()[i_last],
        "from_place": stops["place"].to_numpy()[i_first],
        "to_place": stops["place"].to_numpy()[i_last],
        "leg": order[i_last],
        "fraction": np.where(order[i_last] > 0, 1.0, 0.0),
        "fraction_low": np.where(multi | (order[i_last] == 0), 0.0, 1.0),
        "fraction_high": np.where(order[i_last] > 0, 1.0, 0.0),
        "lat": lat[i_last],
        "lon": lon[i_last],
        "approximate": stops["approximate"].to_numpy()[i_last],
    })

    # On the way: the leg from stop i to i + 1 whose open interval contains `when`.
    mov = np.flatnonzero(has_next & (leave < d) & (d < arrive[nxt]))
    j = nxt[mov]
    span = (arrive[j] - leave[mov]) / _DAY
    gone = (d - leave[mov]) / _DAY
    frac = gone / span
    f_low, f_high = np.clip((gone - 1) / span, 0, 1), np.clip((gone + 1) / span, 0, 1)
    az, _, metres = GEOD.inv(lon[mov], lat[mov], lon[j], lat[j])
    az, metres = np.atleast_1d(az), np.atleast_1d(metres)
    plon, plat, _ = GEOD.fwd(lon[mov], lat[mov], az, metres * frac)
    lo_lon, lo_lat, _ = GEOD.fwd(lon[mov], lat[mov], az, metres * f_low)
    hi_lon, hi_lat, _ = GEOD.fwd(lon[mov], lat[mov], az, metres * f_high)
    stretch_mov = shapely.linestrings(
        np.stack([np.column_stack([lo_lon, lo_lat]), np.column_stack([hi_lon, hi_lat])], axis=1)
    ) if len(mov) else np.empty(0, dtype=object)
    places = stops["place"].to_numpy()
    mov_rows = pd.DataFrame({
        "caravan": caravan[mov],
        "status": "on the way",
        "place": "between " + pd.Series(places[mov], dtype=object) + " and " + pd.Series(places[j], dtype=object),
        "from_place": places[mov],
        "to_place": places[j],
        "leg": order[j],
        "fraction": frac,
        "fraction_low": f_low,
        "fraction_high": f_high,
        "lat": np.atleast_1d(plat),
        "lon": np.atleast_1d(plon),
        "approximate": stops["approximate"].to_numpy()[mov] | stops["approximate"].to_numpy()[j],
    })

    rows = pd.concat([at_rows, mov_rows], ignore_index=True)
    stretch = np.concatenate([stretch_at, stretch_mov]) if len(rows) else np.empty(0, dtype=object)
    rows.insert(1, "date", pd.Timestamp(when))
    rows["leg"] = rows["leg"].astype(int)
    first_seen = pd.Series(np.arange(len(stops)), index=caravan).groupby(level=0, sort=False).first()
    rank = rows["caravan"].map(first_seen).to_numpy()
    out = gpd.GeoDataFrame(
        rows.assign(stretch=gpd.GeoSeries(stretch, crs="EPSG:4326")),
        geometry=gpd.points_from_xy(rows["lon"], rows["lat"]), crs="EPSG:4326",
    )
    out["stretch_km"] = _geodesic_length_km(out["stretch"].values)
    return out.iloc[np.argsort(rank, kind="stable")].reset_index(drop=True)


def _geodesic_length_km(geoms: Any) -> np.ndarray:
    """Geodesic length in km of 2-point LineStrings (0 for points), on arrays."""
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return np.zeros(0)
    is_line = shapely.get_type_id(geoms) == 1
    total = np.zeros(len(geoms))
    if is_line.any():
        coords, idx = shapely.get_coordinates(geoms[is_line], return_index=True)
        same = idx[1:] == idx[:-1]
        _, _, m = GEOD.inv(coords[:-1, 0][same], coords[:-1, 1][same], coords[1:, 0][same], coords[1:, 1][same])
        total[is_line] = np.bincount(idx[:-1][same], weights=np.atleast_1d(m), minlength=is_line.sum()) / 1000
    return total


# -- space --------------------------------------------------------------------
def distance_km(geoms: Any, place: QueryPlace) -> np.ndarray:
    """Distance in km from ``place`` to each geometry (lon/lat), on arrays (see the module docstring)."""
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return np.zeros(0)
    to_aeqd = Transformer.from_crs(
        "EPSG:4326", f"+proj=aeqd +lat_0={place.lat} +lon_0={place.lon} +datum=WGS84 +units=m", always_xy=True
    )
    projected = shapely.transform(geoms, lambda xy: np.column_stack(to_aeqd.transform(xy[:, 0], xy[:, 1])))
    return shapely.distance(projected, shapely.Point(0.0, 0.0)) / 1000.0


def caravans_within(
    reports: pd.DataFrame, segments: gpd.GeoDataFrame, place: QueryPlace, km: float
) -> list[str]:
    """Caravans whose route (stops or the legs between) comes within ``km`` of ``place``."""
    route = on_route(reports)
    r_near = distance_km(reports.geometry.values[route], place) <= km
    s_near = distance_km(segments.geometry.values, place) <= km
    hit = set(reports["caravan"].to_numpy()[route][r_near]) | set(segments["caravan"].to_numpy()[s_near])
    return [c for c in dict.fromkeys(reports["caravan"]) if c in hit]


# -- answers ------------------------------------------------------------------
def crossings(segments: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Legs whose two stops lie in different countries (by the resolved places' countries)."""
    a, b = segments["from_country"].astype(str), segments["to_country"].astype(str)
    mask = (a != "") & (b != "") & (a != b)
    cols = ["caravan", "leg", "from_place", "from_country", "to_place", "to_country", "start", "end", "days",
            "km", "approximate", "geometry"]
    return segments.loc[mask, cols].reset_index(drop=True)


def size_timeline(reports: pd.DataFrame) -> pd.DataFrame:
    """Reported group size per caravan and day (the middle day of each report's date).

    The reports of one day are merged by the one rule of
    :func:`routes.sizes.merge_sizes`: ``low`` is the smallest low figure,
    ``high`` the largest high figure plus the people reported as joining
    (``... more``, also in ``joined``).  Only days with a figure are listed;
    planned events are left out; a day whose only figure is a ``... more``
    has no ``low`` and ``high``.  ``reports`` counts the day's reports with a
    figure, ``places`` lists their places.
    """
    r = reports[sized(reports) & (reports["kind"] != "planned").to_numpy()]
    day = report_day(r).to_numpy()
    keys = [r["caravan"].to_numpy(), day]
    merged = merge_sizes(r, keys)
    g = pd.Series((r["date_approx"] | (r["date_precision"] != "day")).to_numpy()).groupby(keys, sort=False)
    out = merged.rename(columns={"sized": "reports"})[["low", "high", "joined", "reports"]]
    out["approximate"] = g.any()
    place = r["resolved_name"].astype(str).to_numpy() if "resolved_name" in r else r["place"].to_numpy()
    frame = pd.DataFrame({"caravan": keys[0], "date": day, "place": place})
    places = frame.drop_duplicates().groupby(["caravan", "date"], sort=False)["place"]
    out["places"] = places.agg("; ".join)
    out = out.rename_axis(["caravan", "date"]).reset_index()
    rank = out["caravan"].map({c: i for i, c in enumerate(dict.fromkeys(reports["caravan"]))})
    return out.assign(_r=rank).sort_values(["_r", "date"], kind="stable").drop(columns="_r").reset_index(drop=True)


STATS_COLUMNS = (
    "caravan", "start", "end", "start_place", "end_place", "days", "stops", "legs", "km", "km_per_day",
    "top_km_per_day", "largest_low", "largest_high", "largest_date", "latest_low", "latest_high", "latest_date",
    "checkpoints", "checkpoint_places", "reports",
)


def stats(reports: pd.DataFrame, segments: pd.DataFrame, checkpoints: pd.DataFrame) -> pd.DataFrame:
    """One row per caravan: when and where it started and ended, how far and how fast, its size.

    ``start``/``end`` are the first and last days of its reports on the route
    (point-level positions: planned events, checkpoints and country- or
    region-level reports aside); ``days`` the days between its first and last
    stop (the middle days the route uses); ``km`` the geodesic length of its
    legs; ``km_per_day`` = km / days (empty for a caravan seen on one day);
    ``top_km_per_day`` its fastest leg.  ``largest_*`` is the day with the
    highest reported size, ``latest_*`` the last day with a size (see
    :func:`size_timeline`).  ``checkpoints`` counts its checkpoint, blocked and
    clash reports; ``checkpoint_places`` names them in date order.
    """
    ids = list(dict.fromkeys(reports["caravan"]))
    index = pd.Index(ids, name="caravan")
    live = reports[on_route(reports)]
    g = live.groupby("caravan", sort=False)
    stops = route_stops(reports)
    sg = stops.groupby("caravan", sort=False)
    seg = segments.groupby("caravan", sort=False)
    out = pd.DataFrame(index=index)
    out["start"] = g["date_start"].min()
    out["end"] = g["date_end"].max()
    out["start_place"] = sg["place"].first()
    out["end_place"] = sg["place"].last()
    out["days"] = ((sg["leave"].max() - sg["arrive"].min()) / _DAY).reindex(index).fillna(0).astype(int)
    out["stops"] = sg.size().reindex(index).fillna(0).astype(int)
    out["legs"] = seg.size().reindex(index).fillna(0).astype(int)
    out["km"] = seg["km"].sum().reindex(index).fillna(0.0)
    out["km_per_day"] = (out["km"] / out["days"].where(out["days"] > 0)).astype(float)
    out["top_km_per_day"] = seg["km_per_day"].max().reindex(index)

    sizes = size_timeline(reports).dropna(subset=["high"])
    if len(sizes):
        largest = sizes.loc[sizes.groupby("caravan", sort=False)["high"].idxmax()].set_index("caravan")
        latest = sizes.groupby("caravan", sort=False).tail(1).set_index("caravan")
    else:
        largest = latest = pd.DataFrame(columns=["low", "high", "date"], index=pd.Index([], name="caravan"))
    for prefix, frame in (("largest", largest), ("latest", latest)):
        out[f"{prefix}_low"] = frame["low"].reindex(index).astype(float)
        out[f"{prefix}_high"] = frame["high"].reindex(index).astype(float)
        out[f"{prefix}_date"] = pd.to_datetime(frame["date"]).reindex(index)

    cp = checkpoints.sort_values("date_start", kind="stable")
    names = cp["resolved_name"] if "resolved_name" in cp else cp["place"]
    out["checkpoints"] = cp.groupby("caravan", sort=False).size().reindex(index).fillna(0).astype(int)
    named = pd.DataFrame({"caravan": cp["caravan"], "name": names.astype(str)}).drop_duplicates()
    out["checkpoint_places"] = named.groupby("caravan", sort=False)["name"].agg("; ".join).reindex(index).fillna("")
    out["reports"] = reports.groupby("caravan", sort=False).size().reindex(index).astype(int)
    return out.reset_index()[list(STATS_COLUMNS)]


def select_caravans(tables: Sequence[pd.DataFrame], ids: Sequence[str]) -> list[pd.DataFrame]:
    """The rows of each table that belong to the caravans ``ids``."""
    keep = list(ids)
    return [t[t["caravan"].isin(keep).to_numpy()].reset_index(drop=True) for t in tables]
