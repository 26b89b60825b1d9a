"""The toxicity backend interface and the error a missing backend raises."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


class BackendUnavailable(RuntimeError):
    """A configured backend cannot run here (package missing, weights missing...)."""


@runtime_checkable
class ToxicityBackend(Protocol):
    """Scores texts for targeted abuse; 0..1, calibrated so 0.5 is the backend's own cut-off.

    Backends receive the normalised, medically masked text (see ``features.model_text``), so
    none of them has to undo evasions or learn that "the chemo is killing his blasts" is fine.
    """

    name: str

    def score(self, texts: Sequence[str]) -> list[float]: ...
