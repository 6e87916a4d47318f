"""The ``routemapper`` command line: one library call a command, errors turned into messages here.

Heavy libraries (geopandas, folium) are imported inside the commands that use
them, so ``routemapper --help`` and ``routemapper geocode`` start fast.
"""

from __future__ import annotations

import atexit
import functools
import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from geo.errors import RoutemapperError
from routes.limits import BYTES_PER_CHAR, MAX_ARTICLE_CHARS, MAX_ROWS_PER_ARTICLE

from .commands import MAX_WARNINGS

# At exit, what is still loaded (modules, classes, the command tree, the answers) dies with the
# process: frozen, the collector's last passes skip it instead of walking every object (8 ms of
# a 75 ms `routemapper geocode`, measured with benchmarks/geocode_speed.py).  Exit handlers
# registered later run first (last in, first out).  Nothing relies on the collector at exit:
# outputs are written and closed by geo.atomic, the online cache is in autocommit mode.
atexit.register(gc.freeze)


class _Languages(click.Choice):
    """``--lang``'s choices, the page languages of :data:`maps.i18n.LANGUAGES`.

    Read only when a command with ``--lang`` parses its options or shows its
    help: ``routemapper geocode`` starts without the language catalogue.
    """

    def __init__(self) -> None:
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:
        from .i18n import LANGUAGES

        return LANGUAGES

    @choices.setter
    def choices(self, value: object) -> None:  # click.Choice.__init__ assigns it; the catalogue decides
        pass

#: Exit code for a user's mistake (bad input, unknown place, unwritable output).
EXIT_INPUT = 2
#: Exit code for a failure of something outside the user's input (e.g. a geocoding service).
EXIT_FAILURE = 1


def _fail(exc: RoutemapperError) -> None:
    from geo.errors import InputError, OutputError

    click.echo(f"routemapper: error: {exc.message}", err=True)
    if exc.hint:
        click.echo(f"  hint: {exc.hint}", err=True)
    raise SystemExit(EXIT_INPUT if isinstance(exc, (InputError, OutputError)) else EXIT_FAILURE)


def handles_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn routemapper errors into a message and an exit code (a traceback only with ``--debug``)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except RoutemapperError as exc:
            if click.get_current_context().find_root().params.get("debug"):
                import traceback

                traceback.print_exc()
            _fail(exc)
        except KeyboardInterrupt:
            click.echo("routemapper: interrupted; no output was written", err=True)
            raise SystemExit(130) from None

    return wrapper


