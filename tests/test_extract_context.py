"""Where the group is, told apart from the places around the story: capitals named by their country,
distances measured from a town, where someone lives, buildings named after saints, and stops far
from every other stop of the route.  Expected rows written by hand."""

from __future__ import annotations

import csv
import io
from datetime import date
from types import SimpleNamespace

import pytest


def _rows(text: str, published: str | None = "2018-10-18", **kw) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published, **kw)


def _stops(text: str, published: str = "2018-10-18") -> list[tuple[str, str]]:
    return [(r["place"].split(",")[0], r["date"]) for r in _rows(text, published)]


# -- capitals named by their country ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "stops"), [
    ("Hundreds of migrants reached the Guatemalan capital on Wednesday.", [("Guatemala City", "2018-10-17")]),
    ("Unos 2.000 migrantes llegaron el miércoles a la capital guatemalteca.", [("Guatemala City", "2018-10-17")]),
    ("La caravana salió el sábado de la capital hondureña.", [("Tegucigalpa", "2018-10-13")]),
    ("The caravan left the capital of Honduras on Saturday.", [("Tegucigalpa", "2018-10-13")]),
    ("By Wednesday the group had walked into Mexico's capital.", [("Mexico City", "2018-10-17")]),
    ("El grupo llegó el miércoles a la capital de El Salvador.", [("San Salvador", "2018-10-17")]),
])
def test_a_capital_named_by_its_country_is_the_capital(text, stops):
    assert _stops(text) == stops


def test_a_capital_row_carries_its_country_and_point():
    row, = _rows("Hundreds of migrants reached the Honduran capital on Wednesday.")
    assert row["country"] == "HN" and abs(row["lat"] - 14.08) < 0.1 and abs(row["lon"] + 87.21) < 0.1
    assert "Honduran capital" in row["quote"]


@pytest.mark.parametrize("text", [
    "The caravan left San Pedro Sula on Saturday; the capital was quiet.",  # no country: no capital
    "El gobierno de la capital guatemalteca pidió calma.",  # a government, not where the group is
    "The migrants, heading for the Mexican capital, rested in Tapachula on Wednesday.",  # a destination
])
def test_a_capital_the_group_is_not_at_is_no_row(text):
    assert "Guatemala City" not in [r["place"].split(",")[0] for r in _rows(text)]
    assert "Mexico City" not in [r["place"].split(",")[0] for r in _rows(text)]


# -- distances, homes and buildings are not stops -----------------------------------------------------
@pytest.mark.parametrize(("text", "stops"), [
    ("La caravana salió el sábado de San Pedro Sula, 180 kilómetros al norte de Tegucigalpa.",
     [("San Pedro Sula", "2018-10-13")]),
    ("Los migrantes llegaron el martes a Chiquimula, situada a unos 180 kilómetros de la capital guatemalteca.",
     [("Chiquimula", "2018-10-16")]),
    ("The first group arrived at noon in Huixtla, about 45 kilometers from Tapachula.", [("Huixtla", "~2018-10-18")]),
    ("On Tuesday the migrants camped in Huixtla, at least 1,100 miles from McAllen.", [("Huixtla", "2018-10-16")]),
    # a walk measured from where it started is still a departure
    ("On Tuesday the migrants walked 40 kilometers from Tapachula to Huixtla.",
     [("Tapachula", "2018-10-16"), ("Huixtla", "2018-10-16")]),
])
def test_a_distance_measured_from_a_place_does_not_put_the_group_there(text, stops):
    assert _stops(text) == stops


@pytest.mark.parametrize("text", [
    "On Tuesday the migrants rested in Huixtla. One of them said her brother lives in Palm Springs.",
    "On Tuesday the migrants rested in Huixtla; one of them has relatives in Houston.",
    "El martes los migrantes descansaron en Huixtla; uno de ellos tiene un hermano que vive en Los Ángeles.",
])
def test_where_someone_lives_or_has_kin_is_not_a_stop(text):
    assert _stops(text) == [("Huixtla", "2018-10-16")]


def test_a_church_named_after_a_saint_is_not_the_town_of_that_name():
    text = "Los migrantes pernoctaron el lunes en los alrededores de la iglesia de San Francisco, en Huixtla."
    assert _stops(text) == [("Huixtla", "2018-10-15")]


# -- a stop the route cannot reach ----------------------------------------------------------------------
def _leg_row(place: str, day: str, lat: float, lon: float, start: int) -> dict:
    from routes.extract.legs import day_number

    return {"place": place, "date": day, "lat": lat, "lon": lon, "kind": "sighting", "quote": "", "start": start,
            "confidence": 1.0, "_day": day_number(day), "_motor": False, "_res": None,
            "_place": SimpleNamespace(is_area=False, lat=lat, lon=lon)}


def test_a_sure_stop_far_from_every_other_stop_is_left_out_with_a_note():
    from routes.extract.legs import check_legs

    rows = [_leg_row("Tapachula", "2018-10-22", 14.906, -92.259, 0),
            _leg_row("Palm Springs", "2018-10-23", 33.830, -116.545, 100),
            _leg_row("Huixtla", "2018-10-23", 15.139, -92.463, 200),
            _leg_row("Escuintla", "2018-10-24", 15.317, -92.658, 300)]
    notes: list[str] = []
    kept = check_legs(rows, within=lambda place: True, unsure=lambda row: False, notes=notes)
    assert [r["place"] for r in kept] == ["Tapachula", "Huixtla", "Escuintla"]
    assert len(notes) == 1 and notes[0].startswith("left out 'Palm Springs' (2018-10-23, sentence at 100)")


def test_a_too_fast_leg_between_two_sure_stops_is_kept_with_a_warning():
    """Two stops only: nothing says which one is wrong, so both stay and the warning names both."""
    from routes.extract.legs import check_legs

    rows = [_leg_row("Tapachula", "2018-10-22", 14.906, -92.259, 0),
            _leg_row("Juchitán", "2018-10-23", 16.433, -95.017, 100)]
    notes: list[str] = []
    kept = check_legs(rows, within=lambda place: True, unsure=lambda row: False, notes=notes)
    assert [r["place"] for r in kept] == ["Tapachula", "Juchitán"]
    assert len(notes) == 1 and notes[0].startswith("warning:") and "'Tapachula'" in notes[0] and "'Juchitán'" in notes[0]


def test_extract_says_on_stderr_which_far_stop_it_left_out(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("About 2,000 migrants left Tapachula on Monday and walked to Huixtla.\n\n"
                       "On Tuesday a few of the migrants who had gone ahead were seen in McAllen.\n\n"
                       "On Wednesday the group went on to Mapastepec.\n", encoding="utf-8")
    result = cli("extract", str(article), "--published", "2018-10-25")
    assert result.exit_code == 0, result.stderr
    assert [r["place"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["Tapachula", "Huixtla", "Mapastepec"]
    assert "left out 'McAllen' (2018-10-23" in result.stderr


# -- shelters, stations and terminals -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "stops"), [
    ("Unos 700 migrantes pasaron la noche del martes en la Casa del Migrante de Tecún Umán.",
     [("Tecún Umán", "2018-10-16")]),
    ("On Tuesday about 700 migrants slept at the Casa del Migrante in Tecun Uman.", [("Tecun Uman", "2018-10-16")]),
    ("Los migrantes llegaron el martes a la Casa del Migrante de la capital guatemalteca.",
     [("Guatemala City", "2018-10-16")]),
])
def test_a_shelter_named_with_its_town_is_that_town(text, stops):
    assert _stops(text) == stops


def test_a_shelter_the_gazetteer_knows_in_another_country_is_the_datelines_towns():
    rows = _rows("TAPACHULA, Mexico (AP) — About 300 migrants spent Sunday night at the Casa del Migrante.\n\n"
                 "They left the bus terminal at dawn on Monday.", published="2019-01-28")
    assert [(r["place"], r["date"], r["kind"], r["count"]) for r in rows] == [
        ("TAPACHULA, Mexico", "2019-01-27", "sighting", "About 300"), ("TAPACHULA, Mexico", "2019-01-28", "departure", "")]


def test_a_shelter_the_gazetteer_knows_in_the_storys_town_stays():
    rows = _rows("GUATEMALA CITY (AP) — About 3,000 migrants slept at the Casa del Migrante on Wednesday.",
                 published="2018-10-18")
    assert [(r["place"], r["date"]) for r in rows] == [("Casa del Migrante", "2018-10-17")]
    assert rows[0]["country"] == "GT"


def test_a_terminal_with_no_dateline_and_no_town_is_no_row():
    assert _rows("They left the bus terminal at dawn on Monday.", published="2019-01-28") == []


# -- background, kin, travel plans ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On Saturday hundreds of migrants crossed into Ciudad Hidalgo. Tapachula, near the border, sees thousands of "
    "migrants each year.",
    "El sábado cientos de migrantes cruzaron a Ciudad Hidalgo. Tapachula recibe a miles de migrantes cada año.",
    "On Saturday hundreds of migrants crossed into Ciudad Hidalgo, after failing to arrange bus travel to Tapachula.",
])
def test_what_happens_every_year_or_a_trip_not_made_is_no_stop(text):
    assert _stops(text, "2021-10-24") == [("Ciudad Hidalgo", "2021-10-23")]


