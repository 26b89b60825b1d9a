"""Build the claim matcher on the shared MiniLM encoder, or report that it cannot be built."""

from __future__ import annotations

from collections.abc import Sequence

from ..embedding.minilm import model_dir, shared_encoder
from .matcher import ClaimMatcher


def load_claim_matcher(extra_claims: Sequence[str] = ()) -> ClaimMatcher | None:
    """The matcher on the shared encoder; None when the MiniLM weights are not installed."""
    if model_dir() is None:
        return None
    return ClaimMatcher(shared_encoder(), extra_claims)
