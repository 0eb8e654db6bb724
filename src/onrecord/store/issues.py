"""The store's issue tables: issues, each statement's stance, conflicts, phrase vectors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import sqlalchemy as sa

from onrecord.model import combined
from onrecord.store.schema import (
    articles,
    conflicts,
    issues,
    phrase_vectors,
    speakers,
    statement_issues,
    statements,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from onrecord.link.issues import Conflict, Issue

CHUNK = 500


class IssueTables:
    """Mixed into :class:`onrecord.store.Store`."""

    engine: Engine

    def topic_rows(self) -> list[dict[str, Any]]:
        """Every statement that has topics, with what linking issues needs."""
        s = statements.c
        select = (
            sa.select(
                s.id,
                s.speaker_id,
                sa.func.coalesce(speakers.c.name, s.speaker).label("speaker"),
                s.kind,
                s.confidence,
                s.said_on,
                s.said_on_bound,
                s.topics,
                s.article_id,
            )
            .outerjoin(speakers, speakers.c.id == s.speaker_id)
            .where(s.topics.is_not(None))
            .order_by(s.pk)
        )
        with self.engine.connect() as connection:
            return [dict(r) for r in connection.execute(select).mappings() if r["topics"]]

    def article_leads(self, ids: set[str], length: int) -> dict[str, str]:
        """Each article's lead, by id: its title and the start of its text, on
        one line, at most ``length`` characters."""
        a = articles.c
        out: dict[str, str] = {}
        wanted = sorted(ids)
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), CHUNK):
                select = sa.select(a.id, a.title, sa.func.substr(a.text, 1, length)).where(
                    a.id.in_(wanted[start : start + CHUNK])
                )
                for key, title, head in connection.execute(select):
                    out[key] = " ".join(f"{title or ''} {head}".split())[:length]
        return out

    def phrase_vectors(self, phrases: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given phrases (those computed before)."""
        out: dict[str, np.ndarray] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(phrases), CHUNK):
                chunk = phrases[start : start + CHUNK]
                rows = connection.execute(
                    sa.select(phrase_vectors).where(phrase_vectors.c.phrase.in_(chunk))
                )
                for row in rows:
                    out[row.phrase] = np.frombuffer(row.vector, dtype=np.float32)
        return out

    def save_phrase_vectors(self, vectors: dict[str, np.ndarray]) -> None:
        if not vectors:
            return
        with self.engine.begin() as connection:
            connection.execute(
                phrase_vectors.insert(),
                [
                    {"phrase": k, "vector": v.astype(np.float32).tobytes()}
                    for k, v in vectors.items()
                ],
            )

    def replace_issues(self, found: list[Issue], flagged: list[Conflict]) -> None:
        """The issues, stances and conflicts of the record, all replaced in one transaction."""
        with self.engine.begin() as connection:
            for table in (conflicts, statement_issues, issues):
                connection.execute(table.delete())
            if not found:
                return
            connection.execute(
                issues.insert(),
                [{"id": i.id, "label": i.label, "phrases": i.phrases} for i in found],
            )
            connection.execute(
                statement_issues.insert(),
                [
                    {
                        "statement_id": m.statement_id,
                        "issue_id": i.id,
                        "stance": m.stance,
                        "phrase": m.phrase,
                        "evidence": [list(e) for e in m.evidence],
                    }
                    for i in found
                    for m in i.members
                ],
            )
            if flagged:
                connection.execute(
                    conflicts.insert(),
                    [
                        {
                            "id": c.id,
                            "issue_id": c.issue,
                            "kind": c.kind,
                            "a": c.a,
                            "b": c.b,
                            "why": c.why,
                        }
                        for c in flagged
                    ],
                )

    def issues(self, issue_id: str | None = None) -> list[dict[str, Any]]:
        """Issues with counts of statements and speakers and their date span, biggest first."""
        si, s, a = statement_issues.c, statements.c, articles.c
        counts = (
            sa.select(
                si.issue_id,
                sa.func.count().label("statements"),
                sa.func.count(sa.distinct(s.speaker_id)).label("speakers"),
                sa.func.count(sa.distinct(s.article_id)).label("articles"),
                sa.func.min(a.published).label("first_seen"),
                sa.func.max(a.published).label("last_seen"),
            )
            .join_from(statement_issues, statements, s.id == si.statement_id)
            .join(articles, a.id == s.article_id)
            .group_by(si.issue_id)
            .subquery()
        )
        flagged = (
            sa.select(conflicts.c.issue_id, sa.func.count().label("conflicts"))
            .group_by(conflicts.c.issue_id)
            .subquery()
        )
        select = (
            sa.select(
                issues,
                *(c for c in counts.c if c.name != "issue_id"),
                sa.func.coalesce(flagged.c.conflicts, 0).label("conflicts"),
            )
            .join_from(issues, counts, counts.c.issue_id == issues.c.id)
            .outerjoin(flagged, flagged.c.issue_id == issues.c.id)
            .order_by(counts.c.statements.desc(), issues.c.id)
        )
        if issue_id is not None:
            select = select.where(issues.c.id == issue_id)
        with self.engine.connect() as connection:
            return [dict(r) for r in connection.execute(select).mappings()]

    def issue_records(self, issue_id: str | None = None) -> list[dict[str, Any]]:
        """Issue records with each speaker's position (``positions``) and ``conflict_list``."""
        out = []
        for row in self.issues(issue_id):
            record = dict(row)
            record["positions"] = self.positions(issue_id=row["id"])
            record["conflict_list"] = self.conflicts(row["id"])
            out.append(record)
        return out

    def positions(
        self, *, issue_id: str | None = None, speaker_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Each speaker's stance per issue, with the statements behind it in the order said.

        ``stance`` sums up every statement; ``latest`` is the side of the last
        clear one, so a change of mind shows.
        """
        si, s, a = statement_issues.c, statements.c, articles.c
        select = (
            sa.select(
                si.issue_id,
                issues.c.label,
                s.speaker_id,
                speakers.c.name,
                si.statement_id,
                si.stance,
                si.evidence,
                s.said_on,
                s.said_on_bound,
                s.content_text,
                s.article_id,
                a.published,
            )
            .join_from(statement_issues, statements, s.id == si.statement_id)
            .join(issues, issues.c.id == si.issue_id)
            .join(speakers, speakers.c.id == s.speaker_id)
            .join(articles, a.id == s.article_id)
            .order_by(si.issue_id, s.speaker_id, sa.func.coalesce(s.said_on, a.published), s.id)
        )
        if issue_id is not None:
            select = select.where(si.issue_id == issue_id)
        if speaker_id is not None:
            select = select.where(s.speaker_id == speaker_id)
        grouped: dict[tuple[str, str], dict[str, Any]] = {}
        with self.engine.connect() as connection:
            for row in connection.execute(select).mappings():
                position = grouped.setdefault(
                    (row["issue_id"], row["speaker_id"]),
                    {
                        "issue": {"id": row["issue_id"], "label": row["label"]},
                        "speaker": {"id": row["speaker_id"], "name": row["name"]},
                        "statements": [],
                    },
                )
                position["statements"].append(
                    {
                        "id": row["statement_id"],
                        "stance": row["stance"],
                        "evidence": [e[2] for e in row["evidence"]],
                        "said_on": row["said_on"],
                        "said_on_bound": bool(row["said_on_bound"]),
                        "content": row["content_text"],
                        "article_id": row["article_id"],
                        "published": row["published"],
                    }
                )
        for position in grouped.values():
            stances = [st["stance"] for st in position["statements"]]
            position["stance"] = combined(stances)
            clear = [x for x in stances if x in ("for", "against")]
            position["latest"] = clear[-1] if clear else "unclear"
        return list(grouped.values())

    def conflicts(self, issue_id: str | None = None) -> list[dict[str, Any]]:
        """Conflict records ``{id, issue, kind, a, b, why}``, by issue."""
        c = conflicts.c
        select = sa.select(conflicts).order_by(c.issue_id, c.kind, c.id)
        if issue_id is not None:
            select = select.where(c.issue_id == issue_id)
        with self.engine.connect() as connection:
            return [
                {"id": r.id, "issue": r.issue_id, "kind": r.kind, "a": r.a, "b": r.b, "why": r.why}
                for r in connection.execute(select)
            ]


def issue_ids_of(connection: Connection, ids: list[str]) -> dict[str, list[str]]:
    """Issue ids of each given statement, read on an open connection."""
    out: dict[str, list[str]] = {}
    for start in range(0, len(ids), CHUNK):
        rows = connection.execute(
            sa.select(statement_issues.c.statement_id, statement_issues.c.issue_id)
            .where(statement_issues.c.statement_id.in_(ids[start : start + CHUNK]))
            .order_by(statement_issues.c.issue_id)
        )
        for row in rows:
            out.setdefault(row.statement_id, []).append(row.issue_id)
    return out
