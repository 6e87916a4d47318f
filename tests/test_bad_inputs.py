"""The bad-input corpus: every broken file in tests/bad_inputs/ and what a user sees for it.

``tests/bad_inputs/cases.json`` maps each file to the exit code and the exact
stderr of ``routemapper build FILE -o out.html`` (``{today}`` stands for the
date of the run).  Files named ``ok_*`` look odd but are valid and must build.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT

BAD = Path(__file__).resolve().parent / "bad_inputs"
CASES = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", autouse=True)
def compiled_gazetteer():
    """Compile the gazetteer first, so that its one-time progress lines are not in the compared stderr."""
    from geo.index import GazetteerIndex

    GazetteerIndex.open(progress=None)


def test_every_file_in_the_corpus_has_a_case():
    files = {p.name for p in BAD.iterdir() if p.name != "cases.json"}
    assert files == set(CASES)
    assert sum(1 for c in CASES.values() if c["exit"] == 2) >= 30


@pytest.mark.parametrize("name", sorted(CASES))
def test_build_on_bad_input_says_what_is_wrong_and_writes_nothing(cli, tmp_path, monkeypatch, name):
    case = CASES[name]
    out = tmp_path / "out" / "map.html"
    out.parent.mkdir()
    monkeypatch.chdir(BAD)  # so that messages name the file as the user typed it
    result = cli("build", name, "-o", str(out))
    expected = [line.replace("{today}", date.today().isoformat()) for line in case["stderr"]]
    assert result.exit_code == case["exit"], result.stderr
    assert result.stderr.splitlines() == expected
    assert "Traceback" not in result.output
    if case["exit"]:
        assert not out.exists()
        assert list(out.parent.iterdir()) == []  # no temporary file left
    else:
        assert result.stdout == f"{out}\n" and out.stat().st_size > 10_000


def test_a_folder_instead_of_a_file(cli, tmp_path):
    (tmp_path / "reports.csv").mkdir()
    result = cli("build", str(tmp_path / "reports.csv"), "-o", str(tmp_path / "m.html"))
    assert result.exit_code == 2
    assert result.stderr == f"routemapper: error: {tmp_path / 'reports.csv'}: is a folder: expected a .csv or .geojson file\n"


def _run(*args: str, cwd: Path = BAD) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "maps.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def test_a_real_process_prints_the_same_message_and_exit_code(tmp_path):
    proc = _run("build", "count_negative.csv", "-o", str(tmp_path / "m.html"))
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.splitlines() == CASES["count_negative.csv"]["stderr"]


def test_debug_shows_the_traceback_too(tmp_path):
    proc = _run("--debug", "build", "count_negative.csv", "-o", str(tmp_path / "m.html"))
    assert proc.returncode == 2
    assert "Traceback (most recent call last)" in proc.stderr
    assert "geo.errors.InputErrors" in proc.stderr
    assert proc.stderr.rstrip().splitlines()[-2:] == CASES["count_negative.csv"]["stderr"]
    assert not (tmp_path / "m.html").exists()


def test_a_100_mb_file_reads_in_bounded_memory(tmp_path):
    """About 800,000 reports with coordinates: read in one process, the growth of its peak memory measured."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_reports import write_reports

    path = write_reports(tmp_path / "big.csv", 800_000)
    size = path.stat().st_size
    assert size > 100_000_000
    script = textwrap.dedent(f"""
        import resource, sys
        from routes import read_reports
        import routes.reports
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        table = read_reports({str(path)!r})
        growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        print(len(table), int(table["row"].iloc[-1]), growth)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    rows, last_row, growth_kb = map(int, proc.stdout.split())
    assert (rows, last_row) == (800_000, 800_001)
    # the call's memory stays within a small multiple of the file: bytes, one parsed table, the result
    # (measured 5x to 8.5x across runs on the same file; the input copy is 2x, each cell a Python str)
    assert growth_kb * 1024 < 12 * size, f"grew {growth_kb / 1024:.0f} MB for a {size / 1e6:.0f} MB file"


@pytest.mark.parametrize("name,encoding", [("latin1.csv", "latin-1"), ("utf16_no_bom.csv", "utf-16-le")])
def test_following_the_encoding_hint_builds_the_map(cli, tmp_path, monkeypatch, name, encoding):
    monkeypatch.chdir(BAD)
    out = tmp_path / "map.html"
    result = cli("build", name, "-o", str(out), "--encoding", encoding)
    assert result.exit_code == 0, result.stderr
    assert out.stat().st_size > 10_000
