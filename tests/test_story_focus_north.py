"""Where a story on Mexico's northern border happens rules out namesakes on other continents and in far states.

Two decisions of the story's focus (routes/extract/pipeline.py ``_focus``, routes/extract/story.py
``nearest_namesake``), seen on real northern articles (dev-north): a caravan resting in Mina, Nuevo León was drawn
in Nigeria (Minna) because its only stop has namesakes on three continents and the state was named only beside
an office ("Protección Civil de Nuevo León"); an "EL PASO —" story that named the United States and Mexico was
drawn in a Michoacán village of 749 people, because Mexico, named as the other side of the border, counted as
evidence for the Mexican namesake.

* When no event place says where the story is, the places it names without an event (its states, countries and
  towns) do.
* A country named beside the dateline town's own country, or bordering it, never carries the town over into
  another country.

Our own sentences; the points were written by hand (general knowledge) before the runs.
"""

from __future__ import annotations

import pytest

from drafts import drafted
from geo.distance import haversine_km

NAVA = (28.42, -100.77)  # Nava, Coahuila
SAN_FERNANDO = (24.85, -98.15)  # San Fernando, Tamaulipas
CAMARGO = (27.67, -105.17)  # (Santa Rosalía de) Camargo, Chihuahua
MINA = (26.00, -100.53)  # Mina, Nuevo León
EL_PASO = (31.76, -106.49)  # El Paso, Texas
LA_JOYA = (26.25, -98.48)  # La Joya, Texas

STATE_NAMED_ELSEWHERE = [
    ("Unas 300 personas migrantes llegaron este jueves a Nava, donde descansaron en la plaza. Elementos de la "
     "policía de Coahuila las acompañaron durante el trayecto.", "Nava", NAVA),
    ("Cerca de 200 migrantes arribaron el miércoles a San Fernando tras caminar toda la noche. El gobierno de "
     "Tamaulipas les dio agua.", "San Fernando", SAN_FERNANDO),
    ("Alrededor de 400 extranjeros bajaron del tren el martes en Camargo. Autoridades de Chihuahua les dieron agua "
     "y comida.", "Camargo", CAMARGO),
    ("Un grupo de 150 migrantes acampó el jueves en Mina. La Secretaría de Salud de Nuevo León envió una brigada "
     "médica.", "Mina", MINA),
    ("About 250 migrants reached Nava on Thursday after walking along the highway. Coahuila state police escorted "
     "them.", "Nava", NAVA),
    ("Some 500 migrants arrived in San Fernando on Wednesday, officials in Tamaulipas said.", "San Fernando",
     SAN_FERNANDO),
    ("A group of about 400 migrants got off the train in Camargo on Tuesday, the Chihuahua state government said.",
     "Camargo", CAMARGO),
    ("Roughly 150 migrants rested in Mina on Thursday, according to Nuevo Leon's civil protection office.", "Mina",
     MINA),
]

BOTH_SIDES_NAMED = [
    ("EL PASO — About 600 migrants waded into the United States on Thursday night, walking across the shallow river "
     "from Mexico in a long line.", "el paso", EL_PASO),
    ("EL PASO — Cerca de 700 migrantes entraron a Estados Unidos la noche del jueves; habían esperado días del lado "
     "de México.", "el paso", EL_PASO),
    ("EL PASO — Alrededor de mil migrantes se entregaron el domingo a agentes de Estados Unidos tras cruzar desde "
     "México.", "el paso", EL_PASO),
    ("EL PASO — More than 1,000 migrants surrendered to U.S. agents on Sunday after crossing from Mexico, the largest "
     "group in months.", "el paso", EL_PASO),
    ("EL PASO — Hundreds of migrants crossed into the United States at El Paso on Sunday. Many had waited for weeks "
     "on the Mexico side.", "el paso", EL_PASO),
    ("EL PASO — Cientos de migrantes entraron el domingo a Estados Unidos por El Paso, después de semanas en México.",
     "el paso", EL_PASO),
    ("LA JOYA — About 300 migrants crossed into the United States from Mexico on Tuesday.", "la joya", LA_JOYA),
    ("LA JOYA — Unos 300 migrantes cruzaron el martes a Estados Unidos desde México.", "la joya", LA_JOYA),
]


def _rows_at(rows: list[dict], name: str) -> list[dict]:
    return [r for r in rows if r["place"].lower().startswith(name.lower())]


@pytest.mark.parametrize("text, name, point", STATE_NAMED_ELSEWHERE, ids=[f"state-{i}" for i in range(8)])
def test_a_state_named_without_an_event_places_the_only_stop(cli, tmp_path, text, name, point):
    rows = _rows_at(drafted(cli, tmp_path, text, "2024-03-08"), name)
    assert rows
    for row in rows:
        assert row["lat"], row  # placed (not left for the reviewer, not on another continent)
        assert haversine_km(float(row["lat"]), float(row["lon"]), *point) < 25, row


@pytest.mark.parametrize("text, name, point", BOTH_SIDES_NAMED, ids=[f"border-{i}" for i in range(8)])
def test_the_other_side_of_the_border_does_not_pull_the_dateline_town_over(cli, tmp_path, text, name, point):
    rows = _rows_at(drafted(cli, tmp_path, text, "2024-03-08"), name)
    assert rows
    for row in rows:
        assert row["lat"], row
        assert haversine_km(float(row["lat"]), float(row["lon"]), *point) < 25, row
