"""The page's binary columns: what Python packs, the page's decoder (and Python's) reads back exactly.

Expected values are the arrays given to :func:`maps.pagedata.pack`, written
here by hand or drawn at random; the page's own ``decode.js`` runs in Node.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from maps.pagedata import LAYOUT, StringTable, pack, unpack

NODE = shutil.which("node")


#: The sample's text columns: (table, column, values), as written (a hostile text among them).
SAMPLE_TEXT = (
    ("reports", "kind", ["sighting", "crossing", "sighting", "planned", "clash"]),
    ("reports", "precision", ["point", "point", "country", "point", "point"]),
    ("reports", "qual", ["exact", "", "vague", "range", "about"]),
    ("reports", "date", ["2018-10-12"] * 5),
    ("reports", "place", ["Tecún Umán", "</script><script>alert(1)</script>", "{{ 7 * 7 }}", "a\u2028b", ""]),
    ("reports", "resolved", ["Tecún Umán", "x", "y", "z", ""]),
    ("reports", "count", ["", "7,000", "thousands", "", "about 1,000 more"]),
    ("reports", "source", ["AP", "AP", "Reuters", "AP", "\"quoted\""]),
    ("reports", "url", [f"https://example.org/{k}" for k in range(5)]),
    ("reports", "note", ["row 0", "row 1", "row 2", "row 3", "row 4"]),
    ("segments", "from", ["Tecún Umán", "x"]),
    ("segments", "to", ["x", "Tapachula"]),
)


def _sample() -> tuple[dict, StringTable]:
    """A small map's tables: values at the edges of their storage, missing ones, text with hostile characters."""
    tables = {
        "points": {"lat": np.array([14.50001, -89.99999, np.nan, 0.0]), "lon": np.array([-92.26, 179.99999, 1.0, 0.0])},
        "reports": {
            "pt": np.array([0, 1, 1, 3, 2]),
            "r": np.array([0.0, 6553.4, np.nan, 12.3, 4.0]),
            "rh": np.array([1.5, np.nan, 2.0, 30.0, 4.0]),
            "low": np.array([1.0, 10_000_000.0, np.nan, 1500.5, 0.5]),
            "high": np.array([1.0, 15_000_000.0, np.nan, 2250.0, 1.0]),
            "day": np.array([17816.0, 17816.0 + 65534, np.nan, 17900.0, 17816.0]),
            "approx": np.array([True, False, True, False, False]),
            "conf": np.array([1.0, 0.0, 0.57, np.nan, 0.99]),
            "group": np.array([np.nan, 0.0, 0.0, np.nan, 1.0]),
        },
        "segments": {
            "a": np.array([0, 1]), "b": np.array([1, 3]), "w": np.array([1.5, 16.0]), "size": np.array([np.nan, 1800.0]),
            "carried": np.array([False, True]), "approx": np.array([True, False]), "back": np.array([False, True]),
            "startDay": np.array([17816.0, 17820.0]), "endDay": np.array([17820.0, np.nan]),
            "km": np.array([160.2, 0.0]), "days": np.array([4.0, -1.0]),
        },
        "groups": {"low": np.array([1600.0, np.nan]), "high": np.array([3000.0, np.nan]), "joined": np.array([1000.0, 0.0])},
    }
    text = StringTable()
    for table, name, values in SAMPLE_TEXT:
        text.add(table, name, values)
    return tables, text


def _expected_text() -> dict:
    return {(table, name): list(values) for table, name, values in SAMPLE_TEXT}


def _check(read: dict, tables: dict, text: StringTable) -> None:
    for table, cols in tables.items():
        for name, values in cols.items():
            got = np.asarray(read[table][name], dtype=float)
            want = np.asarray(values, dtype=float)
            spec = next(s for s in LAYOUT[table] if s.name == name)
            np.testing.assert_allclose(got, want, atol=0.5 / spec.div, equal_nan=True, err_msg=f"{table}.{name}")
    strings = read["strings"]
    for (table, name), values in _expected_text().items():
        assert [strings[int(k)] for k in read[table][name]] == values, f"{table}.{name}"


