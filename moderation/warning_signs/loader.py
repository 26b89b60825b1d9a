"""Build the warning-sign matcher on the shared MiniLM encoder, or report that it cannot be."""

from __future__ import annotations

from functools import lru_cache

from ..embedding.minilm import MiniLM, model_dir, shared_encoder
from .head import default_tuned_path, load_head, load_tuned_head
from .matcher import WarningSignMatcher


@lru_cache(maxsize=1)
def tuned_encoder() -> MiniLM | None:
    """MiniLM with the shipped fine-tuned top layers (one per process), None without them.

    Its vectors are the shared encoder's embedding followed by the tuned one, from one pass.
    """
    path = default_tuned_path()
    if model_dir() is None or not path.exists():
        return None
    return MiniLM(engine=shared_encoder().engine, tuned=path)


def load_warning_sign_matcher() -> WarningSignMatcher | None:
    """The matcher on the shared encoder; None when the MiniLM weights are not installed.

    The fine-tuned classifier (``head.TUNED_FILE``) decides when it is shipped, else the
    frozen-embedding classifier (``head.HEAD_FILE``), else the nearest-phrasing similarity
    floor.
    """
    if model_dir() is None:
        return None
    tuned = load_tuned_head()
    if tuned is not None:
        encoder = tuned_encoder()
        if encoder is not None:
            return WarningSignMatcher(
                shared_encoder(),
                head=tuned[0],
                sentence_encoder=encoder,
                near_line=tuned[1].get("near_line"),
            )
    loaded = load_head()
    if loaded is None:
        return WarningSignMatcher(shared_encoder())
    head, figures = loaded
    return WarningSignMatcher(shared_encoder(), head=head, near_line=figures.get("near_line"))
