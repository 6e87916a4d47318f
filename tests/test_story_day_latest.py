"""The story's day, which dates a row whose paragraph writes none, is the latest day told so far, also when one
sentence tells several ("cruzaron el estado entre miércoles y jueves, y este viernes siguieron": Friday), not the
first day that sentence writes (issue 11, days).

Written for this test; the facts carry over from a real report, the sentences do not.
"""

from routes.extract import extract_reports

STORY = (
    "Según el gobierno de Puebla, unos 4 mil migrantes cruzaron el estado entre miércoles y jueves, y se calcula que "
    "este viernes 3 mil siguieron su camino hacia el norte.\n\n"
    "En Apizaco, unos 500 migrantes dejaron el albergue de la parroquia.\n"
)


def test_an_undated_paragraph_takes_the_latest_day_told():
    rows = [r for r in extract_reports(STORY, published="2018-11-10") if r["place"].startswith("Apizaco")]
    assert [r["date"] for r in rows] == ["~2018-11-09"]
