"""The HTML page around the map: its language, a viewport that lets readers zoom, the page's words.

folium's page says no language and forbids pinch-zoom (``user-scalable=no``,
``maximum-scale=1``), which fails accessibility audits and readers with low
vision.  :class:`RouteMap` is folium's ``Map`` with ``<html lang="...">`` and a
viewport that allows zooming.  :func:`page_strings` and :func:`date_texts` give
the page script its words and dates in one language, from the catalogue
(:mod:`maps.i18n`): the script itself holds no words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import folium
import numpy as np
import pandas as pd
from branca.element import Element
from jinja2 import Template

from .i18n import Catalogue

#: The viewport of every map page: the width of the device, zooming allowed.
VIEWPORT = "width=device-width, initial-scale=1.0"

_VIEWPORT_META = re.compile(r'<meta\s+name="viewport"\s+content="[^"]*"\s*/?>', re.IGNORECASE)

#: branca's page, with the language on ``<html>``.
_PAGE = Template(
    "<!DOCTYPE html>\n"
    '<html lang="{{ this.lang }}">\n'
    "<head>\n"
    "{% if this.title %}<title>{{ this.title }}</title>{% endif %}"
    "    {{ this.header.render(**kwargs) }}\n"
    "</head>\n"
    "<body>\n"
    "    {{ this.html.render(**kwargs) }}\n"
    "</body>\n"
    "<script>\n"
    "    {{ this.script.render(**kwargs) }}\n"
    "</script>\n"
    "</html>\n"
)


class RouteMap(folium.Map):
    """folium's ``Map`` on a page that says its language (``lang``) and lets readers pinch-zoom."""

    def __init__(self, *args, lang: str = "en", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def render(self, **kwargs) -> None:
        figure = self.get_root()  # whatever page the map is on when written (it may have moved)
        figure.lang = self.lang
        figure._template = _PAGE
        super().render(**kwargs)
        header = self._template.module.__dict__["header"](self, kwargs)
        fixed = _VIEWPORT_META.sub(f'<meta name="viewport" content="{VIEWPORT}" />', str(header))
        self.get_root().header.add_child(Element(fixed), name=self.get_name())


def page_strings(catalogue: Catalogue) -> dict:
    """The words the page script shows: the catalogue's ``page.*`` and ``format.*`` entries."""
    return {**catalogue.strings("format."), **catalogue.strings("page.")}


def date_text(catalogue: Catalogue, start, end, precision: str) -> str:
    """A report's date as a reader sees it: ``15 October 2018``, ``October 2018``, ``15–17 January 2021``."""
    if pd.isna(start):
        return ""
    start = pd.Timestamp(start)
    if precision == "month":
        return catalogue.text("page.month_year", month=catalogue.month(start.month), year=str(start.year))
    if precision == "range" and not pd.isna(end):
        return catalogue.dates(start, pd.Timestamp(end))
    return catalogue.date(start)


def date_label(catalogue: Catalogue, start, precision: str) -> str:
    """A report's date as a map label writes it when it is no single day: ``Oct 2018`` for a date known only to
    its month (the timeline puts it on the 16th, which nobody reported); ``""`` for any other date, whose label
    is its day (``format.js`` shortSpan)."""
    if pd.isna(start) or precision != "month":
        return ""
    return catalogue.short_month(pd.Timestamp(start))


def date_texts(reports: pd.DataFrame, date_codes: Sequence[int], text_code, catalogue: Catalogue) -> dict:
    """``{"key": [...], "text": [...], "label": [...]}``: each distinct raw date's string-table code, its text's
    code and its label's (:func:`date_label`).

    ``date_codes`` are the reports' ``date`` column as string-table codes;
    ``text_code`` adds a text to the same table and returns its code.
    """
    codes, first = np.unique(np.asarray(date_codes, dtype=np.int64), return_index=True)
    starts = reports["date_start"].to_numpy()[first]
    ends = reports["date_end"].to_numpy()[first]
    precisions = reports["date_precision"].to_numpy()[first]
    texts = [text_code(_cached_date_text(catalogue, start, end, str(precision)))
             for start, end, precision in zip(starts, ends, precisions)]
    labels = [text_code(date_label(catalogue, start, str(precision))) for start, precision in zip(starts, precisions)]
    return {"key": codes.tolist(), "text": texts, "label": labels}


@lru_cache(maxsize=4096)
def _cached_date_text(catalogue: Catalogue, start, end, precision: str) -> str:
    return date_text(catalogue, start, end, precision)
