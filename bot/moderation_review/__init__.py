"""Moderation review and crisis care: cases, alerts with buttons, /report, retention.

The feature class lives in :mod:`bot.moderation_review.feature` (imported by path from
``DEFAULT_FEATURES``); this package file stays import-free so ``bot.config`` can import the
settings module without pulling in the core.
"""
