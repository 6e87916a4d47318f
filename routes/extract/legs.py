"""The draft's legs against the pace a group can travel (:mod:`routes.pace`).

Rows in travel order make legs between consecutive places.  A leg faster than
a group travels usually means one end was put on the wrong namesake, or is a
word that is not a place.  :func:`check_legs` first puts two rows of one name
that sit on two namesakes on the surer row's place (one name, one place in an
article); then it tries the end that is less sure (outside the story's focus,
low confidence, an ordinary word) on its namesakes inside the story's area; if
one fits, it takes it.  If none does, it leaves out the end with less evidence
(named in fewer sentences, outside every country of the story while the other is in one, no exact day, unsure, a
lower confidence), or, when
both have as much, a sure end that lies far from every other stop of the route
(a town where someone lives, a city where officials spoke): a stop the story
cannot have reached.  The note says which row was kept and why.  Otherwise both
are kept, with a warning naming both rows.  Before an end is left out, an end whose day the article gives another
sentence is moved to a day that makes the leg possible (:mod:`routes.extract.borrowed`).  A leg faster than walking
that a vehicle the quote names makes possible is kept, and said so."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from geo.distance import haversine_km

from ..pace import MAX_KM_PER_DAY, leg_message, motor_word, ridden_message, says_motor, too_fast
from .borrowed import redate


def day_number(iso: str) -> float | None:
    """A report date as a day number: a day its ordinal, a month or a span of days its middle; ``None`` when undated."""
    core = (iso or "").lstrip("~")
    if len(core) == 21 and core[10] == "/":
        first, last = (date.fromisoformat(part).toordinal() for part in core.split("/"))
        return (first + last) / 2.0
    if len(core) == 10:
        return float(date.fromisoformat(core).toordinal())
    if len(core) == 7:
        first = date.fromisoformat(core + "-01").toordinal()
        return float(first + 14)
    return None


def _label(row: dict) -> str:
    return f"{row['place']!r} ({row['date'] or 'undated'}, sentence at {row['start']})"


def _point(row: dict) -> tuple[float, float]:
    """Where a row's place is: its coordinates, or, left for build to settle, the namesake build would likely pick."""
    if row["lat"] != "":
        return row["lat"], row["lon"]
    return row["_place"].lat, row["_place"].lon


def _points(rows: list[dict]) -> list[int]:
    """The rows that are stops of the route: dated, at a point, not a plan."""
    return [i for i, r in enumerate(rows) if not r["_place"].is_area and r["_day"] is not None
            and r["kind"] != "planned"]


def _km(pa: tuple[float, float], pb: tuple[float, float], _known: dict = {}) -> float:  # noqa: B006 - a cache
    key = (pa, pb)
    km = _known.get(key)
    if km is None:
        if len(_known) > 100_000:
            _known.clear()
        km = _known[key] = haversine_km(pa[0], pa[1], pb[0], pb[1])
    return km


def _leg(ra: dict, rb: dict, pa: tuple[float, float], pb: tuple[float, float]) -> tuple[float, float, bool]:
    km = _km(pa, pb)
    # Whole days between the days the rows stand for, as build counts them (a span's middle day, rounded down:
    # 18-19 January is the 18th), so that a leg extract lets through is one build does not warn about.
    days = abs(math.floor(rb["_day"]) - math.floor(ra["_day"]))
    # Whether a report says bus or truck matters only for a leg faster than walking.
    motor = too_fast(km, days) and (_motor(ra) or _motor(rb))
    return km, days, motor


def _motor(row: dict) -> bool:
    if "_motor" not in row:
        row["_motor"] = says_motor(row["quote"])
    return row["_motor"]


def _legs(rows: list[dict]) -> list[tuple[int, int, float, float, bool]]:
    """(i, j, km, days, motor) between consecutive dated point rows in the given order."""
    points = _points(rows)
    out = []
    for a, b in zip(points, points[1:]):
        pa, pb = _point(rows[a]), _point(rows[b])
        if pa != pb:
            out.append((a, b, *_leg(rows[a], rows[b], pa, pb)))
    return out


