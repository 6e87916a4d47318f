"""Places of other people or of a statistic are no places of the group (types-s16-17 F15): a count of caravans over
weeks or months ("six caravans have left Tapachula in the past two months") is a statistic, not this group's departure
(only in its own clause: the group told beside it keeps its place), and people removed by others ("expel migrants
... back into Mexico") are not the group. Expectations written by hand before running; the sentences are mine."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2024-11-13"


def _places(text: str) -> set[str]:
    return {r["place"].split(",")[0] for r in extract_reports(text, published=PUBLISHED)}


# (text, places that are rows, places that are no rows)
STATISTICS = [
    ("Durante los últimos tres meses, siete caravanas partieron de Tapachula. La más reciente, de unas 800 personas, "
     "llegó el martes a Huixtla.", {"Huixtla"}, {"Tapachula"}),
    ("Varias caravanas han cruzado por Ciudad Hidalgo en las últimas semanas; esta, de unas 2.000 personas, durmió el "
     "domingo en Tapachula.", {"Tapachula"}, {"Ciudad Hidalgo"}),
    ("En el último mes, seis caravanas salieron de Tuxtla Gutiérrez hacia el norte.", set(), {"Tuxtla Gutiérrez"}),
    ("En las últimas dos semanas, cuatro caravanas pasaron por Huehuetán rumbo al norte.", set(), {"Huehuetán"}),
    ("Six caravans have left Tapachula in the past two months. The latest, about 1,500 people, reached Huixtla on "
     "Tuesday.", {"Huixtla"}, {"Tapachula"}),
    ("Several caravans have set out from San Pedro Sula this year, three of them in October.", set(),
     {"San Pedro Sula"}),
    ("At least four caravans have passed through Escuintla in recent weeks, officials said.", set(), {"Escuintla"}),
    ("The deal lets U.S. agents expel Venezuelan migrants caught crossing the border back into Mexico. About 900 "
     "migrants walked into Ciudad Hidalgo on Monday.", {"Ciudad Hidalgo"}, {"Mexico"}),
]


@pytest.mark.parametrize("text, rows, not_rows", STATISTICS)
def test_a_statistic_or_other_peoples_place_is_no_row(text, rows, not_rows):
    places = _places(text)
    assert rows <= places
    assert not places & not_rows
