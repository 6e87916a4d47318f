"""A Content-Security-Policy for every map page, computed from the page as it is written.

Report text reaches the page only escaped (:func:`maps.assets.script_json`).
The policy is the second wall, for the day an escaping slips: the browser runs
only the scripts and applies only the styles the page itself carries, found in
the final HTML and allowed by their SHA-256 hash (or, for a page that links
Leaflet from a CDN, by their exact URL), loads images only from the tile
host(s) the map names (and ``data:`` images), and allows nothing else: no
``eval``, no inline event handlers or ``javascript:`` links, no fetch or
other connection, no frames, plugins, forms or ``<base>``.

The policy is computed when the page is rendered (:class:`PolicyFigure`, the
root of every map :func:`maps.render_map` makes, so ``save_map``,
``Map.save()`` and Jupyter's display all carry it), from the HTML the browser
will read: whatever scripts, styles or data blocks other parts of the page
add, they are found the way a browser finds them (selectolax's Lexbor parser
follows the HTML5 tokenizer, so a script ends exactly where Chromium ends it).
Non-executed blocks (``<script type="application/json">`` and other data
types) need no hash and get none.

A script planted through the data is never allowed: a script, style or URL
whose text occurs in the page's untrusted text (the reports' text, title,
credits; :func:`untrusted_texts`) is left out of the policy, so the browser
refuses it and reports the violation, and a :class:`PlantedCodeWarning` is
issued at write time.

The policy goes into a ``<meta http-equiv="Content-Security-Policy">`` as the
first element of ``<head>`` after the character-set declaration, before any
script or style.  A ``<meta>`` policy cannot say ``frame-ancestors``: who may
frame the map is up to the server that publishes it.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from branca.element import Figure

from geo.errors import RoutemapperError

#: ``<script type>`` values a browser runs (the HTML standard's JavaScript MIME types, ``module``,
#: and the inline JSON blocks the script policy also governs); any other type is a data block.
SCRIPT_TYPES = frozenset({
    "", "module", "importmap", "speculationrules",
    "application/ecmascript", "application/javascript", "application/x-ecmascript", "application/x-javascript",
    "text/ecmascript", "text/javascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2",
    "text/javascript1.3", "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript",
    "text/x-ecmascript", "text/x-javascript",
})

#: Directives every page gets whatever it carries.
FIXED_DIRECTIVES = (
    ("default-src", ("'none'",)),
    ("connect-src", ("'none'",)),
    ("base-uri", ("'none'",)),
    ("form-action", ("'none'",)),
    ("object-src", ("'none'",)),
    ("frame-src", ("'none'",)),
    ("worker-src", ("'none'",)),
)

_HEAD = re.compile(r"<head(?=[\s/>])[^>]*>", re.IGNORECASE)
_CHARSET_META = re.compile(r"\s*<meta\b[^>]*charset[^>]*>", re.IGNORECASE)
_FIRST_ACTIVE = re.compile(r"<(?:script|style|link|meta\s+http-equiv\s*=\s*[\"']?content-security-policy)\b",
                           re.IGNORECASE)


class PlantedCodeWarning(UserWarning):
    """A script, style or URL of the page came from report text: the page's policy blocks it (a bug to fix)."""


def csp_hash(text: str) -> str:
    """The CSP source ``'sha256-...'`` of an inline script's or style's text (as the browser reads it)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@dataclass
class PageSources:
    """What a page carries that its policy must allow, and what it refused as planted."""

    scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    style_attributes: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    planted: list[str] = field(default_factory=list)


def _url_source(url: str, *, what: str) -> str:
    """A CSP source for an absolute http(s) URL: the exact URL (a folder when it ends in ``/``)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RoutemapperError(
            f"a map page {what} {url!r}: its policy can allow only inline code or absolute http(s) URLs",
            hint="inline it (self-contained) or link it by its full https:// URL")
    path = quote(parts.path, safe="/-._~!$&'()*+=:@%")
    return f"{parts.scheme}://{parts.netloc}{path}"


def _folder(url: str) -> str:
    return url[: url.rfind("/") + 1]


def _in_any(text: str, untrusted: Sequence[str]) -> bool:
    needle = text.strip()
    return bool(needle) and any(needle in u for u in untrusted)


