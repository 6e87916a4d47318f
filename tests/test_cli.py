"""The command line: exit codes, messages, outputs (and no partial output on error)."""

import json

from conftest import SAMPLES


def test_demo_writes_one_map_per_caravan_and_one_of_all(cli, tmp_path):
    result = cli("demo", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    paths = result.stdout.split()
    assert [p.rsplit("/", 1)[1] for p in paths] == [
        "2018-10-honduras.html", "2021-01-honduras.html", "2023-12-tapachula.html", "all-caravans.html"]
    assert all((tmp_path / p.rsplit("/", 1)[1]).stat().st_size > 10_000 for p in paths)


def test_build_writes_the_map(cli, tmp_path):
    out = tmp_path / "map.html"
    result = cli("build", str(SAMPLES[0]), "-o", str(out), "--title", "October 2018")
    assert result.exit_code == 0
    assert "October 2018" in out.read_text()


def test_build_help_says_the_page_is_self_contained_by_default(cli):
    text = " ".join(cli("build", "--help").output.split())
    assert "--self-contained / --cdn" in text and "[default: self-contained]" in text
    assert "self-contained by default" in text


def test_build_bad_input_exits_2_with_message_and_writes_nothing(cli, tmp_path, write_csv):
    bad = write_csv("caravan,date,place\nc1,2018-02-30,Tapachula\n")
    out = tmp_path / "map.html"
    result = cli("build", str(bad), "-o", str(out))
    assert result.exit_code == 2
    assert f"routemapper: error: {bad}, row 2, column 'date': '2018-02-30' is not a real day" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]  # no temporary file left behind


def test_build_failure_keeps_the_previous_map(cli, tmp_path, write_csv):
    out = tmp_path / "map.html"
    out.write_text("previous")
    bad = write_csv("caravan,date,place\nc1,2018-10-15,Nowhereville Xq\n")
    result = cli("build", str(bad), "-o", str(out))
    assert result.exit_code == 2 and "unknown place 'Nowhereville Xq'" in result.stderr
    assert out.read_text() == "previous"


def test_build_reads_stdin(cli, tmp_path):
    out = tmp_path / "map.html"
    result = cli("build", "-", "-o", str(out), input="caravan,date,place\nc,2023-12-24,Tapachula\n")
    assert result.exit_code == 0 and out.exists()


def test_build_lists_low_confidence_places(cli, tmp_path, write_csv):
    path = write_csv("caravan,date,place\nc,2018-10-15,Agua Caliente\n")
    result = cli("build", str(path), "-o", str(tmp_path / "m.html"))
    assert result.exit_code == 0
    assert "low confidence" in result.stderr and "'Agua Caliente'" in result.stderr


def test_geocode_json(cli):
    result = cli("geocode", "Esquipulas", "--country", "GT", "--format", "json")
    assert result.exit_code == 0
    rec = json.loads(result.stdout)[0]
    assert rec["country"] == "GT" and rec["admin1"] == "Chiquimula"
    assert {"lat", "lon", "confidence", "reasons", "candidates", "feature", "population"} <= set(rec)


def test_geocode_reads_names_from_stdin(cli):
    result = cli("geocode", "--format", "csv", input="Tapachula\nHuixtla\n")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("Tapachula,found,Tapachula,")


def test_geocode_unknown_place_exit_1(cli):
    result = cli("geocode", "Qqqxxz Nowhere")
    assert result.exit_code == 1 and "unknown place 'Qqqxxz Nowhere'" in result.stderr


def test_missing_file_exit_2(cli, tmp_path):
    result = cli("build", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "m.html"))
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_output_that_is_an_input_is_refused(cli, tmp_path, write_csv):
    path = write_csv("caravan,date,place\nc,2023-12-24,Tapachula\n")
    before = path.read_bytes()
    for args in (["build", str(path), "-o", str(path)],
                 ["query", str(path), "stats", "-o", str(path)],
                 ["export", str(path), "-o", str(path)],
                 ["extract", str(path), "-o", str(path)]):
        result = cli(*args)
        assert result.exit_code == 2, args
        assert f"-o {path} is also an input" in result.stderr
        assert path.read_bytes() == before


def test_unknown_country_hint_is_an_error_not_dropped(cli, write_csv):
    result = cli("geocode", "Agua Caliente", "--country", "Narnia")
    assert result.exit_code == 2 and "unknown country 'Narnia'" in result.stderr
    assert cli("geocode", "Esquipulas", "--country", "XQ").exit_code == 2  # not an ISO code the gazetteer knows
    path = write_csv("caravan,date,place,country\nc,2018-10-15,Tapachula,Narnia\n")
    built = cli("build", str(path), "-o", str(path.with_suffix(".html")))
    assert built.exit_code == 2
    assert f"{path}, row 2, column 'country': unknown country 'Narnia'" in built.stderr
