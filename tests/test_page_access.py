"""The page for every reader: axe-core finds no violation, the keyboard alone reaches everything,
the Spanish page is Spanish, and the page prints the map and its route table."""

import os
import time
from pathlib import Path

import pytest

from browser import READY, chromium, js_errors, missing_reason, open_page, set_viewport, wait_for
from conftest import ROOT

REASON = missing_reason()
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
if os.environ.get("ROUTEMAPPER_REQUIRE_BROWSER") == "1":
    if REASON:
        raise RuntimeError(f"ROUTEMAPPER_REQUIRE_BROWSER=1 but {REASON}")
    if not AXE.is_file():
        raise RuntimeError(f"ROUTEMAPPER_REQUIRE_BROWSER=1 but axe-core is not installed ({AXE}): run npm ci")
pytestmark = pytest.mark.skipif(bool(REASON), reason=REASON or "browser available")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo's pages in English and in Spanish."""
    from maps import demo_maps

    out = tmp_path_factory.mktemp("access")
    demo_maps(out / "en")
    demo_maps(out / "es", lang="es")
    return out


def axe_violations(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(120)
    found = driver.execute_async_script(
        "var done = arguments[0];"
        "axe.run(document).then(function (r) { done(r.violations.map(function (v) {"
        "  return {id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })); },"
        "function (e) { done([{id: 'axe failed', help: String(e), nodes: []}]); });")
    return found


OPEN_EVERYTHING = """
document.querySelector('.rm-table summary').click();
document.querySelector('.rm-legend').open = true;
var credits = document.querySelector('details.rm-credits'); if (credits) { credits.open = true; }
document.querySelector('.rm-label').click();
"""


@pytest.mark.skipif(not AXE.is_file(), reason="axe-core is not installed (npm ci)")
@pytest.mark.parametrize("lang,page,width,height", [
    ("en", "all-caravans", 1280, 800), ("en", "all-caravans", 390, 844), ("en", "2021-01-honduras", 680, 480),
    ("es", "all-caravans", 1280, 800), ("es", "2018-10-honduras", 390, 844)])
def test_axe_core_finds_no_violation(demo, lang, page, width, height):
    with chromium(width, height) as driver:
        set_viewport(driver, width, height)
        open_page(driver, demo / lang / f"{page}.html", wait_for=READY)
        assert axe_violations(driver) == []
        driver.execute_script(OPEN_EVERYTHING)  # the table, the legend, the sources and a popup open
        wait_for(driver, ".leaflet-popup-content .rm-popup")
        time.sleep(0.3)
        assert axe_violations(driver) == []
        assert js_errors(driver) == []


def active(driver) -> str:
    """The focused element, described: tag.class#id [text]."""
    return driver.execute_script(
        "var e = document.activeElement; return e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || '')"
        " + ' [' + (e.textContent || e.getAttribute('aria-label') || '').slice(0, 40) + ']';")


def press(driver, *keys) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(*keys).perform()
    time.sleep(0.05)


def test_the_keyboard_alone_reaches_the_map_names_popups_slider_and_table(demo):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, demo / "en" / "2018-10-honduras.html", wait_for=READY)
        stops = []
        for _ in range(60):  # Tab through the page once, from the top, until focus comes round again
            press(driver, Keys.TAB)
            if stops and active(driver) == stops[0]:
                break
            stops.append(active(driver))
        joined = "\n".join(stops)
        assert "leaflet-container" in joined  # the map itself: arrows pan, +/- zoom
        assert sum(".rm-label " in s or s.startswith("button.rm-label") for s in stops) == 1, joined  # one tab stop for all names
        for must in ("summary.", "input.", "button.rm-slider-play"):
            assert must in joined, (must, joined)
        assert any("Route table" in s for s in stops) and any("Legend" in s for s in stops)

        # the names: Tab lands on one, the arrows move between them, Enter opens its popup, Escape comes back
        driver.execute_script("document.querySelector('.rm-label[tabindex=\"0\"]').focus();")
        first = active(driver)
        press(driver, Keys.ARROW_RIGHT)
        second = active(driver)
        assert second.startswith("button.rm-label") and second != first
        press(driver, Keys.ENTER)
        popup = wait_for(driver, ".leaflet-popup-content .rm-popup")
        place = second.split("[")[1].split(",")[0]
        assert place in popup.text
        assert driver.execute_script("return document.activeElement.closest('.leaflet-popup') !== null;")
        press(driver, Keys.ESCAPE)
        time.sleep(0.4)  # the popup fades out
        assert driver.find_elements("css selector", ".leaflet-popup") == []
        assert active(driver) == second

        # the map: focused, + zooms in
        zoom = driver.execute_script("return routemapper.firstMap().getZoom();")
        driver.execute_script("routemapper.firstMap().getContainer().focus();")
        press(driver, "+")
        time.sleep(0.6)
        assert driver.execute_script("return routemapper.firstMap().getZoom();") > zoom

        # the slider: Home goes back to the first day
        driver.execute_script("document.querySelector('.rm-slider input').focus();")
        press(driver, Keys.HOME)
        assert driver.find_element("css selector", ".rm-slider output").text == "12 October 2018"
        press(driver, Keys.END)

        # the route table: Enter opens it, Tab enters its scrollable region, the arrows scroll it
        driver.execute_script("document.querySelector('.rm-table summary').focus();")
        press(driver, Keys.ENTER)
        rows = driver.find_elements("css selector", ".rm-table tbody tr")
        assert len(rows) == 10
        press(driver, Keys.TAB)
        assert active(driver).startswith("div.rm-table-panel")
        driver.execute_script("document.querySelector('.rm-table-panel').style.maxHeight = '120px';")
        press(driver, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN)
        # the browser scrolls smoothly: read scrollTop until it moves (under load it read 0 at once: CI, 7305563)
        WebDriverWait(driver, 5).until(
            lambda d: d.execute_script("return document.querySelector('.rm-table-panel').scrollTop;") > 0)
        assert js_errors(driver) == []


