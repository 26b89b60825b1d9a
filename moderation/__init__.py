"""Hearth moderation: assess a message for abuse, crisis, misinformation, spam, privacy, profanity.

Pure: no platform, no database, no network. ``Assessor(settings).assess(text, context)``.
"""

from .assessor import Assessor
from .backends.base import BackendUnavailable, ToxicityBackend
from .settings import CategoryPolicy, ChannelPolicy, ModerationSettings
from .types import Action, Assessment, Category, MessageContext, Reason, RecentMessage

__all__ = [
    "Action",
    "Assessment",
    "Assessor",
    "BackendUnavailable",
    "Category",
    "CategoryPolicy",
    "ChannelPolicy",
    "MessageContext",
    "ModerationSettings",
    "Reason",
    "RecentMessage",
    "ToxicityBackend",
]
