"""Report dates that keep their precision.

Accepted forms: a day ``2018-10-15``, an approximate day ``~2018-10-16``, a
month ``2018-10`` (also ``~2018-10``) and a range ``2021-01-15/2021-01-17``.
Each becomes a :class:`ReportDate` with the first and last day it may mean.
Digits are ASCII, one ``~`` at most; whether a date is plausible for a report
(not in the future, not before 1900) is checked by :func:`routes.read_reports`,
which knows the report's kind.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_DAY = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_MONTH = re.compile(r"^([0-9]{4})-([0-9]{2})$")
_DMY = re.compile(r"^([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})$")


class DateSyntaxError(ValueError):
    """Raised by :func:`parse_date` with a message that says which form was expected.

    ``hint`` (possibly empty) says how to fix it.
    """

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class ReportDate:
    """A reported date: ``start`` and ``end`` days (equal for a day), its precision, whether approximate."""

    start: date
    end: date
    precision: str  # "day", "month" or "range"
    approximate: bool
    text: str

    @property
    def mid(self) -> date:
        """The middle day: where a month-precision report sits on a timeline."""
        return date.fromordinal((self.start.toordinal() + self.end.toordinal()) // 2)

    def iso(self) -> str:
        """The canonical text form (``~`` kept)."""
        core = {
            "day": self.start.isoformat(),
            "month": self.start.isoformat()[:7],
            "range": f"{self.start.isoformat()}/{self.end.isoformat()}",
        }[self.precision]
        return ("~" if self.approximate else "") + core


def _dmy_hint(text: str) -> str:
    """A fix for a day written the European way (``15/10/2018``), if it is one."""
    match = _DMY.match(text)
    if not match:
        return ""
    d, m, y = (int(g) for g in match.groups())
    try:
        return f"dates are written YYYY-MM-DD: {date(y, m, d).isoformat()} if it means day {d} of month {m}"
    except ValueError:
        return f"dates are written YYYY-MM-DD, and {text} is not a real day either"


def _day(text: str, whole: str) -> date:
    match = _DAY.match(text)
    if not match:
        hint = _dmy_hint(text)
        raise DateSyntaxError(f"{whole!r} is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD",
                              hint=hint)
    y, m, d = map(int, match.groups())
    try:
        return date(y, m, d)
    except ValueError as exc:
        try:  # read the other way round it is a real day: suggest that
            date(y, d, m)
            hint = f"is it {y:04d}-{d:02d}-{m:02d}? Dates are written YYYY-MM-DD"
        except ValueError:
            hint = ""
        raise DateSyntaxError(f"{whole!r} is not a real day ({exc})", hint=hint) from None


def parse_date(text: str) -> ReportDate:
    """Parse a report date; raise :class:`DateSyntaxError` with the expected forms."""
    s = str(text).strip()
    approximate = s.startswith("~")
    core = s[1:].strip() if approximate else s
    if not core:
        raise DateSyntaxError("empty date: expected YYYY-MM-DD, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD")
    if _DMY.match(core):
        raise DateSyntaxError(f"{s!r} is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD",
                              hint=_dmy_hint(core))
    if "/" in core:
        first, _, last = core.partition("/")
        start, end = _day(first.strip(), s), _day(last.strip(), s)
        if end < start:
            raise DateSyntaxError(f"{s!r} ends before it starts")
        return ReportDate(start, end, "range", approximate, s)
    month = _MONTH.match(core)
    if month:
        y, m = map(int, month.groups())
        if not 1 <= m <= 12:
            raise DateSyntaxError(f"{s!r} has no month {m:02d}: months run 01-12")
        if y < 1:
            raise DateSyntaxError(f"{s!r} is not a real month (there is no year 0)")
        return ReportDate(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month", approximate, s)
    day = _day(core, s)
    return ReportDate(day, day, "day", approximate, s)
