"""Where the database lives, how it is opened, and what one transaction means."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kimboard import paths
from kimboard.core import sqlite_backend
from kimboard.core.db import Database
from kimboard.core.errors import DatabaseError
from kimboard.core.models import Board, BoardColumn, Site

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --------------------------------------------------------------------------- file permissions


@posix_only
def test_new_database_file_is_private(db: Database) -> None:
    assert _mode(db.path) == 0o600


@posix_only
def test_folder_created_for_the_database_is_private(tmp_path: Path) -> None:
    path = tmp_path / "neu" / "kimboard.sqlite3"
    with Database.open(path):
        pass
    assert _mode(path.parent) == 0o700
    assert _mode(path) == 0o600


@posix_only
def test_existing_loose_database_file_is_made_private(db_path: Path) -> None:
    Database.open(db_path).close()
    db_path.chmod(0o644)
    Database.open(db_path).close()
    assert _mode(db_path) == 0o600


@posix_only
def test_default_data_folder_is_private() -> None:
    path = paths.resolve_db_path(None)
    with Database.open(path):
        pass
    assert _mode(paths.data_dir()) == 0o700


# --------------------------------------------------------------------------- connection settings


def test_connections_use_wal_foreign_keys_and_busy_timeout(db: Database) -> None:
    for engine in (db.engine, db._write_engine):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert (
                conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
                == sqlite_backend.BUSY_TIMEOUT_MS
            )
    with db.session() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_database_stays_in_wal_mode_after_reopen(db_path: Path) -> None:
    Database.open(db_path).close()
    # WAL is recorded in the file header (bytes 18/19 == 2), not only per connection.
    assert db_path.read_bytes()[18:20] == b"\x02\x02"


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(DatabaseError), db.transaction() as s:
        s.add(BoardColumn(board_id=424242, name="Geister", position=0))
        s.flush()


# ------------------------------------------------------------ one operation, one transaction


def _add_site(session, code: str) -> Site:  # type: ignore[no-untyped-def]
    site = Site(name=f"ABH {code}", short_code=code)
    session.add(site)
    session.flush()
    return site


def test_run_commits_the_operation_and_returns_its_result(db: Database) -> None:
    site_id = db.run(lambda s: _add_site(s, "OK").id)
    with db.session() as s:
        assert s.get(Site, site_id).short_code == "OK"


def test_run_rolls_back_everything_when_the_operation_raises(db: Database) -> None:
    class Boom(Exception):
        pass

    def op(session):  # type: ignore[no-untyped-def]
        site = _add_site(session, "ROLL")
        session.add(Board(site=site, name="Board 1"))
        session.flush()  # written to the file's transaction already ...
        session.execute(text("UPDATE goal_areas SET name = 'kaputt'"))
        raise Boom  # ... and all of it must go

    with pytest.raises(Boom):
        db.run(op)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 0
        assert s.scalar(select(func.count()).select_from(Board)) == 0
        assert "kaputt" not in set(s.scalars(text("SELECT name FROM goal_areas")))
    # The database is still usable afterwards.
    db.run(lambda s: _add_site(s, "NEXT"))


def test_read_session_does_not_keep_changes(db: Database) -> None:
    with db.session() as s:
        _add_site(s, "READ")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 0


# --------------------------------------------------------------------------- where the file is


def test_db_option_beats_environment_and_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "env.sqlite3"))
    assert paths.resolve_db_path(tmp_path / "cli.sqlite3") == (tmp_path / "cli.sqlite3").resolve()


def test_environment_beats_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "env.sqlite3"))
    assert paths.resolve_db_path(None) == (tmp_path / "env.sqlite3").resolve()


def test_default_is_under_xdg_data_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    xdg = Path(os.environ["XDG_DATA_HOME"])
    if sys.platform.startswith("linux"):
        assert paths.resolve_db_path(None) == xdg / "kimboard" / paths.DB_FILE_NAME
    assert paths.resolve_db_path(None).name == paths.DB_FILE_NAME


def test_relative_and_home_paths_are_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.resolve_db_path("rel/k.sqlite3") == tmp_path / "rel" / "k.sqlite3"
    assert paths.resolve_db_path("~/k.sqlite3") == tmp_path / "home" / "k.sqlite3"
    monkeypatch.setenv(paths.ENV_DB, "~/env.sqlite3")
    assert paths.resolve_db_path(None) == tmp_path / "home" / "env.sqlite3"


def test_empty_values_fall_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DB, "")
    assert paths.resolve_db_path("") == paths.default_db_path()


def test_backups_live_beside_the_database(tmp_path: Path) -> None:
    assert paths.backup_dir(tmp_path / "k.sqlite3") == tmp_path / "backups"


# --------------------------------------------------------------------------- locking


def test_write_while_another_program_holds_the_lock_fails_in_german(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_backend, "BUSY_TIMEOUT_MS", 200)
    first = Database.open(db_path)
    other = Database.open(db_path)
    try:
        with other.transaction() as held:
            _add_site(held, "HOLD")  # BEGIN IMMEDIATE: the write lock is taken
            started = time.monotonic()
            with pytest.raises(DatabaseError) as info:
                first.run(_add_site, "WAIT")
            waited = time.monotonic() - started
        assert "gesperrt" in str(info.value)
        assert 0.15 <= waited < 2.5  # it waited for the busy timeout, not forever
        # Once the other side is done, the write goes through.
        first.run(_add_site, "AFTER")
        with first.session() as s:
            codes = set(s.scalars(select(Site.short_code)))
        assert codes == {"HOLD", "AFTER"}
    finally:
        other.close()
        first.close()


def test_reading_while_another_program_writes_is_not_blocked(db_path: Path) -> None:
    first = Database.open(db_path)
    other = Database.open(db_path)
    try:
        with other.transaction() as held:
            _add_site(held, "HOLD")
            with first.session() as s:  # WAL: readers see the last committed state
                assert s.scalar(select(func.count()).select_from(Site)) == 0
    finally:
        other.close()
        first.close()


def test_run_tries_again_when_the_lock_stayed_taken(db, monkeypatch) -> None:  # noqa: ANN001
    """Another process writing longer than the busy timeout: the op is simply run again."""
    import contextlib

    import sqlalchemy.exc

    from kimboard.core import db as db_mod
    from kimboard.core.errors import DatabaseError

    real = db_mod.Database.transaction
    failures = iter([True, True])

    @contextlib.contextmanager
    def flaky(self):  # noqa: ANN001, ANN202
        if next(failures, False):
            cause = sqlalchemy.exc.OperationalError("BEGIN", {}, Exception("database is locked"))
            raise DatabaseError("Die Datenbank ist gesperrt.") from cause
        with real(self) as s:
            yield s

    monkeypatch.setattr(db_mod.Database, "transaction", flaky)
    calls: list[int] = []
    assert db.run(lambda s: calls.append(1) or 42) == 42
    assert calls == [1]

    def always_locked(self):  # noqa: ANN001, ANN202
        cause = sqlalchemy.exc.OperationalError("BEGIN", {}, Exception("database is locked"))
        raise DatabaseError("Die Datenbank ist gesperrt.") from cause

    monkeypatch.setattr(db_mod.Database, "transaction", contextlib.contextmanager(
        lambda self: (yield always_locked(self))))
    with pytest.raises(DatabaseError, match="gesperrt"):
        db.run(lambda s: None)
