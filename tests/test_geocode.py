"""The embedded gazetteer: sample places, reporters' spellings and namesakes."""

import csv
import math

import pytest

from geo import PlaceNotFound, geocode
from geo.resolve import haversine_km
from conftest import TESTS

TOPONYMS = list(csv.DictReader((TESTS / "data" / "toponyms.csv").open(encoding="utf-8")))
ROW_IDS = [f"{r['query']}|{r['country_hint']}|{r['near']}|{r['kind']}" for r in TOPONYMS]


def _near(text):
    return tuple(float(v) for v in text.split(",")) if text else None


def test_the_table_is_big_enough():
    assert len(TOPONYMS) >= 60
    assert len({(r["query"], r["country_hint"], r["near"], r["kind"]) for r in TOPONYMS}) == len(TOPONYMS)


@pytest.mark.parametrize("row", TOPONYMS, ids=ROW_IDS)
def test_every_toponym_within_5_km_in_the_right_country(row):
    res = geocode(row["query"], country=row["country_hint"], kind=row["kind"], near=_near(row["near"]))
    assert row["expect_country"] in (res.place.country, *res.place.countries)
    if not row["lat"]:  # country-level: kept at that precision
        assert res.place.is_area and res.place.country == row["expect_country"]
        return
    d = haversine_km(res.lat, res.lon, float(row["lat"]), float(row["lon"]))
    assert d <= 5.0, f"{row['query']} -> {res.place.label()} is {d:.1f} km off"


@pytest.mark.parametrize(
    "query,kwargs,country,lat,lon",
    [
        ("Agua Caliente", {"country": "GT", "kind": "crossing", "near": (14.56571, -89.35166)}, "HN", 14.54167, -89.275),
        ("Ciudad Hidalgo", {"country": "MX", "near": (14.90541, -92.25891)}, "MX", 14.68018, -92.15195),
        ("Esquipulas", {"country": "GT"}, "GT", 14.56571, -89.35166),
        ("Tecun Uman", {}, "GT", 14.67737, -92.14039),
        ("Cd. Hidalgo", {"near": (14.90541, -92.25891)}, "MX", 14.68018, -92.15195),
        ("Esquípulas", {"country": "GT"}, "GT", 14.56571, -89.35166),
        ("TAPACHULA", {}, "MX", 14.90541, -92.25891),
        ("San Pedro Sula, Honduras", {}, "HN", 15.50585, -88.02588),
        ("km 177, Vado Hondo, Chiquimula", {}, "GT", 14.73333, -89.5),
    ],
)
def test_disambiguation_and_spellings(query, kwargs, country, lat, lon):
    res = geocode(query, **kwargs)
    assert res.place.country == country
    assert haversine_km(res.lat, res.lon, lat, lon) < 5


def test_country_keeps_its_precision():
    res = geocode("Guatemala", country="GT")
    assert res.place.feature == "country" and res.place.precision_m > 50_000


def test_region_keeps_its_precision():
    res = geocode("Guatemala-Mexico border")
    assert res.place.feature == "region" and set(res.place.countries) == {"GT", "MX"}


def test_unknown_place_offers_closest_names():
    with pytest.raises(PlaceNotFound) as err:
        geocode("Tapachlua Centro")
    assert "Tapachula" in err.value.suggestions
    assert "unknown place 'Tapachlua Centro'" in str(err.value)


def test_confidence_and_reasons_are_given():
    res = geocode("Agua Caliente")
    assert 0 <= res.confidence <= 1 and res.reasons
    assert res.ambiguous  # six namesakes, no context: flagged, not hidden
    assert not math.isnan(res.lat)


@pytest.mark.parametrize("query,name", [("Puebla", "Puebla"), ("Hermosillo", "Hermosillo"),
                                        ("Querétaro", "Santiago de Querétaro"), ("Tijuana", "Tijuana"),
                                        ("Tegucigalpa", "Tegucigalpa")])
def test_big_cities_are_not_ambiguous_because_villages_share_the_name(query, name):
    res = geocode(query)
    assert res.place.name == name and not res.ambiguous
    assert res.candidates or query in ("Tijuana", "Tegucigalpa")


