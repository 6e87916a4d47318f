"""The maps in a real browser: no JavaScript errors, slider, layer toggle, popups, escaping, screenshots."""

import time

import pytest

from browser import browser_tests_mark, chromium, js_errors, missing_reason, open_page
from conftest import ROOT

pytestmark = browser_tests_mark()
REASON = missing_reason()  # other browser test modules import it

SHOTS = ROOT / ".cache" / "screenshots"
READY = "window.routemapper && routemapper.firstMap() && routemapper.state.maps[L.stamp(routemapper.firstMap())].drawn"
#: Installed before any page script: a payload that runs sets window.__xss.
TRAP = "window.__xss = 0; window.alert = function () { window.__xss = 1; };"
EVIL = '<script>alert(1)</script>"><img src=x onerror="window.__xss=2">'


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from maps import demo_maps

    out = tmp_path_factory.mktemp("demo")
    demo_maps(out, self_contained=True)
    return out


def counts(driver) -> dict:
    return driver.execute_script("return routemapper.visibleCounts(routemapper.firstMap());")


#: Scrolls the map's box wholly into the reader's window (through an embedding article's frame too) and
#: resolves once an IntersectionObserver sees it there (the frame learns of its parent's scrolling a moment later).
IN_VIEW = """
var box = arguments[0], done = arguments[arguments.length - 1];
box.scrollIntoView({block: 'nearest', inline: 'nearest'});
var seen = new IntersectionObserver(function (entries) {
  if (entries[entries.length - 1].intersectionRatio > 0.999) { seen.disconnect(); done(true); }
}, {threshold: [0, 0.5, 0.9, 0.999, 1]});
seen.observe(box);
"""


def click_report(driver, caravan: str, i: int) -> None:
    """A real mouse click at report ``i``'s pixel on the map.

    The map (which must fit the window) is first scrolled wholly into view, and the click waits until the
    page sees it there: left to scroll a map in an article's iframe while it clicks, chromedriver sometimes
    clicked where the map had been before the scroll (the frame learns its new place a moment later), 46 px
    below Agua Caliente in the 680x480 embed test, a miss that looked like a popup that never opened.
    """
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    container = driver.find_element(By.CSS_SELECTOR, ".leaflet-container")
    driver.set_script_timeout(10)
    driver.execute_async_script(IN_VIEW, container)
    pt = driver.execute_script("return routemapper.reportPoint(routemapper.firstMap(), arguments[0], arguments[1]);",
                               caravan, i)
    size = container.size
    ActionChains(driver).move_to_element_with_offset(
        container, int(pt["x"] - size["width"] / 2), int(pt["y"] - size["height"] / 2)).click().perform()
    popup_shown(driver)


def popup_shown(driver, timeout: float = 10.0):
    """The open popup once it is seen: Leaflet fades a popup in from opacity 0, and until it shows, WebDriver's
    ``.text`` of it is "" (a loaded machine stretched that moment: popups read as empty, the flaky tests of the
    fifth and sixth sessions)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def shown(d):
        found = d.find_elements(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup")
        return found[0] if found and found[0].text.strip() else False

    return WebDriverWait(driver, timeout).until(shown)


def wait_for(driver, css: str, timeout: float = 10.0):
    """The first element matching ``css``, waiting for it to appear (a loaded machine is slow)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


def test_demo_map_draws_and_the_slider_goes_back_in_time(demo_dir, sample_routes):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    SHOTS.mkdir(parents=True, exist_ok=True)
    with chromium(1200, 800) as driver:
        open_page(driver, demo_dir / "all-caravans.html", wait_for=READY)
        everything = counts(driver)
        assert everything == {"reports": 20, "segments": len(sample_routes.segments), "caravans": 3, "markers": everything["markers"],
                              "areaBadges": 2}  # Guatemala (country) and the border region: badges, not circles
        assert everything["markers"] >= 8  # checkpoint, clash, crossing, returned symbols as DOM markers
        assert driver.execute_script("return routemapper.firstMap().gestureHandling.enabled();")
        slider = driver.find_element(By.CSS_SELECTOR, ".rm-slider input[type=range]")
        label = driver.find_element(By.CSS_SELECTOR, f"label[for='{slider.get_attribute('id')}']")
        assert label.text == "Show up to"
        readout = driver.find_element(By.CSS_SELECTOR, ".rm-slider output[aria-live=polite]")
        assert readout.text == "all reports to 26 December 2023"
        slider.send_keys(Keys.HOME)  # the first day: keyboard only
        first = counts(driver)
        assert readout.text == "12 October 2018"
        assert 0 < first["reports"] < everything["reports"] and first["segments"] < everything["segments"]
        assert first["markers"] < everything["markers"]
        slider.send_keys(Keys.END)
        assert counts(driver) == everything
        driver.save_screenshot(str(SHOTS / "demo-all-1200x800.png"))
        assert js_errors(driver) == []


