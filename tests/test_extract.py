"""routemapper extract: dates, sizes, places and kinds rules, HTML reading, the command line, Dask."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from conftest import TESTS

ARTICLES = TESTS / "data" / "articles"


# -- dates ---------------------------------------------------------------------------------------
THURSDAY = date(2018, 10, 18)


@pytest.mark.parametrize(("sentence", "published", "iso"), [
    ("They crossed on Oct. 21, 2018.", None, "2018-10-21"),
    ("Cruzaron el 21 de octubre de 2018.", None, "2018-10-21"),
    ("They crossed on October 21.", None, ""),                      # no year, no publication date
    ("They crossed on October 21.", date(2018, 10, 25), "2018-10-21"),
    ("They left on Sunday.", THURSDAY, "2018-10-14"),
    ("They left on Sunday.", None, ""),                             # never guessed
    ("They left last Saturday.", THURSDAY, "2018-10-13"),
    ("They left last Thursday.", THURSDAY, "2018-10-11"),           # 'last' is strictly before
    ("They arrived on Thursday.", THURSDAY, "2018-10-18"),
    ("By Monday, many had returned.", THURSDAY, "2018-10-15"),
    ("They have crossed since Friday.", THURSDAY, "2018-10-12"),
    ("They will leave on Monday.", THURSDAY, "2018-10-22"),
    ("Saldrán el próximo lunes.", THURSDAY, "2018-10-22"),
    ("Salieron el sábado pasado.", THURSDAY, "2018-10-13"),
    ("They left yesterday.", THURSDAY, "2018-10-17"),
    ("Salieron ayer.", THURSDAY, "2018-10-17"),
    ("Hoy llegaron.", THURSDAY, "2018-10-18"),
    ("Esta mañana salieron.", THURSDAY, "2018-10-18"),              # morning, not tomorrow
    ("They set out on Christmas Eve.", date(2023, 12, 26), "2023-12-24"),
    ("Salieron en Nochebuena.", date(2024, 1, 3), "2023-12-24"),
    ("They arrived around Oct. 15.", THURSDAY, "~2018-10-15"),
    ("They came in October 2018.", None, "2018-10"),
    ("Salieron el viernes 15 de enero.", date(2021, 1, 23), "2021-01-15"),  # the date says which Friday
    ("They left on Friday, Jan. 15.", date(2021, 1, 23), "2021-01-15"),
])
def test_dates_resolve_against_the_publication_date(sentence, published, iso):
    from routes.extract.dates import find_dates

    found = find_dates(sentence, published)
    assert (found[0].iso if found else "") == iso


def test_a_place_carried_over_takes_its_new_sentences_first_date():
    from routes.extract import extract_reports

    text = ("On Sunday about 1,000 migrants gathered at the bus terminal in Tapachula. "
            "By Tuesday, after a rally on Monday, about 500 more had joined them there.")
    rows = extract_reports(text, published="2023-12-27")
    assert [(r["place"], r["date"], r["count"]) for r in rows] == [
        ("Tapachula", "2023-12-24", "about 1,000"), ("Tapachula", "2023-12-26", "about 500 more")]


def test_a_size_goes_to_the_places_of_its_own_clause():
    from routes.extract import extract_reports

    text = ("Police let several hundred migrants through the border post at Agua Caliente on Wednesday, "
            "while others waited in Ocotepeque for a second group.")
    rows = extract_reports(text, published="2018-10-19")
    # Travel order: those who waited in Ocotepeque are behind those let through at the border.
    assert [(r["place"], r["count"]) for r in rows] == [("Ocotepeque", ""), ("Agua Caliente", "several hundred")]
    # One figure of a leg goes on both rows, where they came from and where they got to (ANNOTATING.md, settled case
    # "One figure of a leg").
    both = extract_reports("About 2,000 migrants left Tapachula and reached Huixtla on Tuesday.", published="2023-12-27")
    assert [(r["place"], r["count"]) for r in both] == [("Tapachula", "About 2,000"), ("Huixtla", "About 2,000")]


def test_a_sentence_that_moves_to_other_days_does_not_continue_the_paragraphs_date():
    from routes.extract import extract_reports

    text = ("On Sunday, thousands of migrants crossed into Ciudad Hidalgo. Then the group of migrants rested "
            "in Tapachula. Earlier in the week, a group of migrants had stayed at a shelter in Chiquimula.")
    rows = extract_reports(text, published="2018-10-22")
    # "Earlier in the week" names no day: the row is dated to the month, the precision the reader has.
    assert [(r["place"], r["date"]) for r in rows] == [
        ("Chiquimula", "2018-10"), ("Ciudad Hidalgo", "2018-10-21"), ("Tapachula", "~2018-10-21")]


def test_a_date_after_said_dates_the_statement_not_the_event():
    from routes.extract import extract_reports

    rows = extract_reports("Officials said on Wednesday that 2,000 Hondurans crossed at El Florido.",
                           published="2021-01-21")
    # Not the event's day, but the latest it can be: approximate.
    assert [(r["place"], r["date"]) for r in rows] == [("El Florido", "~2021-01-20")]


def _article_sentences() -> list[str]:
    from routes.extract import read_article
    from routes.extract.text import sentences

    out = []
    for path in sorted(ARTICLES.glob("*")):
        if path.suffix != ".json":
            out += [s.text for s in sentences(read_article(path).text)]
    return out


def test_date_patterns_tried_at_their_first_words_find_what_a_whole_scan_finds():
    """Lower-cased text is searched only where a pattern's first word is written; a text whose
    lower case is longer ("İ") is scanned whole with each pattern.  Both must find the same dates."""
    from routes.extract.dates import find_dates

    phrases = [
        "On Oct. 21, 2018 and 2018-10-22 they left", "el 21 de octubre de 2018 y el 3 de noviembre",
        "the 5th of November, in early December, desde enero de 2019", "on Christmas Eve, el Día de Navidad",
        "New Year's Eve, año nuevo, anteayer, the day before yesterday", "Last night, tonight, esta mañana, mañana",
        "pasado mañana, el sábado pasado, el próximo miércoles, MONDAY, Sábado", "2018-13-45 is no date, nor is Octo 21",
        "six days ago, 3 days ago, a month ago, hace casi un mes, hace 12 días", "over the weekend, el fin de semana pasado",
        "Se cumplieron 22 días de que salieron; it has been 3 weeks since; it's been ten days since; llevan 5 días desde que",
    ]
    checked = 0
    for sentence in _article_sentences() + phrases:
        for published in (THURSDAY, None):
            fast = find_dates(sentence, published)
            whole = find_dates("İ " + sentence, published)
            assert [(f.iso, f.start, f.end, f.words) for f in fast] == \
                [(f.iso, f.start - 2, f.end - 2, f.words) for f in whole], sentence
            checked += len(fast)
    assert checked > 50


def _word_patterns() -> list:
    """Every WordPattern the extractor's modules hold (alone, in lists, in (name, pattern) pairs)."""
    import importlib

    from routes.extract.text import WordPattern

    patterns = []
    for name in ("dates", "kinds", "pipeline", "sentences", "attach_sizes", "dating", "captions", "namefacts", "places",
                 "sizes"):
        module = importlib.import_module(f"routes.extract.{name}")
        for value in vars(module).values():
            items = value if isinstance(value, list) else [value]
            patterns += [v for item in items for v in (item if isinstance(item, tuple) else (item,))
                         if isinstance(v, WordPattern)]
    return list({id(p): p for p in patterns}.values())