#: Names read from stdin get a progress bar on a terminal from this many on.
PROGRESS_BAR_FROM = 20


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _geocoder_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options choosing an online geocoder (``geocode`` and ``build`` share them)."""
    func = click.option("--geocoder-url", default="", metavar="URL",
                        help="Another server of that service, e.g. http://127.0.0.1:8080.")(func)
    func = click.option("--user-agent", default="", metavar="TEXT",
                        help="Who is asking (the online service's policy requires it).")(func)
    func = click.option("--geocoder", type=click.Choice(["embedded", "nominatim"]), default="embedded",
                        show_default=True, help="Where names are looked up: the offline gazetteer or Nominatim "
                        "(cached in the user cache folder, one request a second).")(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show a traceback with errors.")
@click.version_option(package_name="routemapper")
def main(debug: bool) -> None:
    """Turn reports of moving groups into dated routes on interactive maps.

    \b
    Example:
        routemapper demo -o out/
        routemapper build reports.csv -o map.html --title "The caravan"
        routemapper geocode "Agua Caliente" --country GT --format json
    """


@main.command()
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder for the maps.")
@click.option("--self-contained/--cdn", default=True, show_default=True,
              help="Inline Leaflet so the maps work with no network, or link it from a CDN.")
@click.option("--png", is_flag=True, help="Also write a PNG picture of each map.")
@click.option("--lang", type=_Languages(), default="en", show_default=True,
              help="The language of the maps' pages and pictures (every word, numbers and dates).")
@handles_errors
def demo(outdir: Path, self_contained: bool, png: bool, lang: str) -> None:
    """Map the sample caravans shipped in data/caravans/: one map each, and one of all.

    Prints the path of each map written.

    \b
    Example:
        routemapper demo -o out/
        routemapper demo -o out/ --png
        routemapper demo -o out-es/ --lang es
    """
    from .commands import demo_maps

    for path in demo_maps(outdir, self_contained=self_contained, progress=_progress, png=png, lang=lang):
        click.echo(str(path))


@main.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML map to write (give -o, --png or both).")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path),
              help="Also (or only) write a PNG picture: legend, title, credits; no browser needed.")
@click.option("--png-size", default="1200x800", show_default=True, metavar="WxH",
              help="The PNG's size in pixels, e.g. 1200x630 for a social card.")
@click.option("--title", help="Title shown on the map (default for one caravan: its name, e.g. 'Honduras caravan, October 2018' for 2018-10-honduras; for one article's groups: the main one's name and how many; --title '' for none).")
@click.option("--subtitle", help="Subtitle shown under the title.")
@click.option("--credits", help="Credit line (default: the reports' sources).")
@click.option("--self-contained/--cdn", default=True, show_default=True,
              help="Inline Leaflet (the default: the file works with no network, about 180 KB more) or link it "
                   "from a CDN (a smaller file that shows nothing where the CDN cannot be reached).")
@click.option("--encoding", help="Encoding of the reports files (default: UTF-8, or UTF-16 with a BOM).")
@click.option("--lang", type=_Languages(), default="en", show_default=True,
              help="The language of the HTML page and the PNG: every word, numbers (7.000) and dates "
                   "(15 de octubre de 2018).")
@click.option("--max-warnings", type=click.IntRange(min=0), default=MAX_WARNINGS, show_default=True, metavar="N",
              help="Most warnings of each kind listed (low-confidence places, legs faster than a group travels); "
                   "past it one line says how many more. 0 lists every one.")
@_geocoder_options
@handles_errors
def build(reports: tuple[Path, ...], output: Path | None, png: Path | None, png_size: str, title: str | None,
          subtitle: str | None, credits: str | None, self_contained: bool, encoding: str | None, lang: str,
          max_warnings: int, geocoder: str, user_agent: str, geocoder_url: str) -> None:
    """Build a route map from one or more reports files (CSV or GeoJSON; - for stdin).

    The page is self-contained by default (Leaflet inlined: it works opened
    from disk with no network; only map tiles need one); --cdn writes a smaller
    page that loads Leaflet from a CDN (each file checked by its Subresource
    Integrity).  Lists the places it placed with low
    confidence, so that a person can check them before publishing.

    \b
    Example:
        routemapper build data/caravans/2018-10-honduras.csv -o map.html --title "October 2018"
        routemapper build data/caravans/*.csv -o map.html --png card.png --png-size 1200x630
        routemapper build data/caravans/2018-10-honduras.csv -o mapa.html --lang es
        routemapper build reports.csv -o map.html --geocoder nominatim --user-agent "newsroom-maps/1.0 (me@example.org)"
    """
    from .commands import RIDDEN, build_map
    from .static_image import parse_size

    if output is None and png is None:
        raise click.UsageError("give -o map.html, --png map.png, or both")
    result = build_map(list(reports), output, title=title, subtitle=subtitle, credits=credits,
                       self_contained=self_contained, encoding=encoding, geocoder=geocoder,
                       user_agent=user_agent, geocoder_url=geocoder_url, png=png, png_size=parse_size(png_size),
                       lang=lang, max_warnings=max_warnings or None)
    for line in result.warnings:
        click.echo(f"routemapper: warning: {line}", err=True)
    for line in result.notes:
        click.echo(f"routemapper: note: {line}", err=True)
    if lang == "en" and click.get_current_context().get_parameter_source("lang") == click.core.ParameterSource.DEFAULT \
            and _quotes_read_spanish(getattr(result.routes, "reports", None)):
        click.echo("routemapper: note: the reports' quotes read as Spanish: --lang es writes the page in Spanish "
                   "(every word, 7.000, 15 de octubre de 2018)", err=True)
    for kind, more in result.unlisted.items():
        click.echo(f"routemapper: {'note' if kind == RIDDEN else 'warning'}: {more:,} more {kind} not listed "
                   f"({max_warnings:,} listed above; --max-warnings 0 lists every one)", err=True)
    for path in (result.output, result.png):
        if path is not None:
            click.echo(str(path))


#: Words frequent in one language's news sentences and rare in the other's (accents aside).
_SPANISH_WORDS = frozenset("de la el los las que del por con una se hacia fue para sus al".split())
_ENGLISH_WORDS = frozenset("the of and to was were from with they their that for at by".split())


def _quotes_read_spanish(reports) -> bool:
    """Do the drafted rows' sentences (``quote``) read as Spanish?  Twice as many Spanish as English function
    words, and at least ten: a draft of ``routemapper extract`` from a Spanish article."""
    if reports is None or "quote" not in reports:
        return False
    words = " ".join(str(q) for q in reports["quote"].dropna().unique()).lower().split()
    spanish = sum(w.strip(".,;:\"'«»“”()") in _SPANISH_WORDS for w in words)
    english = sum(w.strip(".,;:\"'«»“”()") in _ENGLISH_WORDS for w in words)
    return spanish >= 10 and spanish >= 2 * english


@main.command()
@click.argument("names", nargs=-1)
@click.option("--country", default="", help="Country hint: ISO code or name.")
@click.option("--near", default="", help="A place or LAT,LON the name should be close to.")
@click.option("--kind", default="", help="Report kind (a crossing prefers border posts).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@_geocoder_options
@handles_errors
def geocode(names: tuple[str, ...], country: str, near: str, kind: str, fmt: str, geocoder: str,
            user_agent: str, geocoder_url: str) -> None:
    """Look place names up in the offline gazetteer (one name per line on stdin if none given).

    Each answer carries a confidence (0-1), the reasons, and the other
    candidates (--format json).  --geocoder nominatim asks an online service
    instead (cached, rate-limited, scored the same way).  Every name gets a
    line or row, in input order; an unknown one is marked so (status
    "unknown" in JSON and CSV) and named on stderr with the closest known
    names, and the exit code is then 1.

    \b
    Example:
        routemapper geocode Tapachula "Agua Caliente" --country GT
        printf 'Esquipulas\\nEl Florido\\n' | routemapper geocode --format json
        routemapper geocode "Ciudad Hidalgo" --near Tapachula --geocoder nominatim --user-agent "me@example.org"
    """
    from .commands import geocode_names

    options = dict(country=country, near=near, kind=kind, progress=_progress, geocoder=geocoder,
                   user_agent=user_agent, geocoder_url=geocoder_url)
    queries = list(names)
    if not names:  # one name a line; blank lines skipped, errors name the line
        numbered = [(n, line.strip()) for n, line in enumerate(sys.stdin, start=1) if line.strip()]
        queries = [name for _, name in numbered]
        options.update(source="<stdin>", source_rows=[n for n, _ in numbered])
    if not queries:
        raise click.UsageError("give at least one NAME, or names on stdin")
    if not names and len(queries) >= PROGRESS_BAR_FROM and _stderr_is_terminal():
        with click.progressbar(length=len(queries), label="geocoding", file=sys.stderr) as bar:
            rows = geocode_names(queries, tick=bar.update, **options)
    else:
        rows = geocode_names(queries, **options)
    unknown = [row for row in rows if row["status"] == "unknown"]
    for row in unknown:  # each on stderr, with its suggestions and what to do
        _warn_error(row["error"])
    for row in rows:
        row.pop("error", None)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        from geo.csvsafe import neutralise_rows

        fields = ["query", "status", "name", "lat", "lon", "country", "admin1", "feature", "population", "confidence",
                  "ambiguous", "suggestions"]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(neutralise_rows({**row, "suggestions": "; ".join(row.get("suggestions", []))}
                                         for row in rows))
    else:
        for row in rows:
            if row["status"] == "unknown":
                click.echo(f"{row['query']}\tunknown place")
                continue
            flag = "  (ambiguous)" if row["ambiguous"] else ""
            click.echo(f"{row['query']}\t{row['name']} ({row['country']}{', ' + row['admin1'] if row['admin1'] else ''})"
                       f"\t{row['lat']:.5f},{row['lon']:.5f}\tconfidence {row['confidence']:.2f}{flag}")
    if unknown:
        click.echo(f"routemapper: {len(unknown)} of {len(rows)} name(s) unknown; the others are answered on stdout",
                   err=True)
        raise SystemExit(EXIT_FAILURE)


def _given(name: str) -> bool:
    """Whether the user gave the option ``name`` (not its default) to the running command."""
    from click.core import ParameterSource

    return click.get_current_context().get_parameter_source(name) is not ParameterSource.DEFAULT


def _warn_error(exc: RoutemapperError) -> None:
    """Print an error's message and hint on stderr without stopping."""
    click.echo(f"routemapper: error: {exc.message}", err=True)
    if exc.hint:
        click.echo(f"  hint: {exc.hint}", err=True)


from .commands import QUESTIONS as _QUESTIONS  # noqa: E402  (light: no geopandas at import)


@main.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.argument("question", type=click.Choice(_QUESTIONS), metavar="QUESTION")
@click.option("--caravan", help="Only this caravan (position: the caravan to place).")
@click.option("--start", help="Only what happened from this day on (YYYY-MM-DD).")
@click.option("--end", help="Only what happened up to this day (YYYY-MM-DD).")
@click.option("--date", help="position: the day to place the caravans on (YYYY-MM-DD).")
@click.option("--place", help="near, passed-through: a place name or LAT,LON.")
@click.option("--km", type=float, help="near (default 10), passed-through (default 5): distance in km.")
@click.option("--country", default="", help="Country hint for --place: ISO code or name.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "geojson"]), default="table",
              show_default=True, help="Without it, -o's extension chooses (.csv, .json, .geojson, .txt).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
@click.option("--encoding", help="Encoding of the reports files (default: UTF-8, or UTF-16 with a BOM).")
@click.option("--lang", type=_Languages(), default="en", show_default=True,
              help="summary: the language of the text.")
@handles_errors
def query(reports: tuple[Path, ...], question: str, caravan: str | None, start: str | None, end: str | None,
          date: str | None, place: str | None, km: float | None, country: str, fmt: str, output: Path | None,
          encoding: str | None, lang: str) -> None:
    """Answer a question about the routes in REPORTS: stats, segments, checkpoints, reports,
    stops, position, near, passed-through, crossings, size-timeline, low-confidence or summary
    (a few sentences per caravan, --lang en or es).

    --caravan, --start and --end narrow the routes first.

    \b
    Example:
        routemapper query data/caravans/*.csv stats
        routemapper query data/caravans/2021-01-honduras.csv position --caravan 2021-01-honduras --date 2021-01-17
        routemapper query data/caravans/*.csv passed-through --place Esquipulas --km 10 --format json
        routemapper query data/caravans/*.csv crossings --format geojson -o crossings.geojson
        routemapper query data/caravans/2018-10-honduras.csv summary --lang es
    """
    from geo.atomic import refuse_input_as_output

    from .commands import query_text
    from .outputs import check_output, format_for

    refuse_input_as_output(output, reports)
    fmt = format_for(output, fmt, ("table", "csv", "json", "geojson"), given=_given("fmt"))
    check_output(output, fmt, f"--format {fmt}", instead={k: f"--format {k}" for k in ("csv", "json", "geojson", "table")})
    text = query_text(list(reports), question, fmt=fmt, caravan=caravan, start=start, end=end, date=date,
                      place=place, km=km, country=country, encoding=encoding, lang=lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        from geo.atomic import atomic_write

        atomic_write(output, text)
        click.echo(str(output))


@main.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write: .gpkg, .geojson, .parquet or .csv.")
@click.option("--layer", type=click.Choice(["reports", "segments", "checkpoints"]),
              help="One layer only (GeoJSON, GeoParquet, CSV); default: all, with a 'layer' column.")
@click.option("--encoding", help="Encoding of the reports files (default: UTF-8, or UTF-16 with a BOM).")
@handles_errors
def export(reports: tuple[Path, ...], output: Path, layer: str | None, encoding: str | None) -> None:
    """Write the routes of REPORTS for GIS tools, the format chosen by the suffix.

    A GeoPackage holds the layers reports, segments and checkpoints.

    \b
    Example:
        routemapper export data/caravans/*.csv -o caravans.gpkg
        routemapper export data/caravans/2018-10-honduras.csv -o legs.geojson --layer segments
    """
    from .commands import export_routes

    click.echo(str(export_routes(list(reports), output, layer=layer, encoding=encoding)))


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=str, allow_dash=True))
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="Publication date (default: from the HTML's metadata); resolves weekdays and 'yesterday'.")
@click.option("--caravan", default=None, help="Caravan id written in every row.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True,
              help="Without it, -o's extension chooses (.csv, .json).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: stdout).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Articles processed in parallel by this many processes.")
@click.option("--max-article-chars", type=click.IntRange(min=1), default=MAX_ARTICLE_CHARS, show_default=True,
              help=f"Most characters of text one article may hold (for HTML, the text on the page; the file may be "
              f"{BYTES_PER_CHAR} bytes a character). A bigger article stops the run (exit 2, nothing written).")
@click.option("--max-rows", type=click.IntRange(min=1), default=MAX_ROWS_PER_ARTICLE, show_default=True,
              help="Most draft rows kept from one article; past it the rest are dropped, with a warning on stderr.")
@handles_errors
def extract(articles: tuple[str, ...], published: str | None, caravan: str | None, fmt: str,
            output: Path | None, jobs: int, max_article_chars: int, max_rows: int) -> None:
    """Draft report rows from news articles (plain text or HTML; - for stdin) for a person to review.

    Each row quotes the sentence it came from (quote, start, end: offsets in the
    article's text; for HTML, in the text extracted from the page; also: other
    sentences that said the same) and says how sure it is (confidence). Rows
    come in travel order, each dated (exact, ~approximate or a month) when the
    publication day is known; without --caravan they get an id made of the first
    stop's month and name. Places left out, legs faster than a group travels and
    undated rows are listed on stderr. The CSV goes straight into build:
    routemapper extract story.txt --published 2021-01-18 | routemapper build - -o map.html

    Limits (the options below give them): an article's text may hold up to
    --max-article-chars characters, its file 20 bytes a character; a bigger
    article stops the run with exit code 2 and a message naming it, and
    nothing is written. At most --max-rows rows are kept from one article;
    past that a warning on stderr says how many it gave. CSV cells that a
    spreadsheet would run as formulas get a leading apostrophe (build reads
    them back as they were).

    \b
    Example:
        routemapper extract article.html --caravan 2018-10-honduras -o draft.csv
        routemapper extract notes.txt --published 2021-01-18 --format json
    """
    from geo.atomic import refuse_input_as_output
    from routes.extract import extract_files
    from routes.limits import Limits, keep_rows
    from routes.extract.output import format_rows, write_rows

    from .outputs import check_output, format_for

    refuse_input_as_output(output, articles)
    fmt = format_for(output, fmt, ("csv", "json"), given=_given("fmt"))
    check_output(output, fmt, f"--format {fmt}", instead={k: f"--format {k}" for k in ("csv", "json")})
    limits = Limits(max_chars=max_article_chars, max_rows=max_rows)
    notes: list[str] = []
    rows, notices = keep_rows(extract_files(articles, published, caravan, jobs=jobs, limits=limits, notes=notes), limits)
    for note in notes:
        click.echo(f"routemapper: {note}", err=True)
    for notice in notices:
        click.echo(f"routemapper: warning: {notice}", err=True)
    if output is None:
        click.echo(format_rows(rows, fmt), nl=False)
    else:
        write_rows(rows, output, fmt)
        click.echo(f"{output}: {len(rows)} draft row(s)", err=True)


@main.command()
@click.argument("page", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", default=None, help="The iframe's title for screen readers (default: the page's title).")
@click.option("--height", type=int, default=500, show_default=True,
              help="Fixed height in pixels, kept until the map asks for its own (at most 85% of the screen).")
@click.option("--src", default=None, help="URL the page will be published at (default: its file name).")
@click.option("--format", "fmt", type=click.Choice(["html", "json"]), default="html", show_default=True,
              help="html: the snippet; json: the snippet, title, alt text, src and height.")
@handles_errors
def embed(page: Path, title: str | None, height: int, src: str | None, fmt: str) -> None:
    """Print an <iframe> snippet that puts the map PAGE into an article.

    The iframe is sandboxed (scripts, and source links opening in a new tab),
    sends no referrer, and resizes to the height the map asks for (a fixed
    height otherwise). The map's text summary is its alt text (--format json
    gives it apart). PAGE must be a map page written by routemapper.

    \b
    Example:
        routemapper embed map.html --title "Caravan routes, October 2018" --height 500
        routemapper embed map.html --src https://example.org/maps/oct18.html --format json
    """
    from .embed import embed_record

    record = embed_record(page, title=title, height=height, src=src)
    click.echo(json.dumps(record, ensure_ascii=False, indent=2) if fmt == "json" else record["snippet"])


def _progress(message: str) -> None:
    if not os.environ.get("ROUTEMAPPER_QUIET"):
        click.echo(f"routemapper: {message}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
