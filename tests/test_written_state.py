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


def test_the_route_chooses_only_among_the_written_state_s_namesakes():
    """The same day as a Mexico City stop, "San Diego, California" was San Diego Linares (Morelos) at 0.20: the
    route's days outweighed the written state.  The state holds a San Diego, so only its namesakes are options."""
    from datetime import date

    from geo import Focus, Stop, resolve_route

    day = date(2018, 11, 15).toordinal()
    stops = [Stop("Mexico City", day), Stop("San Diego, California", day)]
    res = resolve_route(stops, focus=Focus(countries=["MX"]))[1]
    assert (res.place.name, res.place.country, res.place.admin1_name) == ("San Diego", "US", "California")
    assert all(c.country == "US" and c.admin1_name == "California" for c in res.candidates if not c.is_area)


def test_a_state_that_holds_no_place_of_the_name_is_only_a_hint():
    """"Tapachula, Oaxaca" (no Tapachula in Oaxaca): the written state shapes nothing, Tapachula is still found."""
    from geo import geocode

    place = geocode("Tapachula, Oaxaca").place
    assert (place.name, place.admin1_name) == ("Tapachula", "Chiapas")
