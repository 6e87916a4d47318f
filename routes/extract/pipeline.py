"""From an article's text to draft report rows: sentences, places, dates, sizes, kinds.

:func:`extract_reports` is a pure function of (text, publication date): the
same input gives the same rows, in any process, which is what lets
:func:`extract_articles` run on several processes and :mod:`.parallel` on Dask.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from dataclasses import replace
from functools import lru_cache
from types import SimpleNamespace

from geo.errors import InputError
from geo.normalize import name_key

from ..limits import DEFAULT_LIMITS, Limits
from ..schema import COLUMNS
from .article import Article
from ..pace import says_motor
from .described import described_mentions
from .collector import batch_collection, first_article_done
from .common import common_keys
from .dates import FoundDate, add_days_told_from_the_last, dates_by_sentence, future_between
from .draft import default_caravan, inside, merge_same, settle_areas, travel_order
from .groups import ANOTHER_CARAVAN as _ANOTHER_CARAVAN  # another group's size is not this group's
from .groups import ANOTHER_SUBJECT as _ANOTHER_SUBJECT
from .groups import group_notes, split_groups
from .kinds import CUE_STARTS, OVERRIDING, aside_clauses, cues_from_starts, place_kinds, sentence_kind, which_clauses
from .legs import check_legs, day_number
from .matcher import PlaceMatcher, shared_matcher
from .places import CUE_PATTERNS as _PLACE_CUE_PATTERNS
from .places import (area_is_there, declined_before, joined_to_previous, locative_before, places_in_sentence,
                     reached_before, refers_to_dateline, role_of)
from .sizes import CUE_PATTERNS as _SIZE_CUE_PATTERNS
from .sizes import (THE_FIGURE as _THE_FIGURE, clause_numbers, find_sizes, group_verb_follows, may_hold_a_size, relative_clauses,
                    said_as_origin, sizes_for_places, speaks_of_another_time, where_others_wait)
from .nearby import NOTHING, written_near
from .twins import at_their_towns
from .story import (caption_paragraphs, credit_spans, dateline_date, dateline_day, headline_paragraph, misspelt_dateline,
                    namesake_among_the_others, nearest_namesake, story_focus, within, within_country)
from .story import inside as inside_spans
from .text import CaselessPattern, CueIndex, CueWords, WordPattern, cached_required_words, fold, sentences, unwrapped, word_start_search
from .words import GROUP_HEADS, GROUP_MOVING_VERBS, GROUP_NOUNS, GROUP_VERBS

#: Columns of an extracted row: the report schema, then what a reviewer needs.
REPORT_FIELDS: tuple[str, ...] = COLUMNS + (
    "count_low", "count_high", "confidence", "quote", "start", "end", "also", "article",
)

# Words that make a sentence about the group even without a verb cue ("people" alone does not).
_GROUP_WORD = WordPattern(rf"\b(?:{GROUP_HEADS}|caravans|caravanas|migrants?|migrantes)\b")
# "since about 2,000 had camped on the Mexican bank": a figure and the group's verb, with no noun between.
_FIGURE_AND_GROUP_VERB = re.compile(
    rf"\d[\d.,]*\s+(?:more\s+)?(?:had\s+|have\s+|has\s+|were\s+|han\s+|hab[íi]an\s+|ya\s+)?(?:{GROUP_VERBS})\b", re.I)
# "Their numbers swelled to about 5,000 overnight": the group, said by its numbers.
_THEIR_NUMBERS = WordPattern(r"\b(?:their\s+numbers?|its\s+numbers?|su\s+n[úu]mero|sus\s+filas)\b")
_THERE = WordPattern(r"\b(?:there|the\s+(?:town|city|border\s+post|crossing)|all[íi]|ah[íi]|all[áa]|esa\s+ciudad|ese\s+punto)\b")
# A shelter, station or terminal the story names with no town: it is in the town the group is in.
# "the border city", "la ciudad fronteriza": a town named before (not "the city of X": named here)
_THE_TOWN = WordPattern(r"\b(?:the|la)\s+(?:[\w-]+\s+)?(?:city|town|village|ciudad|localidad|poblado)\b(?!\s+(?:of|de)\s)")
_FACILITY_NOUN = WordPattern(
    r"\b(?:the|a|la|el|una|un|al|del)\s+(?:(?:local|main|migrant|municipal|principal)\s+)?(?:bus\s+(?:terminal|station|depot)|"
    r"terminal(?:\s+(?:de\s+)?(?:autobuses|buses|camiones))?|shelter|albergue|refugio|central\s+de\s+autobuses|"
    r"estaci[óo]n\s+de\s+(?:autobuses|buses)|casa\s+del\s+migrante)\b")
# Between a facility and the town it is in: "la Casa del Migrante de Tecún Umán", "the shelter in Tapachula".
_FACILITY_IN = re.compile(r"\s*,?\s*(?:de|del|en|in|at|of)\s+(?:la\s+|el\s+|the\s+)?(?:(?:ciudad|city|town|municipio)\s+(?:de|of)\s+)?$",
                          re.I)
#: A shelter the gazetteer knows farther than this from the dateline's town is another one of the same name.
FACILITY_KM = 50.0

# A sentence that moves to other days ("Earlier in the week", "la semana pasada") does not
# continue its paragraph's date; what it does not resolve stays empty.
_OTHER_DAYS = WordPattern(
    r"\b(?:earlier\s+(?:in|this|that)\s+(?:the\s+)?week|later\s+(?:in|this|that)\s+(?:the\s+)?week|last\s+week|"
    r"the\s+(?:previous|following|next)\s+(?:day|week)|the\s+week\s+before|days\s+(?:earlier|later|before|after|ago)|"
    r"weeks\s+(?:earlier|later|before|after|ago)|a\s+week\s+(?:ago|earlier|later|before)|previously|"
    r"la\s+semana\s+(?:pasada|anterior|siguiente)|d[íi]as\s+(?:antes|despu[ée]s|atr[áa]s)|semanas\s+(?:antes|despu[ée]s|atr[áa]s)|"
    r"anteriormente|previamente|el\s+d[íi]a\s+(?:anterior|siguiente)|in\s+recent\s+days|recently|"
    r"en\s+los\s+[úu]ltimos\s+d[íi]as|en\s+d[íi]as\s+recientes|recientemente)\b"
)
# Where the group is held in place: in a lede, at the dateline.
# A night spent somewhere, told with no day of its own on the day the article came out, is last night's.
_NIGHT_SPENT = WordPattern(
    r"\b(?:spent\s+the\s+night|slept|pasaron\s+la\s+noche|pas[óo]\s+la\s+noche|pernoctaron|pernoct[óo]|"
    r"durmieron|durmi[óo])\b")
# A photo's or video's caption on a line of its own: "Photo: Stringer/AFP Migrants take part...", "Foto: ...",
# "... Nov. 6, 2021. | Photo: Twitter/@...", a bullet over the byline (see _caption_sentences).
_CAPTION_LINE_START = re.compile(r"[ \t]*(?:photo|foto|image|imagen|video|v[íi]deo|fotograf[íi]a|galer[íi]a)s?\s*:", re.I)
_BULLETS = "\u2022\u00b7\u25aa\u25cf"
_CAPTION_LINE_CREDIT = re.compile(r"\|\s*(?:photo|foto|image|imagen|video|fotograf[íi]a|credit|cr[ée]dito)s?\s*:", re.I)
_BYLINE = re.compile(r"[ \t]*(?:by|por)\s*:?\s+[A-ZÁÉÍÓÚÑ]|[ \t]*(?:published|updated|posted|publicado|actualizado)\b", re.I)
_LINE_LEAD = re.compile(rf"[\s{_BULLETS}]+")


def _line_key(line: str) -> str:
    """A line as :func:`_caption_sentences` compares it with the others: without its leading spaces and bullets,
    nor a ``|`` and what follows it, stripped.  (It was ``re.sub(r"^[\\s•]+|\\s*\\|.*$", "", line).strip()``, whose
    second part the engine tried at every position of the line: 15 us a line, 3% of a 5 KB article.)"""
    lead = _LINE_LEAD.match(line)
    start = lead.end() if lead else 0
    bar = line.find("|", start)
    return line[start:bar if bar >= 0 else len(line)].strip()


def _caption_sentences(text: str, sents) -> set[int]:
    """The sentences that lie on a caption's line: a line starting with ``Photo:``/``Foto:``/``Video:``, one
    ending with ``| Photo: ...``, a bullet line over the byline or the time stamp, and a line that repeats an
    earlier one (a caption shown twice: ``• Migrant caravan arrives in ...`` then ``Migrant caravan arrives in
    ... | Photo: ...``).  A caption is often a file photo of another day or caravan: it gives no row and no day."""
    if "\n" not in text and not _CAPTION_LINE_START.match(text):
        return set()
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    seen: set[str] = set()
    caption_lines: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        key = _line_key(line)
        if not key:
            continue
        repeated = len(key) >= 20 and key in seen
        seen.add(key)
        bullet_over_byline = line.lstrip()[:1] in _BULLETS and any(_BYLINE.match(text, c) for c, _ in lines[i + 1:i + 4])
        if repeated or bullet_over_byline or _CAPTION_LINE_START.match(line) or _CAPTION_LINE_CREDIT.search(line):
            caption_lines.append((a, b))
    if not caption_lines:
        return set()
    return {n for n, s in enumerate(sents) if any(a <= s.start and s.end <= b for a, b in caption_lines)}


# The group on its way to its next stop, said in the present: "the group heads towards Corinto", "se dirigen hacia".
_CITY_IN_NAME = re.compile(r"^(?:ciudad|city)\b|\bcity$", re.I)
# ("passed Atlixco on Wednesday and are heading to Mexico City": the subject said before "and")
_HEADS_FOR_BEFORE = WordPattern(
    # ("The group of about 800 is heading to": its figure between)
    r"\b(?:" + "|".join(w + r"\s+(?:of\s+(?:(?:about|some|around|nearly|almost|roughly|more\s+than)\s+)?[\d.,]+(?:\s+\w+)?\s+)?"
                       r"(?:now\s+)?(?:heads|head|is\s+heading|are\s+heading|is\s+headed|are\s+headed)\s+"
                       r"(?:towards?|to|for)" for w in ("group", "caravan", "contingent", "column", "migrants", "they",
                                                        "and"))
    + r"|se\s+dirigen?\s+(?:ahora\s+)?(?:hacia|a|al|rumbo\s+a(?:l)?))\s+"
    r"(?:the\s+|la\s+|el\s+)?(?:(?:town|city|village|municipio|ciudad|poblado|localidad|comunidad)\s+(?:of|de)\s+)?$")
# The next stop of a plan told now: "The caravan is expected to continue north through Magdalena de Kino", "They are
# expected to arrive in Mexicali by the end of the week", "Mañana planean continuar hacia el estado de Querétaro".
# (each alternative starts with its letters: see WordPattern)
_GO_ON = (r"(?:(?:continue|head|move|go|press\s+on|push\s+on|travel|walk|march|proceed)\s+(?:on\s+)?(?:north(?:ward)?\s+|"
          r"south(?:ward)?\s+)?(?:through|to|toward|towards|into|via|for)|(?:arrive|get)\s+(?:in|at|to)|reach)")
_SEGUIR = (r"(?:continuar|seguir|avanzar|caminar|dirigirse|partir|salir|llegar|marchar)\s+(?:su\s+camino\s+|su\s+marcha\s+)?"
           r"(?:hacia|a|al|hasta|rumbo\s+a(?:l)?|por)")
_PLANNED_NEXT_BEFORE = WordPattern(
    # (not a hope, "hoping to reach", "busca llegar a Estados Unidos": a goal, see places._DESTINATION_BEFORE)
    r"\b(?:" + "|".join(w + r"\s+to\s+" + _GO_ON for w in ("expected", "scheduled", "set", "plan", "plans", "planning",
                                                          "planned", "intend", "intends"))
    + "|" + "|".join(w + r"\s+" + _SEGUIR for w in ("planean", "planea", "planeaban", "piensan", "prevén", "preven"))
    + r"|tienen\s+previsto\s+" + _SEGUIR + r"|tiene\s+previsto\s+" + _SEGUIR + r")\s+"
    r"(?:the\s+|la\s+|el\s+)?(?:(?:town|city|village|state|municipio|ciudad|poblado|localidad|comunidad|estado)\s+(?:of|de)\s+)?$")
# A page's time stamp on a line of its own: "Published January 3, 2024", "Updated 10:15 PM EST, January 21, 2024".
_STAMP = re.compile(r"(?:published|updated|last\s+updated|posted|republished|original\s+publication\s+date|publicado|"
                    r"actualizado|fecha\s+de\s+publicaci[óo]n)\b(?:\s+(?:on|el|at|a\s+las))?:?\s*[\w ,.:]{0,50}$", re.I)
_STUCK = WordPattern(r"\b(?:stuck|stranded|varad[oa]s|atrapad[oa]s|remained|remain|permanec\w+)\b")
# A span of days, not one day: "in recent days", "over the past week", "en los últimos días".
_OVER_DAYS = WordPattern(
    r"\b(?:in\s+recent\s+(?:days|weeks)|recently|over\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks)|"
    r"after\s+(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?)\s+of|"
    r"tras\s+(?:una|dos|tres|cuatro|cinco|varias)\s+(?:semanas?|d[íi]as)\s+de|"
    r"en\s+(?:los\s+)?[úu]ltimos\s+d[íi]as|en\s+d[íi]as\s+recientes|recientemente|durante\s+(?:los\s+)?[úu]ltimos\s+d[íi]as)\b"
)
_SPEECH_BEFORE = WordPattern(
    r"\b(?:said|says|announced|told\s+\w+|reported|stated|confirmed|added|warned|dijo|dice|inform[óo]|"
    r"anunci[óo]|declar[óo]|afirm[óo]|indic[óo]|confirm[óo]|advirti[óo]|asegur[óo])\s+(?:on\s+|late\s+|el\s+|este\s+|this\s+)?$"
)

#: Confidence factors for what the sentence itself says.
NO_EVENT_CUE = 0.6
CARRIED_OVER = 0.7

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


class _MemoIndex:
    """A gazetteer index whose exact lookups are remembered (articles repeat names)."""

    def __init__(self, index) -> None:
        self._index = index
        self.lookup = lru_cache(maxsize=100_000)(index.lookup)

    def __getattr__(self, name: str):
        return getattr(self._index, name)


def _memo_resolver(index):
    """A :class:`geo.Resolver` that remembers its answers (articles repeat the same names and hints).

    A story's focus changes a name's answer only through the countries and
    divisions of that name's own namesakes (and whether a focus country
    borders one of them: :data:`geo.focus.FAR_FOCUS_WEIGHT`), so it is
    remembered projected on those: articles about different stretches of the
    route share the answers for names whose namesakes they judge alike.
    """
    from geo.neighbours import region
    from geo.resolve import Context, Focus, Resolver

    class MemoResolver(Resolver):
        def __init__(self, idx) -> None:
            super().__init__(idx)
            self._answers: dict = {}
            self._asked: dict = {}  # the same answers by the focus as asked (not projected)
            self._countries: dict[str, frozenset[str]] = {}
            self._projections: dict = {}
            self._by_countries: dict = {}

        def _projected(self, query: str, focus):
            key = (query, focus)
            if key not in self._projections:
                if len(self._projections) > 200_000:
                    self._projections.clear()
                self._projections[key] = self._project(query, focus)
            return self._projections[key]

        def _project(self, query: str, focus):
            if query not in self._countries:  # the countries of its candidates ("municipio de Escuintla": the towns')
                self._countries[query] = frozenset(c for p in self.candidates(query)[0] for c in (*p.countries, p.country) if c)
            # The projection reads the name only through its namesakes' countries: names in the same countries share it.
            key = (self._countries[query], focus)
            if key not in self._by_countries:
                if len(self._by_countries) > 200_000:
                    self._by_countries.clear()
                self._by_countries[key] = self._project_on(*key)
            return self._by_countries[key]

        def _project_on(self, near: frozenset[str], focus):
            codes = self.focus_codes(focus)
            countries = [c for c in codes.countries if c in near or not region(frozenset((c,))).isdisjoint(near)]
            divisions = [tuple(d.split(".", 1)) for d in codes.divisions if d.split(".", 1)[0] in near]
            named = sorted(c for c in map(self.country_code, focus.named) if c in near and c not in codes.countries)
            if not countries and not divisions:
                if not codes.countries:
                    return None
                # Every namesake is outside the focus and its neighbours alike: any one focus country says the same.
                countries = [min(codes.countries)]
            return Focus(countries=countries, divisions=divisions, named=named)

        def resolve(self, query: str, ctx: Context = Context(), *, where=None):
            if where is not None:
                return super().resolve(query, ctx, where=where)
            asked = (query, ctx)
            answer = self._asked.get(asked)
            if answer is None:
                if ctx.focus:
                    ctx = replace(ctx, focus=self._projected(query, ctx.focus))
                key = (query, ctx)
                if key not in self._answers:
                    if len(self._answers) > 200_000:
                        self._answers.clear()
                    self._answers[key] = super().resolve(query, ctx)
                if len(self._asked) > 200_000:
                    self._asked.clear()
                answer = self._asked[asked] = self._answers[key]
            return answer

    return MemoResolver(index)


class Extractor:
    """Holds the place matcher and the resolver; :meth:`extract` drafts the rows of one article."""

    def __init__(self, matcher: PlaceMatcher | None = None, resolver=None) -> None:
        from geo.index import GazetteerIndex

        self.matcher = matcher or shared_matcher()
        self.resolver = resolver or _memo_resolver(_MemoIndex(GazetteerIndex.open()))
        self._area_cache: dict[str, bool] = {}
        self._common: frozenset[str] | None = None

    def is_area(self, key: str) -> bool:
        """True when some gazetteer entry of this name key is a country, division or region."""
        if key not in self._area_cache:
            self._area_cache[key] = any(p.is_area for p in self.resolver.index.lookup(key))
        return self._area_cache[key]

    def names_area(self, key: str, name: str) -> bool:
        """True when the name, read on its own, means a country, division or region (``Guatemala``,
        ``Chiapas``), not a town that shares its name with one (``Chiquimula``, ``Oaxaca``)."""
        if not self.is_area(key):
            return False
        # (keyed by the name too: a described place's name carries a level word, "estado de Oaxaca", its key not)
        cached = self._area_cache.get("\0" + key + "\0" + name)
        if cached is None:
            from geo.errors import PlaceNotFound
            from geo.resolve import Context

            try:
                cached = self.resolver.resolve(name, Context()).place.is_area
            except PlaceNotFound:
                cached = True
            self._area_cache["\0" + key + "\0" + name] = cached
        return cached

    @property
    def common(self) -> frozenset[str]:
        """Gazetteer name keys that are ordinary words (:mod:`.common`)."""
        if self._common is None:
            self._common = common_keys()
        return self._common

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
        mentions = described_mentions(text, self.matcher.find(text), self.resolver.index.lookup, self._area_query)
        misspelt = misspelt_dateline(text, sents, mentions, self.resolver.index, headline_paragraph(sents))
        if misspelt is not None:  # "TAPACHULAS, MX —": the dateline, one letter off Tapachula
            mentions = sorted([*mentions, misspelt], key=lambda m: m.start)
        # "Tapachula, Chiapas, 5 de noviembre de 2024.": the dateline's day is the day "este martes" is told from.
        published = dateline_day(text, sents, published, headline_paragraph(sents)) or published
        drafts, dateline = self._sentence_drafts(text, sents, spans, mentions, published)
        if not drafts:
            return []
        for d in drafts:  # what the sentence's words say about where a name with namesakes lies
            d["nearby"] = written_near(mentions, d["start"], d["key"], d["sentence"].start, d["sentence"].end, text,
                                       self.is_area) if self._namesakes(d["key"]) else NOTHING
        self._hint_bare_names(drafts, dateline)
        # The story's area decides between namesakes: worked out only when some name has several.
        focus = self._focus(drafts, dateline, mentions) if any(self._namesakes(d["key"]) for d in drafts) else None
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
            if row["_place"].is_area or not self._namesakes(row["_key"]):
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

        # (a border post or twin town across from the article's town, where the group did not cross: the town's)
        rows = at_their_towns(settle_areas(self._resolve(drafts, focus, notes)), notes)
        for row in rows:
            row["_day"] = day_number(row["date"])
        rows = travel_order(rows)
        # A namesake that fits the route is looked for in the story's countries, or anywhere if none is known.
        kept = check_legs(rows, within=(lambda place: within_country(place, focus)) if focus else (lambda place: True),
                          unsure=lambda row: self._unsure(row, focus), notes=notes,
                          well_known=lambda place: well_known_city(place, self.resolver.index.largest_towns()))
        kept_ids = {id(r) for r in kept}
        for row in rows:
            row["_left_out"] = id(row) not in kept_ids
        return [r for r in rows if not r["_left_out"]] + [r for r in rows if r["_left_out"]]

    # -- sentence by sentence ----------------------------------------------------------------
    def _sentence_drafts(self, text, sents, spans, mentions, published):
        """One draft per place that a sentence reports the group at, with its own date and size."""
        mention_starts = [m.start for m in mentions]
        all_dates = dates_by_sentence(text, spans, published)
        caption_lines = _caption_sentences(text, sents)
        for n, sent in enumerate(sents):
            if n in caption_lines or _STAMP.match(sent.text):  # "Published January 3, 2024": no event's day
                all_dates[n] = []
        add_days_told_from_the_last(sents, all_dates, published)
        written_in_dateline = dateline_date(text, sents, published, headline_paragraph(sents))
        if written_in_dateline is not None:
            # "ESQUIPULAS, Guatemala, Oct. 16, 2018 — ... crossed on Monday": the dateline's day is the filing
            # day; the lede's own day, if it writes one, dates its events.
            n, filed = written_in_dateline
            if len(all_dates[n]) > 1:
                all_dates[n] = [f for f in all_dates[n] if f.start != filed.start]
        # One scan: per sentence, which rules' words are written in it, and where the kinds' cues may start.
        all_cues, cue_starts = _cue_index().scan_starts(text, spans)
        all_kinds = cues_from_starts(cue_starts, len(spans))
        captions = caption_paragraphs(text, sents)
        headline = headline_paragraph(sents)
        credits = credit_spans(text)
        info = []  # per sentence: (event date iso, statement date iso, other days)
        drafts: list[dict] = []
        placeless: list[tuple[int, list, str, bool, str]] = []  # sentence, sizes, kind, cued, date
        aside_drafts: list[dict] = []  # places of sentences that say nothing of the group (see _attach_placeless)
        dateline = None
        last_stops: tuple[int, list] = (-1, [])
        last_goal: tuple[int, int, list] = (-1, -1, [])  # sentence, paragraph, the towns it said the group was going to
        this_town: list[tuple] = []  # a placeless size said of "this town" with no dateline (see _to_the_storys_town)
        for n, sent in enumerate(sents):
            if n in caption_lines:
                info.append(("", "", False, True))
                continue
            cues = all_cues[n]
            lo = bisect.bisect_left(mention_starts, sent.start)
            hi = bisect.bisect_left(mention_starts, sent.end)
            places = places_in_sentence(sent.text, mentions[lo:hi], self.is_area, sent.start, cues) if hi > lo else []
            stops = []
            located: dict[int, bool] = {}
            planned_at: set[int] = set()
            next_stop_at: set[int] = set()  # (planned, where the group is heading now)
            plan_next_at: set[int] = set()  # (planned, the next stop of a plan told now: the first only)
            for i, p in enumerate(places):
                # (a capital that is a division too, "Mexico City", "Ciudad de México", is a town to go to)
                town = not self.names_area(p.key, p.query.split(",")[0]) or _CITY_IN_NAME.search(p.query.split(",")[0])
                if p.role == "destination" and all_dates[n] and not plan_next_at \
                        and (not self.is_area(p.key) or _town_words(sent.text, p.start)) \
                        and not _alternatives(sent.text, places, i) \
                        and _dated_plan_before(sent.text, p, places[i - 1].end if i else 0, all_dates[n]):
                    # "este martes 22 buscará avanzar al municipio de Escuintla": a plan with its day.
                    p = p._replace(role="stop")
                    planned_at.add(p.start)
                elif p.role in ("destination", "stop") and not plan_next_at and not _alternatives(sent.text, places, i) \
                        and _PLANNED_NEXT_BEFORE.search(sent.text, max(0, p.start - 80), p.start, cues=cues) \
                        and (town or _as_area(sent.text, p, cues)):
                    # "is expected to continue north through Magdalena de Kino, then past Caborca, Sonoyta ... and on
                    # to Mexicali": the plan's next stop (the places after it in the sentence are no rows)
                    p = p._replace(role="stop")
                    planned_at.add(p.start)
                    plan_next_at.add(p.start)
                elif p.role in ("destination", "stop") and town and not _alternatives(sent.text, places, i) \
                        and _HEADS_FOR_BEFORE.search(sent.text, max(0, p.start - 60), p.start, cues=cues):
                    # "the group heads towards Corinto, on the border", "se dirigen hacia San Martín Texmelucan": the
                    # group's next stop, planned (with no day of its own: the row's day is inferred).
                    p = p._replace(role="stop")
                    planned_at.add(p.start)
                    next_stop_at.add(p.start)
                if p.role == "dateline" and dateline is None:
                    dateline = (p, n)
                if p.role not in ("stop", "departure") or (credits and inside_spans(credits, sent.start + p.start)):
                    continue
                if self.names_area(p.key, p.query.split(",")[0]) and not area_is_there(sent.text, p.start, p.end, cues) \
                        and not _town_words(sent.text, p.start):
                    continue  # a nationality, a destination or a backdrop (not "la ciudad de Guatemala": a town)
                if self._facility(p):
                    if i + 1 < len(places) and _FACILITY_IN.fullmatch(sent.text, p.end, places[i + 1].start):
                        continue  # "la Casa del Migrante de Tecún Umán": the town named after it is the stop
                    # (a town's dateline only: "HONDURAS.- ... en la Gran Central Metropolitana de San Pedro Sula" is
                    # no reason to draw the country)
                    if dateline is not None and not self.is_area(dateline[0].key) and self._far_from(p, dateline[0]):
                        # "TAPACHULA — ... at the Casa del Migrante": the dateline town's, not the namesake the
                        # gazetteer knows in another country.
                        p = p._replace(query=dateline[0].query, key=dateline[0].key)
                if self._a_building(sent.text, p):
                    # "de la Unidad Deportiva, en el municipio de Escuintla": the town named after it is the stop.
                    p = _hint_of(sent.text, p)
                    if p is None:
                        continue
                elif self._in_a_name(sent.text, p):
                    continue  # "Summit of the Americas", "Iglesia de San Agustín": an event's or a building's name
                # Only an ordinary word needs a preposition of place (see _kept). "between Tecún Umán and
                # Ciudad Hidalgo": a name joined to a located one is located too.
                located[id(p)] = p.start in planned_at or p.key not in self.common or p.role == "departure" \
                    or locative_before(sent.text, p.start, p.end, cues) or (
                        i > 0 and located.get(id(places[i - 1]), False) and joined_to_previous(sent.text, places[i - 1], p))
                stops.append(p)
            if dateline is not None and dateline[1] <= n and not any(q.key == dateline[0].key for q in stops) and (
                    (refers_to_dateline(sent.text, cues) and word_start_search(_THIS_WORDS, sent.text))
                    or (not places and last_stops[0] != sent.paragraph and _FACILITY_NOUN.search(sent.text, cues=cues)
                        and not _ANOTHER_CARAVAN.search(sent.text))):
                # "They left the bus terminal at dawn": no other town named since, the dateline's.
                stops = [dateline[0]._replace(role="stop", start=-1, end=-1)] + stops
            lowered = sent.text.lower()  # (the WordPatterns below search it)
            if stops and _OTHER_YEARS.search(sent.text, lowered=lowered, cues=cues):  # (only sentences with places are searched)
                stops = []  # "hace 10 años un tren le mutiló la pierna en Saltillo": another time, not this journey
            if stops and ("ago" in lowered or "hace " in lowered or "atrás" in lowered):
                # "had crossed the Darién jungle months ago before reaching Tapachula on Wednesday": a stage months
                # back, told with no day, is another time than the story's (the place nearest the words only)
                stops = _not_months_ago(sent.text, stops)
            written = all_dates[n]
            statement = [f for f in written
                         if _SPEECH_BEFORE.search(sent.text, max(0, f.start - 40), f.start, lowered=lowered, cues=cues)]
            # Whether the sentence moves to other days matters where it has places or dates.
            other_days = bool((places or written) and _OTHER_DAYS.search(sent.text, lowered=lowered, cues=cues))
            carry = not stops and last_stops[0] == sent.paragraph and bool(last_stops[1])
            lede = not stops and dateline is not None and dateline[1] == n
            may_size = may_hold_a_size(sent.text, lowered)  # other sentences are not searched for sizes
            carry = carry and _THERE.search(sent.text, lowered=lowered, cues=cues) is not None  # "about 1,000 more joined there"
            # "... left Mexicali on Tuesday on their way to Tijuana. They arrived in the border city this morning": the
            # town the sentence before said the group was going to
            goal = [] if stops or last_goal[0] != n - 1 or last_goal[1] != sent.paragraph \
                or not _THE_TOWN.search(sent.text, lowered=lowered, cues=cues) else last_goal[2][-1:]
            last_goal = (n, sent.paragraph, [p for p in places if p.role == "destination" and not self.is_area(p.key)])
            if stops or carry or lede or goal:
                sizes = find_sizes(sent.text, cues) if may_size else []
                asides = aside_clauses(sent.text) if sizes else []
                if asides:  # "-después de que ayer se adelantaron cerca de mil 500 personas-": another moment's figure
                    sizes = [z for z in sizes if not any(a < z.start < b for a, b in asides)]
                kind, cued = sentence_kind(sent.text, all_kinds[n])
            elif may_size and (_GROUP_WORD.search(sent.text, lowered=lowered, cues=cues)
                               or _GROUP_NOUN.search(sent.text, lowered=lowered, cues=cues)
                               or _THEIR_NUMBERS.search(sent.text, lowered=lowered)
                               or _FIGURE_AND_GROUP_VERB.search(sent.text)):
                # A sentence naming no place is read for sizes only if it can give one of the whole group.
                kind, cued = sentence_kind(sent.text, all_kinds[n])
                counts_group = (cued and kind not in _NOT_THE_WHOLE_GROUP) or _states_a_size(sent.text, cues) \
                    or _THE_FIGURE.search(sent.text, lowered=lowered, cues=cues)
                named = _GROUP_WORD.search(sent.text, lowered=lowered, cues=cues) or _GROUP_NOUN.search(
                    sent.text, lowered=lowered, cues=cues) or _THEIR_NUMBERS.search(sent.text, lowered=lowered)
                if not named and not (cued and kind not in _NOT_THE_WHOLE_GROUP):
                    sizes = []  # a figure and a verb only: what the group did ("about 2,000 had camped"), nothing else
                elif counts_group:
                    sizes = find_sizes(sent.text, cues)
                elif _MOVING_OR_A_GROUP.search(sent.text, lowered=lowered, cues=cues):  # the figure is who moved, or the group said as one
                    # (or set off after it: "By evening the group, now about 400, had filled the shelter")
                    sizes = [z for z in find_sizes(sent.text, cues) if _the_moving_group(sent.text, z)
                             or _THE_GROUP_COMMA.search(sent.text, max(0, z.start - 40), z.start)]
                elif _THE_GROUP_SET_OFF.search(sent.text, lowered=lowered):  # "los migrantes, alrededor de 2 mil, estaban"
                    sizes = [z for z in find_sizes(sent.text, cues) if _THE_GROUP_COMMA.search(sent.text, max(0, z.start - 40), z.start)]

                else:
                    sizes = []
            else:
                sizes, kind, cued = [], "sighting", False
            if not (stops or sizes) and may_size and dateline is None and not this_town \
                    and refers_to_dateline(sent.text, cues):
                # (the figure it starts with: "Thousands of migrants were weighing ... in this southern Mexico town")
                sizes = [z for z in find_sizes(sent.text, cues)[:1] if not sent.text[:z.start].strip()]
            dates_here = _event_dates(sent.text, written, kind, statement)
            # (the day of the sentence's own event: not one of a clause of an earlier event, "after resting on Sunday")
            main_day = next((f.iso for f in dates_here if not _in_event_clause(sent.text, f, cues)), "")
            info.append((main_day, statement[0].iso if statement else "", other_days, sent.paragraph in captions))
            factor = 1.0
            if lede and (sizes or cued or _STUCK.search(sent.text, lowered=lowered, cues=cues)) and (
                    self._named_again(dateline[0], mentions, sent.end) or self._only_town(dateline[0], mentions, sents)) \
                    and not _called_a_state(text, dateline[0].query.split(",")[0]):
                # "CIUDAD HIDALGO, Mexico — About 2,000 migrants decided...", "... migrants stuck at the border
                # grew": the lede happens at the dateline; so it does when the article names no other town
                # ("MORALES, Guatemala (KYMA, KECY) - ... police have blocked a migrant caravan").
                stops = [dateline[0]._replace(role="stop", start=-1, end=-1)]
            elif stops and dateline is not None and dateline[1] == n and (sizes or cued) \
                    and all(p.start > dateline[0].start and self.names_area(p.key, p.query.split(",")[0])
                            and self._holds(p, dateline[0]) for p in stops):
                # "TAPACHULA, Mexico (AP) — 2,000 migrants set out Tuesday through southern Mexico": the lede's only
                # places (after the dateline: not a headline's) are a country or state the dateline's town lies in;
                # the town is where it happens.
                stops = [dateline[0]._replace(role="stop", start=-1, end=-1)]
            carried_kinds: dict[str, str] = {}
            if stops and sizes and all(p.start in next_stop_at or p.start in plan_next_at for p in stops):
                # "hundreds ... left Tuesday from the Chiapas border state and are headed to Mexico City", "About 1,000
                # migrants are heading to El Paso, Texas": the figure is of the group where it is; the plan's next stop
                # takes none
                whole = [z for z in sizes if _about_whole_group(sent.text, z, kind, cued)]
                if whole:
                    placeless.append((n, whole, kind, cued, dates_here[0].iso if dates_here else ""))
                sizes = []
            if not stops:
                # "About 1,000 more joined there": the place of the sentence before, same paragraph.
                if goal and cued and kind == "arrival":
                    stops, factor = [p._replace(role="stop", start=-1, end=-1) for p in goal], CARRIED_OVER
                elif carry and (sizes or cued) and not (cued and kind == "arrival" and _only_left(drafts, last_stops[1])):
                    # (not an arrival at the town the sentence before said the group left: "left Mexicali on
                    # Tuesday. They arrived in the city this morning")
                    stops, factor = [p._replace(start=-1, end=-1) for p in last_stops[1]], CARRIED_OVER
                    if cued and kind == "planned" and any(
                            _THE_GROUP_COMMA.search(sent.text, max(0, z.start - 40), z.start) for z in sizes):
                        cued = False  # "The group, now about 400, plans to rest there": its size there now, no plan yet
                    if not cued:
                        # "The migrants walked into Escuintla on Wednesday. X, who leads the group of about 1,000,
                        # said they would rest there.": a size with no event of its own is the group's at that
                        # place as told just before (its kind)
                        told = {d["key"]: d["kind"] for d in drafts if d["sentence"].paragraph == sent.paragraph}
                        carried_kinds = {p.key: told[p.key] for p in stops if p.key in told}
                else:
                    whole = [z for z in sizes if _about_whole_group(sent.text, z, kind, cued)]
                    if whole:
                        placeless.append((n, whole, kind, cued, dates_here[0].iso if dates_here else ""))
                    # "Thousands of migrants were deciding Monday whether to rest in this southern Mexico town": no
                    # dateline says which town; the first one the story puts the group in (in the country the words
                    # name) is, and the figure the sentence starts with is the group there
                    said_first = whole or [z for z in sizes[:1] if not sent.text[:z.start].strip()]
                    if said_first and dateline is None and not this_town and refers_to_dateline(sent.text, cues):
                        this_town.append((n, said_first, kind, cued, dates_here[0].iso if dates_here else "",
                                          [q for q in places if self.names_area(q.key, q.query.split(",")[0])]))
                    continue
            elif all(p.start >= 0 for p in stops):
                last_stops = (sent.paragraph, stops)
            # A sentence that says nothing of the group makes no row, but its places may be where a size said
            # just before it is ("A group of about 2,000 had stopped short of the roadblock. The roadblock stood
            # at a place called Vado Hondo."): they are kept aside for _attach_placeless.
            aside = not (cued or sizes or plan_next_at or _GROUP_WORD.search(sent.text, lowered=lowered, cues=cues))
            if not (cued or sizes):
                factor *= NO_EVENT_CUE
            # An ordinary word with no preposition of place (kept only if inside the story's area, see
            # _kept) takes the sentence's kind and date; it does not split the sentence among places.
            positioned = [p for p in stops if p.start >= 0 and (p.key not in self.common or located.get(id(p)))]
            joined = [i > 0 and joined_to_previous(sent.text, positioned[i - 1], q) for i, q in enumerate(positioned)]
            if len(positioned) > 1:
                kinds = place_kinds(sent.text, [(p.start, p.end) for p in positioned], all_kinds[n], joined, whole=(kind, cued))
            elif positioned and kind not in OVERRIDING and any(q.role != "dateline" and q.start != positioned[0].start
                                                               for q in places):
                # One stop among other names ("caminaban cerca de Villa Comaltitlán, tres días después de
                # haber salido de Tapachula"): its own stretch of the sentence says what happened there.
                marks = sorted({(q.start, q.end) for q in places if q.role != "dateline"}
                               | {(positioned[0].start, positioned[0].end)})
                kinds = [place_kinds(sent.text, marks, all_kinds[n], whole=(kind, cued))[
                    marks.index((positioned[0].start, positioned[0].end))]]
            else:
                kinds = [(kind, cued) for _ in positioned]
            kind_of = {id(p): (("planned", True) if p.start in planned_at else ("departure", True) if p.role == "departure"
                               else k) for p, k in zip(positioned, kinds)}
            if carried_kinds:
                kind_of.update({id(p): (carried_kinds[p.key], False) for p in stops if p.key in carried_kinds})
            # A clause whose only place is where some are going ("while about 300 went on toward
            # Pijijiapan") keeps its size; where people come from ("from all over Honduras") does not.
            # (not where it declined to go: "Unos 4 mil decidieron no detenerse en La Ventosa ... y siguieron hasta Niltepec")
            others = [q.start for q in places if q.role in ("destination", "feature") and q not in stops
                      and not declined_before(sent.text, q.start, cues)]
            # "luego de salir de Tapachula, unos 1.500 llegaron a Huehuetán", "que salieron de Choloma llegaron a
            # Santa Rosa", "From Tecún Umán about 2,000 crossed to Ciudad Hidalgo": the size is where they got to;
            # never where others wait for them ("para unirse a la caravana que espera en Huixtla").
            elsewhere = {id(p) for p in stops if p.start > 0 and any(0 <= q.end <= p.start for q in stops)
                         and where_others_wait(sent.text, max(q.end for q in stops if 0 <= q.end <= p.start), p.start, cues)}
            origins = {id(p) for p in stops if p.role == "departure"}
            # (a stage told in a clause of what the group did before, with a stop after it: "Tras cruzar el río Suchiate
            # y llegar a Ciudad Hidalgo, unos 3 mil caminaron este domingo hasta Tapachula": the size is Tapachula's)
            origins |= {id(p) for p in stops if p.start >= 0 and any(q.start > p.end for q in stops)
                        and reached_before(sent.text, p.start, cues)}
            # (a departure told in a clause of its own keeps its size: "Unas 600 salieron de Choloma.El miércoles...")
            told_from = [p for p in stops if p.start >= 0 and id(p) not in origins and id(p) not in elsewhere and (
                kind_of.get(id(p), ("",))[0] == "departure" or said_as_origin(sent.text, p.start, cues))]
            if told_from:
                numbers = clause_numbers(sent.text, [max(p.start, 0) for p in stops])
                of = {id(p): c for p, c in zip(stops, numbers)}
                # (beside a town where the group got to, or a country it crossed into, "que partieron de San Pedro
                # Sula lograron entrar en Guatemala"; not beside a country it heads for, "rumbo a la frontera con
                # Guatemala")
                origins |= {id(p) for p in told_from if any(
                    of[id(q)] == of[id(p)] and q not in told_from and id(q) not in elsewhere
                    and (not self.is_area(q.key) or kind_of.get(id(q), ("",))[0] == "crossing")
                    for q in stops)}
            here = [p for p in stops if id(p) not in elsewhere] or stops
            all_stops, stops = stops, [p for p in here if id(p) not in origins] or here
            positioned_all, positioned = positioned, [p for p in positioned if p in stops]
            relative = sizes and factor != CARRIED_OVER and ", " in sent.text \
                and _RELATIVE_WORD.search(sent.text, lowered=lowered, cues=cues)
            if factor == CARRIED_OVER or (len(positioned) < 2 and not (others and sizes and positioned) and not relative):
                place_sizes, clauses = [sizes for _ in stops], [0 for _ in stops]
            else:
                numbers, relative = relative_clauses(
                    sent.text, [max(p.start, 0) for p in stops] + [z.start for z in sizes] + others
                    + [f.start for f in dates_here])
                clauses = numbers[:len(stops)]
                size_clauses = numbers[len(stops):len(stops) + len(sizes)]
                claimed = set(numbers[len(stops) + len(sizes):len(numbers) - len(dates_here)]) - set(clauses)
                place_sizes = sizes_for_places(sizes, clauses, size_clauses, claimed, relative)
                # A size only a relative clause's places would have had goes to where the group is (on its clause's day).
                given = {id(z) for its in place_sizes for z in its}
                left = [z for z in sizes if id(z) not in given and _about_whole_group(sent.text, z, kind, cued)]
                if left and relative and not any(c not in relative for c in clauses):
                    # "una caravana conformada por más de mil personas, según cálculos oficiales, que salió desde
                    # San Pedro Sula": the size names the group whose own event the relative clause right after it
                    # tells; with no place in the main clause, that event's place takes it.
                    for z in [z for z in left if _A_GROUP_COUNTED.search(sent.text, max(0, z.start - 40), z.start)]:
                        told = size_clauses[sizes.index(z)] + 1
                        if told in relative and told in clauses:
                            place_sizes[clauses.index(told)] = place_sizes[clauses.index(told)] + [z]
                            left.remove(z)
                if left and relative:
                    day = [f.iso for f, c in zip(dates_here, numbers[len(numbers) - len(dates_here):])
                           if c == size_clauses[sizes.index(left[0])]]
                    placeless.append((n, left, "sighting", False, day[0] if day else ""))
            if len(stops) < len(all_stops):
                of_sized = {id(p): (z, c) for p, z, c in zip(stops, place_sizes, clauses)}
                place_sizes = [of_sized.get(id(p), ([], 0))[0] for p in all_stops]
                clauses = [of_sized.get(id(p), ([], 0))[1] for p in all_stops]
            stops, positioned = all_stops, positioned_all
            if len(sizes) > 1 and len(positioned) > 1:
                place_sizes = _tally_by_place(sent.text, sizes, stops, place_sizes)
            future_joined = False
            motor = None  # worked out when a row's note is written (see _resolve)
            sentence_future = _may_speak_of_future(sent.text, lowered, cues)
            for p, its_sizes, clause in zip(stops, place_sizes, clauses):
                k, k_cued = kind_of.get(id(p), (("planned", True) if p.start in planned_at else (kind, cued)))
                if p.start >= 0 and k != "planned" and sentence_future and (
                        future_between(sent.text, _segment_start(positioned, p), p.start)
                        or (p in positioned and joined[positioned.index(p)] and future_joined)):
                    k, k_cued = "planned", True  # "se reunirán en Ciudad de México", "(Pijijiapan, Tonalá...)": not yet
                future_joined = k == "planned" and k_cued
                if plan_next_at and p.start > min(plan_next_at) and p.start not in planned_at \
                        and (k == "planned" or not k_cued):
                    continue  # "... through Magdalena de Kino, then past Caborca, Sonoyta and on to Mexicali": later
                if k == "planned" and p.start >= 0 and _alternatives(
                        sent.text, places, next((j for j, q in enumerate(places) if q.start == p.start), 0)):
                    continue  # "mañana lleguen a Mapastepec o a Pijijiapan": no plan to draw yet
                now_said = _PRESENT_BEFORE.search(sent.text, max(0, p.start - 60), p.start, lowered=lowered, cues=cues) \
                    if p.start >= 0 and p.start not in next_stop_at else None
                present = p.start >= 0 and (p.start in next_stop_at or (
                    # (not a place of a relative clause after it: "They are what remains of the caravan that had left
                    # Tapachula with about 6,000 people in October")
                    now_said is not None and not _RELATIVE_BETWEEN.search(sent.text, now_said.end(), p.start)))
                if p in positioned or p.start < 0:
                    when = _date_for_place(sent.text, dates_here, p, positioned, kind_of, k, present, cues,
                                           [f for f in written if len(f.iso.lstrip("~")) == 7 and f not in statement]
                                           if len(dates_here) < len(written) else ())
                else:
                    when = dates_here[0] if dates_here else None
                if (p.start in next_stop_at or p.start in plan_next_at) and any(
                        q.start != p.start and q.start not in planned_at for q in stops):
                    # "hundreds ... left Tuesday from the Chiapas border state and are headed to Mexico City": the
                    # figure is of those who left, not of the plan's next stop
                    its_sizes = []
                for size in its_sizes or [None]:
                    (aside_drafts if aside else drafts).append({
                        "query": p.query, "key": p.key, "kind": k, "cued": k_cued, "own": when.iso if when else "",
                        "present": present, "size": size, "factor": factor,
                        "sentence": sent, "n": n, "clause": clause, "start": sent.start + max(p.start, 0),
                        # ("la ciudad de San Luis Potosí": the town, not the state of the same name)
                        "area": self.is_area(p.key) and not (p.start > 0 and _CITY_OF_BEFORE.search(
                            sent.text, max(0, p.start - 20), p.start)),
                        "town_words": _town_words(sent.text, p.start),
                        "as_area": _as_area(sent.text, p, cues),
                        "located": p.start < 0 or located.get(id(p), False),
                        "motor": motor, "caption": sent.paragraph in captions,
                        "from": p.start >= 0 and bool(_FROM_BEFORE.search(sent.text[max(0, p.start - 20):p.start])),
                        "headline": sent.paragraph == headline, "next_stop": p.start in next_stop_at or p.start in plan_next_at,
                    })
        _date_drafts(drafts, info, sents, published, headline)
        _date_drafts(aside_drafts, info, sents, published, headline)
        # A plan is a row for a town it leaves from, or for a day ("saldrán el lunes de San Pedro Sula");
        # a plan to go through a country, or to reach a town some day, names a destination.
        # (or the next stop the group is heading for now: "the group heads towards Corinto")
        # (and a state with its level word the plan names as its next stop for a day: "Mañana planean continuar hacia
        # el estado de Querétaro")
        drafts = [d for d in drafts if d["kind"] != "planned" or (
            not d["area"] or d["next_stop"] and (not self.names_area(d["key"], d["query"].split(",")[0])
                                                 or _CITY_IN_NAME.search(d["query"].split(",")[0]))) and (
            d["date_from"] == "own" or d["from"] or d["next_stop"])
            or d["area"] and d["next_stop"] and d["date_from"] == "own" and d["as_area"]]
        # "who entered southern Mexico in recent days": a country or state told over days, with no day of its own.
        # "after a week of walking through the state of Chiapas" names the span right before the area: not that day.
        drafts = [d for d in drafts if not (d["area"] and self.names_area(d["key"], d["query"].split(",")[0]) and (
            (d["date_from"] != "own" and _OVER_DAYS.search(d["sentence"].text))
            or _OVER_DAYS.search(d["sentence"].text, max(0, d["start"] - d["sentence"].start - 90),
                                 d["start"] - d["sentence"].start)))]
        self._to_the_storys_town(drafts, placeless, this_town, sents)
        _attach_placeless(drafts, placeless, sents, info, published, aside_drafts)
        _vague_size_to_where_the_day_ended(drafts, sents)
        return drafts, dateline

    def _to_the_storys_town(self, drafts: list[dict], placeless: list, this_town: list, sents) -> None:
        """A size said of "this town" in an article with no dateline goes to the first town told after it where the
        group is (not one it left or plans to reach; inside the country the sentence names, ``this southern Mexico
        town``, if it names one), on the sentence's day; it then waits for no other place (``placeless``)."""
        for n, sizes, kind, cued, own, areas in this_town:
            target = next((d for d in sorted(drafts, key=lambda d: (d["n"], d["start"])) if d["n"] > n and not d["area"]
                           and d["kind"] not in ("departure", "planned") and not d["caption"]
                           and all(self._holds(a, SimpleNamespace(query=d["query"])) for a in areas[:1])), None)
            if target is None:
                continue
            placeless[:] = [item for item in placeless if item[0] != n]
            for size in sizes:
                drafts.append(dict(target, size=size, sentence=sents[n], n=n, factor=CARRIED_OVER, clause=0,
                                   kind=kind if cued else "sighting", cued=cued, own=own, present=False,
                                   start=sents[n].start, headline=False, date=own or "~" + target["date"].lstrip("~"),
                                   date_from="own" if own else "placeless"))

    def _in_a_name(self, sentence: str, p) -> bool:  # noqa: C901 - two short tests
        """True when the place's words belong to a longer name: an ordinary word followed by ``of``/``de``
        and a capitalised word (``Summit of the Americas``, ``Centro de Dignificación``), a name after
        an ordinary capitalised word and ``de``/``of`` (``Iglesia de San Agustín``, ``Universidad de San Carlos``),
        or a capitalised word in an organisation's name, not after ``de`` (``Asociación ... González y Martínez``;
        ``la Casa del Migrante de Tecún Umán`` is in Tecún Umán)."""
        if p.start < 0:
            return False
        if _ORGANISATION_BEFORE.search(sentence, max(0, p.start - 80), p.start):
            return True  # "la Asociación Estancias del Migrante González y Martínez": a surname in an organisation's name
        if p.key in self.common and _NAME_GOES_ON.match(sentence, p.end):
            return True
        if not sentence[max(0, p.start - 8):p.start].lower().endswith(_CONNECTOR_ENDINGS):
            return False
        if p.query.startswith(_SAINTS) and _SAINTS_BUILDING_BEFORE.search(sentence, max(0, p.start - 30), p.start):
            return True  # "la iglesia de San Francisco", "the church of San Pedro": the building, not the town
        head = _NAME_CAME_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        return bool(head) and fold(head.group("word")).strip() in self.common and not self.is_area(p.key)

    def _a_building(self, sentence: str, p) -> bool:
        """True for ``salieron de la Unidad Deportiva``: a name that starts with a facility's word, written
        after an article, that the gazetteer knows only as a town or district (not as a gathering point)."""
        first = fold(p.query.split(None, 1)[0]).strip()
        if first not in _FACILITY_WORDS or not _ARTICLE_BEFORE.search(sentence, max(0, p.start - 5), p.start):
            return False
        return not any(c.feature in _GATHERING_FEATURES for c in self.resolver.index.lookup(p.key))

    def _facility(self, p) -> bool:
        """True for a shelter, station or terminal: a name that starts with a facility's word, or one the
        gazetteer knows only as a gathering point (``Casa del Migrante``)."""
        if p.start < 0:
            return False
        cache_key = f"\2{p.query}\0{p.key}"  # (the answer depends on the name and the gazetteer only)
        cached = self._area_cache.get(cache_key)
        if cached is None:
            first = fold(p.query.split(None, 1)[0]).strip()
            if first in _FACILITY_WORDS or first in ("casa", "estacion", "station", "shelter"):
                cached = True
            else:
                found = self.resolver.index.lookup(p.key)
                cached = bool(found) and all(c.feature == "gathering_point" for c in found)
            self._area_cache[cache_key] = cached
        return cached

    def _far_from(self, p, town) -> bool:
        """True when every gazetteer place of ``p``'s name lies over :data:`FACILITY_KM` from ``town``."""
        from geo.distance import haversine_km
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        try:
            there = self.resolver.resolve(town.query, Context()).place
        except PlaceNotFound:
            return False
        return all(haversine_km(c.lat, c.lon, there.lat, there.lon) > FACILITY_KM
                   for c in self.resolver.index.lookup(p.key))

    def _holds(self, area, town) -> bool:
        """True when the country or first-level division ``area`` names holds the place ``town`` names."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        try:
            there = self.resolver.resolve(town.query, Context()).place
            whole = self.resolver.resolve(area.query, Context()).place
        except PlaceNotFound:
            return False
        if there.is_area or whole.feature not in ("country", "admin1") or (whole.feature == "admin1" and not whole.admin1):
            return False
        return inside(there, whole)  # the one containment rule of the draft's area rows

    def _namesakes(self, key: str) -> bool:
        """True when several gazetteer places have this name key."""
        cached = self._area_cache.get("\1" + key)
        if cached is None:
            cached = self._area_cache["\1" + key] = len(self.resolver.index.lookup(key)) > 1
        return cached

    @staticmethod
    def _named_again(place, mentions, after: int) -> bool:
        """True when the article names the dateline's place again after ``after`` (the story is about it)."""
        return any(m.key == place.key for m in mentions if m.start >= after)

    def _only_town(self, place, mentions, sents) -> bool:
        """True when every other place the article names is a country or a division (or an ordinary word), or is
        named as no place the group is at (``people who had been waiting ... in the Guatemalan town of Tecún
        Umán``: where others were)."""
        starts = [t.start for t in sents]
        for m in mentions:
            if m.key == place.key or m.key in self.common or self.names_area(m.key, m.name):
                continue
            t = sents[max(0, bisect.bisect_right(starts, m.start) - 1)]
            if role_of(t.text, m.start - t.start, m.end - t.start) in ("stop", "departure", "dateline"):
                return False
        return True

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
            return not d.get("town_words") and not d["as_area"] and not self.names_area(d["key"], d["query"].split(",")[0])

        written = [(d["key"], self._hinted(d)) for d in sorted(drafts, key=lambda d: d["start"])
                   if "," in self._hinted(d) and plain(d)]
        if dateline is not None and "," in dateline[0].query:
            written.insert(0, (dateline[0].key, dateline[0].query))
        bare = {d["key"] for d in drafts if "," not in self._hinted(d) and plain(d)}
        hinted: dict[str, tuple[str, set[int]]] = {}
        for key, query in written:
            if key not in bare or not self._namesakes(key):
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
                                     if d["area"] or d["key"] not in self.common))  # in the order written
        if dateline is not None and dateline[0].query not in queries:
            queries.insert(0, dateline[0].query)
        named = set(queries)
        others = list(dict.fromkeys(m.name for m in mentions if m.key not in self.common and m.name not in named
                                    and (dateline is None or m.key != dateline[0].key)))
        evidence, at_dateline = {}, None
        for query in queries + others:
            try:
                res = self.resolver.resolve(query, Context())
            except PlaceNotFound:
                continue
            if dateline is not None and query == dateline[0].query:
                at_dateline = res
            elif not res.ambiguous or res.place.is_area:
                evidence[res.place.id] = res.place
            if query not in named:
                continue  # named without an event: evidence for the dateline only (its towns as focus divisions
                # would narrow a country named whole: a border post on its edge would fall outside)
            if res.place.is_area:
                areas.append(res.place)
            else:
                sure.append(res)
                if res is at_dateline and not res.ambiguous:
                    anchor = res.place
        if at_dateline is not None and at_dateline.ambiguous and not at_dateline.place.is_area:
            namesake = nearest_namesake(at_dateline, evidence.values())
            if namesake is not None:
                sure = [r for r in sure if r is not at_dateline]
                anchor = namesake
                sure.append(replace(at_dateline, place=namesake, candidates=(), confidence=1.0))
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
        return story_focus(sure, areas, anchor, known_divisions=self.resolver.index.divisions(), named=named_countries)

    def _kept(self, d: dict, focus) -> bool:
        """An ordinary word (``Son``, ``Summit``) is a place only with a preposition of place, or inside the focus."""
        if d["area"] or d["located"] or d["key"] not in self.common:
            return True
        if focus is None:
            return False
        return any(within(p, focus) for p in self.resolver.index.lookup(d["key"]))

    def _unsure(self, row: dict, focus) -> bool:
        """A row whose place may well be wrong: an ordinary word, low confidence, or outside the story's area."""
        place = row["_place"]
        return (row["_key"] in self.common or row["confidence"] < 0.75
                or (focus is not None and not within(place, focus)))

    # -- resolution -------------------------------------------------------------------------
    def _resolve(self, drafts: list[dict], focus, notes: list[str]) -> list[dict]:
        """One resolution per distinct (place, day, kind), as routes.locate does for report files."""
        from geo.resolve import Context, Stop, resolve_route

        # "into Oaxaca state", "en el departamento de Zacapa": "Oaxaca" alone reads as the city, and so would build;
        # the words with their level word name the state, for build as well, and for the route: a state is no
        # stop to judge the others' namesakes by (its capital 1,500 km from a Sonoran town the same day would be).
        written = {id(d): self._area_written(d["as_area"], d["query"]) for d in drafts
                   if d["as_area"] and not self.names_area(d["key"], d["query"].split(",")[0])}
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
        rows = []
        motor_of: dict[int, bool] = {}
        for d in drafts:
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
            written = queries[id(d)] if not d.get("town_words") or self.names_area(d["key"], d["query"].split(",")[0]) \
                else d["query"]  # "la ciudad de Chimaltenango": resolved as the town, written as the article names it
            rows.append(self._row(d, res, res.place, place=written, motor_of=motor_of))
        return rows

    def _as_town(self, d: dict) -> str:
        """``ciudad de Guatemala`` for a country's or division's name the words say is a town (``llegaron a la
        ciudad de Guatemala``): the gazetteer reads those words as the town only; else ``""``.  The draft writes
        them when the name alone reads as the area (for build and readers alike)."""
        words = d.get("town_words", "")
        return " ".join(words.split()) + " " + d["query"] if words and self.is_area(d["key"]) else ""

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
        return not self.names_area(d["key"], d["query"].split(",")[0])

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


