"""The sentence rules' fast paths answer what the plain regex searches they stand in for answer.

Each fast path (a substring test before a case-blind regex, a pattern searched in lower-cased text,
an answer handed on instead of worked out again) is checked two ways on sentences written here: the
expected answer written by hand, and agreement with the plain ``re.IGNORECASE`` search, including text
where lower-casing is not what that flag does (dotless ``ı``, long ``ſ``, ``İ``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize("sentence, start_word, expected", [
    ("From Tecún Umán, about 2,000 crossed to Ciudad Hidalgo.", "Tecún", True),
    ("Unos 2.000 cruzaron el río desde Tecún Umán hacia Ciudad Hidalgo.", "Tecún", True),
    ("They walked on from the town of Huixtla.", "town", True),
    ("Salieron DESDE la terminal de San Pedro Sula.", "terminal", True),
    ("Salieron deſde Tapachula.", "Tapachula", True),  # re.IGNORECASE reads ſ as s
    ("the river that divides Tecún Umán from Ciudad Hidalgo", "Ciudad", False),
    ("a shelter 20 km from Tapachula", "Tapachula", False),
    ("They left Huixtla for Escuintla.", "Escuintla", False),
    ("They came (from Honduras) on foot.", "Honduras", True),
    ("Llegaron desdeTapachula.", "Tapachula", False),  # no space before the name
])
def test_said_as_origin_by_hand_and_as_the_plain_pattern_says(sentence, start_word, expected):
    from routes.extract import sizes

    from routes.extract.sentences import _cue_index

    start = sentence.index(start_word)
    assert sizes.said_as_origin(sentence, start) is expected
    cues = _cue_index().scan(sentence, [(0, len(sentence))])[0]  # (the words ruled out when the sentence lacks them)
    assert sizes.said_as_origin(sentence, start, cues) is expected
    assert sizes.said_as_origin("Llegaron a Tapachula.", 11, _cue_index().scan("Llegaron a Tapachula.", [(0, 21)])[0]) is False
    plain = sizes._FROM_JUST_BEFORE.search(sentence[max(0, start - 80):start]) is not None
    assert plain is expected


_SIZE_SENTENCES = [
    ("Unos 2.000 migrantes salieron.", True),
    ("Miles de migrantes salieron de Tapachula.", True),  # "mil" in "miles"
    ("Several HUNDRED people waited.", True),
    ("Cientos esperaban en el puente.", True),
    ("A dozen families stayed behind.", True),
    ("Un centenar de personas durmió allí.", True),
    ("Decenas de familias llegaron.", True),
    ("They walked on toward Huixtla.", False),
    ("La caravana avanzó hacia el norte.", False),
    ("Llegaron unos mıl migrantes.", True),  # dotless ı: re.IGNORECASE reads it as i
    ("İstanbul is far; they walked on.", False),  # lower case one letter longer
    ("MİL personas salieron.", True),
    ("Siete mil quinientos salieron.", True),
    ("Eran ٣٠٠ personas.", True),  # a digit of another script is a \d
]


@pytest.mark.parametrize("sentence, expected", _SIZE_SENTENCES)
def test_may_hold_a_size_by_hand_and_as_the_case_blind_pattern_says(sentence, expected):
    from routes.extract.sizes import may_hold_a_size

    plain = re.compile(r"\d|thousand|hundred|dozen|mil|cient|centenar|decenas|millar|million|mill[óo]n", re.I)
    assert may_hold_a_size(sentence) is expected
    assert may_hold_a_size(sentence, sentence.lower()) is expected
    assert (plain.search(sentence) is not None) is expected


def test_sizes_found_do_not_depend_on_the_statistic_words_being_looked_for_once():
    from routes.extract.sizes import find_sizes

    # A statistic word elsewhere in the sentence drops only the figure of its own clause.
    sentence = "Unos 3.000 migrantes llegaron a Huixtla; en lo que va del año han pasado 40.000 personas."
    assert [z.words for z in find_sizes(sentence)] == ["Unos 3.000"]
    assert [z.words for z in find_sizes("So far this year 40,000 migrants crossed.")] == []
    assert [(z.words, z.count.low, z.count.high) for z in find_sizes("About 2,000 migrants crossed.")] == [
        ("About 2,000", 1800, 2200)]


@pytest.mark.parametrize("sentence, places", [
    ("Se concentraron el sábado en San Pedro Sula y el domingo llegaron a Nueva Ocotepeque.",
     ["San Pedro Sula", "Nueva Ocotepeque"]),
    ("Caminaron hasta Ocotepeque y planean cruzar el jueves por Agua Caliente.", ["Ocotepeque", "Agua Caliente"]),
    ("They rested in Huixtla.", ["Huixtla"]),
])
def test_place_kinds_given_the_sentence_kind_answer_as_when_they_work_it_out(sentence, places):
    from routes.extract.kinds import candidate_kinds, place_kinds, sentence_kind

    spans = [(sentence.index(p), sentence.index(p) + len(p)) for p in places]
    candidates = candidate_kinds(sentence, [(0, len(sentence))])[0]
    whole = sentence_kind(sentence, candidates)
    assert place_kinds(sentence, spans, candidates, whole=whole) == place_kinds(sentence, spans, candidates)


def test_place_kinds_by_hand():
    from routes.extract.kinds import place_kinds, sentence_kind

    sentence = "Se concentraron el sábado en San Pedro Sula y el domingo llegaron a Nueva Ocotepeque."
    spans = [(sentence.index("San"), sentence.index(" y el")), (sentence.index("Nueva"), len(sentence) - 1)]
    assert place_kinds(sentence, spans, whole=sentence_kind(sentence)) == [("gathering", True), ("arrival", True)]


@pytest.mark.parametrize("sentence, place, role", [
    ("Migrants from Honduras walked on.", "Honduras", "origin"),
    ("They are heading toward the United States.", "United States", "destination"),
    ("Officials in Washington said nothing.", "Washington", "spoke"),
    ("Her brother lives in Palm Springs.", "Palm Springs", "origin"),
    ("They rested in Huixtla.", "Huixtla", "stop"),
    ("Después de salir de Tapachula, llegaron a Huixtla.", "Tapachula", "departure"),
    ("Según La Prensa, llegaron.", "La Prensa", "source"),
])
def test_a_place_role_from_the_words_before_it(sentence, place, role):
    from routes.extract.places import role_of

    start = sentence.index(place)
    assert role_of(sentence, start, start + len(place), place in ("Honduras", "United States")) == role


_ODD_TEXTS = [
    "About 2,000 migrants crossed.", "unos 3 MIL 500 migrantes", "İstanbul: unos 300 migrantes", "Unos 300 mıgrantes",
    "deſde el puente", "ESTIMATED AT 7,000", "", "   ", "a roundabout 2,000",
]


@pytest.mark.parametrize("pattern", [
    r"(?:(?:about|unos|estimated\s+at)\s+){0,2}(?:(?:between|entre)\s+)?$",
    r"(?P<figure>\d+(?:\s+mil)?)(?P<more>\s+(?:more|más))?(?![\w%])",
    r"\s*(?:%|percent|migrantes|miles\b)",
    r"\b(?:mil|desde)\b",
])
def test_a_caseless_pattern_finds_what_the_case_insensitive_regex_finds(pattern):
    from routes.extract.text import CaselessPattern

    ours, reference = CaselessPattern(pattern), re.compile(pattern, re.I)
    for text in _ODD_TEXTS + [t.upper() for t in _ODD_TEXTS]:
        for pos in range(len(text) + 1):
            for endpos in (len(text), max(pos, len(text) - 3)):
                a, b = ours.search(text, pos, endpos), reference.search(text, pos, endpos)
                assert (a and a.span()) == (b and b.span()), (text, pos, endpos)
                a, b = ours.match(text, pos, endpos), reference.match(text, pos, endpos)
                assert (a and a.span()) == (b and b.span()), (text, pos, endpos)
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_a_caseless_pattern_by_hand():
    from routes.extract.text import CaselessPattern, caseless_view

    lead = CaselessPattern(r"(?:(?:about|unos)\s+){0,2}$")
    assert lead.search("They counted ABOUT ", 0, 19).span() == (13, 19)
    assert CaselessPattern(r"mil").search("Unos 3 mıl").span() == (7, 10)  # dotless ı, read as i
    assert caseless_view("Unos MIL") == "unos mil"
    assert caseless_view("Unos mıl") is None and caseless_view("İ") is None and caseless_view("deſde") is None
    with pytest.raises(ValueError):
        CaselessPattern(r"About")


@pytest.mark.parametrize("text, spans", [
    ("This city and this town", [(0, 5), (14, 19)]),
    ("Esta ciudad; esta noche; Beste x", [(0, 5), (13, 18)]),  # not inside "Beste"
    ("Gathis x, this", []),  # "this" at the end: no space after
    ("", []),
])
def test_a_word_start_search_finds_what_the_pattern_with_a_word_boundary_finds(text, spans):
    from routes.extract.text import word_start_finditer, word_start_search

    compiled, plain = re.compile(r"(?:[Tt]his|[Ee]st[ae])\s"), re.compile(r"\b(?:[Tt]his|[Ee]st[ae])\s")
    assert [m.span() for m in word_start_finditer(compiled, text)] == spans
    assert [m.span() for m in plain.finditer(text)] == spans
    for pos in range(len(text) + 1):
        a, b = word_start_search(compiled, text, pos), plain.search(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_sizes_read_through_the_caseless_patterns_by_hand():
    from routes.extract.sizes import find_sizes, speaks_of_another_time

    found = [(z.words, z.count.low, z.count.high) for z in find_sizes("ESTIMATED AT 7,000 MIGRANTS crossed the river.")]
    assert found == [("ESTIMATED AT 7,000", 6300, 7700)]
    assert [z.words for z in find_sizes("Unos tres mil migrantes salieron; 40 dólares cada uno.")] == ["Unos tres mil"]
    # a qualifier is read only after a word that ends one ("roundabout" is not "about")
    assert [z.words for z in find_sizes("A roundabout 2,000 migrants walked.")] == ["2,000"]
    assert [z.words for z in find_sizes("A round ABOUT 2,000 migrants walked.")] == ["ABOUT 2,000"]
    assert speaks_of_another_time("That was LAST OCTOBER.") and not speaks_of_another_time("They left on Monday.")


def test_capitals_by_adjective_are_found_as_scanning_every_position_finds_them():
    from conftest import ROOT
    from routes.extract import described
    from routes.extract.text import fold

    texts = ["the Guatemalan capital", "la capital guatemalteca y la capital hondureña", "capital capital Mexican capital",
             "x Costa Rican   capital", "costarricense capital", "nothing here", "capitalguatemalan capital",
             "mexicanos capital mexican", "Honduran\n\ncapital", ""]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    texts += [" ".join(texts[:9]) * 3]
    found = 0
    for text in texts:
        folded = fold(text)
        ours = [m.span() for m in described._by_adjective(folded)]
        assert ours == [m.span() for m in described._BY_ADJECTIVE.finditer(folded)], text[:60]
        found += len(ours)
    assert found >= 12
    assert [m.span() for m in described._by_adjective(fold("la capital guatemalteca y la capital hondureña"))] == [
        (3, 23), (29, 46)]


def _corpus_sentences() -> list[str]:
    from conftest import ROOT
    from routes.extract.text import sentences

    out = []
    for path in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")):
        out += [s.text for s in sentences(path.read_text(encoding="utf-8"))]
    return out


def test_kinds_tried_where_their_cues_start_are_the_kinds_searched_for():
    """Every sentence of the annotated articles (as written and upper-cased), each place-like word a place:
    the kinds worked out from where the cues' first letters are equal those searched for anywhere."""
    from routes.extract.kinds import candidate_cues, candidate_kinds, place_kinds, sentence_kind

    texts = _corpus_sentences()
    texts += [t.upper() for t in texts[:60]] + ["İ walked; they arrived in Huixtla and left."]
    cued = 0
    for text in texts:
        cues, kinds = candidate_cues(text, [(0, len(text))])[0], candidate_kinds(text, [(0, len(text))])[0]
        assert frozenset(cues) == kinds
        assert sentence_kind(text, cues) == sentence_kind(text, kinds) == sentence_kind(text)
        marks = [(m.start(), m.end()) for m in re.finditer(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+", text)][1:5]
        assert place_kinds(text, marks, cues) == place_kinds(text, marks, kinds)
        cued += sentence_kind(text, cues)[1]
    assert cued > 100


def test_candidate_cues_say_where_each_kind_may_start_by_hand():
    from routes.extract.kinds import candidate_cues

    text = "They arrived. Then they crossed and rested; secretary"
    spans = [(0, 13), (14, len(text))]
    first, second = candidate_cues(text, spans)
    assert first == {"arrival": (5,)}
    # "rested", and "se" ("se quedaron") starting "secretary"; not "ret" inside it (a checkpoint's "retén")
    assert second["crossing"] == (10,) and second["sighting"] == (22, 30) and "checkpoint" not in second
    assert candidate_cues("İ arrived", [(0, 9)])[0]["arrival"] is None  # lower case longer: searched for


def test_a_word_pattern_matches_at_a_word_start_only():
    from routes.extract.text import WordPattern

    pattern = WordPattern(r"\b(?:cross(?:ed|es)|left)\b")
    assert pattern.match_at("They CROSSED.", 5).span() == (5, 12)
    assert pattern.match_at("recrossed", 2) is None and pattern.match_at("They left", 4) is None
    assert pattern.match_at("İ crossed", 2).span() == (2, 9)  # searched with its reference


# -- the one scan for the rules' words (CueIndex) -------------------------------------------------------------
@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:r[íi]o|river)\s+$", {"río", "rio", "river"}),
    (r"\byears\s+ago\b", {"years"}),  # the longer of the two runs
    (r"\bhace\s+(?:\w+\s+)?a[ñn]os\b", {"hace"}),  # as long as "años"/"anos", one string
    (r"\b(?:the|a)\s+caravan\b", {"caravan"}),  # an article is in every sentence
    (r"\b(?:arriv(?:ed|ing)|reached)\b", {"arrived", "arriving", "reached"}),  # a fixed group: both ways written out
    (r"reach\b(?<!\bto\sreach)", {"reach"}),  # lookarounds take no letters
    (r"\b(?:cross(?:ed)?|entered)\s+(?:the\s+)?$", {"cross", "entered"}),
    (r"\b\w+\s+ago\b", {"ago"}),
    (r"\b(?:x)?\w+", None),  # nothing every match holds
    (r"\ba\s+b", None),  # one letter each
    (r"\b(?:walked|\w+ed)\b", {"ed"}),  # "walked" holds "ed" too (two letters: a CueIndex leaves it out)
])
def test_required_words_by_hand(pattern, expected):
    from routes.extract.text import required_words

    got = required_words(pattern)
    assert (None if got is None else set(got)) == (None if expected is None else set(expected))


