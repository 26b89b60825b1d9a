"""delivered_event: platform event ids already taken up, shared by every process

Revision ID: 0013_deliveries
Revises: 0012_resources
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013_deliveries"
down_revision: str | Sequence[str] | None = "0012_resources"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delivered_event",
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("event_id", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "event_id"),
    )
    with op.batch_alter_table("delivered_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivered_event_seen_at"), ["seen_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("delivered_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivered_event_seen_at"))
    op.drop_table("delivered_event")
