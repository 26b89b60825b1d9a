import json

from click.testing import CliRunner

from moderation import ModerationSettings
from moderation.cli import moderation


def test_assess_text():
    r = CliRunner().invoke(moderation, ["assess", "go k1ll yourself"], obj={})
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["raised"] == ["abuse"] and d["action"] == "hide"


def test_assess_uses_settings_from_context():
    s = ModerationSettings(enabled=False)
    r = CliRunner().invoke(
        moderation, ["assess", "go k1ll yourself"], obj={"moderation_settings": s}
    )
    assert json.loads(r.output)["raised"] == []


def test_assess_batch_skips_malformed(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "I want to die"}),
                "{not json",
                json.dumps({"id": "b", "text": "Does anyone have nausea tips?"}),
                json.dumps({"text": "no id"}),
                json.dumps({"id": 3, "text": "You are an idiot"}),
            ]
        )
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(moderation, ["assess", "--input", str(src), "--output", str(out)])
    assert r.exit_code == 0
    assert ":2:" in r.stderr and ":4:" in r.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [row["id"] for row in rows] == ["a", "b", 3]
    assert rows[0]["flags"] == ["crisis"] and rows[0]["action"] == "review"
    assert rows[1]["flags"] == [] and rows[2]["flags"] == ["abuse"]
    assert set(rows[0]) == {"id", "flags", "action", "scores", "reasons"}


def test_eval_reports_recall_fp_and_users(tmp_path):
    rows = [
        {"id": "1", "text": "You are an idiot", "label": "abusive", "source": "s"},
        {"id": "2", "text": "Thanks all", "label": "ok", "source": "s"},
        {"id": "3", "text": "I want to die", "label": "crisis", "source": "c", "group": "u1"},
        {"id": "4", "text": "lunch was fine", "label": "crisis", "source": "c", "group": "u1"},
        {"id": "5", "text": "lunch", "label": "crisis", "source": "c", "group": "u2"},
        {"id": "6", "text": "nice", "label": "crisis", "source": "c", "group": "u2"},
    ]
    f = tmp_path / "data.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    r = CliRunner().invoke(moderation, ["eval", str(f), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    per = {(x["source"], x["label"]): x["value"] for x in d["hearth"]["per_source"]}
    assert per[("s", "abusive")] == 1.0 and per[("s", "ok")] == 0.0
    assert per[("c", "crisis")] == 0.25
    users = {x["label"]: x["crisis_rate"] for x in d["hearth"]["user_level"]}
    assert users["crisis"] == 0.5
    assert "baseline" in d
    text = CliRunner().invoke(moderation, ["eval", str(tmp_path)])
    assert "baseline" in text.output and "Confusion" in text.output


def test_bench_reports_the_pipeline_beside_its_baseline_without_detoxify():
    """Speed is measured by the bench itself (ratios in one run), never asserted here."""
    r = CliRunner().invoke(moderation, ["bench", "--rounds", "1", "--no-detoxify", "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    single = d["runs"]["pipeline"]["single"]
    assert 0 < single["p50_ms"] <= single["p95_ms"]
    assert "baseline:alt-profanity-check" in d["runs"]
    # the int8 file in use beside the unsigned one, in the same process
    weights = d["int8_weights"]
    assert weights["loaded_chunks_per_s"] > 0 and weights["unsigned_chunks_per_s"] > 0
    assert weights["chunks"] > 32  # the long posts need more than one chunk each
