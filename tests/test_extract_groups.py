"""routemapper extract: rows about another group than the article's main one go to their own caravan
(routes/extract/groups.py), through the command line; a group that merely divides is not split.

The articles 140-142 are in tests/data/articles (their places, days, sizes and kinds are checked by
tests/test_extract_articles.py); the caravans and their travel order below were written by hand before the
first run.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TESTS

ARTICLES = TESTS / "data" / "articles"
ROUTEMAPPER = Path(sys.executable).parent / "routemapper"


def _extract(cli, *args: str, text: str | None = None) -> tuple[list[dict], str]:
    result = cli("extract", *args, input=text)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout))), result.stderr


def _article(cli, stem: str) -> tuple[list[dict], str]:
    published = json.loads((ARTICLES / f"{stem}.expected.json").read_text(encoding="utf-8"))["published"]
    return _extract(cli, str(ARTICLES / f"{stem}.txt"), "--published", published)


def _routes(rows: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """caravan -> its rows' (place, date) in the draft's order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        out.setdefault(row["caravan"], []).append((row["place"].split(",")[0], row["date"].lstrip("~")))
    return out


# -- articles: each group its own route, in its own travel order --------------------------------------
def test_another_caravan_and_the_sentence_that_goes_on_with_it_are_a_route_of_their_own(cli):
    rows, err = _article(cli, "140-otra-caravana-y-ese-contingente")
    assert _routes(rows) == {
        # (and the heading told with Friday's departure, Donají, planned that day: plans16 F2)
        "2024-05-matias-romero": [("Matías Romero", "2024-05-09"), ("Matías Romero", "2024-05-10"), ("Donají", "2024-05-10")],
        "2024-05-matias-romero-2": [("Tapachula", "2024-05-07"), ("Huixtla", "2024-05-09")],
    }
    assert "are another group's ('otra caravana'" in err and "caravan 2024-05-matias-romero-2" in err
    # the rows keep their figures: each group's own
    assert {r["place"]: r["count"] for r in rows if r["count"]} == {"Matías Romero": "Unos 900", "Huixtla": "unas 400"}
    # nothing was left out as a leg too fast (Huixtla is 400 km from Matías Romero: no route joins them now)
    assert "left out" not in err


def test_two_other_caravans_announced_then_one_group_and_a_third_one(cli):
    rows, err = _article(cli, "141-two-other-caravans")
    assert _routes(rows) == {
        "2018-11-mexico-city": [("Mexico City", "2018-11-04")],
        "2018-11-mexico-city-2": [("Puebla", "2018-11-04")],
        "2018-11-mexico-city-3": [("Córdoba", "2018-11-04")],
    }
    assert "('One group'" in err and "('a third one'" in err


def test_a_story_about_the_second_caravan_keeps_it_as_the_main_one_and_splits_the_first(cli):
    rows, _ = _article(cli, "142-second-caravan-and-the-first")
    assert _routes(rows) == {
        "2018-11-ciudad-hidalgo": [("Ciudad Hidalgo", "2018-11-01"), ("Tapachula", "2018-11-02")],
        "2018-11-ciudad-hidalgo-2": [("Juchitan", "2018-11-03")],
    }


def test_the_other_groups_take_the_main_id_given_with_caravan(cli):
    rows, _ = _extract(cli, str(ARTICLES / "141-two-other-caravans.txt"), "--published", "2018-11-05",
                       "--caravan", "2018-10-honduras")
    assert [r["caravan"] for r in rows] == ["2018-10-honduras", "2018-10-honduras-2", "2018-10-honduras-3"]