def test_a_town_before_said_is_a_place_when_a_preposition_of_place_comes_before_it():
    rows = _rows("Migrants in the town of Tecun Uman said Thursday they were waiting for the caravan.",
                 published="2018-10-26")
    # the day they said it, which the README marks inferred ("~")
    assert [(r["place"], r["date"]) for r in rows] == [("Tecun Uman", "~2018-10-25")]


# -- days told from another day, spans ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "published", "stops"), [
    ("They slept in Chiquimula on Saturday night. The next morning they reached Vado Hondo.", "2021-01-18",
     [("Chiquimula", "2021-01-16"), ("Vado Hondo", "2021-01-17")]),
    # (and the heading told with that move, Escuintla, its next stop planned on its day: plans16 F2)
    ("El lunes llegaron a Huixtla. Al día siguiente salieron hacia Escuintla desde Huixtla.", "2021-10-28",
     [("Huixtla", "2021-10-25"), ("Huixtla", "2021-10-26"), ("Escuintla", "2021-10-26")]),
    ("The caravan left Huixtla on Tuesday. The migrants had slept in Huehuetán the night before.", "2021-10-28",
     [("Huehuetán", "2021-10-25"), ("Huixtla", "2021-10-26")]),
    # no day written before it: the night before publication
    ("Los migrantes pasaron la noche anterior en el domo de Huehuetán.", "2021-10-26", [("Huehuetán", "2021-10-25")]),
    # "that night", "esa noche": the day written before it, not inferred
    ("The caravan left Huixtla on Tuesday. That night the migrants slept in Escuintla.", "2021-10-28",
     [("Huixtla", "2021-10-26"), ("Escuintla", "2021-10-26")]),
    ("El martes salieron de Huixtla. Esa noche los migrantes durmieron en Escuintla.", "2021-10-28",
     [("Huixtla", "2021-10-26"), ("Escuintla", "2021-10-26")]),
    # (with no day written before it, inferred as before: a night spent somewhere is last night's)
    ("That night the migrants slept in Escuintla.", "2021-10-28", [("Escuintla", "~2021-10-27")]),
])
def test_a_day_told_from_the_day_written_before_it(text, published, stops):
    assert _stops(text, published) == stops


@pytest.mark.parametrize(("text", "published", "stops"), [
    ("Police stopped migrants at El Florido between January 13 and 16.", "2021-01-18",
     [("El Florido", "2021-01-13/2021-01-16")]),
    ("La policía detuvo a migrantes en El Florido entre el 13 y el 16 de enero.", "2021-01-18",
     [("El Florido", "2021-01-13/2021-01-16")]),
    ("Migrants waited in Tapachula from Dec. 28 to Jan. 3.", "2024-01-05", [("Tapachula", "2023-12-28/2024-01-03")]),
])
def test_a_span_of_days_is_one_row_over_the_span(text, published, stops):
    assert _stops(text, published) == stops


def test_a_draft_with_a_span_builds(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Migrants waited in Tapachula between October 10 and 16. On Monday they reached Huixtla.",
                       encoding="utf-8")
    draft = tmp_path / "draft.csv"
    assert cli("extract", str(article), "--published", "2018-10-24", "-o", str(draft)).exit_code == 0
    assert [(r["place"], r["date"]) for r in csv.DictReader(draft.open(encoding="utf-8"))] == [
        ("Tapachula", "2018-10-10/2018-10-16"), ("Huixtla", "2018-10-22")]
    result = cli("build", str(draft), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 0, result.stderr


# -- countries entered, wild areas, names written as one word ------------------------------------------------
@pytest.mark.parametrize(("text", "stops"), [
    ("About 1,000 migrants crossed into Mexico on Monday.", [("Mexico", "2018-10-15")]),
    ("El lunes más de mil centroamericanos pasaron a territorio mexicano.", [("Mexico", "2018-10-15")]),
    ("On Monday the migrants stepped onto Guatemalan soil.", [("Guatemala", "2018-10-15")]),
    # The name as written: alone it reads as the province (a name that is a first-level area's is the area,
    # geo.terms.town_bears_name), so no level word need be added for build.
    ("In May, many of them crossed the Darien Gap.", [("Darien", "2018-05")]),
    ("En mayo, muchos cruzaron el Tapón del Darién.", [("Darién", "2018-05")]),
    ("On Tuesday they reached Villacomaltitlán.", [("Villa Comaltitlán", "2018-10-16")]),
])
def test_a_country_entered_a_wild_area_and_a_glued_name_are_found(text, stops):
    assert _stops(text) == stops


def test_a_wild_area_is_an_area_row_with_no_point():
    row, = _rows("In May, many of them crossed the Darien Gap.")
    assert (row["country"], row["lat"], row["lon"]) == ("PA", "", "")
    assert row["note"].startswith("gazetteer: Darién (PA, Darién), admin1")


@pytest.mark.parametrize("text", [
    "Unos 7.000 migrantes continúan en territorio mexicano, según la ONU.",  # where a figure stands, no move
    "The migrants reached Villahermosa on Tuesday.",  # a one-word name of its own stays itself
])
def test_what_is_not_a_country_entered_nor_a_glued_name(text):
    assert "Mexico" not in [r["place"] for r in _rows(text)]
    assert "Villa Hermosa" not in [r["place"] for r in _rows(text)]


def test_a_destination_after_rumbo_a_is_no_stop_until_they_get_there():
    assert _stops("El miércoles unos 800 hondureños pasaron por Agua Caliente rumbo a Esquipulas.", "2020-01-16") == [
        ("Agua Caliente", "2020-01-15")]
    assert _stops("El miércoles unos 800 hondureños pasaron por Agua Caliente rumbo a Esquipulas. Por la tarde "
                  "llegaron a Esquipulas.", "2020-01-16") == [("Agua Caliente", "2020-01-15"), ("Esquipulas", "~2020-01-15")]


@pytest.mark.parametrize(("text", "published", "stops"), [
    ("Tres millares de migrantes pasaron la noche en los albergues de Chiquimula.", "2018-10-17",
     [("Chiquimula", "~2018-10-16")]),
    ("The migrants spent the night in Huixtla.", "2018-10-24", [("Huixtla", "~2018-10-23")]),
    # a night told on a day of the story, not on the publication day, is that day's (one row with the walk's)
    ("On Monday the migrants walked to Huixtla. They spent the night in Huixtla.", "2018-10-24",
     [("Huixtla", "2018-10-22")]),
])
def test_a_night_spent_told_on_the_publication_day_is_last_night(text, published, stops):
    assert _stops(text, published) == stops


def test_since_a_month_dates_no_event_of_the_next_sentence():
    text = "Some 500 migrants have departed from San Pedro Sula. It was the first such group since January 2022."
    assert _stops(text, "2024-01-20") == [("San Pedro Sula", "~2024-01-20")]


# -- where the group means to go -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "stops"), [
    ("El martes la caravana salió de Esquipulas en busca de llegar a territorio mexicano, para después ingresar "
     "a Estados Unidos.", [("Esquipulas", "2018-10-16")]),
    ("La caravana llegó el martes a Huixtla; su objetivo es abandonar el territorio de Chiapas y entrar al estado "
     "de Oaxaca.", [("Huixtla", "2018-10-16")]),
    ("On Tuesday the migrants rested in Huixtla, walking to the United States.", [("Huixtla", "2018-10-16")]),
    ("El martes los migrantes descansaron en Huixtla y esperan cruzar a Oaxaca.", [("Huixtla", "2018-10-16")]),
])
def test_where_the_group_means_to_go_is_no_stop(text, stops):
    assert _stops(text) == stops


@pytest.mark.parametrize(("text", "stops"), [
    ("El martes los migrantes lograron ingresar a Guatemala.", [("Guatemala", "2018-10-16")]),
    ("On Tuesday about 2,000 Hondurans were allowed to cross into Guatemala.", [("Guatemala", "2018-10-16")]),
])
def test_where_the_group_managed_to_go_is_a_stop(text, stops):
    assert _stops(text) == stops


def test_an_area_after_a_span_of_days_is_no_row_of_that_day():
    text = ("On Sunday the caravan paused to rest after a week of walking through the state of Chiapas and reaching "
            "the town of San Pedro Tapanatepec.")
    assert _stops(text, "2018-10-29") == [("San Pedro Tapanatepec", "2018-10-28")]


