"""Draft report rows from news articles, for a person to review and then map.

``extract_reports(text, published=None, caravan=None)`` returns one row per
place where a sentence reports the group: date, place, kind, group size, the
sentence quoted and its offsets in ``text``.  For HTML, :func:`read_article`
extracts the page's text first; offsets refer to that extracted text.
"""

from .api import extract_article, extract_articles, extract_files, extract_reports
from .article import Article, article_from_html, article_from_text, read_article
from .output import rows_to_frame, write_rows
from .parallel import extract_bag
from .pipeline import REPORT_FIELDS, Extractor

__all__ = [
    "REPORT_FIELDS", "Article", "Extractor", "article_from_html", "article_from_text", "extract_article",
    "extract_articles", "extract_bag", "extract_files", "extract_reports", "read_article", "rows_to_frame",
    "write_rows",
]
