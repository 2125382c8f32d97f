"""open_board_10k: open a board of 10,000 cards — query, models, first paint — next to a plain
QListView that shows as many strings."""

from __future__ import annotations

from typing import Any

from benchmarks import runner
from benchmarks.runner import Context, Result

EXPLANATION = ("BoardPage on the board (query, models, show, first paint via grab) vs a plain "
               "QListView + QStringListModel of as many strings, painted alike")


def card_titles(db: Any, board_id: int) -> list[str]:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(
            text("SELECT title FROM cards WHERE board_id = :b AND archived_at IS NULL"),
            {"b": board_id})]


def open_page(app: Any, db: Any, board_id: int) -> tuple[float, Any]:
    """Seconds to construct, show and paint a BoardPage; the page (caller deletes it)."""
    from PySide6.QtGui import QUndoStack

    from kimboard.ui.board.page import BoardPage

    t0 = runner.now()
    page = BoardPage(db, board_id, QUndoStack())
    page.resize(*runner.WINDOW_SIZE)
    page.show()
    app.processEvents()
    page.grab()
    return runner.now() - t0, page


def open_list(app: Any, strings: list[str]) -> tuple[float, Any]:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QListView

    t0 = runner.now()
    model = QStringListModel(strings)
    view = QListView()
    view.setModel(model)
    model.setParent(view)
    view.resize(*runner.WINDOW_SIZE)
    view.show()
    app.processEvents()
    view.grab()
    return runner.now() - t0, view


def breakdown(app: Any, db: Any, board_id: int) -> dict[str, float]:
    """One instrumented open: where the time goes (ms)."""
    from PySide6.QtGui import QUndoStack

    from kimboard.core.boardview import load_board
    from kimboard.ui.board.page import BoardPage

    out: dict[str, float] = {}
    t0 = runner.now()
    with db.session() as s:
        load_board(s, board_id)
    out["load_board query"] = runner.ms(runner.now() - t0)
    t0 = runner.now()
    page = BoardPage(db, board_id, QUndoStack())
    out["BoardPage() incl. query"] = runner.ms(runner.now() - t0)
    page.resize(*runner.WINDOW_SIZE)
    t0 = runner.now()
    page.show()
    app.processEvents()
    out["show + events"] = runner.ms(runner.now() - t0)
    t0 = runner.now()
    page.grab()
    out["paint (grab)"] = runner.ms(runner.now() - t0)
    runner.delete_widget(app, page)
    return out


def run(ctx: Context, cards: int) -> Result:
    from kimboard.core.db import Database

    ds = ctx.dataset(cards)
    app = ctx.qapp()
    db = Database.open(ds.path)
    try:
        strings = card_titles(db, ds.board_id)

        def kimboard() -> float:
            seconds, page = open_page(app, db, ds.board_id)
            runner.delete_widget(app, page)
            return seconds

        def baseline() -> float:
            seconds, view = open_list(app, strings)
            runner.delete_widget(app, view)
            return seconds

        n = ctx.repeats(7, 3)
        ours, base = runner.interleaved(kimboard, baseline, n)
        splits = [breakdown(app, db, ds.board_id) for _ in range(3)]
        details = {"breakdown, median of 3 (ms)": {
                       k: round(runner.median([b[k] for b in splits]), 1) for k in splits[0]},
                   "runs (ms)": [round(runner.ms(x), 1) for x in ours],
                   "baseline runs (ms)": [round(runner.ms(x), 1) for x in base],
                   "cards shown": len(strings)}
    finally:
        db.close()
    return Result("open_board", runner.ms(runner.median(ours)), "ms",
                  runner.ms(runner.median(base)), details=details)
