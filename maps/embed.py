"""An iframe snippet that puts a saved map page into a news article."""

from __future__ import annotations

import html
import re
from pathlib import Path

from geo.errors import InputError

#: Smallest iframe height that still shows the map with its controls.
MIN_HEIGHT = 200

_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def page_title(path: str | Path) -> str:
    """The text of the page's ``<title>`` (unescaped), or '' when it has none."""
    path = Path(path)
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="give the map page written by 'routemapper build'") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a map page", hint="give one .html file") from None
    match = _TITLE.search(head)
    return html.unescape(match.group(1)).strip() if match else ""


def embed_snippet(path: str | Path, title: str | None = None, height: int = 500, src: str | None = None) -> str:
    """Return a responsive ``<iframe>`` snippet for the map page at ``path``.

    The iframe fills the article's width at ``height`` pixels (at most 85% of
    the reader's screen height, so a phone still scrolls past it).  ``title``
    (default: the page's ``<title>``, else the file name) becomes the
    iframe's ``title`` attribute, which screen readers announce; ``src``
    (default: the file name) is where the page will be published.  Every
    value is HTML-escaped.
    """
    if height < MIN_HEIGHT:
        raise InputError(f"height {height}: too small for a map", hint=f"use --height {MIN_HEIGHT} or more")
    name = page_title(path)
    label = title if title is not None else (name or Path(path).stem)
    url = src if src is not None else Path(path).name
    attr = lambda value: html.escape(str(value), quote=True)  # noqa: E731
    return (
        f'<div class="routemapper-embed" style="position:relative;width:100%;height:{height}px;max-height:85vh">'
        f'<iframe src="{attr(url)}" title="{attr(label)}" loading="lazy" allowfullscreen '
        f'style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe></div>'
    )
