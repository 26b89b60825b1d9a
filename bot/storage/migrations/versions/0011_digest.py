"""digest: digest_subscription (organizers who get the weekly digest, when, last sent)

Revision ID: 0011_digest
Revises: 0010_scale
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011_digest"
down_revision: str | Sequence[str] | None = "0010_scale"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "digest_subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("cron", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("next_fire_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_sent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id"),
    )
    with op.batch_alter_table("digest_subscription", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_digest_subscription_community_id"), ["community_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_digest_subscription_next_fire_at"), ["next_fire_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("digest_subscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_subscription_next_fire_at"))
        batch_op.drop_index(batch_op.f("ix_digest_subscription_community_id"))

    op.drop_table("digest_subscription")
