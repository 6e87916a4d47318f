"""Give every report a point: geocode its place in the context of its caravan."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.errors import PlaceNotFound, InputErrors, Where
from geo.resolve import Resolver, Stop, default_resolver, resolve_route

_DAY0 = pd.Timestamp("1970-01-01")


def locate(reports: gpd.GeoDataFrame, resolver: Resolver | None = None) -> gpd.GeoDataFrame:
    """Return a copy of ``reports`` with every row located.

    Rows with ``lat``/``lon`` keep them (``located_by == "given"``).  The others
    are resolved caravan by caravan with :func:`geo.resolve_route`, one
    resolution per distinct (place, country, kind, day) of a caravan.  Added
    columns: ``resolved_name``, ``precision`` (``point``, ``country``,
    ``admin1``, ``region``), ``precision_m``, ``geo_confidence`` (0-1),
    ``ambiguous``, ``geo_reasons``, ``place_source``, ``resolved_country``
    (ISO-2 code of the resolved place; for given coordinates, the report's
    ``country`` hint when it is a two-letter code, else empty).

    Raises :class:`geo.PlaceNotFound` (listing every unknown place with the
    closest names the gazetteer knows) when a place cannot be found.
    """
    out = pd.DataFrame(reports.drop(columns="geometry", errors="ignore")).copy()
    n = len(out)
    resolved_name = out["place"].astype(object).to_numpy(copy=True)
    precision = np.full(n, "point", dtype=object)
    precision_m = np.full(n, np.nan)
    confidence = np.ones(n)
    ambiguous = np.zeros(n, dtype=bool)
    reasons = np.full(n, "", dtype=object)
    place_source = np.full(n, "", dtype=object)
    hint = out["country"].astype(str).str.strip().str.upper()
    resolved_country = np.where(hint.str.fullmatch(r"[A-Z]{2}"), hint, "").astype(object)
    lat, lon = out["lat"].to_numpy(dtype=float, copy=True), out["lon"].to_numpy(dtype=float, copy=True)
    located_by = out["located_by"].to_numpy(dtype=object, copy=True)
    reasons[located_by == "given"] = "coordinates given in the report"

    todo = out.index[np.isnan(lat)]
    if len(todo):
        resolver = resolver or default_resolver()
        day = ((out["date_start"] - _DAY0).dt.days + (out["date_end"] - out["date_start"]).dt.days / 2).to_numpy()
        keyed = out.loc[todo, ["caravan", "place", "country", "kind"]].assign(day=day[todo])
        problems: list[PlaceNotFound] = []
        for caravan, group in keyed.groupby("caravan", sort=False):
            distinct = group.drop_duplicates(["place", "country", "kind", "day"])
            stops = [
                Stop(r.place, r.day, r.country, r.kind, Where(str(out.at[i, "file"]), int(out.at[i, "row"]), "place"))
                for i, r in distinct.iterrows()
            ]
            try:
                results = resolve_route(stops, resolver)
            except InputErrors as exc:
                problems += exc.problems
                continue
            key = list(zip(distinct["place"], distinct["country"], distinct["kind"], distinct["day"]))
            by_key = dict(zip(key, results))
            for i, r in group.iterrows():
                res = by_key[(r.place, r.country, r.kind, r.day)]
                pos = out.index.get_loc(i)
                lat[pos], lon[pos] = res.lat, res.lon
                resolved_name[pos] = res.place.name
                precision[pos] = res.place.precision
                precision_m[pos] = res.place.precision_m
                confidence[pos] = res.confidence
                ambiguous[pos] = res.ambiguous
                reasons[pos] = "; ".join(res.reasons)
                place_source[pos] = res.place.source
                resolved_country[pos] = res.place.country
                located_by[pos] = "fuzzy" if res.place.match == "fuzzy" else "gazetteer"
        if problems:
            raise InputErrors(problems)

    out = out.assign(
        lat=lat, lon=lon, located_by=located_by, resolved_name=resolved_name, precision=precision,
        precision_m=precision_m, geo_confidence=confidence, ambiguous=ambiguous, geo_reasons=reasons,
        place_source=place_source, resolved_country=resolved_country,
    )
    return gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