def _case_blind_patterns():
    from routes.extract import (attach_sizes, captions, dates, dating, described, kinds, namefacts, pipeline, places,
                                sentences, sizes)
    from routes.extract.text import _CaseBlindPattern

    out = []
    for module in (pipeline, sentences, attach_sizes, dating, captions, namefacts, places, sizes, dates, kinds,
                   described):
        for value in vars(module).values():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, _CaseBlindPattern) and item not in out:
                    out.append(item)
    return out


def test_every_match_of_the_rules_patterns_holds_one_of_its_required_words():
    """Every place a rule's pattern matches in the annotated articles' sentences (lower-cased, as the patterns
    search them), found by the regex itself, holds one of the words :func:`required_words` says it needs."""
    from routes.extract.text import required_words

    texts = [t.lower() for t in _corpus_sentences()] + [
        "hace tres años cruzaron; years ago; los migrantes ya suman 3 mil; el tamaño de la caravana es de 2.000"]
    # (most "before" patterns match only at a text's end: the words before a place)
    befores = [text[:m.start()] for text in texts for m in re.finditer(r"\b\w", text)]
    checked = 0
    for pattern in _case_blind_patterns():
        words = required_words(pattern.pattern)
        if words is None:
            continue
        compiled = re.compile(pattern.pattern)
        for text in texts + (befores if pattern.pattern.endswith("$") else []):
            m = compiled.search(text)
            while m:
                assert any(w in m.group() for w in words), (pattern.pattern[:50], m.group())
                checked += 1
                m = compiled.search(text, m.start() + 1)
    assert checked > 2000


