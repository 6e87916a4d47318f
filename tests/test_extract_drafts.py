"""routemapper extract drafts that routemapper build accepts as written: dated rows, one row per fact,
travel order, a caravan id, places a reader would draw, notes on stderr, and legs a group can travel."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TESTS

ARTICLES = TESTS / "data" / "articles"
ROUTEMAPPER = Path(sys.executable).parent / "routemapper"


def _rows(text: str, published: str | None = "2018-10-18", **kw) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published, **kw)


# -- the pipe, through the command line -----------------------------------------------------------
@pytest.mark.parametrize("name", ["01-sps-departure.txt", "34-fechas-vecinas.txt", "36-caption-headline.txt"])
def test_extract_piped_into_build_draws_a_map(name, tmp_path):
    """``routemapper extract ARTICLE | routemapper build - -o map.html``, as a shell runs it."""
    import json

    published = json.loads((ARTICLES / name.replace(".txt", ".expected.json")).read_text())["published"]
    out = tmp_path / "map.html"
    pipe = subprocess.run(
        f"'{ROUTEMAPPER}' extract '{ARTICLES / name}' --published {published} | '{ROUTEMAPPER}' build - -o '{out}'",
        shell=True, capture_output=True, text=True, timeout=600)
    assert pipe.returncode == 0, pipe.stderr
    assert out.stat().st_size > 10_000 and pipe.stdout.strip() == str(out)


def test_a_draft_with_no_publication_date_says_which_rows_build_will_refuse(cli):
    result = cli("extract", "-", input="The caravan left San Pedro Sula on Saturday.")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["place"], r["date"]) for r in rows] == [("San Pedro Sula", "")]
    assert "1 row(s) have no date (build refuses them): give --published" in result.stderr


# -- dates ------------------------------------------------------------------------------------------
def test_every_row_gets_a_date_a_reader_would_infer():
    rows = _rows("The caravan reached Esquipulas on Monday. Hundreds of its members rested in Chiquimula.\n\n"
                 "The group is now in Huixtla, organizers said.", published="2018-10-17")
    assert [(r["place"], r["date"]) for r in rows] == [
        ("Esquipulas", "2018-10-15"), ("Chiquimula", "~2018-10-15"), ("Huixtla", "~2018-10-17")]


def test_a_caption_dates_its_own_rows_but_not_the_story():
    text = ("Migrants rest in Tecun Uman, Guatemala, Friday, Oct. 19, 2018. (AP Photo/Jane Doe)\n\n"
            "Thousands of migrants rested in Tapachula, the group said.")
    rows = _rows(text, published="2018-10-22")
    assert [(r["place"], r["date"]) for r in rows] == [("Tecun Uman, Guatemala", "2018-10-19"),
                                                       ("Tapachula", "~2018-10-22")]


def test_the_day_can_be_in_the_next_sentence():
    rows = _rows("La caravana llegó a Escuintla. Fue el domingo 5, tras once horas de caminata.", published="2023-11-07")
    assert [(r["place"], r["date"]) for r in rows] == [("Escuintla", "~2023-11-05")]


@pytest.mark.parametrize(("sentence", "published", "iso"), [
    ("The caravan began Friday in San Pedro Sula with plans to walk north.", "2018-10-16", "2018-10-12"),
    ("El domingo 17 comenzaron los enfrentamientos en Vado Hondo.", "2021-01-20", "2021-01-17"),
    ("El segundo grupo salió de Tapachula el día 12.", "2024-10-21", "2024-10-12"),
    ("Unos 200 migrantes caminaron este Viernes Santo en Tapachula.", "2022-04-15", "2022-04-15"),
    ("Los migrantes salieron esta madrugada de Mapastepec.", "2018-11-03", "2018-11-03"),
    ("La caravana avanzó este martes 58 millas hasta Esquipulas.", "2018-10-17", "2018-10-16"),
])
def test_days_a_reader_reads(sentence, published, iso):
    (row,) = _rows(sentence, published=published)
    assert row["date"] == iso


# -- one row per fact, in travel order, with a caravan id ---------------------------------------------
def test_rows_that_say_the_same_thing_are_one_row_with_both_sentences():
    text = ("Unos 1.500 migrantes salieron de Tapachula el lunes 2 de diciembre. "
            "Los migrantes salieron de Tapachula el lunes y caminaron 26 kilómetros.")
    (row,) = _rows(text, published="2024-12-03")
    assert (row["place"], row["date"], row["count"]) == ("Tapachula", "2024-12-02", "Unos 1.500")
    second = text.index("Los migrantes")
    assert row["also"] == f"{second}-{len(text)}" and row["start"] == 0


def test_a_plan_for_where_the_group_got_that_day_is_one_row_with_the_arrival():
    text = ("La caravana llegó el martes a Chiquimula. Los migrantes pasarán la noche del martes en la ciudad de "
            "Chiquimula.")
    rows = _rows(text, published="2018-10-16")
    assert [(r["place"], r["date"], r["kind"]) for r in rows] == [("Chiquimula", "2018-10-16", "arrival")]
    assert rows[0]["also"] == f"{text.index('Los migrantes')}-{len(text)}"


def test_same_day_rows_come_in_travel_order_not_in_the_order_written():
    rows = _rows("On Tuesday the caravan reached Huixtla, hours after it had left Tapachula at dawn.",
                 published="2023-12-27")
    assert [(r["place"], r["kind"]) for r in rows] == [("Tapachula", "departure"), ("Huixtla", "arrival")]


def test_a_draft_gets_a_caravan_id_from_its_first_stop_unless_one_is_given():
    text = "About 2,000 migrants left San Pedro Sula on Saturday and reached Agua Caliente on Monday."
    assert {r["caravan"] for r in _rows(text)} == {"2018-10-san-pedro-sula"}
    assert {r["caravan"] for r in _rows(text, caravan="c")} == {"c"}


# -- places a reader would draw ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "places"), [
    # ordinary words, people, photo credits and organisations are not places
    ("Son tres éxodos los que han salido de Tapachula este mes.", ["Tapachula"]),
    ("Red Cross volunteers treated the migrants in Huixtla, said Omar Lopez, 27.", ["Huixtla"]),
    ("The caravan rested in Huixtla. (AP Photo/Oliver de Ros)", ["Huixtla"]),
    ("The caravan left Tapachula on Monday, hours before the Summit of the Americas opened.", ["Tapachula"]),
    ("Los migrantes llegaron hasta la Iglesia de San Agustín, en el centro de Tapachula.", ["Tapachula"]),
    # nationalities, hopes and fares are not where the group is
    ("Unos 3.000 migrantes, en su mayoría de Venezuela, Honduras, Cuba y Haití, salieron de Tapachula.",
     ["Tapachula"]),
    ("La caravana partió de San Pedro Sula con intenciones de entrar a Estados Unidos.", ["San Pedro Sula"]),
    ("Algunos pagaron 12 dólares hasta Agua Caliente desde San Pedro Sula, donde se reunieron.", ["San Pedro Sula"]),
    # a road or the next stop is not a stop
    ("Police closed the highway leading to Choloma as migrants gathered in San Pedro Sula.", ["San Pedro Sula"]),
    ("La caravana avanzó por la carretera a Arriaga y descansó en Tonalá.", ["Tonalá"]),
    # (the next stop the group heads for now is a planned row: plans16 F2)
    ("The migrants left Pijijiapan before dawn, walking to the next stop, Arriaga.", ["Pijijiapan", "Arriaga"]),
    # a country is a row when the group is there, or when it sets up checkpoints against the group
    ("The caravan is now passing through Guatemala.", ["Guatemala"]),
    ("Guatemala also set up checkpoints on the main roads from the Honduran border.", ["Guatemala"]),
    ("Migrants from Honduras, Guatemala and El Salvador gathered in Tapachula.", ["Tapachula"]),
])
def test_places_a_reader_would_draw(text, places):
    assert [r["place"] for r in _rows(text)] == places


def test_this_city_after_a_dateline_is_the_datelines_place():
    rows = _rows("HUIXTLA, Mexico — The caravan left this southern Mexican town before dawn on Wednesday.",
                 published="2018-10-25")
    assert [(r["place"], r["date"], r["kind"]) for r in rows] == [("HUIXTLA, Mexico", "2018-10-24", "departure")]


def test_a_namesake_inside_the_storys_area_is_chosen():
    """Escuintla and Tonalá are bigger in Guatemala and Jalisco; a story in Chiapas means the Chiapas ones."""
    rows = _rows("La caravana salió de Mapastepec el lunes y llegó a Escuintla el martes, rumbo a Tonalá.",
                 published="2023-11-08")
    escuintla = next(r for r in rows if r["place"] == "Escuintla")
    assert escuintla["country"] == "MX" and abs(escuintla["lat"] - 15.32) < 0.2
    rows = _rows("The caravan walked out of Tonalá on Friday and reached San Pedro Tapanatepec by night.",
                 published="2018-10-28")
    tonala = next(r for r in rows if r["place"] == "Tonalá")
    assert abs(tonala["lat"] - 16.09) < 0.2  # Tonalá, Chiapas (Jalisco's is at 20.6)


@pytest.mark.parametrize(("sentence", "place"), [
    ("The caravan crossed into Oaxaca state on Saturday.", "Oaxaca state"),
    ("El sábado la caravana entró al estado de Oaxaca.", "estado de Oaxaca"),
    ("On Saturday the group was stuck on a road in the department of Zacapa.", "department of Zacapa"),
])
def test_a_state_the_gazetteer_reads_as_a_town_is_written_with_its_level_word(sentence, place):
    """'Oaxaca' alone is the city; with its level word it is the state, for build as well (no coordinates)."""
    notes: list[str] = []
    rows = _rows(sentence, published="2018-10-28", notes=notes)
    assert [(r["place"], r["date"], r["lat"], r["lon"]) for r in rows] == [(place, "2018-10-27", "", "")]
    assert notes == []


# -- legs a group can travel --------------------------------------------------------------------------
def test_an_unsure_place_that_would_imply_an_impossible_leg_is_left_out_with_a_note():
    notes: list[str] = []
    text = ("Hundreds of migrants left San Pedro Sula on Wednesday. The same morning a group of 300 set out "
            "from a shelter in Ribeirão Preto and walked to Morales, where police stopped them.")
    rows = _rows(text, published="2020-01-16", notes=notes)
    assert [r["place"] for r in rows] == ["San Pedro Sula", "Morales"]
    assert any(n.startswith("left out 'Ribeirão Preto'") and "no namesake inside the story's area fits" in n
               for n in notes)


def test_build_warns_about_a_leg_faster_than_a_group_travels_naming_both_rows(cli, write_csv, tmp_path):
    path = write_csv("caravan,date,place,kind,note\n"
                     "c,2018-10-20,Tapachula,arrival,\n"
                     "c,2018-10-21,Juchitan de Zaragoza,arrival,\n"
                     "c,2018-10-23,Tijuana,arrival,by bus\n")
    result = cli("build", str(path), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "faster than a group travels" in line]
    assert len(warnings) == 2
    assert f"{path}, row 2: 'Tapachula' (2018-10-20) -> {path}, row 3: 'Juchitan de Zaragoza' (2018-10-21)" in warnings[0]
    assert "on foot or hitching rides (300 km a day)" in warnings[0]
    assert f"row 3: 'Juchitan de Zaragoza' (2018-10-21) -> {path}, row 4: 'Tijuana' (2018-10-23)" in warnings[1]
    assert "riding (1,000 km a day)" in warnings[1]


def test_a_leg_a_group_can_travel_gets_no_warning(cli, write_csv, tmp_path):
    path = write_csv("caravan,date,place,kind\nc,2018-10-20,Tapachula,arrival\nc,2018-10-21,Huixtla,arrival\n")
    result = cli("build", str(path), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 0 and "faster than a group travels" not in result.stderr


@pytest.mark.parametrize(("km", "days", "motor", "fast"), [
    (299.0, 1, False, False), (301.0, 1, False, True), (301.0, 0, False, True),  # a same-day leg counts as a day
    (599.0, 2, False, False), (601.0, 2, False, True), (999.0, 1, True, False), (1001.0, 1, True, True),
])
def test_the_pace_rule(km, days, motor, fast):
    from routes.pace import too_fast

    assert too_fast(km, days, motor) is fast


@pytest.mark.parametrize(("text", "motor"), [
    ("took buses to the border", True), ("en camiones y tráileres", True), ("a flight to Tegucigalpa", True),
    ("walked 30 km", False), ("busy road", False), ("the Bussy family", False),
])
def test_what_counts_as_riding(text, motor):
    from routes.pace import says_motor

    assert says_motor(text) is motor


# -- sizes --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "place", "count"), [
    ("The group, about 5,000, had walked into Huixtla on Tuesday.", "Huixtla", (4500, 5500)),
    ("Unos dos mil migrantes salieron de Tapachula el sábado.", "Tapachula", (1800, 2200)),
    ("Aproximadamente cuatro mil migrantes salieron de Tapachula el sábado.", "Tapachula", (3600, 4400)),
    ("Unas 3 mil 500 personas descansaban en Huixtla el domingo.", "Huixtla", (3150, 3850)),
    ("About two thousand migrants reached Huixtla on Tuesday.", "Huixtla", (1800, 2200)),
])
def test_sizes_in_words_and_appositions(text, place, count):
    (row,) = _rows(text, published="2023-10-31")
    assert (row["place"], (row["count_low"], row["count_high"])) == (place, count)


def test_a_size_in_a_sentence_without_a_place_goes_to_where_the_group_is():
    text = ("Several thousand migrants left Tapachula on Monday.\n\n"
            "The Associated Press estimated the caravan included between 4,000 to 5,000 migrants.")
    rows = _rows(text, published="2022-06-07")
    assert [(r["place"], r["count"]) for r in rows] == [
        ("Tapachula", "Several thousand"), ("Tapachula", "between 4,000 to 5,000")]


@pytest.mark.parametrize("second", [
    "Twenty-one of the migrants tested positive, and 21 de los migrantes dieron positivo.",
    "Otros 800 migrantes fueron contenidos en un pueblo vecino.",
    "Unos 200 regresaron a San Pedro Sula en autobuses.",
    "Police said they detained 21 people.",
])
def test_a_part_of_the_group_in_a_sentence_without_a_place_is_not_its_size(second):
    rows = _rows(f"Thousands of migrants rested in Huixtla on Monday. {second}", published="2021-01-19")
    assert [(r["place"], r["count"]) for r in rows] == [("Huixtla", "Thousands")]


def test_a_size_on_a_country_moves_to_that_days_town():
    text = ("Thousands of migrants were stuck in Guatemala on Monday. On Monday police blocked them in Vado Hondo.")
    rows = _rows(text, published="2021-01-19")
    assert [(r["place"], r["count"]) for r in rows] == [("Vado Hondo", "Thousands")]


def test_rows_of_one_day_keep_travel_order_one_place_together():
    """E25: a departure after the arrival at the same place; a place passed ('tras su paso por') before the day's
    arrival even when it is told after it; a second row of the arrival's place beside it (expected orders by hand)."""
    from routes.extract import extract_reports

    def order(text):
        return [(r["place"].split(",")[0], r["kind"]) for r in extract_reports(text, "2024-11-21")]

    assert order("The migrants reached Huixtla before dawn on Tuesday. They left Huixtla at 10 a.m. on Tuesday and "
                 "walked to Escuintla.") == [("Huixtla", "arrival"), ("Huixtla", "departure"), ("Escuintla", "sighting")]
    assert order("La caravana llegó el martes a Escuintla. Tras su paso por Villa Comaltitlán, los migrantes se "
                 "trasladaron hasta la entrada de Escuintla.") == [("Villa Comaltitlán", "sighting"),
                                                                  ("Escuintla", "arrival")]
    assert order("The caravan arrived in Escuintla on Tuesday after passing through Huixtla.")[0][0] == "Huixtla"
