"""Throughput of ``routemapper extract`` on 5 KB articles, and of its place matcher beside the alternatives.

Articles are assembled from the sentences of the annotated articles in
tests/data/articles/ (shuffled with a fixed seed) until each is about 5 KB.
Measured in one run, medians of ``--repeat`` passes:

* building the place matcher (Aho-Corasick over every gazetteer name key), and loading it
  from the cache folder, where :meth:`PlaceMatcher.cached` keeps it;
* finding place names only, three ways over the same articles and the same keys:
  the Aho-Corasick matcher, ``flashtext.KeywordProcessor`` (the keyword library a
  user would otherwise pick; skipped if not installed), and looking every run
  of 1-4 capitalised words up in the SQLite gazetteer index (what ``geo`` alone offers);
* the whole extraction (``Extractor.extract``), one process (CPU time: the machine may be shared),
  each pass with a new resolver, so that its memory of names already resolved starts empty as in
  a new process (the matcher is kept: it is built once).  The articles repeat a small pool of
  sentences, so that memory fills within the pass; a second pass over the same articles with the
  same resolver is also shown, as the upper bound it gives;
* ``extract_articles(jobs=2)``, two processes, wall time including their start-up (forked after the
  matcher is built, so they share it; the resolver starts empty).

Run: ``.venv/bin/python benchmarks/extract_speed.py [--articles 1000] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ROUTEMAPPER_CACHE_DIR", str(ROOT / ".cache" / "tests"))


def make_articles(n: int, size: int = 5000, seed: int = 7) -> list[str]:
    """``n`` articles of about ``size`` characters, from the annotated articles' sentences."""
    from routes.extract import read_article
    from routes.extract.text import sentences

    pool = []
    for path in sorted((ROOT / "tests" / "data" / "articles").glob("*")):
        if not path.name.endswith(".json"):
            pool += [s.text for s in sentences(read_article(path).text)]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts, length = [], 0
        while length < size:
            paragraph = " ".join(rng.choice(pool) for _ in range(3))
            parts.append(paragraph)
            length += len(paragraph) + 2
        out.append("\n\n".join(parts)[:size])
    return out


def timed(func, repeat: int) -> tuple[float, object]:
    """Median CPU seconds of this process over ``repeat`` runs (the machine is shared: CPU time is
    what one core spends, wall time would count other processes too)."""
    times, result = [], None
    for _ in range(repeat):
        started = time.process_time()
        result = func()
        times.append(time.process_time() - started)
    return statistics.median(times), result


_CAPITALISED_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+(?:de|del|la|el|los|las)?\s*[A-ZÁÉÍÓÚÑ][\w'-]*){0,3}")


def sqlite_ngram_find(index, text: str) -> int:
    """Look every run of 1-4 capitalised words (and its sub-runs) up in the index."""
    from geo.normalize import name_key

    hits = 0
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                if index.lookup(name_key(" ".join(words[i:j]))):
                    hits += 1
    return hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from geo.index import GazetteerIndex
    from geo.normalize import short_keys
    from routes.extract import extract_articles
    from routes.extract.article import Article
    from routes.extract.matcher import PlaceMatcher, usable_key
    from routes.extract.text import fold
    from routes.extract import pipeline

    articles = make_articles(args.articles)
    kb = sum(len(a.encode()) for a in articles) / len(articles) / 1000
    index = GazetteerIndex.open()
    print(f"{len(articles)} articles of {kb:.1f} KB; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"medians of {args.repeat} (CPU time)")

    started = time.perf_counter()
    matcher = PlaceMatcher.from_index(index)
    build = time.perf_counter() - started
    print(f"\nbuild the place matcher: {build:.2f} s wall ({matcher.size:,} name keys)")
    PlaceMatcher.cached()  # make sure the cache file exists, then time loading it
    started = time.perf_counter()
    loaded = PlaceMatcher.cached()
    print(f"load it from the cache folder: {time.perf_counter() - started:.2f} s wall ({loaded.source})")

    keys = set()
    for key in index.iter_keys():
        keys.add(key)
        keys.update(short_keys(key))
    keys = [k for k in keys if usable_key(k)]

    print(f"\nfind place names only           {'CPU s':>9}{'articles/s':>12}{'ratio':>8}")
    ac, _ = timed(lambda: [matcher.find(a) for a in articles], args.repeat)
    rows = [("pyahocorasick (routemapper)", ac)]
    try:
        from flashtext import KeywordProcessor

        started = time.perf_counter()
        keyword_processor = KeywordProcessor(case_sensitive=True)
        for key in keys:
            keyword_processor.add_keyword(key)
        ft_build = time.perf_counter() - started
        ft, _ = timed(lambda: [keyword_processor.extract_keywords(fold(a)) for a in articles], args.repeat)
        rows.append((f"flashtext (build {ft_build:.1f} s)", ft))
    except ImportError:
        print("  (flashtext not installed: pip install flashtext to compare)")
    sub = articles[: max(1, len(articles) // 10)]
    sq, _ = timed(lambda: [sqlite_ngram_find(index, a) for a in sub], 1)  # one pass: it is slow
    rows.append((f"SQLite n-gram lookups ({len(sub)} art.)", sq * len(articles) / len(sub)))
    for name, seconds in rows:
        print(f"{name:<32}{seconds:>9.2f}{len(articles) / seconds:>12.0f}{seconds / ac:>8.1f}")

    def fresh_pass() -> list[list[dict]]:
        extractor = pipeline.Extractor(matcher=matcher)  # a new resolver: nothing remembered
        return [extractor.extract(a, "2018-10-18") for a in articles]

    whole, rows_out = timed(fresh_pass, args.repeat)
    n_rows = sum(len(r) for r in rows_out)
    print(f"\nwhole extraction, 1 process, new resolver each pass: {whole:.2f} s, "
          f"{len(articles) / whole:.0f} articles/s ({n_rows / len(articles):.1f} rows an article)")
    warm_extractor = pipeline.Extractor(matcher=matcher)
    [warm_extractor.extract(a, "2018-10-18") for a in articles]
    warm, _ = timed(lambda: [warm_extractor.extract(a, "2018-10-18") for a in articles], args.repeat)
    print(f"the same articles again, resolver remembering them: {warm:.2f} s, {len(articles) / warm:.0f} articles/s")
    pipeline._EXTRACTOR = pipeline.Extractor(matcher=matcher)  # what --jobs workers inherit: empty
    wrapped = [Article(a, None, "", "", f"a{i}") for i, a in enumerate(articles)]
    started = time.perf_counter()
    extract_articles(wrapped, "2018-10-18", jobs=2)
    two = time.perf_counter() - started
    print(f"whole extraction, --jobs 2 (wall time incl. start-up; forked workers share the matcher): {two:.2f} s, "
          f"{len(articles) / two:.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
