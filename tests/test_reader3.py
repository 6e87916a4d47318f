"""The caption and names of maps drafted from real articles, as a reader found them (session 11, reader3).

Our own rows; the facts follow real drafts of the dev pool: a caravan first reported where it crossed into a
state weeks after it left ("set out from Calipan"), a last report that was only the country the group was
already in ("last reported in Mexico" after Mexican towns), a figure and a clash reported only for a country
("reported at Honduras", "a clash at Mexico"), and an agency dateline's capitals ("HUIXTLA, Mexico") as a map
label.  Every expected sentence was written by hand before the change.
"""

import pytest

from routes import build_routes, read_reports


def _describe(write_csv, text: str, lang: str = "en") -> str:
    return build_routes(read_reports(write_csv(text))).describe(lang).iloc[0]


HEAD = "caravan,date,place,country,lat,lon,kind,count\n"


@pytest.mark.parametrize(("lang", "opening", "wrong"), [
    ("en", "Caravan c was first reported in Calipan (Mexico) on 14 May 2024 and passed through Ajalpan.", "set out"),
    ("es", "La caravana c fue reportada por primera vez en Calipan (México) el 14 de mayo de 2024 y pasó por Ajalpan.",
     "salió de"),
])
def test_a_caravan_first_seen_on_its_way_did_not_set_out_from_there(write_csv, lang, opening, wrong):
    # A real draft: the caravan crossed into Puebla at Calipan weeks after it left Tapachula; the caption said it
    # "set out from Calipan".  No report says it set out anywhere.
    text = _describe(write_csv, HEAD + (
        "c,2024-05-14,Calipan,MX,18.2952,-97.1638,crossing,\n"
        "c,2024-05-15,Ajalpan,MX,18.3791,-97.2587,sighting,\n"
        'c,2024-05-16,Tehuacán,MX,18.4642,-97.3974,arrival,"about 1,200"\n'), lang)
    assert text.startswith(opening), text
    assert wrong not in text, text


def test_a_caravan_first_seen_with_a_figure_says_it(write_csv):
    text = _describe(write_csv, HEAD + (
        'c,2019-04-19,Pijijiapan,MX,15.6866,-93.2094,sighting,"about 3,000"\n'
        "c,2019-04-20,Tonalá,MX,16.0899,-93.7546,arrival,\n"))
    assert text.startswith("Caravan c was first reported in Pijijiapan (Mexico) on 19 April 2019 with about 3,000 "
                           "people."), text


def test_a_departure_still_sets_out(write_csv):
    text = _describe(write_csv, HEAD + (
        "c,2025-01-12,Tapachula,MX,14.9054,-92.2589,departure,about 500\n"
        "c,2025-01-13,Huixtla,MX,15.1392,-92.4634,arrival,\n"))
    assert text.startswith("Caravan c set out from Tapachula (Mexico) on 12 January 2025 with about 500 people."), text


@pytest.mark.parametrize(("lang", "last", "wrong"), [
    ("en", "It was last reported in Tapachula (Mexico) on 22 January 2020.", "last reported in Mexico"),
    ("es", "La última información la sitúa en Tapachula (México) el 22 de enero de 2020.", "sitúa en México"),
])
def test_the_country_the_group_is_already_in_is_not_where_it_was_last_reported(write_csv, lang, last, wrong):
    # Real drafts ended on "It was last reported in Mexico" (or Guatemala) after the Mexican (Guatemalan) towns of
    # the route: a sentence that names the whole country tells a reader less than the last town did.
    text = _describe(write_csv, HEAD + (
        "c,2020-01-20,Ciudad Hidalgo,MX,14.6793,-92.1497,crossing,\n"
        "c,2020-01-22,Tapachula,MX,14.9054,-92.2589,sighting,\n"
        "c,~2020-01-23,Mexico,MX,,,sighting,\n"), lang)
    assert last in text, text
    assert wrong not in text, text


def test_a_country_entered_after_the_towns_of_another_is_still_the_last_report(write_csv):
    text = _describe(write_csv, HEAD + (
        "c,2020-01-19,Esquipulas,GT,14.5625,-89.3517,sighting,\n"
        "c,2020-01-20,Tecún Umán,GT,14.6774,-92.1404,sighting,\n"
        "c,2020-01-21,Mexico,MX,,,crossing,\n"))
    assert "It was last reported in Mexico on 21 January 2020." in text, text


