"""Two far towns reached by bus in one sentence the same day are a split, not a leg (types-s11-12 V11): a warning.

"una parte llegó a Puebla y otra parte llegó a Tuxtla Gutiérrez" was drafted as Puebla -> Tuxtla Gutiérrez, 596 km in
a day that "autobuses" allows, with no word to the reader. Expected answers written by hand before the run; the
articles are ours. The rows stay as they are (which group went where is the reader's call).
"""

from __future__ import annotations

import csv
import io

import pytest


def _run(cli, tmp_path, text):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("extract", str(article), "--published", "2024-11-05")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout))), result.stderr


@pytest.mark.parametrize("text, first, second", [
    ("Migrantes se dispersan\n\nLos migrantes salieron el lunes de Tapanatepec. Ese mismo día, a bordo de autobuses, "
     "una parte llegó a Puebla y otra parte llegó a Tuxtla Gutiérrez.\n", "Puebla", "Tuxtla Gutiérrez"),
    ("Caravan splits up\n\nOn Monday the migrants left Arriaga. By nightfall, riding buses, some had reached Mexico "
     "City while others arrived in Villahermosa.\n", "Mexico City", "Villahermosa"),
])
def test_two_far_towns_reached_in_one_sentence_are_said_to_be_a_split(cli, tmp_path, text, first, second):
    rows, stderr = _run(cli, tmp_path, text)
    assert {first, second} <= {r["place"] for r in rows}, rows
    said = [line for line in stderr.splitlines() if "split" in line]
    assert len(said) == 1 and first in said[0] and second in said[0], stderr


def test_two_near_towns_of_one_sentence_are_no_split(cli, tmp_path):
    _, stderr = _run(cli, tmp_path, "Caravana\n\nEl lunes, en autobuses, unos llegaron a Tapachula y otros llegaron a "
                     "Huixtla.\n")
    assert "split" not in stderr, stderr
