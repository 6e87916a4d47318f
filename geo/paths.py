"""Where routemapper finds its curated data and keeps its caches."""

from __future__ import annotations

import os
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