def test_walking_out_of_a_town_and_a_division_with_an_adjective():
    assert _stops("Los migrantes salieron caminando desde Tapachula la madrugada de este domingo.", "2023-12-24") == [
        ("Tapachula", "2023-12-24")]
    rows = _rows("El martes los migrantes durmieron cerca de Esquipulas, en el departamento oriental de Chiquimula.")
    assert [r["place"] for r in rows] == ["Esquipulas, Chiquimula"]


# -- which end of an impossible leg goes, and the route resolved again without it --------------------------------
def test_a_place_named_once_gives_way_to_the_town_the_story_keeps_naming_which_is_resolved_again(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("JUCHITAN, Mexico (AP) — Migrants rested in Juchitan on Wednesday.\n\n"
                       "They plan to set out before dawn Thursday from Juchitan.\n\n"
                       "Some migrants talked about the crossing at McAllen, Texas.\n", encoding="utf-8")
    result = cli("extract", str(article), "--published", "2018-10-31")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["place"], r["date"], r["kind"]) for r in rows] == [
        ("Juchitan", "2018-10-31", "sighting"), ("Juchitan", "2018-11-01", "planned")]
    # Juchitán de Zaragoza, Oaxaca: not the Juchitán near Texas that McAllen had pulled the route to
    assert all(abs(float(r["lat"]) - 16.43) < 0.1 and abs(float(r["lon"]) + 95.02) < 0.1 for r in rows)
    assert "left out 'McAllen, Texas'" in result.stderr


def test_a_two_stop_route_with_one_end_named_once_keeps_the_other():
    from routes.extract.legs import check_legs

    rows = [_leg_row("Tapachula", "2018-10-22", 14.906, -92.259, 0),
            _leg_row("Tapachula", "2018-10-22", 14.906, -92.259, 50),
            _leg_row("Juchitán", "2018-10-23", 16.433, -95.017, 100)]
    notes: list[str] = []
    kept = check_legs(rows, within=lambda place: True, unsure=lambda row: False, notes=notes)
    assert [r["place"] for r in kept] == ["Tapachula", "Tapachula"]
    assert notes[0].startswith("left out 'Juchitán'")


def test_a_place_described_is_not_visited():
    text = ("On Wednesday the migrants rested in Juchitan. Veracruz is a common transit route for Central Americans.")
    assert _stops(text, "2018-10-31") == [("Juchitan", "2018-10-31")]


def test_a_weekday_before_a_verb_in_the_past_is_past_whatever_the_sentence_plans():
    text = "Los migrantes, que el lunes irrumpieron en Agua Caliente, ya tenían todo listo para partir."
    assert _stops(text, "2018-10-16") == [("Agua Caliente", "2018-10-15")]


# -- a dateline whose town is the story's only town ---------------------------------------------------
@pytest.mark.parametrize(("text", "stops"), [
    # agency codes in parentheses and a plain hyphen; the country the returned were sent to is no stop
    ("MORALES, Guatemala (KYMA, KECY) - Police and soldiers have blocked a migrant caravan headed north.\n\n"
     "Hundreds of people were put on buses back to Honduras.", [("MORALES", "~2018-10-18")]),
    ("EL FLORIDO, Guatemala (WXYZ) - Cientos de migrantes hondureños se quedaron varados este jueves.",
     [("EL FLORIDO", "2018-10-18")]),
])
def test_a_lede_at_a_dateline_whose_town_is_the_only_town_named(text, stops):
    assert _stops(text) == stops


def test_a_lede_is_not_at_the_dateline_when_another_town_holds_the_event():
    text = ("GUATEMALA CITY (AP) - Soldiers have blocked a caravan of thousands of migrants.\n\n"
            "The migrants were held Saturday on a road near the town of Chiquimula.")
    assert [place for place, _ in _stops(text)] == ["Chiquimula"]


@pytest.mark.parametrize(("text", "stops"), [
    ("Thousands leave on foot\n\nPublished Oct 18, 2018 10:02 am\n\nTAPACHULA, Mexico (AP) — Some 2,000 migrants set "
     "out on foot Tuesday through southern Mexico, trying to reach the U.S. border.", [("TAPACHULA", "2018-10-16")]),
    ("TAPACHULA, Chiapas (EFE).- Unos 1.500 migrantes partieron este martes por el sur de México.", [("TAPACHULA", "2018-10-16")]),
    ("HUIXTLA, Mexico (AP) — Some 800 migrants rested Thursday in the state of Chiapas.", [("HUIXTLA", "2018-10-18")]),
    # a country that does not hold the dateline's town is where the group went
    ("TECUN UMAN, Guatemala (AP) — About 1,000 migrants crossed into Mexico on Friday.", [("Mexico", "2018-10-12")]),
])
def test_a_lede_whose_only_place_is_an_area_holding_the_dateline_town_happens_in_the_town(text, stops):
    assert _stops(text) == stops


def test_setting_out_to_reach_a_place_is_a_departure():
    row, = _rows("TAPACHULA, Mexico (AP) — Some 2,000 migrants set out on foot Tuesday through southern Mexico, "
                 "trying to reach the U.S. border.")
    assert (row["kind"], row["count_low"], row["count_high"]) == ("departure", 1800, 2200)


# -- a place named after a town is not the town ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Unos 900 migrantes durmieron el martes en Arriaga, en el campo deportivo Emiliano Zapata.",
    "Unos 900 migrantes durmieron el martes en Arriaga, en la unidad deportiva Benito Juárez.",
    "Unos 900 migrantes cruzaron el martes a Arriaga por la garita conocida como 'Santa Elena'.",
    "Some 900 migrants slept on Tuesday in Arriaga, at a soccer field named Emiliano Zapata.",
    "Unos 900 migrantes descansaron el martes en Arriaga, ya en el Istmo de Tehuantepec.",
])
def test_a_field_a_customs_post_or_an_isthmus_named_after_a_town_is_not_that_town(text):
    assert [place for place, _ in _stops(text)] == ["Arriaga"]
    row, = _rows(text)
    assert (row["count_low"], row["count_high"]) == (810, 990)


# -- where an arrival or a journey began --------------------------------------------------------------
def _facts(text: str, published: str = "2024-01-04") -> list[tuple]:
    return [(r["place"].split(",")[0], r["date"], r["kind"], r["count"]) for r in _rows(text, published)]


@pytest.mark.parametrize(("text", "facts"), [
    # (one figure of a leg: both ends carry it, ANNOTATING.md's settled case)
    ("Unos 1.200 migrantes llegaron este miércoles a Matías Romero desde Juchitán.",
     [("Juchitán", "2024-01-03", "departure", "Unos 1.200"), ("Matías Romero", "2024-01-03", "arrival", "Unos 1.200")]),
    ("About 1,200 migrants arrived on Wednesday in Matias Romero from Juchitan.",
     [("Juchitan", "2024-01-03", "departure", "About 1,200"),
      ("Matias Romero", "2024-01-03", "arrival", "About 1,200")]),
    ("El martes arribaron a Arriaga otras familias provenientes de Pijijiapan.",
     [("Pijijiapan", "2024-01-02", "departure", ""), ("Arriaga", "2024-01-02", "arrival", "")]),
    ("Los hondureños iniciaron esta travesía el 12 de octubre en San Pedro Sula.",
     [("San Pedro Sula", "2023-10-12", "departure", "")]),
    # the departure a sentence measures from, with its size and day
    ("El grupo ha perdido a la mitad de su gente desde su salida con unas 8.000 personas de Tapachula, Chiapas en la "
     "Nochebuena de 2023.", [("Tapachula", "2023-12-24", "departure", "unas 8.000")]),
    # where people come from is no stage of the route
    ("Unos 300 migrantes provenientes de Honduras llegaron el martes a Tapachula.",
     [("Tapachula", "2024-01-02", "arrival", "Unos 300")]),
    ("Unos 300 migrantes llegaron el martes a Tapachula desde Guatemala.",
     [("Tapachula", "2024-01-02", "arrival", "Unos 300")]),
])
def test_where_an_arrival_or_a_journey_began_is_a_departure(text, facts):
    assert _facts(text) == facts


@pytest.mark.parametrize(("text", "places"), [
    ("Unos 1.700 migrantes llegaron el domingo a Piedras Negras, al occidente de Eagle Pass, Texas.", ["Piedras Negras"]),
    ("About 1,700 migrants arrived Sunday in Piedras Negras, just west of Eagle Pass, Texas.", ["Piedras Negras"]),
    ("Unos 800 migrantes descansaron el domingo al sur de México, en Tapachula.", ["Tapachula"]),
])
def test_a_town_named_as_a_direction_is_not_where_the_group_is(text, places):
    assert [r["place"].split(",")[0] for r in _rows(text, "2019-02-04")] == places


