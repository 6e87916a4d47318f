"""routes: what happened, when?  Report schema, counts, route building, queries.

The public API is imported lazily so that ``from routes import parse_count``
does not pay for geopandas.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "read_reports": ".reports",
    "read_many": ".reports",
    "locate": ".locate",
    "build_routes": ".routeset",
    "RouteSet": ".routeset",
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
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'routes' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
