"""Adding articles to the record: ingest, analyze (in worker processes), store.

Analysis is a pure function from article texts to statements, so it runs in
any process (and later on Dask) unchanged; only this process writes, one
article per transaction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from onrecord.analyze import analyze_many, engine_version
from onrecord.errors import InputError
from onrecord.link.descriptions import link_descriptions
from onrecord.link.issues import link_issues
from onrecord.link.provenance import link_quotes
from onrecord.link.speakers import link_speakers
from onrecord.link.when import dated
from onrecord.model import Article, Statement
from onrecord.store import Store

BATCH = 8  # articles per task sent to a worker


@dataclass(slots=True)
class AddReport:
    """What one run did with each input."""

    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)


def analyze_texts(texts: list[str]) -> list[list[Statement]]:
    """Statements of each text: the pure step that workers run."""
    return [analysis.statements for analysis in analyze_many(texts)]


def _warm() -> None:
    analyze_texts(["Warm-up, he said."])


def default_workers() -> int:
    return os.cpu_count() or 1


def _batches(articles: list[Article]) -> Iterator[list[Article]]:
    for start in range(0, len(articles), BATCH):
        yield articles[start : start + BATCH]


def analyzed(articles: list[Article], workers: int) -> Iterator[tuple[Article, list[Statement]]]:
    """Each article with its statements, in order, over ``workers`` processes.

    A run of one batch stays in this process: starting workers that each load
    the model costs more than it saves.
    """
    if workers <= 1 or len(articles) <= BATCH:
        for batch in _batches(articles):
            yield from zip(batch, analyze_texts([a.text for a in batch]), strict=True)
        return
    with ProcessPoolExecutor(workers, initializer=_warm) as pool:
        pending: list[tuple[list[Article], Future[list[list[Statement]]]]] = []
        for batch in _batches(articles):
            pending.append((batch, pool.submit(analyze_texts, [a.text for a in batch])))
            if len(pending) >= 2 * workers:
                done, future = pending.pop(0)
                yield from zip(done, future.result(), strict=True)
        for done, future in pending:
            yield from zip(done, future.result(), strict=True)


def relink(store: Store) -> None:
    """Redo what spans articles: speakers (named, then described), quotes, then
    issues and conflicts."""
    link_speakers(store)
    link_descriptions(store)
    link_quotes(store)
    link_issues(store)


def add(
    store: Store,
    items: Iterable[Article | InputError],
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> AddReport:
    """Analyze and store every new article among ``items``; report on each."""
    report = AddReport()
    fresh: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            report.failed.append(item)
        elif (found := store.existing(item)) is not None:
            report.present.append(found)
        else:
            fresh.append(item)
    engine = engine_version()
    for done, (article, statements) in enumerate(analyzed(fresh, workers), 1):
        article_id = store.add(article, dated(statements, article.published), engine)
        (report.added if article_id else report.present).append(article_id or article.id)
        if progress:
            progress(done, len(fresh))
    relink(store)
    return report


def reanalyze(
    store: Store, *, workers: int = 1, progress: Callable[[int, int], None] | None = None
) -> int:
    """Rerun analysis on articles analysed by another engine version; how many."""
    engine = engine_version()
    stale = [Article(id=i, text=t, published=p) for i, t, p in store.stale(engine)]
    for done, (article, found) in enumerate(analyzed(stale, workers), 1):
        store.replace_statements(article.id, dated(found, article.published), engine)
        if progress:
            progress(done, len(stale))
    relink(store)
    return len(stale)
