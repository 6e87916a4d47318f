"""What an article is made of besides its narrative: headline, captions, photo credits, and where it happens.

* The **headline** is a first paragraph of one short sentence without a full
  stop: it summarises the lede, so an undated headline event takes the lede's day.
* A **caption** is a paragraph that credits a photo or a video (``(AP
  Photo/...)``, ``Photo:``, ``Getty Images``, ``Copyright``, a closing
  ``(Oct 24)``): its date dates its own rows but never the story's day.
* A **credit** (``(AP Photo/Oliver de Ros)``, ``(Damián Sánchez/Cuartoscuro)``,
  ``Copyright Ueslei Marcelino``) names people and outlets, never places.
* The **focus** is where the story happens (:class:`geo.Focus`): the countries
  and first-level divisions of its dateline and of the places it names
  unambiguously, and the countries and states the group is said to be in.  An
  ambiguous dateline takes the namesake that every other place the article names
  lies around (:func:`nearest_namesake`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from .text import Sentence

_PARENS = re.compile(r"\([^()\n]{1,160}\)")
_CREDIT_WORD = re.compile(r"\b(?:Photo|Foto|Photos|Fotos|AP|AFP|EFE|Reuters|Getty|Cuartoscuro|Xinhua)\b|/")
_CREDIT_LINE_WORDS = ("copyright", "photo", "foto", "image", "imagen")
_CREDIT_LINE_STEMS = ("copyright", "photo", "foto", "image")  # what each of _CREDIT_LINE's words starts with
_CAPTION_WORDS = ("photo", "foto", "getty", "copyright", "xmit", "cuartoscuro", ")")
_CREDIT_LINE = re.compile(
    r"\b(?:Copyright|Photo\s+by|Foto\s+de|Photo:|PHOTO:|Foto:|FOTO:|Fotograf[íi]a:|Image:|Imagen:)\s+"
    r"[^\n.;]{0,60}", re.I)
_CAPTION_SIGN = re.compile(
    r"\((?:AP|AFP|EFE|Reuters)?\s*(?:Photo|Foto)\b|\bPhoto\s+by\b|\bPHOTO[:;]|\bFOTO[:;]|\bPhoto[:;]|\bFoto[:;]|Getty\s+Images|"
    r"\bCopyright\b|ORG\s+XMIT|/Cuartoscuro\)|\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\)\s*$",
    re.M)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where the text credits a photo or its author: place names there are people or outlets."""
    spans = [m.span() for m in _PARENS.finditer(text) if _CREDIT_WORD.search(text, m.start(), m.end())] \
        if "(" in text else []
    lowered = text.lower()
    if any(word in lowered for word in _CREDIT_LINE_WORDS):
        spans += _credit_lines(text, lowered)
    return sorted(spans)