# (a relative clause of an earlier event: "the caravan that had left", "la caravana que salió"; not "el grupo que descansa")
_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which|who|que|quienes)\s+(?:had|has|have|hab[íi]an?|han|ha|left|set|began|went|came|"
                               r"\w+ed|\w+[óo]|\w+aron|\w+ieron)\b", re.I)
_PRESENT_BEFORE = WordPattern(
    r"\b(?:is\s+(?:now\s+|still\s+)?(?:in|at|passing|moving|walking|heading|resting|camped|stuck|stranded|waiting|"
    r"gathered|staying)\b|are\s+(?:now\s+|still\s+)?(?:in|at|passing|moving|walking|heading|resting|camped|stuck|"
    r"stranded|waiting|gathered|staying)\b|remains?\b|now\s+(?:in|at)\b|est[áa]n?\s+(?:en|varad|detenid|acampad|"
    r"reunid)|se\s+encuentran?\b|permanecen?\b|contin[úu]an?\b|siguen?\s+en\b|avanzan\b|caminan\b|descansan\b|"
    r"esperan\b)"
)
# Another time than this journey's: "hace 10 años", "years ago", "en 2018" told as history.
# What happens every year is background, not this journey: "Tapachula sees thousands of migrants each year".
_OTHER_YEARS = WordPattern(
    r"\b(?:hace\s+(?:\w+\s+)?a[ñn]os\b|years\s+ago\b|a\s+decade\s+ago\b|hace\s+una\s+d[ée]cada\b|"
    r"each\s+(?:year|month)\b|every\s+(?:year|month)\b|per\s+year\b|annually\b|year\s+after\s+year\b|"
    r"cada\s+(?:a[ñn]o|mes)\b|todos\s+los\s+a[ñn]os\b|por\s+a[ñn]o\b|anualmente\b|a[ñn]o\s+con\s+a[ñn]o\b|"
    r"el\s+a[ñn]o\s+pasado\b|el\s+pasado\s+a[ñn]o\b|last\s+year\b|the\s+previous\s+year\b|el\s+a[ñn]o\s+anterior\b|"
    # a statistic of a year, not the group's journey: "A record number of people have crossed the Darien Gap this year"
    r"record\s+numbers?\b|n[úu]mero\s+r[ée]cord\b|cifra\s+r[ée]cord\b|so\s+far\s+this\s+year\b|this\s+year\s+alone\b|"
    r"en\s+lo\s+que\s+va\s+del?\s+a[ñn]o\b|throughout\s+the\s+year\b|a\s+lo\s+largo\s+del\s+a[ñn]o\b)")
