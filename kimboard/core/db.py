"""Opening a kimboard database and running one operation in one transaction.

``Database`` owns the engine. Reads use :meth:`Database.session`; every mutating operation
runs through :meth:`Database.run`, which opens a write transaction (BEGIN IMMEDIATE on
SQLite), calls the operation and commits — or rolls everything back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import create_engine, exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kimboard.core import guard, search, sqlite_backend
from kimboard.core.errors import ConflictError, DatabaseError, KimboardError

P = ParamSpec("P")
T = TypeVar("T")


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600) before SQLite touches them."""
    from kimboard.paths import make_private_dir

    make_private_dir(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix" and path.is_file():  # never chmod a folder given as --db
        path.chmod(0o600)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    sqlite_backend.install(engine)
    return engine


def translate_db_error(err: Exception, path: Path | None = None) -> KimboardError:
    """A German message for what SQLite or the driver reported."""
    msg = str(getattr(err, "orig", err)).lower()
    where = f" ({path})" if path else ""
    if "locked" in msg or "busy" in msg:
        return DatabaseError(
            "Die Datenbank ist gerade von einem anderen Programm gesperrt"
            f"{where}. Bitte einen Moment warten und erneut versuchen."
        )
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return DatabaseError(
            f"Die Datei ist keine gültige kimboard-Datenbank oder beschädigt{where}."
        )
    if "disk" in msg and ("full" in msg or "i/o" in msg):
        return DatabaseError(
            f"Auf dem Datenträger ist kein Platz mehr oder er ist nicht erreichbar{where}. "
            "Die letzte Änderung wurde nicht gespeichert."
        )
    if "readonly" in msg or "read-only" in msg:
        return DatabaseError(f"Die Datenbank kann nicht beschrieben werden (nur lesbar){where}.")
    if "unable to open" in msg:
        return DatabaseError(f"Die Datenbank kann nicht geöffnet werden{where}.")
    return DatabaseError(f"Datenbankfehler{where}: {getattr(err, 'orig', err)}")


#: How often :meth:`Database.run` tries again after waiting a busy timeout for the lock.
LOCK_RETRIES = 3


def _is_locked(err: BaseException | None) -> bool:
    text = str(getattr(err, "orig", err) or "").lower()
    return "database is locked" in text or "database table is locked" in text


class Database:
    """An open kimboard database, migrated to the current schema."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(kimboard_write=True)
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        search.install(self._write_sessions)
        guard.install(self._write_sessions)
        #: Backup written before a migration in this run, if any.
        self.migration_backup: Path | None = None

    @classmethod
    def open(cls, path: Path | str, *, migrate: bool = True) -> Database:
        """Open (and create) a database; upgrade its schema unless ``migrate`` is False."""
        from kimboard.core import migrate as migrate_mod
        from kimboard.core import seed

        path = Path(path)
        try:
            _prepare_file(path)
        except OSError as err:
            raise DatabaseError(
                f"Der Datenordner kann nicht angelegt werden ({path.parent}): {err.strerror}"
            ) from err
        engine = make_engine(path)
        db = cls(path, engine)
        try:
            # Refuse a foreign or too-new file before anything (even WAL) is written to it.
            migrate_mod.check_not_newer(db)
            sqlite_backend.enable_wal(engine)
            if migrate:
                db.migration_backup = migrate_mod.ensure_current(db)
                db.run(seed.ensure_reference_data)
        except KimboardError:
            engine.dispose()
            raise
        except (exc.DBAPIError, sqlite3.Error) as err:  # sqlite3: from enable_wal's raw conn
            engine.dispose()
            raise translate_db_error(err, path) from err
        return db

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A read session (its transaction is rolled back at the end)."""
        with self._read_sessions() as s:
            try:
                yield s
            except exc.DBAPIError as err:
                raise translate_db_error(err, self.path) from err
            finally:
                s.rollback()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session: commits when the block ends normally, else rolls back."""
        with self._write_sessions() as s:
            try:
                with s.begin():
                    yield s
            except StaleDataError as err:
                raise ConflictError(
                    "Jemand anderes hat diesen Eintrag inzwischen geändert. "
                    "Bitte neu laden und die Änderung wiederholen."
                ) from err
            except exc.DBAPIError as err:
                raise translate_db_error(err, self.path) from err

    def run(self, op: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run one core operation ``op(session, *args, **kwargs)`` in one transaction.

        When another process holds the write lock longer than the busy timeout (a large
        import), the whole operation is tried again a few times: it was rolled back, so
        running it again is safe, and the user never sees "gesperrt" for a moment's overlap.
        """
        for attempt in range(LOCK_RETRIES + 1):
            try:
                with self.transaction() as s:
                    return op(s, *args, **kwargs)
            except DatabaseError as err:
                if attempt == LOCK_RETRIES or not _is_locked(err.__cause__):
                    raise
        raise AssertionError("unreachable")  # pragma: no cover
