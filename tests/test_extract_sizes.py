"""Sizes follow the group: which row of a draft takes a size the article states (issue 11 part 4).

Every expected figure is worked out by hand from the README's table of count words.
The texts are this file's own; each reproduces a failure seen on real news.
"""

from __future__ import annotations

import pytest


def _rows(text: str, published: str) -> list[dict]:
    from routes.extract import extract_reports

    return extract_reports(text, published)


def _sizes(rows: list[dict]) -> set[tuple[str, int, int]]:
    return {(r["place"].split(",")[0], r["count_low"], r["count_high"]) for r in rows if r["count"]}


@pytest.mark.parametrize(("text", "published", "place", "low", "high"), [
    # the finder reads what parse_count reads: estimates, stray spaces, appositions before the group's verb
    ("The caravan, estimated at 3,000 people, left Tapachula on Tuesday.", "2018-10-24", "Tapachula", 2700, 3300),
    ("Unas 1, 500 personas salieron de Tapachula el martes.", "2018-10-24", "Tapachula", 1350, 1650),
    ("Los que quedaban, unos 400, salieron de Tapachula el martes.", "2018-10-24", "Tapachula", 360, 440),
    ("Más de un millar de ciudadanos hondureños salieron de San Pedro Sula el martes.", "2019-01-16",
     "San Pedro Sula", 1000, 1500),
    ("Alrededor de 1,500 almas salieron de Tapachula el lunes.", "2024-03-26", "Tapachula", 1350, 1650),
    # half of a noun of number (types-s10 U6; a real article's "Más de medio millar de centroamericanos")
    ("El domingo descansaron en Tapanatepec más de medio millar de migrantes hondureños.", "2018-10-29",
     "Tapanatepec", 500, 750),
    ("Medio millar de personas salieron el martes de Tapachula.", "2018-10-24", "Tapachula", 500, 500),
    ("Un millar y medio de migrantes llegó el jueves a Juchitán.", "2018-11-02", "Juchitán", 1500, 1500),
    ("Un centenar de migrantes cubanos durmió el lunes en Huixtla.", "2018-10-24", "Huixtla", 100, 100),
    ("Cerca de medio centenar de migrantes durmió el lunes en Huixtla.", "2018-10-24", "Huixtla", 45, 55),
])
def test_sizes_as_real_news_writes_them(text, published, place, low, high):
    assert _sizes(_rows(text, published)) == {(place, low, high)}


def test_a_size_goes_to_the_town_of_its_clause_not_to_the_country():
    rows = _rows("About 800 migrants rested in Esquipulas on Monday after crossing the border into Guatemala.",
                 "2019-01-15")
    assert _sizes(rows) == {("Esquipulas", 720, 880)}


@pytest.mark.parametrize(("text", "sizes"), [
    # the country or state crossed into or left has no row beside a town inside it that day (ANNOTATING.md, settled
    # case): the figure of those counted crossing or leaving goes to that town's row
    ("Some 750 migrants crossed into Guatemala on Wednesday. That night they slept in Esquipulas.",
     {("Esquipulas", 675, 825)}),
    ("A group of about 800 migrants left Honduras on Tuesday. They had gathered at the bus terminal in San Pedro Sula.",
     {("San Pedro Sula", 720, 880)}),
    ("Unos 300 migrantes entraron a Texas el miércoles. Esa noche durmieron en un albergue de El Paso.",
     {("El Paso", 270, 330)}),
    # a town of its own sentence still takes it
    ("The caravan, some 1,500 strong, crossed into Guatemala on Tuesday and reached Chiquimula that night.",
     {("Chiquimula", 1350, 1650)}),
])
def test_a_country_crossed_into_or_left_gives_its_figure_to_that_days_town(text, sizes):
    assert _sizes(_rows(text, "2024-11-21")) == sizes


def test_a_size_on_a_country_dated_by_month_goes_to_the_town_where_the_group_is():
    text = ("Hundreds of migrants reached Huixtla on Tuesday.\n\n"
            "The caravan, now crossing southern Mexico and numbering some 3,000 people, drew attention "
            "less than two weeks before the vote.")
    rows = _rows(text, "2018-10-24")
    assert _sizes(rows) == {("Huixtla", 200, 900), ("Huixtla", 2700, 3300)}


