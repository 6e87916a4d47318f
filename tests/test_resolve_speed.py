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


# -- route terms from distances measured once ----------------------------------------------------------
# On the equator a degree is pi * 12742 / 360 = 111.195 km.
DEG_KM = 111.195


def _town(lat: float, lon: float, country: str = "MX"):
    from geo.places import Place

    return Place(id=1, name="town", lat=lat, lon=lon, country=country, feature="populated_place")


def test_a_stop_on_the_direct_way_between_its_anchors_makes_no_detour():
    from geo.route_terms import anchor_km, detour_term

    near = ((0.0, 0.0, -1.0), (0.0, 2.0, 1.0))
    town = _town(0.0, 1.0)
    assert anchor_km(town, near) == pytest.approx([DEG_KM, DEG_KM], abs=0.01)
    reasons: list[str] = []
    assert detour_term(town, near, reasons) == 0.0 and reasons == []


def test_a_detour_is_scored_alike_from_distances_given_or_measured():
    """A town a degree north of the midpoint: the way through it is 2 x 157.2 km against 222.4 km direct,
    a 92 km detour over two days: -1.5 x log1p(92 / (60 x 2)) = -0.854."""
    from geo.route_terms import anchor_km, detour_frame, detour_term

    near = ((0.0, 0.0, -1.0), (0.0, 2.0, 1.0))
    town = _town(1.0, 1.0)
    measured: list[str] = []
    term = detour_term(town, near, measured)
    assert term == pytest.approx(-0.854, abs=0.005)
    assert measured == ["a 92 km detour from the direct way between the stops before and after"]
    given: list[str] = []
    assert detour_term(town, near, given, anchor_km(town, near), detour_frame(near)) == term and given == measured
    assert detour_term(town, near, None) == term  # a losing namesake's reasons are not worked out
    # No dated anchor after the stop: no detour to judge.
    assert detour_frame(((0.0, 0.0, -1.0), (0.0, 2.0, None))) is None
    assert detour_term(town, ((0.0, 0.0, -1.0),), []) == 0.0


def test_the_stops_just_before_and_after_frame_the_detour():
    """Of the anchors before, the nearest in time (two days before, not three); of those after, the nearest
    (one day after, not four): the direct way is between them."""
    from geo.route_terms import detour_frame

    near = ((0.0, 5.0, -3.0), (0.0, 0.0, -2.0), (0.0, 9.0, 4.0), (0.0, 2.0, 1.0))
    before, after, span, direct = detour_frame(near)
    assert (before, after, span) == (1, 3, 3.0)
    assert direct == pytest.approx(2 * DEG_KM, abs=0.01)


def test_the_speed_term_is_the_same_from_distances_given_or_measured():
    """Two days from a stop 1,200 km away: 600 km/day, over the bus limit of 500."""
    from geo.route_terms import anchor_km, speed_term

    near = ((0.0, 0.0, -2.0), (0.0, 1200.0 / DEG_KM, 2.0))
    town = _town(0.0, 0.0)
    measured: list[str] = []
    term = speed_term(town, near, measured)
    given: list[str] = []
    assert speed_term(town, near, given, anchor_km(town, near)) == term and given == measured
    assert measured == ["0 km from the group's nearest other stop, 0 km/day"]
    assert speed_term(town, near, None) == term
    # -3 - 3 log(600/500) for the far anchor, and -1.5 log1p(speed / 60) / 2 for each.
    import math
    assert term == pytest.approx(-3 - 3 * math.log(1.2) - 0.75 * math.log1p(600 / 60), abs=1e-3)


@pytest.mark.parametrize(("a", "b"), [
    ((14.906, -92.259), (19.433, -99.133)),    # Tapachula, Mexico City
    ((15.5, -88.03), (14.634, -90.507)),       # San Pedro Sula, Guatemala City
    ((0.0, 0.0), (0.0, 179.9)),                # nearly antipodal
    ((-33.45, -70.66), (40.71, -74.0)),        # across the equator
    ((16.433, -95.017), (16.433, -95.017)),    # the same point
    ((10.63517, -85.43779), (10.43, -85.09)),  # Liberia, Cañas
])
def test_the_haversine_is_the_same_to_the_last_bit_either_way(a, b):
    """The detour term reads the km from the stop before to a candidate as the candidate's km to that stop."""
    from geo.distance import haversine_km, scalar_haversine_km

    assert scalar_haversine_km(*a, *b) == scalar_haversine_km(*b, *a) == haversine_km(*a, *b)


