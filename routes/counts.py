"""Group sizes as reporters write them, parsed into a low and a high figure.

``parse_count("7,000-8,000")`` -> ``Count(7000, 8000, "range", ...)``.  The
vague words map to ranges by the rules below (also in the README):

=====================================  =================================
words                                   low .. high
=====================================  =================================
``160``, ``7.000``, ``7 mil``           N .. N (exact as reported)
``7,000-8,000``, ``between A and B``    A .. B
``about``/``around``/``some``/``~`` N   0.9 N .. 1.1 N
``an estimated``/``an average of`` N    0.9 N .. 1.1 N
``almost``/``nearly``/``close to`` N    0.9 N .. N
``at least``/``(just) over``/``more than`` N  N .. 1.5 N
``N or more``, ``N+``                   N .. 1.5 N
``as many as``/``up to`` N              0.5 N .. N
``dozens``                              24 .. 99
``hundreds``                            200 .. 900
``thousands``                           2,000 .. 9,000
``tens of thousands``                   20,000 .. 90,000
=====================================  =================================

Every figure must be a whole number of people from 1 to :data:`MAX_COUNT`
(``1.5`` alone, ``-5``, ``0`` and ``10,000,000,000`` are refused; ``2.5 mil``
is 2,500).

A trailing ``more`` (``about 1,000 more``), or ``another``/``otros`` before the
figure (``another 500``), marks the figure as *additional*: people besides a group
already counted (who joined it, or did the same), not the group's size.  Spanish
(``unos``, ``alrededor de``, ``un promedio de``, ``estimada en``, ``casi``, ``más de``,
``al menos``, ``hasta``, ``miles``, ``millares``, ``cientos``, ``7 mil``, ``mil 500``,
``un millar``, ``un centenar``, ``tres millares``, ``dos centenares``) follows the same rules.  An estimate followed by a
qualifier takes that qualifier (``estimated at more than 7,000`` is "at least").
A stray space after a thousands comma (``2, 000``) is read as one figure.

Figures may be written in words, Spanish or English, alone or mixed with
digits: ``dos mil``, ``tres mil quinientos``, ``unas 3 mil 500``, ``unos
mil``, ``two thousand``, ``about a thousand``, ``entre dos y tres mil``.
The words are read by the ``text2num`` package (:func:`spelled_value`);
half of a noun of number is read too (``medio millar`` 500, ``medio centenar`` 50,
``un millar y medio`` 1,500); what it cannot read (``veintiún mil``, ``a dozen``) stays
unreadable, with the usual error.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import text2num

#: qualifier -> (low factor, high factor) applied to the reported number.
FACTORS: dict[str, tuple[float, float]] = {
    "exact": (1.0, 1.0),
    "about": (0.9, 1.1),
    "almost": (0.9, 1.0),
    "at least": (1.0, 1.5),
    "up to": (0.5, 1.0),
}

VAGUE: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "hundreds": (200, 900),
    "thousands": (2_000, 9_000),
    "tens of thousands": (20_000, 90_000),
}

# The words are matched in lower case (the text is lowered once).
_PREFIXES: list[tuple[str, str]] = [
    ("about", r"about|around|some|approximately|approx\.?|roughly|circa|ca\.|~|unos|unas|alrededor de|aproximadamente|cerca de|"
              r"an average of|un promedio de"),
    ("almost", r"almost|nearly|close to|just under|casi|poco menos de"),
    ("at least", r"at least|more than|over|just over|upwards of|in excess of|above|al menos|por lo menos|más de|mas de|"
                 r"poco más de|"
                 # a verb that says "more than": "superaban 400 personas", "rebasaron los mil", "exceeded 7,000" (not "topped":
                 # the finders match a qualifier at any letter, and "had stopped some 150" would read as "topped")
                 r"(?:superan|superaban|superaron|rebasan|rebasaban|rebasaron)(?: los| las)?|exceeded|surpassed"),
    ("up to", r"as many as|as high as|up to|as much as|hasta|no more than|at most"),
]
_PREFIX_RE = [(q, re.compile(rf"^(?:{p})\s*")) for q, p in _PREFIXES]
# An estimate (``an estimated 500``, ``estimated at 7,000``, ``estimada en nueve mil``) is "about",
# unless a qualifier follows it (``estimated at more than 7,000`` is "at least").
_ESTIMATES = r"the estimated|an estimated|some estimated|estimated at|estimated|estimad[oa]s? en|calculad[oa]s? en"
_ESTIMATE_RE = re.compile(rf"^(?:{_ESTIMATES})\s*")
# People besides a group already counted, said before the figure (``another 500``, ``otros 500``).
_ANOTHER = r"another|otros|otras"
_ANOTHER_RE = re.compile(rf"^(?:{_ANOTHER})\s+")
#: Every word a count may start with before its figure (lower case, words apart by one space), as one
#: regex: for finders of counts in running text, which hand the words with the figure to :func:`parse_count`.
QUALIFIERS = "|".join([_ANOTHER, _ESTIMATES] + [words for _, words in _PREFIXES])
# Words at the end (looked up as the last word or the ending, not searched for with a regex).
_SUFFIXES_AT_LEAST = ("or more", "+", "or so more", "y más", "o más")
_LAST_WORDS_MORE = frozenset(("more", "additional", "others", "más"))
# 7,000  7.000  7 000  1,000,000; and 2, 000 (a stray space after the comma: one group only,
# so that "2,000, 300" is not read as one figure)
_GROUPED = r"\d{1,3}(?:[,.\s]\d{3})+|\d{1,3},\s\d{3}"
_NUMBER = rf"{_GROUPED}|\d+(?:\.\d+)?"
#: Words that multiply the figure before them (``7 mil``, ``2.5 thousand``, ``1.5k``).
_MULTIPLIERS = {
    "mil": 1_000, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "millones": 1_000_000,
    "millón": 1_000_000, "hundred": 100, "cien": 100, "cientos": 100, "millar": 1_000, "centenar": 100,
    # a noun of number in the plural after its figure: "tres millares" (3,000), "dos centenares" (200); alone it is
    # vague ("millares", "centenares": see _VAGUE_WORDS)
    "millares": 1_000, "centenares": 100,
}
_MULTIPLIER = rf"\s*(?:{'|'.join(_MULTIPLIERS)})"
#: Words before the first figure of a range, and between its two figures (``entre 7 mil y 8 mil``).
_RANGE_STARTS = ("between", "entre", "from", "de")
_DASHES = ("-", "–", "—")
_RANGE_WORDS = ("to", "and", "or", "y", "o", "a")
# One figure, its multiplier, and what is added after the multiplier (``3 mil 500``).
_FIGURE = rf"({_NUMBER})(?:({_MULTIPLIER})(?:\s+(\d{{1,3}}))?)?"
_RANGE = re.compile(
    rf"^(?:(?:{'|'.join(_RANGE_STARTS)})\s+)?{_FIGURE}"
    rf"\s*(?:{'|'.join(_DASHES + _RANGE_WORDS)})\s*{_FIGURE}$"
)
_SINGLE = re.compile(rf"^{_FIGURE}$")
# Number words: a run of them may hold these between its words ("treinta y cinco",
# "two hundred and fifty") or between the two figures of a range ("dos a tres mil").
_SEPARATORS = frozenset(_DASHES + _RANGE_WORDS)
# English "a" before these is "one" (``a thousand``): text2num reads only "one thousand".
_AFTER_A = frozenset(("hundred", "thousand", "million"))
_VAGUE_WORDS = {
    "dozens": "dozens", "decenas": "dozens",
    "hundreds": "hundreds", "cientos": "hundreds", "centenares": "hundreds", "several hundred": "hundreds",
    "a few hundred": "hundreds",
    "thousands": "thousands", "miles": "thousands", "millares": "thousands", "several thousand": "thousands",
    "a few thousand": "thousands",
    "tens of thousands": "tens of thousands", "decenas de miles": "tens of thousands",
}
# Words text2num reads as a figure that are none here: plurals it reads as one of their unit
# ("miles" -> 1000) and "unos"/"unas" ("some", which it reads as 1).
_NOT_A_FIGURE = frozenset(_VAGUE_WORDS) | {"millones", "millions", "unos", "unas"}
_TRAILING_NOUNS = frozenset(
    "people persons migrants migrantes personas hondurans hondureños guatemalans "
    "salvadorans venezuelans cubans haitians members marchers walkers travellers travelers".split()
)
_GROUPED_THOUSANDS = re.compile(_GROUPED)
_NOT_DIGIT = re.compile(r"\D")


#: The largest group size accepted: more than any moving group on record; a bigger figure is a typo.
MAX_COUNT = 10_000_000


_NEGATIVE = re.compile(r"^[-\u2212\u2013]\s*\d")


#: What a count may look like, for messages.
EXPECTED = "write a number, a range such as 7,000-8,000, or words such as 'about 1,000', 'as many as 5,300', 'thousands'"


class CountSyntaxError(ValueError):
    """Raised by :func:`parse_count` when the text holds no group size it can read.

    ``hint`` says how to fix it.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = EXPECTED if hint is None else hint


