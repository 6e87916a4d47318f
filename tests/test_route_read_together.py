"""Where `routemapper build` puts the stops of routes through towns nobody tuned for (routes16, session 16).

Routes of my own, coordinates written by hand before any run:

- a route with no country column and no stop placed surely on its own (``Jiménez -> Camargo -> Delicias``, three
  towns of Chihuahua) is read together: the reading of the stops' namesakes whose legs a group can travel
  (geo.route.read_together), not each name's biggest namesake (two of them in Spain, 8,500 km apart); when another
  reading fits as well, or none fits, each stop is flagged and its warning names the route's stops;
- a village that bears the name of its country's well-known city is not ruled out by that city when no vehicle takes
  the group to the city in the days between (``Columbus`` a day before Deming is the New Mexico port village, not
  Columbus, Ohio; was Columbus, Nebraska, 1,400 km off);
- a name the gazetteer holds only led by a saint's name or a port's word is that place: ``Jalapa del Marqués`` is
  Santa María Jalapa del Marqués (was an unknown place: build refused the route), and ``Palomas`` at the Columbus port
  is Puerto Palomas when no other Palomas lies within a day's travel (was the Palomas of San Luis Potosí, 1,290 km off).
"""

from __future__ import annotations

import csv

import pytest

from geo import geocode
from geo.distance import haversine_km

JIMENEZ = (27.13, -104.92)
CAMARGO = (27.68, -105.17)
DELICIAS = (28.19, -105.47)
ESCALON = (26.75, -104.34)
COLUMBUS_NM = (31.83, -107.64)
PUERTO_PALOMAS = (31.78, -107.63)
JALAPA_DEL_MARQUES = (16.44, -95.44)


def _export(cli, tmp_path, write_csv, rows: list[tuple[str, str, str]]) -> list[dict]:
    text = "caravan,date,place,kind\n" + "".join(f"mine,{day},{place},{kind}\n" for day, place, kind in rows)
    out = tmp_path / "out.csv"
    result = cli("export", str(write_csv(text)), "-o", str(out), "--layer", "reports")
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _km(row: dict, point: tuple[float, float]) -> float:
    return haversine_km(float(row["lat"]), float(row["lon"]), *point)


@pytest.mark.parametrize("rows, expected", [
    ([("2024-02-01", "Jiménez", ""), ("2024-02-03", "Camargo", ""), ("2024-02-05", "Delicias", "")],
     [JIMENEZ, CAMARGO, DELICIAS]),
    ([("2024-02-01", "Escalón", ""), ("2024-02-03", "Jiménez", ""), ("2024-02-06", "Delicias", "")],
     [ESCALON, JIMENEZ, DELICIAS]),
    ([("2024-02-01", "Delicias", ""), ("2024-02-03", "Camargo", ""), ("2024-02-04", "Jiménez", "")],
     [DELICIAS, CAMARGO, JIMENEZ]),
], ids=["north-to-delicias", "from-escalon", "south-from-delicias"])
def test_a_route_no_stop_anchors_is_read_together(cli, tmp_path, write_csv, rows, expected):
    found = _export(cli, tmp_path, write_csv, rows)
    assert [r["place"] for r in found] == [place for _, place, _ in rows]
    for row, point in zip(found, expected):
        assert _km(row, point) < 25, row
        assert row["resolved_country"] == "MX"
        assert "read together with the route's other stops" in row["geo_reasons"]


def test_a_route_that_reads_as_well_in_two_places_is_flagged_stop_by_stop(cli, tmp_path, write_csv):
    text = "caravan,date,place\nmine,2024-02-01,Santa Ana\nmine,2024-02-02,San Miguel\nmine,2024-02-03,San José\n"
    result = cli("build", str(write_csv(text)), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 0, result.output
    for row, place in ((2, "Santa Ana"), (3, "San Miguel"), (4, "San José")):
        lines = [line for line in result.output.splitlines() if f"row {row}: {place!r} placed at" in line]
        assert len(lines) == 1, result.output
        assert "(Santa Ana, San Miguel, San José)" in lines[0]
        assert "another reading fits them as well" in lines[0] and "give the country" in lines[0]


def test_a_route_no_reading_of_which_can_be_travelled_says_so(cli, tmp_path, write_csv):
    text = "caravan,date,place\nmine,2024-02-01,Camargo\nmine,2024-02-02,Esquipulas\n"
    result = cli("build", str(write_csv(text)), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 0, result.output
    for row, place in ((2, "Camargo"), (3, "Esquipulas")):
        lines = [line for line in result.output.splitlines() if f"row {row}: {place!r} placed at" in line]
        assert len(lines) == 1, result.output
        assert "no reading of them lets a group travel every leg" in lines[0]


def test_a_stop_placed_surely_on_its_own_is_no_reading_together(cli, tmp_path, write_csv):
    found = _export(cli, tmp_path, write_csv, [("2024-02-01", "Chihuahua", ""), ("2024-02-02", "Delicias", ""),
                                               ("2024-02-03", "Camargo", "")])
    assert _km(found[2], CAMARGO) < 25
    assert not any("read together" in r["geo_reasons"] for r in found)


def test_columbus_a_day_before_deming_is_the_port_village(cli, tmp_path, write_csv):
    found = _export(cli, tmp_path, write_csv, [
        ("2024-02-03", "Ascensión", "sighting"), ("2024-02-05", "Palomas", "sighting"),
        ("2024-02-06", "Columbus", "crossing"), ("2024-02-07", "Deming", "sighting")])
    columbus, palomas = found[2], found[1]
    assert _km(columbus, COLUMBUS_NM) < 10, columbus
    assert _km(palomas, PUERTO_PALOMAS) < 25, palomas
    assert float(palomas["geo_confidence"]) < 0.75  # read as a longer name: a person checks it
    assert "no place named 'Palomas' lies within a day's travel" in palomas["geo_reasons"]


def test_columbus_crossed_on_its_own_is_still_the_city_of_its_name():
    """With no route the bare name keeps its well-known city (Ohio), as before."""
    assert geocode("Columbus").place.admin1 == "OH"


def test_a_town_written_without_its_saints_name(cli, tmp_path, write_csv):
    found = _export(cli, tmp_path, write_csv, [
        ("2024-02-01", "Juchitán", ""), ("2024-02-02", "Tehuantepec", ""), ("2024-02-03", "Jalapa del Marqués", ""),
        ("2024-02-06", "Tlacolula", "")])
    assert _km(found[2], JALAPA_DEL_MARQUES) < 10, found[2]
    alone = geocode("Jalapa del Marqués")
    assert haversine_km(alone.lat, alone.lon, *JALAPA_DEL_MARQUES) < 10


def test_a_tail_after_a_saints_name_that_starts_with_an_article_is_no_name():
    """``San Juan de la Cruz`` is not what ``de la Cruz`` means: no candidate is made from such a tail."""
    from geo.resolve import default_resolver

    assert default_resolver().index.keys_ending_with("de la cruz") == ()
