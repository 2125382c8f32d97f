"""Exchange between offices: board adoptions, exchange states, signing keys.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 09:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "board_adoptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("adopting_site_uuid", sa.String(length=36), nullable=False),
        sa.Column("adopting_site_name", sa.String(length=200), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("copy_uuid", sa.String(length=36), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_site_uuid", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["board_id"], ["boards.id"],
                                name=op.f("fk_board_adoptions_board_id_boards"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_adoptions")),
        sa.UniqueConstraint("board_id", "adopting_site_uuid", name="board_site"),
        sa.UniqueConstraint("uuid", name=op.f("uq_board_adoptions_uuid")),
    )
    with op.batch_alter_table("board_adoptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_adoptions_adopting_site_uuid"),
                              ["adopting_site_uuid"], unique=False)
        batch_op.create_index(batch_op.f("ix_board_adoptions_board_id"), ["board_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_board_adoptions_origin_site_uuid"),
                              ["origin_site_uuid"], unique=False)

    op.create_table(
        "exchange_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("site_uuid", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("remote_updated_at", sa.DateTime(), nullable=False),
        sa.Column("bundle_uuid", sa.String(length=36), nullable=False),
        sa.Column("bundle_created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_states")),
        sa.UniqueConstraint("entity_type", "entity_uuid", name="entity"),
    )
    with op.batch_alter_table("exchange_states", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_states_site_uuid"), ["site_uuid"],
                              unique=False)

    op.create_table(
        "site_signing_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("private_key", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"],
                                name=op.f("fk_site_signing_keys_site_id_sites"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_signing_keys")),
        sa.UniqueConstraint("site_id", name=op.f("uq_site_signing_keys_site_id")),
    )

    op.create_table(
        "known_site_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_uuid", sa.String(length=36), nullable=False),
        sa.Column("site_name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_known_site_keys")),
        sa.UniqueConstraint("site_uuid", name=op.f("uq_known_site_keys_site_uuid")),
    )


def downgrade() -> None:
    op.drop_table("known_site_keys")
    op.drop_table("site_signing_keys")
    with op.batch_alter_table("exchange_states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_states_site_uuid"))
    op.drop_table("exchange_states")
    with op.batch_alter_table("board_adoptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_adoptions_origin_site_uuid"))
        batch_op.drop_index(batch_op.f("ix_board_adoptions_board_id"))
        batch_op.drop_index(batch_op.f("ix_board_adoptions_adopting_site_uuid"))
    op.drop_table("board_adoptions")
