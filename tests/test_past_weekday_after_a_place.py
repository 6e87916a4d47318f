"""A weekday told after a verb in the past and the place it governs ("left Choloma late Thursday") is a past day even
when a later clause of the sentence speaks of a plan ("where they plan to cross"): not next week's (issue 11, days;
types-s11-12 V9, in English).

Written for this test; the facts carry over from a real report, the sentences do not.
"""

from routes.extract import extract_reports


def _dates(text: str, published: str, place: str) -> list[str]:
    return [r["date"] for r in extract_reports(text, published=published) if r["place"].startswith(place)]


def test_a_departure_named_before_its_weekday_is_this_weeks():
    text = ("About 600 Hondurans left Choloma late Thursday and others set out at dawn, all of them bound for the "
            "Guatemalan border, where they plan to cross into Guatemala.\n")
    assert _dates(text, "2019-01-18", "Choloma") == ["2019-01-17"]


def test_a_plan_named_before_its_weekday_is_still_next_weeks():
    text = "The migrants plan to set out from Choloma on Thursday, bound for the Guatemalan border.\n"
    assert _dates(text, "2019-01-18", "Choloma") == ["2019-01-24"]
