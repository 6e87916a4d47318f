"""The name a place is shown by, when several spellings of it were reported."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd


#: The columns :func:`reported_names` reads (with ``lat`` and ``lon``, all :func:`shown_names` needs).
NAME_COLUMNS = ("place", "resolved_name", "precision", "resolved_country")

#: How an area is called in the reader's language: ``area_name(gazetteer name, precision, country code)``
#: (``maps.i18n.Catalogue.area_name``: ``Mexico`` is ``México`` on a Spanish page).
AreaNamer = Callable[[str, str, str], str]


def reported_names(reports: pd.DataFrame, area_name: AreaNamer | None = None) -> pd.Series:
    """Each report's own name for its place: ``place`` stripped, or ``resolved_name`` where that is empty.

    A country-, state- or region-level report is named as the gazetteer names its area (``Oaxaca`` for a
    report written ``estado de Oaxaca``, ``Guatemala`` for ``GUATEMALA``): the words around an area's name
    say what kind of area it is, which its badge already says.  ``area_name`` gives that name in the
    reader's language (called once per distinct area, not per report); without it the gazetteer's own
    name is used.  A town keeps the reporter's spelling, or the name the reader's language gives one English
    calls its own way (``area_name(name, "point", "")``: ``Guatemala City`` is ``Ciudad de Guatemala`` in
    Spanish).
    """
    names = unshouted(reports["place"].fillna("").astype(str).str.strip())
    if "resolved_name" not in reports:
        return _towns_named(names, np.ones(len(names), bool), area_name)
    resolved = reports["resolved_name"].fillna("").astype(str)
    area = reports["precision"].ne("point").to_numpy(bool) if "precision" in reports else np.zeros(len(names), bool)
    named_area = area & (resolved != "").to_numpy(bool)
    names = _towns_named(names.where((names != "") & ~named_area, resolved), ~named_area, area_name)
    if area_name is None or not named_area.any():
        return names
    where = np.flatnonzero(named_area)
    country = (reports["resolved_country"].fillna("").astype(str) if "resolved_country" in reports
               else pd.Series("", index=reports.index))
    keys = pd.MultiIndex.from_arrays([resolved.iloc[where], reports["precision"].iloc[where].astype(str),
                                      country.iloc[where]])
    codes, distinct = pd.factorize(keys)
    called = np.array([area_name(*key) for key in distinct], dtype=object)
    out = names.to_numpy(object).copy()
    out[where] = called[codes]
    return pd.Series(out, index=reports.index, name=names.name).astype(names.dtype)


#: Words a place name keeps in lower case inside it once its capitals are undone (``Ciudad de México``).
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "of", "the", "and"})
_WORD = re.compile(r"[^\W\d_]+")


def _unshout(name: str) -> str:
    """``name`` with each comma-separated part written wholly in capitals (an agency's dateline: ``HUIXTLA,
    Mexico``) as a name is written (``Huixtla, Mexico``).  A part with no word of five letters or more is an
    acronym (``CDMX``, ``USA``) and stays.  A name that opens in lower case (taken from the middle of a
    sentence: ``ciudad de México``, ``state of Queretaro``) opens with a capital."""
    parts = name.split(",")
    lead = len(parts[0]) - len(parts[0].lstrip())
    if parts[0][lead:lead + 1].islower():  # taken from mid-sentence: "ciudad de México" is "Ciudad de México"
        parts[0] = parts[0][:lead] + parts[0][lead].upper() + parts[0][lead + 1:]
    for i, part in enumerate(parts):
        words = _WORD.findall(part)
        if not words or any(c.islower() for c in part) or max(len(w) for w in words) < 5:
            continue
        out = _WORD.sub(lambda m: m.group(0).lower() if m.group(0).lower() in _PARTICLES
                        else m.group(0)[:1] + m.group(0)[1:].lower(), part)
        lead = len(out) - len(out.lstrip())
        parts[i] = out[:lead] + out[lead:lead + 1].upper() + out[lead + 1:]  # "El Ceibo": a particle that opens
    return ",".join(parts)


def unshouted(names: pd.Series) -> pd.Series:
    """:func:`_unshout` of every name (once per distinct name)."""
    if not len(names):
        return names
    codes, distinct = pd.factorize(names)
    fixed = np.array([_unshout(name) for name in distinct], dtype=object)
    if all(a == b for a, b in zip(fixed, distinct)):
        return names
    return pd.Series(fixed[codes], index=names.index, name=names.name)


def _towns_named(names: pd.Series, town: np.ndarray, area_name: AreaNamer | None) -> pd.Series:
    """``names`` with each ``town`` one as ``area_name`` calls a town (precision ``point``) in the reader's
    language: the reporter's spelling, but for the few towns English names its own way (``Guatemala City``
    is ``Ciudad de Guatemala`` on a Spanish page).  Called once per distinct name."""
    if area_name is None or not town.any():
        return names
    where = np.flatnonzero(town)
    codes, distinct = pd.factorize(names.iloc[where])
    called = np.array([area_name(name, "point", "") for name in distinct], dtype=object)
    if all(a == b for a, b in zip(called, distinct)):
        return names
    out = names.to_numpy(object).copy()
    out[where] = called[codes]
    return pd.Series(out, index=names.index, name=names.name)


def point_codes(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """One integer per distinct (lat, lon) pair, 0, 1, ... in order of first appearance.

    Exact equality (-0.0 and 0.0 are one value); NaN is a value of its own
    (all NaN latitudes are equal), as in ``groupby([...], dropna=False)``.
    """
    lat_code, lat_values = pd.factorize(np.asarray(lat, dtype=float) + 0.0, use_na_sentinel=False)
    lon_code, _ = pd.factorize(np.asarray(lon, dtype=float) + 0.0, use_na_sentinel=False)
    return pd.factorize(lat_code.astype(np.int64) * (int(lon_code.max(initial=-1)) + 1) + lon_code)[0]


def shown_rows(reports: pd.DataFrame, names: pd.Series | None = None,
               area_name: AreaNamer | None = None) -> np.ndarray:
    """For each report, the position of the report whose name :func:`shown_names` shows for its point.

    Whole-column work (a factorisation and one sort), no copy of the table:
    at a million reports the names themselves are only looked up where used.
    ``names`` is :func:`reported_names` of ``reports`` when already made.
    """
    names = reported_names(reports, area_name) if names is None else names
    if not len(names):
        return np.zeros(0, dtype=np.int64)
    point = point_codes(reports["lat"].to_numpy(float), reports["lon"].to_numpy(float))
    length = names.str.len().to_numpy(dtype=float, na_value=np.nan)  # a missing name sorts last, as in sort_values
    order = np.lexsort((np.arange(len(names)), length, point))  # by point, then shortest, then first reported
    first = np.flatnonzero(np.append(True, point[order][1:] != point[order][:-1]))
    best = np.empty(int(point.max()) + 1, dtype=np.int64)
    best[point[order][first]] = order[first]
    return best[point]


def shown_names(reports: pd.DataFrame, area_name: AreaNamer | None = None) -> pd.Series:
    """For each report, the shortest name reported at its point (``Vado Hondo``, not ``Vado Hondo, km 177``).

    Reports are at one point when they were located at the same ``lat`` and
    ``lon``; the reporters' own words are kept (``Agua Caliente``, not the
    gazetteer's ``Agua Caliente border crossing``), so a summary or label in
    any language reads as the sources wrote it.  Ties go to the first reported.  Areas are named
    by ``area_name`` (see :func:`reported_names`).
    """
    names = reported_names(reports, area_name)
    shown = names.to_numpy(object)[shown_rows(reports, names)]
    return pd.Series(shown, index=reports.index, name="shown_name", dtype=object)
