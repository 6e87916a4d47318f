"""What a reader of real articles' maps found on the page (session 13, reader5).

Ten maps of real drafts (blind-s12, s16, s17) each had a legend of eight or nine rows for symbols and lines the
map did not draw: a one-town map (a dot) listed checkpoint, blocked, clash, border crossing, turned back, dashed
legs, legs after a group turned back, direction of travel and area badges.  The PNG's legend lists only what its
picture draws; the page's now does too.  Our own rows; expectations written before the fix.
"""

import pytest

from browser import browser_tests_mark, chromium, js_errors, open_page, wait_for
from test_browser import READY

pytestmark = browser_tests_mark()

#: The words of each row of the legend's list of symbols and lines (beside its sample).
LEGEND_ROWS = "return Array.prototype.map.call(document.querySelectorAll('.rm-legend-kinds .rm-legend-row'), " \
              "function (row) { return row.lastChild.textContent; });"


def legend_rows(write_csv, tmp_path, rows: str, lang: str = "en") -> list[str]:
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "legend.html"
    save_map(render_map(build_routes(read_reports(write_csv(rows))), lang=lang), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        said = driver.execute_script(LEGEND_ROWS)
        assert js_errors(driver) == []
    return said


def test_a_walk_with_exact_days_lists_only_the_direction_of_travel(write_csv, tmp_path):
    said = legend_rows(write_csv, tmp_path,
                       "caravan,date,place,country,lat,lon,kind,count\n"
                       "c,2021-11-06,Arriaga,MX,16.2356,-93.8997,departure,300\n"
                       "c,2021-11-07,Tapanatepec,MX,16.3667,-94.1961,arrival,300\n")
    assert said == ["direction of travel"]


def test_a_single_report_lists_nothing_under_the_sizes(write_csv, tmp_path):
    said = legend_rows(write_csv, tmp_path,
                       "caravan,date,place,country,lat,lon,kind,count\n"
                       "p,2024-05-22,Puebla,MX,19.0478,-98.2072,arrival,\n", lang="es")
    assert said == []


def test_what_the_map_draws_is_listed_in_the_legend_and_nothing_else(write_csv, tmp_path):
    said = legend_rows(write_csv, tmp_path,
                       "caravan,date,place,country,lat,lon,kind,count\n"
                       "r,2020-01-15,San Pedro Sula,HN,15.5059,-88.0259,departure,2000\n"
                       "r,~2020-01-16,Guatemala,GT,,,sighting,1500\n"
                       "r,2020-01-18,Tecun Uman,GT,14.6797,-92.1406,checkpoint,1200\n"
                       "r,2020-01-20,Tecun Uman,GT,14.6797,-92.1406,returned,900\n"
                       "r,~2020-01-21,Esquipulas,GT,14.5667,-89.35,sighting,600\n")
    assert said == ["checkpoint", "turned back", "approximate date or inferred leg", "after the group turned back",
                    "direction of travel", "country/region-level report"]


TWO_GROUPS = ("caravan,date,place,country,lat,lon,kind,count\n"
              "2018-10-san-salvador,2018-10-31,San Salvador,SV,13.6894,-89.1872,departure,\n"
              "2018-10-san-salvador,2018-10-31,San Cristóbal,GT,14.1842,-89.6682,arrival,300\n"
              "2018-10-san-salvador-2,2018-10-31,La Hachadura,SV,13.8442,-90.0922,departure,500\n")

#: Each paragraph of the about panel and of the route table: its words, and the colour of its swatch.
PARAGRAPHS = """
function said(selector) {
  return Array.prototype.map.call(document.querySelectorAll(selector), function (p) {
    var rect = p.querySelector('svg rect');
    return [p.textContent, rect ? rect.getAttribute('fill') : null];
  });
}
return {about: said('.rm-about-text p'), table: said('.rm-table .rm-table-summary')};
"""


def test_several_caravans_summaries_say_each_name_once_beside_its_colour(tmp_path, write_csv):
    # blind-s16/04 (two groups of San Salvador): "Caravana de San Salvador, octubre de 2018 (grupo 2): La caravana
    # de San Salvador de octubre de 2018 (grupo 2) fue reportada ...", each name twice, in the about panel that a
    # phone opens above the map and again in the route table; nothing in it tied a paragraph to a colour.
    from maps import render_map, save_map
    from maps.scales import PALETTE
    from maps.summary import describe
    from routes import build_routes, read_reports

    routes = build_routes(read_reports(write_csv(TWO_GROUPS)))
    told = describe(routes, lang="es")
    page = tmp_path / "dos.html"
    save_map(render_map(routes, lang="es"), page)
    with chromium(390, 844) as driver:
        open_page(driver, page, wait_for=READY)
        driver.execute_script("document.querySelector('.rm-table summary').click();")
        wait_for(driver, ".rm-table .rm-table-summary")
        seen = driver.execute_script(PARAGRAPHS)
        assert js_errors(driver) == []
    expected = [[told["2018-10-san-salvador"], PALETTE[0]], [told["2018-10-san-salvador-2"], PALETTE[1]]]
    assert told["2018-10-san-salvador"].startswith("La caravana de San Salvador de octubre de 2018 salió de San Salvador")
    assert seen == {"about": expected, "table": expected}


def test_stops_sharing_a_label_on_the_same_day_say_the_day_once(write_csv, tmp_path):
    # blind-s12/05: "Calipan, 14 may · Coxcatlán, 14 may" and "Tehuacán, 16 may · San Pablo Tepetzingo, 16 may" at
    # every size.  Each name stays a button of its own (its popup); the day is shown once, after the last.
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "calipan.html"
    save_map(render_map(build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        "v,2024-05-14,Calipan,MX,18.2952,-97.1638,crossing,\n"
        "v,2024-05-14,Coxcatlán,MX,18.2671,-97.1508,sighting,\n"
        "v,2024-05-16,Tehuacán,MX,18.4642,-97.3974,arrival,1200\n"))), lang="es"), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        labels = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('.rm-name'), function (n) {"
            " return [n.textContent, Array.prototype.map.call(n.querySelectorAll('.rm-label'), function (b) {"
            " return b.getAttribute('aria-label') || b.textContent; })]; });")
        assert js_errors(driver) == []
    # each button is read with the day (a screen reader reads "Calipan, 14 may", as before)
    assert ["Calipan \u00b7 Coxcatl\u00e1n, 14 may", ["Calipan, 14 may", "Coxcatl\u00e1n, 14 may"]] in labels, labels
