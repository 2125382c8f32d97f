"""The archived cards of a board, with "Wiederherstellen" (undoable like every board change)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.boardview import archived_cards
from kimboard.ui.board.controller import BoardController
from kimboard.ui.i18n import format_datetime


class ArchiveDialog(QDialog):
    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Archivierte Karten – {board}").format(
            board=controller.state.snapshot.name))
        self.resize(560, 480)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Archivierte Karten"))
        self.list.itemActivated.connect(lambda _i: self.restore_current())
        self.restore_button = QPushButton(self.tr("&Wiederherstellen"))
        self.restore_button.setAccessibleName(self.tr("Gewählte Karte wiederherstellen"))
        self.restore_button.clicked.connect(self.restore_current)
        self.restore_button.setEnabled(not controller.read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        with self.controller.db.session() as s:
            cards = archived_cards(s, self.controller.state.snapshot.id)
        self.list.clear()
        for card in cards:
            item = QListWidgetItem(
                self.tr("#{number} {title}  ({column}, archiviert am {when})").format(
                    number=card.number, title=card.title, column=card.column_name,
                    when=format_datetime(card.archived_at)))
            item.setData(Qt.ItemDataRole.UserRole, card.uuid)
            self.list.addItem(item)
        if cards:
            self.list.setCurrentRow(0)
            self.info.setText(
                self.tr("Wiederhergestellte Karten kommen ans Ende ihrer Spalte zurück."))
        else:
            self.info.setText(self.tr("Auf diesem Board gibt es keine archivierten Karten."))
        self.restore_button.setEnabled(bool(cards) and not self.controller.read_only)

    def restore_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if self.controller.restore_archived(item.data(Qt.ItemDataRole.UserRole)):
            self.reload()
