"""A sentence per caravan: RouteSet.describe, Caravan.describe, `query ... summary`.

The expected texts were written by hand from the report files: the figures are
the reporters' words turned into numbers by the README's rules ("almost 2,000"
is 1,800-2,000, "thousands" stays a word); a single report's qualified figure
is said as the reporter said it ("about 8,000" is 7,200-8,800 on the map and
"about 8,000 people" in the text, "as many as 5,300" "up to 5,300"), a merged
one as its range; the dates are the reports' days.
"""

import json
import math

import pytest

from routes import build_routes, read_reports

OCT_2018_EN = (
    "The Honduras caravan of October 2018 gathered in San Pedro Sula (Honduras) around 12 October 2018, set out on 13 October "
    "with almost 2,000 people and passed through Agua Caliente, Esquipulas and Chiquimula. Its largest figure, "
    "1,600–3,000 people, was reported at Agua Caliente on 15 October 2018. Checkpoints were reported at Agua "
    "Caliente, Esquipulas and Tapachula. It was last reported in Ciudad Hidalgo (Mexico) on 21 October 2018. "
    "The mapped route covers about 490 km over 9 days."
)
JAN_2021_ES = (
    "La caravana de Honduras de enero de 2021 salió de San Pedro Sula (Honduras) el 15 de enero de 2021 con unas 8.000 "
    "personas y pasó por Vado Hondo. Hubo un enfrentamiento en Vado Hondo. Hasta 5.300 personas regresaron desde "
    "El Florido el 19 de enero de 2021. La última información la sitúa en la frontera Guatemala-México hacia el 22 de "
    "enero de 2021, con unas 3.000 personas. La ruta trazada cubre unos 210 km en 4 días."
)
DEC_2023_EN = (
    "The Tapachula caravan of December 2023 set out from Tapachula (Mexico) on 24 December 2023 with thousands of people and "
    "passed through Huixtla. It was last reported in Villa Comaltitlán (Mexico) on 26 December 2023, with "
    "thousands of people. The mapped route covers about 50 km over 2 days."
)


def test_the_sample_caravans_in_english_and_spanish(sample_routes):
    english = sample_routes.describe()
    assert list(english.index) == sample_routes.caravans and english.name == "summary"
    assert english["2018-10-honduras"] == OCT_2018_EN
    assert english["2023-12-tapachula"] == DEC_2023_EN
    assert sample_routes.caravan("2021-01-honduras").describe("es") == JAN_2021_ES
    # a region is said as one, not as a town ("last reported in Guatemala-Mexico border")
    assert ("It was last reported in the Guatemala-Mexico border area around 22 January 2021, with about "
            "3,000 people.") in english["2021-01-honduras"]


# A route of ten stops through Chiapas and Oaxaca, written for this test (coordinates of the towns).
CHIAPAS = """caravan,date,place,country,lat,lon,kind,count,source
2022-06-chiapas,2022-06-06,Tapachula,MX,14.9054,-92.2589,departure,"about 5,000",A
2022-06-chiapas,2022-06-07,Huixtla,MX,15.1392,-92.4634,sighting,"4,000-5,000",A
2022-06-chiapas,2022-06-08,Escuintla,MX,15.3167,-92.6583,sighting,,B
2022-06-chiapas,2022-06-09,Mapastepec,MX,15.4333,-92.9000,sighting,"6,000",B
2022-06-chiapas,2022-06-10,Pijijiapan,MX,15.6864,-93.2097,blocked,"3,000",A
2022-06-chiapas,2022-06-11,Arriaga,MX,16.2355,-93.8993,checkpoint,200,C
2022-06-chiapas,2022-06-12,Tonalá,MX,16.0894,-93.7514,sighting,,B
2022-06-chiapas,2022-06-13,Arriaga,MX,16.2355,-93.8993,sighting,"2,000",A
2022-06-chiapas,2022-06-14,Chahuites,MX,16.2903,-94.1953,clash,,C
2022-06-chiapas,2022-06-16,Juchitán,MX,16.4333,-95.0167,arrival,"about 1,500",A
2022-06-chiapas,2022-06-18,Matías Romero,MX,16.8797,-95.0394,sighting,"1,200",B
"""


