"""The actions phase: improvement actions with owner and due date, and "Auf Board übernehmen",
which makes a card on a chosen board of the office that names the retrospective and its topic.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kimboard.core.models import ActionItem, Card, ColumnKind, RetroGroup, RetroPhase
from kimboard.core.ops import OpResult, Ref
from kimboard.core.ops import cards as card_ops
from kimboard.core.ops import retros as retro_ops
from kimboard.ui.retro.curtain import MeetingHost, button, label
from kimboard.ui.retro.pages import PhasePage, action_meta, clear_layout, panel, scroll
from kimboard.ui.retro.presentation import set_role
from kimboard.ui.retro.snapshot import ActionInfo, RetroSnapshot, board_columns

translate = QCoreApplication.translate

#: A new action is due two weeks after the retrospective, by default.
DEFAULT_DUE_DAYS = 14


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2999, 12, 31))
    edit.setAccessibleName(name)
    return edit


def fill_members(combo: QComboBox, snap: RetroSnapshot, current: int | None = None) -> None:
    combo.clear()
    combo.addItem(translate("Actions", "– noch offen –"), None)
    for member_id, name in snap.members:
        combo.addItem(name, member_id)
    i = combo.findData(current)
    combo.setCurrentIndex(max(0, i))


def action_to_card_linked(session: Session, action_id: int, board_id: int,
                          column_id: int | None, topic_line: str) -> OpResult[Ref]:
    """"Auf Board übernehmen": the card (see :func:`retro_ops.action_to_card`) also names the
    topic of the retrospective the action came from — in one transaction."""
    result = retro_ops.action_to_card(session, action_id, board_id, column_id)
    action = session.get_one(ActionItem, action_id)
    group = session.get(RetroGroup, action.group_id) if action.group_id is not None else None
    if group is not None and group.title.strip():
        card = session.get_one(Card, result.value.id)
        card_ops.update_card(session, card.id, description="\n".join(
            [card.description, topic_line.format(topic=group.title)]).strip())
    return result


class ActionDialog(QDialog):
    """Edit an action: text, owner, due date."""

    def __init__(self, snap: RetroSnapshot, action: ActionInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Actions", "Maßnahme bearbeiten"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        self.text = QLineEdit(action.text)
        self.text.setMaxLength(500)
        self.owner = QComboBox()
        fill_members(self.owner, snap, action.owner_id)
        self.has_due = QCheckBox(translate("Actions", "&Fällig bis:"))
        self.due = _date_edit(translate("Actions", "Fälligkeitsdatum"))
        self.due.setDate(_qdate(action.due_date or snap.held_on
                                + dt.timedelta(days=DEFAULT_DUE_DAYS)))
        self.has_due.setChecked(action.due_date is not None)
        self.due.setEnabled(action.due_date is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        form = QFormLayout()
        form.addRow(translate("Actions", "&Maßnahme:"), self.text)
        form.addRow(translate("Actions", "&Verantwortlich:"), self.owner)
        form.addRow(self.has_due, self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("Actions", "Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Actions", "Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.text(), "owner_id": self.owner.currentData(),
                "due_date": _pydate(self.due.date()) if self.has_due.isChecked() else None}


class BoardChoiceDialog(QDialog):
    """Where "Auf Board übernehmen" puts the card: a board of the office and its column."""

    def __init__(self, host: MeetingHost, action: ActionInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        snap = host.snap
        self.setWindowTitle(translate("Actions", "Auf Board übernehmen"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        intro = label(translate("Actions", "Aus der Maßnahme „{action}“ wird eine Karte. Sie "
                                "verweist auf diese Retrospektive und ihr Thema; "
                                "verantwortliche Person und Termin werden übernommen.").format(
            action=action.text), wrap=True)
        self.board = QComboBox()
        for board_id, name in snap.boards:
            self.board.addItem(name, board_id)
        i = self.board.findData(snap.board_id)
        self.board.setCurrentIndex(max(0, i))
        self.column = QComboBox()
        self.board.currentIndexChanged.connect(self._fill_columns)
        form = QFormLayout()
        form.addRow(translate("Actions", "&Board:"), self.board)
        form.addRow(translate("Actions", "&Spalte:"), self.column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Actions", "Karte anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Actions", "Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill_columns()

    def _fill_columns(self) -> None:
        self.column.clear()
        board_id = self.board.currentData()
        if board_id is None:
            self.ok_button.setEnabled(False)
            return
        with self.host.db.session() as s:
            columns = board_columns(s, int(board_id))
        default = 0
        for n, (column_id, name, kind) in enumerate(columns):
            self.column.addItem(name, column_id)
            if kind == ColumnKind.TODO.value and not default:
                default = n
        self.column.setCurrentIndex(default)
        self.ok_button.setEnabled(bool(columns))

    def choice(self) -> tuple[int, int | None]:
        column = self.column.currentData()
        return int(self.board.currentData()), (int(column) if column is not None else None)


class ActionsPage(PhasePage):
    phase = RetroPhase.ACTIONS.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        self.rows_by_action: dict[int, dict[str, Any]] = {}
        form, form_layout = panel(theme.px(16), theme.px(10))
        form_layout.addWidget(label(translate("Actions", "Neue Maßnahme"), "h2"))
        self.text = QLineEdit()
        self.text.setMaxLength(500)
        self.text.setAccessibleName(translate("Actions", "Neue Maßnahme"))
        self.text.setPlaceholderText(translate(
            "Actions", "Was genau tun wir? Z. B. „Rückrufzeiten im Intranet veröffentlichen“"))
        self.text.returnPressed.connect(self.add_action)
        form_layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(theme.px(10))
        self.topic = QComboBox()
        self.topic.setAccessibleName(translate("Actions", "Thema"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(translate("Actions", "Verantwortlich"))
        self.has_due = QCheckBox(translate("Actions", "&Fällig bis:"))
        self.due = _date_edit(translate("Actions", "Fälligkeitsdatum"))
        self.has_due.setChecked(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_button = button(translate("Actions", "Hinzufügen"), "primary",
                                 tip=translate("Actions", "Maßnahme festhalten (Enter im "
                                               "Textfeld)"))
        self.add_button.clicked.connect(self.add_action)
        topic_label = label(translate("Actions", "T&hema:"))
        topic_label.setBuddy(self.topic)
        owner_label = label(translate("Actions", "&Verantwortlich:"))
        owner_label.setBuddy(self.owner)
        row.addWidget(topic_label)
        row.addWidget(self.topic, 2)
        row.addWidget(owner_label)
        row.addWidget(self.owner, 1)
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addWidget(self.add_button)
        form_layout.addLayout(row)

        head = QHBoxLayout()
        head.addWidget(label(translate("Actions", "Vereinbarte Maßnahmen"), "h2"))
        head.addStretch(1)
        self.count = label("", "hint")
        head.addWidget(self.count)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, theme.px(8), 0)
        self.rows_layout.setSpacing(theme.px(8))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(10))
        layout.addWidget(form)
        layout.addLayout(head)
        layout.addWidget(scroll(self.rows), 1)
        self._held_on: dt.date | None = None

    # ------------------------------------------------------------------ showing

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        topic = self.topic.currentData()
        self.topic.clear()
        self.topic.addItem(translate("Actions", "– ohne Thema –"), None)
        for group in snap.groups:
            self.topic.addItem(group.title or translate("Retro", "Gruppe ohne Titel"), group.id)
        self.topic.setCurrentIndex(max(0, self.topic.findData(topic)))
        owner = self.owner.currentData()
        fill_members(self.owner, snap, owner)
        if self._held_on != snap.held_on:
            self._held_on = snap.held_on
            self.due.setDate(_qdate(snap.held_on + dt.timedelta(days=DEFAULT_DUE_DAYS)))
        self._show_rows(snap)

    def _show_rows(self, snap: RetroSnapshot) -> None:
        clear_layout(self.rows_layout)
        self.rows_by_action.clear()
        theme = self.host.theme
        n = len(snap.actions)
        self.count.setText(translate("Actions", "1 Maßnahme") if n == 1 else
                           translate("Actions", "{n} Maßnahmen").format(n=n))
        if not snap.actions:
            self.rows_layout.addWidget(label(translate(
                "Actions", "Noch keine Maßnahmen. Gute Maßnahmen sind klein, konkret und haben "
                "eine verantwortliche Person."), "hint", wrap=True))
        for action in snap.actions:
            box, box_layout = panel(theme.px(12), theme.px(6))
            box_layout.addWidget(label(action.text, "h3", wrap=True))
            meta = action_meta(action, with_card=False)
            group = snap.group(action.group_id)
            if group is not None and group.title:
                meta += " · " + translate("Actions", "Thema: {topic}").format(topic=group.title)
            box_layout.addWidget(label(meta, "hint", wrap=True))
            line = QHBoxLayout()
            line.setSpacing(theme.px(8))
            widgets: dict[str, Any] = {}
            if action.card_number is not None:
                card = label(translate("Actions", "Karte #{number} auf „{board}“").format(
                    number=action.card_number, board=action.card_board), "badge", wrap=True)
                set_role(card, "badge", "ok")
                line.addWidget(card)
                line.addStretch(1)
                widgets["card"] = card
            else:
                to_board = button(translate("Actions", "Auf Board übernehmen …"), "primary",
                                  name=translate("Actions", "„{action}“ auf ein Board "
                                                 "übernehmen").format(action=action.text),
                                  tip=translate("Actions", "Legt eine Karte an, die auf diese "
                                                "Retrospektive verweist"))
                to_board.clicked.connect(lambda _=False, a=action: self.to_board(a))
                line.addWidget(to_board)
                line.addStretch(1)
                widgets["to_board"] = to_board
            solution = button(translate("Actions", "Als Lösungsansatz …"),
                              name=translate("Actions", "„{action}“ als Lösungsansatz "
                                             "festhalten").format(action=action.text),
                              tip=translate("Actions", "Legt in der Bibliothek (KIM → "
                                            "Lösungsansätze) einen Lösungsansatz an, der auf "
                                            "diese Maßnahme verweist"))
            solution.clicked.connect(lambda _=False, a=action: self.to_solution(a))
            line.addWidget(solution)
            widgets["solution"] = solution
            edit = button(translate("Actions", "Bearbeiten …"),
                          name=translate("Actions", "„{action}“ bearbeiten").format(
                              action=action.text))
            edit.clicked.connect(lambda _=False, a=action: self.edit(a))
            delete = button(translate("Actions", "Löschen …"), "danger",
                            name=translate("Actions", "„{action}“ löschen").format(
                                action=action.text))
            delete.clicked.connect(lambda _=False, a=action: self.delete(a))
            line.addWidget(edit)
            line.addWidget(delete)
            box_layout.addLayout(line)
            widgets.update(edit=edit, delete=delete)
            self.rows_by_action[action.id] = widgets
            self.rows_layout.addWidget(box)
        self.rows_layout.addStretch(1)

    # ------------------------------------------------------------------ changes

    def add_action(self) -> bool:
        text = self.text.text().strip()
        if not text:
            self.host.notify(translate("Actions", "Bitte zuerst die Maßnahme beschreiben."))
            self.text.setFocus()
            return False
        due = _pydate(self.due.date()) if self.has_due.isChecked() else None
        result = self.host.run(retro_ops.create_action, self.host.snap.id, text,
                               owner_id=self.owner.currentData(), due_date=due,
                               group_id=self.topic.currentData())
        if result is None:
            return False
        self.text.clear()
        self.host.reload()
        self.host.notify(translate("Actions", "Maßnahme „{text}“ festgehalten.").format(
            text=text))
        self.text.setFocus()
        return True

    def edit(self, action: ActionInfo) -> bool:
        dialog = ActionDialog(self.host.snap, action, self)
        try:
            if not self.host.exec_dialog(dialog):
                return False
            values = dialog.values()
        finally:
            dialog.deleteLater()
        ok = self.host.run(retro_ops.update_action, action.id, text=values["text"],
                           owner_id=values["owner_id"], due_date=values["due_date"],
                           expected_version=action.version) is not None
        self.host.reload()
        return ok

    def delete(self, action: ActionInfo) -> bool:
        text = translate("Actions", "Die Maßnahme „{action}“ löschen?").format(
            action=action.text)
        if action.card_number is not None:
            text += "\n\n" + translate("Actions", "Die Karte #{number} bleibt auf dem Board "
                                       "„{board}“.").format(number=action.card_number,
                                                            board=action.card_board)
        text += "\n\n" + translate("Actions", "Das lässt sich nicht rückgängig machen.")
        if not self.host.confirm(translate("Actions", "Maßnahme löschen"), text,
                                 translate("Actions", "Löschen")):
            return False
        ok = self.host.run(retro_ops.delete_action, action.id) is not None
        self.host.reload()
        return ok

    def to_board(self, action: ActionInfo) -> int | None:
        """"Auf Board übernehmen": returns the new card's id."""
        if not self.host.snap.boards:
            self.host.show_error(translate("Actions", "Die Dienststelle hat noch kein Board."))
            return None
        dialog = BoardChoiceDialog(self.host, action, self)
        try:
            if not self.host.exec_dialog(dialog):
                return None
            board_id, column_id = dialog.choice()
            board_name = dialog.board.currentText()
        finally:
            dialog.deleteLater()
        result = self.host.run(action_to_card_linked, action.id, board_id, column_id,
                               translate("Actions", "Thema der Retrospektive: „{topic}“"))
        if result is None:
            return None
        self.host.reload()
        card = next((a for a in self.host.snap.actions if a.id == action.id), None)
        number = card.card_number if card is not None else None
        message = translate("Actions", "Karte #{number} auf „{board}“ angelegt.").format(
            number=number, board=board_name)
        if result.warning:
            message += " " + result.warning
        self.host.notify(message)
        return int(result.value.id)

    def to_solution(self, action: ActionInfo) -> str | None:
        """Record the action as a solution approach in the office's library (linked to it)."""
        from kimboard.ui.kim.solutions import create_solution_from_action

        uuid = create_solution_from_action(self, self.host.db, action.id)
        if uuid is not None:
            self.host.notify(translate("Actions", "Lösungsansatz angelegt – zu finden unter "
                                       "KIM → Lösungsansätze."))
        return uuid

    def focus_default(self) -> None:
        self.text.setFocus()


__all__ = [
    "ActionDialog",
    "ActionsPage",
    "BoardChoiceDialog",
    "action_to_card_linked",
]
