"""Route context: the places of one moving group resolved together (:func:`resolve_route`).

A caravan does not jump 2,000 km in a day: the group's confidently placed,
dated stops become anchors against which every other stop's namesakes are
judged again, and a reported border crossing says on which side the stops
before and after it lie.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dataclasses import dataclass, replace
from functools import lru_cache

from .context import Context, Stop
from .distance import scalar_haversine_km
from .errors import InputErrors, PlaceNotFound
from .focus import Focus
from .normalize import name_key, number_forms, split_query
from .places import CROSSING_FEATURES, RIVER, Place
from .resolution import AMBIGUOUS_BELOW, Resolution
from .terms import well_known_city

if TYPE_CHECKING:
    from .resolve import Resolver

#: A result this confident (and point-level, and dated) anchors the others: one not flagged as ambiguous.
#: (It was 0.9: a stop with many weak namesakes, Piedras Negras at 0.83 with 15 of them, then anchored
#: nothing, and the stops before it, Allende and Sabinas in Coahuila, were judged from one side only.)
ANCHOR_CONFIDENCE = AMBIGUOUS_BELOW

#: How many anchors are taken on each side of a stop in time.
ANCHORS_EACH_SIDE = 2

#: Passes after the second: stops the route settled confidently join the anchors, and the others are
#: scored again against them (a stop whose next neighbours were all ambiguous on their own is judged by
#: them once the route has placed them).  Stops when the anchors no longer change.
MORE_PASSES = 2


def resolve_route(
    stops: Sequence[Stop], resolver: Resolver | None = None, *, focus: Focus | None = None
) -> list[Resolution]:
    """Resolve the places of one group, choosing namesakes by the group's other stops.

    ``focus`` says where the story happens (:class:`~geo.focus.Focus`):
    candidates outside it are penalised in both passes, never excluded.
    Raises :class:`~geo.errors.InputErrors` listing every place that cannot be found.

    Pass 1 resolves each stop on its own hints and the places its words put it near (:attr:`Stop.near`,
    undated anchors in every pass).  Confident point-level results
    become anchors; pass 2 rescores every stop that had several candidates
    against the anchors nearest in time (excluding itself), so that
    ``Agua Caliente`` between San Pedro Sula and Esquipulas lands at the
    Honduras-Guatemala border post.  Stops that pass 2 placed confidently
    become anchors too, and the stops are scored again (up to
    :data:`MORE_PASSES` times, until the anchors stop changing): Las Lajas
    after Penonomé is the Chiriquí village beside San Félix once San Félix
    is placed, not the namesake behind the group.
    """
    if resolver is None:
        from .resolve import default_resolver

        resolver = default_resolver()
    first: list[Resolution] = []
    missing: list[PlaceNotFound] = []
    for stop in stops:
        ctx = Context(country=stop.country, kind=stop.kind, focus=focus, near=_written_near(stop))
        try:
            first.append(resolver.resolve(stop.query, ctx, where=stop.where))
        except PlaceNotFound as exc:
            missing.append(exc)
    if missing:
        raise InputErrors(missing)

    anchors = _anchors(stops, first)
    together: Together | None = None
    if not anchors and focus is None:
        # No stop placed surely on its own (every name has namesakes) and no country given for any stop: the route's
        # places are read together, and the reading whose legs a group can travel anchors them (read_together).  (A
        # route whose rows name a country has that focus: its namesakes are weighed there, as before.)
        together = read_together(stops, first, resolver, focus)
        if together is not None and together.fits:
            anchors = together.anchors(first)
    kept: dict[int, tuple[tuple, tuple[str, str], Resolution]] = {}
    out = _rescore(stops, first, anchors, resolver, focus, kept)
    for _ in range(MORE_PASSES):
        grown = _anchors(stops, out) or anchors  # (a reading together stays the anchors until stops settle)
        if [(i, r.place) for i, r in grown] == [(i, r.place) for i, r in anchors]:
            break
        anchors = grown
        out = _rescore(stops, first, anchors, resolver, focus, kept)
    if any(r.place.feature == RIVER for r in out):
        out = _on_rivers(stops, out, _anchors(stops, out))
    if together is not None:
        out = together.explain(stops, out)
    return out


#: A reading together (:func:`read_together`) is told apart from the best one when each of its stops lies at least
#: this far from the best reading's place of that stop (Camargo in Cantabria, not Camargo in Chihuahua).
OTHER_READING_KM = 300.0

#: Another reading together that scores within this of the best fits the route as well: neither is sure.
READINGS_MARGIN = 2.0

#: The most namesakes of a stop a reading together weighs (the best by their place terms: population, hints...).
TOGETHER_CANDIDATES = 40

#: What a leg faster than a group travels (:func:`routes.pace.too_fast`) costs a reading together: no place's
#: size makes up for it.
IMPASSABLE = 10.0

#: The confidence at most of a stop read together when the reading is not sure (another fits as well, or none
#: lets a group travel its legs): flagged, so that ``build`` names it.
UNSURE_TOGETHER = 0.5


@dataclass(frozen=True)
class Together:
    """The reading of a route's places together (:func:`read_together`).

    ``stops`` are the indices of the stops read (dated, with point-level namesakes), ``places`` the best reading's
    place of each, ``fits`` whether a group can travel every leg of it, ``other`` a reading of places far from
    those that scores about as well (``()`` when none)."""

    stops: tuple[int, ...]
    places: tuple[Place, ...]
    fits: bool
    other: tuple[Place, ...] = ()

    def anchors(self, first: Sequence[Resolution]) -> list[tuple[int, Resolution]]:
        """The reading's places as the route's anchors, ``(stop index, resolution)`` in the stops' order."""
        return [(i, replace(first[i], place=p)) for i, p in sorted(zip(self.stops, self.places), key=lambda x: x[0])]

    def explain(self, stops: Sequence[Stop], results: Sequence[Resolution]) -> list[Resolution]:
        """``results`` with each stop read together saying so, and flagged (confidence at most
        :data:`UNSURE_TOGETHER`) when the reading is not sure."""
        names = ", ".join(dict.fromkeys(stops[i].query for i in self.stops))
        if not self.fits:
            why = (f"read together with the route's other stops ({names}), no stop placed surely on its own: no "
                   "reading of them lets a group travel every leg; check the names, or give the country")
        elif self.other:
            where = _countries_of(self.other)
            why = (f"read together with the route's other stops ({names}), no stop placed surely on its own: drawn "
                   f"in {_countries_of(self.places)}, but another reading fits them as well ({where}); give the "
                   "country to be sure")
        else:
            why = (f"read together with the route's other stops ({names}), no stop placed surely on its own: the "
                   f"reading whose legs a group can travel ({_countries_of(self.places)})")
        unsure = not self.fits or bool(self.other)
        out = list(results)
        for i in self.stops:
            res = out[i]
            confidence = min(res.confidence, UNSURE_TOGETHER) if unsure else res.confidence
            out[i] = replace(res, confidence=confidence, reasons=(why, *res.reasons))
        return out