def _odd_case_texts() -> list[str]:
    return ["İ walked to the shelter; they crossed from Huixtla.", "Salieron deſde el albergue hace dos años.",
            "Llegaron unos mıl migrantes a la terminal."]


def test_a_search_handed_the_sentences_cues_finds_what_the_plain_search_finds():
    """For every sentence of the annotated articles (as written, upper-cased, and with letters lower-casing does
    not stand for), every pattern the pipeline's index holds, searched in the sentence and in the 80 and 40
    letters before its words, finds the same with the sentence's cues as without."""
    from conftest import ROOT
    from routes.extract.sentences import _cue_index
    from routes.extract.text import CueWords, sentences

    index = _cue_index()
    assert len(index.patterns) > 40
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    texts += [texts[0].upper()] + _odd_case_texts()
    ruled_out = found = 0
    for text in texts:
        sents = sentences(text)
        masks = index.scan(text, [(s.start, s.end) for s in sents])
        for sent, mask in zip(sents, masks):
            starts = [m.start() for m in re.finditer(r"\b\w", sent.text)][::3] + [len(sent.text)]
            windows = [sent.text] + [sent.text[max(0, k - width):k] for k in starts for width in (80, 40)]
            for pattern in index.patterns:
                if isinstance(pattern, CueWords):  # told by the mask: exactly whether a word is in the sentence
                    lowered = sent.text.lower()
                    assert pattern.written_in(lowered, mask) is any(w in lowered for w in pattern.words)
                    continue
                ruled_out += pattern.ruled_out(mask)
                for window in windows:
                    plain = pattern.search(window)
                    gated = pattern.search(window, cues=mask)
                    assert (plain and plain.span()) == (gated and gated.span()), (pattern.pattern[:40], window)
                    found += plain is not None
    assert ruled_out > 10000 and found > 1000


