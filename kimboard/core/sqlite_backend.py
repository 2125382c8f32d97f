"""Everything SQLite-specific in one place: pragmas, transactions, FTS5, integrity, backup.

A PostgreSQL backend implements the same functions with its own SQL; the rest of the core
only calls these.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 5000

#: Settings of each connection; none of them writes to the file. The busy timeout is read
#: from BUSY_TIMEOUT_MS when a connection opens. WAL is a property of the file and is set by
#: :func:`enable_wal` only once the file is known to be ours, so opening a foreign or
#: too-new file never rewrites its header.
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
)


def install(engine: Engine) -> None:
    """Pragmas on every connection, and BEGIN issued by us (IMMEDIATE for writes).

    pysqlite's own transaction handling defers BEGIN until the first write, which breaks
    SAVEPOINTs and lets two writers deadlock; this is SQLAlchemy's documented recipe.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in PRAGMAS:
            cur.execute(pragma)
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("kimboard_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def enable_wal(engine: Engine) -> None:
    """Switch the file to WAL (persistent; a no-op when it already is)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
    finally:
        raw.close()


# --------------------------------------------------------------------------- full-text search

#: The search index; the text columns hold folded text (see search.py). Since revision 0003 a
#: row's rowid IS the card id (``card_id`` repeats it for readability), so updating one card
#: deletes by rowid instead of scanning the index. Revision 0002 creates the table; a later
#: change needs a new revision, not an edit here.
FTS_DDL_V1 = (
    "CREATE VIRTUAL TABLE card_fts USING fts5("
    "card_id UNINDEXED, title, description, comments, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
FTS_DROP_V1 = "DROP TABLE IF EXISTS card_fts"

#: Title matches weigh most, then description, then comments (bm25: lower is better).
_RANK = "bm25(card_fts, 0.0, 10.0, 3.0, 1.0)"


def fts_delete(conn: Connection, card_ids: Iterable[int]) -> None:
    ids = [{"id": i} for i in card_ids]
    if ids:
        conn.execute(text("DELETE FROM card_fts WHERE rowid = :id"), ids)


def fts_insert(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """rows: dicts with card_id, title, description, comments (already folded)."""
    if rows:
        conn.execute(
            text(
                "INSERT INTO card_fts(rowid, card_id, title, description, comments) "
                "VALUES (:card_id, :card_id, :title, :description, :comments)"
            ),
            list(rows),
        )


def fts_clear(conn: Connection) -> None:
    conn.execute(text("DELETE FROM card_fts"))


def fts_optimize(conn: Connection) -> None:
    """Merge the index segments, so deleted text is gone from the file's pages too."""
    conn.execute(text("INSERT INTO card_fts(card_fts) VALUES ('optimize')"))


def fts_search(
    conn: Connection, match: str, *, site_id: int | None, board_id: int | None,
    include_archived: bool, limit: int
) -> list[tuple[int, float]]:
    """(card_id, rank) for an FTS5 MATCH expression, best first."""
    sql = (
        f"SELECT f.rowid, {_RANK} AS rank FROM card_fts AS f "
        "JOIN cards AS c ON c.id = f.rowid "
        "JOIN boards AS b ON b.id = c.board_id "
        "WHERE card_fts MATCH :match"
    )
    params: dict[str, Any] = {"match": match, "limit": limit}
    if site_id is not None:
        sql += " AND b.site_id = :site_id"
        params["site_id"] = site_id
    if board_id is not None:
        sql += " AND c.board_id = :board_id"
        params["board_id"] = board_id
    if not include_archived:
        sql += " AND c.archived_at IS NULL"
    sql += " ORDER BY rank LIMIT :limit"
    return [(int(r[0]), float(r[1])) for r in conn.execute(text(sql), params)]


# --------------------------------------------------------------------------- health and copies


def integrity_problems(conn: Connection) -> list[str]:
    """Messages from SQLite's integrity and foreign-key checks; empty when sound."""
    problems = [
        str(row[0])
        for row in conn.exec_driver_sql("PRAGMA integrity_check")
        if str(row[0]) != "ok"
    ]
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"Fremdschlüssel verletzt: {table} Zeile {rowid} verweist auf {parent}")
    return problems


def online_backup(source: Path, target: Path) -> None:
    """A consistent copy of a live database (SQLite's backup API), WAL folded in."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def checkpoint_and_vacuum(conn: Connection) -> None:
    """Rewrite the file so no free page keeps old content (used after erasing a person)."""
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.exec_driver_sql("VACUUM")
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