_CONNECTOR_ENDINGS = (" de ", " del ", " of ", " la ", " the ")
_THIS_WORDS = re.compile(r"(?:[Tt]his|[Ee]st[ae])\s")  # after a word's start (see word_start_search)
# An organisation's name running up to the place, the place joined by a capitalised word or "y"/"and", not by "de"
# (where the organisation is): "la Asociación Estancias del Migrante González y Martínez", "Fundación Ramírez".
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:Asociaci[óo]n|Fundaci[óo]n|Instituto|Red|Comit[ée]|Colectivo|Organizaci[óo]n|Sociedad|Casa\s+del?\s+Migrante|"
    r"Association|Foundation|Institute|Committee|Network|Society)"
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|del?|la|las|los|of|the|for|para))*?(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*)(?:\s+(?:y|e|and|&))?\s+$")
_NAME_GOES_ON = re.compile(r"\s+(?:de|del|of|de\s+la|de\s+los|of\s+the)\s+[A-ZÁÉÍÓÚÑ]")
_SAINTS = ("San ", "Santa ", "Santo ", "St. ", "St ", "Saint ", "Nuestra ", "Our ", "Señor ", "Virgen ", "Cristo ")
_SAINTS_BUILDING_BEFORE = re.compile(
    r"\b(?:iglesia|parroquia|templo|capilla|bas[íi]lica|catedral|santuario|ermita|church|chapel|cathedral|basilica|"
    r"shrine|parish)\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?$", re.I)