def haversine_km(points) -> float:
    """Length of a path on a sphere of 6,371 km (an independent check of the geodesic route length)."""
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(points, points[1:]):
        p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
        a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        total += 2 * 6371.0 * math.asin(math.sqrt(a))
    return total


@pytest.fixture(scope="module")
def chiapas(tmp_path_factory):
    path = tmp_path_factory.mktemp("summary") / "chiapas.csv"
    path.write_text(CHIAPAS, encoding="utf-8")
    return build_routes(read_reports(path))


def test_a_long_route_names_its_notable_places(chiapas):
    stops = [(14.9054, -92.2589), (15.1392, -92.4634), (15.3167, -92.6583), (15.4333, -92.9000),
             (15.6864, -93.2097), (16.0894, -93.7514), (16.2355, -93.8993), (16.2903, -94.1953),
             (16.4333, -95.0167), (16.8797, -95.0394)]
    km = round(haversine_km(stops) / 10) * 10
    assert km == 400  # the spherical and the ellipsoidal length agree to the 10 km the text gives
    assert chiapas.caravan("2022-06-chiapas").describe() == (
        "The Chiapas caravan of June 2022 set out from Tapachula (Mexico) on 6 June 2022 with about 5,000 people and passed "
        "through 8 places, among them Pijijiapan, Chahuites and Juchitán. Its largest figure, 6,000 people, was "
        "reported at Mapastepec on 9 June 2022. A checkpoint was reported at Arriaga. It was blocked at Pijijiapan. "
        "There was a clash at Chahuites. It was last reported in Matías Romero (Mexico) on 18 June 2022, with "
        "1,200 people. The mapped route covers about 400 km over 12 days."
    )
    assert chiapas.describe("es", names={"2022-06-chiapas": "La caravana de junio"}).iloc[0] == (
        "La caravana de junio salió de Tapachula (México) el 6 de junio de 2022 con unas 5.000 personas y pasó "
        "por 8 lugares, entre ellos Pijijiapan, Chahuites y Juchitán. Su cifra más alta, 6.000 personas, se "
        "registró en Mapastepec el 9 de junio de 2022. Se informó de un control en Arriaga. Fue detenida en "
        "Pijijiapan. Hubo un enfrentamiento en Chahuites. La última información la sitúa en Matías Romero "
        "(México) el 18 de junio de 2022, con 1.200 personas. La ruta trazada cubre unos 400 km en 12 días."
    )


def test_one_place_and_areas_only(write_csv):
    routes = build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count,source\n"
        "solo,2019-03-02,Tecún Umán,GT,14.6783,-92.1436,gathering,300,A\n"
        "area,~2019-03-05,Guatemala,GT,,,sighting,,B\n"
    )))
    texts = routes.describe()
    assert texts["solo"] == "Caravan solo was reported in Tecún Umán (Guatemala) on 2 March 2019 with 300 people."
    assert texts["area"] == "Caravan area was reported in Guatemala around 5 March 2019."


def test_query_summary_on_the_command_line(cli):
    from conftest import SAMPLES

    dec = [str(p) for p in SAMPLES if "2023-12" in p.name]
    result = cli("query", *dec, "summary")
    assert result.exit_code == 0 and result.output == f"2023-12-tapachula: {DEC_2023_EN}\n"
    result = cli("query", *dec, "summary", "--format", "json", "--lang", "es")
    (row,) = json.loads(result.output)
    assert row["caravan"] == "2023-12-tapachula" and row["summary"].startswith(
        "La caravana de Tapachula de diciembre de 2023 salió de Tapachula (México) el 24 de diciembre de 2023 con miles de personas")
    result = cli("query", *dec, "summary", "--lang", "fr")
    assert result.exit_code == 2 and "'fr' is not one of 'en', 'es'" in result.output


