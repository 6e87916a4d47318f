"""The pages' Content-Security-Policy in Chromium: the normal page works under it, planted code never runs.

Tiles come from a tile server of our own on 127.0.0.1, and the CDN page's
Leaflet from a stand-in for the CDN (``local_servers``): no network.
Violations are collected with a ``securitypolicyviolation`` listener installed
before any page script, and from the console.
"""

import time

import pytest

from browser import browser_tests_mark, chromium, js_errors, open_page
from conftest import SAMPLES
from local_servers import CdnServer, TileServer
from test_browser import READY, SHOTS, click_report, counts, wait_for

pytestmark = browser_tests_mark()
#: Runs before any page script (and is not subject to the page's policy): records every violation.
LISTEN = ("window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
          " window.__csp.push({directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample}); });")
#: What planted code would do if it ran.
PLANTED = ("</script><script>window.__planted = (window.__planted || 0) + 1;</script>"
           "<img src=x onerror=\"window.__planted = (window.__planted || 0) + 10\">")


def violations(driver) -> list[dict]:
    return driver.execute_script("return window.__csp;")


def console_violations(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e.get("message", "")]


def _hostile_csv(tmp_path, text: str):
    """Reports whose source and note are ``text`` (the source also reaches the page's credits)."""
    quoted = '"' + text.replace('"', '""') + '"'
    path = tmp_path / "planted.csv"
    path.write_text(
        "caravan,date,place,country,lat,lon,kind,count,source,url,note\n"
        f"c1,2018-10-15,Tapachula,MX,14.9,-92.26,sighting,200,{quoted},https://example.org/a,{quoted}\n"
        "c1,2018-10-17,Huixtla,MX,15.14,-92.46,sighting,1000,Wire,https://example.org/b,plain\n", encoding="utf-8")
    return path


def _page_with_local_tiles(tiles: TileServer, out, **options):
    import folium

    from maps import render_map, save_map
    from routes import build_routes, read_many

    m = render_map(build_routes(read_many(SAMPLES)), title="Caravans under a policy",
                   tiles=folium.TileLayer(tiles.template, attr="local test tiles"), **options)
    save_map(m, out)
    return out