def test_a_size_outside_a_relative_clause_is_not_its_places():
    text = ("Hundreds of migrants reached Santa Rosa de Copán on Monday.\n\n"
            "Officials said some 900 people were walking with the caravan, which left Choloma on Sunday with fewer.")
    rows = _rows(text, "2019-01-15")
    assert _sizes(rows) == {("Santa Rosa de Copán", 200, 900), ("Santa Rosa de Copán", 810, 990)}


def test_a_size_after_a_sentence_about_another_time_is_left_out():
    text = ("Hundreds of migrants reached Huixtla on Tuesday.\n\n"
            "The group is far smaller than the caravan that passed through last October. That caravan grew to "
            "7,000 people.")
    rows = _rows(text, "2019-01-16")
    assert _sizes(rows) == {("Huixtla", 200, 900)}


def test_more_people_doing_what_the_group_did_are_an_additional_figure_where_it_is():
    text = "Unos 2 mil migrantes salieron de Tapachula el martes. Otros 300 migrantes salieron horas después."
    rows = _rows(text, "2018-10-24")
    assert _sizes(rows) == {("Tapachula", 1800, 2200), ("Tapachula", 300, 300)}
    from routes.counts import parse_count

    assert parse_count(next(r["count"] for r in rows if r["count_low"] == 300)).additional


def test_the_group_as_known_in_a_sentence_naming_no_place_is_where_the_group_is():
    text = ("Hundreds of migrants reached Huixtla on Tuesday. Organizers say buses would take the estimated 2,000 "
            "migrants to Mexico City.")
    rows = _rows(text, "2018-10-24")
    assert _sizes(rows) == {("Huixtla", 200, 900), ("Huixtla", 1800, 2200)}


def test_sentences_run_together_keep_their_own_sizes():
    text = "Unas 600 personas salieron el martes de Choloma.El miércoles llegaron a Santa Rosa de Copán."
    rows = _rows(text, "2019-01-16")
    assert _sizes(rows) == {("Choloma", 540, 660)}


@pytest.mark.parametrize(("text", "published", "sizes"), [
    # a total is the group's size there; the people joined are a part of it
    ("Un grupo de migrantes llegó el sábado a Ciudad Hidalgo, sumándose a unos 800 migrantes que ya estaban ahí, "
     "totalizando más de 1.500 en la zona.", "2018-10-22", {("Ciudad Hidalgo", 1500, 2250)}),
    ("About 400 more migrants arrived in Tapachula on Monday, bringing the total to some 3,000.", "2018-10-23",
     {("Tapachula", 2700, 3300)}),
    # the group counted in a relative clause about its leader, in a sentence naming no place: where the group is
    ("The migrants reached Escuintla on Wednesday. Alex Reyes, who heads the group of about 1,000 migrants, said "
     "they were tired.", "2018-10-25", {("Escuintla", 900, 1100)}),
    # a stay "for a day" is no rate
    ("The migrants reached Escuintla on Wednesday. About 1,000 migrants rested there for a day.", "2018-10-25",
     {("Escuintla", 900, 1100)}),
    ("Some 300 migrants reached Tecún Umán on Monday; about 2,000 people a day cross the river there.", "2018-10-23",
     {("Tecún Umán", 270, 330)}),
    ("About 400 migrants reached Metetí on Monday after a week in the jungle.", "2023-08-22", {("Metetí", 360, 440)}),
    # a vague size before the verb that starts the walk from a town: the departure's
    ("Miles de migrantes comenzaron el sábado 13 de octubre su caminata desde San Pedro Sula.", "2018-10-20",
     {("San Pedro Sula", 2000, 9000)}),
    ("Thousands of migrants began walking north from Tapachula on Monday.", "2018-10-24", {("Tapachula", 2000, 9000)}),
])
def test_totals_leaders_clauses_and_walks_begun(text, published, sizes):
    assert _sizes(_rows(text, published)) == sizes


def test_the_town_a_walk_began_from_is_a_departure():
    rows = _rows("Miles de migrantes comenzaron el sábado 13 de octubre su caminata desde San Pedro Sula.", "2018-10-20")
    assert [(r["place"], r["date"], r["kind"]) for r in rows] == [("San Pedro Sula", "2018-10-13", "departure")]