def page_sources(page: str, untrusted: Sequence[str] = ()) -> PageSources:
    """Find the scripts, styles and stylesheets of ``page`` as a browser parses it."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page)
    found = PageSources()
    scripts, styles, attributes = set(), set(), set()

    def allow(kind: set, source: str, evidence: str, label: str) -> None:
        if _in_any(evidence, untrusted):
            found.planted.append(f"{label}: {evidence.strip()[:80]}")
        else:
            kind.add(source)

    for node in tree.css("script"):
        attrs = node.attributes
        src = attrs.get("src")
        if src is not None:
            allow(scripts, _url_source(src, what="loads the script"), src, "script src")
            continue
        kind = (attrs.get("type") or "").strip().lower()
        if attrs.get("type") is None and (attrs.get("language") or "").strip():
            continue  # <script language="vbscript">: not JavaScript, not run
        if kind.split(";")[0].strip() not in SCRIPT_TYPES:
            continue  # a data block (application/json, ...): never run, needs no hash
        text = node.text(deep=True)
        allow(scripts, csp_hash(text), text, "script")
    for node in tree.css("style"):
        text = node.text(deep=True)
        allow(styles, csp_hash(text), text, "style")
    for node in tree.css("link[href]"):
        rels = (node.attributes.get("rel") or "").lower().split()
        if "stylesheet" in rels:
            href = node.attributes["href"]
            url = _url_source(href, what="links the stylesheet")
            allow(styles, url, href, "stylesheet")
            if url in styles:
                found.images.append(_folder(url))  # the stylesheet's own images (Leaflet's layers.png)
    for node in tree.css("[style]"):
        text = node.attributes.get("style") or ""
        allow(attributes, csp_hash(text), text, "style attribute")
    found.scripts, found.styles, found.style_attributes = sorted(scripts), sorted(styles), sorted(attributes)
    return found


def tile_sources(template: str, subdomains: str | Sequence[str] = "abc") -> list[str]:
    """The CSP sources of a Leaflet tile URL template: its host (one per ``{s}`` subdomain).

    ``https://{s}.tile.example.org/{z}/{x}/{y}.png`` with subdomains ``abc``
    gives the three hosts; any other placeholder in the host becomes a
    ``*.`` wildcard for its leftmost labels.
    """
    parts = urlsplit(template.replace("{s}", "\x00"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RoutemapperError(f"tile URL {template!r}: expected an absolute http(s) URL template",
                               hint="e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    hosts = [parts.netloc.replace("\x00", s) for s in subdomains] if "\x00" in parts.netloc else [parts.netloc]
    out = []
    for host in hosts:
        if "{" in host:
            labels = host.split(".")
            last = max(i for i, label in enumerate(labels) if "{" in label)
            if last == len(labels) - 1 or len(labels) - last - 1 < 2:
                raise RoutemapperError(f"tile URL {template!r}: cannot name its host in a page policy",
                                       hint="give the tile server's host name without placeholders")
            host = "*." + ".".join(labels[last + 1:])
        out.append(f"{parts.scheme}://{host}")
    return sorted(set(out))


def figure_tile_sources(figure: Figure) -> list[str]:
    """The tile hosts named by the tile layers anywhere in ``figure``'s element tree."""
    out: set[str] = set()
    stack = [figure]
    while stack:
        element = stack.pop()
        stack.extend(element._children.values())
        template = getattr(element, "tiles", None)
        if isinstance(template, str) and "{" in template:
            options = getattr(element, "options", {}) or {}
            out.update(tile_sources(template, options.get("subdomains", "abc")))
    return sorted(out)


