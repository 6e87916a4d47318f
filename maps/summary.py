"""A short text summary of each caravan's route, written from its data (English or Spanish).

What a newsroom would otherwise type by hand as a map's caption or alt text:
where and when the caravan set out and with how many people (a country or state
when its departure is reported only as that area, before the first town), the main
places it passed through, its largest reported figure, the checkpoints,
blocks, clashes and turn-backs reported, where it was last reported, and
the length and duration of the mapped route::

    The Tapachula caravan of December 2023 set out from Tapachula (Mexico) on 24
    December 2023 with thousands of people and passed through Huixtla. It was last reported in
    Villa Comaltitlán (Mexico) on 26 December 2023, with thousands of people. The
    mapped route covers about 50 km over 2 days.

Every figure comes from the routes' own queries, so it agrees with the map:
sizes by the one merge rule (:mod:`routes.sizes`; a turn-back's figure is the
turn-back reports' own, as their popup lines say), the route from
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

from geo.normalize import strip_accents
from routes.names import point_codes, reported_names, shown_rows
from routes.queries import codes_in, stats
from routes.schema import CHECKPOINT_KINDS
from routes.sizes import place_day_sizes, report_day, told_figures

from .i18n import Catalogue, _bracketed, catalogue
from .names import display_name, written_places

#: At most this many places between the first and the last are named; longer lists name one fewer.
MAIN_STOPS = 4
#: At most this many places are named for checkpoints, blocks or clashes.
MAIN_PLACES = 4
#: At most this many turn-backs get a sentence (the first ones).
MAIN_RETURNS = 2
#: Kinds that make a place worth naming first among the stops in between.
NOTABLE_KINDS = ("crossing", "returned", "blocked", "clash", "arrival")
#: Kinds that say a caravan set out from its first stop; a first stop with none of them is where it was first
#: reported ("crossed into Puebla at Calipan" weeks after it left Tapachula is no start at Calipan).
SET_OUT_KINDS = ("departure", "gathering")


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
    facts = _facts(routes, place_day_sizes(routes.reports) if merged is None else merged, words)
    names = names or {}
    written = written_places(routes.reports)
    return {cid: _summary(words, facts.get(cid, {}),
                          names.get(cid) or display_name(cid, words, sentence=True, places=written))
            for cid in routes.caravans}


def _records(frame: pd.DataFrame, columns: list[str], *, many: bool = False) -> dict[int, object]:
    """``{caravan code: row}`` (or ``{code: [rows]}`` with ``many``), rows as plain dicts."""
    out: dict[int, object] = {}
    # column by column (Series.tolist boxes as to_dict does: float, bool, Timestamp), then zipped into rows:
    # to_dict("records") boxed every cell one by one, a fifth of describe's time at 1,000 caravans
    values = [frame[c].tolist() for c in columns]
    for code, *row in zip(frame["caravan"].tolist(), *values):
        record = dict(zip(columns, row))
        if many:
            out.setdefault(int(code), []).append(record)
        else:
            out[int(code)] = record
    return out


def _text_column(values) -> pd.Series:
    """Strings kept as Python objects: pandas' Arrow strings cost more to filter and sort than they save here."""
    return pd.Series(np.asarray(values, dtype=object), dtype=object)


def _texts(column: pd.Series, rows: np.ndarray) -> np.ndarray:
    """The text of ``column`` at positions ``rows`` (a missing one -1: NaN), as Python strings."""
    rows = np.asarray(rows, dtype=np.int64)
    taken = column.take(np.maximum(rows, 0)).to_numpy(object) if len(column) else np.full(len(rows), np.nan, object)
    taken[rows < 0] = np.nan
    return _text_column(taken).to_numpy()