_NAME_CAME_BEFORE = re.compile(r"(?<![\w.])(?P<word>[A-ZÁÉÍÓÚÑ][\w]+)\s+(?:de|del|of|de\s+la|of\s+the)\s+$")
# A facility's name ("la Unidad Deportiva", "el Centro de Salud", "the Plaza Central"): a building, unless the
# gazetteer has it as a gathering point (shelters, bus terminals the caravans leave from).
_FACILITY_WORDS = frozenset(
    "unidad centro estadio parque plaza mercado hospital albergue iglesia parroquia catedral escuela colegio "
    "universidad auditorio gimnasio domo polideportivo deportivo terminal instituto hotel templo".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:la|el|the|del|al)\s+$", re.I)
_GATHERING_FEATURES = frozenset(("gathering_point", "border_crossing"))
_STATE_AFTER = CaselessPattern(r"\s+(?:state|department|province)\b")
_STATE_BEFORE = CaselessPattern(r"(?:state|estado|departamento|department|province|provincia)\s+(?:of|de)\s+(?:the\s+)?$")


def _may_speak_of_future(sentence: str, lowered: str | None = None, cues: int | None = None) -> bool:
    """A cheap first test for :func:`future_between` on a sentence: a word it looks for is written
    (``lowered`` is ``sentence.lower()`` if the caller has it; ``cues`` its mask from :func:`_cue_index`)."""
    lowered = sentence.lower() if lowered is None else lowered
    return _FUTURE_HINTS.written_in(lowered, cues)


