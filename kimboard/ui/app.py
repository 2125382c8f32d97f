"""Starting the GUI: application object, translations, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kimboard import APP_NAME, __version__
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName(APP_NAME)
    from PySide6.QtGui import QIcon

    from kimboard.resources import RESOURCES_DIR

    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "kimboard.svg")))
    from kimboard.ui.i18n import install_translators

    install_translators(app)
    return app


def run_gui(db_path: Path) -> int:
    app = make_app()
    try:
        db = Database.open(db_path)
    except KimboardError as err:
        box = QMessageBox(QMessageBox.Icon.Critical, "kimboard",
                          QCoreApplication.translate("app", "kimboard kann nicht starten:")
                          + "\n\n" + str(err), QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return 1
    from kimboard.ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    if db.migration_backup is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Datenbank aktualisiert; Sicherung: %1").replace(
                "%1", str(db.migration_backup)), 10000)
    try:
        return app.exec()
    finally:
        db.close()
