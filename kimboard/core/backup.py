"""Consistent copies of a live database, and restoring one in place of the current file."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from kimboard.core import sqlite_backend
from kimboard.core.errors import DatabaseError, KimboardError
from kimboard.paths import unique_path

if TYPE_CHECKING:
    from kimboard.core.db import Database


def _private(path: Path) -> None:
    if os.name == "posix":
        path.chmod(0o600)


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target`` (via a temporary file, then rename)."""
    from kimboard.paths import make_private_dir

    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    try:
        make_private_dir(target.parent)  # inside the try: a folder we may not create is
        tmp.unlink(missing_ok=True)  # a failed backup, not a raw OSError
        sqlite_backend.online_backup(db.path, tmp)
        _private(tmp)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as err:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        from kimboard.core.diagnose import failure_reason

        raise DatabaseError(
            f"Die Sicherung nach {target} ist fehlgeschlagen: {failure_reason(err)}. "
            "Es wurde keine unvollständige Sicherung angelegt.") from err
    return target


def default_backup_name(db_path: Path) -> Path:
    from kimboard.paths import backup_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return unique_path(backup_dir(db_path) / f"{db_path.stem}-{stamp}.sqlite3")


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
    from kimboard.paths import make_private_dir

    try:
        make_private_dir(db_path.parent)
    except OSError as err:
        raise DatabaseError(
            f"Der Datenordner {db_path.parent} kann nicht angelegt werden: {err.strerror}"
        ) from err
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
            from kimboard.core import migrate
            from kimboard.core.check import run_check

            # A backup from an older schema (such as the one written before an update) is
            # fine: bring the staged copy to the current schema first, then check it.
            rev = migrate.check_not_newer(check)
            if rev is not None and rev != migrate.head_revision():
                migrate.upgrade_to(check, "head")
            report = run_check(check)
        finally:
            check.close()
    except KimboardError:
        staged.unlink(missing_ok=True)
        raise
    except SQLAlchemyError as err:
        staged.unlink(missing_ok=True)
        raise DatabaseError(
            f"{source} lässt sich nicht als kimboard-Sicherung verwenden ({err})."
        ) from err
    if not report.ok:
        staged.unlink(missing_ok=True)
        raise DatabaseError(
            "Die Sicherung ist nicht in Ordnung: " + "; ".join(report.problems)
        )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = unique_path(db_path.with_name(f"{db_path.stem}-ersetzt-{stamp}{db_path.suffix}"))
    try:
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
    except OSError as err:  # full disk, file in use (Windows), no permission
        staged.unlink(missing_ok=True)
        from kimboard.core.diagnose import os_error_text

        raise DatabaseError(
            f"Die Sicherung konnte nicht zurückgespielt werden: {os_error_text(err)}. "
            f"Die bisherige Datenbank ist unverändert"
            + (f"; eine Kopie liegt unter {kept}." if kept.exists() else ".")
        ) from err
    return kept
