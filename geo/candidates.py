"""Which gazetteer entries a reported name may mean: candidates, and suggestions for unknown names.

:func:`find_candidates` tries, in order: each comma-separated part of the query
as a division ("Oaxaca state"), as a name, or as a town ("la ciudad de Puebla": its towns only; "the state of
Mexicali", which no division bears: its towns); or the end of one led by a saint's name ("Jalapa del Marqués"); then a misspelling (fuzzy
match); then a known name followed by a description ("San Pedro Sula bus
terminal").  Every candidate carries how it matched (``Place.match``), which
the scoring terms weigh.
"""

from __future__ import annotations

from dataclasses import replace

from .index import GazetteerIndex
from .normalize import area_name, name_key, split_query, town_name
from .places import Place

#: Fuzzy matches scoring below this (0-100) are not candidates.
FUZZY_CUTOFF = 85.0

#: Fuzzy matches scoring below this are not suggested for an unknown name.
SUGGESTION_CUTOFF = 60.0

#: Articles reporters add to a place name or drop from it, as name keys.
ARTICLES = ("el", "la", "los", "las", "the")

#: A one-word probe for suggestions needs this many letters ("el" alone suggests "Yale").
MIN_PROBE_LETTERS = 4


def with_article(key: str) -> list[str]:
    """The key with each article put before it, when it has none: ``"ceibo"`` -> ``["el ceibo", ...]``."""
    return [] if key.partition(" ")[0] in ARTICLES else [f"{article} {key}" for article in ARTICLES]


def without_article(key: str) -> str:
    """The key without its leading article, or ``''``: ``"el corinto"`` -> ``"corinto"``."""
    first, _, rest = key.partition(" ")
    return rest if first in ARTICLES else ""


def find_candidates(index: GazetteerIndex, query: str) -> tuple[list[Place], list[str]]:
    """Return the candidates for the most specific part of ``query`` and the other parts."""
    parts = split_query(query) or [query.strip()]
    written = _as_written(index, parts)
    if written is not None:
        return written
    key = name_key(parts[0])
    # A misspelling (fuzzy match), or the name without the article it bears ("Ceibo" is El Ceibo):
    # together, so that the scoring terms weigh a spelling difference against the article.
    found = _misspellings(index, key) + _with_an_article(index, key)
    if found:
        return found, parts[1:]
    return _after_misspellings(index, key, parts)


def find_readings(index: GazetteerIndex, query: str) -> list[Place]:
    """The candidates :func:`find_candidates` gives ``query`` that are no misspelling (``match`` not ``fuzzy``), in
    its order, without its scan of every key for misspellings (10-100 ms) where that scan cannot change them: when
    the name is found as written, or with an article, or by nothing after the scan either (a stop read in the other
    number, ``Palmillas``, is such a name: :func:`geo.route._other_number` wants no misspelt reading)."""
    parts = split_query(query) or [query.strip()]
    written = _as_written(index, parts)
    if written is not None:
        return [p for p in written[0] if p.match != "fuzzy"]
    key = name_key(parts[0])
    articled = _with_an_article(index, key)
    if articled:
        return articled  # (find_candidates gives the misspellings first, then these)
    later = _after_misspellings(index, key, parts)[0]
    if later and _misspellings(index, key):
        return []  # find_candidates stops at the misspellings
    return later


