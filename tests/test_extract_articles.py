"""The annotated articles: each article's extracted places, dates and sizes are the expected ones.

Expectations are in tests/data/articles/NN-slug.expected.json, written by hand; the
comparison is the one benchmarks/extract_score.py scores.  Cases the extractor still
gets wrong are marked xfail (strict: a fix shows up as a failure to unmark).
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import extract_score  # noqa: E402

CASES = extract_score.cases()

#: Article -> why it is still wrong (see the report in the commit history / README).
KNOWN_WRONG = {
    "13-agua-caliente-standoff": "dates: a sentence that opens a paragraph does not inherit the last paragraph's day",
    "16-nueva-caravana": "dates: one sentence with a past and a planned event gives both places the planned day",
    "17-chiapas-checkpoints": "places/sizes: 'about 400 of them on buses back to Tapachula' is read as a destination",
    "23-agua-caliente-standoff-en": "dates: a sentence that opens a paragraph does not inherit the last paragraph's day",
    "25-esquipulas-chiquimula": "places: one spokesman 'sent back' from there is read as the group returning",
}


def _param(article, expected):
    stem = article.name.split(".")[0]
    marks = [pytest.mark.xfail(reason=KNOWN_WRONG[stem], strict=True)] if stem in KNOWN_WRONG else []
    return pytest.param(article, expected, id=stem, marks=marks)


def test_there_are_enough_annotated_articles_in_both_languages():
    languages = [e["language"] for _, e in CASES]
    assert len(CASES) >= 12 and languages.count("es") >= 5 and languages.count("en") >= 5
    assert any(a.suffix == ".html" for a, _ in CASES)


@pytest.mark.parametrize(("article", "expected"), [_param(a, e) for a, e in CASES])
def test_article_gives_the_expected_places_dates_and_sizes(article, expected):
    rows = extract_score.extract_case(article, expected)
    result = extract_score.compare(rows, expected)
    for aspect in ("places", "dates", "sizes"):
        _, extra, missed = result[aspect]
        assert not extra and not missed, f"{aspect}: extra {sorted(extra)}, missed {sorted(missed)}"


@pytest.mark.parametrize(("article", "expected"), [pytest.param(a, e, id=a.name) for a, e in CASES])
def test_every_row_quotes_its_sentence_at_its_offsets(article, expected):
    from routes.extract import read_article

    text = read_article(article).text
    rows = extract_score.extract_case(article, expected)
    for row in rows:
        assert text[row["start"]:row["end"]] == row["quote"]
        assert 0 < row["confidence"] <= 1


@pytest.mark.parametrize(("article", "expected"), [pytest.param(a, e, id=a.name) for a, e in CASES if a.suffix == ".html"])
def test_html_pages_give_their_own_publication_date(article, expected):
    from routes.extract import read_article

    assert read_article(article).published.isoformat() == expected["expected_published"]