def _credit_lines(text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans ``_CREDIT_LINE.finditer(text)`` finds.  Each match starts with one of the
    :data:`_CREDIT_LINE_STEMS`: where lower-cased text stands for the case-blind flag, the pattern is
    tried only where a stem is written (the case-blind regex tried at every position of the article)."""
    from .text import caseless_view

    if caseless_view(text, lowered) is None:
        return [m.span() for m in _CREDIT_LINE.finditer(text)]
    starts = sorted(at for stem in _CREDIT_LINE_STEMS for at in _occurrences(lowered, stem))
    spans: list[tuple[int, int]] = []
    for at in starts:
        if spans and at < spans[-1][1]:
            continue  # inside the last match: finditer goes on from its end
        m = _CREDIT_LINE.match(text, at)
        if m:
            spans.append(m.span())
    return spans


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text`` (overlapping occurrences too)."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """True when offset ``at`` falls in one of the sorted ``spans``."""
    return any(a <= at < b for a, b in spans)


def caption_paragraphs(text: str, sents: Sequence[Sentence]) -> set[int]:
    """The paragraph numbers whose text credits a photo or video: captions.

    An article asks three times (the dateline's day, the dateline's date, the drafts): the answer for
    the last text and sentences asked about is remembered.
    """
    global _LAST_CAPTIONS
    key = (text, tuple((s.start, s.end, s.paragraph) for s in sents))  # all the answer depends on
    last = _LAST_CAPTIONS
    if last is not None and last[0] == key:
        return set(last[1])
    out = _caption_paragraphs(text, sents)
    _LAST_CAPTIONS = (key, frozenset(out))
    return out


_LAST_CAPTIONS: tuple[tuple, frozenset[int]] | None = None


def _caption_paragraphs(text: str, sents: Sequence[Sentence]) -> set[int]:
    out: set[int] = set()
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for s in sents:
        first.setdefault(s.paragraph, s.start)
        last[s.paragraph] = s.end
    # Where the caption words occur (no word overlaps another, or itself: each word's occurrences, found by
    # str.find, are what one regex pass over the alternatives finds, in order once sorted).
    lowered = text.lower()
    words = []
    for word in _CAPTION_WORDS:
        at = lowered.find(word)
        while at >= 0:
            words.append((at, at + len(word)))
            at = lowered.find(word, at + len(word))
    words.sort()
    starts = [a for a, _ in words]
    for paragraph, start in first.items():
        end = last[paragraph]
        at = bisect.bisect_left(starts, start)
        if any(b <= end for _, b in words[at:bisect.bisect_left(starts, end, at)]) \
                and _CAPTION_SIGN.search(text, start, end):
            out.add(paragraph)
    return out


def headline_paragraph(sents: Sequence[Sentence]) -> int:
    """The paragraph number of the headline (``-1`` if the article does not start with one).

    A headline is a first paragraph of one sentence, shorter than 160
    characters, that does not end with a full stop.
    """
    if not sents:
        return -1
    first = [s for s in sents if s.paragraph == sents[0].paragraph]
    text = first[0].text
    if len(first) == 1 and len(text) < 160 and not text.rstrip().endswith((".", "!", "?", ":")) and len(sents) > 1:
        return sents[0].paragraph
    return -1


# What may end a dateline's date: the agency, then a dash or ".-" (or the line itself ends).
# (or the bracket its date is written in: "TAPACHULA, CHIAPAS (October 16th, 2022) –")
_DATELINE_DATE_END = re.compile(r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:[—–]|\s-\s|\.-|\.—|-\s|[.,]?\s*$)")
#: A dateline's day counts as the article's day when publication is at most this many days later.
DATELINE_DAYS_BEFORE = 7


def dateline_day(text: str, sents: Sequence[Sentence], published, headline: int = -1):
    """The day the article's dateline gives (``ESQUIPULAS, Guatemala, Oct. 16, 2018 —``, ``San Pedro Sula,
    16 ene (EFE).-``, ``Tapachula, Chiapas, 5 de noviembre de 2024.``), or ``None``.

    Only the first sentence after the headline is read, and only a day written
    in its first 100 characters and followed by the dateline's end (an agency,
    a dash, ``.-``, or the end of a line of its own).  A day without a year
    takes ``published``'s; a photo caption is no dateline; a day after ``published``, or more than
    :data:`DATELINE_DAYS_BEFORE` days before it, is not the article's day.
    """
    from datetime import date, timedelta

    found = dateline_date(text, sents, published, headline)
    if found is None:
        return None
    day = date.fromisoformat(found[1].iso)
    if published is not None and not (published - timedelta(days=DATELINE_DAYS_BEFORE) <= day <= published):
        return None
    return day


def dateline_date(text: str, sents: Sequence[Sentence], published, headline: int = -1):
    """``(sentence number, FoundDate)`` of the day written in the dateline (see :func:`dateline_day`), or ``None``."""
    from .dates import find_dates

    # (the first line of the story: not the headline, nor a photo's credit or caption over it, "Photo; Reforma")
    captions = caption_paragraphs(text, sents)
    n, first = next(((n, s) for n, s in enumerate(sents) if s.paragraph != headline and s.paragraph not in captions),
                    (0, None))
    if first is None or not first.text[:1].isupper():
        return None
    for found in find_dates(first.text[:160], published):
        if found.start <= 100 and len(found.iso) == 10 and any(c.isdigit() for c in found.words) \
                and (_DATELINE_PLACE.fullmatch(first.text, 0, found.start)
                     or _DATELINE_PLACE_BRACKET.fullmatch(first.text, 0, found.start)) \
                and _DATELINE_DATE_END.match(first.text, found.end):
            return n, found
    return None


# What a dateline writes before its day: nothing, or a place with its state or country ("Tapachula, Chiapas, "),
# the day set off by a comma or a semicolon ("Tapachula, Chiapas; 01 de septiembre del 2021.-").
# Capitalised words (and "de", "la"...) only: "Migrants rest in Tecun Uman, Guatemala, Friday, Oct. 19" is a caption.
_CAPITALISED = r"[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+(?:de|del|la|las|los|el|[A-ZÁÉÍÓÚÑ][\w.]*)){0,5}"
_DATELINE_PLACE = re.compile(rf"(?:{_CAPITALISED}(?:,\s*{_CAPITALISED}){{0,2}}[,;]\s*)?")
# ... or its date in brackets after it: "TAPACHULA, CHIAPAS (October 16th, 2022) –".
_DATELINE_PLACE_BRACKET = re.compile(rf"{_CAPITALISED}(?:,\s*{_CAPITALISED}){{0,2}}\s*\(")


#: A sure place farther than this from the story's centre is an outlier: it says nothing of the focus.
CORE_KM = 400.0


#: Two names whose picks lie this close together, each one of many namesakes, confirm each other: towns named alike
#: far apart are common, two such pairs of names side by side by chance are not.
AGREE_KM = 200.0


def _agreeing(places: list) -> list:
    """The places of ``places`` within :data:`AGREE_KM` of a place of another name, when two names or more are."""
    from geo.distance import haversine_km
    from geo.normalize import name_key

    together = [p for p in places if any(name_key(q.name) != name_key(p.name)
                                         and haversine_km(p.lat, p.lon, q.lat, q.lon) <= AGREE_KM for q in places)]
    return together if len({name_key(p.name) for p in together}) >= 2 else []


def _core(places: list, anchor=None) -> list:
    """The places that lie together: within :data:`CORE_KM` of the anchor (the dateline's place) or,
    without one, of the place with the least total distance to the others (``places`` in the
    order the article names them: between equals, the first)."""
    from geo.distance import haversine_km

    if len(places) < 2 and anchor is None:
        return places
    if anchor is None:  # the place nearest all others; between equals, the one the article names first
        anchor = min(places, key=lambda p: (round(sum(haversine_km(p.lat, p.lon, q.lat, q.lon) for q in places)),
                                            places.index(p)))
    return [p for p in places if haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) <= CORE_KM]


def nearest_namesake(resolution, evidence: Iterable):
    """The namesake of an ambiguous ``resolution`` that the article's other places lie around, when nothing the
    article names lies around the resolver's own pick; else ``None``.

    ``evidence`` holds the places the article names besides this one, each resolved alone with no doubt:
    towns, and countries or divisions (event rows or not: "people who had waited in the Guatemalan town of
    Tecún Umán" says the story is at the border even though the group was never there).  An evidence place
    supports a namesake within :data:`CORE_KM` of it (an area: of its edge, its radius ``precision_m`` taken
    off); one that supports every namesake alike (Mexico, around two Mexican towns) says nothing.  The pick
    is moved only when no evidence supports it and some supports another namesake, to the best supported
    ("CIUDAD HIDALGO, Mexico" beside Tecún Umán is the Chiapas border town, not the Michoacán one; a
    "JUCHITAN" dateline in a story that also names Oaxaca stays the Oaxaca town).
    """
    from geo.distance import haversine_km

    options = [resolution.place, *(p for p in resolution.candidates if not p.is_area)]
    if len(options) < 2:
        return None

    def near(p, e) -> bool:
        return haversine_km(p.lat, p.lon, e.lat, e.lon) - (e.precision_m / 1000.0 if e.is_area else 0.0) <= CORE_KM

    def holds_the_pick(e) -> bool:  # a country the pick lies in says nothing against it, however far its centre
        pick = options[0]
        return e.feature == "country" and (e.country == pick.country or e.country in pick.countries)

    from geo.neighbours import neighbours

    evidence = list(evidence)
    telling = [e for e in evidence if not all(near(p, e) for p in options) and not holds_the_pick(e)]
    # A country named beside the pick's own country, or bordering it, says where the story's border is, not which
    # namesake is meant: it never carries the pick over into another country ("EL PASO — ... crossed from Mexico" is
    # the Texas city, not a Michoacán village; Tecún Umán beside "CIUDAD HIDALGO" still settles which one is meant).
    pick = options[0]
    own_named = any(holds_the_pick(e) for e in evidence)
    bordering = neighbours().get(pick.country, frozenset()) if any(e.feature == "country" for e in telling) else ()

    def supports(p, e) -> bool:
        if e.feature == "country" and p.country != pick.country and (own_named or e.country in bordering):
            return False
        return near(p, e)

    support = [sum(supports(p, e) for e in telling) for p in options]
    if support[0] or not any(support[1:]):
        return None
    best = max(range(1, len(options)), key=lambda i: support[i])  # between equals, the resolver's order
    return options[best]


def supported_alone(resolution, evidence: Iterable) -> bool:
    """Whether the article's other places (``evidence``, as for :func:`nearest_namesake`) lie around the resolver's
    pick of an ambiguous ``resolution`` and around none of its namesakes ("ESPERANZA, Mexico ... this town in Puebla
    state": Esperanza, Puebla, not Sonora's)."""
    from geo.distance import haversine_km

    options = [resolution.place, *(p for p in resolution.candidates if not p.is_area)]
    if len(options) < 2:
        return False
    pick = options[0]
    telling = [e for e in evidence if not (e.feature == "country" and (e.country == pick.country
                                                                       or e.country in pick.countries))]

    def near(p, e) -> bool:
        return haversine_km(p.lat, p.lon, e.lat, e.lon) - (e.precision_m / 1000.0 if e.is_area else 0.0) <= CORE_KM

    telling = [e for e in telling if not all(near(p, e) for p in options)]
    return any(near(pick, e) for e in telling) and not any(near(p, e) for p in options[1:] for e in telling)


def namesake_among_the_others(resolution, others: Sequence, countries: Iterable[str]):
    """The namesake of a town's pick that lies with the article's other places, when the pick does not; else ``None``.

    ``others`` are the towns the article names that no namesake in another country makes doubtful, ``countries``
    theirs and those of the areas the group is in.  A pick outside those countries (Escuintla, Guatemala, 172 km
    from Tapachula, in a story whose every other place is in Chiapas) yields to its namesake inside them
    (Escuintla, Chiapas, 63 km) when that namesake lies nearer to the other towns than the pick does: in a story
    about San Pedro Sula, Esquipulas stays the Guatemalan town (no Honduran namesake lies nearer).
    """
    from geo.distance import haversine_km

    place = resolution.place
    countries = set(countries)
    if place.is_area or not others or not countries or place.country in countries:
        return None
    options = [p for p in resolution.candidates if not p.is_area and p.country in countries]
    if not options:
        return None

    def gap(p) -> float:
        return min(haversine_km(p.lat, p.lon, o.lat, o.lon) for o in others)

    best = min(options, key=gap)  # between equals, the resolver's order
    return best if gap(best) < gap(place) else None


def story_focus(resolutions: Iterable, areas: Iterable, anchor=None, known_divisions=None, named: Iterable = (),
                also: Iterable = ()):
    """A :class:`geo.Focus` from sure point places (``resolutions``) and the areas the group is in.

    A point place counts when it was resolved with no doubt (not ambiguous)
    and lies with the others (see :func:`_core`; ``anchor`` is the dateline's
    place if sure); it adds its country and first-level division (one of
    ``known_divisions``, the ``(country, admin1)`` pairs geo knows, when given).  An area adds itself: a
    country its code, a division its ``(country, admin1)``.  ``named`` are the
    countries the article names anywhere (:attr:`geo.Focus.named`); ``also`` more resolutions (ordinary
    words written as places) that count only when nothing else says where the story is.  ``None`` when
    nothing is known.
    """
    from geo.resolve import Focus

    countries: set[str] = set()
    divisions: set[tuple[str, str]] = set()
    resolutions = list(resolutions)
    sure = [res.place for res in resolutions if not res.ambiguous and not res.place.is_area and res.place.country]
    if not sure:  # nothing sure: the places resolved better than a coin toss, together, still say where
        sure = [res.place for res in resolutions if res.confidence >= 0.5 and not res.place.is_area and res.place.country]
    if not sure and not areas:  # nor that: the picks for two names or more that lie together ("Isla", "Tierra
        # Blanca"), ordinary words with words of place before them (``also``) included
        sure = _agreeing([res.place for res in (*resolutions, *also) if not res.place.is_area and res.place.country])
    for p in _core(sure, anchor):
        countries.add(p.country)
        if p.admin1:
            divisions.add((p.country, p.admin1))
    for p in areas:
        if p.feature == "country" and p.country:
            countries.add(p.country)
        elif p.feature == "admin1" and p.country and p.admin1:
            divisions.add((p.country, p.admin1))
        elif p.country:
            countries.add(p.country)
    if known_divisions is not None:  # divisions the gazetteer has no table for say nothing more than their country
        divisions = {d for d in divisions if d in known_divisions}
    # A country with sure towns in it is known by its divisions; a country named on its own keeps all of it.
    focus = Focus(countries=countries, divisions=divisions, named=named)
    return focus if focus else None


def within_country(place, focus) -> bool:
    """True when ``place`` (or, for a border post, one of its countries) is in a country of the focus."""
    if focus is None:
        return False
    return bool((set(place.countries) | {place.country}) & (set(focus.countries) | {c for c, _ in focus.divisions}))


def within(place, focus) -> bool:
    """True when ``place`` lies in the focus: in a focus division, or in a focus country named without divisions."""
    if focus is None:
        return False
    countries = set(place.countries) | {place.country}
    divided = {c for c, _ in focus.divisions}
    for country in countries & (set(focus.countries) | divided):
        if country not in divided or place.is_area or place.feature == "river":  # (a river crosses divisions)
            return True
        if (country, place.admin1) in focus.divisions:
            return True
    return False


#: A misspelt dateline name is read as a town of at least this many people (a place a reader knows at once:
#: "TAPACHULAS, MX" is Tapachula, 350,000 people; a village one letter off is not what was meant).
WELL_KNOWN_POPULATION = 50_000
# The capitals that open an article's first body paragraph, followed by a dateline's tail (", MX —", " (AP) —").
_CAPITALS_DATELINE = re.compile(
    r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’.-]{2,}(?:[ \t]+[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’.-]*){0,3}"
    r"(?=(?:,\s*[\w .]+){0,3}\s*(?:\([^)]{1,30}\)\s*)?[—–-])")


def misspelt_dateline(text: str, sents: Sequence[Sentence], mentions: Sequence, index, headline: int = -1):
    """The mention of a dateline written one letter off a well-known town ("TAPACHULAS, MX —"), or ``None``.

    Only in the dateline: the capitals that open the first paragraph after the headline, followed by a
    dateline's tail, where no place name was found.  The name is read as the gazetteer's town whose name is
    one letter away (a letter added, dropped or changed: a plural, a typo) with at least
    :data:`WELL_KNOWN_POPULATION` people, when exactly one such town's name is; the mention carries that
    name, so the dateline resolves as that town.  ``index`` is the gazetteer index (``lookup``, ``fuzzy``).
    """
    from rapidfuzz.distance import Levenshtein

    from geo.normalize import name_key

    from .matcher import Mention

    body = next((s for s in sents if s.paragraph != headline), None)
    if body is None:
        return None
    found = _CAPITALS_DATELINE.match(text, body.start)
    if found is None or any(found.start() <= m.start < found.end() for m in mentions):
        return None
    key = name_key(found.group())
    names = set()
    for near, _ in index.fuzzy(key, limit=5, cutoff=80.0):
        if Levenshtein.distance(key, near) != 1:
            continue
        names |= {p.name for p in index.lookup(near) if not p.is_area and p.population >= WELL_KNOWN_POPULATION}
    if len(names) != 1:
        return None
    (name,) = names
    return Mention(name, name_key(name), found.start(), found.end())


#: A word no dictionary knows, in a place's slot, is read as a town one letter off its name when that town has at
#: least this many people ("the Mapatepec municipality", "the municipalities of Mapstepec": Mapastepec, 17,931).
MISSPELT_TOWN_POPULATION = 5_000
# A place's slot: a capitalised word right after a preposition or an article, or both (closed classes of both
# languages): "at the Mapatepec municipality", "of Mapstepec", "reached the Mapastepc municipality", "hacia Pijijapan".
_PLACE_SLOT = re.compile(
    r"\b(?:(?:[Ee]n|[Aa]l?|[Dd]el?|[Dd]esde|[Hh]acia|[Hh]asta|[Pp]or|[Ee]ntre|[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Oo]f|[Ii]nto"
    r"|[Tt]owards?|[Nn]ear)(?:[ \t]+(?:el|la|los|las|the))?|el|la|los|las|the)[ \t]+(?P<word>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{5,})\b")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_letter_off(key: str) -> set[str]:
    """Every word one letter off ``key`` after its first (a letter dropped, added, changed, or two swapped: the capital
    a reader sees first is kept), lower-case ASCII."""
    splits = [(key[:i], key[i:]) for i in range(1, len(key) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(key)
    return out


_OFF_BY_ONE: dict[tuple[str, int], str] = {}


def _town_one_letter_off(key: str, index, holds) -> str:
    """The name of the one town of :data:`MISSPELT_TOWN_POPULATION` or more people one letter off ``key``, a word the
    gazetteer does not hold (:func:`_one_letter_off`); ``''`` when none or several (remembered by key and index)."""
    memo = (key, id(index))
    name = _OFF_BY_ONE.get(memo)
    if name is None:
        names = set() if holds(key) or index.lookup(key) else {
            p.name for near in _one_letter_off(key) if holds(near) for p in index.lookup(near)
            if not p.is_area and p.population >= MISSPELT_TOWN_POPULATION}
        name = next(iter(names)) if len(names) == 1 else ""
        if len(_OFF_BY_ONE) > 10_000:
            _OFF_BY_ONE.clear()
        _OFF_BY_ONE[memo] = name
    return name


def misspelt_towns(text: str, mentions: Sequence, index, zipf, holds) -> list:
    """``mentions`` with the towns written one letter off their names in a place's slot ("arrived at the Mapatepec
    municipality", "the municipalities of Mapstepec": Mapastepec), in text order.

    A word is read so when it follows a preposition or an article (or both), no name was found there, the
    gazetteer holds no name written so, exactly one town of :data:`MISSPELT_TOWN_POPULATION` or more people bears a
    name one letter away (a letter dropped, added, changed or two swapped), and the word is no word of English or
    Spanish (``zipf(word, lang)`` is 0 in both): an ordinary word, a surname or a month is never made a town.  The
    mention carries the town's name, so the draft writes it so.  (:func:`misspelt_dateline` reads a dateline's
    capitals so.)  ``index`` is the gazetteer index (``lookup``), ``holds(key)`` whether a name key is the
    gazetteer's (:meth:`.matcher.PlaceMatcher.holds`), ``zipf(word, lang)`` a word's frequency
    (:func:`.common.word_zipf`)."""
    from geo.normalize import name_key

    from .matcher import Mention

    starts = [m.start for m in mentions]
    found = []
    for slot in _PLACE_SLOT.finditer(text):
        a, b = slot.span("word")
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and mentions[k].end > a or k + 1 < len(starts) and starts[k + 1] < b:
            continue  # (inside or across a name found)
        key = name_key(slot.group("word"))
        if " " in key:
            continue
        name = _town_one_letter_off(key, index, holds)
        if not name or any(zipf(slot.group("word").lower(), lang) > 0 for lang in ("en", "es")):
            continue
        found.append(Mention(name, name_key(name), a, b))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else list(mentions)


#: How papers abbreviate a dateline's state or country ("Tonalá, Chis.-", "Córdoba, Ver.-", "San Pedro Sula, Hon.-"):
#: the letters of the abbreviation, dots and spaces left out, lower case, and the division or country meant.
DATELINE_ABBREVIATIONS = {
    "ags": "Aguascalientes", "bc": "Baja California", "bcs": "Baja California Sur", "camp": "Campeche",
    "chis": "Chiapas", "chih": "Chihuahua", "coah": "Coahuila", "col": "Colima", "dgo": "Durango",
    "gto": "Guanajuato", "gro": "Guerrero", "hgo": "Hidalgo", "jal": "Jalisco", "edomex": "Estado de México",
    "mex": "Estado de México", "mich": "Michoacán", "mor": "Morelos", "nay": "Nayarit", "nl": "Nuevo León",
    "oax": "Oaxaca", "pue": "Puebla", "qro": "Querétaro", "qroo": "Quintana Roo", "slp": "San Luis Potosí",
    "sin": "Sinaloa", "son": "Sonora", "tab": "Tabasco", "tamps": "Tamaulipas", "tamp": "Tamaulipas",
    "tlax": "Tlaxcala", "ver": "Veracruz", "yuc": "Yucatán", "zac": "Zacatecas",
    "gua": "Guatemala", "guat": "Guatemala", "hon": "Honduras", "hond": "Honduras",
}
# A dateline opening the first body paragraph: a town, a comma, an abbreviation with its dots, then the dateline's
# dash, or a comma and the day before it ("Isla, Ver., 4 de noviembre.-"), or a comma and the story ("Xalapa, Ver., Los
# integrantes").
_ABBREVIATED_DATELINE = re.compile(
    r"[ \t]*[A-ZÁÉÍÓÚÑ][^\n,.]{1,40},[ \t]*(?P<abbr>(?:[A-Za-z]{1,6}\.[ \t]?){1,3})"
    r"(?=[ \t]*(?:[-–—]|,[^\n]{1,40}?\.?[ \t]*[-–—]|,[ \t]+[A-ZÁÉÍÓÚÑ¿¡\"“]))")


def abbreviated_dateline_state(text: str, sents: Sequence[Sentence], mentions: Sequence, headline: int = -1) -> list:
    """``mentions`` with a dateline's abbreviated state or country read as its name ("Tonalá, Chis.-": Chiapas), the
    town's hint as if written whole; any name found inside the abbreviation ("Hon") gives way.  Only in the dateline
    that opens the first paragraph after the headline (:data:`DATELINE_ABBREVIATIONS`)."""
    from geo.normalize import name_key

    from .matcher import Mention

    body = next((s for s in sents if s.paragraph != headline), None)
    if body is None:
        return list(mentions)
    found = _ABBREVIATED_DATELINE.match(text, body.start)
    if found is None:
        return list(mentions)
    name = DATELINE_ABBREVIATIONS.get(re.sub(r"[.\s]", "", found.group("abbr")).lower())
    if name is None:
        return list(mentions)
    start, end = found.start("abbr"), found.end("abbr")
    kept = [m for m in mentions if m.end <= start or m.start >= end]
    return sorted([*kept, Mention(name, name_key(name), start, end)], key=lambda m: m.start)


# A person named in full: after a verb of saying or "according to", or before one, or with a role after a comma.
_FULL_NAME = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ \t]+(?:de[ \t]+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,3}"
_ROLE_AFTER = (r"(?:a[ \t]+|an[ \t]+|the[ \t]+|la[ \t]+|el[ \t]+)?(?:spokes\w+|portavoz|vocer[oa]|director\w*|head|jefe|"
               r"jefa|who[ \t]+speaks|quien|migrant|migrante|\d{1,3}\b)")
# Words before a name that make it a place, not the person ("reached Morales", "en Mena"); not "according to".
_PLACE_BEFORE_NAME = re.compile(
    r"(?:\b(?:in|at|into|near|from|through|reached|entered|en|a|al|de|desde|hacia|hasta|por|llegaron\s+a|"
    r"lleg[óo]\s+a)|(?<!according )\bto)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def persons_surnames(text: str, mentions: Sequence) -> list:
    """``mentions`` without those of a surname the article gives a person named in full ("said Carla Mena ... Mena had
    reported": the spokeswoman, not Mena, Arkansas), unless written after a word of place ("reached Morales")."""
    from geo.normalize import name_key

    from .places import _SAYING

    full = re.compile(rf"(?:\b(?:{_SAYING}|according\s+to|seg[úu]n)\s+)(?P<a>{_FULL_NAME})|(?P<b>{_FULL_NAME})"
                      rf"(?=\s+(?:{_SAYING})\b|,\s*{_ROLE_AFTER})")
    surnames = set()
    for m in full.finditer(text):
        name = m.group("a") or m.group("b")
        words = name.split()
        if len(words) >= 2:
            surnames.add(name_key(words[-1]))
    if not surnames:
        return list(mentions)
    kept = []
    for m in mentions:
        if m.key in surnames and " " not in m.name \
                and not _PLACE_BEFORE_NAME.search(text, max(0, m.start - 30), m.start):
            continue
        kept.append(m)
    return kept
