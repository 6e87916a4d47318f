"""What the extractor's speed work remembers or loads lazily gives the answers it gave before.

Each test goes through a path added for speed: a resolver remembering each point's nearest
border post, the gazetteer index reading its countries, divisions and crossings in one pass,
the common-names cache tagged without importing wordfreq, a WordPattern compiling its
case-insensitive reference only when asked.  Expected values are written by hand (the
gazetteer's own coordinates, tests/data/toponyms.csv) or come from plain SQL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT


def _place(name: str, lat: float, lon: float, feature: str = "border_crossing"):
    from geo.places import Place

    return Place(id=hash(name) & 0xFFFF, name=name, lat=lat, lon=lon, country="MX", feature=feature)


def test_nearest_crossing_is_the_closest_post_within_the_border_town_radius():
    from geo.terms import BORDER_TOWN_KM, nearest_crossing

    town = _place("town", 0.0, 0.0, "populated_place")
    # On the equator a degree of longitude is pi * 12742 / 360 = 111.19 km.
    far, near, farther = _place("far", 0.0, 0.05), _place("near", 0.0, 0.02), _place("out", 0.0, 0.2)
    d, post = nearest_crossing(town, [far, near, farther])
    assert post is near and d == pytest.approx(2.224, abs=0.01)
    assert BORDER_TOWN_KM == 10.0 and nearest_crossing(town, [farther]) is None  # 22 km: no border town
    assert nearest_crossing(town, []) is None


def test_a_crossing_at_ciudad_hidalgo_is_the_border_town_asked_once_or_again():
    """With no other context, Ciudad Hidalgo is the larger town in Michoacán; a crossing report puts it
    at the Chiapas border town 1 km from the Puente Rodolfo Robles (toponyms.csv rows 7 and 68).
    The resolver remembers the post per point: the second answer, and a new resolver's, are the same."""
    from geo.resolve import Context, Resolver

    resolver = Resolver()
    plain = resolver.resolve("Ciudad Hidalgo", Context())
    assert plain.place.admin1_name == "Michoacán"
    first = resolver.resolve("Ciudad Hidalgo", Context(kind="crossing"))
    again = resolver.resolve("Ciudad Hidalgo", Context(kind="crossing"))
    fresh = Resolver().resolve("Ciudad Hidalgo", Context(kind="crossing"))
    assert (first.place.lat, first.place.lon) == (14.68018, -92.15195)
    assert "1 km from the Puente Rodolfo Robles: a border town suits a 'crossing' report" in first.reasons
    assert first == again == fresh
    # A town far from every post gains nothing from a crossing report, remembered or not.
    for _ in range(2):
        assert not any("border town" in r for r in resolver.resolve("Tapachula", Context(kind="crossing")).reasons)


def test_the_index_reads_countries_divisions_and_crossings_as_plain_queries_do():
    import sqlite3

    from geo.index import GazetteerIndex

    index = GazetteerIndex.open()
    con = sqlite3.connect(f"file:{index.path}?mode=ro", uri=True)
    try:
        countries = {r[0] for r in con.execute("SELECT country FROM places WHERE feature = 'country'")}
        divisions = {(c, a): n for c, a, n in con.execute(
            "SELECT country, admin1, name FROM places WHERE feature = 'admin1' ORDER BY id")}
        crossing_ids = [r[0] for r in con.execute("SELECT id FROM places WHERE feature = 'border_crossing' ORDER BY id")]
    finally:
        con.close()
    assert index.country_codes() == countries and {"MX", "GT", "HN"} <= countries
    assert index.divisions() == divisions and divisions[("MX", "05")] == "Chiapas"
    assert [p.id for p in index.crossings()] == crossing_ids
    assert "Puente Rodolfo Robles" in {p.name for p in index.crossings()}
    assert all(p.feature == "border_crossing" for p in index.crossings())


def test_reading_the_common_names_from_the_cache_does_not_import_wordfreq():
    """Importing wordfreq costs a single-article run about 0.15 s, importlib.metadata 40 ms; the cache is
    tagged by wordfreq's data files (the English and Spanish word lists among them)."""
    from routes.extract.common import common_keys, wordfreq_data

    common = common_keys()  # the cache file exists after this
    code = ("import json, sys; from routes.extract.common import common_keys; keys = common_keys(); "
            "print(json.dumps(['wordfreq' in sys.modules, 'importlib.metadata' in sys.modules, len(keys), "
            "'guatemala' in keys]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ), capture_output=True,
                         text=True, check=True).stdout
    assert json.loads(out) == [False, False, len(common), "guatemala" in common]
    files = dict(item.rsplit(":", 1) for item in wordfreq_data().split(";"))
    assert int(files["large_en.msgpack.gz"]) > 0 and int(files["large_es.msgpack.gz"]) > 0


def test_a_word_pattern_searches_text_whose_lower_case_is_longer_with_its_reference():
    """'İ' lower-cases to two characters: such a text is searched with the re.I pattern, compiled then."""
    from routes.extract.text import WordPattern

    pattern = WordPattern(r"\b(?:said|dijo)\b")
    text = "İSTANBUL, he SAID; unsaid"
    assert len(text.lower()) != len(text)
    match = pattern.search(text)
    assert match.span() == (13, 17) and text[slice(*match.span())] == "SAID"
    assert pattern.search(text, 18) is None  # 'unsaid' is inside a word
    assert pattern.search("ella dijo").span() == (5, 9)


