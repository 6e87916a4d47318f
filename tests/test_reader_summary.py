"""The "About this map" sentence as a reader of real articles' maps found it (session 10, reader).

Our own rows; the facts follow three real drafts (a turn-back of 18 people where more than a thousand
were camped, "Guatemala City, Guatemala" as the written place, a largest figure that is also the last
report). The expected sentences were written by hand before the change.
"""

import pytest

from routes import build_routes, read_reports


def _describe(write_csv, text: str, lang: str) -> str:
    return build_routes(read_reports(write_csv(text))).describe(lang).iloc[0]


@pytest.mark.parametrize(("lang", "said", "wrong"), [
    ("en", "18 people turned back at Huixtla on 23 October 2018, where the group was last reported.",
     "1,500 people turned back"),
    ("es", "18 personas regresaron desde Huixtla el 23 de octubre de 2018, donde se informó del grupo por última vez.",
     "1.500 personas regresaron"),
])
def test_a_turn_back_says_how_many_turned_back_not_the_whole_camp(write_csv, lang, said, wrong):
    # A real draft: more than a thousand camped at Huixtla, and that afternoon 18 of them gave themselves up to be
    # deported. The caption read "18–1,500 people turned back at Huixtla".
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        'c,2018-10-21,Tapachula,MX,14.9054,-92.2589,departure,"about 2,000"\n'
        'c,2018-10-23,Huixtla,MX,15.1392,-92.4634,sighting,"more than 1,000"\n'
        "c,2018-10-23,Huixtla,MX,15.1392,-92.4634,returned,18\n"), lang)
    assert said in text, text
    assert wrong not in text, text


@pytest.mark.parametrize(("lang", "opening", "last"), [
    ("en", "Caravan g set out from Guatemala City (Guatemala) on 17 January 2019 with about 2,000 people and passed "
     "through Tecún Umán.",
     "It was last reported in Santo Domingo Zanatepec (Mexico) on 19 January 2019."),
    ("es", "La caravana g salió de Ciudad de Guatemala (Guatemala) el 17 de enero de 2019 con unas 2.000 personas y pasó "
     "por Tecún Umán.",
     "La última información la sitúa en Santo Domingo Zanatepec (México) el 19 de enero de 2019."),
])
def test_a_place_written_with_its_country_names_the_country_once(write_csv, lang, opening, last):
    # A real draft kept AFP's "Guatemala City, Guatemala": the caption read "Guatemala City, Guatemala (Guatemala)".
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        'g,2019-01-17,"Guatemala City, Guatemala",GT,14.6407,-90.5133,departure,"about 2,000"\n'
        "g,2019-01-18,Tecún Umán,GT,14.6774,-92.1404,sighting,\n"
        'g,2019-01-19,"Santo Domingo Zanatepec, Mexico",MX,16.48,-94.35,sighting,\n'), lang)
    assert text.startswith(opening), text
    assert last in text, text
    assert ", Guatemala (Guatemala)" not in text and "Mexico (M" not in text, text


@pytest.mark.parametrize(("lang", "last", "largest"), [
    ("en", "It was last reported in Tapanatepec (Mexico) on 8 January 2024, with about 2,500 people.",
     "Its largest figure"),
    ("es", "La última información la sitúa en Tapanatepec (México) el 8 de enero de 2024, con unas 2.500 personas.",
     "Su cifra más alta"),
])
def test_a_largest_figure_that_is_the_last_report_is_said_once(write_csv, lang, last, largest):
    # It read "Its largest figure, about 2,500 people, was reported at Oaxaca around 11 January 2024. It was last
    # reported in Oaxaca (Mexico) around 11 January 2024, with about 2,500 people."
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        "t,2023-12-23,Arriaga,MX,16.2356,-93.8997,departure,\n"
        't,2024-01-08,Tapanatepec,MX,16.3711,-94.1931,arrival,"about 2,500"\n'), lang)
    assert last in text, text
    assert largest not in text, text


