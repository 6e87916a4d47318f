"""From a reported place name to a point, with how sure we are and why.

:func:`geocode` answers one name; :func:`resolve_route` answers the places of
one moving group at once, using the group's other dated stops to choose among
namesakes (a caravan does not jump 2,000 km in a day).

Each candidate gets a score, the sum of named terms (name match, country and
division hints, the report's kind, population, the route); the confidence is
the winner's share of ``exp(score)`` over all candidates, lowered for fuzzy
matches and for area-level places.  The terms that decided are kept as
``reasons``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .distance import haversine_km
from .errors import InputError, InputErrors, PlaceNotFound, Where
from .index import GazetteerIndex
from .normalize import area_name, name_key, split_query
from .places import CROSSING_FEATURES, Place

#: Report kinds that happen at border posts and checkpoints.
CROSSING_KINDS = frozenset({"crossing", "checkpoint", "blocked", "returned"})

#: Speeds (km/day) a group on the move plausibly covers: walking, then by bus.
WALKING_KM_PER_DAY = 60.0
MOTOR_KM_PER_DAY = 500.0

#: Weight of the route term: per unit of log(1 + km/day over a walking pace).
ROUTE_WEIGHT = 1.5

#: Score added per tenfold population above 1,000 inhabitants.
POPULATION_WEIGHT = 1.2

#: Score for a border post when the report is a crossing (a group crosses only at a border: more
#: than a hundredfold population, so "San Cristóbal" crossed is the border post, not Ecatepec).
CROSSING_WEIGHT = 4.0

#: Score for a border post or checkpoint when the report is a checkpoint, block or return (these
#: happen inland too: a border post of the name is likelier, not certain).
CHECKPOINT_WEIGHT = 2.0

#: Score taken from a candidate outside every country of the story's :class:`Focus`.
FOCUS_WEIGHT = 2.0

#: Score taken from a candidate in a focus country but outside that country's focus divisions.
FOCUS_DIVISION_WEIGHT = 1.5

#: Weight of the detour term: per unit of log(1 + detour / a walking day's distance over the time between).
DETOUR_WEIGHT = 1.5

#: Score taken from a candidate on the wrong side of a crossing the group reported before or after it.
SIDE_WEIGHT = 1.5

#: A town this close to a curated border post is a border town (a crossing report suits it).
BORDER_TOWN_KM = 10.0

#: A country whose area lies farther than this from every stop of the route is not what the route means.
FAR_COUNTRY_KM = 500.0

#: Candidates this close to the winner count as the same spot, not as rival namesakes.
SAME_SPOT_KM = 3.0

#: Below this confidence a resolution is flagged as ambiguous.
AMBIGUOUS_BELOW = 0.75

#: The most a misspelt (fuzzy) or partial match can be trusted.
FUZZY_CONFIDENCE_CAP = 0.7


@dataclass(frozen=True)
class Focus:
    """Where a story happens: the countries and first-level divisions an article is about.

    ``countries`` holds ISO-2 codes or country names (``"GT"``, ``"Guatemala"``);
    ``divisions`` holds ``(country, admin1)`` pairs, the division given by its
    GeoNames code or its name as in ``data/gazetteer/admin1.csv``
    (``("MX", "05")``, ``("MX", "Chiapas")``).  A division's country is part of
    the focus too.  Any iterables are accepted and stored as frozensets, so a
    focus is hashable and compares by content.

    A focus is soft evidence: a candidate outside every focus country loses
    :data:`FOCUS_WEIGHT`, one in a focus country that has focus divisions but
    outside them loses :data:`FOCUS_DIVISION_WEIGHT`; either way the reason is
    kept in ``reasons`` and the candidate stays eligible (a story about Chiapas
    may still name a town in Guatemala, and the route can outweigh the focus).

    >>> Focus(countries=["mx"], divisions=[("MX", "Chiapas")]).countries
    frozenset({'MX'})
    """

    countries: frozenset[str] = frozenset()
    divisions: frozenset[tuple[str, str]] = frozenset()

    def __post_init__(self) -> None:
        if isinstance(self.countries, str) or isinstance(self.divisions, str):
            raise TypeError("Focus wants collections: Focus(countries=['GT'], divisions=[('MX', 'Chiapas')])")
        countries = frozenset(_focus_country(c) for c in self.countries if str(c).strip())
        divisions = set()
        for pair in self.divisions:
            if isinstance(pair, str) or len(pair) != 2:
                raise TypeError(f"a focus division is a (country, admin1) pair, not {pair!r}")
            country, admin1 = (str(v).strip() for v in pair)
            if country and admin1:
                divisions.add((_focus_country(country), admin1))
        object.__setattr__(self, "countries", countries)
        object.__setattr__(self, "divisions", frozenset(divisions))

    def __bool__(self) -> bool:
        return bool(self.countries or self.divisions)


def _focus_country(value: object) -> str:
    text = str(value).strip()
    return text.upper() if len(text) == 2 and text.isalpha() else text


class _FocusCodes(NamedTuple):
    """A :class:`Focus` in the index's codes: ISO-2 countries and ``CC.admin1`` divisions."""

    countries: frozenset[str]
    divisions: frozenset[str]
    divided: frozenset[str]  # the countries that have focus divisions
    label: str


