"""moderation cases: moderation_case, moderation_case_event, moderation_case_counter,
moderation_case_report, moderation_signal_stat

Revision ID: 0002_cases
Revises: 0001_core
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002_cases"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = sqlmodel.sql.sqltypes.AutoString
T = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "moderation_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("source", S(length=32), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("channel", S(length=100), nullable=True),
        sa.Column("message_id", S(length=100), nullable=True),
        sa.Column("text", S(length=4000), nullable=True),
        sa.Column("categories", S(length=200), nullable=False),
        sa.Column("scores_json", S(length=1000), nullable=False),
        sa.Column("reasons_json", S(length=8000), nullable=False),
        sa.Column("signals_json", S(length=2000), nullable=False),
        sa.Column("decision", S(length=16), nullable=False),
        sa.Column("status", S(length=16), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("hidden", S(length=16), nullable=False),
        sa.Column("created_at", T(), nullable=False),
        sa.Column("updated_at", T(), nullable=False),
        sa.Column("acknowledged_at", T(), nullable=True),
        sa.Column("last_alert_at", T(), nullable=True),
        sa.Column("closed_at", T(), nullable=True),
        sa.Column("text_erased_at", T(), nullable=True),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"]),
        sa.ForeignKeyConstraint(["author_id"], ["member.id"]),
        sa.ForeignKeyConstraint(["assignee_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("community_id", "number"),
    )
    op.create_index(
        op.f("ix_moderation_case_community_id"), "moderation_case", ["community_id"], unique=False
    )
    op.create_index(
        op.f("ix_moderation_case_author_id"), "moderation_case", ["author_id"], unique=False
    )
    op.create_index(op.f("ix_moderation_case_status"), "moderation_case", ["status"], unique=False)
    op.create_index(
        op.f("ix_moderation_case_closed_at"), "moderation_case", ["closed_at"], unique=False
    )
    op.create_table(
        "moderation_case_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", T(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("kind", S(length=32), nullable=False),
        sa.Column("detail", S(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["moderation_case.id"]),
        sa.ForeignKeyConstraint(["actor_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_moderation_case_event_case_id"),
        "moderation_case_event",
        ["case_id"],
        unique=False,
    )
    op.create_table(
        "moderation_case_counter",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"]),
        sa.PrimaryKeyConstraint("community_id"),
    )
    op.create_table(
        "moderation_case_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=False),
        sa.Column("note", S(length=2000), nullable=False),
        sa.Column("created_at", T(), nullable=False),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["moderation_case.id"]),
        sa.ForeignKeyConstraint(["reporter_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("community_id", "case_id", "reporter_id"):
        op.create_index(
            op.f(f"ix_moderation_case_report_{column}"),
            "moderation_case_report",
            [column],
            unique=False,
        )
    op.create_table(
        "moderation_signal_stat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("signal", S(length=100), nullable=False),
        sa.Column("flagged", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("community_id", "signal"),
    )
    op.create_index(
        op.f("ix_moderation_signal_stat_community_id"),
        "moderation_signal_stat",
        ["community_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_moderation_signal_stat_community_id"), table_name="moderation_signal_stat"
    )
    op.drop_table("moderation_signal_stat")
    for column in ("community_id", "case_id", "reporter_id"):
        op.drop_index(
            op.f(f"ix_moderation_case_report_{column}"), table_name="moderation_case_report"
        )
    op.drop_table("moderation_case_report")
    op.drop_table("moderation_case_counter")
    op.drop_index(op.f("ix_moderation_case_event_case_id"), table_name="moderation_case_event")
    op.drop_table("moderation_case_event")
    for column in ("closed_at", "status", "author_id", "community_id"):
        op.drop_index(op.f(f"ix_moderation_case_{column}"), table_name="moderation_case")
    op.drop_table("moderation_case")
