"""Automatic daily backups of the database, their rotation, and the list of all backups.

Where backups live: the folder ``backups`` beside the database (:func:`kimboard.paths.backup_dir`,
mode 0700). kimboard writes three kinds there, each a consistent online copy made by
:func:`kimboard.core.backup.backup_to` (SQLite's backup API, WAL folded in, mode 0600):

- **daily**: ``<name>-taeglich-<YYYY-MM-DD>.sqlite3``, at most one per local calendar day,
  written by :func:`daily_backup` (the window runs it after start, ``kimboard backup --daily``
  from a scheduled task). Daily backups older than the configured number of days are deleted
  by :func:`rotate_daily` — only files whose name matches that pattern exactly, never anything
  else in the folder;
- **before an update**: ``<name>-vor-update-<revision>-<YYYYMMDD-HHMMSS>.sqlite3``, written by
  :mod:`kimboard.core.migrate` before the schema changes; kept until someone deletes them;
- **manual**: ``<name>-<YYYYMMDD-HHMMSS>.sqlite3``, the suggested name of "Sicherung erstellen"
  and ``kimboard backup``; kept until someone deletes them.

A restore keeps the file it replaced beside the database as ``<name>-ersetzt-<stamp>.sqlite3``;
:func:`list_backups` lists those too (kind ``replaced``), so a restore can be undone.

Qt-free: the window and the command line both call this.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kimboard.core.errors import DatabaseError
from kimboard.paths import backup_dir

if TYPE_CHECKING:
    from kimboard.core.db import Database

#: Used when nobody configured a retention (the window's setting has the same default).
DEFAULT_KEEP_DAYS = 10
#: The word in the file name of a daily backup.
DAILY_TAG = "taeglich"
BACKUP_SUFFIX = ".sqlite3"


class BackupKind(enum.StrEnum):
    DAILY = "daily"
    MIGRATION = "migration"
    MANUAL = "manual"
    REPLACED = "replaced"


#: German names of the kinds, as the command line and the window show them.
KIND_LABELS = {
    BackupKind.DAILY: "tägliche Sicherung",
    BackupKind.MIGRATION: "vor einem Update",
    BackupKind.MANUAL: "manuelle Sicherung",
    BackupKind.REPLACED: "vor einer Wiederherstellung ersetzt",
}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    kind: BackupKind
    #: When the copy was made (local time): from the file name, else the file's mtime.
    created: dt.datetime
    size: int

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


# --------------------------------------------------------------------------- names


def daily_backup_path(db_path: Path, day: dt.date) -> Path:
    return backup_dir(Path(db_path)) / f"{Path(db_path).stem}-{DAILY_TAG}-{day.isoformat()}" \
        f"{BACKUP_SUFFIX}"


def _patterns(db_path: Path) -> dict[BackupKind, re.Pattern[str]]:
    stem = re.escape(db_path.stem)
    suffix = re.escape(BACKUP_SUFFIX)
    stamp = r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?"
    return {
        BackupKind.DAILY: re.compile(
            rf"^{stem}-{DAILY_TAG}-(?P<day>\d{{4}}-\d{{2}}-\d{{2}}){suffix}$"),
        BackupKind.MIGRATION: re.compile(rf"^{stem}-vor-update-.+-{stamp}{suffix}$"),
        BackupKind.MANUAL: re.compile(rf"^{stem}-{stamp}{suffix}$"),
        BackupKind.REPLACED: re.compile(
            rf"^{stem}-ersetzt-{stamp}{re.escape(db_path.suffix)}$"),
    }


def _daily_day(db_path: Path, name: str) -> dt.date | None:
    match = _patterns(db_path)[BackupKind.DAILY].match(name)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match["day"])
    except ValueError:
        return None


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _info(db_path: Path, path: Path) -> BackupInfo | None:
    patterns = _patterns(db_path)
    folder = backup_dir(db_path)
    candidates = (
        (BackupKind.DAILY, BackupKind.MIGRATION, BackupKind.MANUAL) if path.parent == folder
        else (BackupKind.REPLACED,)
    )
    for kind in candidates:
        match = patterns[kind].match(path.name)
        if match is None:
            continue
        try:
            size = path.stat().st_size
            mtime = _mtime(path)
        except OSError:
            return None
        created = mtime
        if kind is BackupKind.DAILY:
            day = _daily_day(db_path, path.name)
            if day is None:
                return None
            if mtime.date() != day:  # copied or touched later: the name says the day
                created = dt.datetime.combine(day, dt.time())
        else:
            with contextlib.suppress(ValueError):
                created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        return BackupInfo(path, kind, created, size)
    return None


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """kimboard's backups of this database, newest first.

    Daily, pre-update and manual ones from the ``backups`` folder (only names kimboard gives
    them; a copy saved under another name is not listed), and the files a restore replaced.
    """
    db_path = Path(db_path)
    found: list[BackupInfo] = []
    folders = [backup_dir(db_path), db_path.parent]
    for folder in folders:
        if not folder.is_dir():
            continue
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if not path.name.startswith(db_path.stem + "-") or not path.is_file():
                continue
            info = _info(db_path, path)
            if info is not None:
                found.append(info)
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def latest_backup(db_path: Path | str) -> BackupInfo | None:
    """The newest backup from the ``backups`` folder (never a file a restore replaced: that
    may be the very file that was damaged)."""
    return next((b for b in list_backups(db_path) if b.kind is not BackupKind.REPLACED), None)


# --------------------------------------------------------------------------- daily backup


def _today(now: dt.datetime | None) -> dt.date:
    return (now if now is not None else dt.datetime.now()).date()


def daily_backup(db: Database, *, keep_days: int | None,
                 now: dt.datetime | None = None) -> Path | None:
    """Write today's backup unless there is one; then delete daily backups ``keep_days`` days
    old or older (None: delete nothing). Returns the file written, or None when today's
    existed already.

    ``now`` is local time (for tests). The copy is written under a temporary name of its own
    and renamed when complete, so two programs doing this at once never mix their writes and
    a crash leaves no half file under the final name. Old backups are only deleted after
    today's exists: a failed backup never costs an old one.
    """
    if keep_days is not None and keep_days < 1:
        raise ValueError("keep_days must be at least 1")
    from kimboard.core.backup import backup_to

    today = _today(now)
    target = daily_backup_path(db.path, today)
    written: Path | None = None
    if not target.exists():
        tmp = target.with_name(
            f".{target.stem}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            backup_to(db, tmp)  # its own ".part" first, mode 0600, then renamed to tmp
            try:
                os.replace(tmp, target)
            except OSError as err:
                from kimboard.core.diagnose import os_error_text

                raise DatabaseError(
                    f"Die tägliche Sicherung nach {target} ist fehlgeschlagen: "
                    f"{os_error_text(err)}") from err
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        written = target
    if keep_days is not None:
        rotate_daily(db.path, keep_days=keep_days, today=today)
    return written


def expired_daily_backups(db_path: Path | str, *, keep_days: int,
                          today: dt.date) -> list[Path]:
    """Daily backups of this database that are ``keep_days`` days old or older."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    cutoff = today - dt.timedelta(days=keep_days)
    expired = []
    for path in folder.iterdir():
        day = _daily_day(db_path, path.name)
        if day is not None and day <= cutoff and path.is_file():
            expired.append(path)
    return sorted(expired)


