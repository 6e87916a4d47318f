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
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError

_HINT = "choose another output path (-o), or make the folder writable"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_orphans(target: str | Path) -> list[Path]:
    """Remove temporary files that killed writers left next to ``target``; return them.

    Only files named like ours for this very target, whose writer process no
    longer runs, are removed.
    """
    target = Path(target)
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(\d+)\.[^.]+\.tmp$")
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


def atomic_write(path: str | Path, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    An interrupted run leaves the previous file intact (see the module
    docstring for each kind of fault).  Raises :class:`OutputError` (naming the
    path, with a hint) when the folder cannot be written or the disk is full.
    """
    target = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    for folder in (target.parent, *target.parent.parents):
        if folder.exists():
            if not folder.is_dir():
                raise OutputError(f"{target}: cannot write here ({folder} is a file, not a folder)", hint=_HINT)
            break
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror or exc})", hint=_HINT) from None
    sweep_orphans(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})",
                              hint="free some disk space and run again" if full else _HINT) from None
        raise
    return target


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (same suffix) and rename it over ``path`` on success.

    For writers that want a file name rather than bytes (GeoPackage, Parquet).
    On any error the temporary file is removed and the previous ``path`` is
    left as it was; an ``OSError`` becomes :class:`OutputError` naming ``path``.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here ({exc.strerror or exc})") from None
    tmp = Path(tmp_name)
    tmp.unlink()  # writers such as GDAL want to create the file themselves
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        raise
