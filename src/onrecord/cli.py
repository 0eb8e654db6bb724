"""The ``onrecord`` command: parses arguments, calls the library, formats.

Library errors become one line on stderr naming the input and the problem.
Results go to stdout; progress goes to stderr.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from onrecord import __version__
from onrecord.errors import InputError, OnrecordError
from onrecord.export import speaker_label, write_parquet, write_records, write_table
from onrecord.ingest.text import expand, read_inputs
from onrecord.model import Analysis
from onrecord.settings import default_database_url
from onrecord.store import StatementQuery, Store

# Commands that analyze import spaCy, ingest and linking when they run, so
# the commands that only read the record start fast.

app = typer.Typer(
    help="onrecord: who said what, about what, and when, with character spans.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)


class ExtractFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _fail(message: str) -> None:
    stderr.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="ONRECORD_DB",
        help="Database URL (sqlite:///path.db, postgresql+psycopg://host/db). "
        "Default: a SQLite file in the user data directory.",
    ),
]


def _open(db: str | None) -> Store:
    try:
        return Store(db or default_database_url())
    except OnrecordError as err:
        _fail(str(err))
        raise typer.Exit(2) from None


def _iso_date(value: str | None) -> str | None:
    """An option's ISO date (YYYY-MM-DD), or a usage error naming the problem."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _progress(label: str) -> Progress:
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
    )


def _print_text(name: str, analysis: Analysis, show_name: bool) -> None:
    if show_name:
        typer.echo(f"== {name}")
    for s in analysis.statements:
        cue = s.cue.text if s.cue else "-"
        content = " … ".join(" ".join(p.text.split()) for p in s.parts)
        typer.echo(f"{speaker_label(s.to_dict())}: {cue}: {content}")


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

    from onrecord.analyze import analyze_many

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


SPEAKER_STYLES = ("bold cyan", "bold magenta", "bold green", "bold yellow", "bold blue", "bold red")


def render_marked(text: str, records: list[dict[str, Any]]) -> Text:
    """The text with each statement's content underlined in its speaker's colour."""
    marked = Text(text)
    colours: dict[str, str] = {}
    for r in records:
        who = speaker_label(r)
        style = colours.setdefault(who, SPEAKER_STYLES[len(colours) % len(SPEAKER_STYLES)])
        content = r["content"]
        for part in content if isinstance(content, list) else [content]:
            assert isinstance(part, dict)
            marked.stylize(f"underline {style}", part["start"], part["end"])
        for role in ("source", "cue"):
            span = r[role]
            if isinstance(span, dict):
                marked.stylize("bold", span["start"], span["end"])
    return marked


class TableFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportWhat(StrEnum):
    statements = "statements"
    speakers = "speakers"
    quotes = "quotes"
    issues = "issues"
    conflicts = "conflicts"


class Kind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


