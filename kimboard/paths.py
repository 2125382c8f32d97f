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
