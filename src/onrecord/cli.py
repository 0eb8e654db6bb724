"""The ``onrecord`` command: parses arguments, calls the library, formats.

Library errors become one line on stderr naming the input and the problem.
Results go to stdout; progress goes to stderr.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from onrecord import __version__
from onrecord.analyze import analyze_many
from onrecord.errors import InputError
from onrecord.ingest.text import expand, read_inputs
from onrecord.model import Analysis, Statement

app = typer.Typer(
    help="onrecord: who said what, about what, and when, with character spans.",
    no_args_is_help=True,
    add_completion=False,
)
stderr = Console(stderr=True)


class ExtractFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _fail(message: str) -> None:
    stderr.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)


def _speaker_label(statement: Statement) -> str:
    if statement.speaker is None:
        return "(unknown)"
    return statement.speaker.name or f"({statement.speaker.mention})"


def _print_text(name: str, analysis: Analysis, show_name: bool) -> None:
    if show_name:
        typer.echo(f"== {name}")
    for s in analysis.statements:
        cue = s.cue.text if s.cue else "-"
        content = " … ".join(" ".join(p.text.split()) for p in s.parts)
        typer.echo(f"{_speaker_label(s)}: {cue}: {content}")


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """onrecord: who said what, about what, and when, with character spans."""
    if version:
        typer.echo(__version__)
        raise typer.Exit()


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Text files, folders of .txt files, or - for stdin.")
    ],
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output: text, json or jsonl.")
    ] = ExtractFormat.text,
) -> None:
    """Find every attributed statement in UTF-8 texts, with character spans.

    jsonl prints one statement per line with the document name (file name
    without extension), content/source/cue spans, speaker, kind and
    confidence; offsets are Python str offsets into the file as read.
    Unreadable inputs are reported one line each; the rest are processed;
    the exit status is 1 if any input failed.
    """
    items = list(expand(paths))
    errors: list[InputError] = []
    inputs = list(read_inputs(items, errors))
    for err in errors:
        _fail(str(err))
    documents = []
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
        disable=len(inputs) < 2 or not stderr.is_terminal,
    )
    with progress:
        task = progress.add_task("extract", total=len(inputs))
        analyses = analyze_many(i.text for i in inputs)
        for item, analysis in zip(inputs, analyses, strict=True):
            progress.advance(task)
            if fmt is ExtractFormat.jsonl:
                for record in analysis.to_dicts(item.name):
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif fmt is ExtractFormat.json:
                documents.append({"doc": item.name, "statements": analysis.to_dicts()})
            else:
                _print_text(item.name, analysis, show_name=len(items) > 1)
    if fmt is ExtractFormat.json:
        typer.echo(json.dumps(documents, ensure_ascii=False, indent=1))
    if errors:
        raise typer.Exit(1)
