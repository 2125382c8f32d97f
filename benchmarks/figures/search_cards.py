"""search_100k: kimboard's full-text search over 100,000 cards next to the same FTS5 MATCH
query run raw through sqlite3; board_search_100k: the board's search field (every hit on the
board, no limit) next to its raw query."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from benchmarks import runner
from benchmarks.runner import Context, Result

#: What people type: whole words, prefixes, umlauts in either spelling, two words.
QUERIES = (
    "Fiktionsbescheinigung", "familiennachzug unterlagen", "rueckmeldung", "jobcent", "Blaue Karte",
    "Zustimmung Bundesagentur", "einbürgerung", "Dolmetsch", "frist", "leichter Sprache",
    "Gebuehr", "Sicherheitsabfrage",
)

EXPLANATION = ("median over 12 typical queries of search_cards (limit 200, via Database.session)"
               " vs the same FTS5 MATCH + bm25 query through plain sqlite3")
EXPLANATION_BOARD = ("the board's search field: search_cards(board_id=…, limit=100000) as "
                     "BoardPage.search calls it vs the same query through plain sqlite3")

RANK = "bm25(card_fts, 0.0, 10.0, 3.0, 1.0)"


def raw_sql(board: bool) -> str:
    """The statement kimboard.core.sqlite_backend.fts_search sends."""
    sql = (f"SELECT f.card_id, {RANK} AS rank FROM card_fts AS f "
           "JOIN cards AS c ON c.id = f.card_id JOIN boards AS b ON b.id = c.board_id "
           "WHERE card_fts MATCH ?")
    if board:
        sql += " AND c.board_id = ?"
    return sql + " AND c.archived_at IS NULL ORDER BY rank LIMIT ?"


def _measure(ctx: Context, cards: int, board: bool) -> Result:
    from kimboard.core.db import Database
    from kimboard.core.search import match_expression, search_cards

    ds = ctx.dataset(cards)
    db = Database.open(ds.path)
    raw = sqlite3.connect(f"file:{ds.path}?mode=ro", uri=True)
    limit = 100_000 if board else 200
    try:
        def ours_for(q: str) -> Callable[[], float]:
            def go() -> float:
                t0 = runner.now()
                with db.session() as s:
                    if board:
                        search_cards(s, q, board_id=ds.board_id, limit=limit)
                    else:
                        search_cards(s, q, limit=limit)
                return runner.now() - t0
            return go

        def raw_for(q: str) -> Callable[[], float]:
            match = match_expression(q)
            sql = raw_sql(board)
            params: tuple[Any, ...] = (match, ds.board_id, limit) if board else (match, limit)

            def go() -> float:
                t0 = runner.now()
                raw.execute(sql, params).fetchall()
                return runner.now() - t0
            return go

        n = ctx.repeats(5, 3)
        ours_all: list[float] = []
        base_all: list[float] = []
        per_query: dict[str, str] = {}
        for q in QUERIES:
            ours, base = runner.interleaved(ours_for(q), raw_for(q), n)
            match = match_expression(q)
            hits = len(raw.execute(raw_sql(board), (match, ds.board_id, limit) if board
                                   else (match, limit)).fetchall())
            o, b = runner.median(ours), runner.median(base)
            per_query[q] = f"{runner.ms(o):.1f} vs {runner.ms(b):.1f} ms, {hits} hits"
            ours_all.append(o)
            base_all.append(b)
    finally:
        raw.close()
        db.close()
    return Result("search", runner.ms(runner.median(ours_all)), "ms",
                  runner.ms(runner.median(base_all)),
                  details={"slowest query (ms)": round(runner.ms(max(ours_all)), 1),
                           "per query": per_query})


def run(ctx: Context, cards: int) -> Result:
    return _measure(ctx, cards, board=False)


def run_board(ctx: Context, cards: int) -> Result:
    return _measure(ctx, cards, board=True)
