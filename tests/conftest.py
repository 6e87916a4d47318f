"""Shared fixtures: the sample data, a built RouteSet, a runner for the command line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TESTS = Path(__file__).resolve().parent
SAMPLES = sorted((DATA / "caravans").glob("*.csv"))
#: Area-level reports written as an extracted draft writes them: a country in a dateline's capitals, a department
#: with its level word.
AREAS_AS_WRITTEN = ("caravan,date,place,count\n"
                    "c1,2021-01-14,San Pedro Sula,\n"
                    "c1,2021-01-15,GUATEMALA,7000-8000\n"
                    "c1,2021-01-16,departamento de Chiquimula,\n"
                    "c1,2021-01-17,Vado Hondo,\n"
                    "c1,2021-01-20,Tecún Umán,\n")

# One gazetteer index for the whole run, kept between runs (rebuilt when its inputs change).
os.environ.setdefault("ROUTEMAPPER_CACHE_DIR", str(ROOT / ".cache" / "tests"))
os.environ.setdefault("ROUTEMAPPER_QUIET", "1")
sys.path.insert(0, str(TESTS))


@pytest.fixture(scope="session")
def sample_reports():
    from routes import read_many

    return read_many(SAMPLES)


@pytest.fixture(scope="session")
def sample_routes(sample_reports):
    from routes import build_routes

    return build_routes(sample_reports)


@pytest.fixture()
def write_csv(tmp_path):
    """Write text to a CSV file in a temporary folder and return its path."""

    def write(text: str, name: str = "reports.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture()
def cli():
    """Run the routemapper command line in-process; returns click's Result."""
    from click.testing import CliRunner

    from maps.cli import main

    def run(*args: str, input: str | None = None):
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    return run
