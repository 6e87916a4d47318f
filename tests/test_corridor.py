"""The corridor from the Darién to the US border: routes, crossings by their plain names, areas.

Expected places come from outside the code: ``tests/data/corridor_routes.csv``,
``tests/data/news_routes.csv`` (routes of caravans reported in news articles nobody tuned
the resolver on), ``new_routes.csv`` and ``unseen_routes.csv`` were written by hand, with the
place each stop means, before the resolver ran on them; the crossings' coordinates below are those of ``../shared/reference/places.csv``.
"""

from __future__ import annotations

import pytest

from geo import Stop, geocode, resolve_route
from geo.distance import haversine_km

import sys
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from corridor_routes import NEW_TABLE, NEWS_TABLE, TABLE, load_routes  # noqa: E402

ROUTES = load_routes()

# Stops this version cannot settle, and why (each stays marked until it is).
UNSETTLED = {
    ("news-2023-10-veracruz", "Lázaro Cárdenas"): "the ejido of San Juan Evangelista is not in GeoNames' 500+ "
                                                  "towns; 56 namesakes are, none on that road",
    ("news-2021-11-veracruz", "Nuevo Ubero"): "not in the gazetteer (a village of Matías Romero, Oaxaca; no "
                                              "GeoNames or Who's On First record of it could be read)",
    ("unseen-isthmus-north", "Santo Domingo Ingenio"): "not in the gazetteer (not among GeoNames' 500+ towns; no "
                                                       "licensed record of it within reach): only 'Santo Domingo' "
                                                       "matches, and the Tehuantepec one, 60 km off, wins",
    ("unseen-isthmus-north", "La Ventosa"): "with the stop before it unknown, only Matías Romero a day later judges "
                                            "it: Ocozocoautla (39,000 people, 'La Ventosa' one of its alternate "
                                            "names) 178 km off outweighs the village of that name 37 km off",
}


# Names the gazetteer does not know at all (resolve_route refuses them; they stay UNSETTLED).
NOT_IN_GAZETTEER = {"Nuevo Ubero"}


def test_the_routes_cover_five_regions_with_several_routes_each():
    regions: dict[str, set[str]] = {}
    for route, rows in load_routes(TABLE).items():
        regions.setdefault(rows[0]["region"], set()).add(route)
    assert len(regions) == 5 and all(len(r) >= 3 for r in regions.values())
    assert sum(len(rows) for rows in load_routes(TABLE).values()) >= 140
    news = load_routes(NEWS_TABLE)
    assert len(news) >= 8 and sum(len(rows) for rows in news.values()) >= 90
    new = load_routes(NEW_TABLE)  # one route per region, 6-10 stops, through places no other table names
    assert sorted(rows[0]["region"] for rows in new.values()) == sorted(f"new-{r}" for r in regions)
    assert all(6 <= len(rows) <= 10 for rows in new.values())
    earlier = {row["query"] for table in (TABLE, NEWS_TABLE) for rows in load_routes(table).values() for row in rows}
    assert not {row["query"] for rows in new.values() for row in rows} & earlier


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_every_stop_resolves_to_the_intended_place(route):
    rows = ROUTES[route]
    known = [r for r in rows if r["query"] not in NOT_IN_GAZETTEER]
    results = resolve_route([Stop(r["query"], float(r["day"]), r["country"], r["kind"]) for r in known])
    wrong = []
    for row, res in zip(known, results):
        km = haversine_km(res.lat, res.lon, float(row["lat"]), float(row["lon"]))
        settled = (route, row["query"]) not in UNSETTLED
        if settled and km > float(row["km"]):
            wrong.append(f"{row['query']} -> {res.place.label()}, {km:.0f} km from {row['expect']}")
        if not settled and km <= float(row["km"]):
            wrong.append(f"{row['query']} is settled now: take it out of UNSETTLED")
    assert not wrong, wrong