def _as_written(index: GazetteerIndex, parts: list[str]) -> tuple[list[Place], list[str]] | None:
    """:func:`find_candidates` up to its misspellings: a part as a division, a name or a town, or the words beginning
    a longer known name; ``None`` when none is found so."""
    for i, part in enumerate(parts):
        key = name_key(part)
        # "Oaxaca state", "el departamento de Chiquimula": the division, whatever else bears the name.
        bare = area_name(key)
        areas = [p for p in index.lookup(bare) if p.feature == "admin1"] if bare else []
        if areas:
            return [replace(p, match="division") for p in areas], parts[:i] + parts[i + 1:]
        found = index.lookup(key)
        if found:
            return found, parts[:i] + parts[i + 1:]
        # "la ciudad de Puebla", "the town of Honduras": only the towns of that name.
        town = town_name(key)
        found = [p for p in index.lookup(town) if not p.is_area] if town else []
        if found:
            return found, parts[:i] + parts[i + 1:]
        # "the border state of Mexicali": a level word with a name no division bears is the writer's slip, and
        # the towns that bear the name exactly are meant (not a division found by a misspelling of it).
        found = [p for p in index.lookup(bare) if not p.is_area] if bare else []
        if found:
            return found, parts[:i] + parts[i + 1:]
    key = name_key(parts[0])
    # The reported words begin a longer known name: "Suchilapan" is Suchilapan del Río.
    if key:
        longer: dict[int, Place] = {}
        for name in index.keys_starting_with(key):
            share = 100.0 * len(key.split()) / len(name.split())
            for p in index.lookup(name):
                if p.id not in longer or longer[p.id].match_score < share:
                    longer[p.id] = replace(p, match="extension", match_score=share)
        if longer:
            return list(longer.values()), parts[1:]
        # Or end one led by a saint's name or a port's word: "Jalapa del Marqués" is Santa María Jalapa del Marqués.
        led = [replace(p, match="short form") for name in index.keys_ending_with(key) for p in index.lookup(name)]
        if led:
            return led, parts[1:]
    return None


def _misspellings(index: GazetteerIndex, key: str) -> list[Place]:
    """The places of the keys within :data:`FUZZY_CUTOFF` of ``key`` (a scan of every key)."""
    found = []
    for fuzzy_key, score in index.fuzzy(key, limit=5, cutoff=FUZZY_CUTOFF):
        found += [replace(p, match="fuzzy", match_score=score) for p in index.lookup(fuzzy_key)]
    return found


def _with_an_article(index: GazetteerIndex, key: str) -> list[Place]:
    """The places named ``key`` with an article before it ("Ceibo" is El Ceibo)."""
    return [replace(p, match="short form") for variant in with_article(key) for p in index.lookup(variant)]


def _after_misspellings(index: GazetteerIndex, key: str, parts: list[str]) -> tuple[list[Place], list[str]]:
    """:func:`find_candidates` when no misspelling is close and no name takes an article."""
    # An article the gazetteer's name does not bear ("El Corinto" is Corinto): only when no name is
    # close, since "El Florida" is a misspelt El Florido rather than Florida.
    bare = without_article(key)
    found = [replace(p, match="short form") for p in index.lookup(bare)] if bare else []
    if found:
        return found, parts[1:]
    # Or a known name followed by a description ("San Pedro Sula bus terminal"),
    # found by its longest known prefix of two words or more.
    words = key.split()
    for n in range(len(words) - 1, 1, -1):
        found = index.lookup(" ".join(words[:n]))
        if found:
            return [replace(p, match="prefix", match_score=100.0 * n / len(words)) for p in found], parts[1:]
    return [], parts[1:]


def suggest(index: GazetteerIndex, query: str, *, limit: int = 3) -> tuple[str, ...]:
    """Return the names the gazetteer knows that are closest to ``query`` (for an unknown name)."""
    parts = split_query(query) or [query]
    words = name_key(parts[0]).split()
    # The whole name, and its leading words ("Tapachlua Centro" -> "tapachlua"), but never a short
    # word alone: "el" or "san" is close to hundreds of names and to none that was meant.
    probes = {" ".join(words[:n]) for n in range(1, min(len(words), 3) + 1)
              if n > 1 or n == len(words) or len(words[0]) >= MIN_PROBE_LETTERS}
    scored: dict[str, float] = {}
    for probe in probes:
        for key, score in index.fuzzy(probe, limit=limit, cutoff=SUGGESTION_CUTOFF):
            scored[key] = max(scored.get(key, 0.0), score)
    names: list[str] = []
    for key in sorted(scored, key=lambda k: -scored[k]):
        for place in index.lookup(key)[:1]:
            if place.name not in names:
                names.append(place.name)
    return tuple(names[:limit])
