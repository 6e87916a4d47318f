"""Mutation testing of module-level tables (word lists, factors, patterns), which mutmut leaves alone.

mutmut 3 mutates code inside functions only; the word tables of
``routes/counts.py`` (qualifier words, vague words, multipliers, factors) and
the patterns of ``routes/dates.py`` are module-level constants.  This script
makes their mutants with mutmut's own operators (a string wrapped in ``XX``
or its case changed, a number plus one, a call argument dropped...) applied
to every module-level statement, plus two of its own that speak to word
tables: one element dropped from a dict, list, tuple or set literal, and one
alternative dropped from a regular expression written as ``a|b|c``.  A mutant
the tests do not fail on survives and is listed.  The tests are collected
once; each mutant runs them in a forked process with its tables executed in
the module's namespace, stopping at the first failure.

Run from the repository (needs the ``mutation`` extra, which brings mutmut)::

    .venv/bin/python tests/table_mutants.py routes/counts.py routes/dates.py

The tests and pytest options are mutmut's (``[tool.mutmut]`` in
pyproject.toml), or ``--tests FILE...``.  Exit code 0 when every mutant is
killed or listed in ``--equivalent FILE`` (lines ``path:line: mutated text``,
as this script prints them, with the reason after ``  #``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider
from mutmut.mutation.mutators import mutation_operators

ROOT = Path(__file__).resolve().parent.parent
# The tests and pytest options are mutmut's (pyproject.toml, [tool.mutmut]): both tools judge
# mutants by the same tests.  The parsers' own test files run first (they kill most mutants soonest).
_MUTMUT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
PYTEST_OPTIONS = _MUTMUT["pytest_add_cli_args"]
FIRST = ["tests/test_counts.py", "tests/test_dates.py"]


def _dropped_elements(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """The literal with one element (or dict entry) left out."""
    if isinstance(node, (cst.List, cst.Tuple, cst.Set)) and len(node.elements) > 1:
        for i in range(len(node.elements)):
            elements = [e for j, e in enumerate(node.elements) if j != i]
            yield node.with_changes(elements=[e.with_changes(comma=cst.MaybeSentinel.DEFAULT) for e in elements])
    elif isinstance(node, cst.Dict) and len(node.elements) > 1:
        for i in range(len(node.elements)):
            elements = [e for j, e in enumerate(node.elements) if j != i]
            yield node.with_changes(elements=[e.with_changes(comma=cst.MaybeSentinel.DEFAULT) for e in elements])


def _top_level_alternatives(pattern: str) -> list[str] | None:
    """``a|b(c|d)|e`` -> ``["a", "b(c|d)", "e"]``: split at ``|`` outside brackets; None if no ``|``."""
    parts, depth, current, escaped, in_class = [], 0, "", False, False
    for ch in pattern:
        if escaped:
            current += ch
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += ch
    parts.append(current)
    return parts if len(parts) > 1 else None


def _dropped_alternatives(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """A string ``a|b|c`` (a word list for a regex) with one alternative left out."""
    if not isinstance(node, cst.SimpleString) or node.value[-3:] in ('"""', "'''"):
        return
    prefix = node.value[: len(node.value) - len(node.value.lstrip("rRbBuUfF"))]
    quote = node.value[len(prefix)]
    body = node.value[len(prefix) + 1:-1]
    parts = _top_level_alternatives(body)
    if not parts:
        return
    for i in range(len(parts)):
        yield node.with_changes(value=f"{prefix}{quote}{'|'.join(p for j, p in enumerate(parts) if j != i)}{quote}")


OPERATORS = [(cls, op) for cls, op in mutation_operators] + [
    (cst.CSTNode, _dropped_elements),
    (cst.SimpleString, _dropped_alternatives),
]


def _is_table(statement: cst.CSTNode) -> bool:
    """A module-level assignment (not a function, class, import or docstring)."""
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(s, (cst.Assign, cst.AnnAssign)) for s in statement.body
    )


