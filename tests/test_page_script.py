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
    assert html.index("routemapper/map.js:") < html.index("routemapper.addCaravan(")