def rotate_daily(db_path: Path | str, *, keep_days: int, today: dt.date) -> list[Path]:
    """Delete the daily backups older than ``keep_days`` days, and leftovers of interrupted
    daily backups from earlier days. Returns the backups deleted.

    Only kimboard's own daily files of this database are touched (exact name pattern); other
    backups and any other file in the folder stay.
    """
    if keep_days < 1:
        raise ValueError("keep_days must be at least 1")
    db_path = Path(db_path)
    deleted: list[Path] = []
    errors: list[str] = []
    for path in expired_daily_backups(db_path, keep_days=keep_days, today=today):
        try:
            path.unlink()
            deleted.append(path)
        except FileNotFoundError:  # another kimboard deleted it just now
            continue
        except OSError as err:
            errors.append(f"{path.name}: {err.strerror or err}")
    _remove_stale_temporaries(db_path, today)
    if errors:
        raise DatabaseError(
            "Alte tägliche Sicherungen konnten nicht gelöscht werden: " + "; ".join(errors))
    return deleted


def _remove_stale_temporaries(db_path: Path, today: dt.date) -> None:
    """``.<name>-taeglich-<day>.<pid>-<hex>.tmp[.part]`` left by a crash on an earlier day
    (today's may belong to a backup running right now in another program)."""
    folder = backup_dir(db_path)
    pattern = re.compile(
        rf"^\.{re.escape(db_path.stem)}-{DAILY_TAG}-(?P<day>\d{{4}}-\d{{2}}-\d{{2}})"
        r"\.\d+-[0-9a-f]+\.tmp(?:\.part)?$")
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = pattern.match(path.name)
            if match is None:
                continue
            try:
                stale = dt.date.fromisoformat(match["day"]) < today
            except ValueError:
                stale = False
            if stale:
                with contextlib.suppress(OSError):
                    path.unlink()
