"""Check-ins: channel prompts and personal DM check-ins (see :mod:`bot.checkins.feature`)."""