def test_the_haversine_is_symmetric_on_many_seeded_pairs():
    import random

    from geo.distance import scalar_haversine_km

    rng = random.Random(11)
    for _ in range(20_000):
        a = (rng.uniform(-90, 90), rng.uniform(-180, 180))
        b = (rng.uniform(-90, 90), rng.uniform(-180, 180))
        assert scalar_haversine_km(*a, *b) == scalar_haversine_km(*b, *a)


def test_the_side_term_is_the_same_with_or_without_its_reason():
    from geo.route_terms import SIDE_WEIGHT, side_term

    for country, expected in (("MX", 0.0), ("GT", -SIDE_WEIGHT)):
        reasons: list[str] = []
        assert side_term(_town(14.9, -92.3), (country, "Puente Rodolfo Robles"), reasons) == expected
        assert side_term(_town(14.9, -92.3), (country, "Puente Rodolfo Robles"), None) == expected
        assert len(reasons) == 1 and "Puente Rodolfo Robles" in reasons[0]


# -- the anchors of a stop --------------------------------------------------------------------------------
def _anchor(query: str, lat: float, lon: float):
    from geo.resolution import Resolution

    return Resolution(query, _town(lat, lon), 1.0, (), ())


def test_a_stop_takes_the_two_anchors_nearest_in_time_on_each_side_first_reported_first():
    from geo.context import Stop
    from geo.route import nearest_anchors

    stops = [Stop("A", 1.0), Stop("B", 3.0), Stop("C", 3.0), Stop("here", 4.0), Stop("D", 2.0),
             Stop("E", 6.0), Stop("F", 5.0), Stop("here", 7.0), Stop("G", 5.0)]
    anchors = [(i, _anchor(s.query, float(i), 0.0)) for i, s in enumerate(stops)]
    # Before day 4: B and C (day 3, B reported first), not D (day 2) or A; after: F (day 5) before G (day 5),
    # not E; never another report of its own name (stop 7).
    assert nearest_anchors(3, stops[3], stops, anchors) == [
        (1.0, 0.0, -1.0), (2.0, 0.0, -1.0), (6.0, 0.0, 1.0), (8.0, 0.0, 1.0)]
    # An undated stop: the three anchors listed nearest to it (G, the second "here", F), undated.
    undated = Stop("X")
    assert nearest_anchors(9, undated, stops + [undated], anchors) == [
        (8.0, 0.0, None), (7.0, 0.0, None), (6.0, 0.0, None)]
    # Between as near in the list, the earlier: the first "here" (listed 3rd) before E (5th), then C (2nd).
    assert nearest_anchors(4, Stop("Y"), stops[:4] + [Stop("Y")] + stops[5:], anchors) == [
        (3.0, 0.0, None), (5.0, 0.0, None), (2.0, 0.0, None)]


# -- the leg check -----------------------------------------------------------------------------------------
def test_a_warned_leg_stays_warned_once_a_far_stop_further_on_is_left_out():
    """Tapachula -> Juchitán (about 330 km in a day): both sure, each within a day's walk of Arriaga, so a
    warning; Arriaga -> Palm Springs: Palm Springs is far from every other stop, left out; the route is then
    checked again without it, and the leg already warned about is not warned twice."""
    from types import SimpleNamespace

    from routes.extract.legs import check_legs, day_number

    def row(place, day, lat, lon, start):
        return {"place": place, "date": day, "lat": lat, "lon": lon, "kind": "sighting", "quote": "",
                "start": start, "confidence": 1.0, "_day": day_number(day), "_motor": False, "_res": None,
                "_place": SimpleNamespace(is_area=False, lat=lat, lon=lon)}

    rows = [row("Tapachula", "2018-10-22", 14.906, -92.259, 0), row("Juchitán", "2018-10-23", 16.433, -95.017, 100),
            row("Arriaga", "2018-10-24", 16.235, -93.899, 200), row("Palm Springs", "2018-10-25", 33.83, -116.545, 300),
            row("Tonalá", "2018-10-26", 16.09, -93.75, 400)]
    notes: list[str] = []
    kept = check_legs(rows, within=lambda place: True, unsure=lambda row: False, notes=notes)
    assert [r["place"] for r in kept] == ["Tapachula", "Juchitán", "Arriaga", "Tonalá"]
    assert len(notes) == 2
    assert notes[0].startswith("warning:") and "'Tapachula' (2018-10-22" in notes[0] and "'Juchitán'" in notes[0]
    assert notes[1].startswith("left out 'Palm Springs' (2018-10-25, sentence at 300)")