def check_legs(rows: list[dict], *, within: Callable, unsure: Callable, notes: list[str],
               well_known: Callable = lambda place: False) -> list[dict]:
    """Fix or flag the too-fast legs of ``rows`` (in travel order); return the rows kept.

    ``within(place)`` says whether a gazetteer place lies in the story's
    focus, ``unsure(row)`` whether a row's place may well be wrong, ``well_known(place)`` whether a place is a
    well-known city (:func:`geo.terms.well_known_city`), which a bare name is never moved from to a village of its
    country.  Each row holds its resolution in ``_res`` (the chosen place and the namesakes
    considered).  Notes for a person are appended to ``notes``.
    """
    warned: set[tuple] = set()
    legs: list[tuple[int, int, float, float, bool]] | None = None
    start = 0  # the legs before it are not too fast, or warned about (a warning changes no row)
    for _ in range(2 * len(rows) + 1):
        if legs is None:
            legs, start = _legs(rows), 0
        fast = None
        for n in range(start, len(legs)):
            a, b, km, days, motor = legs[n]
            key = (rows[a]["place"], rows[a]["date"], rows[b]["place"], rows[b]["date"])
            if too_fast(km, days, motor) and key not in warned:
                fast, start = (a, b, km, days, motor, key), n
                break
        if fast is None:
            break
        a, b, km, days, motor, key = fast
        if _one_name(rows, a, b, notes):
            legs = None  # one name put on two namesakes: its rows now share the surer one's place
            continue
        # Try the less sure end first: the one the article names in fewer rows (a town it keeps coming back
        # to is where the story is), then the one the gazetteer or the story's area doubts.
        ends = sorted((a, b), key=lambda i: (_named(rows, i), not unsure(rows[i]), rows[i]["confidence"]))
        # (a town the article keeps coming back to is not moved to suit a place it names once)
        movable = ends[:1] if _named(rows, ends[0]) < _named(rows, ends[1]) else ends
        if any(_try_namesake(rows, i, within, notes, well_known) for i in movable):
            legs = None  # a place moved: its legs change
            continue
        if redate(rows, a, b, _points(rows), lambda ra, rb: _leg(ra, rb, _point(ra), _point(rb)), _label, notes):
            legs = None  # a borrowed day moved (routes/extract/borrowed.py): its legs change
            continue
        worst, why = _weaker(rows, a, b, unsure, within)
        if worst is None:
            worst = _far_from_the_route(rows, a, b)
            why = "the other lies far from every other stop of the route" if worst is not None else ""
        if worst is not None:
            query = rows[worst]["place"]
            other = rows[b if worst == a else a]
            notes.append(f"left out {_label(rows[worst])}: the leg with {_label(other)} would be {km:,.0f} km "
                         f"in {max(days, 0):.0f} day(s), and no namesake inside the story's area fits; "
                         f"kept {other['place']!r}: {why}")
            rows = [r for r in rows if r["place"] != query]
            legs = None
            continue
        notes.append("warning: " + leg_message(_label(rows[a]), _label(rows[b]), km, days, motor))
        warned.add(key)
    rows = _off_the_way(rows, within, notes, well_known)
    for a, b, km, days, motor in _legs(rows):  # faster than walking, possible riding: said, not hidden
        if motor and not too_fast(km, days, motor):
            notes.append(ridden_message(_label(rows[a]), _label(rows[b]), km, days,
                                        motor_word(rows[a]["quote"]) or motor_word(rows[b]["quote"])))
            if rows[a]["start"] == rows[b]["start"] and rows[a]["kind"] == rows[b]["kind"] == "arrival" \
                    and km > MAX_KM_PER_DAY:
                # (types-s11-12 V11: "una parte llegó a Puebla y otra a Tuxtla Gutiérrez", by bus the same day)
                notes.append(f"warning: {_label(rows[a])} and {_label(rows[b])} are reached in one sentence, "
                             f"{km:,.0f} km apart: the group likely split (two groups, or plans), and build "
                             f"would draw a leg between them; check the rows")
    return rows


def _evidence(rows: list[dict], i: int, unsure: Callable,
              within: Callable = lambda place: True) -> tuple[int, bool, bool, bool, float]:
    """How strongly the article places the group at row ``i``'s place (its rows by :func:`_name`), weakest first
    when sorted: the sentences that name it, whether one of its rows lies in a country of the story (``within``),
    whether one has an exact day (not ``~``), whether one is sure (not ``unsure``), its best confidence."""
    key = _name(rows[i])
    mine = [r for r in rows if _name(r) == key]
    return (len({r["start"] for r in mine}), any(within(r["_place"]) for r in mine),
            any(r["date"] and not r["date"].startswith("~") for r in mine),
            any(not unsure(r) for r in mine), max(r["confidence"] for r in mine))