@pytest.mark.parametrize(("text", "facts"), [
    # a governor of a state speaks for it; the arrival is the town's
    ("El gobernador de Coahuila dijo que unos 1.700 migrantes llegaron el domingo a Piedras Negras.",
     [("Piedras Negras", "2019-02-03", "arrival", "unos 1.700")]),
    # last year's caravans are another time; another caravan's size is not this one's
    ("Unos 1.700 migrantes llegaron el domingo a Piedras Negras. Caravanas previas se dirigieron a Tijuana el año "
     "pasado. Se espera que una segunda caravana con varios miles de migrantes atraviese pronto México.",
     [("Piedras Negras", "2019-02-03", "arrival", "Unos 1.700")]),
    # a dateline written "Ciudad de México. –" is where the reporter is
    ("Ciudad de México. – Unos 1.700 migrantes llegaron el domingo a Piedras Negras.",
     [("Piedras Negras", "2019-02-03", "arrival", "Unos 1.700")]),
])
def test_governors_other_years_other_caravans_and_a_dateline_with_a_spaced_dash(text, facts):
    assert _facts(text, "2019-02-04") == facts


# -- parts of the group that went somewhere --------------------------------------------------------------
@pytest.mark.parametrize(("text", "facts"), [
    ("Unos 2.000 migrantes durmieron el martes en Huixtla. El miércoles un contingente de unas 500 personas decidió "
     "avanzar hacia el municipio de Escuintla.",
     [("Huixtla", "2023-10-03", "sighting", "Unos 2.000"), ("Escuintla", "2023-10-04", "sighting", "unas 500")]),
    ("About 2,000 migrants slept in Huixtla on Tuesday. On Wednesday some of them decided to go back to Tapachula.",
     [("Huixtla", "2023-10-03", "sighting", "About 2,000"), ("Tapachula", "2023-10-04", "returned", "")]),
    # a decision still to be taken is no move
    ("Unos 2.000 migrantes durmieron el martes en Huixtla. El jueves decidirán si avanzan hacia Escuintla.",
     [("Huixtla", "2023-10-03", "sighting", "Unos 2.000")]),
])
def test_a_part_of_the_group_that_decided_to_go_somewhere_went_there(text, facts):
    assert _facts(text, "2023-10-05") == facts


@pytest.mark.parametrize(("text", "facts"), [
    ("La caravana retomó el miércoles su rumbo hacia Ciudad de México hasta llegar a la localidad de Villa Comaltitlán.",
     [("Villa Comaltitlán", "2021-10-27", "arrival", "")]),
    ("The caravan walked on Wednesday until it reached Villa Comaltitlan.", [("Villa Comaltitlan", "2021-10-27", "arrival", "")]),
    ("Caminarán hasta llegar a Tijuana.", []),  # not yet
])
def test_walking_until_reaching_a_town_arrives_there(text, facts):
    assert _facts(text, "2021-10-28") == facts


# -- a state gives way to the town its sentence names ---------------------------------------------------
@pytest.mark.parametrize(("text", "facts"), [
    ("Alrededor de 900 migrantes ingresaron al territorio oaxaqueño el pasado jueves y este lunes descansaron en "
     "Matías Romero.", [("Matías Romero", "2024-05-06", "sighting", "Alrededor de 900")]),
    ("El martes, unos 850 migrantes que caminaban por el estado de Oaxaca llegaron a Ixtepec.",
     [("Ixtepec", "2024-05-07", "arrival", "unos 850")]),
    # with no town in its sentence the state is where the group is; entering it is told by its adjective too
    ("El martes, unos 850 migrantes ingresaron al territorio oaxaqueño.", [("estado de Oaxaca", "2024-05-07", "crossing", "unos 850")]),
    # a country's crossing gives way to the town inside it that day too (a day between the verb and the country
    # too; ANNOTATING.md, settled case "a country or state beside a town")
    ("About 850 migrants crossed into Guatemala on Tuesday and reached Esquipulas.",
     [("Esquipulas", "2024-05-07", "arrival", "About 850")]),
    ("Unos 850 migrantes cruzaron el martes a Guatemala y llegaron a Esquipulas.",
     [("Esquipulas", "2024-05-07", "arrival", "Unos 850")]),
])
def test_a_state_gives_way_to_a_town_inside_it_named_in_its_sentence(text, facts):
    assert _facts(text, "2024-05-08") == facts


# -- days that belong to another sentence or another moment ---------------------------------------------
@pytest.mark.parametrize(("text", "facts"), [
    # a day after publication, said of paperwork, does not date the next sentence's arrival
    ("Los migrantes tienen cita el próximo lunes en la oficina de migración de Tapachula. Unos 300 llegaron a Huixtla.",
     [("Huixtla", "~2024-06-09", "arrival", "Unos 300"), ("Tapachula", "2024-06-10", "planned", "")]),
    # the day the group set out is not the day of what it does now
    ("Los migrantes que salieron el pasado domingo de Tapachula descansan en Escuintla.",
     [("Tapachula", "2024-06-02", "departure", ""), ("Escuintla", "~2024-06-09", "sighting", "")]),
    # the night before, in a Sunday piece told in the present, is Saturday's
    ("Ahora los migrantes descansan en Escuintla. La noche previa durmieron en Villa Comaltitlán.",
     [("Villa Comaltitlán", "2024-06-08", "sighting", ""), ("Escuintla", "~2024-06-09", "sighting", "")]),
    ("La caravana salió el pasado domingo de Tapachula. La noche del sábado durmieron en Villa Comaltitlán.",
     [("Tapachula", "2024-06-02", "departure", ""), ("Villa Comaltitlán", "2024-06-08", "sighting", "")]),
])
def test_days_stay_with_the_sentence_and_moment_they_belong_to(text, facts):
    assert _facts(text, "2024-06-09") == facts


# -- sizes said of the subject, of an attempt, of undocumented people --------------------------------------
@pytest.mark.parametrize(("text", "facts"), [
    ("El domingo la caravana llegó a Vado Hondo. Unos 100 migrantes intentaron pasar el cerco policial.",
     [("Vado Hondo", "2023-12-31", "arrival", "Unos 100")]),
    ("On Sunday the caravan reached Vado Hondo. About 100 migrants tried to push through the police line.",
     [("Vado Hondo", "2023-12-31", "arrival", "About 100")]),
    ("El martes, las autoridades ofrecieron autobuses a aproximadamente cinco mil indocumentados que se encontraban "
     "en el municipio de Mapastepec.", [("Mapastepec", "2024-01-02", "sighting", "aproximadamente cinco mil")]),
    ("El domingo, agentes bloquearon en Huixtla a parte de la caravana de hasta 9.000 migrantes.",
     [("Huixtla", "2023-12-31", "blocked", "hasta 9.000")]),
])
def test_sizes_of_an_attempt_and_of_undocumented_people_are_found(text, facts):
    assert _facts(text, "2024-01-02") == facts


# -- the lead's types 8 and 9: a place passed on the way, a stretch measured "hasta este punto de" ----------
def test_a_place_passed_on_the_way_told_after_the_arrival_comes_before_it():
    text = ("La caravana llegó este jueves a Huixtla desde Tapachula.\n\n"
            "En el camino, los migrantes pasaron sin incidentes el puesto de control de Huehuetán.")
    assert [place for place, _ in _stops(text, "2024-01-05")] == ["Tapachula", "Huehuetán", "Huixtla"]


def test_a_place_beyond_the_arrival_stays_after_it():
    text = ("La caravana llegó este jueves a Huixtla desde Tapachula.\n\n"
            "Por la noche algunos descansaron en Escuintla.")
    assert [place for place, _ in _stops(text, "2024-01-05")] == ["Tapachula", "Huixtla", "Escuintla"]


def test_hasta_este_punto_de_measures_the_way_and_is_no_stop():
    text = ("Hasta este punto de Oaxaca, el grupo ha caminado casi 300 km desde su salida con unas 8.000 personas de "
            "Tapachula en la Nochebuena de 2023.")
    assert _facts(text, "2024-01-10") == [("Tapachula", "2023-12-24", "departure", "unas 8.000")]


@pytest.mark.parametrize(("text", "count"), [
    ("Los migrantes, que ya son unos 3.000, descansan en Escuintla.", "unos 3.000"),
    ("The migrants, who are now about 3,000, rested Tuesday in Escuintla.", "about 3,000"),
])
def test_the_groups_count_in_its_relative_clause_is_its_size(text, count):
    assert [r["count"] for r in _rows(text, "2024-06-09")] == [count]


# -- the size of a group that set out from one place and crossed into a country ---------------------
@pytest.mark.parametrize(("text", "expected"), [
    # (place, kind, count) by hand: the origin keeps its row, and the figure (one figure of a leg, both ends:
    # ANNOTATING.md's settled case); the country crossed into has it
    ("Unos 2.800 hondureños que salieron de Choloma lograron entrar en Guatemala el jueves.",
     [("Choloma", "departure", "Unos 2.800"), ("Guatemala", "crossing", "Unos 2.800")]),
    ("About 1,200 Hondurans who left Choloma managed to enter Guatemala on Thursday.",
     [("Choloma", "departure", "About 1,200"), ("Guatemala", "crossing", "About 1,200")]),
])
def test_a_crossing_into_a_country_takes_the_size_from_the_origin_of_its_relative_clause(text, expected):
    rows = _rows(text)
    assert [(r["place"].split(",")[0], r["kind"], r["count"]) for r in rows] == expected
    assert {r["date"] for r in rows if r["kind"] == "crossing"} == {"2018-10-18"}


