"""care: moderation_case.channel_name, moderation_case_alert (posted alerts, for later edits)

Revision ID: 0007_care
Revises: 0006_merge_features
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007_care"
down_revision: str | Sequence[str] | None = "0006_merge_features"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = sqlmodel.sql.sqltypes.AutoString
T = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("moderation_case") as batch:
        batch.add_column(sa.Column("channel_name", S(length=100), nullable=True))
    op.create_table(
        "moderation_case_alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("channel", S(length=100), nullable=False),
        sa.Column("message_id", S(length=100), nullable=False),
        sa.Column("posted_at", T(), nullable=False),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["moderation_case.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("case_id", "stale"):
        op.create_index(
            op.f(f"ix_moderation_case_alert_{column}"),
            "moderation_case_alert",
            [column],
            unique=False,
        )


def downgrade() -> None:
    for column in ("case_id", "stale"):
        op.drop_index(
            op.f(f"ix_moderation_case_alert_{column}"), table_name="moderation_case_alert"
        )
    op.drop_table("moderation_case_alert")
    with op.batch_alter_table("moderation_case") as batch:
        batch.drop_column("channel_name")