@dataclass(frozen=True)
class Context:
    """What else we know about a reported place: hints and neighbouring stops.

    ``country`` is an ISO-2 code (or a country name); ``near`` a list of
    ``(lat, lon, days_apart)`` anchors: other stops of the same group and how
    many days lie between them and this report (``None`` when undated);
    ``focus`` where the story as a whole happens (see :class:`Focus`);
    ``side`` the ``(country, crossing name)`` the group's reported crossings put
    this stop in (the Guatemalan side of El Ceibo before crossing into Mexico).
    """

    country: str = ""
    admin1: str = ""
    kind: str = ""
    near: tuple[tuple[float, float, float | None], ...] = ()
    focus: Focus | None = None
    side: tuple[str, str] = ()


@dataclass(frozen=True)
class Resolution:
    """A place name resolved to a gazetteer entry.

    ``confidence`` runs from 0 to 1; ``reasons`` say why the winner won;
    ``candidates`` are the others considered, best first.
    """

    query: str
    place: Place
    confidence: float
    reasons: tuple[str, ...]
    candidates: tuple[Place, ...] = field(default=(), repr=False)

    @property
    def ambiguous(self) -> bool:
        """True when the choice among namesakes was not clear-cut."""
        return self.confidence < AMBIGUOUS_BELOW

    @property
    def lat(self) -> float:
        return self.place.lat

    def to_dict(self, *, candidates: int = 5) -> dict:
        """A JSON-ready record: the place, confidence, reasons and other candidates."""
        p = self.place
        return {
            "query": self.query, "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": p.admin1_name or p.admin1, "feature": p.feature, "precision": p.precision,
            "precision_m": p.precision_m, "population": p.population, "match": p.match,
            "confidence": self.confidence, "ambiguous": self.ambiguous, "reasons": list(self.reasons),
            "source": p.source,
            "candidates": [
                {"name": c.name, "lat": c.lat, "lon": c.lon, "country": c.country,
                 "admin1": c.admin1_name or c.admin1, "feature": c.feature, "population": c.population}
                for c in self.candidates[:candidates]
            ],
        }

    @property
    def lon(self) -> float:
        return self.place.lon


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
        "crossing", "border_town", "curated", "prominence", "population", "focus",
        "route_speed", "route_detour", "route_side",
    )

    def __init__(self, index: GazetteerIndex | None = None, *, disabled: frozenset[str] = frozenset()) -> None:
        unknown = set(disabled) - set(self.TERMS)
        if unknown:
            raise ValueError(f"unknown scoring term(s): {', '.join(sorted(unknown))}")
        self.disabled = frozenset(disabled)
        self.index = index or GazetteerIndex.open()
        self._hint_cache: dict[str, tuple[str, str, tuple[Place, ...]]] = {}
        self._focus_cache: dict[Focus, _FocusCodes] = {}

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

    def focus_codes(self, focus: Focus) -> _FocusCodes:
        """Translate a :class:`Focus` into ISO-2 codes and ``CC.admin1`` division codes.

        Raises :class:`InputError` for a country or division the gazetteer does not know.
        """
        codes = self._focus_cache.get(focus)
        if codes is not None:
            return codes
        known = self.index.divisions()
        by_name = {(cc, name_key(name)): code for (cc, code), name in known.items()}
        countries: set[str] = set()
        for text in focus.countries:
            code = self.country_code(text)
            if not code:
                raise InputError(f"unknown country {text!r} in the story's focus: expected an ISO-2 code or a name")
            countries.add(code)
        divisions: set[str] = set()
        names: list[str] = []
        for country_text, admin1 in focus.divisions:
            cc = self.country_code(country_text)
            code = admin1 if (cc, admin1) in known else by_name.get((cc, name_key(admin1)))
            if not cc or code is None:
                raise InputError(
                    f"unknown division ({country_text!r}, {admin1!r}) in the story's focus: expected a country "
                    "and a first-level division code or name as in data/gazetteer/admin1.csv")
            divisions.add(f"{cc}.{code}")
            names.append(known[(cc, code)])
        divided = frozenset(d.split(".", 1)[0] for d in divisions)
        label = ", ".join(sorted(countries | divided) + sorted(names))
        codes = _FocusCodes(frozenset(countries | divided), frozenset(divisions), divided, label)
        self._focus_cache[focus] = codes
        return codes

    def _focus_term(self, place: Place, focus: Focus, reasons: list[str]) -> float:
        """Penalise a candidate outside the story's focus (never exclude it)."""
        codes = self.focus_codes(focus)
        countries = set(place.countries) | {place.country}
        inside = countries & codes.countries
        if not inside:
            reasons.append(f"outside the story's focus ({codes.label})")
            return -FOCUS_WEIGHT
        if (place.country in codes.divided and place.feature != "country"
                and f"{place.country}.{place.admin1}" not in codes.divisions):
            reasons.append(f"in {place.country} but outside the story's divisions ({codes.label})")
            return -FOCUS_DIVISION_WEIGHT
        reasons.append(f"within the story's focus ({codes.label})")
        return 0.0

    def _part_hint(self, part: str) -> tuple[str, str, tuple[Place, ...]]:
        """Classify a trailing query part: (country code, admin1 code, places named so)."""
        if part not in self._hint_cache:
            found = self.index.lookup(name_key(part))
            country = next((p.country for p in found if p.feature == "country"), "")
            admin1 = next((f"{p.country}.{p.admin1}" for p in found if p.feature == "admin1"), "")
            towns = tuple(p for p in found if not p.is_area)
            self._hint_cache[part] = (country, admin1, towns)
        return self._hint_cache[part]

    # -- candidates ----------------------------------------------------------
    def candidates(self, query: str) -> tuple[list[Place], list[str]]:
        """Return the candidates for the most specific part of ``query`` and the other parts."""
        parts = split_query(query) or [query.strip()]
        for i, part in enumerate(parts):
            key = name_key(part)
            # "Oaxaca state", "el departamento de Chiquimula": the division, whatever else bears the name.
            bare = area_name(key)
            areas = [p for p in self.index.lookup(bare) if p.feature == "admin1"] if bare else []
            if areas:
                return [replace(p, match="division") for p in areas], parts[:i] + parts[i + 1:]
            found = self.index.lookup(key)
            if found:
                return found, parts[:i] + parts[i + 1:]
        # No part is known as written: a misspelling, found by fuzzy matching.
        key = name_key(parts[0])
        found = []
        for fuzzy_key, score in self.index.fuzzy(key, limit=5, cutoff=85.0):
            found += [replace(p, match="fuzzy", match_score=score) for p in self.index.lookup(fuzzy_key)]
        if found:
            return found, parts[1:]
        # Or a known name followed by a description ("San Pedro Sula bus terminal"),
        # found by its longest known prefix of two words or more.
        words = key.split()
        for n in range(len(words) - 1, 1, -1):
            found = self.index.lookup(" ".join(words[:n]))
            if found:
                return [replace(p, match="prefix", match_score=100.0 * n / len(words)) for p in found], parts[1:]
        return [], parts[1:]

    def suggestions(self, query: str, *, limit: int = 3) -> tuple[str, ...]:
        """Return the names the gazetteer knows that are closest to ``query``."""
        parts = split_query(query) or [query]
        words = name_key(parts[0]).split()
        # The whole name, and its leading words ("Tapachlua Centro" -> "tapachlua").
        probes = {" ".join(words[:n]) for n in range(1, min(len(words), 3) + 1)}
        scored: dict[str, float] = {}
        for probe in probes:
            for key, score in self.index.fuzzy(probe, limit=limit, cutoff=60.0):
                scored[key] = max(scored.get(key, 0.0), score)
        names: list[str] = []
        for key in sorted(scored, key=lambda k: -scored[k]):
            for place in self.index.lookup(key)[:1]:
                if place.name not in names:
                    names.append(place.name)
        return tuple(names[:limit])

    # -- scoring -------------------------------------------------------------
    def score(
        self, place: Place, query: str, ctx: Context, extra_parts: Sequence[str], *, town_has_name: bool = True,
        own_towns: frozenset[tuple[str, str]] = frozenset(),
    ) -> tuple[float, list[str]]:
        """Return a candidate's score and the reasons that made it.

        The score is a sum of named terms (:attr:`TERMS`, each skipped when
        disabled).  ``town_has_name`` says whether some point-level candidate
        bears the queried name as its own (not only as an alternate name);
        ``own_towns`` holds the ``(country, admin1)`` of the point-level
        candidates, so that a division whose own town bears its name
        (Ocotepeque, Choluteca) yields to the town.
        """
        reasons: list[str] = []
        on = self._term_on
        s = 0.0
        if place.match == "fuzzy":
            # Each point of spelling distance weighs more than a fifty-fold population:
            # "El Florida" is El Florido, not the bigger La Florida.
            s -= 1.0 + 2.0 * (100.0 - place.match_score)
            reasons.append(f"spelling differs (fuzzy score {place.match_score:.0f})")
        elif place.match == "prefix":
            s -= 1.0
            reasons.append(f"only the start of the name matches {place.name}")
        elif place.match == "alternate":
            s -= 0.2
            reasons.append("matches an alternate name")
        elif place.match == "short form":
            s -= 0.6
            reasons.append(f"short form of {place.name}")
        elif place.match == "division":
            reasons.append(f"named as a division: {place.name}")
        else:
            reasons.append("exact name")

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
                s += 2.0
                reasons.append(f"in the hinted country {country}")
            else:
                s -= 2.0
        if admin1 and f"{place.country}.{place.admin1}" == admin1 and on("division_hint"):
            s += 1.5
            reasons.append(f"in the named division {place.admin1_name or admin1}")
        if towns_named and on("named_with"):
            d = min(haversine_km(place.lat, place.lon, t.lat, t.lon) for t in towns_named)
            if d < 60:
                s += 1.5
                reasons.append(f"{d:.0f} km from {towns_named[0].name}, named with it")

        if place.feature == "country":
            if on("country_name"):
                s += 6.5  # outweighs the capital that shares the name (Guatemala, Panamá, Mexico)
                reasons.append("the name of a country: kept at country precision")
            if ctx.near and on("far_country"):
                s += self._far_country_term(place, ctx, reasons)
        elif place.feature == "admin1" and on("division_name"):
            s += self._division_term(place, ctx, town_has_name, own_towns, reasons)
        elif not place.is_area and place.match != "fuzzy" and (place.country, place.admin1) in own_towns:
            reasons.append(f"the town, not the division of {place.admin1_name or place.name} (a town-level report)")
        if ctx.kind in CROSSING_KINDS and place.feature in CROSSING_FEATURES and on("crossing"):
            # A crossing or a roadblock at a name that is a border post means the post: worth
            # more than a town's tenfold population (Agua Caliente, California).
            s += _crossing_weight(ctx.kind)
            reasons.append(f"a {place.feature.replace('_', ' ')} suits a '{ctx.kind}' report")
        elif ctx.kind in CROSSING_KINDS and not place.is_area and on("border_town"):
            s += self._border_town_term(place, ctx, reasons)
        if place.feature not in ("populated_place",) and not place.is_area and on("curated"):
            s += 0.3  # curated supplement: chosen for exactly this job
        if place.importance and not place.population and not place.is_area and on("prominence"):
            # An online geocoder's prominence (0-1) stands in for the unknown population.
            s += 3.0 * place.importance
            reasons.append(f"prominence {place.importance:.2f} (online geocoder)")
        if place.population and not place.is_area and on("population"):
            # A city of a million outweighs a village of a thousand by about 3.6:
            # reporters name big places without qualifying them.
            s += POPULATION_WEIGHT * max(0.0, math.log10(place.population) - 3.0)
            if place.population >= 10_000:
                reasons.append(f"population {place.population:,}")

        if ctx.focus and on("focus"):
            s += self._focus_term(place, ctx.focus, reasons)
        if ctx.near and not place.is_area:
            if on("route_speed"):
                s += self._route_term(place, ctx, reasons)
            if on("route_detour"):
                s += self._detour_term(place, ctx, reasons)
        if ctx.side and not place.is_area and on("route_side"):
            side, crossing = ctx.side
            if side in place.countries or place.country == side:
                reasons.append(f"on the {side} side of the {crossing}, as the route crosses there")
            else:
                s -= SIDE_WEIGHT
                reasons.append(f"on the far side of the {crossing} (the route puts this stop in {side})")
        return s, reasons

    def _term_on(self, term: str) -> bool:
        return term not in self.disabled

    @staticmethod
    def _division_term(place: Place, ctx: Context, town_has_name: bool,
                       own_towns: frozenset[tuple[str, str]], reasons: list[str]) -> float:
        """A first-level division against the towns that share its name.

        One rule whatever the report: named as a division ("Oaxaca state") it is
        the area; a town of its own that bears the name (Ocotepeque, Choluteca)
        is what a reported stop or crossing means; else, when no town bears the
        name as its own, the division (Chiapas).
        """
        if place.match == "division":
            return 8.0
        if (place.country, place.admin1) in own_towns:
            return -3.0
        if town_has_name:
            return -1.0  # a town elsewhere that bears the name as its own is what reporters mean
        if place.match in ("exact", "alternate"):
            reasons.append("the name of a first-level division, and no town bears it as its own")
            return 3.0
        return 0.0

    def _border_town_term(self, place: Place, ctx: Context, reasons: list[str]) -> float:
        """A town next to a known border post suits a crossing report (Ciudad Hidalgo, El Carmen).

        Worth the crossing weight at the post, nothing from :data:`BORDER_TOWN_KM` away.
        """
        best: tuple[float, Place] | None = None
        for post in self.index.crossings():
            d = haversine_km(place.lat, place.lon, post.lat, post.lon)
            if d < BORDER_TOWN_KM and (best is None or d < best[0]):
                best = (d, post)
        if best is None:
            return 0.0
        d, post = best
        reasons.append(f"{d:.0f} km from the {post.name}: a border town suits a '{ctx.kind}' report")
        return _crossing_weight(ctx.kind) * (1.0 - d / BORDER_TOWN_KM)

    @staticmethod
    def _far_country_term(place: Place, ctx: Context, reasons: list[str]) -> float:
        """A country far off the route is not what a row of towns means (Liberia in Costa Rica)."""
        radius = place.precision_m / 1000.0
        d = min(haversine_km(place.lat, place.lon, lat, lon) for lat, lon, _ in ctx.near) - radius
        if d <= FAR_COUNTRY_KM:
            return 0.0
        reasons.append(f"the country {place.name} lies {d:,.0f} km off the group's route")
        return -10.0

    @staticmethod
    def _route_term(place: Place, ctx: Context, reasons: list[str]) -> float:
        """Score a candidate against the group's neighbouring stops.

        Dated anchors are judged by the implied speed: a gentle penalty that
        grows with the km/day beyond a walking pace, and a steep one beyond
        what a bus covers (2,000 km in a day is wrong).  Undated anchors
        (``--near``) are judged by distance, as if a day apart.
        """
        term = 0.0
        closest: tuple[float, float | None] | None = None
        for lat, lon, days in ctx.near:
            d = haversine_km(place.lat, place.lon, lat, lon)
            if closest is None or d < closest[0]:
                closest = (d, days)
            if days is None:
                speed, allowed = d, 1500.0
            else:
                speed, allowed = d / max(abs(days), 0.5), MOTOR_KM_PER_DAY
            if speed > allowed:
                term -= 3.0 + 3.0 * math.log(speed / allowed)
            term -= ROUTE_WEIGHT * math.log1p(speed / WALKING_KM_PER_DAY) / len(ctx.near)
        if closest is not None:
            d, days = closest
            pace = f", {d / max(abs(days), 0.5):.0f} km/day" if days is not None else ""
            reasons.append(f"{d:.0f} km from the group's nearest other stop{pace}")
        return term

    @staticmethod
    def _detour_term(place: Place, ctx: Context, reasons: list[str]) -> float:
        """Score a stop between two dated stops by the detour it implies.

        The path through the candidate against the direct path between the
        stops before and after it: each extra day of walking the detour would
        cost weighs like :data:`DETOUR_WEIGHT`; a detour beyond what a bus
        covers in the time between is steeply penalised.
        """
        before = [(abs(days), lat, lon) for lat, lon, days in ctx.near if days is not None and days <= 0]
        after = [(days, lat, lon) for lat, lon, days in ctx.near if days is not None and days > 0]
        if not before or not after:
            return 0.0
        db, lat_b, lon_b = min(before)
        da, lat_a, lon_a = min(after)
        direct = haversine_km(lat_b, lon_b, lat_a, lon_a)
        through = haversine_km(lat_b, lon_b, place.lat, place.lon) + haversine_km(place.lat, place.lon, lat_a, lon_a)
        detour = max(0.0, through - direct)
        span = max(db + da, 0.5)
        term = -DETOUR_WEIGHT * math.log1p(detour / (WALKING_KM_PER_DAY * span))
        if through / span > MOTOR_KM_PER_DAY:
            term -= 3.0 + 3.0 * math.log(through / span / MOTOR_KM_PER_DAY)
        if detour >= 1.0:
            reasons.append(f"a {detour:.0f} km detour from the direct way between the stops before and after")
        return term

    def resolve(self, query: str, ctx: Context = Context(), *, where: Where | None = None) -> Resolution:
        """Resolve one reported name; raise :class:`PlaceNotFound` with suggestions.

        A country hint that names no known country is an :class:`InputError`
        (in column ``country`` of the row ``where`` points at), not a hint to drop.
        """
        if ctx.country and not self.country_code(ctx.country):
            at = Where(where.file, where.row, "country") if where else None
            raise InputError(f"unknown country {ctx.country!r}: expected an ISO code such as GT or a country name",
                             where=at, hint="leave it empty if the country is not known")
        found, extra = self.candidates(query)
        if not found:
            raise PlaceNotFound(query, where=where, suggestions=self.suggestions(query))
        town_has_name = any(p.match == "exact" and not p.is_area for p in found)
        # A division's own town bears the division's name in its own name (Choluteca, Nueva
        # Ocotepeque, Oaxaca de Juárez; not Chiapa de Corzo, whose alternate names include Chiapas).
        divisions = {(p.country, p.admin1): f" {name_key(p.name)} " for p in found if p.feature == "admin1"}
        own_towns = frozenset(
            (p.country, p.admin1) for p in found
            if not p.is_area and p.match != "fuzzy" and (p.country, p.admin1) in divisions
            and divisions[(p.country, p.admin1)] in f" {name_key(p.name)} ")
        scored = []
        for place in found:
            s, reasons = self.score(place, query, ctx, extra, town_has_name=town_has_name, own_towns=own_towns)
            scored.append((s, place, reasons))
        scored.sort(key=lambda item: (-item[0], -item[1].population, item[1].id))
        top = scored[0][0]
        total = sum(math.exp(s - top) for s, _, _ in scored)
        best_score, best, reasons = scored[0]
        # Candidates at the same spot in the same country as the winner (a reception station and its
        # village, a rail yard and its town) are not rival readings: their share counts for the winner.
        # Facing villages across a border are: the side decides the crossing.
        same = sum(math.exp(s - top) for s, p, _ in scored[1:]
                   if p.is_area == best.is_area and p.country == best.country
                   and haversine_km(p.lat, p.lon, best.lat, best.lon) <= SAME_SPOT_KM)
        confidence = (1.0 + same) / total
        if best.match in ("fuzzy", "prefix"):
            # The name as reported is not in the gazetteer: however clear the
            # guess, a person should check it, so it stays below the flag line.
            confidence = min(confidence * best.match_score / 100.0, FUZZY_CONFIDENCE_CAP)
        if best.is_area:
            confidence = min(confidence, 0.9)
        if len(scored) > 1:
            reasons.append(f"chosen over {len(scored) - 1} other place(s) of that name")
        return Resolution(query, best, round(confidence, 3), tuple(reasons), tuple(p for _, p, _ in scored[1:]))


