"""The merged size of a place and day, read in a real browser (routes/sizes.py is the one rule)."""

from browser import browser_tests_mark, chromium, js_errors, open_page
from test_browser import READY, click_report

pytestmark = browser_tests_mark()


def test_agua_caliente_popup_says_1600_to_3000(tmp_path, sample_routes):
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map

    oct18 = sample_routes.caravan("2018-10-honduras")
    page = tmp_path / "oct18.html"
    save_map(render_map(oct18, self_contained=True), page)
    # reports 2-4: the checkpoint, "1,600-2,000" and "about 1,000 more" at Agua Caliente on 15 October
    assert list(oct18.reports["place"][2:5]) == ["Agua Caliente"] * 3
    with chromium(1200, 800) as driver:
        open_page(driver, page, wait_for=READY)
        radii = driver.execute_script(
            "var c = routemapper.state.maps[L.stamp(routemapper.firstMap())].caravans[0];"
            "return [2, 3, 4].map(function (i) { return [c.reports.r[i], c.reports.rh[i],"
            " routemapper.decode.leadsGroup(c, i)]; });")
        assert [lead for _, _, lead in radii] == [True, False, False]  # one circle for the three
        assert len({(r, rh) for r, rh, _ in radii}) == 1
        click_report(driver, "2018-10-honduras", 3)
        popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-content .rm-popup")
        assert "3 reports of this place and day" in popup.text
        assert "1,600\u20133,000 people, 1,000 of them joined" in popup.text
        assert "900\u20132,000" not in popup.text
        assert js_errors(driver) == []
