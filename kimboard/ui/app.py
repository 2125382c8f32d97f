"""Starting the GUI: application object, translations, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kimboard import APP_NAME, __version__


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


def run_gui(db_path: Path, smoke_test: bool = False) -> int:
    """The GUI on ``db_path``. ``smoke_test`` paints the window once, says so and quits (used
    to check a built bundle: Qt plugins, resources and translations all load)."""
    app = make_app()
    from kimboard.ui.single_instance import InstanceGuard, bring_to_front

    guard = InstanceGuard(db_path)  # one window per database: a second start raises it
    if not guard.acquire():
        print(guard.message(), file=sys.stderr)
        return 0 if guard.delivered else 1
    from kimboard.ui.dialogs.restore import open_database

    db = open_database(db_path)  # says why not (a damaged file offers its newest backup)
    if db is None:
        guard.release()
        return 1
    from kimboard.ui.main_window import MainWindow

    window = MainWindow(db)
    guard.activated.connect(lambda: bring_to_front(window))
    window.show()
    if smoke_test:
        window.grab()
        print(f"kimboard {__version__}: Fenster „{window.windowTitle()}“ angezeigt "
              f"({window.width()}×{window.height()}, Plattform {app.platformName()})", flush=True)
        db.close()
        guard.release()
        return 0
    window.start_daily_backups()
    if db.migration_backup is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "Datenbank aktualisiert; Sicherung: %1").replace(
                "%1", str(db.migration_backup)), 10000)
    try:
        return app.exec()
    finally:
        db.close()
        guard.release()