def test_word_patterns_find_what_the_case_insensitive_regex_finds():
    """Every WordPattern of the extractor, on every sentence of the annotated articles (as written
    and upper-cased), from several start positions: the same match as re.IGNORECASE."""
    patterns = _word_patterns()
    assert len(patterns) >= 20
    texts = _article_sentences()
    texts += [t.upper() for t in texts[:40]] + ["unsaid ministerio de", "Xsaid in", "said in ", "ÉL dijo en "]
    hits = 0
    for pattern in patterns:
        for text in texts:
            for pos in (0, 1, len(text) // 2):
                ours, reference = pattern.search(text, pos), pattern.reference.search(text, pos)
                assert (ours and ours.span()) == (reference and reference.span()), (pattern.pattern[:40], text, pos)
                hits += bool(ours)
    assert hits > 100


def test_word_patterns_let_the_regex_engine_skip_to_their_first_letters():
    """What makes them fast: each alternative starts with a letter, none with a group or \\b,
    so the engine knows the first letters (CPython's compiler internals; skipped elsewhere)."""
    parser = pytest.importorskip("re._parser")
    compiler = pytest.importorskip("re._compiler")
    if not hasattr(compiler, "_get_charset_prefix"):
        pytest.skip("this Python's re compiler has no charset prefix")
    slow = [p.pattern[:50] for p in _word_patterns()
            if not compiler._get_charset_prefix(parser.parse(p.pattern[2:], 0), 0)]
    assert slow == []


def test_word_patterns_refuse_what_they_cannot_search_fast():
    from routes.extract.text import WordPattern

    with pytest.raises(ValueError, match="starts with"):
        WordPattern(r"(?:said)")
    with pytest.raises(ValueError, match="lower case"):
        WordPattern(r"\b(?:Said)")


# -- sizes ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("7,000-8,000 Hondurans crossed.", 7000, 8000),
    ("It began as a group of 160.", 160, 160),
    ("As many as 2,000 migrants left.", 1000, 2000),
    ("About 1,000 more migrants joined.", 900, 1100),
    ("About 1,000 more joined on the way.", 900, 1100),
    ("Unos 2.000 migrantes salieron.", 1800, 2200),
    ("Miles de migrantes salieron.", 2000, 9000),
    ("Unos 5.000 peregrinos salvadoreños llegaron.", 4500, 5500),  # other groups that move together
    ("About 3,000 farmers marched on the capital.", 2700, 3300),
    ("The caravan is now about 5,000 strong.", 4500, 5500),  # "N strong"
    ("Más de 3.600 migrantes, 3.602 según el conteo oficial, durmieron allí.", 3602, 3602),  # the exact count
])
def test_group_sizes_use_the_report_parser(sentence, low, high):
    from routes.extract.sizes import find_sizes

    found = find_sizes(sentence)
    assert [(f.count.low, f.count.high) for f in found] == [(low, high)]


