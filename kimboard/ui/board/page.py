"""The board page: filter bar, the board, and the actions on cards (open, move, archive,
delete) — every change through the controller, so it can be undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from kimboard.core import clock
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.search import search_cards
from kimboard.ui.board.controller import BoardController
from kimboard.ui.board.filterbar import FilterBar
from kimboard.ui.board.view import BoardView, move_menu


class BoardPage(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, board_id: int, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.controller = BoardController(db, board_id, undo_stack, self)
        self.controller.warning.connect(self.status_message)
        self.controller.error.connect(self.show_error)
        self.controller.columns_changed.connect(lambda _c: self._update_counts())
        self.filter_bar = FilterBar()
        self.filter_bar.set_board(self.controller.state.snapshot)
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.search_changed.connect(self.search)
        self._search_ids: frozenset[int] | None = None
        self.view = BoardView(self.controller, clock.today)
        self.view.open_card.connect(self.open_card)
        self.view.context_menu.connect(self.show_context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        snap = self.controller.state.snapshot
        self.origin_label: QLabel | None = None
        if not snap.site_is_local:  # another office's board, from a bundle
            self.origin_label = QLabel(self.tr(
                "Board von {office} – aus einem Paket übernommen und hier nur zu lesen. "
                "„Board → Board übernehmen …“ kopiert es in die eigene Dienststelle.").format(
                office=snap.site_name))
            self.origin_label.setWordWrap(True)
            self.origin_label.setObjectName("originBanner")
            self.origin_label.setStyleSheet(
                "#originBanner { background: #e8f0fe; color: #1a3e72; padding: 6px 12px; }")
            layout.addWidget(self.origin_label)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self._build_actions()
        self._update_counts()
        self.setAccessibleName(self.tr("Board {name}").format(
            name=self.controller.state.snapshot.name))

    @property
    def board_id(self) -> int:
        return self.controller.state.snapshot.id

    def _build_actions(self) -> None:
        def act(text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Any) -> QAction:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.find_action = act(self.tr("&Suchen"), QKeySequence.StandardKey.Find,
                               lambda: self.filter_bar.search_edit.setFocus())
        self.archive_action = act(self.tr("&Archivieren"), "Ctrl+Shift+A",
                                  self.archive_selected)
        self.delete_action = act(self.tr("&Löschen …"), QKeySequence.StandardKey.Delete,
                                 self.delete_selected)

    # ------------------------------------------------------------------ selection

    def selected_card_ids(self) -> list[int]:
        key = self.view.focused_view_key()
        if key is None:
            return []
        return self.view.views[key].selected_card_ids()

    # ------------------------------------------------------------------ filter and search

    def search(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._search_ids = None
        else:
            try:
                with self.db.session() as s:
                    hits = search_cards(s, text, board_id=self.board_id, limit=100_000)
            except KimboardError as err:
                self.show_error(str(err))
                return
            self._search_ids = frozenset(h.card_id for h in hits)
        self.apply_filter()

    def apply_filter(self) -> None:
        self.controller.state.filter = self.filter_bar.current_filter(self._search_ids)
        self.view.refresh_columns()
        self._update_counts()

    def _update_counts(self) -> None:
        self.filter_bar.show_counts(self.view.visible_count(), len(self.controller.state.cards))

    # ------------------------------------------------------------------ card actions

    def open_card(self, card_id: int) -> None:
        from kimboard.ui.card.editor import CardEditorDialog

        snap = self.controller.state.snapshot
        try:
            dialog = CardEditorDialog(self.db, snap, card_id, self,
                                      on_save=self.controller.edit_card)
        except KimboardError as err:  # deleted meanwhile (another PC, another window)
            self.show_error(str(err))
            card = self.controller.state.cards.get(card_id)
            if card is not None:
                self.controller.refresh_cards([card.uuid])
            return
        dialog.exec()
        # checklist and comments are saved directly by the editor: refresh the card
        card = self.controller.state.cards.get(card_id)
        if card is not None:
            self.controller.refresh_cards([card.uuid])

    def archive_selected(self) -> None:
        ids = self.selected_card_ids()
        if ids and self.controller.archive_cards(ids):
            self.status_message.emit(
                self.tr("Karte archiviert (Rückgängig: Strg+Z).") if len(ids) == 1
                else self.tr("{n} Karten archiviert (Rückgängig: Strg+Z).").format(n=len(ids)))

    def delete_selected(self) -> None:
        ids = self.selected_card_ids()
        if not ids:
            return
        cards = self.controller.state.cards
        if len(ids) == 1:
            question = self.tr(
                "Soll die Karte „{title}“ mit Checkliste, Kommentaren und Verlauf gelöscht "
                "werden?\n\nArchivieren behält die Karte für Auswertungen. Löschen kann mit "
                "Strg+Z rückgängig gemacht werden, solange kimboard geöffnet ist.")
            title = self.tr("Karte löschen")
        else:
            question = self.tr(
                "Sollen {n} Karten mit Checkliste, Kommentaren und Verlauf gelöscht "
                "werden?\n\nArchivieren behält die Karten für Auswertungen. Löschen kann mit "
                "Strg+Z rückgängig gemacht werden, solange kimboard geöffnet ist.")
            title = self.tr("Karten löschen")
        box = QMessageBox(QMessageBox.Icon.Question, title,
                          question.format(title=cards[ids[0]].title, n=len(ids)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Löschen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if self.confirm(box) and self.controller.delete_cards(ids):
            self.status_message.emit(
                self.tr("Gelöscht (Rückgängig: Strg+Z)."))

    def confirm(self, box: QMessageBox) -> bool:
        """Separate so tests can answer; returns True for yes."""
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_context_menu(self, pos: QPoint, card_ids: list[int]) -> None:
        if not card_ids:
            return
        menu = self.context_menu_for(card_ids)
        menu.exec(pos)

    def context_menu_for(self, card_ids: list[int]) -> QMenu:
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Ö&ffnen …"))
        open_action.setShortcut(QKeySequence("Return"))
        open_action.triggered.connect(lambda: self.open_card(card_ids[0]))
        open_action.setEnabled(len(card_ids) == 1)
        menu.addMenu(move_menu(menu, self.controller, card_ids))
        solution = menu.addAction(self.tr("Als &Lösungsansatz festhalten …"))
        solution.triggered.connect(lambda: self.record_solution(card_ids[0]))
        menu.addSeparator()
        archive = menu.addAction(self.tr("&Archivieren"))
        archive.setShortcut(QKeySequence("Ctrl+Shift+A"))
        archive.triggered.connect(lambda: self.controller.archive_cards(card_ids))
        delete = menu.addAction(self.tr("&Löschen …"))
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(self.delete_selected)
        read_only = self.controller.read_only
        for action in menu.actions()[1:]:
            action.setEnabled(not read_only)
        solution.setEnabled(not read_only and len(card_ids) == 1)
        return menu

    def record_solution(self, card_id: int) -> str | None:
        """Start a solution approach from this card (linked to it) in the office's library."""
        from kimboard.ui.kim.solutions import create_solution_from_card

        uuid = create_solution_from_card(self, self.db, card_id)
        if uuid is not None:
            self.status_message.emit(self.tr(
                "Lösungsansatz angelegt – zu finden unter KIM → Lösungsansätze."))
        return uuid

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def reload(self) -> None:
        self.controller.reload()
        self.filter_bar.set_board(self.controller.state.snapshot)
        self.apply_filter()
