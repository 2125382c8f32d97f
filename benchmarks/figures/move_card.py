"""move_card: move one card on a 10,000-card board through the board controller (core
operation, undo command, model update and the repaint it triggers) next to the bare core
``move_card`` in ``Database.run``."""

from __future__ import annotations

from typing import Any

from benchmarks import runner
from benchmarks.figures.open_board import open_page
from benchmarks.runner import Context, Result

MOVES = 50
EXPLANATION = ("median of moves 'In Arbeit' <-> top of 'Erledigt' via BoardController."
               "move_cards + processEvents vs core move_card in db.run")


def run(ctx: Context, cards: int) -> Result:
    from kimboard.core.ops import cards as card_ops

    ds = ctx.writable(cards)  # moves change the file
    app = ctx.qapp()
    from kimboard.core.db import Database

    db = Database.open(ds.path)
    try:
        _s, page = open_page(app, db, ds.board_id)
        c = page.controller
        cols = c.state.column_ids()
        in_work, done = cols[2], cols[-1]
        ui_card = c.state.order[in_work][0]
        core_card = c.state.order[in_work][1]

        def ui_move(i: int) -> float:
            st = c.state
            if i % 2 == 0:
                target, anchor = done, st.order[done][0]
            else:
                target = in_work
                rest = [x for x in st.order[in_work] if x not in (ui_card, core_card)]
                anchor = rest[0] if rest else None
            t0 = runner.now()
            ok = c.move_cards([ui_card], target, anchor)
            app.processEvents()
            seconds = runner.now() - t0
            if not ok:
                raise RuntimeError("controller refused the move")
            return seconds

        def core_move(i: int) -> float:
            target = done if i % 2 == 0 else in_work
            t0 = runner.now()
            db.run(card_ops.move_card, core_card, target, 0)
            return runner.now() - t0

        n = ctx.repeats(MOVES, MOVES // 2)
        for i in range(4):  # warm-up, ends where it started
            ui_move(i)
            core_move(i)
        ours, base = [], []
        for i in range(n):
            ours.append(ui_move(i))
            base.append(core_move(i))
        if n % 2:  # put the cards back
            ui_move(n)
            core_move(n)
        profile = _profile_one(app, c, ui_card, done)
        details = {"moves": n, "p90 (ms)": round(runner.ms(sorted(ours)[int(0.9 * (n - 1))]), 2),
                   "worst (ms)": round(runner.ms(max(ours)), 2),
                   "core worst (ms)": round(runner.ms(max(base)), 2),
                   "largest column": len(c.state.order[done]),
                   "split of one move (ms)": profile}
        runner.delete_widget(app, page)
    finally:
        db.close()
    return Result("move_card", runner.ms(runner.median(ours)), "ms",
                  runner.ms(runner.median(base)), details=details)


def _profile_one(app: Any, c: Any, card_id: int, done: int) -> dict[str, float]:
    """One move, split into core transaction, refresh of the state, model and paint."""
    st = c.state
    col, _idx = st.position(card_id)
    target = done if col != done else st.column_ids()[2]
    anchor = st.order[target][0] if st.order[target] else None
    spans: dict[str, float] = {}
    orig_refresh = c.refresh_cards
    orig_run = c.db.run

    def run_timed(op: Any, *a: Any, **k: Any) -> Any:
        t0 = runner.now()
        try:
            return orig_run(op, *a, **k)
        finally:
            spans["core transaction"] = spans.get("core transaction", 0) + runner.ms(
                runner.now() - t0)

    def refresh_timed(uuids: Any) -> None:
        t0 = runner.now()
        orig_refresh(uuids)
        spans["refresh + model reset"] = spans.get("refresh + model reset", 0) + runner.ms(
            runner.now() - t0)

    c.db.run = run_timed
    c.refresh_cards = refresh_timed
    try:
        t0 = runner.now()
        c.move_cards([card_id], target, anchor)
        spans["move_cards total"] = runner.ms(runner.now() - t0)
        t0 = runner.now()
        app.processEvents()
        spans["processEvents (layout, paint)"] = runner.ms(runner.now() - t0)
    finally:
        del c.db.run
        del c.refresh_cards
    return {k: round(v, 2) for k, v in spans.items()}