@pytest.mark.parametrize(("query", "ctx"), [
    ("Ciudad Hidalgo", {"kind": "crossing", "near": ((14.91, -92.26, -1.0), (15.14, -92.46, 1.0)),
                        "side": ("MX", "Puente Rodolfo Robles")}),
    ("Liberia", {"near": ((10.43, -85.09, 1.0),)}),
    ("Guatemala", {"near": ((48.85, 2.35, 1.0),)}),
    ("San Pedro", {"near": ((15.5, -88.03, -1.0),), "side": ("HN", "Agua Caliente")}),
])
def test_the_winner_keeps_every_reason_its_terms_give(query, ctx):
    """The losing namesakes' route reasons are not written; the winner's are all there, as score_parts
    gives them for it, then how many namesakes it was chosen over."""
    from geo.resolve import Context, Resolver

    resolver = Resolver()
    context = Context(**ctx)
    answer = resolver.resolve(query, context)
    found, extra = resolver.candidates(query)
    town_has_name = any(p.match == "exact" and not p.is_area for p in found)
    from geo.terms import divisions_own_towns

    _, route, reasons = resolver.score_parts(answer.place, query, context, extra, town_has_name=town_has_name,
                                             own_towns=divisions_own_towns(found))
    assert len(found) > 1 and answer.reasons == (*reasons, f"chosen over {len(found) - 1} other place(s) of that name")
    assert any("km from the group's nearest other stop" in r for r in answer.reasons) or answer.place.is_area


def test_the_nearest_stop_said_is_the_first_of_two_as_near():
    """Two anchors a degree either side (111 km each, to the last bit): the reason names the first, two days
    before (56 km/day), not the second, a day after (111 km/day)."""
    from geo.route_terms import speed_term

    reasons: list[str] = []
    speed_term(_town(0.0, 0.0), ((0.0, 1.0, -2.0), (0.0, -1.0, 1.0)), reasons)
    assert reasons == ["111 km from the group's nearest other stop, 56 km/day"]
    reasons = []
    speed_term(_town(0.0, 0.0), ((0.0, -1.0, 1.0), (0.0, 1.0, -2.0)), reasons)
    assert reasons == ["111 km from the group's nearest other stop, 111 km/day"]


@pytest.mark.parametrize(("text", "captions"), [
    # a credit in parentheses, a "Photo:" line, Getty, and a paragraph of narrative between
    ("Migrants walk north.\n\nMigrants rest in Huixtla. (AP Photo/Moises Castillo)\n\nThey left at dawn.\n\n"
     "Photo: Jane Roe\n\nA boy sleeps. Getty Images", {1, 3, 4}),
    # the words without a credit's sign are no caption: "photos" told, a parenthesis, "copyright" lower-case
    ("They took photos of the fotógrafo (a man) near the river.\n\nNo copyright was claimed.", set()),
    # a closing "(Oct 24)" makes a caption of its paragraph
    ("Migrants cross the river on rafts (Oct 24)\n\nThe group rested.", {0}),
])
def test_caption_paragraphs_by_hand(text, captions):
    from routes.extract.story import caption_paragraphs
    from routes.extract.text import sentences

    assert caption_paragraphs(text, sentences(text)) == captions