@dataclass(frozen=True)
class Count:
    """A reported group size: bounds, how it was qualified, and the words as reported.

    ``low`` and ``high`` are whole people; ``qualifier`` is one of ``exact``,
    ``range``, ``about``, ``almost``, ``at least``, ``up to``, ``vague``;
    ``additional`` is True for figures of people who joined (``1,000 more``);
    ``nominal`` is the number as written (the upper figure of a range).
    """

    low: int
    high: int
    qualifier: str
    text: str
    additional: bool = False
    nominal: int = 0

    @property
    def mid(self) -> float:
        """The geometric middle of the bounds: the figure a map draws."""
        return math.sqrt(self.low * self.high)


def _shown(text: str, limit: int = 40) -> str:
    """The reporter's words quoted for a message, cut short if very long."""
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _unreadable(original: str) -> CountSyntaxError:
    return CountSyntaxError(f"cannot read a group size in {_shown(original)}")


def _number(digits: str) -> float:
    """A figure written in digits (``7,000``, ``7.000``, ``2.5``) as a number."""
    if _GROUPED_THOUSANDS.fullmatch(digits):
        return float(_NOT_DIGIT.sub("", digits))
    return float(digits)


def _to_int(number: str, multiplier: str | None, added: str | None = None, *, original: str) -> int:
    """One figure as written (``7.000``, ``2.5`` with ``mil``, ``3`` ``mil`` ``500``) in people.

    Refuses what no group can be, and an ``added`` part as large as the multiplier
    (``3 hundred 500`` is not a way of writing a number).
    """
    value = _number(number)
    factor = _MULTIPLIERS[multiplier.strip()] if multiplier else 1
    if value * factor > MAX_COUNT:  # also catches inf from a very long digit string
        raise CountSyntaxError(f"{_shown(original)} is not a plausible group size (more than {MAX_COUNT:,})",
                               hint="check the digits: a group is counted in people, not in any other unit")
    if factor == 1 and not value.is_integer():
        raise CountSyntaxError(f"{_shown(original)} is not a whole number of people",
                               hint="write thousands as 7,000 or 7.000 or 7 mil, not 7.0")
    value *= factor
    if added:
        if int(added) >= factor:
            raise _unreadable(original)
        value += int(added)
    if value < 1:
        raise CountSyntaxError(f"{_shown(original)} is a group of no one",
                               hint="leave count empty when the size is unknown")
    return round(value)