@pytest.mark.parametrize("sentence", [
    "Some 225,000 migrants from the Northern Triangle reached the US border in a year.",
    "Mexico detected 680,000 migrants in eleven months.",
    "About 100 anti-riot police blocked the road.",
    "Hundreds of police were sent to the city.",
    "The caravan advanced 58 miles.",
    "Within the first 110 miles nothing happened.",
    "Border agents make 10,000 arrests a day.",
    "About 60 percent of its people live in poverty.",
    "A raft ride costs 25 pesos and a bus ticket $40.",
    "Cada año, más de 200.000 hondureños intentan llegar a Estados Unidos.",
    "On Oct. 21, 2018 the bridge was closed.",
])
def test_figures_that_are_not_the_group_are_not_sizes(sentence):
    from routes.extract.sizes import find_sizes

    assert find_sizes(sentence) == []


# -- places --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "places"), [
    ("Mexico's foreign ministry said the caravan would not enter.", []),
    ("Officials in Washington said the caravan was a threat.", []),
    ("The caravan of migrants told reporters in Tegucigalpa nothing.", []),
    ("El gobierno de Honduras pidió a la caravana que regrese.", []),
    ("Almost 2,000 people from all over Honduras gathered in San Pedro Sula.", ["San Pedro Sula"]),
    ("The caravan crossed at El Florido on its way to the United States.", ["El Florido"]),
    ("The caravan crossed into Guatemala.", ["Guatemala"]),
    ("Thousands of migrants crossed the river near the Suchiate River.", []),
    ("Según La Prensa, la caravana salió de San Pedro Sula.", ["San Pedro Sula"]),
    ("President Juan Orlando Hernández met the caravan.", []),
    # A title before a name makes it a person's: surnames that are also places are not stops.
    ("Gral. Pérez dijo que 300 migrantes llegaron a Tapachula.", ["Tapachula"]),
    ("El presidente Hernández dijo que 300 migrantes llegaron a Tapachula.", ["Tapachula"]),
    ("Mayor Guerrero said 300 migrants reached Tapachula.", ["Tapachula"]),
    ("About 300 migrants reached General Escobedo.", ["General Escobedo"]),
    # Where it was said is context; where what was said happened is not.
    ("Officials said in Tapachula that the caravan left.", []),
    ("Officials said the caravan rested in Tapachula.", ["Tapachula"]),
    ("The mayor said 300 people slept in Huixtla on Sunday.", ["Huixtla"]),
    ("The caravan, according to the official count, arrived in Huixtla on Sunday.", ["Huixtla"]),
    ("Según las autoridades, llegaron el domingo a Huixtla.", ["Huixtla"]),
    # Places joined by "y"/"and" share a role; a country crossed from is where they left.
    ("Cerca de 3.000 siguieron hacia la frontera entre Guatemala y México.", []),
    ("Thousands of Hondurans walked after crossing from Guatemala into Ciudad Hidalgo.", ["Ciudad Hidalgo"]),
    ("The migrants crossed the river from Tecún Umán into Ciudad Hidalgo.", ["Tecún Umán", "Ciudad Hidalgo"]),
    # A division named after its town is the town's hint.
    ("La policía lanzó gases contra el grupo en Vado Hondo, en el departamento de Chiquimula.",
     ["Vado Hondo, Chiquimula"]),
    ("El presidente guatemalteco pidió a Honduras que contenga la salida de la caravana.", []),
    ("About 8,000 Hondurans set out from San Pedro Sula on Friday, La Prensa reported.", ["San Pedro Sula"]),
    ("Miles de migrantes caminaban cerca de Huixtla, tres días después de haber salido de Tapachula.", ["Huixtla"]),
    ("Activistas de Tapachula pidieron que no disuelvan la caravana.", []),
    ("Thousands of pilgrims filled Esquipulas on Monday, many after walking for days from El Salvador and Honduras.",
     ["Esquipulas"]),
    ("Un vuelo con 135 hondureños deportados desde Estados Unidos aterrizó en San Pedro Sula.", ["San Pedro Sula"]),
])
def test_context_places_are_not_stops(text, places):
    from routes.extract import extract_reports

    assert [r["place"] for r in extract_reports(text)] == places


