"""What a platform can do, so the core asks before it acts and degrades honestly."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Capabilities:
    hide_messages: bool = True
    timeouts: bool = True
    ephemeral: bool = True
    forms: bool = True
    roles: bool = True
    direct_messages: bool = True
    images: bool = False
    edit_messages: bool = True


#: Assumed for a platform that registered nothing (the recording adapter in tests).
FULL = Capabilities(images=True)
