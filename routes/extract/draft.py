"""From resolved rows to a draft that ``routemapper build`` accepts as written.

* **Areas at their precision**: a country or division row gives way to a town
  inside it named in the same clause for the same event (``crossed into Guatemala at El Florido``).
  A size never stays on an area row when its sentence or its day has a town
  (:func:`routes.extract.sizes.town_for_size`): it moves there.  An area row stays only if no town inside it has a row
  that day (for a row dated by month, that month), whatever it tells (:func:`towns_that_day`: ANNOTATING.md,
  settled case "a country or state beside a town"; a crossing into it, a departure from it, a headline's, the way
  between a town left and a town reached: ``Some 750 crossed into Guatemala on Wednesday. That night they slept in
  Esquipulas`` is one Esquipulas row with the 750); a state's row also gives way when its
  sentence names a town inside it, whatever happened there
  (``que caminaban por el estado de Oaxaca llegaron a Ixtepec``, ``ingresaron al territorio
  oaxaqueño el jueves y el lunes descansaron en Matías Romero``; not a town it only heads for: ``began walking for
  Irapuato after crossing into Guanajuato state``).  A departure from a
  country on a written day, in a sentence naming no town, is the departure from the one town of it that another
  sentence says the group left with no day of its own: the town takes the day (``~``) and the size.  The pipeline
  settles areas once every row that may be an area is one (:func:`routes.extract.legs.states_not_capitals` first).
* **One row per fact**: rows that say the same thing (same place, written alike before any hint, day and
  kind, the same size or none) become one; the others' sentence offsets are kept
  in ``also``.  A row that says nothing of its own (no cue, no size, no date
  of its own) at a place that has other rows is merged into them.
* **Travel order**: by day, and within a day gatherings and departures first,
  returns and plans last, in the order written otherwise; rows of one place and day together, a departure after
  the place's other rows that day, the day opened by the place the group was at the day before when it leaves it
  that day, a place said passed (``tras su paso por``) before the day's arrival.
* **A caravan id** when none is given: the first stop's month and name
  (``2018-10-san-pedro-sula``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .sizes import same_day, town_for_size

#: Within one day: where the group gathered and left from first, a return and a plan last; the rest
#: in the order written (a narrative tells a day's stops in order).
_RANK = {"gathering": 0, "departure": 1, "returned": 3, "planned": 4}
#: Kinds that keep their own place in a day's order: the group went back, or has not gone yet (no place it was at).
_NOT_WHERE_IT_WAS = ("returned", "planned")


def inside(point, area) -> bool:
    """True when the point-level place ``point`` lies in the country or division ``area``."""
    countries = set(point.countries) | {point.country}
    if area.feature == "country":
        return area.country in countries
    if area.feature == "admin1":
        return point.country == area.country and point.admin1 == area.admin1
    return bool(countries & set(area.countries))


def towns_that_day(area_row: dict, towns: list[dict]) -> list[dict]:
    """The town rows inside the area row's country or state that say where the group was on its day: the area gives
    way to them when there is one (ANNOTATING.md, settled case "a country or state beside a town": the town says the
    same more precisely, and the figure said with the area goes to the town's row).

    Whatever the area row tells (a crossing into it, a departure from it, an event of its own there, a headline that
    sums the story up, the way between a town left and a town reached), a town inside it that day says where the
    group was.  A town the group only plans to reach is not where it is, and an undated area row is on no day (a
    back-story event without a day of its own keeps its row, dated ``null``): a crossing into a country that its
    sentence gives no day (its day inferred, ``~``) is such a one (``Antes de llegar a México, los migrantes cruzaron
    Guatemala``), kept with the inferred day so that build takes it.  A border post stands for its own country only,
    unless the group crossed there (and did not go back).
    """
    area = area_row["_place"]
    if area.feature == "country" and area_row["kind"] == "crossing" and area_row["date"].startswith("~"):
        return []  # "Antes de llegar a México, cruzaron Guatemala": entering a country, on no day of its own
    return [town for town in towns if same_day(town["date"], area_row["date"]) and town["kind"] != "planned"
            and inside(town["_place"], area)
            # (a border post lies on both sides: the group at Corinto, Honduras, is not yet in Guatemala, unless it
            # crossed there: "cruzaron el puente Rodolfo Robles" is the crossing into Mexico told more precisely; not
            # for a return, which goes through the post the other way: "cruzaron por El Florido. De ellos, 250
            # regresaron a Honduras")
            and (town["_place"].feature != "border_crossing" or town["_place"].country == area.country
                 or area.feature != "country" or town["kind"] == "crossing" and area_row["kind"] != "returned")]


def settle_areas(rows: list[dict]) -> list[dict]:
    """Apply the area rules above; rows keep their order."""
    by_clause: dict[tuple[int, int], list[dict]] = {}
    towns = [row for row in rows if not row["_place"].is_area]
    for row in rows:
        by_clause.setdefault((row["start"], row["_clause"]), []).append(row)
    moved: list[tuple[dict, dict]] = []  # (town row, area row whose size it takes)
    keep = []
    for row in rows:
        place = row["_place"]
        if not place.is_area:
            keep.append(row)
            continue
        clause_towns = [r for r in by_clause[row["start"], row["_clause"]]
                        if not r["_place"].is_area and inside(r["_place"], place)
                        and r["kind"] == row["kind"]]
        if clause_towns:
            continue
        if left_from := _town_left_from(row, towns):
            # "This caravan had left Honduras on Saturday with over 500 people ... the migrants left on foot from
            # the Honduran city of San Pedro Sula": one departure, told twice; the town takes the day and the size.
            for town in left_from:
                town["date"] = "~" + row["date"]
                if row["count"] and not town["count"]:
                    town.update({k: row[k] for k in ("count", "count_low", "count_high")})
            continue
        if place.feature == "admin1" and any(r["start"] == row["start"] and inside(r["_place"], place)
                                             and r["kind"] != "planned" for r in towns):
            # "que caminaban por el estado de Oaxaca llegaron a Ixtepec", "ingresaron al territorio oaxaqueño el
            # jueves y el lunes descansaron en Matías Romero": the town its sentence names is where the group is.
            if row["count"]:
                town = town_for_size(row, towns, inside)
                if town is not None:
                    moved.append((town, row))
            continue
        day_towns = towns_that_day(row, towns)
        if row["count"]:
            town = town_for_size(row, towns, inside, gives_way=bool(day_towns))
            if town is not None:
                moved.append((town, row))
                row = dict(row, count="", count_low="", count_high="")
        if day_towns:
            continue  # "the largest to leave southern Mexico", "walk along the highway in Chiapas state" say less
        # "Caravan leaves southern Mexico" adds nothing to a Tapachula row: no date, size or event.
        bare = row["kind"] == "sighting" and not row["date"] and not row["count"]
        if bare and any(inside(r["_place"], place) for r in rows if not r["_place"].is_area):
            continue
        keep.append(row)
    for town, area in moved:
        if town["count"] == area["count"]:
            continue  # the sentence gave it to the town too
        if not town["count"]:
            town.update({k: area[k] for k in ("count", "count_low", "count_high")})
        else:
            extra = dict(town)
            extra.update({k: area[k] for k in ("count", "count_low", "count_high", "quote", "start", "end")})
            keep.insert(keep.index(town) + 1, extra)
    return keep


def _town_left_from(row: dict, towns: list[dict]) -> list[dict]:
    """The departure rows of the one town inside the country that ``row`` (a departure from a country on a day the
    article writes, in a sentence naming no other place) says the group left, when that town's departure is dated
    only by inference (``~``) and no town of the country has a departure with a day of its own; else ``[]``."""
    place = row["_place"]
    if place.feature != "country" or row["kind"] != "departure" or len(row["date"]) != 10 \
            or any(r["start"] == row["start"] for r in towns):
        return []
    left = [r for r in towns if r["kind"] == "departure" and inside(r["_place"], place)]
    if not left or len({r["_place"].id for r in left}) != 1 or not all(r["date"].startswith("~") for r in left):
        return []
    return left


def merge_same(rows: list[dict]) -> tuple[list[dict], int]:
    """Merge rows that say the same thing (see the module docstring); return the rows and how many were merged."""
    out: list[dict] = []
    merged = 0
    for row in rows:
        core = row["date"].lstrip("~")
        same_event = [r for r in out if _written(r) == _written(row) and r["_place"].id == row["_place"].id
                      and r["date"].lstrip("~") == core and r["kind"] == row["kind"]]
        if row["count"]:
            target = next((r for r in same_event if _same_size(r, row)), None)
            if target is None:
                target = next((r for r in same_event if not r["count"]), None)
                if target is not None:  # the row with the size speaks for both
                    _note_also(row, target)
                    for k in ("count", "count_low", "count_high", "quote", "start", "end", "also", "confidence"):
                        target[k] = row[k]
                    target.pop("_bare", None)
        else:
            target = same_event[0] if same_event else None
        if target is None:
            out.append(row)
            continue
        if target["date"].startswith("~") and not row["date"].startswith("~"):
            target["date"] = row["date"]  # the exact day wins
        if target is not row:
            _note_also(target, row)
        merged += 1
    # A row that says nothing of its own goes into another row of its place; so does a sighting (or a plan)
    # with no size, or the same size, where another row of the same place and day says what the group did there
    # (a headline's "Unos 900 migrantes llegan en tren a Ciudad Juárez" beside its lede's arrival).
    final = []
    for row in out:
        if row["kind"] in ("sighting", "planned") and (not row["count"] or row["kind"] == "sighting"):
            # (a plan with no size where the group was that day: "pasará la noche en Chiquimula" beside its arrival)
            core = row["date"].lstrip("~")
            other = next((r for r in out if r is not row and r["_place"].id == row["_place"].id
                          and r["date"].lstrip("~") == core and r["kind"] != "sighting"
                          and (row["kind"] == "sighting" or r["kind"] != "planned")
                          and (not row["count"] or _same_size(r, row))), None)
            if other is not None:
                _note_also(other, row)
                merged += 1
                continue
        if row.get("_bare") and not row["count"]:
            other = next((r for r in out if r is not row and r["_place"].id == row["_place"].id
                          and not r.get("_bare")), None)
            if other is not None:
                _note_also(other, row)
                merged += 1
                continue
        final.append(row)
    return final, merged


def _same_size(a: dict, b: dict) -> bool:
    """True when two rows give the same size (``About 800`` and ``about 800``: the same bounds)."""
    return a["count"] == b["count"] or bool(a["count"] and b["count"]) and (
        a["count_low"], a["count_high"]) == (b["count_low"], b["count_high"])


def _written(row: dict) -> str:
    """The place as written, without the hint after it (``Ciudad Juárez, Chihuahua`` and ``Ciudad Juárez`` are one)."""
    return row["place"].split(",", 1)[0].strip().casefold()


def _note_also(into: dict, row: dict) -> None:
    spans = [s for s in (into.get("also") or "").split() if s]
    for span in [f"{row['start']}-{row['end']}"] + [s for s in (row.get("also") or "").split() if s]:
        if span not in spans and span != f"{into['start']}-{into['end']}":
            spans.append(span)
    into["also"] = " ".join(spans)


def travel_order(rows: list[dict]) -> list[dict]:
    """Rows sorted by day; within a day gatherings and departures first, returns and plans last; the place left
    that day where the group was the day before first of all (:func:`_leaves_first`); a place passed on the way,
    told after the day's arrival, before it (:func:`_passed_on_the_way`)."""
    def key(item):
        n, row = item
        day = row["_day"]
        return (day is None, day if day is not None else 0.0, _RANK.get(row["kind"], 2), n)

    return _passed_on_the_way(_leaves_first(_one_place_together([row for _, row in sorted(enumerate(rows), key=key)])))


def _days(rows: list[dict]) -> Iterator[tuple[str, list[dict]]]:
    """Runs of ``rows`` (in travel order) with one written day: ``(day, rows)``, the day as ``YYYY-MM-DD`` without
    its ``~`` (a month ``YYYY-MM``, or ``""`` for undated rows)."""
    for day, run in itertools.groupby(rows, key=lambda row: row["date"].lstrip("~")[:10]):
        yield day, list(run)


def _one_place_together(rows: list[dict]) -> list[dict]:
    """Rows of one place and day stay together, where the place first comes that day (``the largest group was about
    2,000`` told after a town passed is the arrival's), and a departure comes after the place's other rows that day
    (``llegó la madrugada del martes a Huixtla ... después de las 10 horas salieron de la ciudad``: it arrived, then
    left); a place the group only left that day keeps the departure's place.  A return or a plan keeps its place
    (the group went back, or has not gone yet)."""
    out: list[dict] = []
    for day, today in _days(rows):
        if len(day) != 10 or len({r["_place"].id for r in today}) == len(today):
            out.extend(today)
            continue
        groups: dict = {}
        first: dict = {}  # where a place's rows go: its first row other than a departure, else its departure
        for k, row in enumerate(today):
            place = ("fixed", id(row)) if row["kind"] in _NOT_WHERE_IT_WAS else row["_place"].id
            groups.setdefault(place, []).append(row)
            if row["kind"] != "departure" and (place not in first or first[place][0]):
                first[place] = (0, k) if place not in first or first[place][0] else first[place]
            first.setdefault(place, (1, k))
        for place in sorted(groups, key=lambda g: first[g][1]):
            out.extend([r for r in groups[place] if r["kind"] != "departure"]
                       + [r for r in groups[place] if r["kind"] == "departure"])
    return out


def _leaves_first(rows: list[dict]) -> list[dict]:
    """A day opens where the group was before it: when the group leaves that day the place it was last reported at
    on an earlier day, that place's rows of the day come first (``spent Monday night in Tapanatepec. On Tuesday
    the migrants gathered in Zanatepec ... They had left Tapanatepec at dawn``: Tapanatepec, then Zanatepec, not
    a zig-zag back).  A return or a plan is no place the group left."""
    def where(row):
        return None if row["_place"].is_area or row["kind"] in _NOT_WHERE_IT_WAS else row["_place"].id

    out: list[dict] = []
    last = None  # the place of the last point row of the days before
    for day, today in _days(rows):
        if len(day) != 10:  # undated or a month: no day to open
            out.extend(today)
            continue
        left = [r for r in today if last is not None and where(r) == last]
        if any(r["kind"] == "departure" for r in left):
            today = left + [r for r in today if where(r) != last]
        out.extend(today)
        here = [where(r) for r in today if where(r) is not None]
        last = here[-1] if here else last
    return out


#: Kinds of a place the group went by on its way (not where it set out from, got to, or went back to).
_PASSAGES = ("sighting", "checkpoint", "crossing", "blocked")


def _passed_on_the_way(rows: list[dict]) -> list[dict]:
    """``llegó este jueves a Huixtla desde Tapachula ... pasaron el puesto de control de Huehuetán``: a place of
    the same day told after an arrival, lying between the place before the arrival and the arrival's
    (nearer both than they are to each other), was passed before arriving; it moves before the arrival."""
    from geo.distance import haversine_km

    def point(row):
        place = row["_place"]
        return None if place.is_area else (place.lat, place.lon)

    def day(row):
        return row["date"].lstrip("~")[:10]

    out = list(rows)
    i = 0
    while i < len(out):
        arrival = out[i]
        if arrival["kind"] == "arrival":
            # "Tras su paso por Villa Comaltitlán, se trasladaron hasta la entrada de Escuintla", "after passing through":
            # the words say the place came first, whatever place (if any) is told before the arrival
            for j in range(i + 1, len(out)):
                if day(out[j]) != day(arrival):
                    break
                if out[j]["_key"] != arrival["_key"] and _said_passed(out[j]):
                    out.insert(i, out.pop(j))
                    i += 1
        before = next((r for r in reversed(out[:i]) if point(r) and r["_key"] != arrival["_key"]), None)
        if arrival["kind"] != "arrival" or point(arrival) is None or before is None or len(day(arrival)) != 10:
            i += 1
            continue
        a, p = point(arrival), point(before)
        span = haversine_km(*p, *a)
        for j in range(i + 1, len(out)):
            row = out[j]
            if day(row) != day(arrival):
                break
            r = point(row)
            if row["kind"] in _PASSAGES and r and row["_key"] != arrival["_key"] \
                    and haversine_km(*p, *r) < span and haversine_km(*r, *a) < span:
                out.insert(i, out.pop(j))
                i += 1
        i += 1
    return out


_PASSED_BEFORE = re.compile(r"(?:\b(?:tras|despu[ée]s\s+de|luego\s+de)\s+(?:su\s+paso|pasar|haber\s+pasado)\s+por|"
                            r"\bafter\s+(?:passing|going|walking)\s+through)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def _said_passed(row: dict) -> bool:
    """True when the row's sentence writes its place right after ``tras su paso por``, ``after passing through``."""
    name = row["place"].split(",")[0]
    at = row["quote"].find(name)
    return at > 0 and _PASSED_BEFORE.search(row["quote"], max(0, at - 40), at) is not None


def default_caravan(rows: list[dict]) -> str:
    """An id for the group when none is given: the first stop's month and name, ``2018-10-san-pedro-sula``."""
    from geo.normalize import name_slug

    first = next((r for r in rows if not r["_place"].is_area and r["_day"] is not None), None) \
        or next((r for r in rows if r["_day"] is not None), None) or (rows[0] if rows else None)
    if first is None:
        return ""
    slug = name_slug(first["place"].split(",")[0]) or "caravan"
    month = first["date"].lstrip("~")[:7]
    return f"{month}-{slug}" if month else slug
