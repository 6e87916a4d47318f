"""What the page and the summaries call a caravan that was given no name: a reader's name made from its id."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pandas as pd

from geo.normalize import name_slug

from .i18n import Catalogue

#: Caravan ids written as the sample data writes them: year, month, where it set out (``2018-10-honduras``).
_DATED_ID = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$", re.IGNORECASE)
#: Words kept in lower case inside a place name spelt from an id (``san-pedro-sula``, ``ciudad-de-guatemala``).
_SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "y"}
#: The number ``routemapper extract`` appends to the id of another group than the article's main one.
_GROUP_NUMBER = re.compile(r"[2-9]")


def written_places(reports: pd.DataFrame) -> dict[str, list[str]]:
    """Each caravan's distinct ``place`` names as its reports wrote them (for :func:`display_name`'s ``places``)."""
    if not len(reports) or "place" not in reports:
        return {}
    pairs = reports[["caravan", "place"]].dropna().drop_duplicates()  # (a million reports hold a few distinct pairs)
    return {str(k): [str(p) for p in v] for k, v in pairs.groupby("caravan", sort=False)["place"]}


def default_title(names: Mapping[str, str], catalogue: Catalogue) -> str | None:
    """The title of a map given none, from the names its caravans are shown with (id -> name).

    One caravan: its name.  One article's groups (``2019-02-ciudad-juarez`` and ``-2``, ``-3``, as
    ``routemapper extract`` writes them): the main caravan's name and how many groups ("Ciudad Juárez caravan,
    February 2019: 2 groups"), so a draft's map says what it shows.  Anything else: no title (None).
    """
    ids = [str(c) for c in names]
    if len(ids) == 1:
        return names[ids[0]]
    mains = [c for c in ids if not _is_group_of(c, ids)]
    if len(mains) != 1 or not _DATED_ID.match(mains[0]):
        return None
    return catalogue.text("page.groups_title", name=names[mains[0]], n=len(ids))


def _is_group_of(caravan_id: str, ids: list[str]) -> bool:
    """Whether ``caravan_id`` is another group (``-2`` .. ``-9``) of a caravan among ``ids``."""
    main, dash, number = caravan_id.rpartition("-")
    return bool(dash) and _GROUP_NUMBER.fullmatch(number) is not None and main in ids


def _as_written(words: list[str], places: Iterable[str]) -> str | None:
    """The reports' own spelling of the place an id's ``words`` spell (``Matías Romero`` for matias, romero)."""
    want = "-".join(words)
    for place in places:
        head = str(place).split(",", 1)[0].strip()
        if name_slug(head) == want:
            return head if head != head.upper() else None  # a dateline's capitals are no name to title with
    return None


def display_name(caravan_id: str, catalogue: Catalogue, *, sentence: bool = False,
                 places: Iterable[str] | Mapping[str, Iterable[str]] = ()) -> str:
    """What the page and the summaries call a caravan that was given no name.

    An id such as ``2018-10-honduras`` reads ``Honduras caravan, October 2018`` (``Caravana de Honduras,
    octubre de 2018``); with ``sentence``, as the subject of a sentence (the route's summary): ``The
    Honduras caravan of October 2018``.  Other ids stay as they are (``Caravan c1`` in a sentence).
    ``places``: the names the caravan's reports wrote (or :func:`written_places` of all caravans); the one
    the id spells gives the name its accents (``2024-05-matias-romero`` is ``Matías Romero caravan``); a
    Mapping lends another group (``2019-02-ciudad-juarez-2``) the main caravan's spelling too.
    """
    match = _DATED_ID.match(str(caravan_id))
    if not match:
        return catalogue.text("summary.subject", id=caravan_id) if sentence else str(caravan_id)
    year, month, slug = match.groups()
    words = slug.lower().split("-")
    # "2024-05-matias-romero-2": the second group an article about the Matías Romero caravan tells of
    # (``routemapper extract`` gives another group's rows the main caravan's id and "-2", "-3", ...).
    group = words.pop() if len(words) > 1 and _GROUP_NUMBER.fullmatch(words[-1]) else None
    if isinstance(places, Mapping):
        # another group's rows may name no town of the id: the main caravan's reports spell it too
        main = f"{year}-{month}-{'-'.join(words)}"
        places = [*places.get(str(caravan_id), ()), *(places.get(main, ()) if group else ())]
    written = _as_written(words, places)
    place = catalogue.town_name(written if written is not None else
                                " ".join(w if k and w in _SMALL_WORDS else w.capitalize() for k, w in enumerate(words)))
    key = "page.caravan_subject" if sentence else "page.caravan_name"
    if group is None:
        return catalogue.text(key, place=place, month=catalogue.month(int(month)), year=year)
    return catalogue.text(f"{key}_group", place=place, month=catalogue.month(int(month)), year=year, group=group)