def _name(row: dict) -> str:
    """A row's place name as compared between rows: its first comma part, case- and accent-blind
    ("Alvaro Obregon, Mexico" and "Álvaro Obregón" are one place named twice)."""
    return _name_of(row["place"])


@lru_cache(maxsize=4096)
def _name_of(place: str) -> str:
    """:func:`_name` of a row at ``place`` (remembered: :func:`_evidence` asks it of every row of the draft
    for each end of each too-fast leg, about 500 times an article on extract_speed's articles)."""
    from geo.normalize import name_key

    return name_key(place.split(",")[0])


def _weaker(rows: list[dict], a: int, b: int, unsure: Callable,
            within: Callable = lambda place: True) -> tuple[int | None, str]:
    """The end of the too-fast leg ``a``-``b`` with less evidence (:func:`_evidence`), and why the other is kept;
    ``(None, '')`` when both have as much.

    A place the article names in fewer sentences, outside every country of the story (``within``: its sure
    towns' countries and the areas the group is in) while the other end is in one, with no exact day, only unsure
    rows or a lower confidence is the one that goes (a stay told three times with its day outweighs a goal named
    once that slipped through as a stop; the town the group left, its day only inferred, outweighs a surname
    read as a town in Arkansas told "the day before"), whichever comes first in travel order.
    """
    ev = {a: _evidence(rows, a, unsure, within), b: _evidence(rows, b, unsure, within)}
    if ev[a] == ev[b]:
        return None, ""
    weak = min((a, b), key=lambda i: ev[i])
    strong = b if weak == a else a
    (n_w, in_w, day_w, sure_w, conf_w), (n_s, in_s, day_s, sure_s, conf_s) = ev[weak], ev[strong]
    if n_s != n_w:
        why = f"named in {n_s} sentence(s) against {n_w}"
    elif in_s != in_w:
        why = "in a country of the story, the other outside all of them"
    elif day_s != day_w:
        why = "told with an exact day, the other only with an approximate one"
    elif sure_s != sure_w:
        why = "placed surely, the other not (an ordinary word, a low confidence or outside the story's area)"
    else:
        why = f"resolved with confidence {conf_s:.2f} against {conf_w:.2f}"
    return weak, why


def _one_name(rows: list[dict], a: int, b: int, notes: list[str]) -> bool:
    """When the too-fast leg ``a``-``b`` joins two rows of one name put on two namesakes (the arrival in Puebla
    on one, the stay on another), put every row of the name on the place of its surest row; True if moved.

    One name means one place within an article; the route's namesakes are a guess, the surest row less so.
    """
    if rows[a]["place"] != rows[b]["place"] or rows[a]["_place"].id == rows[b]["_place"].id:
        return False
    query = rows[a]["place"]
    mine = [r for r in rows if r["place"] == query]
    best = max(mine, key=lambda r: (r["lat"] != "", r["confidence"]))
    place = best["_place"]
    if place.is_area:
        return False
    moved = [r for r in mine if r["_place"].id != place.id]
    for r in moved:
        r["_place"] = place
        if r["lat"] != "" or best["lat"] != "":
            r["lat"], r["lon"], r["country"] = round(place.lat, 5), round(place.lon, 5), place.country
        r["note"] = f"gazetteer: {place.label()}, {place.precision}; where the article's other {query!r} rows are"
        r["confidence"] = round(min(r["confidence"], best["confidence"]), 2)
    notes.append(f"placed {', '.join(_label(r) for r in moved)} at {place.label()}, where {_label(best)} is: one "
                 f"name in one article, and the namesake it had made a leg too fast for the days between")
    return True


def _named(rows: list[dict], i: int) -> int:
    """How many rows of the draft are at row ``i``'s place."""
    return sum(r["place"] == rows[i]["place"] for r in rows)


