"""The language catalogue: texts with named placeholders, numbers and dates per language."""

import json
import string
from datetime import date
from pathlib import Path

import pytest

from geo.errors import InputError
from maps.i18n import LANGUAGES, LOCALE_DIR, catalogue


@pytest.mark.parametrize("lang, value, digits, text", [
    ("en", 7000, 0, "7,000"),
    ("es", 7000, 0, "7.000"),
    ("en", 160, 0, "160"),
    ("es", 160, 0, "160"),
    ("en", 1234567, 0, "1,234,567"),
    ("es", 1234567, 0, "1.234.567"),
    ("en", 12.5, 1, "12.5"),
    ("es", 12.5, 1, "12,5"),
    ("es", 1599.6, 0, "1.600"),
    ("es", -92.25, 2, "-92,25"),
])
def test_numbers(lang, value, digits, text):
    assert catalogue(lang).number(value, digits) == text


@pytest.mark.parametrize("lang, low, high, text", [
    ("en", 1600, 3000, "1,600–3,000"),
    ("es", 1600, 3000, "1.600–3.000"),
    ("es", 7000, 7000, "7.000"),
    ("en", 2650, 5300, "2,650–5,300"),
])
def test_ranges(lang, low, high, text):
    assert catalogue(lang).spread(low, high) == text


@pytest.mark.parametrize("lang, day, text", [
    ("en", "2018-10-15", "15 October 2018"),
    ("es", "2018-10-15", "15 de octubre de 2018"),
    ("es", date(2021, 1, 1), "1 de enero de 2021"),
    ("en", "2023-12-24", "24 December 2023"),
])
def test_dates(lang, day, text):
    assert catalogue(lang).date(day) == text


@pytest.mark.parametrize("lang, first, last, text", [
    ("en", "2018-10-12", "2018-10-21", "12–21 October 2018"),
    ("es", "2018-10-12", "2018-10-21", "12–21 de octubre de 2018"),
    ("en", "2018-10-30", "2018-11-02", "30 October to 2 November 2018"),
    ("es", "2018-10-30", "2018-11-02", "del 30 de octubre al 2 de noviembre de 2018"),
    ("en", "2023-12-30", "2024-01-02", "30 December 2023 to 2 January 2024"),
    ("es", "2021-01-15", "2021-01-15", "15 de enero de 2021"),
])
def test_spans_of_days(lang, first, last, text):
    assert catalogue(lang).dates(first, last) == text


def test_named_placeholders_numbers_and_plurals():
    en, es = catalogue("en"), catalogue("es")
    assert en.text("unit.people", n=7000) == "7,000 people"
    assert es.text("unit.people", n=7000) == "7.000 personas"
    assert en.text("unit.days", n=1) == "1 day" and es.text("unit.days", n=9) == "9 días"
    assert es.text("summary.subject", id="2018-10-honduras") == "La caravana 2018-10-honduras"
    assert es.join(["Huixtla", "Escuintla", "Tapachula"]) == "Huixtla, Escuintla y Tapachula"
    assert en.join(["Huixtla", "Tapachula"]) == "Huixtla and Tapachula" and en.join(["Huixtla"]) == "Huixtla"
    assert es.country("mx") == "México" and en.country("MX") == "Mexico" and es.country("ZZ") == "ZZ"


def test_a_missing_placeholder_or_key_is_named():
    with pytest.raises(KeyError, match="'unit.km' \\(es\\) needs 'n'"):
        catalogue("es").text("unit.km")
    with pytest.raises(KeyError, match="no text 'summary.nothing' in the 'en' catalogue"):
        catalogue("en").text("summary.nothing")
    with pytest.raises(KeyError, match="is plural: give n="):
        catalogue("en").text("unit.days")


def test_an_unknown_language_names_the_known_ones():
    with pytest.raises(InputError) as err:
        catalogue("fr")
    assert "no texts for the language 'fr'" in str(err.value) and err.value.hint == "use one of: en, es"


