"""Create a board or edit its name, mode and description.

:class:`BoardDialog` only asks; :func:`create_board_interactively` and
:func:`edit_board_interactively` run the core operation and show the dialog again with the
German error until it succeeds or the user cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.db import Database
from kimboard.core.errors import ConflictError, KimboardError
from kimboard.core.models import BoardMode
from kimboard.ui.widgets import run_form

translate = QCoreApplication.translate


class BoardDialog(QDialog):
    """Asks for name, mode and description; the caller runs the core operation."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "",
                 mode: str = BoardMode.KANBAN.value, description: str = "",
                 editing: bool | None = None) -> None:
        super().__init__(parent)
        editing = bool(name) if editing is None else editing
        self.setWindowTitle(self.tr("Board bearbeiten") if editing else self.tr("Neues Board"))

        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("z. B. Team Aufenthalt"))
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name des Boards"))

        self.kanban_radio = QRadioButton(self.tr("&Kanban – fortlaufender Arbeitsfluss"))
        self.kanban_radio.setAccessibleName(self.tr("Kanban"))
        self.kanban_radio.setAccessibleDescription(
            self.tr("Karten fließen fortlaufend durch die Spalten, begrenzt durch WIP-Limits."))
        self.scrum_radio = QRadioButton(self.tr("&Scrum – Arbeit in Sprints"))
        self.scrum_radio.setAccessibleName(self.tr("Scrum"))
        self.scrum_radio.setAccessibleDescription(
            self.tr("Arbeit wird in Sprints geplant, mit Schätzungen und Burndown."))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.kanban_radio)
        self.mode_group.addButton(self.scrum_radio)
        self.set_mode(mode)
        mode_box = QVBoxLayout()
        mode_box.setSpacing(2)
        mode_box.addWidget(self.kanban_radio)
        mode_box.addWidget(self.scrum_radio)

        self.description_edit = QPlainTextEdit(description)
        self.description_edit.setPlaceholderText(
            self.tr("Wofür ist das Board da? Wer arbeitet damit? (optional)"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Beschreibung des Boards"))
        self.description_edit.setFixedHeight(90)

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.hide()

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        mode_label = QLabel(self.tr("Arbeitsweise:"))
        form.addRow(mode_label, mode_box)
        description_label = QLabel(self.tr("&Beschreibung:"))
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Speichern") if editing else self.tr("Anlegen"))
        ok.setAccessibleName(ok.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setAccessibleName(cancel.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.name_edit.setFocus()

    def set_mode(self, mode: str) -> None:
        (self.scrum_radio if mode == BoardMode.SCRUM.value else self.kanban_radio).setChecked(True)

    def mode(self) -> str:
        return BoardMode.SCRUM.value if self.scrum_radio.isChecked() else BoardMode.KANBAN.value

    def values(self) -> tuple[str, str, str]:
        """Name, mode ("kanban" or "scrum") and description, as typed."""
        return (self.name_edit.text(), self.mode(), self.description_edit.toPlainText())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.name_edit.setFocus()


def create_board_interactively(parent: QWidget | None, db: Database, site_id: int) -> int | None:
    """Ask for a new board of the office and create it; its id, or None when cancelled."""
    from kimboard.core.ops.boards import create_board

    dialog = BoardDialog(parent, editing=False)
    try:
        result = run_form(dialog, lambda v: db.run(create_board, site_id, v[0], v[1],
                                                    description=v[2]))
        return None if result is None else result.value.id
    finally:
        dialog.deleteLater()


def edit_board_interactively(parent: QWidget | None, db: Database, board_id: int) -> bool:
    """Let the user change name, mode and description; True when something was saved."""
    from kimboard.core.models import Board
    from kimboard.core.ops.boards import update_board

    def read() -> tuple[str, str, str, int]:
        with db.session() as s:
            board = s.get(Board, board_id)
            if board is None:
                raise KimboardError(translate("BoardDialog", "Das Board gibt es nicht mehr."))
            return board.name, board.mode, board.description or "", board.version

    try:
        name, mode, description, version = read()
    except KimboardError as err:
        if parent is not None:
            from kimboard.ui.dialogs.board_settings import show_message_box

            show_message_box(parent, str(err))
        return False
    dialog = BoardDialog(parent, name=name, mode=mode, description=description, editing=True)
    try:
        while dialog.exec():
            new_name, new_mode, new_description = dialog.values()
            try:
                db.run(update_board, board_id, name=new_name, mode=new_mode,
                       description=new_description, expected_version=version)
            except ConflictError as err:
                # Show what happened; saving again deliberately applies the user's values.
                dialog.show_error(str(err) + "\n" + translate("BoardDialog",
                    "Erneut „Speichern“ übernimmt Ihre Eingaben trotzdem."))
                try:
                    version = read()[3]
                except KimboardError as gone:
                    dialog.show_error(str(gone))
                continue
            except KimboardError as err:
                dialog.show_error(str(err))
                continue
            return True
        return False
    finally:
        dialog.deleteLater()
