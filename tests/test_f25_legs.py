"""types-s18-19 F25: check_legs dropped right rows.  Through the command line, `routemapper extract ARTICLE |
routemapper build -`: the draft keeps the rows the story supports and builds with no leg faster than the group
travels.

The decision (routes/extract/legs.py): a leg is ridden when a row of either end's place says the vehicle, whatever
sentence it is in; a name that is also a state's is measured as the state, by its extent, when its city is too far
for the day; several places one sentence gives the same day as the same event are parts of the group sent at once,
each a route of its own, not a route through them; and a too-fast leg leaves out the one row that the route runs on
without (a place told again on a wrong day), not every row of a place.  The texts are this file's own; the
expected places were written by hand before the rules (distances: Torreón - Tijuana 1,550 km, Reynosa - Ciudad
Juárez 1,000 km, Tapachula - Puebla 780 km, Tecún Umán - Coatzacoalcos 460 km, Saltillo - Zacatecas city 370 km,
Tonalá - Oaxaca city 340 km, Huixtla - Matías Romero 340 km, Tecún Umán - Juchitán 365 km).
"""

from __future__ import annotations

import csv
import io

import pytest


def _draft(cli, tmp_path, text: str, published: str) -> tuple[str, str]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("extract", str(article), "--published", published)
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def _built(cli, tmp_path, draft: str):
    """`routemapper build - -o map.html` on the draft as written, and the fastest leg it draws (km a day)."""
    from routes import build_routes, reports_from_rows

    page = tmp_path / "map.html"
    built = cli("build", "-", "-o", str(page), input=draft)
    assert built.exit_code == 0, built.output
    assert page.is_file()
    segments = build_routes(reports_from_rows(list(csv.DictReader(io.StringIO(draft))))).segments
    return built, (float(segments["km_per_day"].max()) if len(segments) else 0.0)


def _places(draft: str) -> set[str]:
    return {r["place"].split(",")[0] for r in csv.DictReader(io.StringIO(draft))}


# One sentence sends the group to several cities the same day: every city is drawn, none is a leg from another.
@pytest.mark.parametrize(("text", "published", "places"), [
    ("Unos 600 migrantes pasaron la noche del miércoles en Torreón, Coahuila. El jueves llegaron en autobuses grupos "
     "de ellos a Tijuana, a Reynosa y a Ciudad Juárez.", "2024-05-17",
     {"Torreón", "Tijuana", "Reynosa", "Ciudad Juárez"}),
    ("Saltillo, Coahuila.- Las autoridades cerraron el viernes el albergue de Saltillo, donde dormían unos 900 "
     "migrantes, y los enviaron en autobuses a Hermosillo, Mexicali y Nuevo Laredo.", "2024-05-18",
     {"Saltillo", "Hermosillo", "Nuevo Laredo"}),
    ("MONTERREY, Mexico (AP) — About 1,100 migrants spent Sunday night at a sports field in Monterrey. On Monday the "
     "buses arrived with groups of them in Reynosa, in Ciudad Juárez and in Tijuana.", "2024-05-17",
     {"Monterrey", "Reynosa", "Ciudad Juárez", "Tijuana"}),
    ("Officials in Reynosa closed the migrant camp on Thursday. That same day about 400 migrants arrived by bus in "
     "Reynosa and others reached Tijuana and Mexicali, officials said.", "2024-05-17",
     {"Reynosa", "Tijuana", "Mexicali"}),
])
def test_a_group_sent_to_several_cities_at_once_is_drawn_as_parts(cli, tmp_path, text, published, places):
    draft, notes = _draft(cli, tmp_path, text, published)
    assert places <= _places(draft), draft
    assert "as parts of the group" in notes
    built, fastest = _built(cli, tmp_path, draft)
    assert "warning" not in built.stderr
    assert fastest <= 1000.0  # (a leg into the city that stays on the route may be ridden, as the text says)


# The vehicle said in another sentence of the same place: the ridden leg is kept, and build agrees it was ridden.
@pytest.mark.parametrize(("text", "published", "places"), [
    ("Unos 700 migrantes salieron el lunes de Tapachula, Chiapas. El martes por la noche llegaron a Puebla. A Puebla "
     "llegaron en autobuses pagados por el gobierno estatal.", "2024-05-15", {"Tapachula", "Puebla"}),
    ("About 400 migrants left Tecun Uman, Guatemala, on Saturday. They reached Coatzacoalcos on Sunday night. The "
     "group rode to Coatzacoalcos in the back of trucks.", "2024-05-13", {"Tecun Uman", "Coatzacoalcos"}),
])
def test_a_vehicle_told_in_another_sentence_of_the_place_rides_the_leg(cli, tmp_path, text, published, places):
    draft, notes = _draft(cli, tmp_path, text, published)
    assert places <= _places(draft), draft
    assert "left out" not in notes and "allowed riding" in notes
    built, fastest = _built(cli, tmp_path, draft)
    assert "warning" not in built.stderr and "allowed riding" in built.stderr
    assert 300.0 < fastest <= 1000.0


# A state named like its capital, entered the day the group left a town outside it: the state, no leg.
@pytest.mark.parametrize(("text", "published", "town", "state"), [
    ("Unos 1.200 migrantes dejaron el sábado Saltillo, Coahuila, y el domingo ya caminaban por Zacatecas, según "
     "Protección Civil.", "2024-05-13", "Saltillo", "Zacatecas state"),
    ("Migrants cross into Oaxaca\n\nAbout 900 migrants left Tonalá, Chiapas, early on Friday and by nightfall were "
     "marching inside Oaxaca.", "2024-05-13", "Tonalá", "Oaxaca state"),
])
def test_a_state_is_measured_by_its_extent(cli, tmp_path, text, published, town, state):
    draft, notes = _draft(cli, tmp_path, text, published)
    rows = list(csv.DictReader(io.StringIO(draft)))
    assert any(r["place"].startswith(town) for r in rows), draft
    assert [r["lat"] for r in rows if r["place"] == state] and all(r["lat"] == "" for r in rows if r["place"] == state)
    built, fastest = _built(cli, tmp_path, draft)
    assert fastest <= 300.0 and "warning" not in built.stderr


# A place told again on a wrong day between two days of the next town: that one row goes, the place stays.
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Unos 800 migrantes salieron el lunes de Huixtla. El miércoles llegaron a Matías Romero, Oaxaca. El miércoles "
     "los migrantes recordaron en Huixtla a sus compañeros. El jueves los migrantes descansaban en Matías Romero.",
     "2024-05-17", [("Huixtla", "2024-05-13"), ("Matías Romero", "2024-05-15"), ("Matías Romero", "2024-05-16")]),
    ("About 600 migrants left Tecun Uman on Saturday. On Monday they reached Juchitán, Oaxaca. On Monday the migrants "
     "were remembered in Tecun Uman by the shelter's staff. On Tuesday the migrants rested in Juchitán.",
     "2024-05-17", [("Tecun Uman", "2024-05-11"), ("Juchitán", "2024-05-13"), ("Juchitán", "2024-05-14")]),
])
def test_the_outlier_row_is_left_out_not_its_place(cli, tmp_path, text, published, expected):
    draft, notes = _draft(cli, tmp_path, text, published)
    rows = list(csv.DictReader(io.StringIO(draft)))
    assert [(r["place"].split(",")[0], r["date"]) for r in rows] == expected
    assert "this one alone does not" in notes
    built, fastest = _built(cli, tmp_path, draft)
    assert fastest <= 300.0 and "warning" not in built.stderr
