"""Detoxify (unitary): a BERT-family toxicity classifier, loaded through Detoxify's own code.

Offline use needs a local checkpoint plus a local Hugging Face config/tokenizer folder
(``Detoxify(checkpoint=..., huggingface_config_path=...)``); without them Detoxify downloads its
weights, which only works where there is internet. Torch, transformers and detoxify come with
the ``ml`` extra; when they are missing the backend reports itself unavailable.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .base import BackendUnavailable

# Detoxify heads that mean "aimed at someone" (plain 'toxicity'/'obscene' also fire on swearing).
TARGET_HEADS = ("insult", "threat", "identity_attack", "identity_hate", "severe_toxicity")


class DetoxifyBackend:
    name = "detoxify"

    def __init__(
        self,
        checkpoint: Path | None = None,
        config_dir: Path | None = None,
        model_type: str = "original",
        device: str = "cpu",
    ) -> None:
        try:
            import torch
            from detoxify import Detoxify
        except Exception as exc:
            raise BackendUnavailable(
                f"detoxify/torch not installed (install the 'ml' extra): {exc}"
            ) from exc
        if checkpoint is not None and not Path(checkpoint).exists():
            raise BackendUnavailable(f"detoxify checkpoint {checkpoint} not found")
        if config_dir is not None and not Path(config_dir).is_dir():
            raise BackendUnavailable(f"detoxify config folder {config_dir} not found")
        try:
            if checkpoint is not None:
                self.model = Detoxify(
                    checkpoint=str(checkpoint),
                    device=device,
                    huggingface_config_path=str(config_dir) if config_dir else None,
                )
            else:
                self.model = Detoxify(model_type, device=device)
        except Exception as exc:  # no internet for the download, corrupt checkpoint, ...
            msg = f"detoxify could not load: {type(exc).__name__}: {exc}"
            raise BackendUnavailable(msg) from exc
        self._torch = torch

    def predict(self, texts: Sequence[str]) -> dict[str, list[float]]:
        with self._torch.inference_mode():
            out = self.model.predict(list(texts))
        return {k: [float(x) for x in (v if isinstance(v, list) else [v])] for k, v in out.items()}

    def score(self, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        out = self.predict(texts)
        heads = [h for h in TARGET_HEADS if h in out] or list(out)
        return [max(out[h][i] for h in heads) for i in range(len(texts))]
