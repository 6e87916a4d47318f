"""A town written with its state is never moved to a namesake of the STATE's name by the other-number reading.

"descansaron en Córdoba, Veracruz" a day after Tapachula (a day the article gives wrongly or not at all) was moved to
the village called Veracruz in Chiapas, near Tapachula: the hint's namesake, not the town's. Expected answers written
by hand before the run; the article is ours.
"""

from __future__ import annotations

from geo.distance import haversine_km
from tests.drafts import drafted


def test_the_state_written_after_a_town_is_no_namesake_of_it(cli, tmp_path):
    rows = drafted(cli, tmp_path, "Migrantes siguen su marcha\n\nLos cerca de 3 mil migrantes partieron de Tapachula el "
                   "mes pasado. Este jueves descansaron en Córdoba, Veracruz.\n", "2018-11-15")
    cordoba = [r for r in rows if r["place"].startswith("Córdoba")]
    assert all(not r["lat"] or haversine_km(float(r["lat"]), float(r["lon"]), 18.88, -96.93) < 25 for r in cordoba), rows
