"""``hearthbot moderation ...``: assess, batch-assess, evaluate and benchmark from the shell."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import click

from .settings import ModerationSettings


def _settings(ctx: click.Context) -> ModerationSettings:
    obj = ctx.find_root().obj if ctx.find_root().obj is not None else ctx.obj
    for candidate in (ctx.obj, obj):
        if isinstance(candidate, dict) and isinstance(
            candidate.get("moderation_settings"), ModerationSettings
        ):
            return candidate["moderation_settings"]
    return ModerationSettings()


@click.group("moderation")
def moderation() -> None:
    """Message moderation: abuse, crisis, misinformation, spam, privacy, profanity."""


@moderation.command("assess")
@click.argument("text", required=False)
@click.option("--input", "input_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--batch-size", default=256, show_default=True)
@click.pass_context
def assess_cmd(
    ctx: click.Context,
    text: str | None,
    input_path: Path | None,
    output_path: Path | None,
    batch_size: int,
) -> None:
    """Assess TEXT (prints JSON), or every line of --input JSONL into --output JSONL."""
    from .assessor import Assessor
    from .evaluation import iter_jsonl
    from .progress import Progress

    if (text is None) == (input_path is None):
        raise click.UsageError("give either TEXT or --input FILE.jsonl")
    assessor = Assessor(_settings(ctx))
    if text is not None:
        click.echo(json.dumps(assessor.assess(text).to_dict(), indent=2, ensure_ascii=False))
        return
    with input_path.open(encoding="utf-8") as f:
        total = sum(1 for line in f if line.strip())
    out = output_path.open("w", encoding="utf-8") if output_path else sys.stdout
    skipped = 0
    try:
        with input_path.open(encoding="utf-8") as f, Progress(total, "assessing") as bar:
            pending: list[dict] = []
            for n, row, error in iter_jsonl(f):
                if row is None:
                    skipped += 1
                    bar.update()
                    click.echo(f"{input_path}:{n}: skipped: {error}", err=True)
                    continue
                pending.append(row)
                if len(pending) >= batch_size:
                    _write(assessor, pending, out)
                    bar.update(len(pending))
                    pending = []
            _write(assessor, pending, out)
            bar.update(len(pending))
    finally:
        if output_path:
            out.close()
    if skipped:
        click.echo(f"{skipped} malformed line(s) skipped", err=True)


def _write(assessor, rows: list[dict], out) -> None:
    if not rows:
        return
    for row, a in zip(rows, assessor.assess_many([r["text"] for r in rows]), strict=True):
        d = a.to_dict()
        record = {
            "id": row["id"],
            "flags": d["raised"],
            "action": d["action"],
            "scores": d["scores"],
            "reasons": d["reasons"],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


@moderation.command("eval")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--no-baseline", is_flag=True, help="Skip the alt-profanity-check baseline.")
@click.option(
    "--oof", is_flag=True, help="Add out-of-fold figures (heads refitted without each fold)."
)
@click.option(
    "--loso",
    is_flag=True,
    help="Add leave-one-source-out figures (heads refitted without each source).",
)
@click.option(
    "--data-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Training data for --oof/--loso (default: PATH when it is a directory).",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(tempfile.gettempdir()) / "hearth_emb",
    show_default=True,
    help="Embedding cache for --oof/--loso (outside the repository).",
)
@click.pass_context
def eval_cmd(
    ctx: click.Context,
    path: Path,
    as_json: bool,
    no_baseline: bool,
    oof: bool,
    loso: bool,
    data_dir: Path | None,
    cache: Path,
) -> None:
    """Per-source recall/false-positive rates on labeled JSONL, beside the baseline.

    With --oof/--loso the rows are the training corpus (capped per source, see
    moderation.training.corpus) of the sources in PATH, plus every row of PATH's other files,
    scored in-sample, out-of-fold and leave-one-source-out.
    """
    from .assessor import Assessor
    from .evaluation import baseline_flagger, format_report, run

    assessor = Assessor(_settings(ctx))
    if oof or loso:
        from .training.cross_eval import run_cross

        if data_dir is None and not path.is_dir():
            raise click.UsageError("--oof/--loso need --data-dir when PATH is a file")
        kinds = [k for k, on in (("oof", oof), ("loso", loso)) if on]
        results = run_cross(
            path,
            data_dir or path,
            lambda: Assessor(_settings(ctx)),
            cache,
            kinds,
            baseline=None if no_baseline else baseline_flagger(),
        )
    else:
        results = run(path, assessor, with_baseline=not no_baseline)
    if as_json:
        click.echo(json.dumps({"backends": assessor.backends, **results}, indent=2))
    else:
        click.echo(f"backends: {', '.join(assessor.backends)}")
        if assessor.backends_unavailable:
            click.echo(f"unavailable: {assessor.backends_unavailable}")
        click.echo(format_report(results))


@moderation.command("bench")
@click.option("--rounds", default=3, show_default=True, help="Passes over the built-in messages.")
@click.option("--no-detoxify", is_flag=True, help="Skip the random BERT-base Detoxify run.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def bench_cmd(ctx: click.Context, rounds: int, no_detoxify: bool, as_json: bool) -> None:
    """Latency and throughput per backend and for the whole pipeline, beside the baseline."""
    from .bench import format_bench, run_bench

    result = run_bench(_settings(ctx), rounds=rounds, detoxify=not no_detoxify)
    click.echo(json.dumps(result, indent=2) if as_json else format_bench(result))


def main() -> None:  # pragma: no cover - convenience entry point
    moderation(obj={})


if __name__ == "__main__":  # pragma: no cover
    main()