def _countries_of(places: Sequence[Place]) -> str:
    """The first-level divisions and countries of ``places``, as a reader names them: ``Chihuahua, MX``."""
    seen = dict.fromkeys(f"{p.admin1_name}, {p.country}" if p.admin1_name else p.country for p in places)
    return "; ".join(seen)


def read_together(stops: Sequence[Stop], first: Sequence[Resolution], resolver: Resolver,
                  focus: Focus | None) -> Together | None:
    """The route's dated stops read together: of each one's point-level namesakes, the reading that scores best by
    the namesakes' own place terms (population, hints, focus) less what its legs cost: a leg faster than a group
    travels (:func:`routes.pace.too_fast`) costs :data:`IMPASSABLE`, any other leg the share of that pace it takes.
    ``Jiménez -> Camargo -> Delicias`` with no country is the three towns of Chihuahua, not Cadereyta Jiménez and
    two namesakes in Spain 8,500 km from it.  ``None`` when fewer than two stops can be read so.

    ``other`` is the best reading whose every place lies :data:`OTHER_READING_KM` or more from the best reading's,
    when it fits the legs too and scores within :data:`READINGS_MARGIN` of it (the route cannot be told apart)."""
    from routes.pace import MAX_KM_PER_DAY, too_fast

    km = getattr(resolver, "_km", scalar_haversine_km)
    order: list[int] = []
    options: list[list[tuple[Place, float]]] = []
    for i in sorted((i for i, s in enumerate(stops) if s.day is not None), key=lambda i: (stops[i].day, i)):
        if first[i].place.is_area:
            continue
        stop = stops[i]
        ctx = Context(country=stop.country, kind=stop.kind, focus=focus, near=_written_near(stop))
        placed = resolver._placed(stop.query, ctx, stop.where)[3]
        points = sorted(((p, base) for p, base, _ in placed if not p.is_area and p.feature != RIVER),
                        key=lambda pb: -pb[1])[:TOGETHER_CANDIDATES]
        if points:
            order.append(i)
            options.append(points)
    if len(order) < 2:
        return None

    def leg(a: Place, b: Place, days: float) -> float:
        d = km(a.lat, a.lon, b.lat, b.lon)
        return IMPASSABLE if too_fast(d, days) else d / (max(days, 1.0) * MAX_KM_PER_DAY)

    def best(allowed: list[list[int]]) -> tuple[float, list[int], bool] | None:
        """The best reading of the allowed namesakes (positions in ``options``): score, choices, fits."""
        if any(not a for a in allowed):
            return None
        score = {c: options[0][c][1] for c in allowed[0]}
        back: list[dict[int, int]] = []
        for k in range(1, len(order)):
            days = abs(stops[order[k]].day - stops[order[k - 1]].day)
            new, came = {}, {}
            for c in allowed[k]:
                place, base = options[k][c]
                prev = max(score, key=lambda p: score[p] - leg(options[k - 1][p][0], place, days))
                new[c] = score[prev] - leg(options[k - 1][prev][0], place, days) + base
                came[c] = prev
            score = new
            back.append(came)
        last = max(score, key=score.get)
        path = [last]
        for came in reversed(back):
            path.append(came[path[-1]])
        path.reverse()
        fits = all(not too_fast(km(options[k - 1][path[k - 1]][0].lat, options[k - 1][path[k - 1]][0].lon,
                                   options[k][path[k]][0].lat, options[k][path[k]][0].lon),
                                abs(stops[order[k]].day - stops[order[k - 1]].day)) for k in range(1, len(order)))
        return score[last], path, fits

    top = best([list(range(len(o))) for o in options])
    assert top is not None
    score, path, fits = top
    places = tuple(options[k][c][0] for k, c in enumerate(path))
    far = [[c for c, (p, _) in enumerate(options[k]) if km(p.lat, p.lon, places[k].lat, places[k].lon) >= OTHER_READING_KM]
           for k in range(len(order))]
    second = best(far) if fits else None
    other: tuple[Place, ...] = ()
    if second is not None and second[2] and second[0] >= score - READINGS_MARGIN:
        other = tuple(options[k][c][0] for k, c in enumerate(second[1]))
    return Together(tuple(order), places, fits, other)