def test_a_largest_figure_elsewhere_is_still_said(write_csv):
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        "t,2023-12-23,Arriaga,MX,16.2356,-93.8997,departure,\n"
        't,2024-01-05,Chahuites,MX,16.2882,-94.1949,arrival,"about 3,000"\n'
        't,2024-01-08,Tapanatepec,MX,16.3711,-94.1931,arrival,"about 2,500"\n'), "en")
    assert "Its largest figure, about 3,000 people, was reported at Chahuites on 5 January 2024." in text, text


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Caravan h set out from Honduras on 15 January 2019 and passed through Guatemala City and Tecún Umán. "
           "Its largest figure, about 2,000 people, was reported at Guatemala City on 17 January 2019. "
           "It was last reported in Ciudad Hidalgo (Mexico) on 19 January 2019."),
    ("es", "La caravana h salió de Honduras el 15 de enero de 2019 y pasó por Ciudad de Guatemala y Tecún Umán. "
           "Su cifra más alta, unas 2.000 personas, se registró en Ciudad de Guatemala el 17 de enero de 2019. "
           "La última información la sitúa en Ciudad Hidalgo (México) el 19 de enero de 2019."),
])
def test_a_caravan_that_set_out_from_a_country_is_said_to(write_csv, lang, expected):
    # AFP: the caravan "set out Tuesday from Honduras"; the first town of the draft is Guatemala City two days later.
    # The caption read "set out from Guatemala City, Guatemala (Guatemala) around 17 January 2019".
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        "h,2019-01-15,Honduras,HN,,,departure,\n"
        'h,2019-01-17,Guatemala City,GT,14.6407,-90.5133,departure,"about 2,000"\n'
        "h,2019-01-18,Tecún Umán,GT,14.6774,-92.1404,crossing,\n"
        "h,2019-01-19,Ciudad Hidalgo,MX,14.6802,-92.1520,sighting,\n"), lang)
    assert text.startswith(expected), text


def test_a_largest_figure_at_a_place_written_with_its_country_reads_as_one_place(write_csv):
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        "h,2019-01-15,Honduras,HN,,,departure,\n"
        'h,2019-01-17,"Guatemala City, Guatemala",GT,14.6407,-90.5133,departure,"about 2,000"\n'
        "h,2019-01-19,Ciudad Hidalgo,MX,14.6802,-92.1520,sighting,\n"), "en")
    assert "Its largest figure, about 2,000 people, was reported at Guatemala City (Guatemala) on 17 January 2019." \
        in text, text


def test_a_country_left_on_the_day_of_its_first_town_leaves_the_town_first(write_csv):
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        "s,2019-01-15,Honduras,HN,,,departure,\n"
        "s,2019-01-15,San Pedro Sula,HN,15.5059,-88.0259,departure,\n"
        "s,2019-01-16,Agua Caliente,HN,14.5417,-89.275,crossing,\n"), "en")
    assert text.startswith("Caravan s set out from San Pedro Sula (Honduras) on 15 January 2019."), text


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Its largest figure, about 2,000 people, was reported at Chiquimula on 17 January 2019."),
    ("es", "Su cifra más alta, unas 2.000 personas, se registró en Chiquimula el 17 de enero de 2019."),
])
def test_the_largest_figure_is_the_one_reported_at_the_place_it_names(write_csv, lang, said):
    # AFP 2019 draft: "hundreds" and "around 2,000" at Guatemala City and "some 200" at Tecun Uman on one day read
    # "Its largest figure, 180–2,200 people, was reported at Guatemala City": 180 was Tecun Uman's.
    text = _describe(write_csv, (
        "caravan,date,place,country,lat,lon,kind,count\n"
        'c,2019-01-16,Esquipulas,GT,14.5625,-89.3517,departure,"about 1,000"\n'
        'c,2019-01-17,Chiquimula,GT,14.8000,-89.5456,sighting,"about 2,000"\n'
        "c,2019-01-17,Zacapa,GT,14.9722,-89.5306,sighting,some 200\n"
        "c,2019-01-18,Guatemala City,GT,14.6407,-90.5133,sighting,\n"), lang)
    assert said in text, text
