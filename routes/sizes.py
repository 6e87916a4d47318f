"""What the group-size reports of one place and day add up to: the one merge rule.

Several sources often report the same group on the same day, and some report
people who *joined* a group already counted (``about 1,000 more``).  Every
place where routemapper shows a merged size uses :func:`merge_sizes`:

- ``low``: the lowest low figure of the reports that give the group's size;
- ``high``: the highest high figure, plus the people reported as joining
  (the nominal figure of each ``... more`` report, also given as ``joined``);
- a vague word (``thousands``, ``cientos``: ``count_qualifier`` ``vague``) says
  less than a figure: where a group has both, only the figures count
  (``thousands`` and ``about 2,500`` at Huixtla on one day add up to 2,250-2,750,
  not 2,000-9,000); a group with only vague words keeps them;
- a group whose only figures are ``... more`` has no ``low``/``high``
  (joining says nothing of the size), but keeps its ``joined``;
- a checkpoint report's figure is not the group's size (a checkpoint marks
  an obstacle on the road, its numbers are often police), so it is left out;
- a turn-back's figure is often a part of the group (18 who gave themselves up
  where more than 1,000 camped): where the place and day has the group's own
  figure or word, the turn-back's gives way to it (it stays in its popup line
  and the summary's turn-back sentence); alone, it is the size.

So ``1,600-2,000`` and ``about 1,000 more`` on one day at Agua Caliente add
up to 1,600-3,000.

Two sources that disagree (``an estimated 4,000`` and ``about 9,000`` in
Honduras on 15 January) merge to 3,600-9,900 for the circle, but a range nobody
reported is not what a reader should read: :func:`place_day_sizes` marks the
reports whose figures are *told apart* (two to :data:`MAX_TOLD` different
figures of the winning kind, none of them joining), and every view that says a
size in words (the caption, the page's area badges, the picture's) says those
figures one by one.  The route's stops (:func:`routes.build.route_stops`),
:func:`routes.queries.size_timeline` (per caravan and day) and the map's
circles and popups (per place and day, :func:`place_day_sizes`) all call it;
they differ only in what they group by.  Everything runs on whole columns
(one pandas groupby), never a loop over rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

#: Kinds whose figure is never the moving group's size.
NOT_A_SIZE: tuple[str, ...] = ("checkpoint",)
#: Kinds whose figure is often a part of the group (18 who gave themselves up where 1,000 camped): it gives way to
#: the group's own figure of the same place and day, and is the size only where there is none.
PART_OF_A_SIZE: tuple[str, ...] = ("returned",)

#: Columns of :func:`merge_sizes`'s answer.
SIZE_COLUMNS = ("low", "high", "joined", "sized")
#: At most this many different figures of one place and day are said one by one ("about 4,000 people and about
#: 9,000 people"); more are said as their merged range.
MAX_TOLD = 2


def report_day(reports: pd.DataFrame) -> pd.Series:
    """The day a report stands for: the middle day of its date range (``~`` and month dates included)."""
    start, end = reports["date_start"], reports["date_end"]
    return (start + (end - start) / 2).dt.floor("D")


def sized(reports: pd.DataFrame) -> np.ndarray:
    """Mask of the reports whose figure counts towards a merged size (see the module docstring)."""
    return (reports["count_low"].notna() & ~reports["kind"].isin(NOT_A_SIZE)).to_numpy()


def merge_sizes(reports: pd.DataFrame, by: Sequence[str | np.ndarray | pd.Series]) -> pd.DataFrame:
    """Merge the sizes of the reports in each group of ``by`` (column names or arrays, as ``groupby``).

    Returns one row per group (the groups as the index, in order of first
    appearance, every group of ``reports`` present) with ``low``, ``high``
    (NaN when no report of the group gives the group's size), ``joined``
    (people reported as joining, 0 when none) and ``sized`` (how many of its
    reports gave a figure that was merged).
    """
    counted, more, tiers = _figure_kinds(reports)
    low, high = reports["count_low"].to_numpy(float), reports["count_high"].to_numpy(float)
    columns = {}
    for name, mask in tiers:
        columns["low_" + name], columns["high_" + name] = np.where(mask, low, np.nan), np.where(mask, high, np.nan)
    frame = pd.DataFrame({**columns, "joined": np.where(more, reports["count_nominal"].to_numpy(float), 0.0),
                          "sized": counted.astype(np.int64)}, index=reports.index)
    keys = [reports[k] if isinstance(k, str) else k for k in by]
    g = frame.groupby(keys, sort=False, dropna=False)
    merged_low, merged_high = None, None
    for name, _ in reversed(tiers):
        tier_low, tier_high = g["low_" + name].min(), g["high_" + name].max()
        merged_low = tier_low if merged_low is None else tier_low.where(tier_low.notna(), merged_low)
        merged_high = tier_high if merged_high is None else tier_high.where(tier_low.notna(), merged_high)
    out = pd.DataFrame({"low": merged_low, "high": merged_high,
                        "joined": g["joined"].sum(), "sized": g["sized"].sum()})
    out["high"] = out["high"] + out["joined"]  # NaN stays NaN: joining alone says nothing of the size
    return out[list(SIZE_COLUMNS)]


def _figure_kinds(reports: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, tuple[tuple[str, np.ndarray], ...]]:
    """Masks over ``reports``: the figures that count (:func:`sized`), those of people who joined (``... more``),
    and the tiers of a merge, the first a group has winning: the group's own figures, its own vague words, then
    turn-backs' figures and words (a turn-back alone is all there is of its place and day)."""
    counted = sized(reports)
    more = counted & reports["count_additional"].to_numpy(bool)
    size = counted & ~more
    vague = (reports["count_qualifier"] == "vague").to_numpy(bool) if "count_qualifier" in reports \
        else np.zeros(len(reports), dtype=bool)
    definite = size & ~vague
    own = size & ~reports["kind"].isin(PART_OF_A_SIZE).to_numpy(bool)  # figures of the group itself
    return counted, more, (("own_definite", own & definite), ("own", own), ("definite", definite), ("all", size))


def told_apart(reports: pd.DataFrame, group: np.ndarray, joined: np.ndarray) -> np.ndarray:
    """Mask of the reports whose figure is said on its own in their group's size.

    ``group`` numbers each report's group (as :func:`merge_sizes`'s ``by``) and ``joined`` is each group's
    joined people.  A group's figures are told apart when the reports of its winning kind (the tier
    :func:`merge_sizes` took its ``low`` and ``high`` from) give two to :data:`MAX_TOLD` different figures
    and nobody joined (a part that joined is added up, never said beside the rest).  Its merged range is
    then exactly the spread of those figures, which no one reported.
    """
    masks = np.stack([mask for _, mask in _figure_kinds(reports)[2]])
    # each group's winning tier: the first any of its reports is in
    n_groups = int(group.max(initial=-1)) + 1
    has = np.stack([np.bincount(group, weights=m, minlength=n_groups) > 0 for m in masks])
    candidate = masks[np.argmax(has, axis=0)[group], np.arange(len(reports))]
    low, high = reports["count_low"].to_numpy(float), reports["count_high"].to_numpy(float)
    figures = pd.DataFrame({"group": group[candidate], "low": low[candidate], "high": high[candidate]})
    different = figures.drop_duplicates().groupby("group").size()
    told_groups = different.index[(different >= 2) & (different <= MAX_TOLD)].to_numpy()
    told_groups = told_groups[np.asarray(joined, float)[told_groups] == 0]
    return candidate & np.isin(group, told_groups)


def place_day_sizes(reports: pd.DataFrame) -> pd.DataFrame:
    """Each report's place-and-day group and that group's merged size, aligned with ``reports``.

    A group is the reports of one caravan at one located point on one day
    (:func:`report_day`), planned events apart from what happened.  Columns:
    ``group`` (0, 1, ... in order of first appearance), ``lead`` (true for the
    group's first report: the one that draws the group's circle),
    ``members`` (reports in the group), the group's ``low``, ``high``,
    ``joined`` and ``sized`` (:func:`merge_sizes`) and ``told`` (true for a
    report whose figure is said on its own: :func:`told_apart`).
    """
    keys = [reports["caravan"].to_numpy(), reports["lat"].to_numpy(float), reports["lon"].to_numpy(float),
            report_day(reports).to_numpy(), (reports["kind"] == "planned").to_numpy()]
    group = pd.DataFrame(dict(enumerate(keys))).groupby(list(range(len(keys))), sort=False, dropna=False).ngroup()
    group = group.to_numpy()
    merged = merge_sizes(reports, [group])
    members = np.bincount(group, minlength=len(merged)) if len(group) else np.zeros(0, int)
    out = merged.loc[group].reset_index(drop=True)
    out.insert(0, "group", group)
    out.insert(1, "lead", ~pd.Series(group).duplicated().to_numpy())
    out.insert(2, "members", members[group] if len(group) else np.zeros(0, int))
    out["told"] = told_apart(reports, group, merged["joined"].to_numpy(float))
    out.index = reports.index
    return out


def told_figures(reports: pd.DataFrame, merged: pd.DataFrame) -> dict[int, list[tuple[float, float]]]:
    """``{group: [(low, high), ...]}``: the figures said one by one of each group that has them (the
    ``told`` reports of :func:`place_day_sizes`'s answer ``merged``), smallest first."""
    told = merged["told"].to_numpy(bool)
    frame = pd.DataFrame({"group": merged["group"].to_numpy()[told],
                          "low": reports["count_low"].to_numpy(float)[told],
                          "high": reports["count_high"].to_numpy(float)[told]}).drop_duplicates()
    frame = frame.sort_values(["group", "high", "low"], kind="stable")
    return {int(g): list(zip(part["low"].tolist(), part["high"].tolist())) for g, part in frame.groupby("group")}
