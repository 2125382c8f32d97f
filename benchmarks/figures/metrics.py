"""metrics_100k: every metric of the 100,000-card board (its whole history of card events)
next to reading the same event rows raw through sqlite3; sprint_report: the sprint review of
a Scrum board written as a PDF next to rendering its six charts to PNG alone."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from benchmarks import runner
from benchmarks.runner import Context, Result

EXPLANATION = ("median of compute_metrics(board, 12 weeks) on the big board (all its events "
               "rebuilt into card histories) vs the same event rows fetched raw via sqlite3")
EXPLANATION_REPORT = ("median of sprint_review + write_sprint_report (PDF with six charts) "
                      "for a running sprint vs rendering the same six charts to PNG only")

_RAW = ("SELECT card_id, kind, at, from_column_id, to_column_id, sprint_id, old_value, "
        "new_value FROM card_events WHERE board_id = ? AND kind IN ('created', 'moved', "
        "'archived', 'restored', 'estimate_changed', 'sprint_added', 'sprint_removed', "
        "'blocked') ORDER BY card_id, at, id")


def run(ctx: Context, cards: int) -> Result:
    from kimboard.core.db import Database
    from kimboard.core.metrics import compute_metrics

    ds = ctx.dataset(cards)
    db = Database.open(ds.path)
    raw = sqlite3.connect(f"file:{ds.path}?mode=ro", uri=True)
    try:
        events = raw.execute("SELECT count(*) FROM card_events WHERE board_id = ?",
                             (ds.board_id,)).fetchone()[0]

        def ours() -> float:
            t0 = runner.now()
            with db.session() as s:
                compute_metrics(s, ds.board_id)
            return runner.now() - t0

        def base() -> float:
            t0 = runner.now()
            raw.execute(_RAW, (ds.board_id,)).fetchall()
            return runner.now() - t0

        n = ctx.repeats(5, 2)
        a, b = runner.interleaved(ours, base, n)
        return Result("metrics_100k", runner.ms(runner.median(a)), "ms",
                      runner.ms(runner.median(b)), EXPLANATION,
                      details={"card events on the board": f"{events:,}"}, cards=cards)
    finally:
        raw.close()
        db.close()


def run_report(ctx: Context, cards: int) -> Result:
    from sqlalchemy import select

    from kimboard.core.db import Database
    from kimboard.core.models import Board, Sprint
    from kimboard.core.review import sprint_review
    from kimboard.report import charts
    from kimboard.report.sprint_report import write_sprint_report

    ds = ctx.dataset(cards)
    db = Database.open(ds.path)
    ctx.work.mkdir(parents=True, exist_ok=True)
    out = Path(tempfile.mkdtemp(prefix="report-", dir=ctx.work))
    try:
        with db.session() as s:
            board_id, sprint_id = s.execute(
                select(Board.id, Sprint.id).join(Sprint, Sprint.board_id == Board.id)
                .where(Board.mode == "scrum", Sprint.state == "active").limit(1)).one()
            review = sprint_review(s, board_id, sprint_id)

        def ours() -> float:
            t0 = runner.now()
            with db.session() as s:
                data = sprint_review(s, board_id, sprint_id)
            write_sprint_report(data, out / "review.pdf")
            return runner.now() - t0

        def base() -> float:
            t0 = runner.now()
            for kind in charts.CHARTS:
                charts.figure_png(charts.build_figure(kind, review["metrics"]))
            return runner.now() - t0

        n = ctx.repeats(5, 2)
        a, b = runner.interleaved(ours, base, n)
        size = (out / "review.pdf").stat().st_size
        return Result("sprint_report", runner.ms(runner.median(a)), "ms",
                      runner.ms(runner.median(b)), EXPLANATION_REPORT,
                      details={"PDF size": f"{size / 1024:.0f} KiB"})
    finally:
        db.close()
