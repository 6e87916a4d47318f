"""types-s18-19 F5: the dateline (cases written by legs14, session 14).  Through the command line, `routemapper extract ARTICLE | routemapper build -`.

The decision: a dateline's day set off from its place by a semicolon ("Huixtla, Chiapas; 14 de marzo del 2023.-")
is the day the story is told from, as with a comma (routes/extract/story.py, places._DATELINE_AFTER_LOOSE); and a
sentence that names no town but a facility ("the shelter", "el albergue") is in the town the story last put the
group in, the dateline's only when the story named no other town since (routes/extract/sentences.py): a wire
dateline ("MEXICO CITY (AP)") is where the copy was filed, and drawn there it made the right town be left out.
The texts are this file's own; the expected rows were written by hand before the rules.
"""

from __future__ import annotations

import csv
import io

import pytest


def _draft(cli, tmp_path, text: str, published: str) -> list[tuple[str, str, str]]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("extract", str(article), "--published", published)
    assert result.exit_code == 0, result.output
    built = cli("build", "-", "-o", str(tmp_path / "map.html"), input=result.stdout)
    assert built.exit_code == 0, built.output
    assert "warning" not in built.stderr
    return [(r["place"].split(",")[0], r["date"], r["kind"]) for r in csv.DictReader(io.StringIO(result.stdout))]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Huixtla, Chiapas; 14 de marzo del 2023.- Unos 2 mil migrantes que salieron ayer de Tapachula llegaron esta "
     "tarde a Huixtla.", "2023-03-15",
     [("Tapachula", "2023-03-13", "departure"), ("Huixtla", "2023-03-14", "arrival")]),
    ("Acayucan, Veracruz; 5 de noviembre de 2022.- Alrededor de 800 migrantes pasaron la noche de ayer en Acayucan, "
     "en el albergue municipal.", "2022-11-07", [("Acayucan", "2022-11-04", "sighting")]),
    ("Piedras Negras, Coahuila; Feb. 8, 2019 — About 1,600 migrants reached Piedras Negras yesterday after a long "
     "ride.", "2019-02-10", [("Piedras Negras", "2019-02-07", "arrival")]),
    ("Nogales, Sonora; Aug. 2, 2021 — Some 300 migrants slept last night in Nogales, near the border fence.",
     "2021-08-04", [("Nogales", "2021-08-01", "sighting")]),
])
def test_a_dateline_day_after_a_semicolon_is_the_storys_day(cli, tmp_path, text, published, expected):
    assert _draft(cli, tmp_path, text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("MEXICO CITY (AP) — About 700 migrants arrived Thursday at a shelter in Tijuana, city officials said.\n\n"
     "The migrants left the shelter on Friday morning.", "2024-05-11",
     [("Tijuana", "2024-05-09"), ("Tijuana", "2024-05-10")]),
    ("MEXICO CITY (AP) — Officials in Chihuahua said Monday that some 450 migrants had been taken to a shelter in "
     "Ciudad Juárez on Saturday.\n\nOn Sunday the migrants were still sleeping at the shelter, a spokesman said.",
     "2024-05-14", [("Ciudad Juárez", "2024-05-11"), ("Ciudad Juárez", "2024-05-12")]),
    ("CIUDAD DE MÉXICO (EFE).- Unos 500 migrantes llegaron el lunes a un albergue de Ciudad Juárez, informaron las "
     "autoridades municipales.\n\nEl martes los migrantes salieron del albergue rumbo al puente internacional.",
     "2024-05-15", [("Ciudad Juárez", "2024-05-13"), ("Ciudad Juárez", "2024-05-14")]),
    ("CIUDAD DE MÉXICO (AP).- Cerca de 900 migrantes llegaron el sábado a un albergue de Tapachula, Chiapas, según "
     "el INM.\n\nEl domingo los migrantes abandonaron el albergue a pie.", "2024-05-13",
     [("Tapachula", "2024-05-11"), ("Tapachula", "2024-05-12")]),
])
def test_the_shelter_is_in_the_town_last_told_not_at_a_wire_dateline(cli, tmp_path, text, published, expected):
    # (places and days: the kind of "abandonaron el albergue" is another family's)
    assert [(place, day) for place, day, _ in _draft(cli, tmp_path, text, published)] == expected
