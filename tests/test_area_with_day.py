"""A country where the group is on a day, told with the day between the verb and the country (types-s10 U1).

"ingresó a Guatemala el jueves" was a crossing row; "ingresó ilegalmente el jueves por la mañana a Guatemala", as
wire copy writes it, was none: the words between the verb and its preposition hid the verb.  So was "avanzaron el
viernes por distintos puntos de Guatemala".  Expected answers written by hand; the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted


def _rows(cli, tmp_path, sentence):
    return drafted(cli, tmp_path, f"Otra caravana rumbo al norte\n\n{sentence}\n", "2020-10-02")


def test_a_country_entered_with_the_day_between_is_a_crossing(cli, tmp_path):
    rows = _rows(cli, tmp_path, "El contingente ingresó irregularmente el miércoles por la tarde a Guatemala con más "
                                "de 1.000 personas.")
    gt = [r for r in rows if r["place"] == "Guatemala"]
    assert [(r["date"], r["kind"]) for r in gt] == [("2020-09-30", "crossing")], rows
    assert (gt[0]["count_low"], gt[0]["count_high"]) == ("1000", "1500")


def test_a_country_the_group_is_spread_through_on_a_day_is_a_row(cli, tmp_path):
    rows = _rows(cli, tmp_path, "Unos 800 migrantes avanzaban el viernes por distintos puntos de Guatemala.")
    gt = [r for r in rows if r["place"] == "Guatemala"]
    assert [r["date"] for r in gt] == ["2020-10-02"], rows
    assert (gt[0]["count_low"], gt[0]["count_high"]) == ("720", "880")


def test_a_government_s_words_with_a_day_are_no_row(cli, tmp_path):
    rows = _rows(cli, tmp_path, "El gobierno hondureño dijo el jueves por la mañana que enviaría ayuda a Guatemala.")
    assert not [r for r in rows if r["place"] == "Guatemala"], rows
