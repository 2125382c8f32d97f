"""Bad environments: each gets a clear German message, and nothing is lost.

A database folder without write permission, a damaged database file (the message names the
newest backup and the command that restores it), a database from a newer kimboard, and a disk
that fills up while an export or a backup is written. (The window's side of these: see
tests/ui/test_restore_dialog.py; a second start: tests/ui/test_single_instance.py.)
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shlex
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kimboard import cli
from kimboard.core import diagnose, sqlite_backend
from kimboard.core.autobackup import daily_backup
from kimboard.core.db import Database
from kimboard.core.demo import load_demo
from kimboard.core.errors import DatabaseError
from kimboard.core.ops import sites

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def kimboard_run(*args: str | Path, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": str(ROOT)}
    env.pop("KIMBOARD_DB", None)
    return subprocess.run([sys.executable, "-m", "kimboard", "--db", str(db),
                           *(str(a) for a in args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, check=False, cwd=ROOT)


def assert_user_error(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("kimboard: Fehler: "), result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    return result.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def site_codes(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT short_code FROM sites")}
    finally:
        con.close()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """No one may create files in ``folder``: mode 0555, or for root (who ignores modes)
    the immutable attribute."""
    if os.name != "posix":
        pytest.skip("folder permissions are tested on POSIX")
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"running as root and chattr +i is not possible: {done.stderr!r}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    path = tmp_path / "daten" / "kimboard.sqlite3"
    with Database.open(path) as db:
        db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST")
    return path


# --------------------------------------------------------------------------- folder not writable


def test_folder_without_write_permission_is_named_and_the_file_stays(office_db: Path) -> None:
    before = digest(office_db)
    with read_only_folder(office_db.parent):
        result = kimboard_run("stats", db=office_db)
        new = kimboard_run("stats", db=office_db.parent / "neu.sqlite3")
        nested = kimboard_run("stats", db=office_db.parent / "unter" / "neu.sqlite3")
    assert_user_error(result, f"Der Ordner {office_db.parent} ist nicht beschreibbar",
                      "IT-Support", "--db", "nichts verändert")
    assert_user_error(new, "nicht beschreibbar")
    assert_user_error(nested, f"Der Datenordner {office_db.parent / 'unter'} fehlt",
                      "Schreibrechte")
    assert digest(office_db) == before
    assert sorted(p.name for p in office_db.parent.iterdir()) == [office_db.name]
    assert kimboard_run("stats", db=office_db).returncode == 0  # fine once writable again


def test_folder_message_when_only_the_open_fails(
    office_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the permission check cannot see it (network drives, ACLs), the error of the
    failed open still leads to the folder message."""
    from kimboard.core import db as db_module

    def denied(path: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(db_module, "_prepare_file", denied)
    problem = diagnose.explain_open_failure(
        office_db, _open_error(office_db))
    assert "darf die Datenbank" in str(problem) and "IT-Support" in str(problem)


def _open_error(path: Path) -> DatabaseError:
    with pytest.raises(DatabaseError) as caught:
        Database.open(path)
    return caught.value


def test_folder_problem_reads_the_permissions(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert diagnose.folder_problem(tmp_path / "k.sqlite3") is None
    assert diagnose.folder_problem(tmp_path / "neu" / "k.sqlite3") is None
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path)
    assert "nicht beschreibbar" in (diagnose.folder_problem(tmp_path / "k.sqlite3") or "")
    assert "fehlt" in (diagnose.folder_problem(tmp_path / "neu" / "k.sqlite3") or "")


# --------------------------------------------------------------------------- damaged file


def _damage_header(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.write(b"Das ist keine SQLite-Datei mehr" * 4)


def _damage_a_page(path: Path) -> None:
    """The header stays, a page in the middle is overwritten: opening works, reading fails."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek((size // 4096 // 2) * 4096)
        fh.write(os.urandom(4096))


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "kimboard.sqlite3"
    with Database.open(path) as db:
        db.run(load_demo)
    return path


def test_damaged_file_names_the_newest_backup_and_its_restore_command(demo_db: Path) -> None:
    with Database.open(demo_db) as db:
        backup = daily_backup(db, keep_days=10)
    assert backup is not None
    codes = site_codes(demo_db)
    _damage_header(demo_db)
    damaged = digest(demo_db)

    result = kimboard_run("stats", db=demo_db)
    stderr = assert_user_error(result, f"Die Datenbank {demo_db} ist beschädigt",
                               "nichts verändert", f"Neueste Sicherung: {backup}",
                               "tägliche Sicherung")
    assert digest(demo_db) == damaged  # opening did not touch it

    command = stderr.split("Wiederherstellen mit: ")[1].split(" – ")[0]
    argv = shlex.split(command)
    assert argv[0] == "kimboard" and argv[-1] == "--yes"
    restored = kimboard_run(*argv[3:], db=Path(argv[2]))
    assert restored.returncode == 0, restored.stderr
    assert site_codes(demo_db) == codes
    check = kimboard_run("check", db=demo_db)
    assert check.returncode == 0 and "in Ordnung" in check.stdout
    kept = list(demo_db.parent.glob("kimboard-ersetzt-*.sqlite3"))
    assert len(kept) == 1 and digest(kept[0]) == damaged  # the damaged file is kept


def test_damage_found_later_also_points_to_the_backup(demo_db: Path) -> None:
    with Database.open(demo_db) as db:
        backup = daily_backup(db, keep_days=10)
    _damage_a_page(demo_db)
    result = kimboard_run("check", db=demo_db)
    assert_user_error(result, "beschädigt", f"Neueste Sicherung: {backup}", "restore")


def test_damaged_file_without_backup_says_so(demo_db: Path) -> None:
    _damage_header(demo_db)
    result = kimboard_run("ls", "boards", db=demo_db)
    assert_user_error(result, "beschädigt", "keine kimboard-Sicherung", "IT-Support")


def test_backups_can_be_listed_while_the_database_is_damaged(demo_db: Path) -> None:
    with Database.open(demo_db) as db:
        backup = daily_backup(db, keep_days=10)
    _damage_header(demo_db)
    result = kimboard_run("backups", db=demo_db)
    assert result.returncode == 0, result.stderr
    assert str(backup) in result.stdout and "tägliche Sicherung" in result.stdout


# --------------------------------------------------------------------------- newer kimboard


def test_database_from_a_newer_kimboard_is_refused_and_left_alone(office_db: Path) -> None:
    con = sqlite3.connect(office_db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_aus_der_zukunft'")
    con.close()
    before = digest(office_db)
    result = kimboard_run("stats", db=office_db)
    assert_user_error(result, "neueren kimboard-Version", "9999_aus_der_zukunft",
                      "Bitte kimboard aktualisieren", "unverändert")
    assert "Sicherung" not in result.stderr  # not damaged: no restore offered
    assert digest(office_db) == before


# --------------------------------------------------------------------------- disk full


class _FullDisk:
    """Lets ``budget`` bytes through, then every write fails like a full disk."""

    def __init__(self, budget: int) -> None:
        self.budget = budget

    def take(self, n: int) -> None:
        if n > self.budget:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.budget -= n


def test_disk_full_during_a_bundle_export_leaves_the_old_file_and_no_half_one(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    try:
        cli.build_parser().parse_args(["export", "--site", "X", "-o", "x.kimb"])
    except SystemExit:
        pytest.skip("kimboard export is not there yet")
    out = tmp_path / "versand"
    out.mkdir()
    target = out / "paket.kimb"
    target.write_bytes(b"das Paket von gestern")
    disk = _FullDisk(20_000)
    original = zipfile._ZipWriteFile.write  # type: ignore[attr-defined]

    def write(self, data):  # type: ignore[no-untyped-def]
        disk.take(len(data))
        return original(self, data)

    monkeypatch.setattr(zipfile._ZipWriteFile, "write", write)  # type: ignore[attr-defined]
    code = cli.main(["--db", str(demo_db), "export", "--site", "ABH-MST", "-o", str(target),
                     "--ignore-findings"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "kimboard: Fehler: Auf dem Datenträger ist kein Platz mehr frei" in err
    assert "Bitte Platz schaffen" in err and "No space" not in err
    assert sorted(p.name for p in out.iterdir()) == ["paket.kimb"]  # no temporary file
    assert target.read_bytes() == b"das Paket von gestern"


def test_disk_full_during_a_backup_leaves_no_half_file(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = sqlite_backend.online_backup

    def full_disk(source: Path, target: Path) -> None:
        real(source, target)  # the copy is written …
        with open(target, "ab") as fh:  # … and then the disk is full
            fh.write(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_backend, "online_backup", full_disk)
    target = tmp_path / "sicherungen" / "montag.sqlite3"
    code = cli.main(["--db", str(demo_db), "backup", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"Die Sicherung nach {target} ist fehlgeschlagen: Auf dem Datenträger ist kein " \
           "Platz mehr frei" in err
    assert "keine unvollständige Sicherung" in err
    assert list(target.parent.iterdir()) == []


def test_disk_full_inside_sqlite_is_said_in_german() -> None:
    err = sqlite3.OperationalError("database or disk is full")
    assert diagnose.is_disk_full(err)
    assert diagnose.failure_reason(err) == "Auf dem Datenträger ist kein Platz mehr frei"
    assert diagnose.os_error_text(OSError(errno.EROFS, "Read-only file system")) == \
        "Der Datenträger ist schreibgeschützt"
