"""Output files are checked against their extension before anything is read, built or written.

A file named ``map.png`` that holds HTML (or ``card.html`` that holds a PNG,
or ``stats.json`` that holds CSV) opens wrongly everywhere it goes: the
mistake is almost always a slip of the option or the name.  So each output
option names what it writes, and a path whose extension says something else
is refused (exit 2, nothing written) with the option that writes that kind.
Where a command writes several formats and ``--format`` is not given, the
extension chooses (:func:`format_for`: ``-o stats.csv`` writes CSV).
"""

from __future__ import annotations

from pathlib import Path

from geo.errors import InputError

#: What each kind of output is, and the extensions that say so (the first is the one to suggest).
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "html": ("an HTML page", (".html", ".htm")),
    "png": ("a PNG picture", (".png",)),
    "csv": ("CSV", (".csv",)),
    "json": ("JSON", (".json",)),
    "geojson": ("GeoJSON", (".geojson", ".json")),
    "table": ("a text table", (".txt",)),
}
#: Extensions of other files people name outputs by mistake (their kind, for the message).
OTHER = {".gpkg": "a GeoPackage", ".parquet": "GeoParquet", ".tsv": "TSV", ".xlsx": "a spreadsheet",
         ".pdf": "a PDF", ".svg": "an SVG picture", ".jpg": "a JPEG picture", ".jpeg": "a JPEG picture"}


def what_the_name_says(path: Path) -> str:
    """What a file's extension promises (``"a PNG picture"``), or ``""`` when it says nothing we know."""
    suffix = path.suffix.lower()
    for description, suffixes in KINDS.values():
        if suffix in suffixes:
            return description
    return OTHER.get(suffix, "")


def format_for(path: str | Path | None, fmt: str, choices: tuple[str, ...], *, given: bool) -> str:
    """The format to write: ``fmt`` when the user ``given`` it (or there is no ``path``), else the first
    of ``choices`` whose extensions include ``path``'s, else ``fmt`` (which :func:`check_output` then refuses)."""
    if given or path is None:
        return fmt
    suffix = Path(path).suffix.lower()
    return next((kind for kind in choices if suffix in KINDS[kind][1]), fmt)


def check_output(path: str | Path | None, kind: str, option: str, *, instead: dict[str, str] | None = None) -> None:
    """Raise :class:`geo.InputError` unless ``path``'s extension fits ``kind`` (``None`` passes).

    ``option`` is how the user gave the path (``-o``, ``--png``); ``instead``
    maps another kind to what the user should give for it, ``{path}`` standing
    for the path (``{"png": "--png {path}"}``), so the hint says which option
    was meant.
    """
    if path is None:
        return
    path = Path(path)
    description, suffixes = KINDS[kind]
    if path.suffix.lower() in suffixes:
        return
    for other, other_option in (instead or {}).items():
        if path.suffix.lower() in KINDS[other][1]:
            raise InputError(f"{path}: {option} writes {description}, but the name says {KINDS[other][0]}",
                             hint=f"give {other_option.format(path=path)} for {KINDS[other][0]}, "
                                  f"or name the file {path.with_suffix(suffixes[0])}")
    said = what_the_name_says(path)
    message = f"{path}: {option} writes {description}" + (f", but the name says {said}" if said else
                                                           f", but the name has no {suffixes[0]} extension")
    raise InputError(message, hint=f"name the file {path.with_suffix(suffixes[0])}")
