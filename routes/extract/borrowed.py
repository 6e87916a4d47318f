"""A stop dated with a day the article gives another sentence, re-dated when that day makes a leg impossible.

A sentence that writes no day of its own takes the day a reader would infer (the paragraph's so far, the next
sentence's, the story's, the publication day: :func:`routes.extract.dating.date_drafts`).  When that
borrowed day puts the group at a place farther from the neighbouring stop than it can travel in the days between
(:mod:`routes.pace`), it is the day that is wrong, not the place: an origin told in the pluperfect after the
arrival (``the group had set out from San Pedro Sula``), a tally of border crossings told after the next
border was reached.  Such a stop is moved to the nearest day that makes the leg possible at a walking pace (so
that the legs it makes are plausible whatever the group rode): earlier when it comes first in travel order, later when it
comes second (or, when that cannot be, the other way round), by at most :data:`MAX_SHIFT_DAYS`, never later than
the route's last stop, and only when every leg of the stop at its new day is possible; the new day is written
approximate (``~``) and the note says from what day to what and why.  A stop whose sentence
writes its day, a month, or a day the sentence says in the present is not moved.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from ..pace import MAX_KM_PER_DAY, too_fast

#: Where a draft's day came from (``date_from``) when its own sentence does not write it and does not say it in
#: the present: the paragraph's day so far, the next sentence's, a statement's, the story's, the publication day,
#: the night before it, a placeless sentence's place.
BORROWED = frozenset({"paragraph", "next", "statement", "story", "published", "night", "placeless"})

#: The most days a borrowed day is moved: a stop farther than that from the story's days is more likely the wrong
#: place or no stop at all (a namesake; a goal read as a stop: "the provisional destination was Mexico City",
#: "en dirección a la Ciudad de México", both 3 days' walk from the story's towns in real articles) than a wrong
#: day, and is left to the rest of the leg check.
MAX_SHIFT_DAYS = 2

Leg = Callable[[dict, dict], tuple[float, float, bool]]


def borrowed_day(row: dict) -> bool:
    """True when ``row``'s date is a day (or span of days) its own sentence does not give, and extract placed it
    (a place left for build to settle may be drawn elsewhere than the leg check measures)."""
    core = (row.get("date") or "").lstrip("~")
    return row.get("_date_from") in BORROWED and len(core) in (10, 21) and row.get("lat", "") != ""


def redate(rows: list[dict], a: int, b: int, points: list[int], leg: Leg, label: Callable[[dict], str],
           notes: list[str]) -> bool:
    """Move the stop with a borrowed day at one end of the too-fast leg ``a``-``b`` to a day that makes it possible.

    ``points`` are the positions in ``rows`` of the route's stops in travel order (``a`` and ``b`` among them,
    ``a`` first); ``leg(ra, rb)`` gives ``(km, days, motor)`` between two rows as their ``_day`` stand;
    ``label(row)`` names a row in a note.  Every row of the moved stop's place and day moves with it, and
    ``rows`` is put back in travel order.  Returns True when a stop was moved (its ``date`` and ``_day`` changed,
    a note appended), False when neither end's day is borrowed or no day makes every leg of it possible.
    """
    for end, other in ((a, b), (b, a)):
        if not borrowed_day(rows[end]):
            continue
        for earlier in (True, False) if end == a else (False, True):
            if _move(rows, end, other, earlier=earlier, points=points, leg=leg, label=label, notes=notes):
                return True
    return False


def _move(rows: list[dict], end: int, other: int, *, earlier: bool, points: list[int], leg: Leg,
          label: Callable[[dict], str], notes: list[str]) -> bool:
    """Try ``end``'s stop ``earlier`` (or later) than ``other``'s by the days the distance needs; True if moved."""
    row = rows[end]
    was = row["date"]
    group = [i for i in points if rows[i]["place"] == row["place"] and rows[i]["date"] == was and borrowed_day(rows[i])]
    km = leg(row, rows[other])[0]
    need = max(1, math.ceil(km / MAX_KM_PER_DAY - 1e-9))
    day = math.floor(rows[other]["_day"]) + (-need if earlier else need)
    if abs(day - math.floor(row["_day"])) > MAX_SHIFT_DAYS:
        return False  # a place that far from the story's days is more likely the wrong place than a wrong day
    # The stops in travel order with the group at its new day (before the day's other stops when moved earlier,
    # after them when moved later): the group's neighbours there are the legs to check.
    rank = {i: k for k, i in enumerate(points)}
    order = sorted(points, key=lambda i: (day if i in group else math.floor(rows[i]["_day"]),
                                          (-1 if earlier else len(points)) if i in group else rank[i]))
    first, last = order.index(group[0]), order.index(group[-1])
    if not earlier and last + 1 == len(order):
        return False  # nothing after it bounds how late it could be: no day is made up past the story's last stop
    if (order[last + 1] if earlier else order[first - 1]) != other:
        return False  # another stop falls between them at the new day: the leg is not made possible, only hidden
    saved = [(i, rows[i]["_day"]) for i in group]
    for i in group:
        rows[i]["_day"] = float(day)
    ends = ([(order[first - 1], order[first])] if first else []) + \
        ([(order[last], order[last + 1])] if last + 1 < len(order) else [])
    if any(too_fast(*leg(rows[x], rows[y])[:2]) for x, y in ends):
        for i, old in saved:
            rows[i]["_day"] = old
        return False
    from .draft import travel_order  # (draft imports this package's legs module, which imports this one)

    new, other_label = "~" + date.fromordinal(day).isoformat(), label(rows[other])
    for i in group:
        rows[i]["date"] = new
    rows[:] = travel_order(rows)
    notes.append(f"dated {row['place']!r} {new} instead of {was} (a day the article gives another sentence, not "
                 f"this one's): the {km:,.0f} km {'to' if earlier else 'from'} {other_label} take at least "
                 f"{need} day(s) on foot or hitching rides ({MAX_KM_PER_DAY:,.0f} km a day)")
    return True