def test_a_country_the_group_only_heads_for_does_not_take_the_size_from_its_origin():
    rows = _rows("Unos 600 migrantes que salieron de Choloma caminan rumbo a la frontera con Guatemala.")
    assert [(r["place"].split(",")[0], r["count"]) for r in rows] == [("Choloma", "Unos 600")]


# -- a size in a sentence that names no place goes to where the group is (lead's fifth-session type 1) ----
@pytest.mark.parametrize(("text", "expected"), [
    # (place, count, low, high) by hand from the README's table
    ("On Monday the caravan arrived in Huehuetán. At least some 900 people of several nationalities carried "
     "flags and arrived escorted by the police.", [("Huehuetán", "At least 900", 900, 1350)]),
    ("Por la tarde la caravana llegó a Huehuetán. Por lo menos unas 400 personas llegaron escoltadas por la policía.",
     [("Huehuetán", "Por lo menos 400", 400, 600)]),
    ("On Tuesday the group walked on to Huixtla. By the night of Tuesday, more than 600 migrants had agreed to "
     "board buses offered by the authorities.", [("Huixtla", "more than 600", 600, 900)]),
    ("The caravan left Tapachula on Monday. Between 1,800 and 2,500 migrants make up the latest caravan, "
     "according to the immigration institute.", [("Tapachula", "Between 1,800 and 2,500", 1800, 2500)]),
    ("La caravana salió el lunes de Tapachula. Unas 2.000 personas integran la nueva caravana, según el "
     "instituto de migración.", [("Tapachula", "Unas 2.000", 1800, 2200)]),
])
def test_a_size_in_a_sentence_with_no_place_goes_to_where_the_group_is(text, expected):
    rows = _rows(text, "2024-01-02")
    assert [(r["place"].split(",")[0], r["count"], r["count_low"], r["count_high"]) for r in rows if r["count"]] \
        == expected


def test_a_sentence_with_no_place_about_another_body_gives_no_size():
    # the figure is not who made up the group or moved: no size anywhere
    rows = _rows("The caravan left Tapachula on Monday. More than 600 officers make up the security operation.",
                 "2024-01-02")
    assert [r["count"] for r in rows] == [""]


# -- a size in a clause attached to the subject (lead's fifth-session type 2) --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # (place, count, low, high) by hand
    ("Waves of migrants – whom aid workers estimate may be as high as 6,500 – arrived in Huixtla on Tuesday.",
     [("Huixtla", "as high as 6,500", 3250, 6500)]),
    ("Se trata de una caravana conformada por más de mil personas, según cálculos oficiales, que salió desde "
     "San Pedro Sula el lunes.", [("San Pedro Sula", "más de mil", 1000, 1500)]),
    ("It is a caravan of about 1,200 people, according to the police, which set out from San Pedro Sula on Monday.",
     [("San Pedro Sula", "about 1,200", 1080, 1320)]),
    # a place in the main clause keeps the size, and the relative clause's departure of the same group too (one
    # figure of a leg, ANNOTATING.md's settled case)
    ("Una caravana de más de mil personas, que salió desde San Pedro Sula el lunes, llegó el martes a Agua Caliente.",
     [("San Pedro Sula", "más de mil", 1000, 1500), ("Agua Caliente", "más de mil", 1000, 1500)]),
    ("La caravana llegó el martes a Agua Caliente. Por la tarde, los migrantes, alrededor de 2 mil, estaban frente a "
     "frente con la policía.", [("Agua Caliente", "alrededor de 2 mil", 1800, 2200)]),
])
def test_a_size_in_a_clause_attached_to_the_subject(text, expected):
    rows = _rows(text, "2024-01-02")
    assert [(r["place"].split(",")[0], r["count"], r["count_low"], r["count_high"]) for r in rows if r["count"]] \
        == expected


def test_participants_counted_before_the_caravans_relative_clause_are_not_its_origins_size():
    # the figure is who takes part now, not the group named by "a caravan of": not San Pedro Sula's
    rows = _rows("About 1,500 were taking part in the caravan, which set out on Tuesday from San Pedro Sula.",
                 "2024-01-02")
    assert [r["count"] for r in rows if r["place"].startswith("San Pedro Sula")] == [""]


# -- "this outpost", "their numbers": the dateline's town (lead's fifth-session type 3) ----------------------
@pytest.mark.parametrize(("text", "expected"), [
    # (place, count, low, high) by hand; the dateline's town is written as the dateline writes it
    ("TECUN UMAN, Guatemala (AP) — The caravan reached the Mexican border on Tuesday.\n\nBy Tuesday evening "
     "authorities had registered some 1,200 migrants at this remote riverside outpost.",
     [("TECUN UMAN", "some 1,200", 1080, 1320)]),
    ("TECUN UMAN, Guatemala.- La caravana llegó el martes a la frontera con México.\n\nEl martes por la noche las "
     "autoridades habían registrado a unos 1.200 migrantes en este lugar.", [("TECUN UMAN", "unos 1.200", 1080, 1320)]),
    ("CIUDAD HIDALGO, Mexico (AP) — The migrants resumed their march through southern Mexico on Tuesday.\n\n"
     "Their numbers swelled to about 4,000 overnight and at first light they set out walking toward Tapachula.",
     [("CIUDAD HIDALGO", "about 4,000", 3600, 4400)]),
])
def test_a_size_at_this_outpost_or_of_their_numbers_is_the_datelines(text, expected):
    rows = _rows(text, "2024-01-03")
    assert [(r["place"].split(",")[0], r["count"], r["count_low"], r["count_high"]) for r in rows if r["count"]] \
        == expected
    assert {r["date"] for r in rows if r["count"]} == {"2024-01-02"}


def test_resuming_the_march_is_a_departure():
    rows = _rows("La caravana reanudó su marcha el martes desde Huixtla.", "2024-01-03")
    assert [(r["place"], r["kind"], r["date"]) for r in rows] == [("Huixtla", "departure", "2024-01-02")]


# -- a day in a clause of another event dates that event only (lead's fifth-session type 4) -------------------
@pytest.mark.parametrize(("text", "published", "expected"), [
    # (place, date, kind) by hand; "~": inferred
    ("At 6:40 in the morning the migrants left Huixtla, after resting on Sunday evening in the main square.",
     "2024-01-01", [("Huixtla", "~2024-01-01", "departure")]),
    ("Los migrantes salieron de Huixtla a las 6:40, luego de descansar la noche del domingo en el parque central.",
     "2024-01-01", [("Huixtla", "~2024-01-01", "departure")]),
    ("The caravan of thousands, which set out on 24 December from Tapachula, came to an end in Escuintla. By the "
     "night of 2 January the last of them had taken the buses.", "2024-01-03",
     [("Tapachula", "2023-12-24", "departure"), ("Escuintla", "~2024-01-02", "sighting")]),
    ("La caravana, que salió el 24 de diciembre desde Tapachula, se disolvió en Escuintla. La noche del 2 de enero "
     "los últimos subieron a los autobuses.", "2024-01-03",
     [("Tapachula", "2023-12-24", "departure"), ("Escuintla", "~2024-01-02", "sighting")]),
    # a day named in the relative clause is the place's own
    ("The caravan had passed through Huixtla on day two, which was Christmas Day.", "2024-01-03",
     [("Huixtla", "2023-12-25", "sighting")]),
])
def test_a_day_in_a_clause_of_another_event_dates_that_event_only(text, published, expected):
    assert [(r["place"].split(",")[0], r["date"], r["kind"]) for r in _rows(text, published)] == expected


def test_a_day_before_the_place_in_its_own_clause_still_dates_it():
    rows = _rows("Tras descansar el domingo, el lunes salieron de Huixtla.", "2024-01-02")
    assert [(r["place"], r["date"]) for r in rows] == [("Huixtla", "2024-01-01")]


# -- places that are not the group's event (lead's fifth-session type 5) --------------------------------------
@pytest.mark.parametrize(("text", "published", "expected"), [
    # (place, date, kind) by hand
    ("La caravana salió el martes de Tecún Umán rumbo a México, luego de descartar irse por La Mesilla.", "2024-01-10",
     [("Tecún Umán", "2024-01-09", "departure")]),
    ("The caravan left Tecún Umán on Tuesday after ruling out going via La Mesilla.", "2024-01-10",
     [("Tecún Umán", "2024-01-09", "departure")]),
    ("Unos 800 migrantes pasaron la noche del lunes en la Casa del Migrante de Tecún Umán.", "2024-01-10",
     [("Tecún Umán", "2024-01-08", "sighting")]),
])
def test_a_route_ruled_out_or_a_shelters_name_is_no_stop(text, published, expected):
    assert [(r["place"].split(",")[0], r["date"], r["kind"]) for r in _rows(text, published)] == expected


