"""A sentence about the group is read as the group's event even when its verb is not a usual cue (types-s16-17 F16).

"the train was stopped in Monclova" made no row (only "were stopped in" was a cue, and a train is no group word); "at
a bridge that leads to the San Ysidro border crossing, through which millions of people pass each year" made none (a
yearly statistic in a relative clause emptied the whole sentence); "confronted the Mexican police" was no clash. The
group or its vehicle stopped somewhere is blocked there; a statistic in a relative clause is that clause's only;
confronting the forces is a clash.
Expected answers written by hand; the sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.drafts import drafted


def _rows(cli, tmp_path, text):
    rows = drafted(cli, tmp_path, f"Caravana migrante\n\n{text}\n", "2022-05-12")
    return [(r["place"].split(",")[0], r["kind"], r["count"]) for r in rows]


@pytest.mark.parametrize("text, row", [
    ("The freight train with the migrants on board was stopped in Ramos Arizpe on Sunday.",
     ("Ramos Arizpe", "blocked", "")),
    ("Unos 250 migrantes chocaron con los policías estatales el viernes en Cosamaloapan.",
     ("Cosamaloapan", "clash", "Unos 250")),
    ("The bus carrying the migrants was stopped in Sabinas Hidalgo on Wednesday.", ("Sabinas Hidalgo", "blocked", "")),
    ("El miércoles el autobús de los migrantes fue frenado en Zacatlán por la Guardia Nacional.",
     ("Zacatlán", "blocked", "")),
    ("On Monday some 900 migrants gathered in Nogales, where thousands of people cross every year.",
     ("Nogales", "gathering", "some 900")),
    ("Unos 700 migrantes esperaban el lunes en Agua Prieta, por donde cada año cruzan miles de personas.",
     ("Agua Prieta", "gathering", "Unos 700")),
    ("On Wednesday about 200 migrants confronted the state police in Acayucan.", ("Acayucan", "clash", "about 200")),
    ("El jueves unos 300 migrantes se confrontaron con la Guardia Nacional en Tapanatepec.",
     ("Tapanatepec", "clash", "unos 300")),
])
def test_a_sentence_about_the_group_is_its_event(cli, tmp_path, text, row):
    assert row in _rows(cli, tmp_path, text)
