"""Full-text search over card titles, descriptions and comments.

German text is folded the same way when indexed and when searched: case-insensitive, ß = ss,
and ä/ö/ü = ae/oe/ue, so "Müller", "MUELLER" and "müll" all find "Müller". The index is kept
current by a flush hook on write sessions, so every path through the ORM updates it; bulk
writers that bypass the ORM call :func:`reindex_cards` or :func:`rebuild`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from kimboard.core import sqlite_backend
from kimboard.core.models import Board, Card, Comment

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_WORD = re.compile(r"\w+", re.UNICODE)
_CHUNK = 500


def fold(text: str) -> str:
    """The searchable form of German text.

    NFC first: pasted text often spells "ü" as "u" + combining diaeresis, which would
    otherwise reach the index as "u" (diacritic removed) instead of "ue".
    """
    return unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word must occur, each as a prefix. None if no words."""
    words = _WORD.findall(fold(query))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True, slots=True)
class SearchHit:
    card_id: int
    card_uuid: str
    number: int
    title: str
    board_id: int
    board_name: str
    site_id: int
    rank: float
    archived: bool


def search_cards(
    session: Session,
    query: str,
    *,
    site_id: int | None = None,
    board_id: int | None = None,
    include_archived: bool = False,
    limit: int = 200,
) -> list[SearchHit]:
    """Cards matching ``query``, best first."""
    match = match_expression(query)
    if match is None:
        return []
    ranked = sqlite_backend.fts_search(
        session.connection(), match, site_id=site_id, board_id=board_id,
        include_archived=include_archived, limit=limit,
    )
    if not ranked:
        return []
    rank_of = dict(ranked)
    rows: list[Any] = []
    for chunk in _chunks(list(rank_of)):  # stay below SQLite's limit of bound parameters
        rows.extend(session.execute(
            select(Card.id, Card.uuid, Card.number, Card.title, Card.board_id, Board.name,
                   Board.site_id, Card.archived_at)
            .join(Board, Board.id == Card.board_id)
            .where(Card.id.in_(chunk))
        ).all())
    hits = [
        SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], rank_of[r[0]], r[7] is not None)
        for r in rows
    ]
    hits.sort(key=lambda h: h.rank)
    return hits


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def reindex_cards(conn: Connection, card_ids: Iterable[int], *, fresh: bool = False) -> None:
    """Bring the index rows of these cards up to date (deleted cards drop out).

    ``fresh``: the index holds none of them yet (after a clear), so skip the deletes.
    """
    ids = sorted(set(card_ids))
    for chunk in _chunks(ids):
        if not fresh:
            sqlite_backend.fts_delete(conn, chunk)
        comments: dict[int, list[str]] = {}
        for card_id, body in conn.execute(
            select(Comment.card_id, Comment.body)
            .where(Comment.card_id.in_(chunk))
            .order_by(Comment.card_id, Comment.id)
        ):
            comments.setdefault(card_id, []).append(body)
        rows: list[dict[str, Any]] = [
            {
                "card_id": cid,
                "title": fold(title),
                "description": fold(desc or ""),
                "comments": fold("\n".join(comments.get(cid, []))),
            }
            for cid, title, desc in conn.execute(
                select(Card.id, Card.title, Card.description).where(Card.id.in_(chunk))
            )
        ]
        sqlite_backend.fts_insert(conn, rows)


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the cards table. Returns the number of cards indexed."""
    sqlite_backend.fts_clear(conn)
    ids = [row[0] for row in conn.execute(select(Card.id))]
    reindex_cards(conn, ids, fresh=True)
    return len(ids)


def _changed(obj: Any, *names: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[n].history.has_changes() for n in names)


def _affected_cards(session: Session) -> set[int]:
    ids: set[int] = set()
    for obj in session.new:
        if isinstance(obj, Card):
            ids.add(obj.id)
        elif isinstance(obj, Comment):
            ids.add(obj.card_id)
    for obj in session.dirty:
        if isinstance(obj, Card) and _changed(obj, "title", "description"):
            ids.add(obj.id)
        elif isinstance(obj, Comment) and _changed(obj, "body", "card_id"):
            ids.add(obj.card_id)
            # A comment moved to another card must leave the old card's index row too.
            ids.update(inspect(obj).attrs["card_id"].history.deleted or ())
    for obj in session.deleted:
        if isinstance(obj, Card):
            ids.add(obj.id)
        elif isinstance(obj, Comment):
            ids.add(obj.card_id)
    ids.discard(None)  # type: ignore[arg-type]
    return ids


def install(factory: sessionmaker[Session]) -> None:
    """Keep the index current for every flush of sessions made by ``factory``."""

    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _ctx: Any) -> None:
        ids = _affected_cards(session)
        if ids:
            reindex_cards(session.connection(), ids)
