"""Where routemapper finds its curated data and keeps its caches."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

#: The repository's ``data/`` folder (curated gazetteer and sample caravans).
DATA_DIR = Path(os.environ.get("ROUTEMAPPER_DATA_DIR") or Path(__file__).resolve().parent.parent / "data")

GAZETTEER_DIR = DATA_DIR / "gazetteer"
CARAVANS_DIR = DATA_DIR / "caravans"


def cache_dir() -> Path:
    """Return the cache folder, creating it: ``$ROUTEMAPPER_CACHE_DIR`` or the user cache dir."""
    override = os.environ.get("ROUTEMAPPER_CACHE_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir("routemapper"))
    path.mkdir(parents=True, exist_ok=True)
    return path


#: How many builds for other inputs (another installation, an older version) the cache folder keeps, of each kind.
KEEP_OTHER_BUILDS = 2


def remove_other_builds(current: Iterable[Path], pattern: str, keep: int = KEEP_OTHER_BUILDS) -> list[Path]:
    """Remove the cache files matching ``pattern`` built for other inputs, but the ``keep`` most recent builds.

    A build is the files that share a name up to the first dot
    (``place-matcher-<tag>.words`` and ``place-matcher-<tag>.abbreviated``);
    ``current`` are the files of the build in use, never removed.  Another
    installation sharing the cache folder keeps its build while it is among
    the ``keep`` most recently written, so two installations with different
    data do not rebuild each other's.  Returns the files removed.
    """
    current = [Path(p) for p in current]
    if not current:
        return []
    mine = {p.name.split(".", 1)[0] for p in current}
    builds: dict[str, list[Path]] = {}
    for path in current[0].parent.glob(pattern):
        stem = path.name.split(".", 1)[0]
        if stem not in mine:
            builds.setdefault(stem, []).append(path)

    def written(files: list[Path]) -> float:
        times = []
        for path in files:
            try:
                times.append(path.stat().st_mtime)
            except OSError:  # removed meanwhile by another process
                pass
        return max(times, default=0.0)

    removed = []
    for stem in sorted(builds, key=lambda s: written(builds[s]), reverse=True)[keep:]:
        for path in builds[stem]:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
