"""types-s20-21 F5: what a dateline frames.  Through the command line, `routemapper extract ARTICLE`.

The decisions:
- a lede whose only place is a state or country the dateline's town lies in happens at the town ("TAPACHULA, Mexico
  — 2,000 migrants set out Tuesday through southern Mexico"), but not when the group is told to LEAVE that area
  ("Tapachula, Chis., ... left Chiapas yesterday"): a group that left the state is in none of its towns, so the row
  is the area's departure (routes/extract/sentences.py, _LEFT_AN_AREA_BEFORE);
- a dateline written as a sentence of its own, the town's name and its full stop ("Orizaba. Unos 600 migrantes ..."),
  is a dateline, and the sentence after it is its lede (places._DATELINE_ALONE_AFTER, sentences);
- a dateline's day set off from its place by a semicolon ("Tierra Blanca, Veracruz; 3 de mayo de 2023.-") is the
  day the story is told from, as with a comma (story._DATELINE_PLACE, places._DATELINE_AFTER_LOOSE);
- a name said to be of the story's town by a town noun with no name of its own ("el parque «Benito Juárez» de la
  localidad") is a place inside the dateline's town, not a town of that name.
The texts are this file's own; the expected rows were written by hand before the rules were run on them.
"""

from __future__ import annotations

import csv
import io
import re

import pytest


def _draft(cli, tmp_path, text: str, published: str) -> list[tuple[str, str, str, str]]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("extract", str(article), "--published", published)
    assert result.exit_code == 0, result.output
    return [(re.sub(r"^(?:estado de|state of) ", "", r["place"].split(",")[0]), r["date"], r["kind"], r["count"])
            for r in csv.DictReader(io.StringIO(result.stdout))]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Hermosillo, Son., Some 400 migrants left Sonora on Monday, state officials said.", "2023-05-10",
     [("Sonora", "2023-05-08", "departure", "Some 400")]),
    ("CHOLUTECA, Honduras (AP) — About 1,000 Hondurans left Honduras on Saturday, officials said.", "2019-01-16",
     [("Honduras", "2019-01-12", "departure", "About 1,000")]),
    ("Tecún Umán, Guatemala — Roughly 700 migrants departed from Guatemala on Sunday, police said.", "2020-01-21",
     [("Guatemala", "2020-01-19", "departure", "Roughly 700")]),
    ("Reynosa, Tamps., Around 500 migrants left Tamaulipas on Thursday, officials said.", "2021-06-12",
     [("Tamaulipas", "2021-06-10", "departure", "Around 500")]),
    ("Tonalá, Chis.- Unos 500 migrantes salieron ayer de Chiapas, informaron autoridades migratorias.", "2021-11-10",
     [("Chiapas", "2021-11-09", "departure", "Unos 500")]),
    ("Villahermosa, Tab.- Unos 800 migrantes salieron el jueves de Tabasco, según el INM.", "2019-04-13",
     [("Tabasco", "2019-04-11", "departure", "Unos 800")]),
    ("Santa Ana, El Salvador.- Unos 200 salvadoreños partieron el domingo de El Salvador, según la Policía.",
     "2020-01-20", [("El Salvador", "2020-01-19", "departure", "Unos 200")]),
    ("Saltillo, Coah.- Alrededor de 150 personas dejaron Coahuila el martes, según Protección Civil.", "2022-10-13",
     [("Coahuila", "2022-10-11", "departure", "Alrededor de 150")]),
])
def test_a_state_the_group_left_is_not_the_datelines_town(cli, tmp_path, text, published, expected):
    # (place, day and figure: whether "quit", "abandonaron", "dejaron" are departures is the verb cues' family, F16)
    assert [(p, d, n) for p, d, _, n in _draft(cli, tmp_path, text, published)] == [(p, d, n) for p, d, _, n in expected]


def test_a_route_through_the_datelines_state_still_happens_at_the_town(cli, tmp_path):
    # (the lede rule the decision narrows: an area the group goes through, not one it left)
    assert _draft(cli, tmp_path, "ARRIAGA, Mexico (AP) — About 900 migrants set out Tuesday through southern Chiapas.",
                  "2022-06-09") == [("ARRIAGA", "2022-06-07", "departure", "About 900")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Orizaba. Unos 600 migrantes salieron esta mañana del albergue de la ciudad.", "2021-11-30",
     [("Orizaba", "2021-11-30", "departure", "Unos 600")]),
    ("Hermosillo. About 350 migrants gathered on Tuesday outside a church shelter.", "2023-09-28",
     [("Hermosillo", "2023-09-26", "gathering", "About 350")]),
])
def test_a_dateline_alone_on_its_line_frames_the_lede(cli, tmp_path, text, published, expected):
    assert _draft(cli, tmp_path, text, published) == expected


def test_a_dateline_day_after_a_semicolon_is_the_storys_day(cli, tmp_path):
    # "ayer" from the dateline's 3 May, not from the publication's 5 May
    assert _draft(cli, tmp_path, "Tierra Blanca, Veracruz; 3 de mayo de 2023.- Más de mil migrantes llegaron ayer a "
                  "Tierra Blanca.", "2023-05-05") == [("Tierra Blanca", "2023-05-02", "arrival", "Más de mil")]


def test_a_place_of_the_locality_is_in_the_datelines_town(cli, tmp_path):
    assert _draft(cli, tmp_path, "Comitán, Chiapas.- Cerca de 400 migrantes descansaron el sábado en el parque "
                  "«Benito Juárez» de la localidad.", "2023-04-03") == [("Comitán", "2023-04-01", "sighting",
                                                                         "Cerca de 400")]
