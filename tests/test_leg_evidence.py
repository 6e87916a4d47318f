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


def test_a_stay_told_three_times_outweighs_a_goal_named_once(cli, tmp_path):
    """Expected (written first): Puebla kept, its arrival on Wednesday 22 May at the city (not a namesake far
    away); Ciudad Juárez, if drafted at all, is the row left out, and the note says Puebla was kept because
    more sentences name it."""
    article = tmp_path / "puebla.txt"
    article.write_text(PUEBLA, encoding="utf-8")
    result = cli("extract", str(article), "--published", "2024-05-25")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    puebla = [r for r in rows if r["place"] == "Puebla"]
    assert "2024-05-22" in [r["date"] for r in puebla]
    for row in puebla:
        assert row["lat"] and haversine_km(float(row["lat"]), float(row["lon"]), *PUEBLA_CITY) < 10
    assert not [r for r in rows if "Juárez" in r["place"]]
    assert "left out 'Puebla'" not in result.stderr
    assert "left out 'Ciudad Juárez'" in result.stderr
    assert "kept 'Puebla': named in 3 sentence(s) against 1" in result.stderr
    drafted = tmp_path / "draft.csv"
    drafted.write_text(result.stdout, encoding="utf-8")
    assert cli("build", str(drafted), "-o", str(tmp_path / "map.html")).exit_code == 0


def test_one_name_put_on_two_namesakes_goes_to_the_surer_ones_place():
    """The arrival ("llegó a la capital poblana el pasado miércoles") and the stay name one Puebla; the note says
    the row was moved to where the article's other Puebla row is."""
    from routes.extract import extract_reports

    notes: list[str] = []
    rows = extract_reports(PUEBLA, "2024-05-25", notes=notes)
    places = {(r["lat"], r["lon"]) for r in rows if r["place"] == "Puebla"}
    assert len(places) == 1
    assert not any("Baja California" in n for n in notes if n.startswith("left out"))
    moved = [n for n in notes if n.startswith("placed 'Puebla' (2024-05-22")]
    assert moved and "at Puebla (MX, Puebla)" in moved[0] and "one name in one article" in moved[0]


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
