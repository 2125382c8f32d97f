"""Consistent copies of a live database, and restoring one in place of the current file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from kimboard.core import sqlite_backend
from kimboard.core.errors import DatabaseError, KimboardError

if TYPE_CHECKING:
    from kimboard.core.db import Database


def _private(path: Path) -> None:
    if os.name == "posix":
        path.chmod(0o600)


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target`` (via a temporary file, then rename)."""
    from kimboard.paths import make_private_dir

    target = Path(target)
    make_private_dir(target.parent)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.unlink(missing_ok=True)
        sqlite_backend.online_backup(db.path, tmp)
        _private(tmp)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as err:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"Die Sicherung nach {target} ist fehlgeschlagen: {err}") from err
    return target


def default_backup_name(db_path: Path) -> Path:
    from kimboard.paths import backup_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_dir(db_path) / f"{db_path.stem}-{stamp}.sqlite3"


def restore_from(db_path: Path, source: Path) -> Path:
    """Replace the database at ``db_path`` with ``source``; returns where the old file went.

    The source is checked first (a sound kimboard database, not newer than this program);
    the replaced file is kept beside it as ``…-ersetzt-<zeit>.sqlite3``.
    """
    from kimboard.core.db import Database

    source = Path(source)
    if not source.is_file():
        raise DatabaseError(f"Die Sicherungsdatei {source} gibt es nicht.")
    if source.resolve() == Path(db_path).resolve():
        raise DatabaseError("Die Sicherungsdatei ist die aktuelle Datenbank selbst.")
    staged = db_path.with_name(db_path.name + ".restore")
    staged.unlink(missing_ok=True)
    try:
        sqlite_backend.online_backup(source, staged)
    except sqlite3.Error as err:
        staged.unlink(missing_ok=True)
        raise DatabaseError(
            f"{source} ist keine lesbare kimboard-Sicherung ({err})."
        ) from err
    try:
        check = Database.open(staged, migrate=False)
        try:
            from kimboard.core.check import run_check

            report = run_check(check)
        finally:
            check.close()
    except KimboardError:
        staged.unlink(missing_ok=True)
        raise
    if not report.ok:
        staged.unlink(missing_ok=True)
        raise DatabaseError(
            "Die Sicherung ist nicht in Ordnung: " + "; ".join(report.problems)
        )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}-ersetzt-{stamp}{db_path.suffix}")
    if db_path.exists():  # keep the old file before anything changes
        try:
            sqlite_backend.online_backup(db_path, kept)
        except sqlite3.Error:  # too damaged to read: keep its raw files instead
            shutil.copy2(db_path, kept)
            wal = Path(str(db_path) + "-wal")
            if wal.exists():
                shutil.copy2(wal, Path(str(kept) + "-wal"))
        _private(kept)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
    _private(staged)
    os.replace(staged, db_path)
    return kept
