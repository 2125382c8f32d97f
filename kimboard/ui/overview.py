"""The office overview: the boards of the chosen office with their figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimboard.ui.i18n import format_count

_Index = QModelIndex | QPersistentModelIndex


def counted(n: int, one: str, many: str) -> str:
    """German and English have two number forms; ``many`` contains ``{n}``.

    Both forms come translated (``self.tr("1 Karte")``, ``self.tr("{n} Karten")``)."""
    return one if n == 1 else many.replace("{n}", format_count(n))


class BoardsModel(QAbstractTableModel):
    """Rows are plain dicts from ``kimboard.core.queries.list_rows("boards")``."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMNS):
            return (self.tr("Board"), self.tr("Art"), self.tr("Karten"),
                    self.tr("Archiviert"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return row["name"]
            if col == 1:
                return "Scrum" if row.get("mode") == "scrum" else "Kanban"
            if col == 2:
                return str(row.get("cards", 0))
            if col == 3:
                return self.tr("ja") if row.get("archived") else self.tr("nein")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["uuid"]
        return None


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)
        self.model = BoardsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Boards der Dienststelle"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.figures)
        layout.addSpacing(8)
        layout.addWidget(self.table)

    def show_site(self, site: dict[str, Any], boards: list[dict[str, Any]],
                  counts: dict[str, Any] | None = None) -> None:
        self.title.setText(site["name"])
        parts = [site["short_code"]]
        if site.get("region"):
            parts.append(site["region"])
        if not site.get("is_local", True):
            parts.append(self.tr("aus einem Paket übernommen, nur lesbar"))
        self.subtitle.setText(" · ".join(parts))
        self.model.set_rows(boards)
        counts = counts or {}
        n = {key: int(counts.get(key, 0)) for key in (
            "members", "cards", "sprints", "retrospectives", "solution_approaches", "partners")}
        self.figures.setText(" · ".join((
            counted(n["members"], self.tr("1 Teammitglied"), self.tr("{n} Teammitglieder")),
            counted(n["cards"], self.tr("1 Karte"), self.tr("{n} Karten")),
            counted(n["sprints"], self.tr("1 Sprint"), self.tr("{n} Sprints")),
            counted(n["retrospectives"], self.tr("1 Retrospektive"),
                    self.tr("{n} Retrospektiven")),
            counted(n["solution_approaches"], self.tr("1 Lösungsansatz"),
                    self.tr("{n} Lösungsansätze")),
            counted(n["partners"], self.tr("1 Netzwerkpartner"), self.tr("{n} Netzwerkpartner")),
        )))
