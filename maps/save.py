"""Saving a map page atomically, with its Content-Security-Policy."""

from __future__ import annotations

from pathlib import Path

import folium

from geo.atomic import atomic_write

from .policy import PolicyFigure, figure_tile_sources, with_policy


def page_html(m: folium.Map) -> str:
    """The HTML of map ``m``'s page, with its policy (:mod:`maps.policy`).

    A map made by :func:`maps.render_map` renders its policy itself; any other
    folium map gets one computed from its page here.
    """
    root = m.get_root()
    page = root.render()
    return page if isinstance(root, PolicyFigure) else with_policy(page, tiles=figure_tile_sources(root))


def save_map(m: folium.Map, path: str | Path) -> int:
    """Render ``m`` to HTML (with its policy) and write it to ``path`` atomically; return the size in bytes."""
    html = page_html(m).encode("utf-8")
    atomic_write(path, html)
    return len(html)
