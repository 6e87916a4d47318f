"""`routemapper embed` in a real article page: the sandboxed map draws, resizes its box, opens popups and links.

The article and the map are served from a small HTTP server of our own on
127.0.0.1 (as a newsroom would publish them), the article at 680 x 480.
"""

import functools
import http.server
import threading
import time

import pytest

from browser import chromium, js_errors
from test_browser import READY, REASON, click_report, wait_for

pytestmark = pytest.mark.skipif(bool(REASON), reason=REASON or "browser available")

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The caravan's road north</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body {{ font: 17px/1.5 Georgia, serif; max-width: 680px; margin: 0 auto; padding: 0 12px; }}</style>
</head><body>
<h1>The caravan's road north</h1>
<p>Several thousand people left San Pedro Sula before dawn and walked toward the Guatemalan border.</p>
{snippet}
<p>By the end of the week the group had reached the Mexican border.</p>
</body></html>
"""


@pytest.fixture()
def server(tmp_path):
    """Serve ``tmp_path`` on 127.0.0.1; yields the base URL."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # no request log in the test output
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_an_embedded_map_draws_resizes_and_its_popups_and_links_work(tmp_path, server, write_csv):
    from selenium.webdriver.common.by import By

    from maps import embed_snippet, render_map, save_map
    from routes import build_routes, read_reports

    (tmp_path / "source.html").write_text("<!doctype html><title>The source</title><p>The wire story.</p>")
    reports = write_csv(
        "caravan,date,place,country,lat,lon,kind,count,source,url\n"
        "c1,2018-10-13,San Pedro Sula,HN,15.5058,-88.0259,departure,\"about 2,000\",Radio,\n"
        f"c1,2018-10-15,Agua Caliente,GT,14.5417,-89.2750,crossing,\"1,600-2,000\",Wire,{server}/source.html\n"
        "c1,2018-10-17,Chiquimula,GT,14.8009,-89.5464,sighting,,Radio,\n"
        "c1,2018-10-21,Ciudad Hidalgo,MX,14.6802,-92.1520,crossing,,Radio,\n",
        name="reports.csv")
    save_map(render_map(build_routes(read_reports(reports)), title="The caravan's road"), tmp_path / "map.html")
    snippet = embed_snippet(tmp_path / "map.html", height=500)
    (tmp_path / "article.html").write_text(ARTICLE.format(snippet=snippet), encoding="utf-8")

    with chromium(680, 480) as driver:
        driver.get(f"{server}/article.html")
        box = wait_for(driver, "div.routemapper-embed")
        frame = box.find_element(By.TAG_NAME, "iframe")
        driver.switch_to.frame(frame)
        open_page_ready(driver)
        asked = driver.execute_script("return routemapper.state.maps[L.stamp(routemapper.firstMap())].embedHeight;")
        assert driver.execute_script("return routemapper.visibleCounts(routemapper.firstMap()).reports;") == 4
        sandboxed = driver.execute_script(
            "try { return parent.document.title; } catch (e) { return 'blocked: ' + window.origin; }")
        assert sandboxed == "blocked: null"  # an opaque origin: the map cannot read the article
        driver.switch_to.default_content()

        # the box takes the height the map asked for (it started at the fixed 500 px)
        assert isinstance(asked, int) and asked != 500 and 320 <= asked <= 760
        deadline = time.monotonic() + 5
        while driver.execute_script("return arguments[0].style.height;", box) != f"{asked}px" \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        assert driver.execute_script("return arguments[0].style.height;", box) == f"{asked}px"
        shown = driver.execute_script("return arguments[0].getBoundingClientRect().height;", box)
        assert shown == pytest.approx(min(asked, 0.85 * driver.execute_script("return innerHeight;")), abs=1)
        driver.save_screenshot(str(tmp_path / "article.png"))

        # a message from anything but the map's own frame changes nothing
        driver.execute_script("window.postMessage({routemapper: {height: 250}}, '*');")
        time.sleep(0.3)
        assert driver.execute_script("return arguments[0].style.height;", box) == f"{asked}px"

        # a popup opens, and its source link opens in a new tab, outside the sandbox
        driver.switch_to.frame(frame)
        click_report(driver, "c1", 1)  # Agua Caliente, in the middle of the route
        link = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup a")
        assert link.get_attribute("target") == "_blank" and link.text == "Wire"
        before = set(driver.window_handles)
        link.click()
        deadline = time.monotonic() + 10
        while len(driver.window_handles) == len(before) and time.monotonic() < deadline:
            time.sleep(0.05)
        (tab,) = set(driver.window_handles) - before
        assert js_errors(driver) == []
        driver.switch_to.window(tab)
        deadline = time.monotonic() + 10
        while driver.title != "The source" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert driver.current_url == f"{server}/source.html" and driver.title == "The source"
        # a tab that escaped the sandbox is a normal page: scripts and its own origin
        assert driver.execute_script("return window.origin;") == server


def open_page_ready(driver, timeout: float = 20.0) -> None:
    """Wait inside the current frame until the map has drawn."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script(f"return !!({READY});"):
            return
        time.sleep(0.05)
    raise TimeoutError("the embedded map never drew")

