"""The rendered map page: symbols, scales, escaping, self-contained mode."""

import json
import re
from pathlib import Path

import numpy as np
import pytest

from maps import render_map
from maps.pagedata import read_page
from routes import build_routes, read_reports


def payloads(html: str) -> list[dict]:
    """Each caravan's columns as the page reads them (maps.pagedata.read_page: text as strings, NaN unknown)."""
    page = read_page(html)
    assert f"routemapper.load(" in html and page["meta"]["blocks"]
    return page["caravans"]


@pytest.fixture(scope="module")
def page(sample_routes):
    return render_map(sample_routes, title="Caravans").get_root().render()


def test_circle_radii_follow_square_roots_of_each_place_and_days_figure(page, sample_routes):
    data = payloads(page)
    assert [d["id"] for d in data] == sample_routes.caravans
    assert sum(len(d["reports"]["lat"]) for d in data) == len(sample_routes.reports)
    lows = []
    for d in data:  # a report sharing its place and day is drawn with the group's merged figure
        own = list(d["reports"]["low"])
        for members, low in zip(d["groups"]["members"], d["groups"]["low"]):
            for i in members:
                own[i] = low
        lows += own
    lows = np.array(lows, dtype=float)
    assert np.isnan(lows).any() and not np.isnan(lows).all()  # reports without a figure are in the test
    radii = np.array([v for d in data for v in d["reports"]["r"]], dtype=float)
    known = ~np.isnan(lows)
    ratio = radii[known] / np.sqrt(lows[known])
    np.testing.assert_allclose(ratio, ratio[0], rtol=1e-2)


def test_segments_are_in_the_page(page, sample_routes):
    data = payloads(page)
    assert sum(len(d["segments"]["lat1"]) for d in data) == len(sample_routes.segments)
    for d in data:  # leg j runs from (lat1, lon1) to (lat2, lon2)
        legs = sample_routes.segments[sample_routes.segments["caravan"] == d["id"]]
        starts = [(round(p.coords[0][1], 5), round(p.coords[0][0], 5)) for p in legs.geometry]
        ends = [(round(p.coords[-1][1], 5), round(p.coords[-1][0], 5)) for p in legs.geometry]
        s = d["segments"]
        assert list(zip(s["lat1"], s["lon1"])) == starts and list(zip(s["lat2"], s["lon2"])) == ends
        assert s["endDay"] == (legs["end"] - np.datetime64("1970-01-01")).dt.days.tolist()


def test_report_text_is_escaped(write_csv):
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    path = write_csv(
        "caravan,date,place,note,source,url\n"
        f'c1,2018-10-15,Tapachula,"{evil.replace(chr(34), chr(34) * 2)}",</script><b>src,javascript:alert(1)\n'
    )
    html = render_map(build_routes(read_reports(path)), title="</script><script>alert(2)</script>").get_root().render()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "</script><b>" not in html and "<script>alert(2)" not in html
    data = payloads(html)[0]
    assert data["reports"]["note"][0] == evil  # the text itself survives, as text
    assert data["reports"]["source"][0] == "</script><b>src" and data["reports"]["url"][0] == "javascript:alert(1)"
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>" in html


def test_braces_in_report_text_are_not_a_template(write_csv):
    path = write_csv("caravan,date,place,note\nc1,2018-10-15,Tapachula,{{ 7 * 7 }} {% if 1 %}x{% endif %}\n")
    data = payloads(render_map(build_routes(read_reports(path))).get_root().render())[0]
    assert data["reports"]["note"][0] == "{{ 7 * 7 }} {% if 1 %}x{% endif %}"


def text(data: dict, key: str, table: str = "reports") -> list[str]:
    return data[table][key]


def test_repeated_strings_are_stored_once(page, sample_routes):
    strings = read_page(page)["strings"]
    assert len(strings) == len(set(strings))
    for data in payloads(page):
        reports = sample_routes.reports[sample_routes.reports["caravan"] == data["id"]]
        assert text(data, "source") == reports["source"].fillna("").astype(str).tolist()
        assert text(data, "qual") == reports["count_qualifier"].astype(str).tolist()


def test_legs_after_a_return_are_marked_and_the_leg_into_it_is_not(write_csv):
    path = write_csv(
        "caravan,date,place,country,kind,count\n"
        "c1,2021-01-15,Esquipulas,GT,departure,\n"
        "c1,2021-01-16,Chiquimula,GT,returned,2000\n"
        "c1,2021-01-18,Esquipulas,GT,sighting,\n"
    )
    data = payloads(render_map(build_routes(read_reports(path))).get_root().render())[0]
    assert text(data, "to", "segments") == ["Chiquimula", "Esquipulas"]
    assert data["segments"]["back"] == [0, 1]  # forward into the stop where it turned back, back after it


