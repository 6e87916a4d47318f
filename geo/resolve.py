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

from .distance import haversine_km
from .errors import InputError, InputErrors, PlaceNotFound, Where
from .index import GazetteerIndex
from .normalize import name_key, split_query
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

#: Score for a border post or checkpoint when the report is a crossing, checkpoint, block or return.
CROSSING_WEIGHT = 2.0

#: Score taken from a candidate outside every country of the story's :class:`Focus`.
FOCUS_WEIGHT = 2.0

#: Score taken from a candidate in a focus country but outside that country's focus divisions.
FOCUS_DIVISION_WEIGHT = 1.5

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


@dataclass(frozen=True)
class _FocusCodes:
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
    ``focus`` where the story as a whole happens (see :class:`Focus`).
    """

    country: str = ""
    admin1: str = ""
    kind: str = ""
    near: tuple[tuple[float, float, float | None], ...] = ()
    focus: Focus | None = None


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
    and division hints it has parsed.
    """

    def __init__(self, index: GazetteerIndex | None = None) -> None:
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
            found = self.index.lookup(name_key(part))
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
        self, place: Place, query: str, ctx: Context, extra_parts: Sequence[str], *, town_has_name: bool = True
    ) -> tuple[float, list[str]]:
        """Return a candidate's score and the reasons that made it.

        ``town_has_name`` says whether some point-level candidate bears the
        queried name as its own (not only as an alternate name); when none
        does, a division of that name is what the reporter meant (``Chiapas``).
        """
        reasons: list[str] = []
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
        if country:
            if country in place.countries or place.country == country:
                s += 2.0
                reasons.append(f"in the hinted country {country}")
            else:
                s -= 2.0
        if admin1 and f"{place.country}.{place.admin1}" == admin1:
            s += 1.5
            reasons.append(f"in the named division {place.admin1_name or admin1}")
        if towns_named:
            d = min(haversine_km(place.lat, place.lon, t.lat, t.lon) for t in towns_named)
            if d < 60:
                s += 1.5
                reasons.append(f"{d:.0f} km from {towns_named[0].name}, named with it")

        if place.feature == "country":
            s += 6.5  # outweighs the capital that shares the name (Guatemala, Panamá, Mexico)
            reasons.append("the name of a country: kept at country precision")
        elif place.feature == "admin1" and town_has_name:
            s -= 1.0  # a town that shares its division's name is what reporters mean
        elif place.feature == "admin1" and place.match in ("exact", "alternate") and not ctx.near:
            # With neighbouring stops the town reading wins (Ocotepeque on the road
            # means Nueva Ocotepeque, not its department).
            s += 3.0
            reasons.append("the name of a first-level division, and no town bears it as its own")
        if ctx.kind in CROSSING_KINDS and place.feature in CROSSING_FEATURES:
            # A crossing or a roadblock at a name that is a border post means the post: worth
            # more than a town's tenfold population (Agua Caliente, California).
            s += CROSSING_WEIGHT
            reasons.append(f"a {place.feature.replace('_', ' ')} suits a '{ctx.kind}' report")
        if place.feature not in ("populated_place",) and not place.is_area:
            s += 0.3  # curated supplement: chosen for exactly this job
        if place.importance and not place.population and not place.is_area:
            # An online geocoder's prominence (0-1) stands in for the unknown population.
            s += 3.0 * place.importance
            reasons.append(f"prominence {place.importance:.2f} (online geocoder)")
        if place.population and not place.is_area:
            # A city of a million outweighs a village of a thousand by about 3.6:
            # reporters name big places without qualifying them.
            s += POPULATION_WEIGHT * max(0.0, math.log10(place.population) - 3.0)
            if place.population >= 10_000:
                reasons.append(f"population {place.population:,}")

        if ctx.focus:
            s += self._focus_term(place, ctx.focus, reasons)
        if ctx.near and not place.is_area:
            s += self._route_term(place, ctx, reasons)
        return s, reasons

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
        scored = []
        for place in found:
            s, reasons = self.score(place, query, ctx, extra, town_has_name=town_has_name)
            scored.append((s, place, reasons))
        scored.sort(key=lambda item: (-item[0], -item[1].population, item[1].id))
        top = scored[0][0]
        total = sum(math.exp(s - top) for s, _, _ in scored)
        best_score, best, reasons = scored[0]
        confidence = 1.0 / total
        if best.match in ("fuzzy", "prefix"):
            # The name as reported is not in the gazetteer: however clear the
            # guess, a person should check it, so it stays below the flag line.
            confidence = min(confidence * best.match_score / 100.0, FUZZY_CONFIDENCE_CAP)
        if best.is_area:
            confidence = min(confidence, 0.9)
        if len(scored) > 1:
            reasons.append(f"chosen over {len(scored) - 1} other place(s) of that name")
        return Resolution(query, best, round(confidence, 3), tuple(reasons), tuple(p for _, p, _ in scored[1:]))


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
    out: list[Resolution] = []
    for i, (stop, res) in enumerate(zip(stops, first)):
        if not res.candidates or res.place.is_area:
            out.append(res)
            continue
        near = _nearest_anchors(i, stop, stops, anchors)
        if not near:
            out.append(res)
            continue
        ctx = Context(country=stop.country, kind=stop.kind, near=tuple(near), focus=focus)
        out.append(resolver.resolve(stop.query, ctx, where=stop.where))
    return out


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
