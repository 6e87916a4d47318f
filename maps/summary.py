"""A short text summary of each caravan's route, written from its data (English or Spanish).

What a newsroom would otherwise type by hand as a map's caption or alt text:
where and when the caravan set out and with how many people, the main
places it passed through, its largest reported figure, the checkpoints,
blocks, clashes and turn-backs reported, where it was last reported, and
the length and duration of the mapped route::

    The Tapachula caravan of December 2023 set out from Tapachula (Mexico) on 24
    December 2023 with thousands of people and passed through Huixtla. It was last reported in
    Villa Comaltitlán (Mexico) on 26 December 2023, with thousands of people. The
    mapped route covers about 50 km over 2 days.

Every figure comes from the routes' own queries, so it agrees with the map:
sizes by the one merge rule (:mod:`routes.sizes`), the route from
:func:`routes.build.route_stops`, distance and days from
:func:`routes.queries.stats`.  The words come from the language catalogue
(:mod:`maps.i18n`); a figure that is exactly one of the vague words' ranges
(2,000-9,000 for ``thousands``) is written as the word, and one that is exactly ``about N``'s
(0.9 N .. 1.1 N) as ``about N`` (:meth:`maps.i18n.Catalogue.people`).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from routes.names import shown_names
from routes.queries import stats
from routes.schema import CHECKPOINT_KINDS
from routes.sizes import place_day_sizes, report_day

from .i18n import Catalogue, catalogue
from .names import display_name

#: At most this many places between the first and the last are named; longer lists name one fewer.
MAIN_STOPS = 4
#: At most this many places are named for checkpoints, blocks or clashes.
MAIN_PLACES = 4
#: At most this many turn-backs get a sentence (the first ones).
MAIN_RETURNS = 2
#: Kinds that make a place worth naming first among the stops in between.
NOTABLE_KINDS = ("crossing", "returned", "blocked", "clash", "arrival")


def describe(routes, *, lang: str = "en", names: Mapping[str, str] | None = None,
             merged: pd.DataFrame | None = None) -> dict[str, str]:
    """One summary per caravan of ``routes`` (a RouteSet or Caravan), in ``lang``: ``{id: text}``.

    ``names`` maps a caravan id to the name the text calls it by (default:
    :func:`maps.names.display_name`: "The Honduras caravan of October 2018"
    for ``2018-10-honduras``, "Caravan <id>" for other ids).  Raises :class:`geo.InputError` for a language with no
    catalogue.  The facts are gathered for all caravans at once (groupby
    over whole tables); only the wording runs once per caravan.  ``merged``
    is :func:`routes.sizes.place_day_sizes` of the reports, when already computed.
    """
    words = catalogue(lang)
    if not len(routes.reports):
        return {}
    facts = _facts(routes, place_day_sizes(routes.reports) if merged is None else merged)
    names = names or {}
    return {cid: _summary(words, facts.get(cid, {}), names.get(cid) or display_name(cid, words, sentence=True))
            for cid in routes.caravans}


def _records(frame: pd.DataFrame, columns: list[str], *, many: bool = False) -> dict[int, object]:
    """``{caravan code: row}`` (or ``{code: [rows]}`` with ``many``), rows as plain dicts."""
    out: dict[int, object] = {}
    for row in frame[["caravan", *columns]].to_dict("records"):
        code = int(row.pop("caravan"))
        if many:
            out.setdefault(code, []).append(row)
        else:
            out[code] = row
    return out


def _text_column(values) -> pd.Series:
    """Strings kept as Python objects: pandas' Arrow strings cost more to filter and sort than they save here."""
    return pd.Series(np.asarray(values, dtype=object), dtype=object)


