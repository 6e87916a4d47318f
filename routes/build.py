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


def _timeline(reports: pd.DataFrame) -> pd.DataFrame:
    """Reports sorted the way a caravan lived them: by caravan, middle day, file row."""
    return (
        reports.assign(_mid=report_day(reports), _order=np.arange(len(reports)))
        .sort_values(["caravan", "_mid", "_order"], kind="stable")
    )


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


def route_stops(reports: pd.DataFrame) -> pd.DataFrame:
    """Return one row per stop of each caravan (see the module docstring)."""
    timeline = _timeline(reports[on_route(reports)])
    lat, lon = timeline["lat"].to_numpy(), timeline["lon"].to_numpy()
    caravan = timeline["caravan"].to_numpy()
    new = np.ones(len(timeline), dtype=bool)
    if len(timeline) > 1:
        new[1:] = (caravan[1:] != caravan[:-1]) | (np.abs(lat[1:] - lat[:-1]) > 1e-6) | (np.abs(lon[1:] - lon[:-1]) > 1e-6)
    stop_id = np.cumsum(new) - 1
    g = timeline.assign(
        _stop=stop_id,
        _inexact=timeline["date_approx"] | (timeline["date_precision"] != "day"),
        _returned=timeline["kind"] == "returned",
    ).groupby("_stop", sort=True)
    stops = pd.DataFrame({
        "caravan": g["caravan"].first(),
        "place": g["resolved_name"].first(),
        "lat": g["lat"].first(),
        "lon": g["lon"].first(),
        "first": g["date_start"].min(),
        "last": g["date_end"].max(),
        "arrive": g["_mid"].min(),
        "leave": g["_mid"].max(),
        "approximate": g["_inexact"].any(),
        "first_kind": g["kind"].first(),
        "last_kind": g["kind"].last(),
        "returned": g["_returned"].any(),
        "country": g["resolved_country"].first() if "resolved_country" in timeline else "",
    })
    stops = stops.join(_stop_sizes(timeline, stop_id))
    stops["size_carried"] = stops["leave_low"].isna()
    # A stop with no count carries the size the group had when it left the previous one.
    carried = stops.groupby("caravan")[["leave_low", "leave_high"]].ffill()
    stops[["leave_low", "leave_high"]] = carried
    missing = stops["arrive_low"].isna()
    prev = carried.groupby(stops["caravan"]).shift(1)
    stops.loc[missing, "arrive_low"] = prev.loc[missing, "leave_low"]
    stops.loc[missing, "arrive_high"] = prev.loc[missing, "leave_high"]
    stops["arrive_carried"] = missing
    return stops.reset_index(drop=True)


def build_segments(stops: pd.DataFrame) -> gpd.GeoDataFrame:
    """Join each caravan's consecutive stops into LineString segments with distance and speed."""
    same = stops["caravan"].to_numpy()[1:] == stops["caravan"].to_numpy()[:-1] if len(stops) > 1 else np.array([], bool)
    a = stops.iloc[:-1][same].reset_index(drop=True)
    b = stops.iloc[1:][same].reset_index(drop=True)
    _, _, metres = GEOD.inv(a["lon"].to_numpy(), a["lat"].to_numpy(), b["lon"].to_numpy(), b["lat"].to_numpy())
    days = (b["arrive"] - a["leave"]).dt.days.to_numpy()
    coords = np.stack([
        np.stack([a["lon"].to_numpy(), a["lat"].to_numpy()], axis=1),
        np.stack([b["lon"].to_numpy(), b["lat"].to_numpy()], axis=1),
    ], axis=1)
    km = np.asarray(metres, dtype=float) / 1000.0
    frame = pd.DataFrame({
        "caravan": a["caravan"],
        "leg": a.groupby("caravan").cumcount().to_numpy() + 1 if len(a) else np.array([], int),
        "from_place": a["place"],
        "to_place": b["place"],
        "start": a["leave"],
        "end": b["arrive"],
        "days": days,
        "km": km,
        "km_per_day": km / np.maximum(days, 1),
        "size_start_low": a["leave_low"],
        "size_start_high": a["leave_high"],
        "size_end_low": b["arrive_low"],
        "size_end_high": b["arrive_high"],
        "size_carried": a["size_carried"].to_numpy() | b["arrive_carried"].to_numpy(),
        "approximate": a["approximate"].to_numpy() | b["approximate"].to_numpy(),
        "turned_back": a["returned"].to_numpy(),
        "from_kind": a["last_kind"],
        "to_kind": b["first_kind"],
        "from_country": a["country"],
        "to_country": b["country"],
    })
    geometry = shapely.linestrings(coords) if len(coords) else []
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
