"""From an article's text to draft report rows: sentences, places, dates, sizes, kinds.

:func:`extract_reports` is a pure function of (text, publication date): the
same input gives the same rows, in any process, which is what lets
:func:`extract_articles` run on several processes and :mod:`.parallel` on Dask.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from geo.errors import InputError

from ..limits import DEFAULT_LIMITS, Limits
from ..schema import COLUMNS
from .article import Article
from .dates import FoundDate, dates_by_sentence
from .kinds import candidate_kinds, sentence_kind
from .matcher import PlaceMatcher, shared_matcher
from .places import places_in_sentence
from .sizes import clause_numbers, find_sizes, sizes_for_places
from .text import WordPattern, sentences
from .words import GROUP_HEADS

#: Columns of an extracted row: the report schema, then what a reviewer needs.
REPORT_FIELDS: tuple[str, ...] = COLUMNS + (
    "count_low", "count_high", "confidence", "quote", "start", "end", "article",
)

# Words that make a sentence about the group even without a verb cue ("people" alone does not).
_GROUP_WORD = WordPattern(rf"\b(?:{GROUP_HEADS}|caravans|caravanas|migrants?|migrantes)\b")
_THERE = WordPattern(r"\b(?:there|the\s+(?:town|city|border\s+post|crossing)|all[íi]|ah[íi]|all[áa]|esa\s+ciudad|ese\s+punto)\b")

# A sentence that moves to other days ("Earlier in the week", "la semana pasada") does not
# continue its paragraph's date; what it does not resolve stays empty.
_OTHER_DAYS = WordPattern(
    r"\b(?:earlier\s+(?:in|this|that)\s+(?:the\s+)?week|later\s+(?:in|this|that)\s+(?:the\s+)?week|last\s+week|"
    r"the\s+(?:previous|following|next)\s+(?:day|week)|the\s+week\s+before|days\s+(?:earlier|later|before|after|ago)|"
    r"weeks\s+(?:earlier|later|before|after|ago)|a\s+week\s+(?:ago|earlier|later|before)|previously|"
    r"la\s+semana\s+(?:pasada|anterior|siguiente)|d[íi]as\s+(?:antes|despu[ée]s|atr[áa]s)|semanas\s+(?:antes|despu[ée]s|atr[áa]s)|"
    r"anteriormente|previamente|el\s+d[íi]a\s+(?:anterior|siguiente))\b"
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
    """A :class:`geo.Resolver` that remembers its answers (articles repeat the same names and hints)."""
    from geo.resolve import Context, Resolver

    class MemoResolver(Resolver):
        def __init__(self, idx) -> None:
            super().__init__(idx)
            self._answers: dict = {}

        def resolve(self, query: str, ctx: Context = Context(), *, where=None):
            if where is not None:
                return super().resolve(query, ctx, where=where)
            key = (query, ctx)
            if key not in self._answers:
                if len(self._answers) > 200_000:
                    self._answers.clear()
                self._answers[key] = super().resolve(query, ctx)
            return self._answers[key]

    return MemoResolver(index)


class Extractor:
    """Holds the place matcher and the resolver; :meth:`extract` drafts the rows of one article."""

    def __init__(self, matcher: PlaceMatcher | None = None, resolver=None) -> None:
        from geo.index import GazetteerIndex

        self.matcher = matcher or shared_matcher()
        self.resolver = resolver or _memo_resolver(_MemoIndex(GazetteerIndex.open()))
        self._area_cache: dict[str, bool] = {}

    def is_area(self, key: str) -> bool:
        """True when some gazetteer entry of this name key is a country, division or region."""
        if key not in self._area_cache:
            self._area_cache[key] = any(p.is_area for p in self.resolver.index.lookup(key))
        return self._area_cache[key]

    def extract(self, text: str, published: date | str | None = None, caravan: str | None = None,
                *, source: str = "", url: str = "", article: str = "") -> list[dict]:
        """Return the draft report rows of one article (see :data:`REPORT_FIELDS`)."""
        from geo.resolve import Stop, resolve_route

        published = parse_published(published)
        sents = sentences(text)
        mentions = self.matcher.find(text)
        mention_starts = [m.start for m in mentions]
        drafts: list[dict] = []
        last_stops: tuple[int, list] = (-1, [])
        last_date: tuple[int, str] = (-1, "")
        spans = [(s.start, s.end) for s in sents]
        all_dates = dates_by_sentence(text, spans, published)
        all_kinds = candidate_kinds(text, spans)
        for n, sent in enumerate(sents):
            lo = bisect.bisect_left(mention_starts, sent.start)
            hi = bisect.bisect_left(mention_starts, sent.end)
            places = [p for p in places_in_sentence(sent.text, mentions[lo:hi], self.is_area, sent.start)
                      if p.role == "stop"] if hi > lo else []
            carry = not places and last_stops[0] == sent.paragraph and bool(last_stops[1])
            if places or carry:
                sizes = find_sizes(sent.text)
                kind, cued = sentence_kind(sent.text, all_kinds[n])
            else:
                sizes, kind, cued = [], "sighting", False
            dates_here = _event_dates(sent.text, all_dates[n], kind)
            found_date = dates_here[0] if dates_here else None
            if found_date:
                last_date = (sent.paragraph, found_date.iso)
            elif last_date[0] == sent.paragraph and last_date[1] and not _OTHER_DAYS.search(sent.text):
                # A sentence that gives no date goes on with the paragraph's: approximate.
                found_date = FoundDate("~" + last_date[1].lstrip("~"), -1, -1, "")
            factor, carried = 1.0, False
            if not places:
                # "About 1,000 more joined there": the place of the sentence before, same paragraph.
                if carry and (sizes or cued) and _THERE.search(sent.text):
                    places, factor, carried = last_stops[1], CARRIED_OVER, True
                else:
                    continue
            else:
                last_stops = (sent.paragraph, places)
            if not (cued or sizes or _GROUP_WORD.search(sent.text)):
                continue
            if not (cued or sizes):
                factor *= NO_EVENT_CUE
            # Places carried over from the sentence before have its offsets: they take every size and
            # the sentence's date.  One place takes every size too.
            if carried or len(places) < 2:
                place_sizes, clauses = [sizes for _ in places], [0 for _ in places]
            else:
                numbers = clause_numbers(sent.text, [p.start for p in places] + [s.start for s in sizes])
                clauses = numbers[:len(places)]
                place_sizes = sizes_for_places(sizes, clauses, numbers[len(places):])
            for place, its_sizes, clause in zip(places, place_sizes, clauses):
                several_dates = len(dates_here) > 1 and not carried
                when = _date_for_place(dates_here, place.start) if several_dates else found_date
                for size in its_sizes or [None]:
                    drafts.append({
                        "query": place.query, "kind": kind, "date": when.iso if when else "",
                        "size": size, "factor": factor, "sentence": sent, "clause": clause,
                    })
        if not drafts:
            return []

        # One resolution per distinct (place, day, kind), as routes.locate does for report files.
        keys = [(d["query"], _day_number(d["date"]), d["kind"]) for d in drafts]
        distinct = list(dict.fromkeys(keys))
        resolved = dict(zip(distinct, resolve_route([Stop(q, day, kind=k) for q, day, k in distinct], self.resolver)))
        resolutions = [resolved[key] for key in keys]
        rows = []
        for d, res in zip(drafts, resolutions):
            p = res.place
            size = d["size"]
            sent = d["sentence"]
            # Coordinates and country only where the choice is better than a coin toss: build
            # trusts given lat/lon, so a namesake picked blind is left for build to settle with
            # the caravan's other stops.
            placed = not p.is_area and res.confidence >= PLACE_AT_CONFIDENCE
            rows.append({
                "caravan": caravan or "", "date": d["date"], "place": d["query"],
                "country": p.country if placed or p.is_area else "",
                "lat": round(p.lat, 5) if placed else "", "lon": round(p.lon, 5) if placed else "",
                "kind": d["kind"], "count": size.words if size else "", "source": source, "url": url,
                "note": f"gazetteer: {p.label()}, {p.precision}",
                "count_low": size.count.low if size else "", "count_high": size.count.high if size else "",
                "confidence": round(res.confidence * d["factor"], 2), "quote": sent.text,
                "start": sent.start, "end": sent.end, "article": article,
                "_place": p, "_clause": d["clause"],
            })
        return [_public(r) for r in _drop_redundant_areas(rows)]


def _event_dates(sentence: str, written: list[FoundDate], kind: str) -> list[FoundDate]:
    """The dates of the sentence's events, the main one first: for plans the latest, else the first.

    A date right after a verb of saying (``said on Wednesday``, ``dijo el
    miércoles``) dates the statement, not the event, and is skipped.  Days
    are preferred over months.
    """
    lowered = sentence.lower() if written else ""
    found = [f for f in written if not _SPEECH_BEFORE.search(sentence, max(0, f.start - 40), f.start, lowered=lowered)]
    found = [f for f in found if len(f.iso.lstrip("~")) == 10] or found
    if kind == "planned" and found:
        latest = max(found, key=lambda f: f.iso.lstrip("~"))
        found = [latest] + [f for f in found if f is not latest]
    return found


def _date_for_place(dates: list[FoundDate], place_start: int) -> FoundDate:
    """With several dates in one sentence, a place takes the nearest date written before it.

    ``se concentraron el sábado en San Pedro Sula y el domingo llegaron a Nueva
    Ocotepeque``: Saturday for San Pedro Sula, Sunday for Nueva Ocotepeque.
    """
    before = [f for f in dates if f.start < place_start]
    return max(before, key=lambda f: f.start) if before else dates[0]


def _day_number(iso: str) -> float | None:
    core = iso.lstrip("~")
    if len(core) != 10:
        return None
    return float(date.fromisoformat(core).toordinal())


def _drop_redundant_areas(rows: list[dict]) -> list[dict]:
    """Drop a country or division row when the same clause names a town inside it.

    ("crossed into Guatemala at El Florido": Guatemala goes; "crossed at Agua
    Caliente, while others waited in Ocotepeque": the department stays.)  Also
    drop an area row that says nothing (a sighting with no date and no size)
    when the article has a town inside that area.
    """
    by_clause: dict[tuple[int, int], list[dict]] = {}
    for row in rows:
        by_clause.setdefault((row["start"], row["_clause"]), []).append(row)
    all_points = [r["_place"] for r in rows if not r["_place"].is_area]
    keep = []
    for row in rows:
        place = row["_place"]
        if place.is_area:
            points = [r["_place"] for r in by_clause[row["start"], row["_clause"]] if not r["_place"].is_area]
            if any(_inside(pt, place) for pt in points):
                continue
            # "Caravan leaves southern Mexico" adds nothing to a Tapachula row: no date, size or event.
            bare = row["kind"] == "sighting" and not row["date"] and not row["count"]
            if bare and any(_inside(pt, place) for pt in all_points):
                continue
        keep.append(row)
    seen = set()
    out = []
    for row in keep:
        key = (row["start"], row["_place"].id, row["count"], row["date"], row["kind"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _inside(point, area) -> bool:
    countries = set(point.countries) | {point.country}
    if area.feature == "country":
        return area.country in countries
    if area.feature == "admin1":
        return point.country == area.country and point.admin1 == area.admin1
    return bool(countries & set(area.countries))


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
                    *, source: str = "", url: str = "", article: str = "") -> list[dict]:
    """Draft report rows from one article's plain text.

    ``published`` (a ``date`` or ``'YYYY-MM-DD'``) resolves weekdays and
    ``yesterday``; without it such dates stay empty.  Each row has the report
    columns (:data:`routes.schema.COLUMNS`) plus ``count_low``, ``count_high``,
    ``confidence`` (0-1), ``quote`` (the sentence) and ``start``/``end``, the
    sentence's offsets in ``text``.  ``lat``/``lon`` (and ``country``) are
    filled only for towns resolved with a confidence of at least
    :data:`PLACE_AT_CONFIDENCE` (``build`` uses given coordinates as they are).
    """
    return default_extractor().extract(text, published, caravan, source=source, url=url, article=article)


def extract_article(article: Article, published: date | str | None = None, caravan: str | None = None) -> list[dict]:
    """Draft rows from an :class:`Article`; ``published`` overrides the page's own date."""
    when = parse_published(published) or article.published
    return extract_reports(article.text, when, caravan, source=article.source, url=article.url, article=article.name)


def _extract_task(args: tuple[Article, date | None, str | None]) -> list[dict]:
    return extract_article(*args)


def extract_articles(articles: Sequence[Article], published: date | str | None = None,
                     caravan: str | None = None, *, jobs: int = 1) -> list[dict]:
    """Draft rows from several articles, in order; ``jobs`` > 1 uses that many processes."""
    when = parse_published(published)
    tasks = [(a, when, caravan) for a in articles]
    if jobs <= 1 or len(tasks) <= 1:
        return [row for task in tasks for row in _extract_task(task)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Build the matcher here, once: forked workers share it (copy-on-write) instead of each
    # spending seconds and 300 MB on their own.  Elsewhere each worker builds its own.
    default_extractor()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if "fork" in methods else None
    rows: list[dict] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for part in pool.map(_extract_task, tasks, chunksize=max(1, len(tasks) // (jobs * 4))):
            rows.extend(part)
    return rows


def extract_files(paths: Iterable[str], published: date | str | None = None, caravan: str | None = None,
                  *, jobs: int = 1, limits: Limits = DEFAULT_LIMITS) -> list[dict]:
    """Read article files (plain text or HTML, ``-`` for stdin) and draft their rows.

    An article over the size limits stops the run (:mod:`routes.limits`);
    the rows-per-article limit is applied by :func:`routes.limits.keep_rows`.
    """
    from .article import read_article

    when = parse_published(published, label="--published")
    return extract_articles([read_article(p, limits=limits) for p in paths], when, caravan, jobs=jobs)
