"""Restoring a backup from the window, the daily backup of the window, and opening the database
at start: a damaged file offers its newest backup; other problems are said and end the start."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from kimboard.core import autobackup, backup
from kimboard.core.autobackup import daily_backup
from kimboard.core.check import run_check
from kimboard.core.db import Database
from kimboard.core.ops import sites
from kimboard.paths import backup_dir
from kimboard.ui.dialogs import restore
from kimboard.ui.dialogs.restore import RestoreDialog, open_database
from kimboard.ui.dialogs.settings import KEY_BACKUP_KEEP
from kimboard.ui.i18n import format_datetime


def codes(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT short_code FROM sites")}
    finally:
        con.close()


class Boxes:
    """Stands in for the user at every message box: clicks the button named ``answer``."""

    def __init__(self, answer: str | None = None) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, box: QMessageBox) -> QAbstractButton | None:
        self.texts.append(box.text())
        for button in box.buttons():
            if self.answer is not None and button.text() == self.answer:
                return button
        return None


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Callable[[str | None], Boxes]:
    def install(answer: str | None = None) -> Boxes:
        fake = Boxes(answer)
        monkeypatch.setattr(restore, "_exec", fake)
        return fake
    return install


def _site(db: Database, code: str) -> None:
    db.run(sites.create_site, f"Ausländerbehörde {code}", code)


# --------------------------------------------------------------------------- the dialog


def test_dialog_lists_the_backups_newest_first(qtbot, db: Database) -> None:  # noqa: ANN001
    _site(db, "ABH-A")
    older = backup.backup_to(db, backup_dir(db.path) / "kimboard-20250101-090000.sqlite3")
    daily = daily_backup(db, keep_days=10)
    dialog = RestoreDialog(db.path)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 2
    first, second = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert daily is not None and first.text(3) == daily.name
    assert first.text(1) == "tägliche Sicherung"
    assert second.text(3) == older.name and second.text(1) == "manuelle Sicherung"
    assert second.text(0) == format_datetime(dt.datetime(2025, 1, 1, 9, 0))
    assert first.text(2).endswith(("KB", "MB"))
    assert dialog.restore_button.isEnabled()
    assert dialog.empty_label.isHidden()


def test_dialog_without_backups_says_so(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = RestoreDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.empty_label.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_restoring_asks_first(qtbot, db: Database, boxes) -> None:  # noqa: ANN001
    daily = daily_backup(db, keep_days=10)
    dialog = RestoreDialog(db.path)
    qtbot.addWidget(dialog)
    asked = boxes("Abbrechen")
    dialog.restore_selected()
    assert dialog.chosen is None and dialog.result() == 0
    assert "Die aktuelle Datenbank durch diese Sicherung ersetzen?" in asked.texts[0]
    assert str(daily) in asked.texts[0] and "beendet" in asked.texts[0]
    boxes("Ersetzen und beenden")
    dialog.restore_selected()
    assert dialog.chosen == daily and dialog.result() == 1


def test_menu_entry_opens_the_dialog(main_window, monkeypatch) -> None:  # noqa: ANN001
    opened: list[Path] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: opened.append(self.db_path) or 0)
    assert main_window.restore_action.text() == "Sicherung &wiederherstellen …"
    assert main_window.restore_action in main_window.menuBar().actions()[0].menu().actions()
    main_window.restore_action.trigger()
    assert opened == [main_window.db.path]


# --------------------------------------------------------------------------- restoring


def test_restore_replaces_the_file_keeps_the_old_one_and_ends(  # noqa: ANN001
    main_window, db: Database, boxes
) -> None:
    _site(db, "ABH-ALT")
    daily = daily_backup(db, keep_days=10)
    assert daily is not None
    _site(db, "ABH-NEU")
    main_window.reload()
    told = boxes()

    assert restore.restore_into_window(main_window, daily)

    assert codes(db.path) == {"ABH-ALT"}
    kept = list(db.path.parent.glob("kimboard-ersetzt-*.sqlite3"))
    assert len(kept) == 1 and codes(kept[0]) == {"ABH-ALT", "ABH-NEU"}
    assert "wiederhergestellt" in told.texts[-1] and str(kept[0]) in told.texts[-1]
    assert "Bitte starten Sie kimboard neu" in told.texts[-1]
    assert not main_window.isVisible()  # kimboard ends; the next start reads the new file
    with Database.open(db.path) as reopened:
        assert run_check(reopened).ok


def test_failed_restore_leaves_the_database_and_the_window_working(  # noqa: ANN001
    main_window, db: Database, tmp_path: Path, monkeypatch
) -> None:
    _site(db, "ABH-ALT")
    bogus = tmp_path / "keine-sicherung.sqlite3"
    bogus.write_bytes(b"kaputt" * 100)
    errors: list[str] = []
    monkeypatch.setattr(main_window, "show_error", errors.append)
    assert not restore.restore_into_window(main_window, bogus)
    assert errors and "nicht wiederhergestellt" in errors[0] and "unverändert" in errors[0]
    assert codes(db.path) == {"ABH-ALT"}
    assert main_window.isVisible()
    _site(db, "ABH-WEITER")  # the (closed and reopened) database still works
    assert codes(db.path) == {"ABH-ALT", "ABH-WEITER"}


# --------------------------------------------------------------------------- daily backup


def test_window_makes_the_daily_backup_in_the_background(qtbot, main_window) -> None:  # noqa: ANN001
    folder = backup_dir(main_window.db.path)
    today = autobackup.daily_backup_path(main_window.db.path, dt.date.today())
    assert main_window.run_daily_backup()
    # Quietly in its own thread: the window stays usable, the user's jobs are not blocked.
    assert main_window.background.busy and main_window.isEnabled()
    assert not main_window.tasks.busy
    qtbot.waitUntil(lambda: not main_window.background.busy, timeout=10000)
    assert today.exists()
    if os.name == "posix":
        assert today.stat().st_mode & 0o777 == 0o600
    assert "Tägliche Sicherung gespeichert" in main_window.statusBar().currentMessage()
    assert not main_window.run_daily_backup()  # one per day
    assert sorted(p.name for p in folder.iterdir()) == [today.name]


def test_window_applies_the_configured_retention(qtbot, main_window) -> None:  # noqa: ANN001
    QSettings().setValue(KEY_BACKUP_KEEP, 3)
    path = main_window.db.path
    old = [autobackup.daily_backup_path(path, dt.date.today() - dt.timedelta(days=n))
           for n in (1, 2, 3, 30)]
    old[0].parent.mkdir(parents=True, exist_ok=True)
    for file in old:
        file.write_bytes(b"alt")
    main_window.run_daily_backup()
    qtbot.waitUntil(lambda: not main_window.background.busy, timeout=10000)
    assert [f.exists() for f in old] == [True, True, False, False]


def test_failed_daily_backup_goes_to_the_status_bar(  # noqa: ANN001
    qtbot, main_window, monkeypatch
) -> None:
    from kimboard.core.errors import DatabaseError

    def broken(db, keep_days):  # noqa: ANN001, ANN202
        raise DatabaseError("Die Sicherung nach X ist fehlgeschlagen: kein Platz.")

    monkeypatch.setattr(autobackup, "daily_backup", broken)
    main_window.run_daily_backup()
    qtbot.waitUntil(lambda: not main_window.background.busy, timeout=10000)
    message = main_window.statusBar().currentMessage()
    assert message.startswith("Die tägliche Sicherung ist fehlgeschlagen: Die Sicherung nach X")
    assert main_window.isVisible() and main_window.isEnabled()


# --------------------------------------------------------------------------- at start


def _damaged_with_backup(db_path: Path) -> Path:
    with Database.open(db_path) as db:
        _site(db, "ABH-GUT")
        written = daily_backup(db, keep_days=10)
    assert written is not None
    with open(db_path, "r+b") as fh:
        fh.write(b"kaputt" * 30)
    return written


def test_damaged_database_at_start_offers_the_newest_backup(  # noqa: ANN001
    qapp, db_path: Path, boxes, capsys
) -> None:
    written = _damaged_with_backup(db_path)
    user = boxes("Sicherung wiederherstellen")
    db = open_database(db_path)
    assert db is not None
    try:
        assert "ist beschädigt" in user.texts[0] and str(written) in user.texts[0]
        assert "wiederhergestellt" in user.texts[1]
        with db.session() as s:
            from kimboard.core.models import Site

            assert {site.short_code for site in s.query(Site)} == {"ABH-GUT"}
    finally:
        db.close()
    assert "kimboard: Fehler: " in capsys.readouterr().err
    assert len(list(db_path.parent.glob("kimboard-ersetzt-*.sqlite3"))) == 1


def test_declining_the_backup_ends_the_start_and_changes_nothing(  # noqa: ANN001
    qapp, db_path: Path, boxes
) -> None:
    _damaged_with_backup(db_path)
    damaged = db_path.read_bytes()
    boxes("Beenden")
    assert open_database(db_path) is None
    assert db_path.read_bytes() == damaged
    assert not list(db_path.parent.glob("*-ersetzt-*"))


def test_run_gui_ends_with_exit_code_1_when_the_start_fails(  # noqa: ANN001
    qapp, db_path: Path, boxes
) -> None:
    from kimboard.ui.app import run_gui

    _damaged_with_backup(db_path)
    boxes("Beenden")
    assert run_gui(db_path) == 1


@pytest.mark.parametrize("problem", ["newer", "damaged_no_backup", "read_only"])
def test_other_start_problems_are_said_and_end_the_start(  # noqa: ANN001
    qapp, db_path: Path, boxes, problem: str
) -> None:
    with Database.open(db_path) as db:
        _site(db, "ABH-X")
    if problem == "newer":
        con = sqlite3.connect(db_path)
        with con:
            con.execute("UPDATE alembic_version SET version_num = '9999_zukunft'")
        con.close()
        expected = "neueren kimboard-Version"
    elif problem == "damaged_no_backup":
        with open(db_path, "r+b") as fh:
            fh.write(b"kaputt" * 30)
        expected = "keine kimboard-Sicherung"
    else:
        expected = "nicht beschreibbar"
    told = boxes()
    if problem == "read_only":
        from tests.e2e.test_bad_environments import read_only_folder

        with read_only_folder(db_path.parent):
            assert open_database(db_path) is None
    else:
        assert open_database(db_path) is None
    assert len(told.texts) == 1
    assert told.texts[0].startswith("kimboard kann nicht starten:")
    assert expected in told.texts[0]


def test_dialog_has_names_everywhere(qtbot, db: Database) -> None:  # noqa: ANN001
    from tests.ui.a11y import unnamed_widgets

    daily_backup(db, keep_days=10)
    dialog = RestoreDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_widgets(dialog) == []


def test_no_daily_backup_while_paused_and_a_due_one_follows(qtbot, main_window) -> None:  # noqa: ANN001
    """Restore and the administration dialog (erasure may delete backups that hold a name)
    pause the daily backup; one that fell due meanwhile runs soon after."""
    today = autobackup.daily_backup_path(main_window.db.path, dt.date.today())
    with main_window.daily_backups_paused():
        assert not main_window.run_daily_backup()  # the hourly timer firing now
        assert not main_window.background.busy and not today.exists()
    qtbot.waitUntil(today.exists, timeout=15000)


def test_pause_waits_for_a_backup_being_written(qtbot, main_window, monkeypatch) -> None:  # noqa: ANN001
    import threading

    release = threading.Event()
    real = autobackup.daily_backup

    def slow(db, keep_days):  # noqa: ANN001, ANN202
        release.wait(10)
        return real(db, keep_days=keep_days)

    monkeypatch.setattr(autobackup, "daily_backup", slow)
    assert main_window.run_daily_backup()
    threading.Timer(0.3, release.set).start()
    with main_window.daily_backups_paused():
        assert not main_window.background.busy  # finished before the block began
        assert autobackup.daily_backup_path(main_window.db.path, dt.date.today()).exists()
