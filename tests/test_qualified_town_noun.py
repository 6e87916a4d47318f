"""A town named after a noun of place that other words qualify: "the Pacific coast city of Mazatlán", "the Soconusco
town of Huixtla", "la ciudad costera del Pacífico de Salina Cruz", "al puerto del Pacífico, Acapulco". The place is the
name after the noun; a name among the qualifying words (a coast, a region, a river) is no place of the group's, and the
plan or arrival the sentence tells is the named town's (types-s20-21 F32: "expected to reach the Pacific coast city of"
gave a row at "Pacific" and none at the town). Texts are this file's own; expectations written by hand before the rule.
"""

from __future__ import annotations

import pytest


def _places(text: str, published: str) -> dict[str, str]:
    from routes.extract import extract_reports

    return {r["place"].split(",")[0]: r["kind"] for r in extract_reports(text, published)}


@pytest.mark.parametrize(("text", "published", "town", "kind", "qualifier"), [
    ("About 900 migrants reached the Soconusco town of Huixtla on Tuesday.", "2023-10-11", "Huixtla", "arrival",
     "Soconusco"),
    ("Organizers said they expected to reach the Pacific port of Salina Cruz by the weekend.", "2023-10-11",
     "Salina Cruz", "planned", "Pacific"),
    ("About 1,200 migrants spent Sunday night in the Bajio city of Celaya before moving on.", "2018-11-12", "Celaya",
     "sighting", "Bajio"),
    ("The marchers are expected to arrive in the Pacific coast city of Mazatlan on Friday, the priest leading them "
     "said.", "2019-04-10", "Mazatlan", "planned", "Pacific"),
    ("Unos 2 mil migrantes llegaron el martes a la ciudad costera del Pacífico de Salina Cruz.", "2023-10-11",
     "Salina Cruz", "arrival", "Pacífico"),
    ("La caravana de unas 800 personas arribó este miércoles al puerto del Pacífico, Acapulco.", "2023-10-11",
     "Acapulco", "arrival", "Pacífico"),
    ("Más de mil migrantes pernoctaron el lunes en la ciudad del Soconusco de Huixtla.", "2023-10-11", "Huixtla",
     "sighting", "Soconusco"),
    ("El grupo, de unas 700 personas, descansó el domingo en la ciudad del Bajío de Celaya.", "2018-11-12", "Celaya",
     "sighting", "Bajío"),
])
def test_the_town_after_a_qualified_noun_is_the_place_and_the_qualifier_is_none(text, published, town, kind,
                                                                               qualifier):
    places = _places(text, published)
    assert places.get(town) == kind
    assert qualifier not in places


@pytest.mark.parametrize(("text", "published", "towns"), [
    # a preposition or an article between a name and a town's noun: two places, as before
    ("The group left Mexico City on Monday and reached the city of Queretaro the same night.", "2018-11-12",
     {"Mexico City", "Queretaro"}),
    ("Salieron el lunes de Tapachula y llegaron el martes a la ciudad de Huixtla.", "2023-10-11",
     {"Tapachula", "Huixtla"}),
])
def test_a_name_that_only_comes_before_a_town_noun_stays_a_place(text, published, towns):
    assert towns <= set(_places(text, published))
