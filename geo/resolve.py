"""From a reported place name to a point, with how sure we are and why.

:func:`geocode` answers one name; :func:`geo.route.resolve_route` answers the
places of one moving group at once, using the group's other dated stops to
choose among namesakes (a caravan does not jump 2,000 km in a day).

A :class:`Resolver` finds the candidates (:mod:`geo.candidates`) and scores
each as the sum of named terms: how the name matched, country and division
hints, the report's kind and the place's size (:mod:`geo.terms`), the story's
focus (:mod:`geo.focus`) and the route (:mod:`geo.route_terms`).  The
confidence is the winner's share of ``exp(score)`` over all candidates,
lowered for fuzzy matches and for area-level places; the terms that decided
are kept as ``reasons``.

The names this module has always exported (``Focus``, ``Context``, ``Stop``,
``Resolution``, ``resolve_route``, the weights) are importable from here and
from :mod:`geo`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from . import route_terms
from .candidates import find_candidates, find_readings, suggest
from .context import Context, Stop
from .distance import haversine_km, scalar_haversine_km
from .errors import InputError, PlaceNotFound, Where
from .focus import (
    FOCUS_DIVISION_WEIGHT,
    FOCUS_WEIGHT,
    Focus,
    FocusCodes,
    focus_codes,
    focus_term,
    in_focus_countries,
)
from .index import GazetteerIndex
from .normalize import name_key
from .places import CROSSING_FEATURES, RIVER, Place
from .resolution import AMBIGUOUS_BELOW, Resolution
from .route import resolve_route
from .route_terms import (
    DETOUR_WEIGHT,
    FAR_COUNTRY_KM,
    MOTOR_KM_PER_DAY,
    ROUTE_WEIGHT,
    SIDE_WEIGHT,
    WALKING_KM_PER_DAY,
)
from .terms import (
    BORDER_TOWN_KM,
    CHECKPOINT_WEIGHT,
    COUNTRY_NAME_WEIGHT,
    DIVISION_CROSSED_WEIGHT,
    CROSSING_KINDS,
    CROSSING_WEIGHT,
    POPULATION_WEIGHT,
    border_town_term,
    crossing_term,
    division_term,
    division_alias_term,
    divisions_own_towns,
    name_term,
    named_divisions,
    nearest_crossing,
    population_term,
    prominence_term,
    town_bears_name,
    villages_of_well_known_cities,
)

__all__ = [
    "AMBIGUOUS_BELOW", "BORDER_TOWN_KM", "CHECKPOINT_WEIGHT", "CROSSING_KINDS", "CROSSING_WEIGHT", "Context",
    "DETOUR_WEIGHT", "FAR_COUNTRY_KM", "FOCUS_DIVISION_WEIGHT", "FOCUS_WEIGHT",
    "FUZZY_CONFIDENCE_CAP", "Focus",
    "MOTOR_KM_PER_DAY", "POPULATION_WEIGHT", "ROUTE_WEIGHT", "Resolution", "Resolver", "SAME_SPOT_KM",
    "SIDE_WEIGHT", "Stop", "WALKING_KM_PER_DAY", "default_resolver", "geocode", "haversine_km", "resolve_route",
]

#: Candidates this close to the winner count as the same spot, not as rival namesakes.
SAME_SPOT_KM = 3.0

#: How many (query, hints) a resolver remembers the place terms of (see :meth:`Resolver._placed`).
PLACED_CACHE_SIZE = 100_000

#: The most a misspelt (fuzzy) or partial match can be trusted.
FUZZY_CONFIDENCE_CAP = 0.7

#: The most an area-level place (country, division, region) can be trusted.
AREA_CONFIDENCE_CAP = 0.9

#: Hints: a candidate in the hinted country, in the named division, or near a town named with it.
COUNTRY_HINT_WEIGHT = 2.0
DIVISION_HINT_WEIGHT = 1.5

NAMED_WITH_WEIGHT = 1.5
NAMED_WITH_KM = 60.0

#: A curated station, post or gathering point (no population of its own) gains this much: thousands
#: pass through it and reports name it for that.  Calibrated on two cases, not fitted: above 0.9 the
#: ERM San Vicente at Metetí, a day after Lajas Blancas, beats the San Vicente of 14,000 near Panama
#: City that a bus also reaches; below 1.17 "blocked at Agua Caliente" with no other place stays a
#: blind pick (confidence under 0.5, no coordinates in extract's drafts).  Curated towns
#: (``locality``) count by themselves, like GeoNames' towns.
CURATED_WEIGHT = 1.0


#: What :meth:`Resolver._placed` remembers of a query: its other parts, whether a town bears the name, the
#: divisions with their own town, and each candidate with its place terms and their reasons.
_Placed = tuple[tuple[str, ...], bool, frozenset[tuple[str, str]], tuple[tuple[Place, float, tuple[str, ...]], ...]]


class Resolver:
    """Scores gazetteer candidates for reported names.

    One resolver holds one :class:`GazetteerIndex` and caches the country
    and division hints it has parsed.  A candidate's score is the sum of the
    named terms in :attr:`TERMS`; ``disabled`` switches some off, to measure
    what each decides (``benchmarks/corridor_routes.py --terms``).
    """

    #: The scoring terms, by name (see :meth:`score`).
    TERMS = (
        "country_hint", "division_hint", "named_with", "country_name", "far_country", "division_name",
        "division_crossed", "division_alias", "crossing", "border_town", "curated", "prominence", "population", "focus",
        "route_speed", "route_detour", "route_side", "well_known",
    )

    def __init__(self, index: GazetteerIndex | None = None, *, disabled: frozenset[str] = frozenset()) -> None:
        unknown = set(disabled) - set(self.TERMS)
        if unknown:
            raise ValueError(f"unknown scoring term(s): {', '.join(sorted(unknown))}")
        self.disabled = frozenset(disabled)
        self.index = index or GazetteerIndex.open()
        self._hint_cache: dict[str, tuple[str, str, tuple[Place, ...]]] = {}
        self._focus_cache: dict[Focus, FocusCodes] = {}
        self._crossing_cache: dict[tuple[float, float], tuple[float, Place] | None] = {}
        self._posts_by_division: frozenset[tuple[str, str]] | None = None
        self._placed_cache: dict[tuple, _Placed] = {}
        self._candidates_cache: dict[str, tuple[tuple[Place, ...], tuple[str, ...]]] = {}
        self._readings_cache: dict[str, tuple[Place, ...]] = {}  # see readings
        self._town_cache: dict[tuple, bool] = {}
        self._unfocused_cache: dict[tuple, tuple] = {}
        self._holds_cache: dict[tuple[str, str], bool] = {}  # see _division_holds
        self._villages: dict[str, dict[int, int]] = {}  # villages_of_well_known_cities of each query's candidates
        # Distances and detour frames remembered: a route is scored in passes, each measuring the same
        # namesakes against mostly the same anchors, and articles about one caravan name the same towns.
        self._km = lru_cache(maxsize=1 << 16)(scalar_haversine_km)
        self._detour_frame = lru_cache(maxsize=1 << 12)(route_terms.detour_frame)

    # -- hints ---------------------------------------------------------------
    def country_code(self, text: str) -> str:
        """Return the ISO-2 code for a country code or name (``''`` if unknown)."""
        text = (text or "").strip()
        if not text:
            return ""
        if len(text) == 2 and text.isalpha():
            return text.upper() if text.upper() in self.index.country_codes() else ""
        for place in self.index.lookup(name_key(text)):
            if place.feature == "country":
                return place.country
        return ""

    def focus_codes(self, focus: Focus) -> FocusCodes:
        """Translate a :class:`Focus` into the index's codes (cached); :class:`InputError` if unknown."""
        codes = self._focus_cache.get(focus)
        if codes is None:
            codes = focus_codes(focus, country_code=self.country_code, divisions=self.index.divisions())
            self._focus_cache[focus] = codes
        return codes

    def _part_hint(self, part: str) -> tuple[str, str, tuple[Place, ...]]:
        """Classify a trailing query part: (country code, admin1 code, places named so)."""
        if part not in self._hint_cache:
            found = self.index.lookup(name_key(part))
            country = next((p.country for p in found if p.feature == "country"), "")
            admin1 = next((f"{p.country}.{p.admin1}" for p in found if p.feature == "admin1"), "")
            towns = tuple(p for p in found if not p.is_area)
            self._hint_cache[part] = (country, admin1, towns)
        return self._hint_cache[part]

    def holds_a_post(self, division: Place) -> bool:
        """Whether a border post of the gazetteer lies in the first-level division ``division``."""
        if self._posts_by_division is None:
            self._posts_by_division = frozenset((c.country, c.admin1) for c in self.index.crossings())
        return (division.country, division.admin1) in self._posts_by_division

    def nearest_crossing(self, place: Place) -> tuple[float, Place] | None:
        """The border post within :data:`BORDER_TOWN_KM` of a place, with its km (remembered per point:
        the index's posts never change, and the same towns come up report after report)."""
        point = (place.lat, place.lon)
        if point not in self._crossing_cache:
            self._crossing_cache[point] = nearest_crossing(place, self.index.crossings())
        return self._crossing_cache[point]

    # -- candidates ----------------------------------------------------------
    def candidates(self, query: str) -> tuple[list[Place], list[str]]:
        """Return the candidates for the most specific part of ``query`` and the other parts.

        Remembered by query (new lists each time): a name the gazetteer does not hold is looked for by a fuzzy
        scan of every key (10-100 ms), and a route asks the same names, and their other numbers, pass after pass.
        """
        known = self._candidates_cache.get(query)
        if known is None:
            if len(self._candidates_cache) >= PLACED_CACHE_SIZE:
                self._candidates_cache.clear()
            found, extra = find_candidates(self.index, query)
            known = self._candidates_cache[query] = (tuple(found), tuple(extra))
        return list(known[0]), list(known[1])

    def readings(self, query: str) -> list[Place]:
        """:meth:`candidates` that are no misspelling (``match`` not ``fuzzy``), in their order, remembered by query;
        the scan for misspellings is skipped where it cannot change them (:func:`geo.candidates.find_readings`)."""
        known = self._candidates_cache.get(query)
        if known is not None:
            return [p for p in known[0] if p.match != "fuzzy"]
        readings = self._readings_cache.get(query)
        if readings is None:
            if len(self._readings_cache) >= PLACED_CACHE_SIZE:
                self._readings_cache.clear()
            readings = self._readings_cache[query] = tuple(find_readings(self.index, query))
        return list(readings)

    def _division_holds(self, query: str, admin1: str) -> bool:
        """Whether a point candidate of ``query`` lies in division ``admin1`` (``CC.code``), remembered."""
        key = (query, admin1)
        held = self._holds_cache.get(key)
        if held is None:
            if len(self._holds_cache) >= PLACED_CACHE_SIZE:
                self._holds_cache.clear()
            held = self._holds_cache[key] = any(
                not p.is_area and f"{p.country}.{p.admin1}" == admin1 for p in self.candidates(query)[0])
        return held

    def written_division(self, ctx: Context, extra: Sequence[str]) -> str:
        """The first-level division (``CC.code``) a report writes its place in, as no country: the row's
        ``admin1``, else a part after the name ("Rosario, Sinaloa"); ``''`` when none, or when the word names a
        country too ("Escuintla, Guatemala", "San Pedro, México")."""
        if ctx.admin1:
            return ctx.admin1
        for part in extra:
            country, admin1, _ = self._part_hint(part)
            if admin1:
                return "" if country else admin1
        return ""

    def in_written_division(self, query: str, found: list[Place], ctx: Context, extra: Sequence[str]) -> list[Place]:
        """A town written with its state is in that state: when the written division (:meth:`written_division`)
        holds a place of the name, only the candidates in it are kept, and a border post of that division's
        country (a crossing is kept under one side's division: "El Ceibo, Tabasco").  "Rosario, Sinaloa" is not
        Rosario, Argentina (1.2 M people), and "San Diego, California" no San Diego near Mexico City, however well
        that one suits a route's days: the namesakes a route or the leg check may choose from are made here."""
        admin1 = self.written_division(ctx, extra) if self._term_on("division_hint") else ""
        if not admin1 or not self._division_holds(query, admin1):
            return found
        country = admin1.split(".", 1)[0]
        return [p for p in found if f"{p.country}.{p.admin1}" == admin1
                or (p.feature in CROSSING_FEATURES and country in p.countries)]

    def suggestions(self, query: str, *, limit: int = 3) -> tuple[str, ...]:
        """Return the names the gazetteer knows that are closest to ``query``."""
        return suggest(self.index, query, limit=limit)

    # -- scoring -------------------------------------------------------------
    def _term_on(self, term: str) -> bool:
        return term not in self.disabled

    def score(
        self, place: Place, query: str, ctx: Context, extra_parts: Sequence[str], *, town_has_name: bool = True,
        own_towns: frozenset[tuple[str, str]] = frozenset(), divisions: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[float, list[str]]:
        """Return a candidate's score and the reasons that made it.

        The score is a sum of named terms (:attr:`TERMS`, each skipped when
        disabled).  ``town_has_name`` says whether some point-level candidate
        bears the queried name as its own (not only as an alternate name),
        in one of the story's countries when the context has a focus;
        ``own_towns`` holds the ``(country, admin1)`` of the point-level
        candidates, so that a division whose own town bears its name
        (Ocotepeque, Choluteca) yields to the town; ``divisions`` the
        ``(country, admin1)`` of the divisions that bear the queried name
        (:func:`geo.terms.named_divisions`), so that a town known by it only as
        an alternate name elsewhere (Ecatepec de Morelos) yields to the division.

        :meth:`resolve` uses the route terms relative to the best-placed
        point candidate (see :meth:`score_parts`); this is their plain sum.
        """
        place_part, route_part, reasons = self.score_parts(
            place, query, ctx, extra_parts, town_has_name=town_has_name, own_towns=own_towns, divisions=divisions)
        return place_part + route_part, reasons

    def score_parts(
        self, place: Place, query: str, ctx: Context, extra_parts: Sequence[str], *, town_has_name: bool = True,
        own_towns: frozenset[tuple[str, str]] = frozenset(), divisions: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[float, float, list[str]]:
        """A candidate's score in two parts, ``(place terms, route terms, reasons)``.

        The route terms (speed, detour, side) judge a point-level candidate
        against the group's other stops; an area has none.  They say which
        namesake fits the route, not whether a town beats an area: every
        point candidate, the right one too, is some km from the other stops.
        """
        reasons: list[str] = []
        s = self._place_part(place, query, ctx, extra_parts, town_has_name, own_towns, reasons, divisions)
        return s, self._route_part(place, ctx, reasons), reasons

    def _place_part(
        self, place: Place, query: str, ctx: Context, extra_parts: Sequence[str], town_has_name: bool,
        own_towns: frozenset[tuple[str, str]], reasons: list[str], divisions: frozenset[tuple[str, str]] = frozenset(),
    ) -> float:
        """The place terms of :meth:`score_parts` (its first part), their reasons appended to ``reasons``.

        Of ``ctx.near`` only a country's distance from the route counts here (``far_country``):
        for every other place the part is the same whatever the route (see :meth:`_placed`).
        """
        s, country = self._unfocused_part(place, query, ctx, extra_parts, town_has_name, own_towns, reasons, divisions)
        return self._focused(s, place, ctx.focus, country, reasons)

    def _unfocused_part(
        self, place: Place, query: str, ctx: Context, extra_parts: Sequence[str], town_has_name: bool,
        own_towns: frozenset[tuple[str, str]], reasons: list[str], divisions: frozenset[tuple[str, str]],
    ) -> tuple[float, str]:
        """:meth:`_place_part` but for its last term, the story's focus: the score so far and the hinted country
        (the row's, else one named after the name); ``ctx.focus`` is not read."""
        on = self._term_on
        s = name_term(place, reasons)
        country = self.country_code(ctx.country)
        admin1 = ctx.admin1
        towns_named: list[Place] = []
        for part in extra_parts:
            c, a, towns = self._part_hint(part)
            country = country or c
            admin1 = admin1 or a
            towns_named += towns
        if country and on("country_hint"):
            if country in place.countries or place.country == country:
                s += COUNTRY_HINT_WEIGHT
                reasons.append(f"in the hinted country {country}")
            else:
                s -= COUNTRY_HINT_WEIGHT
        if admin1 and on("division_hint"):
            if f"{place.country}.{place.admin1}" == admin1:
                s += DIVISION_HINT_WEIGHT
                reasons.append(f"in the named division {place.admin1_name or admin1}")
        if towns_named and on("named_with"):
            d = min(haversine_km(place.lat, place.lon, t.lat, t.lon) for t in towns_named)
            if d < NAMED_WITH_KM:
                s += NAMED_WITH_WEIGHT
                reasons.append(f"{d:.0f} km from {towns_named[0].name}, named with it")

        if place.feature == "country":
            if on("country_name"):
                s += COUNTRY_NAME_WEIGHT
                reasons.append("the name of a country: kept at country precision")
            if ctx.near and town_has_name and on("far_country"):
                s += route_terms.far_country_term(place, ctx.near, reasons)
        elif place.feature == "admin1" and ctx.kind == "crossing" and (place.country, place.admin1) in own_towns \
                and not self.holds_a_post(place) and on("division_crossed"):
            # "crossed into Oaxaca": the state line, not the city 250 km beyond it (a division with border posts,
            # Ocotepeque, is crossed at them, by its town)
            reasons.append(f"a crossing into {place.name}, which holds no border post: the division, not its town")
            s += DIVISION_CROSSED_WEIGHT
        elif place.feature == "admin1" and on("division_name"):
            s += division_term(place, town_has_name, own_towns, reasons)
        elif not place.is_area and place.match != "fuzzy" and (place.country, place.admin1) in own_towns:
            reasons.append(f"the town, not the division of {place.admin1_name or place.name} (a town-level report)")
        if divisions and on("division_alias"):
            s += division_alias_term(place, divisions, reasons)
        if ctx.kind in CROSSING_KINDS and place.feature in CROSSING_FEATURES and on("crossing"):
            s += crossing_term(place, ctx.kind, reasons)
        elif ctx.kind in CROSSING_KINDS and not place.is_area and on("border_town"):
            s += border_town_term(self.nearest_crossing(place), ctx.kind, reasons)
        if place.feature not in ("populated_place", "locality") and not place.is_area and on("curated"):
            s += CURATED_WEIGHT
        if place.importance and not place.population and not place.is_area and on("prominence"):
            s += prominence_term(place, reasons)
        if place.population and not place.is_area and on("population"):
            s += population_term(place, reasons)
        return s, country

    def _focused(self, s: float, place: Place, focus: Focus | None, country: str, reasons: list[str]) -> float:
        """The last term of :meth:`_place_part`, the story's focus, added to ``s`` (:meth:`_unfocused_part`)."""
        if focus and self._term_on("focus"):
            hinted = bool(country) and (country in place.countries or place.country == country)
            s += focus_term(place, self.focus_codes(focus), reasons, hinted=hinted)
        return s

    def _route_part(self, place: Place, ctx: Context, reasons: list[str] | None) -> float:
        """The route terms of :meth:`score_parts` (its second part), their reasons appended to ``reasons``
        (``None``: not worked out)."""
        on = self._term_on
        route = 0.0
        if ctx.near and not place.is_area:
            km = route_terms.anchor_km(place, ctx.near, self._km)
            if on("route_speed"):
                route += route_terms.speed_term(place, ctx.near, reasons, km)
            if on("route_detour"):
                route += route_terms.detour_term(place, ctx.near, reasons, km, self._detour_frame(tuple(ctx.near)))
        if ctx.side and not place.is_area and on("route_side"):
            route += route_terms.side_term(place, ctx.side, reasons)
        return route

    def _route_parts(self, places: Sequence[Place], ctx: Context) -> list[float]:
        """:meth:`_route_part` of each of ``places`` without reasons, the same values to the last bit, with what
        is the same for every candidate of a stop (the anchors' paces, the detour's frame) worked out once."""
        near, side = ctx.near, ctx.side
        if not near and not side:
            return [0.0] * len(places)
        on = self._term_on
        speed_on, detour_on, side_on = on("route_speed"), on("route_detour"), on("route_side")
        paces = route_terms.anchor_paces(near) if near and speed_on else ()
        frame = self._detour_frame(tuple(near)) if near and detour_on else None
        km_of, speed_value, detour_value = self._km, route_terms.speed_value, route_terms.detour_value
        out = []
        for place in places:
            route = 0.0
            if place.is_area:
                out.append(route)
                continue
            if near:
                lat, lon = place.lat, place.lon
                km = [km_of(lat, lon, a_lat, a_lon) for a_lat, a_lon, _ in near]
                if speed_on:
                    route += speed_value(km, paces)
                if detour_on:
                    route += detour_value(km, frame)[0] if frame is not None else 0.0
            if side and side_on:
                route += route_terms.side_term(place, side, None)
            out.append(route)
        return out

    def resolve(self, query: str, ctx: Context = Context(), *, where: Where | None = None) -> Resolution:
        """Resolve one reported name; raise :class:`PlaceNotFound` with suggestions.

        A country hint that names no known country is an :class:`InputError`
        (in column ``country`` of the row ``where`` points at), not a hint to drop.
        """
        if ctx.country and not self.country_code(ctx.country):
            at = Where(where.file, where.row, "country") if where else None
            raise InputError(f"unknown country {ctx.country!r}: expected an ISO code such as GT or a country name",
                             where=at, hint="leave it empty if the country is not known")
        extra, town_has_name, own_towns, placed = self._placed(query, ctx, where)
        parts = []
        # Scored without the route terms' reasons: only the winner's are kept (worked out below).
        routes = self._route_parts([place for place, _, _ in placed], ctx)
        for (place, base, _), route in zip(placed, routes):
            if ctx.near and place.feature == "country":
                # A country's distance from the route is a place term (far_country): scored with the route.
                base = self._place_part(place, query, ctx, extra, town_has_name, own_towns, [])
            parts.append((place, base, route))
        if (ctx.near or ctx.side) and not extra and not ctx.country and not ctx.admin1 and self._term_on("well_known"):
            # A village is not what a well-known city's bare name means in its country, however the route's days
            # read ("bused from Hermosillo" dated the day the group reached Mexicali): the route may not prefer it.
            villages = self._villages.get(query)
            if villages is None:  # the same for every context of the query (its candidates, in their order)
                if len(self._villages) >= PLACED_CACHE_SIZE:
                    self._villages.clear()
                villages = self._villages[query] = villages_of_well_known_cities(
                    [place for place, _, _ in placed], self.index.largest_towns())
            beyond: dict[int, bool] = {}
            for k, city in villages.items():
                if city not in beyond:
                    beyond[city] = self._beyond_a_ride(parts[city][0], ctx.near)
                if beyond[city]:
                    continue  # (no bus takes the group there in the days between: the name cannot mean the city)
                place, base, route = parts[k]
                parts[k] = (place, base, min(route, parts[city][2]))
        # The route compares namesakes with each other: the best-placed point candidate keeps its
        # place score, the others lose what they fit the route worse (an area has no route terms, nor has a
        # river: it is drawn where it passes nearest the route, geo.rivers).
        best_route = max((route for place, _, route in parts if not place.is_area and place.feature != RIVER),
                         default=0.0)
        scored = [(base + route - best_route if not place.is_area and place.feature != RIVER else base, place, None)
                  for place, base, route in parts]
        scored.sort(key=lambda item: (-item[0], -item[1].population, item[1].id))
        winner = scored[0][1]
        if ctx.near and winner.feature == "country":
            reasons: list[str] = []
            self._place_part(winner, query, ctx, extra, town_has_name, own_towns, reasons)
        else:
            reasons = next(list(why) for place, _, why in placed if place is winner)
        if winner.feature != RIVER:
            self._route_part(winner, ctx, reasons)
        scored[0] = (scored[0][0], winner, reasons)
        return _resolution(query, scored)

    def _beyond_a_ride(self, place: Place, near) -> bool:
        """True when the stop lies between two dated stops of the group (one before it, one after it) and ``place``
        cannot be on the way between the nearest of each: a vehicle does not carry the group from the one to it, or
        from it to the other, in the days between (:func:`routes.pace.too_fast` riding).  ``Columbus`` crossed
        between Ascensión and Deming, a day before Deming, is not Columbus, Ohio, 2,200 km off, whatever the name
        means in the United States, but the village at the port.  (A stop with dated stops on one side only is no
        such case: ``Hermosillo`` told the day of a stop in Mexico City that the article's words put there wrongly
        keeps the city.)"""
        from routes.pace import too_fast

        before = [a for a in near if a[2] is not None and a[2] < 0]
        after = [a for a in near if a[2] is not None and a[2] > 0]
        if not before or not after:
            return False
        return any(too_fast(self._km(place.lat, place.lon, lat, lon), abs(days), motor=True)
                   for lat, lon, days in (max(before, key=lambda a: a[2]), min(after, key=lambda a: a[2])))

    def _where_meant(self, place: Place, ctx: Context, extra: Sequence[str]) -> bool:
        """Whether ``place`` lies where the report may be: in the hinted country (the row's, else one named
        after the name), else in a country of the story's focus; anywhere when neither is known.

        A town that bears a name as its own outweighs a division of that name only there: "the Darién" in a
        story about Panama, or in a row hinted PA, is the province (no Panamanian town is named Darién,
        though towns in the US and Colombia are, and the hamlet Villa Darién only contains it)."""
        hint = self.country_code(ctx.country) if ctx.country else ""
        for part in extra if not hint else ():
            hint = hint or self._part_hint(part)[0]
        if hint and self._term_on("country_hint"):
            return hint in place.countries or place.country == hint
        if ctx.focus and self._term_on("focus"):
            return in_focus_countries(place, self.focus_codes(ctx.focus))
        return True

    def _placed(self, query: str, ctx: Context, where: Where | None) -> _Placed:
        """The other parts of ``query``, whether a town bears its name as its own, the divisions whose own
        town is a candidate (see :meth:`score_parts`), and each candidate with its place terms and their
        reasons (:meth:`_place_part`) scored without the route; :class:`PlaceNotFound` with suggestions when
        there is no candidate.  Remembered by query and hints: a route is resolved in passes, each scoring
        the same names against new anchors."""
        key = (query, ctx.country, ctx.admin1, ctx.kind, ctx.focus)
        placed = self._placed_cache.get(key)
        if placed is None:
            found, extra = self.candidates(query)
            if not found:
                raise PlaceNotFound(query, where=where, suggestions=self.suggestions(query))
            found = self.in_written_division(query, found, ctx, extra)
            # Whether a town bears the name reads the focus only through its countries (see _where_meant).
            meant = (query, ctx.country, self.focus_codes(ctx.focus).countries if ctx.focus else None)
            town_has_name = self._town_cache.get(meant)
            if town_has_name is None:
                town_has_name = town_bears_name(found, lambda p: self._where_meant(p, ctx, extra))
                if len(self._town_cache) >= PLACED_CACHE_SIZE:
                    self._town_cache.clear()
                self._town_cache[meant] = town_has_name
            # The terms before the focus are the same for every story: worked out once a name and its hints.
            unfocused_key = (query, ctx.country, ctx.admin1, ctx.kind, town_has_name)
            unfocused = self._unfocused_cache.get(unfocused_key)
            if unfocused is None:
                own_towns = divisions_own_towns(found, self.index.largest_towns())
                divisions = named_divisions(found)
                bare = Context(country=ctx.country, admin1=ctx.admin1, kind=ctx.kind)
                rows = []
                for place in found:
                    reasons: list[str] = []
                    base, country = self._unfocused_part(
                        place, query, bare, extra, town_has_name, own_towns, reasons, divisions)
                    rows.append((place, base, country, tuple(reasons)))
                if len(self._unfocused_cache) >= PLACED_CACHE_SIZE:
                    self._unfocused_cache.clear()
                unfocused = self._unfocused_cache[unfocused_key] = (own_towns, tuple(rows))
            own_towns, rows = unfocused
            scored = []
            for place, base, country, why in rows:
                if ctx.focus:
                    reasons = list(why)
                    base = self._focused(base, place, ctx.focus, country, reasons)
                    why = tuple(reasons)
                scored.append((place, base, why))
            if len(self._placed_cache) >= PLACED_CACHE_SIZE:
                self._placed_cache.clear()
            placed = self._placed_cache[key] = (tuple(extra), town_has_name, own_towns, tuple(scored))
        return placed


def _resolution(query: str, scored: list[tuple[float, Place, list[str]]]) -> Resolution:
    """The winner of candidates scored best first, with its confidence and reasons."""
    top = scored[0][0]
    total = sum(math.exp(s - top) for s, _, _ in scored)
    _, best, reasons = scored[0]
    # Candidates at the same spot in the same country as the winner (a reception station and its
    # village, a rail yard and its town) are not rival readings: their share counts for the winner.
    # Facing villages across a border are: the side decides the crossing.
    same = sum(math.exp(s - top) for s, p, _ in scored[1:]
               if p.is_area == best.is_area and p.country == best.country
               and haversine_km(p.lat, p.lon, best.lat, best.lon) <= SAME_SPOT_KM)
    confidence = (1.0 + same) / total
    if best.match in ("fuzzy", "prefix", "extension"):
        # The name as reported is not in the gazetteer: however clear the
        # guess, a person should check it, so it stays below the flag line.
        confidence = min(confidence * best.match_score / 100.0, FUZZY_CONFIDENCE_CAP)
    if best.is_area:
        confidence = min(confidence, AREA_CONFIDENCE_CAP)
    if len(scored) > 1:
        reasons.append(f"chosen over {len(scored) - 1} other place(s) of that name")
    return Resolution(query, best, round(confidence, 3), tuple(reasons), tuple(p for _, p, _ in scored[1:]))


def geocode(
    name: str,
    *,
    country: str = "",
    kind: str = "",
    near: tuple[float, float] | None = None,
    focus: Focus | None = None,
    resolver: Resolver | None = None,
) -> Resolution:
    """Resolve one place name on the embedded gazetteer.

    ``country`` is a hint (ISO-2 code or name), ``kind`` the report kind,
    ``near`` a ``(lat, lon)`` the place should be close to, ``focus`` where
    the story happens (:class:`Focus`).
    """
    resolver = resolver or default_resolver()
    ctx = Context(country=country, kind=kind, near=((near[0], near[1], None),) if near else (), focus=focus)
    return resolver.resolve(name, ctx)


_DEFAULT: Resolver | None = None


def default_resolver() -> Resolver:
    """Return the process-wide resolver on the embedded index."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resolver()
    return _DEFAULT