def _on_rivers(stops: Sequence[Stop], results: Sequence[Resolution], anchors: Sequence[tuple[int, Resolution]],
               ) -> list[Resolution]:
    """Each river drawn at its point nearest the group's stops (:func:`geo.rivers.place_on_river`): the anchors
    nearest in time and the places its words put it near, else every anchor, else every other stop's place; a
    river with none keeps its default point."""
    from .rivers import place_on_river

    out = list(results)
    for i, res in enumerate(results):
        if res.place.feature != RIVER:
            continue
        points = [(lat, lon) for lat, lon, _ in nearest_anchors(i, stops[i], stops, anchors)] + list(stops[i].near)
        points = points or [(r.lat, r.lon) for j, r in anchors if j != i] or [
            (r.lat, r.lon) for j, r in enumerate(results) if j != i and not r.place.is_area and r.place.feature != RIVER]
        moved = place_on_river(res.place, points)
        if moved is not None:
            out[i] = replace(res, place=moved[0], reasons=(*res.reasons, moved[1]))
    return out


def _anchors(stops: Sequence[Stop], results: Sequence[Resolution]) -> list[tuple[int, Resolution]]:
    """The confidently placed, point-level, dated results: ``(stop index, resolution)`` (not a river: its default
    point is no place the group was), less those the route's other anchors contradict (:func:`_contradicted`)."""
    sure = [
        (i, r) for i, r in enumerate(results)
        if not r.place.is_area and r.place.feature != RIVER and r.confidence >= ANCHOR_CONFIDENCE
        and stops[i].day is not None
    ]
    wrong = _contradicted(stops, sure)
    return [(i, r) for i, r in sure if i not in wrong] if wrong else sure


