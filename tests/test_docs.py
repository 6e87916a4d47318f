"""Docs and code cannot drift: every command has help with an example, the README shows them."""

import re

import click

from conftest import ROOT
from maps.cli import main


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


def test_every_command_has_help_with_an_example(cli):
    for path, cmd in _commands(main):
        assert cmd.help and "Example:" in cmd.help, f"routemapper {' '.join(path)} has no Example"
        result = cli(*path, "--help")
        assert result.exit_code == 0


def test_readme_mentions_every_command():
    readme = (ROOT / "README.md").read_text()
    for path, _ in _commands(main):
        assert f"routemapper {' '.join(path)}" in readme, f"README does not show routemapper {' '.join(path)}"


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    first_block = re.search(r"```(?:sh|bash)?\n(.*?)```", readme, re.S).group(1)
    assert "make demo" in first_block and "make test" in first_block
