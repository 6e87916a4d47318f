"""The dateline: where the reporter filed from is no event place of its own.

Two ways it went wrong on real articles (issue 11, family "the dateline"):

- a dateline written with its dash against the last word ("Saltillo, Coahuila- ...") or with no dash at all after an
  abbreviated state ("Hermosillo, Son., A group ...") was read as a town the story happens in: it took the lede's
  figure and stood on the map beside the town the lede names;
- a dateline that is a state ("OAXACA (Mexico) -", "Chiapas.-") was read as its capital city, and "this municipality"
  later in the story went to it instead of to the town the story had just put the group in.

The sentences are ours (places of the corridor; none is an article's); the expected places written by hand before the
extractor was run.
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.drafts import drafted


def _key(place: str) -> str:
    """A draft place's name without its state and accents, lower case ("Tehuacán, Puebla" -> "tehuacan")."""
    name = unicodedata.normalize("NFD", place.split(",")[0].strip().lower())
    return "".join(c for c in name if unicodedata.category(c) != "Mn")


CASES = [
    pytest.param("Comitán, Chiapas- Cerca de 300 migrantes cubanos llegaron el martes a Frontera Comalapa, donde "
                 "pasaron la noche.\n", "frontera comalapa", "comitan", id="es-dash-against-the-state"),
    pytest.param("Orizaba, Ver., Un contingente de unos 500 centroamericanos reanudó este jueves su marcha desde Tierra "
                 "Blanca.\n", "tierra blanca", "orizaba", id="es-abbreviated-state-then-comma"),
    pytest.param("VERACRUZ (México) – La caravana descansó este sábado en Acayucan, en el sur del estado de Veracruz."
                 "\n\nLos migrantes llegaron a este municipio el viernes por la tarde, cansados y con hambre.\n",
                 "acayucan", "veracruz", id="es-state-dateline-este-municipio"),
    pytest.param("Chiapas.- Los migrantes caminaron el lunes hasta Huixtla bajo un sol intenso.\n\nEn este municipio "
                 "fueron recibidos por vecinos que les dieron agua y comida.\n", "huixtla", "chiapas",
                 id="es-state-only-dateline"),
    pytest.param("Saltillo, Coahuila- Around 200 Hondurans boarded buses in Monclova on Friday.\n", "monclova",
                 "saltillo", id="en-dash-against-the-state"),
    pytest.param("Hermosillo, Son., A group of some 150 migrants walked into Caborca late on Sunday.\n", "caborca",
                 "hermosillo", id="en-abbreviated-state-then-comma"),
    pytest.param("PUEBLA, Mexico — Hundreds of migrants spent Tuesday night in Tehuacán, in Puebla state.\n\nThey had "
                 "reached this municipality on Monday evening after a long walk.\n", "tehuacan", "puebla",
                 id="en-state-dateline-this-municipality"),
    pytest.param("OAXACA (Mexico) – The caravan stopped on Thursday in Juchitán, in the state of Oaxaca.\n\nThe group "
                 "of about 800 arrived in this town on Wednesday night.\n", "juchitan", "oaxaca",
                 id="en-state-dateline-this-town"),
]


@pytest.mark.parametrize("text, story_town, dateline", CASES)
def test_the_dateline_is_no_event_place_when_the_story_happens_in_another_town(cli, tmp_path, text, story_town,
                                                                               dateline):
    rows = drafted(cli, tmp_path, text, "2024-11-15")
    places = {_key(r["place"]) for r in rows}
    assert story_town in places, rows
    assert dateline not in places, rows


def test_this_municipality_after_a_state_dateline_is_the_town_just_named_with_its_own_day(cli, tmp_path):
    text = ("OAXACA (Mexico) – The caravan stopped on Thursday in Juchitán, in the state of Oaxaca.\n\nThe group "
            "of about 800 arrived in this town on Wednesday night.\n")
    rows = drafted(cli, tmp_path, text, "2024-11-15")
    arrivals = [r for r in rows if _key(r["place"]) == "juchitan" and r["kind"] == "arrival"]
    assert [(r["date"].lstrip("~"), r["count_low"], r["count_high"]) for r in arrivals] == [
        ("2024-11-13", "720", "880")], rows  # "about 800": 800 +- 10 %, README


def test_a_town_dateline_is_still_the_town_this_city_means(cli, tmp_path):
    # (the rule above is for a state written as the dateline; a town's dateline keeps "this city")
    text = ("TONALA, Mexico (AP) — Thousands of migrants rested on Sunday in this coastal city after walking from "
            "Pijijiapan.\n")
    rows = drafted(cli, tmp_path, text, "2018-10-28")
    assert "tonala" in {_key(r["place"]) for r in rows}, rows