def _runs(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For codes in runs (each value's rows together): each row's position in its run and its run's length."""
    n = len(codes)
    new = np.ones(n, dtype=bool)
    new[1:] = codes[1:] != codes[:-1]
    starts = np.flatnonzero(new)
    lengths = np.diff(np.append(starts, n))
    return np.arange(n) - np.repeat(starts, lengths), np.repeat(lengths, lengths)


def _firsts(codes: np.ndarray) -> np.ndarray:
    """Mask of the first row of each run of equal ``codes``."""
    new = np.ones(len(codes), dtype=bool)
    new[1:] = codes[1:] != codes[:-1]
    return new


def _lasts(codes: np.ndarray) -> np.ndarray:
    """Mask of the last row of each run of equal ``codes``."""
    end = np.ones(len(codes), dtype=bool)
    end[:-1] = codes[1:] != codes[:-1]
    return end


def _day_numbers(days: np.ndarray) -> np.ndarray:
    """Days as integers that sort as pandas sorts them (an unknown day last)."""
    numbers = np.asarray(days).astype("datetime64[D]").astype(np.int64)
    return np.where(np.isnat(days), np.iinfo(np.int64).max, numbers)


def _facts(routes, groups: pd.DataFrame, words: Catalogue) -> dict[str, dict]:
    """Per caravan: its first stop, the stops to name, its largest figure, obstacles, turn-backs, last report.

    Everything is gathered from whole columns as numbers (caravan codes, point
    codes, days, row positions): no copy of the reports or of the stops, no
    text column read whole; texts are looked up by row position for the few
    rows each summary uses.
    """
    reports = routes.reports
    code, ids = pd.factorize(reports["caravan"])
    ids = list(ids)
    k = len(ids)
    kind = reports["kind"]
    precision = reports["precision"]
    names = reported_names(reports, words.area_name)  # an area in the summary's language
    shown = shown_rows(reports, names)  # the report whose name each report's point is shown by
    country = reports["resolved_country"] if "resolved_country" in reports else pd.Series("", index=reports.index)
    inexact = (reports["date_approx"] | (reports["date_precision"] != "day")).to_numpy(bool)
    group = groups["group"].to_numpy()
    # a day is "around" when every report of that place and day has an approximate date, and a month (no day:
    # the timeline's 16th is nobody's) when every one of them is dated only to its month
    around = np.bincount(group, weights=~inexact, minlength=int(group.max(initial=-1)) + 1)[group] == 0
    by_month = (reports["date_precision"] == "month").to_numpy(bool)
    month = np.bincount(group, weights=~by_month, minlength=int(group.max(initial=-1)) + 1)[group] == 0
    said = around.astype(np.int8) + month  # how _when says a report's day: 0 on it, 1 around it, 2 its month
    low, high = groups["low"].to_numpy(float), groups["high"].to_numpy(float)
    lat, lon = reports["lat"].to_numpy(float), reports["lon"].to_numpy(float)
    day = report_day(reports).to_numpy()
    day_key = _day_numbers(day)
    planned = (kind == "planned").to_numpy(bool)
    happened = ~(planned | (kind == "checkpoint").to_numpy(bool))  # what the group did, where it was

    def rows_frame(rows: np.ndarray, **columns) -> pd.DataFrame:
        return pd.DataFrame({"caravan": code[rows], **columns})

    route = routes._stops()  # the cached stops themselves: read column by column, never copied
    s_code = codes_in(route["caravan"], pd.Index(ids, dtype="str"))
    s_lat, s_lon = route["lat"].to_numpy(float), route["lon"].to_numpy(float)
    arrive, leave = route["arrive"].to_numpy(), route["leave"].to_numpy()
    n_s = len(route)

    # (caravan, point, day) as one integer for the happened reports and each stop's arrival and leaving day
    h = np.flatnonzero(happened & np.isfinite(lat) & np.isfinite(lon) & ~np.isnat(day))
    n_h = len(h)
    point = point_codes(np.concatenate([lat[h], s_lat, s_lat]), np.concatenate([lon[h], s_lon, s_lon]))
    where = pd.factorize(np.concatenate([code[h], s_code, s_code]).astype(np.int64) * (int(point.max(initial=0)) + 1)
                         + point)[0]
    when = np.concatenate([day_key[h], _day_numbers(arrive), _day_numbers(leave)])
    dated = when != np.iinfo(np.int64).max
    first_day = int(when[dated].min(initial=0))
    span = int(when[dated].max(initial=0)) - first_day + 2  # an unknown day gets a number of its own
    key = pd.factorize(where * span + np.where(dated, np.where(dated, when, first_day) - first_day, span - 1))[0]
    seen = np.bincount(key[:n_h], minlength=int(key.max(initial=-1)) + 1)
    not_around = np.bincount(key[:n_h], weights=~around[h], minlength=len(seen))
    day_around = (seen > 0) & (not_around == 0)
    day_month = (seen > 0) & (np.bincount(key[:n_h], weights=~month[h], minlength=len(seen)) == 0)
    known_stop = np.isfinite(s_lat) & np.isfinite(s_lon)
    arrive_known, leave_known = known_stop & ~np.isnat(arrive), known_stop & ~np.isnat(leave)
    around_arrive = (day_around[key[n_h:n_h + n_s]] & arrive_known).astype(np.int8) \
        + (day_month[key[n_h:n_h + n_s]] & arrive_known)
    around_leave = (day_around[key[n_h + n_s:]] & leave_known).astype(np.int8) + (day_month[key[n_h + n_s:]] & leave_known)
    # a stop's name: the shown name of a report at its point (its first report there is one)
    first_at = np.full(int(point.max(initial=-1)) + 1, -1, dtype=np.int64)
    first_at[point[:n_h][::-1]] = h[::-1]
    stop_report = first_at[point[n_h:n_h + n_s]]
    stop_named = np.where(stop_report >= 0, shown[np.maximum(stop_report, 0)], -1)
    del point, where, when, key

    def stop_kinds_in(kinds: tuple[str, ...]) -> np.ndarray:
        """Whether each stop's first or last report is of one of ``kinds``."""
        return (route["first_kind"].isin(kinds) | route["last_kind"].isin(kinds)).to_numpy(bool)

    position, count = _runs(s_code)
    from_end = count - 1 - position
    notable = stop_kinds_in(NOTABLE_KINDS)
    leave_low, leave_high = route["leave_low"].to_numpy(float), route["leave_high"].to_numpy(float)
    s0 = np.flatnonzero(position == 0)
    first = pd.DataFrame({
        "caravan": s_code[s0], "name": _texts(names, stop_named[s0]), "country": _texts(route["country"], s0),
        "arrive": arrive[s0], "leave": leave[s0], "leave_low": leave_low[s0], "leave_high": leave_high[s0],
        "size_carried": route["size_carried"].to_numpy(bool)[s0], "around_arrive": around_arrive[s0],
        "around_leave": around_leave[s0], "count": count[s0],
        "arrive_low": route["arrive_low"].to_numpy(float)[s0], "arrive_high": route["arrive_high"].to_numpy(float)[s0],
        "arrive_carried": route["arrive_carried"].to_numpy(bool)[s0],
        # its first report is a departure: the group set out on the stop's first day, whatever was told there after
        "left_first": (route["first_kind"] == "departure").to_numpy(bool)[s0],
        # the group set out (or gathered) there: else it was only first seen there, on its way
        "set_out": stop_kinds_in(SET_OUT_KINDS)[s0]})
    inside = np.flatnonzero((position > 0) & (from_end > 0))
    # a place passed twice (a return, reports that go back and forth) is named and counted once, at its first visit
    again = pd.DataFrame({"caravan": s_code[inside], "at": point_codes(s_lat[inside], s_lon[inside])}).duplicated()
    inside = inside[~(again.to_numpy(bool) & np.isfinite(s_lat[inside]) & np.isfinite(s_lon[inside]))]
    n_between = np.bincount(s_code[inside], minlength=k)
    long = n_between[s_code[inside]] > MAIN_STOPS
    many = inside[long]  # of a long list: notable first, then the largest, then in route order
    picked = many[np.lexsort((position[many], -np.nan_to_num(leave_high[many], nan=0.0), ~notable[many],
                              s_code[many]))]
    picked = picked[_runs(s_code[picked])[0] < MAIN_STOPS - 1]
    named = np.concatenate([inside[~long], picked])
    named = named[np.lexsort((position[named], s_code[named]))]
    named = pd.DataFrame({"caravan": s_code[named], "name": _texts(names, stop_named[named])})

    table = stats(reports, routes.segments, routes.checkpoints, stops=route)
    table["caravan"] = codes_in(table["caravan"], pd.Index(ids, dtype="str"))
    largest_date = table["largest_date"].to_numpy()[np.argsort(table["caravan"].to_numpy())]
    top = np.flatnonzero((day == largest_date[code]) & ~np.isnan(high) & ~planned)
    largest_day_around = (np.bincount(code[top], weights=~around[top], minlength=k) == 0).astype(np.int8) \
        + (np.bincount(code[top], weights=~month[top], minlength=k) == 0)
    top = top[np.lexsort((top, -high[top], code[top]))]
    top = top[_firsts(code[top])]
    # the figure said is the one of the place named (its place-and-day merge), not the whole day's: "hundreds" and
    # "around 2,000" at Guatemala City and "some 200" at Tecun Uman are not "180-2,200 at Guatemala City"
    largest = rows_frame(top, name=_texts(names, shown[top]), largest_around=largest_day_around[code[top]],
                         low=low[top], high=high[top], precision=_texts(precision, top))
    # two sources that disagree about the largest's place and day ("an estimated 4,000" of "about 9,000") are said
    # as they told it, not as one range nobody reported ("3,600-9,900 people"): routes.sizes decides which
    told = told_figures(reports, groups)
    largest["told"] = [told.get(int(group[t])) for t in top]

    def by_day(mask: np.ndarray) -> np.ndarray:
        rows = np.flatnonzero(mask)
        return rows[np.lexsort((rows, day_key[rows]))]

    def by_caravan_and_day(mask: np.ndarray) -> np.ndarray:
        rows = np.flatnonzero(mask)
        return rows[np.lexsort((rows, day_key[rows], code[rows]))]

    def earliest_per_caravan(mask: np.ndarray) -> np.ndarray:
        """Each caravan's earliest row among ``mask`` (by day, then by position), in caravan order."""
        rows = by_caravan_and_day(mask)
        return rows[_firsts(code[rows])]

    def latest_per_caravan(mask: np.ndarray) -> np.ndarray:
        """Each caravan's latest row among ``mask`` (by day, then by position), in caravan order."""
        rows = by_caravan_and_day(mask)
        return rows[_lasts(code[rows])]

    cp = by_day(kind.isin(CHECKPOINT_KINDS).to_numpy(bool))
    obstacles = rows_frame(cp, kind=_texts(kind, cp), name=_texts(names, shown[cp]), precision=_texts(precision, cp))
    obstacles = obstacles.drop_duplicates(["caravan", "kind", "name"])
    back = by_day((kind == "returned").to_numpy(bool))
    # how many turned back: the turn-back reports' own figures, not the place and day's merged size (18 who gave
    # themselves up where more than 1,000 were camped are 18, not "18-1,500 people turned back")
    own_low, own_high = reports["count_low"].to_numpy(float)[back], reports["count_high"].to_numpy(float)[back]
    returned = rows_frame(back, name=_texts(names, shown[back]), day=day[back], around=said[back], low=own_low,
                          high=own_high, precision=_texts(precision, back))
    returned = returned.groupby(["caravan", "name", "day"], sort=False, as_index=False, dropna=False).agg(
        around=("around", "first"), low=("low", "min"), high=("high", "max"), precision=("precision", "first"))
    returned = returned.groupby("caravan", sort=False).head(MAIN_RETURNS)
    # the country the group is already in is not where it was last reported: a country-level report is no last
    # report when the caravan's last town (by day) lies in that country ("last reported in Mexico" after Tapachula
    # told less than Tapachula); a country entered after another's towns still is
    country_text = country.fillna("").astype(str).to_numpy(object)
    is_point = precision.eq("point").to_numpy(bool)
    towns = latest_per_caravan(happened & is_point)
    last_town_country = np.full(k, None, dtype=object)
    last_town_country[code[towns]] = country_text[towns]
    inside_it = precision.eq("country").to_numpy(bool) & (country_text == last_town_country[code])
    ends = latest_per_caravan(happened & ~inside_it)
    last = rows_frame(ends, name=_texts(names, shown[ends]), country=_texts(country, ends),
                      precision=_texts(precision, ends), day=day[ends], around=said[ends],
                      low=low[ends], high=high[ends])

    # the earliest departure or gathering reported only as an area ("set out Tuesday from Honduras"): no stop of
    # the route, but where the caravan set out from when it comes before the first town
    lead = earliest_per_caravan(precision.ne("point").to_numpy(bool) & kind.isin(SET_OUT_KINDS)
                                .to_numpy(bool) & ~np.isnat(day))
    area_start = rows_frame(lead, name=_texts(names, lead), day=day[lead], around=said[lead],
                            country=_texts(country, lead), precision=_texts(precision, lead))

    # a group told of only as expected somewhere ("a second caravan expected to arrive in Mexicali"): the map
    # draws its planned point, so the summary says where it was expected, not that it has no place on the map
    plan = earliest_per_caravan(planned & np.isfinite(lat) & np.isfinite(lon))
    plans = rows_frame(plan, name=_texts(names, shown[plan]), country=_texts(country, plan),
                       precision=_texts(precision, plan), day=day[plan], around=said[plan])

    sources = {
        "planned": _records(plans, ["name", "country", "precision", "day", "around"]),
        "area_start": _records(area_start, ["name", "day", "around", "country", "precision"]),
        "first": _records(first, ["name", "country", "arrive", "leave", "leave_low", "leave_high", "size_carried",
                                  "around_arrive", "around_leave", "count", "set_out", "arrive_low",
                                  "arrive_high", "arrive_carried", "left_first"]),
        "named": _records(named, ["name"], many=True),
        "stats": _records(table, ["km", "days", "legs", "largest_low", "largest_high", "largest_date"]),
        "largest": _records(largest, ["name", "largest_around", "low", "high", "precision", "told"]),
        "obstacles": _records(obstacles, ["kind", "name", "precision"], many=True),
        "returned": _records(returned, ["name", "day", "around", "low", "high", "precision"], many=True),
        "last": _records(last, ["name", "country", "precision", "day", "around", "low", "high"]),
    }
    out: dict[str, dict] = {}
    for key_, values in sources.items():
        for c, value in values.items():
            out.setdefault(ids[c], {})[key_] = value
    for c in np.flatnonzero(n_between):
        out.setdefault(ids[int(c)], {})["between"] = int(n_between[c])
    return out


def _when(words: Catalogue, day, around: int, *, year: bool = True) -> str:
    """"on 15 October 2018", "around 16 October 2018" (``around`` 1), "in October 2018" (``around`` 2: a date known
    only to its month, which the timeline puts on its 16th: that day is nobody's)."""
    if around == 2:
        day = pd.Timestamp(day)
        return words.text("format.in_month", date=words.text("page.month_year", month=words.month(day.month),
                                                             year=str(day.year)))
    return words.text("format.around_date" if around else "format.on_date", date=words.date(day, year=year))


def _from_to(words: Catalogue, first, last) -> str:
    """"from 14 to 15 November 2018" ("del 14 al 15 de noviembre de 2018"): the year once, the month once when
    both days share it."""
    a, b = pd.Timestamp(first), pd.Timestamp(last)
    if (a.year, a.month) == (b.year, b.month):
        start = str(a.day)
    else:
        start = words.date(a, year=a.year != b.year)
    return words.text("format.from_to", first=start, last=words.date(b))


def _known(value) -> bool:
    return value is not None and value == value


def _where(words: Catalogue, place: str, country: str, precision: str = "point") -> str:
    if precision == "region":  # "the Guatemala-Mexico border area": a region is no town
        return words.text("format.region", place=place)
    if not country or precision != "point" or words.country(country) == place:
        return place
    head, comma, rest = place.rpartition(", ")
    if comma and head.strip() and _plain(rest) in {_plain(c.country(country)) for c in (words, *_CATALOGUES())}:
        place = head  # "Guatemala City, Guatemala" is "Guatemala City (Guatemala)", not "..., Guatemala (Guatemala)"
    town, comma, state = place.partition(", ")
    if comma and town.strip() and state.strip() and "(" not in place:
        # "Calexico, California" is "Calexico (California, United States)", as the label's "Calexico (California)"
        return words.text("format.place_in_country", place=town,
                          country=words.text("format.state_country", state=state, country=words.country(country)))
    return words.text("format.place_in_country", place=place, country=words.country(country))


def _CATALOGUES() -> tuple[Catalogue, ...]:
    """Every language's catalogue: a reporter's "Mexico" is the country on a Spanish page too."""
    return tuple(catalogue(lang) for lang in ("en", "es"))


def _plain(text: str) -> str:
    """``México`` and ``mexico`` alike: no accents, no case, no surrounding spaces."""
    return strip_accents(str(text).strip().casefold())


def _places(words: Catalogue, key: str, places: list[str]) -> str:
    """A sentence naming ``places`` (the first :data:`MAIN_PLACES` - 1 and how many when there are more)."""
    if len(places) > MAIN_PLACES:
        return words.text(f"{key}_many", places=words.join(places[:MAIN_PLACES - 1]), n=len(places))
    return words.text(key, places=words.join(places), n=len(places))


def _summary(words: Catalogue, facts: dict, subject: str) -> str:
    first, last = facts.get("first"), facts.get("last")
    if first is None and last is None:
        plan = facts.get("planned")
        if plan is None:
            return words.text("summary.no_route", subject=subject)
        where = _where(words, plan["name"], plan["country"], plan["precision"])
        if not _known(plan["day"]):
            return words.text("summary.only_planned_undated", subject=subject, place=where)
        return words.text("summary.only_planned", subject=subject, place=where,
                          when=_when(words, plan["day"], plan["around"]))
    sentences = []
    start_high = float("nan")
    lead = facts.get("area_start")
    led = first is not None and lead is not None and _known(first["arrive"]) and (
        lead["day"] < first["arrive"] or (lead["day"] == first["arrive"] and lead["precision"] == "country"
                                          and lead["country"] != first["country"]))
    if led:  # "set out from Honduras on 15 January", then the towns, the first among them
        sentences.append(_led_by_area(words, facts, subject, lead, first))
    elif first is not None:
        where = _where(words, first["name"], first["country"])
        # a stop of several days whose first report is a departure is where the group set out on that first day
        # ("set out from Sonoyta on 28 November with 219 people"), not where it gathered until its last report's
        # day, which may be an arrival, with the first day's figure
        left_first = first["count"] > 1 and first["left_first"] and first["arrive"] < first["leave"]
        gathered = first["arrive"] < first["leave"] and not left_first
        if left_first:
            left = _when(words, first["arrive"], first["around_arrive"])
            sized = _known(first["arrive_low"]) and not first["arrive_carried"]
            low_high = first["arrive_low"], first["arrive_high"]
        else:
            left = _when(words, first["leave"], first["around_leave"],
                         year=not gathered or first["arrive"].year != first["leave"].year)
            sized = _known(first["leave_low"]) and not first["size_carried"]
            low_high = first["leave_low"], first["leave_high"]
        people = words.people(*low_high, about=True) if sized else ""
        if first["count"] == 1:  # one town: every day it was reported there, with the year
            stay = _from_to(words, first["arrive"], first["leave"]) if gathered else left
            opening = words.text("summary.only_stop_size" if sized else "summary.only_stop", subject=subject,
                                 place=where, when=stay, people=people)
        elif not first["set_out"]:
            came = _when(words, first["arrive"], first["around_arrive"])
            if gathered:  # first seen on its first day: that day's figure, not the last day's there
                sized = _known(first["arrive_low"]) and not first["arrive_carried"]
                low_high = first["arrive_low"], first["arrive_high"]
                people = words.people(*low_high, about=True) if sized else ""
            opening = words.text("summary.first_seen" if sized else "summary.first_seen_no_size", subject=subject,
                                 place=where, when=came, people=people)
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
        start_high = low_high[1] if sized else start_high
    else:  # only country- or region-level reports
        sentences.append(words.text("summary.only_stop", subject=subject, place=last["name"],
                                    when=_when(words, last["day"], last["around"]), people="")
                         + words.text("summary.end_sentence"))

    row, top = facts.get("stats"), facts.get("largest")
    # the largest figure is said once: not again when it is the last report's own (place, day and figure)
    said_by_last = (row and top and last is not None and top["name"] == last["name"]
                    and row["largest_date"] == last["day"] and _known(last["high"])
                    and (top["low"], top["high"]) == (last["low"], last["high"]))
    if row and top and _known(top["high"]) and not (_known(start_high) and top["high"] <= start_high) \
            and not said_by_last:
        told = top.get("told")  # two figures of that place and day: "Its largest figures, about 4,000 ... and ..."
        sentences.append(words.text(_in_area("summary.largest_told" if told else "summary.largest", [top]),
                                    people=words.place_day_people(top["low"], top["high"], told),
                                    place=_bracketed(top["name"]),  # "Guatemala City (Guatemala)", as in lists
                                    when=_when(words, row["largest_date"], top["largest_around"])))

    obstacles = facts.get("obstacles", [])
    for kind, key in (("checkpoint", "summary.checkpoints"), ("blocked", "summary.blocked"),
                      ("clash", "summary.clashes")):
        found = [o for o in obstacles if o["kind"] == kind]
        # towns and areas apart where the language tells them apart: a clash is at Ciudad Hidalgo and in Mexico
        # ("at Ciudad Hidalgo and Mexico" was not); Spanish says "en" of both, in one sentence
        towns = [o for o in found if o.get("precision", "point") == "point"]
        apart = [towns, [o for o in found if o.get("precision", "point") != "point"]]
        if not all(apart) or _same_words(words, key, len(found)):
            apart = [found]
        for some in apart:
            if some:
                sentences.append(_places(words, _in_area(key, some), [o["name"] for o in some]))

    # a turn-back at the last place on the last day is where the group was last reported: one sentence says both
    said_last = False
    for back in facts.get("returned", []):
        when = _when(words, back["day"], back["around"])
        last_too = last is not None and (back["name"], back["day"]) == (last["name"], last["day"])
        said_last |= last_too
        suffix = "_last" if last_too else ""
        # a group goes back TO a country or state (home: "returned to Honduras"), and turns back AT a town
        key = "summary.returned_to" if back.get("precision", "point") not in ("point", "region") else "summary.returned"
        if _known(back["low"]):
            sentences.append(words.text(key + suffix, place=back["name"], when=when,
                                        people=words.people(back["low"], back["high"], about=True)))
        else:
            sentences.append(words.text(key + "_no_size" + suffix, place=back["name"], when=when))

    if first is not None and last is not None and not said_last and (
            first["count"] > 1 or last["name"] != first["name"] or led):
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


def _led_by_area(words: Catalogue, facts: dict, subject: str, lead: dict, first: dict) -> str:
    """The opening of a caravan that set out from an area before its first town: the area, then the towns passed.

    The first town is one of the places passed through (unless it is also the last, said in its own sentence);
    its size, no longer the starting size, is left to the largest-figure sentence.
    """
    opening = words.text("summary.start_no_size", subject=subject, place=lead["name"],
                         when=_when(words, lead["day"], lead["around"]))
    named = [row["name"] for row in facts.get("named", [])]
    between = facts.get("between", 0)
    if first["count"] > 1:
        named, between = [first["name"], *named], between + 1
    if not named:
        return opening + words.text("summary.end_sentence")
    if len(named) < between:
        return opening + words.text("summary.passed_more", places=words.join(named), n=between)
    return opening + words.text("summary.passed", places=words.join(named))


def _same_words(words: Catalogue, key: str, n: int) -> bool:
    """Whether ``key`` says its places as its ``_in`` form does (Spanish: "en" of a town and of a country)."""
    return words.text(key, places="\x00", n=n) == words.text(key + "_in", places="\x00", n=n)


def _in_area(key: str, rows: list[dict]) -> str:
    """``key``, or its ``_in`` form when every place of ``rows`` is a country, state or region: a clash is at
    Vado Hondo but in Mexico."""
    return key + "_in" if rows and all(row.get("precision", "point") != "point" for row in rows) else key


def _round_km(km: float) -> int:
    """Route lengths are straight lines between stops: to the nearest 5 km below 100, else 10 km."""
    step = 5 if km < 100 else 10
    return int(max(step, round(km / step) * step))
