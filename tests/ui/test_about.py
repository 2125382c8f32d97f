"""The "Über kimboard" dialog: version, EUPL text, third-party licences, the Qt notice."""

from __future__ import annotations

import platform
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from kimboard.resources import RESOURCES_DIR
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

import kimboard
from kimboard.ui import about
from kimboard.ui.about import AboutDialog, show_about_dialog

ROOT = Path(__file__).resolve().parents[2]


class _Db:
    def __init__(self, path: Path) -> None:
        self.path = path


class _Window(QWidget):
    """Stands in for the main window: all the dialog needs of it is ``db.path``."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.db = _Db(path)


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> Iterator[AboutDialog]:  # noqa: ANN001
    window = _Window(tmp_path / "kimboard.sqlite3")
    qtbot.addWidget(window)
    dialog = AboutDialog(window)
    yield dialog  # the window (the dialog's parent and owner) lives until the test ends


def _row_of(dialog: AboutDialog, name: str) -> int:
    names = [c.name.lower() for c in dialog.components]
    return names.index(name.lower())


def test_tabs_and_version(dialog: AboutDialog) -> None:
    assert dialog.windowTitle() == "Über kimboard"
    titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert titles == ["Über", "Lizenz", "Drittanbieter", "Qt"]
    # Every tab has a mnemonic (Alt+letter), and they differ.
    keys = [dialog.tabs.tabText(i).split("&")[1][0].lower() for i in range(dialog.tabs.count())]
    assert len(set(keys)) == len(keys)
    assert dialog.version_label.text() == kimboard.__version__
    assert "EUPL-1.2" in dialog.license_label.text()


def test_about_tab_shows_database_and_runtime(dialog: AboutDialog, tmp_path: Path) -> None:
    assert dialog.database_label is not None
    assert dialog.database_label.text() == str(tmp_path / "kimboard.sqlite3")
    runtime = dialog.runtime_label.text()
    assert qVersion() in runtime
    assert PySide6.__version__ in runtime
    assert platform.python_version() in runtime


def test_without_a_database_no_database_row(qtbot) -> None:  # noqa: ANN001
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.database_label is None
    assert "Datenbank" not in dialog.version_info()


def test_copy_version_info(dialog: AboutDialog, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"kimboard {kimboard.__version__}" in copied
    assert f"Qt {qVersion()}" in copied
    assert str(tmp_path / "kimboard.sqlite3") in copied
    assert dialog.copied_label.text()


def test_license_tab_shows_the_eupl(dialog: AboutDialog) -> None:
    text = dialog.license_text.toPlainText()
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in text
    assert dialog.license_text.isReadOnly()


def test_license_link_opens_the_license_tab(dialog: AboutDialog) -> None:
    dialog.license_label.linkActivated.emit("#license")
    assert dialog.tabs.currentWidget() is dialog.license_tab


def test_third_party_selection_shows_its_licence_text(dialog: AboutDialog) -> None:
    table = dialog.component_table
    assert table.rowCount() == len(dialog.components) > 10
    row = _row_of(dialog, "SQLAlchemy")
    table.setCurrentCell(row, 0)
    assert table.item(row, 2).text() == "MIT"
    assert "SQLAlchemy" in dialog.component_heading.text()
    assert "Permission is hereby granted" in dialog.component_text.toPlainText()

    table.setCurrentCell(_row_of(dialog, "shiboken6"), 0)
    shiboken = dialog.component_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shiboken
    assert "LGPL-3.0-only" in dialog.component_heading.text()


def test_third_party_table_by_keyboard(dialog: AboutDialog, qtbot) -> None:  # noqa: ANN001
    table = dialog.component_table
    table.setCurrentCell(0, 0)
    first = dialog.component_text.toPlainText()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1
    assert dialog.component_heading.text().count(dialog.components[1].name) >= 1
    assert dialog.component_text.toPlainText() not in ("", first)


def test_qt_tab_notice_and_about_qt(dialog: AboutDialog, qtbot,  # noqa: ANN001
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    notice = dialog.qt_notice_text()
    assert "LGPL-3.0" in notice and "Lesser General Public License" in notice
    assert qVersion() in notice and PySide6.__version__ in notice
    assert "code.qt.io" in notice and "download.qt.io" in notice
    assert "ersetzen" in notice  # the user may replace the Qt libraries
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.lgpl_text.toPlainText()

    shown: list[QWidget] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, title="": shown.append(parent))
    qtbot.mouseClick(dialog.about_qt_button, Qt.MouseButton.LeftButton)
    assert shown == [dialog]

    qtbot.mouseClick(dialog.show_gpl_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentWidget() is dialog.third_party_tab
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.component_text.toPlainText()


def test_escape_closes(dialog: AboutDialog, qtbot) -> None:  # noqa: ANN001
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.third_party_tab)
    dialog.component_table.setFocus()
    qtbot.keyClick(dialog.component_table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_missing_third_party_list_is_said(qtbot, tmp_path: Path,  # noqa: ANN001
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about, "THIRD_PARTY_PATH", tmp_path / "missing.json")
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.components == []
    assert dialog.component_table.rowCount() == 0
    assert dialog.missing_label is not None and "fehlt" in dialog.missing_label.text()


def test_show_about_dialog_uses_the_parent_database(qtbot, tmp_path: Path,  # noqa: ANN001
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = _Window(tmp_path / "office.sqlite3")
    qtbot.addWidget(window)
    seen: list[tuple[QWidget | None, Path | None]] = []

    def fake_exec(self: AboutDialog) -> int:
        seen.append((self.parent(), self.db_path))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    assert show_about_dialog(window) == QDialog.DialogCode.Rejected.value
    assert seen == [(window, tmp_path / "office.sqlite3")]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(AboutDialog) == []  # deleted after closing


def test_logo_is_shipped() -> None:
    assert (RESOURCES_DIR / "icons" / "kimboard.svg").is_file()


def test_every_control_has_a_name_on_every_tab(dialog: AboutDialog, qtbot) -> None:  # noqa: ANN001
    from tests.ui.a11y import unnamed_widgets

    dialog.show()
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert unnamed_widgets(dialog) == [], dialog.tabs.tabText(index)
