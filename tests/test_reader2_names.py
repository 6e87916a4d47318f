"""A place's name in a Spanish page's words (session 10, reader2).

A Spanish page built from an English wire story read "Caravana de Guatemala City" and "salió de Guatemala
City": an English name inside Spanish text.  On a Spanish page a town English calls by its own name (Guatemala
City, Mexico City) is called as Spanish calls it, in the title, the summary and the labels; every other town
keeps the reporter's spelling, and an English page keeps what the reports wrote, Spanish names included.
Our own rows; expectations written before the change.
"""

import pytest

from maps.i18n import catalogue
from maps.names import display_name
from routes import build_routes, read_reports
from routes.names import reported_names

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    '2019-01-guatemala-city,2019-01-16,"Guatemala City, Guatemala",GT,14.6407,-90.5133,departure,"about 2,000"\n'
    "2019-01-guatemala-city,2019-01-18,Tecún Umán,GT,14.6774,-92.1404,sighting,\n"
    "2019-01-guatemala-city,2019-01-30,Mexico City,MX,19.4285,-99.1277,planned,\n"
)


@pytest.mark.parametrize(("lang", "title"), [
    ("es", "Caravana de Ciudad de Guatemala, enero de 2019"),
    ("en", "Guatemala City caravan, January 2019"),
])
def test_the_title_names_the_town_in_the_page_s_language(lang, title):
    assert display_name("2019-01-guatemala-city", catalogue(lang)) == title


def test_the_spanish_summary_says_ciudad_de_guatemala(write_csv):
    text = build_routes(read_reports(write_csv(ROWS))).describe("es").iloc[0]
    assert text.startswith("La caravana de Ciudad de Guatemala de enero de 2019 salió de Ciudad de Guatemala "
                           "(Guatemala) el 16 de enero de 2019"), text
    assert "Guatemala City" not in text and "Mexico City" not in text, text
    english = build_routes(read_reports(write_csv(ROWS))).describe("en").iloc[0]
    assert "set out from Guatemala City (Guatemala)" in english, english


def test_labels_name_the_towns_in_the_page_s_language(write_csv):
    reports = build_routes(read_reports(write_csv(ROWS))).reports
    es = list(reported_names(reports, catalogue("es").area_name))
    assert es == ["Ciudad de Guatemala, Guatemala", "Tecún Umán", "Ciudad de México"], es
    assert list(reported_names(reports, catalogue("en").area_name)) == [
        "Guatemala City, Guatemala", "Tecún Umán", "Mexico City"]
    spanish_written = reports.assign(place=["Ciudad de Guatemala", "Tecún Umán", "Ciudad de México"])
    assert list(reported_names(spanish_written, catalogue("en").area_name)) == [
        "Ciudad de Guatemala", "Tecún Umán", "Ciudad de México"]


@pytest.mark.parametrize(("lang", "label", "title"), [
    ("es", "Ciudad de Guatemala (Guatemala), 16 ene", "Caravana de Ciudad de Guatemala, enero de 2019"),
    ("en", "Guatemala City (Guatemala), 16 Jan", "Guatemala City caravan, January 2019"),
])
def test_the_picture_names_the_town_in_its_language(write_csv, lang, label, title):
    from test_static_image import picture_texts

    from maps.static_image import figure

    texts = "\n".join(picture_texts(figure(build_routes(read_reports(write_csv(ROWS))), lang=lang)))
    assert label in texts and title in texts, texts
    if lang == "es":
        assert "Guatemala City" not in texts and "Mexico City" not in texts, texts


ACCENTED = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    '2024-05-matias-romero,2024-05-02,Matías Romero,MX,16.8774,-95.0382,arrival,"aproximadamente 800"\n'
    "2024-05-matias-romero,2024-05-07,Medias Aguas,MX,17.6677,-95.0284,planned,\n"
)


@pytest.mark.parametrize(("lang", "title", "opening"), [
    ("es", "Caravana de Matías Romero, mayo de 2024", "La caravana de Matías Romero de mayo de 2024 "),
    ("en", "Matías Romero caravan, May 2024", "The Matías Romero caravan of May 2024 "),
])
def test_a_caravan_named_from_its_id_is_spelt_as_the_reports_wrote_its_town(write_csv, lang, title, opening):
    # The id keeps no accent ('2024-05-matias-romero'): the title of a real article's map read 'Caravana de Matias
    # Romero' over a label 'Matías Romero, 2 may'.
    from test_static_image import picture_texts

    from maps import render_map
    from maps.static_image import figure

    routes = build_routes(read_reports(write_csv(ACCENTED)))
    assert routes.describe(lang).iloc[0].startswith(opening), routes.describe(lang).iloc[0]
    texts = "\n".join(picture_texts(figure(routes, lang=lang)))
    assert title in texts and "Matias" not in texts, texts
    html = render_map(routes, lang=lang).get_root().render()
    assert f"<title>{title}</title>" in html


ABBREVIATED = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2021-10-ciudad-hidalgo,2021-10-23,Cd. Hidalgo,MX,14.6793,-92.1497,departure,\n"
    "2021-10-ciudad-hidalgo,2021-10-24,Tapachula,MX,14.9065,-92.2611,arrival,\n"
)


def test_an_id_made_from_an_abbreviated_town_finds_the_reports_spelling(write_csv):
    # 'extract' names a group after its first stop with the place key's words ('Cd. Hidalgo' ->
    # '2021-10-ciudad-hidalgo'); the title then spells the town as the reports did, like any other id.
    from maps import render_map

    html = render_map(build_routes(read_reports(write_csv(ABBREVIATED))), lang="en").get_root().render()
    assert "<title>Cd. Hidalgo caravan, October 2021</title>" in html
