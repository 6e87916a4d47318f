"""Time a PNG of the sample caravans: routemapper's matplotlib renderer vs a browser screenshot.

Run by hand:  .venv/bin/python benchmarks/png_speed.py [--runs N]

Without routemapper's PNG renderer, a newsroom would save the HTML map and
screenshot it with headless Chromium (selenium), as ``tests/browser.py`` does.
Both are timed as a shell user pays for them, each run a fresh process:

- ``routemapper build data/caravans/*.csv --png out.png``;
- ``routemapper build data/caravans/*.csv -o map.html --self-contained`` and then
  a screenshot of it (Chromium started, page loaded, 1 s for the fitted view
  to settle, as the browser test waits; the page has no tiles here: no network).

Medians and fastest wall times side by side, and the ratio of medians.  Also
reports the in-process time of ``render_png`` alone (routes already built,
matplotlib already imported) for each demo picture, and the files' sizes.
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SAMPLES = sorted(glob.glob(str(ROOT / "data" / "caravans" / "*.csv")))

SCREENSHOT = """
import sys, time
sys.path.insert(0, {tests!r})
from browser import chromium, open_page
with chromium(1200, 800) as driver:
    open_page(driver, {page!r})
    time.sleep(1.0)
    driver.save_screenshot({shot!r})
"""


def wall(cmds: list[list[str]], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    for cmd in cmds:
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "ROUTEMAPPER_QUIET": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        png, page, shot = tmp / "out.png", tmp / "map.html", tmp / "shot.png"
        rm = str(BIN / "routemapper")
        ways = {
            "routemapper build --png": [[rm, "build", *SAMPLES, "--png", str(png)]],
            "build -o map.html + Chromium screenshot": [
                [rm, "build", *SAMPLES, "-o", str(page), "--self-contained"],
                [sys.executable, "-c", SCREENSHOT.format(tests=str(ROOT / "tests"), page=str(page), shot=str(shot))],
            ],
        }
        wall(ways["routemapper build --png"], env)  # warm the gazetteer index and the disk cache
        times: dict[str, list[float]] = {name: [] for name in ways}
        for _ in range(args.runs):
            for name, cmds in ways.items():  # interleaved, so a busy moment hits both
                times[name].append(wall(cmds, env))
        base = statistics.median(times["routemapper build --png"])
        print(f"{'way':45} {'median s':>9} {'fastest s':>9} {'ratio':>6}")
        for name, ts in times.items():
            print(f"{name:45} {statistics.median(ts):9.2f} {min(ts):9.2f} {statistics.median(ts) / base:6.1f}")
        print(f"sizes: PNG {png.stat().st_size:,} bytes; screenshot {shot.stat().st_size:,} bytes; "
              f"HTML {page.stat().st_size:,} bytes")

    sys.path.insert(0, str(ROOT))
    from maps.static_image import png_bytes
    from routes import build_routes, read_many

    routes = build_routes(read_many(SAMPLES))
    png_bytes(routes)  # imports matplotlib and reads the outlines once
    pictures = {"all caravans": routes, **{c: routes.caravan(c) for c in routes.caravans}}
    print("render_png in process (median of runs):")
    for name, subset in pictures.items():
        ts, size = [], 0
        for _ in range(args.runs):
            t0 = time.perf_counter()
            size = len(png_bytes(subset, title=name))
            ts.append(time.perf_counter() - t0)
        print(f"  {name:20} {statistics.median(ts):6.2f} s  {size:,} bytes")


if __name__ == "__main__":
    main()