def test_a_cue_index_by_hand():
    from routes.extract.text import CaselessPattern, CueIndex, WordPattern, sentences

    crossed = WordPattern(r"\b(?:crossed|cruzaron)\b")
    shelter = CaselessPattern(r"shelter|albergue")
    short = WordPattern(r"\b(?:en|a)\s+")  # a two-letter word is in nearly every sentence: not held
    index = CueIndex([crossed, shelter, short])
    assert index.patterns == [crossed, shelter]
    text = "They crossed the river. They rested at the SHELTER. Nada más."
    spans = [(s.start, s.end) for s in sentences(text)]
    first, second, third = index.scan(text, spans)
    assert crossed.ruled_out(second) and crossed.ruled_out(third) and not crossed.ruled_out(first)
    assert shelter.ruled_out(first) and not shelter.ruled_out(second)
    assert not short.ruled_out(third)  # never ruled out
    assert crossed.search("They crossed", cues=second) is None  # told it cannot match: not searched
    assert crossed.search("They crossed", cues=first).span() == (5, 12)
    assert shelter.search(text, cues=second).span() == (43, 50)
    assert list(crossed.finditer(text, cues=third)) == [] and list(shelter.finditer(text, cues=third)) == []
    # where lower case is longer, or reads other letters (İ, ı, ſ), every pattern is searched
    assert index.scan("İ crossed. Then more.", [(0, 10), (11, 21)]) == [-1, -1]
    with pytest.raises(ValueError, match="one CueIndex"):
        CueIndex([crossed])


