"""The main window: choose an office, see its boards; first start offers demo data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from kimboard import __version__
from kimboard.core import queries
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.ui.dialogs.site_dialog import SiteDialog
from kimboard.ui.overview import OverviewPage, counted
from kimboard.ui.tasks import TaskRunner, is_user_error
from kimboard.ui.welcome import WelcomePage


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskRunner(self)
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
        self.addToolBar(toolbar)

        self.welcome = WelcomePage()
        self.welcome.load_demo_requested.connect(self.load_demo)
        self.welcome.create_site_requested.connect(self.create_site)
        self.overview = OverviewPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.overview)
        self.setCentralWidget(self.stack)

        self.db_label = QLabel(str(db.path))
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self.tasks.busy_changed.connect(lambda busy: self.setEnabled(not busy))
        self._restore_settings()
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
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.new_site_action, self.demo_action, self.backup_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        about = QAction(self.tr("Ü&ber kimboard"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-read the sites; keep the chosen one if it still exists."""
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
        cards = sum(int(b.get("cards", 0)) for b in boards)
        self.statusBar().showMessage(
            counted(len(boards), self.tr("1 Board"), self.tr("{n} Boards")) + " · "
            + counted(cards, self.tr("1 offene Karte"), self.tr("{n} offene Karten")))

    # ------------------------------------------------------------------ actions

    def create_site(self) -> None:
        from kimboard.core.ops.sites import create_site

        dialog = SiteDialog(self)
        while dialog.exec():
            name, code, region = dialog.values()
            try:
                result = self.db.run(create_site, name, code, region)
            except KimboardError as err:
                dialog.show_error(str(err))
                continue
            QSettings().setValue("main/last_site", result.value.uuid)
            self.site_combo.setCurrentIndex(-1)
            self.reload()
            self.statusBar().showMessage(self.tr("Dienststelle angelegt."), 5000)
            break

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

        from pathlib import Path

        self.tasks.run(lambda: backup_to(self.db, Path(path)),
                       self.tr("Sicherung wird erstellt …"), done, self._task_failed)

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("Über kimboard"),
            self.tr("kimboard %1\n\nKanban, Sprints und Retrospektiven für Ausländerbehörden "
                    "im kommunalen Integrationsmanagement – offline, auf diesem Rechner.\n\n"
                    "Datenbank: %2").replace("%1", __version__).replace("%2", str(self.db.path)),
        )

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
        else:
            self.resize(1100, 720)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.tasks.wait()
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        super().closeEvent(event)
