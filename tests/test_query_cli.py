"""``routemapper query`` and ``routemapper export``: outputs, formats, exit codes, messages."""

import csv
import io
import json

import pyogrio

from conftest import DATA, SAMPLES

JAN = str(DATA / "caravans" / "2021-01-honduras.csv")
ALL = [str(p) for p in SAMPLES]


def test_position_of_a_caravan_as_json(cli):
    result = cli("query", JAN, "position", "--caravan", "2021-01-honduras", "--date", "2021-01-18", "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert (row["status"], row["from_place"], row["to_place"], row["leg"]) == (
        "on the way", "Vado Hondo", "El Florido border crossing", 2)
    assert (row["fraction"], row["fraction_low"], row["fraction_high"]) == (0.5, 0.0, 1.0)
    assert row["stretch"].startswith("LINESTRING (")


def test_position_outside_the_route_exits_2(cli):
    result = cli("query", JAN, "position", "--caravan", "2021-01-honduras", "--date", "2021-02-01")
    assert result.exit_code == 2
    assert ("routemapper: error: caravan '2021-01-honduras' was not under way on 2021-02-01: "
            "its route runs from 2021-01-15 to 2021-01-19") in result.stderr


def test_position_needs_a_date(cli):
    result = cli("query", JAN, "position")
    assert result.exit_code == 2
    assert "routemapper: error: 'position' needs --date\n  hint: e.g. --date 2021-01-17" in result.stderr


def test_stats_as_csv(cli):
    result = cli("query", *ALL, "stats", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["caravan"] for r in rows] == ["2018-10-honduras", "2021-01-honduras", "2023-12-tapachula"]
    assert rows[0]["start"] == "2018-10-12" and rows[0]["checkpoints"] == "3"


def test_stats_table_is_readable(cli):
    result = cli("query", JAN, "stats")
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["caravan", "start", "end"]
    assert "2021-01-honduras 2021-01-15 2021-01-19" in lines[1] and "8,800" in lines[1]


def test_passed_through_and_near(cli):
    result = cli("query", *ALL, "passed-through", "--place", "Esquipulas", "--km", "10", "--format", "json")
    assert [r["caravan"] for r in json.loads(result.stdout)] == ["2018-10-honduras"]
    near = cli("query", *ALL, "near", "--place", "14.5657,-89.3517", "--km", "1", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(near.stdout)))
    assert [(r["place"], r["kind"]) for r in rows] == [("Esquipulas", "checkpoint"), ("Esquipulas", "arrival")]


def test_unknown_place_exits_2_with_a_hint(cli):
    result = cli("query", *ALL, "near", "--place", "Qqqxxz Nowhere")
    assert result.exit_code == 2
    assert "routemapper: error: unknown place 'Qqqxxz Nowhere'" in result.stderr
    assert "LAT,LON" in result.stderr and "Traceback" not in result.output


def test_crossings_as_geojson_to_a_file(cli, tmp_path):
    out = tmp_path / "crossings.geojson"
    result = cli("query", *ALL, "crossings", "--format", "geojson", "-o", str(out))
    assert result.exit_code == 0 and result.stdout.strip() == str(out)
    doc = json.loads(out.read_text())
    assert [f["properties"]["to_country"] for f in doc["features"]] == ["GT", "MX", "GT"]
    assert doc["features"][0]["geometry"]["type"] == "LineString"


def test_geojson_of_a_table_without_geometry_exits_2(cli, tmp_path):
    out = tmp_path / "stats.geojson"
    result = cli("query", *ALL, "stats", "--format", "geojson", "-o", str(out))
    assert result.exit_code == 2 and "'stats' has no geometry to write as GeoJSON" in result.stderr
    assert not out.exists()


def test_caravan_and_window_narrow_any_question(cli):
    result = cli("query", *ALL, "segments", "--caravan", "2018-10-honduras", "--start", "2018-10-16",
                 "--end", "2018-10-17", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["from_place"], r["to_place"]) for r in rows] == [
        ("Agua Caliente border crossing", "Esquipulas"), ("Esquipulas", "Chiquimula"), ("Chiquimula", "Ciudad Hidalgo")]
    sizes = cli("query", JAN, "size-timeline", "--format", "json")
    assert [r["high"] for r in json.loads(sizes.stdout)] == [8800, 5300, 3300]
    unknown = cli("query", JAN, "stats", "--caravan", "nope")
    assert unknown.exit_code == 2 and "no caravan 'nope'" in unknown.stderr


def test_export_geopackage(cli, tmp_path):
    out = tmp_path / "caravans.gpkg"
    result = cli("export", *ALL, "-o", str(out))
    assert result.exit_code == 0 and result.stdout.strip() == str(out)
    assert [name for name, _ in pyogrio.list_layers(out)] == ["reports", "segments", "checkpoints"]


def test_export_unknown_suffix_exits_2_and_writes_nothing(cli, tmp_path):
    out = tmp_path / "caravans.kml"
    result = cli("export", JAN, "-o", str(out))
    assert result.exit_code == 2
    assert "cannot tell the format from the suffix '.kml'" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_question_lists_the_questions(cli):
    result = cli("query", JAN, "whereabouts")
    assert result.exit_code == 2
    assert "Invalid value for 'QUESTION': 'whereabouts' is not one of 'stats', 'segments'" in result.stderr


def test_a_one_sided_window_is_open_on_the_other_side(cli):
    later = cli("query", JAN, "segments", "--start", "2021-01-17", "--format", "json")
    assert later.exit_code == 0 and [r["to_place"] for r in json.loads(later.stdout)] == ["El Florido border crossing"]
    none = cli("query", JAN, "stats", "--start", "2022-01-01")
    assert none.exit_code == 0 and "ends" not in none.stderr
