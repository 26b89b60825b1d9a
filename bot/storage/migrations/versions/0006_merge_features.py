"""Join the feature branches (cases, onboarding, check-ins, mentors) into one line of history.

Each feature's first migration branched from 0001_core while they were built side by side;
from here on migrations form a single line again.

Revision ID: 0006_merge_features
Revises: 0002_cases, 0003_onboarding, 0004_checkins, 0005_mentors
Create Date: 2026-11-23
"""

from collections.abc import Sequence

revision: str = "0006_merge_features"
down_revision: str | Sequence[str] | None = (
    "0002_cases",
    "0003_onboarding",
    "0004_checkins",
    "0005_mentors",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
