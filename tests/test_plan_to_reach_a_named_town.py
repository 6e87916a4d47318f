"""A plan to reach a place called a town ("a la ciudad de Monterrey") is no row unless the plan gives its day: the
"de" that names the town is not a "from" (a plan's place of departure is a row, dated or not)."""

from routes.extract import extract_reports


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["place"], r["kind"]) for r in extract_reports(text, published="2025-03-12")]


def test_a_goal_named_as_a_city_is_no_stop():
    rows = _rows("Cerca de 600 migrantes dejaron Huixtla este miércoles por la mañana. Se espera que por la tarde "
                 "lleguen a Escuintla y la idea es llegar en las próximas semanas a la ciudad de Monterrey.")
    places = [place for place, _ in rows]
    assert "Huixtla" in places
    assert not any("Monterrey" in place for place in places)


def test_a_plan_to_leave_from_a_city_still_gives_its_row():
    rows = _rows("Los organizadores dijeron que la caravana saldrá desde la ciudad de Tapachula.")
    assert ("Tapachula", "planned") in rows
