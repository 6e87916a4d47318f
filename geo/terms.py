"""Scoring terms that judge a candidate by itself: how its name matched, its level, kind and size.

Each term returns the score it adds (negative to take away) and appends its
reason to ``reasons`` when it has one.  :meth:`geo.resolve.Resolver.score`
adds them up with the route terms of :mod:`geo.route_terms`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence

from .distance import scalar_haversine_km
from .normalize import name_key
from .places import Place

#: Report kinds that happen at border posts and checkpoints.
CROSSING_KINDS = frozenset({"crossing", "checkpoint", "blocked", "returned"})

#: Score added per tenfold population above 1,000 inhabitants.
POPULATION_WEIGHT = 1.2

#: Score for a border post when the report is a crossing (a group crosses only at a border: more
#: than a hundredfold population, so "San Cristóbal" crossed is the border post, not Ecatepec).
CROSSING_WEIGHT = 4.0

#: Score for a border post or checkpoint when the report is a checkpoint, block or return (these
#: happen inland too: a border post of the name is likelier, not certain).
CHECKPOINT_WEIGHT = 2.0

#: A town this close to a curated border post is a border town (a crossing report suits it).
BORDER_TOWN_KM = 10.0

#: Score of a country's own name: outweighs the capital that shares it (Guatemala, Panamá, Mexico).
COUNTRY_NAME_WEIGHT = 6.5

#: A town elsewhere that bears a country's or first-level area's name as its own outweighs the area only when
#: it is a city of at least this many people (El Progreso, Yoro against the department of El Progreso): a
#: village named Jalisco (Chiapas), Texas (Hidalgo) or Arizona (Atlántida) is not what "Jalisco" means.
RIVAL_TOWN_POPULATION = 50_000

#: Score of a first-level division's own name when no town bears it as its own.
DIVISION_NAME_WEIGHT = 3.0

#: What a division gains from a crossing into it when it holds no border post and a town of its own bears its name
#: ("crossed into Oaxaca", "into Puebla"): more than a city of a million people's population term (3.6), so the
#: state line is meant, not the capital beyond it.
DIVISION_CROSSED_WEIGHT = 6.0

#: A town known by a division's name only as an alternate name is the division's own town when it has at least
#: this share of the population of the division's largest town (see :func:`divisions_own_towns`).
OWN_TOWN_SHARE = 0.5


#: The largest town of its first-level division, with at least this many people, is a well-known city (most state
#: and department capitals, and the big border cities): what its bare name means in its country.  Hermosillo
#: (812,000, Sonora's largest) is not Ejido Hermosillo, a village of 5,000 near Mexicali, however the route's days
#: read (see :func:`well_known_city`).  Not a borough of a bigger city (Álvaro Obregón, 750,000, in Mexico City):
#: the villages of its name in Chiapas are what a story there means.
WELL_KNOWN_POPULATION = 100_000

#: A namesake of a well-known city counts as a village below this many people.
VILLAGE_POPULATION = 10_000


def well_known_city(place: Place, largest: Mapping[tuple[str, str], int]) -> bool:
    """True when ``place`` bears the queried name as its own (its exact name) and is a big, well-known city: the
    largest town of its first-level division (``largest`` maps a division to that population,
    :meth:`geo.index.GazetteerIndex.largest_towns`), with at least :data:`WELL_KNOWN_POPULATION` people."""
    if place.is_area or place.match != "exact" or place.population < WELL_KNOWN_POPULATION:
        return False
    return place.population >= largest.get((place.country, place.admin1), 0)


def villages_of_well_known_cities(places: Sequence[Place], largest: Mapping[tuple[str, str], int]) -> dict[int, int]:
    """For each village among ``places`` (fewer than :data:`VILLAGE_POPULATION` people, a point) that shares its
    country with a well-known city among them (:func:`well_known_city`), the index in ``places`` of that city
    (the biggest, if several): ``{village index: city index}``."""
    cities: dict[str, int] = {}
    for k, p in enumerate(places):
        if well_known_city(p, largest) and (p.country not in cities or p.population > places[cities[p.country]].population):
            cities[p.country] = k
    if not cities:
        return {}
    return {k: cities[p.country] for k, p in enumerate(places)
            if p.country in cities and not p.is_area and p.population < VILLAGE_POPULATION}


def rival_town(place: Place) -> bool:
    """True when ``place``, a town that bears a queried name as its own (its exact name), is big enough to
    be what a bare area's name means instead of the area (see :data:`RIVAL_TOWN_POPULATION`)."""
    return not place.is_area and place.match == "exact" and place.population >= RIVAL_TOWN_POPULATION


