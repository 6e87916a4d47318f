"""The one error hierarchy of routemapper.

Every layer (``geo``, ``routes``, ``maps``) raises from here, so a caller can
catch :class:`RoutemapperError` and show its message to a person.  Leaves also
subclass the builtin that fits (a bad value is a ``ValueError``, a missing
place a ``LookupError``) so code written against the builtins keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass


class RoutemapperError(Exception):
    """Root of every error routemapper raises on purpose.

    ``str(error)`` is a complete message for a human; ``hint`` (possibly empty)
    says how to fix it.
    """

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


@dataclass(frozen=True)
class Where:
    """Where in a user's input a problem is: file, 1-based data row, column."""

    file: str = ""
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        parts = [self.file or "<input>"]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)


class InputError(RoutemapperError, ValueError):
    """Raised when a user's data (a file, a row, an argument) is not valid.

    The message names the file, the row and the column, and says what was
    expected.
    """

    def __init__(self, message: str, *, where: Where | None = None, hint: str = "") -> None:
        self.where = where or Where()
        super().__init__(f"{self.where}: {message}" if where else message, hint=hint)


class PlaceNotFound(InputError, LookupError):
    """Raised when a place name matches nothing the gazetteer knows.

    ``suggestions`` holds the closest names the gazetteer does know; ``fallback``
    says what else the user can do (by default: give the coordinates).
    """

    def __init__(
        self, name: str, *, where: Where | None = None, suggestions: tuple[str, ...] = (), fallback: str = ""
    ) -> None:
        self.name = name
        self.suggestions = suggestions
        fallback = fallback or ("give lat and lon in the row to place it yourself" if where and where.row else
                                "give LAT,LON instead of a name")
        hint = (
            "did you mean " + ", ".join(repr(s) for s in suggestions) + f"? Or {fallback}."
            if suggestions
            else f"check the spelling, or {fallback}."
        )
        message = f"unknown place {name!r}" if name.strip() else "empty place name: expected a place name"
        super().__init__(message, where=where, hint=hint)


class GeocoderError(RoutemapperError):
    """Raised when an online geocoder fails after its retries."""


class GeocoderUnavailable(GeocoderError, ConnectionError):
    """Raised when an online geocoder cannot be reached or answers garbage."""


class GeocoderTimedOut(GeocoderUnavailable, TimeoutError):
    """Raised when an online geocoder keeps answering too slowly (every retry timed out)."""


class GeocoderRateLimited(GeocoderError):
    """Raised when an online geocoder keeps answering HTTP 429.

    ``retry_after`` is the wait in seconds the service asked for, if any.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class OutputError(RoutemapperError, OSError):
    """Raised when an output file cannot be written (nothing is left half-written)."""


class InputErrors(InputError):
    """Raised when several rows of an input are invalid at once; ``problems`` lists each.

    The message lists the first :data:`MAX_LISTED` problems, one a line.
    """

    MAX_LISTED = 20

    def __init__(self, problems: list[InputError], total: int | None = None) -> None:
        if not problems:
            raise ValueError("InputErrors needs at least one problem")
        self.problems = list(problems)
        total = max(total or 0, len(problems))
        lines = [p.message if isinstance(p, RoutemapperError) else str(p) for p in problems[: self.MAX_LISTED]]
        if total > len(lines):
            lines.append(f"... and {total - len(lines)} more problem(s)")
        hints = []
        for p in problems:
            if p.hint and p.hint not in hints:
                hints.append(p.hint)
        RoutemapperError.__init__(self, "\n".join(lines), hint=" | ".join(hints[:3]))
        self.where = problems[0].where


#: How to proceed when a report table names places the gazetteer does not know.
UNKNOWN_PLACES_HINT = (
    "for each place: fix the spelling (one of the names suggested, if it is the place), or give the "
    "place's lat and lon in its row, or let an online geocoder look it up: "
    "--geocoder nominatim --user-agent YOU@EXAMPLE.ORG"
)


class UnknownPlaces(InputErrors):
    """Raised when an input names places the gazetteer does not know: every one listed at once.

    One line per distinct name, with every row it is in and the closest names
    the gazetteer knows; the hint says how to proceed.  ``problems`` holds
    the :class:`PlaceNotFound` errors, one per name.
    """

    MAX_NAMES = 100

    def __init__(self, problems: list[PlaceNotFound], *, hint: str = UNKNOWN_PLACES_HINT) -> None:
        if not problems:
            raise ValueError("UnknownPlaces needs at least one problem")
        by_name: dict[str, list[PlaceNotFound]] = {}
        for problem in problems:
            by_name.setdefault(problem.name, []).append(problem)
        self.problems = [found[0] for found in by_name.values()]
        lines = [] if len(by_name) == 1 else [f"{len(by_name)} places are not in the gazetteer:"]
        for name, found in list(by_name.items())[: self.MAX_NAMES]:
            first = found[0]
            more = sorted({p.where.row for p in found[1:] if p.where.row is not None} - {first.where.row})
            where = str(first.where) if first.where != Where() else ""
            if more and where:
                where += f" (also row{'s' if len(more) > 1 else ''} {', '.join(map(str, more))})"
            close = (f"did you mean {', '.join(repr(s) for s in first.suggestions)}?" if first.suggestions
                     else "no close name in the gazetteer")
            message = f"unknown place {name!r}" if name.strip() else "empty place name"
            lines.append(f"{where}: {message} ({close})" if where else f"{message} ({close})")
        if len(by_name) > self.MAX_NAMES:
            lines.append(f"... and {len(by_name) - self.MAX_NAMES} more")
        RoutemapperError.__init__(self, "\n".join(lines), hint=hint)
        self.where = self.problems[0].where
