"""From located reports to route segments and checkpoints, vectorised.

A caravan's *stops* are its point-level, non-planned reports in date order,
consecutive reports at one place merged.  A *segment* joins two consecutive
stops.  Everything here works on whole columns (pandas groupby, pyproj's
geodesic on arrays, shapely 2 constructors): no Python loop over rows.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from .schema import NOT_ON_ROUTE
from .sizes import merge_sizes, report_day

GEOD = Geod(ellps="WGS84")

#: Columns of the ``segments`` table (besides ``geometry``).
SEGMENT_COLUMNS = (
    "caravan", "leg", "from_place", "to_place", "start", "end", "days", "km", "km_per_day",
    "size_start_low", "size_start_high", "size_end_low", "size_end_high", "size_carried",
    "approximate", "turned_back", "from_kind", "to_kind", "from_country", "to_country",
)


#: The report columns the route is built from (the rest of the table is never copied or sorted).
_TIMELINE_COLUMNS = ("caravan", "date_start", "date_end", "date_precision", "date_approx", "kind", "lat", "lon",
                     "count_low", "count_high", "count_nominal", "count_qualifier", "count_additional")


def _timeline(reports: pd.DataFrame, rows: np.ndarray | None = None) -> pd.DataFrame:
    """The route columns of ``reports`` (at positions ``rows``) in the order a caravan lived them.

    Sorted by caravan, middle day, file row (stable); the result has a
    ``_mid`` column (the middle day) and ``_caravan``, the caravan's rank in
    sorted order.  Only the columns the route needs are taken, once each.
    """
    rows = np.arange(len(reports)) if rows is None else rows
    day = report_day(reports[["date_start", "date_end"]]).to_numpy("datetime64[s]")[rows].astype("datetime64[D]")
    codes, _ = pd.factorize(reports["caravan"].take(rows), sort=True)
    # One stable integer sort on (caravan rank, day): rows keep their file order within a day.
    days = day.astype(np.int64)
    known = day == day  # NaT sorts last within its caravan, as sort_values does
    low = int(days[known].min()) if known.any() else 0
    span = (int(days[known].max()) - low + 2) if known.any() else 1
    key = codes.astype(np.int64) * span + np.where(known, days - low, span - 1)
    order = np.argsort(key, kind="stable")
    picked = rows[order]
    columns = [c for c in (*_TIMELINE_COLUMNS, "resolved_name", "place", "resolved_country") if c in reports]
    frame = pd.DataFrame({c: reports[c].take(picked).reset_index(drop=True) for c in columns})
    frame["_mid"] = day[order].astype("datetime64[s]")
    frame["_caravan"] = codes[order]
    return frame


def _stop_sizes(timeline: pd.DataFrame, stop_id: np.ndarray) -> pd.DataFrame:
    """The merged size (:func:`routes.sizes.merge_sizes`) of each stop's first and last day with one.

    ``arrive_low``/``arrive_high`` come from the first day at the stop whose
    reports give the group's size, ``leave_low``/``leave_high`` from the last
    (the same day when only one does); a stop with none has NaN.
    """
    merged = merge_sizes(timeline, [stop_id, timeline["_mid"].to_numpy()])  # (stop, day), days in order
    per_stop = merged[merged["low"].notna()][["low", "high"]].groupby(level=0, sort=False)
    arrive = per_stop.head(1).droplevel(1).add_prefix("arrive_")
    leave = per_stop.tail(1).droplevel(1).add_prefix("leave_")
    return arrive.join(leave, how="outer")


def on_route(reports: pd.DataFrame) -> np.ndarray:
    """Mask of the reports that are positions of the group: point precision, kind not in ``NOT_ON_ROUTE``."""
    return ((reports["precision"] == "point") & ~reports["kind"].isin(NOT_ON_ROUTE)).to_numpy()


def _runs(new: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last position of each run that starts where ``new`` is true (``new[0]`` must be true)."""
    first = np.flatnonzero(new)
    last = np.append(first[1:], len(new)) - 1
    return first, last


