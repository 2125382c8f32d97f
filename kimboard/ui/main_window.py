"""The main window: choose an office, see its boards; first start offers demo data."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from kimboard.core.errors import KimboardError
from kimboard.ui.i18n import (
    LANGUAGES,
    configured_language,
    set_configured_language,
    translate_for,
)
from kimboard.ui.tasks import TaskRunner, is_user_error

if TYPE_CHECKING:
    from kimboard.core.db import Database
    from kimboard.ui.board.page import BoardPage
    from kimboard.ui.board.workspace import BoardWorkspace


class MainWindow(QMainWindow):
    """The main window.

    Built in two steps so that a start paints the window at once: ``MainWindow()`` makes the
    frame (menus, toolbar, status bar) without importing the database layer, ``attach_database``
    then fills it. ``MainWindow(db)`` does both.
    """

    db: Database

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        # The daily backup: its own thread, so the window stays usable while it runs (SQLite's
        # WAL lets it read a consistent snapshot while the user goes on writing).
        self.background = TaskRunner(self, show_progress=False)
        self._backup_pauses = 0  # see daily_backups_paused
        self._backup_skipped = False
        self._pending_bundles: list[Path] = []
        self.setWindowTitle("kimboard")
        self.setMinimumSize(720, 480)

        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Dienststelle wählen"))
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site_combo.currentIndexChanged.connect(self._on_site_changed)
        site_label = QLabel(self.tr("&Dienststelle:"))
        site_label.setBuddy(self.site_combo)
        toolbar = QToolBar(self.tr("Dienststelle"))
        toolbar.setObjectName("site_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(site_label)
        toolbar.addWidget(self.site_combo)
        toolbar.addSeparator()
        self.board_combo = QComboBox()
        self.board_combo.setAccessibleName(self.tr("Board wählen"))
        self.board_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.board_combo.activated.connect(self._on_board_chosen)
        board_label = QLabel(self.tr("&Board:"))
        board_label.setBuddy(self.board_combo)
        toolbar.addWidget(board_label)
        toolbar.addWidget(self.board_combo)
        self.addToolBar(toolbar)
        self.undo_group = QUndoGroup(self)
        self.site_page: QWidget | None = None
        self.board_page: BoardPage | None = None
        self.workspace: BoardWorkspace | None = None

        self.starting = QLabel(self.tr("Daten werden geöffnet …"))
        self.starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.starting)
        self.setCentralWidget(self.stack)

        self.db_label = QLabel()
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self.tasks.busy_changed.connect(lambda busy: self.setEnabled(not busy))
        self._restore_settings()
        self.compact_action.setChecked(QSettings().value("board/compact", False) in (True, "true"))
        if db is not None:
            self.attach_database(db)

    def attach_database(self, db: Database) -> None:
        """Show the office data of ``db`` (once, right after the frame was shown)."""
        from kimboard.ui.overview import OverviewPage
        from kimboard.ui.welcome import WelcomePage

        self.db = db
        self.db_label.setText(str(db.path))
        # The pages come with the data (not needed for the frame's first paint).
        self.welcome = WelcomePage()
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.create_site_requested.connect(self.create_site)
        self.overview = OverviewPage()
        self.overview.table.activated.connect(self._on_overview_activated)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.overview)
        self.stack.removeWidget(self.starting)
        self.starting.deleteLater()
        self.reload()

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        self.new_site_action = QAction(self.tr("Neue &Dienststelle …"), self)
        self.new_site_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_site_action.triggered.connect(self.create_site)
        self.demo_action = QAction(self.tr("D&emodaten laden"), self)
        self.demo_action.triggered.connect(self.load_demo)
        self.backup_action = QAction(self.tr("&Sicherung erstellen …"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.backup_action.triggered.connect(self.make_backup)
        self.restore_action = QAction(self.tr("Sicherung &wiederherstellen …"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.manage_site_action = QAction(self.tr("Dienststelle &verwalten …"), self)
        self.manage_site_action.triggered.connect(self.manage_site)
        self.export_action = QAction(self.tr("Paket &exportieren …"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_bundle)
        self.import_action = QAction(self.tr("Paket &importieren …"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda: self.import_bundle())
        for action in (self.new_site_action, self.manage_site_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        for action in (self.backup_action, self.restore_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Rückgängig"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Wiederholen"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Einstellungen …"), self)
        self.settings_action.triggered.connect(self.show_settings)
        edit_menu.addAction(self.settings_action)

        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        self.overview_action = QAction(self.tr("&Übersicht der Dienststelle"), self)
        self.overview_action.setShortcut(QKeySequence("Ctrl+0"))
        self.overview_action.triggered.connect(self.show_overview)
        self.compact_action = QAction(self.tr("&Kompakte Karten"), self)
        self.compact_action.setCheckable(True)
        self.compact_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.compact_action.toggled.connect(self._set_compact)
        view_menu.addAction(self.overview_action)
        self.view_actions: dict[str, QAction] = {}
        for name, text, key in (
            ("board", self.tr("&Board"), "Ctrl+1"),
            ("backlog", self.tr("Back&log und Sprints"), "Ctrl+2"),
            ("review", self.tr("Sprint-&Review und Kennzahlen"), "Ctrl+3"),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, n=name: self.show_board_view(n))
            view_menu.addAction(action)
            self.view_actions[name] = action
        view_menu.addSeparator()
        view_menu.addAction(self.compact_action)
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Sprache"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        current = configured_language()
        for code, name in LANGUAGES.items():
            action = QAction(f"&{name}", self)  # each language named in itself, untranslated
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._on_language_chosen)

        board_menu = self.menuBar().addMenu(self.tr("B&oard"))
        self.new_board_action = QAction(self.tr("&Neues Board …"), self)
        self.new_board_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.new_board_action.triggered.connect(self.create_board)
        self.edit_board_action = QAction(self.tr("Board &umbenennen …"), self)
        self.edit_board_action.triggered.connect(self.edit_board)
        self.board_settings_action = QAction(self.tr("Board-&Einstellungen …"), self)
        self.board_settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.board_settings_action.triggered.connect(self.board_settings)
        self.archive_list_action = QAction(self.tr("&Archivierte Karten …"), self)
        self.archive_list_action.triggered.connect(self.show_archive)
        self.adopt_board_action = QAction(self.tr("Board ü&bernehmen …"), self)
        self.adopt_board_action.triggered.connect(self.adopt_board)
        for action in (self.new_board_action, self.edit_board_action,
                       self.board_settings_action, self.archive_list_action,
                       self.adopt_board_action):
            board_menu.addAction(action)

        retro_menu = self.menuBar().addMenu(self.tr("&Retrospektive"))
        self.new_retro_action = QAction(self.tr("&Neue Retrospektive …"), self)
        self.new_retro_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.new_retro_action.triggered.connect(self.new_retro)
        self.retro_history_action = QAction(self.tr("Retrospektiven und &Maßnahmen …"), self)
        self.retro_history_action.triggered.connect(self.retro_history)
        self.retro_templates_action = QAction(self.tr("&Vorlagen …"), self)
        self.retro_templates_action.triggered.connect(self.retro_templates)
        for action in (self.new_retro_action, self.retro_history_action,
                       self.retro_templates_action):
            retro_menu.addAction(action)

        kim_menu = self.menuBar().addMenu(self.tr("&KIM"))
        self.kim_actions: dict[str, QAction] = {}
        for name, text in (("solutions", self.tr("&Lösungsansätze")),
                           ("partners", self.tr("&Netzwerkpartner")),
                           ("goal_areas", self.tr("&Zielbereiche")),
                           ("network", self.tr("Landes&netzwerk"))):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, n=name: self.show_site_page(n))
            kim_menu.addAction(action)
            self.kim_actions[name] = action
        self.kim_actions["solutions"].setShortcut(QKeySequence("Ctrl+Shift+L"))

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        self.help_action = QAction(self.tr("Benutzer&handbuch"), self)
        self.help_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        # F1 works in every kimboard window (e.g. the retrospective's meeting window, which
        # has no help of its own); modal dialogs still block it.
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(lambda _checked=False: self.show_help())
        help_menu.addAction(self.help_action)
        self.shortcuts_action = QAction(self.tr("&Tastenkürzel …"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        self.privacy_action = QAction(self.tr("&Datenschutz"), self)
        self.privacy_action.triggered.connect(self.show_privacy)
        help_menu.addAction(self.privacy_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("Ü&ber kimboard"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-read the sites; keep the chosen one if it still exists."""
        from kimboard.core import queries

        wanted = self.current_site_uuid() or QSettings().value("main/last_site", "")
        try:
            with self.db.session() as s:
                sites = queries.list_rows(s, "sites")
        except KimboardError as err:
            self.show_error(str(err))
            return
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            label = f"{site['name']} ({site['short_code']})"
            self.site_combo.addItem(label, site)
        index = next((i for i, s in enumerate(sites) if s["uuid"] == wanted), 0)
        self.site_combo.setCurrentIndex(index if sites else -1)
        self.site_combo.blockSignals(False)
        self.site_combo.setEnabled(bool(sites))
        if sites:
            self.stack.setCurrentWidget(self.overview)
            self._on_site_changed(self.site_combo.currentIndex())
        else:
            self.stack.setCurrentWidget(self.welcome)
            self.statusBar().showMessage(self.tr("Noch keine Dienststelle angelegt."))

    def current_site(self) -> dict[str, Any] | None:
        data = self.site_combo.currentData()
        return data if isinstance(data, dict) else None

    def current_site_uuid(self) -> str | None:
        site = self.current_site()
        return site["uuid"] if site else None

    def _on_site_changed(self, _index: int) -> None:
        from kimboard.core import queries
        from kimboard.ui.overview import counted

        site = self.current_site()
        if site is None:
            return
        try:
            with self.db.session() as s:
                site_id = queries.resolve_site(s, site["uuid"]).id
                boards = queries.list_rows(s, "boards", site_id=site_id)
                counts = queries.stats(s)["by_site"].get(site["uuid"], {})
        except KimboardError as err:
            self.show_error(str(err))
            return
        self.overview.show_site(site, boards, counts)
        QSettings().setValue("main/last_site", site["uuid"])
        self._fill_board_combo(boards)
        last_board = QSettings().value(f"main/last_board/{site['uuid']}", "")
        if any(b["uuid"] == last_board for b in boards):
            self.open_board(str(last_board))
        else:
            self.show_overview()
        cards = sum(int(b.get("cards", 0)) for b in boards)
        self.statusBar().showMessage(
            counted(len(boards), self.tr("1 Board"), self.tr("{n} Boards")) + " · "
            + counted(cards, self.tr("1 offene Karte"), self.tr("{n} offene Karten")))

    # ------------------------------------------------------------------ boards

    def _fill_board_combo(self, boards: list[dict[str, Any]]) -> None:
        self.board_combo.blockSignals(True)
        self.board_combo.clear()
        self.board_combo.addItem(self.tr("– Übersicht –"), None)
        for board in boards:
            if not board.get("archived"):
                self.board_combo.addItem(board["name"], board["uuid"])
        self.board_combo.blockSignals(False)

    def _on_board_chosen(self, index: int) -> None:
        board_uuid = self.board_combo.itemData(index)
        if board_uuid:
            self.open_board(board_uuid)
        else:
            self.show_overview()

    def _on_overview_activated(self, index: Any) -> None:
        board_uuid = self.overview.model.data(index, Qt.ItemDataRole.UserRole)
        if board_uuid:
            self.open_board(board_uuid)

    def open_board(self, board_uuid: str, view: str | None = None) -> None:
        from kimboard.core import queries
        from kimboard.ui.board.page import BoardPage
        from kimboard.ui.board.workspace import BoardWorkspace

        try:
            with self.db.session() as s:
                board_id = queries.resolve_board(s, board_uuid).id
            stack = QUndoStack()
            page = BoardPage(self.db, board_id, stack)
            stack.setParent(page)  # the board's history goes with its page
        except KimboardError as err:
            self.show_error(str(err))
            return
        self.close_board()
        self._close_site_page()
        self.board_page = page
        self.workspace = workspace = BoardWorkspace(self.db, page, self.tasks)
        workspace.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        workspace.currentChanged.connect(lambda _i: self._update_board_actions())
        page.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        page.controller.columns_changed.connect(lambda _c: self._board_counts_changed())
        if self.compact_action.isChecked():
            page.view.set_compact(True)
        self.undo_group.addStack(page.undo_stack)
        self.undo_group.setActiveStack(page.undo_stack)
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        i = self.board_combo.findData(board_uuid)
        if i >= 0:
            self.board_combo.setCurrentIndex(i)
        site = self.current_site()
        if site is not None:
            QSettings().setValue(f"main/last_board/{site['uuid']}", board_uuid)
        snap = page.controller.state.snapshot
        self.setWindowTitle(f"{snap.name} – {snap.site_name} – kimboard")
        self._update_board_actions()
        page.view.setFocus()
        if view is not None:
            workspace.show_view(view)

    def show_board_view(self, name: str) -> None:
        """Board, backlog or review of the open board (Ctrl+1 … Ctrl+3)."""
        if self.workspace is not None and not self.workspace.show_view(name):
            self.statusBar().showMessage(
                self.tr("Backlog und Sprints gibt es nur auf Scrum-Boards."), 5000)

    # ------------------------------------------------------------------ KIM pages, retros

    def _site_id(self) -> int | None:
        from kimboard.core import queries

        site = self.current_site()
        if site is None:
            return None
        with self.db.session() as s:
            return queries.resolve_site(s, site["uuid"]).id

    def _close_site_page(self) -> None:
        if self.site_page is not None:
            self.stack.removeWidget(self.site_page)
            self.site_page.deleteLater()
            self.site_page = None

    def show_site_page(self, name: str) -> QWidget | None:
        """Solution library, partners, goal areas of the chosen office, or the state-wide
        network overview, in place of the board."""
        site_id = self._site_id()
        if site_id is None and name != "network":
            self.show_info(self.tr("Bitte zuerst eine Dienststelle anlegen oder wählen."))
            return None
        page: QWidget
        try:
            if name == "solutions":
                from kimboard.ui.kim.solutions import SolutionLibraryPage

                page = SolutionLibraryPage(self.db, site_id)
                title = self.tr("Lösungsansätze")
            elif name == "partners":
                from kimboard.ui.kim.partners import PartnersPage

                page = PartnersPage(self.db, site_id)
                title = self.tr("Netzwerkpartner")
            elif name == "goal_areas":
                from kimboard.ui.kim.goal_areas import GoalAreasPage

                page = GoalAreasPage(self.db, site_id)
                title = self.tr("Zielbereiche")
            else:
                from kimboard.ui.kim.network import NetworkPage

                page = NetworkPage(self.db, tasks=self.tasks)
                title = self.tr("Landesnetzwerk")
        except KimboardError as err:
            self.show_error(str(err))
            return None
        self.close_board()
        self._close_site_page()
        self.board_combo.setCurrentIndex(0)
        status = getattr(page, "status_message", None)
        if status is not None:
            status.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.site_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        site = self.current_site()
        self.setWindowTitle(f"{title} – {site['name']} – kimboard" if site and name != "network"
                            else f"{title} – kimboard")
        return page

    def export_bundle(self) -> Path | None:
        from kimboard.ui.exchange import export_interactively

        site_id = self._site_id()
        if site_id is None:
            self.show_info(self.tr("Bitte zuerst eine Dienststelle anlegen oder wählen."))
            return None
        board_id = self.board_page.board_id if self.board_page is not None else None
        return export_interactively(self, self.db, site_id, board_id=board_id, tasks=self.tasks)

    def open_bundle_when_free(self, path: str | Path) -> None:
        """Show a bundle's import preview — handed over by a double-click or a later start —
        as soon as the data is shown and no dialog or job is in the way (a card being edited
        must not be swept away by the reload after an import)."""
        self._pending_bundles.append(Path(path))
        self._open_pending_bundles()

    def _open_pending_bundles(self) -> None:
        if not self._pending_bundles:
            return
        from PySide6.QtCore import QTimer

        if (not hasattr(self, "db") or QApplication.activeModalWidget() is not None
                or QApplication.activePopupWidget() is not None or self.tasks.busy):
            self.statusBar().showMessage(self.tr(
                "Das Paket %1 wird geöffnet, sobald der offene Dialog geschlossen ist.").replace(
                "%1", self._pending_bundles[0].name), 3000)
            if not getattr(self, "_bundle_retry_armed", False):
                self._bundle_retry_armed = True

                def retry() -> None:
                    self._bundle_retry_armed = False
                    self._open_pending_bundles()

                QTimer.singleShot(500, retry)
            return
        self.import_bundle(self._pending_bundles.pop(0))
        if self._pending_bundles:
            QTimer.singleShot(0, self._open_pending_bundles)

    def import_bundle(self, path: str | Path | None = None) -> bool:
        from kimboard.ui.exchange import import_interactively

        changed = import_interactively(self, self.db, Path(path) if path else None,
                                       tasks=self.tasks)
        if changed:
            self.reload()
        return changed

    def adopt_board(self) -> str | None:
        from kimboard.ui.exchange import adopt_board_interactively

        page = self.board_page
        if page is None:
            return None
        copy_uuid = adopt_board_interactively(self, self.db, page.board_id)
        if copy_uuid is None:
            return None
        with self.db.session() as s:
            from sqlalchemy import select

            from kimboard.core.models import Board

            board = s.scalar(select(Board).where(Board.uuid == copy_uuid))
            site_uuid = board.site.uuid if board is not None else None
        if site_uuid is not None:
            QSettings().setValue("main/last_site", site_uuid)
            QSettings().setValue(f"main/last_board/{site_uuid}", copy_uuid)
            self.site_combo.setCurrentIndex(-1)
            self.reload()
        return copy_uuid

    def new_retro(self) -> int | None:
        from kimboard.ui.retro import start_new_retro

        site_id = self._site_id()
        if site_id is None:
            self.show_info(self.tr("Bitte zuerst eine Dienststelle anlegen oder wählen."))
            return None
        board_id = self.board_page.board_id if self.board_page is not None else None
        return start_new_retro(self, self.db, site_id, board_id)

    def retro_history(self) -> None:
        from kimboard.ui.retro.history import RetroHistoryDialog

        site_id = self._site_id()
        if site_id is None:
            return
        board_id = self.board_page.board_id if self.board_page is not None else None
        dialog = RetroHistoryDialog(self.db, site_id, self, board_id=board_id)
        dialog.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        dialog.exec()

    def retro_templates(self) -> None:
        from kimboard.ui.retro.templates import RetroTemplatesDialog

        site_id = self._site_id()
        if site_id is not None:
            RetroTemplatesDialog(self.db, site_id, self).exec()

    def close_board(self) -> None:
        page, workspace = self.board_page, self.workspace
        if page is None or workspace is None:
            return
        self.undo_group.removeStack(page.undo_stack)
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        self.board_page = None
        self.workspace = None
        self._update_board_actions()

    def show_overview(self) -> None:
        site = self.current_site()
        self.close_board()
        self._close_site_page()
        self.board_combo.setCurrentIndex(0)
        if site is not None:
            QSettings().setValue(f"main/last_board/{site['uuid']}", "")
            self.stack.setCurrentWidget(self.overview)
            self.setWindowTitle(f"{site['name']} – kimboard")
        self._update_board_actions()

    def _update_board_actions(self) -> None:
        has_board = self.board_page is not None
        writable = has_board and not self.board_page.controller.read_only  # type: ignore[union-attr]
        for action in (self.edit_board_action, self.board_settings_action):
            action.setEnabled(writable)
        self.archive_list_action.setEnabled(has_board)
        # Another office's board (from a bundle) can be copied into one's own office.
        self.adopt_board_action.setEnabled(has_board and not writable)
        site_now = self.current_site()
        self.export_action.setEnabled(bool(site_now and site_now.get("is_local", True)))
        scrum = self.workspace is not None and self.workspace.is_scrum
        self.view_actions["board"].setEnabled(has_board)
        self.view_actions["backlog"].setEnabled(scrum)
        self.view_actions["review"].setEnabled(has_board)
        site = self.current_site()
        self.new_board_action.setEnabled(bool(site and site.get("is_local", True)))

    def _board_counts_changed(self) -> None:
        from kimboard.ui.overview import counted

        page = self.board_page
        if page is not None:
            n = len(page.controller.state.cards)
            self.statusBar().showMessage(
                counted(n, self.tr("1 offene Karte"), self.tr("{n} offene Karten")), 3000)

    def _set_compact(self, compact: bool) -> None:
        if self.board_page is not None:
            self.board_page.view.set_compact(compact)
        QSettings().setValue("board/compact", compact)

    def create_board(self) -> None:
        from kimboard.core import queries
        from kimboard.ui.dialogs.board_dialog import create_board_interactively

        site = self.current_site()
        if site is None:
            return
        with self.db.session() as s:
            site_id = queries.resolve_site(s, site["uuid"]).id
        board_id = create_board_interactively(self, self.db, site_id)
        if board_id is not None:
            with self.db.session() as s:
                from kimboard.core.models import Board

                board_uuid = s.get_one(Board, board_id).uuid
            self._on_site_changed(self.site_combo.currentIndex())
            self.open_board(board_uuid)

    def edit_board(self) -> None:
        from kimboard.ui.dialogs.board_dialog import edit_board_interactively

        page = self.board_page
        if page is not None and edit_board_interactively(self, self.db, page.board_id):
            uuid = page.controller.state.snapshot.uuid
            self._on_site_changed(self.site_combo.currentIndex())
            self.open_board(uuid)

    def board_settings(self) -> None:
        from kimboard.ui.dialogs.board_settings import BoardSettingsDialog

        page = self.board_page
        if page is None:
            return
        dialog = BoardSettingsDialog(self.db, page.board_id, self)
        changed: list[bool] = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.exec()
        if changed:
            # Columns or labels may be gone: older undo steps could no longer be replayed.
            page.undo_stack.clear()
        page.reload()
        if self.workspace is not None:
            self.workspace.mark_dirty()

    def show_archive(self) -> None:
        from kimboard.ui.board.archive import ArchiveDialog

        page = self.board_page
        if page is not None:
            ArchiveDialog(page.controller, self).exec()

    # ------------------------------------------------------------------ actions

    def create_site(self) -> None:
        from kimboard.core.ops.sites import create_site
        from kimboard.ui.dialogs.site_dialog import SiteDialog
        from kimboard.ui.widgets import run_form

        dialog = SiteDialog(self)
        result = run_form(dialog, lambda values: self.db.run(create_site, *values))
        if result is not None:
            QSettings().setValue("main/last_site", result.value.uuid)
            self.site_combo.setCurrentIndex(-1)
            self.reload()
            self.statusBar().showMessage(self.tr("Dienststelle angelegt."), 5000)
        dialog.deleteLater()

    def manage_site(self) -> None:
        from kimboard.ui.dialogs.admin import AdminDialog

        # Erasing a person can end with deleting the backups that hold the name: no daily
        # backup may be half-written then, nor start from a snapshot before the erasure.
        with self.daily_backups_paused():
            dialog = AdminDialog(self.db, self.current_site_uuid(), self)
            changed: list[bool] = []
            dialog.changed.connect(lambda: changed.append(True))
            dialog.exec()
        dialog.deleteLater()
        if changed:
            self.reload()

    def show_settings(self) -> None:
        from kimboard.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.db.path, self)
        if dialog.exec() and dialog.language_changed():
            self.language_actions[configured_language()].setChecked(True)
            self.show_info(translate_for(configured_language(), "MainWindow", QT_TRANSLATE_NOOP(
                "MainWindow", "Die neue Sprache gilt ab dem nächsten Start von kimboard.")))
        dialog.deleteLater()

    def show_privacy(self) -> None:
        from kimboard.ui.privacy import PrivacyDialog

        PrivacyDialog(self.db.path, self).exec()

    def load_demo(self) -> None:
        from kimboard.core.demo import load_demo

        def done(result: Any) -> None:
            self.reload()
            if result.created:
                self.statusBar().showMessage(self.tr("Demodaten geladen."), 5000)
            else:
                QMessageBox.information(self, "kimboard",
                                        self.tr("Die Demodaten sind bereits vorhanden."))

        self.tasks.run(lambda: self.db.run(load_demo), self.tr("Demodaten werden geladen …"),
                       done, self._task_failed)

    def make_backup(self) -> None:
        from kimboard.core.backup import backup_to, default_backup_name

        suggested = default_backup_name(self.db.path)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Sicherung speichern"), str(suggested),
            self.tr("kimboard-Datenbank (*.sqlite3)"))
        if not path:
            return

        def done(target: Any) -> None:
            self.statusBar().showMessage(self.tr("Sicherung gespeichert: %1").replace(
                "%1", str(target)), 8000)

        self.tasks.run(lambda: backup_to(self.db, Path(path)),
                       self.tr("Sicherung wird erstellt …"), done, self._task_failed)

    def restore_backup(self) -> None:
        from kimboard.ui.dialogs.restore import restore_interactively

        with self.daily_backups_paused():  # none may read or write while the file is replaced
            restore_interactively(self)

    @contextlib.contextmanager
    def daily_backups_paused(self) -> Iterator[None]:
        """No daily backup runs inside the block: one still being written is finished first
        (with a word in the status bar), none starts until the block ends; one that was due
        meanwhile follows soon after."""
        if self.background.busy:
            self.statusBar().showMessage(self.tr("Die tägliche Sicherung wird noch "
                                                 "abgeschlossen …"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.background.wait()
            finally:
                QApplication.restoreOverrideCursor()
            QApplication.processEvents()  # its result (status bar) before the dialog
        self._backup_pauses += 1
        try:
            yield
        finally:
            self._backup_pauses -= 1
            if not self._backup_pauses and self._backup_skipped:
                self._backup_skipped = False
                from PySide6.QtCore import QTimer

                QTimer.singleShot(2000, self.run_daily_backup)

    def start_daily_backups(self, first_delay_ms: int = 2000) -> None:
        """The daily backup, soon after start and then hourly (a window left open overnight
        makes the next day's); it runs in the background, at most one per day."""
        from PySide6.QtCore import QTimer

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)
        self._backup_timer.timeout.connect(self.run_daily_backup)
        self._backup_timer.start()
        QTimer.singleShot(first_delay_ms, self.run_daily_backup)

    def run_daily_backup(self) -> bool:
        """Start today's backup in the background unless it exists (then only old ones are
        deleted) or another job runs (the next hour tries again). True if started.
        Failures go to the status bar, never in the way."""
        import datetime as dt

        from kimboard.core.autobackup import daily_backup, daily_backup_path, rotate_daily
        from kimboard.ui.dialogs.settings import backup_keep_count

        db, keep_days, today = self.db, backup_keep_count(), dt.date.today()

        def done(path: Any) -> None:
            if path is not None:
                self.statusBar().showMessage(self.tr("Tägliche Sicherung gespeichert: %1")
                                             .replace("%1", str(path)), 8000)

        def failed(err: BaseException) -> None:
            self.statusBar().showMessage(self.tr("Die tägliche Sicherung ist fehlgeschlagen: %1")
                                         .replace("%1", str(err) if is_user_error(err)
                                                  else repr(err)))

        if self.background.busy:
            return False
        if self._backup_pauses:  # a restore or the administration dialog is open
            self._backup_skipped = True
            return False
        if daily_backup_path(db.path, today).exists():
            try:
                rotate_daily(db.path, keep_days=keep_days, today=today)
            except (KimboardError, OSError) as err:
                failed(err)
            return False
        self.statusBar().showMessage(self.tr("Tägliche Sicherung wird erstellt …"), 5000)
        return self.background.run(lambda: daily_backup(db, keep_days=keep_days),
                                   self.tr("Tägliche Sicherung wird erstellt …"), done, failed)

    def show_about(self) -> None:
        from kimboard.ui.about import show_about_dialog

        show_about_dialog(self)

    def show_help(self, topic: str | None = None) -> None:
        """The user guide (F1): ``topic`` ("chapter" or "chapter#section"), else the chapter
        that fits what is shown; an open guide window is only raised."""
        from kimboard.ui.help import open_help, show_context_help

        if topic is None:
            show_context_help(self)
        else:
            open_help(self, topic)

    def show_shortcuts(self) -> None:
        """The keyboard shortcut overview (Ctrl+F1), built from the live actions."""
        from kimboard.ui.shortcuts import show_shortcuts

        show_shortcuts(self)

    def _on_language_chosen(self, action: QAction) -> None:
        language = str(action.data())
        if language == configured_language():
            return
        set_configured_language(language)
        # Said in the language just chosen: that is the one the user reads now.
        self.show_info(translate_for(language, "MainWindow", QT_TRANSLATE_NOOP(
            "MainWindow", "Die neue Sprache gilt ab dem nächsten Start von kimboard.")))

    def show_info(self, message: str) -> None:
        QMessageBox.information(self, "kimboard", message)

    def _task_failed(self, err: BaseException) -> None:
        if is_user_error(err):
            self.show_error(str(err))
        else:
            self.show_error(self.tr("Unerwarteter Fehler: %1").replace("%1", repr(err)))

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # ------------------------------------------------------------------ settings

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: most of the screen, a board needs room
            screen = self.screen().availableGeometry()
            self.resize(max(1100, int(screen.width() * 0.85)),
                        max(720, int(screen.height() * 0.85)))
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.tasks.wait()
        self.background.wait()
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        super().closeEvent(event)
