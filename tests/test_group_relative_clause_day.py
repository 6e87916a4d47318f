"""A day written in a relative clause about a group ("a group that left X on Monday", "la caravana que entró al país
el 19 de octubre") is that group's event's: it dates the places of that clause, and no other place or sentence
(issue 11 item 4: a day goes to where the group is in that sentence).

Written for this test; the facts carry over from real reports, the sentences do not.
"""

from routes.extract import extract_reports


def _dates(text: str, published: str, place: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["date"]) for r in extract_reports(text, published=published) if r["place"].startswith(place)]


def test_a_place_in_the_clause_takes_the_clauses_day():
    text = ("Some 300 people set out Thursday from Tegucigalpa hoping to catch up with a larger group of migrants "
            "that left San Pedro Sula on Tuesday.\n")
    assert _dates(text, "2019-01-18", "San Pedro Sula") == [("departure", "2019-01-15")]
    assert _dates(text, "2019-01-18", "Tegucigalpa") == [("departure", "2019-01-17")]


def test_the_clauses_day_is_not_the_storys_day():
    text = ("Integrantes de la caravana que entró al país el 19 de octubre marcharon este lunes rumbo a la capital "
            "del país.\n\nLa mayoría partió de Tapachula a pie, aunque otros esperan subir a un autobús.\n")
    assert _dates(text, "2018-11-05", "Tapachula") == [("departure", "~2018-11-05")]
