"""What a reader of a real draft's map saw that was meant for its editor (session 10, reader2).

``routemapper extract`` writes in each row's ``note`` how it placed the name ("gazetteer: Agua Caliente border
crossing (HN, Ocotepeque), point"): words for whoever checks the draft, shown to every reader in the popups of
the maps of real articles.  A note someone wrote by hand is the report's own and stays.  Our own rows;
expectations written before the fix.
"""

from browser import browser_tests_mark, chromium, js_errors, open_page
from test_browser import READY, click_report, popup_shown

pytestmark = browser_tests_mark()

ROWS = (
    "caravan,date,place,country,lat,lon,kind,count,source,url,note\n"
    "c1,2022-03-02,Ciudad Hidalgo,MX,14.68,-92.152,crossing,about 300,,,"
    "\"gazetteer: Ciudad Hidalgo (MX, Chiapas), point; by bus or truck, says the quote\"\n"
    "c1,2022-03-05,Huixtla,MX,15.139,-92.466,sighting,,Radio Sur,,the shelter had room for half of them\n"
)


def test_a_popup_keeps_a_hand_written_note_and_not_the_draft_s_own(write_csv, tmp_path):
    from selenium.webdriver.common.by import By

    from maps import render_map, save_map
    from routes import build_routes, read_reports

    page = tmp_path / "notes.html"
    save_map(render_map(build_routes(read_reports(write_csv(ROWS)))), page)
    with chromium(1200, 800) as driver:
        open_page(driver, page, wait_for=READY)
        click_report(driver, "c1", 1)
        popup = popup_shown(driver)
        terms = [d.text for d in popup.find_elements(By.CSS_SELECTOR, ".rm-popup-reports dt")]
        words = [d.text for d in popup.find_elements(By.CSS_SELECTOR, ".rm-popup-reports dd")]
        assert "Note" in terms, terms
        assert words[terms.index("Note")] == "the shelter had room for half of them"
        open_page(driver, page, wait_for=READY)  # afresh: the first popup panned the map
        click_report(driver, "c1", 0)
        popup = popup_shown(driver)
        assert "Ciudad Hidalgo" in popup.text
        terms = [d.text for d in popup.find_elements(By.CSS_SELECTOR, ".rm-popup-reports dt")]
        assert "Note" not in terms, terms
        assert "gazetteer" not in popup.text and "says the quote" not in popup.text
        assert "gazetteer:" not in driver.execute_script("return document.body.innerText;")
        assert js_errors(driver) == []


def test_the_draft_s_notes_still_reach_build_s_pace_check(write_csv):
    """Left out of the page only: the vehicle the note names still lets a leg go faster than walking."""
    from routes import build_routes, read_reports

    rows = ROWS.replace("2022-03-05,Huixtla,MX,15.139,-92.466", "2022-03-03,Juchitan,MX,16.434,-95.02")
    routes = build_routes(read_reports(write_csv(rows)))
    assert routes.reports["note"].str.startswith("gazetteer:").sum() == 1