# -- sentences: what is split and what is not -------------------------------------------------------
@pytest.mark.parametrize(("text", "routes"), [
    # "otro grupo" with no figure of its own: a part of the group turning back, not another group
    ("Unos 3.000 migrantes llegaron el lunes a Huixtla. Otro grupo decidió regresar el lunes a Tapachula.",
     {"c": [("Huixtla", "2018-11-05"), ("Tapachula", "2018-11-05")]}),
    # a caravan that joins the group is no group of its own in this story
    ("The caravan of about 2,000 reached Huixtla on Monday. On Tuesday it was joined by another caravan in "
     "Escuintla.", {"c": [("Huixtla", "2018-11-05"), ("Escuintla", "2018-11-06")]}),
    # ... and one that joins the group where it is, told with the other caravan as the subject
    ("Unos 2.000 migrantes llegaron el lunes a Huixtla. Otra caravana procedente de Guatemala se unió a ellos el "
     "lunes en Huixtla.", {"c": [("Huixtla", "2018-11-05")]}),
    # a group the cue names before the group has any row is the group the story is about
    ("Another caravan of about 800 migrants left Tapachula on Monday. The migrants reached Huixtla on Tuesday.",
     {"c": [("Tapachula", "2018-11-05"), ("Huixtla", "2018-11-06")]}),
    # a sentence after the other group's with no word of its own is the main group's again
    ("Unos 2.000 migrantes descansaron el lunes en Escuintla. Otra caravana de unos 500 migrantes llegó el lunes a "
     "Huixtla. Los migrantes llegaron el martes a Acapetahua.",
     {"c": [("Escuintla", "2018-11-05"), ("Acapetahua", "2018-11-06")], "c-2": [("Huixtla", "2018-11-05")]}),
    # the words before "and another caravan" are the main group's; those after, the other's
    ("About 3,000 migrants left Tapachula on Monday and another caravan of some 500 reached Huixtla that day.",
     {"c": [("Tapachula", "2018-11-05")], "c-2": [("Huixtla", "2018-11-05")]}),
    # "a different group of about 600": another group (it has its own figure)
    ("The caravan rested in Tapachula on Monday. Near another border crossing, a different group of about 600 "
     "reached Tecun Uman on Monday.", {"c": [("Tapachula", "2018-11-05")], "c-2": [("Tecun Uman", "2018-11-05")]}),
    # a sentence turning to another group with its own figure ("Por otro lado, un grupo de al menos 100")
    ("Unos 2.000 migrantes llegaron el martes a Tapachula. Por otro lado, un grupo de al menos 100 salvadoreños "
     "partió el martes de San Salvador.",
     {"c": [("Tapachula", "2018-11-06")], "c-2": [("San Salvador", "2018-11-06")]}),
    # two groups named at once cannot be assigned: the row stays the main group's
    ("Unos 1.500 migrantes llegaron el lunes a Pijijiapan. La primera y segunda caravana se reunieron el martes en "
     "Tonalá.", {"c": [("Pijijiapan", "2018-11-05"), ("Tonalá", "2018-11-06")]}),
])
def test_which_sentences_are_another_groups(cli, text, routes):
    rows, _ = _extract(cli, "-", "--published", "2018-11-06", "--caravan", "c", text=text)
    assert _routes(rows) == routes


def test_another_caravans_figure_leaves_the_main_groups_row(cli):
    """The other caravan's 500 (it has no place of its own: only where it is heading) is not the size of the
    place the clause after 'mientras que' names."""
    text = ("Unos 800 migrantes llegaron el jueves a Matías Romero. Mientras tanto, otra caravana compuesta por 500 "
            "migrantes sigue su camino hacia la capital del estado, mientras que otros migrantes avanzan a pie desde "
            "Tapanatepec.")
    rows, _ = _extract(cli, "-", "--published", "2018-11-02", "--caravan", "c", text=text)
    assert {r["caravan"] for r in rows} == {"c"}
    assert [(r["place"], r["count"]) for r in rows if r["count"]] == [("Matías Romero", "Unos 800")]


def test_an_article_about_one_group_is_not_split(cli):
    rows, err = _article(cli, "16-nueva-caravana")
    assert {r["caravan"] for r in rows} == {"2021-03-san-pedro-sula"} and "another group" not in err


# -- the pipe --------------------------------------------------------------------------------------
def test_extract_piped_into_build_draws_each_group_as_its_own_route(tmp_path):
    """``routemapper extract ARTICLE | routemapper build -``: both caravans drawn, no leg between them."""
    from routes import build_routes, read_reports

    article = ARTICLES / "140-otra-caravana-y-ese-contingente.txt"
    draft, out = tmp_path / "draft.csv", tmp_path / "map.html"
    pipe = subprocess.run(
        f"'{ROUTEMAPPER}' extract '{article}' --published 2024-05-10 | tee '{draft}' | '{ROUTEMAPPER}' build - "
        f"-o '{out}'", shell=True, capture_output=True, text=True, timeout=600)
    assert pipe.returncode == 0, pipe.stderr
    assert "faster than" not in pipe.stderr
    assert out.stat().st_size > 10_000
    routes = build_routes(read_reports(str(draft)))
    assert set(routes.caravans) == {"2024-05-matias-romero", "2024-05-matias-romero-2"}
    legs = [(s.caravan, s.from_place, s.to_place) for s in routes.segments.itertuples()]
    # (Matías Romero's two rows make no leg: one place)
    assert legs == [("2024-05-matias-romero-2", "Tapachula", "Huixtla")]
