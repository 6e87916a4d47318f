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


WORD_CASES = [
    # text, low, high, qualifier, nominal: figures written in words (issue 11's real-text misses first)
    ("dos mil", 2000, 2000, "exact", 2000),
    ("seis mil", 6000, 6000, "exact", 6000),
    ("aproximadamente cuatro mil", 3600, 4400, "about", 4000),
    ("unas 3 mil 500", 3150, 3850, "about", 3500),
    ("tres mil quinientos", 3500, 3500, "exact", 3500),
    ("3 mil quinientos", 3500, 3500, "exact", 3500),
    ("unos mil", 900, 1100, "about", 1000),
    ("cerca de mil", 900, 1100, "about", 1000),
    ("two thousand", 2000, 2000, "exact", 2000),
    ("about three hundred", 270, 330, "about", 300),
    ("nearly 2 thousand", 1800, 2000, "almost", 2000),
    ("about a thousand", 900, 1100, "about", 1000),
    ("over a thousand", 1000, 1500, "at least", 1000),
    ("more than two thousand migrants", 2000, 3000, "at least", 2000),
    ("dos mil o más", 2000, 3000, "at least", 2000),
    ("hasta cinco mil", 2500, 5000, "up to", 5000),
    ("casi diez mil", 9000, 10000, "almost", 10000),
    ("two thousand five hundred", 2500, 2500, "exact", 2500),
    ("2 thousand five hundred", 2500, 2500, "exact", 2500),
    ("two hundred and fifty", 250, 250, "exact", 250),
    ("ciento cincuenta", 150, 150, "exact", 150),
    ("Dos Mil", 2000, 2000, "exact", 2000),
    ("un millón", 1_000_000, 1_000_000, "exact", 1_000_000),
    ("cien mil", 100_000, 100_000, "exact", 100_000),
    # ranges: the second figure's multiplier is shared, as with digits
    ("entre dos y tres mil", 2000, 3000, "range", 3000),
    ("entre dos mil y tres mil", 2000, 3000, "range", 3000),
    ("dos o tres mil", 2000, 3000, "range", 3000),
    ("between two and three thousand", 2000, 3000, "range", 3000),
    ("two to three hundred", 200, 300, "range", 300),
    ("entre treinta y cinco y cuarenta", 35, 40, "range", 40),
    ("de quinientos a mil", 500, 1000, "range", 1000),
    ("quinientos a dos mil", 500, 2000, "range", 2000),
    ("about two to three thousand", 1800, 3300, "about", 3000),
]


@pytest.mark.parametrize("text,low,high,qualifier,nominal", WORD_CASES)
def test_figures_in_words(text, low, high, qualifier, nominal):
    c = parse_count(text)
    assert (c.low, c.high, c.qualifier, c.nominal) == (low, high, qualifier, nominal)
    assert c.text == text


def test_a_multiplier_is_shared_only_by_a_smaller_first_figure():
    assert (parse_count("7 a 8 mil").low, parse_count("7 a 8 mil").high) == (7000, 8000)
    assert (parse_count("500 a 2 mil").low, parse_count("500 a 2 mil").high) == (500, 2000)
    assert (parse_count("7,000-8 mil").low, parse_count("7,000-8 mil").high) == (7000, 8000)
    assert (parse_count("5 to 5 thousand").low, parse_count("5 to 5 thousand").high) == (5, 5000)


@pytest.mark.parametrize(
    "text,message",
    [
        ("veintiún mil", "cannot read a group size in 'veintiún mil'"),  # text2num knows veintiuno only
        ("medio millón", "cannot read a group size in 'medio millón'"),
        ("a dozen", "cannot read a group size in 'a dozen'"),
        ("unos miles", "cannot read a group size in 'unos miles'"),
        ("millones", "cannot read a group size in 'millones'"),
        ("3 hundred 500", "cannot read a group size in '3 hundred 500'"),
        ("cero", "'cero' is a group of no one"),
        ("tres mil a dos mil", "range runs backwards"),
        ("mil millones", "is not a plausible group size"),
    ],
)
def test_unreadable_number_words_keep_a_clear_error(text, message):
    with pytest.raises(CountSyntaxError, match=re.escape(message)):
        parse_count(text)


@pytest.mark.parametrize("text", ["", "many", "a lot of people", "8,000-7,000", "two thousands"])
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
