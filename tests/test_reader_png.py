"""The PNG's stop labels as a reader of real articles' maps found the page's (session 10, reader): a stop only
planned says so, and two caravans at one town on the same days give the days once. Our own rows."""

import pytest

from routes import build_routes, read_reports
from test_static_image import picture_texts


@pytest.mark.parametrize(("lang", "planned", "reached"), [
    ("en", "Mapastepec, 24 Oct (planned)", "Huixtla, 23 Oct"),
    ("es", "Mapastepec, 24 oct (prevista)", "Huixtla, 23 oct"),
])
def test_a_planned_stop_is_labelled_as_a_plan_in_the_picture(write_csv, lang, planned, reached):
    from maps.static_image import figure

    routes = build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        'c,2018-10-23,Huixtla,MX,15.1392,-92.4634,sighting,"more than 1,000"\n'
        "c,2018-10-24,Mapastepec,MX,15.4336,-92.9004,planned,\n")))
    texts = "\n".join(picture_texts(figure(routes, lang=lang)))
    assert planned in texts and reached in texts, texts
    assert "Huixtla, 23 Oct (planned)" not in texts


def test_two_caravans_at_one_town_on_the_same_day_give_the_day_once_in_the_picture(write_csv):
    from maps.static_image import figure

    routes = build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        'a,2018-10-30,Tapachula,MX,14.9054,-92.2589,sighting,"about 1,000"\n'
        "a,2018-10-31,Huixtla,MX,15.1392,-92.4634,sighting,\n"
        "b,2018-10-30,Tapachula,MX,14.9054,-92.2589,sighting,\n"
        "b,2018-10-28,Ciudad Hidalgo,MX,14.6802,-92.1520,crossing,\n")))
    texts = "\n".join(picture_texts(figure(routes)))
    assert "Tapachula, 30 Oct" in texts and "30 Oct; 30 Oct" not in texts, texts


def test_a_place_written_with_its_country_keeps_it_in_brackets_in_the_picture(write_csv):
    from maps.static_image import figure

    routes = build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        'g,2019-01-17,"Guatemala City, Guatemala",GT,14.6407,-90.5133,departure,"about 2,000"\n'
        "g,2019-01-19,Ciudad Hidalgo,MX,14.6802,-92.1520,crossing,\n")))
    texts = "\n".join(picture_texts(figure(routes)))
    assert "Guatemala City (Guatemala), 17 Jan" in texts, texts
