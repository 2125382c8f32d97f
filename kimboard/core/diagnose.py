"""Why a database cannot be opened or a file cannot be written — in plain German, with what to do.

:func:`explain_open_failure` turns the error of a failed :meth:`Database.open` into the message
the user needs: a folder without write permission, a damaged file (with the newest backup and
how to restore it: :class:`DatabaseDamaged`), or the original error. :func:`os_error_text` says
what an ``OSError`` means (a full disk, missing permissions …) without the system's English.

Qt-free; the command line prints these messages, the window shows them.
"""

from __future__ import annotations

import errno
import os
import shlex
import sqlite3
from pathlib import Path

from kimboard.core.autobackup import BackupInfo, latest_backup
from kimboard.core.errors import DatabaseError, DatabaseTooNew, KimboardError

_OS_TEXTS = {
    errno.ENOSPC: "Auf dem Datenträger ist kein Platz mehr frei",
    errno.EACCES: "Es fehlen die Rechte, die Datei zu lesen oder zu schreiben",
    errno.EPERM: "Es fehlen die Rechte, die Datei zu lesen oder zu schreiben",
    errno.EROFS: "Der Datenträger ist schreibgeschützt",
    errno.ENOENT: "Die Datei oder der Ordner existiert nicht",
    errno.EIO: "Der Datenträger meldet einen Lese- oder Schreibfehler",
}
if hasattr(errno, "EDQUOT"):
    _OS_TEXTS[errno.EDQUOT] = "Der Speicherplatz (Kontingent) auf dem Datenträger ist erschöpft"

#: What the user can do when kimboard may not write where the database is.
_ADVICE = ("Bitte die Schreibrechte vom IT-Support einrichten lassen oder einen anderen "
           "Speicherort wählen (Aufruf mit --db DATEI oder Umgebungsvariable KIMBOARD_DB). "
           "An der Datenbank wurde nichts verändert.")


def os_error_text(err: OSError) -> str:
    """A German sentence (no full stop) for what went wrong, e.g. the disk is full."""
    text = _OS_TEXTS.get(err.errno or -1)
    if text is not None:
        return text
    return f"Systemfehler: {err.strerror or err}"


def is_disk_full(err: BaseException) -> bool:
    """True if ``err`` or an error it was raised from says the disk (or quota) is full."""
    full = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in full:
            return True
        text = str(seen).lower()
        if "database or disk is full" in text:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# --------------------------------------------------------------------------- the data folder


def _writable_dir(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def folder_problem(db_path: Path | str) -> str | None:
    """Why kimboard may not write the database here, or None if it looks fine.

    SQLite needs to create ``<file>-wal`` and ``<file>-shm`` beside the database, so the
    folder itself must be writable, not only the file.
    """
    db_path = Path(db_path)
    folder = db_path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing != folder:
        if existing.is_dir() and not _writable_dir(existing):
            return (f"Der Datenordner {folder} fehlt und kann nicht angelegt werden, weil in "
                    f"{existing} die Schreibrechte fehlen. {_ADVICE}")
        return None
    if not folder.is_dir():
        return f"{folder} ist kein Ordner; dort kann keine Datenbank liegen."
    if not _writable_dir(folder):
        return (f"Der Ordner {folder} ist nicht beschreibbar. kimboard braucht dort "
                f"Schreibrechte: für die Datenbank, ihre Begleitdateien ({db_path.name}-wal, "
                f"{db_path.name}-shm) und die Sicherungen. {_ADVICE}")
    if db_path.exists() and not os.access(db_path, os.W_OK):
        return f"Die Datenbankdatei {db_path} ist schreibgeschützt. {_ADVICE}"
    return None


def _permission_denied(err: BaseException) -> bool:
    denied = {errno.EACCES, errno.EPERM, errno.EROFS}
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in denied:
            return True
        text = str(seen).lower()
        if "readonly database" in text or "read-only" in text:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# --------------------------------------------------------------------------- damaged files


def is_damaged(db_path: Path | str) -> bool:
    """True if the file is there but SQLite calls it no database or malformed.

    Reads only (``mode=ro``); an empty file is a new database, not a damaged one.
    """
    db_path = Path(db_path)
    try:
        if not db_path.is_file() or db_path.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        con = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        text = str(err).lower()
        return any(w in text for w in ("not a database", "malformed", "encrypted", "corrupt"))
    return row is None or str(row[0]) != "ok"


class DatabaseDamaged(DatabaseError):
    """The database file is damaged. ``backup`` is the newest backup to offer, if any."""

    def __init__(self, message: str, db_path: Path, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.db_path = db_path
        self.backup = backup


def quote_path(path: Path) -> str:
    """A path as it can be pasted into the shell."""
    text = str(path)
    if os.name == "nt":
        return f'"{text}"' if " " in text else text
    return shlex.quote(text)


def restore_command(db_path: Path, backup: Path) -> str:
    return f"kimboard --db {quote_path(db_path)} restore {quote_path(backup)} --yes"


def restore_hint(db_path: Path | str) -> str:
    """Which backup to use and the command that restores it (for the command line)."""
    db_path = Path(db_path)
    backup = latest_backup(db_path)
    if backup is None:
        from kimboard.paths import backup_dir

        return (f"Im Ordner {backup_dir(db_path)} gibt es keine kimboard-Sicherung. Bitte beim "
                "IT-Support nach einer Datensicherung der Datei fragen.")
    when = backup.created.strftime("%d.%m.%Y %H:%M")
    return (f"Neueste Sicherung: {backup.path} ({backup.label} vom {when}). Wiederherstellen "
            f"mit: {restore_command(db_path, backup.path)} – die bisherige Datei bleibt dabei "
            "als „…-ersetzt-…“ daneben erhalten.")


def damaged_error(db_path: Path | str) -> DatabaseDamaged:
    db_path = Path(db_path)
    return DatabaseDamaged(
        f"Die Datenbank {db_path} ist beschädigt; an der Datei wurde nichts verändert. "
        f"{restore_hint(db_path)}",
        db_path, latest_backup(db_path))


def explain_db_error(err: Exception, db_path: Path | str) -> KimboardError:
    """Like :func:`kimboard.core.db.translate_db_error`, but a damaged file also gets the
    newest backup and how to restore it (SQLite may notice damage only deep inside)."""
    from kimboard.core.db import translate_db_error

    text = str(getattr(err, "orig", err)).lower()
    if ("malformed" in text or "not a database" in text) and is_damaged(db_path):
        return damaged_error(db_path)
    return translate_db_error(err, Path(db_path))


# --------------------------------------------------------------------------- opening


def explain_open_failure(db_path: Path | str, err: KimboardError) -> KimboardError:
    """The error to show for a failed :meth:`Database.open` of ``db_path``.

    A too-new database keeps its own message; a folder without write permission and a
    damaged file get theirs; anything else stays as it was.
    """
    db_path = Path(db_path)
    if isinstance(err, DatabaseTooNew | DatabaseDamaged):
        return err
    problem = folder_problem(db_path)
    if problem is not None:
        return DatabaseError(problem)
    if _permission_denied(err):
        return DatabaseError(
            f"kimboard darf die Datenbank {db_path} oder ihren Ordner nicht beschreiben. "
            f"{_ADVICE}")
    if is_damaged(db_path):
        return damaged_error(db_path)
    return err


def failure_reason(err: BaseException) -> str:
    """Why writing a file failed, for "… ist fehlgeschlagen: <reason>"."""
    if is_disk_full(err):
        return _OS_TEXTS[errno.ENOSPC]
    if isinstance(err, OSError):
        return os_error_text(err)
    return str(err)
