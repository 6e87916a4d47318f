"""`routemapper geocode` and `build` on names the gazetteer does not know: batches survive them."""

import csv
import io
import json


def test_cli_user_agent_without_online_geocoder_is_refused(cli):
    result = cli("geocode", "Tapachula", "--user-agent", "x")
    assert result.exit_code == 2 and "only apply to an online geocoder" in result.stderr


def test_one_unknown_name_costs_the_others_nothing_in_text(cli):
    result = cli("geocode", "Esquipulas", "Qqqxxz Nowhere", "Tapachula")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["Esquipulas", "Qqqxxz Nowhere", "Tapachula"]
    assert "Esquipulas (GT, Chiquimula)" in lines[0] and lines[1] == "Qqqxxz Nowhere\tunknown place"
    assert "14.90541,-92.25891" in lines[2]
    assert "unknown place 'Qqqxxz Nowhere'" in result.stderr
    assert "1 of 3 name(s) unknown" in result.stderr


def test_stdin_names_unknown_ones_by_line_with_suggestions(cli):
    result = cli("geocode", input="Tapachula\nQqqxxz Nowhere\n\nHuixtla\nTapachlua Centroo\n")
    assert result.exit_code == 1
    assert "routemapper: error: <stdin>, row 2: unknown place 'Qqqxxz Nowhere'" in result.stderr
    assert "<stdin>, row 5: unknown place 'Tapachlua Centroo'" in result.stderr  # the blank line counts
    assert "did you mean 'Tapachula'" in result.stderr
    # What to do next fits the command: not "give lat and lon", the very thing asked for.
    assert "--geocoder nominatim" in result.stderr and "lat and lon" not in result.stderr
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == [
        "Tapachula", "Qqqxxz Nowhere", "Huixtla", "Tapachlua Centroo"]


def test_json_and_csv_rows_say_a_name_is_unknown_in_input_order(cli):
    names = ["Huixtla", "Qqqxxz Nowhere", "El Guasaule"]
    result = cli("geocode", *names, "--format", "json")
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert [r["query"] for r in records] == names
    assert [r["status"] for r in records] == ["found", "unknown", "found"]
    assert records[1]["lat"] is None and records[1]["name"] is None and "suggestions" in records[1]
    assert abs(records[2]["lat"] - 13.055) < 0.01  # the Guasaule crossing, known now
    result = cli("geocode", *names, "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["query"], r["status"]) for r in rows] == [
        ("Huixtla", "found"), ("Qqqxxz Nowhere", "unknown"), ("El Guasaule", "found")]
    assert rows[1]["lat"] == "" and rows[0]["lat"].startswith("15.1")


def test_a_batch_with_no_unknown_exits_0(cli):
    result = cli("geocode", "--format", "csv", input="Tapachula\nPaso Canoas\n")
    assert result.exit_code == 0 and result.stderr == ""


def test_build_lists_every_unknown_place_at_once_and_writes_nothing(cli, tmp_path, write_csv):
    path = write_csv("caravan,date,place\n"
                     "c,2021-01-15,San Pedro Sula\nc,2021-01-16,Qqqxxz Nowhere\nc,2021-01-17,Tapachlua Centroo\n"
                     "c,2021-01-18,Tapachula\nc,2021-01-19,Qqqxxz Nowhere\nd,2021-01-19,Zzqqxxv Void\n")
    out = tmp_path / "map.html"
    result = cli("build", str(path), "-o", str(out))
    assert result.exit_code == 2 and not out.exists()
    err = result.stderr
    assert "3 places are not in the gazetteer" in err
    assert f"{path}, row 3, column 'place' (also row 6): unknown place 'Qqqxxz Nowhere'" in err
    assert "row 4, column 'place': unknown place 'Tapachlua Centroo' (did you mean 'Tapachula'" in err
    assert "row 7, column 'place': unknown place 'Zzqqxxv Void'" in err
    assert "fix the spelling" in err and "lat and lon" in err and "--geocoder nominatim" in err
    assert list(tmp_path.iterdir()) == [path]
