"""What a reader of real articles' maps found in their captions (session 13, reader5).

Our own rows, the shape of real drafts' rows; expectations written by hand before each fix.
"""

from maps.summary import describe
from routes import build_routes, read_reports


def caption(write_csv, rows: str, lang: str = "en") -> str:
    routes = build_routes(read_reports(write_csv("caravan,date,place,country,lat,lon,kind,count\n" + rows)))
    return next(iter(describe(routes, lang=lang).values()))


def test_a_group_that_set_out_on_its_first_day_is_not_said_to_have_gathered(write_csv):
    # blind-s17/04: 219 set out from Sonoyta on 28 November, a later report put them there again around
    # 26 December: the caption said "gathered in Sonoyta on 28 November 2021, set out around 26 December with 219
    # people", a departure nobody reported, on the day of an arrival, with the first day's figure.
    rows = ("a,2021-11-05,Arriaga,MX,16.2356,-93.8997,departure,400\n"
            "a,~2021-11-09,Arriaga,MX,16.2356,-93.8997,arrival,\n"
            "a,2021-11-10,Tonalá,MX,16.0897,-93.7544,arrival,\n")
    said = caption(write_csv, rows)
    assert said.startswith("Caravan a set out from Arriaga (Mexico) on 5 November 2021 with 400 people. "), said
    assert "gathered" not in said
    dicho = caption(write_csv, rows, lang="es")
    assert dicho.startswith("La caravana a salió de Arriaga (México) el 5 de noviembre de 2021 con 400 personas. "), dicho


def test_a_group_that_gathered_before_it_set_out_still_says_so(write_csv):
    said = caption(write_csv, "g,2021-11-03,Arriaga,MX,16.2356,-93.8997,gathering,\n"
                              "g,2021-11-05,Arriaga,MX,16.2356,-93.8997,departure,400\n"
                              "g,2021-11-06,Tonalá,MX,16.0897,-93.7544,arrival,\n")
    assert said.startswith("Caravan g gathered in Arriaga (Mexico) on 3 November 2021, set out on 5 November with "
                           "400 people. "), said


def test_a_place_passed_twice_is_named_once(write_csv):
    # blind-s17/08: "passed through Monterrey, Eagle Pass (Texas), Monterrey and Piedras Negras" (the draft went
    # back and forth between two towns): a list that names a town twice reads as a slip.
    said = caption(write_csv, "z,2023-09-17,Zacatecas,MX,22.7684,-102.5814,departure,\n"
                              "z,2023-09-18,Saltillo,MX,25.4232,-101.0053,sighting,\n"
                              "z,2023-09-19,Monterrey,MX,25.6844,-100.3172,sighting,\n"
                              "z,2023-09-20,Saltillo,MX,25.4232,-101.0053,sighting,\n"
                              "z,2023-09-21,Piedras Negras,MX,28.7001,-100.5235,arrival,\n")
    assert said.startswith("Caravan z set out from Zacatecas (Mexico) on 17 September 2023 and passed through "
                           "Saltillo and Monterrey. "), said


def test_a_long_list_counts_each_place_once(write_csv):
    said = caption(write_csv, "z,2023-09-17,Zacatecas,MX,22.7684,-102.5814,departure,\n"
                              "z,2023-09-18,Saltillo,MX,25.4232,-101.0053,sighting,\n"
                              "z,2023-09-19,Monterrey,MX,25.6844,-100.3172,sighting,\n"
                              "z,2023-09-20,Saltillo,MX,25.4232,-101.0053,sighting,\n"
                              "z,2023-09-21,Monterrey,MX,25.6844,-100.3172,sighting,\n"
                              "z,2023-09-22,Monclova,MX,26.9103,-101.4222,sighting,\n"
                              "z,2023-09-23,Piedras Negras,MX,28.7001,-100.5235,arrival,\n")
    assert "passed through Saltillo, Monterrey and Monclova. " in said, said


def test_a_clash_in_a_country_is_not_said_to_be_at_it_beside_a_town(write_csv):
    # blind-s12/10: "There were clashes at Río Suchiate and Mexico."
    said = caption(write_csv, "r,2020-01-18,Tecun Uman,GT,14.6797,-92.1406,arrival,\n"
                              "r,2020-01-20,Ciudad Hidalgo,MX,14.6802,-92.152,clash,\n"
                              "r,2020-01-23,Mexico,MX,,,clash,\n")
    assert "There was a clash at Ciudad Hidalgo. There was a clash in Mexico." in said, said
    assert " and Mexico" not in said
    # Spanish says "en" of a town and of a country: one sentence, as before
    dicho = caption(write_csv, "r,2020-01-18,Tecun Uman,GT,14.6797,-92.1406,arrival,\n"
                               "r,2020-01-20,Ciudad Hidalgo,MX,14.6802,-92.152,clash,\n"
                               "r,2020-01-23,Mexico,MX,,,clash,\n", lang="es")
    assert "Hubo enfrentamientos en Ciudad Hidalgo y México." in dicho, dicho
