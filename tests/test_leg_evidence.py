"""When two rows of a draft make a leg no group can travel, the one with less evidence is left out, and stderr
says which row was kept and why.

Seen on a blind set of real articles: a three-day stay in Puebla (named in several sentences, with its arrival
day) and a goal, "... llegar a la frontera, en Ciudad Juárez", that slipped through as a stop; the check left
out Puebla ("the leg with Puebla would be 2,276 km in 2 days") and kept Ciudad Juárez.  The article below is
our own text with the same facts; its expectations were written before the extractor ran on it.
"""

from __future__ import annotations

import csv
import io

import pytest

from geo.distance import haversine_km

# Published on Saturday 25 May 2024.
PUEBLA = """Caravana migrante deja Puebla rumbo al norte

PUEBLA, Pue. — Después de tres días de descanso en la ciudad de Puebla, unos 1.500 migrantes de la caravana \
reanudaron este sábado su marcha hacia la Ciudad de México.

El contingente llegó a la capital poblana el pasado miércoles 22 de mayo y se instaló en un albergue al norte de \
la ciudad de Puebla, donde recibió atención médica.

Los organizadores dijeron que el grupo tiene el objetivo de seguir su camino y llegar a la frontera, en Ciudad \
Juárez, antes de que termine el verano.
"""

PUEBLA_CITY = (19.04, -98.21)


def test_the_puebla_article_keeps_puebla_at_the_city_and_draws_no_juarez(cli, tmp_path):
    """Expected (written first): Puebla kept, its arrival on Wednesday 22 May at the city (not a namesake far
    away); no Ciudad Juárez row (a goal: left out by the leg check, or never drafted once the goal clause
    gives no row), and Puebla never left out."""
    article = tmp_path / "puebla.txt"
    article.write_text(PUEBLA, encoding="utf-8")
    result = cli("extract", str(article), "--published", "2024-05-25")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    # ("la capital poblana" is read as the state's capital since 2aae378, written "Puebla, Puebla")
    puebla = [r for r in rows if r["place"].split(",")[0] == "Puebla"]
    assert "2024-05-22" in [r["date"] for r in puebla]
    for row in puebla:
        assert row["lat"] and haversine_km(float(row["lat"]), float(row["lon"]), *PUEBLA_CITY) < 10
    assert not [r for r in rows if "Juárez" in r["place"]]
    assert "left out 'Puebla'" not in result.stderr
    drafted = tmp_path / "draft.csv"
    drafted.write_text(result.stdout, encoding="utf-8")
    assert cli("build", str(drafted), "-o", str(tmp_path / "map.html")).exit_code == 0


def _row(name: str, date: str, start: int, confidence: float, kind: str = "sighting") -> dict:
    """A draft row as the pipeline hands it to the leg check, its place the gazetteer's answer for ``name``."""
    from geo import geocode
    from routes.extract.legs import day_number

    res = geocode(name)
    return {"place": name, "date": date, "_day": day_number(date), "start": start, "confidence": confidence,
            "kind": kind, "quote": f"(sentence at {start})", "_place": res.place, "_res": res,
            "lat": round(res.place.lat, 5), "lon": round(res.place.lon, 5), "country": res.place.country,
            "note": "", "_motor": False}


@pytest.mark.parametrize("goal_day", ["~2024-05-25", "~2024-05-20"])
def test_a_goal_that_slips_through_is_the_row_left_out_before_or_after_the_stay(goal_day):
    """The stay in Puebla named in three sentences (arrival on the 22nd, the march on the 25th) against Ciudad
    Juárez (about 1,500 km away) named once, with no exact day and a low confidence, as if a goal clause had
    slipped through as a stop: Juárez goes whether it comes after the stay or before it in travel order."""
    from routes.extract.legs import check_legs

    rows = [_row("Puebla", "2024-05-22", 215, 0.9, "arrival"), _row("Puebla", "2024-05-25", 0, 0.9),
            _row("Puebla", "2024-05-25", 46, 0.9), _row("Ciudad Juárez", goal_day, 381, 0.57)]
    rows.sort(key=lambda r: r["_day"])  # travel order
    notes: list[str] = []
    kept = check_legs(rows, within=lambda place: True, unsure=lambda row: row["confidence"] < 0.75, notes=notes)
    assert {r["place"] for r in kept} == {"Puebla"} and len(kept) == 3
    (left,) = notes
    assert left.startswith("left out 'Ciudad Juárez'")
    assert left.endswith("kept 'Puebla': named in 3 sentence(s) against 1")


def test_one_name_put_on_two_namesakes_goes_to_the_surer_ones_place():
    """The arrival in Puebla on the 22nd put on the route's namesake in Baja California (32.6 N), the stay on
    the 25th on the city: one name in one article, so the arrival joins the city, and the note says so."""
    from routes.extract.legs import check_legs

    arrival, stay = _row("Puebla", "2024-05-22", 215, 0.52, "arrival"), _row("Puebla", "2024-05-25", 46, 0.72)
    (far,) = [p for p in arrival["_res"].candidates if p.admin1_name == "Baja California"]
    arrival.update(_place=far, lat=round(far.lat, 5), lon=round(far.lon, 5))
    notes: list[str] = []
    kept = check_legs([arrival, stay], within=lambda place: True, unsure=lambda row: row["confidence"] < 0.75,
                      notes=notes)
    assert len(kept) == 2 and all(haversine_km(r["lat"], r["lon"], *PUEBLA_CITY) < 10 for r in kept)
    (moved,) = notes
    assert moved.startswith("placed 'Puebla' (2024-05-22, sentence at 215) at Puebla (MX, Puebla)")
    assert "one name in one article" in moved


def test_a_stop_named_once_outside_the_story_is_left_out_and_the_note_says_why():
    """Tapachula and Huixtla on Monday 2 October, and "the group was also in Tijuana" the same day (about
    3,100 km away, named once, outside the story's area, no namesake there): Tijuana goes, and the note says
    Huixtla was kept because it was placed surely (both are named in one sentence, each with its day)."""
    from routes.extract import extract_reports

    text = ("TAPACHULA, Mexico — About 2,000 migrants left Tapachula on Monday, Oct. 2, and reached Huixtla the same "
            "night. On Monday the group was also in Tijuana, officials said. Tapachula's shelters emptied.\n")
    notes: list[str] = []
    rows = extract_reports(text, "2023-10-04", notes=notes)
    assert {r["place"] for r in rows} == {"Tapachula", "Huixtla"}
    (left,) = [n for n in notes if n.startswith("left out 'Tijuana'")]
    assert "kept 'Huixtla': placed surely, the other not" in left
