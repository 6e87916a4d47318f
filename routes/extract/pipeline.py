"""From an article's text to draft report rows: the :class:`Extractor`.

:meth:`Extractor.extract` reads the sentences (:mod:`.sentences`), works out where the story happens, resolves
the drafts' places as one route per group and checks its legs.  It is a pure function of (text, publication
date): the same input gives the same rows, in any process, which is what lets :func:`~.api.extract_articles`
run on several processes and :mod:`.parallel` on Dask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from geo.errors import InputError
from geo.places import RIVER

from ..pace import says_motor
from ..schema import COLUMNS
from .common import word_zipf
from .described import described_mentions
from .draft import default_caravan, merge_same, settle_areas, travel_order
from .groups import group_notes, split_groups
from .legs import check_legs, day_number, states_not_capitals
from .matcher import PlaceMatcher, shared_matcher
from .memo import MemoIndex, memo_resolver
from .namefacts import NameFacts
from .nearby import NOTHING, written_near
from .sentences import OPENS_SENTENCE as _OPENS_SENTENCE
from .sentences import sentence_drafts, written_as_river
from .story import (abbreviated_dateline_state, dateline_day, headline_paragraph, misspelt_dateline,
                    misspelt_towns, namesake_among_the_others, nearest_namesake, persons_surnames, story_focus, supported_alone,
                    within, within_country)
from .text import sentences, unwrapped
from .twins import at_their_towns


#: Columns of an extracted row: the report schema, then what a reviewer needs.
REPORT_FIELDS: tuple[str, ...] = COLUMNS + (
    "count_low", "count_high", "confidence", "quote", "start", "end", "also", "article",
)
#: Below this geocoding confidence a draft row gets no lat/lon or country: build decides.
PLACE_AT_CONFIDENCE = 0.5


def parse_published(value: date | str | None, *, label: str = "published") -> date | None:
    """Return a publication date from a ``date``, ``'YYYY-MM-DD'`` text or ``None``."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"{label}: {text!r} is not a date: expected YYYY-MM-DD", hint="e.g. --published 2018-10-18",
        ) from None


