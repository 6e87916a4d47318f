"""A place the article writes with its state is not moved to a namesake in another state to suit the route's legs."""

from drafts import drafted

# The lead's own sentences: a caravan leaves Mexico City while the article names a US city with its state.
ARTICLE = """\
Caravan sets off on the long road to the Pacific border
The migrant caravan has left Mexico City and is now heading for Tijuana, across the border from San Diego, California. Those with bus fare have gone ahead.
A first group of about 100 migrants reached Tijuana by bus on Sunday.
"""


def test_a_us_city_written_with_its_state_is_not_moved_to_a_mexican_namesake(cli, tmp_path):
    rows = drafted(cli, tmp_path, ARTICLE, "2018-11-15")
    assert {"Mexico City", "Tijuana"} <= {r["place"] for r in rows}
    # The State of Mexico has a San Diego Huehuecalco 60 km from Mexico City: the leg would suit it, the article
    # does not (it was placed there, "namesake inside the story's area", before this test).
    assert not [r for r in rows if r["place"].startswith("San Diego") and r["country"] == "MX"]
