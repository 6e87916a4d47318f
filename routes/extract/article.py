"""Articles in: plain text or HTML, from a file or stdin, with what the page says about itself.

HTML is read with the standard library's :mod:`html.parser`: the text of the
page (scripts, styles, navigation and forms left out; block elements end a
paragraph) and its metadata: the publication date (``article:published_time``,
other ``<meta>`` dates, ``<time datetime>``, JSON-LD ``datePublished``), the
site name and the canonical URL.  Offsets of extracted rows refer to
:attr:`Article.text`, the text extracted from the page, not to the HTML source.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from geo.csvsafe import blank_controls
from geo.errors import InputError, Where

from ..limits import DEFAULT_LIMITS, Limits, check_file_size, check_text


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known about it (``published`` may be ``None``)."""

    text: str
    published: date | None = None
    source: str = ""
    url: str = ""
    name: str = "<text>"


_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer figcaption "
    "figure table tr td th pre hr main aside dd dt".split()
)
_SKIP = frozenset("script style noscript nav form button svg template iframe head select".split())
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "published_time", "cxenseparse:recs:publishtime",
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_day(text: str) -> date | None:
    """Return the calendar day at the start of an ISO date or timestamp, or ``None``."""
    match = _ISO_DAY.search(text or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self.time_datetime = ""
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.canonical = ""
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"]
        elif tag == "link" and a.get("rel", "").lower() == "canonical":
            self.canonical = a.get("href", "")
        elif tag == "time" and a.get("datetime") and not self.time_datetime:
            self.time_datetime = a["datetime"]
        elif tag == "script" and "ld+json" in a.get("type", ""):
            self.in_json_ld = True
        elif tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        if tag == "script":
            self.in_json_ld = False
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld.append(data)
        elif self.in_title:
            self.title += data
        elif not self.skip_depth:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
        return "\n\n".join(p for p in paragraphs if p)

    def published(self) -> date | None:
        for key in _DATE_META:
            if key in self.meta:
                day = parse_day(self.meta[key])
                if day:
                    return day
        for blob in self.json_ld:
            day = _json_ld_date(blob)
            if day:
                return day
        return parse_day(self.time_datetime)


def _json_ld_date(blob: str) -> date | None:
    try:
        data = json.loads(blob)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return parse_day(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than plain prose."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype", "<html", "<?xml")) or bool(
        re.search(r"<(?:p|div|article|body|head|meta|h1|section)\b", head)
    )


def article_from_html(html: str, *, name: str = "<html>") -> Article:
    """Read an HTML page: its text (offsets of rows refer to this text) and its metadata."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    url = reader.canonical or reader.meta.get("og:url", "")
    return Article(reader.text(), reader.published(), reader.meta.get("og:site_name", ""), url, name)


def article_from_text(text: str, *, name: str = "<text>") -> Article:
    """Wrap plain text (HTML is detected and read as HTML)."""
    if looks_like_html(text):
        return article_from_html(text, name=name)
    # control characters (an escape sequence would reach the terminal through a draft's quote) become spaces
    return Article(blank_controls(text.replace("\r\n", "\n").replace("\r", "\n")), None, "", "", name)


def read_article(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Article:
    """Read one article file (``-`` for stdin); plain text or HTML, UTF-8 (or UTF-16 with a BOM).

    Raises :class:`geo.InputError` naming the file when it cannot be read or
    decoded, or is over the size limits (:mod:`routes.limits`: a file
    over ``limits.max_bytes`` is not read, a text over ``limits.max_chars``
    characters is refused).
    """
    name = str(path)
    where = Where("<stdin>" if name == "-" else name)
    try:
        if name == "-":
            raw = sys.stdin.buffer.read(limits.max_bytes + 1)
        else:
            check_file_size(Path(path).stat().st_size, where, limits)
            raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", where=where, hint="check the path, or use - to read stdin") from None
    except IsADirectoryError:
        raise InputError("is a folder, not an article file", where=where, hint="give the article files, e.g. dir/*.html") from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", where=where) from None
    check_file_size(len(raw), where, limits)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"the file starts with a UTF-16 mark but is not UTF-16 ({exc.reason})", where=where,
                             hint="save the article as UTF-8") from None
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise InputError(
                f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x} on line {line})",
                where=where, hint="save the article as UTF-8",
            ) from None
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        article = article_from_html(text, name=name)
    else:
        article = article_from_text(text, name=name)
    check_text(len(article.text), where, limits)
    return article
