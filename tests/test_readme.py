"""The README's Python walk-throughs run as written."""

import contextlib
import io
import os
import re

import pyogrio

from conftest import ROOT


def _python_blocks() -> list[str]:
    # Blocks fenced as ```python run; ```python no-run (...) ones need the network.
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


def test_readme_python_blocks_run(tmp_path, monkeypatch):
    blocks = _python_blocks()
    assert len(blocks) >= 2
    (tmp_path / "data").symlink_to(ROOT / "data")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    for block in blocks:
        with contextlib.redirect_stdout(out):
            exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    printed = out.getvalue()
    assert "on the way | between Vado Hondo and El Florido border crossing | 0.5 | 31.5 km" in printed
    assert "['2018-10-honduras']" in printed
    assert [name for name, _ in pyogrio.list_layers("october-week.gpkg")] == ["reports", "segments", "checkpoints"]
    assert os.path.exists("map.html")
