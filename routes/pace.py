"""How fast a moving group can travel: the one rule behind the too-fast-leg warnings.

A caravan walks 20-50 km a day and hitches rides; even the fastest reported
days stay under :data:`MAX_KM_PER_DAY`.  A leg faster than that between two
reports almost always means a place put on the wrong namesake (or a word that
is not a place at all).  When a report says the group rode a bus, truck, train
or plane, the limit is :data:`MAX_KM_PER_DAY_MOTOR`.

``routemapper build`` checks the legs of the routes it builds
(:func:`fast_leg_warnings`) and ``routemapper extract`` the legs of its draft;
both use :func:`too_fast` and :func:`leg_message`, so they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Fastest plausible pace of a group on foot and hitching rides, in km a day.
MAX_KM_PER_DAY = 300.0

#: Fastest plausible pace when the report says the group rode a bus, truck, train or plane.
MAX_KM_PER_DAY_MOTOR = 1000.0

_MOTOR = re.compile(
    r"\b(?:bus|buses|busses|bused|bussed|busing|truck|trucks|trailer|trailers|lorry|lorries|train|trains|plane|"
    r"planes|flight|flights|flown|flew|autob[uú]s|autobuses|micro(?:b[uú]s|buses)?|cami[oó]n|camiones|"
    r"tr[áa]iler(?:es)?|tren|avi[oó]n|aviones|vuelos?|rastras?|furgonetas?|camionetas?)\b",
    re.IGNORECASE,
)


# Every vehicle word holds one of these: the regex runs only where one is written.
_MOTOR_STEMS = ("bus", "bús", "truck", "trail", "lorr", "train", "plane", "flight", "flown", "flew", "cami", "tráil",
                "tren", "avi", "vuelo", "rastra", "furgon", "micro")


def says_motor(text: str) -> bool:
    """True when ``text`` says the group rode a vehicle (``by bus``, ``en camiones``, ``a flight``)."""
    return bool(motor_word(text))


def motor_word(text: str) -> str:
    """The first vehicle word of ``text`` (``buses``, ``camiones``), or ``""`` when it names none."""
    lowered = (text or "").lower()
    if not any(stem in lowered for stem in _MOTOR_STEMS):
        return ""
    found = _MOTOR.search(text)
    return found.group(0) if found else ""


def speed_limit(motor: bool) -> float:
    """The fastest plausible pace in km a day, on foot or (``motor``) riding a vehicle."""
    return MAX_KM_PER_DAY_MOTOR if motor else MAX_KM_PER_DAY


def too_fast(km: float, days: float, motor: bool = False) -> bool:
    """True when ``km`` in ``days`` (at least one day counted) is faster than a group travels."""
    return km / max(days, 1.0) > speed_limit(motor)


@dataclass(frozen=True)
class FastLeg:
    """A leg between two reports faster than a group can travel; ``first``/``second`` name the reports."""

    first: str
    second: str
    km: float
    days: float
    motor: bool

    @property
    def km_per_day(self) -> float:
        return self.km / max(self.days, 1.0)

    def message(self) -> str:
        """The warning a person reads: both reports, the distance, the days and the limit."""
        how = "riding" if self.motor else "on foot or hitching rides"
        return (f"{self.first} -> {self.second}: {self.km:,.0f} km in {_span(self.days)} ({self.km_per_day:,.0f} km a day), "
                f"faster than a group travels {how} ({speed_limit(self.motor):,.0f} km a day): "
                "is one of them the wrong place?")


def _span(days: float) -> str:
    n = max(int(round(days)), 0)
    return "the same day" if n == 0 else f"{n} day{'s' if n != 1 else ''}"


def leg_message(first: str, second: str, km: float, days: float, motor: bool = False) -> str:
    """The warning for a leg from report ``first`` to report ``second`` (see :class:`FastLeg`)."""
    return FastLeg(first, second, km, days, motor).message()


def fast_leg_warnings(routes, limit: int | None = None) -> list[str]:
    """Warnings for the legs of a :class:`~routes.RouteSet` faster than a group travels, naming both reports.

    The first ``limit`` of them (all when ``None``), in the order of the
    legs; :func:`fast_leg_summary` also says how many there are in all.
    """
    return fast_leg_summary(routes, limit)[0]


def fast_leg_summary(routes, limit: int | None = None) -> tuple[list[str], int]:
    """``(warnings, total)``: the first ``limit`` warnings (all when ``None``) and how many legs are too fast.

    See :func:`pace_summary`, which also says which legs are faster than walking but allowed by a vehicle.
    """
    summary = pace_summary(routes, limit)
    return summary.warnings, summary.total


@dataclass
class PaceSummary:
    """The legs of a :class:`~routes.RouteSet` faster than walking pace (:data:`MAX_KM_PER_DAY`).

    ``warnings``: the first legs too fast even for the limit their reports allow (:func:`too_fast`), ``total`` how
    many there are; ``ridden``: the first legs faster than walking that a report's vehicle makes possible (the
    reports say bus, truck, train or plane), each saying so, ``ridden_total`` how many there are.
    """

    warnings: list[str]
    total: int
    ridden: list[str]
    ridden_total: int


def pace_summary(routes, limit: int | None = None) -> PaceSummary:
    """The legs faster than walking pace: too fast (warnings) and ridden (allowed by a vehicle), ``limit`` of each.

    A leg's reports are the last report of the stop it leaves and the first of
    the stop it reaches (file and row as a spreadsheet numbers them).  The
    vehicle limit applies when either report's ``note`` or ``quote`` (the words
    of the article a drafted row rests on) says bus, truck, train or plane.  The
    reports are found for all fast legs at once (one sort of the reports by
    caravan, place and day, then a binary search a leg), and a message is
    written only for the legs asked for: a million reports with hundreds of
    thousands of fast legs take seconds and hold no text a leg.
    """
    import numpy as np
    import pandas as pd

    segments = routes.segments
    if segments is None or not len(segments):
        return PaceSummary([], 0, [], 0)
    km_per_day = segments["km_per_day"].to_numpy(dtype=float)
    candidate = km_per_day > MAX_KM_PER_DAY
    if not candidate.any():
        return PaceSummary([], 0, [], 0)
    reports = routes.reports
    fast = segments[candidate]
    leaving, reaching = _leg_reports(reports, fast)
    # the vehicle word each leg's reports give (the quote, the article's words, before the note; leaving end first)
    vehicle = np.full(len(fast), "", dtype=object)
    for ends in (leaving, reaching):
        for column in ("quote", "note"):
            if column not in reports:
                continue
            open_ = np.flatnonzero((ends >= 0) & (vehicle == ""))
            if not len(open_):
                continue
            codes, texts = pd.factorize(reports[column].take(ends[open_]).fillna(""))
            vehicle[open_] = np.array([motor_word(_text(v)) for v in texts], dtype=object)[codes]
    motor = vehicle != ""
    km, days = fast["km"].to_numpy(dtype=float), fast["days"].to_numpy(dtype=float)
    too = np.fromiter(map(too_fast, km.tolist(), days.tolist(), motor.tolist()), dtype=bool, count=len(km))
    shown, ridden = np.flatnonzero(too), np.flatnonzero(~too)
    total, ridden_total = len(shown), len(ridden)
    if limit is not None:
        shown, ridden = shown[:max(limit, 0)], ridden[:max(limit, 0)]
    columns = [c for c in ("file", "row", "place") if c in reports]

    def ends(rows: np.ndarray) -> list[dict | None]:
        values = [reports[c].take(np.maximum(rows, 0)).tolist() for c in columns]
        return [dict(zip(columns, row)) if i >= 0 else None for i, row in zip(rows.tolist(), zip(*values))]

    def labelled(picked: np.ndarray):
        legs = fast.take(picked)
        for a, b, seg, n in zip(ends(leaving[picked]), ends(reaching[picked]), legs.itertuples(), picked.tolist()):
            yield _report_label(a, seg.from_place, seg.start), _report_label(b, seg.to_place, seg.end), seg, n

    warnings = [leg_message(first, second, seg.km, seg.days, bool(motor[n])) for first, second, seg, n in labelled(shown)]
    notes = [ridden_message(first, second, seg.km, seg.days, vehicle[n]) for first, second, seg, n in labelled(ridden)]
    return PaceSummary(warnings, total, notes, ridden_total)


def ridden_message(first: str, second: str, km: float, days: float, word: str) -> str:
    """What a person reads about a leg faster than walking that the report's vehicle (``word``) makes possible."""
    return (f"{first} -> {second}: {km:,.0f} km in {_span(days)} ({km / max(days, 1.0):,.0f} km a day), faster than a group "
            f"travels on foot ({MAX_KM_PER_DAY:,.0f} km a day); allowed riding, as the report says ({word!r}: "
            f"up to {MAX_KM_PER_DAY_MOTOR:,.0f} km a day)")


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _leg_reports(reports, legs):
    """For each leg, the position of the last report of its caravan at ``from_place`` on its ``start`` day
    and of the first at ``to_place`` on its ``end`` day (by ``resolved_name`` and middle day; -1: none)."""
    import numpy as np
    import pandas as pd

    mid = (reports["date_start"] + (reports["date_end"] - reports["date_start"]) / 2).dt.floor("D")
    day = mid.to_numpy("datetime64[D]")
    caravan_code, caravans = pd.factorize(reports["caravan"])
    name_code, names = pd.factorize(reports["resolved_name"])
    known = (name_code >= 0) & (caravan_code >= 0) & ~np.isnat(day)
    if not known.any():
        return np.full(len(legs), -1), np.full(len(legs), -1)
    days = day.astype(np.int64)
    low, high = int(days[known].min()), int(days[known].max())
    span, n_names = high - low + 1, max(len(names), 1)

    def key(caravan, name, when):  # one integer for (caravan, place, day); -1 where a part is unknown
        ok = (caravan >= 0) & (name >= 0) & (when >= low) & (when <= high)
        return np.where(ok, (caravan.astype(np.int64) * n_names + name) * span + (when - low), -1)

    rows = np.flatnonzero(known)
    keys = key(caravan_code[rows], name_code[rows], days[rows])
    order = np.argsort(keys, kind="stable")  # equal keys keep file order
    keys, rows = keys[order], rows[order]

    def find(place: str, when: str, last: bool) -> np.ndarray:
        wanted = key(pd.Index(caravans).get_indexer(legs["caravan"]), pd.Index(names).get_indexer(legs[place]),
                     legs[when].to_numpy("datetime64[D]").astype(np.int64))
        at = np.searchsorted(keys, wanted, side="right") - 1 if last else np.searchsorted(keys, wanted, side="left")
        inside = np.clip(at, 0, len(keys) - 1)
        hit = (wanted >= 0) & (at >= 0) & (at < len(keys)) & (keys[inside] == wanted)
        return np.where(hit, rows[inside], -1)

    return find("from_place", "start", True), find("to_place", "end", False)


def _report_label(report: dict | None, place: str, day) -> str:
    when = day.date().isoformat() if hasattr(day, "date") else str(day)
    if report is None:
        return f"{place} ({when})"
    where = f"{report['file']}, row {report['row']}" if "file" in report and "row" in report else ""
    return f"{where}: {report['place']!r} ({when})" if where else f"{report['place']!r} ({when})"
