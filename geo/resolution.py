"""The answer for one reported name: :class:`Resolution`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .places import Place

#: Below this confidence a resolution is flagged as ambiguous.
AMBIGUOUS_BELOW = 0.75


@dataclass(frozen=True)
class Resolution:
    """A place name resolved to a gazetteer entry.

    ``confidence`` runs from 0 to 1; ``reasons`` say why the winner won;
    ``candidates`` are the others considered, best first.
    """

    query: str
    place: Place
    confidence: float
    reasons: tuple[str, ...]
    candidates: tuple[Place, ...] = field(default=(), repr=False)

    @property
    def ambiguous(self) -> bool:
        """True when the choice among namesakes was not clear-cut (confidence below :data:`AMBIGUOUS_BELOW`)."""
        return self.confidence < AMBIGUOUS_BELOW

    @property
    def lat(self) -> float:
        """The chosen place's latitude."""
        return self.place.lat

    @property
    def lon(self) -> float:
        """The chosen place's longitude."""
        return self.place.lon

    def to_dict(self, *, candidates: int = 5) -> dict:
        """A JSON-ready record: the place, confidence, reasons and other candidates."""
        p = self.place
        return {
            "query": self.query, "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": p.admin1_name or p.admin1, "feature": p.feature, "precision": p.precision,
            "precision_m": p.precision_m, "population": p.population, "match": p.match,
            "confidence": self.confidence, "ambiguous": self.ambiguous, "reasons": list(self.reasons),
            "source": p.source,
            "candidates": [
                {"name": c.name, "lat": c.lat, "lon": c.lon, "country": c.country,
                 "admin1": c.admin1_name or c.admin1, "feature": c.feature, "population": c.population}
                for c in self.candidates[:candidates]
            ],
        }
