"""A row without coordinates is located in its caravan's story area: the countries its other rows name.

Seen on a real article (ninth session): extraction left "Mina" (a Nuevo León municipality, in a story whose
other row is Coahuila, "MX") without coordinates, being unsure of it, and `build` then located it worldwide, at
Minna, Nigeria, 11,000 km from the story.  The drafts below are our own; the points are general knowledge,
written by hand before the first run.
"""

from __future__ import annotations

import json

from geo.distance import haversine_km

MINA_NUEVO_LEON = (26.00, -100.53)
MINNA_NIGERIA = (9.61, 6.55)

HEADER = "caravan,date,place,country,lat,lon,kind\n"


def _arrivals(cli, tmp_path, rows: str) -> dict[str, tuple[float, float]]:
    """Where each caravan's arrival row is drawn (``query stops`` names a stop as the gazetteer does)."""
    draft = tmp_path / "draft.csv"
    draft.write_text(HEADER + rows, encoding="utf-8")
    result = cli("query", str(draft), "stops", "--format", "json")
    assert result.exit_code == 0, result.output
    return {s["caravan"]: (s["lat"], s["lon"]) for s in json.loads(result.stdout) if s["first_kind"] == "arrival"}


def test_a_row_with_no_country_is_found_in_the_countries_its_caravan_names(cli, tmp_path):
    arrivals = _arrivals(cli, tmp_path, "north,2022-06-15,Coahuila,MX,,,sighting\n"
                                        "north,2022-06-16,Mina,,,,arrival\n")
    assert haversine_km(*arrivals["north"], *MINA_NUEVO_LEON) < 10, arrivals


def test_each_caravan_has_its_own_area(cli, tmp_path):
    # The same name in two caravans of one file: each is looked for where its own caravan's rows are.
    arrivals = _arrivals(cli, tmp_path, "north,2022-06-15,Monterrey,MX,,,departure\n"
                                        "north,2022-06-16,Mina,,,,arrival\n"
                                        "west,2022-06-15,Abuja,NG,,,departure\n"
                                        "west,2022-06-16,Mina,,,,arrival\n")
    assert haversine_km(*arrivals["north"], *MINA_NUEVO_LEON) < 10, arrivals
    assert haversine_km(*arrivals["west"], *MINNA_NIGERIA) < 10, arrivals


def test_a_country_hint_the_gazetteer_does_not_know_is_still_the_rows_own_error(cli, tmp_path):
    draft = tmp_path / "draft.csv"
    draft.write_text(HEADER + "north,2022-06-15,Monterrey,ZZ,,,departure\nnorth,2022-06-16,Mina,,,,arrival\n",
                     encoding="utf-8")
    result = cli("query", str(draft), "stops", "--format", "json")
    assert result.exit_code == 2, result.output
    assert "draft.csv" in result.output and "row 2" in result.output and "ZZ" in result.output, result.output
