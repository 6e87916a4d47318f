"""An iframe snippet that puts a saved map page into a news article, safely and at the right height.

The snippet is a box of a fixed height (the fallback) holding a sandboxed
iframe, a visually hidden description (the map's text summary: its alt text,
linked with ``aria-describedby``), and a few lines of script that let the map
set the box's height: the map page posts ``{routemapper: {height: N}}`` to its
parent (``maps/static/embed.js``), and the listener accepts it only from that
iframe's own window and only as a number of pixels in a sane range.  Without
the script (a CMS that strips it, a reader without JavaScript) the box keeps
its fixed height.

The iframe is sandboxed to what the map needs: ``allow-scripts`` (it draws
with JavaScript), ``allow-popups`` and ``allow-popups-to-escape-sandbox`` (a
source link opens the article it names in a new tab, unsandboxed).  It gets
no ``allow-same-origin``, so the map runs in an opaque origin and can reach
neither the article's page, cookies nor storage; ``referrerpolicy="no-referrer"``
keeps the article's address from the map's server.  The iframe's ``src`` is
an ``http(s)`` address or a relative path, never ``javascript:`` or ``data:``
(which would run in the frame whatever page was meant); the default, the
page's file name, is percent-encoded so that no name reads as a scheme.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from geo.errors import InputError

#: Smallest iframe height that still shows the map with its controls.
MIN_HEIGHT = 200
#: Largest height the map may ask for (the box's CSS also caps it at 85% of the screen).
MAX_HEIGHT = 4000
#: What the sandboxed iframe may do: run its scripts, open source links in a new, unsandboxed tab.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"
#: A map page's head is read up to ``</head>``, at most this many bytes (inlined Leaflet is about 250 KB).
HEAD_LIMIT = 8_000_000

_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\s+name=\"(generator|description)\"\s+content=\"([^\"]*)\"", re.IGNORECASE)
_TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".geojson", ".json", ".xlsx", ".parquet", ".gpkg")


@dataclass(frozen=True)
class MapPage:
    """What the snippet needs from a map page: its title and its description (the alt text)."""

    path: Path
    title: str
    description: str


def _head(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            data = b""
            while b"</head>" not in data and len(data) < HEAD_LIMIT:
                chunk = handle.read(1 << 20)
                if not chunk:
                    break
                data += chunk
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="give the map page written by 'routemapper build'") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a map page", hint="give one .html file") from None
    except PermissionError:
        raise InputError(f"{path}: cannot be read (permission denied)") from None
    return data.split(b"</head>", 1)[0].decode("utf-8", errors="replace")


def read_map_page(path: str | Path) -> MapPage:
    """The title and description of the routemapper map page at ``path``.

    Raises :class:`geo.InputError` when ``path`` is missing, a folder, or not
    a page written by routemapper (``<meta name="generator" content="routemapper">``
    in its head): a reports table, another HTML page, or a map from a version
    before the marker.
    """
    path = Path(path)
    head = _head(path)
    meta = {name.lower(): html.unescape(value) for name, value in _META.findall(head)}
    if meta.get("generator") != "routemapper":
        if path.suffix.lower() in _TABLE_SUFFIXES:
            hint = f"build a map from it first: routemapper build {path} -o map.html, then embed map.html"
        else:
            hint = "give the .html page written by 'routemapper build' or 'routemapper demo' (rebuild older maps)"
        raise InputError(f"{path}: not a routemapper map page", hint=hint)
    match = _TITLE.search(head)
    title = html.unescape(match.group(1)).strip() if match else ""
    return MapPage(path, title, meta.get("description", "").strip())


def embed_snippet(path: str | Path, title: str | None = None, height: int = 500, src: str | None = None) -> str:
    """Return the article snippet for the map page at ``path`` (see the module docstring).

    The box fills the article's width at ``height`` pixels until the map asks
    for its own height (at most 85% of the reader's screen height, so a
    phone still scrolls past it).  ``title`` (default: the page's ``<title>``,
    else the file name) becomes the iframe's ``title``, which screen readers
    announce; the page's description (its caravans' summaries) is the alt
    text; ``src`` (default: the file name) is where the page will be
    published.  Every value is HTML-escaped.
    """
    snippet, _ = _snippet(path, title, height, src)
    return snippet


def embed_record(path: str | Path, title: str | None = None, height: int = 500, src: str | None = None) -> dict:
    """The snippet with its parts, for tools: ``snippet``, ``title``, ``alt``, ``src``, ``height``."""
    snippet, parts = _snippet(path, title, height, src)
    return {"snippet": snippet, **parts}


def _snippet(path: str | Path, title: str | None, height: int, src: str | None) -> tuple[str, dict]:
    if not isinstance(height, int) or height < MIN_HEIGHT:
        raise InputError(f"height {height}: too small for a map", hint=f"use --height {MIN_HEIGHT} or more")
    if height > MAX_HEIGHT:
        raise InputError(f"height {height}: taller than any screen", hint=f"use --height {MAX_HEIGHT} or less")
    page = read_map_page(path)
    label = title if title is not None else (page.title or Path(path).stem)
    url = _checked_src(src) if src is not None else quote(Path(path).name)
    ident = "rm-embed-" + hashlib.sha256(f"{url}\n{label}".encode()).hexdigest()[:10]
    attr = lambda value: html.escape(str(value), quote=True)  # noqa: E731
    described = f' aria-describedby="{ident}-alt"' if page.description else ""
    parts = [
        f'<div class="routemapper-embed" data-routemapper-embed="{ident}" '
        f'style="position:relative;width:100%;height:{height}px;max-height:85vh">',
        f'<iframe src="{attr(url)}" title="{attr(label)}"{described} sandbox="{SANDBOX}" '
        f'referrerpolicy="no-referrer" loading="lazy" allowfullscreen '
        f'style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe>',
    ]
    if page.description:  # read by screen readers, not shown
        parts.append(f'<p id="{ident}-alt" style="position:absolute;width:1px;height:1px;margin:0;overflow:hidden;'
                     f'clip:rect(0 0 0 0);white-space:nowrap">{html.escape(page.description)}</p>')
    parts += ["</div>", _listener(ident)]
    return "\n".join(parts), {"title": label, "alt": page.description, "src": url, "height": height}


def _checked_src(src: str) -> str:
    """``src`` when it is an ``http(s)`` URL with a host (``//host/...`` too) or a relative path; else
    :class:`geo.InputError`."""
    text = str(src).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    web = parts is not None and parts.scheme.lower() in ("http", "https", "") and bool(parts.netloc)
    relative = parts is not None and not parts.scheme and not parts.netloc
    if not text or not (web or relative) or any(c < " " for c in text):
        raise InputError(f"--src {src!r}: expected the http(s) address the page will be published at, "
                         "or a path relative to the article",
                         hint="e.g. --src https://example.org/maps/oct18.html or --src maps/oct18.html")
    return text


def _listener(ident: str) -> str:
    """The script that lets the map in box ``ident`` set the box's height (and nothing else)."""
    return (
        "<script>(function () {"
        f"var box = document.querySelector('div[data-routemapper-embed=\"{ident}\"]');"
        "if (!box) { return; }"
        "var frame = box.querySelector('iframe');"
        "window.addEventListener('message', function (event) {"
        "if (!frame || event.source !== frame.contentWindow) { return; }"
        "var data = event.data && event.data.routemapper, h = data && data.height;"
        f"if (typeof h !== 'number' || !(h >= {MIN_HEIGHT} && h <= {MAX_HEIGHT})) {{ return; }}"
        "box.style.height = Math.round(h) + 'px';"
        "});"
        "})();</script>"
    )
