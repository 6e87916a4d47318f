"""Exports: files GIS tools open, written atomically."""

import csv
import json

import geopandas as gpd
import pyogrio
import pytest

from geo import InputError, OutputError


def test_geopackage_has_three_layers_that_read_back(sample_routes, tmp_path):
    path = sample_routes.to_gpkg(tmp_path / "caravans.gpkg")
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    assert layers == {"reports": "Point", "segments": "LineString", "checkpoints": "Point"}
    segments = gpd.read_file(path, layer="segments")
    assert len(segments) == len(sample_routes.segments) and segments.crs.to_epsg() == 4326
    assert list(segments["km"]) == pytest.approx(list(sample_routes.segments["km"]))
    assert len(gpd.read_file(path, layer="reports")) == 20
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_geopackage_of_a_caravan_without_checkpoints_keeps_the_layer(sample_routes, tmp_path):
    path = sample_routes.caravan("2023-12-tapachula").to_gpkg(tmp_path / "one.gpkg")
    assert [name for name, _ in pyogrio.list_layers(path)] == ["reports", "segments", "checkpoints"]
    assert len(gpd.read_file(path, layer="checkpoints")) == 0


def test_geojson_all_layers_or_one(sample_routes, tmp_path):
    doc = json.loads(sample_routes.to_geojson(tmp_path / "all.geojson").read_text())
    layers = [f["properties"]["layer"] for f in doc["features"]]
    assert layers.count("reports") == 20 and layers.count("segments") == len(sample_routes.segments) == 8 and layers.count("checkpoints") == 4
    legs = json.loads(sample_routes.to_geojson(tmp_path / "legs.geojson", layer="segments").read_text())
    first = legs["features"][0]
    assert first["geometry"]["type"] == "LineString" and first["properties"]["start"] == "2018-10-13"
    with pytest.raises(InputError, match="no layer 'legs'"):
        sample_routes.to_geojson(tmp_path / "x.geojson", layer="legs")


def test_geoparquet_round_trip(sample_routes, tmp_path):
    path = sample_routes.to_parquet(tmp_path / "legs.parquet", layer="segments")
    back = gpd.read_parquet(path)
    assert len(back) == 8 and back.crs.to_epsg() == 4326
    assert back.geometry.iloc[0].equals(sample_routes.segments.geometry.iloc[0])


def test_csv_has_wkt_geometry(sample_routes, tmp_path):
    rows = list(csv.DictReader(sample_routes.to_csv(tmp_path / "all.csv").open()))
    assert len(rows) == 20 + 8 + 4 and rows[0]["layer"] == "reports"
    assert rows[0]["geometry"].startswith("POINT (") and rows[0]["date_start"] == "2018-10-12"


def test_failed_export_keeps_the_previous_file(sample_routes, tmp_path):
    path = tmp_path / "caravans.gpkg"
    path.write_text("previous")
    with pytest.raises(InputError, match="a GeoPackage holds all three layers"):
        sample_routes.to_file(path, layer="segments")
    with pytest.raises(InputError, match=r"cannot tell the format from the suffix '\.shp'"):
        sample_routes.to_file(tmp_path / "caravans.shp")
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OutputError, match="cannot write here"):
        sample_routes.to_gpkg(blocker / "caravans.gpkg")
    assert path.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caravans.gpkg", "file"]


def test_geopackage_export_prints_no_warnings(sample_routes, tmp_path):
    import subprocess
    import sys
    import warnings

    from conftest import ROOT, SAMPLES

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sample_routes.to_gpkg(tmp_path / "routes.gpkg")
    assert [str(w.message) for w in caught] == []  # pyogrio used to warn three times about a '.tmp' extension
    out = tmp_path / "cli.gpkg"
    run = subprocess.run([sys.executable, "-W", "always", "-m", "maps.cli", "export", *map(str, SAMPLES), "-o", str(out)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0 and run.stdout == f"{out}\n" and run.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cli.gpkg", "routes.gpkg"]  # no temporary file left


def test_a_killed_geopackage_writers_file_is_swept(tmp_path):
    from geo.atomic import sweep_orphans

    target = tmp_path / "routes.gpkg"
    orphan = tmp_path / ".routes.gpkg.999999999.abc123.tmp.gpkg"  # no process has that id
    orphan.write_bytes(b"partial")
    assert sweep_orphans(target) == [orphan]
