"""GazetteerIndex.largest_towns: each division's largest town, kept beside the index in the cache folder.

Working it out scans every place; a second process reads the kept table instead.  These tests open the
tests' index through a link in a temporary folder, so the kept tables they write and spoil are their own.
"""

from __future__ import annotations

import pytest

from geo.errors import OutputError
from geo.index import GazetteerIndex


@pytest.fixture()
def linked(tmp_path):
    """The tests' index file seen from a temporary folder (its kept table lands there)."""
    real = GazetteerIndex.open().path
    link = tmp_path / real.name
    link.symlink_to(real)
    return link


@pytest.fixture(scope="module")
def plain_max() -> dict[tuple[str, str], int]:
    """The same table by another way: every place read, the largest population of each division's towns
    (countries, divisions and regions are not towns) kept in Python."""
    largest: dict[tuple[str, str], int] = {}
    for country, admin1, feature, population in GazetteerIndex.open()._con.execute(
            "SELECT country, admin1, feature, population FROM places"):
        if admin1 and feature not in ("country", "admin1", "region"):
            key = (country, admin1)
            largest[key] = max(largest.get(key, population), population)
    return largest


def test_each_divisions_largest_town(linked, plain_max):
    largest = GazetteerIndex(linked).largest_towns()
    # Capitals that are their divisions' largest towns (populations as the gazetteer gives them).
    for name, division in (("Tuxtla Gutiérrez", ("MX", "05")), ("Tegucigalpa", ("HN", "08")),
                           ("Guatemala City", ("GT", "07"))):
        from geo.normalize import name_key

        (town,) = [p for p in GazetteerIndex(linked).lookup(name_key(name)) if (p.country, p.admin1) == division]
        assert largest[division] == town.population
    assert largest == plain_max


def test_a_second_index_reads_the_kept_table_without_scanning(linked, monkeypatch):
    first = GazetteerIndex(linked).largest_towns()
    kept = GazetteerIndex(linked).largest_towns_path()
    assert kept.parent == linked.parent and kept.name == linked.name.split(".")[0] + ".largest-towns.json"
    assert kept.exists()

    def no_scan(self):
        raise AssertionError("scanned the places again")

    monkeypatch.setattr(GazetteerIndex, "_largest_from_places", no_scan)
    again = GazetteerIndex(linked).largest_towns()
    assert again == first and again is not first


@pytest.mark.parametrize("spoilt", ["", "not json", '{"HN": 1}', "[]", "17", '[["HN", "08", 850848]]',
                                    '{"query": QUERY, "largest": []}', '{"query": QUERY, "largest": [["HN", "08", "many"]]}',
                                    '{"query": QUERY, "largest": [["HN", "08"]]}', '{"query": QUERY, "largest": [["HN", 8, 1]]}',
                                    '{"query": QUERY, "largest": [["HN", "08", true]]}', '{"query": QUERY}',
                                    '{"query": "SELECT 1", "largest": [["HN", "08", 1]]}', '{"largest": [["HN", "08", 1]]}'])
def test_a_spoilt_table_is_worked_out_again_and_rewritten(linked, spoilt, plain_max):
    expected = plain_max
    import json

    from geo.index import _LARGEST_TOWNS

    kept = GazetteerIndex(linked).largest_towns_path()
    spoilt = spoilt.replace("QUERY", json.dumps(_LARGEST_TOWNS))
    kept.write_text(spoilt, encoding="utf-8")
    assert GazetteerIndex(linked).largest_towns() == expected
    assert kept.read_text(encoding="utf-8") != spoilt
    assert GazetteerIndex(linked).largest_towns() == expected


def test_a_cache_folder_that_cannot_be_written_only_costs_the_scan(linked, monkeypatch, plain_max):
    import geo.atomic

    def refuse(path, data, **kwargs):
        raise OutputError(f"cannot write {path}")

    monkeypatch.setattr(geo.atomic, "atomic_write", refuse)
    index = GazetteerIndex(linked)
    assert index.largest_towns() == plain_max
    assert not index.largest_towns_path().exists()


def test_tables_of_indexes_gone_from_the_folder_are_removed(linked):
    folder = linked.parent
    gone = folder / "gazetteer-0000000000000000.largest-towns.json"
    (folder / "gazetteer-1111111111111111.sqlite").write_bytes(b"")  # another installation's index
    theirs = folder / "gazetteer-1111111111111111.largest-towns.json"
    for path in (gone, theirs):
        path.write_text('{"query": "", "largest": [["HN", "08", 1]]}', encoding="utf-8")
    GazetteerIndex(linked).largest_towns()
    assert not gone.exists()
    assert theirs.exists()
    assert GazetteerIndex(linked).largest_towns_path().exists()
