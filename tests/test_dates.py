"""Report dates keep their precision."""

from datetime import date

import pytest

from routes import DateSyntaxError, parse_date


def test_day():
    d = parse_date("2018-10-15")
    assert (d.start, d.end, d.precision, d.approximate) == (date(2018, 10, 15), date(2018, 10, 15), "day", False)


def test_approximate_day():
    d = parse_date("~2018-10-16")
    assert d.approximate and d.precision == "day" and d.iso() == "~2018-10-16"


def test_month_spans_the_month():
    d = parse_date("2018-10")
    assert (d.start, d.end, d.precision) == (date(2018, 10, 1), date(2018, 10, 31), "month")
    assert parse_date("2024-02").end == date(2024, 2, 29)


def test_range():
    d = parse_date("2021-01-15/2021-01-17")
    assert (d.start, d.end, d.precision, d.mid) == (date(2021, 1, 15), date(2021, 1, 17), "range", date(2021, 1, 16))


@pytest.mark.parametrize(
    "text,message",
    [
        ("31/02/2021", "expected YYYY-MM-DD"),
        ("2021-13-01", "not a real day"),
        ("2021-02-30", "not a real day"),
        ("2021-13", "months run 01-12"),
        ("2021-01-17/2021-01-15", "ends before it starts"),
        ("", "empty date"),
        ("yesterday", "expected YYYY-MM-DD"),
    ],
)
def test_bad_dates(text, message):
    with pytest.raises(DateSyntaxError, match=message):
        parse_date(text)


@pytest.mark.parametrize(
    "text,message",
    [
        ("0000-01", "no year 0"),  # was a bare ValueError from datetime
        ("0000-01-01", "not a real day"),
        ("２０１８-10-15", "expected YYYY-MM-DD"),  # only ASCII digits
        ("~~2018-10-15", "expected YYYY-MM-DD"),
    ],
)
def test_odd_dates_raise_date_syntax_error(text, message):
    with pytest.raises(DateSyntaxError, match=message):
        parse_date(text)
