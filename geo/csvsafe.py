"""Formula-safe table cells: a spreadsheet never runs what routemapper writes to CSV.

Excel, LibreOffice and Google Sheets read a CSV cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula (``=HYPERLINK(...)`` becomes a live link,
``+cmd|...`` a command in old Excel); a leading tab or carriage return can
hide one.  Report text comes from articles and contributors nobody vets, so
every CSV the project writes (``export``, ``query --format csv``, ``geocode
--format csv``, ``extract`` drafts) passes its text cells through
:func:`neutralise`, as OWASP's "CSV Injection" page recommends: such a cell
gets a leading apostrophe (``'=HYPERLINK(...)``), which every spreadsheet shows
as text.  Numbers stay numbers: ``-92.25`` or ``+5`` is a number to a
spreadsheet, not a formula, and is left as it is.

The rule is one-to-one, so :func:`restore` gives the original text back and
``routemapper build`` reads an exported CSV unchanged: a cell is *at risk*
when, after any leading apostrophes, it starts with a trigger (``=+-@``, also
after spaces or line breaks, or a tab or carriage return) and is not a
number.  :func:`neutralise` adds one apostrophe to a cell at risk;
:func:`restore` removes one from a cell that is an apostrophe followed by a
cell at risk.  A cell the user wrote as ``'=x`` is itself at risk, so it is
written ``''=x`` and read back as ``'=x``.

This module imports nothing heavy (``geocode`` uses it and starts fast);
:func:`neutralise_frame` works on any pandas DataFrame it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

#: Characters no report text or quote may carry: C0 controls but tab and line breaks, DEL and C1
#: controls. Printed in a terminal (``query``'s tables, ``cat`` of a CSV, ``extract`` on stdout) an
#: escape sequence can rewrite the screen, retitle the window or hide lines; no report needs one.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

#: Characters that make a spreadsheet read a cell as a formula (OWASP's list).
TRIGGERS = "=+-@\t\r"

_FORMULA_START = frozenset("=+-@")
_HIDING = frozenset("\t\r")
_BLANK = " \t\r\n"
#: A cell that a spreadsheet reads as a number: left alone.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
#: First characters of a cell that may be at risk (a cheap test before the exact one).
_MAY_RISK = frozenset("'=+-@ \t\r\n")


def at_risk(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (see the module docstring)."""
    body = text.lstrip("'")
    if body[:1] in _HIDING:
        return _NUMBER.fullmatch(body.strip(_BLANK)) is None
    first = body.lstrip(_BLANK)[:1]
    return first in _FORMULA_START and _NUMBER.fullmatch(body.strip(_BLANK)) is None


def blank_controls(text: str) -> str:
    """``text`` with each control character (:data:`CONTROL_CHARACTERS`) replaced by one space.

    One character for one, so offsets into the text stay true.
    """
    return CONTROL_CHARACTERS.sub(" ", text)


def neutralise(value: Any) -> Any:
    """``value`` with a leading apostrophe when it is text at risk; anything else unchanged."""
    if type(value) is str and value[:1] in _MAY_RISK and at_risk(value):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The original text of a cell :func:`neutralise` wrote (any other text unchanged)."""
    if value[:1] == "'" and at_risk(value[1:]):
        return value[1:]
    return value


def neutralise_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``row`` (a CSV record) with every text value neutralised."""
    return {key: neutralise(value) for key, value in row.items()}


def neutralise_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """:func:`neutralise_row` for each row."""
    return [neutralise_row(row) for row in rows]


def neutralise_frame(frame):
    """A copy of the pandas DataFrame ``frame`` with the text cells of its text columns neutralised.

    Numeric, boolean and date columns are not touched (a spreadsheet reads
    them as values); only cells that may be at risk are looked at closely.
    """
    out = frame.copy()
    for col in out.columns:
        column = out[col]
        if column.dtype.kind not in "OSUT" and str(column.dtype) not in ("string", "str"):
            continue
        values = column.to_numpy(dtype=object)
        fixed = [neutralise(v) if type(v) is str and v[:1] in _MAY_RISK else v for v in values]
        out[col] = fixed
    return out
