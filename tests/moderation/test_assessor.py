"""A batch is read the same as its messages one by one, whichever thread does which part: the
models and by-meaning stages run beside the rules from ``assessor._OVERLAP_MIN`` messages."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from moderation import Assessor
from moderation import assessor as assessor_module
from moderation.bench import long_posts

TEXTS = [
    "Her counts came back up! ANC is 1200, we get to go home tomorrow.",
    "go k1ll yourself, nobody wants you here",
    "I've been counting his leftover oxycodone. I think there's enough now.",
    "Years ago I wanted to die. I got help and I'm in a good place now.",
    "Apricot kernels cure cancer, stop the chemo and the tumour will starve.",
    "Call me on 07700 900123 about the car share.",
    *long_posts(3),
]


def _read(a) -> tuple:
    return (a.raised, a.action, a.scores, tuple((r.signal, r.quote, r.detail) for r in a.reasons))


def test_a_batch_reads_like_its_messages_alone(assessor: Assessor):
    assert len(TEXTS) >= assessor_module._OVERLAP_MIN
    together = [_read(a) for a in assessor.assess_many(TEXTS)]
    alone = [_read(assessor.assess(t)) for t in TEXTS]
    assert together == alone
    assert "crisis" in together[2][0] and "abuse" in together[1][0] and not together[0][0]


def test_the_models_run_beside_the_rules(assessor: Assessor, monkeypatch):
    seen: list[str] = []
    read = Assessor._read_by_models

    def spy(self, norms, masked):
        seen.append(threading.current_thread().name)
        return read(self, norms, masked)

    monkeypatch.setattr(Assessor, "_read_by_models", spy)
    assessor.assess_many(TEXTS)
    assessor.assess(TEXTS[0])  # one chat message: no thread hop
    assert seen[0].startswith("assess-models") and seen[1] == threading.current_thread().name


def test_callers_on_several_threads_get_the_same_readings(assessor: Assessor):
    want = [_read(a) for a in assessor.assess_many(TEXTS)]
    with ThreadPoolExecutor(3) as pool:
        got = list(pool.map(lambda _: [_read(a) for a in assessor.assess_many(TEXTS)], range(3)))
    assert got == [want] * 3


@pytest.mark.parametrize(
    ("text", "abuse"),
    [
        # the burden sign, aimed at no one: despair, not an attack
        ("they'd all be better off if i wasnt born", False),
        ("my kids would be better off if id never been born", False),
        # someone to aim at: the reader, a person, a group
        ("you would all be better off if I was dead, you made sure of that you bitches", True),
        ("the world would be better off if muslims were dead", True),
    ],
)
def test_the_burden_sign_aimed_at_no_one_is_not_abuse(assessor: Assessor, text: str, abuse: bool):
    result = assessor.assess(text)
    assert ("abuse" in result.raised) is abuse
    assert "crisis" in result.raised or "muslims" in text
