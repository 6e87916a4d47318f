"""The words of the map, the summary and the PNG, one catalogue per language.

Each language is one JSON file in ``maps/locale/`` (``en.json``, ``es.json``)
mapping a key to a text with named placeholders::

    "summary.start": "It set out from {place} on {date}"

Plural texts are objects chosen by the placeholder ``n``
(``{"one": "{n} day", "other": "{n} days"}``).  Numbers and dates follow
the catalogue's ``format.*`` entries, so the Python side and the page write
them alike: English ``7,000``, ``1,600–3,000``, ``15 October 2018``;
Spanish ``7.000``, ``1.600–3.000``, ``15 de octubre de 2018``.  (Browsers'
``Intl`` leaves four-digit Spanish numbers ungrouped, ``7000``, while
newsrooms write ``7.000``: the form lives here, not in a locale library.)

    >>> es = catalogue("es")
    >>> es.text("unit.people", n=7000)
    '7.000 personas'
    >>> es.date("2018-10-15")
    '15 de octubre de 2018'
"""

from __future__ import annotations

import json
import math
import string
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from geo.errors import InputError

#: Languages with a catalogue, the default first.
LANGUAGES: tuple[str, ...] = ("en", "es")
DEFAULT_LANG = "en"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_FORMATTER = string.Formatter()


@lru_cache(maxsize=None)
def _fields(entry: str) -> tuple[str, ...]:
    """The names of an entry's ``{placeholders}``, in order (parsed once per text: a summary asks for thousands)."""
    return tuple(name for _, name, _, _ in _FORMATTER.parse(entry) if name)


