"""routemapper embed: a sandboxed iframe snippet that resizes, with an escaped title and the map's alt text."""

import html
import json
import re

import pytest

from conftest import SAMPLES
from geo.errors import InputError
from maps import embed_snippet, render_map, save_map
from routes import build_routes, read_reports


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("embed") / "map.html"
    title = 'Caravans "2018" <b>& more</b>'
    save_map(render_map(build_routes(read_reports(SAMPLES[0])), title=title), path)
    return path, title


def iframe_attrs(snippet: str) -> dict[str, str]:
    tag = re.search(r"<iframe ([^>]*)>", snippet).group(1)
    return {k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag)}


def test_title_comes_from_the_page_and_is_escaped(page):
    path, title = page
    snippet = embed_snippet(path)
    assert "<b>" not in snippet and '"2018"' not in snippet
    attrs = iframe_attrs(snippet)
    assert attrs["title"] == title and attrs["src"] == "map.html"
    assert "height:500px" in snippet and "width:100%" in snippet


def test_title_height_and_src_can_be_given(page):
    snippet = embed_snippet(page[0], title="Routes 'n' <stops>", height=640, src="https://example.org/m?a=1&b=2")
    attrs = iframe_attrs(snippet)
    assert attrs["title"] == "Routes 'n' <stops>" and attrs["src"] == "https://example.org/m?a=1&b=2"
    assert "height:640px" in snippet and "&amp;b=2" in snippet


def test_cli_prints_the_snippet(cli, page):
    result = cli("embed", str(page[0]), "--height", "400")
    assert result.exit_code == 0, result.output
    assert iframe_attrs(result.stdout)["title"] == page[1] and "height:400px" in result.stdout


def test_missing_page_and_tiny_height_are_user_errors(cli, page, tmp_path):
    result = cli("embed", str(tmp_path / "nope.html"))
    assert result.exit_code == 2
    assert f"routemapper: error: {tmp_path / 'nope.html'}: no such file" in result.stderr
    assert "Traceback" not in result.output
    with pytest.raises(InputError, match="height 50: too small for a map"):
        embed_snippet(page[0], height=50)
    result = cli("embed", str(page[0]), "--height", "50")
    assert result.exit_code == 2 and "hint: use --height 200 or more" in result.stderr


def test_the_iframe_is_sandboxed_to_scripts_and_new_tabs_and_sends_no_referrer(page):
    attrs = iframe_attrs(embed_snippet(page[0]))
    assert attrs["sandbox"].split() == ["allow-scripts", "allow-popups", "allow-popups-to-escape-sandbox"]
    assert "allow-same-origin" not in attrs["sandbox"]  # the map cannot reach the article's page or cookies
    assert attrs["referrerpolicy"] == "no-referrer"


def test_the_maps_summary_is_its_alt_text(page, cli):
    snippet = embed_snippet(page[0])
    attrs = iframe_attrs(snippet)
    alt = re.search(r'<p id="([^"]+)"[^>]*>(.*?)</p>', snippet, re.S)
    assert attrs["aria-describedby"] == alt.group(1)
    text = html.unescape(alt.group(2))
    # the page names a caravan given no name from its id (maps.names.display_name)
    assert text.startswith("The Honduras caravan of October 2018 gathered in San Pedro Sula (Honduras) around 12 October 2018")
    record = json.loads(cli("embed", str(page[0]), "--format", "json").stdout)
    assert record["alt"] == text and record["title"] == page[1] and record["height"] == 500
    assert record["snippet"] == snippet


def test_the_listener_takes_a_height_only_from_its_own_iframe(page):
    script = re.search(r"<script>(.*?)</script>", embed_snippet(page[0]), re.S).group(1)
    assert "event.source !== frame.contentWindow" in script
    assert "typeof h !== 'number'" in script and "h >= 200 && h <= 4000" in script
    assert "innerHTML" not in script and "eval" not in script


@pytest.mark.parametrize("name, text, hint", [
    ("reports.csv", "caravan,date,place\nc1,2018-10-15,Tapachula\n", "build a map from it first"),
    ("article.html", "<html><head><title>Migrants</title></head><body>Hi</body></html>", "written by 'routemapper build'"),
    ("folium.html", '<html><head><meta name="generator" content="folium"><title>x</title></head></html>', "routemapper build"),
    ("blob.html", "\x00\x01\xff" * 100, "routemapper build"),
])
def test_a_file_that_is_not_a_map_page_is_refused(cli, tmp_path, name, text, hint):
    path = tmp_path / name
    path.write_bytes(text.encode("latin-1"))
    result = cli("embed", str(path))
    assert result.exit_code == 2 and result.stdout == ""
    assert f"routemapper: error: {path}: not a routemapper map page" in result.stderr and hint in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("src", ["javascript:alert(1)", " JavaScript:alert(document.domain)",
                                 "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "http:/no-host",
                                 "vbscript:x", "a:b.html", "maps/\x00map.html", ""])
def test_a_src_that_is_not_a_web_address_or_a_relative_path_is_refused(cli, page, src):
    """A javascript: or data: src would run in the frame whatever page the newsroom meant to embed."""
    result = cli("embed", str(page[0]), "--src", src)
    assert result.exit_code == 2 and result.stdout == ""
    assert "expected the http(s) address the page will be published at, or a path relative to the article" \
        in result.stderr


@pytest.mark.parametrize("src", ["https://example.org/maps/oct18.html", "HTTP://example.org/m", "//cdn.example/m.html",
                                 "maps/oct18.html", "../oct18.html?v=2"])
def test_web_addresses_and_relative_paths_are_kept(page, src):
    from maps.embed import embed_record

    assert embed_record(page[0], src=src)["src"] == src


def test_the_default_src_is_the_file_name_percent_encoded(tmp_path, page):
    from maps.embed import embed_record

    odd = tmp_path / "javascript:alert(1) map.html"
    odd.write_bytes(page[0].read_bytes())
    assert embed_record(odd)["src"] == "javascript%3Aalert%281%29%20map.html"  # a relative path, not a scheme
