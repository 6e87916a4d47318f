"""What the resolver remembers to save work answers what working it out again answers.

Resolver.candidates remembers each query's candidates (a name the gazetteer does not hold costs a fuzzy scan of
every key), and geo.route._other_number asks only the number forms that have candidates (what resolve raises
PlaceNotFound for, with suggestions no one reads, has none).
"""

from __future__ import annotations

import pytest

from geo import Focus, Stop, resolve_route
from geo.candidates import find_candidates
from geo.errors import PlaceNotFound
from geo.normalize import name_key, number_forms
from geo.resolve import Context, Resolver

QUERIES = ["Tapachula", "Tapachulas", "Palmilla", "Palmillas", "Huixtla, Chiapas", "Agua Caliente", "Agua Calientes",
           "Oaxaca state", "la ciudad de Guatemala", "Suchilapan", "Tapachla", "El Corinto", "San Pedro Sula bus terminal",
           "Qwxzv Plkrt", "Qwxzv Plkrts, Mexico", "Escuintla, Guatemala", "Escuintlas, Guatemala", "Ceibo"]


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


def test_remembered_candidates_are_the_candidates_worked_out(resolver):
    for query in QUERIES * 2:  # the second time from memory
        found, extra = resolver.candidates(query)
        assert (found, extra) == find_candidates(resolver.index, query), query


def test_remembered_candidates_come_in_new_lists(resolver):
    found, extra = resolver.candidates("Huixtla, Chiapas")
    assert found and extra == ["Chiapas"]
    found.clear()
    extra.append("Guatemala")
    assert resolver.candidates("Huixtla, Chiapas") == find_candidates(resolver.index, "Huixtla, Chiapas")


def test_a_query_has_no_candidates_exactly_when_resolve_finds_no_place(resolver):
    """The test _other_number puts before resolving a number form, against resolve itself."""
    forms = [", ".join([form, *rest]) for query in QUERIES
             for first, *rest in [[part.strip() for part in query.split(",")]]
             for form in [name_key(first), *number_forms(name_key(first))]]
    missing = 0
    for query in forms:
        try:
            resolver.resolve(query, Context())
            found = True
        except PlaceNotFound:
            found = False
            missing += 1
        assert bool(resolver.candidates(query)[0]) is found, query
    assert missing >= 2 and missing < len(forms)


def _other_number_as_it_was(stop, ctx, resolver):
    """geo.route._other_number as 3fa2488 wrote it: every number form resolved, PlaceNotFound caught."""
    from dataclasses import replace

    from geo.resolve import FUZZY_CONFIDENCE_CAP
    from geo.route import _too_far, split_query

    parts = split_query(stop.query) or [stop.query]
    for form in number_forms(name_key(parts[0])):
        try:
            other = resolver.resolve(", ".join([form, *parts[1:]]), ctx, where=stop.where)
        except PlaceNotFound:
            continue
        if not other.place.is_area and not _too_far(other.place, ctx.near):
            why = f"read as {other.place.name!r}: no place named {parts[0]!r} lies within a day's travel of the group's stops"
            return replace(other, query=stop.query, confidence=min(other.confidence, FUZZY_CONFIDENCE_CAP),
                           reasons=(why, *other.reasons))
    return None


def test_routes_resolve_as_when_every_number_form_was_resolved(monkeypatch):
    """Routes whose stops lie too far for the days between (Palmilla as in tests/test_number_reading.py, Tapachula two
    days after Querétaro, a name known only by a misspelling): the same resolutions as with _other_number as it was,
    with candidates worked out every time."""
    import geo.route

    story = Focus(countries=["MX"], divisions=[("MX", "Querétaro"), ("MX", "Ciudad de México")])
    routes = [[Stop("Mexico City", 1.0), Stop("Palmilla", 1.0), Stop("Querétaro", 1.0)],
              [Stop("Querétaro", 1.0), Stop("Tapachula", 3.0), Stop("Huixtla", 3.0), Stop("Tapachla", 4.0)],
              [Stop("Escuintla", 1.0), Stop("Agua Caliente", 1.0), Stop("Irapuato", 2.0), Stop("Esquipulas", 2.0)]]
    fast = [resolve_route(stops, Resolver(), focus=story) for stops in routes]

    class Plain(Resolver):
        def candidates(self, query):
            return find_candidates(self.index, query)

    monkeypatch.setattr(geo.route, "_other_number", _other_number_as_it_was)
    plain = [resolve_route(stops, Plain(), focus=story) for stops in routes]
    assert fast == plain
    assert any("read as 'Palmillas'" in " ".join(r.reasons) for r in fast[0])
