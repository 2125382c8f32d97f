"""A whole sprint in the main window, as a team and its leader go through it: plan in the
backlog by keyboard, start, work on the board, complete with carry-over, review, file the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.models import Card, Sprint
from kimboard.core.ops import boards, cards, sites, sprints
from kimboard.ui.sprint import dialogs
from kimboard.ui.sprint.dialogs import CompleteSprintDialog
from tests.ui.test_review import show, wait_loaded

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def board_uuid(db: Database) -> str:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    board = db.run(boards.create_board, site, "KIM-Team", "scrum").value
    for title, estimate in (("Terminvergabe prüfen", 3.0), ("Merkblatt übersetzen", 2.0),
                            ("Wartezeiten messen", 5.0)):
        db.run(cards.create_card, board.id, title, estimate=estimate)
    today = dt.date.today()
    start = today - dt.timedelta(days=today.weekday())
    db.run(sprints.create_sprint, board.id, "Sprint 1", start, start + dt.timedelta(days=11),
           "Terminvergabe verlässlich machen")
    return board.uuid


def test_plan_start_work_complete_review(qtbot, main_window, db: Database,  # noqa: ANN001
                                         board_uuid: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    pypdf = pytest.importorskip("pypdf")
    main_window.reload()
    main_window.open_board(board_uuid)
    ws = main_window.workspace

    # Plan: the two top cards into the sprint with Ctrl+→ in the backlog.
    main_window.view_actions["backlog"].trigger()
    backlog = ws.page("backlog")
    view = backlog.backlog_view
    for _ in range(2):
        view.setFocus()
        view.selectRow(0)
        qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    (plan,) = backlog.snapshot.sprints
    assert [c.title for c in plan.cards] == ["Terminvergabe prüfen", "Merkblatt übersetzen"]
    assert backlog.undo_stack.count() == 2  # planning is undoable …
    main_window.undo_action.trigger()
    main_window.redo_action.trigger()  # … from the main window's Edit menu too
    assert len(backlog.snapshot.sprints[0].cards) == 2

    # Start (the commitment is recorded).
    backlog.confirm = lambda box: True  # type: ignore[method-assign]
    assert backlog.start_sprint(plan.id)

    # Work on the board: one card done.
    main_window.view_actions["board"].trigger()
    c = main_window.board_page.controller
    c.reload()
    done = c.state.column_ids()[-1]
    card = next(i for i, s in c.state.cards.items() if s.title == "Terminvergabe prüfen")
    assert c.move_cards([card], done, None)

    # Complete: the unfinished card goes into a new sprint; the goal was reached.
    main_window.view_actions["backlog"].trigger()

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, CompleteSprintDialog)
        dialog.new_radio.setChecked(True)
        dialog.goal_yes_radio.setChecked(True)
        dialog.note_edit.setPlainText("Terminvergabe läuft; das Merkblatt folgt.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "exec_dialog", fill)
    assert backlog.complete_sprint(plan.id)
    with db.session() as s:
        first = s.scalar(select(Sprint).where(Sprint.name == "Sprint 1"))
        assert first is not None and first.state == "closed" and first.goal_reached is True
        carried = s.scalar(select(Card.sprint_id).where(Card.title == "Merkblatt übersetzen"))
        assert carried is not None and carried != first.id

    # Review: the closed sprint, its figures, and the PDF to file.
    main_window.view_actions["review"].trigger()
    review = ws.page("review")
    wait_loaded(review)
    i = review.sprint_combo.findText("Sprint 1", Qt.MatchFlag.MatchStartsWith)
    review.sprint_combo.setCurrentIndex(i)
    show(review)
    assert "Ziel erreicht" in review.header.text()
    assert review.tiles["committed"].value.text() == "5 Punkte"
    assert review.tiles["done"].value.text() == "3 Punkte"
    pdf = review.export_pdf(tmp_path / "Sprint-Review.pdf")
    assert pdf is not None
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Terminvergabe verlässlich machen" in text
    assert "Merkblatt übersetzen" in text  # the unfinished card is listed
    assert "3 von 5" in text  # points done of committed
    assert "Seite 1 von" in text
