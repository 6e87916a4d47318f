"""Archive scale with Dask (local schedulers): caravan by caravan gives what one machine gives at once.

The expected answers are :func:`routes.build_routes` on the whole input read
in one process; Dask reads the partitions where they lie, shuffles the rows
by caravan, builds each partition on a worker and gathers the RouteSets.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

dask = pytest.importorskip("dask", reason="dask is not installed (pip install 'routemapper[dask]')")
import dask.bag as db  # noqa: E402

from routes import build_routes, build_routes_dask, gather_routes, read_many, reports_from_rows  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "caravans").glob("*.csv"))
ARTICLES = ROOT / "tests" / "data" / "articles"


def _archive(tmp_path: Path) -> list[Path]:
    """The sample caravans cut into four files, each caravan spread over several, rows out of date order."""
    rows = []
    for path in SAMPLES:
        with path.open(encoding="utf-8") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames
            rows += list(reader)
    rows = rows[::-1]  # the files list the newest first: the route must not care
    files = []
    for k in range(4):
        part = tmp_path / f"archive-{k}.csv"
        with part.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=header)
            writer.writeheader()
            writer.writerows(rows[k::4])
        files.append(part)
    return files


def _same(got, want, *, skip=()) -> None:
    for name in ("reports", "segments", "checkpoints"):
        a = pd.DataFrame(getattr(got, name)).drop(columns=list(skip), errors="ignore")
        b = pd.DataFrame(getattr(want, name)).drop(columns=list(skip), errors="ignore")
        pd.testing.assert_frame_equal(a, b, obj=name)
    pd.testing.assert_frame_equal(got.stops(), want.stops(), obj="stops")


@pytest.mark.parametrize("scheduler", ["threads", "processes"])
def test_files_built_caravan_by_caravan_equal_the_whole_archive_at_once(tmp_path, scheduler):
    files = _archive(tmp_path)
    with dask.config.set(scheduler=scheduler, num_workers=2):
        got = build_routes_dask(files, npartitions=3)
    want = build_routes(read_many(files))
    _same(got, want)
    assert got.caravans == want.caravans and len(got.caravans) == 3
    assert len(got.segments) == 8 and set(got.reports["file"]) == {str(f) for f in files}
    pd.testing.assert_frame_equal(got.stats(), want.stats())


def test_a_bag_of_rows_is_validated_partition_by_partition_and_built_the_same(tmp_path):
    rows = []
    for path in SAMPLES:
        with path.open(encoding="utf-8") as f:
            rows += list(csv.DictReader(f))
    with dask.config.set(scheduler="threads"):
        got = build_routes_dask(db.from_sequence(rows, npartitions=5), npartitions=2)
    want = build_routes(read_many(SAMPLES))
    # the same routes; only where each row came from differs (a partition of the bag, not a file)
    _same(got, want, skip=("file", "row"))
    assert got.reports["file"].str.startswith("<rows of partition ").all()


def test_a_bad_row_in_one_file_names_that_file_and_row(tmp_path):
    from geo import InputError

    files = _archive(tmp_path)
    text = files[2].read_text(encoding="utf-8").splitlines()
    text[3] = text[3].replace(text[3].split(",")[1], "2021-02-30", 1)  # the date column of row 4
    files[2].write_text("\n".join(text) + "\n", encoding="utf-8")
    with dask.config.set(scheduler="threads"), pytest.raises(InputError) as err:
        build_routes_dask(files)
    assert f"{files[2]}, row 4, column 'date'" in str(err.value)


def test_extract_drafts_of_an_archive_become_one_routeset(tmp_path):
    """Articles -> extract_bag -> build_routes_dask: the drafts of two caravans, mapped as one."""
    from maps import render_map
    from routes.extract import extract_bag, extract_reports, read_article

    def items(names):
        out = []
        for name in names:
            path = next(p for p in ARTICLES.glob(name + "-*") if not p.name.endswith(".json"))
            published = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")
                                   .read_text(encoding="utf-8"))["published"]
            article = read_article(path)
            out.append((article.text, published or article.published, path.name))
        return out

    caravans = {"2018-10": items(["28", "25", "06", "11"]), "2023-12": items(["05", "19"])}
    with dask.config.set(scheduler="threads"):
        drafts = db.concat([extract_bag(db.from_sequence(v, npartitions=2), caravan=k) for k, v in caravans.items()])
        got = build_routes_dask(drafts, npartitions=2)
    direct = [row for k, v in caravans.items() for t, p, n in v for row in extract_reports(t, p, k, article=n)]
    want = build_routes(reports_from_rows(direct))
    _same(got, want, skip=("file", "row"))
    assert got.caravans == ["2018-10", "2023-12"] and len(got.segments) >= 4
    html = render_map(got).get_root().render()
    assert "2018-10" in html and "2023-12" in html


def test_gather_refuses_a_caravan_built_in_two_partitions():
    from geo import InputError

    whole = read_many(SAMPLES)
    first = build_routes(whole.iloc[:6].reset_index(drop=True))
    rest = build_routes(whole.iloc[6:].reset_index(drop=True))
    with pytest.raises(InputError, match="built in two partitions"):
        gather_routes([first, rest])


def test_articles_extracted_on_several_threads_at_once_in_a_fresh_process(tmp_path):
    """The first articles of a process read on four threads at the same moment (Dask's threaded scheduler does
    this): the rules' one-time set-up ran on two threads and the second failed ('a pattern belongs to one
    CueIndex'). In a fresh process, so that nothing is set up before the threads start."""
    import subprocess
    import sys

    script = (
        "import json, threading\n"
        "from routes.extract import extract_reports\n"
        "text = 'TAPACHULA, Mexico (AP) - About 2,000 migrants set out from Tapachula on Tuesday toward Huixtla.'\n"
        "start, out, errors = threading.Barrier(4), [], []\n"
        "def work():\n"
        "    start.wait()\n"
        "    try:\n"
        "        out.append(len(extract_reports(text, '2024-07-24', 'c1')))\n"
        "    except Exception as error:\n"
        "        errors.append(repr(error))\n"
        "threads = [threading.Thread(target=work) for _ in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print(json.dumps(errors or out))\n")
    for _ in range(3):  # a race: three fresh processes, each must read all four
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                              cwd=Path(__file__).parent.parent)
        assert done.returncode == 0, done.stderr[-2000:]
        counts = json.loads(done.stdout.strip().splitlines()[-1])  # four row counts, or the errors
        assert len(counts) == 4 and all(isinstance(c, int) and c >= 1 for c in counts), counts
