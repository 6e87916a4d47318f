"""routes.memory.release_unused: memory freed between steps goes back to the system (Linux, glibc)."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from routes.memory import _malloc_trim, release_unused


def _resident_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not sys.platform.startswith("linux") or _malloc_trim() is None,
                    reason="needs Linux's /proc and glibc's malloc_trim")
def test_arrays_freed_in_the_middle_of_the_heap_go_back_to_the_system():
    release_unused()
    # 300 arrays of 96 KB (under malloc's own mapping threshold: they come from the heap), each written to,
    # then all freed but the last, which keeps the freed ones from being the heap's top (malloc returns only that)
    arrays = [np.ones(96 * 1024 // 8) for _ in range(300)]
    keep = arrays[-1]
    held = _resident_mb()
    del arrays[:-1]
    release_unused()
    assert held - _resident_mb() >= 15  # of the ~28 MB freed
    assert keep[0] == 1.0
