"""The card editor on a real database, driven through its widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kimboard.core.boardview import BoardSnapshot, load_board
from kimboard.core.carddetails import CardDetails, load_card_details
from kimboard.core.db import Database
from kimboard.core.ops import boards, cards, partners, people, sites
from kimboard.ui.card.editor import CardEditorDialog
from tests.ui.a11y import unnamed_widgets


@dataclass(frozen=True)
class Env:
    site: int
    board: int
    card: int
    anna: int
    ben: int
    former: int
    eilig: int
    digital: int
    partner: int


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Bonn", "ABH-BN").value.id
    board = db.run(boards.create_board, site, "Team Aufenthalt").value.id
    anna = db.run(people.create_member, site, "Anna Schmidt", "Teamleitung").value.id
    ben = db.run(people.create_member, site, "Ben Yilmaz").value.id
    former = db.run(people.create_member, site, "Frieda Früher").value.id
    db.run(people.set_member_active, former, False)
    digital = db.run(boards.create_label, board, "Digitalisierung", "#2563eb").value.id
    eilig = db.run(boards.create_label, board, "Eilig", "#dc2626").value.id
    partner = db.run(partners.create_partner, site, "Jobcenter Bonn", "jobcenter").value.id
    card = db.run(cards.create_card, board, "Wartezeiten senken", estimate=2).value.id
    db.run(cards.set_labels, card, [digital])
    return Env(site, board, card, anna, ben, former, eilig, digital, partner)


def _snapshot(db: Database, board_id: int) -> BoardSnapshot:
    with db.session() as s:
        return load_board(s, board_id)


def _details(db: Database, card_id: int) -> CardDetails:
    with db.session() as s:
        return load_card_details(s, card_id)


@pytest.fixture
def open_editor(qtbot, db: Database, env: Env):  # noqa: ANN001, ANN201
    def make(card_id: int | None = None, *, snapshot: BoardSnapshot | None = None,
             on_save=None) -> CardEditorDialog:  # noqa: ANN001
        dialog = CardEditorDialog(db, snapshot or _snapshot(db, env.board),
                                  card_id or env.card, on_save=on_save)
        # Closing at the end of a test must not stop at the "discard?" question.
        dialog._confirm_discard = lambda: True
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _row_of(widget: QAbstractItemView, text: str) -> int:
    for row in range(widget.count()):
        if widget.item(row).text().startswith(text):
            return row
    raise AssertionError(f"{text!r} not listed")


def _toggle(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Check or uncheck an entry the way a keyboard user does: select it, press Space."""
    widget.setFocus()
    widget.setCurrentRow(_row_of(widget, text))
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _history_texts(dialog: CardEditorDialog) -> list[str]:
    view = dialog.history_view
    return [view.topLevelItem(i).text(2) for i in range(view.topLevelItemCount())]


# --------------------------------------------------------------------------- details


