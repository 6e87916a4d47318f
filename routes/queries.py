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
import pyarrow as pa
import pyarrow.compute as pc
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


def positions_at(reports: pd.DataFrame, when: pd.Timestamp, *, stops: pd.DataFrame | None = None) -> gpd.GeoDataFrame:
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

    ``stops`` is ``route_stops(reports)`` when the caller has it already.
    """
    stops = route_stops(reports) if stops is None else stops
    d = np.datetime64(when, "ns")
    # stops come caravan by caravan: integer codes in that order stand for the ids
    caravan, _ = pd.factorize(stops["caravan"])
    names = stops["caravan"]
    lat, lon = stops["lat"].to_numpy(float), stops["lon"].to_numpy(float)
    arrive, leave = stops["arrive"].to_numpy(), stops["leave"].to_numpy()
    n = len(stops)
    first_stop = np.ones(n, dtype=bool)
    first_stop[1:] = caravan[1:] != caravan[:-1]
    starts = np.flatnonzero(first_stop)
    order = np.arange(n) - np.repeat(starts, np.diff(np.append(starts, n)))  # stop number within its caravan
    has_next = np.zeros(n, bool)
    if n > 1:
        has_next[:-1] = caravan[1:] == caravan[:-1]
    nxt = np.minimum(np.arange(n) + 1, max(n - 1, 0))

    # At a stop: first and last stop of each caravan whose days contain `when`.
    at = np.flatnonzero((arrive <= d) & (d <= leave))
    # `at` is ascending and each caravan's stops are contiguous: its runs give the first and last stop
    run = np.ones(len(at), dtype=bool)
    run[1:] = caravan[at[1:]] != caravan[at[:-1]]
    i_first = at[run]
    i_last = at[np.append(np.flatnonzero(run)[1:], len(at)) - 1] if len(at) else at
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
    places = stops["place"]

    def text(column: pd.Series, rows: np.ndarray) -> pd.Series:
        return column.take(rows).reset_index(drop=True)

    at_rows = pd.DataFrame({
        "caravan": text(names, i_last),
        "status": "at stop",
        "place": text(places, i_last),
        "from_place": text(places, i_first),
        "to_place": text(places, i_last),
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
    mov_rows = pd.DataFrame({
        "caravan": text(names, mov),
        "status": "on the way",
        "place": "between " + text(places, mov) + " and " + text(places, j),
        "from_place": text(places, mov),
        "to_place": text(places, j),
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
    rank = np.concatenate([caravan[i_last], caravan[mov]])  # the order of the caravans in `stops`
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
def distance_km(geoms: Any, place: QueryPlace, *, max_km: float | None = None) -> np.ndarray:
    """Distance in km from ``place`` to each geometry (lon/lat), on arrays (see the module docstring).

    With ``max_km``, geometries that clearly lie farther than that are not
    measured and get ``inf`` (see :func:`_candidates`): a query near one town
    measures the few geometries around it, not the whole table.
    """
    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), np.inf)
    todo = np.arange(len(geoms)) if max_km is None else _candidates(geoms, place, max_km)
    if max_km is not None:
        todo = todo[_legs_may_reach(geoms[todo], place, max_km)]
    if not len(todo):
        return out
    to_aeqd = Transformer.from_crs(
        "EPSG:4326", f"+proj=aeqd +lat_0={place.lat} +lon_0={place.lon} +datum=WGS84 +units=m", always_xy=True
    )
    projected = shapely.transform(geoms[todo], lambda xy: np.column_stack(to_aeqd.transform(xy[:, 0], xy[:, 1])))
    out[todo] = shapely.distance(projected, shapely.Point(0.0, 0.0)) / 1000.0
    return out


#: Fewest km in a degree of latitude (at the equator), and in a degree of longitude at the equator.
_KM_PER_DEG_LAT = 110.57
_KM_PER_DEG_LON = 111.32


def _candidates(geoms: np.ndarray, place: QueryPlace, km: float) -> np.ndarray:
    """Positions of the geometries that may come within ``km`` of ``place`` (a superset, cheap to find).

    A geometry is left out when its bounding box, widened by a quarter of its
    own size and 0.01 degrees (a leg's curve may bow out of its box), misses
    the band of latitudes, and away from the poles of longitudes, that ``km``
    plus a third can reach from ``place``.
    """
    reach = km * 4 / 3
    box = shapely.bounds(geoms)  # minx, miny, maxx, maxy (NaN for empty geometries: never kept)
    pad = 0.25 * np.maximum(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]) + 0.01
    dlat = reach / _KM_PER_DEG_LAT
    keep = (box[:, 3] + pad >= place.lat - dlat) & (box[:, 1] - pad <= place.lat + dlat)
    far_lat = abs(place.lat) + dlat
    if far_lat < 89.0:  # a degree of longitude is at least this long within the band
        dlon = reach / (_KM_PER_DEG_LON * np.cos(np.radians(far_lat)))
        if dlon < 90.0:
            lon_ok = np.zeros(len(geoms), dtype=bool)
            for turn in (-360.0, 0.0, 360.0):  # the band may cross the antimeridian
                west, east = place.lon - dlon + turn, place.lon + dlon + turn
                lon_ok |= (box[:, 2] + pad >= west) & (box[:, 0] - pad <= east)
            keep &= lon_ok
    return np.flatnonzero(keep)


_EARTH_KM = 6371.0


def _legs_may_reach(geoms: np.ndarray, place: QueryPlace, km: float) -> np.ndarray:
    """Mask of ``geoms`` worth measuring exactly: False only for a two-point line that clearly stays away.

    The line is measured in a flat frame around ``place`` whose scales are
    the least a degree can measure there (110.57 km of latitude; of
    longitude, at the latitude nearest a pole), so the flat distance is not
    more than the true one; it is kept unless it exceeds ``km`` plus a third,
    plus how far a geodesic of its length can bow out of the straight line.
    Points and other geometries are always kept.
    """
    keep = np.ones(len(geoms), dtype=bool)
    lines = np.flatnonzero((shapely.get_type_id(geoms) == 1) & (shapely.get_num_points(geoms) == 2))
    if not len(lines):
        return keep
    xy = shapely.get_coordinates(geoms[lines]).reshape(-1, 2, 2)  # (line, end, lon/lat)
    lon = (xy[:, :, 0] - place.lon + 180.0) % 360.0 - 180.0
    lat = xy[:, :, 1]
    pole = np.minimum(np.maximum(np.abs(lat).max(axis=1), abs(place.lat)), 89.9)
    x = lon * (_KM_PER_DEG_LON * np.cos(np.radians(pole)))[:, None]
    y = (lat - place.lat) * _KM_PER_DEG_LAT
    dx, dy = x[:, 1] - x[:, 0], y[:, 1] - y[:, 0]
    length2 = dx * dx + dy * dy
    t = np.clip(-(x[:, 0] * dx + y[:, 0] * dy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    flat = np.hypot(x[:, 0] + t * dx, y[:, 0] + t * dy)
    bow = length2 * np.tan(np.radians(pole)) / (8 * _EARTH_KM)
    keep[lines] = flat <= km * 4 / 3 + 1.0 + bow
    return keep


def caravans_within(
    reports: pd.DataFrame, segments: gpd.GeoDataFrame, place: QueryPlace, km: float
) -> list[str]:
    """Caravans whose route (stops or the legs between) comes within ``km`` of ``place``."""
    route = on_route(reports)
    r_near = distance_km(reports.geometry.values[route], place, max_km=km) <= km
    s_near = distance_km(segments.geometry.values, place, max_km=km) <= km
    hit = set(reports["caravan"].take(np.flatnonzero(route)[r_near])) | set(segments["caravan"][s_near])
    return [c for c in pd.unique(reports["caravan"]) if c in hit]


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
    # One stable sort by (caravan, day) puts each day's reports together; the merge, the flags and the
    # place lists then run on those runs: no Python loop, no per-group join.
    rows = np.flatnonzero(sized(reports) & (reports["kind"] != "planned").to_numpy())
    codes, ids = pd.factorize(reports["caravan"])  # caravans in order of first appearance
    day = report_day(reports[["date_start", "date_end"]]).to_numpy()[rows]
    order = np.lexsort((day, codes[rows]))  # stable: a day's reports keep their file order
    rows, day, code = rows[order], day[order], codes[rows][order]
    new = np.ones(len(rows), dtype=bool)
    new[1:] = (code[1:] != code[:-1]) | (day[1:] != day[:-1])
    group, first = np.cumsum(new) - 1, np.flatnonzero(new)
    figures = reports[["count_low", "count_high", "count_nominal", "count_additional", "count_qualifier", "kind"]].take(rows)
    out = merge_sizes(figures.reset_index(drop=True), [group]).reset_index(drop=True)
    out = out.rename(columns={"sized": "reports"})[["low", "high", "joined", "reports"]]
    approx = (reports["date_approx"].to_numpy(bool) | (reports["date_precision"] != "day").to_numpy(bool))[rows]
    out["approximate"] = np.logical_or.reduceat(approx, first) if len(first) else approx
    place = (reports["resolved_name"] if "resolved_name" in reports else reports["place"]).astype("str")
    named = pd.DataFrame({"group": group, "place": place.take(rows).reset_index(drop=True)})
    named = named[~named.duplicated().to_numpy()]  # each place once a day, in the order first reported
    runs = np.flatnonzero(np.append(True, np.diff(named["group"].to_numpy()) != 0)) if len(named) else first
    out["places"] = join_runs(named["place"], runs)
    out.insert(0, "caravan", pd.Series(ids, dtype="str").take(code[first]).reset_index(drop=True))
    out.insert(1, "date", day[first])
    return out


STATS_COLUMNS = (
    "caravan", "start", "end", "start_place", "end_place", "days", "stops", "legs", "km", "km_per_day",
    "top_km_per_day", "largest_low", "largest_high", "largest_date", "latest_low", "latest_high", "latest_date",
    "checkpoints", "checkpoint_places", "reports",
)


def join_runs(values: pd.Series, starts: np.ndarray, sep: str = "; ") -> pd.Series:
    """Join the text of each run ``values[starts[k]:starts[k + 1]]`` with ``sep``, in one Arrow call.

    ``starts`` are the ascending first positions of the runs (the last run
    ends at the end of ``values``); a run may be empty.  Missing values join
    as empty text.  This is a per-group ``"; ".join`` without a Python loop.
    """
    offsets = pa.array(np.append(np.asarray(starts, dtype=np.int64), len(values)))
    text = pa.array(values.fillna("").astype("str"), type=pa.large_string())
    lists = pa.LargeListArray.from_arrays(offsets, text)
    return pd.Series(pc.binary_join(lists, pa.scalar(sep, pa.large_string())), dtype="str")


def codes_in(values: pd.Series, ids: pd.Index) -> np.ndarray:
    """Position of each of ``values`` in ``ids`` (-1 when absent), looked up in Arrow (no Python strings)."""
    found = pc.index_in(pa.array(values.astype("str"), type=pa.large_string()),
                        value_set=pa.array(ids.astype("str"), type=pa.large_string()))
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


def _per_caravan(values: np.ndarray, codes: np.ndarray, how: str, n: int) -> np.ndarray:
    """``how`` (min, max, first, last, size...) of ``values`` grouped by caravan ``codes``, for codes 0..n-1."""
    grouped = pd.Series(values).groupby(codes, sort=True)
    return getattr(grouped, how)().reindex(np.arange(n)).to_numpy()


def stats(reports: pd.DataFrame, segments: pd.DataFrame, checkpoints: pd.DataFrame,
          *, stops: pd.DataFrame | None = None) -> pd.DataFrame:
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

    Every column is computed for all caravans at once (integer caravan codes,
    grouped sums and extremes), so the cost grows with the rows, not with rows
    x caravans.  ``stops`` is ``route_stops(reports)`` when the caller has it.
    """
    codes, ids = pd.factorize(reports["caravan"])  # caravans in order of first appearance
    k = len(ids)
    index = pd.Index(ids, name="caravan", dtype="str")
    stops = route_stops(reports) if stops is None else stops
    out = pd.DataFrame(index=index)

    route = on_route(reports)
    live = codes[route]
    out["start"] = _per_caravan(reports["date_start"].to_numpy()[route], live, "min", k)
    out["end"] = _per_caravan(reports["date_end"].to_numpy()[route], live, "max", k)

    s_codes = codes_in(stops["caravan"], index)  # each caravan's stops are contiguous, in order
    first = np.flatnonzero(np.append(True, s_codes[1:] != s_codes[:-1])) if len(stops) else np.zeros(0, int)
    last = np.append(first[1:], len(stops)) - 1
    where_first = np.full(k, -1)
    where_first[s_codes[first]] = first
    where_last = np.full(k, -1)
    where_last[s_codes[first]] = last
    place = pd.concat([stops["place"].astype("str"), pd.Series([np.nan], dtype="str")], ignore_index=True)
    out["start_place"] = place.take(where_first).to_numpy()  # -1 takes the missing value at the end
    out["end_place"] = place.take(where_last).to_numpy()
    arrive = _per_caravan(stops["arrive"].to_numpy(), s_codes, "min", k)
    leave = _per_caravan(stops["leave"].to_numpy(), s_codes, "max", k)
    days = pd.Series((leave - arrive) / _DAY)
    out["days"] = days.fillna(0).astype(int).to_numpy()
    out["stops"] = np.bincount(s_codes, minlength=k)

    g_codes = codes_in(segments["caravan"], index)
    out["legs"] = np.bincount(g_codes, minlength=k)
    out["km"] = np.bincount(g_codes, weights=segments["km"].to_numpy(float), minlength=k)
    out["km_per_day"] = (out["km"] / out["days"].where(out["days"] > 0)).astype(float)
    out["top_km_per_day"] = _per_caravan(segments["km_per_day"].to_numpy(float), g_codes, "max", k)

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

    # checkpoints: how many, and their distinct places in date order, joined per caravan
    c_codes = codes_in(checkpoints["caravan"], index)
    out["checkpoints"] = np.bincount(c_codes[c_codes >= 0], minlength=k)
    names = checkpoints["resolved_name"] if "resolved_name" in checkpoints else checkpoints["place"]
    order = np.lexsort((checkpoints["date_start"].to_numpy(), c_codes))
    named = pd.DataFrame({"code": c_codes[order], "name": names.astype("str").take(order).to_numpy()})
    named = named[~named.duplicated() & (named["code"] >= 0)].reset_index(drop=True)
    named_codes = named["code"].to_numpy()
    runs = np.flatnonzero(np.append(True, named_codes[1:] != named_codes[:-1])) if len(named) else named_codes
    listed = np.full(k, "", dtype=object)
    listed[named_codes[runs]] = join_runs(named["name"], runs).to_numpy()
    out["checkpoint_places"] = pd.Series(listed, dtype="str").to_numpy()
    out["reports"] = np.bincount(codes, minlength=k)
    return out.reset_index()[list(STATS_COLUMNS)]


def select_caravans(tables: Sequence[pd.DataFrame], ids: Sequence[str]) -> list[pd.DataFrame]:
    """The rows of each table that belong to the caravans ``ids``."""
    keep = list(ids)
    return [t[t["caravan"].isin(keep).to_numpy()].reset_index(drop=True) for t in tables]