def test_every_language_has_every_text_with_the_same_placeholders():
    files = {lang: json.loads((LOCALE_DIR / f"{lang}.json").read_text(encoding="utf-8")) for lang in LANGUAGES}
    english = files["en"]

    def fields(entry) -> set:
        texts = entry.values() if isinstance(entry, dict) else [entry] if isinstance(entry, str) else []
        return {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}

    for lang, messages in files.items():
        assert set(messages) == set(english), lang
        for key, entry in english.items():
            assert type(messages[key]) is type(entry), (lang, key)
            assert fields(messages[key]) == fields(entry), (lang, key)
            if isinstance(entry, list):
                assert len(messages[key]) == len(entry), (lang, key)


@pytest.mark.parametrize("lang, low, high, text", [
    ("en", 7000, 7000, "7,000 people"),
    ("es", 1, 1, "1 persona"),
    ("es", 1600, 3000, "1.600–3.000 personas"),
    ("en", 2000, 9000, "thousands of people"),   # exactly the range 'thousands' reads as: the word
    ("es", 200, 900, "cientos de personas"),
    ("en", 2000, 9001, "2,000–9,001 people"),
])
def test_group_sizes_in_words(lang, low, high, text):
    assert catalogue(lang).people(low, high) == text


@pytest.mark.parametrize("lang, low, high, text", [
    ("en", 7200, 8800, "about 8,000 people"),      # 'about 8,000'
    ("es", 7200, 8800, "unas 8.000 personas"),
    ("en", 2650, 5300, "up to 5,300 people"),      # 'as many as 5,300'
    ("es", 2650, 5300, "hasta 5.300 personas"),
    ("en", 3000, 4500, "at least 3,000 people"),   # 'more than 3,000'
    ("es", 1800, 2000, "casi 2.000 personas"),     # 'almost 2,000'
    ("en", 1600, 3000, "1,600–3,000 people"),      # a merged range is said as a range
    ("en", 7000, 7000, "7,000 people"),
    ("en", 2000, 9000, "thousands of people"),
    ("en", 7100, 8800, "7,100–8,800 people"),      # near 'about 8,000' is not 'about 8,000'
    ("en", 9, 11, "about 10 people"),
])
def test_prose_says_a_qualified_figure_as_the_reporter_did(lang, low, high, text):
    assert catalogue(lang).people(low, high, about=True) == text
    assert catalogue(lang).people(7200, 8800) == catalogue(lang).text("unit.people_range",
                                                                        spread=catalogue(lang).spread(7200, 8800))


@pytest.mark.parametrize("lang, first, last, year, text", [
    ("en", "2021-01-16", "2021-01-17", False, "16–17 Jan"),
    ("es", "2021-01-16", "2021-01-17", False, "16–17 ene"),
    ("es", "2018-10-30", "2018-11-02", False, "30 oct – 2 nov"),
    ("en", "2023-12-24", "2023-12-24", True, "24 Dec 2023"),
    ("en", "2023-12-30", "2024-01-02", True, "30 Dec 2023 – 2 Jan 2024"),
])
def test_label_days(lang, first, last, year, text):
    assert catalogue(lang).short_span(first, last, year=year) == text


@pytest.mark.parametrize("lang, name, precision, country, shown", [
    ("es", "Mexico", "country", "MX", "México"),
    ("es", "Belize", "country", "BZ", "Belice"),
    ("en", "Mexico", "country", "MX", "Mexico"),
    ("es", "Guatemala-Mexico border", "region", "GT", "la frontera Guatemala-México"),
    ("en", "Guatemala-Mexico border", "region", "GT", "Guatemala-Mexico border"),
    ("es", "Chiapas", "admin1", "MX", "Chiapas"),
    ("es", "Nowhere border", "region", "GT", "Nowhere border"),  # no entry: the gazetteer's name
    ("es", "Atlantis", "country", "XX", "Atlantis"),
])
def test_an_area_is_named_in_the_catalogues_language(lang, name, precision, country, shown):
    assert catalogue(lang).area_name(name, precision, country) == shown


def test_every_gazetteer_region_has_a_name_in_every_language():
    import csv

    with (Path(__file__).parent.parent / "data" / "gazetteer" / "regions.csv").open(encoding="utf-8") as handle:
        regions = [row["name"] for row in csv.DictReader(handle)]
    assert len(regions) >= 6
    for lang in LANGUAGES:
        missing = [r for r in regions if f"region.{r}" not in catalogue(lang)]
        assert not missing, (lang, missing)
