"""The report schema: columns, kinds, and what each means.

One row is one report: on this date, at this place, a group of this size did
this.  Only ``caravan``, ``date`` and ``place`` (or ``lat`` and ``lon``) are
required.
"""

from __future__ import annotations

#: Columns a reports file may have, in their canonical order.
COLUMNS: tuple[str, ...] = (
    "caravan", "date", "place", "country", "lat", "lon", "kind", "count", "source", "url", "note",
)

#: How ``routemapper extract`` begins the ``note`` it writes on a draft row ("gazetteer: Agua Caliente border
#: crossing (HN, Ocotepeque), point"): how it placed the name, words for whoever checks the draft.  Build keeps
#: such a note (its vehicle words count for a leg's pace) but shows it to no reader: not in a popup, the page, the
#: embed or the PNG.  Any other note, one written by hand, is the report's own and is shown.
DRAFT_NOTE_PREFIX = "gazetteer: "

#: Columns kept when a file has them, besides :data:`COLUMNS`; never required, and not part of what makes
#: two rows the same report.  ``quote``: the words of the article a row rests on (``routemapper extract``
#: writes the sentence), shown in the place's popup.
KEPT: tuple[str, ...] = ("quote",)

REQUIRED: tuple[str, ...] = ("caravan", "date")

#: What happened, as a report says it.  ``planned`` events are kept but not routed.
KINDS: tuple[str, ...] = (
    "gathering", "departure", "sighting", "crossing", "checkpoint", "blocked", "clash",
    "returned", "arrival", "planned",
)

#: The kind assumed when a row leaves ``kind`` empty.
DEFAULT_KIND = "sighting"

#: Kinds that mark an obstacle on the route: they form the ``checkpoints`` table.
CHECKPOINT_KINDS: tuple[str, ...] = ("checkpoint", "blocked", "clash")

#: Kinds that are not a position of the moving group: a planned event has not
#: happened, and a checkpoint report marks an obstacle on the road, which the
#: group may meet days later or never (Mexico posting police in Tapachula while
#: the 2018 caravan was still in Guatemala).  Both are drawn, neither is a stop;
#: a group held at a checkpoint is reported as ``blocked`` (or ``clash``).
NOT_ON_ROUTE: tuple[str, ...] = ("planned", "checkpoint")
