"""Fixtures for bundle tests: the demo database built once per session, copied per test."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kimboard.core.db import Database
from kimboard.core.demo import load_demo


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
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
