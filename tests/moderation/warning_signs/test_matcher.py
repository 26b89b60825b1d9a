from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import pytest

from moderation.embedding.minilm import shared_encoder
from moderation.normalize import normalize
from moderation.warning_signs.catalogue import CATALOGUE, CONTRAST
from moderation.warning_signs.matcher import SIMILARITY_MIN, WarningSignMatcher
from moderation.warning_signs.shape import about_author, candidate, quiet


class CountingEncoder:
    """The real encoder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        self.inner = shared_encoder()
        self.calls: list[int] = []
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            self.calls.append(len(texts))
        return self.inner.embed(texts)


@pytest.fixture
def counting() -> CountingEncoder:
    return CountingEncoder()


def test_catalogue_covers_the_taxonomies():
    names = {w.name for w in CATALOGUE}
    for item in (
        "wish to be dead",
        "a plan",
        "preparing: gathering means",
        "being a burden",
        "at a dangerous place",
        "saying goodbye, giving things away",
        "a child's self-harm or wish to die",
        "feeling trapped",
        "no reason to live",
    ):
        assert item in names
    for sign in CATALOGUE:
        assert len(sign.phrasings) >= 2, sign.name
        assert "C-SSRS" in sign.source or "988" in sign.source or "AFSP" in sign.source


@pytest.mark.parametrize(
    ("sentence", "mine"),
    [
        ("my family would be better off without me.", True),
        ("my son said he wants to die.", True),
        ("you would be better off without him.", False),
        ("the weather is awful today.", False),
    ],
)
def test_about_the_author(sentence, mine):
    assert about_author(sentence) is mine


@pytest.mark.parametrize(
    "sentence",
    [
        "i'm not going to hurt myself.",
        "i'm safe tonight.",
        "if you feel like a burden please call 988.",
        "in the movie my favourite character jumps off the bridge.",
        "the chemo is killing my son's blasts.",
    ],
)
def test_quiet_sentences(sentence):
    assert quiet(sentence)


def test_only_candidate_sentences_are_embedded(counting):
    matcher = WarningSignMatcher(counting)
    norms = [normalize("Scan day tomorrow. Fingers crossed."), normalize("I'm safe, don't worry.")]
    assert matcher.signals(norms) == [[], []]
    assert counting.calls == []  # nothing about the author at risk: nothing embedded, no catalogue


def test_catalogue_embedded_once_across_threads(counting):
    matcher = WarningSignMatcher(counting)
    norm = normalize("My family would be so much better off without me.")
    results: list[list] = []
    threads = [
        threading.Thread(target=lambda: results.append(matcher.signals([norm]))) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    phrasings = sum(len(w.phrasings) for w in CATALOGUE) + len(CONTRAST)
    assert len(matcher.bank.phrasings) == phrasings
    assert counting.calls.count(phrasings) == 1
    assert all(r[0] and r[0][0].category == "crisis" for r in results)


def test_signal_quotes_the_sentence_and_names_the_item(counting):
    matcher = WarningSignMatcher(counting)
    text = "Scan day went ok. I bought a rope today and hid it in the shed."
    [signals] = matcher.signals([normalize(text)])
    assert len(signals) == 1
    sig = signals[0]
    assert text[sig.start : sig.end].strip().startswith("I bought a rope")
    assert "gathering means" in sig.detail and "C-SSRS" in sig.detail
    assert 0.5 <= sig.score <= 1.0


def test_floor_is_respected(counting):
    strict = WarningSignMatcher(counting, floor=0.999)
    text = "My family would be better off without me, honestly."
    assert strict.signals([normalize(text)]) == [[]]
    assert 0.5 < SIMILARITY_MIN < 0.95


def test_a_sentence_closer_to_an_ordinary_lookalike_stays_quiet(counting):
    matcher = WarningSignMatcher(counting, floor=0.3)  # low floor: only the contrast decides
    [score] = matcher.scores(["i sorted out the tablets into the weekly pill box."])
    assert score == 0.0
    [score] = matcher.scores(["i've been saving up my sleeping pills."])
    assert score > 0.9


@pytest.mark.parametrize(
    ("sentence", "embedded"),
    [
        ("bought a rope today, didn't tell anyone", True),  # chat drops the subject
        ("on the roof again rn, just staring down", True),
        ("the ward was busy today", False),
    ],
)
def test_sentences_without_a_subject_are_the_author(sentence, embedded):
    assert candidate(sentence) is embedded


def test_a_goodbye_or_pain_with_the_illness_as_reason_stays_quiet():
    from moderation.warning_signs.loader import load_warning_sign_matcher

    matcher = load_warning_sign_matcher()
    assert matcher is not None and matcher.head is not None
    told = "I wrote goodbye letters to my kids for when I'm gone, just in case."
    illness = "I wrote goodbye letters to my kids before my surgery, just in case."
    means = "Counted out the oxycodone left from her palliative box and hid it."
    raised = matcher.signals([normalize(t) for t in (told, illness, means)])
    assert raised[0], "without the illness, a goodbye letter is a sign"
    assert not raised[1]
    assert raised[2], "gathering means is never read as the illness"


def test_a_sentence_about_the_author_is_not_anchored_on_a_childs_sign(counting):
    matcher = WarningSignMatcher(counting)
    sentence = "day 3 after chemo is always the worst, i can't keep anything down."
    row = np.asarray(matcher.bank.similarities([sentence])[0])
    anchored = row.copy()
    matcher.anchor_on_author(anchored, sentence)
    child = matcher.about_another
    assert child.any() and (anchored[: matcher.signs][child] == -1.0).all()
    assert (anchored[: matcher.signs][~child] == row[: matcher.signs][~child]).all()
    told = "my boy said he'd rather die than have more chemo."
    row = np.asarray(matcher.bank.similarities([told])[0])
    kept = row.copy()
    matcher.anchor_on_author(kept, told)
    assert (kept == row).all()


@pytest.mark.parametrize(
    "text",
    [
        "My pain is a 7 today even with the slow-release morphine, calling the nurse.",
        "the bone pain is unbearable even on the patches",
        "When I die I want my ashes scattered at the beach where we got married.",
        "Day 3 after chemo is always the worst, I can't keep anything down.",
        # a dose taken by mistake: a parent's safety question, not a method
        "She swallowed two of his tablets by accident, I googled whether that amount is lethal.",
        # giving the child their medicine is care, not a method
        "I know exactly which pills she takes and how many, I do them every night.",
    ],
)
def test_symptoms_doses_and_funeral_wishes_are_read_as_the_illness(counting, text):
    matcher = WarningSignMatcher(counting, head=_head())
    assert matcher.signals([normalize(text)]) == [[]]


@pytest.mark.parametrize(
    "text",
    [
        "I've been stockpiling my pain pills and I don't want to wake up.",
        "Tonight I'm going to take all my morphine and go to sleep for good.",
        "My son said he'd rather die than have more chemo.",
    ],
)
def test_signs_said_with_the_illness_still_raise(text):
    """Raised by the whole pipeline: the by-meaning stage reads some of these only near its line
    (the hidden-layer head, README), the rules read the rest."""
    from moderation import Assessor, ModerationSettings

    assert "crisis" in Assessor(ModerationSettings()).assess(text).raised


def _head():
    from moderation.warning_signs.head import load_head

    loaded = load_head()
    assert loaded is not None
    return loaded[0]


def test_a_sign_told_across_two_sentences_is_read_as_one():
    """A short message tells a sign across two sentences: each alone is ordinary."""
    from moderation.warning_signs.loader import load_warning_sign_matcher

    matcher = load_warning_sign_matcher()
    # Chosen with a margin of 0.02 or more to the line on either side: int8 vectors move by
    # about 0.01 between CPUs (README, Models).
    text = "I've got enough of his old tablets put aside now. Nobody knows they're there."
    [signals] = matcher.signals([normalize(text)])
    assert any(s.score >= 0.5 for s in signals)
    first, second = (normalize(t) for t in text.split(". ", 1))
    over = [[s for s in found if s.score >= 0.5] for found in matcher.signals([first, second])]
    assert over == [[], []]  # each alone at most near the line (``corroborate``)


def test_a_sign_in_one_sentence_is_quoted_from_that_sentence_only(counting):
    matcher = WarningSignMatcher(counting)
    text = "Scan day went ok. I bought a rope today and hid it in the shed."
    [signals] = matcher.signals([normalize(text)])
    assert [text[s.start : s.end] for s in signals] == [
        "I bought a rope today and hid it in the shed."
    ]
