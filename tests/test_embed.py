"""routemapper embed: a responsive iframe snippet with an escaped title."""

import html
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
    return {k: html.unescape(v) for k, v in re.findall(r'(\w+)="([^"]*)"', tag)}


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
