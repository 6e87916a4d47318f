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
              "geopandas", "folium", "rapidfuzz", "selectolax",
              "zlib")  # zlib: only the index build and the fuzzy keys need it

SCRIPT = """
import json, sys
from maps.cli import main
sys.argv = ["routemapper", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps(sorted(sys.modules)))
"""


def _run(*args: str) -> tuple[str, set[str]]:
    """Run the command line in a fresh process: what it printed, and the modules it had loaded at the end."""
    run = subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    printed, modules = run.stdout.rstrip("\n").rsplit("\n", 1)
    return printed, set(json.loads(modules))


def test_a_lookup_with_an_unchanged_index_imports_only_what_it_needs():
    _run("geocode", "Tapachula")  # builds the index if needed, remembers the inputs' hashes
    answer, loaded = _run("geocode", "Tapachula")
    assert answer.startswith("Tapachula\tTapachula (MX, Chiapas)")
    assert not loaded & set(NOT_NEEDED), sorted(loaded & set(NOT_NEEDED))
    assert {"geo.index", "geo.resolve", "click"} <= loaded  # the test looks at the right process


def test_help_and_the_error_classes_load_neither_the_index_nor_the_resolver():
    printed, loaded = _run("--help")
    assert "Usage: routemapper" in printed
    assert "geo.errors" in loaded  # the command line's error handling is there
    assert not loaded & {"geo.index", "geo.resolve", "sqlite3", "unicodedata"}, sorted(loaded)


def test_the_geo_package_gives_its_public_names_on_first_use():
    code = ("import sys, geo; before = 'geo.resolve' in sys.modules; "
            "from geo import geocode, InputError, Place, name_key, GazetteerIndex; "
            "print(before, 'geo.resolve' in sys.modules, geocode.__module__, InputError.__module__, "
            "sorted(geo.__all__) == sorted(dir(geo)))")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "True", "geo.resolve", "geo.errors", "True"]
    missing = subprocess.run([sys.executable, "-c", "from geo import no_such_name"], cwd=ROOT,
                             capture_output=True, text=True)
    assert missing.returncode == 1 and "cannot import name 'no_such_name' from 'geo'" in missing.stderr
