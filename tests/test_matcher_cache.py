"""The place matcher's cache files: built once under a lock, shared by installations, kept for each.

Fresh processes build small gazetteers from a synthetic GeoNames folder
(``ROUTEMAPPER_GEONAMES_DIR``, see ``tests/test_index_cache.py``) and the
matcher over them, as ``routemapper extract`` does on its first run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from conftest import DATA, ROOT
from test_index_cache import OPEN, _env, geonames  # noqa: F401  (geonames is a fixture)

# Prints one BUILD line if it builds the matcher, then where it came from and what it finds.
MATCH = (
    "from routes.extract.matcher import PlaceMatcher\n"
    "m = PlaceMatcher.cached(progress=lambda msg: print('BUILD', msg, flush=True))\n"
    "print('SOURCE', m.source)\n"
    "print('FOUND', [x.key for x in m.find('They slept in Tapachula and left for Huixtla Test Post.')])\n"
)


def _run(script: str, env: dict) -> str:
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _builds(output: str) -> int:
    return sum(line.startswith("BUILD building the place-name matcher") for line in output.splitlines())


def _matcher_builds(cache: Path) -> set[str]:
    return {p.name.split(".", 1)[0] for p in cache.glob("place-matcher-*")}


def test_two_processes_starting_at_once_build_the_matcher_once(tmp_path, geonames):  # noqa: F811
    env = _env(tmp_path / "cache", geonames)
    _run(OPEN, env)  # the gazetteer index first (its own lock is tested in test_index_cache.py)
    procs = [subprocess.Popen([sys.executable, "-c", MATCH], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    assert sum(_builds(out) for out, _ in outputs) == 1
    sources = sorted(line for out, _ in outputs for line in out.splitlines() if line.startswith("SOURCE"))
    assert sources[0] == "SOURCE built from the gazetteer index" and sources[1].startswith("SOURCE loaded from")
    for out, _ in outputs:
        assert "FOUND ['tapachula']" in out
    assert len(_matcher_builds(tmp_path / "cache")) == 1


def test_installations_share_the_matcher_of_the_same_data_and_keep_their_own_for_other_data(tmp_path, geonames):  # noqa: F811
    cache = tmp_path / "cache"
    first = _env(cache, geonames)
    assert _builds(_run(MATCH, first)) == 1
    # The same bytes at other paths, written later: the same matcher, nothing built.
    time.sleep(0.05)
    same_geonames = shutil.copytree(geonames, tmp_path / "venv-b" / "geonames")
    same_data = shutil.copytree(DATA / "gazetteer", tmp_path / "venv-b" / "data" / "gazetteer").parent
    assert _builds(_run(MATCH, _env(cache, same_geonames, same_data))) == 0
    # Other data (one more curated place): its own matcher, and the first one stays for the first installation.
    other_data = shutil.copytree(DATA / "gazetteer", tmp_path / "venv-c" / "data" / "gazetteer").parent
    with (other_data / "gazetteer" / "places.csv").open("a", encoding="utf-8") as handle:
        handle.write("Huixtla Test Post,,checkpoint,MX,Chiapas,15.14,-92.46,1000,low,test row,\n")
    other = _env(cache, geonames, other_data)
    out = _run(MATCH, other)
    assert _builds(out) == 1 and "FOUND ['tapachula', 'huixtla test post']" in out
    again = _run(MATCH, first)
    assert _builds(again) == 0 and "SOURCE loaded from" in again and "FOUND ['tapachula']" in again
    assert _builds(_run(MATCH, other)) == 0
    assert len(_matcher_builds(cache)) == 2


def test_only_the_latest_builds_for_other_inputs_are_kept(tmp_path):
    from geo.paths import remove_other_builds

    def build(tag: str, age_s: float) -> list[Path]:
        files = [tmp_path / f"place-matcher-{tag}.words", tmp_path / f"place-matcher-{tag}.abbreviated"]
        for path in files:
            path.write_bytes(b"x")
            os.utime(path, (time.time() - age_s, time.time() - age_s))
        return files

    mine = build("mine", 500)  # the one in use: never removed, however old
    newest, newer, oldest = build("b", 10), build("c", 20), build("d", 30)
    unrelated = tmp_path / "gazetteer-1234.sqlite"
    unrelated.write_bytes(b"x")
    removed = remove_other_builds(mine, "place-matcher-*")
    assert sorted(removed) == sorted(oldest)
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in [*mine, *newest, *newer, unrelated]}
    assert remove_other_builds(mine, "place-matcher-*", keep=0) and sorted(tmp_path.iterdir()) == sorted([*mine, unrelated])
