"""Every map page carries a Content-Security-Policy computed from the page itself (the browser side is in
tests/test_policy_browser.py).

The hash anchor is the CSP specification's own example; the pages are the
ones users get: ``build`` (CDN and self-contained), ``demo``,
``render_map(...).save()``, Jupyter's display and ``save_map`` of any folium map.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
from base64 import b64encode

import pytest

from geo import RoutemapperError
from maps.policy import (
    PlantedCodeWarning,
    content_security_policy,
    csp_hash,
    page_sources,
    tile_sources,
    untrusted_texts,
    with_policy,
)

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)" />')


def sha(text: str) -> str:
    """The CSP hash source by the specification's definition (base64 of SHA-256 of the UTF-8 text)."""
    return f"'sha256-{b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def directives(page: str) -> dict[str, list[str]]:
    """The page's policy as {directive: sources}; the page must carry exactly one, in <head>, before any code."""
    found = META.findall(page)
    assert len(found) == 1, "expected exactly one Content-Security-Policy"
    at = page.index('<meta http-equiv="Content-Security-Policy"')
    assert page.index("<head>") < at < min(page.find(t) for t in ("<script", "<style") if page.find(t) >= 0)
    policy = html.unescape(found[0])
    return {d.split()[0]: d.split()[1:] for d in policy.split("; ")}


def assert_strict(policy: dict[str, list[str]], tiles: list[str]) -> None:
    """Only its own code, the tile host, data: images; nothing inline by default, no eval, no connections."""
    everything = [s for sources in policy.values() for s in sources]
    for forbidden in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:", "'self'",
                      "'strict-dynamic'", "blob:"):
        assert forbidden not in everything
    assert policy["default-src"] == ["'none'"] and policy["connect-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"] and policy["form-action"] == ["'none'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-src"] == ["'none'"]
    assert policy["img-src"][:1 + len(tiles)] == ["data:", *tiles]
    assert policy["script-src"] and policy["style-src"]


def test_the_hash_is_the_one_the_specification_gives():
    # CSP Level 3, section 2.3.1: the hash of alert('Hello, world.');
    assert csp_hash("alert('Hello, world.');") == "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>p{}</style>"
    '<link rel="stylesheet" href="https://cdn.example.org/lib/1.0/lib.css">'
    '<script src="https://cdn.example.org/lib/1.0/lib.js"></script></head>'
    '<body style="margin:0"><script type="application/json" id="data">{"note":"</script x>'
    "<script>planted()</script>\"}</script>"
    "<script type=\"module\">alert('Hello, world.');</script>"
    "<script type=\"text/plain\">never run</script><script type=\"application/octet-stream\">H4sI</script>"
    "<script>\r\nwindow.ok = 1;\r\n</script></body></html>"
)


def test_the_page_is_read_as_a_browser_reads_it():
    found = page_sources(PAGE)
    # </script x> ends the data block (the HTML tokenizer's rule), so planted() is a script of its own
    assert found.scripts == sorted([sha("planted()"), "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
                                    sha("\nwindow.ok = 1;\n"),  # CR LF read as LF
                                    "https://cdn.example.org/lib/1.0/lib.js"])
    assert found.styles == sorted([sha("p{}"), "https://cdn.example.org/lib/1.0/lib.css"])
    assert found.style_attributes == [sha("margin:0")]
    assert found.images == ["https://cdn.example.org/lib/1.0/"]


def test_a_script_from_untrusted_text_is_left_out_and_said():
    note = '</script x><script>planted()</script>'
    found = page_sources(PAGE, untrusted=[note])
    assert sha("planted()") not in found.scripts and len(found.scripts) == 3
    assert found.planted == ["script: planted()"]
    with pytest.warns(PlantedCodeWarning, match=r"planted\(\)"):
        content_security_policy(PAGE, untrusted=[note])


def test_the_policy_goes_after_the_charset_before_any_code():
    page = with_policy(PAGE, tiles=["https://tile.example.org"])
    assert page.index("<meta charset") < page.index("Content-Security-Policy") < page.index("<style>")
    policy = directives(page)
    assert policy["img-src"] == ["data:", "https://tile.example.org", "https://cdn.example.org/lib/1.0/"]
    assert policy["style-src-attr"] == ["'unsafe-hashes'", sha("margin:0")]
    with pytest.raises(RoutemapperError, match="without a <head>"):
        with_policy("<script>x()</script><head></head>")


@pytest.mark.parametrize(("template", "subdomains", "expected"), [
    ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "abc", ["https://tile.openstreetmap.org"]),
    ("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png", "abc",
     ["https://a.tile.example.org", "https://b.tile.example.org", "https://c.tile.example.org"]),
    ("http://127.0.0.1:8123/{z}/{x}/{y}.png", "abc", ["http://127.0.0.1:8123"]),
    ("https://{variant}.maps.example.com/{z}/{x}/{y}.png", "abc", ["https://*.maps.example.com"]),
])
def test_tile_hosts(template, subdomains, expected):
    assert tile_sources(template, subdomains) == expected