def _far_from_the_route(rows: list[dict], a: int, b: int) -> int | None:
    """The end of the too-fast leg ``a``-``b`` that lies farther than a day's walk from every other stop of the
    route while the other end does not; on a two-stop route, the end the article names in fewer rows (the
    dateline's town told again is the story's); else None (nothing says which end is wrong)."""
    points = _points(rows)
    nearest = {}
    for end in (a, b):
        here = _point(rows[end])
        others = [_km(here, _point(rows[k])) for k in points if k not in (a, b)]
        if not others:
            named = {end: _named(rows, end) for end in (a, b)}
            return min(named, key=named.get) if named[a] != named[b] else None
        nearest[end] = min(others)
    far = [end for end in (a, b) if nearest[end] > MAX_KM_PER_DAY]
    return far[0] if len(far) == 1 else None


def _try_namesake(rows: list[dict], i: int, within: Callable, notes: list[str],
                  well_known: Callable = lambda place: False) -> bool:
    """Move every row of row ``i``'s place to a namesake inside the focus that makes its legs plausible (not a
    well-known city's bare name to a village of its country: Hermosillo is not Ejido Hermosillo near Mexicali)."""
    from geo.terms import VILLAGE_POPULATION

    res = rows[i].get("_res")
    if res is None or rows[i]["_place"].is_area:
        return False
    current = res.place
    options = [p for p in (current, *res.candidates) if not p.is_area and within(p) and p.id != current.id]
    if "," not in rows[i]["place"] and well_known(current):
        options = [p for p in options if p.country != current.country or p.population >= VILLAGE_POPULATION]
    if not options:
        return False
    query = rows[i]["place"]
    points = _points(rows)
    at = [k for k, r in enumerate(points) if rows[r]["place"] == query]
    if not at:
        return False
    moved = set(at)
    # Only the legs that touch the place's rows change: check those with each namesake's point.
    pairs = sorted({(k - 1, k) for k in at if k > 0} | {(k, k + 1) for k in at if k + 1 < len(points)})
    best = None
    for place in options:
        here = (place.lat, place.lon)
        worst, fast = 0.0, False
        for a, b in pairs:
            ra, rb = rows[points[a]], rows[points[b]]
            pa = here if a in moved else _point(ra)
            pb = here if b in moved else _point(rb)
            if pa == pb:
                continue
            km, days, motor = _leg(ra, rb, pa, pb)
            worst = max(worst, km / max(days, 1.0))
            fast = fast or too_fast(km, days, motor)
        if not fast and (best is None or worst < best[0]):
            best = (worst, place)
    if best is None:
        return False
    place = best[1]
    for r in rows:
        if r["place"] != query:
            continue
        r["lat"], r["lon"], r["country"] = round(place.lat, 5), round(place.lon, 5), place.country
        r["note"] = f"gazetteer: {place.label()}, {place.precision}; namesake inside the story's area"
        r["confidence"] = round(min(r["confidence"], 0.7), 2)
        r["_place"] = place
    notes.append(f"placed {query!r} at {place.label()} (inside the story's area) instead of "
                 f"{current.label()}: that one is too far from the other stops for the days between")
    return True


#: A stop whose place lengthens the way between its dated neighbours by more than this (km), when they lie less than
#: this far apart and at most :data:`DETOUR_DAYS` days apart, is off the group's way: a crossroads or hamlet named like
#: others far away ("el entronque de Cuatro Caminos" between Arriaga and Tapanatepec drawn by Tapachula, 200 km back).
DETOUR_KM = 150.0
DETOUR_DAYS = 3


def _detour(here: tuple[float, float], before: tuple[float, float], after: tuple[float, float]) -> float:
    return _km(before, here) + _km(here, after) - _km(before, after)


