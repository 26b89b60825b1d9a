"""Hearth core: neutral events in, neutral actions out.

The core never imports a platform SDK; adapters in :mod:`adapters` translate platform payloads
into :mod:`bot.events` and carry out :mod:`bot.actions`.
"""

__version__ = "0.1.0"