_FUTURE_HINTS = CueWords(("will", "would", "plan", "set to", "expect", "schedul", "intend", "called to", " to ", "going",
                          "upcoming", " va ", " van ", "prev", "previsto", "convoca", "para salir", "para partir", "busca",
                          "rá"))


def _segment_start(positioned: list, p) -> int:
    """Where the stretch of the sentence that leads to place ``p`` starts: the end of the place before it."""
    before = [q.end for q in positioned if q.end <= p.start]
    return max(before) if before else 0


# A stage told with no count of days: "months ago", "hace meses", "semanas atrás".
_VAGUE_AGO = re.compile(r"\b(?:(?:some|many|several|a\s+few)\s+)?(?:months|weeks)\s+ago\b|"
                        r"\bhace\s+(?:(?:unos|varios|algunos|muchos)\s+)?(?:meses|semanas)\b|"
                        r"\b(?:meses|semanas)\s+atr[áa]s\b", re.I)


_A_COUNT_OF = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+$", re.I)


def _not_months_ago(sentence: str, stops: list) -> list:
    """The stops but the one nearest each ``months ago``/``hace meses`` of the sentence, in its clause (not where the
    group set out from: ``set off from Honduras several weeks ago`` is the route's start)."""
    found = [m.span() for m in _VAGUE_AGO.finditer(sentence)
             if not _A_COUNT_OF.search(sentence, max(0, m.start() - 10), m.start())]  # ("two weeks ago": a day, dates.py)
    placed = [p for p in stops if p.start >= 0 and p.role != "departure"]
    if not found or not placed:
        return stops
    numbers = clause_numbers(sentence, [p.start for p in placed] + [a for a, _ in found])
    ago = set()
    for (a, b), c in zip(found, numbers[len(placed):]):
        near = [(min(abs(p.start - b), abs(a - p.end)), i) for i, (p, pc) in enumerate(zip(placed, numbers)) if pc == c]
        if near:
            ago.add(id(placed[min(near)[1]]))
    return [p for p in stops if id(p) not in ago]


