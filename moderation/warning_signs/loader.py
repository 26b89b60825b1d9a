"""Build the warning-sign matcher on the shared MiniLM encoder, or report that it cannot be."""

from __future__ import annotations

from ..embedding.minilm import model_dir, shared_encoder
from .matcher import WarningSignMatcher


def load_warning_sign_matcher() -> WarningSignMatcher | None:
    """The matcher on the shared encoder; None when the MiniLM weights are not installed."""
    if model_dir() is None:
        return None
    return WarningSignMatcher(shared_encoder())
