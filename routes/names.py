"""The name a place is shown by, when several spellings of it were reported."""

from __future__ import annotations

import numpy as np
import pandas as pd


def shown_names(reports: pd.DataFrame) -> pd.Series:
    """For each report, the shortest name reported at its point (``Vado Hondo``, not ``Vado Hondo, km 177``).

    Reports are at one point when they were located at the same ``lat`` and
    ``lon``; the reporters' own words are kept (``Agua Caliente``, not the
    gazetteer's ``Agua Caliente border crossing``), so a summary or label in
    any language reads as the sources wrote it.  Ties go to the first reported.
    """
    names = reports["place"].fillna("").astype(str).str.strip()
    names = names.where(names != "", reports.get("resolved_name", names).astype(str))
    frame = pd.DataFrame({"lat": reports["lat"].to_numpy(float), "lon": reports["lon"].to_numpy(float),
                          "name": names.to_numpy(object), "len": names.str.len().to_numpy(),
                          "order": np.arange(len(reports))})
    best = frame.sort_values(["len", "order"], kind="stable").groupby(["lat", "lon"], sort=False, dropna=False)
    shown = best["name"].transform("first").sort_index()
    return pd.Series(shown.to_numpy(object), index=reports.index, name="shown_name")
