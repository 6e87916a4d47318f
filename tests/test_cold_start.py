"""``routemapper geocode`` loads only what a lookup needs (its start-up is its cost).

No timing here (the machine is shared): the test says which modules a lookup
must not import, each of which costs milliseconds at every start: the page's
language catalogue, the hashing and temporary-file modules that only a changed
or missing index needs, and the heavy libraries of other commands.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

NOT_NEEDED = ("maps.i18n", "hashlib", "tempfile", "csv", "geo.lock", "routes.extract", "pandas", "numpy",
              "geopandas", "folium", "rapidfuzz", "selectolax")

SCRIPT = """
import json, sys
from maps.cli import main
sys.argv = ["routemapper", "geocode", "Tapachula"]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps(sorted(sys.modules)))
"""


def test_a_lookup_with_an_unchanged_index_imports_only_what_it_needs():
    warm = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert warm.returncode == 0, warm.stderr  # builds the index if needed, remembers the inputs' hashes
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    answer, modules = run.stdout.rsplit("\n", 2)[-3:-1]
    assert answer.startswith("Tapachula\tTapachula (MX, Chiapas)")
    loaded = set(json.loads(modules))
    assert not loaded & set(NOT_NEEDED), sorted(loaded & set(NOT_NEEDED))
    assert {"geo.index", "geo.resolve", "click"} <= loaded  # the test looks at the right process
