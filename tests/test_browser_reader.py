"""The route table as a reader of real articles' maps found it (session 10, reader).

A Spanish page of a real draft's rows broke words in its route table: "Fue nte" in the header,
"avistamien to" and "Ocotepeq ue" in the cells (every cell could wrap anywhere, so the table squeezed its
columns below their words).  Our own rows, same kinds and names; expectations written before the fix.
"""

import pytest

from browser import browser_tests_mark, chromium, js_errors, open_page, wait_for
from test_browser import READY

pytestmark = browser_tests_mark()

#: Every word of the table's header and cells (the source column apart: a bare URL may still break) whose
#: letters lie on more than one line: a word split by wrapping.
SPLIT_WORDS = """
var out = [], range = document.createRange();
document.querySelectorAll('.rm-table th, .rm-table td').forEach(function (cell) {
  if (cell.tagName === 'TD' && cell.cellIndex === cell.parentNode.cells.length - 1) { return; }
  var walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node;
  while ((node = walk.nextNode())) {
    var re = /[^\\s\\u2013]+/g, m;  /* a range may wrap after its dash: 1.000\u2013 / 1.500 */
    while ((m = re.exec(node.data))) {
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      var tops = {};
      Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) { tops[Math.round(r.top)] = 1; } });
      if (Object.keys(tops).length > 1) { out.push(m[0]); }
    }
  }
});
return out;
"""

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count,source,url\n"
    "2020-01-san-pedro-sula,2020-01-15,San Pedro Sula,HN,15.5059,-88.0259,departure,,,\n"
    "2020-01-san-pedro-sula,2020-01-15,Nueva Ocotepeque,HN,14.4338,-89.1828,sighting,500,,\n"
    "2020-01-san-pedro-sula,~2020-01-16,Nueva Ocotepeque,HN,14.4338,-89.1828,departure,,,\n"
    '2020-01-san-pedro-sula,2020-01-16,Agua Caliente,HN,14.5417,-89.275,crossing,"Más de 1,000",Agencia,'
    "https://example.org/una/nota/muy/larga/sobre/la/caravana/que/cruzo/la/frontera/de/agua/caliente\n"
    "2020-01-san-pedro-sula,~2020-01-16,Agua Caliente,HN,14.5417,-89.275,crossing,unas 200,,\n"
)


@pytest.mark.parametrize("size", [(1280, 800), (390, 844)])
def test_the_route_table_keeps_its_words_whole(write_csv, tmp_path, size):
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "tabla.html"
    save_map(render_map(build_routes(read_reports(write_csv(ROWS))), lang="es"), page)
    with chromium(*size) as driver:
        open_page(driver, page, wait_for=READY)
        driver.find_element(By.CSS_SELECTOR, ".rm-table summary").click()
        table = wait_for(driver, ".rm-table table")
        assert "avistamiento" in table.text and "Fuente" in table.text
        assert driver.execute_script(SPLIT_WORDS) == []
        assert js_errors(driver) == []


def test_a_map_of_one_state_shows_the_state_among_its_neighbours(write_csv, tmp_path):
    # A real draft (AP, 2023) kept only "the Darien Gap region": the page zoomed to its badge at street level
    # (a 5 km scale bar, no coast or border in sight), and a reader could not tell where on earth it was.
    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "darien.html"
    routes = build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        "d,2023-10-30,Darién,PA,,,crossing,\n")))
    (lat, lon) = routes.reports[["lat", "lon"]].to_numpy()[0]
    assert routes.reports["precision"].iloc[0] == "admin1"
    save_map(render_map(routes), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        south, west, north, east = driver.execute_script(
            "var b = routemapper.firstMap().getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()];")
        assert north - south >= 2.5 and east - west >= 2.5, (south, west, north, east)
        assert south < lat < north and west < lon < east
        assert js_errors(driver) == []


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "No report gives the group's size: places are drawn as dots (hollow and dashed: planned)."),
    ("es", "Ningún reporte da el tamaño del grupo: los lugares son puntos (huecos y discontinuos: previstos)."),
])
def test_a_map_with_no_group_size_says_so_in_its_legend(write_csv, tmp_path, lang, said):
    # Two real drafts (teleSUR 2021, El Orbe 2022) gave no figure: the legend showed "Reported group size" over an
    # empty box and a note on solid cores and halos that nothing on the map had.
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "sin-cifras.html"
    save_map(render_map(build_routes(read_reports(write_csv(
        "caravan,date,place,country,lat,lon,kind,count\n"
        "t,2021-11-06,Arriaga,MX,16.2356,-93.8997,departure,\n"
        "t,2021-11-06,Los Corazones,MX,16.2103,-94.0739,arrival,\n"))), lang=lang), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        legend = driver.find_element(By.CSS_SELECTOR, ".rm-legend")
        assert said in legend.text
        assert legend.find_elements(By.CSS_SELECTOR, "svg[role=img]") == []  # no empty scale of circles
        assert "halo" not in legend.text
        assert js_errors(driver) == []


def test_a_one_caravan_table_fits_a_phone_without_its_caravan_column(write_csv, tmp_path):
    # Kept whole, the words of the Spanish table above made it 46 px wider than a phone's panel: the size and
    # source columns were off to the side.  Its caravan column said the map's one caravan in every row.
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "tabla.html"
    save_map(render_map(build_routes(read_reports(write_csv(ROWS))), lang="es"), page)
    with chromium(390, 844) as driver:
        open_page(driver, page, wait_for=READY)
        driver.find_element(By.CSS_SELECTOR, ".rm-table summary").click()
        table = wait_for(driver, ".rm-table table")
        heads = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
        assert heads == ["Fecha", "Lugar", "Qué", "Tamaño del grupo", "Fuente"], heads
        width, room = driver.execute_script(
            "var p = document.querySelector('.rm-table-panel'); return [p.scrollWidth, p.clientWidth];")
        assert width <= room, (width, room)
        assert driver.execute_script(SPLIT_WORDS) == []
    two = ROWS + "2020-01-otra,2020-01-17,Esquipulas,GT,14.5625,-89.3517,sighting,,,\n"
    save_map(render_map(build_routes(read_reports(write_csv(two, name="dos.csv"))), lang="es"), page)
    with chromium(1280, 800) as driver:
        open_page(driver, page, wait_for=READY)
        driver.find_element(By.CSS_SELECTOR, ".rm-table summary").click()
        table = wait_for(driver, ".rm-table table")
        assert "Caravana" in [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
