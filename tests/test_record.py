"""Analysis in worker processes gives exactly what one process gives."""

from __future__ import annotations

from onrecord import Article
from onrecord.record import BATCH, analyzed


def test_two_worker_processes_match_one_process() -> None:
    articles = [
        Article(id=f"a{k}", text=f"“Bridge {k} will open in May,” Mayor Ann Lee said on Monday.")
        for k in range(2 * BATCH + 3)
    ]
    pooled = [(a.id, statements) for a, statements in analyzed(articles, workers=2)]
    alone = [(a.id, statements) for a, statements in analyzed(articles, workers=1)]
    assert pooled == alone
    assert [i for i, _ in pooled] == [a.id for a in articles]
    assert all(len(statements) == 1 for _, statements in pooled)