def test_where_other_people_had_been_waiting_takes_no_row_and_no_size():
    text = ("CIUDAD HIDALGO, Mexico (AP) — The migrant caravan moved on from the border on Monday.\n\n"
            "It was not clear where the newcomers came from, since about 1,000 had camped on the Mexican bank on "
            "Sunday night. They were probably people who had been waiting for days in the Guatemalan town of Tecún Umán.")
    rows = _rows(text, "2024-01-08")
    assert [(r["place"].split(",")[0], r["date"], r["kind"], r["count"]) for r in rows] == [
        ("CIUDAD HIDALGO", "2024-01-07", "sighting", "about 1,000"), ("CIUDAD HIDALGO", "2024-01-08", "departure", "")]


def test_a_figure_turned_back_with_no_group_noun_is_not_the_groups_size():
    rows = _rows("Ayer agentes les impidieron el paso en Agua Caliente. Unos 200 regresaron a San Pedro Sula.", "2022-01-17")
    assert [r["count"] for r in rows if r["place"].startswith("Agua Caliente")] == [""]


# -- a country dateline with ".-" (lead's fifth-session type 6) -----------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # (place, date, kind, count) by hand: the lede's departure leaves from where the group gathered before it
    ("HONDURAS.- Hundreds of Honduran migrants set out this Tuesday toward the border with Guatemala.\n\n"
     "They had gathered since Monday night at the bus station in San Pedro Sula.",
     [("San Pedro Sula", "2024-01-15", "gathering", ""), ("San Pedro Sula", "2024-01-16", "departure", "Hundreds")]),
    ("HONDURAS.- Cientos de migrantes salieron este martes rumbo a Guatemala.\n\nSe concentraron desde la noche del "
     "lunes en la Gran Central Metropolitana de San Pedro Sula.",
     [("Gran Central Metropolitana de San Pedro Sula", "2024-01-15", "gathering", ""),
      ("Gran Central Metropolitana de San Pedro Sula", "2024-01-16", "departure", "Cientos")]),
    # the same with the place told first: they leave from where they arrived
    ("Llegaron el lunes a Huixtla. El martes, unos 2.000 migrantes salieron caminando.",
     [("Huixtla", "2024-01-15", "arrival", ""), ("Huixtla", "2024-01-16", "departure", "unos 2.000")]),
])
def test_a_departure_with_no_place_leaves_from_where_the_group_was_before(text, expected):
    rows = _rows(text, "2024-01-16")
    assert [(r["place"].split(",")[0], r["date"], r["kind"], r["count"]) for r in rows] == expected
    assert "HONDURAS" not in {r["place"] for r in rows}


# -- found on fresh real text (fifth session) ---------------------------------------------------------------
def test_a_later_day_told_before_does_not_stop_the_paragraphs_day():
    # a deadline after publication is passed over; the day told before it dates the row (~: inferred)
    text = ("Unos 2.000 migrantes salieron este 20 de noviembre del sur de México. Quieren llegar a la frontera antes "
            "del lunes 6 de enero de 2025. Son unas 2.000 personas que decidieron salir de Tapachula. Otro grupo "
            "se formó a principios de noviembre.")
    rows = _rows(text, "2024-11-20")
    assert [(r["place"], r["date"], r["count"]) for r in rows] == [("Tapachula", "~2024-11-20", "unas 2.000")]


@pytest.mark.parametrize(("text", "count"), [
    ("The group numbered just 300 on Friday morning when it formed at the bus station in San Pedro Sula.", "300"),
    ("El grupo sumaba apenas 300 el viernes cuando se formó en la terminal de San Pedro Sula.", "300"),
])
def test_a_count_after_numbered_just_is_the_groups(text, count):
    assert [r["count"] for r in _rows(text, "2024-11-20")] == [count]


# -- left from the fourth session: a group dispersed or intercepted, a plan cut short ------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # (place, date, kind, count) by hand
    ("El lunes, agentes de migración dispersaron en Huixtla a un grupo de 400.", [("Huixtla", "2024-01-08", "blocked", "400")]),
    ("Agentes dispersaron el lunes a un grupo de 400 en Huixtla.", [("Huixtla", "2024-01-08", "blocked", "400")]),
    # a plan in the past, cut short: the weekday is past and the group was stopped there
    ("La caravana se alistaba para partir el lunes desde Huixtla cuando fue interceptada por la Guardia Nacional.",
     [("Huixtla", "2024-01-08", "blocked", "")]),
    # a plan still ahead stays one
    ("La caravana se alista para partir el lunes desde Huixtla.", [("Huixtla", "2024-01-15", "planned", "")]),
])
def test_a_group_dispersed_or_intercepted_is_blocked_there(text, expected):
    assert [(r["place"], r["date"], r["kind"], r["count"]) for r in _rows(text, "2024-01-09")] == expected


def test_a_group_that_dispersed_of_itself_was_not_blocked():
    rows = _rows("The migrants who set out from San Pedro Sula early Wednesday quickly dispersed to the border.", "2024-01-10")
    assert [r["kind"] for r in rows] == ["departure"]


@pytest.mark.parametrize("caption", [
    "Foto: Migrantes de otra caravana en Tonalá, Chiapas, el 8 de enero de 2024.",
    "Photo: Stringer/AFP Migrants take part in a caravan heading north along the coastal highway in the community of "
    "Tonalá, Chiapas state, Mexico, January 8, 2024.",  # (the place past the credit's first words)
    "Migrants walk in Tonalá, Chiapas, Mexico, Jan. 8, 2024. | Photo: Twitter/@someone",
])
def test_a_caption_line_gives_no_row_and_no_day(caption):
    text = caption + "\nThe caravan rested in Arriaga."
    assert _stops(text, "2024-10-29") == [("Arriaga", "~2024-10-29")]


def test_a_bullet_line_is_a_caption_only_over_the_byline():
    story = "\nBy Jane Doe\nThe caravan rested in Arriaga."
    assert _stops("• Migrants walk in Tonalá, Chiapas, Mexico, Jan. 8, 2024." + story, "2024-10-29") == \
        [("Arriaga", "~2024-10-29")]
    # A bullet in the story is the story's
    assert ("Tonalá", "2024-10-28") in _stops("The caravan rested in Arriaga.\n• On Monday it had rested in Tonalá.",
                                              "2024-10-29")


@pytest.mark.parametrize(("text", "stops"), [
    # A goal is no stop: a journey going on toward it, an aim, a hope
    ("Two thousand migrants continue their journey to Tijuana", []),
    ("The caravan rested in Huixtla on Monday before setting out to continue its journey to Mexico City.",
     [("Huixtla", "2018-10-15")]),
    ("Unos 500 salieron el lunes de Huixtla con el objetivo de seguir su camino y llegar a la frontera, en Ciudad Juárez.",
     [("Huixtla", "2018-10-15")]),
    ("The group left Huixtla on Monday in hopes of reaching the United States.", [("Huixtla", "2018-10-15")]),
    # but where the group went on to is a stop
    ("On Monday the caravan continued its journey to Huixtla.", [("Huixtla", "2018-10-15")]),
    # A move declined is no stop
    ("On Monday the migrants declined to travel to Tuxtla Gutiérrez, the state capital, and rested in Arriaga.",
     [("Arriaga", "2018-10-15")]),
    ("On Monday the migrants declined to travel to the state's capital, Tuxtla Gutiérrez, and rested in Arriaga.",
     [("Arriaga", "2018-10-15")]),
    ("El lunes los migrantes se negaron a viajar a Tapachula y descansaron en Huixtla.", [("Huixtla", "2018-10-15")]),
    ("El lunes descartaron ir a Tonalá y durmieron en Arriaga.", [("Arriaga", "2018-10-15")]),
    ("On Monday they decided not to go to Tapachula and slept in Huixtla.", [("Huixtla", "2018-10-15")]),
    # The next stop the group heads for now is planned
    ("The group heads towards Corinto, on the border.", [("Corinto", "~2018-10-18")]),
    ("Los migrantes se dirigen hacia Huixtla.", [("Huixtla", "~2018-10-18")]),
])
def test_goals_and_declined_moves_are_no_stops(text, stops):
    assert _stops(text) == stops


