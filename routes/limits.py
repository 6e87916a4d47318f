"""How much ``routemapper extract`` takes from one article, and what it says past that.

Articles come from anywhere; a hostile or broken one (14 MB of one sentence
repeated) must not turn into hundreds of thousands of rows, minutes and
gigabytes.  Two limits, both stated in ``routemapper extract --help`` and the
README, both never silent:

- **article size**: an article's text (for HTML, the text on the page) may
  hold up to :data:`MAX_ARTICLE_CHARS` characters, and its file up to
  :data:`BYTES_PER_CHAR` bytes a character (markup, scripts); past either the
  run stops with an :class:`geo.InputError` naming the file (exit code 2,
  nothing written).  A bigger file is not even read.
- **rows per article**: at most :data:`MAX_ROWS_PER_ARTICLE` draft rows are
  kept from one article; the rest are dropped with a notice naming the article
  and how many it gave (:func:`keep_rows`).

The work before the row limit is bounded by the size limit: an article of
the largest size drafts in a couple of seconds whatever it holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from geo.errors import InputError, Where

#: Characters of one article's text (about 160,000 words; a long feature has 10,000).
MAX_ARTICLE_CHARS = 1_000_000
#: An article file may be this many bytes per allowed character of text (HTML carries markup).
BYTES_PER_CHAR = 20
#: Draft rows kept from one article (a long article names a few dozen places).
MAX_ROWS_PER_ARTICLE = 1_000


@dataclass(frozen=True)
class Limits:
    """The limits of one extraction run (see the module docstring)."""

    max_chars: int = MAX_ARTICLE_CHARS
    max_rows: int = MAX_ROWS_PER_ARTICLE

    def __post_init__(self) -> None:
        if self.max_chars < 1 or self.max_rows < 1:
            raise InputError(f"limits must be at least 1 (got {self.max_chars} characters, {self.max_rows} rows)")

    @property
    def max_bytes(self) -> int:
        """The largest article file read at all."""
        return self.max_chars * BYTES_PER_CHAR


DEFAULT_LIMITS = Limits()


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 1e6:,.1f} MB" if n_bytes >= 100_000 else f"{n_bytes:,} bytes"


def check_file_size(n_bytes: int, where: Where, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise :class:`InputError` when an article file of ``n_bytes`` is over the size limit.

    Standard input is read up to one byte past the limit: ``limits.max_bytes + 1`` reads as "over".
    """
    if n_bytes > limits.max_bytes:
        raise InputError(
            f"the file is {'over ' + _size(limits.max_bytes) if n_bytes == limits.max_bytes + 1 else _size(n_bytes)}; "
            f"extract reads article files of up to {_size(limits.max_bytes)}",
            where=where,
            hint=f"split it into articles, or raise --max-article-chars (now {limits.max_chars:,}; "
            f"files may be {BYTES_PER_CHAR} bytes a character)")


def check_text(n_chars: int, where: Where, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise :class:`InputError` when an article's text of ``n_chars`` characters is over the size limit."""
    if n_chars > limits.max_chars:
        raise InputError(
            f"the article's text is {n_chars:,} characters; extract reads at most {limits.max_chars:,} "
            f"(about {limits.max_chars // 6:,} words) from one article",
            where=where, hint="split it into articles, or raise --max-article-chars")


def keep_rows(rows: Iterable[dict], limits: Limits = DEFAULT_LIMITS) -> tuple[list[dict], list[str]]:
    """The rows with at most ``limits.max_rows`` from each article (rows keep their order), and the notices.

    Rows belong to the article named in their ``article`` field; each article
    that gave more rows than the limit gets one notice saying how many it gave
    and how many are kept.
    """
    kept: list[dict] = []
    given: dict[str, int] = {}
    for row in rows:
        name = str(row.get("article", ""))
        given[name] = given.get(name, 0) + 1
        if given[name] <= limits.max_rows:
            kept.append(row)
    notices = [f"{name or '<text>'}: {n:,} draft rows; only the first {limits.max_rows:,} are kept "
               f"(the limit is --max-rows)" for name, n in given.items() if n > limits.max_rows]
    return kept, notices
