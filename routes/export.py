"""The ``to_*`` family: a RouteSet's tables as files GIS tools open.

| format | holds | written with |
| --- | --- | --- |
| GeoPackage (``.gpkg``) | three layers: ``reports``, ``segments``, ``checkpoints`` | pyogrio (GDAL) |
| GeoJSON (``.geojson``) | one layer, or all three in one collection with a ``layer`` property | geopandas |
| GeoParquet (``.parquet``) | one layer, or all three with a ``layer`` column | pyarrow |
| CSV (``.csv``) | one layer, or all three with a ``layer`` column; geometry as WKT; formula-safe text | pandas |

Coordinates are WGS84 (EPSG:4326).  Every file is written to a temporary
file beside the target and renamed over it, so a failed export leaves the
previous file as it was.  CSV text cells that a spreadsheet would run as a
formula are written with a leading apostrophe (:mod:`geo.csvsafe`); ``routemapper
build`` reads them back as they were.  An empty layer (a caravan with no checkpoint) is
written with its columns and no rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

from geo.atomic import atomic_path, atomic_write
from geo.csvsafe import neutralise_frame
from geo.errors import InputError

LAYERS: tuple[str, ...] = ("reports", "segments", "checkpoints")
SUFFIXES = {".gpkg": "gpkg", ".geojson": "geojson", ".json": "geojson", ".parquet": "parquet",
            ".geoparquet": "parquet", ".csv": "csv"}


def _tables(routes: Any) -> dict[str, gpd.GeoDataFrame]:
    return {name: getattr(routes, name) for name in LAYERS}


def _one_table(routes: Any, layer: str | None) -> gpd.GeoDataFrame:
    """One layer, or all three stacked with a ``layer`` column first."""
    tables = _tables(routes)
    if layer is not None:
        if layer not in tables:
            raise InputError(f"no layer {layer!r}", hint=f"the layers are: {', '.join(LAYERS)}")
        return tables[layer]
    stacked = pd.concat([t.assign(layer=name) for name, t in tables.items()], ignore_index=True)
    stacked = stacked[["layer"] + [c for c in stacked.columns if c != "layer"]]
    return gpd.GeoDataFrame(stacked, geometry="geometry", crs="EPSG:4326")


def _dates_as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Datetime columns as ``YYYY-MM-DD`` text (empty where missing), for text formats."""
    dated = [c for c in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[c])]
    return frame.assign(**{c: frame[c].dt.strftime("%Y-%m-%d").fillna("") for c in dated})


def write_gpkg(routes: Any, path: str | Path) -> Path:
    """GeoPackage with the layers ``reports``, ``segments``, ``checkpoints`` (QGIS opens each)."""
    import pyogrio

    with atomic_path(path, suffix=".gpkg") as tmp:  # GDAL checks a GeoPackage's extension
        for name, table in _tables(routes).items():
            pyogrio.write_dataframe(table, tmp, layer=name, driver="GPKG", append=tmp.exists())
    return Path(path)


def write_geojson(routes: Any, path: str | Path, *, layer: str | None = None) -> Path:
    """GeoJSON FeatureCollection (RFC 7946, lon/lat)."""
    table = _dates_as_text(_one_table(routes, layer))
    return atomic_write(path, table.to_json(na="null", show_bbox=False, drop_id=True, to_wgs84=True))


def write_parquet(routes: Any, path: str | Path, *, layer: str | None = None) -> Path:
    """GeoParquet through pyarrow (geometry as WKB, with GeoParquet metadata)."""
    table = _one_table(routes, layer)
    with atomic_path(path) as tmp:
        table.to_parquet(tmp, index=False)
    return Path(path)


def write_csv(routes: Any, path: str | Path, *, layer: str | None = None) -> Path:
    """CSV with a WKT ``geometry`` column (QGIS: add a delimited text layer, geometry WKT), formula-safe."""
    table = _dates_as_text(_one_table(routes, layer))
    frame = pd.DataFrame(table.drop(columns="geometry"))
    frame["geometry"] = shapely.to_wkt(table.geometry.values, rounding_precision=6)
    return atomic_write(path, neutralise_frame(frame).to_csv(index=False, lineterminator="\n"))


def write_file(routes: Any, path: str | Path, *, layer: str | None = None) -> Path:
    """Write by suffix: ``.gpkg``, ``.geojson``/``.json``, ``.parquet``, ``.csv``."""
    kind = SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        raise InputError(
            f"{path}: cannot tell the format from the suffix {Path(path).suffix or '(none)'!r}",
            hint="name the file .gpkg, .geojson, .parquet or .csv",
        )
    if kind == "gpkg":
        if layer is not None:
            raise InputError("a GeoPackage holds all three layers: leave out the layer")
        return write_gpkg(routes, path)
    return {"geojson": write_geojson, "parquet": write_parquet, "csv": write_csv}[kind](routes, path, layer=layer)
