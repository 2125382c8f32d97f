"""Where kimboard keeps its data: platformdirs locations, overridden by --db or KIMBOARD_DB."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kimboard import APP_NAME

ENV_DB = "KIMBOARD_DB"
DB_FILE_NAME = "kimboard.sqlite3"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` beats ``KIMBOARD_DB`` beats the platformdirs default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser().resolve()
    return default_db_path()


def backup_dir(db_path: Path) -> Path:
    """Backups live beside the database they protect."""
    return db_path.parent / "backups"


def make_private_dir(path: Path) -> None:
    """Create a folder only the user can read (0700 where the OS has modes)."""
    existed = path.exists()
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and (not existed or path == data_dir() or path.name == "backups"):
        path.chmod(0o700)


def unique_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext`` … if it exists (backups never overwrite)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


# --------------------------------------------------------------------------- the open window


def instance_key(db_path: Path | str) -> str:
    """The same for the same user and database file, whichever way the path was written.
    Names the lock and the local socket of the window that has this database open."""
    import getpass
    import hashlib

    path = os.path.normcase(str(Path(db_path).expanduser().resolve()))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name known (containers): the numeric id will do
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{path}".encode()).hexdigest()[:24]
    return f"kimboard-{digest}"


def instance_lock_path(db_path: Path | str) -> Path:
    """The lock file (Qt's ``QLockFile``) of the window that has ``db_path`` open."""
    import tempfile

    return Path(tempfile.gettempdir()) / f"{instance_key(db_path)}.lock"


def window_process(db_path: Path | str) -> int | None:
    """The process id of a kimboard window that has ``db_path`` open, else None.

    Reads the window's ``QLockFile`` without Qt (first line: the process id). A lock left by
    a crashed window does not count: on POSIX Qt holds an ``flock`` on the file while the
    window lives (probed here; a reused process id cannot fool it), on Windows it keeps the
    file open without write sharing. Only the same user's windows are seen (the lock lives in
    that user's temporary folder).
    """
    lock = instance_lock_path(db_path)
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()
        pid = int(first)
    except (OSError, ValueError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    if os.name == "nt":
        try:
            with open(lock, "r+b"):
                return None  # nobody holds it open: stale
        except PermissionError:
            return pid
        except OSError:
            return None
    held = _flock_held(lock)
    if held is not None:
        return pid if held else None
    try:  # no flock on this file system: is the process still there?
        os.kill(pid, 0)
    except OSError:  # gone, or someone else's process with that id: not our window
        return None
    return pid


def _flock_held(lock: Path) -> bool | None:
    """Whether another process holds an ``flock`` on ``lock`` (None: cannot tell)."""
    import errno
    import fcntl

    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as err:
        if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return True
        return None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)

