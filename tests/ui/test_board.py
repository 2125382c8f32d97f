"""The board through its real widgets: quick add, keyboard and drop moves, WIP limits,
filters, search, archive, delete, and undo/redo of each."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.models import Card, Comment
from kimboard.core.ops import boards, cards, people, sites
from kimboard.ui.board import mime
from kimboard.ui.board.model import CardIdRole, list_model_data
from kimboard.ui.board.page import BoardPage


@dataclass
class Env:
    site: int
    board: int
    cols: list[int]  # Backlog, Zu erledigen, In Arbeit (soft 5), Erledigt
    cards: dict[str, int]


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    board = db.run(boards.create_board, site, "Team Aufenthalt").value.id
    with db.session() as s:
        from kimboard.core.boardview import load_board

        cols = [c.id for c in load_board(s, board).columns]
    made = {}
    for title in ("Terminvergabe prüfen", "Merkblatt Straßenverkehr", "Wartezeiten messen"):
        made[title] = db.run(cards.create_card, board, title, column_id=cols[1]).value.id
    return Env(site, board, cols, made)


@pytest.fixture
def page(qtbot, db: Database, env: Env) -> BoardPage:  # noqa: ANN001
    p = BoardPage(db, env.board, QUndoStack())
    qtbot.addWidget(p)
    p.resize(1400, 800)
    p.show()
    p.errors = []  # type: ignore[attr-defined]
    p.show_error = p.errors.append  # type: ignore[method-assign]
    p.controller.error.disconnect()
    p.controller.error.connect(p.show_error)
    return p


def _column(db: Database, column_id: int) -> list[int]:
    with db.session() as s:
        return list(cards.cards_in_column(s, column_id))


def _shown(page: BoardPage, column_id: int) -> list[int]:
    return list_model_data(page.view.models[(column_id, None)])


def test_column_models_pass_the_model_tester(page: BoardPage, env: Env, qtmodeltester) -> None:  # noqa: ANN001
    for model in page.view.models.values():
        qtmodeltester.check(model)


def test_quick_add_creates_a_card_at_the_top_and_undo_redo_keep_its_identity(
        page: BoardPage, env: Env, db: Database, qtbot) -> None:  # noqa: ANN001
    header = page.view.headers[env.cols[1]]
    qtbot.keyClicks(header.add_edit, "Neue Karte ")
    header.add_edit.insert("Ü")  # keyClicks cannot type non-ASCII on every Qt build
    qtbot.keyClick(header.add_edit, Qt.Key.Key_Return)
    assert header.add_edit.text() == ""
    ids = _column(db, env.cols[1])
    assert len(ids) == 4
    with db.session() as s:
        new = s.get_one(Card, ids[0])
        uuid, title = new.uuid, new.title
    assert title == "Neue Karte Ü"
    assert _shown(page, env.cols[1]) == ids
    page.undo_stack.undo()
    assert len(_column(db, env.cols[1])) == 3
    assert len(_shown(page, env.cols[1])) == 3
    page.undo_stack.redo()
    with db.session() as s:
        assert s.scalar(select(Card.title).where(Card.uuid == uuid)) == "Neue Karte Ü"
    assert len(_shown(page, env.cols[1])) == 4


def test_keyboard_moves_between_and_within_columns(page: BoardPage, env: Env, db: Database,
                                                   qtbot) -> None:  # noqa: ANN001
    a, b, c = env.cards.values()
    view = page.view.view_for(env.cols[1])
    view.setFocus()
    assert page.view.select_card(b)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _column(db, env.cols[2]) == [b]
    assert _column(db, env.cols[1]) == [a, c]
    assert _shown(page, env.cols[2]) == [b]
    # focus follows the card, so the next key press moves it on
    target = page.view.view_for(env.cols[2])
    assert target.current_card_id() == b
    qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    # a card keeps its row when it changes column: row 0 there is row 0 here
    assert _column(db, env.cols[1]) == [b, a, c]
    page.view.select_card(a, focus=True)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _column(db, env.cols[1]) == [b, c, a]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # at the end
    assert _column(db, env.cols[1]) == [b, c, a]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _column(db, env.cols[1]) == [a, b, c]
    assert page.undo_stack.count() == 5
    # undo walks back through every move
    for expected in ([b, a, c], [b, c, a], [b, a, c], [a, c], [a, b, c]):
        page.undo_stack.undo()
        assert _column(db, env.cols[1]) == expected
    assert _shown(page, env.cols[1]) == [a, b, c]
    page.undo_stack.redo()
    assert _column(db, env.cols[2]) == [b]


def _drop(view, data: QMimeData, pos: QPoint) -> None:  # noqa: ANN001
    """What the window system sends during a drag: enter, move, drop."""
    vp = view.viewport()
    actions = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos, actions, data, buttons, mods),
                  QDragMoveEvent(pos, actions, data, buttons, mods),
                  QDropEvent(QPointF(pos), actions, data, buttons, mods)):
        QApplication.sendEvent(vp, event)


def test_dropping_cards_on_another_column_moves_them_through_the_core(
        page: BoardPage, env: Env, db: Database) -> None:
    a, b, c = env.cards.values()
    source = page.view.models[(env.cols[1], None)]
    data = source.mimeData([source.index(1, 0)])
    assert data.hasFormat(mime.MIME_TYPE)
    target = page.view.view_for(env.cols[3])
    _drop(target, data, QPoint(40, 20))
    assert _column(db, env.cols[3]) == [b]
    assert _shown(page, env.cols[3]) == [b]
    assert _shown(page, env.cols[1]) == [a, c]
    # dropping onto the top half of a card puts the dragged card before it
    data = source.mimeData([source.index(1, 0)])  # c
    rect = target.visualRect(target.model().index(0, 0))
    _drop(target, data, QPoint(rect.center().x(), rect.top() + 3))
    assert _column(db, env.cols[3]) == [c, b]
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert _column(db, env.cols[1]) == [a, b, c]
    assert _column(db, env.cols[3]) == []


def test_foreign_or_malformed_drops_are_ignored(page: BoardPage, env: Env, db: Database) -> None:
    target = page.view.view_for(env.cols[3])
    bad = QMimeData()
    bad.setData(mime.MIME_TYPE, b"{not json")
    _drop(target, bad, QPoint(30, 20))
    other_board = mime.encode(mime.CardDrag("another-board", (env.cards["Wartezeiten messen"],)))
    _drop(target, other_board, QPoint(30, 20))
    text = QMimeData()
    text.setText("Hallo")
    _drop(target, text, QPoint(30, 20))
    assert _column(db, env.cols[3]) == []
    assert page.undo_stack.count() == 0


def test_soft_wip_limit_warns_and_hard_limit_refuses(page: BoardPage, env: Env, db: Database,
                                                    qtbot) -> None:  # noqa: ANN001
    db.run(boards.update_column, env.cols[2], wip_limit=1, wip_mode="soft")
    db.run(boards.update_column, env.cols[3], wip_limit=1, wip_mode="hard")
    page.reload()
    a, b, c = env.cards.values()
    messages: list[str] = []
    page.status_message.connect(messages.append)
    assert page.controller.move_cards([a], env.cols[2], None)
    assert page.controller.move_cards([b], env.cols[2], None)
    assert messages and "WIP-Limit" in messages[-1] and "In Arbeit" in messages[-1]
    assert _column(db, env.cols[2]) == [a, b]
    header = page.view.headers[env.cols[2]]
    assert header.count_label.text().startswith("2 / 1")
    assert "überschritten" in header.count_label.accessibleName()
    assert page.controller.move_cards([c], env.cols[3], None)
    view = page.view.view_for(env.cols[2])
    page.view.select_card(a, focus=True)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.errors and "festes WIP-Limit" in page.errors[-1]
    assert _column(db, env.cols[3]) == [c]
    assert _column(db, env.cols[2]) == [a, b]
    assert page.undo_stack.count() == 3  # the refused move is not on the stack


def test_filters_hide_cards_without_touching_the_database(page: BoardPage, env: Env,
                                                          db: Database) -> None:
    a, b, c = env.cards.values()
    label = db.run(boards.create_label, env.board, "Dringend", "#b91c1c").value.id
    member = db.run(people.create_member, env.site, "Aylin Demir", "Sachbearbeitung").value.id
    db.run(cards.set_labels, b, [label])
    db.run(cards.set_assignees, c, [member])
    db.run(cards.update_card, a, blocked=True, blocked_reason="wartet auf IT")
    page.reload()
    bar = page.filter_bar
    bar.label_combo.setCurrentIndex(bar.label_combo.findData(label))
    assert _shown(page, env.cols[1]) == [b]
    assert "1 von 3" in bar.count_label.text()
    bar.label_combo.setCurrentIndex(0)
    bar.assignee_combo.setCurrentIndex(bar.assignee_combo.findData(member))
    assert _shown(page, env.cols[1]) == [c]
    bar.reset()
    bar.blocked_check.setChecked(True)
    assert _shown(page, env.cols[1]) == [a]
    bar.reset()
    assert _shown(page, env.cols[1]) == [a, b, c]


def test_search_uses_the_full_text_index(page: BoardPage, env: Env, qtbot) -> None:  # noqa: ANN001
    b = env.cards["Merkblatt Straßenverkehr"]
    page.filter_bar.search_edit.setText("strasse")
    qtbot.waitUntil(lambda: _shown(page, env.cols[1]) == [b], timeout=3000)
    page.filter_bar.search_edit.setText("")
    qtbot.waitUntil(lambda: len(_shown(page, env.cols[1])) == 3, timeout=3000)


def test_archive_restore_and_undo(page: BoardPage, env: Env, db: Database) -> None:
    a, b, c = env.cards.values()
    page.view.select_card(b, focus=True)
    page.archive_action.trigger()
    assert _shown(page, env.cols[1]) == [a, c]
    with db.session() as s:
        assert s.get_one(Card, b).archived_at is not None
    page.undo_stack.undo()
    assert _shown(page, env.cols[1]) == [a, b, c]  # back at its old place
    page.undo_stack.redo()
    from kimboard.ui.board.archive import ArchiveDialog

    dialog = ArchiveDialog(page.controller, page)
    assert dialog.list.count() == 1
    assert "Merkblatt Straßenverkehr" in dialog.list.item(0).text()
    dialog.restore_current()
    assert dialog.list.count() == 0
    assert _shown(page, env.cols[1]) == [a, c, b]  # restored cards go to the end
    page.undo_stack.undo()
    assert _shown(page, env.cols[1]) == [a, c]


def test_delete_asks_first_and_undo_brings_back_comments_and_history(
        page: BoardPage, env: Env, db: Database) -> None:
    a, b, c = env.cards.values()
    db.run(cards.add_comment, b, "Mit dem Jobcenter abgestimmt")
    page.reload()
    page.view.select_card(b, focus=True)
    page.confirm = lambda box: False  # type: ignore[method-assign]
    page.delete_action.trigger()
    assert _column(db, env.cols[1]) == [a, b, c]
    page.confirm = lambda box: True  # type: ignore[method-assign]
    page.delete_action.trigger()
    assert _column(db, env.cols[1]) == [a, c]
    page.undo_stack.undo()
    ids = _column(db, env.cols[1])
    assert len(ids) == 3
    with db.session() as s:
        restored = s.get_one(Card, ids[1])
        assert restored.title == "Merkblatt Straßenverkehr"
        assert [cm.body for cm in s.scalars(select(Comment).where(Comment.card_id == ids[1]))] \
            == ["Mit dem Jobcenter abgestimmt"]
    assert _shown(page, env.cols[1]) == ids


def test_context_menu_moves_to_a_chosen_column(page: BoardPage, env: Env, db: Database) -> None:
    a = env.cards["Terminvergabe prüfen"]
    menu = page.context_menu_for([a])
    move = next(act.menu() for act in menu.actions() if act.menu())
    target = next(act for act in move.actions() if act.text() == "Erledigt")
    target.trigger()
    assert _column(db, env.cols[3]) == [a]


def test_user_text_is_plain(page: BoardPage, env: Env, db: Database) -> None:
    db.run(cards.create_card, env.board, "<img src=x><b>fett</b>", column_id=env.cols[0])
    page.reload()
    model = page.view.models[(env.cols[0], None)]
    index = model.index(0, 0)
    assert model.data(index) == "<img src=x><b>fett</b>"
    assert "<img src=x><b>fett</b>" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert model.data(index, CardIdRole) is not None
    assert QModelIndex().isValid() is False


def test_editing_a_card_can_be_undone_and_redone(page: BoardPage, env: Env, db: Database) -> None:
    a = env.cards["Terminvergabe prüfen"]
    label = db.run(boards.create_label, env.board, "Dringend", "#b91c1c").value.id
    page.reload()
    version = page.controller.state.cards[a].version
    assert page.controller.edit_card(
        a, {"title": "Terminvergabe online", "estimate": 3.0, "label_ids": (label,)}, version)
    shown = page.controller.state.cards[a]
    assert (shown.title, shown.estimate, shown.label_ids) == ("Terminvergabe online", 3.0,
                                                              (label,))
    page.undo_stack.undo()
    with db.session() as s:
        card = s.get_one(Card, a)
        assert (card.title, card.estimate, [lb.id for lb in card.labels]) == (
            "Terminvergabe prüfen", None, [])
    assert page.controller.state.cards[a].title == "Terminvergabe prüfen"
    page.undo_stack.redo()
    assert page.controller.state.cards[a].title == "Terminvergabe online"
    # an edit made on a stale copy is refused and not put on the stack
    count = page.undo_stack.count()
    assert not page.controller.edit_card(a, {"title": "Veraltet"}, version)
    assert page.errors and page.undo_stack.count() == count


def test_title_height_shortcut_agrees_with_the_text_layout(qapp) -> None:  # noqa: ANN001
    """Card heights skip the text layout for titles that fit on one line; whatever the title
    and width, the shortcut must give what the full layout (which paint uses) gives."""
    from PySide6.QtGui import QFont

    from kimboard.ui.board.delegate import MAX_TITLE_LINES, CardDelegate

    delegate = CardDelegate(lambda: None, lambda: None)  # type: ignore[arg-type,return-value]
    font = QFont(QApplication.font())
    font.setWeight(QFont.Weight.DemiBold)
    titles = ["", "a", "Antrag", "Aufenthaltstitel verlängern", "iiiiiiiiiiiiiiiiiiiiiiiiiii",
              "WWWWWWWWWWWWWWWW", "Zeile eins\nZeile zwei", "Ausländerbehörde  Şahin  Ölçer",
              "Beschäftigungserlaubnis für Pflegekräfte prüfen und Rückmeldung geben " * 3,
              "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen",
              "中文姓名 王小明", "नमस्ते Termin", "Ελληνικά", "Пример", "مرحبا", "Łódź Ğ ş"]
    shortcuts = 0
    for title in titles:
        for width in range(40, 400, 7):
            exact = CardDelegate._layout_height(title, font, width, MAX_TITLE_LINES)
            assert delegate._title_height(title, font, width, MAX_TITLE_LINES) == exact, (
                title, width)
            _fm, fmf, _one = delegate._metrics(font)
            shortcuts += bool(title) and fmf.horizontalAdvance(title) < width - 1
    assert shortcuts > 50  # the shortcut was really taken, not only the layout
