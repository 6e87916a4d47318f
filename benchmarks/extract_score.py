"""Precision and recall of ``routemapper extract`` on the annotated articles in tests/data/articles/.

Each ``NN-slug.txt``/``.html`` has a ``NN-slug.expected.json`` written by hand:
the publication date to pass (``null`` for HTML pages that carry their own),
and the rows a careful reader would draft.  Rows are compared per article as
sets of facts keyed by the place (its first comma part, normalised, without a division's
level word: ``Oaxaca state`` is ``Oaxaca``):

* places: the place;
* dates: (place, date) for rows with a date; a draft row's date for an event (place and
  kind) that the annotation leaves undated (``""``: the article gives no day) is not
  counted, as in measure 3 of issue 11 (every draft row carries a date a reader would
  infer, ``~`` or a month);
* sizes: (place, low, high) for rows with a count: an expected row's ``low``/``high``
  were worked out by hand from the README's table of count words (never by
  ``parse_count``, the code under test); an extracted row's are its
  ``count_low``/``count_high``;
* kinds: (place, kind).

Articles marked ``"held_out": N`` were written after the rules were fixed, in
round N (the rules were then revised before round N+1); each round is scored
separately, beside ``dev``, the articles the rules were first written against.

Run: ``.venv/bin/python benchmarks/extract_score.py [--verbose]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
sys.path.insert(0, str(ROOT))

ASPECTS = ("places", "dates", "sizes", "kinds")


def cases() -> list[tuple[Path, dict]]:
    """Every annotated article with its expectation, in name order."""
    out = []
    for expected in sorted(ARTICLES.glob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        article = next(p for p in ARTICLES.glob(stem + ".*") if not p.name.endswith(".expected.json"))
        out.append((article, json.loads(expected.read_text(encoding="utf-8"))))
    return out


def place_key(place: object) -> str:
    """A place's comparison key: its first comma part, normalised, without a division's level word
    (``Oaxaca state``, ``departamento de Zacapa``: the division's name)."""
    from geo.normalize import area_name, name_key

    key = name_key(str(place).split(",")[0])
    return area_name(key) or key


def facts(rows: list[dict], *, expected: bool = False) -> dict[str, set]:
    """The comparable facts of a list of rows (extracted, or ``expected`` ones with hand-worked bounds)."""
    low, high = ("low", "high") if expected else ("count_low", "count_high")
    out: dict[str, set] = {a: set() for a in ASPECTS}
    for row in rows:
        place = place_key(row["place"])
        out["places"].add(place)
        if row.get("date"):
            out["dates"].add((place, row["date"]))
        if row.get("count"):
            out["sizes"].add((place, row[low], row[high]))
        out["kinds"].add((place, row.get("kind") or "sighting"))
    return out


def extract_case(article: Path, expected: dict) -> list[dict]:
    """Run the extractor on one annotated article as the command line would."""
    from routes.extract import extract_article, read_article

    return extract_article(read_article(article), expected.get("published"))


def compare(got: list[dict], expected: dict) -> dict[str, tuple[set, set, set]]:
    """Per aspect: (true positives, false positives, false negatives)."""
    def key(row):
        return place_key(row["place"]), row.get("kind") or "sighting"

    g, e = facts(got), facts(expected["rows"], expected=True)
    dated = {key(r) for r in expected["rows"] if r.get("date")}
    undated = {key(r) for r in expected["rows"] if not r.get("date")} - dated
    # A date the reader would infer for an event the annotation leaves undated is not held against the draft.
    g["dates"] = {(place_key(r["place"]), r["date"]) for r in got
                  if r.get("date") and key(r) not in undated}
    return {a: (g[a] & e[a], g[a] - e[a], e[a] - g[a]) for a in ASPECTS}


def _ratio(n: int, d: int) -> float:
    return n / d if d else 1.0


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    rounds = sorted({int(e["held_out"]) for _, e in cases() if e.get("held_out")})
    groups_all = ["all", "dev"] + [f"held-out{r}" for r in rounds]
    totals = {group: {a: [0, 0, 0] for a in ASPECTS} for group in groups_all}
    for article, expected in cases():
        result = compare(extract_case(article, expected), expected)
        held = expected.get("held_out")
        groups = ["all", f"held-out{int(held)}" if held else "dev"]
        for group in groups:
            for a in ASPECTS:
                tp, fp, fn = result[a]
                totals[group][a][0] += len(tp)
                totals[group][a][1] += len(fp)
                totals[group][a][2] += len(fn)
        wrong = {a: (sorted(map(str, result[a][1])), sorted(map(str, result[a][2]))) for a in ASPECTS
                 if result[a][1] or result[a][2]}
        if verbose or any(a in wrong for a in ("places", "dates", "sizes")):
            print(f"{article.name}:")
            for a, (fp, fn) in wrong.items():
                print(f"  {a}: extra {fp}  missed {fn}")
    print()
    print(f"{'articles':<10}{'aspect':<8}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}")
    for group, by_aspect in totals.items():
        for a, (tp, fp, fn) in by_aspect.items():
            if tp + fp + fn:
                print(f"{group:<10}{a:<8}{_ratio(tp, tp + fp):>10.2f}{_ratio(tp, tp + fn):>8.2f}{tp:>5}{fp:>5}{fn:>5}")
    return 0


if __name__ == "__main__":
    import os

    os.environ.setdefault("ROUTEMAPPER_CACHE_DIR", str(ROOT / ".cache" / "tests"))
    raise SystemExit(main(sys.argv[1:]))
