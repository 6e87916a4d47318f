"""Throughput of ``routemapper extract`` on 5 KB articles, and of its place matcher beside the alternatives.

Articles are assembled from the sentences of the annotated articles in
tests/data/articles/ (shuffled with a fixed seed) until each is about 5 KB.
Measured in one run, medians of ``--repeat`` passes:

* a single ``routemapper extract ARTICLE`` with the cache already built, as a newsroom runs it:
  wall and CPU time of ``--startup-runs`` fresh processes (median and range), beside ``python -c pass``
  run in turn with them for scale (compiled bytecode kept between runs, as on a user's machine);
* building the place matcher (MARISA tries over every gazetteer name key), and loading it
  from the cache folder, where :meth:`PlaceMatcher.cached` keeps it (a memory map);
* the matcher it replaced, an Aho-Corasick automaton (pyahocorasick) over the same keys: its
  build, its save and load through the cache file as it was kept (``--no-automaton`` skips it);
* finding place names only, over the same articles and the same keys: the trie matcher, the
  Aho-Corasick automaton, ``flashtext.KeywordProcessor`` (the keyword library a
  user would otherwise pick; skipped if not installed), and looking every run
  of 1-4 capitalised words up in the SQLite gazetteer index (what ``geo`` alone offers);
* the whole extraction (``extract_articles``, the batch path of ``routemapper extract *.txt``, with the
  garbage collector set for a batch: :mod:`routes.extract.collector`), one process (CPU time: the machine
  may be shared), each pass with a new resolver, so that its memory of names already resolved starts empty as in
  a new process (the matcher is kept: it is built once).  The articles repeat a small pool of
  sentences, so that memory fills within the pass; a second pass over the same articles with the
  same resolver is also shown, as the upper bound it gives;
* ``extract_articles(jobs=2)``, two processes, wall time including their start-up (forked after the
  matcher is built, so they share it; the resolver starts empty);
* a user's batch: one fresh ``routemapper extract A1.txt ... AN.txt --published ... -o rows.csv`` process
  over the same articles written to files (CPU time of the child, median of ``--repeat`` runs, compiled
  bytecode kept as in the start-up runs): start-up, imports, what a process loads once (the fuzzy
  scan's keys, wordfreq) when an article needs it, reading the files and writing the CSV included, which
  the in-process figures above leave out (``--no-batch`` skips it).

Run: ``.venv/bin/python benchmarks/extract_speed.py [--articles 1000] [--repeat 3] [--startup-runs 9]``
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
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


def startup(article: Path, runs: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """Wall and CPU seconds (user + system) of ``runs`` fresh ``routemapper extract ARTICLE`` processes and of
    ``python -c pass``, taken in turn so that both see the same load.

    Python's compiled bytecode is kept between runs, as on a user's machine, in a temporary
    ``PYTHONPYCACHEPREFIX`` folder filled by the untimed first run, even when the shell says
    ``PYTHONDONTWRITEBYTECODE`` (then every run would compile the modules from source, about 0.1 s).
    """
    import resource

    env = dict(os.environ, ROUTEMAPPER_QUIET="1", PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="extract-bytecode-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    extract = [sys.executable, "-m", "maps.cli", "extract", str(article)]
    subprocess.run(extract, env=env, capture_output=True, check=True, cwd=ROOT)  # the caches are built
    walls: dict[str, list[float]] = {"extract": [], "pass": []}
    cpus: dict[str, list[float]] = {"extract": [], "pass": []}
    for _ in range(runs):
        for name, command in (("extract", extract), ("pass", [sys.executable, "-c", "pass"])):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT)
            walls[name].append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls["extract"], cpus["extract"], walls["pass"], cpus["pass"]


def user_batch(articles: list[str], runs: int) -> tuple[list[float], int]:
    """CPU seconds (user + system) of ``runs`` fresh ``routemapper extract`` processes, each over all ``articles``
    written to files (``--published 2018-10-18``, CSV to a file), and the CSV's row count: what a user's
    ``routemapper extract *.txt`` costs, one-time loads included.  An untimed first run over the first articles
    fills the compiled bytecode (kept between runs, as :func:`startup` does)."""
    import csv
    import resource

    env = dict(os.environ, ROUTEMAPPER_QUIET="1", PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="extract-bytecode-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cpus = []
    with tempfile.TemporaryDirectory(prefix="extract-batch-") as tmp:
        files = []
        for i, text in enumerate(articles):
            path = Path(tmp) / f"a{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        out = Path(tmp) / "rows.csv"
        command = [sys.executable, "-m", "maps.cli", "extract", "--published", "2018-10-18", "-o", str(out)]
        subprocess.run(command + files[:3], env=env, capture_output=True, check=True, cwd=ROOT)
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(command + files, env=env, capture_output=True, check=True, cwd=ROOT)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        with out.open(encoding="utf-8", newline="") as f:
            rows = sum(1 for _ in csv.DictReader(f))
    return cpus, rows


def automaton(keys: list[str]):
    """The matcher before the tries: an Aho-Corasick automaton over the keys padded with spaces (and the
    abbreviated forms), and its ``find``, as routes/extract/matcher.py had them (same filters after)."""
    import bisect

    import ahocorasick

    from geo.normalize import name_key
    from routes.extract.matcher import (
        _CAPITALISED_RUN, Mention, _after_title, _glued, _written_as_name, abbreviated_forms)
    from routes.extract.text import fold

    built = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for key in keys:
        built.add_word(f" {key} ", len(key) << 1)
    for key in keys:
        for form in abbreviated_forms(key):
            if not built.exists(f" {form} "):
                built.add_word(f" {form} ", len(form) << 1 | 1)
    built.make_automaton()

    def find(text: str) -> list[Mention]:
        folded_text = fold(text)
        runs = [(m.start(), m.end()) for m in _CAPITALISED_RUN.finditer(text)]
        joined_at, pieces, length = [], [], 1
        for a, b in runs:
            joined_at.append(length)
            pieces.append(folded_text[a:b])
            length += b - a + 3
        hits = []
        for end, value in built.iter(" " + " | ".join(pieces) + " "):
            size = value >> 1
            j = end - size
            i = bisect.bisect_right(joined_at, j) - 1
            hits.append((runs[i][0] + j - joined_at[i], -size, i, value & 1))
        hits.sort()
        out, last_end = [], -1
        for a, neg_size, i, abbreviated in hits:
            b = a - neg_size
            if a < last_end:
                continue
            written = text[a:b]
            if not _written_as_name(written) or ((a, b) != runs[i] and _glued(text, a, b)) or _after_title(text, a):
                continue
            out.append(Mention(written, name_key(written) if abbreviated else folded_text[a:b], a, b))
            last_end = b
        return out

    return built, find


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--startup-runs", type=int, default=9, help="fresh processes timed for the start-up")
    parser.add_argument("--no-automaton", action="store_true", help="skip the Aho-Corasick comparison")
    parser.add_argument("--no-batch", action="store_true", help="skip the fresh-process batch (a user's run)")
    args = parser.parse_args()

    from geo.index import GazetteerIndex
    from geo.normalize import short_keys
    from routes.extract import extract_articles
    from routes.extract.article import Article
    from routes.extract.matcher import PlaceMatcher, usable_key
    from routes.extract.text import fold
    from routes.extract import api, pipeline

    articles = make_articles(args.articles)
    kb = sum(len(a.encode()) for a in articles) / len(articles) / 1000
    index = GazetteerIndex.open()
    print(f"{len(articles)} articles of {kb:.1f} KB; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"medians of {args.repeat} (CPU time)")

    started = time.perf_counter()
    matcher = PlaceMatcher.from_index(index)
    build = time.perf_counter() - started
    print(f"\nbuild the place matcher: {build:.2f} s wall ({matcher.size:,} name keys)")
    PlaceMatcher.cached()  # make sure the cache files exist, then time loading them
    started = time.perf_counter()
    loaded = PlaceMatcher.cached()
    files = PlaceMatcher.cache_files()
    print(f"load it from the cache folder: {time.perf_counter() - started:.4f} s wall ({loaded.source}; "
          f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB)")

    article = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))[0]
    extracts, extract_cpu, passes, pass_cpu = startup(article, args.startup_runs)

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):.3f} s [{min(values):.3f}-{max(values):.3f}]"

    print(f"\none article, fresh process, cache built ({args.startup_runs} runs, median [range]):\n"
          f"  routemapper extract {article.name}: wall {spread(extracts)}, CPU {spread(extract_cpu)}\n"
          f"  python -c pass:                        wall {spread(passes)}, CPU {spread(pass_cpu)}")

    keys = set()
    for key in index.iter_keys():
        keys.add(key)
        keys.update(short_keys(key))
    keys = [k for k in keys if usable_key(k)]

    rows = []
    if not args.no_automaton:
        import ahocorasick

        started = time.perf_counter()
        built, automaton_find = automaton(keys)
        ac_build = time.perf_counter() - started
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "automaton.bin"
            built.save(str(path))
            started = time.perf_counter()
            ahocorasick.load(str(path), lambda b: b)
            ac_load = time.perf_counter() - started
            print(f"\nthe Aho-Corasick automaton it replaced: build {ac_build:.2f} s, load from its cache file "
                  f"{ac_load:.2f} s wall ({path.stat().st_size / 1e6:.0f} MB)")
        ac, found = timed(lambda: [automaton_find(a) for a in articles], args.repeat)
        rows.append(("pyahocorasick (before)", ac))
        same = found == [matcher.find(a) for a in articles]
        print(f"  the automaton and the tries find the same mentions in every article: {same}")
        del built

    print(f"\nfind place names only           {'CPU s':>9}{'articles/s':>12}{'ratio':>8}")
    tries, _ = timed(lambda: [matcher.find(a) for a in articles], args.repeat)
    rows.insert(0, ("marisa-trie (routemapper)", tries))
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
        print(f"{name:<32}{seconds:>9.2f}{len(articles) / seconds:>12.0f}{seconds / tries:>8.1f}")

    wrapped = [Article(a, None, "", "", f"a{i}") for i, a in enumerate(articles)]

    def fresh_pass() -> list[dict]:
        api._EXTRACTOR = pipeline.Extractor(matcher=matcher)  # a new resolver: nothing remembered
        return extract_articles(wrapped, "2018-10-18")  # the batch path of `routemapper extract *.txt`

    whole, rows_out = timed(fresh_pass, args.repeat)
    print(f"\nwhole extraction, 1 process, new resolver each pass: {whole:.2f} s, "
          f"{len(articles) / whole:.0f} articles/s ({len(rows_out) / len(articles):.1f} rows an article)")
    api._EXTRACTOR = pipeline.Extractor(matcher=matcher)
    extract_articles(wrapped, "2018-10-18")
    warm, _ = timed(lambda: extract_articles(wrapped, "2018-10-18"), args.repeat)
    print(f"the same articles again, resolver remembering them: {warm:.2f} s, {len(articles) / warm:.0f} articles/s")
    api._EXTRACTOR = pipeline.Extractor(matcher=matcher)  # what --jobs workers inherit: empty
    started = time.perf_counter()
    extract_articles(wrapped, "2018-10-18", jobs=2)
    two = time.perf_counter() - started
    print(f"whole extraction, --jobs 2 (wall time incl. start-up; forked workers share the matcher): {two:.2f} s, "
          f"{len(articles) / two:.0f} articles/s")
    if not args.no_batch:
        cpus, rows = user_batch(articles, args.repeat)
        batch = statistics.median(cpus)
        print(f"a user's batch, one fresh `routemapper extract` process over the {len(articles)} articles as files "
              f"(start-up, one-time loads and the CSV included): {batch:.2f} s CPU [{min(cpus):.2f}-{max(cpus):.2f}], "
              f"{len(articles) / batch:.0f} articles/s ({rows / len(articles):.1f} rows an article)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