def test_cdn_mode_links_pinned_leaflet_only(sample_routes):
    page = render_map(sample_routes, title="Caravans", self_contained=False).get_root().render()
    assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in page
    gesture = "https://cdn.jsdelivr.net/npm/leaflet-gesture-handling@1.2.1/dist/leaflet-gesture-handling.min"
    assert gesture + ".js" in page and gesture + ".css" in page
    assert '"gestureHandling":true' in page
    assert "jquery" not in page.lower() and "bootstrap" not in page.lower()
    assert "<title>Caravans</title>" in page


def test_each_cdn_file_is_linked_with_the_integrity_of_the_bytes_a_self_contained_page_inlines(sample_routes):
    """The CDN page and the self-contained page run the same Leaflet: each linked file's SRI is the
    SHA-384 of the installed xstatic file (hashed here with hashlib; the page's values came from npm)."""
    import base64
    import hashlib

    from xstatic.pkg import leaflet, leaflet_gesturehandling

    page = render_map(sample_routes, self_contained=False).get_root().render()
    linked = dict(re.findall(r'(?:src|href)="(https://cdn[^"]+)" integrity="([^"]+)" crossorigin="anonymous"', page))
    folders = {"leaflet@": Path(leaflet.BASE_DIR), "leaflet-gesture-handling@": Path(leaflet_gesturehandling.BASE_DIR)}
    assert len(linked) == 4
    for url, integrity in linked.items():
        folder = next(path for key, path in folders.items() if f"/npm/{key}" in url)
        digest = hashlib.sha384((folder / url.rsplit("/", 1)[1]).read_bytes()).digest()
        assert integrity == "sha384-" + base64.b64encode(digest).decode("ascii"), url
    assert re.search(r"<script src=(?![^>]*integrity)", page) is None


def test_gesture_handling_can_be_left_out(sample_routes):
    html = render_map(sample_routes, gesture_handling=False).get_root().render()
    assert "leaflet-gesture-handling" not in html and '"gestureHandling":false' in html


def test_self_contained_is_the_default_and_has_no_external_urls_but_tiles(sample_routes):
    html = render_map(sample_routes).get_root().render()
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+(stylesheet|href=)", html)
    loaded = re.findall(r"(?:src\s*=|url\(|@import)\s*[\"']?(https?://[^\s\"')]+)", html)
    assert loaded == []  # nothing fetched but the tiles (whose URL is a template, not an attribute)
    assert "tile.openstreetmap.org/{z}/{x}/{y}.png" in html
    assert "GestureHandling" in html and "routemapper" in html and "rm-slider" in html


def test_the_page_says_its_language_and_lets_readers_zoom(sample_routes):
    html = render_map(sample_routes).get_root().render()
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1.0" />' in html
    assert "user-scalable=no" not in html and "maximum-scale" not in html
    spanish = render_map(sample_routes, lang="es").get_root().render()
    assert spanish.startswith('<!DOCTYPE html>\n<html lang="es">')


def test_the_page_gets_its_words_and_dates_in_its_language(sample_routes):
    import json

    html = render_map(sample_routes.caravan("2018-10-honduras"), lang="es").get_root().render()
    page = read_page(html)
    options = page["meta"]["options"]
    assert options["strings"]["page.legend"] == "Leyenda" and options["strings"]["format.thousands"] == "."
    assert options["imperial"] is False and options["credits"].startswith("Fuentes: Fox News")
    strings, dates = page["strings"], page["tables"]["dates"]
    shown = {strings[int(k)]: strings[int(v)] for k, v in zip(dates["key"], dates["text"])}
    assert shown["2018-10-15"] == "15 de octubre de 2018" and shown["~2018-10-16"] == "16 de octubre de 2018"
    assert "colaboradores de OpenStreetMap" in html
    english = read_page(render_map(sample_routes).get_root().render())["meta"]["options"]
    assert english["strings"]["page.legend"] == "Legend" and english["imperial"] is True


def test_an_unknown_language_is_refused(sample_routes):
    from geo.errors import InputError

    with pytest.raises(InputError, match="no texts for the language 'fr'"):
        render_map(sample_routes, lang="fr")