def _hint_of(sentence: str, p):
    """The town or division written after a place as its hint (``Unidad Deportiva, en el municipio de Escuintla``),
    in the place's stead and span, or None."""
    if ", " not in p.query:
        return None
    hint = p.query.split(", ", 1)[1]
    at = sentence.rfind(hint, p.start, p.end)
    return p._replace(query=hint, key=name_key(hint)) if at >= 0 else None


def _alternatives(sentence: str, places: list, i: int) -> bool:
    """True when place ``i`` is one of places offered as alternatives (``el avance a Tonalá o Arriaga``)."""
    return (i > 0 and _OR_BETWEEN.match(sentence, places[i - 1].end, places[i].start) is not None) or (
        i + 1 < len(places) and _OR_BETWEEN.match(sentence, places[i].end, places[i + 1].start) is not None)


_OR_BETWEEN = re.compile(r"\s*,?\s*(?:o|u|or)\s+(?:a\s+|al\s+|to\s+)?(?:the\s+|la\s+|el\s+)?$")


def _dated_plan_before(sentence: str, p, left: int, dates: list[FoundDate]) -> bool:
    """True when the words leading to a destination say a plan and give its day (``el martes buscará avanzar a``).

    Not when a departure comes between the day and the place (``el sábado saldrán ... que buscan llegar a
    Huixtla``: the day is the departure's, from wherever the group is).
    """
    if not future_between(sentence, left, p.start):
        return False
    days = [f for f in dates if left <= f.start < p.start]
    return bool(days) and not _LEAVING.search(sentence, days[-1].end, p.start)


#: A locative "in" right before a name (not "into", "hacia", "a"): where the group is.
_IN_BEFORE = re.compile(r"\b(?:en|in)\s+$", re.I)

#: :meth:`Extractor._area_written`'s answer for a level word with a town's name ("the border state of Mexicali").
_TOWN_MEANT = ("", None)


def _as_area(sentence: str, p, cues: int | None = None) -> str:
    """The words that name the place as a state or department, level word included (``Oaxaca state``,
    ``estado de Oaxaca``, ``department of Zacapa``), or ``""`` when the sentence does not (``cues``: the
    sentence's mask from :func:`_cue_index`)."""
    if p.start < 0:
        return ""
    name = p.query.split(",")[0]
    after = _STATE_AFTER.match(sentence, p.start + len(name))
    if after:
        return sentence[p.start:after.end()]
    window = sentence[max(0, p.start - 30):p.start]
    before = _STATE_BEFORE.search(window, cues=cues)
    if before:
        return _THE.sub("", window[before.start():before.end()]) + name
    return ""


_THE = re.compile(r"\b(?:the|la|el)\s+", re.I)


_NUMBERS_VERB = r"\s+(?:ya\s+|now\s+)?(?:suman|sumaban|sumaron|number|numbered|totaled|totalled)\b"
_GROUP_AFTER = r"\s+(?:the\s+|la\s+|el\s+)?(?:caravan|caravana|group|grupo|contingent|contingente)\b"
# (one word may come between: "make up the latest caravan", "integran la nueva caravana")
_WORD_GROUP_AFTER = r"\s+(?:the\s+|this\s+|la\s+|el\s+|esta\s+|este\s+)?(?:\w+\s+)?(?:caravan|caravana|group|grupo|contingent|contingente)\b"
# "the size of the caravan is", "el tamaño de la caravana es de", "los migrantes ya suman" (each alternative
# starts with a letter: see WordPattern)
_SIZE_WORDS = WordPattern(
    rf"\b(?:migrants{_NUMBERS_VERB}|migrantes{_NUMBERS_VERB}|they{_NUMBERS_VERB}|ellos{_NUMBERS_VERB}|"
    rf"size\s+of{_GROUP_AFTER}|tama[ñn]o\s+de{_GROUP_AFTER}|"
    # "Between 2,300 and 3,000 migrants make up the caravan", "unas 2.000 personas integran la caravana"
    rf"make\s+up{_WORD_GROUP_AFTER}|makes\s+up{_WORD_GROUP_AFTER}|made\s+up{_WORD_GROUP_AFTER}|"
    rf"conforman{_WORD_GROUP_AFTER}|integran{_WORD_GROUP_AFTER}|componen{_WORD_GROUP_AFTER}|forman{_WORD_GROUP_AFTER})"
)
_SIZE_STATEMENT = WordPattern(
    rf"\b(?:{GROUP_HEADS})\b[^.;]{{0,60}}?\b(?:included|includes|include|numbers|numbered|number|grew|grown|swelled|"
    r"swollen|made\s+up|comprises|comprised|consists|consisted|estimated\s+at|totals?|totaled|reached|strong|"
    r"sum[óo]|suma|suman|sumaban|sumaron|conformad[oa]|integrad[oa]|compuest[oa]|estimad[oa]\s+en|cuenta\s+con|creci[óo]|alcanz[óo]|fue\s+de|fueron\s+de|era\s+de|eran\s+de|es\s+de)\b"
)
_NOT_THE_WHOLE_GROUP = ("returned", "clash", "blocked", "checkpoint")
# (not "the group, now about 400, had filled the shelter": its size as told, at the place told before)
_NOW = WordPattern(r"\b(?:now|ahora|actualmente|currently)\b(?!\s+(?:(?:about|around|some|roughly|nearly|almost|unos|unas|"
                   r"casi)\s+)?\d)")
_OTHERS_BEFORE = re.compile(r"\b(?:otr[oa]s|others?|another|unos\s+otros)\s*$", re.I)
#: How many paragraphs back a size said with no place looks for where the group is.
_PARAGRAPHS_BACK = 3
_GROUP_NOUN = WordPattern(rf"\b(?:{GROUP_NOUNS})\b")
# "A group of about 2,000 had stopped short of the roadblock": the group, said as one.
# (a first look for the words _the_moving_group needs)
_MOVING_OR_A_GROUP = WordPattern(rf"\b(?:{GROUP_MOVING_VERBS}|{GROUP_HEADS})\b")
# ("who leads the group of about 1,000 migrants": the group as known)
_A_GROUP_OF = re.compile(rf"\b(?:a|an|un|una|the|this|el|la|este|esta)\s+(?:{GROUP_HEADS})\s+(?:of|de)\s+$", re.I)
# "una caravana conformada por", "a caravan of", "un grupo de unos": a figure inside the noun phrase naming the group.
_A_GROUP_COUNTED = re.compile(
    rf"\b(?:{GROUP_HEADS})\s+(?:(?:conformad[oa]|integrad[oa]|compuest[oa]|formad[oa])\s+por|made\s+up\s+of|of|de)\s+$", re.I)
# "los migrantes, alrededor de 2 mil, estaban...": a figure set off after the group named as known.
_THE_GROUP_COMMA = re.compile(rf"\b(?:the|los|las|la|el)\s+(?:{GROUP_NOUNS}|{GROUP_HEADS})\s*,\s*(?:(?:now|ya|ahora)\s+)?$", re.I)
_THE_GROUP_SET_OFF = WordPattern(rf"\b(?:the|los|las|la|el)\s+(?:{GROUP_NOUNS}|{GROUP_HEADS})\s*,")
_RELATIVE_WORD = WordPattern(r"\b(?:which|who|where|que|quienes|donde)\b")
_THE_BEFORE = re.compile(r"\b(?:the|los|las)\s+$", re.I)


def _about_whole_group(sentence: str, size, kind: str, cued: bool) -> bool:
    """True when a size in a sentence that names no place counts the whole group where it is.

    The sentence says what the group did (a cue other than turning back) or
    what it numbers (``the caravan included...``, ``la caravana, conformada por...``),
    or names the group as known (``the estimated 4,000 migrants``); a part of it
    (``21 de los migrantes``, ``otros 800``) or people detained or turned back are
    not the group, but more people doing what the group did are an additional
    figure (``otros 500 abandonaron el albergue``).
    """
    if size.partitive:
        return False
    if cued and kind not in _NOT_THE_WHOLE_GROUP:
        # "otros 500 abandonaron el albergue": more people doing what the group did (an additional figure)
        return size.count.additional or not _OTHERS_BEFORE.search(sentence[max(0, size.start - 12):size.start])
    if size.count.additional or _OTHERS_BEFORE.search(sentence[max(0, size.start - 12):size.start]):
        return False
    if size.words.lower().startswith(("the ", "los ", "las ")) or _THE_BEFORE.search(sentence[max(0, size.start - 6):size.start]) \
            or _THE_GROUP_COMMA.search(sentence, max(0, size.start - 40), size.start):
        return True  # "the estimated 4,000 migrants", "los más de mil 500", "los migrantes, alrededor de 2 mil,": the group as known
    return _the_moving_group(sentence, size) or _states_a_size(sentence)


def _the_moving_group(sentence: str, size) -> bool:
    """True when the figure is who moved (``unas 2, 000 personas iniciaron el viacrucis``) or is said as the
    group (``A group of about 2,000 had stopped short of the roadblock``)."""
    return group_verb_follows(sentence, size) or _A_GROUP_OF.search(sentence, max(0, size.start - 20), size.start) is not None


def _states_a_size(sentence: str, cues: int | None = None) -> bool:
    """True when the sentence says what the group numbers (``the caravan included``, ``el tamaño de la caravana es``;
    ``cues``: its mask from :func:`_cue_index`)."""
    return _SIZE_STATEMENT.search(sentence, cues=cues) is not None or _SIZE_WORDS.search(sentence, cues=cues) is not None


# "Por la noche, la caravana descansaba en Huixtla": later on the day told before.
_LATER_THAT_DAY = WordPattern(
    r"\b(?:por\s+la\s+(?:noche|tarde)|esa\s+(?:noche|tarde)|al\s+anochecer|horas\s+(?:despu[ée]s|m[áa]s\s+tarde)|"
    r"m[áa]s\s+tarde|that\s+(?:night|evening|afternoon)|by\s+(?:nightfall|evening|night|the\s+evening)|"
    r"later\s+that\s+day|hours\s+later)\b")


# "unos 760 migrantes por el cruce de Ciudad Hidalgo, poco más de 300 por el de Talismán": a figure and the place it
# was counted at, a few words apart
_COUNTED_AT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:por|at|through|via|across|en|in)\s+(?:el\s+|la\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:(?:de|del|of)\s+)?(?:la\s+|el\s+|the\s+)?", re.I)


def _tally_by_place(sentence: str, sizes: list, stops: list, place_sizes: list[list]) -> list[list]:
    """An official tally of one sentence, a figure for each place (``registraron unos 760 por el cruce de Ciudad
    Hidalgo, poco más de 300 por el de Talismán y más de 400 por pasos no habilitados``): each place takes the figure
    written right before it, and no other; a figure with no place after it goes nowhere.  Only when two figures or
    more are written so; else ``place_sizes`` as they were."""
    marks = sorted([z.end for z in sizes] + [z.start for z in sizes] + [p.start for p in stops if p.start >= 0])
    paired: dict[int, object] = {}
    for z in sizes:
        p = next((p for p in stops if p.start >= z.end), None)
        if p is None or any(z.end < m < p.start for m in marks) or not _COUNTED_AT.fullmatch(sentence, z.end, p.start):
            continue
        paired[id(p)] = z
    if len(paired) < 2:
        return place_sizes
    return [[paired[id(p)]] if id(p) in paired else [] for p in stops]


def _called_a_state(text: str, name: str) -> bool:
    """True when the article calls ``name`` a state or department (``OAXACA (Mexico) - ... in the southeastern state
    of Oaxaca``): a dateline of that name is the state's, no town for the lede to happen in."""
    return re.search(rf"\b(?:state|estado|department|departamento|province|provincia)\s+(?:of|de)\s+{re.escape(name)}\b"
                     rf"|\b{re.escape(name)}\s+(?:state|department|province)\b", text, re.I) is not None


def _only_left(drafts: list[dict], places: list) -> bool:
    """True when the latest sentence's drafts for ``places`` are all departures (and there are some)."""
    kinds = [d["kind"] for d in drafts if d["n"] == drafts[-1]["n"] and any(d["key"] == p.key for p in places)] \
        if drafts else []
    return bool(kinds) and all(k == "departure" for k in kinds)


