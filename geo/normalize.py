"""Name normalisation: the key under which a place name is looked up.

Reporters write ``Tecun Uman``, ``Cd. Hidalgo``, ``TAPACHULA`` or
``Esquípulas``; the gazetteer stores ``Ciudad Tecún Umán``, ``Ciudad Hidalgo``
and so on.  :func:`name_key` folds case, accents, punctuation and the common
abbreviations so that both sides meet on one key.
"""

from __future__ import annotations

import re
import unicodedata

# Abbreviations as Spanish-language reporters write them, mapped to the word.
ABBREVIATIONS: dict[str, str] = {
    "cd": "ciudad",
    "cdad": "ciudad",
    "sta": "santa",
    "sto": "santo",
    "sn": "san",
    "gral": "general",
    "pto": "puerto",
    "nva": "nueva",
    "nvo": "nuevo",
    "st": "saint",
    "ft": "fort",
    "mt": "mount",
}

# Words that only describe the kind of place and never distinguish it.
GENERIC_PREFIXES: tuple[str, ...] = ("ciudad ", "villa ", "municipio de ", "aldea ", "colonia ")

# Latin letters that have no accent to strip (Unicode gives them no decomposition): spelt out
# so that upper and lower case meet ("IŞIK" and "Işık", "BJØRN" and "Bjørn").
_PLAIN_LETTERS = str.maketrans({
    "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ħ": "h",
    "ŧ": "t", "ŋ": "n", "ß": "ss", "ƀ": "b", "ƒ": "f", "ɨ": "i", "ʉ": "u", "ĸ": "k",
})

_PREFIX_WORDS = frozenset(prefix.split(" ", 1)[0] for prefix in GENERIC_PREFIXES)
_NON_WORD = re.compile(r"[^0-9a-z]+")
_QUALIFIER = re.compile(r"^(.*\S)\s*\([^()]*\)\s*$")
_KM_PART = re.compile(r"^(km|kilometro|kilometer|kilómetro)\s*\d+([.,]\d+)?$", re.IGNORECASE)