def _facts(routes, groups: pd.DataFrame) -> dict[str, dict]:
    """Per caravan: its first stop, the stops to name, its largest figure, obstacles, turn-backs, last report.

    The tables are joined on numbers only (caravan codes, a point key, days);
    the texts are looked up by row position for the few rows each summary uses.
    """
    reports = routes.reports
    code, ids = pd.factorize(reports["caravan"])
    ids = list(ids)
    code_of = {cid: i for i, cid in enumerate(ids)}
    kind = reports["kind"].to_numpy(object)
    text = {"name": shown_names(reports).to_numpy(object), "kind": kind,
            "country": reports["resolved_country"].to_numpy(object) if "resolved_country" in reports
            else np.full(len(reports), "", dtype=object),
            "precision": reports["precision"].to_numpy(object)}
    inexact = (reports["date_approx"] | (reports["date_precision"] != "day")).to_numpy()
    lat, lon = reports["lat"].to_numpy(float), reports["lon"].to_numpy(float)
    r = pd.DataFrame({
        "caravan": code, "pt": lat + 1j * lon,  # one key for a point: quicker to join on than two
        "day": report_day(reports).to_numpy(), "low": groups["low"].to_numpy(float),
        "high": groups["high"].to_numpy(float), "order": np.arange(len(reports)),
        "planned": kind == "planned", "obstacle": np.isin(kind, CHECKPOINT_KINDS), "returned": kind == "returned",
        # a day is "around" when every report of that place and day has an approximate date
        "around": pd.Series(inexact).groupby(groups["group"].to_numpy()).transform("all").to_numpy(),
    })

    def with_text(frame: pd.DataFrame, *names: str) -> pd.DataFrame:
        rows = frame["order"].to_numpy()
        return frame.assign(**{n: _text_column(text[n][rows]).to_numpy() for n in names})

    happened = r[~(r["planned"].to_numpy() | (kind == "checkpoint"))]  # what the group did, where it was
    around = happened.groupby(["caravan", "pt", "day"], sort=False)["around"].all()
    first_at = r.drop_duplicates("pt")
    name_of = pd.Series(text["name"][first_at["order"].to_numpy()], index=first_at["pt"].to_numpy(), dtype=object)

    route = routes.stops()
    stops = pd.DataFrame({c: route[c].to_numpy() for c in ("arrive", "leave", "leave_low", "leave_high",
                                                            "size_carried")})
    stops.insert(0, "caravan", route["caravan"].map(code_of).to_numpy())
    pt = route["lat"].to_numpy(float) + 1j * route["lon"].to_numpy(float)
    notable = (route["first_kind"].isin(NOTABLE_KINDS) | route["last_kind"].isin(NOTABLE_KINDS)).to_numpy()
    stop_text = {"name": name_of.reindex(pt).to_numpy(object), "country": route["country"].to_numpy(object)}
    for when in ("arrive", "leave"):
        keys = pd.MultiIndex.from_arrays([stops["caravan"].to_numpy(), pt, stops[when].to_numpy()])
        stops[f"around_{when}"] = around.reindex(keys).fillna(False).to_numpy(bool)
    stops["row"] = np.arange(len(stops))
    by_caravan = stops.groupby("caravan", sort=False)
    position, from_end = by_caravan.cumcount().to_numpy(), by_caravan.cumcount(ascending=False).to_numpy()
    stops["count"] = by_caravan["row"].transform("size")
    first = stops[position == 0]
    first = first.assign(**{n: _text_column(v[first["row"].to_numpy()]).to_numpy() for n, v in stop_text.items()})
    inside = (position > 0) & (from_end > 0)
    between = stops[inside].assign(pos=position[inside], notable=notable[inside],
                                   size=lambda t: t["leave_high"].fillna(0))
    n_between = between.groupby("caravan", sort=False).size()
    long = between["caravan"].map(n_between).to_numpy() > MAIN_STOPS
    picked = between[long].sort_values(["caravan", "notable", "size", "pos"], ascending=[True, False, False, True])
    picked = picked.groupby("caravan", sort=False).head(MAIN_STOPS - 1)
    named = pd.concat([between[~long], picked]).sort_values(["caravan", "pos"])
    named = named.assign(name=_text_column(stop_text["name"][named["row"].to_numpy()]).to_numpy())

    table = stats(reports, routes.segments, routes.checkpoints, stops=route)
    table["caravan"] = table["caravan"].map(code_of).to_numpy()
    largest_date = table["largest_date"].to_numpy()[np.argsort(table["caravan"].to_numpy())]
    largest = r[(r["day"].to_numpy() == largest_date[r["caravan"].to_numpy()]) & r["high"].notna().to_numpy()
                & ~r["planned"].to_numpy()]
    largest_day_around = largest.groupby("caravan", sort=False)["around"].all()
    largest = largest.sort_values(["caravan", "high", "order"], ascending=[True, False, True]).groupby(
        "caravan", sort=False).head(1).assign(largest_around=lambda t: t["caravan"].map(largest_day_around))

    cp = with_text(r[r["obstacle"].to_numpy()].sort_values(["day", "order"], kind="stable"), "kind", "name")
    obstacles = cp.drop_duplicates(["caravan", "kind", "name"])
    returned = with_text(r[r["returned"].to_numpy()].sort_values(["day", "order"], kind="stable"), "name")
    returned = returned.drop_duplicates(["caravan", "name", "day"]).groupby("caravan", sort=False).head(MAIN_RETURNS)
    last = with_text(happened.sort_values(["day", "order"], kind="stable").groupby("caravan", sort=False).tail(1),
                     "name", "country", "precision")

    sources = {
        "first": _records(first, ["name", "country", "arrive", "leave", "leave_low", "leave_high", "size_carried",
                                  "around_arrive", "around_leave", "count"]),
        "named": _records(named, ["name"], many=True),
        "stats": _records(table, ["km", "days", "legs", "largest_low", "largest_high", "largest_date"]),
        "largest": _records(with_text(largest, "name"), ["name", "largest_around"]),
        "obstacles": _records(obstacles, ["kind", "name"], many=True),
        "returned": _records(returned, ["name", "day", "around", "low", "high"], many=True),
        "last": _records(last, ["name", "country", "precision", "day", "around", "low", "high"]),
    }
    out: dict[str, dict] = {}
    for key, values in sources.items():
        for c, value in values.items():
            out.setdefault(ids[c], {})[key] = value
    for c, count in n_between.items():
        out.setdefault(ids[int(c)], {})["between"] = int(count)
    return out


