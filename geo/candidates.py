"""Which gazetteer entries a reported name may mean: candidates, and suggestions for unknown names.

:func:`find_candidates` tries, in order: each comma-separated part of the query
as a division ("Oaxaca state") or as a name; then a misspelling (fuzzy
match); then a known name followed by a description ("San Pedro Sula bus
terminal").  Every candidate carries how it matched (``Place.match``), which
the scoring terms weigh.
"""

from __future__ import annotations

from dataclasses import replace

from .index import GazetteerIndex
from .normalize import area_name, name_key, split_query
from .places import Place

#: Fuzzy matches scoring below this (0-100) are not candidates.
FUZZY_CUTOFF = 85.0

#: Fuzzy matches scoring below this are not suggested for an unknown name.
SUGGESTION_CUTOFF = 60.0


def find_candidates(index: GazetteerIndex, query: str) -> tuple[list[Place], list[str]]:
    """Return the candidates for the most specific part of ``query`` and the other parts."""
    parts = split_query(query) or [query.strip()]
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
    # No part is known as written: a misspelling, found by fuzzy matching.
    key = name_key(parts[0])
    found = []
    for fuzzy_key, score in index.fuzzy(key, limit=5, cutoff=FUZZY_CUTOFF):
        found += [replace(p, match="fuzzy", match_score=score) for p in index.lookup(fuzzy_key)]
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
    # The whole name, and its leading words ("Tapachlua Centro" -> "tapachlua").
    probes = {" ".join(words[:n]) for n in range(1, min(len(words), 3) + 1)}
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
