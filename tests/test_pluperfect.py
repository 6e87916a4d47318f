"""The night before told in the pluperfect (types-s18-19 F24): "had + participle", "había(n) + participio" (also
with a clitic, "la habían pasado en") is a past event of the group like the preterite, read by its auxiliary: the row
is drawn, dated by its own day words, else before the day the story is at (a night with no day of its own is the
night before). Expectations written by hand before running; the sentences are mine."""

import pytest

from routes.extract import extract_reports

PUBLISHED = "2025-03-07"  # a Friday: Tuesday is 03-04, Wednesday 03-05, Thursday 03-06


def _rows(text: str) -> dict[str, tuple[str, str]]:
    return {r["place"].split(",")[0]: (r["date"].lstrip("~"), r["kind"]) for r in extract_reports(text, published=PUBLISHED)}


# (text, place told in the pluperfect, its day, its kind)
PLUPERFECT = [
    # English
    ("Some 600 migrants walked into Acayucan on Thursday. They had slept in Las Choapas.",
     "Las Choapas", "2025-03-05", "sighting"),
    ("The caravan reached Saltillo on Thursday, after it had spent the night in Monclova.",
     "Monclova", "2025-03-05", "sighting"),
    ("A caravan of about 900 people left Ixtepec on Thursday. They had spent Tuesday night in Juchitán.",
     "Juchitán", "2025-03-04", "sighting"),
    ("Hundreds of migrants arrived in Tlaxcala on Thursday. They had stayed overnight in the city of Puebla.",
     "Puebla", "2025-03-05", "sighting"),
    # Spanish
    ("Unos 700 migrantes entraron el jueves a Coatzacoalcos. Habían dormido en Minatitlán.",
     "Minatitlán", "2025-03-05", "sighting"),
    ("El contingente llegó el jueves a Tapanatepec. La noche del martes la había pasado en Zanatepec.",
     "Zanatepec", "2025-03-04", "sighting"),
    ("Unos 300 hondureños llegaron el jueves a Catemaco. El miércoles se habían quedado en San Andrés Tuxtla.",
     "San Andrés Tuxtla", "2025-03-05", "sighting"),
    ("Los migrantes llegaron el jueves a la ciudad de Chihuahua, luego de que habían pernoctado en Delicias.",
     "Delicias", "2025-03-05", "sighting"),
]


@pytest.mark.parametrize("text, place, day, kind", PLUPERFECT)
def test_a_night_in_the_pluperfect_is_a_row_before_the_storys_day(text, place, day, kind):
    rows = _rows(text)
    assert rows.get(place) == (day, kind)


def test_the_preterite_reading_keeps_every_offset():
    from routes.extract.kinds import preterite_reading

    for text, told in [("Habían pasado la noche en Zanatepec.", "pasaron la noche en Zanatepec."),
                       ("la habían dormido en Minatitlán", "la durmieron en Minatitlán"),
                       ("El grupo había salido de Tonalá", "El grupo salió de Tonalá"),
                       ("habían sido frenados en Huixtla", "fueron frenados en Huixtla")]:
        out = preterite_reading(text)
        assert len(out) == len(text)
        assert " ".join(out.split()) == told