def name_term(place: Place, reasons: list[str]) -> float:
    """How the name matched: exact, an alternate name, a short form, a misspelling or only its start."""
    if place.match == "fuzzy":
        # Each point of spelling distance weighs more than a fifty-fold population:
        # "El Florida" is El Florido, not the bigger La Florida.
        reasons.append(f"spelling differs (fuzzy score {place.match_score:.0f})")
        return -(1.0 + 2.0 * (100.0 - place.match_score))
    if place.match == "prefix":
        reasons.append(f"only the start of the name matches {place.name}")
        return -1.0
    if place.match == "extension":
        reasons.append(f"the name reported is the start of {place.name}")
        return -1.0
    if place.match == "alternate":
        reasons.append("matches an alternate name")
        return -0.2
    if place.match == "short form":
        reasons.append(f"short form of {place.name}")
        return -0.6
    if place.match == "division":
        reasons.append(f"named as a division: {place.name}")
    else:
        reasons.append("exact name")
    return 0.0


def town_bears_name(found: Sequence[Place], where_meant: Callable[[Place], bool]) -> bool:
    """Whether a town among the candidates ``found`` bears the queried name as its own, where the report may be.

    The one rule for a name that is a country's or a first-level area's: the area, unless its own town bears
    the name (:func:`divisions_own_towns`) or the words say a town ("la ciudad de Puebla": only towns are
    candidates, :func:`geo.candidates.find_candidates`).  A division's name yields to a town elsewhere only when
    that town is a city (:func:`rival_town`); a country's name (which outweighs any town,
    :data:`COUNTRY_NAME_WEIGHT`) to a town that bears it (or to its capital known by it, Guatemala City; not
    San Cristóbal Honduras, known by "Honduras" only as an alternate name) only when the country lies far off the group's route
    (:func:`geo.route_terms.far_country_term`).  ``where_meant`` says whether a candidate lies where the report
    may be (the hinted country, the story's countries).
    """
    countries = {p.country: f" {name_key(p.name)} " for p in found if p.feature == "country"}
    if not countries and any(p.feature == "admin1" for p in found):
        return any(rival_town(p) and where_meant(p) for p in found)
    # A country's name: a town of its name anywhere, or its capital known by it (Guatemala City).
    return any(not p.is_area and where_meant(p) and (
        p.match == "exact" or (p.match == "alternate" and countries.get(p.country, "\0") in f" {name_key(p.name)} "))
        for p in found)


def divisions_own_towns(found: Sequence[Place],
                        largest: Mapping[tuple[str, str], int] | None = None) -> frozenset[tuple[str, str]]:
    """The ``(country, admin1)`` of the divisions among ``found`` whose own town is among them too.

    A division's own town lies in it, bears the division's name in its own name
    (Choluteca, Nueva Ocotepeque, Oaxaca de Juárez; not Chiapa de Corzo nor Tepic,
    whose alternate names include Chiapas and Nayarit), and the gazetteer gives it
    that name: as its own name (Chiquimula, Oaxaca), or as an alternate name when
    it is one of the division's main towns, with at least :data:`OWN_TOWN_SHARE`
    of the population of its largest town (``largest`` maps a division to that
    population; without it every such town counts): Victoria de Durango (the
    largest), Nueva Ocotepeque (0.55); not Sinaloa de Leyva, a town of 5,000 in a
    state whose largest town is Culiacán (0.006), nor Copán Ruinas (0.10).  Not a
    misspelling nor a short form we made by dropping its first word (the hamlet
    Villa Darién is not what "Darién" means; Darién's seat is La Palma).
    """
    divisions = {(p.country, p.admin1): f" {name_key(p.name)} " for p in found if p.feature == "admin1"}
    return frozenset(
        (p.country, p.admin1) for p in found
        if not p.is_area and (p.country, p.admin1) in divisions
        and divisions[(p.country, p.admin1)] in f" {name_key(p.name)} "
        and (p.match == "exact" or (p.match == "alternate" and (
            largest is None or p.population >= OWN_TOWN_SHARE * largest.get((p.country, p.admin1), 0)))))


#: Score taken from a town known by a first-level division's name only as an alternate name, outside that division:
#: "Morelos" is the state, not Ecatepec de Morelos (1.6 M people, in the State of Mexico), whose alternate names
#: include it; "Yoro" is not Takada (Japan).  Only GeoNames' towns, whose alternate names gather every form ever
#: recorded: the names of our curated places are the ones reporters use (the ERM San Vicente station in Darién).  More than the population between a town of 1,000 and one of 3 M (a division's own town, which
#: lies in it, is :func:`divisions_own_towns`'s matter).
DIVISION_ALIAS_WEIGHT = 2.0


