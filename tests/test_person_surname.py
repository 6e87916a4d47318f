"""A person's surname written alone after the article has named the person in full is the person, not a town.

Seen in a real article: a spokeswoman named in full ("said Alejandra Mena") then written alone ("Mena had reported
that police detained ... migrants who had entered the country in the eastern Izabal department") made a row at
Mena, Arkansas, whose sentence's department, where the group was, was then no row.  Expected answers written by hand;
the articles are ours.
"""

from __future__ import annotations

from tests.drafts import drafted

ARTICLE = """Caravan breaks up in Guatemala

"The group has broken up," said Carla Mena, who speaks for the migration institute, on Sunday.

On Saturday, Mena had reported that police detained about 200 migrants who had entered the country in the eastern
Izabal department.
"""


def test_a_surname_of_a_person_named_in_full_is_no_place(cli, tmp_path):
    rows = drafted(cli, tmp_path, ARTICLE, "2024-01-22")
    assert not [r for r in rows if r["place"].startswith("Mena") or r["country"] == "US"], rows


def test_a_town_named_like_a_person_is_still_a_town_where_written_as_one(cli, tmp_path):
    text = ('"We will keep walking," said Jorge Morales, a migrant from Honduras, on Sunday.\n\n'
            "On Saturday the group had reached Morales, in Izabal, where it spent the night.\n")
    rows = drafted(cli, tmp_path, text, "2024-01-22")
    assert [r["date"] for r in rows if r["place"].startswith("Morales")] == ["2024-01-20"], rows
