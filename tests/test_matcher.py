"""The place matcher: which names it finds in text, and how it is kept in the cache folder.

The small matchers here hold a few keys written by hand, so every expected
mention is worked out by reading the text; the cache tests use the whole
gazetteer's matcher, as ``routemapper extract`` does.
"""

from __future__ import annotations

import os

import pytest

from routes.extract.matcher import Mention, PlaceMatcher, rules_fingerprint

KEYS = ["san pedro sula", "san pedro", "ciudad hidalgo", "tapachula", "santa rosa de copan", "el florido"]


@pytest.fixture(scope="module")
def small():
    return PlaceMatcher(KEYS)


def test_the_longest_name_at_the_leftmost_start_wins(small):
    text = "They left San Pedro Sula, then San Pedro and Tapachula."
    assert small.find(text) == [
        Mention("San Pedro Sula", "san pedro sula", 10, 24),
        Mention("San Pedro", "san pedro", 31, 40),
        Mention("Tapachula", "tapachula", 45, 54),
    ]


def test_a_name_is_a_whole_word_sequence(small):
    # "San Pedrito" starts with "san pedr..." but is not "San Pedro"; "Tapachulas" is not "Tapachula"
    assert small.find("In San Pedrito and Tapachulas nobody waited.") == []


def test_an_abbreviated_word_finds_the_full_name(small):
    text = "They reached Cd. Hidalgo, then Sta. Rosa de Copán."
    assert small.find(text) == [
        Mention("Cd. Hidalgo", "ciudad hidalgo", 13, 24),
        Mention("Sta. Rosa de Copán", "santa rosa de copan", 31, 49),
    ]
    # a capitalised word glued before a name makes it part of a longer one ("Reached" is no common word)
    assert [m.name for m in small.find("Reached Cd. Hidalgo.")] == []


def test_only_names_written_capitalised_count(small):
    assert small.find("the el florido crossing") == []
    assert [m.name for m in small.find("at El Florido")] == ["El Florido"]


def test_the_size_counts_names_and_their_abbreviated_forms(small):
    # six keys, and "cd hidalgo", "cd  hidalgo", "cdad hidalgo", "cdad  hidalgo", "sta rosa de copan",
    # "sta  rosa de copan": what abbreviated_forms gives for the two names with an abbreviable word
    from routes.extract.matcher import abbreviated_forms

    forms = {f for k in KEYS for f in abbreviated_forms(k)}
    assert small.size == len(KEYS) + len(forms) and "cd hidalgo" in forms


def test_the_cached_matcher_is_memory_mapped_from_the_cache_folder():
    from geo.paths import cache_dir
    from routes.extract.matcher import shared_matcher

    shared = shared_matcher()
    loaded = PlaceMatcher.cached()
    words, abbreviated = PlaceMatcher.cache_files()
    assert loaded.source == f"loaded from {words}" and words.parent == cache_dir() and abbreviated.exists()
    assert loaded.size == shared.size > 600_000
    text = "Migrants from Tecún Umán reached Cd. Hidalgo and then Tapachula."
    assert loaded.find(text) == shared.find(text)
    assert [m.key for m in loaded.find(text)] == ["tecun uman", "ciudad hidalgo", "tapachula"]


def test_the_files_are_named_by_the_gazetteer_content_and_the_rules(monkeypatch):
    import geo.index
    import routes.extract.matcher as matcher

    files, rules = PlaceMatcher.cache_files(), rules_fingerprint()
    assert PlaceMatcher.cache_files() == files  # the same inputs, the same files
    monkeypatch.setattr(matcher, "COMMON_WORDS", matcher.COMMON_WORDS | {"tapachula"})
    assert rules_fingerprint() != rules and PlaceMatcher.cache_files() != files
    monkeypatch.undo()
    monkeypatch.setattr(geo.index, "fingerprint", lambda: "another gazetteer")
    assert PlaceMatcher.cache_files() != files


def test_a_damaged_matcher_is_rebuilt_and_the_files_built_for_another_gazetteer_are_kept():
    from geo.paths import cache_dir

    # Another installation's matcher (other data): kept, it may be in use (tests/test_matcher_cache.py).
    other = [cache_dir() / "place-matcher-0000000000000000.words", cache_dir() / "place-matcher-0000000000000000.abbreviated"]
    for path in other:
        path.write_bytes(b"built for another gazetteer")
    try:
        PlaceMatcher.cached()
        words, abbreviated = PlaceMatcher.cache_files()
        # Damaged as a new file under the name (a crash mid-copy, a bad disk): writing into the
        # file in place would pull the pages from under this process's memory-mapped matcher (SIGBUS).
        damaged = words.with_name(words.name + ".damaged")
        damaged.write_bytes(b"damaged")
        os.replace(damaged, words)
        rebuilt = PlaceMatcher.cached()
        assert rebuilt.source == "built from the gazetteer index"
        assert {words, abbreviated, *other} <= set(cache_dir().glob("place-matcher-*"))
        assert PlaceMatcher.cached().source == f"loaded from {words}"
        assert [m.key for m in rebuilt.find("They slept in Tapachula.")] == ["tapachula"]
    finally:
        for path in other:
            path.unlink(missing_ok=True)
