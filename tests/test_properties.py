"""Property tests: the parsers never fail with anything but their documented error, and round-trip.

Every bug these found has a plain example test too (tests/test_counts.py,
tests/test_dates.py, tests/test_reports.py, tests/test_normalize.py).
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from geo import InputError
from geo.normalize import name_key, split_query
from routes import CountSyntaxError, DateSyntaxError, parse_count, parse_date, read_reports
from routes.counts import MAX_COUNT

COUNT_ALPHABET = st.sampled_from(list("0123456789 ,.-–+~") + ["about ", "up to ", "more", "mil", " y ", "k",
                                                           "between ", " and ", "thousands", "−", "million"])
count_text = st.one_of(st.text(), st.lists(COUNT_ALPHABET, max_size=8).map("".join))


@given(count_text)
@example("9" * 400)
@example("0.5")
@example("-5")
def test_parse_count_returns_a_sane_count_or_raises_count_syntax_error(text):
    try:
        c = parse_count(text)
    except CountSyntaxError:
        return
    assert 0 <= c.low <= c.high
    assert 1 <= c.nominal <= MAX_COUNT
    assert c.text == text


@given(st.integers(min_value=1, max_value=MAX_COUNT), st.sampled_from(["{:d}", "{:,d}", "{:_d}"]))
def test_whole_numbers_formatted_as_reporters_do_parse_back(n, fmt):
    text = fmt.format(n).replace("_", ".")  # 7.000 is how Spanish-language reports write 7,000
    c = parse_count(text)
    assert (c.low, c.high, c.nominal, c.qualifier) == (n, n, n, "exact")


@given(st.integers(min_value=1, max_value=MAX_COUNT), st.integers(min_value=0, max_value=MAX_COUNT))
def test_ranges_parse_back(a, extra):
    b = min(MAX_COUNT, a + extra)
    c = parse_count(f"{a:,d}-{b:,d}")
    assert (c.low, c.high) == (a, b)


@given(st.integers(min_value=MAX_COUNT + 1, max_value=10**30))
def test_absurd_counts_are_refused(n):
    with pytest.raises(CountSyntaxError, match="not a plausible group size"):
        parse_count(f"{n:,d}")


days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@st.composite
def report_dates(draw):
    start = draw(days)
    form = draw(st.sampled_from(["day", "month", "range"]))
    approx = "~" if draw(st.booleans()) else ""
    if form == "day":
        return approx + start.isoformat()
    if form == "month":
        return approx + start.isoformat()[:7]
    end = start + timedelta(days=draw(st.integers(0, 400)))
    assume(end <= date(9999, 12, 31))
    return f"{approx}{start.isoformat()}/{end.isoformat()}"


@given(report_dates())
def test_dates_round_trip_through_iso(text):
    d = parse_date(text)
    again = parse_date(d.iso())
    assert (again.start, again.end, again.precision, again.approximate) == (d.start, d.end, d.precision, d.approximate)
    assert d.iso() == text


@given(st.one_of(st.text(), st.from_regex(r"\A~?\d{4}-\d{2}(-\d{2})?(/\d{4}-\d{2}-\d{2})?\Z")))
@example("0000-01")
@example("２０１８-10-15")
def test_parse_date_returns_a_date_or_raises_date_syntax_error(text):
    try:
        d = parse_date(text)
    except DateSyntaxError:
        return
    assert d.start <= d.end
    assert parse_date(d.iso()).start == d.start


@given(st.text())
@example("İstanbul")
def test_name_key_is_idempotent_and_plain(text):
    key = name_key(text)
    assert name_key(key) == key
    assert key == key.strip() and "  " not in key
    assert all(ch.isascii() and (ch.isalnum() or ch == " ") for ch in key)


LATIN = st.text(st.characters(codec="latin-1", categories=["Lu", "Ll", "Nd", "Zs", "Po", "Pd"]))


@given(LATIN)
@example("İstanbul")
def test_name_key_ignores_case(text):
    assert name_key(text.upper()) == name_key(text.lower()) == name_key(text)


@given(st.text())
def test_split_query_parts_are_stripped_nonempty_pieces(text):
    parts = split_query(text)
    assert all(p and p == p.strip() and "," not in p and ";" not in p for p in parts)


CELL = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(CELL, st.one_of(report_dates(), CELL), CELL, st.one_of(count_text, CELL)),
                     min_size=1, max_size=6))
def test_read_reports_reads_or_raises_input_error(tmp_path_factory, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["caravan", "date", "place", "count"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("prop") / "reports.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    try:
        table = read_reports(path, today=date(9999, 12, 31))
    except InputError as exc:
        assert str(path) in str(exc)
        return
    # every row that is not blank arrives, in order, with its row number and its text as written
    expected = [r for r in rows if any(cell.strip() for cell in r)]
    assert len(table) == len(expected)
    assert table["caravan"].tolist() == [r[0].strip() for r in expected]
    assert table["count"].tolist() == [r[3].strip() for r in expected]
    assert table["row"].is_monotonic_increasing