def _contradicted(stops: Sequence[Stop], sure: Sequence[tuple[int, Resolution]]) -> set[int]:
    """The stops of ``sure`` placed farther from the sure stop before them in time and from the one after them than
    a vehicle carries a group in the days between (:func:`routes.pace.too_fast` riding): a name sure by itself, out
    of the route (``Columbus`` between Palomas and Deming, a day from each, read as Columbus, Nebraska, 1,400 km off,
    once placed): it anchors no other stop, which is judged by the anchors either side of it instead."""
    from routes.pace import too_fast

    if len(sure) < 3:
        return set()
    by_day = sorted(sure, key=lambda a: (stops[a[0]].day, a[0]))

    def apart(a: tuple[int, Resolution], b: tuple[int, Resolution]) -> bool:
        return too_fast(scalar_haversine_km(a[1].lat, a[1].lon, b[1].lat, b[1].lon),
                        abs(stops[a[0]].day - stops[b[0]].day), motor=True)

    return {a[0] for before, a, after in zip(by_day, by_day[1:], by_day[2:]) if apart(before, a) and apart(a, after)}


def _rescore(
    stops: Sequence[Stop], first: Sequence[Resolution], anchors: Sequence[tuple[int, Resolution]],
    resolver: Resolver, focus: Focus | None, kept: dict[int, tuple[tuple, tuple[str, str], Resolution]],
) -> list[Resolution]:
    """Every stop with several candidates scored again against ``anchors`` and the crossings' sides.

    ``kept`` holds each stop's anchors, side and answer of the pass before: a stop whose anchors and side are
    the same gets the same answer (the resolver is a function of the query and its context), not worked out
    again; on a long route most stops keep their anchors from one pass to the next."""
    sides = crossing_sides(stops, first, anchors)
    dated = _dated(stops, anchors)
    by_day = _by_day(dated)
    out: list[Resolution] = []
    for i, (stop, res) in enumerate(zip(stops, first)):
        if not res.candidates:
            out.append(res)
            continue
        near = tuple(nearest_anchors(i, stop, stops, anchors, dated=dated, by_day=by_day)) + _written_near(stop)
        side = sides[i]
        if not near and not side:
            out.append(res)
            continue
        before = kept.get(i)
        if before is not None and before[0] == near and before[1] == side:
            out.append(before[2])
            continue
        ctx = Context(country=stop.country, kind=stop.kind, near=near, focus=focus, side=side)
        res = resolver.resolve(stop.query, ctx, where=stop.where)
        if not res.place.is_area and _too_far(res.place, ctx.near) and not well_known_city(
                res.place, resolver.index.largest_towns()):  # (Hermosillo as written is the city: no other reading)
            res = _other_number(stop, ctx, resolver) or res
        kept[i] = (near, side, res)
        out.append(res)
    return out


def _too_far(place, near) -> bool:
    """True when ``place`` lies farther from a dated anchor than a group travels in the days between (at least one
    day counted; ``routes.pace``, the rule behind the too-fast-leg warnings of extract and build)."""
    from routes.pace import too_fast

    return any(too_fast(scalar_haversine_km(place.lat, place.lon, lat, lon), abs(days))
               for lat, lon, days in near if days is not None)


def _other_number(stop: Stop, ctx: Context, resolver: Resolver) -> Resolution | None:
    """The stop read with its last word's number changed ("Palmilla" as Palmillas, the Querétaro junction), or as the
    end of a longer name led by a saint's name or a port's word ("Palomas" as Puerto Palomas, at the Columbus port),
    when the place the name as written gets lies farther from a stop of the group than it travels and that reading's
    does not; else None.
    Flagged like a misspelling (confidence at most :data:`geo.resolve.FUZZY_CONFIDENCE_CAP`)."""
    from .resolve import FUZZY_CONFIDENCE_CAP

    from routes.pace import too_fast

    dated = [(lat, lon, abs(days)) for lat, lon, days in ctx.near if days is not None]
    km = getattr(resolver, "_km", scalar_haversine_km)  # the resolver's remembered km: the same function

    def fits(place) -> bool:  # not _too_far(place, ctx.near), with the anchors' days taken once
        lat, lon = place.lat, place.lon
        return not any(too_fast(km(lat, lon, a_lat, a_lon), days) for a_lat, a_lon, days in dated)

    for query in (*_number_queries(stop.query), *_led_queries(stop.query, resolver)):
        # The winner is one of the candidates: when each is an area or too far, this form cannot be the reading
        # (and with none, resolve would raise PlaceNotFound after working out suggestions no one reads).
        # (A misspelling's match is no reading either: the winner must not be fuzzy. Its readings are the candidates
        # found with no scan for misspellings where that scan cannot change them: most number forms are no name.)
        if not any(not place.is_area and fits(place) for place in resolver.readings(query)):
            continue
        other = resolver.resolve(query, ctx, where=stop.where)
        hints = {name_key(part) for part in (split_query(query) or [query])[1:]}
        if not other.place.is_area and other.place.match != "fuzzy" and not _too_far(other.place, ctx.near) \
                and name_key(other.place.name) not in hints:  # ("córdobas, Veracruz" is no village called Veracruz)
            written = (split_query(stop.query) or [stop.query])[0]
            why = f"read as {other.place.name!r}: no place named {written!r} lies within a day's travel of the group's stops"
            return replace(other, query=stop.query, confidence=min(other.confidence, FUZZY_CONFIDENCE_CAP),
                           reasons=(why, *other.reasons))
    return None


