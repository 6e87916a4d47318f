"""geo: where is this name?  Gazetteer, name normalisation, disambiguation, geocoders.

The bottom layer of routemapper: it imports nothing from ``routes`` or ``maps``
and holds the error hierarchy every layer raises from.
"""

from .errors import (
    GeocoderError,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeocoderUnavailable,
    InputError,
    InputErrors,
    OutputError,
    PlaceNotFound,
    RoutemapperError,
    UnknownPlaces,
    Where,
)
from .index import GazetteerIndex
from .normalize import name_key
from .places import Place
from .resolve import Context, Focus, Resolution, Resolver, Stop, geocode, resolve_route

__all__ = [
    "Context", "Focus", "GazetteerIndex", "GeocoderError", "GeocoderRateLimited", "GeocoderTimedOut",
    "GeocoderUnavailable",
    "InputError", "InputErrors", "OutputError", "Place", "PlaceNotFound", "Resolution", "Resolver",
    "RoutemapperError", "Stop", "UnknownPlaces", "Where", "geocode", "name_key", "resolve_route",
]
