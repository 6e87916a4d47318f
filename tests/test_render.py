"""The rendered map page: symbols, scales, escaping, self-contained mode."""

import json
import re

import numpy as np
import pytest

from maps import render_map
from routes import build_routes, read_reports


def payloads(html: str) -> list[dict]:
    return [json.loads(m) for m in re.findall(r"routemapper\.addCaravan\(\w+, (\{.*?\})\);", html)]


@pytest.fixture(scope="module")
def page(sample_routes):
    return render_map(sample_routes, title="Caravans").get_root().render()


def test_one_circle_per_report_radii_follow_square_roots(page, sample_routes):
    data = payloads(page)
    assert [d["id"] for d in data] == sample_routes.caravans
    assert sum(len(d["reports"]["lat"]) for d in data) == len(sample_routes.reports)
    lows = np.array([v for d in data for v in d["reports"]["low"]], dtype=float)
    radii = np.array([v for d in data for v in d["reports"]["r"]], dtype=float)
    known = ~np.isnan(lows)
    ratio = radii[known] / np.sqrt(lows[known])
    np.testing.assert_allclose(ratio, ratio[0], rtol=1e-2)


def test_segments_are_in_the_page(page, sample_routes):
    data = payloads(page)
    assert sum(len(d["segments"]["lat1"]) for d in data) == len(sample_routes.segments)


def test_report_text_is_escaped(write_csv):
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    path = write_csv(
        "caravan,date,place,note,source,url\n"
        f'c1,2018-10-15,Tapachula,"{evil.replace(chr(34), chr(34) * 2)}",</script><b>src,javascript:alert(1)\n'
    )
    html = render_map(build_routes(read_reports(path)), title="</script><script>alert(2)</script>").get_root().render()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "</script><b>" not in html and "<script>alert(2)" not in html
    note = payloads(html)[0]["reports"]["note"][0]
    assert note == evil  # the text itself survives, as text


def test_cdn_mode_links_pinned_leaflet_only(page):
    assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in page
    assert "jquery" not in page.lower() and "bootstrap" not in page.lower()


def test_self_contained_has_no_script_or_css_urls(sample_routes):
    html = render_map(sample_routes, self_contained=True).get_root().render()
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+stylesheet", html)
    assert "Leaflet" in html and "routemapper" in html