@pytest.mark.parametrize(("text", "place", "resolved"), [
    ("Unos 2.000 migrantes llegaron a Sta. Rosa de Copán el lunes.", "Sta. Rosa de Copán", "Santa Rosa de Copán"),
    ("About 2,000 migrants waded across to Cd. Hidalgo.", "Cd. Hidalgo", "Ciudad Hidalgo"),
    ("The caravan reached Cd Hidalgo.", "Cd Hidalgo", "Ciudad Hidalgo"),
    ("Unos 300 migrantes llegaron a Pto. Barrios.", "Pto. Barrios", "Puerto Barrios"),
])
def test_abbreviated_place_names_are_one_name(text, place, resolved):
    """"Sta. Rosa de Copán" is Santa Rosa de Copán, not "Rosa" and "Copán" (nor a sentence end)."""
    from routes.extract import extract_reports

    rows = extract_reports(text, published="2018-10-22")
    assert [r["place"] for r in rows] == [place]
    assert rows[0]["note"].startswith(f"gazetteer: {resolved} (")


def test_an_abbreviation_alone_is_not_a_place():
    from routes.extract.matcher import shared_matcher

    assert [m.name for m in shared_matcher().find("Los migrantes llegaron al Pto. de la ciudad.")] == []


def test_a_country_named_with_a_town_in_it_is_dropped_and_divisions_are_hints():
    from routes.extract import extract_reports

    rows = extract_reports("Police fired tear gas at the caravan at Vado Hondo, Chiquimula, in Guatemala.")
    assert [(r["place"], r["country"], r["kind"]) for r in rows] == [("Vado Hondo, Chiquimula", "GT", "clash")]
    assert rows[0]["lat"] != "" and "point" in rows[0]["note"]


