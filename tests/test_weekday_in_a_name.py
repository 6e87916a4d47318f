"""A Spanish weekday's word inside a name is no day: "rumbo a Santo Domingo Ingenio" is not a Sunday (issue 11, days).

Written for this test; the facts (a caravan leaving Tapanatepec for Santo Domingo Ingenio) carry over from a real
report, the sentences do not.
"""

from routes.extract import extract_reports

STORY = (
    "La caravana reanudó su marcha este jueves por el Istmo de Tehuantepec.\n\n"
    "A las cinco de la mañana, unos 2 mil centroamericanos partieron de Tapanatepec con dirección a Santo Domingo Ingenio.\n"
)


def _rows(text: str, published: str) -> list[dict]:
    return extract_reports(text, published=published)


def test_a_town_named_domingo_does_not_date_the_departure():
    rows = [r for r in _rows(STORY, "2019-01-24") if r["place"].startswith("Tapanatepec")]
    assert [(r["kind"], r["date"]) for r in rows] == [("departure", "~2019-01-24")]


def test_a_lower_case_domingo_is_still_sunday():
    text = "Los migrantes salieron el domingo de Tapanatepec con dirección a Santo Domingo Ingenio.\n"
    rows = [r for r in _rows(text, "2019-01-24") if r["place"].startswith("Tapanatepec")]
    assert [(r["kind"], r["date"]) for r in rows] == [("departure", "2019-01-20")]
