"""Cards get a backlog rank: the product backlog's order, independent of columns.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 11:45:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("backlog_rank", sa.String(200), nullable=True))
        batch.create_index("ix_cards_board_backlog_rank", ["board_id", "backlog_rank"])


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.drop_index("ix_cards_board_backlog_rank")
        batch.drop_column("backlog_rank")