@pytest.mark.parametrize("template", ["tiles/{z}/{x}/{y}.png", "https://tiles.{tld}/{z}/{x}/{y}.png"])
def test_a_tile_host_the_policy_cannot_name_is_an_error(template):
    with pytest.raises(RoutemapperError, match="tile URL"):
        tile_sources(template)


def test_untrusted_texts_keep_only_what_could_carry_markup():
    import pandas as pd

    table = pd.DataFrame({"note": ["plain", "a <b>tag</b>", "AP &amp; Reuters"], "lat": [1.0, 2.0, 3.0]})
    assert untrusted_texts([table], ["title <i>", None]) == sorted(
        ["a <b>tag</b>", "AP &amp; Reuters", "AP & Reuters", "title <i>"])
    assert untrusted_texts([table[table["note"] == "plain"]]) == []
    assert untrusted_texts([table.iloc[:1]]) == []  # a slice whose Arrow bytes run on into the markup rows
    quiet = pd.DataFrame({"note": ["plain", "Tecún Umán 😀", None] * 2000, "place": ["a < b"] * 6000})
    assert untrusted_texts([quiet.iloc[:, :1]]) == []
    assert untrusted_texts([quiet]) == ["a < b"]
    assert untrusted_texts([quiet.astype(object)]) == ["a < b"]


# -- the pages users get ------------------------------------------------------------------------------------------

OSM = ["https://tile.openstreetmap.org"]
CDN = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/"


def test_build_pages_carry_the_policy(tmp_path, cli):
    from conftest import SAMPLES

    from maps.assets import leaflet_js

    cdn, inline = tmp_path / "cdn.html", tmp_path / "inline.html"
    assert cli("build", str(SAMPLES[0]), "-o", str(cdn), "--cdn").exit_code == 0
    assert cli("build", str(SAMPLES[0]), "-o", str(inline)).exit_code == 0  # self-contained by default
    policy = directives(cdn.read_text(encoding="utf-8"))
    assert_strict(policy, OSM)
    assert CDN + "leaflet.js" in policy["script-src"] and CDN + "leaflet.css" in policy["style-src"]
    assert CDN in policy["img-src"]  # leaflet.css's own images (the layers icon)
    policy = directives(inline.read_text(encoding="utf-8"))
    assert_strict(policy, OSM)
    assert policy["img-src"] == ["data:", *OSM]
    assert sha(leaflet_js()) in policy["script-src"]
    assert not any(s.startswith("https://cdn") for s in policy["script-src"] + policy["style-src"])


def test_demo_pages_carry_the_policy(tmp_path):
    from maps import demo_maps

    pages = demo_maps(tmp_path / "out")
    assert len(pages) == 4
    for page in pages:
        assert_strict(directives(page.read_text(encoding="utf-8")), OSM)


def test_maps_saved_from_python_carry_the_policy(sample_routes, tmp_path):
    import folium

    from maps import render_map, save_map

    m = render_map(sample_routes.caravan("2018-10-honduras"), tiles=folium.TileLayer(
        "https://{s}.tiles.example.org/{z}/{x}/{y}.png", attr="Example tiles"))
    m.save(str(tmp_path / "saved.html"))  # folium's own save
    assert_strict(directives((tmp_path / "saved.html").read_text(encoding="utf-8")),
                  ["https://a.tiles.example.org", "https://b.tiles.example.org", "https://c.tiles.example.org"])
    shown = sample_routes.caravan("2018-10-honduras")._repr_html_()  # Jupyter: the page in an iframe's srcdoc
    assert shown.count("&lt;meta http-equiv=&quot;Content-Security-Policy&quot;") == 1
    plain = folium.Map(tiles="OpenStreetMap")  # any folium map written by save_map gets one too
    save_map(plain, tmp_path / "plain.html")
    policy = directives((tmp_path / "plain.html").read_text(encoding="utf-8"))
    assert policy["img-src"][:2] == ["data:", *OSM] and "'unsafe-inline'" not in policy["script-src"]


@pytest.mark.parametrize("lang", __import__("maps.i18n", fromlist=["LANGUAGES"]).LANGUAGES)
def test_every_language_carries_the_policy(sample_routes, tmp_path, lang):
    from maps import render_map, save_map

    page = tmp_path / f"{lang}.html"
    save_map(render_map(sample_routes, lang=lang), page)
    assert_strict(directives(page.read_text(encoding="utf-8")), OSM)


def test_what_the_reports_said_and_online_names_are_untrusted(sample_routes):
    from maps import render_map

    routes = sample_routes.caravan("2023-12-tapachula")
    reports = routes.reports.copy()
    reports.loc[reports.index[0], "note"] = "a <b>note</b>"
    reports.loc[reports.index[1], "resolved_name"] = "Name <i>from a geocoder</i>"
    routes = dataclasses.replace(routes, reports=reports)
    untrusted = render_map(routes, title="Title & co").get_root().untrusted
    assert {"a <b>note</b>", "Name <i>from a geocoder</i>", "Title & co"} <= set(untrusted)