def spelled_value(words: str) -> int | None:
    """The number written in words, Spanish or English, or None if ``words`` is not one.

    ``spelled_value("tres mil quinientos")`` -> 3500, ``spelled_value("two
    thousand")`` -> 2000, ``spelled_value("mil")`` -> 1000,
    ``spelled_value("miles")`` -> None (a vague plural is not a figure),
    ``spelled_value("unos")`` -> None (a qualifier, "some").  Read by ``text2num``, which knows the
    number words of both languages (a few microseconds a call); a size finder
    may use it to tell whether a word of running text starts a figure.
    """
    if words.lower() in _NOT_A_FIGURE:
        return None
    for language in ("es", "en"):
        try:
            return text2num(words, language)
        except ValueError:
            continue
    return None


def _written(run: list[str], value: int) -> str:
    """Number words in digits, keeping a final multiplier as written (``dos mil`` -> ``2 mil``).

    The multiplier stays so that a range shares it as it does in digits:
    ``dos a tres mil`` reads as ``2 a 3 mil``, 2,000-3,000.  ``dos mil cien``
    (2,100) ends with a multiplier word that does not multiply: ``2100``.
    """
    if run[-1] in _MULTIPLIERS:
        head = spelled_value(" ".join(run[:-1]))
        if head is not None and head * _MULTIPLIERS[run[-1]] == value:
            return f"{head} {run[-1]}"
    return str(value)


def _spelled_run(run: list[str], plain: bool, original: str) -> str:
    """A run of number words in digits: one figure, or two with the separator between them.

    ``plain`` writes a figure with no multiplier kept (after ``3 mil``: ``quinientos`` -> ``500``).
    """
    value = spelled_value(" ".join(run))
    if value is not None:
        return str(value) if plain else _written(run, value)
    for at, word in enumerate(run):
        if word in _SEPARATORS:
            first, second = spelled_value(" ".join(run[:at])), spelled_value(" ".join(run[at + 1:]))
            if first is not None and second is not None:
                return f"{_written(run[:at], first)} {word} {_written(run[at + 1:], second)}"
    raise _unreadable(original)