def _when(words: Catalogue, day, around: bool, *, year: bool = True) -> str:
    return words.text("format.around_date" if around else "format.on_date", date=words.date(day, year=year))


def _known(value) -> bool:
    return value is not None and value == value


def _where(words: Catalogue, place: str, country: str, precision: str = "point") -> str:
    if not country or precision != "point" or words.country(country) == place:
        return place
    return words.text("format.place_in_country", place=place, country=words.country(country))


def _places(words: Catalogue, key: str, places: list[str]) -> str:
    """A sentence naming ``places`` (the first :data:`MAIN_PLACES` - 1 and how many when there are more)."""
    if len(places) > MAIN_PLACES:
        return words.text(f"{key}_many", places=words.join(places[:MAIN_PLACES - 1]), n=len(places))
    return words.text(key, places=words.join(places), n=len(places))


def _summary(words: Catalogue, facts: dict, subject: str) -> str:
    first, last = facts.get("first"), facts.get("last")
    if first is None and last is None:
        return words.text("summary.no_route", subject=subject)
    sentences = []
    start_high = float("nan")
    if first is not None:
        where = _where(words, first["name"], first["country"])
        gathered = first["arrive"] < first["leave"]
        left = _when(words, first["leave"], first["around_leave"],
                     year=not gathered or first["arrive"].year != first["leave"].year)
        sized = _known(first["leave_low"]) and not first["size_carried"]
        people = words.people(first["leave_low"], first["leave_high"], about=True) if sized else ""
        if first["count"] == 1:
            opening = words.text("summary.only_stop_size" if sized else "summary.only_stop", subject=subject,
                                 place=where, when=left, people=people)
        elif gathered:
            came = _when(words, first["arrive"], first["around_arrive"])
            opening = words.text("summary.start_gathered" if sized else "summary.start_gathered_no_size",
                                 subject=subject, place=where, when_first=came, when=left, people=people)
        else:
            opening = words.text("summary.start" if sized else "summary.start_no_size", subject=subject,
                                 place=where, when=left, people=people)
        named = [row["name"] for row in facts.get("named", [])]
        if not named:
            opening += words.text("summary.end_sentence")
        elif len(named) < facts.get("between", 0):
            opening += words.text("summary.passed_more", places=words.join(named), n=facts["between"])
        else:
            opening += words.text("summary.passed", places=words.join(named))
        sentences.append(opening)
        start_high = first["leave_high"] if sized else start_high
    else:  # only country- or region-level reports
        sentences.append(words.text("summary.only_stop", subject=subject, place=last["name"],
                                    when=_when(words, last["day"], last["around"]), people="")
                         + words.text("summary.end_sentence"))

    row, top = facts.get("stats"), facts.get("largest")
    if row and top and _known(row["largest_high"]) and not (_known(start_high) and row["largest_high"] <= start_high):
        sentences.append(words.text("summary.largest", people=words.people(row["largest_low"], row["largest_high"], about=True),
                                    place=top["name"], when=_when(words, row["largest_date"], top["largest_around"])))

    obstacles = facts.get("obstacles", [])
    for kind, key in (("checkpoint", "summary.checkpoints"), ("blocked", "summary.blocked"),
                      ("clash", "summary.clashes")):
        places = [o["name"] for o in obstacles if o["kind"] == kind]
        if places:
            sentences.append(_places(words, key, places))

    # a turn-back at the last place on the last day is where the group was last reported: one sentence says both
    said_last = False
    for back in facts.get("returned", []):
        when = _when(words, back["day"], back["around"])
        last_too = last is not None and (back["name"], back["day"]) == (last["name"], last["day"])
        said_last |= last_too
        suffix = "_last" if last_too else ""
        if _known(back["low"]):
            sentences.append(words.text("summary.returned" + suffix, place=back["name"], when=when,
                                        people=words.people(back["low"], back["high"], about=True)))
        else:
            sentences.append(words.text("summary.returned_no_size" + suffix, place=back["name"], when=when))

    if first is not None and last is not None and not said_last and (first["count"] > 1 or last["name"] != first["name"]):
        where = _where(words, last["name"], last["country"], last["precision"])
        when = _when(words, last["day"], last["around"])
        if _known(last["low"]):
            sentences.append(words.text("summary.last_size", place=where, when=when,
                                        people=words.people(last["low"], last["high"], about=True)))
        else:
            sentences.append(words.text("summary.last", place=where, when=when))

    if row and row["legs"] > 0:
        km = words.text("unit.km", n=_round_km(row["km"]))
        if row["days"] > 0:
            sentences.append(words.text("summary.route", km=km, days=words.text("unit.days", n=int(row["days"]))))
        else:
            sentences.append(words.text("summary.route_one_day", km=km))
    # a sentence may open with a figure in words ("up to 5,300 people turned back ...")
    return " ".join(s[:1].upper() + s[1:] for s in sentences)


def _round_km(km: float) -> int:
    """Route lengths are straight lines between stops: to the nearest 5 km below 100, else 10 km."""
    step = 5 if km < 100 else 10
    return int(max(step, round(km / step) * step))