def test_a_country_keeps_its_precision():
    from routes.extract import extract_reports

    (row,) = extract_reports("About 8,000 migrants crossed into Guatemala.")
    assert (row["place"], row["country"], row["lat"], row["lon"]) == ("Guatemala", "GT", "", "")
    assert "country" in row["note"]


def test_namesakes_are_chosen_by_the_articles_other_places():
    from routes.extract import extract_reports

    rows = extract_reports("The caravan left San Pedro Sula on Saturday and crossed at Agua Caliente on Monday "
                           "before reaching Esquipulas.", published="2018-10-18")
    agua = next(r for r in rows if r["place"] == "Agua Caliente")
    assert agua["country"] in ("HN", "GT") and abs(agua["lat"] - 14.54) < 0.1


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Migrants gathered in San Pedro Sula.", "gathering"),
    ("The caravan left San Pedro Sula.", "departure"),
    ("They crossed at El Florido.", "crossing"),
    ("Police blocked the caravan at El Florido.", "blocked"),
    ("Police fired tear gas at the caravan at El Florido.", "clash"),
    ("Police set up a roadblock outside Esquipulas for the caravan.", "checkpoint"),
    ("Thousands of migrants turned back at El Florido.", "returned"),
    ("Migrants deported from Mexico arrived at San Pedro Sula.", "returned"),
    ("The caravan arrived in Esquipulas.", "arrival"),
    ("A new caravan is set to depart from San Pedro Sula.", "planned"),
    ("The caravan rested in Esquipulas.", "sighting"),
    ("Others rested on the highway near Villa Comaltitlán.", "sighting"),  # a position, reported
    ("Mexican police in riot gear had been posted in Tapachula since Thursday.", "checkpoint"),
    ("México desplegó a 500 agentes en Tapachula.", "checkpoint"),
    ("Up to 2,000 Hondurans were allowed to cross at El Florido.", "crossing"),
    ("Desde el viernes, 7.000 hondureños habían entrado por El Florido.", "crossing"),
    ("The caravan pushed on to Esquipulas.", "arrival"),
    ("Police let 300 migrants through the border post at El Florido.", "crossing"),
])
def test_kinds_come_from_the_sentence(sentence, kind):
    from routes.extract import extract_reports

    assert {r["kind"] for r in extract_reports(sentence)} == {kind}


# -- HTML ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2021-01-18T10:00:00Z">',
    '<meta name="date" content="2021-01-18">',
    '<meta itemprop="datePublished" content="2021-01-18">',
    '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2021-01-18"}]}</script>',
])
def test_html_publication_date_sources(head):
    from routes.extract import article_from_html

    art = article_from_html(f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    assert art.published == date(2021, 1, 18)


def test_html_time_element_and_text_without_scripts_or_navigation():
    from routes.extract import article_from_html

    art = article_from_html(
        '<html><body><nav>Menu Tapachula</nav><script>var x = "Huixtla";</script>'
        '<p>Posted <time datetime="2021-01-18">Monday</time></p><p>The caravan &amp; its people.</p></body></html>')
    assert art.published == date(2021, 1, 18)
    assert art.text == "Posted Monday\n\nThe caravan & its people."


def test_html_without_a_date_leaves_weekdays_empty():
    from routes.extract import article_from_html, extract_article

    art = article_from_html("<p>The caravan left San Pedro Sula on Saturday.</p>")
    assert art.published is None
    assert [(r["place"], r["date"]) for r in extract_article(art)] == [("San Pedro Sula", "")]


# -- command line --------------------------------------------------------------------------------
def test_cli_extract_csv_goes_straight_into_build(cli, tmp_path):
    draft = tmp_path / "draft.csv"
    result = cli("extract", str(ARTICLES / "01-sps-departure.txt"), "--published", "2018-10-18",
                 "--caravan", "2018-10-honduras", "-o", str(draft))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(draft.read_text())))
    assert len(rows) == 5 and {r["caravan"] for r in rows} == {"2018-10-honduras"}
    assert list(rows[0])[:11] == ["caravan", "date", "place", "country", "lat", "lon", "kind", "count",
                                  "source", "url", "note"]
    built = cli("build", str(draft), "-o", str(tmp_path / "map.html"))
    assert built.exit_code == 0, built.output
    assert (tmp_path / "map.html").stat().st_size > 1000


