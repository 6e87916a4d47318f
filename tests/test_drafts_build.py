"""Issue 11, part 5: `routemapper extract ARTICLE | routemapper build -` on drafts as written.

The articles are ours (invented facts, our sentences), each reproducing a type of real text whose draft drew an
impossible leg: a stop dated with a day the article gives another sentence (an origin told in the pluperfect
after the arrival, a tally of border crossings told after the next border), and a bus ride faster than a group
walks.  Expected rows were written by hand before the first run (distances from the gazetteer's towns, rounded:
San Pedro Sula - Tapachula 460 km, Puerto Barrios - Ciudad Hidalgo 420 km, San Luis Potosí - Monterrey 400 km,
Tapachula - Oaxaca 530 km).
"""

from __future__ import annotations

import csv
import io

import pytest

FAST = "faster than a group travels on foot or hitching rides"


def _extract(cli, tmp_path, text: str, published: str):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("extract", str(article), "--published", published)
    assert result.exit_code == 0, result.output
    return result, list(csv.DictReader(io.StringIO(result.stdout)))


def _build(cli, tmp_path, draft: str):
    """``routemapper build - -o map.html`` on the draft as extract wrote it; (result, the map's path)."""
    page = tmp_path / "map.html"
    return cli("build", "-", "-o", str(page), input=draft), page


def _legs(draft: str):
    from routes import build_routes, reports_from_rows

    return build_routes(reports_from_rows(list(csv.DictReader(io.StringIO(draft))))).segments


ORIGIN_AFTER_ARRIVAL = (
    "TAPACHULA, Mexico — About 600 Honduran migrants walked into Tapachula on Saturday, January 20.\n\n"
    "Guatemalan officials said the group had set out from San Pedro Sula with nearly 900 people.\n")

TALLY_AFTER_BORDER = (
    "Unos 350 migrantes hondureños llegaron el viernes 12 de abril a Ciudad Hidalgo, Chiapas, en la frontera "
    "con Guatemala. Según el gobierno guatemalteco, unos 500 hondureños entraron al país por Puerto Barrios.\n")


@pytest.mark.parametrize(("text", "published", "expected", "moved"), [
    # the origin takes the day of the paragraph before; 460 km from Tapachula need 2 days at 300 km a day
    (ORIGIN_AFTER_ARRIVAL, "2024-01-21",
     [("San Pedro Sula", "~2024-01-18", "departure", "nearly 900"), ("Tapachula", "2024-01-20", "arrival", "About 600")],
     "dated 'San Pedro Sula' ~2024-01-18 instead of ~2024-01-20"),
    # the tally's sentence writes no day: it took Friday's; 420 km before Ciudad Hidalgo is 2 days earlier
    (TALLY_AFTER_BORDER, "2024-04-13",
     [("Puerto Barrios", "~2024-04-10", "crossing", "unos 500"),
      ("Ciudad Hidalgo, Chiapas", "2024-04-12", "arrival", "Unos 350")],
     "dated 'Puerto Barrios' ~2024-04-10 instead of ~2024-04-12"),
])
def test_a_stop_with_a_borrowed_day_is_dated_back_and_the_draft_builds(cli, tmp_path, text, published, expected,
                                                                        moved):
    extracted, rows = _extract(cli, tmp_path, text, published)
    assert [(r["place"], r["date"], r["kind"], r["count"]) for r in rows] == expected
    assert moved in extracted.stderr and "left out" not in extracted.stderr
    built, page = _build(cli, tmp_path, extracted.stdout)
    assert built.exit_code == 0, built.output
    assert page.is_file() and "faster than" not in built.stderr
    legs = _legs(extracted.stdout)
    assert len(legs) == 1 and legs["km_per_day"].iloc[0] <= 300


def test_a_day_the_sentence_writes_is_never_moved(cli, tmp_path):
    """Both days written: the leg is impossible as told, and extract keeps one end rather than invent a day."""
    text = ("Some 400 migrants left San Pedro Sula on Thursday, January 18. "
            "On Thursday, January 18 they also reached Tapachula.\n")
    extracted, rows = _extract(cli, tmp_path, text, "2024-01-19")
    assert [(r["place"], r["date"]) for r in rows] == [("San Pedro Sula", "2024-01-18"), ("Tapachula", "2024-01-18")]
    assert "dated '" not in extracted.stderr
    assert "warning: 'San Pedro Sula' (2024-01-18, sentence at 0) -> 'Tapachula' (2024-01-18" in extracted.stderr


BUSES = ("MONTERREY, Mexico — About 300 migrants reached Monterrey on Thursday aboard eight chartered buses "
         "that had left San Luis Potosí.\n\nThe group rested at a sports field on the edge of the city, "
         "local officials said.\n")


def test_a_bus_ride_faster_than_walking_builds_and_both_commands_say_why(cli, tmp_path):
    extracted, rows = _extract(cli, tmp_path, BUSES, "2023-03-10")
    assert [(r["place"], r["date"], r["kind"]) for r in rows] == [
        ("San Luis Potosí", "2023-03-09", "departure"), ("Monterrey", "2023-03-09", "arrival")]
    assert "allowed riding, as the report says ('buses'" in extracted.stderr
    built, page = _build(cli, tmp_path, extracted.stdout)
    assert built.exit_code == 0 and page.is_file()
    assert "warning" not in built.stderr
    notes = [line for line in built.stderr.splitlines() if line.startswith("routemapper: note:")]
    assert len(notes) == 1
    assert "<stdin>, row 2: 'San Luis Potosí' (2023-03-09) -> <stdin>, row 3: 'Monterrey' (2023-03-09)" in notes[0]
    assert "allowed riding, as the report says ('buses': up to 1,000 km a day)" in notes[0]


@pytest.mark.parametrize(("quote", "note", "said"), [
    ("Families boarded buses in Tapachula.", "", "note"),       # the article's words (a draft's quote) count
    ("", "by truck", "note"),                                     # a person's note counts
    ("Families walked out of Tapachula.", "", "warning"),         # nothing says they rode
])
def test_build_reads_the_vehicle_in_the_quote_or_the_note(cli, write_csv, tmp_path, quote, note, said):
    path = write_csv("caravan,date,place,kind,note,quote\n"
                     f"c,2024-05-01,Tapachula,departure,{note},{quote}\n"
                     "c,2024-05-02,Oaxaca,arrival,,\n")
    before = path.read_bytes()
    result = cli("build", str(path), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if "->" in line]
    assert len(lines) == 1 and lines[0].startswith(f"routemapper: {said}: ")
    assert f"{path}, row 2: 'Tapachula' (2024-05-01) -> {path}, row 3: 'Oaxaca' (2024-05-02)" in lines[0]
    assert (FAST in lines[0]) is (said == "warning")
    assert path.read_bytes() == before  # the draft is never changed


def test_a_draft_with_a_row_build_cannot_read_is_refused_naming_file_row_and_column(cli, tmp_path):
    extracted, rows = _extract(cli, tmp_path, ORIGIN_AFTER_ARRIVAL, "2024-01-21")
    draft = tmp_path / "draft.csv"
    lines = extracted.stdout.splitlines(keepends=True)
    lines[2] = lines[2].replace("2024-01-20,", ",", 1)  # Tapachula's day wiped by hand
    draft.write_text("".join(lines), encoding="utf-8")
    before = draft.read_bytes()
    result = cli("build", str(draft), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 2
    assert f"{draft}, row 3, column 'date': empty" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "map.html").exists() and draft.read_bytes() == before
