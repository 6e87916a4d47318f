"""A turn-back's figure and the group's own figure at one place and day (session 10, reader).

A real draft (La Tarde, 2018): more than a thousand camped at Huixtla, and that afternoon 18 of them gave
themselves up to be deported. The map drew Huixtla as 18-1,500 (a core of 18 under a pale halo), and the
caption said the caravan "was reported in Huixtla with 18–1,500 people". Our own rows; expectations by hand.
"""

import pytest

from routes import build_routes, read_reports
from routes.queries import size_timeline
from routes.sizes import place_day_sizes

HEADER = "caravan,date,place,country,lat,lon,kind,count\n"


@pytest.mark.parametrize(("rows", "low", "high"), [
    # the camp's figure is the group's size; the 18 who turned back are a part of it ("more than 1,000": said "at least")
    ('c,2018-10-23,Huixtla,MX,15.1392,-92.4634,sighting,"more than 1,000"\n'
     "c,2018-10-23,Huixtla,MX,15.1392,-92.4634,returned,18\n", 1000, 1500),
    # a vague word of the group still says more of the group than a turn-back's figure
    ("c,2018-10-23,Huixtla,MX,15.1392,-92.4634,sighting,thousands\n"
     "c,2018-10-23,Huixtla,MX,15.1392,-92.4634,returned,150\n", 2000, 9000),
    # a turn-back alone is all there is of that place and day: its figure is the size
    ("c,2018-10-23,Huixtla,MX,15.1392,-92.4634,returned,150\n", 150, 150),
    # two turn-back figures alone: merged as any two figures
    ("c,2018-10-23,Huixtla,MX,15.1392,-92.4634,returned,150\n"
     "c,2018-10-23,Huixtla,MX,15.1392,-92.4634,returned,about 200\n", 150, 220),
])
def test_a_turn_back_s_figure_gives_way_to_the_group_s_own(write_csv, rows, low, high):
    routes = build_routes(read_reports(write_csv(HEADER + rows)))
    groups = place_day_sizes(routes.reports)
    assert groups[["low", "high"]].drop_duplicates().values.tolist() == [[low, high]]
    assert size_timeline(routes.reports)[["low", "high"]].values.tolist() == [[low, high]]


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Caravan c was reported in Huixtla (Mexico) on 23 October 2018 with at least 1,000 people. 18 people "
           "turned back at Huixtla on 23 October 2018, where the group was last reported."),
    ("es", "La caravana c fue reportada en Huixtla (México) el 23 de octubre de 2018 con al menos 1.000 personas. "
           "18 personas regresaron desde Huixtla el 23 de octubre de 2018, donde se informó del grupo por última vez."),
])
def test_the_caption_gives_the_camp_s_size_and_the_turn_back_s(write_csv, lang, expected):
    routes = build_routes(read_reports(write_csv(HEADER + (
        'c,2018-10-23,Huixtla,MX,15.1392,-92.4634,sighting,"more than 1,000"\n'
        "c,2018-10-23,Huixtla,MX,15.1392,-92.4634,returned,18\n"))))
    assert routes.describe(lang).iloc[0] == expected
