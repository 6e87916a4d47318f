"""The leg check compares rows' places by name, case- and accent-blind, first comma part only
(routes.extract.legs._name, remembered by the place's text)."""

from __future__ import annotations

import pytest

from test_extract_context import _leg_row as _row  # a draft row as check_legs reads it


@pytest.mark.parametrize(("place", "name"), [
    ("Álvaro Obregón", "alvaro obregon"),
    ("ALVARO OBREGON, Mexico", "alvaro obregon"),
    ("alvaro obregón, Ciudad de México, México", "alvaro obregon"),
    ("Tecún Umán", "tecun uman"),
    ("Tecun Uman, Guatemala", "tecun uman"),
])
def test_a_rows_name_is_its_first_comma_part_case_and_accent_blind(place, name):
    from routes.extract.legs import _name

    assert _name({"place": place}) == name
    assert _name({"place": place}) == name  # asked again: the remembered answer


def test_one_place_written_two_ways_counts_as_named_in_two_sentences():
    """The too-fast leg Tapachula -> Álvaro Obregón: the borough is named in two sentences (once in capitals with
    its country), Tapachula in one, so Tapachula is the end left out, for that reason."""
    from routes.extract.legs import check_legs

    rows = [_row("Tapachula", "2018-10-22", 14.906, -92.259, 0),
            _row("Álvaro Obregón", "2018-10-23", 19.359, -99.193, 100),
            _row("ALVARO OBREGON, Mexico", "2018-10-24", 19.359, -99.193, 200)]
    notes: list[str] = []
    kept = check_legs(rows, within=lambda place: True, unsure=lambda row: False, notes=notes)
    assert [r["place"] for r in kept] == ["Álvaro Obregón", "ALVARO OBREGON, Mexico"]
    assert len(notes) == 1 and notes[0].startswith("left out 'Tapachula'")
    assert notes[0].endswith("named in 2 sentence(s) against 1")
