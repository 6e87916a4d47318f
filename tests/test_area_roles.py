"""Countries and divisions that only locate, qualify or lead to something else are no stops (issue 11 part 3).

Each text is this file's own; each reproduces a shape seen in a real caravan article of the extract engineer's
development set (/work/notes/extract.md, families F1, F2 and M1). Expectations written before the rules.
"""

from __future__ import annotations

import pytest


def _rows(text: str, published: str) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published)


def _places(rows: list[dict]) -> set[str]:
    return {r["place"].split(",")[0] for r in rows}


@pytest.mark.parametrize(("text", "published", "places"), [
    # a division after its town with an adjective and a gloss in brackets is the town's hint, not a stop
    ("El martes los migrantes llegaron a Vado Hondo, en el oriental departamento (estado) de Chiquimula.",
     "2018-10-30", {"Vado Hondo"}),
    # divisions that locate the places before them, in order, are no stops and no hints
    ("On Thursday the migrants passed Arriaga and Tapanatepec, in Chiapas and Oaxaca respectively.",
     "2018-10-26", {"Arriaga", "Tapanatepec"}),
    ("El jueves cruzaron por Tecún Umán y Ciudad Hidalgo, en Guatemala y México, respectivamente.",
     "2018-10-26", {"Tecún Umán", "Ciudad Hidalgo"}),
    # divisions named with a plural level word are a region, not where the group is
    ("The police said the roadblock was set up on Saturday to tell the marchers about an offer under which migrants "
     "in the southern states of Oaxaca and Chiapas could get work visas. The caravan then walked on to Tapanatepec.",
     "2018-10-27", {"Tapanatepec"}),
    # a goal said again after "y a" is a goal too
    ("Unos 200 salvadoreños salieron el domingo de San Salvador con la meta de ingresar a Guatemala y a México.",
     "2018-10-29", {"San Salvador"}),
    # the way to a goal is no stop
    ("Los migrantes llegan desde Juchitán, donde pasaron dos días; hoy resolvieron seguir el viaje para avanzar "
     "hacia la Ciudad de México vía Veracruz.", "2018-11-01", {"Juchitán"}),
])
def test_an_area_that_locates_qualifies_or_leads_is_no_stop(text, published, places):
    assert _places(_rows(text, published)) == places


@pytest.mark.parametrize(("text", "published", "rows"), [
    # entering told as the moment of something else, or before it, was done: the country is a stop of that day
    ("La caravana se dispersó el viernes al ingresar a Guatemala.", "2018-10-27", {("Guatemala", "2018-10-26")}),
    # (ANNOTATING.md, settled case: a town inside the country that day says it more precisely; no country row)
    ("Tras cruzar a Guatemala el viernes, los migrantes descansaron en Esquipulas.", "2018-10-27",
     {("Esquipulas", "2018-10-26")}),
    # (an infinitive of a goal stays a goal)
    ("Los migrantes descansaron el viernes en Esquipulas antes de ingresar a México.", "2018-10-27",
     {("Esquipulas", "2018-10-26")}),
])
def test_an_area_entered_at_the_moment_of_another_event_is_a_stop(text, published, rows):
    assert {(r["place"].split(",")[0], r["date"].lstrip("~")) for r in _rows(text, published)} == rows


@pytest.mark.parametrize(("text", "published", "places"), [
    # a country or state the group left, in a relative clause with no day of its own: where it came from
    ("Llegan a Puebla cientos de migrantes que salieron de Chiapas", "2021-12-08", {"Puebla"}),
    ("Hundreds of migrants who left Honduras reached Esquipulas on Monday.", "2018-10-23", {"Esquipulas"}),
    # (with a day of its own it is a departure of that day)
    ("The caravan, which left Honduras on Saturday, reached Esquipulas on Monday.", "2018-10-23",
     {"Honduras", "Esquipulas"}),
    ("La caravana que salió de Honduras el sábado llegó el lunes a Esquipulas.", "2018-10-23",
     {"Honduras", "Esquipulas"}),
])
def test_an_area_left_in_a_relative_clause_with_no_day_is_where_the_group_came_from(text, published, places):
    assert _places(_rows(text, published)) == places


@pytest.mark.parametrize(("text", "published", "places"), [
    # stages of the way told in the past with no day, before the clause of where the group is now: the story so far
    ("Pasaron por Guatemala, entraron a México por Chiapas y ahora descansan en Juchitán.", "2018-11-01",
     {"Juchitán"}),
    ("They walked through Guatemala, entered Mexico through Chiapas and are now resting in Juchitán.", "2018-11-01",
     {"Juchitán"}),
    # (a stage with its day stays a stop of that day; one stage alone may be yesterday's stop)
    ("El martes cruzaron a Guatemala y ahora están en Esquipulas.", "2018-11-01", {"Guatemala", "Esquipulas"}),
    ("The marchers went through Querétaro and are now arriving in Irapuato.", "2018-11-12", {"Querétaro", "Irapuato"}),
])
def test_stages_told_before_now_with_no_day_are_the_story_so_far(text, published, places):
    assert _places(_rows(text, published)) == places


@pytest.mark.parametrize(("text", "published", "places"), [
    # a road named by the towns it links is no stop of either (the reader engineer's real map zigzagged
    # Puebla-Orizaba-Puebla on "la autopista Orizaba – Puebla")
    ("El grupo bloqueó el martes la autopista Orizaba – Puebla a la altura de Acatzingo.", "2021-12-09", {"Acatzingo"}),
    ("El segundo grupo caminó el martes por la autopista México-Puebla hasta Amozoc.", "2021-12-09", {"Amozoc"}),
    ("On Tuesday the marchers blocked the Tapachula-Huixtla highway near Viva México.", "2021-12-09", {"Viva México"}),
    # (a walk from one to the other names both)
    ("El martes caminaron de Tapachula a Huixtla.", "2021-12-09", {"Tapachula", "Huixtla"}),
])
def test_a_road_named_by_the_towns_it_links_is_no_stop(text, published, places):
    assert _places(_rows(text, published)) == places
