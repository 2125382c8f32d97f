"""scroll_board_10k: scroll the fullest column of a 10,000-card board from top to bottom in 50
steps, each step painted, next to a plain QListView of as many strings."""

from __future__ import annotations

from typing import Any

from benchmarks import runner
from benchmarks.figures.open_board import open_list, open_page
from benchmarks.runner import Context, Result

STEPS = 50
EXPLANATION = (f"time per step to scroll the fullest column top to bottom in {STEPS} steps, "
               "each repainted, vs a plain QListView of as many strings")


def scroll_steps(app: Any, view: Any, steps: int = STEPS) -> list[float]:
    """Seconds per step: move the scroll bar, then paint the viewport synchronously."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    view.viewport().repaint()
    top, bottom = bar.minimum(), bar.maximum()
    out = []
    for i in range(1, steps + 1):
        t0 = runner.now()
        bar.setValue(top + round((bottom - top) * i / steps))
        view.viewport().repaint()
        app.processEvents()
        out.append(runner.now() - t0)
    return out


def run(ctx: Context, cards: int) -> Result:
    from kimboard.core.db import Database
    from kimboard.ui.board.model import CardIdRole

    ds = ctx.dataset(cards)
    app = ctx.qapp()
    db = Database.open(ds.path)
    try:
        _s, page = open_page(app, db, ds.board_id)
        view = max(page.view.views.values(), key=lambda v: v.model().rowCount())
        rows = view.model().rowCount()
        settle = runner.settle_layout(app, view)
        titles = [view.model().index(r, 0).data() for r in range(rows)]
        assert view.model().index(0, 0).data(CardIdRole) is not None
        _s, plain = open_list(app, titles)
        plain.setFixedSize(view.viewport().size())
        runner.settle_layout(app, plain)
        n = ctx.repeats(3, 1)
        ours: list[float] = []
        base: list[float] = []
        scroll_steps(app, view)  # warm-up: size hints, glyph caches
        scroll_steps(app, plain)
        for _ in range(n):
            ours += scroll_steps(app, view)
            base += scroll_steps(app, plain)
        details = {"column rows": rows, "viewport": f"{view.viewport().width()}x"
                   f"{view.viewport().height()}", "layout rounds": settle,
                   "worst step (ms)": round(runner.ms(max(ours)), 2),
                   "baseline worst step (ms)": round(runner.ms(max(base)), 2)}
        runner.delete_widget(app, plain)
        runner.delete_widget(app, page)
    finally:
        db.close()
    return Result("scroll_board", runner.ms(runner.median(ours)), "ms/step",
                  runner.ms(runner.median(base)), details=details)
