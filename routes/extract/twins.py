"""A border town's crossing and its twin across the border are the town's stop, unless the group crossed.

Reports from a border city name what lies across from it: the port of entry on the far side ("gathered outside
the San Ysidro port of entry", told from Tijuana) or the twin city itself ("this Mexican city across the border from
El Paso, Texas").  Drawn as rows of their own they put the group, and its size, in another country it never
entered.  :func:`at_their_towns` draws such a row at the town of the article it belongs to:

- a row at a border crossing (a gazetteer border post) within :data:`CROSSING_IN_TOWN_KM` of a town the article has
  a row at the same day, when the row is no crossing and its sentence tells none ("crossed", "into", "cruzaron"...);
- a row at a border river ("cruzan río Bravo", with no town in its sentence) at the town on that river the article
  has a row at that day (ANNOTATING.md, settled case: a river crossing is a row at the town crossed from or into
  when the text names one for that crossing; the town the sentence just before named is read in the sentence pass);
- a row at a town written as what the article's town lies across from ("across the border from El Paso",
  "frente a", "al otro lado de"), within :data:`TWIN_KM` of that town (:data:`TWIN_SAME_SENTENCE_KM` of a row of the
  same sentence), in another country, when its sentence tells no crossing ("waded across the Rio Grande from Ciudad Juárez into El Paso" keeps both).

The row keeps its day, kind, size and quote; its place becomes the town's (rows saying the same thing are merged
after).  The note says which row moved and why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.distance import haversine_km
from geo.places import RIVER

from .legs import day_number

#: A twin town this close to a town of the article is that town's twin (Reynosa and McAllen lie 14 km apart; Ciudad
#: Juárez and El Paso 5; Tecún Umán and Ciudad Hidalgo 1.3).
TWIN_KM = 25.0

#: ... and this close to a town its own sentence has a row at ("arrived in Tijuana on Tuesday, across the border from
#: San Diego": the two lie 28 km apart as the gazetteer places them).
TWIN_SAME_SENTENCE_KM = 35.0

#: A border post this close to a town's centre is in the town, its crossing (the San Ysidro port of entry is 5 km
#: from Tijuana's centre, the Rodolfo Robles bridge 1.3 km from Tecún Umán's); one farther off is a place of its own
#: (the Agua Caliente post, where caravans are stopped, lies 9 km from Esquipulas).
CROSSING_IN_TOWN_KM = 6.0

#: The sentence tells the group crossed, or went into the other side.
_CROSSED = re.compile(r"\b(?:cross(?:ed|es|ing)?|into|entered|entering|waded|swam|walked\s+through|went\s+through|"
                      r"(?:walked|ran|went|came|moved|marched|headed|rushed|made\s+their\s+way)\s+across|passed\s+through|cruz(?:aron|ó|o|ar|an|ando)|ingres(?:aron|ó|o|ar|an)|entr(?:aron|ó|ar)|"
                      r"internaron|pasaron\s+(?:a|al|por))\b", re.I)

#: Words right before a name that make it what the article's town lies across from.
_ACROSS_FROM = re.compile(r"(?:\bacross\s+(?:the\s+(?:border|river|bridge|rio\s+grande)\s+)?from|\bopposite|"
                          r"\bfrente\s+a|\bal\s+otro\s+lado\s+(?:de\s+la\s+frontera\s+|del\s+r[íi]o\s+)?(?:de|con))"
                          r"\s+(?:the\s+|la\s+|el\s+)?(?:(?:city|town|ciudad)\s+(?:of|de)\s+)?$", re.I)


def at_their_towns(rows: list[dict], notes: list[str],
                   on_river: Callable[[dict, dict], bool] | None = None,
                   town_named: Callable[[str, object], tuple[str, object] | None] | None = None) -> list[dict]:
    """Draw each crossing, river or twin-town row (see the module) at the article's town it belongs to; return
    ``rows``.  ``on_river(town_row, river_row)`` says whether a town lies on the border the river forms;
    ``town_named(name, post)`` gives ``(key, town)``, the town a border post's written name names (see
    :func:`bridge_town_name`) when it lies within :data:`CROSSING_IN_TOWN_KM` of the post, else ``None``."""
    towns = [r for r in rows if r["lat"] != "" and not r["_place"].is_area
             and r["_place"].feature in ("populated_place", "locality")]
    for row in rows:
        if row["_place"].is_area or row["lat"] == "" and row["_place"].feature != RIVER:
            continue
        town = _its_town(row, towns, on_river)
        if town is None and town_named is not None and row["_place"].feature == "border_crossing" \
                and (name := bridge_town_name(row["place"])) and (named := town_named(name, row["_place"])):
            # "camped under the Del Rio International Bridge": the bridge is where in Del Rio; the row is the town's
            # (a landmark named after its town is no event place of its own, types-s20-21 F13)
            key, place = named
            notes.append(f"placed {row['place']!r} ({row['date'] or 'undated'}, sentence at {row['start']}) at "
                         f"{name!r}: a border post named after the town it stands in")
            row.update(place=name, _place=place, _key=key, lat=round(place.lat, 5), lon=round(place.lon, 5),
                       country=place.country, note=f"gazetteer: {place.label()}, {place.precision}; its border post, "
                                                   f"named in the quote",
                       _res=replace(row["_res"], place=place))
            continue
        if town is None:
            continue
        place = town["_place"]
        what = {"border_crossing": "the crossing of", RIVER: "the river at"}.get(row["_place"].feature,
                                                                                 "across the border from")
        notes.append(f"placed {row['place']!r} ({row['date'] or 'undated'}, sentence at {row['start']}) at "
                     f"{town['place']!r}: " + (
                         f"{what} the town the article is at, and the group did not cross" if what != "the river at"
                         else "the town on that river the article is at (the river is a long line)"))
        row["place"], row["_place"], row["_key"] = town["place"], place, town["_key"]
        row["lat"], row["lon"], row["country"] = town["lat"], town["lon"], town["country"]
        row["note"] = (f"gazetteer: {place.label()}, {place.precision}; "
                       + {"the crossing of": "its crossing", "the river at": "its river"}.get(
                           what, "its twin across the border") + ", named in the quote")
        row["_res"] = town["_res"]
    return rows


#: A border post's name around its town's: "the Del Rio International Bridge", "el Puente Internacional Reynosa".
_BRIDGE_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:puente|garita)\s+(?:internacional\s+)?(?:de\s+)?(?P<es>.+)|"
    r"(?P<en>.+?)\s+(?:international\s+)?(?:bridge|port\s+of\s+entry))$", re.I)


def bridge_town_name(written: str) -> str:
    """The town's name in a border post's written name ("Del Rio International Bridge": "Del Rio"), else ``""``."""
    m = _BRIDGE_WORDS.match(written.split(",")[0].strip())
    return (m.group("es") or m.group("en")).strip() if m else ""


def _its_town(row: dict, towns: list[dict], on_river: Callable[[dict, dict], bool] | None = None) -> dict | None:
    """The town row ``row`` belongs to (see the module), or None."""
    p = row["_place"]
    if p.feature == RIVER:
        # ANNOTATING.md, settled case: a river crossing is a row at the town crossed from or into when the text names
        # one for that crossing (its day's town on the river); the river's point may lie hundreds of kilometres off.
        # (a crossing whose own sentence names no town is at the town on that river the sentence just before named:
        # the sentence pass, sentences._a_town_over_the_river)
        day = day_number(row["date"])
        return next((t for t in towns if day is not None and day_number(t["date"]) == day
                     and on_river is not None and on_river(t, row)), None)
    if p.feature == "border_crossing":
        if row["kind"] == "crossing" or _CROSSED.search(row["quote"]):
            return None
        day = day_number(row["date"])
        near = [t for t in towns if t is not row and day is not None and day_number(t["date"]) == day
                and haversine_km(p.lat, p.lon, t["_place"].lat, t["_place"].lon) <= CROSSING_IN_TOWN_KM]
    elif p.feature in ("populated_place", "locality") and _written_across_from(row) and not _CROSSED.search(row["quote"]):
        near = [t for t in towns if t is not row and t["_place"].country != p.country
                and haversine_km(p.lat, p.lon, t["_place"].lat, t["_place"].lon)
                <= (TWIN_SAME_SENTENCE_KM if t["start"] == row["start"] else TWIN_KM)]
    else:
        return None
    return min(near, key=lambda t: haversine_km(p.lat, p.lon, t["_place"].lat, t["_place"].lon), default=None)


def _written_across_from(row: dict) -> bool:
    """Whether the row's name is written right after "across the border from", "frente a", ... in its quote."""
    at = row.get("_at", -1) - row["start"]
    return at > 0 and bool(_ACROSS_FROM.search(row["quote"], max(0, at - 60), at))