def test_cli_extract_json_from_stdin(cli):
    result = cli("extract", "-", "--format", "json", "--published", "2021-01-20",
                 input="As many as 5,300 migrants had returned from El Florido by Tuesday.")
    assert result.exit_code == 0
    (row,) = json.loads(result.output)
    assert (row["place"], row["date"], row["count_low"], row["count_high"], row["kind"]) == \
        ("El Florido", "2021-01-19", 2650, 5300, "returned")
    assert row["start"] == 0 and row["article"] == "-"


def test_cli_extract_parallel_jobs_give_the_same_rows(cli):
    paths = [str(p) for p in sorted(ARTICLES.glob("0[1-4]-*")) if not p.name.endswith(".json")]
    one = cli("extract", *paths, "--published", "2021-01-20", "--format", "json")
    two = cli("extract", *paths, "--published", "2021-01-20", "--format", "json", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert json.loads(one.output) == json.loads(two.output) and json.loads(one.output)


@pytest.mark.parametrize(("args", "message"), [
    (["missing.txt"], "routemapper: error: missing.txt: no such file\n  hint: check the path, or use - to read stdin\n"),
    (["-", "--published", "2018-13-01"],
     "routemapper: error: --published: '2018-13-01' is not a date: expected YYYY-MM-DD\n"
     "  hint: e.g. --published 2018-10-18\n"),
])
def test_cli_extract_errors(cli, args, message):
    from click.testing import CliRunner

    from maps.cli import main

    result = CliRunner().invoke(main, ["extract", *args], input="text")
    assert result.exit_code == 2
    assert result.stderr == message


def test_cli_extract_non_utf8_file_names_file_and_line(tmp_path):
    from click.testing import CliRunner

    from maps.cli import main

    bad = tmp_path / "latin.txt"
    bad.write_bytes("Line one.\nLa caravana salió de Tecún Umán.".encode("latin-1"))
    out = tmp_path / "draft.csv"
    out.write_text("previous\n")
    result = CliRunner().invoke(main, ["extract", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"routemapper: error: {bad}: the file is not UTF-8 (byte 0xf3 on line 2)")
    assert out.read_text() == "previous\n"


# -- Dask ----------------------------------------------------------------------------------------
def test_extract_bag_on_a_local_dask_scheduler_matches_the_direct_call():
    dask = pytest.importorskip("dask", reason="dask is not installed (pip install 'routemapper[dask]')")
    import dask.bag as db

    from routes.extract import extract_bag, extract_reports, read_article

    texts = [read_article(p).text for p in sorted(ARTICLES.glob("*.txt"))][:4]
    pairs = [(t, "2018-10-18") for t in texts]
    with dask.config.set(scheduler="synchronous"):
        rows = extract_bag(db.from_sequence(pairs, npartitions=2), caravan="c").compute()
    direct = [r for t, p in pairs for r in extract_reports(t, p, "c")]
    assert rows == direct and len(rows) > 4


def test_the_api_is_reachable_from_routes_and_gives_a_dataframe():
    import routes
    from routes.extract import REPORT_FIELDS, rows_to_frame

    rows = routes.extract_reports("Unas 8.000 personas salieron el viernes de San Pedro Sula.", "2021-01-16", "c")
    frame = rows_to_frame(rows)
    assert list(frame.columns) == list(REPORT_FIELDS)
    assert frame.loc[0, ["caravan", "date", "place", "kind", "count"]].tolist() == \
        ["c", "2021-01-15", "San Pedro Sula", "departure", "Unas 8.000"]


def test_a_namesake_picked_blind_gets_no_coordinates():
    from routes.extract import extract_reports

    rows = extract_reports("Police blocked the caravan at Agua Caliente.")  # no date, no other place
    agua = next(r for r in rows if r["place"] == "Agua Caliente")
    assert (agua["lat"], agua["lon"], agua["country"]) == ("", "", "") and agua["confidence"] < 0.5


@pytest.mark.parametrize(("text", "expected"), [
    # Scraped text that lost the space after a full stop (the real forms of a blind set)
    ("Comenzaron a llegar a Querétaro después del mediodía.El grueso de la caravana siguió.",
     ["Comenzaron a llegar a Querétaro después del mediodía.", "El grueso de la caravana siguió."]),
    ("informó la Policía estatal.El exdiputado llegó", ["informó la Policía estatal.", "El exdiputado llegó"]),
    ('dijo Martínez."Pasó un tren con más de 200 personas', ['dijo Martínez."', "Pasó un tren con más de 200 personas"]),
    ("Ya llegaron.¿Qué sigue?", ["Ya llegaron.", "¿Qué sigue?"]),
    ("They left at dawn.“We walk”, he said.", ["They left at dawn.", "“We walk”, he said."]),
    # Abbreviations stay inside their sentence: upper case ones, and two joined ("Edo.Méx.")
    ("Agentes de EE.UU. y de México los esperaban.", ["Agentes de EE.UU. y de México los esperaban."]),
    ("Llegaron a Toluca, Edo.Méx., el lunes.", ["Llegaron a Toluca, Edo.Méx., el lunes."]),
    ("They neared the U.S.Border crossing.", ["They neared the U.S.Border crossing."]),
    ("Lo dijo el Sr.Pérez en Tapachula.", ["Lo dijo el Sr.Pérez en Tapachula."]),
    # Not a boundary: a lower case letter after the stop (a web address), one letter before it ("p.m.")
    ("Lo publicó milenio.com el lunes.", ["Lo publicó milenio.com el lunes."]),
])
def test_sentences_end_at_a_full_stop_with_no_space_after_it(text, expected):
    from routes.extract.text import sentences

    found = sentences(text)
    assert [s.text for s in found] == expected
    assert all(text[s.start:s.end] == s.text for s in found)


@pytest.mark.parametrize(("text", "expected"), [
    # A headline line with no full stop is a sentence, and a paragraph, of its own
    ("Two thousand migrants rest in Huixtla\nMore than 2,000 migrants reached Huixtla on Monday.",
     [("Two thousand migrants rest in Huixtla", 0), ("More than 2,000 migrants reached Huixtla on Monday.", 1)]),
    ("Caravana avanza\nPor: Ana Pérez\nLos migrantes salieron.",
     [("Caravana avanza", 0), ("Por: Ana Pérez", 1), ("Los migrantes salieron.", 2)]),
    # A line that goes on ("dijo:", a comma, a dash) ends nothing; nor does a line after a full stop (no new paragraph)
    ("El vocero dijo:\n“Vamos a seguir”.", [("El vocero dijo:\n“Vamos a seguir”.", 0)]),
    ("HUIXTLA, Mexico —\nThe caravan rested.", [("HUIXTLA, Mexico —\nThe caravan rested.", 0)]),
    ("They rested.\nThey left at dawn.", [("They rested.", 0), ("They left at dawn.", 0)]),
    # Text wrapped at a width: its line breaks are spaces
    ("The caravan of some 2,000 migrants left\nTapachula at dawn and walked north along\nthe coastal highway to"
     "\nHuixtla, where it rested.",
     [("The caravan of some 2,000 migrants left\nTapachula at dawn and walked north along\nthe coastal highway to"
       "\nHuixtla, where it rested.", 0)]),
])
def test_a_line_with_no_end_punctuation_ends_its_sentence(text, expected):
    from routes.extract.text import sentences

    found = sentences(text)
    assert [(s.text, s.paragraph) for s in found] == expected
    assert all(text[s.start:s.end] == s.text for s in found)
