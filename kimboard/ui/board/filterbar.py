"""Filters and search above the board. Filtering hides cards without reloading the board;
the search field asks the core's full-text index (debounced)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kimboard.core.boardview import BoardSnapshot
from kimboard.ui.board.model import CardFilter
from kimboard.ui.i18n import format_count

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    #: the new filter without search ids; the page adds those from the index
    changed = Signal()
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Suchen (Strg+F) …"))
        self.search_edit.setAccessibleName(self.tr("Karten durchsuchen"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.search_edit.text()))
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())

        self.assignee_combo = self._combo(self.tr("Nach zuständiger Person filtern"))
        self.label_combo = self._combo(self.tr("Nach Label filtern"))
        self.goal_combo = self._combo(self.tr("Nach Zielbereich filtern"))
        self.due_combo = self._combo(self.tr("Nach Fälligkeit filtern"))
        for text, value in ((self.tr("Alle Fälligkeiten"), ""),
                            (self.tr("Überfällig"), "overdue"),
                            (self.tr("Fällig diese Woche"), "week")):
            self.due_combo.addItem(text, value)
        self.sprint_combo = self._combo(self.tr("Nach Sprint filtern"))
        self.sprint_combo.setVisible(False)
        self._active_sprint_id: int | None = None
        self.blocked_check = QCheckBox(self.tr("Nur &blockierte"))
        self.blocked_check.setAccessibleName(self.tr("Nur blockierte Karten zeigen"))
        self.blocked_check.toggled.connect(lambda _on: self.changed.emit())
        self.reset_button = QPushButton(self.tr("Filter &zurücksetzen"))
        self.reset_button.setAccessibleName(self.tr("Alle Filter zurücksetzen"))
        self.reset_button.clicked.connect(self.reset)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search_edit)
        for w in (self.sprint_combo, self.assignee_combo, self.label_combo, self.goal_combo,
                  self.due_combo, self.blocked_check, self.reset_button):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.count_label)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def set_board(self, snap: BoardSnapshot) -> None:
        """Fill the choices from the board; keep what was chosen if it still exists."""
        def fill(combo: QComboBox, first: str, items: list[tuple[str, int]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, value in items:
                combo.addItem(text, value)
            i = combo.findData(current)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)

        fill(self.assignee_combo, self.tr("Alle Personen"),
             [(m.display_name, m.id) for m in snap.members if m.active])
        fill(self.label_combo, self.tr("Alle Labels"), [(lb.name, lb.id) for lb in snap.labels])
        fill(self.goal_combo, self.tr("Alle Zielbereiche"),
             [(g.name, g.id) for g in snap.goal_areas])
        # Scrum boards with a running sprint: the sprint's cards, or everything else.
        self._active_sprint_id = snap.active_sprint_id
        running = snap.mode == "scrum" and snap.active_sprint_id is not None
        current = self.sprint_combo.currentData() if running else ""
        self.sprint_combo.blockSignals(True)
        self.sprint_combo.clear()
        for text, value in ((self.tr("Alle Karten"), ""),
                            (self.tr("Laufender Sprint"), "in"),
                            (self.tr("Nicht im laufenden Sprint"), "out")):
            self.sprint_combo.addItem(text, value)
        self.sprint_combo.setCurrentIndex(max(0, self.sprint_combo.findData(current)))
        self.sprint_combo.blockSignals(False)
        self.sprint_combo.setVisible(running)

    def current_filter(self, search_ids: frozenset[int] | None) -> CardFilter:
        return CardFilter(
            assignee_id=self.assignee_combo.currentData(),
            label_id=self.label_combo.currentData(),
            goal_area_id=self.goal_combo.currentData(),
            due=self.due_combo.currentData() or "",
            blocked_only=self.blocked_check.isChecked(),
            sprint_mode=(self.sprint_combo.currentData() or "")
            if self._active_sprint_id is not None else "",
            sprint_id=self._active_sprint_id,
            search_ids=search_ids,
        )

    def reset(self) -> None:
        for combo in (self.sprint_combo, self.assignee_combo, self.label_combo,
                      self.goal_combo, self.due_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.blocked_check.blockSignals(True)
        self.blocked_check.setChecked(False)
        self.blocked_check.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.search_changed.emit("")

    def show_counts(self, visible: int, total: int) -> None:
        if visible != total:
            text = self.tr("{visible} von {total} Karten")
        else:
            text = self.tr("{total} Karten")
        self.count_label.setText(text.format(visible=format_count(visible),
                                             total=format_count(total)))
