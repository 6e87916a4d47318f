"""What resolution saves answers what working it out again answers.

geo.route.resolve_route keeps a stop's answer from one pass to the next when its anchors and side are the same,
and reads a stop in the other number only with forms one of whose candidates could fit the route; the resolver
works out a name's place terms before the story's focus once for every focus.  Each is checked here against the
work done in full: routes resolved as resolve_route did before (every stop scored again in every pass, every
number form resolved), and every answer of one resolver asked in turn against a new resolver for each question.
Resolutions are compared by their repr: a Place's equality leaves out how the name matched it (match, match_score).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import geo.resolve
from geo import Focus, Stop, resolve_route
from geo.errors import InputErrors, PlaceNotFound
from geo.resolve import Context, Resolver
from geo.route import MORE_PASSES, _anchors, _dated, _too_far, _written_near, crossing_sides, nearest_anchors
from test_resolve_cost import _other_number_as_it_was  # every number form resolved, PlaceNotFound caught

ARTICLES = Path(__file__).parent / "data" / "articles"


class Counting(Resolver):
    """A resolver that counts the names it resolves."""

    def __init__(self, index) -> None:
        super().__init__(index)
        self.asked = 0

    def resolve(self, query, ctx=Context(), *, where=None):
        self.asked += 1
        return super().resolve(query, ctx, where=where)


def _route_in_full(stops, resolver, focus):
    """resolve_route as it was before answers were kept: every stop with candidates resolved again in every pass,
    and a stop too far read in every number form that resolves."""
    first = []
    missing = []
    for stop in stops:
        ctx = Context(country=stop.country, kind=stop.kind, focus=focus, near=_written_near(stop))
        try:
            first.append(resolver.resolve(stop.query, ctx, where=stop.where))
        except PlaceNotFound as exc:
            missing.append(exc)
    if missing:
        raise InputErrors(missing)

    def rescore(anchors):
        sides = crossing_sides(stops, first, anchors)
        dated = _dated(stops, anchors)
        out = []
        for i, (stop, res) in enumerate(zip(stops, first)):
            near = nearest_anchors(i, stop, stops, anchors, dated=dated) + list(_written_near(stop))
            if not res.candidates or (not near and not sides[i]):
                out.append(res)
                continue
            ctx = Context(country=stop.country, kind=stop.kind, near=tuple(near), focus=focus, side=sides[i])
            res = resolver.resolve(stop.query, ctx, where=stop.where)
            if not res.place.is_area and _too_far(res.place, ctx.near):
                res = _other_number_as_it_was(stop, ctx, resolver) or res
            out.append(res)
        return out

    anchors = _anchors(stops, first)
    out = rescore(anchors)
    for _ in range(MORE_PASSES):
        grown = _anchors(stops, out)
        if [(i, r.place) for i, r in grown] == [(i, r.place) for i, r in anchors]:
            break
        anchors = grown
        out = rescore(anchors)
    return out


MEXICO = Focus(countries=["MX"], divisions=[("MX", "Querétaro"), ("MX", "Ciudad de México")])
ISTHMUS = Focus(countries=["GT", "HN", "MX"], named=["SV"])
#: Routes written by hand: a stop read in the other number (Palmilla), stops too far for the days between, a
#: crossing that puts stops on one side, namesakes the later passes settle, a place the words put a stop near.
ROUTES = [
    ([Stop("Mexico City", 1.0), Stop("Palmilla", 1.0), Stop("Querétaro", 1.0)], MEXICO),
    ([Stop("Querétaro", 1.0), Stop("Tapachula", 3.0), Stop("Huixtla", 3.0), Stop("Tapachla", 4.0)], MEXICO),
    ([Stop("San Pedro Sula", 0.0, kind="departure"), Stop("Agua Caliente", 1.0, kind="crossing"),
      Stop("Esquipulas", 1.0), Stop("Chiquimula", 2.0), Stop("Escuintla", 4.0), Stop("Tecún Umán", 6.0),
      Stop("Ciudad Hidalgo", 7.0, kind="crossing"), Stop("Tapachula", 8.0), Stop("Escuintla", 11.0),
      Stop("Arriaga", 14.0), Stop("Córdoba", 16.0), Stop("Puebla", 18.0), Stop("Mexico City", 20.0)], ISTHMUS),
    ([Stop("Esperanza", 3.0, near=((27.49, -109.93),)), Stop("Hermosillo", 1.0), Stop("Santa Ana", 2.0),
      Stop("Caborca", 4.0), Stop("Mexicali", 6.0), Stop("Palmillas", 2.5), Stop("San Luis", 5.0)],
     Focus(countries=["MX"], divisions=[("MX", "Sonora")])),
    ([Stop("Tapachula", None), Stop("Escuintla", 2.0), Stop("Las Palmas", 2.0), Stop("La Libertad", 5.0),
      Stop("Ocotepeque", 0.0), Stop("Santa Rosa", 1.0), Stop("San José", 2.0)], ISTHMUS),
]


def _extracted_routes():
    """The routes extraction hands resolve_route for every annotated article (stops and focus)."""
    from routes.extract import read_article
    from routes.extract.matcher import shared_matcher
    from routes.extract.pipeline import Extractor

    seen = []
    real = geo.resolve.resolve_route

    def keep(stops, resolver=None, *, focus=None):
        seen.append((list(stops), focus))
        return real(stops, resolver, focus=focus)

    geo.resolve.resolve_route = keep
    try:
        extractor = Extractor(matcher=shared_matcher())
        for path in sorted(ARTICLES.glob("*.txt")):
            article = read_article(path)
            extractor.extract(article.text, article.published or "2018-10-18")
    finally:
        geo.resolve.resolve_route = real
    return seen


@pytest.fixture(scope="module")
def index():
    return Resolver().index


def test_routes_by_hand_resolve_as_when_every_stop_was_scored_again(index):
    asked = []
    for stops, focus in ROUTES:
        kept, full = Counting(index), Counting(index)
        assert repr(resolve_route(stops, kept, focus=focus)) == repr(_route_in_full(stops, full, focus)), [s.query for s in stops]
        asked.append((kept.asked, full.asked))
    assert all(k <= f for k, f in asked) and any(k < f for k, f in asked), asked
    palmilla = resolve_route(*ROUTES[0][:1], Resolver(index), focus=ROUTES[0][1])[1]
    assert palmilla.reasons[0].startswith("read as 'Palmillas'")  # the other number is still read where it fits


def test_every_extracted_route_resolves_as_when_every_stop_was_scored_again(index):
    routes = _extracted_routes()
    assert len(routes) > 50
    asked_kept = asked_full = 0
    for stops, focus in routes:
        kept, full = Counting(index), Counting(index)
        try:
            got = resolve_route(stops, kept, focus=focus)
        except InputErrors as exc:
            got = str(exc)
        try:
            want = _route_in_full(stops, full, focus)
        except InputErrors as exc:
            want = str(exc)
        assert repr(got) == repr(want), [s.query for s in stops]
        asked_kept += kept.asked
        asked_full += full.asked
    assert asked_kept < asked_full


def test_a_number_form_none_of_whose_candidates_fits_is_not_resolved(index):
    """'Tapachulas' two days after Mexico City: its candidates (Tapachula, by spelling) lie as far as Tapachula does."""
    import geo.route

    stops = [Stop("Mexico City", 1.0), Stop("Tapachula", 3.0)]
    asked = []

    class Recording(Resolver):
        def resolve(self, query, ctx=Context(), *, where=None):
            asked.append(query)
            return super().resolve(query, ctx, where=where)

    resolver = Recording(index)
    res = resolve_route(stops, resolver, focus=MEXICO)
    assert res[0].place.country == "MX" and res[1].place.admin1_name == "Chiapas"
    assert _too_far(res[1].place, ((res[0].place.lat, res[0].place.lon, 2.0),))
    assert resolver.candidates("tapachulas")[0]
    assert "tapachulas" not in asked
    assert geo.route._number_queries("Tapachula") == ("tapachulas",)
    assert geo.route._number_queries("Palmilla, Querétaro") == ("palmillas, Querétaro",)
    assert geo.route._number_queries("San Juan del Río") == ()


NAMES = ["Escuintla", "Córdoba", "Agua Caliente", "Guatemala", "Honduras", "Ocotepeque", "Oaxaca", "San Pedro",
         "La Libertad", "Darién", "Hermosillo", "Santa Ana", "Santa Ana, El Salvador", "Palenque", "Chiapas",
         "El Ceibo", "Tecún Umán", "Suchiate", "Tapachla", "Libertad, Petén", "San José", "Puebla", "Colón"]
FOCI = [None, Focus(countries=["MX"]), Focus(countries=["GT"]), Focus(countries=["MX"], divisions=[("MX", "Chiapas")]),
        Focus(countries=["HN", "GT"], named=["SV"]), Focus(countries=["PA"]), Focus(countries=["US", "MX"]),
        Focus(countries=["MX"], divisions=[("MX", "Veracruz"), ("MX", "Sonora")], named=["HN"])]
HINTS = [("", ""), ("MX", ""), ("GT", ""), ("", "crossing"), ("SV", "arrival")]


def test_one_resolver_asked_in_turn_answers_as_a_new_resolver_for_each_question(index):
    """Every focus and hint asked of one resolver, names in turn (what it keeps from one story serves the next),
    against a new resolver for each question; with and without anchors."""
    anchors = [(), ((14.9, -92.26, 1.0), (16.75, -93.12, -2.0)), ((15.5, -88.03, None),)]
    shared = Resolver(index)
    for near in anchors:
        for focus in FOCI:
            for country, kind in HINTS:
                for name in NAMES:
                    ctx = Context(country=country, kind=kind, focus=focus, near=near)
                    assert repr(shared.resolve(name, ctx)) == repr(Resolver(index).resolve(name, ctx)), (name, ctx)


def test_the_place_terms_before_the_focus_are_the_place_part_without_it(index):
    """The focus is the last place term: the part a name keeps for every story, plus the focus term, is the
    place part scored whole (Resolver.score_parts), to the last bit, with the same reasons in the same order."""
    from geo.terms import named_divisions

    resolver = Resolver(index)
    checked = 0
    for name in NAMES:
        found, extra = resolver.candidates(name)
        for focus in FOCI[1:]:
            for country, kind in HINTS:
                ctx = Context(country=country, kind=kind, focus=focus)
                _, town_has_name, own_towns, placed = resolver._placed(name, ctx, None)
                assert [place for place, _, _ in placed] == found
                for place, base, why in placed:
                    whole, _, reasons = resolver.score_parts(
                        place, name, ctx, extra, town_has_name=town_has_name, own_towns=own_towns,
                        divisions=named_divisions(found))
                    assert (base, why) == (whole, tuple(reasons)), (name, ctx, place.name)
                    checked += 1
    assert checked > 1000


def test_the_extractors_memory_answers_as_when_each_name_is_asked_alone(index):
    """The remembering resolver of routes.extract projects a story's focus on a name's namesakes' countries and
    keeps the projection for every name with the same countries: one such resolver asked every name in turn answers
    as a new one asked each name alone, and places each name where the plain resolver does."""
    from routes.extract.memo import memo_resolver

    memo = memo_resolver(index)
    for focus in FOCI[1:]:
        for name in NAMES:
            for country, kind in HINTS[:2]:
                ctx = Context(country=country, kind=kind, focus=focus)
                got = memo.resolve(name, ctx)
                assert repr(got) == repr(memo_resolver(index).resolve(name, ctx)), (name, focus)
                plain = Resolver(index).resolve(name, ctx)
                assert (got.place, got.confidence, got.candidates) == (plain.place, plain.confidence, plain.candidates)
    assert len(memo._by_countries) < len(memo._projections)


def test_a_stop_keeps_the_answer_of_the_pass_before_only_with_the_same_anchors_and_side(index):
    """geo.route._rescore's memory of the pass before, asked directly: the same anchors and side give the kept answer
    (a marker no resolver would return); another side, or other anchors, are resolved again."""
    from geo.route import _rescore

    resolver = Resolver(index)
    stop = Stop("Agua Caliente", 1.0, near=((14.64, -89.19),))  # near Esquipulas: anchors the words give
    first = [resolver.resolve(stop.query, Context(near=_written_near(stop)))]
    assert first[0].candidates
    near = _written_near(stop)
    marker = replace(first[0], query="kept from the pass before")
    assert _rescore([stop], first, [], resolver, None, {0: (near, (), marker)}) == [marker]
    for kept in ({0: (near, ("HN", "Agua Caliente"), marker)}, {0: (((15.5, -88.0, None),), (), marker)}, {}):
        again = _rescore([stop], first, [], resolver, None, kept)
        assert again == [resolver.resolve(stop.query, Context(near=near))] and again != [marker]
        assert kept[0] == (near, (), again[0])
