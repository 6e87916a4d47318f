"""Headless Chromium for tests, benchmarks and looking at maps (selenium + Debian's chromedriver).

``python tests/browser.py page.html shot.png [WIDTHxHEIGHT]`` saves a screenshot.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

CHROME_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-sync",
    "--hide-scrollbars",
)


def chromium_paths() -> tuple[str | None, str | None]:
    """(chromium, chromedriver) paths, or None where missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return browser, driver


def missing_reason() -> str:
    """Why a browser test cannot run here ('' when it can)."""
    browser, driver = chromium_paths()
    if not browser or not driver:
        return "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    return ""


def browser_tests_mark():
    """The ``pytestmark`` of a browser test module: skip when Chromium is missing, unless it is required.

    With ``ROUTEMAPPER_REQUIRE_BROWSER=1`` (CI) a missing browser is an error, not a skip.
    """
    import pytest

    reason = missing_reason()
    if reason and os.environ.get("ROUTEMAPPER_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"ROUTEMAPPER_REQUIRE_BROWSER=1 but {reason}")
    return pytest.mark.skipif(bool(reason), reason=reason or "browser available")


@contextmanager
def chromium(width: int = 1200, height: int = 800, flags: tuple[str, ...] = ()):
    """A selenium Chrome driver on headless Chromium with browser logs enabled (``flags``: more switches)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver_path = chromium_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROME_FLAGS + tuple(flags):
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="rm-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.set_window_size(width, height)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, path: str | Path, *, wait_for: str = "window.routemapper", timeout: float = 20.0) -> None:
    """Load a local HTML file and wait until ``wait_for`` is truthy in the page."""
    driver.get(Path(path).resolve().as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script(f"return !!({wait_for});"):
            return
        time.sleep(0.05)
    raise TimeoutError(f"{path}: {wait_for} never became true")


#: True in a map page once routemapper has drawn its first map.
READY = ("window.routemapper && routemapper.firstMap && routemapper.firstMap() && "
         "routemapper.state.maps[L.stamp(routemapper.firstMap())].drawn")


#: A page done loading and, if it holds a map of ours, with all of it drawn (names, markers and outlines come
#: in idle time after the first view).
SETTLED = ("document.readyState === 'complete' && (!window.routemapper || !routemapper.firstMap || "
           f"!routemapper.firstMap() || ({READY}))")


def set_viewport(driver, width: int, height: int) -> None:
    """Make the page's viewport exactly ``width`` x ``height`` CSS pixels (a headless window's is smaller)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def go_offline(driver) -> None:
    """Cut the page off the network (before opening it): every http(s) request fails."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def wait_for(driver, css: str, timeout: float = 10.0):
    """The first element matching ``css``, waiting for it to appear (a loaded machine is slow)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


_CONTROLS_UNDER_POPUP = """
var pop = document.querySelector('.leaflet-popup').getBoundingClientRect(), hit = [];
document.querySelectorAll('.leaflet-' + arguments[0] + '.leaflet-right > *').forEach(function (c) {
  var r = c.getBoundingClientRect();
  if (r.width && r.height && r.left < pop.right && pop.left < r.right && r.top < pop.bottom && pop.top < r.bottom) {
    hit.push(c.className);
  }
});
return hit;
"""


def controls_under_popup(driver, side: str, settle: float = 5.0) -> list[str]:
    """The class names of the controls in the map's right corner at ``side`` ("top" or "bottom") that the open popup
    overlaps, once it has had ``settle`` seconds to get clear of them: Leaflet pans the map to fit a popup in an
    animation, and on a loaded machine the first look may come before it ends."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(driver, settle, poll_frequency=0.2).until(
            lambda d: d.execute_script(_CONTROLS_UNDER_POPUP, side) == [])
    except TimeoutException:
        pass
    return driver.execute_script(_CONTROLS_UNDER_POPUP, side)


def js_errors(driver) -> list[str]:
    """Severe console messages (JavaScript errors) logged so far, minus failed tile/network loads."""
    out = []
    for entry in driver.get_log("browser"):
        if entry.get("level") != "SEVERE":
            continue
        message = entry.get("message", "")
        if "Failed to load resource" in message or "net::ERR_" in message:
            continue  # no network here: tiles cannot load, which is not a page error
        out.append(message)
    return out


def screenshot(html: str | Path, png: str | Path, width: int = 1200, height: int = 800, settle: float = 1.0) -> list[str]:
    """Open ``html`` in headless Chromium with a viewport of exactly ``width`` x ``height`` CSS pixels,
    save a PNG of it; return JavaScript errors seen."""
    with chromium(width, height) as driver:
        set_viewport(driver, width, height)
        open_page(driver, html, wait_for=SETTLED)
        time.sleep(settle)
        driver.save_screenshot(str(png))
        return js_errors(driver)


if __name__ == "__main__":
    size = sys.argv[3] if len(sys.argv) > 3 else "1200x800"
    w, h = (int(v) for v in size.split("x"))
    errors = screenshot(sys.argv[1], sys.argv[2], w, h)
    print("\n".join(errors) or "no JavaScript errors")
    sys.exit(1 if errors else 0)
