"""The page script's modules: unit tests in Node (``node --test tests/js``) and the load order."""

import os
import shutil
import subprocess

import pytest

from conftest import ROOT
from maps.assets import PAGE_SCRIPTS, STATIC_DIR

NODE = shutil.which("node")
if not NODE and os.environ.get("ROUTEMAPPER_REQUIRE_BROWSER") == "1":
    raise RuntimeError("ROUTEMAPPER_REQUIRE_BROWSER=1 but node is not installed (apt-get install nodejs)")


@pytest.mark.skipif(not NODE, reason="node is not installed (apt-get install nodejs)")
def test_node_unit_tests_pass():
    run = subprocess.run([NODE, "--test", str(ROOT / "tests" / "js")], capture_output=True, text=True, timeout=300)
    report = run.stdout[-6000:] + run.stderr[-2000:]
    assert run.returncode == 0, report
    assert "# fail 0" in run.stdout and "# pass 0" not in run.stdout, report


def test_every_module_is_loaded_once_and_the_entry_points_last():
    on_disk = sorted(p.name for p in STATIC_DIR.glob("*.js"))
    assert sorted(PAGE_SCRIPTS) == on_disk
    assert len(set(PAGE_SCRIPTS)) == len(PAGE_SCRIPTS)
    assert PAGE_SCRIPTS[0] == "format.js" and PAGE_SCRIPTS[-1] == "map.js"


def test_modules_are_inlined_in_order(sample_routes):
    from maps import render_map

    html = render_map(sample_routes.caravan(sample_routes.caravans[0])).get_root().render()
    where = [html.index(f"routemapper/{name}:") for name in PAGE_SCRIPTS]
    assert where == sorted(where)
    assert html.index("routemapper/map.js:") < html.index("routemapper.load(")


def test_every_text_the_page_script_asks_for_is_in_every_catalogue():
    import json
    import re

    from maps.i18n import LANGUAGES, LOCALE_DIR
    from routes.schema import KINDS

    code = "\n".join((STATIC_DIR / name).read_text(encoding="utf-8") for name in PAGE_SCRIPTS)
    asked = set(re.findall(r'["\']((?:page|format)\.[a-z_.]*[a-z_])["\']', code))
    prefixes = set(re.findall(r'["\']((?:page|format)\.[a-z_.]*[._])["\']\s*\+', code))
    asked -= prefixes
    assert len(asked) > 60 and prefixes == {"page.kind.", "page.precision.", "page.table.", "page.people_vague.",
                                            "page.people_"}
    dynamic = {f"page.kind.{kind}" for kind in KINDS} | {f"page.precision.{p}" for p in ("country", "region")}
    dynamic |= {f"page.table.{h}" for h in ("date", "caravan", "place", "what", "size", "source")}
    dynamic |= {f"page.people_vague.{w}" for w in ("dozens", "hundreds", "thousands", "tens_of_thousands")}
    dynamic |= {f"page.people_{q}" for q in ("about", "almost", "at_least", "up_to")}
    for lang in LANGUAGES:
        words = json.loads((LOCALE_DIR / f"{lang}.json").read_text(encoding="utf-8"))
        missing = sorted(k for k in asked | dynamic if k not in words)
        assert missing == [], (lang, missing)
        page_keys = {k for k in words if k.startswith("page.")}
        english = {k for k in json.loads((LOCALE_DIR / "en.json").read_text(encoding="utf-8")) if k.startswith("page.")}
        assert page_keys == english, lang


def test_the_script_holds_no_words_of_its_own():
    """Every text a reader sees comes from the catalogue: no English words in string literals of the script."""
    import re

    code = "\n".join((STATIC_DIR / name).read_text(encoding="utf-8") for name in PAGE_SCRIPTS)
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)  # comments are for us
    literals = [s for s in re.findall(r'"((?:[^"\\]|\\.)*)"', code)
                if " " in s and not all(token.startswith(("rm-", "leaflet-")) for token in s.split())]  # not class lists
    words = [s for s in literals if re.search(r"\b(the|of|and|to|in|report\w*|people|legend|play|pause|show|sources?|table|caravans?|dates?|zoom)\b", s, re.I)]
    assert words == []
