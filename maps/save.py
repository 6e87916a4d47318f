"""Saving a map page atomically."""

from __future__ import annotations

from pathlib import Path

import folium

from geo.atomic import atomic_write


def save_map(m: folium.Map, path: str | Path) -> int:
    """Render ``m`` to HTML and write it to ``path`` atomically; return the size in bytes."""
    html = m.get_root().render().encode("utf-8")
    atomic_write(path, html)
    return len(html)
