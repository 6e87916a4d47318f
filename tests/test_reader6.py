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
