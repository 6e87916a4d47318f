"""maps: show it.  folium rendering, scales, legend, export and the command line.

The public API is imported lazily so that the command line starts without
loading folium or geopandas.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "render_map": ".render",
    "save_map": ".save",
    "build_map": ".commands",
    "demo_maps": ".commands",
    "geocode_names": ".commands",
    "embed_snippet": ".embed",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'maps' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
