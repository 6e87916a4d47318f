"""extract's limits (article size, rows per article) hold and say so; hostile input never gives a traceback.

The hostile cases are written here by hand (one sentence repeated to 14 MB,
articles of many distinct stops); the property tests feed random text, HTML
fragments, mixed encodings and huge numbers through the command line and the
public function: every run exits 0 or 2 with a message, never a traceback.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo import InputError
from routes.limits import BYTES_PER_CHAR, MAX_ARTICLE_CHARS, MAX_ROWS_PER_ARTICLE, Limits, keep_rows

SENTENCE = "The caravan of about 2,000 migrants arrived in Tapachula on October 15, 2018. "
#: Distinct stops on distinct days: rows that say different things, so no merge can fold them.
STOPS = [("Tapachula", 15), ("Huixtla", 17), ("Escuintla", 18), ("Mapastepec", 19), ("Pijijiapan", 20),
         ("Tonalá", 22), ("Arriaga", 23), ("Juchitán", 26)]
DISTINCT = " ".join(f"On October {day}, 2018, about {1000 + 100 * i} migrants arrived in {town}."
                    for i, (town, day) in enumerate(STOPS)) + "\n"


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_help_states_the_limits(cli):
    result = cli("extract", "--help")
    text = " ".join(result.output.split())
    assert f"--max-article-chars INTEGER RANGE" in result.output and "[default: 1000000; x>=1]" in text
    assert "--max-rows INTEGER RANGE" in result.output and "[default: 1000; x>=1]" in text
    assert "stops the run with exit code 2" in text and "a warning on stderr says how many it gave" in text
    assert (MAX_ARTICLE_CHARS, MAX_ROWS_PER_ARTICLE, BYTES_PER_CHAR) == (1_000_000, 1_000, 20)


def test_a_14_mb_article_of_one_sentence_stops_with_exit_2_and_writes_nothing(tmp_path, cli):
    article = tmp_path / "repeated.txt"
    article.write_text(SENTENCE * (14_000_000 // len(SENTENCE) + 1), encoding="utf-8")
    out = tmp_path / "draft.csv"
    result = cli("extract", str(article), "--published", "2018-10-16", "-o", str(out))
    assert result.exit_code == 2
    assert f"{article}: the article's text is 14,000," in result.stderr
    assert "extract reads at most 1,000,000" in result.stderr and "--max-article-chars" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [article]


def test_a_repeated_sentence_under_the_size_limit_never_passes_the_row_limit(tmp_path, cli):
    """Whatever merging repeated sentences does, no more than --max-rows rows, and a warning when cut."""
    article = tmp_path / "repeated.txt"
    article.write_text(SENTENCE * 400, encoding="utf-8")  # 31,200 characters: 400 identical sentences
    result = cli("extract", str(article), "--published", "2018-10-16", "--caravan", "c1", "--max-rows", "50")
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert 1 <= len(rows) <= 50
    cut = [line for line in result.stderr.splitlines() if "only the first 50 are kept" in line]
    assert len(cut) == (0 if len(rows) < 50 else 1)


def test_rows_past_the_limit_are_dropped_with_a_warning(tmp_path, cli):
    article = tmp_path / "stops.txt"
    article.write_text(DISTINCT, encoding="utf-8")
    full = cli("extract", str(article), "--published", "2018-10-31", "--caravan", "c1")
    assert full.exit_code == 0 and len(_rows(full.stdout)) >= 6
    cut = cli("extract", str(article), "--published", "2018-10-31", "--caravan", "c1", "--max-rows", "3")
    assert cut.exit_code == 0
    assert _rows(cut.stdout) == _rows(full.stdout)[:3]
    assert (f"routemapper: warning: {article}: {len(_rows(full.stdout)):,} draft rows; only the first 3 are kept"
            in cut.stderr)


def test_a_file_too_big_to_read_and_a_long_stdin_are_refused(tmp_path, cli):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + "x" * 3_000 + "</p></body></html>", encoding="utf-8")
    result = cli("extract", str(page), "--max-article-chars", "100")  # files up to 2,000 bytes
    assert result.exit_code == 2
    size = page.stat().st_size  # 3,033 bytes
    assert f"{page}: the file is {size:,} bytes; extract reads article files of up to 2,000 bytes" in result.stderr
    small = tmp_path / "small.html"
    small.write_text("<html><body><p>" + "Tapachula. " * 30 + "</p></body></html>", encoding="utf-8")
    result = cli("extract", str(small), "--max-article-chars", "100")  # the file passes, its text does not
    assert result.exit_code == 2
    assert re.search(r"small.html: the article's text is 3\d\d characters; extract reads at most 100", result.stderr)
    result = cli("extract", "-", "--max-article-chars", "10", input=DISTINCT)
    assert result.exit_code == 2 and "<stdin>: the file is over 200 bytes" in result.stderr


def test_keep_rows_counts_each_article_apart_and_keeps_order():
    rows = [{"article": a, "n": i} for i, a in enumerate("aabaab")]
    kept, notices = keep_rows(rows, Limits(max_rows=2))
    assert [r["n"] for r in kept] == [0, 1, 2, 5]  # a: rows 0, 1 (of 0, 1, 3, 4); b: rows 2, 5
    assert notices == ["a: 4 draft rows; only the first 2 are kept (the limit is --max-rows)"]
    with pytest.raises(InputError, match="at least 1"):
        Limits(max_rows=0)


# -- property tests: whatever comes in, exit 0 or 2, never a traceback ------------------------------------------

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
WORDS = st.sampled_from([
    "Tapachula", "Huixtla", "Esquipulas", "Agua Caliente", "El Florido", "Guatemala", "México", "Honduras",
    "caravan", "caravana", "migrants", "migrantes", "arrived in", "llegaron a", "left", "salieron de", "about",
    "unos", "thousands", "miles", "on", "el", "October 15, 2018", "15 de octubre de 2018", "yesterday", "ayer",
    "Monday", "lunes", "between", "and", ",", ".", "\n\n", "—", "«", "»", "\u2028", "\x00", "&amp;", "&#0;",
    "&#x110000;", "km 177", "-", "=SUM(A1)", "@", "'",
])
HUGE = st.one_of(
    st.integers(min_value=10**6, max_value=10**400).map(str),
    st.integers(min_value=10**6, max_value=10**60).map("{:,}".format),
    st.integers(min_value=10**6, max_value=10**60).map(lambda n: f"{n:,}".replace(",", ".")),
    st.sampled_from(["1e308", "9" * 5000, "1" + "0" * 400 + " mil", "10,000,000,000,000", "-5", "0", "1.5",
                     "99999999999999999999 de octubre de 99999", "2018-13-45", "31/02/2018"]),
)
PROSE = st.lists(st.one_of(WORDS, HUGE, st.text(max_size=20)), max_size=40).map(" ".join)
TAG = st.sampled_from(["p", "div", "script", "style", "noscript", "time", "meta", "a", "br", "h1", "article",
                       "template", "svg", "title", "table", "td", "li", "head", "body", "html", "iframe"])
ATTR = st.tuples(st.sampled_from(["datetime", "content", "property", "name", "href", "class", "rel", "itemprop"]),
                 st.one_of(st.sampled_from(["2018-10-16", "article:published_time", "canonical",
                                            "9999-99-99T99:99", "og:site_name", "javascript:alert(1)"]),
                           st.text(max_size=12)))


@st.composite
def html_fragment(draw) -> str:
    parts = [draw(st.sampled_from(["", "<!DOCTYPE html>", "<html>", "<?xml version='1.0'?>", "<!--", "<![CDATA["]))]
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(TAG)
        attrs = "".join(f' {k}="{v}"' for k, v in draw(st.lists(ATTR, max_size=3)))
        closing = draw(st.sampled_from(["", f"</{tag}>", "</p>", "-->", "]]>", "<", "&", "<!", "</"]))
        parts.append(f"<{tag}{attrs}>{draw(PROSE)}{closing}")
    parts.append(draw(st.text(max_size=30)))
    return "".join(parts)


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252",
                             "utf-32"])


def _exits_cleanly(result) -> None:
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert "routemapper: error:" in result.stderr or "Error:" in result.stderr
    assert "Traceback" not in result.output


@SETTINGS
@given(PROSE)
@example("")
@example("\ufeff")
@example(SENTENCE * 3)
def test_any_text_exits_0_or_2(cli, text):
    _exits_cleanly(cli("extract", "-", "--published", "2018-10-16", input=text))


@SETTINGS
@given(html_fragment())
@example("<html><script>" + SENTENCE)
@example("<p>&#x110000; &#0; &#xD800;</p>")
def test_any_html_exits_0_or_2(cli, tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8", errors="surrogatepass")
    _exits_cleanly(cli("extract", str(path), "--format", "json"))


@SETTINGS
@given(st.one_of(PROSE, html_fragment()), ENCODINGS, st.binary(max_size=8), st.booleans())
@example("Tapachula", "utf-16", b"", True)  # a BOM and an odd byte: not UTF-16 after all
@example("Tapachula", "utf-16-le", b"", False)  # UTF-16 without a BOM
def test_any_bytes_in_any_encoding_exit_0_or_2(cli, tmp_path, text, encoding, junk, cut):
    raw = text.encode(encoding, errors="replace") + junk
    if cut and len(raw) > 2:
        raw = raw[:-1]
    path = tmp_path / "article.txt"
    path.write_bytes(raw)
    _exits_cleanly(cli("extract", str(path), "--published", "2018-10-16"))


@SETTINGS
@given(HUGE, st.sampled_from(["migrants arrived in Tapachula", "migrantes llegaron a Huixtla el",
                              "people left Esquipulas on", "de octubre de", "mil personas"]))
def test_huge_numbers_exit_0_or_2(cli, number, words):
    result = cli("extract", "-", "--published", "2018-10-16", input=f"{number} {words} {number}. {words} {number}.")
    _exits_cleanly(result)
    for row in _rows(result.stdout) if result.exit_code == 0 else []:
        assert row["count_high"] == "" or float(row["count_high"]) <= 10_000_000


@settings(max_examples=100, deadline=None)
@given(st.one_of(PROSE, html_fragment(), st.text()))
def test_the_public_function_returns_rows_or_raises_input_error(text):
    from routes.extract import extract_reports

    try:
        rows = extract_reports(text, "2018-10-16")
    except InputError:
        return
    assert isinstance(rows, list) and all(isinstance(r, dict) for r in rows)


def test_control_characters_in_a_plain_text_article_never_reach_the_draft(tmp_path, cli):
    """An escape sequence in an article (retitling a terminal, ringing its bell) would reach stdout through
    the draft's quote: each control character becomes one space, so the quote's offsets stay true."""
    article = tmp_path / "hostile.txt"
    article.write_text("About 300 migrants reached Tapachula\x1b]0;pwned\x07 on October 15, 2018.\x0c\n",
                       encoding="utf-8")
    result = cli("extract", str(article), "--caravan", "c1", "--published", "2018-10-16")
    assert result.exit_code == 0, result.output
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", result.stdout)
    rows = _rows(result.stdout)
    assert [r["place"] for r in rows] == ["Tapachula"]
    text = article.read_text(encoding="utf-8")
    assert rows[0]["quote"] == text[int(rows[0]["start"]):int(rows[0]["end"])].replace("\x1b", " ").replace("\x07", " ")
    assert "]0;pwned" in rows[0]["quote"]  # the printable rest of the text is kept, as written
