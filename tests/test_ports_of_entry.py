"""Border ports of entry and crossings as a class (types-s18-19 F14): the US-Mexico land ports the gazetteer lacked
(data/gazetteer/places.csv, from the US DOT BTS Border Crossing Entry Data and USGS GNIS, both public domain) are
places, found by their own or plain names; and a crossing written with a leading article the gazetteer does not hold
("el puente fronterizo El Talismán", "por La Anguiatú") is the crossing.  Expectations written by hand before running;
the sentences are mine."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2024-10-16"


# (text, the gazetteer entry the row is placed at, the row's day, the group's figure or None)
CROSSINGS = [
    ("Unos 200 hondureños cruzaron el sábado 12 de octubre por el puente fronterizo El Talismán hacia Chiapas.",
     "Talismán–El Carmen bridge", "2024-10-12", 200),
    ("Al menos 150 cubanos cruzaron el martes 15 de octubre a pie por la garita de Otay Mesa.",
     "Otay Mesa Port of Entry", "2024-10-15", 150),
    ("Unos 300 migrantes esperaron el lunes 14 de octubre en El Berrendo para cruzar a Nuevo México.",
     "Antelope Wells Port of Entry", "2024-10-14", 300),
    ("Unos 80 salvadoreños pasaron el viernes 11 de octubre por La Anguiatú rumbo a Guatemala.",
     "Anguiatú border crossing", "2024-10-11", 80),
    ("Some 140 migrants were apprehended on Saturday, October 12, at the Marcelino Serna port of entry.",
     "Marcelino Serna Port of Entry", "2024-10-12", None),
    ("A group of 95 Guatemalans crossed into Arizona on Thursday, October 10, at the Raul Hector Castro Port of Entry.",
     "Douglas–Agua Prieta Port of Entry", "2024-10-10", 95),
    ("About 60 asylum seekers surrendered on Friday, October 11, at the Cross Border Xpress.",
     "Cross Border Xpress", "2024-10-11", 60),
    ("Nearly 90 migrants waded across the river on Sunday, October 13, at Boquillas, Texas.",
     "Boquillas Port of Entry", "2024-10-13", 90),
]


@pytest.mark.parametrize("text, entry, day, figure", CROSSINGS)
def test_a_port_of_entry_or_crossing_is_a_row(text, entry, day, figure):
    rows = [r for r in extract_reports(text, published=PUBLISHED) if f"gazetteer: {entry} (" in r["note"]]
    assert len(rows) == 1, [(r["place"], r["note"]) for r in extract_reports(text, published=PUBLISHED)]
    assert rows[0]["date"].lstrip("~") == day
    if figure is not None:
        assert rows[0]["count_low"] <= figure <= rows[0]["count_high"]


def test_an_article_before_an_ordinary_word_is_still_no_place():
    # (an outlet named with an article and an ordinary word stays no place: "El Norte", "La Hora")
    rows = extract_reports("Según El Norte, unos 500 migrantes llegaron el martes 15 de octubre a Saltillo.",
                           published=PUBLISHED)
    assert [r["place"] for r in rows] == ["Saltillo"]
