"""What the page and the summaries call a caravan that was given no name: a reader's name made from its id."""

from __future__ import annotations

import re

from .i18n import Catalogue

#: Caravan ids written as the sample data writes them: year, month, where it set out (``2018-10-honduras``).
_DATED_ID = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$", re.IGNORECASE)
#: Words kept in lower case inside a place name spelt from an id (``san-pedro-sula``, ``ciudad-de-guatemala``).
_SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "y"}
#: The number ``routemapper extract`` appends to the id of another group than the article's main one.
_GROUP_NUMBER = re.compile(r"[2-9]")


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
    # "2024-05-matias-romero-2": the second group an article about the Matías Romero caravan tells of
    # (``routemapper extract`` gives another group's rows the main caravan's id and "-2", "-3", ...).
    group = words.pop() if len(words) > 1 and _GROUP_NUMBER.fullmatch(words[-1]) else None
    place = catalogue.town_name(" ".join(w if k and w in _SMALL_WORDS else w.capitalize() for k, w in enumerate(words)))
    key = "page.caravan_subject" if sentence else "page.caravan_name"
    if group is None:
        return catalogue.text(key, place=place, month=catalogue.month(int(month)), year=year)
    return catalogue.text(f"{key}_group", place=place, month=catalogue.month(int(month)), year=year, group=group)