def test_layer_toggle_hides_a_caravan(demo_dir):
    from selenium.webdriver.common.by import By

    with chromium(1200, 800) as driver:
        open_page(driver, demo_dir / "all-caravans.html", wait_for=READY)
        boxes = driver.find_elements(By.CSS_SELECTOR, ".leaflet-control-layers-overlays input[type=checkbox]")
        assert len(boxes) == 3
        boxes[0].click()
        after = counts(driver)
        assert after["caravans"] == 2 and after["reports"] < 20
        boxes[0].click()
        assert counts(driver)["caravans"] == 3
        assert js_errors(driver) == []


def test_click_opens_a_popup_listing_the_report(demo_dir):
    from selenium.webdriver.common.by import By

    with chromium(1200, 800) as driver:
        open_page(driver, demo_dir / "2023-12-tapachula.html", wait_for=READY)
        click_report(driver, "2023-12-tapachula", 0)
        popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup")
        assert "Tapachula" in popup.text and "Source" in popup.text
        assert "\u201cthousands\u201d (vague: 2,000\u20139,000 by our rule)" in popup.text
        assert js_errors(driver) == []


def test_a_report_with_no_source_has_no_empty_source_line(write_csv, tmp_path):
    """A draft straight from ``routemapper extract`` has no source or url: its popup says nothing of a source
    (it showed "Source" with nothing after it); a sourced report beside it keeps its line."""
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    path = write_csv(
        "caravan,date,place,country,lat,lon,kind,count,source,url,note\n"
        "c1,2021-11-06,Los Corazones,MX,16.06,-94.0,arrival,,,,\n"
        "c1,2021-11-06,Los Corazones,MX,16.06,-94.0,sighting,about 500,Radio Istmo,,\n"
        "c1,2021-11-07,Arriaga,MX,16.24,-93.9,sighting,,,,\n"
    )
    page = tmp_path / "unsourced.html"
    save_map(render_map(build_routes(read_reports(path))), page)
    with chromium(1200, 800) as driver:
        open_page(driver, page, wait_for=READY)
        click_report(driver, "c1", 0)
        popup = popup_shown(driver)
        terms = [d.text for d in popup.find_elements(By.CSS_SELECTOR, ".rm-popup-reports dt")]
        assert terms.count("Source") == 1, terms  # the sourced report's line only
        assert "Radio Istmo" in popup.text
        driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-close-button").click()
        click_report(driver, "c1", 2)
        popup = popup_shown(driver)
        assert "Arriaga" in popup.text and "Source" not in popup.text
        assert js_errors(driver) == []


QUOTE = 'Llegaron a <img src=x onerror="window.__quoted=1">Los Corazones & "descansaron"'
QUOTED_CELL = '"' + QUOTE.replace('"', '""') + '"'  # the CSV cell: quoted, its quotes doubled


def test_a_drafted_report_shows_the_article_s_words_as_text_in_a_popup_clear_of_the_zoom_buttons(write_csv, tmp_path):
    """A draft of ``routemapper extract`` keeps each row's sentence (``quote``): the place's popup shows it, in
    quotation marks, as text (markup in it is shown, never run); a report without one has no such line. The popup
    of the north-western stop, panned into the map, is not under the zoom buttons (it was: Leaflet kept it 10 px
    from the edge, and the buttons cover the first 44)."""
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    path = write_csv(
        "caravan,date,place,country,lat,lon,kind,count,source,url,note,quote\n"
        f"c1,2021-11-06,Los Corazones,MX,16.06,-94.0,arrival,about 500,,,,{QUOTED_CELL}\n"
        "c1,2021-11-09,Tapachula,MX,14.9,-92.26,sighting,,,,,\n"  # south-east: Los Corazones is at the top left
    )
    page = tmp_path / "quoted.html"
    save_map(render_map(build_routes(read_reports(path))), page)
    with chromium(1200, 800) as driver:
        open_page(driver, page, wait_for=READY)
        click_report(driver, "c1", 1)  # first: the next popup pans the map
        popup = popup_shown(driver)
        assert "Tapachula" in popup.text and "In the article" not in popup.text
        driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-close-button").click()
        click_report(driver, "c1", 0)
        popup = popup_shown(driver)
        terms = [d.text for d in popup.find_elements(By.CSS_SELECTOR, ".rm-popup-reports dt")]
        words = [d.text for d in popup.find_elements(By.CSS_SELECTOR, ".rm-popup-reports dd")]
        assert "In the article" in terms, terms
        assert words[terms.index("In the article")] == "\u201c" + QUOTE + "\u201d"
        assert popup.find_elements(By.CSS_SELECTOR, "img") == []
        assert driver.execute_script("return window.__quoted === undefined;")
        shown = driver.execute_script(
            "var z = document.querySelector('.leaflet-control-zoom').getBoundingClientRect(),"
            " p = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();"
            "return [z.right, z.bottom, p.left, p.top];")
        assert shown[2] >= shown[0] or shown[3] >= shown[1], shown  # beside or below the zoom buttons, not under
        assert js_errors(driver) == []


