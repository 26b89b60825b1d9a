"""Who may do what: the three roles of a Hearth community."""

from __future__ import annotations

from enum import IntEnum


class Role(IntEnum):
    """Ordered roles: a higher role may do everything a lower one may."""

    MEMBER = 1
    MODERATOR = 2
    ORGANIZER = 3

    @classmethod
    def parse(cls, value: str | Role) -> Role:
        if isinstance(value, Role):
            return value
        try:
            return cls[value.strip().upper()]
        except KeyError:
            choices = ", ".join(r.name.lower() for r in cls)
            raise ValueError(f"unknown role {value!r}; expected one of: {choices}") from None

    @property
    def label(self) -> str:
        return self.name.lower()
