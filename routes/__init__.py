"""routes: what happened, when?  Report schema, counts, route building, queries.

The public API is imported lazily so that ``from routes import parse_count``
does not pay for geopandas.
"""

from __future__ import annotations

from geo.lazy import lazy_exports

_EXPORTS = {
    "read_reports": ".reports",
    "read_many": ".reports",
    "locate": ".locate",
    "build_routes": ".routeset",
    "RouteSet": ".routeset",
    "Caravan": ".routeset",
    "parse_count": ".counts",
    "Count": ".counts",
    "CountSyntaxError": ".counts",
    "parse_date": ".dates",
    "ReportDate": ".dates",
    "DateSyntaxError": ".dates",
    "KINDS": ".schema",
    "COLUMNS": ".schema",
    "extract_reports": ".extract",
    "extract_bag": ".extract",
    "reports_from_rows": ".reports",
    "build_routes_dask": ".archive",
    "route_partitions": ".archive",
    "gather_routes": ".archive",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
