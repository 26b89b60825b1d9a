"""onboarding tables: onboarding_answer, onboarding_progress

Revision ID: 0003_onboarding
Revises: 0001_core
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003_onboarding"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "onboarding_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id", "question_id"),
    )
    op.create_index(
        op.f("ix_onboarding_answer_member_id"), "onboarding_answer", ["member_id"], unique=False
    )
    op.create_table(
        "onboarding_progress",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("current_question", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("last_prompt_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("reminders_sent", sa.Integer(), nullable=False),
        sa.Column("newcomer_role", sa.Boolean(), nullable=False),
        sa.Column("completed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("member_id"),
    )


def downgrade() -> None:
    op.drop_table("onboarding_progress")
    op.drop_index(op.f("ix_onboarding_answer_member_id"), table_name="onboarding_answer")
    op.drop_table("onboarding_answer")
