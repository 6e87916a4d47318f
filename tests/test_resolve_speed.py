"""What the resolver remembers to resolve a route faster gives the answers a new resolver gives.

A route is resolved in passes, each scoring the same names against new anchors: the resolver keeps each
name's place terms (scored without the route) and adds the route terms per call.  These tests ask one
resolver the same names with different anchors in turn and check each answer by hand (the gazetteer's own
places) and against a new resolver asked only that.
"""

from __future__ import annotations

import pytest

# Anchors: (lat, lon, days apart).  Cañas, Guanacaste (Costa Rica); Monrovia (Liberia); Paris.
NEAR_CANAS = ((10.43, -85.09, 1.0),)
NEAR_MONROVIA = ((6.30, -10.80, 1.0),)
NEAR_PARIS = ((48.85, 2.35, 1.0),)


def _fresh(query, ctx):
    from geo.resolve import Resolver

    return Resolver().resolve(query, ctx)


def test_a_name_asked_again_with_other_anchors_follows_the_anchors():
    """Liberia alone is the country; a day from Cañas it is the town in Guanacaste, a day from Monrovia the
    country again (a remembered town must not stay chosen, nor a remembered country's missing penalty)."""
    from geo.resolve import Context, Resolver

    resolver = Resolver()
    asked = [Context(), Context(near=NEAR_CANAS), Context(near=NEAR_MONROVIA), Context(near=NEAR_CANAS), Context()]
    answers = [resolver.resolve("Liberia", ctx) for ctx in asked]
    assert [(a.place.feature, a.place.country) for a in answers] == [
        ("country", "LR"), ("populated_place", "CR"), ("country", "LR"), ("populated_place", "CR"), ("country", "LR")]
    assert answers[1] == answers[3] and answers[0] == answers[4]
    # Liberia (10.635, -85.438) to Cañas: 0.205 deg of latitude (22.8 km) and 0.348 deg of longitude at
    # cos(10.5 deg) (38.0 km): 44 km, a day apart.
    assert "44 km from the group's nearest other stop, 44 km/day" in answers[1].reasons
    for ctx, answer in zip(asked, answers):
        assert answer == _fresh("Liberia", ctx)


def test_a_country_far_from_the_anchors_is_penalised_after_being_asked_without_them():
    """Guatemala alone is the country (kept at country precision); with the group a day from Paris the
    country lies thousands of km off the route (far_country, -10) and its capital wins, scored against the
    anchor: the country's route-dependent term is not taken from what was remembered without anchors."""
    from geo.resolve import Context, Resolver

    resolver = Resolver()
    alone = resolver.resolve("Guatemala", Context())
    assert alone.place.feature == "country" and "the name of a country: kept at country precision" in alone.reasons
    far = resolver.resolve("Guatemala", Context(near=NEAR_PARIS))
    assert far.place.name == "Guatemala City"
    # Guatemala City to Paris is about 9,000 km on the great circle.
    (pace,) = [r for r in far.reasons if r.endswith("km/day")]
    assert 8_900 < int(pace.split(" km")[0]) < 9_100
    assert far == _fresh("Guatemala", Context(near=NEAR_PARIS))
    assert resolver.resolve("Guatemala", Context()) == alone


@pytest.mark.parametrize("kind", ["", "crossing"])
def test_hints_and_kinds_are_remembered_apart(kind):
    """Ciudad Hidalgo: the Michoacán town alone, the Chiapas border town as a crossing (toponyms.csv rows 7
    and 68), the Chiapas one a day from Tapachula whatever the kind: asked in turn on one resolver."""
    from geo.resolve import Context, Resolver

    resolver = Resolver()
    for ctx in (Context(), Context(kind="crossing"), Context(kind=kind, near=((14.91, -92.26, 1.0),))):
        answer = resolver.resolve("Ciudad Hidalgo", ctx)
        assert answer == _fresh("Ciudad Hidalgo", ctx)
    assert resolver.resolve("Ciudad Hidalgo", Context()).place.admin1_name == "Michoacán"
    assert resolver.resolve("Ciudad Hidalgo", Context(kind="crossing")).place.admin1_name == "Chiapas"
    near = resolver.resolve("Ciudad Hidalgo", Context(kind=kind, near=((14.91, -92.26, 1.0),)))
    assert near.place.admin1_name == "Chiapas"


def test_an_unknown_name_or_country_hint_fails_every_time():
    from geo.errors import InputError, PlaceNotFound
    from geo.resolve import Context, Resolver

    resolver = Resolver()
    for _ in range(2):
        with pytest.raises(PlaceNotFound):
            resolver.resolve("Xqzzyplace", Context())
        with pytest.raises(InputError, match="unknown country 'Atlantis'"):
            resolver.resolve("Tapachula", Context(country="Atlantis"))