#: Both ways a block travels: uncompressed after RAW_MAGIC (a small block, as the sample is) and gzipped
#: (RAW_MAX 0: every block is "big").
ENCODINGS = pytest.mark.parametrize("raw_max, first_bytes", [(None, b"rmraw\0\0\0"), (0, b"\x1f\x8b")], ids=["raw", "gzip"])


def _pack_sample(monkeypatch, raw_max):
    import maps.pagedata

    if raw_max is not None:
        monkeypatch.setattr(maps.pagedata, "RAW_MAX", raw_max)
    tables, text = _sample()
    return tables, text, *pack(tables, text=text, offsets={("reports", "day"): 17816.0})


@ENCODINGS
def test_python_reads_back_what_it_packs(monkeypatch, raw_max, first_bytes):
    tables, text, layout, blocks = _pack_sample(monkeypatch, raw_max)
    assert all(base64.b64decode(b).startswith(first_bytes) for b in blocks.values())
    _check(unpack(layout, blocks), tables, text)
    assert layout["head"] == ["sighting", "crossing", "planned", "clash", "point", "country", "exact", "",
                              "vague", "range", "about"]  # what drawing needs comes first, also as JSON


@pytest.mark.skipif(not NODE, reason="node is not installed (apt-get install nodejs)")
@ENCODINGS
def test_the_pages_decoder_reads_back_what_python_packs(tmp_path, monkeypatch, raw_max, first_bytes):
    tables, text, layout, blocks = _pack_sample(monkeypatch, raw_max)
    assert all(base64.b64decode(b).startswith(first_bytes) for b in blocks.values())
    fixture = tmp_path / "fixture.json"
    fixture.write_text(json.dumps({"layout": layout, **blocks}), encoding="utf-8")
    run = subprocess.run([NODE, str(ROOT / "tests" / "js" / "read_page_data.js"), str(fixture)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    read = json.loads(run.stdout)
    read = {**{t: {c: [np.nan if v is None else v for v in vs] for c, vs in cols.items()}
               for t, cols in read["tables"].items()}, "strings": read["strings"]}
    _check(read, tables, text)
    np.testing.assert_array_equal(read["points"]["lat"][:2], [14.50001, -89.99999])  # exactly the decimals


@pytest.mark.skipif(not NODE, reason="node is not installed (apt-get install nodejs)")
def test_the_pages_decoder_cuts_a_rendered_map_into_its_caravans(tmp_path, sample_routes):
    """Each caravan's id, name, colour, summary and reports as decode.js makes them from a page render_map wrote."""
    from maps import render_map
    from maps.pagedata import read_page

    html = render_map(sample_routes, caravan_names={"2021-01-honduras": "The January caravan"}).get_root().render()
    page = read_page(html)
    fixture = tmp_path / "page.json"
    fixture.write_text(json.dumps({"meta": page["meta"], **{k: v for k, v in page["blocks"].items()}}), encoding="utf-8")
    run = subprocess.run([NODE, str(ROOT / "tests" / "js" / "read_page_data.js"), str(fixture)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)["caravans"]
    reports = sample_routes.reports
    assert [c["id"] for c in got] == sample_routes.caravans == ["2018-10-honduras", "2021-01-honduras",
                                                                "2023-12-tapachula"]
    assert [c["name"] for c in got][1] == "The January caravan"
    assert [c["name"] for c in got][0] == "Honduras caravan, October 2018"
    assert [c["color"] for c in got] == ["#0072B2", "#D55E00", "#009E73"]  # the Okabe-Ito colours in turn
    assert got[1]["summary"].startswith("The January caravan ")
    for c in got:
        mine = reports[reports["caravan"] == c["id"]]
        assert len(c["lat"]) == len(mine)
        assert sorted(c["place"]) == sorted(mine["place"].fillna("").astype(str).str.strip())
        np.testing.assert_allclose(sorted(zip(c["lat"], c["lon"])), sorted(zip(mine["lat"], mine["lon"])), atol=1e-5)
    assert [(c["id"], c["name"], c["color"], c["summary"]) for c in got] == [
        (c["id"], c["name"], c["color"], c["summary"]) for c in page["caravans"]]  # Python's reader agrees


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=60),
       st.lists(st.one_of(st.none(), st.integers(-(2**31) + 1, 2**31 - 1)), min_size=1, max_size=60))
def test_any_codes_and_coordinates_survive_the_round_trip(codes, lats):
    """Delta-coded columns wrap around their type and still add up to what was packed."""
    tables = {"reports": {"pt": np.array(codes, dtype=np.int64)},
              "points": {"lat": np.array([np.nan if v is None else v / 1e5 for v in lats]),
                         "lon": np.zeros(len(lats))}}
    layout, blocks = pack(tables, text=StringTable())
    read = unpack(layout, blocks)
    np.testing.assert_array_equal(read["reports"]["pt"], np.array(codes, dtype=float))
    np.testing.assert_array_equal(read["points"]["lat"], tables["points"]["lat"])


def test_a_value_that_does_not_fit_its_column_is_refused():
    with pytest.raises(ValueError, match="'r'.*does not fit u16"):
        pack({"reports": {"r": np.array([7000.0])}}, text=StringTable())
    with pytest.raises(ValueError, match="'day'"):
        pack({"reports": {"day": np.array([17816.0 + 70000])}}, text=StringTable(), offsets={("reports", "day"): 17816.0})


def test_the_string_table_lists_each_string_once_in_order_of_first_appearance():
    """Head columns first, then the others in the order added; a string shared by columns is one entry."""
    text = StringTable()
    text.add("reports", "place", ["Huixtla", None, "Tapachula", "Huixtla"])
    text.add("reports", "kind", ["sighting", "crossing", "sighting", "sighting"])
    text.add("segments", "from", ["Tapachula", "Arriaga"])
    codes, strings, head = text.encode()
    assert strings.to_pylist() == ["sighting", "crossing", "Huixtla", "", "Tapachula", "Arriaga"]
    assert head == 2
    assert codes["reports", "place"].tolist() == [2, 3, 4, 2]
    assert codes["reports", "kind"].tolist() == [0, 1, 0, 0]
    assert codes["segments", "from"].tolist() == [4, 5]
    with pytest.raises(RuntimeError, match="already encoded"):
        text.add("segments", "to", ["Arriaga"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["", "a", "b", "ab", "Técún", "a\u2028b", "</script>", "\0", "A", "😀"]), max_size=40),
       st.lists(st.sampled_from(["", "a", "x", "Técún", "😀"]), max_size=10))