def _in_digits(text: str, original: str) -> str:
    """Lower-case ``text`` with its number words written in digits, ready for the digit patterns.

    ``dos mil`` -> ``2 mil``; ``tres mil quinientos`` -> ``3500``; ``3 mil
    quinientos`` -> ``3 mil 500`` (a multiplier after digits stays a word);
    ``entre dos mil y tres mil`` -> ``entre 2 mil y 3 mil``; ``a thousand`` ->
    ``1 thousand``; ``mil 500`` -> ``1 mil 500``.  Digits and other words are left as they are.
    """
    words = text.split()
    out: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        if word == "a" and at + 1 < len(words) and words[at + 1] in _AFTER_A:
            word = words[at] = "1"
        after_digits = bool(out) and out[-1][-1].isdigit()
        if word in _MULTIPLIERS and not after_digits and at + 1 < len(words) and words[at + 1].isdigit():
            out.append("1")  # "mil 500" is 1,500: a multiplier alone before digits is one of it
            after_digits = True
        if (after_digits and word in _MULTIPLIERS) or word in _SEPARATORS or spelled_value(word) is None:
            out.append(word)
            at += 1
            continue
        end = at + 1
        while end < len(words) and (words[end] in _SEPARATORS or spelled_value(words[end]) is not None):
            end += 1
        while words[end - 1] in _SEPARATORS:
            end -= 1
        plain = bool(out) and out[-1] in _MULTIPLIERS
        out.append(_spelled_run(words[at:end], plain, original))
        at = end
    return " ".join(out)


# Half of a noun of number: "medio millar" (500), "medio centenar" (50), "medio millón", and "un millar y medio"
# (1,500); text2num reads none of them, so they are written as a decimal figure with its multiplier first.
_HALVES = re.compile(r"\b(?:medi[oa]\s+(?P<noun>millar|centenar|mill[óo]n)|(?:un|1)\s+(?P<whole>millar|centenar|mill[óo]n)"
                     r"\s+y\s+medio)\b")


def _half(match: re.Match[str]) -> str:
    """``medio millar`` -> ``0.5 millar``; ``un millar y medio`` -> ``1.5 millar``."""
    return f"0.5 {match['noun']}" if match["noun"] else f"1.5 {match['whole']}"


def parse_count(text: str) -> Count:
    """Parse a reported group size; raise :class:`CountSyntaxError` if there is none.

    >>> parse_count("as many as 5,300")
    Count(low=2650, high=5300, qualifier='up to', text='as many as 5,300', additional=False, nominal=5300)
    """
    original = text
    s = " ".join(str(text).split()).rstrip(".").lower()  # split() also takes no-break spaces apart
    head, _, last = s.rpartition(" ")
    if head and last in _TRAILING_NOUNS:
        s = head
    if not s:
        raise CountSyntaxError("empty count")
    if _NEGATIVE.match(s):
        raise CountSyntaxError(f"negative count {_shown(original)}",
                               hint="a group size is 1 or more; for people who left, say so in 'note'")
    if s in _VAGUE_WORDS:
        lo, hi = VAGUE[_VAGUE_WORDS[s]]
        return Count(lo, hi, "vague", original, nominal=hi)

    additional = False
    qualifier = "exact"
    at_least = next((end for end in _SUFFIXES_AT_LEAST if s.endswith(end)), None)
    head, _, last = s.rpartition(" ")
    if at_least:
        qualifier = "at least"
        s = s[:-len(at_least)].rstrip()
    elif last in _LAST_WORDS_MORE:
        additional = True
        s = head
    another = _ANOTHER_RE.match(s)
    if another:
        additional = True
        s = s[another.end():]
    estimate = _ESTIMATE_RE.match(s)
    if estimate:
        qualifier = "about"
        s = s[estimate.end():]
    for name, pattern in _PREFIX_RE:
        match = pattern.match(s)
        if match:
            qualifier = name
            s = s[match.end():]
            break

    if any(c.isalpha() for c in s):
        s = _in_digits(_HALVES.sub(_half, s), original)
    f_lo, f_hi = FACTORS[qualifier]
    ranged = _RANGE.match(s)
    if ranged:
        a_num, a_mult, a_added, b_num, b_mult, b_added = ranged.groups()
        # "7 a 8 mil": the second figure's multiplier is the first's too, unless the first
        # is already as large as the second's digits ("500 a 2 mil" is 500-2,000).
        shared = b_mult if _number(a_num) < _number(b_num) else None
        lo = _to_int(a_num, a_mult or shared, a_added, original=original)
        hi = _to_int(b_num, b_mult, b_added, original=original)
        if lo > hi:
            raise CountSyntaxError(f"range runs backwards: {_shown(original)}")
        return Count(round(lo * f_lo), round(hi * f_hi), "range" if qualifier == "exact" else qualifier,
                     original, additional, hi)
    single = _SINGLE.match(s)
    if single:
        value = _to_int(*single.groups(), original=original)
        return Count(round(value * f_lo), round(value * f_hi), qualifier, original, additional, value)
    raise _unreadable(original)
