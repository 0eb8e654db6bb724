"""Every CLI command is documented in the README's command table."""

from __future__ import annotations

import typer.main

from onrecord.cli import app
from tests.conftest import ROOT


def command_paths(group: typer.main.TyperGroup | object, prefix: str = "") -> list[str]:
    commands = getattr(group, "commands", {})
    paths = []
    for name, command in commands.items():
        path = f"{prefix}{name}"
        paths.append(path)
        paths.extend(command_paths(command, path + " "))
    return paths


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paths = command_paths(typer.main.get_command(app))
    assert paths, "no commands found"
    missing = [p for p in paths if f"`onrecord {p}" not in readme]
    assert missing == []


def test_every_command_has_help_text() -> None:
    group = typer.main.get_command(app)
    for name, command in getattr(group, "commands", {}).items():
        assert command.help, f"onrecord {name} has no help text"