@pytest.mark.parametrize(("text", "rows"), [
    # a town named just before, taken up as "the border city": where the group arrived; "near X" locates it
    # (and the heading told with the move, its next stop planned that day: plans16 F2)
    ("Some 350 migrants left Mexicali on Tuesday on their way to Tijuana. They arrived in the border city near San "
     "Diego this morning.", [("Mexicali", "2018-11-13", "departure"), ("Tijuana", "2018-11-13", "planned"),
                             ("Tijuana", "2018-11-14", "arrival")]),
    ("Unos 350 migrantes salieron el martes de Mexicali rumbo a Tijuana. Hoy llegaron a la ciudad fronteriza.",
     [("Mexicali", "2018-11-13", "departure"), ("Tijuana", "2018-11-13", "planned"), ("Tijuana", "2018-11-14", "arrival")]),
    ("The migrants arrived in Huixtla, near Tapachula, on Monday.", [("Huixtla", "2018-11-12", "arrival")]),
    ("The migrants camped near Tapachula on Monday.", [("Tapachula", "2018-11-12", "sighting")]),
    # (after a goal it is where the group is)
    ("Migrants walk along a highway in hopes of reaching the United States, near Agua Caliente, Guatemala, on "
     "Wednesday.", [("Agua Caliente, Guatemala", "2018-11-14", "sighting")]),
    # (not where they left from: "the city" of an arrival is not the sentence before's departure)
    ("Some 350 migrants left Mexicali on Tuesday. They arrived in the city this morning.",
     [("Mexicali", "2018-11-13", "departure")]),
])
def test_the_border_city_named_before_and_a_town_near_another(text, rows):
    assert [(r["place"], r["date"], r["kind"]) for r in _rows(text, "2018-11-14")] == rows


@pytest.mark.parametrize(("text", "rows"), [
    # a stop declined is no row; the places that locate it are locators
    ("The migrants decided not to stop as planned in the community of La Ventosa, municipality of Juchitán, in Oaxaca, "
     "and went on to Niltepec on Tuesday.", [("Niltepec", "2018-10-30", "arrival")]),
    ("Los migrantes decidieron no detenerse como estaba previsto en la comunidad de La Ventosa, municipio de Juchitán, "
     "en Oaxaca, y siguieron este martes hasta Niltepec.", [("Niltepec", "2018-10-30", "arrival")]),
    ("Los migrantes llegaron el lunes a La Ventosa, municipio de Juchitán.", [("La Ventosa", "2018-10-29", "arrival")]),
    # a division after "en"/"in" locates the town before it
    ("Unos 200 migrantes llegaron el lunes al paso fronterizo de El Florido, en Chiquimula.",
     [("El Florido, Chiquimula", "2018-10-29", "arrival")]),
    ("About 2,000 migrants rested on Monday in Juchitán, in the southeastern state of Oaxaca.",
     [("Juchitán, Oaxaca", "2018-10-29", "sighting")]),
])
def test_declined_stops_and_their_locators(text, rows):
    assert [(r["place"], r["date"], r["kind"]) for r in _rows(text, "2018-10-30")] == rows


def test_a_state_dateline_and_a_state_locating_a_goal_are_no_rows():
    # (the goal itself is the next stop the group heads for now, planned with no figure: plans16 F2)
    rows = _rows("OAXACA (Mexico) - Thousands of migrants continued on Tuesday toward Matías Romero, in the southeastern "
                 "state of Oaxaca.", "2018-10-30")
    assert [(r["place"].split(",")[0], r["kind"], r["count"]) for r in rows] == [("Matías Romero", "planned", "")]


def test_a_vague_figure_does_not_beside_a_precise_one_of_the_same_place_and_day():
    rows = _rows("Centenares de migrantes caminan hacia el paso fronterizo de El Florido, en Chiquimula, este martes.\n\n"
                 "Entre 150 y 300 migrantes llegaron este martes al paso fronterizo de El Florido.", "2021-01-19")
    assert [(r["place"].split(",")[0], r["count"]) for r in rows] == [("El Florido", "Entre 150 y 300")]


@pytest.mark.parametrize("text", [
    "A record number of people have crossed the Darien Gap this year, officials said.",
    "So far this year more than 300,000 people have crossed the Darien Gap.",
    "En lo que va del año, más de 300 mil personas han cruzado el Tapón del Darién.",
])
def test_a_statistic_of_the_year_is_no_row(text):
    assert _rows(text, "2023-08-22") == []


@pytest.mark.parametrize(("text", "published", "rows"), [
    # a plan told now: its next stop is a planned row, the places after it in the sentence are no rows ("by the end
    # of the week", told on a Tuesday: that Friday, approximate)
    ("The caravan rested in Hermosillo on Tuesday. It is expected to continue north through Magdalena de Kino, then "
     "past Caborca and Sonoyta and on to Mexicali.", "2018-11-13",
     [("Hermosillo", "2018-11-13", "sighting"), ("Magdalena de Kino", "~2018-11-13", "planned")]),
    ("The caravan rested in Hermosillo on Tuesday. They are expected to arrive in Mexicali by the end of the week.",
     "2018-11-13", [("Hermosillo", "2018-11-13", "sighting"), ("Mexicali", "~2018-11-16", "planned")]),
    ("Los migrantes descansaron el lunes en Puebla. Mañana planean continuar hacia el estado de Querétaro, y después "
     "a Guanajuato y Jalisco.", "2018-11-06", [("Puebla", "2018-11-05", "sighting"),
                                               ("estado de Querétaro", "2018-11-07", "planned")]),
])
def test_the_next_stop_of_a_plan_told_now_is_planned_and_the_rest_no_rows(text, published, rows):
    assert [(r["place"], r["date"], r["kind"]) for r in _rows(text, published)] == rows


@pytest.mark.parametrize(("text", "published", "stops"), [
    # a day written with its number right after the place beats the sentence's frame weekday
    ("This Saturday marked two weeks since the caravan left Tapachula near the border on Oct. 23.", "2018-11-03",
     [("Tapachula", "2018-10-23")]),
    # "last week" is the calendar week before publication's, Monday to Sunday
    ("The caravan that arrived in Mexicali last week rested there.", "2018-11-24",
     [("Mexicali", "2018-11-12/2018-11-18")]),
    ("La caravana llegó a Mexicali la semana pasada.", "2018-11-21", [("Mexicali", "2018-11-12/2018-11-18")]),
    # "N days ago", "hace N días": publication minus N days; weeks and months, or a hedged count, approximate
    ("The last stragglers left Juchitán six days ago.", "2018-11-20", [("Juchitán", "2018-11-14")]),
    ("They left Arriaga 3 days ago.", "2018-11-20", [("Arriaga", "2018-11-17")]),
    ("Hace seis días salieron de Juchitán.", "2018-11-20", [("Juchitán", "2018-11-14")]),
    ("Salieron de Arriaga hace unos diez días.", "2018-11-20", [("Arriaga", "~2018-11-10")]),
    ("They had crossed into Mexico at Ciudad Hidalgo about a month ago.", "2018-11-20",
     [("Ciudad Hidalgo", "~2018-10-20")]),
    ("La caravana entró a México por Ciudad Hidalgo hace casi un mes.", "2018-11-20",
     [("Ciudad Hidalgo", "~2018-10-20")]),
    ("They left Tapachula two weeks ago.", "2018-11-20", [("Tapachula", "~2018-11-06")]),
    # "N days ago" dates its own clause's place only
    # (a night spent with no day of its own: last night's)
    ("Partieron hace tres días desde Tapachula, pernoctaron en Huixtla y siguen ahí.", "2021-10-26",
     [("Tapachula", "2021-10-23"), ("Huixtla", "~2021-10-25")]),
    # "over the weekend", "el fin de semana": the Saturday and Sunday before publication (a Tuesday here)
    ("The group rested in Córdoba over the weekend.", "2018-11-20", [("Córdoba", "2018-11-17/2018-11-18")]),
    ("El fin de semana los migrantes durmieron en Sayula de Alemán.", "2018-11-20",
     [("Sayula de Alemán", "2018-11-17/2018-11-18")]),
    ("El pasado fin de semana durmieron en Acayucan.", "2018-11-24", [("Acayucan", "2018-11-17/2018-11-18")]),
    ("Last weekend they slept in Acayucan.", "2018-11-24", [("Acayucan", "2018-11-17/2018-11-18")]),
    # the day of a pluperfect relative clause is its own event's (the meeting), not the departure's
    ("On Monday the migrants who had arranged to meet the day before left Huixtla.", "2018-10-23",
     [("Huixtla", "2018-10-22")]),
    # an aside between dashes about another moment keeps its day and its figure
    # (the heading told with the move is its next stop, on the move's day: plans16 F2)
    ("Los migrantes salieron el lunes de Huixtla -después de que ayer se adelantaron unas 500 personas- rumbo a "
     "Escuintla.", "2018-10-23", [("Huixtla", "2018-10-22"), ("Escuintla", "2018-10-22")]),
])
def test_days_of_frames_asides_last_week_days_ago_and_weekends(text, published, stops):
    assert _stops(text, published) == stops


