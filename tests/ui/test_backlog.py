"""The backlog page and the sprint dialogs through their real widgets on a real database:
planning by keyboard and drop, reordering, undo/redo, sprint life cycle, read-only boards and
accessibility."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select, update

from kimboard.core import clock
from kimboard.core.backlog import load_backlog
from kimboard.core.boardview import load_board
from kimboard.core.db import Database
from kimboard.core.models import Card, Site, Sprint
from kimboard.core.ops import boards, cards, sites, sprints
from kimboard.ui.sprint import dialogs
from kimboard.ui.sprint.backlog import (
    COL_ESTIMATE,
    MIME_TYPE,
    BacklogPage,
    CardUuidRole,
    encode_cards,
)
from kimboard.ui.sprint.dialogs import CompleteSprintDialog, SprintDialog
from tests.ui.a11y import unnamed_widgets

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
MOVE = Qt.DropAction.MoveAction

SPRINT_START = dt.date(2025, 3, 3)  # a Monday
SPRINT_END = dt.date(2025, 3, 14)  # the Friday after next


@dataclass
class Env:
    site: int
    board: int
    cols: list[int]  # Backlog, Zu erledigen, In Arbeit, Erledigt
    cards: list[int]  # five cards, in backlog order
    uuids: list[str]
    sprint: int  # "Sprint 1", planned


@pytest.fixture(autouse=True)
def _german_numbers() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    board = db.run(boards.create_board, site, "KIM-Team", "scrum").value.id
    with db.session() as s:
        cols = [c.id for c in load_board(s, board).columns]
    made = [
        db.run(cards.create_card, board, title, column_id=cols[0], estimate=estimate).value
        for title, estimate in (("Terminvergabe prüfen", 3.0),
                                ("Merkblatt Straßenverkehr", 2.5),
                                ("Wartezeiten messen", None),
                                ("Dolmetscherpool aufbauen", 5.0),
                                ("Formulare vereinfachen", 1.0))
    ]
    sprint = db.run(sprints.create_sprint, board, "Sprint 1", SPRINT_START, SPRINT_END,
                    "Wartezeiten halbieren").value.id
    return Env(site, board, cols, [r.id for r in made], [r.uuid for r in made], sprint)


def _make_page(qtbot, db: Database, board: int) -> BacklogPage:  # noqa: ANN001
    page = BacklogPage(db, board, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.errors = []  # type: ignore[attr-defined]
    page.show_error = page.errors.append  # type: ignore[method-assign]
    page.messages = []  # type: ignore[attr-defined]
    page.status_message.connect(page.messages.append)
    page.changes = []  # type: ignore[attr-defined]
    page.changed.connect(lambda: page.changes.append(1))
    return page


@pytest.fixture
def page(qtbot, db: Database, env: Env) -> BacklogPage:  # noqa: ANN001
    return _make_page(qtbot, db, env.board)


def _lists(db: Database, board: int) -> dict[int | None, list[int]]:
    """What the database says: the backlog (None) and each open sprint, in order."""
    with db.session() as s:
        snap = load_backlog(s, board)
    return {None: [c.id for c in snap.backlog], **{p.id: [c.id for c in p.cards]
                                                   for p in snap.sprints}}


def _shown(page: BacklogPage, key: int | None) -> list[str]:
    model = page.models[key]
    return [model.index(r, 0).data(CardUuidRole) for r in range(model.rowCount())]


def _drop(view, data: QMimeData, pos: QPoint) -> None:  # noqa: ANN001
    """What the window system sends during a drag: enter, move, drop."""
    vp = view.viewport()
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos, MOVE, data, buttons, mods),
                  QDragMoveEvent(pos, MOVE, data, buttons, mods),
                  QDropEvent(QPointF(pos), MOVE, data, buttons, mods)):
        QApplication.sendEvent(vp, event)


def _answer(dialog_filler: Callable[[QDialog], None]) -> Callable[[QDialog], int]:
    """A stand-in for ``dialogs.exec_dialog``: fill the dialog, then report its result."""
    def run(dialog: QDialog) -> int:
        dialog_filler(dialog)
        return dialog.result()

    return run


# --------------------------------------------------------------------------- models


def test_models_pass_the_model_tester(page: BacklogPage, env: Env, db: Database,
                                      qtmodeltester) -> None:  # noqa: ANN001
    db.run(sprints.plan_card, env.cards[3], env.sprint)
    db.run(cards.update_card, env.cards[0], blocked=True, blocked_reason="wartet auf IT")
    page.reload()
    assert set(page.models) == {None, env.sprint}
    for model in page.models.values():
        qtmodeltester.check(model)
    backlog = page.models[None]
    assert [backlog.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Nr.", "Titel", "Schätzung", "Priorität", "Spalte"]
    assert backlog.index(1, COL_ESTIMATE).data() == "2,5"
    assert backlog.index(2, COL_ESTIMATE).data() == "–"
    blocked = backlog.index(0, 1)
    assert blocked.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "blockiert" in blocked.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "nicht geschätzt" in backlog.index(2, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert page.backlog_count.text() == "4 Karten · 6,5 Punkte · 1 ohne Schätzung"


# --------------------------------------------------------------------------- planning


def test_keyboard_plans_into_the_sprint_and_back_and_undo_redo_restore_everything(
        page: BacklogPage, env: Env, db: Database, qtbot) -> None:  # noqa: ANN001
    c0, c1, c2, c3, c4 = env.cards
    u = env.uuids
    backlog, sprint_view = page.backlog_view, page.views[env.sprint]
    page.select_cards([u[1]])
    qtbot.keyClick(backlog, Qt.Key.Key_Right, CTRL)
    assert _lists(db, env.board) == {None: [c0, c2, c3, c4], env.sprint: [c1]}
    assert _shown(page, env.sprint) == [u[1]]
    assert page.undo_stack.undoText() == "Karte #2 in „Sprint 1“ eingeplant"
    assert page.messages[-1].startswith("Karte #2 in „Sprint 1“ eingeplant")
    assert sprint_view.selected_uuids() == [u[1]]  # the selection follows the card

    page.select_cards([u[0], u[3]])
    qtbot.keyClick(backlog, Qt.Key.Key_Right, CTRL)
    assert _lists(db, env.board) == {None: [c2, c4], env.sprint: [c1, c0, c3]}
    assert page.undo_stack.undoText() == "2 Karten in „Sprint 1“ eingeplant"

    page.select_cards([u[0]])
    qtbot.keyClick(sprint_view, Qt.Key.Key_Left, CTRL)  # back to the top of the backlog
    assert _lists(db, env.board) == {None: [c0, c2, c4], env.sprint: [c1, c3]}
    assert page.undo_stack.undoText() == "Karte #1 zurück ins Backlog gelegt"
    assert _shown(page, None) == [u[0], u[2], u[4]]
    assert page.changes == [1, 1, 1]

    states = [
        {None: [c0, c2, c3, c4, ], env.sprint: [c1]},
        {None: [c2, c4], env.sprint: [c1, c0, c3]},
        {None: [c0, c2, c4], env.sprint: [c1, c3]},
    ]
    page.undo_stack.undo()
    assert _lists(db, env.board) == states[1]
    page.undo_stack.undo()
    assert _lists(db, env.board) == states[0]
    page.undo_stack.undo()
    assert _lists(db, env.board) == {None: env.cards, env.sprint: []}
    assert _shown(page, None) == u and _shown(page, env.sprint) == []
    for expected in states:
        page.undo_stack.redo()
        assert _lists(db, env.board) == expected
    assert _shown(page, env.sprint) == [u[1], u[3]]


def test_alt_up_and_down_reorder_within_a_list(page: BacklogPage, env: Env, db: Database,
                                               qtbot) -> None:  # noqa: ANN001
    c0, c1, c2, c3, c4 = env.cards
    view = page.backlog_view
    page.select_cards([env.uuids[2]])
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    assert _lists(db, env.board)[None] == [c0, c2, c1, c3, c4]
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)  # the selection moved along
    assert _lists(db, env.board)[None] == [c2, c0, c1, c3, c4]
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)  # at the top: nothing
    assert page.undo_stack.count() == 2
    page.select_cards([env.uuids[3]])
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert _lists(db, env.board)[None] == [c2, c0, c1, c4, c3]
    assert page.undo_stack.undoText() == "Karte #4 im Backlog verschoben"
    for expected in ([c2, c0, c1, c3, c4], [c0, c2, c1, c3, c4], [c0, c1, c2, c3, c4]):
        page.undo_stack.undo()
        assert _lists(db, env.board)[None] == expected
    assert _shown(page, None) == env.uuids
    page.undo_stack.redo()
    page.undo_stack.redo()
    page.undo_stack.redo()
    assert _lists(db, env.board)[None] == [c2, c0, c1, c4, c3]


def test_drops_plan_before_the_row_and_undo_restores_both_lists(
        page: BacklogPage, env: Env, db: Database) -> None:
    c0, c1, c2, c3, c4 = env.cards
    u = env.uuids
    db.run(sprints.plan_card, c3, env.sprint)
    page.reload()
    source = page.models[None]  # c0 c1 c2 c4
    target = page.models[env.sprint]  # c3
    data = source.mimeData([source.index(0, 0), source.index(0, 1), source.index(2, 0)])
    assert data.hasFormat(MIME_TYPE)
    assert target.canDropMimeData(data, MOVE, 0, 0, QModelIndex())
    target.dropMimeData(data, MOVE, 0, 0, QModelIndex())  # before row 0
    assert _lists(db, env.board) == {None: [c1, c4], env.sprint: [c0, c2, c3]}
    assert page.undo_stack.undoText() == "2 Karten in „Sprint 1“ eingeplant"

    # a real drop onto the top half of the sprint's second row: before that card
    view = page.views[env.sprint]
    data = source.mimeData([source.index(1, 0)])  # c4
    rect = view.visualRect(target.index(1, 0))
    _drop(view, data, QPoint(rect.center().x(), rect.top() + 3))
    assert _lists(db, env.board) == {None: [c1], env.sprint: [c0, c4, c2, c3]}

    # reorder within the sprint: the last card below everything, then back to the top
    data = target.mimeData([target.index(3, 0)])  # c3 is already last: nothing to do
    target.dropMimeData(data, MOVE, -1, -1, QModelIndex())
    assert page.undo_stack.count() == 2
    target.dropMimeData(target.mimeData([target.index(3, 0)]), MOVE, 0, 0, QModelIndex())
    assert _lists(db, env.board)[env.sprint] == [c3, c0, c4, c2]

    # and back into the backlog, at its end (below the last row)
    backlog = page.backlog_view
    _drop(backlog, target.mimeData([target.index(1, 0)]),
          QPoint(40, backlog.viewport().height() - 5))
    assert _lists(db, env.board) == {None: [c1, c0], env.sprint: [c3, c4, c2]}
    assert page.undo_stack.count() == 4

    for _ in range(4):
        page.undo_stack.undo()
    assert _lists(db, env.board) == {None: [c0, c1, c2, c4], env.sprint: [c3]}
    assert _shown(page, None) == [u[0], u[1], u[2], u[4]]
    for _ in range(4):
        page.undo_stack.redo()
    assert _lists(db, env.board) == {None: [c1, c0], env.sprint: [c3, c4, c2]}


def test_foreign_or_malformed_drops_are_ignored(page: BacklogPage, env: Env,
                                                db: Database) -> None:
    view = page.views[env.sprint]
    bad = QMimeData()
    bad.setData(MIME_TYPE, b"{kein json")
    text = QMimeData()
    text.setText("Hallo")
    other_board = encode_cards("ein-anderes-board", [env.uuids[0]])
    for data in (bad, text, other_board):
        assert not page.models[env.sprint].canDropMimeData(data, MOVE, 0, 0, QModelIndex())
        _drop(view, data, QPoint(30, 30))
    assert _lists(db, env.board)[env.sprint] == []
    assert page.undo_stack.count() == 0


def test_context_menu_offers_every_sprint(page: BacklogPage, env: Env, db: Database) -> None:
    second = db.run(sprints.create_sprint, env.board, "Sprint 2", dt.date(2025, 3, 17),
                    dt.date(2025, 3, 28)).value.id
    page.reload()
    menu = page.context_menu_for(None, [env.uuids[4]])
    sub = next(a.menu() for a in menu.actions() if a.menu())
    assert [a.text() for a in sub.actions()] == ["Sprint 1 (geplant)", "Sprint 2 (geplant)"]
    sub.actions()[1].trigger()
    assert _lists(db, env.board)[second] == [env.cards[4]]
    menu = page.context_menu_for(second, [env.uuids[4]])
    back = next(a for a in menu.actions() if a.text() == "Zurück ins &Backlog")
    assert back.isEnabled()
    back.trigger()
    assert _lists(db, env.board)[None][0] == env.cards[4]  # at the top


def test_a_refused_change_is_shown_and_changes_nothing(page: BacklogPage, env: Env,
                                                       db: Database, qtbot) -> None:  # noqa: ANN001
    db.run(sprints.plan_card, env.cards[0], env.sprint)
    db.run(cards.move_card, env.cards[0], env.cols[3], None)  # done
    page.reload()
    before = _lists(db, env.board)
    page.select_cards([env.uuids[0]])
    qtbot.keyClick(page.views[env.sprint], Qt.Key.Key_Left, CTRL)
    assert page.errors and "erledigte Karte" in page.errors[-1]
    assert _lists(db, env.board) == before
    assert page.undo_stack.count() == 0


def test_enter_opens_the_card_editor_and_its_edit_can_be_undone(
        page: BacklogPage, env: Env, db: Database, qtbot, monkeypatch) -> None:  # noqa: ANN001
    def edit(dialog) -> None:  # noqa: ANN001
        dialog.title_edit.setText("Terminvergabe online prüfen")
        assert dialog.save()

    monkeypatch.setattr(page, "exec_editor", edit)
    page.select_cards([env.uuids[0]])
    page.backlog_view.setCurrentIndex(page.models[None].index(0, 1))
    qtbot.keyClick(page.backlog_view, Qt.Key.Key_Return)
    assert page.models[None].index(0, 1).data() == "Terminvergabe online prüfen"
    assert page.undo_stack.undoText() == "Karte #1 bearbeiten"
    page.undo_stack.undo()
    with db.session() as s:
        assert s.get_one(Card, env.cards[0]).title == "Terminvergabe prüfen"
    assert page.models[None].index(0, 1).data() == "Terminvergabe prüfen"


# --------------------------------------------------------------------------- sprint life cycle


def test_new_sprint_through_the_dialog_with_defaults_and_validation(
        page: BacklogPage, env: Env, db: Database, monkeypatch) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SprintDialog)
        # the Monday after Sprint 1 ends, two weeks long, numbered on
        seen["defaults"] = (dialog.name_edit.text(), dialog.start_date(), dialog.end_date())
        dialog.name_edit.setText("Sprint 2 – Übergabe")
        dialog.goal_edit.setPlainText("Merkblätter überarbeiten")
        dialog.start_edit.setDate(dialog.start_edit.date().addDays(7))  # the end moves along
        seen["moved"] = dialog.end_date()
        dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
        dialog.accept()
        seen["error"] = dialog.error_label.text()
        assert dialog.result() != QDialog.DialogCode.Accepted  # still open
        dialog.end_edit.setDate(dialog.start_edit.date().addDays(4))
        dialog.accept()

    monkeypatch.setattr(dialogs, "exec_dialog", _answer(fill))
    with clock.frozen_at(dt.datetime(2025, 3, 5, 10, tzinfo=dt.UTC)):
        sprint_id = page.new_sprint()
    assert seen["defaults"] == ("Sprint 2", dt.date(2025, 3, 17), dt.date(2025, 3, 28))
    assert seen["moved"] == dt.date(2025, 4, 4)
    assert "Enddatum" in str(seen["error"])
    assert sprint_id is not None
    with db.session() as s:
        sprint = s.get_one(Sprint, sprint_id)
        assert (sprint.name, sprint.goal, sprint.start_date, sprint.end_date, sprint.state) == (
            "Sprint 2 – Übergabe", "Merkblätter überarbeiten", dt.date(2025, 3, 24),
            dt.date(2025, 3, 28), "planned")
    assert list(page.panels) == [env.sprint, sprint_id]
    assert page.panels[sprint_id].name_label.text() == "Sprint 2 – Übergabe"
    assert page.changes and page.undo_stack.count() == 0  # life cycle: not undoable


def test_the_sprint_dialog_shows_core_errors_inline(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    dialog = SprintDialog(db, env.board, env.sprint)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Sprint 1"
    dialog.name_edit.setText("x" * 200)
    dialog.goal_edit.setPlainText("y" * 5001)  # the core allows 5000 characters
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog) and "Sprint-Ziel" in dialog.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.goal_edit.setPlainText("Kürzer")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        assert s.get_one(Sprint, env.sprint).goal == "Kürzer"


def test_starting_asks_with_the_commitment(page: BacklogPage, env: Env, db: Database) -> None:
    for card in env.cards[:3]:
        db.run(sprints.plan_card, card, env.sprint)
    page.reload()
    asked: list[str] = []
    page.confirm = lambda box: asked.append(box.text()) or False  # type: ignore[method-assign]
    assert not page.start_sprint(env.sprint)
    assert "3 Karten mit zusammen 5,5 Punkte (1 davon ohne Schätzung)" in asked[0]
    with db.session() as s:
        assert s.get_one(Sprint, env.sprint).state == "planned"
    page.confirm = lambda box: True  # type: ignore[method-assign]
    panel = page.panels[env.sprint]
    assert panel.start_button.isVisibleTo(panel) and not panel.close_button.isVisibleTo(panel)
    assert page.start_sprint(env.sprint)
    with db.session() as s:
        assert s.get_one(Sprint, env.sprint).state == "active"
    panel = page.panels[env.sprint]
    assert panel.state_label.text() == "läuft"
    assert panel.close_button.isVisibleTo(panel) and not panel.start_button.isVisibleTo(panel)
    assert page.undo_stack.count() == 0


def test_starting_through_the_button_with_a_real_message_box(
        page: BacklogPage, env: Env, db: Database, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    page.panels[env.sprint].start_button.click()
    with db.session() as s:
        assert s.get_one(Sprint, env.sprint).state == "active"


def _running_sprint_with_a_done_card(db: Database, env: Env) -> None:
    for card in env.cards[:3]:
        db.run(sprints.plan_card, card, env.sprint)
    db.run(cards.move_card, env.cards[1], env.cols[3], None)  # done
    db.run(sprints.start_sprint, env.sprint)


def test_completing_carries_unfinished_cards_into_the_next_sprint(
        page: BacklogPage, env: Env, db: Database, monkeypatch) -> None:  # noqa: ANN001
    _running_sprint_with_a_done_card(db, env)
    second = db.run(sprints.create_sprint, env.board, "Sprint 2", dt.date(2025, 3, 17),
                    dt.date(2025, 3, 28)).value.id
    page.reload()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CompleteSprintDialog)
        assert dialog.done_label.text() == "1 Karte · 2,5 Punkte"
        assert dialog.unfinished_label.text() == "2 Karten · 3 Punkte"
        assert dialog.next_radio.isChecked()  # default: the next planned sprint
        assert dialog.next_combo.currentData() == second
        assert dialog.goal_open_radio.isChecked()
        dialog.goal_no_radio.setChecked(True)
        dialog.note_edit.setPlainText("Dolmetschung fehlte – zwei Termine verschoben")
        dialog.accept()

    monkeypatch.setattr(dialogs, "exec_dialog", _answer(fill))
    assert page.complete_sprint(env.sprint)
    with db.session() as s:
        closed = s.get_one(Sprint, env.sprint)
        assert (closed.state, closed.goal_reached, closed.goal_note) == (
            "closed", False, "Dolmetschung fehlte – zwei Termine verschoben")
        where = dict(s.execute(select(Card.id, Card.sprint_id).where(
            Card.id.in_(env.cards[:3]))).all())
    assert where == {env.cards[0]: second, env.cards[1]: env.sprint, env.cards[2]: second}
    assert list(page.panels) == [second]
    assert _shown(page, second) == [env.uuids[0], env.uuids[2]]
    # the closed sprint now counts for the velocity shown with the plan
    assert "Ø Velocity des letzten Sprints: 2,5 Punkte" in page.panels[second].gauge_label.text()


def test_completing_into_a_new_sprint_creates_it_first(
        page: BacklogPage, env: Env, db: Database, monkeypatch) -> None:  # noqa: ANN001
    _running_sprint_with_a_done_card(db, env)
    page.reload()
    assert "Noch keine abgeschlossenen Sprints – keine Velocity" in \
        page.panels[env.sprint].gauge_label.text()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CompleteSprintDialog)
        assert dialog.backlog_radio.isChecked()  # no planned sprint: the backlog
        assert not dialog.next_radio.isEnabled()
        dialog.new_radio.setChecked(True)
        dialog.goal_yes_radio.setChecked(True)
        dialog.accept()

    monkeypatch.setattr(dialogs, "exec_dialog", _answer(fill))
    with clock.frozen_at(dt.datetime(2025, 3, 12, 10, tzinfo=dt.UTC)):
        assert page.complete_sprint(env.sprint)
    with db.session() as s:
        new = s.scalars(select(Sprint).where(Sprint.id != env.sprint)).one()
        new_id = new.id
        assert (new.name, new.state, new.start_date, new.end_date) == (
            "Sprint 2", "planned", dt.date(2025, 3, 17), dt.date(2025, 3, 28))
        assert s.get_one(Sprint, env.sprint).goal_reached is True
    assert _lists(db, env.board)[new_id] == [env.cards[0], env.cards[2]]


def test_deleting_asks_and_puts_the_cards_back(page: BacklogPage, env: Env,
                                               db: Database) -> None:
    assert page.plan_cards([env.uuids[4]], env.sprint)  # an undoable planning step
    assert page.undo_stack.count() == 1
    asked: list[str] = []
    page.confirm = lambda box: asked.append(box.text()) or False  # type: ignore[method-assign]
    assert not page.delete_sprint(env.sprint)
    assert "Seine Karte geht zurück ins Backlog." in asked[0]
    page.confirm = lambda box: True  # type: ignore[method-assign]
    assert page.delete_sprint(env.sprint)
    lists = _lists(db, env.board)
    assert list(lists) == [None] and sorted(lists[None]) == env.cards
    assert page.panels == {} and page.no_sprints_label.isVisibleTo(page)
    # A new sprint may get the deleted one's id: older planning steps must not replay.
    assert page.undo_stack.count() == 0


# --------------------------------------------------------------------------- other boards


def test_a_read_only_board_shows_everything_and_changes_nothing(
        qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    from kimboard.core.guard import ALLOW_FOREIGN

    db.run(sprints.plan_card, env.cards[0], env.sprint)
    with db.transaction() as s:
        s.info[ALLOW_FOREIGN] = True
        s.execute(update(Site).where(Site.id == env.site).values(is_local=False))
    page = _make_page(qtbot, db, env.board)
    assert page.read_only_label.isVisibleTo(page)
    assert page.read_only_label.text() == "Nur lesen – Board einer anderen Dienststelle"
    assert _shown(page, env.sprint) == [env.uuids[0]]
    assert not page.new_sprint_button.isEnabled()
    panel = page.panels[env.sprint]
    for button in (panel.edit_button, panel.start_button, panel.delete_button):
        assert not button.isEnabled()
    model = page.models[None]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([model.index(0, 0)])
    assert not page.models[env.sprint].canDropMimeData(data, MOVE, 0, 0, QModelIndex())
    page.select_cards([env.uuids[1]])
    qtbot.keyClick(page.backlog_view, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(page.backlog_view, Qt.Key.Key_Down, ALT)
    assert page.undo_stack.count() == 0 and not page.errors
    assert _lists(db, env.board)[env.sprint] == [env.cards[0]]
    menu = page.context_menu_for(None, [env.uuids[1]])
    enabled = [a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert enabled == ["Ö&ffnen …"]


def test_a_kanban_board_explains_where_sprints_are(qtbot, db: Database, env: Env) -> None:  # noqa: ANN001
    kanban = db.run(boards.create_board, env.site, "Servicepunkt").value.id
    page = _make_page(qtbot, db, kanban)
    assert page.stack.currentWidget() is page.placeholder
    assert page.placeholder_label.isVisibleTo(page)
    assert "Kanban-Board" in page.placeholder_label.text()
    assert "Scrum-Boards" in page.placeholder_title.text()
    assert unnamed_widgets(page) == []
    assert not page.new_sprint_button.isVisibleTo(page)


# --------------------------------------------------------------------------- accessibility


def test_everything_interactive_has_a_name(qtbot, page: BacklogPage, env: Env,
                                           db: Database) -> None:  # noqa: ANN001
    db.run(sprints.plan_card, env.cards[0], env.sprint)
    db.run(sprints.start_sprint, env.sprint)
    db.run(sprints.create_sprint, env.board, "Sprint 2", dt.date(2025, 3, 17),
           dt.date(2025, 3, 28))
    page.reload()
    assert len(page.panels) == 2
    assert unnamed_widgets(page) == []
    assert page.views[None].accessibleName().startswith("Product Backlog")
    gauge = page.panels[env.sprint].gauge_label
    assert gauge.text().startswith("Geplant: 3 Punkte")  # said in words, not only colour
    dialog = SprintDialog(db, env.board, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_widgets(dialog) == []
    closing = CompleteSprintDialog(db, env.sprint, page)
    qtbot.addWidget(closing)
    closing.show()
    assert unnamed_widgets(closing) == []


def test_tab_moves_from_list_to_list(qtbot, page: BacklogPage, env: Env) -> None:  # noqa: ANN001
    page.activateWindow()
    page.backlog_view.setFocus()
    qtbot.waitUntil(page.backlog_view.hasFocus, timeout=2000)
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is page.views[env.sprint]:
            break
    assert reached[-1] is page.views[env.sprint]
    # the sprint's buttons lie on the way; the table's cells do not
    assert all(w is page.views[env.sprint] or w.parentWidget() is page.panels[env.sprint]
               for w in reached)