def _led_queries(query: str, resolver: Resolver) -> tuple[str, ...]:
    """``query`` as the end of longer known names led by a saint's name or a port's word
    (:meth:`geo.index.GazetteerIndex.keys_ending_with`): ``"Palomas"`` -> ``("puerto palomas",)``; none for a name
    written with its state or country (``"Isla, Veracruz"``)."""
    parts = split_query(query) or [query]
    ending = getattr(resolver.index, "keys_ending_with", None)
    if len(parts) > 1 or ending is None:  # ("Isla, Veracruz": the writer said where; no longer name elsewhere)
        return ()
    return ending(name_key(parts[0]))


@lru_cache(maxsize=4096)
def _number_queries(query: str) -> tuple[str, ...]:
    """``query`` with the last word of its name in the other number (:func:`geo.normalize.number_forms`), its
    other parts kept: ``"Palmilla, Querétaro"`` -> ``("palmillas, Querétaro",)``."""
    parts = split_query(query) or [query]
    return tuple(", ".join([form, *parts[1:]]) for form in number_forms(name_key(parts[0])))


def crossing_sides(
    stops: Sequence[Stop], first: Sequence[Resolution], anchors: Sequence[tuple[int, Resolution]]
) -> list[tuple[str, str]]:
    """For each stop, the country a reported border crossing puts it in (``()`` when none does).

    A crossing report at a two-country border post is oriented by a confident
    stop on one side of it (the first after it, else the last before it), or
    else by the crossing reported next to it: a group that crosses from
    Honduras into Guatemala at Corinto and later from Guatemala into Mexico
    at El Ceibo is in Guatemala in between.  An oriented crossing puts the
    stops reported before it on one side and those after it on the other;
    each stop takes the crossing nearest to it in time.
    """
    posts: list[tuple[float, frozenset[str], str]] = []  # (day, the two countries, crossing name)
    for stop, res in zip(stops, first):
        countries = frozenset(res.place.countries)
        if (stop.kind == "crossing" and stop.day is not None and res.place.feature in CROSSING_FEATURES
                and len(countries) == 2):
            posts.append((stop.day, countries, res.place.name))
    posts.sort(key=lambda post: post[0])
    oriented: list[tuple[str, str] | None] = []  # (before side, after side) of each post
    for day, countries, _ in posts:
        after = [(stops[j].day, r.place.country) for j, r in anchors
                 if stops[j].day > day and r.place.feature not in CROSSING_FEATURES]
        before = [(stops[j].day, r.place.country) for j, r in anchors
                  if stops[j].day < day and r.place.feature not in CROSSING_FEATURES]
        if after and min(after)[1] in countries:
            far = min(after)[1]
            oriented.append((_other(countries, far), far))
        elif before and max(before)[1] in countries:
            near = max(before)[1]
            oriented.append((near, _other(countries, near)))
        else:
            oriented.append(None)
    for k in range(len(posts) - 1):  # consecutive posts sharing one country: the group is in it between them
        (d1, c1, _), (d2, c2, _) = posts[k], posts[k + 1]
        shared = c1 & c2
        if d1 < d2 and len(shared) == 1:
            (between,) = shared
            oriented[k] = oriented[k] or (_other(c1, between), between)
            oriented[k + 1] = oriented[k + 1] or (between, _other(c2, between))
    crossings = [(day, *sides, name) for (day, _, name), sides in zip(posts, oriented) if sides]
    sides: list[tuple[str, str]] = []
    for stop in stops:
        best: tuple[float, tuple[str, str]] | None = None
        if stop.day is not None and stop.kind != "crossing":
            for day, near, far, name in crossings:
                if day == stop.day:
                    continue
                side = (near, name) if stop.day < day else (far, name)
                if best is None or abs(day - stop.day) < best[0]:
                    best = (abs(day - stop.day), side)
        sides.append(best[1] if best else ())
    return sides


