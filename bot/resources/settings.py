"""``[resources]``: the directory file, how answers are shown, suggestions and upkeep.

Every field is validated and described here and documented in ``config.example.toml``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ResourcesConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    directory: str | None = Field(
        None, description="Path to the resource directory (.toml or .csv); empty = sample."
    )
    max_results: int = Field(3, ge=1, le=10, description="Entries shown per lookup.")
    stale_after_days: int = Field(
        365, ge=1, description="Entries not reviewed for this long are marked out of date."
    )
    private_answers: bool = Field(
        True,
        description="Answer /resources privately (with a 'Share in channel' button); false "
        "answers in the channel for everyone, showing what was searched for.",
    )