ENGLISH_UI = ["Legend", "Show up to", "Route table", "Every report", "Play", "Sources", "Zoom in", "somewhere in",
              "Reported group size", "turned back", "border crossing", "Caravan "]


def test_the_spanish_page_is_spanish(demo):
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, demo / "es" / "all-caravans.html", wait_for=READY)
        assert driver.execute_script("return document.documentElement.lang;") == "es"
        assert driver.find_element("css selector", ".rm-header h1").text == "Caravanas de migrantes en Centroamérica"
        assert driver.find_element("css selector", ".rm-slider label").text == "Mostrar hasta"
        assert driver.find_element("css selector", ".rm-slider output").text == \
            "todos los reportes hasta el 26 de diciembre de 2023"
        labels = [e.text for e in driver.find_elements("css selector", ".rm-label")]
        assert "Tapachula, 18 oct 2018 · 24 dic 2023" in labels
        badges = [e.text for e in driver.find_elements("css selector", ".rm-badge")]
        assert "en algún lugar de Guatemala, 15 ene 2021 · 7.000–8.000 personas" in badges
        countries = driver.execute_script(
            "return Array.from(document.querySelectorAll('.rm-country')).map(function (n) { return n.textContent; });")
        assert "Guatemala" in countries
        assert driver.find_element("css selector", ".leaflet-control-zoom-in").get_attribute("aria-label") == "Acercar"
        driver.find_element("css selector", ".rm-table summary").click()
        wait_for(driver, ".rm-table-panel tbody tr")  # <details> fires "toggle" (which builds the table) as a task
        heads = [e.text for e in driver.find_elements("css selector", ".rm-table th")]
        assert heads == ["Fecha", "Caravana", "Lugar", "Qué", "Tamaño del grupo", "Fuente"]
        table = driver.find_element("css selector", ".rm-table tbody").text
        assert "15 de enero de 2021" in table and "about 8,000 (7.200–8.800)" in table  # the words reported, our figures
        shown = driver.execute_script(
            "var parts = [document.body.innerText];"
            "document.querySelectorAll('[aria-label], [title]').forEach(function (n) {"
            "  parts.push(n.getAttribute('aria-label') || '', n.getAttribute('title') || ''); });"
            "return parts.join('\\n');")
        data = driver.execute_script(  # the reporters' own words (sources, counts, notes) stay as written
            "var st = routemapper.state.maps[L.stamp(routemapper.firstMap())], out = [];"
            "st.caravans.forEach(function (c) { out = out.concat(c.str); }); return out;")
        words = shown
        for text in sorted(set(data), key=len, reverse=True):
            if text:
                words = words.replace(text, "")
        for english in ENGLISH_UI:
            assert english not in words, english
        assert js_errors(driver) == []


def test_the_page_prints_the_map_and_its_route_table(demo):
    with chromium(1280, 800) as driver:
        set_viewport(driver, 1280, 800)
        open_page(driver, demo / "en" / "all-caravans.html", wait_for=READY)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        time.sleep(0.5)
        printed = driver.execute_script(
            "var rows = document.querySelectorAll('.rm-print tbody tr'), map = routemapper.firstMap().getContainer();"
            "return {rows: rows.length, shown: Array.from(rows).filter(function (r) { return r.offsetHeight > 0; }).length,"
            " inMap: map.contains(rows[0]), mapHeight: map.getBoundingClientRect().height,"
            " below: rows[0].getBoundingClientRect().top >= map.getBoundingClientRect().bottom,"
            " drawn: routemapper.state.maps[L.stamp(routemapper.firstMap())].drawn.segments};")
        assert printed["rows"] == 20 and printed["shown"] == 20 and not printed["inMap"] and printed["below"]
        assert printed["mapHeight"] > 400 and printed["drawn"] > 0
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
        assert len(pdf["data"]) > 10000
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        time.sleep(0.3)
        assert driver.execute_script("return document.querySelector('.rm-table').contains("
                                     "document.querySelector('.rm-table-panel'));")
        assert js_errors(driver) == []
