"""A name's readings: its candidates that are no misspelling, found without the scan of every key for misspellings
where that scan cannot change them (geo.candidates.find_readings, Resolver.readings).

geo.route._other_number asks them of every number form of a stop that lies too far ("Palmillas" for "Palmilla"):
most such forms are no name at all, and the scan costs 10-100 ms each.  The readings must be what filtering the
full candidates gives, including where the scan decides: a close misspelling stops find_candidates before it
would drop an article ("El Florida" is El Florido misspelt, not Florida), so its readings are none.
"""

from __future__ import annotations

import pytest

from geo.candidates import find_candidates, find_readings
from geo.index import GazetteerIndex
from geo.normalize import number_forms
from geo.resolve import Resolver


@pytest.fixture(scope="module")
def index():
    return GazetteerIndex.open()


def _filtered(index, query):
    return [p for p in find_candidates(index, query)[0] if p.match != "fuzzy"]


def test_a_misspelling_close_to_the_name_leaves_no_reading(index):
    # Without the scan, the name without its article would be read: Florida (US, Uruguay, ...).
    assert [p.match for p in find_candidates(index, "El Florida")[0]][:1] == ["fuzzy"]
    assert find_readings(index, "El Florida") == []


def test_a_name_found_as_written_keeps_every_candidate(index):
    readings = find_readings(index, "Tapachula")
    assert readings == find_candidates(index, "Tapachula")[0]
    assert any(p.country == "MX" and p.name == "Tapachula" for p in readings)


def test_a_name_found_with_an_article_is_read_so(index):
    readings = find_readings(index, "Ceibo")
    assert readings and all(p.match == "short form" and "Ceibo" in p.name for p in readings)
    assert readings == _filtered(index, "Ceibo")


def test_a_number_form_that_names_nothing_has_no_reading(index):
    assert number_forms("tapachula") == ["tapachulas"]
    assert find_readings(index, "tapachulas") == [] == _filtered(index, "tapachulas")


@pytest.mark.parametrize("query", ["Palmillas", "Palmillas, Querétaro", "El Corinto", "Escuintlas", "huixtlas",
                                   "San Pedro Sula bus terminal", "Ciudad Hidalgos", "las palmilla", "Xqzwvtl"])
def test_readings_are_the_candidates_that_are_no_misspelling(index, query):
    assert find_readings(index, query) == _filtered(index, query)


def test_the_resolver_remembers_them_and_agrees_with_its_candidates(index):
    resolver = Resolver(index)
    for query in ("El Florida", "Palmillas", "tapachulas"):
        first = resolver.readings(query)
        assert resolver.readings(query) == first == _filtered(index, query)
        resolver.candidates(query)  # once the full candidates are known, they answer
        assert resolver.readings(query) == first