class Extractor:
    """Holds the place matcher and the resolver; :meth:`extract` drafts the rows of one article."""

    def __init__(self, matcher: PlaceMatcher | None = None, resolver=None) -> None:
        from geo.index import GazetteerIndex

        self.matcher = matcher or shared_matcher()
        self.resolver = resolver or memo_resolver(MemoIndex(GazetteerIndex.open()))
        self.names = NameFacts(self.resolver)

    def is_area(self, key: str) -> bool:
        """True when some gazetteer entry of this name key is a country, division or region."""
        return self.names.is_area(key)

    def names_area(self, key: str, name: str) -> bool:
        """True when the name, read on its own, means a country, division or region (:meth:`NameFacts.names_area`)."""
        return self.names.names_area(key, name)

    @property
    def common(self) -> frozenset[str]:
        """Gazetteer name keys that are ordinary words (:mod:`.common`)."""
        return self.names.common

    def extract(self, text: str, published: date | str | None = None, caravan: str | None = None,
                *, source: str = "", url: str = "", article: str = "", notes: list[str] | None = None) -> list[dict]:
        """Return the draft report rows of one article (see :data:`REPORT_FIELDS`), in travel order.

        What a person should know about the draft (rows left out, legs too
        fast, rows with no date) is appended to ``notes`` when a list is given.
        """
        notes = notes if notes is not None else []
        published = parse_published(published)
        text = unwrapped(text)  # (same length: the rows' offsets are the article's)
        sents = sentences(text)
        spans = [(s.start, s.end) for s in sents]
        mentions = described_mentions(text, self.matcher.find(text), self.resolver.index.lookup, self._area_query, spans)
        misspelt = misspelt_dateline(text, sents, mentions, self.resolver.index, headline_paragraph(sents))
        if misspelt is not None:  # "TAPACHULAS, MX —": the dateline, one letter off Tapachula
            mentions = sorted([*mentions, misspelt], key=lambda m: m.start)
        # "the municipalities of Mapstepec, Pijijiapan": a town one letter off, in a place's slot
        mentions = misspelt_towns(text, mentions, self.resolver.index, word_zipf, self.matcher.holds)
        # "Tonalá, Chis.-": the dateline's state abbreviated, its town's hint all the same
        mentions = abbreviated_dateline_state(text, sents, mentions, headline_paragraph(sents))
        mentions = persons_surnames(text, mentions)  # "said Carla Mena ... Mena had reported": the person
        # "Tapachula, Chiapas, 5 de noviembre de 2024.": the dateline's day is the day "este martes" is told from.
        published = dateline_day(text, sents, published, headline_paragraph(sents)) or published
        drafts, dateline = sentence_drafts(self.names, text, sents, spans, mentions, published)
        if not drafts:
            return []
        for d in drafts:  # what the sentence's words say about where a name with namesakes lies
            d["nearby"] = written_near(mentions, d["start"], d["key"], d["sentence"].start, d["sentence"].end, text,
                                       self.names.is_area) if self.names.namesakes(d["key"]) else NOTHING
        self._hint_bare_names(drafts, dateline)
        # The story's area decides between namesakes: worked out only when some name has several.
        focus = self._focus(drafts, dateline, mentions) if any(self.names.namesakes(d["key"]) for d in drafts) else None
        drafts = [d for d in drafts if self._kept(d, focus)]
        if not drafts:
            return []
        # Another group's rows ("otra caravana", "a second caravan") are a route of their own (.groups).
        groups = [(g, self._route(g.drafts, focus, notes)) for g in split_groups(text, sents, drafts)]
        rows = [r for _, part in groups for r in part]
        undated = [r for r in rows if not r["date"]]
        if undated:
            notes.append(f"{len(undated)} row(s) have no date (build refuses them): "
                         + ("give --published, the day the article came out" if published is None
                            else "their sentences say no day"))
        name = caravan or default_caravan(next((part for _, part in groups if part), rows))
        for g, part in groups:
            for row in part:
                row["caravan"] = name if g.number == 1 else f"{name}-{g.number}"
                row["source"], row["url"], row["article"] = source, url, article
        notes.extend(group_notes(groups, name))
        return [_public(r) for r in rows]

    def _route(self, drafts: list[dict], focus, notes: list[str]) -> list[dict]:
        """One group's drafts resolved as a route, rows left out dropped (the reason in ``notes``), rows saying
        the same thing merged, in travel order."""
        rows = self._routed(drafts, focus, notes)
        left_out = {r["_key"] for r in rows if r.get("_left_out")}
        if left_out and self._pulled([r for r in rows if not r["_left_out"]], focus):
            # The route was resolved with the stops left out in it, which may have pulled the others' namesakes
            # toward them ("JUCHITAN ... McAllen, Texas": a Juchitán near Texas): resolve it again without them.
            again: list[str] = []
            rows = [r for r in self._routed([d for d in drafts if d["key"] not in left_out], focus, again)
                    if not r.get("_left_out")]
            notes.extend(n for n in again if n not in notes)
        else:
            rows = [r for r in rows if not r.get("_left_out")]
        rows, merged = merge_same(rows)
        return travel_order(rows)

    def _pulled(self, rows: list[dict], focus) -> bool:
        """True when some row's place is not the one its name gives on its own in the story's area: the route
        chose it, maybe to suit a stop since left out."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        for row in rows:
            if row["_place"].is_area or not self.names.namesakes(row["_key"]):
                continue
            try:
                alone = self.resolver.resolve(row["place"], Context(focus=focus)).place
            except PlaceNotFound:
                continue
            if alone.id != row["_place"].id:
                return True
        return False

    def _routed(self, drafts: list[dict], focus, notes: list[str]) -> list[dict]:
        """The drafts resolved as one route, in travel order, with the legs checked (rows left out are marked
        ``_left_out``, the reason in ``notes``)."""
        from geo.terms import well_known_city

        rows = self._resolve(drafts, focus, notes)
        for row in rows:
            row["_day"] = day_number(row["date"])
        # A capital that bears its state's name, with a town of its day far inside the state, is the state
        # ("Tapanatepec, Oax.- ... arrived in Oaxaca"); then the areas at their precision (.draft.settle_areas), once
        # every row that may be an area is one: a state drawn from its capital gives way to that day's town too.
        rows = settle_areas(states_not_capitals(rows, notes))
        # (a border post or twin town across from the article's town, where the group did not cross: the town's)
        rows = travel_order(at_their_towns(
            rows, notes, on_river=lambda town, river: self.names.on_the_river(town["_key"], river["_key"]),
            town_named=self._town_of_post))
        # A namesake that fits the route is looked for in the story's countries, or anywhere if none is known.
        kept = check_legs(rows, within=(lambda place: within_country(place, focus)) if focus else (lambda place: True),
                          unsure=lambda row: self._unsure(row, focus), notes=notes,
                          well_known=lambda place: well_known_city(place, self.resolver.index.largest_towns()))
        kept_ids = {id(r) for r in kept}
        for row in rows:
            row["_left_out"] = id(row) not in kept_ids
        return [r for r in rows if not r["_left_out"]] + [r for r in rows if r["_left_out"]]

    # -- the story's area ------------------------------------------------------------------
    def _hint_bare_names(self, drafts: list[dict], dateline) -> None:
        """One name in one article: a name with namesakes that the article writes once with its country or state
        ("ESCUINTLA, Mexico (AP) —", "llegaron a Córdoba, Veracruz", "Escuintla, a town in Chiapas": the query's
        hint, :meth:`_hinted`) means that place where it is written bare
        too ("rested on Tuesday in Escuintla"), when the hint changes what the bare name reads as (the bare
        "Escuintla" alone is the Guatemalan city).  The bare drafts' queries take the hint (the row is written
        with it, so that build reads it too); a name written with hints that name different places is left."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        def plain(d: dict) -> bool:  # a town's name as written: not a state's or country's, not "la ciudad de X"
            return not d.get("town_words") and not d["as_area"] and not self.names.names_area(d["key"], d["query"].split(",")[0])

        written = [(d["key"], self._hinted(d)) for d in sorted(drafts, key=lambda d: d["start"])
                   if "," in self._hinted(d) and plain(d)]
        if dateline is not None and "," in dateline[0].query:
            written.insert(0, (dateline[0].key, dateline[0].query))
        bare = {d["key"] for d in drafts if "," not in self._hinted(d) and plain(d)}
        hinted: dict[str, tuple[str, set[int]]] = {}
        for key, query in written:
            if key not in bare or not self.names.namesakes(key):
                continue
            try:
                place = self.resolver.resolve(query, Context()).place
            except PlaceNotFound:
                continue
            if place.is_area:
                continue
            hinted.setdefault(key, (query.split(",", 1)[1].strip(), set()))[1].add(place.id)
        for d in drafts:
            hint = hinted.get(d["key"])
            if hint is None or len(hint[1]) != 1 or "," in self._hinted(d) or not plain(d):
                continue
            try:
                alone = self.resolver.resolve(d["query"], Context()).place
            except PlaceNotFound:
                alone = None
            if alone is None or alone.id not in hint[1]:
                d["query"] = f"{d['query']}, {hint[0]}"

    def _focus(self, drafts: list[dict], dateline, mentions: Sequence = ()):
        """Where the story happens: its dateline, its sure towns, the areas the group is in.

        Every other place the article names (``mentions``, event rows or not) is evidence too: an ambiguous
        dateline takes the namesake that the sure towns and the areas the article names lie around
        (:func:`~routes.extract.story.nearest_namesake`), and its division joins the focus."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        sure, areas, anchor = [], [], None
        queries = list(dict.fromkeys(self._hinted(d) for d in sorted(drafts, key=lambda d: d["start"])
                                     if d["area"] or d["key"] not in self.names.common))  # in the order written
        # (an ordinary word where its words put a place, "salió de Isla", "llegó ... a Tierra Blanca", says where the
        # story is only when nothing else does: "the long road to the Pacific border" is no US town)
        ordinary = list(dict.fromkeys(self._hinted(d) for d in drafts if not d["area"] and d["located"]
                                      and d["key"] in self.names.common and self._hinted(d) not in queries))
        if dateline is not None and dateline[0].query not in queries:
            queries.insert(0, dateline[0].query)
        named = set(queries)
        others = list(dict.fromkeys(m.name for m in mentions if m.key not in self.names.common and m.name not in named
                                    and (dateline is None or m.key != dateline[0].key)))
        evidence, likely, at_dateline = {}, {}, None
        mentioned, mentioned_areas = [], []
        for query in queries + others:
            try:
                res = self.resolver.resolve(query, Context())
            except PlaceNotFound:
                continue
            if dateline is not None and query == dateline[0].query:
                at_dateline = res
            elif not res.ambiguous or res.place.is_area:
                evidence[res.place.id] = res.place
            elif res.confidence >= 0.5:  # picked better than a coin toss: evidence when nothing surer tells
                likely[res.place.id] = res.place
            if query not in named:
                # named without an event: evidence for the dateline only (its towns as focus divisions would narrow
                # a country named whole: a border post on its edge would fall outside), and the story's place when
                # no event place tells it (below)
                (mentioned_areas if res.place.is_area else mentioned).append(res)
                continue
            if res.place.is_area:
                areas.append(res.place)
            else:
                sure.append(res)
                if res is at_dateline and not res.ambiguous:
                    anchor = res.place
        if at_dateline is not None and at_dateline.ambiguous and not at_dateline.place.is_area:
            namesake, weakly = nearest_namesake(at_dateline, evidence.values()), False
            if namesake is None and likely:  # "ALLENDE, Mexico — ... on their way to Piedras Negras" (0.64)
                namesake = nearest_namesake(at_dateline, [*evidence.values(), *likely.values()])
                weakly = namesake is not None
            if namesake is None and (regional := self._region_words(drafts, dateline)):
                # "TONALA, Mexico (AP) — ... in this southern Mexican town": Chiapas, not Jalisco
                namesake = nearest_namesake(at_dateline, [*evidence.values(), *likely.values(), *regional])
                weakly = namesake is not None
            if namesake is None and supported_alone(at_dateline, [*evidence.values(), *likely.values()]):
                # "ESPERANZA, Mexico (AP) — ... this town in Puebla state": the pick, the story's; written so
                namesake, weakly = at_dateline.place, True
            if namesake is not None:
                sure = [r for r in sure if r is not at_dateline]
                anchor = namesake
                sure.append(replace(at_dateline, place=namesake, candidates=(), confidence=1.0))
                if namesake.admin1_name and (weakly or namesake.id != at_dateline.place.id):
                    # settled by the story's other places, not by the name: the draft writes the town with its
                    # state, so that its row is placed, and build (which has not the article's words) takes it too
                    for d in drafts:
                        if d["key"] == dateline[0].key and not d["area"]:
                            d["query"] = f"{d['query'].split(',')[0]}, {namesake.admin1_name}"
        # A town picked outside the countries where every other place the article names lies, with a namesake
        # there nearer to them, is that namesake (Escuintla beside Tapachula and Huixtla is the Chiapas town).
        settled = [r.place for r in sure if not r.ambiguous and r is not at_dateline
                   and all(c.is_area or c.country == r.place.country for c in r.candidates)]
        countries = {p.country for p in settled} | {a.country for a in areas if a.country}
        for k, res in enumerate(sure):
            if res is not at_dateline and res.place not in settled:
                namesake = namesake_among_the_others(res, settled, countries)
                if namesake is not None:
                    sure[k] = replace(res, place=namesake, candidates=(), confidence=1.0)
        # The countries of every place it names for sure: a town there may be meant, however far (geo.focus).
        named_countries = {p.country for p in evidence.values() if p.country}
        also = []
        for query in ordinary:
            try:
                also.append(self.resolver.resolve(query, Context()))
            except PlaceNotFound:
                continue
        focus = story_focus(sure, areas, anchor, known_divisions=self.resolver.index.divisions(), named=named_countries,
                            also=also)
        if focus is None:
            # No event place says where the story is (its only stop has namesakes on three continents): the places
            # it names without an event do, its states and countries and its towns ("llegó al municipio de Mina ...
            # Protección Civil de Nuevo León": Mina, Nuevo León, not Minna in Nigeria).
            focus = story_focus(mentioned, [r.place for r in mentioned_areas],
                                known_divisions=self.resolver.index.divisions(), named=named_countries)
        return focus

    def _region_words(self, drafts: list[dict], dateline) -> list:
        """The states a dateline's sentence puts its town in by region words ("this southern Mexican town": Chiapas,
        Oaxaca, Tabasco; "northern Mexico": the border states), as gazetteer divisions; else ``[]``."""
        from geo.normalize import name_key

        sentence = next((d["sentence"].text for d in drafts if d["key"] == dateline[0].key), "")
        states = next((names for pattern, names in _REGION_WORDS if pattern.search(sentence)), ())
        return [p for name in states for p in self.resolver.index.lookup(name_key(name))
                if p.feature == "admin1" and p.country == "MX"]

    def _kept(self, d: dict, focus) -> bool:
        """An ordinary word (``Son``, ``Summit``) is a place only with a preposition of place, or inside the focus
        (not as the first word of a sentence or headline: its capital is the sentence's)."""
        if d["area"] or d["located"] or d["key"] not in self.names.common:
            return True
        if focus is None:
            return False
        # (the sentence the name is written in: a size carried from a sentence with no place keeps its place's, .attach_sizes)
        written = d.get("place_sentence", d["sentence"])
        if _OPENS_SENTENCE.fullmatch(written.text, 0, max(0, d["start"] - written.start)):
            return False  # "Nueva caravana sale de Honduras", "Esperanza y miedo ...": capitalised as the first word
        return any(within(p, focus) for p in self.resolver.index.lookup(d["key"]))

    def _town_of_post(self, name: str, post):
        """``(key, town)``: the town of the name ``name`` that lies within
        :data:`~routes.extract.twins.CROSSING_IN_TOWN_KM` of the border post ``post`` (its name names the town it stands
        in), else ``None``."""
        from geo.distance import haversine_km
        from geo.normalize import name_key

        from .twins import CROSSING_IN_TOWN_KM

        key = name_key(name)
        towns = [t for t in self.resolver.index.lookup(key) if t.feature in ("populated_place", "locality")
                 and haversine_km(t.lat, t.lon, post.lat, post.lon) <= CROSSING_IN_TOWN_KM]
        town = min(towns, key=lambda t: haversine_km(t.lat, t.lon, post.lat, post.lon), default=None)
        return (key, town) if town is not None else None

    def _unsure(self, row: dict, focus) -> bool:
        """A row whose place may well be wrong: an ordinary word, low confidence, or outside the story's area."""
        place = row["_place"]
        return (row["_key"] in self.names.common or row["confidence"] < 0.75
                or (focus is not None and not within(place, focus)))

    # -- resolution -------------------------------------------------------------------------
    def _resolve(self, drafts: list[dict], focus, notes: list[str]) -> list[dict]:
        """One resolution per distinct (place, day, kind), as routes.locate does for report files."""
        from geo.resolve import Context, Stop, resolve_route

        # "into Oaxaca state", "en el departamento de Zacapa": "Oaxaca" alone reads as the city, and so would build;
        # the words with their level word name the state, for build as well, and for the route: a state is no
        # stop to judge the others' namesakes by (its capital 1,500 km from a Sonoran town the same day would be).
        written = {id(d): self._area_written(d["as_area"], d["query"]) for d in drafts
                   if d["as_area"] and not self.names.names_area(d["key"], d["query"].split(",")[0])}
        # "the border state of Mexicali": no division bears the name, and the words with their level word read as
        # the town (geo.candidates): the writer's slip; the row is the town's, routed as any other.
        as_state = {k: v for k, v in written.items() if v is not _TOWN_MEANT}
        # One name in one article: once it names the state with its level word, "the group was still in Oaxaca"
        # is the state too, unless the words say a town ("la ciudad de Oaxaca": not an area draft).
        levelled = {d["key"]: as_state[id(d)] for d in drafts if as_state.get(id(d)) is not None}
        for d in drafts:
            if id(d) not in as_state and d["area"] and d["key"] in levelled and "," not in d["query"] \
                    and not self._in_the_capital_now(d, drafts):
                as_state[id(d)] = levelled[d["key"]]
        routed = [d for d in drafts if as_state.get(id(d), True) is not None]
        queries = {id(d): as_state[id(d)][0] if id(d) in as_state else self._as_town(d) or self._hinted(d)
                   for d in routed}
        keys = {id(d): (queries[id(d)], day_number(d["date"]), d["kind"], self._written_near(d, focus)) for d in routed}
        distinct = list(dict.fromkeys(keys.values()))
        resolved = dict(zip(distinct, resolve_route([Stop(q, day, kind=k, near=near) for q, day, k, near in distinct],
                                                    self.resolver, focus=focus)))
        points = [(r.lat, r.lon) for r in resolved.values() if not r.place.is_area and r.place.feature != RIVER]
        rows = []
        motor_of: dict[int, bool] = {}
        for d in drafts:
            if id(d) in keys and written_as_river(self.names, d["sentence"].text, d["start"] - d["sentence"].start,
                                                  d["query"], d["key"]):
                resolved[keys[id(d)]] = _the_river(resolved[keys[id(d)]], points)
            if id(d) not in keys:
                res = self.resolver.resolve(d["query"], Context(focus=focus))
                alone = self.resolver.resolve(d["query"], Context()).place
                state = res.place if res.place.is_area else next(
                    (c for c in res.candidates if c.feature == "admin1"), None)
                notes.append(f"left out {d['query']!r} ({d['date'] or 'undated'}, sentence at {d['sentence'].start}): "
                             f"the article means the state{f' ({state.label()})' if state else ''}, but the name "
                             f"alone reads as the town {alone.label()}, and build would draw the town")
                continue
            res = resolved[keys[id(d)]]
            if id(d) in as_state:
                rows.append(dict(self._row(d, res, as_state[id(d)][1], place=queries[id(d)]), _level_word=True))
                continue
            written = queries[id(d)] if not d.get("town_words") or self.names.names_area(d["key"], d["query"].split(",")[0]) \
                else d["query"]  # "la ciudad de Chimaltenango": resolved as the town, written as the article names it
            rows.append(self._row(d, res, res.place, place=written, motor_of=motor_of))
        return rows

    def _as_town(self, d: dict) -> str:
        """``ciudad de Guatemala`` for a country's or division's name the words say is a town (``llegaron a la
        ciudad de Guatemala``): the gazetteer reads those words as the town only; else ``""``.  The draft writes
        them when the name alone reads as the area (for build and readers alike)."""
        words = d.get("town_words", "")
        return " ".join(words.split()) + " " + d["query"] if words and self.names.is_area(d["key"]) else ""

    @staticmethod
    def _hinted(d: dict) -> str:
        """The draft's query with the division its locator names ("Esperanza, just north of Ciudad Obregón, Sonora":
        ``Esperanza, Sonora``), when the query has no hint of its own."""
        hint = d.get("nearby", NOTHING).hint
        return f"{d['query']}, {hint}" if hint and "," not in d["query"] else d["query"]

    def _written_near(self, d: dict, focus) -> tuple[tuple[float, float], ...]:
        """The points of the places the draft's sentence puts it near (:mod:`.nearby`) that the story's area
        leaves no doubt about."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        points = []
        for name in d.get("nearby", NOTHING).near:
            try:
                res = self.resolver.resolve(name, Context(focus=focus))
            except PlaceNotFound:
                continue
            if not res.ambiguous and not res.place.is_area:
                points.append((round(res.place.lat, 5), round(res.place.lon, 5)))
        return tuple(points)

    def _area_query(self, name: str) -> str | None:
        """The words that name the region ``name`` for the resolver: the name, or the name with a level
        word (``Darién province``: ``Darién`` alone is a town in Colombia), or None when none does."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        for written in (name, f"{name} province", f"{name} state", f"{name} department"):
            try:
                place = self.resolver.resolve(written, Context()).place
            except PlaceNotFound:
                continue
            if place.is_area and place.feature != "country":
                return written
        return None

    def _in_the_capital_now(self, d: dict, drafts: list[dict]) -> bool:
        """Whether draft ``d`` says the group is now IN a place whose bare name reads as the town that shares its
        division's name, and its sentence puts the group in no other town now ("ya están en San Luis Potosí, donde
        descansan"): the city, though the article names the state with its level word elsewhere ("cruzó el estado
        de San Luis Potosí").  "Is still in Oaxaca, resting in Juchitán" is the state: the town is Juchitán."""
        at = d["start"] - d["sentence"].start
        if not (d["present"] and at > 0 and _IN_BEFORE.search(d["sentence"].text[max(0, at - 12):at])):
            return False
        if any(o is not d and o["sentence"] is d["sentence"] and o["present"] and not o["area"] for o in drafts):
            return False
        return not self.names.names_area(d["key"], d["query"].split(",")[0])

    def _area_written(self, written: str, query: str):
        """``(place text, gazetteer place)`` for a state or department named with its level word
        (``Oaxaca state``, ``departamento de Zacapa``), when the gazetteer reads those words as the
        area; :data:`_TOWN_MEANT` when it reads them as a town (no division bears the name: "the border state of
        Mexicali"); else ``None``.  A hint after the name (``, Guatemala``) is kept."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        hint = query.split(",", 1)[1] if "," in query else ""
        place_text = written + ("," + hint if hint else "")
        try:
            place = self.resolver.resolve(place_text, Context()).place
        except PlaceNotFound:
            return None
        return (place_text, place) if place.is_area else _TOWN_MEANT

    def _row(self, d: dict, res, p, *, place: str | None = None, motor_of: dict | None = None) -> dict:
        """The draft row of draft ``d`` resolved as ``res`` to gazetteer place ``p`` (written as ``place``)."""
        size = d["size"]
        sent = d["sentence"]
        # Coordinates and country only where the choice is better than a coin toss: build
        # trusts given lat/lon, so a namesake picked blind is left for build to settle with
        # the caravan's other stops.
        placed = not p.is_area and res.confidence >= PLACE_AT_CONFIDENCE
        note = f"gazetteer: {p.label()}, {p.precision}"
        motor_of = {} if motor_of is None else motor_of
        motor = motor_of.get(sent.start)
        if motor is None:
            motor = motor_of[sent.start] = says_motor(sent.text)
        if motor:
            note += "; by bus or truck, says the quote"
        return {
            "caravan": "", "date": d["date"], "place": place or d["query"],
            "country": p.country if placed or p.is_area else "",
            "lat": round(p.lat, 5) if placed else "", "lon": round(p.lon, 5) if placed else "",
            "kind": d["kind"], "count": size.words if size else "", "source": "", "url": "", "note": note,
            "count_low": size.count.low if size else "", "count_high": size.count.high if size else "",
            "confidence": round(res.confidence * d["factor"], 2), "quote": sent.text,
            "start": sent.start, "end": sent.end, "also": "", "article": "",
            "_place": p, "_res": res, "_clause": d["clause"], "_key": d["key"], "_at": d["start"],
            "_bare": not d["cued"] and size is None and d["date_from"] != "own", "_cued": d["cued"],
            "_motor": motor, "_date_from": d.get("date_from", ""),
        }


#: A locative "in" right before a name (not "into", "hacia", "a"): where the group is.
_IN_BEFORE = re.compile(r"\b(?:en|in)\s+$", re.I)
#: :meth:`Extractor._area_written`'s answer for a level word with a town's name ("the border state of Mexicali").
_TOWN_MEANT = ("", None)


def _public(row: dict) -> dict:
    return {k: row[k] for k in REPORT_FIELDS}
#: Region words that place a town in Mexico ("this southern Mexican town", "el sur de México"), and the states they
#: mean in caravan stories (the south the caravans walk through; the border states).
_REGION_WORDS = (
    (re.compile(r"\b(?:southern|south|southeastern|southeast)\s+mexic(?:o|an)\b|\bsur(?:este)?\s+de\s+m[ée]xico\b|"
                r"\bsureste\s+mexicano\b", re.I), ("Chiapas", "Oaxaca", "Tabasco")),
    (re.compile(r"\bnorthern\s+mexic(?:o|an)\b|\bnorte\s+de\s+m[ée]xico\b", re.I),
     ("Baja California", "Sonora", "Chihuahua", "Coahuila", "Nuevo León", "Tamaulipas")),
)


def _the_river(res, points: list[tuple[float, float]]):
    """``res`` for a border river written as one ("cruzan río Bravo", "the Rio Grande"): the river, not a town that
    bears its name (Ciudad Río Bravo, Tamaulipas, outranks the river by population), drawn at its point nearest the
    story's other places (:func:`geo.rivers.place_on_river`); ``res`` itself when it is the river already."""
    from dataclasses import replace

    from geo.rivers import place_on_river

    if res.place.feature == RIVER:
        return res
    river = next((c for c in res.candidates if c.feature == RIVER), None)
    if river is None:
        return res
    moved = place_on_river(river, points) if points else None
    reasons = ("a border river written as one (an article or the river's word before it)",
               *((moved[1],) if moved else ()))
    return replace(res, place=moved[0] if moved else river, reasons=reasons, confidence=max(res.confidence, 0.9),
                   candidates=tuple(c for c in (res.place, *res.candidates) if c is not river))