def named_divisions(found: Sequence[Place]) -> frozenset[tuple[str, str]]:
    """The ``(country, admin1)`` of the first-level divisions among ``found`` that bear the queried name
    (their name or an alternate name)."""
    return frozenset((p.country, p.admin1) for p in found if p.feature == "admin1" and p.match in ("exact", "alternate"))


def division_alias_term(place: Place, divisions: frozenset[tuple[str, str]], reasons: list[str]) -> float:
    """A town that bears a division's name only as an alternate name, outside every division of that name
    (``divisions``, :func:`named_divisions`), is not what the name means (:data:`DIVISION_ALIAS_WEIGHT`)."""
    if not divisions or place.feature != "populated_place" or place.match != "alternate" \
            or (place.country, place.admin1) in divisions:
        return 0.0
    reasons.append("known by a division's name only as an alternate name, outside that division")
    return -DIVISION_ALIAS_WEIGHT


def division_term(place: Place, town_has_name: bool, own_towns: frozenset[tuple[str, str]],
                  reasons: list[str]) -> float:
    """A first-level division against the towns that share its name.

    One rule whatever the report: a town of its own that bears the name
    (Ocotepeque, Choluteca) is what a reported stop or crossing means; else,
    unless a city elsewhere bears the name as its own (``town_has_name``, see
    :func:`rival_town`), the division (Chiapas, Jalisco, Sinaloa).  (Named
    as a division, "Oaxaca state", only divisions are candidates: see
    :func:`geo.candidates.find_candidates`.)
    """
    if place.match == "division":
        return 0.0
    if (place.country, place.admin1) in own_towns:
        return -3.0
    if town_has_name:
        return -1.0  # a city elsewhere that bears the name as its own (rival_town) is what reporters mean
    if place.match in ("exact", "alternate"):
        reasons.append("the name of a first-level division, and no town bears it as its own")
        return DIVISION_NAME_WEIGHT
    return 0.0


def crossing_weight(kind: str) -> float:
    """What a border post (or a town at one) gains from a report of this kind."""
    return CROSSING_WEIGHT if kind == "crossing" else CHECKPOINT_WEIGHT


def crossing_term(place: Place, kind: str, reasons: list[str]) -> float:
    """A crossing or a roadblock at a name that is a border post means the post.

    Worth more than a town's tenfold population (Agua Caliente, California).
    """
    reasons.append(f"a {place.feature.replace('_', ' ')} suits a '{kind}' report")
    return crossing_weight(kind)


def nearest_crossing(place: Place, crossings: Iterable[Place]) -> tuple[float, Place] | None:
    """The border post nearest to ``place`` closer than :data:`BORDER_TOWN_KM`, with its km (``None`` if none).

    Of posts at the same distance, the first in ``crossings``.
    """
    best: tuple[float, Place] | None = None
    for post in crossings:
        d = scalar_haversine_km(place.lat, place.lon, post.lat, post.lon)
        if d < BORDER_TOWN_KM and (best is None or d < best[0]):
            best = (d, post)
    return best


def border_town_term(nearest: tuple[float, Place] | None, kind: str, reasons: list[str]) -> float:
    """A town next to a known border post suits a crossing report (Ciudad Hidalgo, El Carmen).

    ``nearest`` is the town's :func:`nearest_crossing`. Worth the crossing weight at the post,
    nothing from :data:`BORDER_TOWN_KM` away.
    """
    if nearest is None:
        return 0.0
    d, post = nearest
    reasons.append(f"{d:.0f} km from the {post.name}: a border town suits a '{kind}' report")
    return crossing_weight(kind) * (1.0 - d / BORDER_TOWN_KM)


def population_term(place: Place, reasons: list[str]) -> float:
    """Reporters name big places without qualifying them.

    :data:`POPULATION_WEIGHT` per tenfold population above 1,000: a city of a
    million outweighs a village of a thousand by about 3.6.
    """
    if place.population >= 10_000:
        reasons.append(f"population {place.population:,}")
    return POPULATION_WEIGHT * max(0.0, math.log10(place.population) - 3.0)


def prominence_term(place: Place, reasons: list[str]) -> float:
    """An online geocoder's prominence (0-1) stands in for the unknown population."""
    reasons.append(f"prominence {place.importance:.2f} (online geocoder)")
    return 3.0 * place.importance
