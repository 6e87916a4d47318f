"""Faults while writing: killed, interrupted, disk full, unwritable folder.  The previous output survives."""

from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES
from geo.atomic import atomic_write, sweep_orphans
from geo.errors import OutputError

PREVIOUS = b"<html>the map published yesterday</html>\n"

# Builds a real map through the command line, but stalls once the new page is on disk and
# before it is renamed over the target: the moment a crash would do the most harm.
# Ctrl-C at a terminal: Python's own SIGINT handler, set here because a test run started in the
# background by a non-interactive shell (a CI runner's `cmd &`) passes SIGINT down as ignored.
STALLING_BUILD = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    signal.signal(signal.SIGINT, signal.default_int_handler)
    real_fsync = os.fsync
    def stalling_fsync(fd):
        real_fsync(fd)
        Path(sys.argv[1]).write_text(str(os.getpid()))
        time.sleep(120)
    os.fsync = stalling_fsync
    from maps.cli import main
    main(["build", *sys.argv[3:], "-o", sys.argv[2], "--self-contained"])
""")


def _start_stalling_build(tmp_path: Path, out: Path) -> tuple[subprocess.Popen, Path]:
    marker = tmp_path / "stalled"
    proc = subprocess.Popen(
        [sys.executable, "-c", STALLING_BUILD, str(marker), str(out), *map(str, SAMPLES)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    deadline = time.monotonic() + 120
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the build never reached the write: {proc.communicate()}")
        time.sleep(0.05)
    return proc, marker


def _temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if re.search(r"\.tmp(\.\w+)?$", p.name))


def test_sigkill_while_writing_keeps_the_previous_map_and_the_next_run_cleans_up(tmp_path, cli):
    site = tmp_path / "site"
    site.mkdir()
    out = site / "map.html"
    out.write_bytes(PREVIOUS)
    proc, _ = _start_stalling_build(tmp_path, out)
    [orphan] = _temporaries(site)
    assert orphan.stat().st_size > 100_000  # the whole new map was on disk, not yet renamed
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == PREVIOUS
    assert orphan.name.startswith(f".map.html.{proc.pid}.")

    result = cli("build", str(SAMPLES[0]), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert b"leaflet" in out.read_bytes().lower()
    assert _temporaries(site) == []  # the killed writer's file was swept


def test_ctrl_c_while_writing_keeps_the_previous_map_and_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "site" / "map.html"
    out.parent.mkdir()
    out.write_bytes(PREVIOUS)
    proc, _ = _start_stalling_build(tmp_path, out)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert stderr.splitlines()[-1] == "routemapper: interrupted; no output was written"
    assert out.read_bytes() == PREVIOUS
    assert _temporaries(out.parent) == []


@pytest.mark.parametrize("code,hint", [
    (errno.ENOSPC, "free some disk space and run again"),
    (errno.EIO, "choose another output path (-o), or make the folder writable"),
])
def test_a_failing_write_raises_output_error_and_keeps_the_previous_file(tmp_path, monkeypatch, code, hint):
    target = tmp_path / "map.html"
    target.write_bytes(PREVIOUS)

    def failing_replace(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("geo.atomic.os.replace", failing_replace)
    with pytest.raises(OutputError) as err:
        atomic_write(target, b"new map")
    assert err.value.message == f"{target}: cannot write ({os.strerror(code)})"
    assert err.value.hint == hint
    assert target.read_bytes() == PREVIOUS
    assert list(tmp_path.iterdir()) == [target]


def test_output_under_a_file_is_refused_with_the_path(cli, tmp_path):
    blocker = tmp_path / "maps"
    blocker.write_text("a file where a folder should be")
    out = blocker / "map.html"
    result = cli("build", str(SAMPLES[0]), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"routemapper: error: {out}: cannot write here ({blocker} is a file, not a folder)",
        "  hint: choose another output path (-o), or make the folder writable",
    ]
    assert blocker.read_text() == "a file where a folder should be"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_refused_with_the_path(cli, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = cli("build", str(SAMPLES[0]), "-o", str(folder / "map.html"))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"routemapper: error: {folder / 'map.html'}: cannot write here (Permission denied)")


def test_read_only_file_system_is_refused_with_the_path(cli, tmp_path):
    out = Path("/proc/routemapper-test-map.html")
    result = cli("build", str(SAMPLES[0]), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"routemapper: error: {out}: cannot write (")
    assert "Traceback" not in result.output


def test_sweep_removes_only_dead_writers_files_for_that_target(tmp_path):
    target = tmp_path / "map.html"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    orphan = tmp_path / f".map.html.{dead_pid}.abc123.tmp"
    live = tmp_path / f".map.html.{os.getppid()}.def456.tmp"  # a writer that still runs
    other = tmp_path / f".other.html.{dead_pid}.abc123.tmp"
    for p in (orphan, live, other):
        p.write_text("partial")
    assert sweep_orphans(target) == [orphan]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


def test_missing_output_folder_is_refused_not_created(cli, tmp_path):
    out = tmp_path / "typo" / "deeper" / "map.html"
    result = cli("build", str(SAMPLES[0]), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"routemapper: error: {out}: the folder {out.parent} does not exist",
        "  hint: create it first, or choose another output path (-o)",
    ]
    assert not (tmp_path / "typo").exists()


def test_a_killed_export_leaves_no_orphan_after_the_next_write(tmp_path):
    from geo.atomic import atomic_path

    target = tmp_path / "caravans.gpkg"
    code = (f"import os; from geo.atomic import atomic_path\n"
            f"with atomic_path({str(target)!r}) as tmp:\n"
            f"    tmp.write_bytes(b'half a geopackage'); os._exit(9)\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert len(_temporaries(tmp_path)) == 1 and not target.exists()
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"whole")
    assert _temporaries(tmp_path) == [] and target.read_bytes() == b"whole"