def test_the_normal_page_works_under_its_policy(tmp_path):
    """Tiles, popups, slider, route table and print, with no violation and no JavaScript error."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    with TileServer() as tiles:
        page = _page_with_local_tiles(tiles, tmp_path / "policy.html", self_contained=True)
        html = page.read_text(encoding="utf-8")
        assert f"img-src data: {tiles.origin};" in html or html.count(tiles.origin) >= 1
        with chromium(1280, 800) as driver:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTEN})
            open_page(driver, page, wait_for=READY)
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and not driver.execute_script(
                    "return document.querySelectorAll('img.leaflet-tile-loaded').length"):
                time.sleep(0.1)
            loaded = driver.execute_script("return document.querySelectorAll('img.leaflet-tile-loaded').length")
            assert loaded > 0 and tiles.tiles_served() >= loaded
            assert driver.execute_script("return document.querySelectorAll('img.leaflet-tile-loaded')[0].src"
                                         ).startswith(tiles.origin)
            SHOTS.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(SHOTS / "policy-local-tiles-1280x800.png"))
            click_report(driver, "2023-12-tapachula", 0)  # popup
            popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup")
            assert "Tapachula" in popup.get_attribute("textContent")
            slider = driver.find_element(By.CSS_SELECTOR, ".rm-slider input[type=range]")  # slider
            everything = counts(driver)
            slider.send_keys(Keys.HOME)
            assert counts(driver)["reports"] < everything["reports"]
            slider.send_keys(Keys.END)
            driver.find_element(By.CSS_SELECTOR, ".rm-table summary").click()  # route table
            assert len(wait_for(driver, ".rm-table table").find_elements(By.CSS_SELECTOR, "tbody tr")) == 20
            driver.find_element(By.CSS_SELECTOR, ".rm-table summary").click()  # closed again: print opens it
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            driver.execute_script("window.print();")  # fires beforeprint: the table is built and printed under the map
            assert driver.execute_script("return document.querySelector('.rm-print table').offsetHeight > 0")
            driver.save_screenshot(str(SHOTS / "policy-print-1280x800.png"))
            assert violations(driver) == []
            assert js_errors(driver) == []


def test_what_the_policy_refuses_at_run_time(tmp_path):
    """No connection (not even to the tile host), no eval, no inline handler, no script added from text."""
    with TileServer() as tiles, TileServer() as other:
        page = _page_with_local_tiles(tiles, tmp_path / "policy.html", self_contained=True)
        with chromium(1000, 700) as driver:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTEN})
            open_page(driver, page, wait_for=READY)
            fetched = driver.execute_async_script(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function () { done('fetched'); },"
                " function (e) { done(e.name); });", f"{tiles.origin}/fetch-probe")
            assert fetched == "TypeError"
            # eval from a timer callback: the page's own code path (devtools' evaluation is exempt)
            driver.execute_script("setTimeout(function () { try { window.__eval = eval('1 + 1'); }"
                                  " catch (e) { window.__eval = e.name; } }, 0);")
            driver.execute_script(
                "document.body.insertAdjacentHTML('beforeend', '<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"'"
                " + ' onload=\"window.__handler = 1\" onerror=\"window.__handler = 2\">');"
                "document.body.appendChild(document.createRange().createContextualFragment("
                "'<script>window.__fragment = 1;<\\/script>'));"
                "var img = new Image(); img.src = arguments[0]; document.body.appendChild(img);", f"{other.origin}/1/0/0.png")
            time.sleep(0.5)
            assert driver.execute_script("return [window.__eval, window.__handler, window.__fragment]") == [
                "EvalError", None, None]
            directives = {v["directive"] for v in violations(driver)}
            assert {"connect-src", "script-src", "script-src-attr", "script-src-elem", "img-src"} <= directives
            assert other.requests == [] and "/fetch-probe" not in tiles.requests


@pytest.mark.parametrize("route", ["escaping bypassed", "text pasted raw"])
def test_a_script_planted_through_the_data_never_runs(tmp_path, monkeypatch, route):
    """A test-only route around the escaping puts a script element in the page; the policy stops it."""
    from branca.element import Element

    import maps.assets
    from maps import render_map, save_map
    from maps.policy import PlantedCodeWarning
    from routes import build_routes, read_reports

    routes = build_routes(read_reports(_hostile_csv(tmp_path, PLANTED)))
    if route == "escaping bypassed":  # the page's data (sources, notes, credits, title) goes in unescaped
        monkeypatch.setattr(maps.assets, "escape_for_script", lambda text: text)
    m = render_map(routes, title="Planted" + PLANTED, self_contained=True)
    if route == "text pasted raw":  # a future element that forgets to escape a report's note
        m.get_root().html.add_child(Element(routes.reports["note"].iloc[0]), name="careless")
    page = tmp_path / "planted.html"
    with pytest.warns(PlantedCodeWarning, match="window.__planted"):
        save_map(m, page)
    html = page.read_text(encoding="utf-8")
    assert "<script>window.__planted" in html  # the plant is really in the page, as a script element
    with chromium(1000, 700) as driver:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTEN})
        open_page(driver, page, wait_for="document.readyState === 'complete'")
        time.sleep(0.5)
        assert driver.execute_script("return window.__planted === undefined")
        blocked = violations(driver)
        assert {"directive": "script-src-elem", "blocked": "inline", "sample": ""} in blocked
        assert any(v["directive"] == "script-src-attr" for v in blocked)  # the onerror handler
        logged = console_violations(driver)  # what a developer sees in the console
        assert any("Executing inline script violates" in m for m in logged), logged
        assert any("Executing inline event handler violates" in m for m in logged), logged


def test_the_cdn_page_works_under_its_policy(tmp_path):
    """Leaflet linked from the CDN (served here by a stand-in): allowed by exact URL, its images by folder."""
    from selenium.webdriver.common.by import By

    with TileServer() as tiles, CdnServer() as cdn:
        page = _page_with_local_tiles(tiles, tmp_path / "cdn.html", self_contained=False)
        assert "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" in page.read_text(encoding="utf-8")
        with chromium(1000, 700, flags=cdn.chromium_flags) as driver:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTEN})
            open_page(driver, page, wait_for=READY)
            click_report(driver, "2023-12-tapachula", 0)
            popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup")
            assert "Tapachula" in popup.get_attribute("textContent")
            time.sleep(0.3)
            assert any(p.endswith("/leaflet.js") for p in cdn.requests)
            assert violations(driver) == []
            assert js_errors(driver) == []


@pytest.mark.parametrize("tampered", ["leaflet.js", "leaflet.css"])
def test_a_cdn_file_changed_on_the_way_is_refused(tmp_path, tampered):
    """Each CDN file is linked with its Subresource Integrity: a file with one comment added is not run
    (no Leaflet, no map) or not applied (no Leaflet styles), and the console says why."""
    with TileServer() as tiles, CdnServer(tampered=frozenset({tampered})) as cdn:
        page = _page_with_local_tiles(tiles, tmp_path / "cdn.html", self_contained=False)
        with chromium(1000, 700, flags=cdn.chromium_flags) as driver:
            open_page(driver, page, wait_for="document.readyState === 'complete'")
            time.sleep(0.5)
            assert any(p.endswith("/" + tampered) for p in cdn.requests)  # asked for, then refused
            logged = [e["message"] for e in driver.get_log("browser")]
            assert any("integrity" in m and tampered in m for m in logged), logged
            leaflet_ran = driver.execute_script("return typeof window.L !== 'undefined'")
            leaflet_styled = driver.execute_script(
                "var box = document.querySelector('.leaflet-container');"
                "return !!box && getComputedStyle(box).overflow === 'hidden';")
            assert (leaflet_ran, leaflet_styled) == ((False, False) if tampered == "leaflet.js" else (True, False))