@pytest.mark.parametrize("query", ["Agua Caliente", "Corinto", "Ciudad Hidalgo", "El Carmen"])
def test_true_namesakes_without_context_are_flagged(query):
    res = geocode(query)
    assert res.ambiguous and res.confidence < 0.75 and len(res.candidates) >= 1


def test_context_settles_a_namesake():
    assert not geocode("Ciudad Hidalgo", near=(14.90541, -92.25891)).ambiguous


@pytest.mark.parametrize("country", ["GT", ""])
def test_misspelling_el_florida_is_el_florido(country):
    res = geocode("El Florida", country=country)
    assert res.place.name == "El Florido border crossing" and res.place.match == "fuzzy"
    assert any("fuzzy score" in r for r in res.reasons) and res.ambiguous


@pytest.mark.parametrize("query,feature,country", [("Guatemala", "country", "GT"), ("Mexico", "country", "MX"),
                                                   ("Honduras", "country", "HN"), ("Chiapas", "admin1", "MX")])
def test_country_and_division_names_keep_their_precision(query, feature, country):
    res = geocode(query)
    assert (res.place.feature, res.place.country) == (feature, country)


def test_route_days_rule_out_a_far_namesake():
    from geo import Stop, resolve_route

    stops = [Stop("Tapachula", 0.0), Stop("Tonalá", 3.0), Stop("Arriaga", 3.5)]
    _, tonala, _ = resolve_route(stops)
    assert tonala.place.admin1_name == "Chiapas"  # not the bigger Tonalá, Jalisco, 1,000 km away
    assert any("km from the group's nearest other stop" in r and "km/day" in r for r in tonala.reasons)


def test_a_slow_route_settles_ciudad_hidalgo():
    from geo import Stop, resolve_route

    # Tapachula on the 18th, Ciudad Hidalgo on the 21st: 28 km, not 1,000 km to Michoacán.
    stops = [Stop("Chiquimula", 0.0, "GT"), Stop("Tapachula", 1.0, "MX"), Stop("Ciudad Hidalgo", 4.0, "MX")]
    hidalgo = resolve_route(stops)[2]
    assert hidalgo.place.admin1_name == "Chiapas" and not hidalgo.ambiguous


def test_geocode_names_ticks_once_a_name():
    from maps.commands import geocode_names

    ticks = []
    rows = geocode_names(["Tapachula", "Huixtla", "Arriaga"], tick=ticks.append)
    assert ticks == [1, 1, 1] and [r["name"] for r in rows] == ["Tapachula", "Huixtla", "Arriaga"]


@pytest.mark.parametrize("query", ["tapachla", "el florida", "san pedro zula", "nueva ocotepek"])
@pytest.mark.parametrize("cutoff", [60.0, 85.0])
def test_fuzzy_prefilter_finds_exactly_what_a_full_scan_finds(query, cutoff):
    from rapidfuzz import fuzz, process

    from geo import GazetteerIndex

    index = GazetteerIndex.open()
    keys = index._load_keys()[0]
    full = {k for k, _, _ in process.extract(query, keys, scorer=fuzz.ratio, limit=None, score_cutoff=cutoff)}
    assert {k for k, _ in index.fuzzy(query, limit=10**6, cutoff=cutoff)} == full
    assert full  # each has near spellings


def test_index_fingerprint_follows_the_curated_files(tmp_path):
    from geo.index import fingerprint

    curated = tmp_path / "places.csv"
    curated.write_text("name,lat,lon\nA,1,2\n")
    before = fingerprint([curated])
    assert fingerprint([curated]) == before
    curated.write_text("name,lat,lon\nA,1,3\n")  # same size, other content
    assert fingerprint([curated]) != before


def test_letter_masks_match_one_by_one():
    from geo.normalize import letter_mask, letter_masks

    keys = ["tapachula", "ciudad tecun uman", "a1", "zz 9", "el florido"]
    assert [int(m) for m in letter_masks(keys)] == [letter_mask(k) for k in keys]
    assert letter_mask("ab") ^ letter_mask("abc") == letter_mask("c")


def test_a_crossing_report_at_a_border_post_name_means_the_post():
    # Agua Caliente, California is ten times larger than any namesake, but a roadblock or a
    # crossing at "Agua Caliente" is the Honduras-Guatemala post.
    for kind in ("blocked", "crossing"):
        assert geocode("Agua Caliente", kind=kind).place.feature == "border_crossing"