def route_stops(reports: pd.DataFrame) -> pd.DataFrame:
    """Return one row per stop of each caravan (see the module docstring).

    Caravans come in sorted order of their ids, each one's stops in date
    order.  The work is a few whole-column operations on the route's rows,
    however many caravans there are.
    """
    timeline = _timeline(reports, np.flatnonzero(on_route(reports)))
    lat, lon = timeline["lat"].to_numpy(float), timeline["lon"].to_numpy(float)
    caravan = timeline["_caravan"].to_numpy()
    new = np.ones(len(timeline), dtype=bool)
    if len(timeline) > 1:
        new[1:] = (caravan[1:] != caravan[:-1]) | (np.abs(lat[1:] - lat[:-1]) > 1e-6) | (np.abs(lon[1:] - lon[:-1]) > 1e-6)
    stop_id = np.cumsum(new) - 1
    first, last = _runs(new) if len(new) else (np.zeros(0, int), np.zeros(0, int))
    kind = timeline["kind"]
    inexact = (timeline["date_approx"].to_numpy(bool) | (timeline["date_precision"] != "day").to_numpy(bool))
    returned = (kind == "returned").to_numpy(bool)
    mid = timeline["_mid"].to_numpy()

    def any_in_stop(flags: np.ndarray) -> np.ndarray:
        return np.maximum.reduceat(flags.astype(np.int8), first).astype(bool) if len(first) else np.zeros(0, bool)

    def at(column: str, where: np.ndarray) -> pd.Series:
        return timeline[column].take(where).reset_index(drop=True)

    place = "resolved_name" if "resolved_name" in timeline else "place"
    stops = pd.DataFrame({
        "caravan": at("caravan", first),
        "place": at(place, first),
        "lat": lat[first],
        "lon": lon[first],
        "first": np.minimum.reduceat(timeline["date_start"].to_numpy(), first) if len(first) else mid[:0],
        "last": np.maximum.reduceat(timeline["date_end"].to_numpy(), first) if len(first) else mid[:0],
        # rows are sorted by day within a stop: its first row is its first day, its last its last
        "arrive": mid[first],
        "leave": mid[last],
        "approximate": any_in_stop(inexact),
        "first_kind": kind.take(first).reset_index(drop=True),
        "last_kind": kind.take(last).reset_index(drop=True),
        "returned": any_in_stop(returned),
        "country": at("resolved_country", first) if "resolved_country" in timeline else "",
    })
    stops = stops.join(_stop_sizes(timeline, stop_id))
    stops["size_carried"] = stops["leave_low"].isna()
    # A stop with no count carries the size the group had when it left the previous one.
    by_caravan = caravan[first]
    carried = stops[["leave_low", "leave_high"]].groupby(by_caravan).ffill()
    stops[["leave_low", "leave_high"]] = carried
    missing = stops["arrive_low"].isna().to_numpy()
    prev = carried.groupby(by_caravan).shift(1)
    stops.loc[missing, "arrive_low"] = prev.loc[missing, "leave_low"]
    stops.loc[missing, "arrive_high"] = prev.loc[missing, "leave_high"]
    stops["arrive_carried"] = missing
    return stops


def build_segments(stops: pd.DataFrame) -> gpd.GeoDataFrame:
    """Join each caravan's consecutive stops into LineString segments with distance and speed.

    ``stops`` is :func:`route_stops`' table (each caravan's stops together, in
    order); the work is whole-column, whatever the number of caravans.
    """
    caravan = stops["caravan"]
    n = len(stops)
    same = np.zeros(0, bool)
    if n > 1:
        codes, _ = pd.factorize(caravan)
        same = codes[1:] == codes[:-1]
    a = np.flatnonzero(same)  # leg k runs from stop a[k] to stop a[k] + 1
    b = a + 1
    lat, lon = stops["lat"].to_numpy(float), stops["lon"].to_numpy(float)
    _, _, metres = GEOD.inv(lon[a], lat[a], lon[b], lat[b])
    leave, arrive = stops["leave"].to_numpy(), stops["arrive"].to_numpy()
    days = ((arrive[b] - leave[a]) // np.timedelta64(1, "D")).astype(np.int64)
    km = np.asarray(metres, dtype=float) / 1000.0
    # legs are numbered 1, 2, ... within each caravan: position minus the position of its first leg
    first_leg = np.ones(len(a), dtype=bool)
    if len(a) > 1:
        first_leg[1:] = a[1:] != a[:-1] + 1
    starts = np.flatnonzero(first_leg)
    leg = np.arange(len(a)) - np.repeat(starts, np.diff(np.append(starts, len(a)))) + 1

    def col(name: str, rows: np.ndarray):
        values = stops[name]
        if values.dtype.kind in "biufcmM":
            return values.to_numpy()[rows]
        return values.take(rows).reset_index(drop=True)

    frame = pd.DataFrame({
        "caravan": col("caravan", a),
        "leg": leg,
        "from_place": col("place", a),
        "to_place": col("place", b),
        "start": leave[a],
        "end": arrive[b],
        "days": days,
        "km": km,
        "km_per_day": km / np.maximum(days, 1),
        "size_start_low": col("leave_low", a),
        "size_start_high": col("leave_high", a),
        "size_end_low": col("arrive_low", b),
        "size_end_high": col("arrive_high", b),
        "size_carried": col("size_carried", a) | col("arrive_carried", b),
        "approximate": col("approximate", a) | col("approximate", b),
        "turned_back": col("returned", a),
        "from_kind": col("last_kind", a),
        "to_kind": col("first_kind", b),
        "from_country": col("country", a),
        "to_country": col("country", b),
    })
    coords = np.stack([np.column_stack([lon[a], lat[a]]), np.column_stack([lon[b], lat[b]])], axis=1)
    geometry = shapely.linestrings(coords) if len(coords) else []
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
