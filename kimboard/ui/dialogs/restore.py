"""Restoring a backup from the window, and opening the database at start (a damaged file
offers its newest backup).

Restoring replaces the database file. It is done the safe way: the board is closed, the
background job is awaited and the database is closed *before* the file is replaced, so no
open connection can write into the replaced file; afterwards kimboard ends and is started
again, so no view keeps data of the old file. The replaced file stays beside the database as
``…-ersetzt-<Zeit>`` (:func:`kimboard.core.backup.restore_from`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.autobackup import BackupInfo, BackupKind, list_backups
from kimboard.core.backup import restore_from
from kimboard.core.db import Database
from kimboard.core.diagnose import DatabaseDamaged, explain_open_failure
from kimboard.core.errors import KimboardError
from kimboard.ui.i18n import format_datetime, format_number

if TYPE_CHECKING:
    from kimboard.ui.main_window import MainWindow

translate = QCoreApplication.translate

KIND_TEXTS = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("RestoreDialog", "tägliche Sicherung"),
    BackupKind.MIGRATION: QT_TRANSLATE_NOOP("RestoreDialog", "vor einem Update"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("RestoreDialog", "manuelle Sicherung"),
    BackupKind.REPLACED: QT_TRANSLATE_NOOP("RestoreDialog",
                                           "vor einer Wiederherstellung ersetzt"),
}


def kind_text(kind: BackupKind) -> str:
    return translate("RestoreDialog", KIND_TEXTS[kind])


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return translate("RestoreDialog", "{n} KB").format(n=format_number(round(size / 1024)))
    return translate("RestoreDialog", "{n} MB").format(
        n=format_number(round(size / (1024 * 1024), 1)))


def _exec(box: QMessageBox) -> QAbstractButton | None:
    """Show a message box; the button clicked. (Tests replace this.)"""
    box.exec()
    return box.clickedButton()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(icon, "kimboard", text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _inform(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    box = _box(parent, icon, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    _exec(box)


# --------------------------------------------------------------------------- the dialog


class RestoreDialog(QDialog):
    """Lists the backups of the database, newest first; :attr:`chosen` is the file the user
    confirmed to restore (or None)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.setAccessibleName(self.tr("Sicherung wiederherstellen"))

        intro = QLabel(self.tr(
            "Sicherungen der Datenbank {path}, die neueste zuerst. Beim Wiederherstellen wird "
            "die aktuelle Datenbank ersetzt; sie bleibt als „…-ersetzt-…“ daneben erhalten. "
            "Danach wird kimboard beendet und muss neu gestartet werden.").format(
                path=self.db_path))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Vorhandene Sicherungen"))
        self.tree.setHeaderLabels([self.tr("Erstellt"), self.tr("Art"), self.tr("Größe"),
                                   self.tr("Datei")])
        self.tree.header().setAccessibleName(self.tr("Spaltenköpfe der Sicherungen"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda _item, _col: self.restore_selected())
        self.empty_label = QLabel(self.tr("Es gibt noch keine Sicherung dieser Datenbank."))
        self.backups: list[BackupInfo] = []

        self.restore_button = QPushButton(self.tr("&Wiederherstellen …"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("&Andere Datei wählen …"))
        self.other_button.clicked.connect(self.choose_other_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.setMinimumSize(640, 360)
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self.db_path)
        self.tree.clear()
        for backup in self.backups:
            item = QTreeWidgetItem([format_datetime(backup.created), kind_text(backup.kind),
                                    size_text(backup.size), backup.path.name])
            item.setToolTip(3, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.empty_label.setVisible(not self.backups)
        if self.backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self.backups[index] if 0 <= index < len(self.backups) else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None:
            self._confirm(backup.path, self.tr("{kind} vom {date}").format(
                kind=kind_text(backup.kind), date=format_datetime(backup.created)))

    def choose_other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sicherung wählen"), str(self.db_path.parent / "backups"),
            self.tr("kimboard-Datenbank (*.sqlite3);;Alle Dateien (*)"))
        if path:
            self._confirm(Path(path), Path(path).name)

    def _confirm(self, source: Path, what: str) -> None:
        box = _box(self, QMessageBox.Icon.Question, self.tr(
            "Die aktuelle Datenbank durch diese Sicherung ersetzen?\n\n{what}\n{path}\n\n"
            "Alles, was seit dieser Sicherung geändert wurde, fehlt danach in der Datenbank. "
            "Die bisherige Datei bleibt als „…-ersetzt-…“ neben der Datenbank erhalten. "
            "kimboard wird danach beendet.").format(what=what, path=source))
        yes = box.addButton(self.tr("Ersetzen und beenden"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        if _exec(box) is yes:
            self.chosen = source
            self.accept()


# --------------------------------------------------------------------------- restoring


def restore_into_window(window: MainWindow, source: Path) -> bool:
    """Replace the window's database with ``source``; True when done (kimboard then ends)."""
    if window.tasks.busy:
        window.show_error(translate("RestoreDialog", "Bitte warten, bis die laufende Aufgabe "
                                                     "fertig ist, und es dann erneut versuchen."))
        return False
    db_path = window.db.path
    window.close_board()
    window.tasks.wait()
    window.db.close()  # no pooled connection may keep writing into the replaced file
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        kept = restore_from(db_path, source)
    except KimboardError as err:
        QApplication.restoreOverrideCursor()
        window.show_error(translate(
            "RestoreDialog", "Die Sicherung wurde nicht wiederhergestellt; die Datenbank ist "
                             "unverändert.\n\n%1").replace("%1", str(err)))
        window.reload()
        return False
    QApplication.restoreOverrideCursor()
    _inform(window, QMessageBox.Icon.Information, translate(
        "RestoreDialog", "Die Datenbank wurde aus der Sicherung wiederhergestellt.\n\n"
                         "Die bisherige Datei liegt unter:\n%1\n\nkimboard wird jetzt beendet. "
                         "Bitte starten Sie kimboard neu.").replace("%1", str(kept)))
    window.close()
    QApplication.closeAllWindows()
    return True


def restore_interactively(window: MainWindow) -> bool:
    """Datei → Sicherung wiederherstellen …: choose, confirm, restore, end."""
    dialog = RestoreDialog(window.db.path, window)
    try:
        if not dialog.exec() or dialog.chosen is None:
            return False
        chosen = dialog.chosen
    finally:
        dialog.deleteLater()
    return restore_into_window(window, chosen)


# --------------------------------------------------------------------------- at start


def open_database(db_path: Path, parent: QWidget | None = None) -> Database | None:
    """Open the database for the window; on failure say why (and on stderr), None.

    A damaged file with a backup: offer to restore the newest one, then open that.
    """
    try:
        return Database.open(db_path)
    except KimboardError as err:
        problem = explain_open_failure(db_path, err)
    print(f"kimboard: Fehler: {problem}", file=sys.stderr)
    if isinstance(problem, DatabaseDamaged) and problem.backup is not None:
        return _offer_backup(problem, parent)
    _inform(parent, QMessageBox.Icon.Critical,
            translate("app", "kimboard kann nicht starten:") + "\n\n" + str(problem))
    return None


def _offer_backup(problem: DatabaseDamaged, parent: QWidget | None) -> Database | None:
    backup = problem.backup
    assert backup is not None
    box = _box(parent, QMessageBox.Icon.Critical, translate(
        "RestoreDialog",
        "Die Datenbank %1 ist beschädigt und kann nicht geöffnet werden. An der Datei wurde "
        "nichts verändert.\n\nDie neueste Sicherung ist vom %2 (%3):\n%4\n\nSoll kimboard die "
        "Datenbank aus dieser Sicherung wiederherstellen? Was nach der Sicherung geändert "
        "wurde, fehlt danach. Die beschädigte Datei bleibt als „…-ersetzt-…“ daneben "
        "erhalten.").replace("%1", str(problem.db_path)).replace(
            "%2", format_datetime(backup.created)).replace("%3", kind_text(backup.kind)).replace(
            "%4", str(backup.path)))
    restore = box.addButton(translate("RestoreDialog", "Sicherung wiederherstellen"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("RestoreDialog", "Beenden"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    if _exec(box) is not restore:
        return None
    try:
        kept = restore_from(problem.db_path, backup.path)
        db = Database.open(problem.db_path)
    except KimboardError as err:
        print(f"kimboard: Fehler: {err}", file=sys.stderr)
        _inform(parent, QMessageBox.Icon.Critical, translate(
            "RestoreDialog", "Die Sicherung konnte nicht wiederhergestellt werden:\n\n%1"
        ).replace("%1", str(err)))
        return None
    _inform(parent, QMessageBox.Icon.Information, translate(
        "RestoreDialog", "Die Datenbank wurde aus der Sicherung vom %1 wiederhergestellt. Die "
                         "beschädigte Datei liegt unter:\n%2").replace(
        "%1", format_datetime(backup.created)).replace("%2", str(kept)))
    return db
