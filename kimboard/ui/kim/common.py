"""Pieces the KIM pages share: German labels of stored values, a read-only table model over
plain dict rows, table views, plain-text labels and message boxes.

Every label that shows user or imported text is plain text (a title such as ``<img …>`` is
shown literally).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from kimboard.ui.i18n import format_date
from kimboard.ui.widgets import ERROR_COLOR, MUTED_COLOR  # noqa: F401 - re-exported to the KIM pages

_Index = QModelIndex | QPersistentModelIndex

WARNING_STYLE = ("background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; "
                 "border-radius: 4px; padding: 6px 8px;")
INFO_STYLE = ("background: #eff6ff; color: #1e3a8a; border: 1px solid #93c5fd; "
              "border-radius: 4px; padding: 6px 8px;")

#: Row role of :class:`RowsModel`: the row's dict.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def status_labels() -> dict[str, str]:
    """German names of the statuses of a solution approach, in life-cycle order."""
    return {
        "idea": QCoreApplication.translate("KimLabels", "Idee"),
        "trial": QCoreApplication.translate("KimLabels", "in Erprobung"),
        "practice": QCoreApplication.translate("KimLabels", "in der Praxis"),
        "transferred": QCoreApplication.translate("KimLabels", "von anderen übernommen"),
    }


def partner_kind_labels() -> dict[str, str]:
    """German names of the kinds of network partner (PartnerKind), in a sensible order."""
    return {
        "jobcenter": QCoreApplication.translate("KimLabels", "Jobcenter"),
        "agentur_fuer_arbeit": QCoreApplication.translate("KimLabels", "Agentur für Arbeit"),
        "kommunales_integrationszentrum": QCoreApplication.translate(
            "KimLabels", "Kommunales Integrationszentrum"),
        "beratungsstelle": QCoreApplication.translate("KimLabels", "Beratungsstelle"),
        "arbeitgeberservice": QCoreApplication.translate("KimLabels", "Arbeitgeberservice"),
        "sozialamt": QCoreApplication.translate("KimLabels", "Sozialamt"),
        "bildungstraeger": QCoreApplication.translate("KimLabels", "Bildungsträger"),
        "kammer": QCoreApplication.translate("KimLabels", "Kammer"),
        "behoerde": QCoreApplication.translate("KimLabels", "Behörde"),
        "zivilgesellschaft": QCoreApplication.translate("KimLabels", "Zivilgesellschaft"),
        "other": QCoreApplication.translate("KimLabels", "Sonstige"),
    }


def action_status_labels() -> dict[str, str]:
    return {"open": QCoreApplication.translate("KimLabels", "offen"),
            "done": QCoreApplication.translate("KimLabels", "erledigt"),
            "dropped": QCoreApplication.translate("KimLabels", "verworfen")}


def iso_date(value: str | None) -> str:
    """An ISO date or datetime as the UI's short date; empty for None."""
    if not value:
        return ""
    stamp = dt.datetime.fromisoformat(value) if "T" in value else None
    if stamp is not None and stamp.tzinfo is not None:
        return format_date(stamp.astimezone().date())
    return format_date(dt.date.fromisoformat(value[:10]))


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def hint_label(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setStyleSheet(f"color: {MUTED_COLOR};")
    return label


def heading_label(text: str = "", size: int = 15) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setPointSize(size)
    font.setBold(True)
    label.setFont(font)
    return label


def fit_rows(view: QAbstractItemView, *, min_rows: int = 1, max_rows: int = 8) -> None:
    """Make a table or list as tall as its rows (between ``min_rows`` and ``max_rows``), so a
    short list leaves no empty box behind."""
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    shown = max(min_rows, min(rows, max_rows))
    if isinstance(view, QTableView):
        row_height = view.verticalHeader().defaultSectionSize()
    else:
        row_height = max(view.sizeHintForRow(0) if rows else 0,
                         view.fontMetrics().height() + 6)
    height = shown * row_height + 2 * view.frameWidth() + 2
    if isinstance(view, QTableView) and not view.horizontalHeader().isHidden():
        height += view.horizontalHeader().sizeHint().height()
    if rows > max_rows:
        height += view.horizontalScrollBar().sizeHint().height() // 2
    view.setFixedHeight(height)


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsModel`: its header and how a row's cell reads."""

    header: str
    text: Callable[[dict[str, Any]], str]
    right: bool = False
    tooltip: Callable[[dict[str, Any]], str] | None = None


class RowsModel(QAbstractTableModel):
    """Read-only rows of plain dicts (as the core's read functions return them)."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_data(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def find(self, key: str, value: Any) -> int:
        """The row whose ``key`` equals ``value``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.get(key) == value), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None


def show_error(parent: QWidget, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def exec_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted
