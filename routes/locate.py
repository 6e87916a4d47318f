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

    Raises :class:`geo.InputErrors` listing every unknown place (each a
    :class:`geo.PlaceNotFound` in ``.problems``, with the closest names the
    gazetteer knows), or :class:`geo.InputError` for an unknown country hint.
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

    todo = np.flatnonzero(np.isnan(lat))
    if len(todo):
        resolver = resolver or default_resolver()
        day = ((out["date_start"] - _DAY0).dt.days + (out["date_end"] - out["date_start"]).dt.days / 2).to_numpy()
        keys = ["caravan", "place", "country", "kind", "day"]
        keyed = pd.DataFrame(out.iloc[todo][keys[:-1]]).assign(day=day[todo], _pos=todo)
        # One resolution per distinct (caravan, place, country, kind, day): the loop runs over
        # those, never over rows; the answers reach the rows through one merge.
        distinct = keyed.drop_duplicates(keys)
        problems: list[PlaceNotFound] = []
        found: list[tuple] = []
        for caravan, group in distinct.groupby("caravan", sort=False):
            stops = [
                Stop(p, d, c, k, Where(str(out["file"].iat[i]), int(out["row"].iat[i]), "place"))
                for p, d, c, k, i in zip(group["place"], group["day"], group["country"], group["kind"], group["_pos"])
            ]
            try:
                results = resolve_route(stops, resolver)
            except InputErrors as exc:
                problems += exc.problems
                continue
            found += [
                (caravan, p, c, k, d, r.lat, r.lon, r.place.name, r.place.precision, r.place.precision_m,
                 r.confidence, r.ambiguous, "; ".join(r.reasons), r.place.source, r.place.country,
                 "fuzzy" if r.place.match == "fuzzy" else "gazetteer")
                for p, c, k, d, r in zip(group["place"], group["country"], group["kind"], group["day"], results)
            ]
        if problems:
            raise InputErrors(problems)
        answers = pd.DataFrame(found, columns=keys + [
            "lat", "lon", "resolved_name", "precision", "precision_m", "geo_confidence", "ambiguous", "geo_reasons",
            "place_source", "resolved_country", "located_by"])
        rows = keyed.merge(answers, on=keys, how="left", validate="many_to_one")
        pos = rows["_pos"].to_numpy()
        lat[pos], lon[pos] = rows["lat"].to_numpy(float), rows["lon"].to_numpy(float)
        for target, column in ((resolved_name, "resolved_name"), (precision, "precision"),
                               (precision_m, "precision_m"), (confidence, "geo_confidence"),
                               (ambiguous, "ambiguous"), (reasons, "geo_reasons"), (place_source, "place_source"),
                               (resolved_country, "resolved_country"), (located_by, "located_by")):
            target[pos] = rows[column].to_numpy(dtype=target.dtype)

    out = out.assign(
        lat=lat, lon=lon, located_by=located_by, resolved_name=resolved_name, precision=precision,
        precision_m=precision_m, geo_confidence=confidence, ambiguous=ambiguous, geo_reasons=reasons,
        place_source=place_source, resolved_country=resolved_country,
    )
    return gpd.GeoDataFrame(out, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
