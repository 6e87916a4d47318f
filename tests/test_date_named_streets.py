"""A street, park, square or neighbourhood named by a date ("calle 5 de Mayo", "el parque 20 de Noviembre", "la colonia
16 de Septiembre", "5 de Mayo Street", "the 16 de Septiembre square") is a name, not a day: the row takes the day the
sentence tells (or the publication day), never the name's day of a past year. The date is a name when its common noun
stands right before it (Spanish, "Avenida 5 de Febrero") or, in English, right after it, with no article or preposition
between (types-s20-21 F34: "calle 5 de mayo" dated the town's row 5 May of the year before). Texts are this file's own;
expectations written by hand before the rule.
"""

from __future__ import annotations

import pytest


def _dates(text: str, published: str) -> dict[str, str]:
    from routes.extract import extract_reports

    return {r["place"].split(",")[0]: r["date"] for r in extract_reports(text, published)}


@pytest.mark.parametrize(("text", "published", "town", "day"), [
    # published on a Thursday: "el martes" is 10 October
    ("Unos 300 migrantes durmieron el martes en el parque 20 de Noviembre de Huixtla.", "2023-10-12", "Huixtla",
     "2023-10-10"),
    ("Más de mil personas descansaron el domingo en la plaza 5 de Febrero de Arriaga.", "2023-10-10", "Arriaga",
     "2023-10-08"),
    # no day in the sentence: the publication day, approximate
    ("Los migrantes se concentraron en la colonia 16 de Septiembre de Tapachula y partieron hacia Huehuetán.",
     "2023-10-10", "Tapachula", "~2023-10-10"),
    ("La caravana se reunió este lunes en la calle 5 de Mayo, en el centro de Tapachula.", "2023-10-10", "Tapachula",
     "2023-10-09"),
    ("About 400 migrants rested on Tuesday in 20 de Noviembre park in Huixtla.", "2023-10-12", "Huixtla", "2023-10-10"),
    ("The caravan gathered on 5 de Mayo Street in Tapachula before dawn on Monday.", "2023-10-12", "Tapachula",
     "2023-10-09"),
    ("Hundreds slept on Wednesday in the 16 de Septiembre square of Ciudad Hidalgo, officials said.", "2023-10-12",
     "Ciudad Hidalgo", "2023-10-11"),
    # published on a Saturday: Thursday is 12 October
    ("Migrants camped along Avenida 5 de Febrero in Tuxtla Gutierrez on Thursday night.", "2023-10-14",
     "Tuxtla Gutierrez", "2023-10-12"),
])
def test_a_date_that_names_a_street_or_park_is_no_day(text, published, town, day):
    assert _dates(text, published).get(town) == day


@pytest.mark.parametrize(("text", "published", "town", "day"), [
    # a date with an article or preposition before it is a day, as before
    ("La caravana salió el 5 de mayo de Tapachula.", "2023-05-08", "Tapachula", "2023-05-05"),
    ("The group left the park in Tapachula on 20 November.", "2023-11-23", "Tapachula", "2023-11-20"),
])
def test_a_date_after_its_article_is_still_a_day(text, published, town, day):
    assert _dates(text, published).get(town) == day