def content_security_policy(page: str, *, tiles: Iterable[str] = (), untrusted: Sequence[str] = ()) -> str:
    """The policy for ``page``: its own scripts and styles, images from ``tiles`` hosts, nothing else."""
    found = page_sources(page, untrusted)
    if found.planted:
        warnings.warn("report text reached the page as code, which its policy blocks: " + "; ".join(found.planted),
                      PlantedCodeWarning, stacklevel=3)
    directives = dict(FIXED_DIRECTIVES)
    directives["script-src"] = tuple(found.scripts) or ("'none'",)
    directives["style-src"] = tuple(found.styles) or ("'none'",)
    if found.style_attributes:
        directives["style-src-attr"] = ("'unsafe-hashes'", *found.style_attributes)
    # data: images: Leaflet's own icons and its blank tile; they can neither run nor send anything
    directives["img-src"] = ("data:", *sorted(set(tiles)), *sorted(set(found.images)))
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def with_policy(page: str, *, tiles: Iterable[str] = (), untrusted: Sequence[str] = ()) -> str:
    """``page`` with its :func:`content_security_policy` as the first thing ``<head>`` applies."""
    policy = content_security_policy(page, tiles=tiles, untrusted=untrusted)
    content = html_lib.escape(policy, quote=False).replace('"', "&quot;")
    meta = f'\n    <meta http-equiv="Content-Security-Policy" content="{content}" />'
    head = _HEAD.search(page)
    first = _FIRST_ACTIVE.search(page)
    if head is None or (first is not None and first.start() < head.start()):
        raise RoutemapperError("a map page without a <head> before its first script or style cannot carry a policy")
    at = head.end()
    charset = _CHARSET_META.match(page, at)
    if charset is not None:
        at = charset.end()
    return page[:at] + meta + page[at:]


class PolicyFigure(Figure):
    """The root of a map page: renders the page with its Content-Security-Policy.

    ``untrusted`` holds the texts that must never become code
    (:func:`untrusted_texts`); the tile hosts come from the map's tile layers.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.untrusted: list[str] = []

    def render(self, **kwargs) -> str:
        """The page's HTML, with its policy."""
        return with_policy(super().render(**kwargs), tiles=figure_tile_sources(self), untrusted=self.untrusted)


def protect(m) -> PolicyFigure:
    """Make a :class:`PolicyFigure` the root of folium map ``m`` (call before adding to its page)."""
    root = m.get_root()
    if isinstance(root, PolicyFigure):
        return root
    figure = PolicyFigure()
    figure.add_child(m)
    return figure


def _may_hold_markup(column) -> bool:
    """False when no text of ``column`` (pandas strings) has a ``<`` or an ``&``: its Arrow bytes scanned at once.

    A regular expression tried on each text costs ~10 ms a column of 100,000
    reports; the bytes of all of them, one array, a fraction of that.  In
    UTF-8 neither byte occurs inside another character.  The bytes may
    reach past the column's own texts (a slice of a longer one): then it
    answers True and the texts are searched one by one.  Text not held in
    Arrow answers True.
    """
    import numpy as np
    import pyarrow as pa

    to_arrow = getattr(column.array, "__arrow_array__", None)
    if to_arrow is None:
        return True
    arrow = to_arrow()
    for chunk in arrow.chunks if isinstance(arrow, pa.ChunkedArray) else [arrow]:
        if not (pa.types.is_string(chunk.type) or pa.types.is_large_string(chunk.type)):
            return True
        data = chunk.buffers()[2]
        if data is not None and data.size:
            raw = np.frombuffer(data, dtype=np.uint8)
            if (raw == ord("<")).any() or (raw == ord("&")).any():
                return True
    return False


def untrusted_texts(tables: Iterable, extra: Iterable[str | None] = ()) -> list[str]:
    """The texts of ``tables`` (DataFrames) and ``extra`` that could carry markup (a ``<`` or an ``&``).

    Only these can plant an element in a page, so only these are kept (with
    their HTML-unescaped form).  A text column is searched as a whole first
    (pandas' string search, or one join), so a table with no markup costs a
    scan per column.
    """
    from pandas.api.types import is_object_dtype, is_string_dtype

    found: set[str] = set()

    def keep(values: Iterable) -> None:
        for v in values:
            if type(v) is str and ("<" in v or "&" in v):
                found.add(v)
                found.add(html_lib.unescape(v))

    for table in tables:
        for col in table.columns:
            column = table[col]
            if is_object_dtype(column.dtype):
                values = column.values
                try:
                    joined = "\x00".join(values)
                except TypeError:  # not all text: look at each
                    keep(values)
                    continue
                if "<" in joined or "&" in joined:
                    keep(values)
            elif is_string_dtype(column.dtype):
                if not _may_hold_markup(column):
                    continue
                hits = column.str.contains("[<&]", regex=True, na=False).to_numpy(dtype=bool)
                if hits.any():
                    keep(column[hits].tolist())
    keep(extra)
    return sorted(found)
