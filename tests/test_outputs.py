"""Outputs are checked against their extension: exit 2, a message naming the option, nothing written."""

import pytest

from conftest import SAMPLES
from geo.errors import InputError

DEC = str(next(p for p in SAMPLES if "2023-12" in p.name))


@pytest.mark.parametrize("args, name, message, hint", [
    (["-o", "x.png"], "x.png", "x.png: -o writes an HTML page, but the name says a PNG picture",
     "give --png {dir}/x.png for a PNG picture, or name the file {dir}/x.html"),
    (["--png", "x.html"], "x.html", "x.html: --png writes a PNG picture, but the name says an HTML page",
     "give -o {dir}/x.html for an HTML page, or name the file {dir}/x.png"),
    (["-o", "map"], "map", "map: -o writes an HTML page, but the name has no .html extension",
     "name the file {dir}/map.html"),
    (["--png", "card.jpg"], "card.jpg", "card.jpg: --png writes a PNG picture, but the name says a JPEG picture",
     "name the file {dir}/card.png"),
])
def test_build_refuses_an_output_whose_name_says_another_kind(cli, tmp_path, args, name, message, hint):
    args = [a if a.startswith("-") else str(tmp_path / a) for a in args]
    result = cli("build", DEC, *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"routemapper: error: {tmp_path}/{message}" in result.stderr
    assert f"hint: {hint.format(dir=tmp_path)}" in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a temporary file


def test_a_good_html_and_png_pair_is_written(cli, tmp_path):
    result = cli("build", DEC, "-o", str(tmp_path / "m.HTM"), "--png", str(tmp_path / "m.png"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.HTM", "m.png"]
    assert (tmp_path / "m.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("fmt, name, says, other", [
    ("csv", "stats.json", "JSON", "give --format json for JSON"),
    ("json", "stats.geojson", "GeoJSON", "give --format geojson for GeoJSON"),
    ("table", "stats.csv", "CSV", "give --format csv for CSV"),
    ("geojson", "stats.png", "a PNG picture", None),
])
def test_query_refuses_a_name_that_says_another_format(cli, tmp_path, fmt, name, says, other):
    result = cli("query", DEC, "crossings", "--format", fmt, "-o", str(tmp_path / name))
    assert result.exit_code == 2
    assert f"{tmp_path / name}: --format {fmt} writes" in result.stderr and f"but the name says {says}" in result.stderr
    if other:
        assert other in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_query_geojson_may_be_named_json(cli, tmp_path):
    result = cli("query", DEC, "reports", "--format", "geojson", "-o", str(tmp_path / "reports.json"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "reports.json").read_text().startswith('{"type": "FeatureCollection"')


def test_extract_refuses_a_csv_draft_named_json(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("About 300 migrants reached Tapachula on Monday.", encoding="utf-8")
    result = cli("extract", str(article), "--format", "csv", "-o", str(tmp_path / "draft.json"))
    assert result.exit_code == 2
    assert "draft.json: --format csv writes CSV, but the name says JSON" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_without_format_the_extension_chooses(cli, tmp_path):
    import json

    article = tmp_path / "a.txt"
    article.write_text("About 300 migrants reached Tapachula on Monday.", encoding="utf-8")
    assert cli("extract", str(article), "--published", "2023-12-26", "-o", str(tmp_path / "draft.json")).exit_code == 0
    assert json.loads((tmp_path / "draft.json").read_text(encoding="utf-8"))[0]["place"] == "Tapachula"
    for name, start in (("stats.csv", "caravan,start,end,"), ("stats.json", "[\n  {\n    \"caravan\""),
                        ("crossings.geojson", '{"type": "FeatureCollection"'), ("stats.txt", "          caravan")):
        question = name.split(".")[0]
        result = cli("query", DEC, question, "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start), name
    result = cli("query", DEC, "stats", "-o", str(tmp_path / "stats.tsv"))  # a kind query does not write
    assert result.exit_code == 2 and "stats.tsv: --format table writes a text table, but the name says TSV" in result.stderr
    assert not (tmp_path / "stats.tsv").exists()


def test_build_map_checks_names_from_python_too(tmp_path):
    from maps.commands import build_map

    with pytest.raises(InputError, match="-o writes an HTML page, but the name says a PNG picture"):
        build_map([DEC], tmp_path / "map.png")
    assert list(tmp_path.iterdir()) == []