def _vague_size_to_where_the_day_ended(drafts: list[dict], sents) -> None:
    """A vague size said of a departure goes to the town the group got to later that day.

    ``Miles de migrantes salieron el lunes de Tapachula. Por la noche, la caravana descansaba en Huixtla``:
    the thousands are in Huixtla by the end of the day (the lead's held-out type 7).  Only a vague word
    (a figure said of a departure is a count of those who left), only a town told in the next two sentences
    of the paragraph with words saying it is later that day, on the same day, where no size is said.
    """
    for d in drafts:
        size = d["size"]
        if size is None or d["kind"] != "departure" or size.count.qualifier != "vague":
            continue
        day = d["date"].lstrip("~")
        later = next((e for e in drafts if d["n"] < e["n"] <= d["n"] + 2 and e["size"] is None and not e["area"]
                      and sents[e["n"]].paragraph == sents[d["n"]].paragraph and e["key"] != d["key"]
                      and e["kind"] not in ("departure", "planned", "checkpoint") and e["date"].lstrip("~") == day
                      and _LATER_THAT_DAY.search(sents[e["n"]].text) is not None), None)
        if later is not None:
            later["size"], d["size"] = size, None


def _attach_placeless(drafts: list[dict], placeless: list, sents, info, published: date | None,
                      aside: list[dict] = ()) -> None:
    """Sizes in sentences that name no place go to where the group is: the nearest sentence with places.

    Looked for in this order: the sentences before it in its paragraph (the
    group's latest place there), the paragraphs before (up to three back, the
    nearest first, their last place), the sentences after it in its paragraph
    and the next (their first place: a lede that names the place after).  A sentence that
    moves to other days is passed over, and so is a place dated another day
    than the size's, except a departure told after it on a later day (the group
    was there before it left).  A size said of the group "now" goes only to a
    place of the publication day; a size after a sentence about another time
    (``last October``) is not attached.
    """
    if not placeless or not (drafts or aside):
        return
    by_sentence: dict[int, list[dict]] = {}
    for d in drafts:
        by_sentence.setdefault(d["n"], []).append(d)
    for n, sizes, kind, cued, own in placeless:
        paragraph = sents[n].paragraph
        if speaks_of_another_time(sents[n].text) or _ANOTHER_SUBJECT.match(sents[n].text) \
                or _ANOTHER_CARAVAN.search(sents[n].text) or (
                n and sents[n - 1].paragraph == paragraph and n - 1 not in by_sentence
                and (info[n - 1][2] or speaks_of_another_time(sents[n - 1].text))):
            continue  # "It is smaller than last October's caravan. That group swelled to 7,000": another time
        before = [m for m in by_sentence if m < n and sents[m].paragraph == paragraph]
        previous = [m for m in by_sentence if m < n and paragraph - _PARAGRAPHS_BACK <= sents[m].paragraph < paragraph]
        after = [m for m in by_sentence if m > n and sents[m].paragraph in (paragraph, paragraph + 1)]
        now = _NOW.search(sents[n].text) is not None
        target = None
        for m, last in [(m, True) for m in sorted(before, reverse=True)] + \
                       [(m, True) for m in sorted(previous, reverse=True)] + [(m, False) for m in sorted(after)]:
            if info[m][2]:  # moves to other days
                continue
            # (not a plan's place, unless the size is a plan's too: the group is not there yet)
            candidates = [d for d in by_sentence[m] if d["kind"] != "planned" or kind == "planned"]
            if not candidates:
                continue
            points = sorted((d for d in candidates if not d["area"]), key=lambda d: d["start"]) or candidates
            # Where the group left is not where it is when a place it got to is told beside it ("crossed at Agua
            # Caliente, part of the caravan that left San Pedro Sula on Wednesday").
            # (only a place reached on the day it left or later; and not when the size is told before the
            # sentence: a lede's departure told next is where the group was, 49-lede-size)
            if last:
                left = [d["date"].lstrip("~") for d in points if d["kind"] == "departure"]
                points = [d for d in points if d["kind"] != "departure" or not any(
                    e["kind"] != "departure" and e["date"].lstrip("~") >= min(left) for e in points)] or points
            pick = points[-1] if last else points[0]
            day = pick["date"].lstrip("~")
            # A plan leaves from where the group is, whatever day it names; a departure (or a plan to leave)
            # told later leaves from where the group was on the days before ("se reunieron el martes ...
            # partieron el miércoles").
            # (a departure on a later day, told before or after: "The caravan moved on from the border on Monday.
            # ... about 1,000 had camped on the Mexican bank on Sunday night")
            # A departure told with no place leaves from where the group was on a day before it ("HONDURAS.- Cientos
            # de migrantes salieron este martes ... El punto de partida fue la terminal de San Pedro Sula, donde se
            # reunieron desde la noche del lunes").
            if len(day) != 10 or (own and day != own.lstrip("~") and kind != "planned"
                                  and not (pick["kind"] in ("departure", "planned") and own.lstrip("~") < day
                                           and (not last or pick["kind"] == "departure"))
                                  and not (kind == "departure" and cued and pick["kind"] != "planned"
                                           and own.lstrip("~") > day)):
                continue
            if now and (published is None or day != published.isoformat()):
                continue
            if kind == "departure" and cued and pick["kind"] == "departure" and own and own.lstrip("~") != day:
                continue  # "Several hundred migrants left the Suchiate River on Sunday": not a town left on another day
            target = pick
            break
        if target is None:
            # "A group of about 2,000 had stopped short of the roadblock. The roadblock stood at a place called
            # Vado Hondo.": the next sentence of the paragraph names where, though it says nothing of the group.
            target = next((d for d in aside if d["n"] == n + 1 and sents[n + 1].paragraph == paragraph
                           and not d["area"] and d["located"] and d["kind"] not in ("planned", "departure")
                           and (not own or d["date"].lstrip("~") == own.lstrip("~"))), None)
        if target is None:
            continue
        day = (own or target["date"]).lstrip("~")
        for size in sizes:
            counted = [d["size"].count for d in drafts if d["key"] == target["key"] and d["size"] is not None
                       and d["date"].lstrip("~") == day]
            if size.count.qualifier == "vague" and any(c.qualifier != "vague" for c in counted):
                continue  # "Centenares de migrantes caminan hacia El Florido" beside "Entre 150 y 300 ... llegaron a El Florido"
            if not size.count.additional and any(size.count.high * 10 <= c.low for c in counted):
                continue  # "unas 20 personas lograron entrar" where some 300 were counted: a few of them, not the group
            extra = dict(target)
            extra.update({"size": size, "sentence": sents[n], "n": n, "factor": CARRIED_OVER, "clause": 0,
                          "kind": kind if cued else target["kind"], "cued": cued or target["cued"], "area": target["area"],
                          # the day the group is there, as the reader infers it (approximate) unless the sentence says it
                          "date": own or "~" + target["date"].lstrip("~"), "date_from": "own" if own else "placeless",
                          "present": False, "caption": False, "headline": False})
            drafts.append(extra)


def _date_drafts(drafts: list[dict], info: list, sents, published: date | None, headline: int) -> None:
    """Give every draft a date: its own, else one a reader would infer, marked ``~``.

    In order: its own sentence's date; for a headline, the lede's day; the publication day for what
    the sentence says in the present (``the group is now in Huixtla``); the paragraph's date so far;
    the next sentence's, same paragraph (unless it is after the publication day); the day a statement was made
    (``said on Wednesday that...``); for a
    sentence that moves to other days (``earlier in the week``), the month;
    the story's day so far (the latest day told up to there); the publication day.  Captions date only their
    own rows, and never the story.
    """
    # The story's day at each sentence: the last date written in a narrative sentence up to it.
    story, current = [], ""
    latest_ok = published.isoformat() if published is not None else "9999"
    for n, (event, _, _, caption) in enumerate(info):
        day = event.lstrip("~")
        # The story moves forward: its day is the latest day told so far (background days are earlier).
        if day and not caption and len(day) == 10 and day <= latest_ok and day >= current.lstrip("~"):
            current = event
        story.append(current)
    lede = next((event for n, (event, _, _, caption) in enumerate(info)
                 if event and not caption and sents[n].paragraph != headline), "")
    for d in drafts:
        n = d["n"]
        event, statement, other_days, caption = info[n]
        own = d["own"]
        if own:
            d["date"], d["date_from"] = own, "own"
            if own.lstrip("~")[:10] > latest_ok:
                d["kind"], d["cued"] = "planned", True  # "tienen cita el próximo lunes en Tapachula": not yet
            continue
        guess, source = "", ""
        paragraph = sents[n].paragraph
        if caption:
            guess, source = (story[n - 1] if n else ""), "story"
        elif d["headline"] and lede:
            guess, source = lede, "headline"  # a headline is written in the present: its day is the lede's
        elif d["present"] and published is not None:
            guess, source = published.isoformat(), "present"
        elif not other_days:
            for m in range(n - 1, -1, -1):
                if sents[m].paragraph != paragraph:
                    break
                if info[m][0] and not info[m][3]:
                    # (a day after publication dates only a plan: "tienen cita el próximo lunes. Unos 300 llegaron a
                    # Huixtla" did not arrive next Monday; the day told before it does: "salieron este 20 de noviembre
                    # ... antes del lunes 6 de enero de 2025. Son más de 1.500 que decidieron salir de Tapachula")
                    if info[m][0].lstrip("~")[:10] <= latest_ok or d["kind"] == "planned":
                        guess, source = info[m][0], "paragraph"
                        break
                    continue
                if info[m][2]:
                    break
            # (not a plan's day after the publication day: "se espera que mañana lleguen...")
            if not guess and n + 1 < len(info) and sents[n + 1].paragraph == paragraph and info[n + 1][0] \
                    and not info[n + 1][3] and info[n + 1][0].lstrip("~")[:10] <= latest_ok:
                guess, source = info[n + 1][0], "next"
        if not guess and statement:
            guess, source = statement, "statement"
        if not guess and other_days and published is not None:
            guess, source = published.isoformat()[:7], "month"
        if not guess and n and story[n - 1] and not other_days:
            guess, source = story[n - 1], "story"
        if not guess and published is not None:
            guess, source = published.isoformat(), "published"
        if published is not None and guess.lstrip("~") == published.isoformat() and _NIGHT_SPENT.search(d["sentence"].text):
            # "tres millares pasaron la noche en los albergues", told on the day: last night.
            guess, source = (published - timedelta(days=1)).isoformat(), "night"
        if guess:
            d["date"] = guess if len(guess.lstrip("~")) != 10 else "~" + guess.lstrip("~")
        else:
            d["date"] = ""
        d["date_from"] = source


def _event_dates(sentence: str, written: list[FoundDate], kind: str,
                 statement: list[FoundDate] | None = None) -> list[FoundDate]:
    """The dates of the sentence's events, the main one first: for plans the latest, else the first.

    A date right after a verb of saying (``said on Wednesday``, ``dijo el
    miércoles``) dates the statement, not the event, and is skipped.  Days
    are preferred over months.  ``statement``: those dates, if the caller has them.
    """
    if statement is None:
        lowered = sentence.lower() if written else ""
        statement = [f for f in written if _SPEECH_BEFORE.search(sentence, max(0, f.start - 40), f.start, lowered=lowered)]
    found = [f for f in written if f not in statement
             and not (len(f.iso.lstrip("~")) == 7 and f.words.lower().startswith(("since", "desde")))]
    found = [f for f in found if len(f.iso.lstrip("~")) == 10] or found
    if kind == "planned" and found:
        latest = max(found, key=lambda f: f.iso.lstrip("~"))
        found = [latest] + [f for f in found if f is not latest]
    return found


def _date_for_place(sentence: str, dates: list[FoundDate], place, positioned: list, kind_of: dict, kind: str,
                    present: bool, cues: int | None = None, months: Sequence[FoundDate] = ()) -> FoundDate | None:
    """The date of the event at ``place`` among the dates its sentence writes (``None``: the sentence gives none).

    A place takes the nearest date written before it in its clause (``se
    concentraron el sábado en San Pedro Sula y el domingo llegaron a Nueva
    Ocotepeque``: Saturday, then Sunday); failing that, a date written after it
    in its clause (``left Tapachula and reached Huixtla on Tuesday``), unless
    that date dates a plan and the place's event is not one or the other way
    round (``caminaron hasta Ocotepeque y planean cruzar el jueves``); failing
    that, the nearest date before it in the sentence.  A place said in the
    present (``está en Huixtla``) takes only today's date.  ``cues``: the sentence's mask from :func:`_cue_index`.
    ``months``: the months the sentence writes beside its days (``dates``); a place in a clause with no day of its own
    takes a month written after it there (``reached Córdoba on Wednesday, what remains of a caravan that had left
    Tapachula with some 6,000 people in October``).
    """
    if not dates:
        return None
    if place.start < 0:
        return dates[0]
    if present:
        return next((f for f in dates if _TODAY.search(f.words)), None)
    # (nor "two weeks ago" written right after the place before: "They left Tapachula two weeks ago and reached
    # Juchitán on Wednesday": Tapachula's day only)
    dates = [f for f in dates if not _dates_another_clause(sentence, f, place, cues) and not (
        f.end <= place.start and _AGO.search(f.words)
        and any(q.start != place.start and 0 <= q.end <= f.start and f.start - q.end <= 3 for q in positioned))]
    if not dates:
        return None
    numbers = clause_numbers(sentence, [place.start] + [f.start for f in dates] + [f.start for f in months])
    own, of_dates = numbers[0], numbers[1:len(dates) + 1]
    if months and own not in of_dates:
        month = next((f for f, c in zip(months, numbers[len(dates) + 1:]) if c == own and f.start > place.end), None)
        if month is not None:
            return month
    before = [f for f, c in zip(dates, of_dates) if f.start < place.start and c == own]
    if before:
        nearest = max(before, key=lambda f: f.start)
        # "This Saturday marked two weeks since the caravan left Tapachula near the border on Oct. 23": a day written
        # with its number just after the place, in its clause, is its event's, not the frame's weekday.
        beside = next((f for f, c in zip(dates, of_dates) if c == own and f.start >= place.end
                       and _RIGHT_AFTER.fullmatch(sentence, place.end, f.start)), None)
        if beside is not None and _WRITTEN_DAY.search(beside.words) and not _WRITTEN_DAY.search(nearest.words):
            return beside
        return nearest
    after = sorted((f for f, c in zip(dates, of_dates) if f.start > place.start and c == own), key=lambda f: f.start)
    main = dates[0] if dates[0] in after else (after[0] if after else None)
    if main is not None and _fits(sentence, main, place, positioned, kind_of, kind):
        return main
    anywhere = [f for f in dates if f.start < place.start]
    return max(anywhere, key=lambda f: f.start) if anywhere else None