# (plain name as a reporter writes it, lat, lon) of the curated crossing it means.
CROSSINGS = [
    ("Agua Caliente", 14.54167, -89.27500), ("El Florido", 14.85000, -89.23333), ("Corinto", 15.58333, -88.36667),
    ("Ciudad Hidalgo", 14.67750, -92.14700), ("Tecún Umán", 14.67750, -92.14700), ("Talismán", 14.96296, -92.14359),
    ("La Mesilla", 15.61667, -91.98333), ("Ciudad Cuauhtémoc", 15.66587, -92.00388), ("El Ceibo", 17.25753, -90.97949),
    ("El Amatillo", 13.58333, -87.76667), ("Pedro de Alvarado", 13.87028, -90.09250),
    ("La Hachadura", 13.84417, -90.09222), ("San Ysidro", 32.54333, -117.02972),
    ("Paso del Norte", 31.74765, -106.48698), ("Eagle Pass", 28.70556, -100.51194),
    ("Anzaldúas", 26.11650, -98.31830), ("Paso Canoas", 8.53511, -82.83948), ("Sixaola", 9.49904, -82.61176),
    ("Guabito", 9.49904, -82.61176), ("Río Sereno", 8.81952, -82.86044), ("Peñas Blancas", 11.21821, -85.61359),
    ("El Guasaule", 13.05500, -86.94500), ("Guasaule", 13.05500, -86.94500), ("Las Manos", 13.79733, -86.56892),
    ("El Espino", 13.45000, -86.72500), ("Trojes", 14.06667, -85.98333), ("El Poy", 14.36667, -89.21667),
    ("San Cristóbal", 14.18417, -89.66819), ("Las Chinamas", 14.01666, -89.90000),
    ("Valle Nuevo", 14.01666, -89.90000), ("Anguiatú", 14.41667, -89.45834),
    ("Frontera Corozal", 16.81473, -90.88351), ("La Técnica", 16.81473, -90.88351),
    ("El Naranjo", 17.23109, -90.80468), ("Gracias a Dios", 16.04207, -91.75118),
    ("Carmen Xhán", 16.04207, -91.75118), ("Del Rio", 29.32676, -100.92751), ("Lukeville", 31.88042, -112.81692),
    ("Calexico West", 32.66511, -115.49635), ("Calexico East", 32.67551, -115.38868),
    ("Gateway to the Americas", 27.49940, -99.50742), ("Juárez-Lincoln", 27.50022, -99.50281),
    ("Bridge of the Americas", 31.76467, -106.45136), ("Ysleta-Zaragoza", 31.67110, -106.33800),
    ("Brownsville & Matamoros", 25.89190, -97.50440), ("Los Tomates", 25.88400, -97.47600),
    ("Presidio", 29.56173, -104.39511), ("Rio Grande City-Camargo", 26.36571, -98.80252),
    ("Sasabe", 31.48327, -111.54432), ("DeConcini", 31.34028, -110.93361),
    # The Darién reception stations, asked as the checkpoints they are.
    ("Bajo Chiquito", 8.44534, -77.66793), ("Lajas Blancas", 8.41482, -77.81161),
    ("Planes de Gualaca", 8.62440, -82.21247),
]


@pytest.mark.parametrize("name,lat,lon", CROSSINGS, ids=[c[0] for c in CROSSINGS])
def test_every_curated_crossing_is_found_by_its_plain_name_as_a_crossing(name, lat, lon):
    res = geocode(name, kind="crossing")
    km = haversine_km(res.lat, res.lon, lat, lon)
    assert km <= 5.0, f"{name} -> {res.place.label()} is {km:.0f} km off"


def test_bajo_chiquito_is_the_village_on_the_tuquesa_not_its_namesake_west_of_meteti():
    res = geocode("Bajo Chiquito")
    assert haversine_km(res.lat, res.lon, 8.44534, -77.66793) < 2  # not GeoNames 3714508 at 8.389,-78.146


@pytest.mark.parametrize("query,country,code", [
    ("Oaxaca state", "MX", "20"), ("el departamento de Chiquimula", "GT", "04"), ("Chiapas", "MX", "05"),
    ("estado de Chiapas", "MX", "05"), ("departamento de Ocotepeque", "HN", "14"), ("Provincia de Darién", "PA", "05"),
])
def test_areas_named_as_areas_keep_their_level(query, country, code):
    res = geocode(query)
    assert (res.place.feature, res.place.country, res.place.admin1) == ("admin1", country, code)
    assert res.place.precision == "admin1"


@pytest.mark.parametrize("query,kind,lat,lon", [
    ("Ocotepeque", "sighting", 14.43603, -89.18218), ("Ocotepeque", "crossing", 14.43603, -89.18218),
    ("Choluteca", "sighting", 13.30028, -87.19083), ("Chiquimula", "arrival", 14.8, -89.54583),
    ("Ocotepeque", "", 14.43603, -89.18218),
])
def test_a_department_named_like_its_capital_is_the_town_for_a_town_level_report(query, kind, lat, lon):
    res = geocode(query, kind=kind)
    assert not res.place.is_area and haversine_km(res.lat, res.lon, lat, lon) < 5
    assert any(r.startswith("the town, not the division of") for r in res.reasons)


