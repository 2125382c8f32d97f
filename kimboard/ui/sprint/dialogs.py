"""Sprint dialogs: plan or edit a sprint, and close the running one.

The dialogs run their core operation themselves when the user confirms (``accept``); a
refused operation shows the core's German message inside the dialog, which stays open. The
``*_interactively`` functions are what the backlog page calls; they show a dialog through
:func:`exec_dialog` (tests replace that to fill and confirm the dialog without a modal loop).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.backlog import SprintPlan, load_backlog
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Sprint, SprintState
from kimboard.core.ops.sprints import (
    UNFINISHED_TO_BACKLOG,
    UNFINISHED_TO_NEXT,
    close_sprint,
    create_sprint,
    update_sprint,
)
from kimboard.ui.i18n import format_count, format_date, format_number
from kimboard.ui.widgets import buddy_label

translate = QCoreApplication.translate

#: A new sprint lasts two working weeks: Monday to the Friday of the following week.
SPRINT_LENGTH_DAYS = 11

_ERROR_STYLE = "color: #b91c1c;"
_HINT_STYLE = "color: #4b5563;"

# What happens with the unfinished cards of a sprint that closes.
TO_BACKLOG = "backlog"
TO_NEXT = "next"
TO_NEW = "new"


# --------------------------------------------------------------------------- helpers


def exec_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` modally (tests replace this to fill in and confirm the dialog)."""
    return dialog.exec()


def next_monday_after(day: dt.date) -> dt.date:
    """The first Monday strictly after ``day``."""
    return day + dt.timedelta(days=7 - day.weekday())


def working_days(start: dt.date, end: dt.date) -> int:
    """Monday to Friday between ``start`` and ``end`` (both included)."""
    if end < start:
        return 0
    days = (end - start).days + 1
    weeks, rest = divmod(days, 7)
    return weeks * 5 + sum(1 for i in range(rest)
                           if (start + dt.timedelta(days=i)).weekday() < 5)


def points_text(value: float) -> str:
    """ "1 Punkt", "2,5 Punkte" (the number in the UI language's format)."""
    if value == 1:
        return translate("Sprint", "1 Punkt")
    return translate("Sprint", "{points} Punkte").format(points=format_number(round(value, 2)))