class Catalogue:
    """The texts and the number and date forms of one language."""

    def __init__(self, lang: str, messages: dict) -> None:
        self.lang = lang
        self.messages = messages

    def __repr__(self) -> str:
        return f"Catalogue({self.lang!r}, {len(self.messages)} texts)"

    def __contains__(self, key: str) -> bool:
        return key in self.messages

    def raw(self, key: str) -> str | list | dict:
        """The catalogue's entry for ``key`` as written (a text, a list or a plural object)."""
        try:
            return self.messages[key]
        except KeyError:
            raise KeyError(f"no text {key!r} in the {self.lang!r} catalogue ({LOCALE_DIR / self.lang}.json)") from None

    def text(self, key: str, /, **values: object) -> str:
        """The text of ``key`` with its ``{placeholders}`` filled from ``values``.

        Whole and decimal numbers are written in this language's form
        (:meth:`number`); dates and ``(low, high)`` pairs should be formatted
        first (:meth:`date`, :meth:`spread`).  A plural entry picks ``one``
        when ``n`` is 1, else ``other``.  A placeholder with no value raises
        ``KeyError`` naming it.
        """
        entry = self.raw(key)
        if isinstance(entry, dict):
            if "n" not in values:
                raise KeyError(f"text {key!r} ({self.lang}) is plural: give n=")
            entry = entry["one" if values["n"] == 1 else "other"]
        if not isinstance(entry, str):
            raise KeyError(f"entry {key!r} ({self.lang}) is not a text")
        shown = {k: self.number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                 for k, v in values.items()}
        missing = [name for name in _fields(entry) if name not in shown]
        if missing:
            raise KeyError(f"text {key!r} ({self.lang}) needs {', '.join(repr(m) for m in missing)}")
        return entry.format_map(shown)

    def number(self, value: float, digits: int = 0) -> str:
        """``value`` rounded to ``digits`` decimals with this language's separators (``7,000`` / ``7.000``)."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return ""
        thousands, decimal = self.messages["format.thousands"], self.messages["format.decimal"]
        return f"{value:,.{digits}f}".replace(",", "\0").replace(".", decimal).replace("\0", thousands)

    def spread(self, low: float, high: float) -> str:
        """A figure or a range: ``1,600–3,000`` (``1.600–3.000``); one figure when both are the same."""
        if round(low) == round(high):
            return self.number(low)
        return self.text("format.range", low=self.number(low), high=self.number(high))

    def month(self, month: int) -> str:
        """The month's name (1-12)."""
        return self.messages["format.months"][month - 1]

    def date(self, day: str | date | datetime, *, year: bool = True) -> str:
        """``15 October 2018`` / ``15 de octubre de 2018`` (without the year: ``15 October``)."""
        day = _as_date(day)
        key = "format.date" if year else "format.day_month"
        return self.text(key, day=str(day.day), month=self.month(day.month), year=str(day.year))

    def dates(self, first: str | date | datetime, last: str | date | datetime) -> str:
        """A span of days, written as short as is clear: ``12–21 October 2018``, ``30 October to 2 November 2018``."""
        a, b = _as_date(first), _as_date(last)
        if a == b:
            return self.date(a)
        if (a.year, a.month) == (b.year, b.month):
            return self.text("format.days_in_month", first=str(a.day), last=str(b.day), month=self.month(a.month),
                             year=str(a.year))
        if a.year == b.year:
            return self.text("format.span", first=self.date(a, year=False), last=self.date(b))
        return self.text("format.span", first=self.date(a), last=self.date(b))

    def join(self, items: list[str]) -> str:
        """``A``, ``A and B``, ``A, B and C`` (``A, B y C``).

        A name written with its state or country keeps it in brackets, so that the list still reads as a list:
        ``Santo Domingo Zanatepec (Mexico), Tapanatepec (Oaxaca) and Chahuites``, not
        ``Santo Domingo Zanatepec, Mexico, Tapanatepec, Oaxaca and Chahuites``.
        """
        items = [str(i) for i in items]
        if len(items) < 2:
            return "".join(items)
        items = [_bracketed(item) for item in items]
        sep, last = self.messages["format.list_separator"], self.messages["format.list_and"]
        return sep.join(items[:-1]) + last + items[-1]

    def country(self, code: str) -> str:
        """The country's name for an ISO code (the code itself when the catalogue has no name)."""
        return str(self.messages.get(f"country.{str(code).upper()}", code))

    def area_name(self, name: str, precision: str, country: str) -> str:
        """An area's name in this language (:data:`routes.names.AreaNamer`).

        A country is named by its ISO code's entry (``México``), a region by its
        ``region.<gazetteer name>`` entry (``frontera Guatemala-México``); a state,
        department or any area the catalogue has no entry for keeps the gazetteer's
        ``name`` (``Chiapas`` is ``Chiapas`` in every language).  A town (``precision`` ``point``) is
        named by :meth:`town_name`.
        """
        if precision == "point":
            return self.town_name(name)
        key = f"country.{str(country).upper()}" if precision == "country" else f"region.{name}"
        if precision in ("country", "region") and key in self.messages:
            return str(self.messages[key])
        return name

    def town_name(self, name: str) -> str:
        """A town's name as written (``name``) in this language's text: the same, unless the catalogue has a
        ``town.<name>`` entry, kept for the few towns English calls by a name of its own (``Guatemala City``
        is ``Ciudad de Guatemala`` in Spanish).  Case is ignored; a state or country written after a comma is
        kept (``Guatemala City, Guatemala``: ``Ciudad de Guatemala, Guatemala``).  Spanish names stay as
        written on an English page: they are the reporter's, and the town's own."""
        head, comma, rest = str(name).partition(",")
        towns = self.__dict__.get("_towns")
        if towns is None:
            towns = self._towns = {k[5:].casefold(): v for k, v in self.messages.items() if k.startswith("town.")}
        called = towns.get(head.strip().casefold())
        return name if called is None or called.casefold() == head.strip().casefold() else called + comma + rest

    def people(self, low: float, high: float, *, about: bool = False) -> str:
        """A group size in words: ``7,000 people``, ``1,600–3,000 people``, ``thousands of people``.

        A figure that is exactly a vague word's range (:data:`routes.counts.VAGUE`:
        2,000-9,000 for ``thousands``) is written as the word, as the reporter said it.
        With ``about`` (prose, where a range of 7,200–8,800 reads as a precision
        no one reported), a range that is exactly a qualifier's
        (:data:`routes.counts.FACTORS`: 0.9 N .. 1.1 N for ``about N``, 0.5 N .. N
        for ``up to N``, N .. 1.5 N for ``at least N``, 0.9 N .. N for ``almost
        N``) is written with the qualifier: ``about 8,000 people`` (``unas 8.000
        personas``).
        """
        from routes.counts import FACTORS, VAGUE  # light: no geopandas

        for word, (lo, hi) in VAGUE.items():
            if (float(low), float(high)) == (float(lo), float(hi)):
                return self.text(f"vague.{word}")
        for qualifier, (f_low, f_high) in FACTORS.items() if about and low < high else ():
            n = round((low + high) / (f_low + f_high))
            if n >= 10 and abs(low - f_low * n) <= 0.5 and abs(high - f_high * n) <= 0.5:
                return self.text(f"unit.people_{qualifier.replace(' ', '_')}", n=n)
        if round(low) == round(high):
            return self.text("unit.people", n=int(round(low)))
        return self.text("unit.people_range", spread=self.spread(low, high))


    def place_day_people(self, low: float, high: float, told: list[tuple[float, float]] | None = None) -> str:
        """The size of one place and day in prose: the figures told apart there one by one (``told``, from
        :func:`routes.sizes.told_figures`: ``about 4,000 people and about 9,000 people``, never the
        3,600–9,900 no one reported), else the merged ``low``-``high`` as :meth:`people` with ``about`` says it."""
        if told and len(told) > 1:
            return self.join([self.people(a, b, about=True) for a, b in told])
        return self.people(low, high, about=True)
    def short_day(self, day: str | date | datetime, *, year: bool = False) -> str:
        """``15 Oct`` (``15 oct``), with the year when asked: the page's and the picture's labels."""
        d = _as_date(day)
        month = self.messages["page.months_short"][d.month - 1]
        return self.text("page.day_short_year" if year else "page.day_short", day=str(d.day), month=month,
                         year=str(d.year))

    def short_month(self, day: str | date | datetime) -> str:
        """``Oct 2018`` (``oct de 2018``): a label's date known only to its month (never its 16th)."""
        d = _as_date(day)
        return self.text("page.month_year", month=self.messages["page.months_short"][d.month - 1], year=str(d.year))

    def short_span(self, first: str | date | datetime, last: str | date | datetime, *, year: bool = False) -> str:
        """``12–13 Oct``, ``30 Oct – 2 Nov``: a label's days, as the page writes them (``format.js`` shortSpan)."""
        a, b = _as_date(first), _as_date(last)
        if a == b:
            return self.short_day(a, year=year)
        if (a.year, a.month) == (b.year, b.month):
            month = self.messages["page.months_short"][a.month - 1]
            return self.text("page.days_short_in_month_year" if year else "page.days_short_in_month",
                             first=str(a.day), last=str(b.day), month=month, year=str(a.year))
        return self.text("page.span_short", first=self.short_day(a, year=year and a.year != b.year),
                         last=self.short_day(b, year=year))

    def strings(self, prefix: str) -> dict[str, str | list | dict]:
        """Every entry whose key starts with ``prefix`` (e.g. ``"page."``), for the page's script."""
        return {k: v for k, v in self.messages.items() if k.startswith(prefix)}


def _as_date(value: str | date | datetime) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def check_lang(lang: str) -> str:
    """``lang`` if a catalogue exists for it; raise :class:`geo.InputError` naming the languages otherwise."""
    code = str(lang or "").strip().lower()
    if code not in LANGUAGES:
        raise InputError(f"no texts for the language {lang!r}", hint=f"use one of: {', '.join(LANGUAGES)}")
    return code


@lru_cache(maxsize=None)
def catalogue(lang: str = DEFAULT_LANG) -> Catalogue:
    """The :class:`Catalogue` of ``lang`` (``"en"``, ``"es"``), read once per process."""
    code = check_lang(lang)
    with open(LOCALE_DIR / f"{code}.json", encoding="utf-8") as handle:
        return Catalogue(code, json.load(handle))


def _bracketed(name: str) -> str:
    """``Tapanatepec, Oaxaca`` as ``Tapanatepec (Oaxaca)``; a name with no comma, or with brackets already, as it is."""
    head, comma, rest = name.partition(", ")
    if not comma or "(" in name or not head.strip() or not rest.strip():
        return name
    return f"{head} ({rest})"
