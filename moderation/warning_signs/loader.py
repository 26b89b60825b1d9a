"""Build the warning-sign matcher on the shared MiniLM encoder, or report that it cannot be."""

from __future__ import annotations

from ..embedding.minilm import model_dir, shared_encoder
from .head import load_head
from .matcher import WarningSignMatcher


def load_warning_sign_matcher() -> WarningSignMatcher | None:
    """The matcher on the shared encoder; None when the MiniLM weights are not installed.

    With the shipped classifier (``head.HEAD_FILE``) the classifier decides; without it, the
    nearest-phrasing similarity floor does.
    """
    if model_dir() is None:
        return None
    loaded = load_head()
    return WarningSignMatcher(shared_encoder(), head=loaded[0] if loaded else None)