def _off_the_way(rows: list[dict], within: Callable, notes: list[str],
                 well_known: Callable = lambda place: False) -> list[dict]:
    """Move a village or crossroads that lies far off the way between the stops before and after it (both dated,
    close together, a few days apart) to a namesake on the way, or, with none, leave it out: the gazetteer
    likely lacks the place the article means, and a namesake 200 km off would draw the group where it never was.
    Towns of :data:`geo.terms.VILLAGE_POPULATION` people or more and well-known cities stay."""
    from geo.terms import VILLAGE_POPULATION

    for _ in range(len(rows)):
        points = _points(rows)
        off = None
        for k in range(1, len(points) - 1):
            a, x, b = points[k - 1], points[k], points[k + 1]
            place = rows[x]["_place"]
            name = _name(rows[x])
            population = getattr(place, "population", None)  # (None: no gazetteer place, nothing to weigh)
            if _name(rows[a]) == name or _name(rows[b]) == name or population is None \
                    or population >= VILLAGE_POPULATION or well_known(place):
                continue
            pa, px, pb = _point(rows[a]), _point(rows[x]), _point(rows[b])
            days = abs(math.floor(rows[b]["_day"]) - math.floor(rows[a]["_day"]))
            if days > DETOUR_DAYS or _km(pa, pb) >= DETOUR_KM or _detour(px, pa, pb) <= DETOUR_KM:
                continue
            off = (a, x, b, pa, pb)
            break
        if off is None:
            return rows
        a, x, b, pa, pb = off
        query = rows[x]["place"]
        res = rows[x].get("_res")
        options = [p for p in ((res.place, *res.candidates) if res is not None else ())
                   if not p.is_area and p.id != rows[x]["_place"].id and within(p)
                   and _detour((p.lat, p.lon), pa, pb) <= DETOUR_KM]
        if options:
            place = min(options, key=lambda p: _detour((p.lat, p.lon), pa, pb))
            current = rows[x]["_place"]
            for r in rows:
                if r["place"] == query:
                    r["lat"], r["lon"], r["country"] = round(place.lat, 5), round(place.lon, 5), place.country
                    r["note"] = f"gazetteer: {place.label()}, {place.precision}; the namesake on the group's way"
                    r["confidence"] = round(min(r["confidence"], 0.7), 2)
                    r["_place"] = place
            notes.append(f"placed {query!r} at {place.label()} instead of {current.label()}: that one lies "
                         f"{_detour((current.lat, current.lon), pa, pb):,.0f} km off the way between "
                         f"{_label(rows[a])} and {_label(rows[b])}")
            continue
        notes.append(f"left out {_label(rows[x])}: every namesake the gazetteer holds lies over {DETOUR_KM:,.0f} km "
                     f"off the way between {_label(rows[a])} and {_label(rows[b])} (the nearest "
                     f"{_detour(_point(rows[x]), pa, pb):,.0f} km); the place meant is likely one it lacks")
        rows = [r for r in rows if r["place"] != query]
    return rows


#: A stop of the same day this far inside a state from the state's capital of the same name makes the name the state
#: ("Tapanatepec, Oax.- ... arrived in Oaxaca", walking from Chahuites: 270 km from the city of Oaxaca).
STATE_NOT_CAPITAL_KM = 100.0


def states_not_capitals(rows: list[dict], notes: list[str]) -> list[dict]:
    """Draw as the state a row at a capital that bears its state's name (Oaxaca) when another stop of that day lies in
    the state more than :data:`STATE_NOT_CAPITAL_KM` from the city: the state was meant; the draft writes it with its
    level word (``Oaxaca state``) so that build draws the area too.  The pipeline runs it before
    :func:`routes.extract.draft.settle_areas`, where such a state gives way to that day's town (``_day`` set)."""
    from geo.normalize import name_key

    for r in rows:
        res, place = r.get("_res"), r["_place"]
        if res is None or place.is_area or r["lat"] == "" or r["_day"] is None:
            continue
        name = _name(r)
        division = next((p for p in (res.place, *res.candidates) if getattr(p, "feature", "") == "admin1"
                         and p.country == place.country and p.admin1 == place.admin1 and name_key(p.name) == name),
                        None)
        if division is None:
            continue
        inside = [o for o in rows if o is not r and not o["_place"].is_area and o["lat"] != "" and o["_day"] is not None
                  and math.floor(o["_day"]) == math.floor(r["_day"]) and o["_place"].country == place.country
                  and o["_place"].admin1 == place.admin1 and _name(o) != name]
        far = [o for o in inside if _km(_point(o), _point(r)) > STATE_NOT_CAPITAL_KM]
        if not far:
            continue
        km = _km(_point(far[0]), _point(r))
        notes.append(f"drew {_label(r)} as the state {division.name}: {far[0]['place']!r}, the same day, lies in it "
                     f"{km:,.0f} km from its city")
        r["place"] = f"{r['place'].split(',')[0]} state"
        r["_place"], r["lat"], r["lon"], r["country"] = division, "", "", division.country
        r["note"] = f"gazetteer: {division.label()}, {division.precision}; the state, not its city ({far[0]['place']} " \
                    f"that day lies in it, {km:,.0f} km off)"
    return rows
