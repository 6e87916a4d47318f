"""What the page and the summaries call a caravan that was given no name: a reader's name made from its id."""

from __future__ import annotations

import re

from .i18n import Catalogue

#: Caravan ids written as the sample data writes them: year, month, where it set out (``2018-10-honduras``).
_DATED_ID = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$", re.IGNORECASE)
#: Words kept in lower case inside a place name spelt from an id (``san-pedro-sula``, ``ciudad-de-guatemala``).
_SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "y"}


def display_name(caravan_id: str, catalogue: Catalogue, *, sentence: bool = False) -> str:
    """What the page and the summaries call a caravan that was given no name.

    An id such as ``2018-10-honduras`` reads ``Honduras caravan, October 2018`` (``Caravana de Honduras,
    octubre de 2018``); with ``sentence``, as the subject of a sentence (the route's summary): ``The
    Honduras caravan of October 2018``.  Other ids stay as they are (``Caravan c1`` in a sentence).
    """
    match = _DATED_ID.match(str(caravan_id))
    if not match:
        return catalogue.text("summary.subject", id=caravan_id) if sentence else str(caravan_id)
    year, month, slug = match.groups()
    words = slug.lower().split("-")
    place = " ".join(w if k and w in _SMALL_WORDS else w.capitalize() for k, w in enumerate(words))
    key = "page.caravan_subject" if sentence else "page.caravan_name"
    return catalogue.text(key, place=place, month=catalogue.month(int(month)), year=year)