def test_a_department_named_like_its_capital_gives_the_same_reason_in_a_route():
    stops = [Stop("San Pedro Sula", 0.0), Stop("Ocotepeque", 2.0), Stop("Esquipulas", 3.0)]
    ocotepeque = resolve_route(stops)[1]
    assert not ocotepeque.place.is_area
    assert any(r.startswith("the town, not the division of Ocotepeque") for r in ocotepeque.reasons)


def test_a_town_in_a_costa_rican_route_is_not_the_far_country_of_the_same_name():
    stops = [Stop("San José", 0.0, "CR"), Stop("Liberia", 1.0), Stop("Peñas Blancas", 1.5, kind="crossing")]
    liberia = resolve_route(stops)[1]
    assert liberia.place.country == "CR" and not liberia.place.is_area
    assert haversine_km(liberia.lat, liberia.lon, 10.635, -85.437) < 10


def test_a_country_on_the_route_stays_a_country_in_a_row_of_towns():
    stops = [Stop("Esquipulas", 0.0), Stop("Guatemala", 1.0, kind="crossing"), Stop("Tapachula", 3.0)]
    guatemala = resolve_route(stops)[1]
    assert guatemala.place.feature == "country" and guatemala.place.country == "GT"
    stops = [Stop("Metetí", 0.0), Stop("Panamá", 1.0), Stop("David", 2.0)]
    assert resolve_route(stops)[1].place.feature == "country"


def test_an_area_report_is_kept_at_its_level_and_is_not_a_stop_of_the_route(write_csv):
    from routes import build_routes, read_reports

    path = write_csv("caravan,date,place,kind\n"
                     "c,2024-11-10,Arriaga,departure\n"
                     "c,2024-11-12,Oaxaca state,crossing\n"
                     "c,2024-11-14,Juchitán,arrival\n")
    routes = build_routes(read_reports(path))
    by_place = routes.reports.set_index("place")
    assert by_place.loc["Oaxaca state", "precision"] == "admin1"
    assert by_place.loc["Juchitán", "precision"] == "point"
    legs = routes.segments[["from_place", "to_place"]].values.tolist()
    assert len(legs) == 1 and legs[0][0] == "Arriaga" and "Juchitán" in legs[0][1]


def test_a_city_that_bears_its_division_name_is_a_stop_of_the_route(write_csv):
    # "Ciudad de México" is Mexico City's alternate name and the name of its division.  The route
    # terms used to cost every town (the right one too) some score that the area escaped, so an
    # arrival in Mexico City became the division, at area precision, off the route.
    from routes import build_routes, read_reports

    path = write_csv("caravan,date,place,kind\n"
                     "c,2018-11-03,Juan Rodríguez Clara,sighting\n"
                     "c,2018-11-04,Córdoba,sighting\n"
                     "c,2018-11-05,Ciudad de México,arrival\n")
    routes = build_routes(read_reports(path))
    cdmx = routes.reports.set_index("place").loc["Ciudad de México"]
    assert cdmx["precision"] == "point" and not cdmx["ambiguous"]
    assert haversine_km(cdmx["lat"], cdmx["lon"], 19.43, -99.13) < 15
    assert routes.segments["to_place"].tolist()[-1] == "Mexico City"  # the leg ends at the town, named as resolved


def test_crossings_in_a_row_put_the_stops_between_them_in_the_country_they_share():
    # A Petén route of January 2020: into Guatemala at Corinto, out of it at El Ceibo.  No stop is
    # placed confidently enough to say which side of Corinto is which, but the two crossings share
    # Guatemala: "Santa Elena" between them is the Petén town, not Santa Elena in Belize.
    stops = [Stop("San Pedro Sula", 0.0, kind="departure"), Stop("Corinto", 0.0, kind="crossing"),
             Stop("Santa Elena", 1.0, kind="arrival"), Stop("El Ceibo", 2.0, kind="crossing")]
    santa_elena = resolve_route(stops)[2]
    assert haversine_km(santa_elena.lat, santa_elena.lon, 16.92, -89.89) < 10
    assert any(r.startswith("on the GT side of the") for r in santa_elena.reasons)


@pytest.mark.parametrize("query, lat, lon", [("Lajas Blancas", 8.415, -77.812), ("Capurganá", 8.638, -77.346)])
def test_a_station_and_its_village_at_one_spot_are_one_reading_not_rivals(query, lat, lon):
    # The reception station and the village it is named after lie within a few km: a reporter's
    # "Lajas Blancas" means that spot either way, so the answer is not flagged as ambiguous.
    res = geocode(query)
    assert haversine_km(res.lat, res.lon, lat, lon) < 5 and not res.ambiguous