def test_hostile_report_text_shows_as_text_and_never_runs(write_csv, tmp_path):
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    q = EVIL.replace('"', '""')
    path = write_csv(
        "caravan,date,place,country,lat,lon,kind,count,source,url,note\n"
        f'c1,2018-10-15,"{q}",MX,14.9,-92.26,sighting,200,"{q}",javascript:alert(1),"{q}"\n'
        f'c1,2018-10-15,"{q}",MX,14.9,-92.26,sighting,"1,000",Wire,https://example.org/a?b=<i>,second source\n'
        f'c1,2018-10-17,Huixtla,MX,15.14,-92.46,sighting,,Wire,https://example.org/b,\n'
    )
    page = tmp_path / "evil.html"
    save_map(render_map(build_routes(read_reports(path)), title=EVIL, self_contained=True), page)
    with chromium(1200, 800) as driver:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
        open_page(driver, page, wait_for=READY)
        click_report(driver, "c1", 0)
        popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup")
        assert popup.text.count(EVIL) >= 2  # place and note, as text
        assert "2 reports of this place and day" in popup.text and "200\u20131,000 people" in popup.text
        links = [a.get_attribute("href") for a in popup.find_elements(By.TAG_NAME, "a")]
        assert links == ["https://example.org/a?b=%3Ci%3E"]  # the javascript: url stayed text
        driver.find_element(By.CSS_SELECTOR, ".rm-table summary").click()
        table = wait_for(driver, ".rm-table table")
        assert EVIL in table.text and len(table.find_elements(By.CSS_SELECTOR, "tbody tr")) == 3
        assert driver.find_element(By.CSS_SELECTOR, ".rm-title h1").text == EVIL
        assert driver.title == EVIL
        time.sleep(0.3)
        assert driver.execute_script("return window.__xss;") == 0
        assert driver.find_elements(By.CSS_SELECTOR, "img:not(.leaflet-tile), [onerror]") == []
        assert driver.find_elements(By.CSS_SELECTOR, ".leaflet-container script, .leaflet-control script") == []
        assert js_errors(driver) == []


def test_phone_width_layout(demo_dir):
    from selenium.webdriver.common.by import By

    SHOTS.mkdir(parents=True, exist_ok=True)
    with chromium(390, 844) as driver:
        open_page(driver, demo_dir / "all-caravans.html", wait_for=READY)
        legend = driver.find_element(By.CSS_SELECTOR, ".rm-legend")
        assert legend.get_attribute("open") is None  # collapsed on a phone, opens on tap
        width = driver.execute_script("return document.documentElement.clientWidth;")
        for css in (".rm-title", ".rm-slider", ".rm-credits", ".rm-table"):
            box = driver.find_element(By.CSS_SELECTOR, css).rect
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, css
        # The routes fill the phone's width (quarter zoom steps: 75% of it); at whole steps they took 53%.
        span = driver.execute_script(
            "var m = routemapper.firstMap(), b = routemapper.state.maps[L.stamp(m)].bounds;"
            "return (m.latLngToContainerPoint(b.getNorthEast()).x - m.latLngToContainerPoint(b.getSouthWest()).x)"
            " / m.getSize().x;")
        assert span > 0.7, span
        driver.save_screenshot(str(SHOTS / "demo-all-390x844.png"))
        assert js_errors(driver) == []


def test_a_map_of_many_caravans_draws_and_lists_them_on_opening(write_csv, tmp_path):
    """Above a dozen caravans the layer switcher is a folded list built on opening (controls.js): the page
    draws, with no error, and the list shows every caravan."""
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    rows = ["caravan,date,place,country,lat,lon,kind,count,source"]
    for k in range(13):  # 13 caravans, two reports each, a tenth of a degree apart
        rows.append(f"k{k:02d},2019-0{1 + k % 9}-10,Tapachula,MX,{14.9 + k / 10:.2f},-92.26,departure,300,Wire")
        rows.append(f"k{k:02d},2019-0{1 + k % 9}-12,Huixtla,MX,{15.1 + k / 10:.2f},-92.46,sighting,250,Wire")
    page = tmp_path / "many.html"
    save_map(render_map(build_routes(read_reports(write_csv("\n".join(rows) + "\n")))), page)
    with chromium(1200, 800) as driver:
        open_page(driver, page, wait_for=READY)
        assert counts(driver)["caravans"] == 13
        driver.find_element(By.CSS_SELECTOR, ".rm-caravans summary").click()
        wait_for(driver, ".rm-caravans-list")  # <details> fires "toggle" (which builds the list at once) as a task
        assert len(driver.find_elements(By.CSS_SELECTOR, ".rm-caravans-list input[type=checkbox]")) == 13
        assert js_errors(driver) == []
