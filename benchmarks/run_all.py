"""Run every benchmark once with modest sizes (``make bench``); each prints its own table.

The full-size runs quoted in the README take longer; their commands are in
each script's docstring.  Benchmarks are run by hand, never by the tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (script, arguments): quick enough for one sitting on a 2-core machine.
RUNS: list[tuple[str, list[str]]] = [
    ("geocode_speed.py", ["--runs", "5"]),
    ("geocode_accuracy.py", ["--repeat", "3"]),
    ("read_reports_speed.py", ["--sizes", "10000", "100000", "--repeats", "3"]),
    ("routes_vs_movingpandas.py", ["--sizes", "10000", "100000", "--repeat", "3"]),
    ("extract_score.py", []),
    ("extract_speed.py", ["--articles", "300", "--repeat", "3"]),
    ("load_stages.py", ["--rows", "100000"]),
    ("png_speed.py", ["--runs", "3"]),
]


def main() -> int:
    failed = []
    for script, args in RUNS:
        if not (HERE / script).exists():
            continue
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        if subprocess.run([sys.executable, str(HERE / script), *args]).returncode != 0:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
