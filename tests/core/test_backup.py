"""Backups of a live database and restoring one in place of the current file."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from kimboard import paths
from kimboard.core import backup, migrate
from kimboard.core.db import Database
from kimboard.core.errors import DatabaseError, DatabaseTooNew
from kimboard.core.models import Site

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _add_site(session, code: str) -> None:  # type: ignore[no-untyped-def]
    session.add(Site(name=f"ABH {code}", short_code=code))


def _site_codes_in_file(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT short_code FROM sites")}
    finally:
        con.close()


def _site_codes(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Site.short_code)))


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder (recursively) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def closed_db(db_path: Path) -> Path:
    """A closed kimboard database holding the site "ALT"."""
    with Database.open(db_path) as database:
        database.run(_add_site, "ALT")
    return db_path


def _kimboard_file(folder: Path, code: str) -> Path:
    """A backup file of another kimboard database holding the site ``code``."""
    folder.mkdir(parents=True, exist_ok=True)
    with Database.open(folder / "quelle.sqlite3") as other:
        other.run(_add_site, code)
        return backup.backup_to(other, folder / f"sicherung-{code}.sqlite3")


# --------------------------------------------------------------------------- backup_to


def test_backup_contains_a_row_committed_just_before_while_still_in_the_wal(
    db: Database, tmp_path: Path
) -> None:
    db.run(_add_site, "FRISCH")
    wal = Path(str(db.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # not checkpointed yet
    assert b"FRISCH" not in db.path.read_bytes()

    target = backup.backup_to(db, tmp_path / "out" / "sicherung.sqlite3")

    assert target == tmp_path / "out" / "sicherung.sqlite3"
    assert _site_codes_in_file(target) == {"FRISCH"}
    # The copy stands on its own: no WAL needed, readable as a plain file.
    assert not Path(str(target) + "-wal").exists()
    con = sqlite3.connect(target)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrate.head_revision()
        )
    finally:
        con.close()


def test_backup_leaves_out_uncommitted_changes(db: Database, tmp_path: Path) -> None:
    db.run(_add_site, "FEST")
    with db.transaction() as s:
        _add_site(s, "OFFEN")
        s.flush()
        target = backup.backup_to(db, tmp_path / "mitten.sqlite3")
    assert _site_codes_in_file(target) == {"FEST"}


@posix_only
def test_backup_file_and_folder_are_private(db: Database, tmp_path: Path) -> None:
    target = backup.backup_to(db, paths.backup_dir(db.path) / "s.sqlite3")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_backup_leaves_no_part_file(db: Database, tmp_path: Path) -> None:
    backup.backup_to(db, tmp_path / "b" / "s.sqlite3")
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["s.sqlite3"]


def test_backup_overwrites_an_older_backup_of_the_same_name(
    db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "s.sqlite3"
    backup.backup_to(db, target)
    db.run(_add_site, "ZWEI")
    backup.backup_to(db, target)
    assert _site_codes_in_file(target) == {"ZWEI"}


def test_failed_backup_raises_german_error_and_leaves_no_part_file(
    db: Database, tmp_path: Path
) -> None:
    blocker = tmp_path / "ist-eine-datei"
    blocker.write_text("x")
    with pytest.raises(DatabaseError) as info:
        backup.backup_to(db, blocker / "s.sqlite3")
    assert "Sicherung" in str(info.value)
    assert blocker.read_text() == "x"
    assert not list(tmp_path.rglob("*.part"))


def test_default_backup_name_is_in_the_backup_folder(db_path: Path) -> None:
    name = backup.default_backup_name(db_path)
    assert name.parent == paths.backup_dir(db_path)
    assert name.name.startswith(db_path.stem + "-") and name.suffix == ".sqlite3"


# --------------------------------------------------------------------------- restore_from


def test_restore_replaces_the_database_and_keeps_the_old_one(
    closed_db: Path, tmp_path: Path
) -> None:
    source = _kimboard_file(tmp_path / "anderswo", "NEU")
    source_bytes = source.read_bytes()

    kept = backup.restore_from(closed_db, source)

    assert kept != closed_db and kept.parent == closed_db.parent
    assert kept.is_file()
    assert _site_codes_in_file(kept) == {"ALT"}
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert stat.S_IMODE(closed_db.stat().st_mode) == 0o600
    assert source.read_bytes() == source_bytes  # the backup itself is not touched
    assert not closed_db.with_name(closed_db.name + ".restore").exists()

    with Database.open(closed_db) as restored:
        assert _site_codes(restored) == {"NEU"}
        restored.run(_add_site, "DANACH")  # and it is writable
        assert _site_codes(restored) == {"NEU", "DANACH"}


def test_restore_when_no_database_exists_yet(tmp_path: Path) -> None:
    source = _kimboard_file(tmp_path / "quelle", "NEU")
    target = tmp_path / "leer" / "kimboard.sqlite3"
    target.parent.mkdir()
    backup.restore_from(target, source)
    with Database.open(target) as restored:
        assert _site_codes(restored) == {"NEU"}


def test_restore_of_a_backup_made_before_a_schema_update(db_path: Path, tmp_path: Path) -> None:
    """The automatic "vor-update" backups are at an older revision and must be restorable."""
    with Database.open(db_path, migrate=False) as old:
        migrate.upgrade_to(old, "0001")
        with old.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO sites (name, short_code, region, is_local, uuid, created_at, "
                "updated_at) VALUES ('ABH Alt', 'V1', '', 1, 'u-v1', '2025-01-01 00:00:00', "
                "'2025-01-01 00:00:00')"
            )
    with Database.open(db_path) as upgraded:
        pre_update = upgraded.migration_backup
        upgraded.run(_add_site, "SPAETER")
    assert pre_update is not None

    backup.restore_from(db_path, pre_update)

    with Database.open(db_path) as restored:
        assert _site_codes(restored) == {"V1"}
        with restored.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()


def _assert_refused_and_untouched(
    closed_db: Path, source: Path, error: type[Exception] = DatabaseError
) -> DatabaseError:
    before = _snapshot(closed_db.parent)
    with pytest.raises(error) as info:
        backup.restore_from(closed_db, source)
    after = _snapshot(closed_db.parent)
    assert after == before  # nothing replaced, nothing kept, no staging file left over
    with Database.open(closed_db) as still:
        assert _site_codes(still) == {"ALT"}
    return info.value  # type: ignore[return-value]


def test_restore_refuses_a_missing_file(closed_db: Path, tmp_path: Path) -> None:
    err = _assert_refused_and_untouched(closed_db, tmp_path / "gibt-es-nicht.sqlite3")
    assert "gibt es nicht" in str(err)


def test_restore_refuses_a_folder(closed_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ordner"
    folder.mkdir()
    _assert_refused_and_untouched(closed_db, folder)


@pytest.mark.parametrize(
    "content", [b"Das ist nur ein Text.\n" * 100, os.urandom(8192)], ids=["text", "random"]
)
def test_restore_refuses_a_file_that_is_not_a_database(
    closed_db: Path, tmp_path: Path, content: bytes
) -> None:
    other = tmp_path / "elsewhere" / "notiz.sqlite3"
    other.parent.mkdir()
    other.write_bytes(content)
    err = _assert_refused_and_untouched(closed_db, other)
    assert not isinstance(err, sqlite3.Error)
    assert other.read_bytes() == content


def test_restore_refuses_a_database_of_another_program(closed_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "rezepte.sqlite3"
    other.parent.mkdir()
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    err = _assert_refused_and_untouched(closed_db, other)
    assert "keine kimboard-Datenbank" in str(err)


def test_restore_refuses_an_empty_sqlite_file(closed_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "leer.sqlite3"
    other.parent.mkdir()
    sqlite3.connect(other).close()
    _assert_refused_and_untouched(closed_db, other)


def test_restore_refuses_a_backup_from_a_newer_kimboard(closed_db: Path, tmp_path: Path) -> None:
    source = _kimboard_file(tmp_path / "zukunft", "NEU")
    con = sqlite3.connect(source)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    err = _assert_refused_and_untouched(closed_db, source, DatabaseTooNew)
    assert "neueren kimboard-Version" in str(err)


def test_restore_refuses_the_database_itself(closed_db: Path) -> None:
    err = _assert_refused_and_untouched(closed_db, closed_db)
    assert "aktuelle Datenbank selbst" in str(err)
    roundabout = closed_db.parent / "x" / ".." / closed_db.name
    _assert_refused_and_untouched(closed_db, roundabout)


def test_restore_refuses_a_corrupt_kimboard_backup(closed_db: Path, tmp_path: Path) -> None:
    source = _kimboard_file(tmp_path / "kaputt", "NEU")
    con = sqlite3.connect(source)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute(
        "INSERT INTO boards (site_id, name, description, mode, next_card_number, version, uuid, "
        "created_at, updated_at) VALUES (999, 'Waise', '', 'kanban', 1, 1, 'u-waise', "
        "'2025-01-01', '2025-01-01')"
    )
    con.commit()
    con.close()
    err = _assert_refused_and_untouched(closed_db, source)
    assert "Fremdschlüssel" in str(err)


def test_restore_that_cannot_replace_the_file_says_so_and_changes_nothing(
    closed_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E.g. Windows refuses to replace a file another program has open."""
    import errno

    source = _kimboard_file(tmp_path / "anderswo", "NEU")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Zugriff verweigert")

    monkeypatch.setattr(backup.os, "replace", refuse)
    with pytest.raises(DatabaseError, match="nicht zurückgespielt"):
        backup.restore_from(closed_db, source)
    assert not closed_db.with_name(closed_db.name + ".restore").exists()
    monkeypatch.undo()
    with Database.open(closed_db) as still:
        assert _site_codes(still) == {"ALT"}
