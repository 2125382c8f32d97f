"""Alembic environment: runs on the connection kimboard hands over (batch mode for SQLite)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kimboard.core.models import Base

config = context.config
target_metadata = Base.metadata

#: The FTS5 index (revision 0002) and SQLite's shadow tables for it are created by raw SQL
#: and have no model; without this filter autogenerate would emit DROP TABLE for them.
_UNMODELLED_TABLE_PREFIX = "card_fts"


def _include_name(name, type_, parent_names) -> bool:  # type: ignore[no-untyped-def]
    if type_ == "table" and name:
        return not name.startswith(_UNMODELLED_TABLE_PREFIX)
    return True


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # developer use: `alembic -x db=PATH revision --autogenerate`
    db = context.get_x_argument(as_dictionary=True).get("db")
    if not db:
        raise SystemExit("pass -x db=PATH")
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        _run(conn)
