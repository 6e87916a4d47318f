"""A place the group did not reach, told from the place's side or by avoiding it (types-s22-23 F3, plans16): the place
as the subject of a verb of waiting whose object is the group ("se quedó esperando a la caravana", "waited in vain
for the caravan"), of a predicate of distance ("seguía lejos", "remained out of reach", "was still far away"), a move
to it as the subject of a modal or a conditional ("Arribar a Reynosa ... les permitiría", "Arriving in Piedras Negras
... could let them"), or a place the group kept away from ("siempre alejados de") is no place of the group; the places
it did reach keep their rows. Sentences and expectations are mine, written before running."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2025-03-12"  # a Wednesday


def _places(text: str) -> set[str]:
    return {r["place"].split(",")[0] for r in extract_reports(text, published=PUBLISHED)}


# (text, the place not reached, a place reached or None)
NOT_THERE = [
    ("Unos 500 migrantes durmieron el martes en Escuintla; Mapastepec, anunciada como la meta de la semana, se quedó "
     "esperando a la caravana.", "Mapastepec", "Escuintla"),
    ("Tras la disolución del grupo el lunes en Tapanatepec, Juchitán seguía lejos para los cerca de 300 hondureños "
     "que quedaban.", "Juchitán", None),
    ("Los 800 migrantes caminaron el lunes de Acayucan a Jáltipan, siempre alejados de Coatzacoalcos.",
     "Coatzacoalcos", "Jáltipan"),
    ("Arribar a Reynosa esta semana les permitiría cruzar pronto, dijeron los 200 migrantes que descansaban el "
     "domingo en San Fernando.", "Reynosa", "San Fernando"),
    ("Some 600 migrants spent Friday night in Irapuato, while Querétaro, where organizers had promised a shelter, "
     "waited in vain for the caravan.", "Querétaro", "Irapuato"),
    ("Nogales, 280 km to the north, remained out of reach for the 400 migrants stuck in Hermosillo on Tuesday.",
     "Nogales", "Hermosillo"),
    ("Reynosa was still far away for the 550 migrants who slept in San Fernando on Tuesday.", "Reynosa", "San Fernando"),
    ("Arriving in Piedras Negras by Friday could let them ask for asylum, said the 300 migrants resting in Saltillo "
     "on Monday.", "Piedras Negras", "Saltillo"),
]


@pytest.mark.parametrize("text, away, reached", NOT_THERE)
def test_a_place_the_group_is_not_at_is_no_place_of_it(text, away, reached):
    places = _places(text)
    assert away not in places
    if reached is not None:
        assert reached in places


def test_a_town_where_others_wait_for_the_group_it_reached_keeps_its_row():
    assert "Tapachula" in _places("Unos 900 migrantes llegaron el martes a Tapachula, donde los esperaban voluntarios.")
