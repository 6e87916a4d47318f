"""geo: where is this name?  Gazetteer, name normalisation, disambiguation, geocoders.

The bottom layer of routemapper: it imports nothing from ``routes`` or ``maps``
and holds the error hierarchy every layer raises from.

The public names are imported on first use (``from geo import geocode`` loads
the resolver, ``import geo.errors`` does not), so a command that needs only
the errors or the paths starts without the index and the resolver.
"""

from __future__ import annotations

from .lazy import lazy_exports

_EXPORTS = {
    **dict.fromkeys([
        "GeocoderError", "GeocoderRateLimited", "GeocoderTimedOut", "GeocoderUnavailable", "InputError",
        "InputErrors", "OutputError", "PlaceNotFound", "RoutemapperError", "UnknownPlaces", "Where",
    ], ".errors"),
    "GazetteerIndex": ".index",
    "name_key": ".normalize",
    "Place": ".places",
    **dict.fromkeys(["Context", "Focus", "Resolution", "Resolver", "Stop", "geocode", "resolve_route"], ".resolve"),
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