def cards_text(count: int) -> str:
    if count == 1:
        return translate("Sprint", "1 Karte")
    return translate("Sprint", "{n} Karten").format(n=format_count(count))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _date_format() -> str:
    """The short date of the UI language with a four-digit year (German: dd.MM.yyyy)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _plain_label(text: str = "", *, wrap: bool = False, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_date_format())
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2999, 12, 31))
    edit.setAccessibleName(name)
    return edit


@dataclass(frozen=True, slots=True)
class SprintDefaults:
    name: str
    start_date: dt.date
    end_date: dt.date


def sprint_defaults(session: Session, board_id: int, today: dt.date) -> SprintDefaults:
    """Name and dates proposed for the board's next sprint.

    It starts on the Monday after the latest open sprint ends (or after today, when no open
    sprint ends later) and lasts two working weeks; its name counts on from the sprints the
    board has had ("Sprint 7" after six).
    """
    latest = session.scalar(select(func.max(Sprint.end_date)).where(
        Sprint.board_id == board_id,
        Sprint.state.in_((SprintState.PLANNED.value, SprintState.ACTIVE.value))))
    base = latest if latest is not None and latest >= today else today
    start = next_monday_after(base)
    names = list(session.scalars(select(Sprint.name).where(Sprint.board_id == board_id)))
    number = len(names) + 1
    name = translate("Sprint", "Sprint {n}").format(n=number)
    while name in names:
        number += 1
        name = translate("Sprint", "Sprint {n}").format(n=number)
    return SprintDefaults(name, start, start + dt.timedelta(days=SPRINT_LENGTH_DAYS))


# --------------------------------------------------------------------------- plan / edit


class SprintDialog(QDialog):
    """Plan a new sprint (``sprint_id`` None) or edit one. Saves on "Anlegen"/"Speichern"."""

    def __init__(self, db: Database, board_id: int, sprint_id: int | None = None,
                 parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = clock.today) -> None:
        super().__init__(parent)
        self.db = db
        self.board_id = board_id
        #: the sprint edited, or after a successful "Anlegen" the new one
        self.sprint_id = sprint_id
        self.editing = sprint_id is not None
        self._version: int | None = None
        with db.session() as s:
            if sprint_id is not None:
                sprint = s.get(Sprint, sprint_id)
                if sprint is None:
                    raise KimboardError(translate("Sprint", "Den Sprint gibt es nicht mehr."))
                name, goal = sprint.name, sprint.goal
                start, end = sprint.start_date, sprint.end_date
                self._version = sprint.version
            else:
                defaults = sprint_defaults(s, board_id, today())
                name, goal = defaults.name, ""
                start, end = defaults.start_date, defaults.end_date

        self.setWindowTitle(self.tr("Sprint bearbeiten") if self.editing
                            else self.tr("Neuer Sprint"))
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(480)

        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name des Sprints"))
        self.goal_edit = QPlainTextEdit(goal)
        self.goal_edit.setAccessibleName(self.tr("Sprint-Ziel"))
        self.goal_edit.setPlaceholderText(
            self.tr("Was soll am Ende des Sprints erreicht sein? (optional)"))
        self.goal_edit.setTabChangesFocus(True)
        self.goal_edit.setFixedHeight(90)
        self.start_edit = _date_edit(self.tr("Startdatum"))
        self.start_edit.setDate(_qdate(start))
        self.end_edit = _date_edit(self.tr("Enddatum"))
        self.end_edit.setDate(_qdate(end))
        self._length = (end - start).days
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(self._end_changed)
        self.length_label = _plain_label(style=_HINT_STYLE)
        self.length_label.setAccessibleName(self.tr("Dauer des Sprints"))

        self.error_label = _plain_label(wrap=True, style=_ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy_label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(buddy_label(self.tr("&Ziel:"), self.goal_edit), self.goal_edit)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.start_edit)
        dates.addWidget(buddy_label(self.tr("&bis"), self.end_edit))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form.addRow(buddy_label(self.tr("Zeit&raum:"), self.start_edit), dates)
        form.addRow("", self.length_label)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Speichern") if self.editing else self.tr("Anlegen"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_length()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    # ------------------------------------------------------------------ dates

    def start_date(self) -> dt.date:
        return _pydate(self.start_edit.date())

    def end_date(self) -> dt.date:
        return _pydate(self.end_edit.date())

    def _start_changed(self) -> None:
        # Moving the start keeps the sprint's length.
        if self._length >= 0:
            self.end_edit.blockSignals(True)
            self.end_edit.setDate(self.start_edit.date().addDays(self._length))
            self.end_edit.blockSignals(False)
        self._update_length()

    def _end_changed(self) -> None:
        self._length = (self.end_date() - self.start_date()).days
        self._update_length()

    def _update_length(self) -> None:
        start, end = self.start_date(), self.end_date()
        if end < start:
            self.length_label.setText(self.tr("Das Enddatum liegt vor dem Startdatum."))
            self.length_label.setStyleSheet(_ERROR_STYLE)
            return
        self.length_label.setStyleSheet(_HINT_STYLE)
        self.length_label.setText(self.tr("{days} Kalendertage, davon {work} Arbeitstage (Mo–Fr)")
                                  .format(days=(end - start).days + 1,
                                          work=working_days(start, end)))

    # ------------------------------------------------------------------ saving

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        name = self.name_edit.text().strip()
        goal = self.goal_edit.toPlainText().strip()
        start, end = self.start_date(), self.end_date()
        if not name:
            self.show_error(self.tr("Bitte einen Namen für den Sprint eingeben."))
            self.name_edit.setFocus()
            return
        if end < start:
            self.show_error(self.tr("Das Enddatum ({end}) darf nicht vor dem Startdatum "
                                    "({start}) liegen.").format(end=format_date(end),
                                                                start=format_date(start)))
            self.end_edit.setFocus()
            return
        try:
            if self.sprint_id is None:
                self.sprint_id = self.db.run(create_sprint, self.board_id, name, start, end,
                                             goal).value.id
            else:
                self.db.run(update_sprint, self.sprint_id, name=name, goal=goal,
                            start_date=start, end_date=end, expected_version=self._version)
        except KimboardError as err:
            self.show_error(str(err))
            return
        super().accept()


# --------------------------------------------------------------------------- close


class CompleteSprintDialog(QDialog):
    """Close the running sprint: where unfinished cards go, and whether the goal was reached."""

    def __init__(self, db: Database, sprint_id: int, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = clock.today) -> None:
        super().__init__(parent)
        self.db = db
        self.sprint_id = sprint_id
        #: the sprint made by "In einen neuen Sprint", once the dialog was accepted
        self.created_sprint_id: int | None = None
        with db.session() as s:
            sprint = s.get(Sprint, sprint_id)
            if sprint is None:
                raise KimboardError(translate("Sprint", "Den Sprint gibt es nicht mehr."))
            self.board_id = sprint.board_id
            snapshot = load_backlog(s, sprint.board_id)
            self.defaults = sprint_defaults(s, sprint.board_id, today())
        plan = next((p for p in snapshot.sprints if p.id == sprint_id), None)
        if plan is None:  # closed meanwhile
            raise KimboardError(translate(
                "Sprint", "Der Sprint „{name}“ läuft nicht; nur ein laufender Sprint kann "
                "abgeschlossen werden.").format(name=sprint.name))
        self.plan: SprintPlan = plan
        self.others = [p for p in snapshot.sprints if p.id != sprint_id]
        done = [c for c in plan.cards if c.done]
        open_cards = [c for c in plan.cards if not c.done]
        self.unfinished_count = len(open_cards)

        self.setWindowTitle(self.tr("Sprint abschließen – {name}").format(name=plan.name))
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(520)

        title = _plain_label(self.tr("„{name}“ abschließen").format(name=plan.name), wrap=True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        period = _plain_label(self.tr("{start} – {end}").format(
            start=format_date(plan.start_date), end=format_date(plan.end_date)),
            style=_HINT_STYLE)
        goal = _plain_label(self.tr("Sprint-Ziel: {goal}").format(goal=plan.goal)
                            if plan.goal else self.tr("Für diesen Sprint ist kein Ziel "
                                                      "festgehalten."), wrap=True)

        def summary(cards: list[Any]) -> str:
            points = sum(c.estimate or 0.0 for c in cards)
            return self.tr("{cards} · {points}").format(cards=cards_text(len(cards)),
                                                        points=points_text(points))

        self.done_label = _plain_label(summary(done))
        self.done_label.setAccessibleName(self.tr("Erledigt: {summary}").format(
            summary=summary(done)))
        self.unfinished_label = _plain_label(summary(open_cards))
        self.unfinished_label.setAccessibleName(self.tr("Nicht erledigt: {summary}").format(
            summary=summary(open_cards)))
        counts = QFormLayout()
        counts.addRow(_plain_label(self.tr("Erledigt:")), self.done_label)
        counts.addRow(_plain_label(self.tr("Nicht erledigt:")), self.unfinished_label)

        # where the unfinished cards go
        self.target_box = QGroupBox(self.tr("Nicht erledigte Karten"))
        self.backlog_radio = QRadioButton(self.tr("&Zurück ins Backlog"))
        self.next_radio = QRadioButton(self.tr("In den &nächsten Sprint:"))
        self.next_combo = QComboBox()
        self.next_combo.setAccessibleName(self.tr("Nächster Sprint"))
        for other in self.others:
            state = (self.tr("läuft") if other.state == SprintState.ACTIVE.value
                     else self.tr("geplant"))
            self.next_combo.addItem(self.tr("{name} ({state}, ab {start})").format(
                name=other.name, state=state, start=format_date(other.start_date)), other.id)
        self.new_radio = QRadioButton(self.tr("In einen ne&uen Sprint"))
        self.new_label = _plain_label(self.tr("„{name}“, {start} – {end}").format(
            name=self.defaults.name, start=format_date(self.defaults.start_date),
            end=format_date(self.defaults.end_date)), style=_HINT_STYLE)
        self.new_radio.setAccessibleDescription(self.new_label.text())
        self.target_group = QButtonGroup(self)
        for button in (self.backlog_radio, self.next_radio, self.new_radio):
            self.target_group.addButton(button)
        if not self.others:
            self.next_radio.setEnabled(False)
            self.next_combo.setEnabled(False)
            self.next_combo.addItem(self.tr("kein weiterer offener Sprint"), None)
        self.next_radio.toggled.connect(self.next_combo.setEnabled)
        self.next_combo.activated.connect(lambda _i: self.next_radio.setChecked(True))
        planned = next((o for o in self.others if o.state == SprintState.PLANNED.value), None)
        if planned is not None:
            self.next_combo.setCurrentIndex(self.next_combo.findData(planned.id))
            self.next_radio.setChecked(True)
        else:
            self.backlog_radio.setChecked(True)
        self.next_combo.setEnabled(self.next_radio.isChecked())
        target_layout = QVBoxLayout(self.target_box)
        target_layout.setSpacing(6)
        target_layout.addWidget(self.backlog_radio)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_radio)
        next_row.addWidget(self.next_combo, 1)
        target_layout.addLayout(next_row)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_radio)
        new_row.addWidget(self.new_label, 1)
        target_layout.addLayout(new_row)
        if not open_cards:
            self.target_box.setEnabled(False)
            self.backlog_radio.setChecked(True)
            hint = _plain_label(self.tr("Alle Karten des Sprints sind erledigt."),
                                style=_HINT_STYLE)
            target_layout.addWidget(hint)
        else:
            target_layout.addWidget(_plain_label(
                self.tr("Erledigte Karten bleiben im Sprint und in ihrer Spalte."),
                wrap=True, style=_HINT_STYLE))

        # the goal
        self.goal_box = QGroupBox(self.tr("Sprint-Ziel erreicht?"))
        self.goal_yes_radio = QRadioButton(self.tr("&Ja"))
        self.goal_no_radio = QRadioButton(self.tr("N&ein"))
        self.goal_open_radio = QRadioButton(self.tr("&Offen"))
        self.goal_yes_radio.setAccessibleName(self.tr("Sprint-Ziel erreicht: ja"))
        self.goal_no_radio.setAccessibleName(self.tr("Sprint-Ziel erreicht: nein"))
        self.goal_open_radio.setAccessibleName(self.tr("Sprint-Ziel erreicht: offen"))
        self.goal_group = QButtonGroup(self)
        goal_row = QHBoxLayout()
        for button in (self.goal_yes_radio, self.goal_no_radio, self.goal_open_radio):
            self.goal_group.addButton(button)
            goal_row.addWidget(button)
        goal_row.addStretch(1)
        self.goal_open_radio.setChecked(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Notiz zum Sprint-Ziel"))
        self.note_edit.setPlaceholderText(self.tr("Was hat geholfen, was hat gefehlt? "
                                                  "(optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        goal_layout = QVBoxLayout(self.goal_box)
        goal_layout.addLayout(goal_row)
        goal_layout.addWidget(buddy_label(self.tr("No&tiz:"), self.note_edit))
        goal_layout.addWidget(self.note_edit)

        self.error_label = _plain_label(wrap=True, style=_ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(
            self.tr("Sprint abschließen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.cancel_button = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(period)
        layout.addWidget(goal)
        layout.addLayout(counts)
        layout.addWidget(self.target_box)
        layout.addWidget(self.goal_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ values

    def target(self) -> str:
        """``"backlog"``, ``"next"`` or ``"new"``."""
        if self.unfinished_count and self.next_radio.isChecked():
            return TO_NEXT
        if self.unfinished_count and self.new_radio.isChecked():
            return TO_NEW
        return TO_BACKLOG

    def next_sprint_id(self) -> int | None:
        return self.next_combo.currentData() if self.target() == TO_NEXT else None

    def goal_reached(self) -> bool | None:
        if self.goal_yes_radio.isChecked():
            return True
        if self.goal_no_radio.isChecked():
            return False
        return None

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        target = self.target()
        next_id = self.next_sprint_id()
        if target == TO_NEXT and next_id is None:
            self.show_error(self.tr("Bitte den Sprint wählen, in den die offenen Karten "
                                    "wandern."))
            return
        goal_reached = self.goal_reached()
        note = self.note_edit.toPlainText().strip()
        defaults = self.defaults

        def op(session: Session) -> int | None:
            created = None
            into = next_id
            if target == TO_NEW:
                created = create_sprint(session, self.board_id, defaults.name,
                                        defaults.start_date, defaults.end_date).value.id
                into = created
            close_sprint(session, self.sprint_id,
                         unfinished=UNFINISHED_TO_BACKLOG if into is None else UNFINISHED_TO_NEXT,
                         next_sprint_id=into, goal_reached=goal_reached, goal_note=note)
            return created

        try:
            self.created_sprint_id = self.db.run(op)
        except KimboardError as err:
            self.show_error(str(err))
            return
        super().accept()


# --------------------------------------------------------------------------- entry points


def create_sprint_interactively(parent: QWidget | None, db: Database, board_id: int
                                ) -> int | None:
    """Ask for a new sprint of the board and plan it; its id, or None when cancelled."""
    dialog = SprintDialog(db, board_id, parent=parent)
    try:
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            return dialog.sprint_id
        return None
    finally:
        dialog.deleteLater()


def edit_sprint_interactively(parent: QWidget | None, db: Database, sprint_id: int) -> bool:
    """Edit a sprint's name, goal and dates; True when saved. Raises KimboardError when the
    sprint is gone."""
    with db.session() as s:
        sprint = s.get(Sprint, sprint_id)
        if sprint is None:
            raise KimboardError(translate("Sprint", "Den Sprint gibt es nicht mehr."))
        board_id = sprint.board_id
    dialog = SprintDialog(db, board_id, sprint_id, parent)
    try:
        return exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def complete_sprint_interactively(parent: QWidget | None, db: Database, sprint_id: int) -> bool:
    """Close the running sprint after asking where unfinished cards go; True when closed.
    Raises KimboardError when the sprint is gone or not running."""
    dialog = CompleteSprintDialog(db, sprint_id, parent)
    try:
        return exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


__all__ = [
    "CompleteSprintDialog",
    "SprintDefaults",
    "SprintDialog",
    "complete_sprint_interactively",
    "create_sprint_interactively",
    "edit_sprint_interactively",
    "exec_dialog",
    "next_monday_after",
    "points_text",
    "sprint_defaults",
]
