"""Daily automatic backups: one per day, a consistent 0600 copy, rotation that deletes only
kimboard's own expired daily files, and the list of all backups."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from kimboard.core import autobackup, backup, sqlite_backend
from kimboard.core.autobackup import BackupKind, daily_backup, list_backups
from kimboard.core.db import Database
from kimboard.core.errors import DatabaseError
from kimboard.core.models import Site
from kimboard.paths import backup_dir

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

NOON = dt.datetime(2025, 3, 14, 12, 0)


def _add_site(session, code: str) -> None:  # type: ignore[no-untyped-def]
    session.add(Site(name=f"ABH {code}", short_code=code))


def _codes(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT short_code FROM sites")}
    finally:
        con.close()


def _daily(db: Database, day: dt.date) -> Path:
    return backup_dir(db.path) / f"{db.path.stem}-taeglich-{day.isoformat()}.sqlite3"


def _fake_daily(db: Database, day: dt.date) -> Path:
    path = _daily(db, day)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"old daily backup")
    return path


def test_daily_backup_is_a_consistent_private_copy_named_by_the_day(db: Database) -> None:
    db.run(_add_site, "K")
    written = daily_backup(db, keep_days=10, now=NOON)
    assert written == _daily(db, NOON.date())
    assert written.name == "kimboard-taeglich-2025-03-14.sqlite3"
    assert _codes(written) == {"K"}
    con = sqlite3.connect(written)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
    finally:
        con.close()
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]  # no leftovers


def test_at_most_one_daily_backup_per_day(db: Database) -> None:
    first = daily_backup(db, keep_days=10, now=NOON)
    assert first is not None
    before = first.read_bytes()
    db.run(_add_site, "NEU")
    assert daily_backup(db, keep_days=10, now=NOON.replace(hour=18)) is None
    assert first.read_bytes() == before  # today's copy is not overwritten
    second = daily_backup(db, keep_days=10, now=NOON + dt.timedelta(days=1))
    assert second is not None and second != first
    assert _codes(second) == {"NEU"}


def test_rotation_deletes_only_expired_daily_backups_of_this_database(db: Database) -> None:
    today = NOON.date()
    olds = {n: _fake_daily(db, today - dt.timedelta(days=n)) for n in range(1, 15)}
    folder = backup_dir(db.path)
    others = [
        folder / "kimboard-20240101-101010.sqlite3",  # manual
        folder / "kimboard-vor-update-0003-20240101-101010.sqlite3",  # before an update
        folder / "kimboard-taeglich-2020-01-01.sqlite3.bak",  # not our name
        folder / "kimboard-taeglich-2020-13-45.sqlite3",  # no real date
        folder / "andere-taeglich-2020-01-01.sqlite3",  # another database's
        folder / "kimboard-test-taeglich-2020-01-01.sqlite3",  # "kimboard-test"'s
        folder / "notizen.txt",
        db.path.parent / "kimboard-taeglich-2020-01-01.sqlite3",  # not in the backups folder
    ]
    for path in others:
        path.write_bytes(b"keep me")

    daily_backup(db, keep_days=7, now=NOON)

    kept = {n for n, path in olds.items() if path.exists()}
    assert kept == {1, 2, 3, 4, 5, 6}  # with today's: seven days
    assert _daily(db, today).exists()
    assert all(p.read_bytes() == b"keep me" for p in others)


def test_without_a_retention_nothing_is_deleted(db: Database) -> None:
    old = _fake_daily(db, NOON.date() - dt.timedelta(days=400))
    daily_backup(db, keep_days=None, now=NOON)
    assert old.exists()


def test_keep_one_day_keeps_only_today(db: Database) -> None:
    yesterday = _fake_daily(db, NOON.date() - dt.timedelta(days=1))
    daily_backup(db, keep_days=1, now=NOON)
    assert not yesterday.exists()
    assert _daily(db, NOON.date()).exists()
    with pytest.raises(ValueError):
        daily_backup(db, keep_days=0, now=NOON)


def test_existing_backup_of_today_still_rotates(db: Database) -> None:
    daily_backup(db, keep_days=30, now=NOON)
    old = _fake_daily(db, NOON.date() - dt.timedelta(days=5))
    assert daily_backup(db, keep_days=3, now=NOON) is None
    assert not old.exists()


def test_disk_full_leaves_no_half_file_and_keeps_the_old_backups(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _fake_daily(db, NOON.date() - dt.timedelta(days=20))

    def full_disk(source: Path, target: Path) -> None:
        Path(target).write_bytes(b"SQLite format 3\x00 half")  # some pages made it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_backend, "online_backup", full_disk)
    with pytest.raises(DatabaseError) as caught:
        daily_backup(db, keep_days=7, now=NOON)
    assert "kein Platz" in str(caught.value)
    assert "No space" not in str(caught.value)
    assert not _daily(db, NOON.date()).exists()
    assert sorted(p.name for p in backup_dir(db.path).iterdir()) == [old.name]  # nothing else
    assert old.exists()  # a failed backup never costs an old one


def test_leftovers_of_interrupted_backups_from_earlier_days_are_removed(db: Database) -> None:
    folder = backup_dir(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / ".kimboard-taeglich-2025-03-10.4711-abcd1234.tmp.part"
    running = folder / ".kimboard-taeglich-2025-03-14.4712-abcd1234.tmp"  # today: maybe live
    for path in (stale, running):
        path.write_bytes(b"x")
    daily_backup(db, keep_days=7, now=NOON)
    assert not stale.exists()
    assert running.exists()


def test_two_daily_backups_at_once_give_one_sound_file(db: Database) -> None:
    db.run(_add_site, "K")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            daily_backup(db, keep_days=7, now=NOON)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    files = sorted(p.name for p in backup_dir(db.path).iterdir())
    assert files == ["kimboard-taeglich-2025-03-14.sqlite3"]
    assert _codes(_daily(db, NOON.date())) == {"K"}


def test_a_daily_backup_can_be_restored(db: Database, tmp_path: Path) -> None:
    db.run(_add_site, "ALT")
    written = daily_backup(db, keep_days=7, now=NOON)
    assert written is not None
    db.run(_add_site, "NEU")
    db.close()
    backup.restore_from(db.path, written)
    assert _codes(db.path) == {"ALT"}


# --------------------------------------------------------------------------- listing


def test_list_backups_names_kind_date_and_size_newest_first(db: Database) -> None:
    db.run(_add_site, "K")
    daily = daily_backup(db, keep_days=7, now=NOON)
    folder = backup_dir(db.path)
    manual = backup.backup_to(db, folder / "kimboard-20250310-080910.sqlite3")
    migration = backup.backup_to(db, folder / "kimboard-vor-update-0004-20250301-070000.sqlite3")
    renamed = backup.backup_to(db, folder / "meine-kopie.sqlite3")  # not a kimboard name
    (folder / "andere-20250311-101010.sqlite3").write_bytes(b"other db")
    os.utime(daily, (NOON.timestamp(), NOON.timestamp()))

    found = list_backups(db.path)
    assert [(b.path, b.kind) for b in found] == [
        (daily, BackupKind.DAILY),
        (manual, BackupKind.MANUAL),
        (migration, BackupKind.MIGRATION),
    ]
    assert found[0].created == NOON
    assert found[1].created == dt.datetime(2025, 3, 10, 8, 9, 10)
    assert found[2].created == dt.datetime(2025, 3, 1, 7, 0)
    assert all(b.size == b.path.stat().st_size > 0 for b in found)
    assert found[0].label == "tägliche Sicherung"
    assert renamed not in [b.path for b in found]
    assert autobackup.latest_backup(db.path) == found[0]


def test_file_replaced_by_a_restore_is_listed_but_never_offered_as_latest(
    db: Database, tmp_path: Path
) -> None:
    db.run(_add_site, "ALT")
    daily = daily_backup(db, keep_days=7, now=NOON)
    assert daily is not None
    db.close()
    kept = backup.restore_from(db.path, daily)
    os.utime(daily, (NOON.timestamp(), NOON.timestamp()))  # older than the replaced file
    kinds = {b.path: b.kind for b in list_backups(db.path)}
    assert kinds == {daily: BackupKind.DAILY, kept: BackupKind.REPLACED}
    latest = autobackup.latest_backup(db.path)
    assert latest is not None and latest.path == daily


def test_no_backups_folder_lists_nothing(db_path: Path) -> None:
    assert list_backups(db_path) == []
    assert autobackup.latest_backup(db_path) is None


def test_erasure_finds_the_daily_backups_too(db: Database) -> None:
    from kimboard.core.erasure import backups_with_old_data

    written = daily_backup(db, keep_days=7, now=NOON)
    assert written in backups_with_old_data(db.path)


# --------------------------------------------------------------------------- command line


def test_command_line_daily_backup_and_listing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from kimboard import cli

    with Database.open(db_path) as db:
        old = _fake_daily(db, dt.date.today() - dt.timedelta(days=30))
    assert cli.main(["--db", str(db_path), "backup", "--daily"]) == 0
    out = capsys.readouterr().out
    assert "Tägliche Sicherung gespeichert:" in out and "nur mit --keep-days" in out
    assert old.exists()  # without --keep-days nothing is deleted

    assert cli.main(["--db", str(db_path), "backup", "--daily", "--keep-days", "7"]) == 0
    out = capsys.readouterr().out
    assert "gibt es schon" in out and "7 Tag(e) aufbewahrt" in out
    assert not old.exists()

    assert cli.main(["--db", str(db_path), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["kind"], b["label"]) for b in listed] == [("daily", "tägliche Sicherung")]
    assert cli.main(["--db", str(db_path), "backups"]) == 0
    out = capsys.readouterr().out
    assert "tägliche Sicherung" in out and "restore DATEI --yes" in out
    assert cli.main(["--db", str(db_path), "backup", "--daily", "-o", "x.sqlite3"]) == 1
