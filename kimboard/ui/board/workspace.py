"""A board's views in tabs: the board itself, the backlog with the sprint plans (Scrum
boards), and the review ("Auswertung"). Backlog and review are built when first shown and
re-read when shown again after something changed elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kimboard.core.db import Database
from kimboard.ui.board.page import BoardPage

BOARD, BACKLOG, REVIEW = "board", "backlog", "review"


class _LazyTab(QWidget):
    """Holds a page that is created the first time the tab is shown."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.page: Any = None
        self.dirty = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> Any:
        if self.page is None:
            self.page = self._factory()
            self._layout.addWidget(self.page)
            self.dirty = False
        elif self.dirty:
            self.dirty = False
            self.page.reload()
        return self.page


class BoardWorkspace(QTabWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, board_page: BoardPage, tasks: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.board_page = board_page
        self.tasks = tasks
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Ansichten des Boards"))
        self.is_scrum = board_page.controller.state.snapshot.mode == "scrum"
        self._board_dirty = False
        self.addTab(board_page, self.tr("Board"))
        self.tabs: dict[str, int] = {BOARD: 0}
        self.lazy: dict[str, _LazyTab] = {}
        if self.is_scrum:
            self.lazy[BACKLOG] = _LazyTab(self._make_backlog)
            self.tabs[BACKLOG] = self.addTab(self.lazy[BACKLOG], self.tr("Backlog und Sprints"))
        self.lazy[REVIEW] = _LazyTab(self._make_review)
        self.tabs[REVIEW] = self.addTab(
            self.lazy[REVIEW], self.tr("Sprint-Review") if self.is_scrum
            else self.tr("Kennzahlen"))
        self.currentChanged.connect(self._on_current_changed)
        # A bound slot, not a lambda: Qt drops the connection when this workspace goes.
        board_page.undo_stack.indexChanged.connect(self._history_changed)

    # ------------------------------------------------------------------ pages

    def _make_backlog(self) -> QWidget:
        from kimboard.ui.sprint.backlog import BacklogPage

        page = BacklogPage(self.db, self.board_page.board_id, self.board_page.undo_stack)
        page.status_message.connect(self.status_message)
        page.changed.connect(self._backlog_changed)
        return page

    def _make_review(self) -> QWidget:
        from kimboard.ui.sprint.review import ReviewPage

        page = ReviewPage(self.db, self.board_page.board_id, self.tasks)
        page.status_message.connect(self.status_message)
        return page

    def show_view(self, name: str) -> bool:
        if name not in self.tabs:
            return False
        self.setCurrentIndex(self.tabs[name])
        return True

    def current_view(self) -> str:
        return next(k for k, i in self.tabs.items() if i == self.currentIndex())

    def page(self, name: str) -> Any:
        """The page of a view, created if needed."""
        if name == BOARD:
            return self.board_page
        return self.lazy[name].ensure()

    # ------------------------------------------------------------------ keeping views fresh

    def mark_dirty(self) -> None:
        """Something changed outside the views (settings, another dialog): re-read later."""
        for tab in self.lazy.values():
            tab.dirty = tab.page is not None
        current = self.current_view()
        if current != BOARD:
            self.lazy[current].ensure()

    def _history_changed(self, _index: int = 0) -> None:
        # A card moved, was edited or planned (or that was undone): the other views are stale.
        current = self.current_view()
        for name, tab in self.lazy.items():
            if name != current and tab.page is not None:
                tab.dirty = True
        if current == REVIEW:
            self.lazy[REVIEW].dirty = True
            self.lazy[REVIEW].ensure()

    def _backlog_changed(self) -> None:
        if self.current_view() == BOARD:
            self.board_page.reload()
        else:
            self._board_dirty = True
        if REVIEW in self.lazy and self.lazy[REVIEW].page is not None:
            self.lazy[REVIEW].dirty = True

    def _on_current_changed(self, index: int) -> None:
        name = next((k for k, i in self.tabs.items() if i == index), BOARD)
        if name == BOARD:
            if self._board_dirty:
                self._board_dirty = False
                self.board_page.reload()
            self.board_page.view.setFocus()
        else:
            page = self.lazy[name].ensure()
            page.setFocus()
