"""Shared fixtures. Qt runs offscreen; every test gets its own database file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real data: a test that forgets --db gets a throwaway default.
os.environ.pop("KIMBOARD_DB", None)

from kimboard.core.db import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kimboard.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


# --------------------------------------------------------------------------- the demo offices


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test run (checkpointed: one file to copy)."""
    import sqlite3

    from kimboard.core.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Database.open(path) as db:
        db.run(load_demo)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    """A fresh copy of the demo offices for one test."""
    import shutil

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    db = Database.open(path)
    yield db
    db.close()


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    """An empty database: another office's PC."""
    db = Database.open(tmp_path / "other.sqlite3")
    yield db
    db.close()