@app.command()
def add(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt .md .html .json .jsonl .rss .atom .xml .warc .warc.gz), "
            "folders (recursively), URLs of pages or feeds, or - for stdin."
        ),
    ],
    db: DbOption = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Analysis processes (default: the cores).")
    ] = 0,
) -> None:
    """Add articles to the record: read, analyze, store each once.

    An article already stored (same URL or same text) is skipped.  Each
    article is stored with its statements in one transaction.  Ends with a
    summary on stderr: added, already present, failed (each with its reason).
    Exit status 0 if anything was added, 1 if nothing was.
    """
    from onrecord import record
    from onrecord.ingest.sources import read_sources

    store = _open(db)
    progress = _progress("analyzing")
    with progress:
        task = progress.add_task("add", total=None, rate="")

        def advance(done: int, total: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{60 * done / elapsed:.0f}/min" if elapsed else ""
            progress.update(task, completed=done, total=total, rate=rate)

        try:
            report = record.add(
                store,
                read_sources(inputs),
                workers=workers or record.default_workers(),
                progress=advance,
            )
        except OnrecordError as problem:
            _fail(f"{problem} (articles analysed so far are stored; rerun to link them)")
            raise typer.Exit(1) from None
    for err in report.failed:
        _fail(str(err))
    stderr.print(
        f"added {len(report.added)}, already present {len(report.present)}, "
        f"failed {len(report.failed)}",
        highlight=False,
    )
    if not report.added:
        raise typer.Exit(1)


@app.command()
def reanalyze(
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Analysis processes.")] = 0,
) -> None:
    """Rerun analysis on stored articles analysed by another engine version."""
    from onrecord import record

    store = _open(db)
    with _progress("reanalyzing") as progress:
        task = progress.add_task("reanalyze", total=None, rate="")
        try:
            count = record.reanalyze(
                store,
                workers=workers or record.default_workers(),
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
        except OnrecordError as problem:
            _fail(f"{problem} (articles reanalysed so far are stored; rerun to link them)")
            raise typer.Exit(1) from None
    stderr.print(f"reanalyzed {count} articles", highlight=False)


TABLE_ROWS = 50


@app.command()
def quotes(
    speaker: Annotated[
        str | None, typer.Option(help="Speaker name or mention contains this.")
    ] = None,
    search: Annotated[str | None, typer.Option(help="Full-text search in the content.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Articles from this outlet.")] = None,
    since: Annotated[
        str | None,
        typer.Option(help="Published on or after (ISO date).", callback=_iso_date),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="Published on or before (ISO date).", callback=_iso_date),
    ] = None,
    kind: Annotated[Kind | None, typer.Option(help="direct, indirect or mixed.")] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    limit: Annotated[int | None, typer.Option(help="At most this many statements.")] = None,
    db: DbOption = None,
) -> None:
    """Statements in the record, filtered; jsonl and csv print every match."""
    store = _open(db)
    query = StatementQuery(
        speaker=speaker,
        search=search,
        outlet=outlet,
        since=since,
        until=until,
        kind=kind.value if kind else None,
        limit=limit if limit is not None or fmt is not TableFormat.table else TABLE_ROWS,
    )
    records = store.statements(query)
    if fmt is not TableFormat.table:
        write_records(records, sys.stdout, fmt.value)
        return
    table = Table("speaker", "kind", "content", "published", "article", show_lines=False)
    shown = 0
    for r in records:
        shown += 1
        table.add_row(
            speaker_label(r),
            r["kind"],
            r["content_text"],
            r["article"]["published"] or "",
            r["article"]["id"],
        )
    Console().print(table)
    total = store.count_statements(dataclasses.replace(query, limit=None))
    if total > shown:
        stderr.print(f"{shown} of {total} shown; --limit N or --format jsonl for more")


speakers_app = typer.Typer(help="Speakers in the record, and corrections to them.")
app.add_typer(speakers_app, name="speakers")


@speakers_app.callback(invoke_without_command=True)
def speakers(
    ctx: typer.Context,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Speakers in the record: statements, articles, first and last seen."""
    if ctx.invoked_subcommand is not None:
        return
    columns = ("id", "name", "kind", "statements", "articles", "first_seen", "last_seen")
    _print_rows(_open(db).speakers(), fmt, columns)


def _print_rows(rows: list[dict[str, Any]], fmt: TableFormat, columns: tuple[str, ...]) -> None:
    """Rows as jsonl or csv (every field), or as a table of ``columns``."""
    if fmt is not TableFormat.table:
        write_table(rows, sys.stdout, fmt.value)
        return
    table = Table(*(c.replace("_", " ") for c in columns))
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    Console().print(table)


def _correct(db: str | None, change: Callable[[Store], object]) -> None:
    """Apply a user's correction, then redo the issues and conflicts it touches."""
    from onrecord.link.issues import link_issues

    try:
        store = _open(db)
        change(store)
        link_issues(store)
    except OnrecordError as err:
        _fail(str(err))
        raise typer.Exit(1) from None


@speakers_app.command("merge")
def speakers_merge(
    keep: Annotated[str, typer.Argument(help="Speaker id to keep.")],
    other: Annotated[str, typer.Argument(help="Speaker id that is the same person.")],
    db: DbOption = None,
) -> None:
    """Merge OTHER into KEEP; the merge outlives re-analysis."""
    _correct(db, lambda store: store.merge_speakers(keep, other))
    stderr.print(f"merged {other} into {keep}", highlight=False)


@speakers_app.command("split")
def speakers_split(
    speaker_id: Annotated[str, typer.Argument(help="Speaker id that holds two people.")],
    name: Annotated[str, typer.Argument(help="The name, as resolved, of the other person.")],
    db: DbOption = None,
) -> None:
    """Give the statements resolved to NAME a speaker of their own."""
    from onrecord.link.speakers import split_speaker

    new: list[str] = []
    _correct(db, lambda store: new.append(split_speaker(store, speaker_id, name)))
    stderr.print(f"split {name!r} from {speaker_id} as {new[0]}", highlight=False)


@speakers_app.command("rename")
def speakers_rename(
    speaker_id: Annotated[str, typer.Argument(help="Speaker id.")],
    name: Annotated[str, typer.Argument(help="The name to show.")],
    db: DbOption = None,
) -> None:
    """Show a speaker under another name (the id stays)."""
    _correct(db, lambda store: store.rename_speaker(speaker_id, name))


@app.command()
def speaker(
    name: Annotated[str, typer.Argument(help="Speaker id or part of a name.")],
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """One speaker's statements in the order they were said."""
    store = _open(db)
    exact = store.speaker(name) is not None
    query = StatementQuery(speaker_id=name if exact else None, speaker=None if exact else name)
    records = list(store.statements(dataclasses.replace(query, order="said")))
    if exact and fmt is TableFormat.table:
        for role in store.speaker_roles(name):
            stderr.print(
                f"{role['role']} (as reported {role['first_seen'] or '?'} to "
                f"{role['last_seen'] or '?'})",
                highlight=False,
            )
    if fmt is not TableFormat.table:
        write_records(records, sys.stdout, fmt.value)
        return
    table = Table("said on", "who", "cue", "content", "issues", "article")
    for r in records:
        said = (r["said_on"] or "") + (" (by)" if r["said_on_bound"] else "")
        who = (r["speaker"] or {}).get("name") or r["mention"] or ""
        table.add_row(
            said,
            who,
            (r["cue"] or {}).get("text", ""),
            r["content_text"],
            ", ".join(r["issues"]),
            r["doc"],
        )
    Console().print(table)
    if exact:
        Console().print(_positions_table(store.positions(speaker_id=name), "issue"))


def _positions_table(positions: list[dict[str, Any]], first: str) -> Table:
    table = Table(first, "stance", "latest", "statements: said on, side, words")
    for p in positions:
        lines = [
            f"{st['said_on'] or '?'}{' (by)' if st['said_on_bound'] else ''} {st['stance']}"
            + (f" ({', '.join(st['evidence'])})" if st["evidence"] else "")
            + f" {st['id']}"
            for st in p["statements"]
        ]
        label = p["speaker"]["name"] if first == "speaker" else p["issue"]["label"]
        table.add_row(label, p["stance"], p["latest"], "\n".join(lines))
    return table


@app.command("issues")
def issues_command(
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Issues: the questions statements take a side on, biggest first."""
    columns = ("id", "label", "statements", "speakers", "conflicts", "first_seen", "last_seen")
    _print_rows(_open(db).issues(), fmt, columns)


@app.command()
def issue(
    issue_id: Annotated[str, typer.Argument(help="Issue id (see onrecord issues).")],
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """One issue: each speaker's stance over time, and its conflicts."""
    records = _open(db).issue_records(issue_id)
    if not records:
        _fail(f"{issue_id}: no such issue in the record")
        raise typer.Exit(1)
    if fmt is not TableFormat.table:
        write_table(records, sys.stdout, fmt.value)
        return
    found = records[0]
    console = Console()
    console.print(f"[bold]{escape(found['label'])}[/bold] ({', '.join(found['phrases'])})")
    console.print(_positions_table(found["positions"], "speaker"))
    for conflict in found["conflict_list"]:
        console.print(f"conflict {conflict['id']}: {escape(conflict['why'])}", highlight=False)


@app.command()
def conflicts(
    issue_id: Annotated[str | None, typer.Option("--issue", help="Only this issue.")] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Conflicts: two speakers on opposite sides of an issue, or one who changed sides."""
    store = _open(db)
    rows = store.conflicts(issue_id)
    if fmt is not TableFormat.table:
        write_table(rows, sys.stdout, fmt.value)
        return
    cited = {r["id"]: r for r in store.statements(StatementQuery(ids=_cited(rows)))}
    console = Console()
    for row in rows:
        console.print(f"[bold]{escape(row['issue'])}[/bold] {row['kind']} {row['id']}")
        console.print(f"  {escape(row['why'])}", highlight=False)
        for key in ("a", "b"):
            found = cited.get(row[key])
            who = speaker_label(found) if found else "?"
            content = found["content_text"] if found else ""
            console.print(f"  {key} {row[key]} {escape(who)}: {escape(content)}", highlight=False)


def _cited(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    return tuple(sorted({r[k] for r in rows for k in ("a", "b")}))


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id or URL.")],
    db: DbOption = None,
) -> None:
    """An article's text with its statements marked, then the statements listed."""
    found = _open(db).article(article)
    if found is None:
        _fail(f"{article}: no such article in the record")
        raise typer.Exit(1)
    console = Console()
    title = found["title"] or found["id"]
    console.print(f"[bold]{escape(title)}[/bold]  {escape(found['url'] or '')}")
    console.print(render_marked(found["text"], found["statements"]))
    for r in found["statements"]:
        who = speaker_label(r)
        console.print(
            f"[bold]{escape(who)}[/bold] {escape((r['cue'] or {}).get('text', '-'))}: "
            f"{escape(r['content_text'])}",
            highlight=False,
        )


@app.command()
def export(
    what: Annotated[
        ExportWhat,
        typer.Option(
            "--what",
            help="statements, speakers, quotes seen in several articles, issues (with "
            "positions) or conflicts.",
        ),
    ] = ExportWhat.statements,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File; default stdout.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many statements.")] = None,
    db: DbOption = None,
) -> None:
    """Every statement (or speaker, quote, issue, conflict) in the record, as jsonl or csv;
    statements also as parquet."""
    store = _open(db)
    try:
        if fmt is ExportFormat.parquet:
            if not output:
                _fail("parquet export needs --output FILE")
                raise typer.Exit(2)
            write_parquet(store.statements(StatementQuery(limit=limit)), output)
            return
        with (
            open(output, "w", encoding="utf-8", newline="")
            if output
            else nullcontext(sys.stdout) as handle
        ):
            if what is ExportWhat.speakers:
                write_table(store.speakers(), handle, fmt.value)
            elif what is ExportWhat.quotes:
                write_table(store.quotes(), handle, fmt.value)
            elif what is ExportWhat.issues:
                write_table(store.issue_records(), handle, fmt.value)
            elif what is ExportWhat.conflicts:
                write_table(store.conflicts(), handle, fmt.value)
            else:
                write_records(store.statements(StatementQuery(limit=limit)), handle, fmt.value)
    except OnrecordError as err:
        _fail(str(err))
        raise typer.Exit(1) from None


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps it local.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="ONRECORD_TOKEN", help="Allow POST /api/articles with this bearer token."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the record: REST API under /api (docs at /docs) and web pages.

    Read-only unless a token is given.
    """
    import uvicorn

    from onrecord.serve import create_app

    uvicorn.run(create_app(_open(db), token=token), host=host, port=port, log_level="warning")
