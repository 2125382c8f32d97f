"""Schema migrations: Alembic history, models vs. DDL, and what happens when a file is opened.

The pytest-alembic built-in tests (single head, upgrade, models match DDL, up/down) run on a
fresh SQLite file through the same programmatic Alembic config the app uses.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

# The runner fixture is imported so these tests also work with the plugin disabled
# (``-p no:pytest_alembic``; its file collector crashes under pytest 9).
from pytest_alembic.plugin.fixtures import alembic_runner  # noqa: F401
from pytest_alembic.tests import (
    test_model_definitions_match_ddl,  # noqa: F401  (collected as a test here)
    test_single_head_revision,  # noqa: F401
    test_up_down_consistency,  # noqa: F401
    test_upgrade,  # noqa: F401
)
from sqlalchemy import Connection, func, select, text

from kimboard import paths
from kimboard.core import migrate, search, seed
from kimboard.core.db import Database, make_engine
from kimboard.core.errors import DatabaseError, DatabaseTooNew
from kimboard.core.models import Base, GoalArea, RetroPrompt, RetroTemplate

# --------------------------------------------------------------------------- pytest-alembic


@pytest.fixture
def alembic_config():  # type: ignore[no-untyped-def]
    return migrate.alembic_config()


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Connection]:
    # Our env.py runs on a Connection handed over in config.attributes (alembic refuses an
    # Engine there), so pytest-alembic gets a connection with kimboard's own pragmas.
    engine = make_engine(tmp_path / "alembic.sqlite3")
    conn = engine.connect()
    try:
        yield conn
    finally:
        conn.close()
        engine.dispose()


# --------------------------------------------------------------------------- helpers


def _revision_of(path: Path) -> str | None:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        con.close()
    return rows[0][0] if rows else None


def _tables_of(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


_NOW = "2025-03-01 10:00:00.000000"


def _insert_rev_0001_data(conn: Connection) -> None:
    """A site, a board, a column, two cards and a comment, written with plain SQL."""
    common = {"now": _NOW}
    conn.execute(
        text(
            "INSERT INTO sites (id, name, short_code, region, is_local, uuid, created_at, "
            "updated_at) VALUES (1, 'ABH Musterstadt', 'MST', '', 1, 'site-1', :now, :now)"
        ),
        common,
    )
    conn.execute(
        text(
            "INSERT INTO boards (id, site_id, name, description, mode, next_card_number, "
            "version, uuid, created_at, updated_at) "
            "VALUES (1, 1, 'Team Einbürgerung', '', 'kanban', 3, 1, 'board-1', :now, :now)"
        ),
        common,
    )
    conn.execute(
        text(
            "INSERT INTO board_columns (id, board_id, name, position, kind, wip_mode, version, "
            "uuid, created_at, updated_at) "
            "VALUES (1, 1, 'Offen', 0, 'todo', 'soft', 1, 'col-1', :now, :now)"
        ),
        common,
    )
    for cid, number, title, desc in (
        (1, 1, "Terminvergabe für Einbürgerung", "Online-Buchung prüfen"),
        (2, 2, "Aktenablage", "Regale in Raum 3"),
    ):
        conn.execute(
            text(
                "INSERT INTO cards (id, board_id, column_id, order_key, number, title, "
                "description, priority, blocked, blocked_reason, version, uuid, created_at, "
                "updated_at) VALUES (:id, 1, 1, :key, :number, :title, :desc, 1, 0, '', 1, "
                ":uuid, :now, :now)"
            ),
            {"id": cid, "key": f"a{cid}", "number": number, "title": title, "desc": desc,
             "uuid": f"card-{cid}", **common},
        )
    conn.execute(
        text(
            "INSERT INTO comments (id, card_id, body, version, uuid, created_at, updated_at) "
            "VALUES (1, 2, 'Schlüssel beim Hausmeister', 1, 'comment-1', :now, :now)"
        ),
        common,
    )


@pytest.fixture
def db_at_0001(db_path: Path) -> Path:
    """A closed database file at revision 0001 with some data in it."""
    database = Database.open(db_path, migrate=False)
    try:
        migrate.upgrade_to(database, "0001")
        with database.engine.begin() as conn:
            _insert_rev_0001_data(conn)
    finally:
        database.close()
    assert _revision_of(db_path) == "0001"
    return db_path


@pytest.fixture
def too_new_db(db_path: Path) -> Path:
    """A kimboard database stamped by an (imaginary) newer kimboard."""
    Database.open(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    return db_path


def _files_beside(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


# --------------------------------------------------------------------------- schema vs. models


def test_migrated_schema_matches_models_apart_from_search_index(db: Database) -> None:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, _p: not (
                    type_ == "table" and name.startswith("card_fts")
                ),
            },
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_autogenerate_env_ignores_fts_shadow_tables(db: Database) -> None:
    """env.py must not offer to drop the FTS5 tables the models know nothing about."""
    assert {"card_fts", "card_fts_data", "card_fts_idx"} <= _tables_of(db.path)
    from alembic import command

    captured: list[bool] = []

    def _check(_ctx, _rev, directives) -> None:  # type: ignore[no-untyped-def]
        captured.append(directives[0].upgrade_ops.is_empty())
        directives[:] = []  # never write a file

    with db.engine.begin() as conn:
        command.revision(
            migrate.alembic_config(conn), autogenerate=True, process_revision_directives=_check
        )
    assert captured == [True]


def test_alembic_history_is_linear() -> None:
    revs = [s.revision for s in migrate.script_directory().walk_revisions()]
    assert revs == ["0005", "0004", "0003", "0002", "0001"]
    assert migrate.head_revision() == "0005"
    # The start-up fast path compares with this constant instead of asking Alembic.
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_opening_a_current_database_does_not_need_alembic(tmp_path: Path) -> None:
    """A database at head opens without importing Alembic (a fresh interpreter proves it);
    an older one is still upgraded (the other tests here)."""
    import subprocess
    import sys

    Database.open(tmp_path / "x.db").close()
    code = ("import sys; from kimboard.core.db import Database; "
            "Database.open(sys.argv[1]).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.db")],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------- new database


def test_new_database_reaches_head_with_reference_data(db: Database) -> None:
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    assert db.migration_backup is None
    with db.session() as s:
        keys = list(s.scalars(select(GoalArea.key).order_by(GoalArea.position)))
        assert keys == [k for k, _n, _d in seed.GOAL_AREAS]
        assert len(keys) == 7
        templates = {
            t.key: t for t in s.scalars(select(RetroTemplate).where(RetroTemplate.builtin))
        }
        assert set(templates) == {t[0] for t in seed.RETRO_TEMPLATES}
        for key, _name, _desc, prompts in seed.RETRO_TEMPLATES:
            assert [p.title for p in templates[key].prompts] == [p[0] for p in prompts]
    assert not paths.backup_dir(db.path).exists()


def test_reference_data_is_not_duplicated_on_reopen(db_path: Path) -> None:
    Database.open(db_path).close()
    with Database.open(db_path) as again, again.session() as s:
        assert s.scalar(select(func.count()).select_from(GoalArea)) == 7
        assert s.scalar(select(func.count()).select_from(RetroTemplate)) == len(
            seed.RETRO_TEMPLATES
        )
        assert s.scalar(select(func.count()).select_from(RetroPrompt)) == sum(
            len(t[3]) for t in seed.RETRO_TEMPLATES
        )


def test_goal_area_uuids_are_the_same_in_every_database(tmp_path: Path) -> None:
    def uuids(path: Path) -> list[str]:
        with Database.open(path) as d, d.session() as s:
            return list(s.scalars(select(GoalArea.uuid).order_by(GoalArea.position)))

    assert uuids(tmp_path / "a.sqlite3") == uuids(tmp_path / "b.sqlite3")


# --------------------------------------------------------------------------- upgrading old data


def test_old_database_is_backed_up_before_upgrade(db_at_0001: Path) -> None:
    with Database.open(db_at_0001) as database:
        backup = database.migration_backup
        assert backup is not None
        assert backup.parent == paths.backup_dir(db_at_0001)
        assert backup.is_file()
        # The backup is the file as it was: old revision, old data, no search index.
        assert _revision_of(backup) == "0001"
        assert "card_fts" not in _tables_of(backup)
        con = sqlite3.connect(backup)
        try:
            titles = {r[0] for r in con.execute("SELECT title FROM cards")}
            comments = [r[0] for r in con.execute("SELECT body FROM comments")]
        finally:
            con.close()
        assert titles == {"Terminvergabe für Einbürgerung", "Aktenablage"}
        assert comments == ["Schlüssel beim Hausmeister"]
        if os.name == "posix":
            assert backup.stat().st_mode & 0o777 == 0o600

        # ... and the database itself is now at head, with the old cards searchable.
        assert _revision_of(db_at_0001) == migrate.head_revision()
        with database.session() as s:
            assert [h.card_id for h in search.search_cards(s, "Einbuergerung")] == [1]
            assert [h.card_id for h in search.search_cards(s, "schluessel")] == [2]
            assert s.scalar(select(func.count()).select_from(GoalArea)) == 7


def test_opening_an_up_to_date_database_makes_no_backup(db_path: Path) -> None:
    Database.open(db_path).close()
    with Database.open(db_path) as again:
        assert again.migration_backup is None
    assert not paths.backup_dir(db_path).exists()


def test_open_without_migrate_leaves_old_revision(db_at_0001: Path) -> None:
    with Database.open(db_at_0001, migrate=False):
        pass
    assert _revision_of(db_at_0001) == "0001"
    assert not paths.backup_dir(db_at_0001).exists()


# --------------------------------------------------------------------------- refusing files


def test_database_from_newer_kimboard_is_refused_and_left_unchanged(too_new_db: Path) -> None:
    before = _files_beside(too_new_db)
    with pytest.raises(DatabaseTooNew) as info:
        Database.open(too_new_db)
    assert "neueren kimboard-Version" in str(info.value)
    assert "9999" in str(info.value)
    after = _files_beside(too_new_db)
    assert after[too_new_db.name] == before[too_new_db.name]
    assert not paths.backup_dir(too_new_db).exists()
    assert _revision_of(too_new_db) == "9999"


def test_newer_database_in_rollback_journal_mode_is_left_byte_for_byte(
    too_new_db: Path,
) -> None:
    """A copy made by a newer kimboard's backup (journal_mode=DELETE) must not be rewritten."""
    con = sqlite3.connect(too_new_db)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = too_new_db.read_bytes()
    with pytest.raises(DatabaseTooNew):
        Database.open(too_new_db)
    assert too_new_db.read_bytes() == before


def test_newer_database_is_refused_without_migrate_too(too_new_db: Path) -> None:
    with pytest.raises(DatabaseTooNew):
        Database.open(too_new_db, migrate=False)


def test_sqlite_file_of_another_program_is_refused(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipes (name) VALUES ('Apfelstrudel')")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        Database.open(db_path)
    assert not isinstance(info.value, DatabaseTooNew)
    assert "keine kimboard-Datenbank" in str(info.value)
    assert _tables_of(db_path) == {"recipes"}
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [os.urandom(4096), b"Einkaufsliste:\n- Milch\n- Brot\n" * 50],
    ids=["random-bytes", "text-file"],
)
def test_non_sqlite_file_gives_a_kimboard_error(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(DatabaseError) as info:
        Database.open(db_path)
    assert not isinstance(info.value, sqlite3.Error)
    assert "keine gültige kimboard-Datenbank" in str(info.value)
    assert db_path.read_bytes() == content
