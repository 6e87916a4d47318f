"""A part of a state named by its compass word ("el sur de Veracruz", "southern Veracruz") is the state, not its city.

"Isla, Ver.- Miles de migrantes llegaron este sábado a esta ciudad del sur de Veracruz" drew a row at the city of
Veracruz (a division whose own town bears its name is the town), and its point pulled Isla to La Isla, 91 km off.
Expected answers written by hand; the articles are ours.
"""

from __future__ import annotations

import pytest

from geo.distance import haversine_km
from tests.drafts import drafted


@pytest.mark.parametrize("text", [
    "Isla, Ver.- Miles de migrantes llegaron este sábado a esta ciudad del sur de Veracruz.",
    "ISLA, Mexico (AP) — Thousands of migrants reached this town in southern Veracruz on Saturday.",
])
def test_the_south_of_a_state_is_no_point_at_its_city(cli, tmp_path, text):
    rows = drafted(cli, tmp_path, text + "\n", "2018-11-04")
    veracruz_city = [r for r in rows if r["lat"] and haversine_km(float(r["lat"]), float(r["lon"]), 19.18, -96.14) < 30]
    assert not veracruz_city, rows
    isla = [r for r in rows if r["place"].upper().startswith("ISLA")]
    assert all(not r["lat"] or haversine_km(float(r["lat"]), float(r["lon"]), 18.03, -95.53) < 25 for r in isla), rows
