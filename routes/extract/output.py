"""Extracted rows out: CSV (the report schema first, so ``routemapper build`` reads it), JSON or a DataFrame."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from geo.atomic import atomic_write
from geo.csvsafe import neutralise_rows

from .pipeline import REPORT_FIELDS

FORMATS = ("csv", "json")


def format_rows(rows: list[dict], fmt: str = "csv") -> str:
    """Return the rows as CSV (header always written; formula-safe, :mod:`geo.csvsafe`) or as a JSON list."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(REPORT_FIELDS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(neutralise_rows(rows))
    return buffer.getvalue()


def write_rows(rows: list[dict], output: str | Path, fmt: str = "csv") -> Path:
    """Write the rows to ``output`` atomically (an interrupted run keeps the old file)."""
    return atomic_write(output, format_rows(rows, fmt))


def rows_to_frame(rows: list[dict]):
    """Return the rows as a pandas DataFrame with the columns in :data:`REPORT_FIELDS` order."""
    import pandas as pd

    return pd.DataFrame.from_records(rows, columns=list(REPORT_FIELDS))
