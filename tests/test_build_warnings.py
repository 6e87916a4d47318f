"""`routemapper build` lists the first warnings of each kind and says how many more there are.

The input: one caravan reported on 30 days in a row, alternately in Tapachula
and Tijuana (about 2,800 km apart): 29 legs, each faster than a group travels.
"""

from __future__ import annotations

import pytest

FAST = "faster than a group travels"


@pytest.fixture()
def zigzag(write_csv):
    rows = [f"z,2018-10-{day:02d},{'Tapachula' if day % 2 else 'Tijuana'},sighting," for day in range(1, 31)]
    return write_csv("caravan,date,place,kind,note\n" + "\n".join(rows) + "\n")


def _lines(stderr: str) -> tuple[list[str], list[str]]:
    lines = [line for line in stderr.splitlines() if line.startswith("routemapper: warning:")]
    return [line for line in lines if FAST in line and "->" in line], [line for line in lines if "not listed" in line]


def test_build_lists_twenty_fast_legs_and_says_how_many_more(cli, zigzag, tmp_path):
    result = cli("build", str(zigzag), "-o", str(tmp_path / "map.html"))
    assert result.exit_code == 0
    listed, more = _lines(result.stderr)
    assert len(listed) == 20
    # the first legs in order: rows 2 -> 3 (Tapachula on the 1st to Tijuana on the 2nd), then 3 -> 4
    assert f"{zigzag}, row 2: 'Tapachula' (2018-10-01) -> {zigzag}, row 3: 'Tijuana' (2018-10-02)" in listed[0]
    assert f"{zigzag}, row 3: 'Tijuana' (2018-10-02) -> {zigzag}, row 4: 'Tapachula' (2018-10-03)" in listed[1]
    assert more == ["routemapper: warning: 9 more legs faster than a group travels not listed "
                    "(20 listed above; --max-warnings 0 lists every one)"]
    assert (tmp_path / "map.html").is_file()


@pytest.mark.parametrize(("option", "listed_count", "unlisted"), [("0", 29, None), ("5", 5, 24), ("29", 29, None),
                                                                  ("28", 28, 1)])
def test_max_warnings_sets_how_many_are_listed(cli, zigzag, tmp_path, option, listed_count, unlisted):
    result = cli("build", str(zigzag), "-o", str(tmp_path / "map.html"), "--max-warnings", option)
    assert result.exit_code == 0
    listed, more = _lines(result.stderr)
    assert len(listed) == listed_count
    assert len(set(listed)) == listed_count  # each leg once
    assert more == ([] if unlisted is None else
                    [f"routemapper: warning: {unlisted} more legs faster than a group travels not listed "
                     f"({option} listed above; --max-warnings 0 lists every one)"])


def test_a_negative_max_warnings_is_refused(cli, zigzag, tmp_path):
    result = cli("build", str(zigzag), "-o", str(tmp_path / "map.html"), "--max-warnings", "-1")
    assert result.exit_code == 2 and "--max-warnings" in result.stderr
    assert not (tmp_path / "map.html").exists()


def test_build_map_says_how_many_it_did_not_list(zigzag, tmp_path):
    from maps.commands import build_map
    from routes.pace import fast_leg_summary, fast_leg_warnings

    few = build_map([zigzag], tmp_path / "a.html", max_warnings=3)
    assert len(few.warnings) == 3 and few.unlisted == {"legs faster than a group travels": 26}
    every = build_map([zigzag], tmp_path / "b.html", max_warnings=None)
    assert len(every.warnings) == 29 and every.unlisted == {}
    assert every.warnings[:3] == few.warnings
    listed, total = fast_leg_summary(every.routes, 2)
    assert total == 29 and listed == every.warnings[:2]
    assert fast_leg_warnings(every.routes) == every.warnings