def test_a_figure_and_a_clash_reported_for_a_whole_country_are_in_it_not_at_it(write_csv):
    # A real draft: "Its largest figure, about 3,500 people, was reported at Honduras ... There was a clash at
    # Mexico."
    text = _describe(write_csv, HEAD + (
        'c,2020-01-14,Honduras,HN,,,departure,"an estimated 3,500"\n'
        "c,2020-01-23,Mexico,MX,,,clash,hundreds\n"
        "c,2020-01-24,Ciudad Hidalgo,MX,14.6793,-92.1497,sighting,\n"))
    assert "Its largest figure, about 3,500 people, was reported in Honduras on 14 January 2020." in text, text
    assert "There was a clash in Mexico." in text, text
    assert " at Honduras" not in text and " at Mexico" not in text, text


def test_a_clash_at_a_town_is_still_at_it(write_csv):
    text = _describe(write_csv, HEAD + (
        "c,2021-01-16,Chiquimula,GT,14.8,-89.5456,sighting,\n"
        "c,2021-01-17,Vado Hondo,GT,14.7333,-89.5,clash,\n"))
    assert "There was a clash at Vado Hondo." in text, text


@pytest.mark.parametrize(("lang", "label", "said"), [
    ("en", "Huixtla (Mexico)", "It was last reported in Huixtla (Mexico) on 25 December 2023, with thousands of "
     "people."),
    ("es", "Huixtla (Mexico)", "La última información la sitúa en Huixtla (México) el 25 de diciembre de 2023, con "
     "miles de personas."),
])
def test_a_dateline_in_capitals_is_named_as_a_town_is_written(write_csv, lang, label, said):
    # Agency datelines ("HUIXTLA, Mexico (AP) —", "HUEHUETAN, Mexico") became the labels "HUIXTLA (Mexico), 25 Dec"
    # and captions "last reported in HUIXTLA (Mexico)".  An acronym (CDMX) is not a word shouted.
    from test_static_image import picture_texts

    from maps.static_image import figure

    rows = HEAD + (
        "c,2023-12-24,Tapachula,MX,14.9054,-92.2589,departure,\n"
        'c,2023-12-25,"HUIXTLA, Mexico",MX,15.1392,-92.4634,sighting,thousands\n'
        "c,2023-12-26,CDMX,MX,19.4326,-99.1332,planned,\n")
    routes = build_routes(read_reports(write_csv(rows)))
    text = routes.describe(lang).iloc[0]
    assert said in text, text
    assert "HUIXTLA" not in text, text
    texts = "\n".join(picture_texts(figure(routes, lang=lang)))  # the page's labels are named by the same rule
    assert label in texts and "HUIXTLA" not in texts, texts
    assert "CDMX" in texts, texts


def test_names_in_capitals_become_written_names_and_acronyms_stay():
    import pandas as pd

    from routes.names import reported_names

    reports = pd.DataFrame({"place": ["HUEHUETAN, Chiapas", "SAN PEDRO SULA", "CIUDAD DE MÉXICO", "CDMX", "Tapachula",
                                      "EL CEIBO, Guatemala", "USA"]})
    assert reported_names(reports).tolist() == ["Huehuetan, Chiapas", "San Pedro Sula", "Ciudad de México", "CDMX",
                                                "Tapachula", "El Ceibo, Guatemala", "USA"]


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Caravan c was reported in Tijuana (Mexico) from 14 to 15 November 2018 with 7,000–10,000 people."),
    ("es", "La caravana c fue reportada en Tijuana (México) del 14 al 15 de noviembre de 2018 con 7.000–10.000 "
     "personas."),
])
def test_a_map_of_one_town_on_two_days_says_both_days_and_the_year(write_csv, lang, opening):
    # A real draft: "The Tijuana caravan of November 2018 was reported in Tijuana (Mexico) around 15 November with
    # 7,000–10,000 people": no year, and the arrival of the 14th, labelled "Tijuana, 14–15 Nov", unsaid.
    text = _describe(write_csv, HEAD + (
        "c,2018-11-14,Tijuana,MX,32.5027,-117.0037,arrival,\n"
        'c,2018-11-15,Tijuana,MX,32.5027,-117.0037,sighting,"7,000 to 10,000"\n'), lang)
    assert text.startswith(opening), text


def test_a_map_of_one_town_on_days_of_two_months_names_both_months(write_csv):
    text = _describe(write_csv, HEAD + (
        "c,2018-11-30,Tijuana,MX,32.5027,-117.0037,arrival,\n"
        "c,2018-12-02,Tijuana,MX,32.5027,-117.0037,sighting,\n"))
    assert text.startswith("Caravan c was reported in Tijuana (Mexico) from 30 November to 2 December 2018."), text
