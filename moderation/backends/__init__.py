"""Scoring backends behind one Protocol; ``load_backend`` builds one by name."""

from __future__ import annotations

from ..settings import ModerationSettings
from .base import BackendUnavailable, ToxicityBackend


def load_backend(name: str, settings: ModerationSettings) -> ToxicityBackend:
    """Build the named model backend or raise BackendUnavailable with the reason."""
    if name == "hearth-linear":
        from .linear import LinearBackend

        return LinearBackend()
    if name == "minilm":
        from .minilm import MiniLMBackend

        return MiniLMBackend()
    if name == "profanity-check":
        from .profanity_check import ProfanityCheckBackend

        return ProfanityCheckBackend()
    if name == "detoxify":
        from .detoxify_backend import DetoxifyBackend

        return DetoxifyBackend(
            checkpoint=settings.detoxify_checkpoint,
            config_dir=settings.detoxify_config_dir,
            model_type=settings.detoxify_model_type,
        )
    raise BackendUnavailable(f"unknown backend {name!r}")


__all__ = ["BackendUnavailable", "ToxicityBackend", "load_backend"]
