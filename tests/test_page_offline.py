"""The page `routemapper build` writes by default works with no network; the --cdn page does not."""

import os

import pytest

from browser import READY, chromium, go_offline, js_errors, missing_reason, open_page
from conftest import SAMPLES

REASON = missing_reason()
if REASON and os.environ.get("ROUTEMAPPER_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"ROUTEMAPPER_REQUIRE_BROWSER=1 but {REASON}")
pytestmark = pytest.mark.skipif(bool(REASON), reason=REASON or "browser available")


def test_the_default_build_renders_offline_and_the_cdn_page_does_not(cli, tmp_path):
    default, cdn = tmp_path / "default.html", tmp_path / "cdn.html"
    assert cli("build", str(SAMPLES[0]), "-o", str(default)).exit_code == 0
    assert cli("build", str(SAMPLES[0]), "-o", str(cdn), "--cdn").exit_code == 0
    assert "cdn.jsdelivr.net" not in default.read_text(encoding="utf-8")
    with chromium(1000, 700) as driver:
        go_offline(driver)
        open_page(driver, default, wait_for=READY)
        drawn = driver.execute_script("return routemapper.state.maps[L.stamp(routemapper.firstMap())].drawn;")
        assert drawn["segments"] > 0 and drawn["reports"] > 0  # Leaflet ran and the routes were drawn
        assert js_errors(driver) == []
    with chromium(1000, 700) as driver:  # the control: the same check fails for a page that needs the CDN
        go_offline(driver)
        with pytest.raises(TimeoutError):
            open_page(driver, cdn, wait_for=READY, timeout=5)
        assert any("L is not defined" in e for e in js_errors(driver))