@pytest.mark.parametrize(("text", "spans"), [
    # "Photo: Jane Roe" up to the line's end, "Copyright EFE" up to the semicolon
    ("Migrants rest. Photo: Jane Roe\nCopyright EFE; more", [(15, 30), (31, 44)]),
    # case-blind; a photographer is no credit line; a credit line takes what follows it on its line
    ("A photographer said. a photo by Ann Lee", [(23, 39)]),
    ("Photo: Photo: x", [(0, 15)]),
    # a credit in parentheses, and the line "Foto de ..." after it
    ("Llegaron (Foto/EFE).\nFoto de Juan Pérez", [(9, 19), (21, 39)]),
    # the words without a credit: nothing
    ("The image of the caravan; photos and fotos.", []),
    # a capital dotted I lower-cases to two letters: the case-blind regex reads the text as written
    ("İ. Image: archivo", [(3, 17)]),
])
def test_credit_spans_by_hand(text, spans):
    from routes.extract.story import credit_spans

    assert credit_spans(text) == spans


@pytest.mark.parametrize("disabled", [frozenset(), frozenset({"route_speed"}), frozenset({"route_detour"}),
                                      frozenset({"route_side"})])
def test_every_candidate_gets_the_route_score_score_parts_gives_it_to_the_last_bit(disabled):
    """The resolver scores a stop's candidates against the route together (the anchors' paces and the detour's
    frame worked out once): each value equals the route part score_parts gives that candidate alone, with the
    same terms switched off, for seeded anchors (dated before and after, undated, none) and sides."""
    import random

    from geo.resolve import Context, Resolver

    resolver = Resolver(disabled=disabled)
    rng = random.Random(5)
    names = ["San Pedro", "Escuintla", "Ciudad Hidalgo", "Santa Rosa", "La Libertad", "Guatemala", "Liberia"]
    checked = 0
    for _ in range(120):
        query = rng.choice(names)
        places, _ = resolver.candidates(query)
        near = tuple((rng.uniform(8.0, 20.0), rng.uniform(-100.0, -77.0),
                      rng.choice([None, -3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5])) for _ in range(rng.randint(0, 4)))
        side = rng.choice([(), ("GT", "Tecún Umán"), ("MX", "Puente Rodolfo Robles"), ("HN", "Agua Caliente")])
        ctx = Context(kind=rng.choice(["", "crossing"]), near=near, side=side)
        got = resolver._route_parts(places, ctx)
        want = [resolver.score_parts(p, query, ctx, [])[1] for p in places]
        assert [v.hex() for v in got] == [v.hex() for v in want], (query, ctx)
        checked += len(places)
    assert checked > 500


def test_the_nearest_anchors_are_those_a_full_sort_of_the_others_gives():
    """Seeded routes with repeated days, repeated names and half days: each stop's anchors equal what sorting
    every other anchor (not itself, not its own name) by the days between, then by the order reported, and
    taking two on each side gives."""
    import random

    from geo.context import Stop
    from geo.route import _by_day, _dated, nearest_anchors

    rng = random.Random(7)
    for _ in range(300):
        stops = [Stop(rng.choice("ABCDEFG"), rng.choice([None, *[d / 2 for d in range(0, 12)]]))
                 for _ in range(rng.randint(1, 12))]
        anchors = [(i, _anchor(s.query, float(i), float(-i))) for i, s in enumerate(stops)
                   if s.day is not None and rng.random() < 0.8]
        dated = _dated(stops, anchors)
        for i, stop in enumerate(stops):
            others = [(j, r, d) for j, r, d in dated if j != i and r.query != stop.query]
            if stop.day is None:  # the three listed nearest to it, the earlier between as near
                listed = sorted(others, key=lambda o: (abs(o[0] - i), o[0]))
                want = [(r.lat, r.lon, None) for _, r, _ in listed[:3]]
            else:
                before = sorted((stop.day - d, k) for k, (_, _, d) in enumerate(others) if d <= stop.day)[:2]
                after = sorted((d - stop.day, k) for k, (_, _, d) in enumerate(others) if d > stop.day)[:2]
                want = [(others[k][1].lat, others[k][1].lon, others[k][2] - stop.day) for _, k in before + after]
            assert nearest_anchors(i, stop, stops, anchors) == want
            assert nearest_anchors(i, stop, stops, anchors, dated=dated) == want
            assert nearest_anchors(i, stop, stops, anchors, dated=dated, by_day=_by_day(dated)) == want
