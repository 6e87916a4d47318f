"""What a reader sees on maps built from real articles (session 12, reader4): the badge's and caption's words."""

import json
import re
from pathlib import Path

import pytest

from routes import build_routes, read_reports
from routes.counts import FACTORS, VAGUE

STATIC = Path(__file__).resolve().parent.parent / "maps" / "static"


def test_the_pages_copy_of_the_hedges_and_vague_words_is_the_readers():
    """format.js says a badge's figure as the caption does: its tables are routes/counts.py's."""
    source = (STATIC / "format.js").read_text(encoding="utf-8")
    vague = json.loads(re.search(r"var VAGUE = (\[.*?\]\]);", source).group(1))
    factors = json.loads(re.search(r"var FACTORS = (\[.*?\]\]);", source).group(1))
    assert {w.replace("_", " "): (lo, hi) for w, lo, hi in vague} == VAGUE
    assert {w.replace("_", " "): (lo, hi) for w, lo, hi in factors} == {w: f for w, f in FACTORS.items() if w != "exact"}


# A group blocked in Guatemala, part of which went back home (real draft blind-s15/08: a 'returned' row at the
# country, '... have returned to Honduras'). The caption said "At least 1,500 people turned back at Honduras":
# a country is where they went back to, not a spot they turned at. Our own rows; sentences written by hand.
_BACK_HOME = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    'v,2021-01-15,San Pedro Sula,HN,15.5058,-88.0259,departure,"about 3,000"\n'
    "v,2021-01-17,Vado Hondo,GT,14.7333,-89.5,clash,\n"
    'v,2021-01-17,Honduras,HN,,,returned,"more than 1,500"\n'
    "v,2021-01-18,Honduras,HN,,,returned,\n")


@pytest.mark.parametrize(("lang", "said", "wrong"), [
    ("en", ["At least 1,500 people went back to Honduras on 17 January 2021.",
            "Part of the group went back to Honduras on 18 January 2021, where the group was last reported."],
     "turned back at Honduras"),
    ("es", ["Al menos 1.500 personas regresaron a Honduras el 17 de enero de 2021.",
            "Parte del grupo regresó a Honduras el 18 de enero de 2021, donde se informó del grupo por última vez."],
     "desde Honduras"),
])
def test_a_group_that_went_back_to_a_country_went_back_to_it(write_csv, lang, said, wrong):
    text = build_routes(read_reports(write_csv(_BACK_HOME))).describe(lang).iloc[0]
    for sentence in said:
        assert sentence in text, text
    assert wrong not in text, text


def test_a_turn_back_at_a_town_still_turns_back_there(write_csv):
    text = build_routes(read_reports(write_csv(_BACK_HOME.replace(
        'v,2021-01-17,Honduras,HN,,,returned,"more than 1,500"',
        'v,2021-01-17,Vado Hondo,GT,14.7333,-89.5,returned,"more than 1,500"')))).describe("en").iloc[0]
    assert "At least 1,500 people turned back at Vado Hondo on 17 January 2021." in text, text


# A name the extractor took from the middle of a sentence keeps its lower-case opening word (real draft
# blind-s13/04: 'salieron de la ciudad de México' gave the place 'ciudad de México'): the label read
# "ciudad de México, 17 nov (prevista)". A name opens with a capital on the map, the caption and the PNG
# (the page: tests/test_browser_reader4.py).
_LOWER = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    'q,2018-11-16,Querétaro,MX,20.588,-100.388,arrival,"mil 57"\n'
    "q,2018-11-17,ciudad de México,MX,19.428,-99.128,departure,500\n"
    "q,2018-11-16,state of Guanajuato,MX,,,sighting,\n")


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "La última información la sitúa en Ciudad de México (México) el 17 de noviembre de 2018, con 500 personas."),
    ("en", "It was last reported in Ciudad de México (Mexico) on 17 November 2018, with 500 people."),
])
def test_a_name_written_in_lower_case_opens_with_a_capital_in_the_caption(write_csv, lang, said):
    text = build_routes(read_reports(write_csv(_LOWER))).describe(lang).iloc[0]
    assert said in text, text
    assert "ciudad de México" not in text, text



# Two figures told of one place and day ("an estimated 4,000 remained, of about 9,000 who set out": real draft
# blind-s15/08 put both on Honduras) were said as one range nobody reported: "Its largest figure, 3,600–9,900
# people". The caption now says the two figures reported. Our own rows; sentences by hand.
_TWO_FIGURES = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    'h,2021-01-15,San Pedro Sula,HN,15.5058,-88.0259,departure,"some 3,000"\n'
    'h,2021-01-16,Ocotepeque,HN,14.4333,-89.1833,sighting,"an estimated 4,000"\n'
    'h,2021-01-16,Ocotepeque,HN,14.4333,-89.1833,sighting,"about 9,000"\n'
    'h,2021-01-17,Esquipulas,GT,14.5667,-89.35,sighting,"200"\n')


@pytest.mark.parametrize(("lang", "said", "wrong"), [
    ("en", "Its largest figures, about 4,000 people and about 9,000 people, were reported at Ocotepeque on 16 January "
     "2021.", "3,600–9,900"),
    ("es", "Sus cifras más altas, unas 4.000 personas y unas 9.000 personas, se registraron en Ocotepeque el 16 de "
     "enero de 2021.", "3.600–9.900"),
])
def test_two_figures_of_one_place_and_day_are_said_as_reported(write_csv, lang, said, wrong):
    text = build_routes(read_reports(write_csv(_TWO_FIGURES))).describe(lang).iloc[0]
    assert said in text, text
    assert wrong not in text, text


def test_a_part_that_joined_still_adds_up(write_csv):
    rows = _TWO_FIGURES.replace('sighting,"about 9,000"', 'sighting,"about 9,000 more"')
    text = build_routes(read_reports(write_csv(rows))).describe("en").iloc[0]
    assert "Its largest figure, " in text and "Its largest figures" not in text, text
