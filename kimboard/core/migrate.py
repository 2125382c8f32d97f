"""Schema versions: refuse a database from a newer kimboard, back up, then upgrade.

Alembic owns every schema change (``kimboard/core/migrations``); this module decides when to
run it, and writes a backup first whenever an existing database is about to change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from kimboard.core.errors import DatabaseError, DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kimboard.core.db import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")



def _newest_revision_file() -> str:
    """The revision of the newest ``migrations/versions/NNNN_*.py`` (revision ids are the
    file names' numbers; a test checks this equals Alembic's head)."""
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return names[-1][:4] if names else ""


#: The newest revision. A database already at it opens without importing Alembic (~75 ms of
#: every start); any other revision goes through Alembic's checks and upgrade.
SCHEMA_HEAD = _newest_revision_file()


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(conn: Connection) -> str | None:
    """``alembic_version`` read with plain SQL (None: no such table or no row)."""
    if conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                         "AND name = 'alembic_version'")).first() is None:
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return str(rows[0]) if len(rows) == 1 else None


def _classify(conn: Connection) -> str | None:
    """The database's revision; raises if it is not ours or is newer than this program."""
    if _stored_revision(conn) == SCHEMA_HEAD:
        return SCHEMA_HEAD
    rev = current_revision(conn)
    if rev is None:
        tables = set(inspect(conn).get_table_names())
        if tables:
            raise DatabaseError(
                "Diese Datei ist keine kimboard-Datenbank (sie enthält fremde Tabellen). "
                "Bitte eine andere Datei wählen."
            )
        return None
    known = {s.revision for s in script_directory().walk_revisions()}
    if rev not in known:
        raise DatabaseTooNew(
            "Diese Datenbank wurde mit einer neueren kimboard-Version geschrieben "
            f"(Schema {rev}). Bitte kimboard aktualisieren; die Datei bleibt unverändert."
        )
    return rev


def check_not_newer(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return _classify(conn)


def backup_before_migration(db: Database, from_rev: str) -> Path:
    from kimboard.core.backup import backup_to
    from kimboard.paths import backup_dir, unique_path

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = unique_path(
        backup_dir(db.path) / f"{db.path.stem}-vor-update-{from_rev}-{stamp}.sqlite3"
    )
    backup_to(db, target)
    return target


def ensure_current(db: Database) -> Path | None:
    """Upgrade to head. Returns the backup written first, if the database had data."""
    with db.engine.connect() as conn:
        rev = _classify(conn)
    if rev == SCHEMA_HEAD or rev == head_revision():
        return None
    backup = backup_before_migration(db, rev) if rev is not None else None
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return backup


def upgrade_to(db: Database, revision: str) -> None:
    """For tests and tools: bring a database to one exact revision."""
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
