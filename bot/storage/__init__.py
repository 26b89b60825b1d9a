"""Storage: one SQLModel engine, Alembic migrations, and the core tables."""

from bot.storage.database import Database
from bot.storage.models import Community, Member

__all__ = ["Community", "Database", "Member"]
