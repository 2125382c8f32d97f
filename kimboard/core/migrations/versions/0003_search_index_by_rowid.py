"""Search index rows keyed by rowid = card id (deleting one card's row no longer scans).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 11:00:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    from kimboard.core import search

    search.rebuild(op.get_bind())


def downgrade() -> None:
    pass  # the 0002 layout reads rowid-keyed rows just as well
