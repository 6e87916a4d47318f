"""Departures, border posts, datelines and areas named with their level word, through the command line.

The articles are tests/data/articles/51-55 and 35 (expectations written by hand before running); these
tests check what the article comparison does not: countries, rows with no size, coordinates.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT

ARTICLES = ROOT / "tests" / "data" / "articles"


def _extract(name: str, *args: str) -> list[dict]:
    env = dict(os.environ, ROUTEMAPPER_CACHE_DIR=str(ROOT / ".cache" / "tests"))
    out = subprocess.run([sys.executable, "-m", "maps.cli", "extract", str(ARTICLES / name), "--format", "json", *args],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return json.loads(out.stdout)


def test_a_dateline_country_decides_a_namesake():
    rows = _extract("53-dateline-country.txt", "--published", "2018-10-29")
    escuintla = [r for r in rows if r["place"].startswith("Escuintla")]
    assert escuintla and all(r["country"] == "MX" for r in escuintla)  # not Escuintla, Guatemala


def test_where_the_group_left_is_a_departure_with_the_arrivals_size():
    # (one figure of a leg: both rows carry it, ANNOTATING.md's settled case of 30 November)
    rows = _extract("54-punto-fronterizo-efe.txt", "--published", "2020-01-15")
    by_place = {r["place"]: r for r in rows}
    assert by_place["San Pedro Sula"]["kind"] == "departure" and by_place["San Pedro Sula"]["count"] == "Unos 600"
    assert by_place["San Pedro Sula"]["date"] == "2020-01-13"
    assert by_place["Corinto"]["count"] == "Unos 600"


def test_a_dated_dateline_dates_este_martes_exactly_without_published():
    rows = _extract("51-salida-y-llegada.txt")
    assert {r["date"] for r in rows} == {"2024-03-12"}


def test_a_state_named_with_its_level_word_is_an_area_row(tmp_path):
    # (article 35 says the same with San Pedro Tapanatepec in the sentence: the town is the row there)
    article = tmp_path / "state.txt"
    article.write_text("The caravan walked out of Tonalá before sunrise on Friday. By midday it had crossed into "
                       "Oaxaca state.\n", encoding="utf-8")
    rows = _extract(str(article), "--published", "2018-10-28")
    state = [r for r in rows if r["place"] == "Oaxaca state"]
    assert len(state) == 1 and state[0]["lat"] == "" and state[0]["country"] == "MX"


def test_a_headline_naming_the_department_bare_does_not_turn_it_into_the_town():
    # One name in one article: the body names the department with its level word, so the headline's bare
    # "Chiquimula" is the department too (types-s7 R7; it was the town, and took the body row's size).
    rows = _extract("55-departamento.txt", "--published", "2021-01-19")
    assert [(r["place"], r["lat"]) for r in rows] == [("departamento de Chiquimula", "")]