def test_a_column_is_coded_by_first_appearance_across_the_table(first, second):
    """The string table lists each string once, in order of first appearance; each row reads back its own text."""
    text = StringTable()
    text.add("reports", "place", first)
    text.add("segments", "from", second)
    codes, strings, _ = text.encode()
    assert strings.to_pylist() == list(dict.fromkeys(first + second))  # the order a reader of the columns meets them
    table = strings.to_pylist()
    assert [table[k] for k in codes["reports", "place"]] == first
    assert [table[k] for k in codes["segments", "from"]] == second


def test_long_columns_are_coded_by_first_appearance_whether_few_or_many_strings():
    """Columns longer than the sample that picks the coding: few distinct strings (hashed), all distinct (sorted),
    and one that starts with few and ends all distinct; each reads back row for row, strings in first appearance."""
    rng = np.random.default_rng(7)
    few = [str(w) for w in rng.choice(["Huixtla", "Tapachula", "", "Técún Umán", "Arriaga", "😀"], 9000)]
    many = [f"https://example.org/r/{k}" for k in rng.permutation(9000)]
    mixed = ["sighting"] * 5000 + [f"note {k}" for k in range(5000)] + ["sighting", "note 3"]
    text = StringTable()
    text.add("reports", "place", few[:4500] + [None] + few[4500:])
    text.add("reports", "url", many)
    text.add("reports", "note", mixed)
    codes, strings, _ = text.encode()
    place = few[:4500] + [""] + few[4500:]
    assert strings.to_pylist() == list(dict.fromkeys(place + many + mixed))
    table = strings.to_pylist()
    for name, column in (("place", place), ("url", many), ("note", mixed)):
        assert [table[k] for k in codes["reports", name]] == column
