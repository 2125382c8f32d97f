"""Small building blocks the dialogs share: text colours, labels, and a list with buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")

#: Secondary text (7.5:1 on white).
MUTED_COLOR = "#4b5563"
#: Error text (6.5:1 on white).
ERROR_COLOR = "#b91c1c"


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (``&``) moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # & still marks the mnemonic
    label.setBuddy(buddy)
    return label


def hint_label(text: str) -> QLabel:
    """An explanation in muted, wrapped plain text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_COLOR};")
    return label


def accepted(dialog: QDialog) -> bool:
    """Run ``dialog`` modally; True when the user accepted it (for a message box: chose an
    accepting, yes or destructive button)."""
    if isinstance(dialog, QMessageBox):
        dialog.exec()
        clicked = dialog.clickedButton()
        return clicked is not None and dialog.buttonRole(clicked) in (
            QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole,
            QMessageBox.ButtonRole.DestructiveRole)
    return dialog.exec() == QDialog.DialogCode.Accepted


def run_form(dialog: Any, submit: Callable[[Any], T],
             exec_dialog: Callable[[Any], bool] = accepted) -> T | None:
    """The form loop: show ``dialog`` until ``submit(dialog.values())`` succeeds — its result
    (never None) — or the user cancels (None). A refusal of the core (``KimboardError``) goes
    back to the form (``dialog.show_error``), which stays open with what was typed.
    ``exec_dialog`` is the caller's seam for tests."""
    from kimboard.core.errors import KimboardError

    while exec_dialog(dialog):
        try:
            return submit(dialog.values())
        except KimboardError as err:
            dialog.show_error(str(err))
    return None


class ListTab(QWidget):
    """An intro, a list with a header (one row per item, its id in the first column's
    ``UserRole``), and a column of buttons beside it; keys that work while the list has
    focus."""

    def __init__(self, intro: str, buddy_text: str, headers: Sequence[str], list_name: str,
                 *, header_name: str | None = None, stretch: int = 0) -> None:
        super().__init__()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(list(headers))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(list_name)
        self._row_height = self.tree.fontMetrics().height() + 10  # rows a finger can hit
        self._stretch = stretch  # the height hint goes there: its width is not from contents
        header = self.tree.header()
        header.setAccessibleName(header_name or list_name)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        for i in range(len(headers)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QVBoxLayout()
        self.buttons.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        row.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(intro))
        layout.addWidget(buddy_label(buddy_text, self.tree))
        layout.addLayout(row, 1)

    def button(self, text: str, accessible: str, slot: Callable[[], Any],
               tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.setMinimumWidth(140)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def shortcut(self, keys: Sequence[str | QKeySequence.StandardKey],
                 slot: Callable[[], Any]) -> None:
        """Keys that work while the list has focus."""
        action = QAction(self.tree)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return int(item.data(0, Qt.ItemDataRole.UserRole))

    def select_id(self, ident: int | None) -> None:
        """Make the row of ``ident`` current and selected (else the first row)."""
        chosen = None
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == ident:
                chosen = item
                break
        if chosen is None and self.tree.topLevelItemCount():
            chosen = self.tree.topLevelItem(0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
            chosen.setSelected(True)

    def fill(self, rows: Sequence[tuple[int, Sequence[str], QIcon | None]],
             select_id: int | None, *, right_aligned: Sequence[int] = ()) -> None:
        """Replace the rows: (id, column texts, icon of the first column or None)."""
        self.tree.clear()
        for item_id, texts, icon in rows:
            item = QTreeWidgetItem(list(texts))
            item.setData(0, Qt.ItemDataRole.UserRole, item_id)
            if icon is not None:
                item.setIcon(0, icon)
            item.setSizeHint(self._stretch, QSize(0, self._row_height))
            for column in right_aligned:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.select_id(select_id)
