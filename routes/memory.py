"""Memory given back between the big steps of a run (reading, building, drawing a million reports)."""

from __future__ import annotations

from functools import cache


def release_unused() -> None:
    """Return to the system the memory freed since the last step that the allocators still keep.

    pandas keeps text columns in Arrow, whose allocator keeps freed pages
    for Arrow's own later use; numpy arrays come from the C library's malloc,
    which keeps freed heap memory too (glibc: ``malloc_trim`` gives it back).
    At a million reports, what they kept would otherwise sit under every later
    peak (the pages Arrow kept after reading the CSV, ~250 MB; the heap the
    page's string table left, ~250 MB).  Cheap (milliseconds), and harmless
    when there is nothing to return or no ``malloc_trim`` (not glibc).
    """
    import pyarrow as pa  # here, not at import: reading a small file should not wait for it

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none."""
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
