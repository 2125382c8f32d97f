"""Starting the GUI: application object, translations, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from kimboard import APP_NAME, __version__

if TYPE_CHECKING:
    from kimboard.core.db import Database

#: The application id of the desktop entry, AppStream metainfo, icon and MIME definition.
DESKTOP_ID = "de.kimboard.Kimboard"


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    set_identity(app)
    from kimboard.ui.i18n import install_translators

    install_translators(app)
    return app


def set_identity(app: QApplication) -> None:
    """The desktop entry's name (packaging/linux: Wayland and task bars match windows to it)
    and the window icon."""
    app.setDesktopFileName(DESKTOP_ID)
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from kimboard.resources import RESOURCES_DIR

    icon = QIcon()  # rendered PNGs: sharp at every size, no SVG plugin needed at start
    for n in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(RESOURCES_DIR / "icons" / "hicolor" / f"{n}x{n}" / "apps"
                         / f"{DESKTOP_ID}.png"), QSize(n, n))
    app.setWindowIcon(icon)


def run_gui(db_path: Path, smoke_test: bool = False, open_bundle: Path | None = None) -> int:
    """The GUI on ``db_path``. ``smoke_test`` paints the window once, says so and quits (used
    to check a built bundle: Qt plugins, resources and translations all load).
    ``open_bundle``: a ``.kimb`` file (a double-click in the file manager) whose import
    preview opens at once — in the window already open on ``db_path`` if there is one."""
    app = make_app()
    from kimboard.ui.single_instance import InstanceGuard, bring_to_front

    guard = InstanceGuard(db_path)  # one window per database: a second start raises it
    # The lock now, the socket once the window is on screen (QtNetwork is not needed for the
    # first paint; a later start meanwhile waits and retries).
    if not guard.acquire(open_bundle, listen=False):
        print(guard.message(), file=sys.stderr)
        return 0 if guard.delivered else 1
    from kimboard.ui.main_window import MainWindow

    # The frame first: it needs neither SQLAlchemy nor the data model, so the window is on
    # screen at once; the database layer loads while the user sees it.
    window = MainWindow()
    window.show()
    app.processEvents()
    window.repaint()
    guard.activated.connect(lambda: bring_to_front(window))
    # Bundles handed over by later starts wait until the data is there and no dialog is open.
    guard.open_requested.connect(window.open_bundle_when_free)
    guard.listen()
    db = _open(db_path, window, smoke_test)
    if db is None:
        window.close()
        guard.release()
        return 1
    window.attach_database(db)
    if open_bundle is not None and not smoke_test:
        window.open_bundle_when_free(open_bundle)
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


def _open(db_path: Path, window: QWidget, smoke_test: bool) -> Database | None:
    """The database, or None after saying why (a damaged file offers its newest backup).
    The smoke test never waits for a dialog: it says why on stderr."""
    if not smoke_test:
        from kimboard.ui.dialogs.restore import open_database

        return open_database(db_path, window)
    from kimboard.core.db import Database
    from kimboard.core.errors import KimboardError

    try:
        return Database.open(db_path)
    except KimboardError as err:
        print(f"kimboard: Fehler: {err}", file=sys.stderr)
        return None
