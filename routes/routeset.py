"""The RouteSet: the reports of one or more caravans, their segments and checkpoints."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from geo.resolve import Resolver

from .build import build_segments, route_stops
from .locate import locate
from .schema import CHECKPOINT_KINDS


@dataclass(frozen=True, eq=False)
class RouteSet:
    """Reports, route segments and checkpoints of one or more caravans.

    ``reports``: one point a report, located (``precision`` says whether it is
    a point or a whole country/region).  ``segments``: LineStrings between each
    caravan's consecutive stops with dates, geodesic ``km``, ``days``,
    ``km_per_day`` and the group size at each end.  ``checkpoints``: the
    checkpoint, blocked and clash reports.  Queries return new RouteSets.
    """

    reports: gpd.GeoDataFrame
    segments: gpd.GeoDataFrame
    checkpoints: gpd.GeoDataFrame

    @property
    def caravans(self) -> list[str]:
        """Caravan ids in the order they first appear."""
        return list(dict.fromkeys(self.reports["caravan"]))

    def __len__(self) -> int:
        return len(self.reports)

    def __repr__(self) -> str:
        return (
            f"RouteSet({len(self.caravans)} caravan(s), {len(self.reports)} reports, "
            f"{len(self.segments)} segments, {len(self.checkpoints)} checkpoints)"
        )

    def caravan(self, caravan_id: str) -> RouteSet:
        """Return the RouteSet of one caravan; raise ``KeyError`` naming the known ids."""
        if caravan_id not in set(self.reports["caravan"]):
            from geo.errors import InputError

            raise InputError(
                f"no caravan {caravan_id!r}", hint=f"known caravans: {', '.join(self.caravans)}"
            )
        pick = lambda gdf: gdf[gdf["caravan"] == caravan_id].reset_index(drop=True)  # noqa: E731
        return RouteSet(pick(self.reports), pick(self.segments), pick(self.checkpoints))

    def low_confidence(self, below: float = 0.75) -> pd.DataFrame:
        """Places resolved with a confidence under ``below``, with the reasons."""
        r = self.reports
        mask = r["geo_confidence"] < below
        cols = ["caravan", "file", "row", "place", "resolved_name", "country", "geo_confidence", "geo_reasons"]
        return pd.DataFrame(r.loc[mask, cols]).drop_duplicates(["caravan", "place", "resolved_name"])


def build_routes(reports: gpd.GeoDataFrame, *, resolver: Resolver | None = None) -> RouteSet:
    """Locate ``reports`` (see :func:`routes.locate`) and link them into a :class:`RouteSet`.

    Planned events stay in ``reports`` but are not on the route; country- and
    region-level reports stay at their precision and are not joined by
    segments.
    """
    located = locate(reports, resolver=resolver)
    stops = route_stops(located)
    segments = build_segments(stops)
    checkpoints = located[located["kind"].isin(CHECKPOINT_KINDS)].reset_index(drop=True)
    return RouteSet(located.reset_index(drop=True), segments, checkpoints)
