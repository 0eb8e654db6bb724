"""The record: articles and their statements in SQLite or PostgreSQL.

The only module that speaks SQL.  An article and its statements are written
in one transaction, so a killed process leaves each article whole or absent.
Full-text search runs on FTS5 (SQLite) or a tsvector column (PostgreSQL)
behind one method.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError as SAArgumentError
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from onrecord.errors import OnrecordError
from onrecord.ingest.ids import short_hash
from onrecord.model import Article, Span, Speaker, Statement, Topic
from onrecord.store.issues import IssueTables, issue_ids_of
from onrecord.store.schema import (
    articles,
    issues,
    quote_appearances,
    quotes,
    speaker_aliases,
    speakers,
    statement_issues,
    statements,
)

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0007"  # the newest migration; tests/test_store.py checks it against the scripts


class StoreError(OnrecordError):
    """The store cannot be opened or cannot do what was asked."""


@dataclass(frozen=True, slots=True)
class StatementQuery:
    """Filters over statements; None means no filter."""

    speaker: str | None = None  # a speaker id, or part of a name or of the source words
    speaker_id: str | None = None  # exactly this speaker entity
    search: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    article: str | None = None
    issue: str | None = None
    ids: tuple[str, ...] | None = None
    limit: int | None = None
    offset: int = 0
    order: str = "published"  # newest article first; "said": in the order things were said


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must appear, no operators."""
    return " ".join(f'"{word}"' for word in re.findall(r"\w+", text))


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store(IssueTables):
    """A record at a database URL, migrated to the current schema on open."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = sa.create_engine(url)
        except (SAArgumentError, ImportError, ValueError) as err:
            raise StoreError(f"{url}: not a usable database URL ({err})") from None
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            sa.event.listen(self.engine, "connect", _on_connect)
            database = self.engine.url.database
            if database and database != ":memory:":
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.migrate()
        except OperationalError as err:
            raise StoreError(f"{url}: cannot open the database ({err.orig})") from None

    def migrate(self) -> None:
        """Bring the schema to HEAD; a database already there costs one query, no Alembic."""
        try:
            with self.engine.connect() as connection:
                current = connection.execute(
                    sa.text("SELECT version_num FROM alembic_version")
                ).scalar()
        except (OperationalError, ProgrammingError):
            current = None
        if current == HEAD:
            return
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ---------------------------------------------------------

    def existing(self, article: Article) -> str | None:
        """The id of the stored article with the same URL or the same text, if any."""
        with self.engine.connect() as connection:
            return self._existing(connection, article)

    def add(self, article: Article, found: list[Statement], engine: str) -> str | None:
        """Store an article with its statements; None when it was already there.

        The id is the article's own, or that id with a short hash when another
        article holds it already.
        """
        with self.engine.begin() as connection:
            if self._existing(connection, article) is not None:
                return None
            article_id = article.id
            taken = connection.execute(
                sa.select(articles.c.id).where(articles.c.id == article_id)
            ).first()
            if taken:
                article_id = f"{article.id}-{short_hash(article.content_hash)[:6]}"
            try:
                connection.execute(
                    articles.insert().values(self._article_row(article, article_id, engine))
                )
            except IntegrityError:
                return None
            self._insert_statements(connection, article_id, found)
        return article_id

    @staticmethod
    def _existing(connection: Connection, article: Article) -> str | None:
        condition = articles.c.content_hash == article.content_hash
        if article.url:
            condition = sa.or_(condition, articles.c.url == article.url)
        return connection.execute(
            sa.select(articles.c.id).where(condition).limit(1)
        ).scalar_one_or_none()

    @staticmethod
    def _article_row(article: Article, article_id: str, engine: str) -> dict[str, Any]:
        return {
            "id": article_id,
            "url": article.url,
            "content_hash": article.content_hash,
            "outlet": article.outlet,
            "title": article.title,
            "author": article.author,
            "published": article.published,
            "text": article.text,
            "meta": article.metadata,
            "engine": engine,
            "added_at": _now(),
        }

    @staticmethod
    def _insert_statements(connection: Connection, article_id: str, found: list[Statement]) -> None:
        rows = []
        for n, s in enumerate(found, 1):
            content = s.content
            rows.append(
                {
                    "id": f"{article_id}:{n}",
                    "article_id": article_id,
                    "n": n,
                    "content_start": content.start,
                    "content_end": content.end,
                    "content_text": content.text,
                    "parts": [[p.start, p.end, p.text] for p in s.parts],
                    "source_start": s.source.start if s.source else None,
                    "source_end": s.source.end if s.source else None,
                    "source_text": s.source.text if s.source else None,
                    "cue_start": s.cue.start if s.cue else None,
                    "cue_end": s.cue.end if s.cue else None,
                    "cue_text": s.cue.text if s.cue else None,
                    "speaker": s.speaker.name if s.speaker else None,
                    "mention": s.speaker.mention if s.speaker else None,
                    "kind": s.kind,
                    "confidence": s.confidence,
                    "time_start": s.time_expression.start if s.time_expression else None,
                    "time_end": s.time_expression.end if s.time_expression else None,
                    "time_text": s.time_expression.text if s.time_expression else None,
                    "said_on": s.said_on,
                    "said_on_bound": s.said_on_bound,
                    "speaker_kind": s.speaker.kind if s.speaker else None,
                    "speaker_role": s.speaker.role if s.speaker else None,
                    "topics": [t.to_dict() for t in s.topics],
                }
            )
        if rows:
            connection.execute(statements.insert(), rows)

    def replace_statements(self, article_id: str, found: list[Statement], engine: str) -> None:
        """New statements for a stored article, in one transaction."""
        with self.engine.begin() as connection:
            connection.execute(statements.delete().where(statements.c.article_id == article_id))
            self._insert_statements(connection, article_id, found)
            connection.execute(
                articles.update().where(articles.c.id == article_id).values(engine=engine)
            )

    # -- reading ---------------------------------------------------------

    def stale(self, engine: str) -> Iterator[tuple[str, str, str | None]]:
        """(id, text, published) of every article analysed by another engine version."""
        a = articles.c
        with self.engine.connect() as connection:
            rows = connection.execute(
                sa.select(a.id, a.text, a.published).where(a.engine != engine)
            )
            yield from ((row.id, row.text, row.published) for row in rows)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {
                "articles": connection.execute(
                    sa.select(sa.func.count()).select_from(articles)
                ).scalar_one(),
                "statements": connection.execute(
                    sa.select(sa.func.count()).select_from(statements)
                ).scalar_one(),
            }

    def _filtered(self, query: StatementQuery) -> sa.Select[Any]:
        a, s = articles.c, statements.c
        select = (
            sa.select(
                statements,
                a.url.label("article_url"),
                a.title.label("article_title"),
                a.outlet.label("article_outlet"),
                a.published.label("article_published"),
                speakers.c.name.label("speaker_name"),
            )
            .join_from(statements, articles, s.article_id == a.id)
            .outerjoin(speakers, speakers.c.id == s.speaker_id)
        )
        if query.speaker:
            pattern = f"%{query.speaker.lower()}%"
            select = select.where(
                sa.or_(
                    s.speaker_id == query.speaker,
                    sa.func.lower(speakers.c.name).like(pattern),
                    sa.func.lower(s.speaker).like(pattern),
                    sa.func.lower(s.mention).like(pattern),
                )
            )
        if query.speaker_id:
            select = select.where(s.speaker_id == query.speaker_id)
        if query.outlet:
            select = select.where(sa.func.lower(a.outlet) == query.outlet.lower())
        if query.kind:
            select = select.where(s.kind == query.kind)
        if query.article:
            select = select.where(s.article_id == query.article)
        if query.issue:
            si = statement_issues.c
            select = select.where(
                s.id.in_(sa.select(si.statement_id).where(si.issue_id == query.issue))
            )
        if query.ids is not None:
            select = select.where(s.id.in_(query.ids))
        if query.since:
            select = select.where(a.published >= query.since)
        if query.until:
            # An ISO date bound includes that whole day.
            select = select.where(a.published < query.until + "\uffff")
        if query.search:
            select = select.where(self._search_condition(query.search))
        return select

    def _search_condition(self, text: str) -> sa.ColumnElement[bool]:
        if self.dialect == "postgresql":
            search: sa.ColumnElement[Any] = sa.literal_column("statements.search")
            return search.bool_op("@@")(sa.func.plainto_tsquery("english", text))
        fts = _fts_query(text)
        if not fts:
            return sa.false()
        return statements.c.pk.in_(
            sa.text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH :q").bindparams(
                q=fts
            )
        )

    def statements(self, query: StatementQuery = StatementQuery()) -> Iterator[dict[str, Any]]:
        """Statement records matching ``query``, newest article first, in text order."""
        if query.order == "said":
            when = sa.func.coalesce(statements.c.said_on, articles.c.published)
            select = self._filtered(query).order_by(when, statements.c.article_id, statements.c.n)
        else:
            select = self._filtered(query).order_by(
                articles.c.published.desc(), statements.c.article_id, statements.c.n
            )
        if query.limit is not None:
            select = select.limit(query.limit)
        if query.offset:
            select = select.offset(query.offset)
        with self.engine.connect() as connection:
            rows = connection.execute(select).mappings()
            while chunk := rows.fetchmany(500):
                found = issue_ids_of(connection, [row["id"] for row in chunk])
                for row in chunk:
                    yield statement_record(row, found.get(row["id"], []))

    def count_statements(self, query: StatementQuery = StatementQuery()) -> int:
        subquery = self._filtered(query).subquery()
        with self.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(subquery)).scalar_one()

    def speakers(self, speaker_id: str | None = None) -> list[dict[str, Any]]:
        """Each speaker (or just one) with statement and article counts, first and last seen."""
        s, a, p = statements.c, articles.c, speakers.c
        select = (
            sa.select(
                p.id,
                p.name,
                p.kind,
                sa.func.count().label("statements"),
                sa.func.count(sa.distinct(s.article_id)).label("articles"),
                sa.func.min(a.published).label("first_seen"),
                sa.func.max(a.published).label("last_seen"),
            )
            .join_from(statements, articles, s.article_id == a.id)
            .join(speakers, p.id == s.speaker_id)
            .where(p.id == speaker_id if speaker_id is not None else sa.true())
            .group_by(p.id, p.name, p.kind)
            .order_by(sa.func.count().desc(), p.name)
        )
        with self.engine.connect() as connection:
            return [dict(row) for row in connection.execute(select).mappings()]

    def speaker_table(self) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
        """(id, name, kind) of every speaker, and every alias with its speaker's id."""
        with self.engine.connect() as connection:
            rows = [
                (r.id, r.name, r.kind)
                for r in connection.execute(sa.select(speakers).order_by(speakers.c.id))
            ]
            aliases = {
                r.alias: r.speaker_id for r in connection.execute(sa.select(speaker_aliases))
            }
        return rows, aliases

    def unlinked_names(self) -> list[tuple[str, str]]:
        """(name, kind) of unlinked statements' speakers, the most frequent first.

        The first spelling linked names the speaker, so the commonest one does.
        """
        s = statements.c
        kind = sa.func.coalesce(s.speaker_kind, "unknown")
        select = (
            sa.select(s.speaker, kind)
            .where(s.speaker.is_not(None), s.speaker_id.is_(None))
            .group_by(s.speaker, kind)
            .order_by(sa.func.count().desc(), s.speaker)
        )
        with self.engine.connect() as connection:
            return [(name, k) for name, k in connection.execute(select)]

    def titles_by_name(self) -> list[tuple[str, str | None, str]]:
        """(resolved name, speaker id or None, title) of every statement whose
        source titles its speaker: the evidence two spellings are one person."""
        s = statements.c
        select = (
            sa.select(s.speaker, s.speaker_id, s.speaker_role)
            .where(s.speaker.is_not(None), s.speaker_role.is_not(None))
            .distinct()
        )
        with self.engine.connect() as connection:
            return [(r.speaker, r.speaker_id, r.speaker_role) for r in connection.execute(select)]

    def save_links(
        self,
        new: list[tuple[str, str, str]],
        aliases: dict[str, str],
        links: dict[tuple[str, str], str],
    ) -> None:
        """New speakers, new aliases and statement links, in one transaction."""
        s = statements.c
        with self.engine.begin() as connection:
            if new:
                connection.execute(
                    speakers.insert(), [{"id": i, "name": n, "kind": k} for i, n, k in new]
                )
            known = {r.alias for r in connection.execute(sa.select(speaker_aliases.c.alias))}
            fresh = [{"alias": a, "speaker_id": i} for a, i in aliases.items() if a not in known]
            if fresh:
                connection.execute(speaker_aliases.insert(), fresh)
            for (name, kind), speaker_id in links.items():
                connection.execute(
                    statements.update()
                    .where(
                        s.speaker == name,
                        sa.func.coalesce(s.speaker_kind, "unknown") == kind,
                        s.speaker_id.is_(None),
                    )
                    .values(speaker_id=speaker_id)
                )

    def described(self) -> list[tuple[str, str, str | None, str | None]]:
        """(id, mention, role, published) of statements whose text describes the speaker
        with a definite description ("the Ukrainian president", "Panama's
        president") without naming them, or by a pronoun going on with one,
        linked by a description or not yet."""
        s, a = statements.c, articles.c
        mention = sa.func.lower(s.mention)
        select = (
            sa.select(s.id, s.mention, s.speaker_role, a.published)
            .join_from(statements, articles, s.article_id == a.id)
            .where(
                s.speaker.is_(None),
                s.mention.is_not(None),
                sa.or_(s.speaker_id.is_(None), s.speaker_via.is_not(None)),
                sa.or_(
                    mention.like("the %"),
                    mention.like("%'s %"),
                    mention.like("%’s %"),
                    # "he wrote", going on with "the president-elect announced"
                    sa.and_(mention.in_(("he", "she")), s.speaker_role.is_not(None)),
                ),
            )
            .order_by(s.id)
        )
        with self.engine.connect() as connection:
            return [
                (r.id, r.mention, r.speaker_role, r.published) for r in connection.execute(select)
            ]

    def titled(self) -> list[tuple[str, str, str, str | None]]:
        """(a statement's id, speaker id, title, published) for each title a
        source gave a speaker in articles of one date, once."""
        s, a = statements.c, articles.c
        select = (
            sa.select(sa.func.min(s.id), s.speaker_id, s.speaker_role, a.published)
            .join_from(statements, articles, s.article_id == a.id)
            .where(s.speaker_id.is_not(None), s.speaker_role.is_not(None), s.speaker_via.is_(None))
            .group_by(s.speaker_id, s.speaker_role, a.published)
            .order_by(s.speaker_id, s.speaker_role, a.published)
        )
        with self.engine.connect() as connection:
            return [(r[0], r[1], r[2], r[3]) for r in connection.execute(select)]

    def save_described(self, links: dict[str, tuple[str, str]]) -> None:
        """Link described speakers anew: statement id -> (speaker id, via statement
        id); every earlier such link not among them is undone, in one transaction."""
        s = statements.c
        with self.engine.begin() as connection:
            connection.execute(
                statements.update()
                .where(s.speaker_via.is_not(None))
                .values(speaker_id=None, speaker_via=None)
            )
            if links:
                connection.execute(
                    statements.update()
                    .where(s.id == sa.bindparam("statement_id"))
                    .values(speaker_id=sa.bindparam("linked"), speaker_via=sa.bindparam("via")),
                    [
                        {"statement_id": i, "linked": speaker_id, "via": via}
                        for i, (speaker_id, via) in links.items()
                    ],
                )

    def _speaker_exists(self, connection: Connection, speaker_id: str) -> None:
        found = connection.execute(sa.select(speakers.c.id).where(speakers.c.id == speaker_id))
        if found.first() is None:
            raise StoreError(f"{speaker_id}: no such speaker")

    def merge_speakers(self, keep: str, drop: str) -> None:
        """Make ``drop`` the same speaker as ``keep``; the merge outlives re-analysis."""
        if keep == drop:
            raise StoreError(f"{keep}: cannot merge a speaker with itself")
        with self.engine.begin() as connection:
            self._speaker_exists(connection, keep)
            self._speaker_exists(connection, drop)
            connection.execute(
                speaker_aliases.update()
                .where(speaker_aliases.c.speaker_id == drop)
                .values(speaker_id=keep, by_user=True)
            )
            connection.execute(
                statements.update().where(statements.c.speaker_id == drop).values(speaker_id=keep)
            )
            connection.execute(speakers.delete().where(speakers.c.id == drop))

    def split_speaker(self, speaker_id: str, alias: str, new_id: str, new_name: str) -> None:
        """Give the statements that name ``alias`` their own speaker ``new_id``."""
        with self.engine.begin() as connection:
            self._speaker_exists(connection, speaker_id)
            kind = connection.execute(
                sa.select(speakers.c.kind).where(speakers.c.id == speaker_id)
            ).scalar_one()
            connection.execute(speakers.insert().values(id=new_id, name=new_name, kind=kind))
            connection.execute(speaker_aliases.delete().where(speaker_aliases.c.alias == alias))
            connection.execute(
                speaker_aliases.insert().values(alias=alias, speaker_id=new_id, by_user=True)
            )
            moved = connection.execute(
                statements.update()
                .where(statements.c.speaker_id == speaker_id, statements.c.speaker == new_name)
                .values(speaker_id=new_id)
            )
            if moved.rowcount == 0:
                raise StoreError(f"{speaker_id}: no statement names {new_name!r}")

    def rename_speaker(self, speaker_id: str, name: str) -> None:
        with self.engine.begin() as connection:
            self._speaker_exists(connection, speaker_id)
            connection.execute(
                speakers.update().where(speakers.c.id == speaker_id).values(name=name)
            )

    def articles(self, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """A page of articles, newest first, and how many there are."""
        a = articles.c
        counts = (
            sa.select(statements.c.article_id, sa.func.count().label("statements"))
            .group_by(statements.c.article_id)
            .subquery()
        )
        select = (
            sa.select(
                a.id,
                a.url,
                a.title,
                a.outlet,
                a.author,
                a.published,
                sa.func.coalesce(counts.c.statements, 0).label("statements"),
            )
            .outerjoin(counts, counts.c.article_id == a.id)
            .order_by(a.published.desc(), a.id)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            rows = [dict(r) for r in connection.execute(select).mappings()]
            total = connection.execute(
                sa.select(sa.func.count()).select_from(articles)
            ).scalar_one()
        return rows, total

    def speaker(self, speaker_id: str) -> dict[str, Any] | None:
        """One speaker entity with its counts and roles, or None."""
        found = next(iter(self.speakers(speaker_id)), None)
        if found is not None:
            found["roles"] = self.speaker_roles(speaker_id)
        return found

    def speaker_roles(self, speaker_id: str) -> list[dict[str, Any]]:
        """The titles a speaker was given, with the first and last publication using each."""
        s, a = statements.c, articles.c
        select = (
            sa.select(
                s.speaker_role.label("role"),
                sa.func.count().label("statements"),
                sa.func.min(a.published).label("first_seen"),
                sa.func.max(a.published).label("last_seen"),
            )
            .join_from(statements, articles, s.article_id == a.id)
            .where(s.speaker_id == speaker_id, s.speaker_role.is_not(None))
            .group_by(s.speaker_role)
            .order_by(sa.func.min(a.published), s.speaker_role)
        )
        with self.engine.connect() as connection:
            return [dict(row) for row in connection.execute(select).mappings()]

    def facets(self, query: StatementQuery, size: int = 10) -> dict[str, list[dict[str, Any]]]:
        """Counts of the statements matching ``query`` by speaker, outlet, kind and issue."""
        matching = self._filtered(dataclasses.replace(query, limit=None, offset=0)).subquery()
        columns = {
            "speaker": (matching.c.speaker_id, matching.c.speaker_name),
            "outlet": (matching.c.article_outlet, matching.c.article_outlet),
            "kind": (matching.c.kind, matching.c.kind),
        }
        out: dict[str, list[dict[str, Any]]] = {}
        with self.engine.connect() as connection:
            for facet, (key, label) in columns.items():
                select = (
                    sa.select(key.label("value"), label.label("label"), sa.func.count().label("n"))
                    .where(key.is_not(None))
                    .group_by(key, label)
                    .order_by(sa.func.count().desc(), key)
                    .limit(size)
                )
                out[facet] = [dict(r) for r in connection.execute(select).mappings()]
            si, count = statement_issues.c, sa.func.count()
            select = (
                sa.select(
                    si.issue_id.label("value"), issues.c.label.label("label"), count.label("n")
                )
                .join_from(matching, statement_issues, si.statement_id == matching.c.id)
                .join(issues, issues.c.id == si.issue_id)
                .group_by(si.issue_id, issues.c.label)
                .order_by(count.desc(), si.issue_id)
                .limit(size)
            )
            out["issue"] = [dict(r) for r in connection.execute(select).mappings()]
        return out

    def quoted_statements(self) -> Iterator[tuple[str, str, str | None, str]]:
        """(statement id, article id, published, content) of statements with quotation marks."""
        s, a = statements.c, articles.c
        select = (
            sa.select(s.id, s.article_id, a.published, s.content_text)
            .join_from(statements, articles, s.article_id == a.id)
            .where(s.kind.in_(("direct", "mixed")))
        )
        with self.engine.connect() as connection:
            for row in connection.execute(select):
                yield row.id, row.article_id, row.published, row.content_text

    def replace_quotes(self, found: list[dict[str, Any]]) -> None:
        """The quotes of the record, all replaced in one transaction.

        Each item: ``{id, text, appearances: [{statement_id, text, variant}]}``,
        appearances earliest first.
        """
        with self.engine.begin() as connection:
            connection.execute(quote_appearances.delete())
            connection.execute(quotes.delete())
            if not found:
                return
            connection.execute(quotes.insert(), [{"id": q["id"], "text": q["text"]} for q in found])
            connection.execute(
                quote_appearances.insert(),
                [
                    {"quote_id": q["id"], "n": n, **appearance}
                    for q in found
                    for n, appearance in enumerate(q["appearances"])
                ],
            )

    def quotes(self) -> list[dict[str, Any]]:
        """Quotes seen in several articles with their appearances, earliest first."""
        qa, s, a = quote_appearances.c, statements.c, articles.c
        select = (
            sa.select(
                quotes.c.id,
                quotes.c.text.label("quote"),
                qa.statement_id,
                qa.text,
                qa.variant,
                s.article_id,
                a.outlet,
                a.url,
                a.published,
                sa.func.coalesce(speakers.c.name, s.speaker).label("speaker"),
            )
            .join_from(quotes, quote_appearances, qa.quote_id == quotes.c.id)
            .join(statements, s.id == qa.statement_id)
            .join(articles, a.id == s.article_id)
            .outerjoin(speakers, speakers.c.id == s.speaker_id)
            .order_by(quotes.c.id, qa.n)
        )
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as connection:
            for row in connection.execute(select).mappings():
                quote = out.setdefault(
                    row["id"], {"id": row["id"], "text": row["quote"], "appearances": []}
                )
                quote["appearances"].append(
                    {
                        k: row[k]
                        for k in (
                            "statement_id",
                            "text",
                            "variant",
                            "article_id",
                            "outlet",
                            "url",
                            "published",
                            "speaker",
                        )
                    }
                )
        for quote in out.values():
            quote["earliest"] = quote["appearances"][0]
        return list(out.values())

    def article(self, key: str, *, statements: bool = True) -> dict[str, Any] | None:
        """An article by id or URL, with its statements unless told not to."""
        with self.engine.connect() as connection:
            row = (
                connection.execute(
                    sa.select(articles).where(sa.or_(articles.c.id == key, articles.c.url == key))
                )
                .mappings()
                .first()
            )
        if row is None:
            return None
        record = dict(row)
        if statements:
            record["statements"] = list(self.statements(StatementQuery(article=row["id"])))
        return record


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    return None if start is None or end is None else Span(start, end, text or "")


def statement_record(row: Any, issue_ids: list[str] | None = None) -> dict[str, Any]:
    """The JSON record of a stored statement: extract's fields plus id and article."""
    statement = Statement(
        parts=tuple(Span(a, b, t) for a, b, t in row["parts"]),
        source=_span(row["source_start"], row["source_end"], row["source_text"]),
        cue=_span(row["cue_start"], row["cue_end"], row["cue_text"]),
        kind=row["kind"],
        speaker=(
            Speaker(row["mention"], row["speaker"], row["speaker_kind"], row["speaker_role"])
            if row["mention"] is not None
            else None
        ),
        confidence=row["confidence"],
        time_expression=_span(row["time_start"], row["time_end"], row["time_text"]),
        said_on=row["said_on"],
        said_on_bound=bool(row["said_on_bound"]),
        topics=tuple(
            Topic(
                Span(t["start"], t["end"], t["text"]),
                t["stance"],
                tuple(Span(e["start"], e["end"], e["text"]) for e in t["evidence"]),
                t.get("name"),
            )
            for t in row["topics"] or ()
        ),
    )
    record = {"id": row["id"], **statement.to_dict(doc=row["article_id"])}
    record["issues"] = issue_ids or []
    if row["speaker_id"] is not None:
        record["speaker"] = {"id": row["speaker_id"], "name": row["speaker_name"]}
        if row["speaker_via"] is not None:
            record["speaker"]["via"] = row["speaker_via"]
    elif record["speaker"] is not None:
        record["speaker"] = {"id": None, "name": record["speaker"]}
    record["article"] = {
        "id": row["article_id"],
        "url": row["article_url"],
        "title": row["article_title"],
        "outlet": row["article_outlet"],
        "published": row["article_published"],
    }
    return record