# (a few words between: "left Tapachula near the Guatemalan border on Oct. 23")
_CITY_OF_BEFORE = re.compile(r"\b(?:ciudad|city|town|municipio|pueblo|village)\s+(?:de|of)\s+$", re.I)


# The words that name a town by its name: "llegaron a la ciudad de Guatemala", "the town of ...", not a description
# of one inside an area ("the capital city of Chiapas", "la segunda ciudad de Honduras").
_TOWN_NAMED_BEFORE = re.compile(
    r"(?:^|(?<![\w-])(?:la|el|the|a|al|en|de|del|desde|hasta|hacia|to|in|at|from|into|toward|towards)\s+)"
    r"(?P<words>(?:ciudad|city|town|municipio|pueblo|village)\s+(?:de|of))\s+$", re.I)


def _town_words(sentence: str, start: int) -> str:
    """The words right before a place at ``start`` that say it is a town (``ciudad de``, ``town of``), or ``""``."""
    found = _TOWN_NAMED_BEFORE.search(sentence, max(0, start - 30), start) if start > 0 else None
    return found.group("words") if found else ""
_RIGHT_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}?(?:on|el|del|this|este|esta)?\s*", re.I)
_WRITTEN_DAY = re.compile(r"\d")
# "after resting on Sunday evening", "tras haber descansado el domingo", "luego de dormir la noche del sábado": a
# clause of an earlier (or later) event, told with a verb that is not the sentence's own.
_EVENT_CLAUSE = CaselessPattern(
    r"\b(?:after|before|tras|luego\s+de|despu[ée]s\s+de|antes\s+de)\s+(?:haber\s+|having\s+)?"
    r"(?:\w+ing|\w+ar|\w+er|\w+ir|\w+ado|\w+ido|\w+ed)\b")
# "who had arranged to meet the day before", "que habían acordado reunirse el día anterior": a relative clause in
# the pluperfect tells of an earlier event; its day dates no place written after it.
_PLUPERFECT_CLAUSE = CaselessPattern(r"\b(?:who|that|which|que|quienes)\s+(?:had|hab[íi]an?)\s+(?:already\s+|ya\s+)?\w+")


# "e integrarse con la que ingresó el pasado viernes a México": another group's event, or an earlier one.
_THE_ONE_THAT = CaselessPattern(r"\b(?:la|el|los|las|the\s+one|those)\s+(?:que|which|who|that)\s+(?!(?:was|is|fue|era|es)\b)")


_AGO = re.compile(r"\bago$|^hace\b", re.I)


def _in_event_clause(sentence: str, when: FoundDate, cues: int | None = None) -> bool:
    """True when ``when`` is written in a clause of another event than the sentence's own: one of an earlier
    event (``after resting on Sunday evening``), a relative clause set off by a comma (``, which set out on 24
    December``) or one about the one that did something (``con la que ingresó el pasado viernes``).
    ``cues``: the sentence's mask from :func:`_cue_index`."""
    last = None
    for m in _EVENT_CLAUSE.finditer(sentence, 0, when.start, cues=cues):
        last = m
    for m in _THE_ONE_THAT.finditer(sentence, 0, when.start, cues=cues):
        last = m if last is None or m.end() > last.end() else last
    if last is not None and not any(c in sentence[last.end():when.start] for c in ",;"):
        return True
    return _in_pluperfect_clause(sentence, when, cues) or any(a < when.start < b for a, b in which_clauses(sentence))


def _in_pluperfect_clause(sentence: str, when: FoundDate, cues: int | None = None) -> bool:
    """True when ``when`` is written in a relative clause in the pluperfect (``who had arranged to meet the day
    before``), no comma between."""
    last = None
    for m in _PLUPERFECT_CLAUSE.finditer(sentence, 0, when.start, cues=cues):
        last = m
    return last is not None and not any(c in sentence[last.end():when.start] for c in ",;")


def _dates_another_clause(sentence: str, when: FoundDate, place, cues: int | None = None) -> bool:
    """True when ``when`` dates another event than the one at ``place``: it is written after the place in a
    clause of an earlier event (``left Huixtla, after resting on Sunday evening``), or inside a relative clause
    set off by a comma that does not hold the place (``The caravan, which set out on 24 December from
    Tapachula, came to an end in Escuintla``)."""
    if when.start > place.end and _EVENT_CLAUSE.search(sentence, place.end, when.start, cues=cues):
        return True
    if when.end <= place.start and _in_pluperfect_clause(sentence, when, cues):
        return True
    if _AGO.search(when.words) and "," in sentence[min(place.end, when.end):max(place.start, when.start)]:
        return True  # "partieron hace tres días desde Tapachula, pernoctaron en ... Huixtla": the leaving's day only
    for a, b in which_clauses(sentence):
        if a < when.start < b:
            return not a < place.start < b
    return False


_AND_BETWEEN = re.compile(r"\b(?:and|y|e)\b", re.I)


def _fits(sentence: str, when: FoundDate, place, positioned: list, kind_of: dict, kind: str) -> bool:
    """True when a date written after ``place`` dates the place's event, not a plan of another stretch."""
    # The date describes the place whose stretch of the sentence it is in: the next place's, else the last one's.
    owner = next((q for q in positioned if q.start >= when.end), None) \
        or next((q for q in reversed(positioned) if q.end <= when.start), None)
    if owner is not None and owner.start >= when.end and _AND_BETWEEN.search(sentence, when.end, owner.start):
        # "passed Atlixco on Wednesday and are heading to Mexico City": the day ends the place before's clause
        owner = next((q for q in reversed(positioned) if q.end <= when.start), owner)
    if owner is not None and owner is not place:
        other_kind = kind_of.get(id(owner), (kind, False))[0]
        if (other_kind == "planned") != (kind == "planned"):
            return False
    # "llegaron a la iglesia de Tapachula ... para salir este sábado": the day is the plan's.
    return kind == "planned" or not future_between(sentence, place.end, when.start)


# "set to depart from San Pedro Sula": where a plan leaves from is a row, dated or not.
_FROM_BEFORE = WordPattern(r"\b(?:from|de|desde|del)\s+(?:the\s+|la\s+|el\s+)?$")
_LEAVING = re.compile(r"\b(?:saldr\w*|salir|salen|partir\w*|parten|leave|leaves|leaving|depart\w*|set\s+out)\b", re.I)
_TODAY = re.compile(r"\b(?:today|hoy|now|ahora|this\s+morning|esta\s+ma[ñn]ana|esta\s+madrugada|tonight|esta\s+noche)\b", re.I)


def _public(row: dict) -> dict:
    return {k: row[k] for k in REPORT_FIELDS}


_EXTRACTOR: Extractor | None = None


def default_extractor() -> Extractor:
    """Return the process-wide extractor (the matcher is built on first use)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_reports(text: str, published: date | str | None = None, caravan: str | None = None,
                    *, source: str = "", url: str = "", article: str = "", notes: list[str] | None = None) -> list[dict]:
    """Draft report rows from one article's plain text, in travel order.

    ``published`` (a ``date`` or ``'YYYY-MM-DD'``) resolves weekdays and
    ``yesterday`` and dates what the article says in the present; with it
    every row gets a date (exact, ``~approximate`` or a month), without it
    what needs it stays empty.  Each row has the report columns
    (:data:`routes.schema.COLUMNS`) plus ``count_low``, ``count_high``,
    ``confidence`` (0-1), ``quote`` (the sentence), ``start``/``end`` (the
    sentence's offsets in ``text``) and ``also`` (the offsets of other
    sentences that said the same thing).  ``lat``/``lon`` (and ``country``)
    are filled only for towns resolved with a confidence of at least
    :data:`PLACE_AT_CONFIDENCE` (``build`` uses given coordinates as they
    are).  Without ``caravan`` the rows get an id made of the first stop's
    month and name.  What a person should know about the draft is appended
    to ``notes`` when a list is given.
    """
    return default_extractor().extract(text, published, caravan, source=source, url=url, article=article,
                                       notes=notes)


def extract_article(article: Article, published: date | str | None = None, caravan: str | None = None,
                    *, notes: list[str] | None = None) -> list[dict]:
    """Draft rows from an :class:`Article`; ``published`` overrides the page's own date."""
    when = parse_published(published) or article.published
    return extract_reports(article.text, when, caravan, source=article.source, url=article.url, article=article.name,
                           notes=notes)


def _extract_task(args: tuple[Article, date | None, str | None]) -> tuple[list[dict], list[str]]:
    notes: list[str] = []
    rows = extract_article(*args, notes=notes)
    return rows, [f"{args[0].name}: {note}" for note in notes]


def extract_articles(articles: Sequence[Article], published: date | str | None = None,
                     caravan: str | None = None, *, jobs: int = 1, notes: list[str] | None = None) -> list[dict]:
    """Draft rows from several articles, in order; ``jobs`` > 1 uses that many processes.

    Notes (each starting with the article's name) are appended to ``notes`` when a list is given.
    """
    when = parse_published(published)
    tasks = [(a, when, caravan) for a in articles]
    rows: list[dict] = []
    if len(tasks) <= 1:
        parts = map(_extract_task, tasks)
    else:
        # Loaded first, then frozen out of the collector's walks for the batch (.collector); with several
        # jobs, forked workers share the matcher (copy-on-write) instead of each spending seconds and 300 MB
        # on their own (elsewhere each worker builds its own), and the freezing keeps their collections
        # from writing to the pages they share.
        default_extractor().common  # noqa: B018 - the matcher and the common words, loaded once here
        with batch_collection():
            parts = _batch_parts(tasks, jobs)
    for part_rows, part_notes in parts:
        rows.extend(part_rows)
        if notes is not None:
            notes.extend(part_notes)
    return rows


def _batch_parts(tasks: list, jobs: int) -> list[tuple[list[dict], list[str]]]:
    """Each task's rows and notes, in one process or in ``jobs`` forked ones."""
    if jobs <= 1:
        parts = [_extract_task(tasks[0])]
        first_article_done()
        return parts + [_extract_task(t) for t in tasks[1:]]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if "fork" in methods else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return list(pool.map(_extract_task, tasks, chunksize=max(1, len(tasks) // (jobs * 4))))


def extract_files(paths: Iterable[str], published: date | str | None = None, caravan: str | None = None,
                  *, jobs: int = 1, limits: Limits = DEFAULT_LIMITS, notes: list[str] | None = None) -> list[dict]:
    """Read article files (plain text or HTML, ``-`` for stdin) and draft their rows.

    An article over the size limits stops the run (:mod:`routes.limits`);
    the rows-per-article limit is applied by :func:`routes.limits.keep_rows`.
    Notes on the drafts are appended to ``notes`` as in :func:`extract_articles`.
    """
    from .article import read_article

    when = parse_published(published, label="--published")
    return extract_articles([read_article(p, limits=limits) for p in paths], when, caravan, jobs=jobs, notes=notes)


_CUE_INDEX: list[CueIndex] = []  # the one index, once built
_CUE_INDEX_LOCK = threading.Lock()


def _cue_index() -> CueIndex:
    """One scan of an article for the words the sentence rules' patterns need (built on first use).

    Built once per process under a lock: a pattern belongs to one index, and the first articles of a
    process may be read on several threads at once (Dask's threaded scheduler).
    """
    if not _CUE_INDEX:
        with _CUE_INDEX_LOCK:
            if not _CUE_INDEX:
                patterns = list(_PLACE_CUE_PATTERNS) + list(_SIZE_CUE_PATTERNS) + [
                    _SPEECH_BEFORE, _THERE, _GROUP_WORD, _GROUP_NOUN, _THE_FIGURE, _MOVING_OR_A_GROUP, _STUCK,
                    _RELATIVE_WORD, _PRESENT_BEFORE, _STATE_BEFORE, _SIZE_STATEMENT, _SIZE_WORDS, _OTHER_YEARS,
                    _OTHER_DAYS, _FACILITY_NOUN, _FUTURE_HINTS, _EVENT_CLAUSE, _THE_ONE_THAT, _PLUPERFECT_CLAUSE]
                _CUE_INDEX.append(CueIndex(patterns, starts=CUE_STARTS, known=cached_required_words(
                    [p.pattern for p in patterns if not isinstance(p, CueWords)])))
    return _CUE_INDEX[0]