def test_caption_paragraphs_are_the_paragraphs_that_credit_a_photo():
    """Found from one pass over the caption words: a paragraph needs a caption word inside it and a sign."""
    from routes.extract.story import caption_paragraphs
    from routes.extract.text import sentences

    text = ("Caravan reaches Tapachula\n\n"
            "TAPACHULA, Mexico - About 2,000 migrants arrived on Sunday. Photographers walked with them.\n\n"
            "Migrants rest in a park in Tapachula. (AP Photo/Jane Doe)\n\n"
            "They left at dawn (about 5 a.m.) and walked 40 km.\n\n"
            "Migrantes caminan hacia Huixtla. FOTO: Juan Pérez\n\n"
            "The group crossed the bridge (Oct 24)")
    sents = sentences(text)
    by_paragraph = {s.paragraph: s.text for s in reversed(sents)}  # each paragraph's first sentence
    found = {by_paragraph[p].split()[0] for p in caption_paragraphs(text, sents)}
    # 'Photographers' (a caption word, no sign) and '(about 5 a.m.)' (a parenthesis, no sign) are no captions.
    assert found == {"Migrants", "Migrantes", "The"}


def test_caption_paragraphs_remembered_for_one_article_are_not_another_articles():
    """The last answer is remembered: asking again, or about another text with the same sentence
    offsets, or about the same text split otherwise, gives each its own answer."""
    from routes.extract.story import caption_paragraphs
    from routes.extract.text import sentences

    captioned = "Migrants rest in Tapachula. (AP Photo/Jane Doe)\n\nThey walked on."
    plain = "Migrants rest in Tapachula. (At five, Tuesday.)\n\nThey walked on."
    assert len(captioned) == len(plain)
    sents = sentences(captioned)
    assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in sentences(plain)]
    assert caption_paragraphs(captioned, sents) == {0}
    assert caption_paragraphs(captioned, sents) == {0}
    assert caption_paragraphs(plain, sentences(plain)) == set()
    assert caption_paragraphs(captioned, sents) == {0}
    assert caption_paragraphs(captioned, sents[-1:]) == set()  # the caption's paragraph not among them
    answer = caption_paragraphs(captioned, sents)
    answer.add(5)  # a caller's set is its own
    assert caption_paragraphs(captioned, sents) == {0}


@pytest.mark.parametrize(("text", "query", "span"), [
    ("They reached the Guatemalan capital on Monday.", "Guatemala City, Guatemala", "Guatemalan capital"),
    ("They reached the HONDURAN Capital.", "Tegucigalpa, Honduras", "HONDURAN Capital"),
    ("Llegaron a la capital hondureña el lunes.", "Tegucigalpa, Honduras", "capital hondureña"),
    ("Unos 500 pasaron a territorio mexicano.", "Mexico", "territorio mexicano"),
    ("About 500 went onto Mexican soil.", "Mexico", "Mexican soil"),
])
def test_places_named_by_description_are_found_by_their_word_patterns(text, query, span):
    """The capital and land phrases are WordPatterns now: what re.IGNORECASE found, by hand."""
    from routes.extract.described import described_mentions

    found = described_mentions(text, [], lambda key: [], lambda name: None)
    assert [(m.name, text[m.start:m.end]) for m in found] == [(query, span)]


def test_described_word_patterns_find_what_the_case_insensitive_regex_finds():
    from routes.extract.described import _BY_ADJECTIVE, _LAND
    from routes.extract.text import fold

    texts = ["the guatemalan capital", "Unsaid hondurancapital, la capital  salvadoreña y la capital mexicana",
             "a territorio mexicano, al suelo guatemalteco; into Cuban territory and onto Haitian soil",
             "salvadoreancapital", "xa territorio mexicano", "ÉL llegó a la capital guatemalteca"]
    for pattern in (_BY_ADJECTIVE, _LAND):
        for text in map(fold, texts + [t.upper() for t in texts]):
            ours = [m.span() for m in pattern.finditer(text)]
            assert ours == [m.span() for m in pattern.reference.finditer(text)], (pattern.pattern[:30], text)


def test_the_scalar_haversine_is_the_haversine_of_plain_numbers():
    """Hand-worked: a degree of longitude on the equator is pi * 12742 / 360 km; the same numbers as arrays agree."""
    import math

    import numpy as np

    from geo.distance import haversine_km, scalar_haversine_km

    assert scalar_haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(math.pi * 12742 / 360, rel=1e-12)
    assert scalar_haversine_km(0, 0, 90, 0) == pytest.approx(math.pi * 12742 / 4, rel=1e-12)  # ints too
    points = [(14.90541, -92.25891, 15.68640, -93.20970), (14.68018, -92.15195, 19.68957, -100.55502),
              (10.0, 170.0, -10.0, -170.0), (14.0, -92.0, 14.0, -92.0)]
    for lat1, lon1, lat2, lon2 in points:
        assert scalar_haversine_km(lat1, lon1, lat2, lon2) == haversine_km(lat1, lon1, lat2, lon2)
    arrays = haversine_km(*(np.array(column) for column in zip(*points)))
    assert arrays == pytest.approx([scalar_haversine_km(*p) for p in points], rel=1e-12)
