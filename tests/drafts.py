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


def town_day_count(text: str, published: str) -> list[tuple[str, str, str]]:
    """``(town, day, count)`` of each row ``extract_reports`` drafts for ``text``: the town without its state, the day
    without its ``~``, the count as written."""
    from routes.extract import extract_reports

    return [(r["place"].split(",")[0], r["date"].lstrip("~"), r["count"]) for r in extract_reports(text, published=published)]


def by_town(text: str, published: str) -> dict[str, list[tuple[str, str, str]]]:
    """The rows ``extract_reports`` drafts for ``text`` by town (without its state): ``(kind, day without ~, count)``."""
    from routes.extract import extract_reports

    rows: dict[str, list[tuple[str, str, str]]] = {}
    for r in extract_reports(text, published=published):
        rows.setdefault(r["place"].split(",")[0], []).append((r["kind"], r["date"].lstrip("~"), r["count"]))
    return rows