@pytest.mark.parametrize(("sentence", "days"), [
    ("They will rest in Puebla over the weekend.", ["2018-11-24/2018-11-25"]),  # a plan: the weekend ahead
    ("El próximo fin de semana llegarán a Puebla.", ["2018-11-24/2018-11-25"]),
    ("Hace frío en Puebla y hace dos semanas que no llueve.", ["~2018-11-06"]),
    ("Some left a few days ago, others weeks ago.", []),  # no count: no day
    ("The weekend shelter opened in 2017.", []),
    # days since: approximate
    ("Se cumplieron 22 días de que salieron desde San Pedro Sula.", ["~2018-10-29"]),
    ("It has been three weeks since they left San Pedro Sula.", ["~2018-10-30"]),
    ("They stayed overnight in Huehuetán until this weekend.", []),  # a bound of a stay dates no event
    ("La masa estaba apostada desde el fin de semana en Vado Hondo.", []),
    # this week: publication's week (20 November 2018 is a Tuesday) up to its day; earlier: up to the day before
    ("The caravan has walked through Chiapas this week.", ["2018-11-19/2018-11-20"]),
    ("Los migrantes llegaron a Huixtla esta semana.", ["2018-11-19/2018-11-20"]),
    ("Earlier this week the migrants rested in Huixtla.", ["2018-11-19"]),
    ("The caravan will reach Huixtla later this week.", []),
    ("The secretary is expected in Mexico City this week.", []),
])
def test_weekends_and_days_ago_as_found_dates(sentence, days):
    from routes.extract.dates import find_dates

    assert [f.iso for f in find_dates(sentence, date(2018, 11, 20))] == days


def test_a_figure_in_an_aside_about_another_moment_is_not_the_groups():
    rows = _rows("La caravana -después de que ayer se adelantaron cerca de mil 500 personas- llegó el lunes a Huixtla.",
                 "2018-10-23")
    assert [(r["place"], r["date"], r["count"]) for r in rows] == [("Huixtla", "2018-10-22", "")]


@pytest.mark.parametrize("text", [
    "Tras su paso por Irapuato en el estado de Guanajuato, vecino al de Jalisco, la caravana llegó el lunes a León.",
    "On Monday the caravan reached León, in Guanajuato state, which borders Jalisco.",
    "On Monday the caravan reached León, in Guanajuato state, next to Jalisco state.",
])
def test_a_neighbouring_state_that_describes_a_place_is_no_stop(text):
    assert "Jalisco" not in {place for place, _ in _stops(text, "2018-11-06")}


def test_a_surname_in_an_organisations_name_is_no_place():
    notes: list[str] = []
    rows = _rows("Unos 300 migrantes descansaron el domingo en Tapachula, donde voluntarios de la Asociación Refugio del "
                 "Caminante Gómez y Martínez les repartieron comida.", "2018-10-22", notes=notes)
    assert [r["place"] for r in rows] == ["Tapachula"] and not any("Martínez" in note for note in notes)
    # the town a shelter is in stays its place
    assert _stops("Unos 300 migrantes durmieron el domingo en la Casa del Migrante de Tecún Umán.", "2018-10-22") == \
        [("Tecún Umán", "2018-10-21")]


def test_a_choice_not_yet_made_names_no_stop():
    text = ("Thousands of migrants were deciding Monday whether to rest in this small town or resume their arduous walk "
            "through Mexico.")
    assert "Mexico" not in {place for place, _ in _stops(text, "2018-10-22")}


def test_a_different_group_at_a_shelter_is_not_the_datelines_caravan():
    text = ("EL CINCHADO, Guatemala — Police turned back some 300 migrants at El Cinchado on Thursday.\n\n"
            "Near another border point, a different group of about 600 rested at a shelter.")
    assert all(r["count"] != "about 600" for r in _rows(text, "2020-01-16"))


@pytest.mark.parametrize(("text", "rows"), [
    # a state written after its town with a bare "in" or in brackets locates the town: no row of its own
    ("Some 1,200 migrants walked on Monday from Izúcar de Matamoros to Atlixco in Puebla.",
     [("Izúcar de Matamoros", "2018-10-29", "departure", "Some 1,200"),
      ("Atlixco, Puebla", "2018-10-29", "sighting", "Some 1,200")]),
    ("Unos 800 migrantes pernoctaron el domingo en Ciudad Juárez (Chihuahua).",
     [("Ciudad Juárez, Chihuahua", "2018-10-28", "sighting", "Unos 800")]),
    # a state's force acts for it
    ("The caravan reached Ciudad Juárez on Thursday. Chihuahua state police watched the group of about 500.",
     [("Ciudad Juárez", "2018-10-25", "arrival", "about 500")]),
])
def test_a_state_after_its_town_and_a_states_police_are_no_rows(text, rows):
    assert [(r["place"], r["date"], r["kind"], r["count"]) for r in _rows(text, "2018-10-30")] == rows


def test_a_headline_and_its_lede_saying_one_arrival_are_one_row():
    rows = _rows("Unos 900 migrantes llegan en tren a Ciudad Juárez\n\nUnos 900 migrantes llegaron el viernes a Ciudad "
                 "Juárez, Chihuahua, a bordo de un tren de carga.", "2018-10-30")
    assert [(r["place"], r["date"], r["kind"], r["count"]) for r in rows] == [
        ("Ciudad Juárez, Chihuahua", "2018-10-26", "arrival", "Unos 900")]


@pytest.mark.parametrize(("text", "rows"), [
    # a people's name as an adjective is no town
    ("About 300 migrants were welcomed in Juchitán on Wednesday by an Aztec dance group.",
     [("Juchitán", "2024-11-20", "About 300")]),
    ("The migrants slept in a Tapachula dance hall on Wednesday.", [("Tapachula", "2024-11-20", "")]),
    # a stage months back, with no day, is no row of the story (where the group set out from stays its start)
    ("Most of the 500 migrants had crossed the Darién jungle months ago before reaching Tapachula on Wednesday.",
     [("Tapachula", "2024-11-20", "500")]),
    ("Hace meses cruzaron el Darién; el miércoles unos 500 llegaron a Tapachula.", [("Tapachula", "2024-11-20", "unos 500")]),
    # "two weeks ago" after the place before is that place's day, not the next one's
    ("They left Tapachula two weeks ago and reached Juchitán on Wednesday.",
     [("Tapachula", "~2024-11-07", ""), ("Juchitán", "2024-11-20", "")]),
])
def test_a_peoples_name_and_a_stage_months_ago_are_no_rows(text, rows):
    assert [(r["place"], r["date"], r["count"]) for r in _rows(text, "2024-11-21")] == rows


@pytest.mark.parametrize(("text", "rows"), [
    # the next stop the group heads for or plans to reach, a capital that is a division too included, is planned
    ("The migrants rested in Puebla on Wednesday. They plan to reach Mexico City by the weekend.",
     [("Puebla", "2024-11-20", "sighting", ""), ("Mexico City", "~2024-11-20", "planned", "")]),
    ("The migrants passed Atlixco on Wednesday and are heading to Mexico City.",
     [("Atlixco", "2024-11-20", "sighting", ""), ("Mexico City", "~2024-11-21", "planned", "")]),
    ("Los migrantes pasaron por Atlixco el miércoles y se dirigen a la Ciudad de México.",
     [("Atlixco", "2024-11-20", "sighting", ""), ("Ciudad de México", "~2024-11-21", "planned", "")]),
    # the figure of those who left is not the plan's
    ("Hundreds of migrants left Tuesday from the Chiapas border state and are headed to Mexico City.",
     [("Mexico City", "~2024-11-21", "planned", "")]),
    # nor the figure of the group where it is (S8), its figure said between
    ("About 800 migrants spent Wednesday night in Ciudad Juárez. The group of about 800 is heading to El Paso, Texas.",
     [("Ciudad Juárez", "2024-11-20", "sighting", "About 800"), ("El Paso, Texas", "~2024-11-21", "planned", "")]),
])
def test_the_next_stop_headed_for_is_planned(text, rows):
    assert [(r["place"], r["date"], r["kind"], r["count"]) for r in _rows(text, "2024-11-21")] == rows


@pytest.mark.parametrize(("text", "rows"), [
    # a town's long official form, a saint's name before the name the gazetteer knows: the town (its short name)
    ("The caravan arrived in Santiago Niltepec on Wednesday.", [("Niltepec", "2024-11-20")]),
    # (not an ordinary word after a saint's name: the gazetteer lacks Santo Domingo Ingenio, and no "Ingenio" is drawn)
    ("Los migrantes llegaron el miércoles desde Santo Domingo Ingenio.", []),
    # (nor a part of a longer name not led by a saint's name)
    ("Members of the Santiago Niltepec Choir Association sang.", []),
])
def test_a_long_official_name_with_a_saints_name_is_its_town(text, rows):
    assert [(r["place"], r["date"]) for r in _rows(text, "2024-11-21")] == rows