def _other(countries: frozenset[str], one: str) -> str:
    """The country of a two-country border post that is not ``one``."""
    (other,) = countries - {one}
    return other


def nearest_anchors(
    i: int, stop: Stop, stops: Sequence[Stop], anchors: Sequence[tuple[int, Resolution]],
    *, dated: Sequence[tuple[int, Resolution, float | None]] | None = None,
    by_day: tuple[list[float], list[int]] | None = None,
) -> list[tuple[float, float, float | None]]:
    """The anchors nearest in time before and after stop ``i`` (:data:`ANCHORS_EACH_SIDE` each side).

    Each anchor is ``(lat, lon, days from this stop)``; an undated stop gets
    the three anchors listed nearest to it (between as near, the earlier), undated.  A stop is never its own anchor, nor is
    another report of the same name.  ``dated`` is ``_dated(stops, anchors)``
    and ``by_day`` ``_by_day(dated)`` when the caller asks for many stops with the same anchors.
    """
    query, day = stop.query, stop.day
    dated = _dated(stops, anchors) if dated is None else dated
    if day is None:  # the anchors listed nearest to it (a route's order is its travel order), undated
        near = sorted((abs(j - i), j, r) for j, r, _ in dated if j != i and r.query != query)
        return [(r.lat, r.lon, None) for _, _, r in near[:3]]
    days, order = _by_day(dated) if by_day is None else by_day
    # Nearest first; of anchors as near, the one reported first (sorted by the days between, then by place
    # in the list: the others keep their order, so their places in ``dated`` order them as in the others).
    # Walked outwards from the stop's day: the days between only grow, so the walk stops once two are found and
    # the next anchor lies farther than the second (one as far may still come first by its place in the list).
    cut = bisect_right(days, day)
    before = _nearest(dated, order, range(cut - 1, -1, -1), i, query, day, -1.0)
    after = _nearest(dated, order, range(cut, len(order)), i, query, day, 1.0)
    return [(dated[k][1].lat, dated[k][1].lon, dated[k][2] - day) for _, k in before + after]


def _nearest(dated, order, walk, i: int, query: str, day: float, way: float) -> list[tuple[float, int]]:
    """The :data:`ANCHORS_EACH_SIDE` anchors nearest to ``day`` (``way`` -1.0 before it, 1.0 after it), then by place
    in ``dated``, of those met in ``walk`` (positions in ``order``, the days between growing), leaving out stop ``i``
    and reports of ``query``: ``(days between, place in dated)``."""
    found: list[tuple[float, int]] = []
    for n in walk:
        k = order[n]
        j, r, d = dated[k]
        gap = d - day if way > 0 else day - d
        if len(found) >= ANCHORS_EACH_SIDE and gap > found[ANCHORS_EACH_SIDE - 1][0]:
            break  # (found is in walking order, so by the days between: its second is the second nearest)
        if j != i and r.query != query:
            found.append((gap, k))
    found.sort()
    return found[:ANCHORS_EACH_SIDE]


def _by_day(dated: Sequence[tuple[int, Resolution, float | None]]) -> tuple[list[float], list[int]]:
    """For :func:`nearest_anchors`: the places in ``dated`` ordered by day (then by place), and their days."""
    order = sorted(range(len(dated)), key=lambda k: (dated[k][2], k))
    return [dated[k][2] for k in order], order


def _written_near(stop: Stop) -> tuple[tuple[float, float, None], ...]:
    """The places the words put ``stop`` near (:attr:`Stop.near`), as undated anchors."""
    return tuple((lat, lon, None) for lat, lon in stop.near)


def _dated(stops: Sequence[Stop], anchors: Sequence[tuple[int, Resolution]]) -> list[tuple[int, Resolution, float | None]]:
    """``anchors`` with their stops' days: ``(stop index, resolution, day)``."""
    return [(j, r, stops[j].day) for j, r in anchors]