def _crossing_weight(kind: str) -> float:
    """What a border post (or a town at one) gains from a report of this kind."""
    return CROSSING_WEIGHT if kind == "crossing" else CHECKPOINT_WEIGHT


@dataclass(frozen=True)
class Stop:
    """A reported place of one group, for :func:`resolve_route`."""

    query: str
    day: float | None = None
    country: str = ""
    kind: str = ""
    where: Where | None = None


def resolve_route(
    stops: Sequence[Stop], resolver: Resolver | None = None, *, focus: Focus | None = None
) -> list[Resolution]:
    """Resolve the places of one group, choosing namesakes by the group's other stops.

    ``focus`` says where the story happens (:class:`Focus`): candidates
    outside it are penalised in both passes, never excluded.
    Raises :class:`InputErrors` listing every place that cannot be found.

    Pass 1 resolves each stop on its own hints.  Confident point-level results
    become anchors; pass 2 rescoring every stop that had several candidates
    against the anchors nearest in time (excluding itself), so that
    ``Agua Caliente`` between San Pedro Sula and Esquipulas lands at the
    Honduras-Guatemala border post.
    """
    resolver = resolver or default_resolver()
    first: list[Resolution] = []
    missing: list[PlaceNotFound] = []
    for stop in stops:
        ctx = Context(country=stop.country, kind=stop.kind, focus=focus)
        try:
            first.append(resolver.resolve(stop.query, ctx, where=stop.where))
        except PlaceNotFound as exc:
            missing.append(exc)
    if missing:
        raise InputErrors(missing)

    anchors = [
        (i, r) for i, r in enumerate(first)
        if not r.place.is_area and r.confidence >= 0.9 and stops[i].day is not None
    ]
    sides = _crossing_sides(stops, first, anchors)
    out: list[Resolution] = []
    for i, (stop, res) in enumerate(zip(stops, first)):
        if not res.candidates:
            out.append(res)
            continue
        near = _nearest_anchors(i, stop, stops, anchors)
        if not near and not sides[i]:
            out.append(res)
            continue
        ctx = Context(country=stop.country, kind=stop.kind, near=tuple(near), focus=focus, side=sides[i])
        out.append(resolver.resolve(stop.query, ctx, where=stop.where))
    return out