class _TableMutations(cst.CSTVisitor):
    """Every mutation of the nodes inside the module-level tables, with its line."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, tables: list[cst.CSTNode]) -> None:
        self.tables, self.inside = {id(t) for t in tables}, 0
        self.found: list[tuple[cst.CSTNode, cst.CSTNode, int]] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if id(node) in self.tables:
            self.inside += 1
        if self.inside:
            line = self.get_metadata(PositionProvider, node).start.line
            for cls, operator in OPERATORS:
                if isinstance(node, cls):
                    for mutated in operator(node):
                        if not mutated.deep_equals(node):
                            self.found.append((node, mutated, line))
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        if id(original_node) in self.tables:
            self.inside -= 1


def mutants(source: str) -> Iterator[tuple[int, str, str]]:
    """``(line, mutated node as text, mutated module source)`` for each mutant of the module-level tables."""
    wrapper = MetadataWrapper(cst.parse_module(source))
    module = wrapper.module
    visitor = _TableMutations([s for s in module.body if _is_table(s)])
    wrapper.visit(visitor)
    for original, mutated, line in visitor.found:
        shown = " ".join(module.code_for_node(mutated).split())
        yield line, shown, module.deep_replace(original, mutated).code


def _tables_code(source: str, filename: str):
    """The module-level tables of ``source``, compiled to run in the module's own namespace."""
    import ast

    tree = ast.parse(source)
    tables = [node for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))]
    return compile(ast.Module(body=tables, type_ignores=[]), filename, "exec")


class _MutantLoop:
    """A pytest plugin: once the tests are collected, each mutant runs them in a forked process.

    The session is set up once (imports, collection) and every child inherits it, so a mutant
    costs only the tests it runs; a child stops at the first failing test.  Only the tables are
    replaced (in the module's namespace, where the functions look them up when called): the
    functions and classes stay the objects the tests imported.
    """

    def __init__(self, module_name: str, sources: list[str]) -> None:
        self.module_name, self.sources, self.failed = module_name, sources, []

    def pytest_runtestloop(self, session) -> bool:
        import importlib
        import signal

        from _pytest.runner import runtestprotocol

        first = [i for i in session.items if any(i.nodeid.startswith(f) for f in FIRST)]
        items = first + [i for i in session.items if i not in first]
        namespace = vars(importlib.import_module(self.module_name))
        for n, source in enumerate(self.sources):
            pid = os.fork()
            if pid == 0:  # the child: this mutant's tables, then the tests until one fails
                status = 0
                try:
                    signal.alarm(600)
                    exec(_tables_code(source, self.module_name), namespace)
                    for item in items:
                        if any(r.failed for r in runtestprotocol(item, log=False, nextitem=None)):
                            status = 1
                            break
                except BaseException:  # a table the module cannot even build: killed
                    status = 3
                finally:
                    os._exit(status)
            _, status = os.waitpid(pid, 0)
            self.failed.append(status != 0)
            if n:
                print(f"\r{self.module_name}: {n}/{len(self.sources) - 1} mutants, "
                      f"{sum(self.failed[1:])} killed", end="", file=sys.stderr, flush=True)
        return True


def _failures(module_name: str, sources: list[str], tests: list[str]) -> list[bool]:
    """For each source of the module, whether the tests fail with its tables."""
    import pytest

    loop = _MutantLoop(module_name, sources)
    pytest.main(["-p", "no:cacheprovider", "-q", "--no-header", *PYTEST_OPTIONS, *tests], plugins=[loop])
    return loop.failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="+", help="files whose module-level tables to mutate")
    parser.add_argument("--tests", nargs="+", help="test files (default: the ones mutmut runs)")
    parser.add_argument("--equivalent", type=Path, help="known equivalent mutants, one 'path:line: text  # why' a line")
    args = parser.parse_args()
    test_files = args.tests or _MUTMUT["pytest_add_cli_args_test_selection"]
    known = set()
    if args.equivalent:
        for line in args.equivalent.read_text(encoding="utf-8").splitlines():
            entry = line.split("  #", 1)[0].strip()
            if entry and not entry.startswith("#"):
                known.add(entry)
    unexplained = 0
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    for module in args.modules:
        path = ROOT / module
        name = module.removesuffix(".py").replace("/", ".")
        original = path.read_text(encoding="utf-8")
        found = list(mutants(original))
        failed = _failures(name, [original] + [code for _, _, code in found], test_files)
        print(file=sys.stderr)
        if failed[0]:
            print(f"the tests fail on the unmutated {module}: fix them first", file=sys.stderr)
            return 1
        killed = sum(failed[1:])
        survivors = [f"{module}:{line}: {shown}" for (line, shown, _), f in zip(found, failed[1:]) if not f]
        explained = [s for s in survivors if s in known]
        print(f"{module}: {len(found)} table mutants, {killed} killed, {len(survivors)} survived "
              f"({len(explained)} named equivalent): {100 * killed / max(1, len(found)):.1f}% killed, "
              f"{100 * (killed + len(explained)) / max(1, len(found)):.1f}% with the equivalent ones")
        for survivor in survivors:
            print(f"  survived: {survivor}" + ("  (equivalent)" if survivor in known else ""), flush=True)
        unexplained += len(survivors) - len(explained)
    return 0 if unexplained == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
