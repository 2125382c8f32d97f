"""Board settings and the board dialog, driven through the real widgets on a real database.

Sub-dialogs (column form, name form, label form, "where do the cards go", confirmations)
are real dialogs; only their modal ``exec`` is answered by :class:`Answers`, which fills the
fields the way a user would and presses the accepting button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kimboard.core.boardview import load_board
from kimboard.core.db import Database
from kimboard.core.models import Board
from kimboard.core.ops import boards, cards, sites
from kimboard.ui.dialogs.board_dialog import (
    BoardDialog,
    create_board_interactively,
    edit_board_interactively,
)
from kimboard.ui.dialogs.board_settings import (
    BoardSettingsDialog,
    ColumnDialog,
    LabelDialog,
    MoveCardsDialog,
    NameDialog,
)
from tests.ui.a11y import unnamed_widgets

Answer = Callable[[QDialog], bool]


class Answers:
    """Stands in for ``BoardSettingsDialog._exec``: answers each modal window in turn."""

    def __init__(self, *answers: Answer) -> None:
        self.pending = list(answers)
        self.seen: list[QDialog] = []
        self.texts: list[str] = []  # message box texts and sub-dialog errors, in order

    def __call__(self, dialog: QDialog) -> bool:
        assert self.pending, f"unexpected dialog {type(dialog).__name__}"
        self.seen.append(dialog)
        if isinstance(dialog, QMessageBox):
            self.texts.append(dialog.text())
        elif getattr(dialog, "error_label", None) is not None and \
                not dialog.error_label.isHidden():
            self.texts.append(dialog.error_label.text())
        return self.pending.pop(0)(dialog)


def fill_column(name: str, kind: str | None = None, limit: int | None = None,
                mode: str | None = None, position: int | None = None) -> Answer:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ColumnDialog)
        dialog.name_edit.setText(name)
        if kind is not None:
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        if limit is not None:
            dialog.wip_spin.setValue(limit)
        if mode is not None:
            dialog.wip_mode_combo.setCurrentIndex(dialog.wip_mode_combo.findData(mode))
        if position is not None:
            assert dialog.position_combo is not None
            dialog.position_combo.setCurrentIndex(position)
        return True
    return answer


def fill_name(name: str) -> Answer:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, NameDialog)
        dialog.name_edit.setText(name)
        return True
    return answer


def fill_label(name: str | None = None, color: str | None = None) -> Answer:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, LabelDialog)
        if name is not None:
            dialog.name_edit.setText(name)
        if color is not None:
            index = dialog.color_combo.findData(color)
            assert index >= 0, color
            dialog.color_combo.setCurrentIndex(index)
        return True
    return answer


def choose_target(name: str) -> Answer:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, MoveCardsDialog)
        dialog.target_combo.setCurrentIndex(dialog.target_combo.findText(name))
        return True
    return answer


def yes(dialog: QDialog) -> bool:
    assert isinstance(dialog, QMessageBox)
    return True


def cancel(dialog: QDialog) -> bool:
    return False


@pytest.fixture
def board(db: Database) -> int:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    return db.run(boards.create_board, site, "Team Aufenthalt").value.id


@pytest.fixture
def settings(qtbot, db: Database, board: int) -> BoardSettingsDialog:  # noqa: ANN001
    dialog = BoardSettingsDialog(db, board)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer_with(settings: BoardSettingsDialog, monkeypatch: pytest.MonkeyPatch,
                *answers: Answer) -> Answers:
    script = Answers(*answers)
    monkeypatch.setattr(settings, "_exec", script)
    return script


def snapshot(db: Database, board_id: int):  # noqa: ANN201
    with db.session() as s:
        return load_board(s, board_id)


def column_names(db: Database, board_id: int) -> list[str]:
    return [c.name for c in snapshot(db, board_id).columns]


def shown(tree: QAbstractItemView) -> list[list[str]]:
    model = tree.model()
    return [[str(model.data(model.index(r, c))) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def select_row(settings: BoardSettingsDialog, tree: Any, text: str) -> None:
    items = tree.findItems(text, Qt.MatchFlag.MatchExactly, 0)
    assert items, text
    tree.setCurrentItem(items[0])
    items[0].setSelected(True)


# --------------------------------------------------------------------------- board dialog


def _answer_board_dialog(steps: list[Callable[[BoardDialog], None]], errors: list[str]) -> None:
    """Fill the next BoardDialog(s): each step sets fields; Save is pressed after each."""
    pending = list(steps)

    def step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, BoardDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        if not dialog.error_label.isHidden():
            errors.append(dialog.error_label.text())
        pending.pop(0)(dialog)
        dialog.accept()
        if pending:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def test_creating_a_scrum_board_through_the_dialog(qtbot, db: Database) -> None:  # noqa: ANN001
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    errors: list[str] = []

    def empty(d: BoardDialog) -> None:
        d.name_edit.setText("   ")

    def valid(d: BoardDialog) -> None:
        d.name_edit.setText("Team Einbürgerung")
        # on the round indicator: the radio button's label is narrower than the widget
        qtbot.mouseClick(d.scrum_radio, Qt.MouseButton.LeftButton,
                         pos=QPoint(8, d.scrum_radio.height() // 2))
        d.description_edit.setPlainText("Sprints zu zwei Wochen")

    _answer_board_dialog([empty, valid], errors)
    board_id = create_board_interactively(None, db, site)
    assert errors == ["Der Name des Boards darf nicht leer sein."]
    assert board_id is not None
    with db.session() as s:
        board = s.get_one(Board, board_id)
        assert (board.name, board.mode, board.description) == (
            "Team Einbürgerung", "scrum", "Sprints zu zwei Wochen")
        assert len(board.columns) == 4


def test_cancelling_the_board_dialog_creates_nothing(db: Database) -> None:
    site = db.run(sites.create_site, "Amt", "A").value.id

    def step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, BoardDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, step)
        else:
            dialog.reject()

    QTimer.singleShot(0, step)
    assert create_board_interactively(None, db, site) is None
    with db.session() as s:
        assert s.query(Board).count() == 0


def test_renaming_a_board_keeps_what_was_not_changed(db: Database, board: int) -> None:
    db.run(boards.update_board, board, description="Aufenthaltstitel")
    seen: dict[str, Any] = {}

    def rename(d: BoardDialog) -> None:
        seen["values"] = d.values()
        d.name_edit.setText("Team Aufenthalt Nord")

    _answer_board_dialog([rename], [])
    assert edit_board_interactively(None, db, board) is True
    assert seen["values"] == ("Team Aufenthalt", "kanban", "Aufenthaltstitel")
    with db.session() as s:
        b = s.get_one(Board, board)
        assert (b.name, b.mode, b.description) == (
            "Team Aufenthalt Nord", "kanban", "Aufenthaltstitel")


def test_main_window_creates_and_opens_a_board_through_the_dialog(main_window, db) -> None:  # noqa: ANN001
    db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST")
    main_window.reload()

    def fill(d: BoardDialog) -> None:
        d.name_edit.setText("Team Aufenthalt")

    _answer_board_dialog([fill], [])
    main_window.new_board_action.trigger()
    assert main_window.board_page is not None
    assert main_window.board_page.controller.state.snapshot.name == "Team Aufenthalt"


def test_board_dialog_has_names_everywhere(qtbot) -> None:  # noqa: ANN001
    dialog = BoardDialog(None, name="<b>x</b>", mode="scrum")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scrum_radio.isChecked()
    assert dialog.values()[:2] == ("<b>x</b>", "scrum")
    assert unnamed_widgets(dialog) == []
    assert _unnamed(dialog) == []


# --------------------------------------------------------------------------- columns


def test_adding_a_column_at_the_end_with_a_hard_limit(settings, db, board, monkeypatch,  # noqa: ANN001
                                                      qtbot) -> None:  # noqa: ANN001
    answers = answer_with(settings, monkeypatch,
                          fill_column("Abstimmung", kind="in_progress", limit=2, mode="hard"))
    with qtbot.waitSignal(settings.changed):
        qtbot.mouseClick(settings.column_add_button, Qt.MouseButton.LeftButton)
    dialog = answers.seen[0]
    assert isinstance(dialog, ColumnDialog)
    assert dialog.position_combo is not None
    assert dialog.position_combo.currentText() == "Ganz rechts, nach „Erledigt“"
    last = snapshot(db, board).columns[-1]
    assert (last.name, last.kind, last.wip_limit, last.wip_mode) == (
        "Abstimmung", "in_progress", 2, "hard")
    rows = shown(settings.columns_list)
    assert rows[-1] == ["Abstimmung", "In Arbeit", "2 (fest)", "0"]
    assert rows[2][2] == "5 (weich)" and rows[0][2] == "–"
    assert settings.columns_list.currentItem().text(0) == "Abstimmung"
    assert "angelegt" in settings.message_label.text()


def test_adding_a_column_at_a_chosen_position(settings, db, board, monkeypatch) -> None:  # noqa: ANN001
    answer_with(settings, monkeypatch, fill_column("Prüfung", position=1))
    settings.column_add_button.click()
    assert column_names(db, board) == ["Backlog", "Prüfung", "Zu erledigen", "In Arbeit",
                                       "Erledigt"]


def test_editing_a_column_changes_meaning_and_removes_the_limit(settings, db, board,  # noqa: ANN001
                                                                monkeypatch) -> None:
    select_row(settings, settings.columns_list, "In Arbeit")
    answers = answer_with(settings, monkeypatch, fill_column("", ), fill_column(
        "Bearbeitung", kind="todo", limit=0))
    settings.column_edit_button.click()
    # the empty name came back with the German error; the second try saved
    assert answers.texts == ["Der Spaltenname darf nicht leer sein."]
    col = snapshot(db, board).columns[2]
    assert (col.name, col.kind, col.wip_limit) == ("Bearbeitung", "todo", None)
    assert shown(settings.columns_list)[2][:3] == ["Bearbeitung", "Zu erledigen", "–"]


def test_cancelling_the_column_form_changes_nothing(settings, db, board, monkeypatch,  # noqa: ANN001
                                                   qtbot) -> None:  # noqa: ANN001
    answer_with(settings, monkeypatch, cancel)
    with qtbot.assertNotEmitted(settings.changed):
        settings.column_add_button.click()
    assert len(snapshot(db, board).columns) == 4


def test_moving_a_column_with_the_buttons_and_the_keyboard(settings, db, board, qtbot) -> None:  # noqa: ANN001
    select_row(settings, settings.columns_list, "In Arbeit")
    assert settings.column_left_button.isEnabled()
    with qtbot.waitSignal(settings.changed):
        qtbot.mouseClick(settings.column_left_button, Qt.MouseButton.LeftButton)
    assert column_names(db, board) == ["Backlog", "In Arbeit", "Zu erledigen", "Erledigt"]
    assert settings.columns_list.currentItem().text(0) == "In Arbeit"
    settings.columns_list.setFocus()
    qtbot.keyClick(settings.columns_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(settings.columns_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert column_names(db, board) == ["Backlog", "Zu erledigen", "Erledigt", "In Arbeit"]
    assert not settings.column_right_button.isEnabled()
    assert [r[0] for r in shown(settings.columns_list)] == column_names(db, board)


def test_deleting_a_column_moves_its_cards_to_the_chosen_column(settings, db, board,  # noqa: ANN001
                                                                monkeypatch) -> None:
    cols = snapshot(db, board).columns
    doing = cols[2].id
    ids = [db.run(cards.create_card, board, f"Antrag {i}", column_id=doing).value.id
           for i in range(3)]
    db.run(cards.archive_card, ids[0])
    settings.reload()
    select_row(settings, settings.columns_list, "In Arbeit")
    answers = answer_with(settings, monkeypatch, choose_target("Erledigt"))
    settings.column_delete_button.click()
    ask = answers.seen[0]
    assert isinstance(ask, MoveCardsDialog)
    assert ask.message.text().startswith(
        "Die 3 Karten der Spalte „In Arbeit“ werden nach „Erledigt“ verschoben.")
    assert [ask.target_combo.itemText(i) for i in range(ask.target_combo.count())] == [
        "Backlog", "Zu erledigen", "Erledigt"]
    snap = snapshot(db, board)
    assert [c.name for c in snap.columns] == ["Backlog", "Zu erledigen", "Erledigt"]
    done = snap.columns[2].id
    with db.session() as s:
        from kimboard.core.models import Card

        assert {s.get_one(Card, i).column_id for i in ids} == {done}
    assert "3 Karten nach „Erledigt“ verschoben" in settings.message_label.text()
    assert settings.columns_list.currentItem().text(0) == "Erledigt"  # the neighbour


def test_cancelling_the_target_choice_keeps_the_column(settings, db, board,  # noqa: ANN001
                                                      monkeypatch) -> None:
    first = snapshot(db, board).columns[0].id
    db.run(cards.create_card, board, "Antrag", column_id=first)
    settings.reload()
    select_row(settings, settings.columns_list, "Backlog")
    answers = answer_with(settings, monkeypatch, cancel)
    settings.column_delete_button.click()
    ask = answers.seen[0]
    assert isinstance(ask, MoveCardsDialog)
    # the default target is the neighbour
    assert ask.target_combo.currentText() == "Zu erledigen"
    assert "Die Karte der Spalte „Backlog“ wird nach „Zu erledigen“" in ask.message.text()
    assert len(snapshot(db, board).columns) == 4


def test_deleting_an_empty_column_asks_a_simple_question(settings, db, board,  # noqa: ANN001
                                                        monkeypatch, qtbot) -> None:  # noqa: ANN001
    select_row(settings, settings.columns_list, "Zu erledigen")
    answers = answer_with(settings, monkeypatch, yes)
    settings.columns_list.setFocus()
    qtbot.keyClick(settings.columns_list, Qt.Key.Key_Delete)
    assert answers.texts == ["Die Spalte „Zu erledigen“ ist leer. Soll sie gelöscht werden?"]
    assert column_names(db, board) == ["Backlog", "In Arbeit", "Erledigt"]


def test_the_last_column_cannot_be_deleted(qtbot, db, monkeypatch) -> None:  # noqa: ANN001
    site = db.run(sites.create_site, "Amt", "A").value.id
    board = db.run(boards.create_board, site, "Klein",
                   columns=[("Alles", "todo", None)]).value.id
    dialog = BoardSettingsDialog(db, board)
    qtbot.addWidget(dialog)
    dialog.show()
    answers = answer_with(dialog, monkeypatch)  # no sub-dialog may open
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.column_delete_button.click()
    assert answers.seen == []
    assert "letzte Spalte" in dialog.message_label.text()
    assert dialog.message_label.isVisible()
    assert column_names(db, board) == ["Alles"]


# --------------------------------------------------------------------------- swimlanes


def test_swimlanes_add_rename_move_delete(settings, db, board, monkeypatch) -> None:  # noqa: ANN001
    answer_with(settings, monkeypatch, fill_name("Servicepunkt"), fill_name("Einbürgerung"))
    settings.tabs.setCurrentWidget(settings.lanes_tab)
    settings.lane_add_button.click()
    settings.lane_add_button.click()
    assert [s.name for s in snapshot(db, board).swimlanes] == ["Servicepunkt", "Einbürgerung"]
    assert settings.lanes_list.currentItem().text(0) == "Einbürgerung"

    settings.lane_up_button.click()
    assert [s.name for s in snapshot(db, board).swimlanes] == ["Einbürgerung", "Servicepunkt"]

    select_row(settings, settings.lanes_list, "Servicepunkt")
    answers = answer_with(settings, monkeypatch, fill_name(" "),
                          fill_name("Servicepunkt Nord"))
    settings.lane_rename_button.click()
    assert answers.texts == ["Der Name der Swimlane darf nicht leer sein."]
    assert answers.seen[0].name_edit.accessibleName() == "Name der Swimlane"
    lanes = snapshot(db, board).swimlanes
    assert [s.name for s in lanes] == ["Einbürgerung", "Servicepunkt Nord"]

    card = db.run(cards.create_card, board, "Antrag", swimlane_id=lanes[1].id).value.id
    settings.reload()
    select_row(settings, settings.lanes_list, "Servicepunkt Nord")
    answers = answer_with(settings, monkeypatch, yes)
    settings.lane_delete_button.click()
    assert answers.texts == ["Die Swimlane „Servicepunkt Nord“ wird gelöscht. Ihre Karte bleibt "
                             "auf dem Board, dann ohne Swimlane."]
    snap = snapshot(db, board)
    assert [s.name for s in snap.swimlanes] == ["Einbürgerung"]
    assert [(c.id, c.swimlane_id) for c in snap.cards] == [(card, None)]


def test_declining_the_swimlane_question_keeps_it(settings, db, board, monkeypatch) -> None:  # noqa: ANN001
    db.run(boards.add_swimlane, board, "Servicepunkt")
    settings.reload()
    answer_with(settings, monkeypatch, cancel)
    settings.lane_delete_button.click()
    assert [s.name for s in snapshot(db, board).swimlanes] == ["Servicepunkt"]


# --------------------------------------------------------------------------- labels


def test_labels_add_recolour_delete(settings, db, board, monkeypatch, qtbot) -> None:  # noqa: ANN001
    answers = answer_with(settings, monkeypatch, fill_label("Eilt", "#b91c1c"))
    settings.tabs.setCurrentWidget(settings.labels_tab)
    with qtbot.waitSignal(settings.changed):
        settings.label_add_button.click()
    form = answers.seen[0]
    assert isinstance(form, LabelDialog)
    assert form.preview.text() == "Eilt"
    (label,) = snapshot(db, board).labels
    assert (label.name, label.color) == ("Eilt", "#b91c1c")
    item = settings.labels_list.topLevelItem(0)
    assert [item.text(0), item.text(1)] == ["Eilt", "Rot"]  # name and colour in words
    assert not item.icon(0).isNull()  # and the swatch

    # a custom colour through the colour picker
    monkeypatch.setattr(settings, "_pick_color", lambda initial: "#123456")

    def custom(dialog: QDialog) -> bool:
        assert isinstance(dialog, LabelDialog)
        assert dialog.color() == "#b91c1c"
        dialog.name_edit.setText("Sehr eilig")
        dialog.custom_button.click()
        return True

    answer_with(settings, monkeypatch, custom)
    settings.label_edit_button.click()
    (label,) = snapshot(db, board).labels
    assert (label.name, label.color) == ("Sehr eilig", "#123456")
    assert settings.labels_list.topLevelItem(0).text(1) == "Eigene Farbe #123456"

    answer_with(settings, monkeypatch, fill_label(color="#15803d"))
    settings.label_edit_button.click()
    assert snapshot(db, board).labels[0].color == "#15803d"

    c1 = db.run(cards.create_card, board, "A").value.id
    c2 = db.run(cards.create_card, board, "B").value.id
    for c in (c1, c2):
        db.run(cards.set_labels, c, [label.id])
    settings.reload()
    assert settings.labels_list.topLevelItem(0).text(2) == "2"
    answers = answer_with(settings, monkeypatch, yes)
    settings.label_delete_button.click()
    assert answers.texts == ["Das Label „Sehr eilig“ wird gelöscht und von 2 Karten entfernt."]
    snap = snapshot(db, board)
    assert snap.labels == ()
    assert all(c.label_ids == () for c in snap.cards)


def test_duplicate_label_name_shows_german_error_and_changes_nothing(  # noqa: ANN001
        settings, db, board, monkeypatch, qtbot) -> None:  # noqa: ANN001
    db.run(boards.create_label, board, "Eilt", "#b91c1c")
    settings.reload()
    answers = answer_with(settings, monkeypatch, fill_label("eilt", "#1d4ed8"), cancel)
    with qtbot.assertNotEmitted(settings.changed):
        settings.label_add_button.click()
    assert answers.texts == ["Das Label „eilt“ gibt es auf diesem Board schon."]
    form = answers.seen[0]
    assert form.error_label.textFormat() == Qt.TextFormat.PlainText
    assert [(lb.name, lb.color) for lb in snapshot(db, board).labels] == [("Eilt", "#b91c1c")]


def test_errors_of_immediate_changes_are_shown_in_german(settings, db, board) -> None:  # noqa: ANN001
    # someone else deletes the column while the dialog is open
    col = snapshot(db, board).columns[1]
    db.run(boards.delete_column, col.id)
    select_row(settings, settings.columns_list, "Zu erledigen")
    settings.move_column(+1)
    assert "gibt es nicht" in settings.message_label.text()
    assert settings.message_label.isVisible()


# --------------------------------------------------------------------------- plain text, a11y


def test_user_text_is_shown_literally(settings, db, board, monkeypatch) -> None:  # noqa: ANN001
    db.run(boards.update_board, board, name="<i>Board</i>")
    db.run(boards.add_column, board, "<b>x</b>")
    db.run(boards.add_swimlane, board, "<img src=x>")
    db.run(boards.create_label, board, "<b>x</b>", "#1d4ed8")
    settings.reload()
    assert settings.title_label.text() == "<i>Board</i>"
    assert settings.title_label.textFormat() == Qt.TextFormat.PlainText
    assert shown(settings.columns_list)[-1][0] == "<b>x</b>"
    assert shown(settings.lanes_list)[0][0] == "<img src=x>"
    assert shown(settings.labels_list)[0][0] == "<b>x</b>"

    select_row(settings, settings.labels_list, "<b>x</b>")
    answers = answer_with(settings, monkeypatch, yes)
    settings.label_delete_button.click()
    box = answers.seen[0]
    assert isinstance(box, QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "„<b>x</b>“" in box.text()

    select_row(settings, settings.columns_list, "<b>x</b>")
    answers = answer_with(settings, monkeypatch, cancel)
    settings.column_delete_button.click()
    assert answers.seen[0].textFormat() == Qt.TextFormat.PlainText

    db.run(cards.create_card, board, "Antrag", column_id=snapshot(db, board).columns[-1].id)
    settings.reload()
    select_row(settings, settings.columns_list, "<b>x</b>")
    answers = answer_with(settings, monkeypatch, cancel)
    settings.column_delete_button.click()
    ask = answers.seen[0]
    assert ask.message.textFormat() == Qt.TextFormat.PlainText
    assert "„<b>x</b>“" in ask.message.text()


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without an accessible name, skipping Qt's own inner parts."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            # a combo box's popup, a spin box's line edit, a list's header
            if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
                inner = True
            parent = parent.parentWidget()
        if inner or widget.objectName().startswith("qt_"):
            continue
        if type(widget).__name__ == "QToolButton" and not widget.isVisibleTo(root):
            continue  # a tab bar's scroll arrows, hidden while the tabs fit
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(settings, db, board) -> None:  # noqa: ANN001
    db.run(boards.add_swimlane, board, "Servicepunkt")
    db.run(boards.create_label, board, "Eilt")
    settings.reload()
    assert _unnamed(settings) == []
    for i in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(i)
        assert unnamed_widgets(settings) == []
    snap = snapshot(db, board)
    subs = [ColumnDialog(settings, columns=snap.columns),
            ColumnDialog(settings, column=snap.columns[0]),
            NameDialog(settings, title="t", label="&Name:", accessible_name="Name"),
            LabelDialog(settings),
            MoveCardsDialog(settings, snap.columns[0], 2, 0, snap.columns[1:])]
    for sub in subs:
        assert _unnamed(sub) == [], type(sub).__name__
        sub.show()
        assert unnamed_widgets(sub) == [], type(sub).__name__
        sub.close()


def test_buttons_have_mnemonics_and_fields_have_buddies(settings) -> None:  # noqa: ANN001
    for button in (settings.column_add_button, settings.column_edit_button,
                   settings.column_left_button, settings.column_right_button,
                   settings.column_delete_button, settings.lane_add_button,
                   settings.lane_rename_button, settings.lane_up_button,
                   settings.lane_down_button, settings.lane_delete_button,
                   settings.label_add_button, settings.label_edit_button,
                   settings.label_delete_button):
        assert "&" in button.text(), button.text()
    form = ColumnDialog(settings, columns=settings.snapshot.columns)
    from PySide6.QtWidgets import QLabel

    buddies = {lb.buddy() for lb in form.findChildren(QLabel) if lb.buddy() is not None}
    assert {form.name_edit, form.kind_combo, form.wip_spin, form.wip_mode_combo,
            form.position_combo} <= buddies
    form.deleteLater()


def test_wip_limit_art_only_matters_with_a_limit(qtbot) -> None:  # noqa: ANN001
    form = ColumnDialog(None)
    qtbot.addWidget(form)
    assert form.wip_spin.text() == "kein Limit"
    assert not form.wip_mode_combo.isEnabled()
    form.wip_spin.setValue(3)
    assert form.wip_mode_combo.isEnabled()
    assert form.values().wip_limit == 3
    form.wip_spin.setValue(0)
    assert form.values().wip_limit is None


def test_imported_board_is_read_only(qtbot, db, board) -> None:  # noqa: ANN001
    from kimboard.core.guard import ALLOW_FOREIGN
    from kimboard.core.models import Site

    with db.transaction() as s:
        s.info[ALLOW_FOREIGN] = True
        s.get_one(Site, s.get_one(Board, board).site_id).is_local = False
    dialog = BoardSettingsDialog(db, board)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "importierten Dienststelle" in dialog.message_label.text()
    for button in (dialog.column_add_button, dialog.column_edit_button,
                   dialog.column_delete_button, dialog.lane_add_button,
                   dialog.label_add_button):
        assert not button.isEnabled()
    # the core refuses too, and the dialog says so in German
    dialog.apply(boards.add_swimlane, board, "Versuch")
    assert dialog.message_label.text() and "Versuch" not in dialog.message_label.text()
    assert snapshot(db, board).swimlanes == ()
