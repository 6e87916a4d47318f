"""Group sizes as reporters write them."""

import re

import pytest

from routes import CountSyntaxError, parse_count

CASES = [
    # text, low, high, qualifier, additional
    ("160", 160, 160, "exact", False),
    ("7,000-8,000", 7000, 8000, "range", False),
    ("7.000", 7000, 7000, "exact", False),
    ("7 mil", 7000, 7000, "exact", False),
    ("about 1,000", 900, 1100, "about", False),
    ("almost 2,000", 1800, 2000, "almost", False),
    ("some 3,000", 2700, 3300, "about", False),
    ("around 3,000", 2700, 3300, "about", False),
    ("at least 3,000", 3000, 4500, "at least", False),
    ("as many as 5,300", 2650, 5300, "up to", False),
    ("between 1,600 and 2,000", 1600, 2000, "range", False),
    ("1,600 or more", 1600, 2400, "at least", False),
    ("over 1,000", 1000, 1500, "at least", False),
    ("about 1,000 more", 900, 1100, "about", True),
    ("thousands", 2000, 9000, "vague", False),
    ("hundreds", 200, 900, "vague", False),
    ("unos 3.000 migrantes", 2700, 3300, "about", False),
    ("casi 2 mil", 1800, 2000, "almost", False),
    ("7 mil a 8 mil", 7000, 8000, "range", False),
    ("1600–2000", 1600, 2000, "range", False),
    ("2,000+", 2000, 3000, "at least", False),
]


@pytest.mark.parametrize("text,low,high,qualifier,additional", CASES)
def test_count_phrases(text, low, high, qualifier, additional):
    c = parse_count(text)
    assert (c.low, c.high, c.qualifier, c.additional) == (low, high, qualifier, additional)
    assert c.text == text


@pytest.mark.parametrize("text", ["", "many", "a lot of people", "8,000-7,000", "two thousand"])
def test_unreadable_counts_raise(text):
    with pytest.raises(CountSyntaxError):
        parse_count(text)


def test_nominal_is_the_number_as_written():
    assert parse_count("about 1,000 more").nominal == 1000
    assert parse_count("7,000-8,000").nominal == 8000


@pytest.mark.parametrize(
    "text,message",
    [
        ("-5", "negative count '-5'"),
        ("−200", "negative count"),
        ("0", "'0' is a group of no one"),
        ("0.5", "'0.5' is not a whole number of people"),
        ("1.5", "'1.5' is not a whole number of people"),
        ("10,000,000,000", "'10,000,000,000' is not a plausible group size (more than 10,000,000)"),
        ("9" * 400, "is not a plausible group size"),  # was an OverflowError (float infinity)
        ("about 20 million", "is not a plausible group size"),
    ],
)
def test_impossible_group_sizes_are_refused(text, message):
    with pytest.raises(CountSyntaxError, match=re.escape(message)):
        parse_count(text)


def test_fractions_with_a_multiplier_are_whole_people():
    assert (parse_count("2.5 mil").low, parse_count("1.5k").high) == (2500, 1500)
    assert parse_count("10,000,000").nominal == 10_000_000
