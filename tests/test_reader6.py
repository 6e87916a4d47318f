"""What a reader of a map made from one real article's draft reads (session 14, reader6).

Drafts of real articles (blind-s18/04, blind-s18/06) told two groups: 'routemapper extract' gives the second
group the main caravan's id and "-2".  Such a map had no title at all (only "About this map", folded, on a
desktop) and the second group's name lost the town's accent when its own rows were elsewhere ('Caravana de
Ciudad Juarez, febrero de 2019 (grupo 2)' under 'Caravana de Ciudad Juárez, febrero de 2019').
Our own rows; expectations written before the change.
"""

import pytest

from maps import render_map
from maps.pagedata import read_page
from routes import build_routes, read_reports

TWO_GROUPS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2019-02-ciudad-juarez,2019-02-11,Ciudad Juárez,MX,31.7202,-106.4608,crossing,about 300\n"
    "2019-02-ciudad-juarez,2019-02-12,Janos,MX,30.8887,-108.1933,sighting,\n"
    "2019-02-ciudad-juarez-2,2019-02-11,Piedras Negras,MX,28.7001,-100.5235,sighting,1600\n"
)
TWO_CARAVANS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2019-02-ciudad-juarez,2019-02-11,Ciudad Juárez,MX,31.7202,-106.4608,crossing,about 300\n"
    "2019-03-piedras-negras,2019-03-11,Piedras Negras,MX,28.7001,-100.5235,sighting,1600\n"
)


def _page(write_csv, rows, lang):
    return render_map(build_routes(read_reports(write_csv(rows))), lang=lang).get_root().render()


def _picture(write_csv, rows, lang):
    from test_static_image import picture_texts

    from maps.static_image import figure

    return "\n".join(picture_texts(figure(build_routes(read_reports(write_csv(rows))), lang=lang)))


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "Ciudad Juárez caravan, February 2019: 2 groups"),
    ("es", "Caravana de Ciudad Juárez, febrero de 2019: 2 grupos"),
])
def test_a_map_of_one_article_s_groups_is_titled_with_the_caravan_and_how_many_groups(write_csv, lang, title):
    assert f"<title>{title}</title>" in _page(write_csv, TWO_GROUPS, lang)
    assert title in _picture(write_csv, TWO_GROUPS, lang)


def test_a_map_of_two_unrelated_caravans_still_gets_no_title_of_its_own(write_csv):
    html = _page(write_csv, TWO_CARAVANS, "en")
    assert "<title>" not in html or "caravan" not in html.split("<title>", 1)[1].split("</title>", 1)[0]


@pytest.mark.parametrize(("lang", "name"), [
    ("en", "Ciudad Juárez caravan, February 2019 (group 2)"),
    ("es", "Caravana de Ciudad Juárez, febrero de 2019 (grupo 2)"),
])
def test_the_second_group_spells_the_town_as_the_main_group_s_reports_do(write_csv, lang, name):
    page = read_page(_page(write_csv, TWO_GROUPS, lang))
    assert [c["name"] for c in page["caravans"]][1] == name
    assert page["caravans"][1]["summary"].startswith(name.split(",")[0].replace("Caravana", "La caravana")
                                                     if lang == "es" else "The Ciudad Juárez caravan")


EXPECTED_ONLY = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2018-11-mexicali,2018-11-20,Mexicali,MX,32.6278,-115.4545,arrival,about 1000\n"
    "2018-11-mexicali,2018-11-21,Tijuana,MX,32.5027,-117.0037,arrival,\n"
    "2018-11-mexicali-2,2018-11-21,Mexicali,MX,32.6278,-115.4545,planned,\n"
)


@pytest.mark.parametrize(("lang", "caption"), [
    ("en", "The Mexicali caravan of November 2018 (group 2) has only a planned stop on the map: "
           "Mexicali (Mexico) on 21 November 2018."),
    ("es", "La caravana de Mexicali de noviembre de 2018 (grupo 2) solo tiene en el mapa una parada prevista: "
           "Mexicali (México) el 21 de noviembre de 2018."),
])
def test_a_group_told_of_only_as_expected_somewhere_says_where_not_that_it_is_not_on_the_map(write_csv, lang,
                                                                                              caption):
    # blind-s18/04's draft: a second caravan expected at Mexicali, drawn there as a planned point, read
    # "has no report placed on a map" in the about panel and the route table
    text = build_routes(read_reports(write_csv(EXPECTED_ONLY))).describe(lang)
    assert text.iloc[1] == caption, text.iloc[1]
    assert text.iloc[0].startswith("The Mexicali caravan of November 2018 " if lang == "en"
                                   else "La caravana de Mexicali de noviembre de 2018 "), text.iloc[0]