def test_a_departure_with_no_town_on_another_day_is_not_a_towns_departure():
    rows = _rows("Families started walking before sunrise from Tapachula on Tuesday.\n\nSeveral hundred migrants left the "
                 "Suchiate River on Sunday, encouraged by a call to join a caravan.", "2024-07-24")
    assert _sizes(rows) == set() and [(r["place"], r["date"]) for r in rows] == [("Tapachula", "2024-07-23")]


def test_this_town_with_no_dateline_is_the_first_town_the_group_is_in_inside_the_country_named():
    rows = _rows("Thousands of migrants were deciding on Monday whether to rest in this southern Mexico town.\n\n"
                 "Officials said more were on the way.\n\nOn Friday the caravan waited in Tecún Umán, Guatemala. On Sunday "
                 "it reached Tapachula.", "2018-10-22")
    assert _sizes(rows) == {("Tapachula", 2000, 9000)}
    assert [(r["place"], r["date"]) for r in rows if r["count"]] == [("Tapachula", "2018-10-22")]


@pytest.mark.parametrize(("text", "sizes"), [
    # an official tally: each crossing its own figure; a figure with no place is none
    ("Migración registró el sábado unos 760 migrantes por el cruce de Ciudad Hidalgo, poco más de 300 por el de "
     "Talismán y más de 400 por pasos no habilitados.", {("Ciudad Hidalgo", 684, 836), ("Talismán", 300, 450)}),
    ("Officials counted about 700 migrants at the crossing in Ciudad Hidalgo and some 300 at the one in Talismán on "
     "Saturday.", {("Ciudad Hidalgo", 630, 770), ("Talismán", 270, 330)}),
    # a few who slipped in are not the group counted there that day
    ("Unos 800 migrantes llegaron el sábado al puente de Ciudad Hidalgo. Unas 20 personas lograron entrar.",
     {("Ciudad Hidalgo", 720, 880)}),
])
def test_a_tally_by_crossing_and_the_few_who_slipped_in(text, sizes):
    assert _sizes(_rows(text, "2018-10-21")) == sizes


def test_a_town_reached_in_a_clause_of_what_was_done_before_is_a_stop_without_the_size():
    rows = _rows("Tras cruzar el sábado el río Suchiate y llegar a Ciudad Hidalgo, unos 3 mil migrantes caminaron este "
                 "domingo hasta Tapachula.", "2018-10-22")
    assert [(r["place"], r["date"], r["count"]) for r in rows] == [("Ciudad Hidalgo", "2018-10-20", ""),
                                                                   ("Tapachula", "2018-10-21", "unos 3 mil")]


def test_a_size_of_a_country_crossed_on_a_rough_day_stays_on_the_country():
    rows = _rows("They are part of the 7,000 to 10,000 who crossed into Mexico about a month ago.\n\nOn Oct. 6 the "
                 "caravan rested in Tapachula.", "2018-11-06")
    assert [(r["place"], r["date"], r["count"]) for r in rows] == [("Mexico", "~2018-10-06", "7,000 to 10,000"),
                                                                   ("Tapachula", "2018-10-06", "")]


@pytest.mark.parametrize(("text", "sizes"), [
    # a clause opened by "and"/"y" with a figure of its own: each figure is its own clause's place's
    ("Some 300 migrants left San Salvador at dawn on Tuesday and about 1,000 reached the border post of La Hachadura "
     "on Wednesday.", {("San Salvador", 270, 330), ("La Hachadura", 900, 1100)}),
    ("Unos 300 migrantes salieron de San Salvador el martes y el miércoles unos mil llegaron a La Hachadura.",
     {("San Salvador", 270, 330), ("La Hachadura", 900, 1100)}),
    # (a range is no such clause: one figure of a leg, both ends, ANNOTATING.md's settled case)
    ("Between 1,500 and 2,000 migrants left Tapachula on Monday and walked to Huixtla.",
     {("Tapachula", 1500, 2000), ("Huixtla", 1500, 2000)}),
])
def test_each_clause_of_its_own_keeps_its_figure(text, sizes):
    assert _sizes(_rows(text, "2024-11-22")) == sizes


@pytest.mark.parametrize("text", [
    # the group's size as it is now, after a figure told earlier at the same place
    "About 100 migrants arrived in Arriaga on Wednesday. By evening the group, now about 400, had filled the shelter.",
    "About 100 migrants arrived in Arriaga on Wednesday. The group, now about 400, plans to rest there.",
    "Unos 100 migrantes llegaron el miércoles a Arriaga. Por la tarde el grupo, que ya suma unos 400, descansaba en el "
    "albergue.",
    "About 100 migrants arrived in Arriaga on Wednesday. By evening the group had grown to about 400.",
])
def test_the_size_now_after_a_smaller_one_at_the_same_place(text):
    assert _sizes(_rows(text, "2024-11-22")) == {("Arriaga", 90, 110), ("Arriaga", 360, 440)}


