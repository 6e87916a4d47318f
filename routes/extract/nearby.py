"""What a sentence's own words say about where a reported place lies: evidence for the resolver, not rows.

- A locator after the place: "through Esperanza, just north of Ciudad Obregón, Sonora", "en Santa Ana,
  cerca de Hermosillo": the place lies near the locator town, and in the division written after it.
- A description with the division it lies in: "Escuintla, a farming town in the southern state of Chiapas": the
  division is the query's hint.
- The stops listed with it along one road: "from Hermosillo, then north through Santa Ana, then Caborca":
  the place lies near the places listed right before and after it.

:func:`written_near` finds those names; ``routes.extract.pipeline`` resolves them and passes the sure
ones to :func:`geo.resolve_route` as :attr:`geo.Stop.near` (undated anchors for that stop alone), and the
division as the query's hint.  Whether those places are rows of their own is another matter (a locator
is not).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .matcher import Mention

_COMPASS = r"(?:north|south|east|west)(?:east|west)?|northern|southern|eastern|western"
_RUMBO = r"norte|sur|este|oeste|oriente|poniente|noreste|noroeste|sureste|suroeste|nororiente|norponiente|suroriente|surponiente"
# ", just north of", ", about 20 km south of", ", near", ", a las afueras de", ", cerca de", ", al norte de",
# ", a 30 kilómetros de" (only a comma and the relation between the two names)
_LOCATOR_BETWEEN = re.compile(
    r"\s*,\s*(?:(?:just|right|some|about|roughly|a\s+few|several|\d[\d,.]*\s*(?:km|kilometers|kilometres|miles|mi))\s+)*"
    rf"(?:(?:{_COMPASS})\s+of|(?:near|outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|between)|"
    rf"(?:muy\s+)?(?:cerca\s+de|al\s+(?:{_RUMBO})\s+de|a\s+las\s+afueras\s+de|en\s+las\s+afueras\s+de|entre)|"
    rf"a\s+(?:unos\s+|poco\s+m[áa]s\s+de\s+|menos\s+de\s+)?\d[\d,.]*\s*(?:km|kil[óo]metros)\s+(?:al\s+(?:{_RUMBO})\s+)?de)"
    r"\s+(?:the\s+(?:city|town)\s+of\s+|la\s+ciudad\s+de\s+|el\s+municipio\s+de\s+)?$",
    re.I)
# The place described by its kind of settlement and the division it lies in: ", a farming town in the southern state
# of", ", una comunidad del municipio ... de" is not this; ", un municipio de", ", a small city in northern".
_DESCRIBED_IN_BETWEEN = re.compile(
    r"\s*,\s*(?:a|an|the|one|un|una|el|la)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:town|city|village|hamlet|community|municipality|port|border\s+town|ciudad|pueblo|poblado|localidad|comunidad|"
    r"municipio|villa|puerto)\s+(?:in|of|en|de|del)\s+(?:the\s+|el\s+|la\s+)?"
    rf"(?:(?:{_COMPASS}|central|Mexican|Guatemalan|Honduran|sure[ñn]o|norte[ñn]o|mexicano|guatemalteco|hondure[ñn]o)\s+)?"
    r"(?:(?:state|province|department|estado|departamento|provincia)\s+(?:of|de)\s+)?$",
    re.I)
# Only road words between two stops of one list: ", then north through", " y luego", ", then", " and on to".
_LIST_WORDS = (r"and|y|e|then|luego|despu[ée]s|on|to|a|al|hasta|past|through|por|via|v[íi]a|hacia|toward|towards|"
               rf"the|el|la|{_COMPASS}|al\s+(?:{_RUMBO})")
_LIST_BETWEEN = re.compile(rf"\s*(?:(?:,|;)\s*)?(?:(?:{_LIST_WORDS})\b\s*,?\s*){{0,5}}$", re.I)
# A list needs a word of order or a comma: "Hermosillo y Caborca" joins two places; "Santa Ana, then Caborca" lists.
_LIST_MARK = re.compile(r",|\b(?:then|luego|despu[ée]s|past|through|por|via|v[íi]a)\b", re.I)


class Nearby(NamedTuple):
    """The names a sentence puts a place near (``near``) and the division written after its locator (``hint``)."""

    near: tuple[str, ...]
    hint: str


NOTHING = Nearby((), "")


def written_near(mentions: Sequence[Mention], at: int, key: str, sentence_start: int, sentence_end: int,
                 text: str, is_area: Callable[[str], bool]) -> Nearby:
    """What the words of one sentence say about where the place written at offset ``at`` lies.

    ``mentions`` are the article's place names (offsets in ``text``), the place's the one at ``at`` with
    name key ``key`` (else nothing is said); ``is_area(key)`` says whether a
    name key is a country or division.  A locator ("just north of X", "cerca de X") gives X, and the
    division written right after X (", Sonora") as the hint; the towns listed right before and after
    the place along one road give themselves.  Areas are never near places.
    """
    inside = [m for m in mentions if sentence_start <= m.start and m.end <= sentence_end]
    here = next((k for k, m in enumerate(inside) if m.start == at and m.key == key), None)
    if here is None:
        return NOTHING
    place = inside[here]
    near: list[str] = []
    hint = ""
    after = inside[here + 1] if here + 1 < len(inside) else None
    if after is not None and is_area(after.key) and _DESCRIBED_IN_BETWEEN.match(text, place.end, after.start):
        # "Escuintla, a farming town in the southern state of Chiapas": the division is the place's hint
        return Nearby((), after.name)
    if after is not None and not is_area(after.key) and _LOCATOR_BETWEEN.match(text, place.end, after.start):
        near.append(after.name)
        then = inside[here + 2] if here + 2 < len(inside) else None
        if then is not None and is_area(then.key) and re.fullmatch(r"\s*,\s*", text[after.end:then.start]):
            hint = then.name
        return Nearby(tuple(near), hint)
    for other, between in ((inside[here - 1] if here else None, (lambda o: (o.end, place.start))),
                           (after, (lambda o: (place.end, o.start)))):
        if other is None or is_area(other.key):
            continue
        a, b = between(other)
        words = text[a:b]
        if _LIST_BETWEEN.fullmatch(words) and _LIST_MARK.search(words):
            near.append(other.name)
    return Nearby(tuple(near), hint)
