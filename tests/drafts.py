"""Drafts of our own test articles through the command line (``routemapper extract``), for the resolution tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path


def drafted(cli, tmp_path: Path, text: str, published: str, name: str = "article.txt") -> list[dict]:
    """The draft rows ``routemapper extract`` writes for ``text`` published on ``published`` (exit code 0 asserted)."""
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    result = cli("extract", str(article), "--published", published)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))
