"""Give every report a point: geocode its place in the context of its caravan."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import shapely

from geo.errors import InputErrors, PlaceNotFound, UnknownPlaces, Where
from geo.focus import Focus
from geo.resolve import Resolver, Stop, default_resolver, resolve_route

_DAY0 = pd.Timestamp("1970-01-01")
_GIVEN = "coordinates given in the report"

#: Text columns that locating adds (or replaces).
_TEXT = ("resolved_name", "precision", "geo_reasons", "place_source", "resolved_country", "located_by")
#: The added columns in the order the table shows them (after ``located_by``).
_ADDED = ("resolved_name", "precision", "precision_m", "geo_confidence", "ambiguous", "geo_reasons", "place_source",
          "resolved_country")


def _constant(value: str, n: int) -> pd.Series:
    """A text column of ``n`` copies of ``value``, built in Arrow (no Python object per row)."""
    return pd.Series(pa.repeat(pa.scalar(value, pa.large_string()), n), dtype="str")


def _overlay(base: pd.Series, pos: np.ndarray, values: pd.Series) -> pd.Series:
    """``base`` with the rows at positions ``pos`` replaced by ``values``, in one take (text stays Arrow)."""
    if not len(pos):
        return base.reset_index(drop=True)
    index = np.arange(len(base))
    index[pos] = len(base) + np.arange(len(pos))
    both = pd.concat([base.reset_index(drop=True), values.reset_index(drop=True).astype(base.dtype)],
                     ignore_index=True)
    return both.take(index).reset_index(drop=True)


def _points(geometry: object, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Point geometries for ``lon``/``lat``, keeping the given ones whose coordinates already match."""
    n = len(lon)
    if isinstance(geometry, gpd.GeoSeries) and len(geometry) == n:
        old = np.asarray(geometry.values, dtype=object)
        same = (shapely.get_type_id(old) == 0) & (shapely.get_x(old) == lon) & (shapely.get_y(old) == lat)
        if same.all():
            return old
        out = old.copy()
        redo = ~same
        out[redo] = shapely.points(lon[redo], lat[redo])
        return out
    return shapely.points(lon, lat)


def _story_areas(caravans: pd.Series, countries: pd.Series, resolver: Resolver) -> dict[object, Focus]:
    """Each caravan's story area: the countries its rows are hinted at (ISO-2 codes the gazetteer knows).

    A draft's resolved rows carry their country ("MX"); a row that extraction left without coordinates
    is then looked for in those countries first (a soft focus, :class:`geo.focus.Focus`), not worldwide.
    """
    hinted = pd.DataFrame({"caravan": caravans.to_numpy(), "country": countries.to_numpy()})
    hinted = hinted[hinted["country"] != ""].drop_duplicates()
    known = {code: bool(resolver.country_code(code)) for code in hinted["country"].unique()}
    hinted = hinted[hinted["country"].map(known).astype(bool)]
    return {caravan: Focus(countries=group.tolist()) for caravan, group in hinted.groupby("caravan", sort=False)["country"]}


def locate(reports: gpd.GeoDataFrame, resolver: Resolver | None = None) -> gpd.GeoDataFrame:
    """Return a copy of ``reports`` with every row located.

    Rows with ``lat``/``lon`` keep them (``located_by == "given"``).  The others
    are resolved caravan by caravan with :func:`geo.resolve_route`, one
    resolution per distinct (place, country, kind, day) of a caravan, in the
    caravan's story area: the countries its rows are hinted at (a soft
    :class:`geo.focus.Focus`: "Mina" in a caravan whose other rows say "MX"
    is the town in Nuevo León, not Minna in Nigeria).  Added
    columns: ``resolved_name``, ``precision`` (``point``, ``country``,
    ``admin1``, ``region``), ``precision_m``, ``geo_confidence`` (0-1),
    ``ambiguous``, ``geo_reasons``, ``place_source``, ``resolved_country``
    (ISO-2 code of the resolved place; for given coordinates, the report's
    ``country`` hint when it is a two-letter code, else empty).

    Work grows with the rows and the distinct places, not rows x caravans:
    text columns are filled by whole-column Arrow operations, and the
    resolved answers reach their rows through one merge.

    Raises :class:`geo.errors.UnknownPlaces` (an :class:`geo.InputErrors`) listing
    every unknown place once, with all its rows and the closest names the
    gazetteer knows (each a :class:`geo.PlaceNotFound` in ``.problems``), or
    :class:`geo.InputError` for an unknown country hint.
    """
    geometry = reports.geometry if isinstance(reports, gpd.GeoDataFrame) and "geometry" in reports else None
    out = pd.DataFrame(reports.drop(columns="geometry", errors="ignore")).reset_index(drop=True)
    n = len(out)
    lat, lon = out["lat"].to_numpy(dtype=float, copy=True), out["lon"].to_numpy(dtype=float, copy=True)
    hint = out["country"].astype("str").str.strip().str.upper()
    given = (out["located_by"] == "given").to_numpy(bool)
    text = {
        "resolved_name": out["place"].astype("str"),
        "precision": _constant("point", n),
        "geo_reasons": pd.Series([_GIVEN, ""], dtype="str").take(np.where(given, 0, 1)).reset_index(drop=True),
        "place_source": _constant("", n),
        "resolved_country": hint.where(hint.str.fullmatch(r"[A-Z]{2}").fillna(False).to_numpy(bool), ""),
        "located_by": out["located_by"].astype("str"),
    }
    numbers = {"precision_m": np.full(n, np.nan), "geo_confidence": np.ones(n), "ambiguous": np.zeros(n, dtype=bool)}

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
        areas = _story_areas(out["caravan"], text["resolved_country"], resolver)
        for caravan, group in distinct.groupby("caravan", sort=False):
            stops = [
                Stop(p, d, c, k, Where(str(out["file"].iat[i]), int(out["row"].iat[i]), "place"))
                for p, d, c, k, i in zip(group["place"], group["day"], group["country"], group["kind"], group["_pos"])
            ]
            try:
                results = resolve_route(stops, resolver, focus=areas.get(caravan))
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
            problems.sort(key=lambda p: (p.where.file, p.where.row or 0))
            raise UnknownPlaces(problems)
        answers = pd.DataFrame(found, columns=keys + ["lat", "lon", *_ADDED, "located_by"])
        rows = keyed.merge(answers, on=keys, how="left", validate="many_to_one")
        pos = rows["_pos"].to_numpy()
        lat[pos], lon[pos] = rows["lat"].to_numpy(float), rows["lon"].to_numpy(float)
        for column in _TEXT:
            text[column] = _overlay(text[column], pos, rows[column].fillna("").astype("str"))
        for column, target in numbers.items():
            target[pos] = rows[column].to_numpy(dtype=target.dtype)

    columns = {**text, **numbers}
    out = out.assign(lat=lat, lon=lon, located_by=columns["located_by"], **{c: columns[c] for c in _ADDED})
    return gpd.GeoDataFrame(out, geometry=_points(geometry, lon, lat), crs="EPSG:4326")
