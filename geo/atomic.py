"""Write files so that a reader sees the old content or the new, never half of either.

The new content goes to a hidden temporary file in the target's folder
(``.map.html.<pid>.<random>.tmp``), is flushed to disk, then renamed over the
target, which is atomic on POSIX and Windows.  What each fault leaves behind:

- an error or Ctrl-C while writing: the temporary file is removed, the
  previous target is untouched;
- the process killed outright (SIGKILL, power loss): the previous target is
  untouched; the orphaned temporary file is removed by the next write to the
  same target (its name carries the dead writer's process id).
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError, OutputError

_HINT = "choose another output path (-o), or make the folder writable"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _temporary_name(target: Path, suffix: str = "") -> str:
    """``.map.html.<pid>.<random>.tmp``: hidden, ours, and traceable to its writer.

    ``suffix`` (``".gpkg"``) ends the name for writers that check the
    extension of the file they write (GDAL's GeoPackage driver warns otherwise).
    """
    return f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp{suffix}"


def sweep_orphans(target: str | Path) -> list[Path]:
    """Remove temporary files that killed writers left next to ``target``; return them.

    Only files named like ours for this very target, whose writer process no
    longer runs, are removed.
    """
    target = Path(target)
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(\d+)\.[0-9a-f]+\.tmp(?:\.\w+)?$")
    removed = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = pattern.match(entry.name)
        if match and int(match.group(1)) != os.getpid() and not _pid_alive(int(match.group(1))):
            try:
                entry.unlink()
                removed.append(entry)
            except OSError:
                pass
    return removed


def _check_folder(target: Path) -> None:
    folder = target.parent
    if folder.is_dir():
        return
    for above in (folder, *folder.parents):
        if above.exists() and not above.is_dir():
            raise OutputError(f"{target}: cannot write here ({above} is a file, not a folder)", hint=_HINT)
    raise OutputError(f"{target}: the folder {folder} does not exist",
                      hint="create it first, or choose another output path (-o)")


@contextmanager
def atomic_path(path: str | Path, *, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``path`` and rename it over ``path`` on success.

    For writers that want a file name (GeoPackage, Parquet: name the format;
    the temporary name ends in ``.tmp``, then ``suffix`` for writers that read
    the format from the extension, e.g. ``.gpkg``); :func:`atomic_write`
    uses it for bytes.  The folder must exist.  On any error the temporary file
    is removed and the previous ``path`` is left as it was; an ``OSError``
    becomes :class:`OutputError` naming ``path`` (with a disk-full hint where
    that is the cause).
    """
    target = Path(path)
    _check_folder(target)
    tmp = target.parent / _temporary_name(target, suffix)
    sweep_orphans(target)
    try:
        yield tmp
        if not tmp.exists():
            raise OutputError(f"{target}: the writer produced no file")
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})",
                              hint="free some disk space and run again" if full else _HINT) from None
        raise


def atomic_write(path: str | Path, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    An interrupted run leaves the previous file intact (see the module
    docstring for each kind of fault).  Raises :class:`OutputError` (naming the
    path, with a hint) when the folder is missing or cannot be written, or the
    disk is full.
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(path) as tmp:
        with open(tmp, "xb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    return Path(path)


def refuse_input_as_output(output: str | Path | None, inputs: Iterable[str | Path]) -> None:
    """Raise :class:`InputError` when ``output`` is one of ``inputs`` (``-o reports.csv`` would destroy them)."""
    if output is None:
        return
    target = Path(output).resolve()
    for name in inputs:
        if str(name) != "-" and Path(name).resolve() == target:
            raise InputError(f"-o {output} is also an input: writing it would destroy the reports",
                             hint="choose another output path (-o)")