def test_the_page_data_carries_each_caravans_summary(sample_routes):
    from maps import render_map
    from test_render import payloads

    one = sample_routes.caravan("2023-12-tapachula")
    (data,) = payloads(render_map(one).get_root().render())
    assert data["summary"] == DEC_2023_EN
    (data,) = payloads(render_map(one, lang="es", caravan_names={"2023-12-tapachula": "La caravana de Nochebuena"})
                       .get_root().render())
    assert data["summary"].startswith("La caravana de Nochebuena salió de Tapachula (México) el 24 de diciembre")


def test_render_map_refuses_an_unknown_language(sample_routes):
    from geo.errors import InputError
    from maps import render_map

    with pytest.raises(InputError, match="no texts for the language 'de'"):
        render_map(sample_routes, lang="de")


@pytest.mark.parametrize("lang, expected", [
    ("en", "Caravan c set out from Tapachula (Mexico) on 23 January 2019 with about 1,000 people and passed through "
           "Huixtla. 150 people turned back at Pijijiapan on 27 January 2019, where the group was last reported. "
           "The mapped route covers about {km} km over 4 days."),
    ("es", "La caravana c salió de Tapachula (México) el 23 de enero de 2019 con unas 1.000 personas y pasó por "
           "Huixtla. 150 personas regresaron desde Pijijiapan el 27 de enero de 2019, donde se informó del grupo por "
           "última vez. La ruta trazada cubre unos {km} km en 4 días."),
])
def test_a_turn_back_where_the_group_was_last_reported_is_said_once(tmp_path, lang, expected):
    # it read '150 people turned back at Pijijiapan on 27 January 2019. It was last reported in Pijijiapan
    # (Mexico) on 27 January 2019, with 150 people.'
    path = tmp_path / "r.csv"
    path.write_text("caravan,date,place,country,lat,lon,kind,count\n"
                    "c,2019-01-23,Tapachula,MX,14.9054,-92.2589,departure,\"about 1,000\"\n"
                    "c,2019-01-25,Huixtla,MX,15.1392,-92.4634,sighting,900\n"
                    "c,2019-01-27,Pijijiapan,MX,15.6864,-93.2097,returned,150\n", encoding="utf-8")
    km = round(haversine_km([(14.9054, -92.2589), (15.1392, -92.4634), (15.6864, -93.2097)]) / 10) * 10
    assert build_routes(read_reports(path)).describe(lang).iloc[0] == expected.format(km=km)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Checkpoints were reported at Santo Domingo Zanatepec (Mexico), Tapanatepec (Oaxaca) and Chahuites."),
    ("es", "Se informó de controles en Santo Domingo Zanatepec (Mexico), Tapanatepec (Oaxaca) y Chahuites."),
])
def test_a_list_of_places_written_with_their_state_still_reads_as_a_list(cli, write_csv, lang, expected):
    # A real draft wrote the AP dateline's "Santo Domingo Zanatepec, Mexico" as the place, and the summary read
    # "at Santo Domingo Zanatepec, Mexico and Oaxaca" (three places, or two?).  Our own rows; the sentence by hand.
    path = write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        "z,2018-10-27,Niltepec,MX,16.56,-94.61,arrival,\n"
        '"z",2018-10-28,"Santo Domingo Zanatepec, Mexico",MX,16.48,-94.35,checkpoint,\n'
        'z,2018-10-28,"Tapanatepec, Oaxaca",MX,16.37,-94.20,checkpoint,\n'
        "z,2018-10-28,Chahuites,MX,16.29,-94.19,checkpoint,\n")
    result = cli("query", str(path), "summary", "--lang", lang)
    assert result.exit_code == 0, result.output
    assert expected in result.output, result.output
