"""A night at one place and the next day's departure in one sentence (types-s22-23 F10, plans16): a clause of
anteriority fronted before the main clause ("Tras pernoctar el domingo en X,", "After a night at X on Wednesday,",
"Following a night in X on Friday,") tells where the group was on its day; the main clause's verb of setting off
again, with a day of its own and no place of its own, is a departure from that place on that day. The place keeps
both rows, each with its day. Sentences and expectations are mine, written before running."""

import pytest

from tests.drafts import by_town

PUBLISHED = "2025-03-12"  # a Wednesday


def _rows(text: str):
    return by_town(text, PUBLISHED)


# (text, the place, the night's day, the departure's day)
NIGHTS = [
    ("Tras pernoctar el lunes en Cosamaloapan, unos 900 migrantes reanudaron su camino el martes rumbo a Tierra Blanca.",
     "Cosamaloapan", "2025-03-10", "2025-03-11"),
    ("Después de dormir el domingo en el albergue de Huehuetán, cerca de 1,500 personas emprendieron el lunes la "
     "caminata.", "Huehuetán", "2025-03-09", "2025-03-10"),
    ("Luego de descansar el sábado en Juchitán, el contingente de unos 2 mil migrantes salió el domingo por la "
     "madrugada.", "Juchitán", "2025-03-08", "2025-03-09"),
    ("Tras una noche en Ciudad Ixtepec el martes, unos 400 hondureños abordaron el miércoles un tren de carga.",
     "Ciudad Ixtepec", "2025-03-11", "2025-03-12"),
    ("After a night at a Tenosique shelter on Sunday, about 300 migrants set off on Monday along the highway.",
     "Tenosique", "2025-03-09", "2025-03-10"),
    ("After spending Monday night in Nogales, the group of some 150 boarded buses on Tuesday morning.",
     "Nogales", "2025-03-10", "2025-03-11"),
    ("Following a night in Hermosillo on Friday, roughly 500 migrants left on Saturday and walked north.",
     "Hermosillo", "2025-03-07", "2025-03-08"),
    ("After resting in Piedras Negras on Tuesday, around 800 people resumed their journey on Wednesday.",
     "Piedras Negras", "2025-03-11", "2025-03-12"),
]


@pytest.mark.parametrize("text, place, night, left", NIGHTS)
def test_the_place_of_the_night_has_the_next_days_departure_too(text, place, night, left):
    rows = _rows(text)
    assert place in rows
    assert night in [day for _, day, _ in rows[place]]
    assert ("departure", left) in [(kind, day) for kind, day, _ in rows[place]]


def test_a_fronted_clause_of_another_kind_makes_no_departure():
    # (the main clause tells no setting off: the place keeps its one row)
    rows = _rows("Tras pernoctar el lunes en Cosamaloapan, unos 900 migrantes recibieron el martes atención médica.")
    assert [kind for kind, _, _ in rows["Cosamaloapan"]].count("departure") == 0
