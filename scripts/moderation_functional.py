"""Pass rates of the moderation functional tests per function, rules only and full pipeline.

    python scripts/moderation_functional.py [--failures]
    python scripts/moderation_functional.py --identity [--failures]
    python scripts/moderation_functional.py --misinfo [--failures]

Runs every case of ``tests/moderation/functional`` (crisis, abuse, misinformation, ordinary
messages) through the rule floor alone and through the default pipeline (rules + MiniLM),
and prints one table row per (file, function): cases, passes per pipeline. The "fresh" rows
are paraphrases written after the rules and never used to tune them: their rate is the
honest one; the other rows were written first and the rules made to pass them. "mi-dev" and
"mi-held" are the misinformation paraphrases of ``misinfo_meaning.py``, "mg-dev" and "mg-held"
those of ``misinfo_generalise.py``, "mr-dev" and "mr-held" the home-remedy sets of
``misinfo_remedy.py``, "pc-dev" and "pc-held" the adult patients' forum register of
``patient_claims.py``, "ab-dev6" and "ab-final2" the blind abuse sets of 2026-12-06
(``abuse_dev6.py``, read; ``abuse_final2.py``, sealed), "th-dev" and "th-held" the blind
threat sets of ``threats_blind.py`` (DEV read, HELD_BACK sealed), "sr-dev" and "sr-held" the
blind support-register sets of ``support_register.py`` (support told to another parent in
trigger words; DEV read, HELD_BACK sealed): the held-back parts' failures are never listed.
``--misinfo`` runs those tables alone, on the full pipeline, with positives and
look-alikes counted apart.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.moderation.functional import test_abuse, test_crisis, test_misinformation, test_ok
from tests.moderation.functional.abuse_advice import DEV as ABUSE_ADVICE
from tests.moderation.functional.abuse_dev6 import DEV as ABUSE_DEV6
from tests.moderation.functional.abuse_final import HELD_BACK as ABUSE_FINAL
from tests.moderation.functional.abuse_final2 import HELD_BACK as ABUSE_FINAL2
from tests.moderation.functional.abuse_sets import DEV as ABUSE_DEV
from tests.moderation.functional.abuse_sets import HELD_BACK as ABUSE_HELD_BACK
from tests.moderation.functional.fresh import FRESH
from tests.moderation.functional.hate_blind import DEV as BLIND_DEV
from tests.moderation.functional.hate_blind import HELD_BACK as BLIND_HELD_BACK
from tests.moderation.functional.hate_blind2 import DEV as BLIND2_DEV
from tests.moderation.functional.hate_blind2 import HELD_BACK as BLIND2_HELD_BACK
from tests.moderation.functional.hate_functional import HELD_BACK, TUNE
from tests.moderation.functional.hate_generalise import DEV as GEN_DEV
from tests.moderation.functional.hate_generalise import HELD_BACK as GEN_HELD_BACK
from tests.moderation.functional.identity_mentions import DEV as MENTIONS_DEV
from tests.moderation.functional.identity_mentions import HELD_BACK as MENTIONS_HELD_BACK
from tests.moderation.functional.identity_templates import DEV as IDENT_DEV
from tests.moderation.functional.identity_templates import FRESH_SHAPES as IDENT_FRESH
from tests.moderation.functional.identity_templates import HELD_BACK as IDENT_HELD_BACK
from tests.moderation.functional.identity_templates import TCase
from tests.moderation.functional.member_abuse import DEV as MA_DEV
from tests.moderation.functional.member_abuse import HELD_BACK as MA_HELD_BACK
from tests.moderation.functional.misinfo_generalise import DEV as MG_DEV
from tests.moderation.functional.misinfo_generalise import HELD_BACK as MG_HELD_BACK
from tests.moderation.functional.misinfo_meaning import DEV as MISINFO_DEV
from tests.moderation.functional.misinfo_meaning import HELD_BACK as MISINFO_HELD_BACK
from tests.moderation.functional.misinfo_remedy import DEV as REMEDY_DEV
from tests.moderation.functional.misinfo_remedy import HELD_BACK as REMEDY_HELD_BACK
from tests.moderation.functional.patient_claims import DEV as PC_DEV
from tests.moderation.functional.patient_claims import HELD_BACK as PC_HELD_BACK
from tests.moderation.functional.support import MODES, Case, passes, pipeline
from tests.moderation.functional.support_register import DEV as SUPPORT_DEV
from tests.moderation.functional.support_register import HELD_BACK as SUPPORT_HELD_BACK
from tests.moderation.functional.threats_blind import DEV as THREATS_DEV
from tests.moderation.functional.threats_blind import HELD_BACK as THREATS_HELD_BACK

TABLES: dict[str, list[Case]] = {
    "crisis": test_crisis.POSITIVE + test_crisis.LOOKALIKE,
    "abuse": test_abuse.POSITIVE + test_abuse.LOOKALIKE,
    "misinfo": test_misinformation.POSITIVE + test_misinformation.LOOKALIKE,
    "ordinary": test_ok.ORDINARY,
    "fresh": FRESH,
    "mi-dev": MISINFO_DEV,
    "mi-held": MISINFO_HELD_BACK,
    "mg-dev": MG_DEV,
    "mg-held": MG_HELD_BACK,
    "mr-dev": REMEDY_DEV,
    "mr-held": REMEDY_HELD_BACK,
    "pc-dev": PC_DEV,
    "pc-held": PC_HELD_BACK,
    "ab-dev": ABUSE_DEV,
    "ab-held": ABUSE_HELD_BACK,
    "ab-final": ABUSE_FINAL,
    "ab-dev6": ABUSE_DEV6,
    "ab-final2": ABUSE_FINAL2,
    "th-dev": THREATS_DEV,
    "th-held": THREATS_HELD_BACK,
    "sr-dev": SUPPORT_DEV,
    "sr-held": SUPPORT_HELD_BACK,
    "ab-advice": ABUSE_ADVICE,
}
MISINFO_TABLES = (
    "mi-dev",
    "mi-held",
    "mg-dev",
    "mg-held",
    "mr-dev",
    "mr-held",
    "pc-dev",
    "pc-held",
)
# Held back: its pass rate is printed, its failing texts never are (nobody tunes on them).
HIDDEN = frozenset(
    {
        "mi-held",
        "mg-held",
        "mr-held",
        "pc-held",
        "ab-held",
        "ab-final",
        "ab-final2",
        "th-held",
        "sr-held",
    }
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the failing cases")
    parser.add_argument(
        "--hatecheck",
        action="store_true",
        help="HateCheck-style abuse suites instead: per functionality, TUNE and HELD_BACK "
        "(hate_functional), DEV and HELD_BACK of hate_generalise, member_abuse and "
        "hate_blind",
    )
    parser.add_argument(
        "--abuse-meaning-off",
        action="store_true",
        help="full pipeline with abuse_by_meaning = false (the figures before that stage)",
    )
    parser.add_argument(
        "--identity",
        action="store_true",
        help="identity-term template suite instead: recall and false-positive rate per family, "
        "DEV and HELD_BACK (identity_templates), and neutral mentions (identity_mentions)",
    )
    parser.add_argument(
        "--misinfo",
        action="store_true",
        help="misinformation-by-meaning tables only (full pipeline): claims caught and "
        "look-alikes quiet, per table and function",
    )
    args = parser.parse_args()
    if args.misinfo:
        misinfo(args.failures)
        return
    if args.identity:
        identity(args.failures)
        return
    if args.hatecheck:
        hatecheck(args.failures, abuse_by_meaning=not args.abuse_meaning_off)
        return
    rows: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    failures: list[str] = []
    for table, table_cases in TABLES.items():
        for mode in MODES:
            verdicts = pipeline(mode).assess_many([c.text for c in table_cases])
            for case, a in zip(table_cases, verdicts, strict=True):
                row = rows[(table, case.function, case.expect or "quiet")]
                row[mode] += passes(case, a.raised)
                row[f"n_{mode}"] += 1
                if not passes(case, a.raised) and table not in HIDDEN:
                    where = f"[{mode}] {table}/{case.function}"
                    failures.append(f"{where}: {case.text!r} -> {a.raised}")
    print(f"{'table':9s} {'function':22s} {'expect':15s} {'n':>3s} {'rules':>7s} {'full':>7s}")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (table, function, expect), r in rows.items():
        n = r["n_rules"]
        print(
            f"{table:9s} {function:22s} {expect:15s} {n:3d} "
            f"{r['rules'] / n:7.0%} {r['full'] / n:7.0%}"
        )
        t = totals[table]
        t[0] += n
        t[1] += r["rules"]
        t[2] += r["full"]
    print("totals:")
    for table, (n, rules, full) in totals.items():
        print(f"  {table:9s} {n:4d} cases  rules {rules / n:6.1%}  full {full / n:6.1%}")
    if args.failures:
        print("failures:")
        print("\n".join(f"  {f}" for f in failures) or "  none")


def misinfo(failures: bool) -> None:
    """Misinformation by meaning on the full pipeline: per table, claims raised and look-alikes
    quiet, per function; failures listed for the dev tables only."""
    missed: list[str] = []
    for table in MISINFO_TABLES:
        table_cases = TABLES[table]
        verdicts = pipeline("full").assess_many([c.text for c in table_cases])
        rows: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for case, a in zip(table_cases, verdicts, strict=True):
            ok = passes(case, a.raised)
            part = "claims" if case.expect else "look-alikes"
            for r in (rows[case.function], sums[part]):
                r[0] += ok
                r[1] += 1
            if not ok and table not in HIDDEN:
                missed.append(f"{table}/{case.function}: {case.text!r} -> {a.raised}")
        print(f"== {table}: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sums.items()))
        print("   " + "  ".join(f"{f} {v[0]}/{v[1]}" for f, v in rows.items()))
    if failures:
        print("failures (dev tables only):")
        print("\n".join(f"  {f}" for f in missed) or "  none")


def hatecheck(failures: bool, **settings: object) -> None:
    """Per functionality: cases and accuracy (abuse raised iff hateful), rules and full.

    Failures are listed for the tuning parts only: the held-back parts are the honest figures
    and are not for tuning.
    """
    missed: list[str] = []
    parts = (
        ("tune", TUNE),
        ("held-back", HELD_BACK),
        ("gen-dev", GEN_DEV),
        ("gen-held", GEN_HELD_BACK),
        ("member-dev", MA_DEV),
        ("member-held", MA_HELD_BACK),
        ("blind-dev", BLIND_DEV),
        ("blind-held", BLIND_HELD_BACK),
        ("blind2-dev", BLIND2_DEV),
        ("blind2-held", BLIND2_HELD_BACK),
    )
    for part, table in parts:
        rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for mode in MODES:
            verdicts = pipeline(mode, **settings).assess_many([c.text for c in table])
            for case, a in zip(table, verdicts, strict=True):
                ok = case.passes(a.raised)
                rows[case.functionality][mode] += ok
                rows[case.functionality][f"n_{mode}"] += 1
                t = totals[case.label]
                t[mode] += ok
                t[f"n_{mode}"] += 1
                if not ok and part in ("tune", "gen-dev", "member-dev", "blind-dev", "blind2-dev"):
                    missed.append(f"[{mode}] {case.functionality}: {case.text!r} -> {a.raised}")
        print(f"== {part} ({len(table)} cases)")
        print(f"{'functionality':32s} {'label':10s} {'n':>3s} {'rules':>6s} {'full':>6s}")
        labels = {c.functionality: c.label for c in table}
        for function, r in rows.items():
            n = r["n_rules"]
            print(
                f"{function:32s} {labels[function]:10s} {n:3d} "
                f"{r['rules'] / n:6.0%} {r['full'] / n:6.0%}"
            )
        _hatecheck_summary(totals)
    if failures:
        print("failures (tune, gen-dev, member-dev, blind-dev and blind2-dev only):")
        print("\n".join(f"  {f}" for f in missed) or "  none")


def _hatecheck_summary(totals: dict[str, dict[str, int]]) -> None:
    """Accuracy, recall on hateful cases and false alarms on non-hateful ones, per mode."""
    hate, other = totals["abuse"], totals["not abuse"]
    for mode in MODES:
        n = hate[f"n_{mode}"] + other[f"n_{mode}"]
        acc = (hate[mode] + other[mode]) / n
        recall = hate[mode] / max(1, hate[f"n_{mode}"])
        false_alarm = 1 - other[mode] / max(1, other[f"n_{mode}"])
        print(
            f"  {mode:5s} accuracy {acc:.3f}  recall {recall:.2f}  "
            f"false alarms {false_alarm:.2f} (hateful {hate[f'n_{mode}']}, "
            f"non-hateful {other[f'n_{mode}']})"
        )


def identity(failures: bool) -> None:
    """Identity templates: recall on negative cases, false-positive rate on the others.

    "raised" is any category raised (as the sealed evaluation counts it); "abuse" is abuse
    alone. Rates per family (polarity and template kind) and per part; failures are listed
    for DEV only, a few per family and template shape (held-back words and fresh shapes are
    never listed).
    """
    missed: dict[tuple[str, str], list[str]] = defaultdict(list)
    parts = (("dev", IDENT_DEV), ("held-back", IDENT_HELD_BACK), ("fresh-shapes", IDENT_FRESH))
    for part, table in parts:
        print(f"== identity {part} ({len(table)} cases)")
        print(
            f"{'family':18s} {'n':>5s} {'rules:raised':>12s} {'abuse':>6s} "
            f"{'full:raised':>11s} {'abuse':>6s}"
        )
        rates: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for mode in MODES:
            verdicts = pipeline(mode).assess_many([t.case.text for t in table])
            for t, a in zip(table, verdicts, strict=True):
                polarity = "negative" if t.family.startswith("negative") else "benign"
                for key in (t.family, polarity):
                    r = rates[key]
                    r[mode][0] += bool(a.raised)
                    r[f"{mode}:abuse"][0] += "abuse" in a.raised
                    r[mode][1] += 1
                    r[f"{mode}:abuse"][1] += 1
                wrong = bool(a.raised) != (polarity == "negative")
                if wrong and part == "dev" and mode == "full":
                    missed[(t.family, _shape(t))].append(f"{t.case.text!r} -> {a.raised}")
        for key in sorted(rates, key=lambda k: (k in ("negative", "benign"), k)):
            r = rates[key]
            cells = [r[m][0] / r[m][1] for m in ("rules", "rules:abuse", "full", "full:abuse")]
            print(
                f"{key:18s} {r['rules'][1]:5d} {cells[0]:12.3f} {cells[1]:6.3f} "
                f"{cells[2]:11.3f} {cells[3]:6.3f}"
            )
        print("  (negative rows: recall; benign rows: false-positive rate)")
    for part, texts in (("dev", MENTIONS_DEV), ("held-back", MENTIONS_HELD_BACK)):
        cells = []
        for mode in MODES:
            verdicts = pipeline(mode).assess_many(texts)
            raised = [a for a in verdicts if a.raised]
            cells.append(
                f"{mode} raised {len(raised)}, abuse {sum('abuse' in a.raised for a in raised)}"
            )
            if failures and part == "dev" and mode == "full":
                missed[("mentions", "dev")] += [
                    f"{t!r} -> {a.raised}" for t, a in zip(texts, verdicts, strict=True) if a.raised
                ]
        print(f"== identity mentions {part} ({len(texts)} quiet cases): " + "; ".join(cells))
    if failures:
        print("failures, full pipeline (dev only, up to 3 per family and shape):")
        for (family, shape), texts in sorted(missed.items()):
            print(f"  {family} {shape!r}: {len(texts)} e.g. " + "; ".join(texts[:3]))


def _shape(t: TCase) -> str:
    """The template a case came from, with its words put back as placeholders."""
    text = t.case.text
    if t.word:
        text = text.replace(t.word, "{w}")
    return text.replace(t.identity, "{A}")


if __name__ == "__main__":
    main()