@pytest.mark.parametrize("text", [
    # back-story: the caravan's departure months ago, with its figure then, in a relative clause
    "About 400 migrants reached Córdoba on Wednesday. They are what remains of the caravan that had left Tapachula with "
    "about 6,000 people in October.",
    "About 400 migrants reached Córdoba on Wednesday, what remains of a caravan that had left Tapachula with some 6,000 "
    "people in October.",
    "Unos 400 migrantes llegaron el miércoles a Córdoba, lo que queda de la caravana que había salido de Tapachula con "
    "unas 6 mil personas en octubre.",
])
def test_the_back_storys_departure_keeps_its_month_and_figure(text):
    rows = _rows(text, "2024-11-21")
    assert [(r["place"], r["date"], r["count_low"], r["count_high"]) for r in rows] == [
        ("Tapachula", "2024-10", 5400, 6600), ("Córdoba", "2024-11-20", 360, 440)]


@pytest.mark.parametrize(("text", "sizes"), [
    # a figure in a clause "where ..." with no place of its own is the place right before it, and that place does
    # not take the figure of the clause it closes when another place there holds it (types-s10 U8; a real
    # article's "More than 1,000 ... in Mexicali ..., Tijuana, where an additional 2,400 ... have converged")
    ("More than 1,000 migrants waited in shelters in Mexicali on Sunday, after police stopped their buses from going "
     "on to Tijuana, where another 2,400 caravan members have gathered.",
     {("Mexicali", 1000, 1500), ("Tijuana", 2400, 2400)}),
    ("Unos 800 migrantes durmieron el lunes en Escuintla, a un día de camino de Acacoyagua, donde otros 300 "
     "descansaban desde el domingo.", {("Escuintla", 720, 880), ("Acacoyagua", 300, 300)}),
    # (a place alone in its clause keeps the clause's figure)
    ("About 2,000 migrants arrived in Huixtla on Monday, where they rested.", {("Huixtla", 1800, 2200)}),
])
def test_a_figure_of_a_where_clause_is_the_place_before_it(text, sizes):
    assert _sizes(_rows(text, "2018-11-18")) == sizes


@pytest.mark.parametrize(("text", "sizes"), [
    # a figure the police acted against is the group's, where the group is (the next sentence names it)
    ("Police fired tear gas on Sunday to scatter thousands of Honduran migrants walking to the United States. "
     "Troops had surrounded the caravan on a road in the town of Vado Hondo.", {("Vado Hondo", 2000, 9000)}),
    ("La policía lanzó gases lacrimógenos el domingo contra unos 3.000 migrantes hondureños. Los agentes habían "
     "cercado a la caravana en una carretera de Vado Hondo.", {("Vado Hondo", 2700, 3300)}),
    # (people hurt or held are no group)
    ("Police fired tear gas on Sunday and 40 migrants were hurt. Troops had surrounded the caravan in Vado Hondo.",
     set()),
])
def test_a_figure_the_police_acted_against_is_the_groups(text, sizes):
    assert _sizes(_rows(text, "2021-01-18")) == sizes


def test_a_figure_with_no_place_looks_four_paragraphs_back_for_where_the_group_is():
    # the town is four paragraphs up (the paragraph before the figure says the group left "the city" by a road named
    # by two towns, which are no stops): the figure is the town's, not the next paragraph's place where another part
    # walked
    text = ("Caravana avanza hacia la capital\n\n"
            "Cientos de migrantes llegaron el martes a Cholula, donde pasaron la noche.\n\n"
            "Por la mañana recibieron comida y atención médica.\n\n"
            "Muchos viajan con niños pequeños.\n\n"
            "Al mediodía salieron de la ciudad por la autopista Puebla-Orizaba.\n\n"
            "Los organizadores dicen que la caravana ya suma 450 personas.\n\n"
            "Otro grupo caminaba a esa hora cerca de Amozoc.\n")
    assert ("Cholula", 450, 450) in _sizes(_rows(text, "2021-12-08"))