def test_edit_title_estimate_and_labels_then_save(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Wartezeiten halbieren")
    dialog.estimate_spin.setFocus()
    dialog.estimate_spin.selectAll()
    qtbot.keyClicks(dialog.estimate_spin, "5")
    _toggle(qtbot, dialog.labels_list, "Eilig")
    _toggle(qtbot, dialog.labels_list, "Digitalisierung")
    _toggle(qtbot, dialog.assignees_list, "Ben Yilmaz")
    _toggle(qtbot, dialog.partners_list, "Jobcenter Bonn")
    assert dialog.changes() == {
        "title": "Wartezeiten halbieren", "estimate": 5.0, "label_ids": (env.eilig,),
        "assignee_ids": (env.ben,), "partner_ids": (env.partner,)}
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()

    d = _details(db, env.card)
    assert (d.title, d.estimate, d.label_ids, d.assignee_ids, d.partner_ids) == (
        "Wartezeiten halbieren", 5.0, (env.eilig,), (env.ben,), (env.partner,))
    again = open_editor()
    assert again.title_edit.text() == "Wartezeiten halbieren"
    texts = _history_texts(again)
    assert texts[-1] == "Angelegt in „Backlog“"
    for expected in ("Bearbeitet: Titel", "Schätzung geändert: 2 → 5 Punkte",
                     "Label hinzugefügt: Eilig", "Label entfernt: Digitalisierung",
                     "Zugewiesen an Ben Yilmaz"):
        assert expected in texts


def test_enter_in_title_saves_through_on_save_with_only_changed_fields(
        qtbot, env, open_editor) -> None:  # noqa: ANN001
    calls: list[tuple] = []
    dialog = open_editor(on_save=lambda *args: calls.append(args) or True)
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(3))
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.title_edit, "!")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    version = _details(dialog.db, env.card).version
    assert calls == [(env.card, {"title": "Wartezeiten senken!", "priority": 3}, version)]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_saving_without_changes_closes_without_calling_on_save(qtbot, open_editor) -> None:  # noqa: ANN001
    """Documented choice: nothing changed, nothing to undo — on_save is not called."""
    calls: list[tuple] = []
    dialog = open_editor(on_save=lambda *args: calls.append(args) or True)
    dialog.title_edit.setText("  Wartezeiten senken ")  # only spaces around: no change
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert calls == []
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_refused_on_save_keeps_the_dialog_open(qtbot, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor(on_save=lambda *args: False)
    dialog.title_edit.setText("Neu")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "nicht gespeichert" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Neu"


def test_blocked_reason_only_editable_when_blocked(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    assert not dialog.reason_edit.isEnabled()
    qtbot.mouseClick(dialog.blocked_check, Qt.MouseButton.LeftButton)
    assert dialog.reason_edit.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Wartet auf IT")
    assert dialog.changes() == {"blocked": True, "blocked_reason": "Wartet auf IT"}
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    d = _details(db, env.card)
    assert (d.blocked, d.blocked_reason) == (True, "Wartet auf IT")

    dialog = open_editor()
    assert dialog.reason_edit.isEnabled()
    dialog.blocked_check.click()
    assert not dialog.reason_edit.isEnabled()
    assert dialog.changes() == {"blocked": False}


def test_due_date_in_german_format_and_optional(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = open_editor()
    finally:
        QLocale.setDefault(previous)
    assert dialog.due_edit.displayFormat() == "dd.MM.yyyy"
    assert dialog.no_due_check.isChecked() and not dialog.due_edit.isEnabled()
    dialog.no_due_check.click()
    assert dialog.due_edit.isEnabled()
    dialog.due_edit.setDate(QDate(2025, 12, 31))
    assert dialog.due_edit.text() == "31.12.2025"
    assert dialog.changes() == {"due_date": dt.date(2025, 12, 31)}
    dialog.save()
    assert _details(db, env.card).due_date == dt.date(2025, 12, 31)

    dialog = open_editor()
    dialog.no_due_check.click()
    dialog.estimate_spin.setValue(dialog.estimate_spin.minimum())
    assert dialog.estimate_spin.text() == "keine"
    assert dialog.changes() == {"due_date": None, "estimate": None}


def test_inactive_member_listed_only_when_assigned(db, env, open_editor) -> None:  # noqa: ANN001
    names = [open_editor().assignees_list.item(i).text() for i in range(2)]
    assert names == ["Anna Schmidt", "Ben Yilmaz"]
    assert open_editor().assignees_list.count() == 2
    db.run(cards.set_assignees, env.card, [env.former])
    dialog = open_editor()
    texts = [dialog.assignees_list.item(i).text() for i in range(dialog.assignees_list.count())]
    assert "Frieda Früher (inaktiv)" in texts


def test_label_list_shows_colour_and_name(open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    item = dialog.labels_list.item(_row_of(dialog.labels_list, "Eilig"))
    assert item.text() == "Eilig"  # never the colour alone
    assert not item.icon().isNull()


def test_empty_title_shows_german_error_inline_and_keeps_everything(
        qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    dialog.description_edit.setPlainText("Neue Beschreibung")
    dialog.title_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Der Titel darf nicht leer sein."
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.description_edit.toPlainText() == "Neue Beschreibung"
    assert _details(db, env.card).title == "Wartezeiten senken"


def test_conflicting_edit_shows_core_error_inline(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    db.run(cards.update_card, env.card, title="Jemand anderes")
    dialog.description_edit.setPlainText("Meine Beschreibung")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "inzwischen geändert" in dialog.error_label.text()
    assert dialog.description_edit.toPlainText() == "Meine Beschreibung"
    assert _details(db, env.card).description == ""


def test_cancel_with_unsaved_changes_asks_first(qtbot, open_editor) -> None:  # noqa: ANN001
    asked: list[bool] = []
    dialog = open_editor()
    dialog._confirm_discard = lambda: asked.append(True) or False
    dialog.title_edit.setText("Halb fertig")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible()
    dialog._confirm_discard = lambda: asked.append(True) or True
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected

    quiet = open_editor()
    quiet._confirm_discard = lambda: pytest.fail("nothing changed: no question")
    quiet.reject()
    assert not quiet.isVisible()


# --------------------------------------------------------------------------- checklist


def _checklist(db: Database, card_id: int) -> list[tuple[str, bool]]:
    return [(c.text, c.done) for c in _details(db, card_id).checklist]


def test_checklist_add_toggle_edit_move_delete(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    dialog.tabs.setCurrentIndex(1)
    add = dialog.checklist_add_edit
    for text in ("Antrag lesen", "Text abstimmen", "Aushang drucken"):
        add.setFocus()
        qtbot.keyClicks(add, text)
        qtbot.keyClick(add, Qt.Key.Key_Return)
    assert add.text() == ""
    assert dialog.isVisible()  # Enter in the add field never saves or closes the dialog
    assert _checklist(db, env.card) == [
        ("Antrag lesen", False), ("Text abstimmen", False), ("Aushang drucken", False)]

    _toggle(qtbot, dialog.checklist_list, "Text abstimmen")
    assert _checklist(db, env.card)[1] == ("Text abstimmen", True)
    assert dialog.tabs.tabText(1) == "&Checkliste (1/3)"

    dialog.checklist_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.checklist_up_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in _checklist(db, env.card)] == [
        "Antrag lesen", "Aushang drucken", "Text abstimmen"]
    assert dialog.checklist_list.currentItem().text() == "Aushang drucken"
    qtbot.keyClick(dialog.checklist_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [t for t, _ in _checklist(db, env.card)][0] == "Aushang drucken"

    item = dialog.checklist_list.item(0)
    item.setText("Aushang drucken (A3)")  # what the in-place editor does on commit
    assert _checklist(db, env.card)[0] == ("Aushang drucken (A3)", False)

    dialog.checklist_list.setCurrentRow(0)
    qtbot.keyClick(dialog.checklist_list, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.checklist_delete_button, Qt.MouseButton.LeftButton)
    assert _checklist(db, env.card) == [("Text abstimmen", True)]
    assert dialog.checklist_list.count() == 1
    assert dialog.changes() == {}  # immediate operations leave nothing unsaved


def test_checklist_changes_do_not_make_a_later_save_conflict(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    dialog.checklist_add_edit.setText("Schritt 1")
    dialog.add_checklist_item()
    dialog.title_edit.setText("Nach der Checkliste")
    assert dialog.save()
    assert _details(db, env.card).title == "Nach der Checkliste"


# --------------------------------------------------------------------------- comments


def test_comment_add_with_ctrl_enter_edit_and_delete(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    dialog.tabs.setCurrentIndex(2)
    combo = dialog.comment_author_combo
    combo.setCurrentIndex(combo.findData(env.ben))
    dialog.comment_edit.setFocus()
    qtbot.keyClicks(dialog.comment_edit, "Bitte mit der IT abstimmen")
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (comment,) = _details(db, env.card).comments
    assert (comment.body, comment.author_name) == ("Bitte mit der IT abstimmen", "Ben Yilmaz")
    assert dialog.comment_edit.toPlainText() == ""
    first = dialog.comments_list.item(0).text()
    assert first.startswith("Ben Yilmaz · ") and first.endswith("\nBitte mit der IT abstimmen")
    assert dialog.tabs.tabText(2) == "&Kommentare (1)"
    assert dialog.isVisible()

    dialog.comments_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.comment_edit_button, Qt.MouseButton.LeftButton)
    assert dialog.comment_edit.toPlainText() == "Bitte mit der IT abstimmen"
    assert dialog.comment_cancel_button.isVisible()
    dialog.comment_edit.selectAll()
    qtbot.keyClicks(dialog.comment_edit, "Erledigt, IT ist informiert")
    qtbot.mouseClick(dialog.comment_send_button, Qt.MouseButton.LeftButton)
    (comment,) = _details(db, env.card).comments
    assert comment.body == "Erledigt, IT ist informiert"
    assert not dialog.comment_cancel_button.isVisible()

    dialog.comments_list.setCurrentRow(0)
    dialog._confirm = lambda title, text: False
    qtbot.mouseClick(dialog.comment_delete_button, Qt.MouseButton.LeftButton)
    assert len(_details(db, env.card).comments) == 1
    dialog._confirm = lambda title, text: True
    qtbot.mouseClick(dialog.comment_delete_button, Qt.MouseButton.LeftButton)
    assert _details(db, env.card).comments == ()
    assert dialog.comments_list.count() == 0
    assert "Kommentar hinzugefügt" in _history_texts(dialog)


def test_empty_comment_is_refused_inline(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    dialog.comment_edit.setFocus()
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error_label.text() == "Der Kommentar darf nicht leer sein."
    assert _details(db, env.card).comments == ()


# --------------------------------------------------------------------------- read-only


def test_archived_card_is_read_only(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    db.run(cards.add_checklist_item, env.card, "Schritt")
    db.run(cards.archive_card, env.card)
    dialog = open_editor()
    assert dialog.read_only
    assert dialog.readonly_label.isVisible()
    assert "archiviert" in dialog.readonly_label.text()
    assert not dialog.save_button.isVisible()
    assert dialog.cancel_button.text() == "Schließen"
    assert dialog.title_edit.isReadOnly() and dialog.description_edit.isReadOnly()
    for widget in (dialog.priority_combo, dialog.due_edit, dialog.no_due_check,
                   dialog.estimate_spin, dialog.goal_combo, dialog.blocked_check,
                   dialog.reason_edit, dialog.checklist_add_edit, dialog.checklist_add_button,
                   dialog.checklist_delete_button, dialog.comment_edit,
                   dialog.comment_send_button):
        assert not widget.isEnabled(), widget.accessibleName()
    for lst in (dialog.labels_list, dialog.assignees_list, dialog.checklist_list):
        for row in range(lst.count()):
            assert not lst.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
    _toggle(qtbot, dialog.labels_list, "Eilig")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.changes() == {}
    assert dialog.isVisible()
    dialog._confirm_discard = lambda: pytest.fail("read-only: nothing to discard")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_card_of_another_office_is_read_only(db, env, open_editor) -> None:  # noqa: ANN001
    foreign = dataclasses.replace(_snapshot(db, env.board), site_is_local=False)
    dialog = open_editor(snapshot=foreign)
    assert dialog.read_only
    assert "anderen Dienststelle" in dialog.readonly_label.text()
    assert not dialog.save()


# --------------------------------------------------------------------------- plain text, BITV


def test_markup_in_user_text_is_shown_literally(db, env, open_editor) -> None:  # noqa: ANN001
    db.run(cards.update_card, env.card, title="<img src=x>", description="<b>fett</b>")
    db.run(boards.create_label, env.board, "<i>kursiv</i>")
    db.run(cards.add_comment, env.card, "<a href='x'>Link</a>")
    dialog = open_editor()
    assert dialog.header_title.text() == "<img src=x>"
    assert dialog.title_edit.text() == "<img src=x>"
    assert dialog.description_edit.toPlainText() == "<b>fett</b>"
    assert dialog.windowTitle().endswith("<img src=x>")
    assert _row_of(dialog.labels_list, "<i>kursiv</i>") >= 0
    assert dialog.comments_list.item(0).text().endswith("\n<a href='x'>Link</a>")
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QDateEdit)


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control: a spin box's line edit, a tree view's header."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def _unnamed(dialog: QDialog) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}" for w in dialog.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and not _internal(w)
            and not w.accessibleName().strip()]


@pytest.fixture
def filled_card(db: Database, env: Env) -> Iterator[int]:
    db.run(cards.add_checklist_item, env.card, "Schritt")
    db.run(cards.add_comment, env.card, "Hallo")
    yield env.card


def test_every_interactive_widget_has_an_accessible_name(qtbot, filled_card, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor(filled_card)
    assert _unnamed(dialog) == []  # every tab, also the ones not shown
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert dialog.tabs.tabText(index).strip()
        assert unnamed_widgets(dialog) == []  # what a screen reader really gets
    # every label that names a field moves the focus to it with its mnemonic
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_read_only_dialog_has_names_too(db, env, filled_card, open_editor) -> None:  # noqa: ANN001
    db.run(cards.archive_card, env.card)
    dialog = open_editor(filled_card)
    assert _unnamed(dialog) == []
    assert unnamed_widgets(dialog) == []


def test_tab_order_follows_the_form(qtbot, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    expected = [dialog.title_edit, dialog.description_edit, dialog.priority_combo,
                dialog.no_due_check, dialog.estimate_spin, dialog.goal_combo,
                dialog.blocked_check, dialog.labels_list, dialog.assignees_list,
                dialog.partners_list]
    # (the date and the reason are disabled here, so the focus skips them)
    chain = []
    widget = dialog.title_edit
    for _ in expected:
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and widget.isVisibleTo(dialog)) or _internal(widget):
            widget = widget.nextInFocusChain()
    assert chain == expected


def test_keyboard_saving_and_enter_elsewhere(qtbot, db, env, open_editor) -> None:  # noqa: ANN001
    dialog = open_editor()
    dialog.windowHandle().requestActivate()  # shortcuts need the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.description_edit.setPlainText("Per Tastatur")
    dialog.estimate_spin.setFocus()
    qtbot.keyClick(dialog.estimate_spin, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter outside the title field neither saves nor closes
    qtbot.keyClick(dialog.estimate_spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert _details(db, env.card).description == "Per Tastatur"

    dialog = open_editor()
    dialog.tabs.setCurrentIndex(1)
    dialog.checklist_add_edit.setText("Per Knopf")
    dialog.checklist_add_button.setFocus()
    qtbot.keyClick(dialog.checklist_add_button, Qt.Key.Key_Return)  # a focused button: pressed
    assert [c.text for c in _details(db, env.card).checklist] == ["Per Knopf"]
    assert dialog.isVisible()


def test_board_saves_through_an_undoable_command(qtbot, db, env) -> None:  # noqa: ANN001
    """The contract with the board: on_save=controller.edit_card, undo restores the card."""
    from PySide6.QtGui import QUndoStack

    from kimboard.ui.board.page import BoardPage

    stack = QUndoStack()
    page = BoardPage(db, env.board, stack)
    qtbot.addWidget(page)
    dialog = CardEditorDialog(db, page.controller.state.snapshot, env.card, page,
                              on_save=page.controller.edit_card)
    dialog.show()
    dialog.title_edit.setText("Über den Board-Controller")
    _toggle(qtbot, dialog.labels_list, "Eilig")
    dialog.no_due_check.click()
    dialog.due_edit.setDate(QDate(2025, 7, 1))
    assert dialog.save()
    d = _details(db, env.card)
    assert (d.title, d.label_ids, d.due_date) == (
        "Über den Board-Controller", tuple(sorted((env.digital, env.eilig))), dt.date(2025, 7, 1))
    assert stack.count() == 1
    stack.undo()
    d = _details(db, env.card)
    assert (d.title, d.label_ids, d.due_date) == ("Wartezeiten senken", (env.digital,), None)
    stack.redo()
    assert _details(db, env.card).title == "Über den Board-Controller"
