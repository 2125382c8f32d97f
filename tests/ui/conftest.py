from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from kimboard.core.db import Database


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[None]:  # noqa: ANN001
    """Each test gets empty settings in a temporary folder (never the user's real ones)."""
    QCoreApplication.setOrganizationName("kimboard-tests")
    QCoreApplication.setApplicationName("kimboard-tests")
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def main_window(qtbot, db: Database):  # noqa: ANN001, ANN201
    from kimboard.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window