def test_drafts_with_the_cue_index_are_the_drafts_without_it(monkeypatch):
    """Every annotated article (and one upper-cased) gives the same drafts with every pattern searched."""
    from conftest import ROOT
    from routes.extract import api, pipeline, read_article, sentences

    real = sentences._cue_index()

    class EverythingSearched:
        def scan_starts(self, text, spans):  # no mask; where the kinds' cues start, as the index finds it
            return [None for _ in spans], real.scan_starts(text, spans)[1]

    articles = [read_article(p) for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    texts = [(a.text, a.published) for a in articles] + [(articles[0].text.upper(), articles[0].published)]
    matcher = api.default_extractor().matcher
    gated = [pipeline.Extractor(matcher=matcher).extract(t, p or "2018-10-20") for t, p in texts]
    monkeypatch.setattr(sentences, "_cue_index", lambda: EverythingSearched())
    plain = [pipeline.Extractor(matcher=matcher).extract(t, p or "2018-10-20") for t, p in texts]
    assert gated == plain
    assert sum(map(len, plain)) > 100


def test_a_cue_index_says_where_its_start_words_are_written_by_hand():
    from routes.extract.text import CueIndex, WordPattern

    crossed = WordPattern(r"\b(?:crossed|cruzaron)\b")
    index = CueIndex([crossed], starts={"arriv": "A", "se": "S", "cross": "C"})
    text = "They arrived. Then they CROSSED and rested; secretary"
    masks, starts = index.scan_starts(text, [(0, 13), (14, len(text))])
    assert masks == index.scan(text, [(0, 13), (14, len(text))])
    assert not crossed.ruled_out(masks[1]) and crossed.ruled_out(masks[0])
    # offsets in the sentence, in the order their last letters come; "se" inside "rested" is not at a word's start
    assert starts == [[(5, "A")], [(10, "C"), (30, "S")]]
    # a start word that runs past its sentence's end is not its sentence's
    assert index.scan_starts("We cross", [(0, 5), (5, 8)])[1] == [[], []]
    # ı, ſ: every pattern is searched (masks -1), the start words are found all the same; İ: not known
    assert index.scan_starts("ı crossed", [(0, 9)]) == ([-1], [[(2, "C")]])
    assert index.scan_starts("İ crossed", [(0, 9)]) == ([-1], None)
    with pytest.raises(ValueError, match="lower-case"):
        CueIndex([], starts={"Arriv": 1})


def test_kinds_from_the_one_scan_are_the_kinds_of_their_own_scan():
    """The sentence pass reads where the kinds' cues start from the cue index's scan: the same answer as
    kinds.candidate_cues on every annotated article (as written and upper-cased) and on odd-case texts."""
    from conftest import ROOT
    from routes.extract import sentences as sentence_pass
    from routes.extract.kinds import candidate_cues, cues_from_starts
    from routes.extract.text import sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    texts += [t.upper() for t in texts[:10]]
    texts += ["İ arrived. They crossed.", "Theſe migrants arrived; ıt rested.", "", "Arrived."]
    index = sentence_pass._cue_index()
    cued = 0
    for text in texts:
        spans = [(s.start, s.end) for s in sentences(text)]
        masks, starts = index.scan_starts(text, spans)
        assert masks == index.scan(text, spans)
        kinds = cues_from_starts(starts, len(spans))
        assert kinds == candidate_cues(text, spans), text[:40]
        cued += sum(at is not None for here in kinds for at in here.values())
    assert cued > 500


def test_relative_clauses_of_the_group_by_hand():
    """which_clauses keeps its last few answers (the sentence being read is asked about for each date and place):
    the same spans asked again, after other sentences, and never a list a caller could change."""
    from routes.extract.kinds import which_clauses

    sentence = "The caravan, which set out on Tuesday from Tapachula, reached Huixtla, que queda cerca."
    expected = ((11, 52), (69, 87))  # from each comma to the next comma or the end (its full stop too)
    assert which_clauses(sentence) == expected
    for other in ("No comma here", "Ayer, que fue lunes, llegaron", "They, who walked, rested", "A, b, c, d"):
        which_clauses(other)
    assert which_clauses(sentence) == expected and isinstance(which_clauses(sentence), tuple)
    assert which_clauses("Ayer, que fue lunes, llegaron") == ()  # a day named ("que fue"), not an event
    assert which_clauses("They, who walked, rested") == ((4, 16),)
    assert which_clauses("No comma here") == ()
    assert which_clauses("Llegaron -después de que ayer salieron- a Huixtla") == ((9, 39),)  # an aside


def test_cue_words_by_hand():
    from routes.extract.text import CueIndex, CueWords, WordPattern, sentences

    future = CueWords(("will", " to ", "rá"))
    other = WordPattern(r"\b(?:crossed)\b")
    index = CueIndex([future, other])
    text = "They will leave. Saldrán mañana. They crossed it. Tomorrow."
    masks = index.scan(text, [(s.start, s.end) for s in sentences(text)])
    assert [future.written_in(s.text.lower(), m) for s, m in zip(sentences(text), masks)] == [True, True, False, False]
    assert future.written_in("they want to go") and not future.written_in("they went")  # no mask: looked for
    assert future.written_in("anything", -1) is False  # an unknown mask (odd case): looked for
    with pytest.raises(ValueError, match="lower-case"):
        CueWords(("Will",))


_CLAUSE_BREAK_AS_IT_WAS = re.compile(  # the pattern before its full stop was read first (the plain way)
    r"[;:]|,\s+(?:while|whereas|but|and|mientras|pero|y)\b|\s+(?:while|whereas|mientras)\s+|"
    r"(?-i:(?<=[a-záéíóúñ]{2})\.(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]))|"
    r"\s+(?:that|which|who|que|quienes)\s+(?:had|has|have|hab[íi]an?|han|ha)\s+(?:already\s+|ya\s+)?\w+|"
    # (a clause of its own with its own figure, added after: "... on Tuesday and about 1,000 reached ...")
    r"\s+(?<!\d\s)(?:and|y|e)\s+(?:(?:then|later|on\s+\w+|by\s+\w+|that\s+\w+|luego|despu[ée]s|el\s+\w+|esa?\s+\w+)\s+)?"
    r"(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|at\s+least|another|unos|unas|cerca\s+de|"
    r"alrededor\s+de|m[áa]s\s+de|casi|otros|otras)\s+)?(?:\d|(?:a|one|two|three|four|five)\s+thousand\b|hundreds\b|"
    r"thousands\b|(?:dos|tres|cuatro|cinco)\s+mil\b|mil\b|miles\b|cientos\b|centenares\b)", re.I)


def test_clause_breaks_are_found_where_the_pattern_as_it_was_finds_them():
    """Every sentence of the annotated articles and some written here, searched whole, from each word and up to
    each word (as the size rules search them): the same breaks."""
    from routes.extract.sizes import _CLAUSE_BREAK

    texts = _corpus_sentences() + [
        "Some 300 left on Tuesday and about 1,000 arrived, between 300 and 500 and then thousands y el lunes unos mil",
        "Llegaron las autoridades.Nicaragüenses salieron; otros esperaban:  mientras   tanto, y luego",
        "a caravan that had left, a group which HAS already crossed,\twhile others WHO  have  waited",
        "Eran 300.Hondureños y 200 más. A.B. ab.Cd ab.C ÁÉ.Ñu abc.Éxito",
    ]
    found = 0
    for text in texts:
        assert [m.span() for m in _CLAUSE_BREAK.finditer(text)] == [
            m.span() for m in _CLAUSE_BREAK_AS_IT_WAS.finditer(text)], text
        for k in [m.start() for m in re.finditer(r"\b\w", text)][::2]:
            ours, plain = _CLAUSE_BREAK.search(text, k), _CLAUSE_BREAK_AS_IT_WAS.search(text, k)
            assert (ours and ours.span()) == (plain and plain.span()), (text, k)
            assert [m.span() for m in _CLAUSE_BREAK.finditer(text, 0, k)] == [
                m.span() for m in _CLAUSE_BREAK_AS_IT_WAS.finditer(text, 0, k)], (text, k)
            found += plain is not None
    assert [m.group() for m in _CLAUSE_BREAK.finditer(texts[-3])] == [".", ";", ":", "  mientras   ", ", y"]
    assert found > 150


def test_capitals_named_by_their_country_are_found_as_when_every_mention_is_looked_at(monkeypatch):
    """'la capital de Honduras', "Guatemala's capital": the mentions found in every annotated article and in
    sentences written here are those found when the articles that never write "capital" are read too."""
    from conftest import ROOT
    from routes.extract import api, described

    ex = api.default_extractor()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    texts += ["Llegaron a la capital de Honduras.", "They reached Guatemala's CAPITAL.", "Salieron de Honduras."]

    def mentions(text):
        return [(m.start, m.end, m.name) for m in
                described.described_mentions(text, ex.matcher.find(text), ex.resolver.index.lookup, ex._area_query)]

    ours = [mentions(t) for t in texts]
    monkeypatch.setattr(described, "_CAPITAL_WORD", re.compile(""))  # every article read mention by mention
    assert ours == [mentions(t) for t in texts]
    assert ours[-3] == [(14, 33, "Tegucigalpa, Honduras")]  # the capital, not the country
    assert ours[-1] == [(12, 20, "Honduras")]


@pytest.mark.parametrize("sentence, place, role", [
    ("Mexico's government sent troops to Tapachula.", "Mexico", "actor"),
    ("Mexico’s foreign ministry said the caravan left.", "Mexico", "actor"),
    ("Guatemalan authorities met the Honduras government officials.", "Honduras", "actor"),
    ("They walked from Honduras' border toward Mexico.", "Honduras", "origin"),  # an apostrophe, not an actor's
    ("The HONDURAS GOVERNMENT closed the border.", "HONDURAS", "actor"),
    ("Guatemala’s border was closed.", "Guatemala", "landmark"),  # the border qualified by the country
])
def test_an_actor_after_a_place_by_hand_and_as_the_plain_patterns_say(sentence, place, role):
    from routes.extract import places
    from routes.extract.sentences import _cue_index

    start = sentence.index(place)
    end = start + len(place)
    cues = _cue_index().scan(sentence, [(0, len(sentence))])[0]
    assert places.role_of(sentence, start, end, True, cues) == places.role_of(sentence, start, end, True) == role
    plain = re.compile(places._ACTOR_ADJECTIVE_AFTER.pattern, re.I)
    after = sentence[end:end + 60]
    assert (places._ACTOR_ADJECTIVE_AFTER.match(after, cues=cues) is None) == (plain.match(after) is None)


def test_the_words_patterns_need_are_kept_in_the_cache_folder(tmp_path, monkeypatch):
    from routes.extract import text

    monkeypatch.setenv("ROUTEMAPPER_CACHE_DIR", str(tmp_path))
    patterns = [r"\b(?:r[íi]o|river)\s+$", r"\b(?:x)?\w+"]
    first = text.cached_required_words(patterns)
    assert first == {patterns[0]: frozenset({"río", "rio", "river"}), patterns[1]: None}
    [kept] = tmp_path.glob("cue-words-*.json")

    def not_again(pattern):
        raise AssertionError("worked out again")

    monkeypatch.setattr(text, "required_words", not_again)
    assert text.cached_required_words(patterns) == first  # read back
    with pytest.raises(AssertionError, match="again"):
        text.cached_required_words(patterns + [r"\bother\b"])  # other patterns: another file
    monkeypatch.undo()
    monkeypatch.setenv("ROUTEMAPPER_CACHE_DIR", str(tmp_path))
    kept.write_text("{not json", encoding="utf-8")
    assert text.cached_required_words(patterns) == first  # a spoilt file is worked out again
    assert len(list(tmp_path.glob("cue-words-*.json"))) == 1


# -- a caption line's key (captions._line_key) ---------------------------------------------------------------
#: The pattern _line_key stands in for, as caption_sentences used it.
_LINE_KEY_AS_IT_WAS = re.compile(r"^[\s\u2022\u00b7\u25aa\u25cf]+|\s*\|.*$")


@pytest.mark.parametrize("line, key", [
    ("Migrant caravan arrives in Tapachula", "Migrant caravan arrives in Tapachula"),
    ("  \u2022 Migrant caravan arrives in Tapachula  ", "Migrant caravan arrives in Tapachula"),
    ("Migrant caravan arrives in Tapachula | Photo: Twitter/@x", "Migrant caravan arrives in Tapachula"),
    ("\u00a0\u2003\u00b7 \u25aa\u25cf Caravana llega a Tapachula\t|\t| Foto: x", "Caravana llega a Tapachula"),
    ("| Photo: AFP", ""),
    ("  \u2022  ", ""),
    ("", ""),
    ("\u2022|x", ""),
    ("a\u2022b | c", "a\u2022b"),  # a bullet inside the line stays
    ("x\r", "x"),
    ("\x1c\x1d leading separators | y", "leading separators"),  # what str.isspace and \s both call space
])
def test_a_caption_lines_key_by_hand_and_as_the_pattern_as_it_was(line, key):
    from routes.extract.captions import _line_key

    assert _line_key(line) == key
    assert _LINE_KEY_AS_IT_WAS.sub("", line).strip() == key


@given(st.text(alphabet=st.sampled_from(list(" \t\r\x0b\x0c\x1c\x85\u00a0\u2003\u3000|\u2022\u00b7\u25aa\u25cfab\u00e9:")),
               max_size=40))
@settings(max_examples=500, deadline=None)
def test_a_caption_lines_key_is_the_pattern_as_it_was_on_any_line(line):
    from routes.extract.captions import _line_key

    assert _line_key(line) == _LINE_KEY_AS_IT_WAS.sub("", line).strip()


def test_caption_lines_keys_of_every_annotated_article_are_the_pattern_as_it_was():
    from pathlib import Path

    from routes.extract.captions import _line_key

    lines = [line for path in sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    assert len(lines) > 200
    assert [_line_key(line) for line in lines] == [_LINE_KEY_AS_IT_WAS.sub("", line).strip() for line in lines]


# -- alternatives grouped by their first letter (text.compiled_by_first_letter) ----------------------------------
@pytest.mark.parametrize("pattern, text, span, groups", [
    (r"(?:an|and|a)\b", "and so", (0, 3), ()),  # "an" fails at \b, "and" comes before "a"
    (r"(?:an|and|a)", "and so", (0, 2), ()),  # the first alternative that matches, as written
    (r"(?:be|[bc]an|bear|cat)s", "the cans", (4, 8), ()),  # a set of letters: in both letters' groups
    (r"(?:be|[bc]an|bear|cat)s", "two bears", (4, 9), ()),
    (r"(?:will|went|shall|wish)\s+(?P<to>to|toward)?", "they went toward it", (5, 12), ("to",)),  # "to" comes first
    (r"(?:(?P<a>sal\w+)|(?P<b>sub\w+)|(?P<c>sep\w*))\s", "subieron y", (0, 9), (None, "subieron", None)),
    (r"x(?:pre|pro|per)+y", "a xperprey", (2, 10), ()),  # inside a repeat
    (r"(?:la|le|lo)(?!s)", "los la", (4, 6), ()),  # inside a lookahead's neighbour
])
def test_alternatives_grouped_by_first_letter_by_hand(pattern, text, span, groups):
    from routes.extract.text import compiled_by_first_letter

    found = compiled_by_first_letter(pattern).search(text)
    assert found.span() == span and found.groups() == groups
    assert compiled_by_first_letter(pattern).pattern == pattern  # (the text as written)


def test_alternatives_grouped_by_first_letter_find_what_the_plain_compile_finds():
    """Every WordPattern and CaselessPattern of the rules, on sentences written here, every stretch of them."""
    import gc
    import importlib

    from routes.extract.text import CaselessPattern, WordPattern, compiled_by_first_letter

    for name in ("dates", "kinds", "pipeline", "sentences", "attach_sizes", "dating", "captions", "namefacts", "places",
                 "sizes", "described", "groups", "story"):
        importlib.import_module(f"routes.extract.{name}")
    patterns = [p for p in gc.get_objects() if isinstance(p, (WordPattern, CaselessPattern))]
    assert len(patterns) > 100
    texts = [t.lower() for t in (
        "The caravan will try to reach Tapachula on Monday, and they hope to get to Huixtla by Tuesday.",
        "Los migrantes planean llegar mañana a Escuintla; unos 2.000 intentaron cruzar el río el domingo.",
        "About 1,500 people, who had left San Pedro Sula three days earlier, were expected to press on north.",
        "Es posible que la caravana avance hasta Oaxaca, aunque podría ser por la ruta de la costa.",
        "Officials said the group of some 300 migrants spent the night in the town of Arriaga last week.",
    )]
    grouped = 0
    for p in patterns:
        body = p.pattern[2:] if isinstance(p, WordPattern) else p.pattern
        plain, ours = re.compile(body), compiled_by_first_letter(body)
        grouped += ours.groupindex == plain.groupindex and _code_size(ours) != _code_size(plain)
        for text in texts:
            for pos in range(0, len(text), 7):
                for endpos in (len(text), pos + 40):
                    a, b = ours.search(text, pos, endpos), plain.search(text, pos, endpos)
                    assert (a and (a.span(), a.groups(), a.lastindex)) == (b and (b.span(), b.groups(), b.lastindex)), \
                        (body[:50], text, pos, endpos)
    assert grouped > 50  # (most rules' patterns have an alternation to group)


def _code_size(compiled: re.Pattern) -> int:
    """How much the compiled pattern weighs (a grouped alternation is another program than the plain one)."""
    import sys

    return sys.getsizeof(compiled)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcs ", max_size=24))
def test_nested_alternatives_grouped_by_first_letter_find_what_the_plain_compile_finds(text):
    from routes.extract.text import compiled_by_first_letter

    pattern = r"(?:ab|a|[ab]c|(?P<s>s+)|b(?:a|ab|b)+|cab?|c)\s?(?:(?:a|ab)?c|s)?"
    plain, ours = re.compile(pattern), compiled_by_first_letter(pattern)
    assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_a_pattern_searched_often_is_grouped_by_first_letter_and_finds_the_same(monkeypatch):
    """A batch's patterns are compiled again, grouped, after a few searches (a single article's are not)."""
    from routes.extract import text
    from routes.extract.text import CaselessPattern, WordPattern

    monkeypatch.setattr(text, "_USES_BEFORE_GROUPING", 3)
    monkeypatch.setattr(text, "kept_by_first_letter", lambda pattern: None)  # (no program kept from an earlier run)
    word, caseless = WordPattern(r"\b(?:went|will|walked|wish)\s+to\b"), CaselessPattern(r"(?:went|will|walked)\s+to\b")
    sentences = ["They will go to Tapachula.", "They WENT TO Huixtla and walked to Escuintla.", "A wish to rest."]
    found, plain = [], None
    for _ in range(3):
        for sentence in sentences:
            found.append((word.search(sentence) and word.search(sentence).span(),
                          caseless.search(sentence) and caseless.search(sentence).span()))
            plain = plain or word._lowered
    assert found == [(None, None), ((5, 12), (5, 12)), ((2, 9), None)] * 3
    assert word._uses == 0 and caseless._uses == 0 and word._lowered is not plain  # (compiled again, grouped)
    assert word._lowered.pattern == plain.pattern == r"(?:went|will|walked|wish)\s+to\b"


def test_grouped_programs_are_kept_in_the_cache_folder_and_a_damaged_file_is_read_as_none(tmp_path, monkeypatch):
    from routes.extract import text

    monkeypatch.setenv("ROUTEMAPPER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(text, "_PROGRAMS", [])
    monkeypatch.setattr(text, "_PROGRAMS_NEW", [])
    pattern = r"(?:went|will|walked|wish)\s+(?P<to>to)\b"
    assert text.kept_by_first_letter(pattern) is None  # (nothing kept yet)
    made = text.compiled_by_first_letter(pattern)
    text._keep_programs()  # (what a process does at its exit)
    kept_files = list(tmp_path.glob("sre-programs-*.marshal"))
    assert len(kept_files) == 1
    monkeypatch.setattr(text, "_PROGRAMS", [])  # (another process)
    kept = text.kept_by_first_letter(pattern)
    assert kept is not None and kept.pattern == pattern
    for sentence in ("They walked to Huixtla.", "We wish to go", "went  to", "they went home"):
        a, b = kept.search(sentence), re.compile(pattern).search(sentence)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())) == (made.search(sentence) and (
            made.search(sentence).span(), made.search(sentence).groups()))
    kept_files[0].write_bytes(b"not a program")
    monkeypatch.setattr(text, "_PROGRAMS", [])
    assert text.kept_by_first_letter(pattern) is None  # (damaged: compiled again when asked)
    assert text.compiled_by_first_letter(pattern).search("They walked to Huixtla.").span() == (5, 14)
