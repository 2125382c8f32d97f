"""Read-only tables and charts that can be switched to their table — shared by the sprint
review, the retrospective history and the network overview.

matplotlib is imported only when a chart is first drawn, so start-up stays fast; every chart
carries a text description for screen readers and a table alternative.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def table_view(name: str) -> QTableView:
    """A read-only table with whole-row selection; ``name`` is what a screen reader says."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setAccessibleName(name)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def stretch_column(view: QTableView, column: int) -> None:
    """``column`` takes the room; the others fit their contents."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for i in range(header.count()):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == column
                                    else QHeaderView.ResizeMode.ResizeToContents)


def fill_standard(model: QStandardItemModel, headers: Sequence[str],
                  rows: Sequence[Sequence[str]], right: set[int] | None = None) -> None:
    """Replace a small table's contents (a standard item model: plain text, read-only)."""
    model.clear()
    model.setHorizontalHeaderLabels(list(headers))
    model.setColumnCount(len(headers))
    for row in rows:
        items = []
        for i, text in enumerate(row):
            item = QStandardItem(text)
            item.setEditable(False)
            if len(text) > 30:  # columns elide long text: the whole of it on hover
                item.setToolTip(text)
            if right and i in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        model.appendRow(items)


class ChartPanel(QWidget):
    """One chart with its text description, switchable to its table ("Als Tabelle").

    The caller hands over the description, the table and a function that builds the figure;
    the figure is built when the panel is first shown (and again only when ``key`` changes).
    """

    def __init__(self, kind: str, title: str, parent: QWidget | None = None, *,
                 min_height: int = 260) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self._min_height = min_height
        self._make_figure: Callable[[], Any] | None = None
        self._key: object = None
        self._drawn_for: object = None
        self.canvas: Any = None
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Diagramm wird gezeichnet …"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.table_model = QStandardItemModel(self)
        self.table = table_view(self.tr("{title} als Tabelle").format(title=title))
        self.table.setModel(self.table_model)
        self.stack.addWidget(self.table)
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Als &Tabelle"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(self.tr("{title} als Tabelle zeigen").format(
            title=title))
        self.table_button.toggled.connect(self._show_table)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.description.setAccessibleName(self.tr("Beschreibung: {title}").format(title=title))
        top = QHBoxLayout()
        top.addWidget(self.description, 1)
        top.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def set_content(self, text: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                    make_figure: Callable[[], Any], key: object, *,
                    stretch: int | None = None, right_from: int = 1) -> None:
        """Show new data: its description, its table, and (when visible) its figure."""
        self.description.setText(text)
        self.stack.setAccessibleDescription(text)
        fill_standard(self.table_model, headers, rows, set(range(right_from, len(headers))))
        if stretch is not None:
            stretch_column(self.table, stretch)
        self._make_figure, self._key = make_figure, key
        if self.isVisible():
            self._draw()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._draw()

    def _draw(self) -> None:
        if self._make_figure is None or self._drawn_for == self._key:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(self._make_figure())
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumHeight(self._min_height)
        canvas.setAccessibleName(self.title)
        canvas.setAccessibleDescription(self.description.text())
        if self.canvas is not None:
            self.stack.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.stack.insertWidget(0, canvas)
        self._drawn_for = self._key
        self._show_table(self.table_button.isChecked())

    def _show_table(self, table: bool) -> None:
        if table:
            self.stack.setCurrentWidget(self.table)
        elif self.canvas is not None:
            self.stack.setCurrentWidget(self.canvas)
