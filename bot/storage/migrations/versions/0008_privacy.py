"""privacy: install_secret (the pseudonym key); mentor blocks outlive the blocked person

A block on someone who asks to be forgotten keeps a pseudonym (HMAC of their platform id with
the install's secret) in ``mentor_block.blocked_key`` instead of their member id, so
``blocked_id`` may now be NULL.

Revision ID: 0008_privacy
Revises: 0007_care
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008_privacy"
down_revision: str | Sequence[str] | None = "0007_care"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "install_secret",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    with op.batch_alter_table("mentor_block", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("blocked_key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.alter_column("blocked_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(
            batch_op.f("ix_mentor_block_blocked_key"), ["blocked_key"], unique=False
        )


def downgrade() -> None:
    # Blocks kept by pseudonym only have no member to point at: they cannot go back.
    op.execute("DELETE FROM mentor_block WHERE blocked_id IS NULL")
    with op.batch_alter_table("mentor_block", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_block_blocked_key"))
        batch_op.alter_column("blocked_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("blocked_key")
    op.drop_table("install_secret")