def strip_accents(text: str) -> str:
    """Return ``text`` without combining accents (``Tecún`` -> ``Tecun``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """Return the lookup key of a place name.

    Lower case, no accents, punctuation as single spaces, abbreviations
    expanded: ``name_key("Cd. Tecún-Umán") == "ciudad tecun uman"``.
    Latin letters without an accent to strip are spelt out (``ø`` -> ``o``,
    ``ı`` -> ``i``); letters outside the Latin alphabet are dropped (the key of
    a name written only in another script is empty).
    """
    folded = name.lower()
    if not folded.isascii():
        folded = folded.translate(_PLAIN_LETTERS)
        # NFKD splits "ú" into "u" + an accent; the accent, like every other
        # non-ASCII character, cannot be part of a key.
        folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    words = _NON_WORD.sub(" ", folded).split()
    return " ".join([ABBREVIATIONS.get(word, word) for word in words])


def name_slug(name: str) -> str:
    """Return a name as an id spells it: its key's words joined by hyphens.

    ``name_slug("Cd. Hidalgo") == "ciudad-hidalgo"``; ``name_slug("Matías Romero") == "matias-romero"``.
    """
    return "-".join(name_key(name).split())


_MASK_BIT = {ch: 1 << i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}


def letter_mask(key: str) -> int:
    """Return a bit mask of the letters and digits in a key (one bit each, spaces ignored).

    Changing a name by one inserted or deleted character changes at most one
    bit, so masks that differ in many bits rule out close fuzzy matches cheaply.
    """
    mask = 0
    for ch in set(key):
        mask |= _MASK_BIT.get(ch, 0)
    return mask


def letter_masks(keys: list[str]):
    """:func:`letter_mask` of every key at once, as a numpy ``uint64`` array (keys are ASCII)."""
    import numpy as np

    if not keys:
        return np.zeros(0, dtype=np.uint64)
    table = np.zeros(256, dtype=np.uint64)
    for ch, bit in _MASK_BIT.items():
        table[ord(ch)] = bit
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    chars = np.frombuffer("".join(keys).encode("ascii"), dtype=np.uint8)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    return np.bitwise_or.reduceat(table[chars], starts)


def without_qualifier(name: str) -> str:
    """Return ``name`` without a trailing parenthesised qualifier, or ``''`` if it has none.

    ``El Carmen (Malacatán)`` -> ``El Carmen``.
    """
    match = _QUALIFIER.match(name) if name.endswith(")") else None
    return match.group(1).strip() if match else ""


def short_keys(key: str) -> list[str]:
    """Return secondary keys of a normalised name: without a generic prefix.

    ``Ciudad Tecún Umán`` is also found as ``tecun uman``; the caller ranks such
    matches below exact ones.
    """
    if key.split(" ", 1)[0] not in _PREFIX_WORDS:  # fast path: most names have no generic prefix
        return []
    return [key[len(prefix):] for prefix in GENERIC_PREFIXES
            if key.startswith(prefix) and len(key) > len(prefix) + 2]


def is_road_marker(part: str) -> bool:
    """Return True for a road-kilometre part such as ``km 177``."""
    return bool(_KM_PART.match(part.strip()))


def split_query(text: str) -> list[str]:
    """Split a reported place into its comma-separated parts, road markers dropped.

    ``"km 177, Vado Hondo, Chiquimula"`` -> ``["Vado Hondo", "Chiquimula"]``.
    """
    parts = [p.strip() for p in re.split(r"[,;]", text)]
    return [p for p in parts if p and not is_road_marker(p)]


#: Words that say a name is meant as a division, before it ("estado de Oaxaca") or after it
#: ("Oaxaca state"), as name keys.
_AREA_BEFORE = (r"^(?:(?:el|la|the) )?(?:departamento|depto|dpto|estado|provincia|comarca|department|state|province)"
                r"(?: (?:de|del|of))? (?=\S)")
_AREA_AFTER = r"(?<=\S) (?:state|department|province|departamento|estado|provincia)$"


#: Words that say a name is meant as a town, before it ("la ciudad de Puebla", "the town of Honduras",
#: "municipio de Sinaloa"), as name keys.
_TOWN_BEFORE = re.compile(r"^(?:(?:el|la|the) )?(?:ciudad|city|town|village|pueblo|poblado|localidad|municipio|"
                          r"municipality|cabecera municipal) (?:de|del|of) (?=\S)")


def town_name(key: str) -> str:
    """The town's own name key when ``key`` says it means a town, else ``''``.

    ``"la ciudad de puebla"`` -> ``"puebla"``, ``"the town of honduras"`` -> ``"honduras"``;
    ``"puebla"`` -> ``""``.  (A name that starts so, "Ciudad de México", is looked up whole first:
    see :func:`geo.candidates.find_candidates`.)
    """
    bare = _TOWN_BEFORE.sub("", key, count=1)
    return bare if bare != key else ""


def area_name(key: str) -> str:
    """The division's own name key when ``key`` says it means a division, else ``''``.

    ``"el departamento de chiquimula"`` -> ``"chiquimula"``, ``"oaxaca state"`` ->
    ``"oaxaca"``; ``"chiquimula"`` -> ``""`` (a bare name says nothing of its level).
    """
    bare = re.sub(_AREA_AFTER, "", re.sub(_AREA_BEFORE, "", key, count=1), count=1)  # compiled on first use
    return bare if bare != key else ""


def number_forms(key: str) -> list[str]:
    """The key with its last word's number changed, as reporters drop or add a final ``s``: ``"palmilla"`` ->
    ``["palmillas"]``, ``"palmillas"`` -> ``["palmilla"]`` (a word of three letters or fewer is left alone)."""
    head, _, last = key.rpartition(" ")
    if len(last) <= 3:
        return []
    other = last[:-1] if last.endswith("s") else last + "s"
    return [f"{head} {other}" if head else other]
