"""wordfreq's answers kept in the cache folder (routes.extract.common.word_zipf).

The saint's-name rule of the place matcher ("Santiago Niltepec": the town the gazetteer knows as Niltepec) asks how
common the name is as a word.  Importing wordfreq and loading its Spanish and English lists cost ~0.2 s CPU once a
process: a single article that reached the rule took 0.45-0.55 s instead of ~0.25.  The answers are wordfreq's,
remembered across processes; a process that finds them kept does not load wordfreq at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ASK = """
import sys
from routes.extract.common import word_zipf
print(repr([word_zipf("niltepec", "es"), word_zipf("niltepec", "en"), word_zipf("casa", "es")]))
print("wordfreq" in sys.modules)
"""


def _ask(cache: Path) -> list[str]:
    env = dict(os.environ, ROUTEMAPPER_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", ASK], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout.split("\n")


def test_the_answers_are_wordfreqs_and_a_second_process_does_not_load_it(tmp_path):
    from wordfreq import zipf_frequency

    expected = repr([zipf_frequency("niltepec", "es"), zipf_frequency("niltepec", "en"), zipf_frequency("casa", "es")])
    first = _ask(tmp_path)
    assert first[:2] == [expected, "True"]  # worked out with wordfreq, then kept
    assert len(list(tmp_path.glob("word-zipf-*.json"))) == 1
    second = _ask(tmp_path)
    assert second[:2] == [expected, "False"]  # read from the cache folder
    # (by hand: "casa" is an ordinary Spanish word, Niltepec no English one)
    assert zipf_frequency("casa", "es") > 3.0 and zipf_frequency("niltepec", "en") == 0.0


def test_a_damaged_file_is_worked_out_again(tmp_path):
    first = _ask(tmp_path)
    (path,) = tmp_path.glob("word-zipf-*.json")
    path.write_text("{not json", encoding="utf-8")
    assert _ask(tmp_path)[:2] == first[:2]
