"""Scoring terms that judge a candidate by the group's other stops: speed, detour, side, far countries.

``near`` is a tuple of ``(lat, lon, days_apart)`` anchors (see
:class:`geo.context.Context`); each term returns the score it adds and appends
its reason to ``reasons`` (the speed, detour and side terms take ``None`` when
no one will read the reason: a namesake that loses).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .distance import scalar_haversine_km
from .places import Place

Anchors = Sequence[tuple[float, float, "float | None"]]
#: What :func:`detour_term` needs of the anchors alone (see :func:`detour_frame`).
DetourFrame = tuple[int, int, float, float]

#: Speeds (km/day) a group on the move plausibly covers: walking, then by bus.
WALKING_KM_PER_DAY = 60.0
MOTOR_KM_PER_DAY = 500.0

#: Weight of the route term: per unit of log(1 + km/day over a walking pace).
ROUTE_WEIGHT = 1.5

#: Weight of the detour term: per unit of log(1 + detour / a walking day's distance over the time between).
DETOUR_WEIGHT = 1.5

#: Score taken from a candidate on the wrong side of a crossing the group reported before or after it.
SIDE_WEIGHT = 1.5

#: A country whose area lies farther than this from every stop of the route is not what the route means.
FAR_COUNTRY_KM = 500.0

#: Undated anchors (``--near``) allow this many km before the steep penalty.
UNDATED_ALLOWED_KM = 1500.0


def far_country_term(place: Place, near: Anchors, reasons: list[str]) -> float:
    """A country far off the route is not what a row of towns means (Liberia in Costa Rica).

    Far means farther from every anchor than :data:`FAR_COUNTRY_KM` beyond what the days between allow by bus
    (:data:`MOTOR_KM_PER_DAY` a day; :data:`UNDATED_ALLOWED_KM` from an undated anchor): the country a group
    set off from two weeks before it reached Puebla is not far from the route in that sense.  (Only asked when
    some town bears the country's name as its own: see :meth:`geo.resolve.Resolver.score_parts`.)
    """
    radius = place.precision_m / 1000.0
    d = min(scalar_haversine_km(place.lat, place.lon, lat, lon) - radius
            - (UNDATED_ALLOWED_KM if days is None else MOTOR_KM_PER_DAY * abs(days)) for lat, lon, days in near)
    if d <= FAR_COUNTRY_KM:
        return 0.0
    reasons.append(f"the country {place.name} lies {d + radius:,.0f} km off the group's route")
    return -10.0


def anchor_km(place: Place, near: Anchors, km: Callable[[float, float, float, float], float] = scalar_haversine_km,
              ) -> list[float]:
    """The km from ``place`` to each anchor of ``near``, in order (what :func:`speed_term` and
    :func:`detour_term` measure: computed once when both are scored); ``km`` is the distance
    function (:func:`scalar_haversine_km`, or the same remembered)."""
    lat, lon = place.lat, place.lon
    return [km(lat, lon, a_lat, a_lon) for a_lat, a_lon, _ in near]


def anchor_paces(near: Anchors) -> tuple[tuple[float | None, float], ...]:
    """For :func:`speed_value`: each anchor's ``(days to divide the km by, allowed km)``: the days apart (at least
    half a day) and a bus's day, or ``None`` and :data:`UNDATED_ALLOWED_KM` for an undated anchor.  The same for
    every candidate of a stop: worked out once."""
    return tuple((None, UNDATED_ALLOWED_KM) if days is None else (max(abs(days), 0.5), MOTOR_KM_PER_DAY)
                 for _, _, days in near)


def speed_value(distances: Sequence[float], paces: Sequence[tuple[float | None, float]]) -> float:
    """The score :func:`speed_term` gives a candidate ``distances`` (:func:`anchor_km`) from anchors of ``paces``
    (:func:`anchor_paces`)."""
    term = 0.0
    count, log, log1p = len(paces), math.log, math.log1p
    for d, (days, allowed) in zip(distances, paces):
        speed = d if days is None else d / days
        if speed > allowed:
            term -= 3.0 + 3.0 * log(speed / allowed)
        term -= ROUTE_WEIGHT * log1p(speed / WALKING_KM_PER_DAY) / count
    return term


def speed_term(place: Place, near: Anchors, reasons: list[str] | None, km: Sequence[float] | None = None) -> float:
    """Score a candidate against the group's neighbouring stops.

    Dated anchors are judged by the implied speed: a gentle penalty that
    grows with the km/day beyond a walking pace, and a steep one beyond
    what a bus covers (2,000 km in a day is wrong).  Undated anchors
    (``--near``) are judged by distance, as if a day apart.  ``km`` is
    :func:`anchor_km` when already known.
    """
    distances = anchor_km(place, near) if km is None else km
    term = speed_value(distances, anchor_paces(near))
    if near and reasons is not None:
        count = len(near)
        nearest = min(range(count), key=distances.__getitem__)  # of anchors as near, the first
        d, days = distances[nearest], near[nearest][2]
        pace = f", {d / max(abs(days), 0.5):.0f} km/day" if days is not None else ""
        reasons.append(f"{d:.0f} km from the group's nearest other stop{pace}")
    return term


def detour_value(km: Sequence[float], frame: DetourFrame) -> tuple[float, float]:
    """``(score, km of detour)`` that :func:`detour_term` gives a candidate ``km`` (:func:`anchor_km`) from the
    anchors of ``frame`` (:func:`detour_frame`, not ``None``)."""
    b, a, span, direct = frame
    # The haversine is symmetric to the last bit (sin is odd, the product of cosines commutes): the km from
    # the stop before to the candidate is the candidate's km to it.
    through = km[b] + km[a]
    detour = max(0.0, through - direct)
    term = -DETOUR_WEIGHT * math.log1p(detour / (WALKING_KM_PER_DAY * span))
    if through / span > MOTOR_KM_PER_DAY:
        term -= 3.0 + 3.0 * math.log(through / span / MOTOR_KM_PER_DAY)
    return term, detour


def detour_term(place: Place, near: Anchors, reasons: list[str] | None, km: Sequence[float] | None = None,
                frame: DetourFrame | None | bool = False) -> float:
    """Score a stop between two dated stops by the detour it implies.

    The path through the candidate against the direct path between the
    stops before and after it: each extra day of walking the detour would
    cost weighs like :data:`DETOUR_WEIGHT`; a detour beyond what a bus
    covers in the time between is steeply penalised.  ``km`` is
    :func:`anchor_km` and ``frame`` :func:`detour_frame` when already known.
    """
    if frame is False:
        frame = detour_frame(tuple(near))
    if frame is None:
        return 0.0
    b, a = frame[0], frame[1]
    if km is None:
        km = [scalar_haversine_km(place.lat, place.lon, near[k][0], near[k][1]) if k in (b, a) else 0.0
              for k in range(len(near))]
    term, detour = detour_value(km, frame)
    if detour >= 1.0 and reasons is not None:
        reasons.append(f"a {detour:.0f} km detour from the direct way between the stops before and after")
    return term


def detour_frame(near: tuple[tuple[float, float, float | None], ...]) -> DetourFrame | None:
    """For :func:`detour_term`: which anchors are the stops just before and just after (their indices in
    ``near``), the days between them (at least half a day) and the direct km between them; ``None`` when
    the stop has no dated anchor on one side.  The same for every candidate of a stop: worked out once."""
    before = [(abs(days), lat, lon, k) for k, (lat, lon, days) in enumerate(near) if days is not None and days <= 0]
    after = [(days, lat, lon, k) for k, (lat, lon, days) in enumerate(near) if days is not None and days > 0]
    if not before or not after:
        return None
    db, lat_b, lon_b, b = min(before)
    da, lat_a, lon_a, a = min(after)
    return b, a, max(db + da, 0.5), scalar_haversine_km(lat_b, lon_b, lat_a, lon_a)


def side_term(place: Place, side: tuple[str, str], reasons: list[str] | None) -> float:
    """A crossing the group reported puts this stop on one side of a border: the other side loses."""
    country, crossing = side
    if country in place.countries or place.country == country:
        if reasons is not None:
            reasons.append(f"on the {country} side of the {crossing}, as the route crosses there")
        return 0.0
    if reasons is not None:
        reasons.append(f"on the far side of the {crossing} (the route puts this stop in {country})")
    return -SIDE_WEIGHT
