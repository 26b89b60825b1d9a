"""mentor matching tables: mentor_profile, mentor_request, mentor_match, mentor_block

Revision ID: 0005_mentors
Revises: 0001_core
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005_mentors"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mentor_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("blocked_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["blocked_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id", "blocked_id"),
    )
    op.create_index(
        op.f("ix_mentor_block_community_id"), "mentor_block", ["community_id"], unique=False
    )
    op.create_index(op.f("ix_mentor_block_member_id"), "mentor_block", ["member_id"], unique=False)
    op.create_table(
        "mentor_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("diagnosis_groups", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("stages", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("age_bands", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("languages", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("topics", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("share_diagnosis", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
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
    op.create_index(
        op.f("ix_mentor_profile_community_id"), "mentor_profile", ["community_id"], unique=False
    )
    op.create_table(
        "mentor_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("diagnosis_group", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("age_band", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("share_diagnosis", sa.Boolean(), nullable=False),
        sa.Column("organizers_told_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_mentor_request_community_id"), "mentor_request", ["community_id"], unique=False
    )
    op.create_index(
        op.f("ix_mentor_request_member_id"), "mentor_request", ["member_id"], unique=False
    )
    op.create_index(op.f("ix_mentor_request_status"), "mentor_request", ["status"], unique=False)
    op.create_table(
        "mentor_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("approved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("mentor_accepted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("mentee_accepted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("introduced_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("check_back_due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("check_back_sent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("mentor_connected", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("mentee_connected", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("ended_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("ended_by", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("mentor_reopt", sa.Boolean(), nullable=False),
        sa.Column("mentee_reopt", sa.Boolean(), nullable=False),
        sa.Column("notice_pending", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["mentor_request.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_mentor_match_check_back_due_at"),
        "mentor_match",
        ["check_back_due_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentor_match_community_id"), "mentor_match", ["community_id"], unique=False
    )
    op.create_index(op.f("ix_mentor_match_mentee_id"), "mentor_match", ["mentee_id"], unique=False)
    op.create_index(op.f("ix_mentor_match_mentor_id"), "mentor_match", ["mentor_id"], unique=False)
    op.create_index(op.f("ix_mentor_match_status"), "mentor_match", ["status"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_mentor_match_status"), table_name="mentor_match")
    op.drop_index(op.f("ix_mentor_match_mentor_id"), table_name="mentor_match")
    op.drop_index(op.f("ix_mentor_match_mentee_id"), table_name="mentor_match")
    op.drop_index(op.f("ix_mentor_match_community_id"), table_name="mentor_match")
    op.drop_index(op.f("ix_mentor_match_check_back_due_at"), table_name="mentor_match")
    op.drop_table("mentor_match")
    op.drop_index(op.f("ix_mentor_request_status"), table_name="mentor_request")
    op.drop_index(op.f("ix_mentor_request_member_id"), table_name="mentor_request")
    op.drop_index(op.f("ix_mentor_request_community_id"), table_name="mentor_request")
    op.drop_table("mentor_request")
    op.drop_index(op.f("ix_mentor_profile_community_id"), table_name="mentor_profile")
    op.drop_table("mentor_profile")
    op.drop_index(op.f("ix_mentor_block_member_id"), table_name="mentor_block")
    op.drop_index(op.f("ix_mentor_block_community_id"), table_name="mentor_block")
    op.drop_table("mentor_block")
