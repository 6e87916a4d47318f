"""The gazetteer's nouns: a :class:`Place` and the kinds of feature it can be."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Features that stand for an area, not a point on the road.
AREA_FEATURES = frozenset({"country", "admin1", "region"})

#: A border river (``data/gazetteer/rivers.csv``): a line, drawn at the point nearest the group's other stops
#: (:mod:`geo.rivers`); the route does not judge it by its default point.
RIVER = "river"

#: Features built for crossings and controls (preferred by crossing reports); a border river is crossed too.
CROSSING_FEATURES = frozenset({"border_crossing", "checkpoint", RIVER})


@dataclass(frozen=True)
class Place:
    """One entry of the gazetteer.

    ``feature`` is ``populated_place`` for GeoNames places, the gazetteer
    supplement's kind (``border_crossing``, ``checkpoint``, ``locality``,
    ``gathering_point``) for curated entries, or ``country``/``admin1``/``region``
    for areas.  ``precision_m`` says how far the true place may be from
    (``lat``, ``lon``); ``confidence`` (``high``/``medium``/``low``) how sure the
    curated coordinates are.  ``match`` says how a reported name found it:
    ``exact``, ``alternate`` (an alternate name), ``short form`` (without a
    generic word or an article), ``division`` ("Oaxaca state"), ``fuzzy`` (a
    misspelling, ``match_score`` 0-100), ``prefix`` (the name followed by a
    description) or ``extension`` (the reported words begin the name).
    """

    id: int
    name: str
    lat: float
    lon: float
    country: str
    countries: tuple[str, ...] = ()
    admin1: str = ""
    admin1_name: str = ""
    feature: str = "populated_place"
    population: int = 0
    precision_m: float = 2000.0
    confidence: str = "high"
    source: str = ""
    geonameid: int | None = None
    importance: float = field(default=0.0, compare=False)
    match: str = field(default="exact", compare=False)
    match_score: float = field(default=100.0, compare=False)

    @property
    def is_area(self) -> bool:
        """True for a country, first-level division or region."""
        return self.feature in AREA_FEATURES

    @property
    def precision(self) -> str:
        """``point`` for a place on the ground, else the area's feature name."""
        return self.feature if self.is_area else "point"

    def label(self) -> str:
        """A short human label: ``Esquipulas (GT, Chiquimula)``."""
        where = ", ".join(p for p in (self.country, self.admin1_name) if p)
        return f"{self.name} ({where})" if where else self.name
