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


# Every expected value below is written by hand from the forms in the README's table.


@pytest.mark.parametrize(
    "text,start,end,precision,approximate,iso,mid",
    [
        ("2018-10-15", date(2018, 10, 15), date(2018, 10, 15), "day", False, "2018-10-15", date(2018, 10, 15)),
        (" 2018-10-15 ", date(2018, 10, 15), date(2018, 10, 15), "day", False, "2018-10-15", date(2018, 10, 15)),
        ("~2018-10-16", date(2018, 10, 16), date(2018, 10, 16), "day", True, "~2018-10-16", date(2018, 10, 16)),
        ("~ 2018-10-16", date(2018, 10, 16), date(2018, 10, 16), "day", True, "~2018-10-16", date(2018, 10, 16)),
        ("2018-10", date(2018, 10, 1), date(2018, 10, 31), "month", False, "2018-10", date(2018, 10, 16)),
        ("~2018-10", date(2018, 10, 1), date(2018, 10, 31), "month", True, "~2018-10", date(2018, 10, 16)),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28), "month", False, "2023-02", date(2023, 2, 14)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month", False, "2024-02", date(2024, 2, 15)),
        ("2021-01", date(2021, 1, 1), date(2021, 1, 31), "month", False, "2021-01", date(2021, 1, 16)),
        ("2021-12", date(2021, 12, 1), date(2021, 12, 31), "month", False, "2021-12", date(2021, 12, 16)),
        ("0001-01", date(1, 1, 1), date(1, 1, 31), "month", False, "0001-01", date(1, 1, 16)),
        ("2021-01-15/2021-01-18", date(2021, 1, 15), date(2021, 1, 18), "range", False, "2021-01-15/2021-01-18",
         date(2021, 1, 16)),
        ("~2021-01-15 / 2021-01-17", date(2021, 1, 15), date(2021, 1, 17), "range", True, "~2021-01-15/2021-01-17",
         date(2021, 1, 16)),
        ("2021-01-15/2021-01-15", date(2021, 1, 15), date(2021, 1, 15), "range", False, "2021-01-15/2021-01-15",
         date(2021, 1, 15)),
        ("2020-12-30/2021-01-02", date(2020, 12, 30), date(2021, 1, 2), "range", False, "2020-12-30/2021-01-02",
         date(2020, 12, 31)),
    ],
)
def test_every_form_of_date(text, start, end, precision, approximate, iso, mid):
    d = parse_date(text)
    assert (d.start, d.end, d.precision, d.approximate) == (start, end, precision, approximate)
    assert (d.iso(), d.mid, d.text) == (iso, mid, text.strip())


EXPECTED_FORMS = "expected YYYY-MM-DD, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD"


@pytest.mark.parametrize(
    "text,message,hint",
    [
        ("", f"empty date: {EXPECTED_FORMS}", ""),
        ("~", f"empty date: {EXPECTED_FORMS}", ""),
        ("yesterday", f"'yesterday' is not a date: {EXPECTED_FORMS}", ""),
        ("2018-1-5", f"'2018-1-5' is not a date: {EXPECTED_FORMS}", ""),
        ("15/10/2018", f"'15/10/2018' is not a date: {EXPECTED_FORMS}",
         "dates are written YYYY-MM-DD: 2018-10-15 if it means day 15 of month 10"),
        ("5.1.2021", f"'5.1.2021' is not a date: {EXPECTED_FORMS}",
         "dates are written YYYY-MM-DD: 2021-01-05 if it means day 5 of month 1"),
        ("~15/10/2018", f"'~15/10/2018' is not a date: {EXPECTED_FORMS}",
         "dates are written YYYY-MM-DD: 2018-10-15 if it means day 15 of month 10"),
        ("31/02/2021", f"'31/02/2021' is not a date: {EXPECTED_FORMS}",
         "dates are written YYYY-MM-DD, and 31/02/2021 is not a real day either"),
        ("2021-01-15/15/01/2021", f"'2021-01-15/15/01/2021' is not a date: {EXPECTED_FORMS}",
         "dates are written YYYY-MM-DD: 2021-01-15 if it means day 15 of month 1"),
        ("15/10/2018/2018-10-20", f"'15/10/2018/2018-10-20' is not a date: {EXPECTED_FORMS}", ""),
        ("2021-01-15/", f"'2021-01-15/' is not a date: {EXPECTED_FORMS}", ""),
        ("2021-13-01", "'2021-13-01' is not a real day (month must be in 1..12)",
         "is it 2021-01-13? Dates are written YYYY-MM-DD"),
        ("2021-13-12", "'2021-13-12' is not a real day (month must be in 1..12)",
         "is it 2021-12-13? Dates are written YYYY-MM-DD"),
        ("2021-13-13", "'2021-13-13' is not a real day (month must be in 1..12)", ""),
        ("2021-13-00", "'2021-13-00' is not a real day (month must be in 1..12)", ""),
        ("2021-12-32", "'2021-12-32' is not a real day (day is out of range for month)", ""),
        ("2021-02-29", "'2021-02-29' is not a real day (day is out of range for month)", ""),
        ("2021-13", "'2021-13' has no month 13: months run 01-12", ""),
        ("2021-00", "'2021-00' has no month 00: months run 01-12", ""),
        ("0000-01", "'0000-01' is not a real month (there is no year 0)", ""),
        ("2021-01-17/2021-01-15", "'2021-01-17/2021-01-15' ends before it starts", ""),
        ("2021-01-15/2021-02-30", "'2021-01-15/2021-02-30' is not a real day (day is out of range for month)", ""),
    ],
)
def test_each_refusal_says_what_was_expected(text, message, hint):
    with pytest.raises(DateSyntaxError) as err:
        parse_date(text)
    assert (str(err.value), err.value.hint) == (message, hint)


def test_a_bad_date_in_a_report_file_names_its_row_and_the_fix(write_csv):
    from geo import InputError
    from routes import read_reports

    path = write_csv("caravan,date,place\nc1,2018-10-15,Tapachula\nc1,15/10/2018,Huixtla\n")
    with pytest.raises(InputError) as err:
        read_reports(path)
    assert "row 3, column 'date': '15/10/2018' is not a date" in str(err.value)
    assert "2018-10-15 if it means day 15 of month 10" in str(err.value)
