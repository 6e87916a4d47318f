"""The embedded gazetteer as a geopy geocoder.

:class:`OfflineGeocoder` implements geopy's ``Geocoder`` interface
(``geocode`` and ``reverse``), so code written for Nominatim works offline
unchanged, including geopy's ``RateLimiter`` and ``df["place"].apply(...)``::

    from geo.geocoders import OfflineGeocoder
    geolocator = OfflineGeocoder()
    geolocator.geocode("Tecun Uman").raw["confidence"]

``Location.raw`` holds routemapper's record (see ``Resolution.to_dict``):
confidence, reasons, feature kind, population and the other candidates.
geopy is imported here only, never on the default command-line path.
"""

from __future__ import annotations

from typing import Any

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .errors import PlaceNotFound
from .places import Place
from .resolve import Resolution, Resolver, default_resolver, geocode


def _address(place: Place) -> str:
    return ", ".join(p for p in (place.name, place.admin1_name, place.country) if p)


def place_record(place: Place) -> dict[str, Any]:
    """A JSON-ready record of one gazetteer entry (what ``Location.raw`` holds for candidates)."""
    return {
        "name": place.name, "lat": place.lat, "lon": place.lon, "country": place.country,
        "admin1": place.admin1_name or place.admin1, "feature": place.feature, "precision": place.precision,
        "precision_m": place.precision_m, "population": place.population, "source": place.source,
    }


class OfflineGeocoder(Geocoder):
    """geopy-compatible geocoder on routemapper's embedded gazetteer (no network).

    ``country`` and ``kind`` are default hints for every query; ``geocode``
    also takes them per call, with ``near=(lat, lon)``.  Names that match
    nothing return ``None`` (geopy's convention); ``min_confidence`` turns
    weak answers into ``None`` too.
    """

    def __init__(
        self,
        *,
        country: str = "",
        kind: str = "",
        min_confidence: float = 0.0,
        resolver: Resolver | None = None,
        timeout: float | None = None,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(timeout=timeout, user_agent=user_agent or "routemapper-offline")
        self.country = country
        self.kind = kind
        self.min_confidence = min_confidence
        self._resolver = resolver

    @property
    def resolver(self) -> Resolver:
        """The resolver used (the process-wide one on the embedded index unless given)."""
        if self._resolver is None:
            self._resolver = default_resolver()
        return self._resolver

    def resolve(
        self, query: str, *, country: str | None = None, kind: str | None = None,
        near: tuple[float, float] | None = None,
    ) -> Resolution | None:
        """Return the full :class:`~geo.resolve.Resolution` for ``query``, or ``None`` if unknown."""
        try:
            return geocode(
                str(query), country=self.country if country is None else country,
                kind=self.kind if kind is None else kind, near=near, resolver=self.resolver,
            )
        except PlaceNotFound:
            return None

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        country: str | None = None,
        kind: str | None = None,
        near: tuple[float, float] | None = None,
    ) -> Location | list[Location] | None:
        """Return the best :class:`geopy.location.Location` (or all candidates, best first).

        ``timeout`` is accepted for geopy compatibility and ignored (no network).
        """
        res = self.resolve(query, country=country, kind=kind, near=near)
        if res is None or res.confidence < self.min_confidence:
            return None
        best = Location(_address(res.place), (res.lat, res.lon), res.to_dict())
        if exactly_one:
            return best
        others = [Location(_address(p), (p.lat, p.lon), place_record(p)) for p in res.candidates]
        return [best, *others]

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        max_km: float = 50.0,
        limit: int = 5,
    ) -> Location | list[Location] | None:
        """Return the gazetteer place nearest to a point (``"lat, lon"``, a tuple or a geopy ``Point``).

        ``raw`` adds ``distance_km``; ``None`` when nothing lies within ``max_km``.
        """
        point = Point(query)
        hits = self.resolver.index.nearest(point.latitude, point.longitude, limit=limit, max_km=max_km)
        locations = [
            Location(_address(p), (p.lat, p.lon), {**place_record(p), "distance_km": round(km, 3)})
            for p, km in hits
        ]
        if not locations:
            return None
        return locations[0] if exactly_one else locations