def test_country_names_for_the_outlines_in_the_pages_language(sample_routes):
    import json

    html = render_map(sample_routes, lang="es").get_root().render()
    names = json.loads(re.search(r'"rm-outlines", (\[\{.*?\}\])\);', html).group(1))
    mexico = next(n for n in names if n["name"] == "México")
    assert 1 <= len(mexico["spots"]) <= 6 and all(len(s) == 3 for s in mexico["spots"])
    lat, lon, radius = mexico["spots"][0]
    assert 18 < lat < 28 and -108 < lon < -96 and radius > 2  # inland Mexico, a wide circle


@pytest.mark.parametrize("lang, ident, title, subject", [
    ("en", "2018-10-honduras", "Honduras caravan, October 2018", "The Honduras caravan of October 2018"),
    ("es", "2018-10-honduras", "Caravana de Honduras, octubre de 2018", "La caravana de Honduras de octubre de 2018"),
    ("en", "2023-12-san-pedro-sula", "San Pedro Sula caravan, December 2023", "The San Pedro Sula caravan of December 2023"),
    ("en", "2021-01-ciudad-de-guatemala", "Ciudad de Guatemala caravan, January 2021",
     "The Ciudad de Guatemala caravan of January 2021"),
    # another group an article tells of (routemapper extract: the main id and "-2"), in both languages
    ("en", "2024-05-matias-romero-2", "Matias Romero caravan, May 2024 (group 2)",
     "The Matias Romero caravan of May 2024 (group 2)"),
    ("es", "2018-11-tijuana-3", "Caravana de Tijuana, noviembre de 2018 (grupo 3)",
     "La caravana de Tijuana de noviembre de 2018 (grupo 3)"),
    ("en", "2018-10-honduras-10", "Honduras 10 caravan, October 2018", "The Honduras 10 caravan of October 2018"),
    ("en", "2018-10-2", "2018-10-2", "Caravan 2018-10-2"),  # a number alone is no place
    ("en", "c1", "c1", "Caravan c1"),                  # not year-month-place: the id as it is
    ("en", "2018-13-honduras", "2018-13-honduras", "Caravan 2018-13-honduras"),  # no 13th month
])
def test_a_caravan_given_no_name_is_named_from_its_id(lang, ident, title, subject):
    from maps.i18n import catalogue
    from maps.names import display_name

    assert display_name(ident, catalogue(lang)) == title
    assert display_name(ident, catalogue(lang), sentence=True) == subject


def test_a_one_caravan_map_with_no_title_is_titled_with_its_name(sample_routes):
    one = sample_routes.caravan("2018-10-honduras")
    page = read_page(render_map(one).get_root().render())
    assert page["meta"]["options"]["title"] == "Honduras caravan, October 2018"
    assert page["caravans"][0]["name"] == "Honduras caravan, October 2018"
    assert page["caravans"][0]["summary"].startswith("The Honduras caravan of October 2018 gathered in San Pedro Sula")
    # a caravan's id, name, colour and summary travel in the compressed columns and string table, not as JSON
    assert "caravans" not in page["meta"] and "San Pedro Sula" not in json.dumps(page["meta"])
    named = read_page(render_map(one, caravan_names={"2018-10-honduras": "The October caravan"}).get_root().render())
    assert named["meta"]["options"]["title"] == "The October caravan"
    assert named["caravans"][0]["summary"].startswith("The October caravan gathered")
    assert read_page(render_map(one, title="").get_root().render())["meta"]["options"]["title"] == ""  # asked for none
    several = read_page(render_map(sample_routes).get_root().render())
    assert several["meta"]["options"]["title"] == ""  # several caravans: no name is the map's


def test_the_outlines_ride_in_a_data_block_not_in_a_script(sample_routes):
    """The country shapes are read by the page when it needs them: a JSON block the browser does not run,
    not a literal inside a script it must parse before the map's first view."""
    import json

    html = render_map(sample_routes).get_root().render()
    blocks = re.findall(r'<script type="application/json" class="rm-outlines-data" id="([\w-]+)">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    block_id, text = blocks[0]
    shapes = json.loads(text)
    assert shapes["type"] == "FeatureCollection"
    assert "MX" in {f["properties"]["iso2"] for f in shapes["features"]}
    run = [s for s in re.findall(r"<script>(.*?)</script>", html, re.S)]
    assert not any('"coordinates":' in s for s in run)  # no shape is pasted into a script
    assert any(json.dumps(block_id) in s and "JSON.parse" in s for s in run)
