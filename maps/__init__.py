"""maps: show it.  folium rendering, scales, legend, export and the command line.

The public API is imported lazily so that the command line starts without
loading folium or geopandas.
"""

from __future__ import annotations

from geo.lazy import lazy_exports

_EXPORTS = {
    "render_map": ".render",
    "save_map": ".save",
    "build_map": ".commands",
    "demo_maps": ".commands",
    "geocode_names": ".commands",
    "embed_snippet": ".embed",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