def _crossing_sides(
    stops: Sequence[Stop], first: Sequence[Resolution], anchors: Sequence[tuple[int, Resolution]]
) -> list[tuple[str, str]]:
    """For each stop, the country a reported border crossing puts it in (``()`` when none does).

    A crossing report at a two-country border post, with a confident stop on
    one side of it (the first after it, else the last before it), puts the
    stops reported before it on the other side and those after it on that
    side; each stop takes the crossing nearest to it in time.
    """
    crossings: list[tuple[float, str, str, str]] = []  # (day, before side, after side, crossing name)
    for i, (stop, res) in enumerate(zip(stops, first)):
        countries = set(res.place.countries)
        if (stop.kind != "crossing" or stop.day is None or res.place.feature not in CROSSING_FEATURES
                or len(countries) != 2):
            continue
        after = [(stops[j].day, r.place.country) for j, r in anchors
                 if stops[j].day > stop.day and r.place.feature not in CROSSING_FEATURES]
        before = [(stops[j].day, r.place.country) for j, r in anchors
                  if stops[j].day < stop.day and r.place.feature not in CROSSING_FEATURES]
        if after and min(after)[1] in countries:
            far = min(after)[1]
            near = (countries - {far}).pop()
        elif before and max(before)[1] in countries:
            near = max(before)[1]
            far = (countries - {near}).pop()
        else:
            continue
        crossings.append((stop.day, near, far, res.place.name))
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


def _nearest_anchors(
    i: int, stop: Stop, stops: Sequence[Stop], anchors: Sequence[tuple[int, Resolution]]
) -> list[tuple[float, float, float | None]]:
    """The anchors nearest in time before and after stop ``i`` (at most two each side)."""
    others = [(j, r) for j, r in anchors if j != i and r.query != stop.query]
    if stop.day is None:
        return [(r.lat, r.lon, None) for _, r in others[:3]]
    before = sorted((x for x in others if stops[x[0]].day <= stop.day), key=lambda x: stop.day - stops[x[0]].day)
    after = sorted((x for x in others if stops[x[0]].day > stop.day), key=lambda x: stops[x[0]].day - stop.day)
    picked = before[:2] + after[:2]
    return [(r.lat, r.lon, stops[j].day - stop.day) for j, r in picked]


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
