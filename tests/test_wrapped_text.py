"""Text wrapped at a width (wire copy, e-mail, plain-text pages): a name or a figure broken over two lines is one."""

from drafts import drafted
from routes.extract.text import unwrapped

# Written for this test (the lead's own sentences), wrapped by hand at about 56 columns the way wire copy is:
# "San Pedro / Sula" and "about / 1,500" are broken over two lines.
WIRE_COPY = """\
Caravan sets out from northern Honduras

   A caravan of about
1,500 migrants set out on Tuesday from San Pedro
Sula, the industrial city in the north of the country,
and walked through the night toward the border post.

   On Wednesday morning the group reached Corinto,
where Guatemalan agents checked their papers and sent
some of them back.
"""


def test_a_place_and_a_figure_broken_over_two_lines_are_read_whole(cli, tmp_path):
    rows = drafted(cli, tmp_path, WIRE_COPY, "2025-03-06", "wire.txt")
    by_place = {r["place"]: r for r in rows}
    assert "San Pedro" not in by_place and "Sula" not in by_place
    spsula = by_place["San Pedro Sula"]
    assert (spsula["date"], spsula["kind"], spsula["count"]) == ("2025-03-04", "departure", "about 1,500")
    assert by_place["Corinto"]["date"] == "2025-03-05"
    for row in rows:  # the offsets are the article's, and the quote reads as one line
        start, end = int(row["start"]), int(row["end"])
        assert row["quote"] == WIRE_COPY[start:end].replace("\n", " ")


def test_unwrapping_keeps_the_length_and_leaves_lines_of_their_own_alone():
    flat = unwrapped(WIRE_COPY)
    assert len(flat) == len(WIRE_COPY)
    assert "San Pedro Sula, the industrial city in the north of the country, and walked" in flat
    assert flat.startswith("Caravan sets out from northern Honduras\n\n")  # a blank line still parts paragraphs
    assert "border post.\n\n   On Wednesday" in flat
    # A headline, a byline and a body on lines of their own are not a text wrapped at a width.
    headed = "Two thousand migrants rest in Huixtla\nBy a staff writer\nMore than 2,000 migrants rested in Huixtla."
    assert unwrapped(headed) == headed
