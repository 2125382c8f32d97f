"""Full-text search index over cards (SQLite FTS5; other backends search differently).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:10:00

"""
from typing import Sequence, Union

from alembic import op

from kimboard.core import sqlite_backend

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(sqlite_backend.FTS_DDL_V1)
    # Cards written before this revision: index them now.
    from kimboard.core import search

    search.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(sqlite_backend.FTS_DROP_V1)
