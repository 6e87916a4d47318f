"""Session 15, reader7: what the maps of blind-s20/s21's drafts got wrong (our own rows; expectations by hand).

A date known only to the month ("2019-01", "~2018-03") sits mid-month on the timeline, and the map's labels wrote
that 16th as if it were reported ("Mexico City, 16 Mar", "La Hachadura, 16 ene 2019 – 21 ene 2020"; blind-s20/08
and /06).  Python words such a date for the labels once: the page's ``dates`` table carries a ``label`` beside the
date's ``text``, empty for a single day.
"""

from maps import render_map
from maps.pagedata import read_page
from routes import build_routes, read_reports

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2020-01-la-hachadura,2019-01,La Hachadura,SV,13.8442,-90.0922,crossing,more than 140\n"
    "2020-01-la-hachadura,~2020-01,San Salvador,SV,13.6894,-89.1872,sighting,\n"
    "2020-01-la-hachadura,2020-01-21,La Hachadura,SV,13.8442,-90.0922,crossing,45\n"
)


def _labels(write_csv, lang):
    page = read_page(render_map(build_routes(read_reports(write_csv(ROWS))), lang=lang).get_root().render())
    strings, dates = page["strings"], page["tables"]["dates"]
    return {strings[int(k)]: strings[int(v)] for k, v in zip(dates["key"], dates["label"])}


def test_a_date_known_to_the_month_has_a_label_text_naming_the_month(write_csv):
    assert _labels(write_csv, "en") == {"2019-01": "Jan 2019", "~2020-01": "Jan 2020", "2020-01-21": ""}
    assert _labels(write_csv, "es") == {"2019-01": "ene de 2019", "~2020-01": "ene de 2020", "2020-01-21": ""}


# The caption said the same 16th: "first reported in Mexico City (Mexico) around 16 March 2018" (blind-s20/08),
# "reportada por primera vez en La Hachadura (El Salvador) hacia el 16 de enero de 2019" (blind-s20/06).
MARCH_ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2018-03-mexico-city,~2018-03,Mexico City,MX,19.4285,-99.1277,sighting,\n"
    "2018-03-mexico-city,2018-04-19,Guadalajara,MX,20.6774,-103.3475,departure,about 500\n"
)


def test_a_caption_says_the_month_of_a_date_known_only_to_its_month(write_csv):
    hachadura = build_routes(read_reports(write_csv(ROWS)))
    en, es = hachadura.describe("en")["2020-01-la-hachadura"], hachadura.describe("es")["2020-01-la-hachadura"]
    assert "first reported in La Hachadura (El Salvador) in January 2019" in en and "16 January" not in en
    assert "por primera vez en La Hachadura (El Salvador) en enero de 2019" in es and "16 de enero" not in es
    assert "on 21 January 2020" in en  # a day is still its day
    march = build_routes(read_reports(write_csv(MARCH_ROWS, "march.csv"))).describe("en")["2018-03-mexico-city"]
    assert "first reported in Mexico City (Mexico) in March 2018" in march and "16 March" not in march


# blind-s20/05's draft: 800 reached Tapachula on the 12th, some 3,000 walked out of it on the 15th.  The caption
# said "first reported in Tapachula (Mexico) on 12 April 2019 with about 3,000 people": the day of one report, the
# figure of another.
TAPACHULA_ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2019-04-tapachula,2019-04-12,Tapachula,MX,14.9054,-92.2589,arrival,800\n"
    "2019-04-tapachula,2019-04-15,Tapachula,MX,14.9054,-92.2589,sighting,some 3000\n"
    "2019-04-tapachula,~2019-04-16,Huixtla,MX,15.1392,-92.4634,sighting,\n"
)


def test_a_caption_first_seen_on_a_day_gives_that_days_figure(write_csv):
    routes = build_routes(read_reports(write_csv(TAPACHULA_ROWS, "tapachula.csv")))
    en, es = routes.describe("en")["2019-04-tapachula"], routes.describe("es")["2019-04-tapachula"]
    assert "was first reported in Tapachula (Mexico) on 12 April 2019 with 800 people" in en
    assert "Its largest figure, about 3,000 people, was reported at Tapachula on 15 April 2019." in en
    assert "fue reportada por primera vez en Tapachula (México) el 12 de abril de 2019 con 800 personas" in es


# A place written with its state kept the comma in the caption and had its country bracketed after it: "last reported
# in Calexico, California (United States)" (blind-s20/10), "en Matías Romero, Oaxaca (México)" (blind-s20/01),
# beside the labels "Calexico (California)" and "Matías Romero (Oaxaca)" (reader6 8).  The state goes in the brackets.
CALEXICO_ROWS = (
    "caravan,date,place,country,lat,lon,kind,count\n"
    "2019-03-mexicali,2019-03-06,Mexicali,MX,32.6278,-115.4545,arrival,approximately 400\n"
    "2019-03-mexicali,~2019-03-07,\"Calexico, California\",US,32.6790,-115.4989,sighting,\n"
)


def test_a_caption_brackets_a_places_state_with_its_country(write_csv):
    routes = build_routes(read_reports(write_csv(CALEXICO_ROWS, "calexico.csv")))
    en, es = routes.describe("en")["2019-03-mexicali"], routes.describe("es")["2019-03-mexicali"]
    assert "It was last reported in Calexico (California, United States) around 7 March 2019." in en
    assert "Calexico, California" not in en
    assert "Calexico (California, Estados Unidos)" in es
