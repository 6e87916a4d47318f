"""Memory given back between the big steps of a run (reading, building, drawing a million reports)."""

from __future__ import annotations


def release_unused() -> None:
    """Return to the system the memory Arrow's pool keeps but no longer uses.

    pandas keeps text columns in Arrow, whose allocator keeps freed pages
    for Arrow's own later use; numpy arrays come from elsewhere (malloc).  At a
    million reports, the pages Arrow kept after reading the CSV (~250 MB)
    would otherwise sit under every later peak.  Cheap (milliseconds), and
    harmless when there is nothing to return.
    """
    import pyarrow as pa  # here, not at import: reading a small file should not wait for it

    pa.default_memory_pool().release_unused()
