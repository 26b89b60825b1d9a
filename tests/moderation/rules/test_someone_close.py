"""Whose crisis: a parent telling of their child (or partner) gets the helper's care; any sign
of the author's own, or "me too", keeps the author's. Paraphrases per C-SSRS item as a parent
reports it, and look-alikes where the author is at risk and a child is only mentioned."""

from __future__ import annotations

import pytest

from moderation import Assessor
from moderation.rules.base import BY_MEANING, Signal
from moderation.rules.someone_close import (
    SIGNAL,
    TOLD_BY_MEANING,
    TOLD_BY_RULE,
    about_someone_close,
    someone_close,
)

TOLD = [
    # wish to be dead (C-SSRS 1), as the parent reports it
    "My son told me last night he wants to die. I don't know what to do.",
    "She keeps saying she wishes she was never born.",
    "He's been talking about not wanting to be here anymore since the relapse. I'm scared.",
    "my daughter (15) told her counselor she wants to die, what do we do now",
    # suicidal thoughts and intent
    "My husband said he wants to kill himself and he has his guns in the garage.",
    "I can't do this anymore, my son said he wants to kill himself.",
    # self-harm
    "My 14 year old has been cutting her thighs, we're seeing the GP tomorrow.",
    "Found fresh cuts on my daughter's arms tonight.",
    # a goodbye that is theirs
    "I found my son's goodbye letter in his room.",
    "she wrote a suicide note and left it on her desk, I'm shaking",
]
OWN = [
    # the author's own signs, with a child only mentioned
    "My kids would be better off without me, I've been thinking of ending it.",
    "I keep thinking my son would be better off if I was gone.",
    "I wrote goodbye letters to my kids last night.",
    "I have the pills saved up, my son will be fine without me.",
    # both: the child's and the author's
    "My son said he wants to die and honestly so do I.",
    "My daughter keeps saying she wants to die and I'm thinking about ending it all too.",
    "I want to die too, my daughter said she wants to kill herself and I can't cope.",
    # no one else at all
    "I can't do this anymore, I want to end my life.",
    # the child's medicine is the author's means
    "I took all her pills last night.",
    "I swallowed all of his leftover pills.",
    "I've been stockpiling her leftover oxy.",
]


def _close(assessor: Assessor, text: str) -> bool:
    result = assessor.assess(text)
    assert result.crisis, text
    return about_someone_close(r.to_dict() for r in result.reasons)


@pytest.mark.parametrize("text", TOLD)
def test_a_report_about_someone_close_is_theirs(assessor: Assessor, text: str) -> None:
    assert _close(assessor, text)


@pytest.mark.parametrize("text", OWN)
def test_a_sign_of_the_authors_own_keeps_the_authors_care(assessor: Assessor, text: str) -> None:
    assert not _close(assessor, text)


def test_the_reason_explains_itself_without_quoting(assessor: Assessor) -> None:
    result = assessor.assess("My son told me he wants to kill himself.")
    (reason,) = [r for r in result.reasons if r.signal == SIGNAL]
    assert reason.category == "crisis" and reason.quote == ""
    assert "someone else" in reason.detail


def test_no_reason_when_nothing_is_raised(assessor: Assessor) -> None:
    result = assessor.assess("My son is doing well after his last round of chemo.")
    assert not result.crisis
    assert not about_someone_close(r.to_dict() for r in result.reasons)


TEXT = "my son said he wants to die. i feel hopeless."


def _sig(signal: str, score: float, start: int = 0, end: int = 10) -> Signal:
    return Signal("crisis", score, signal, start, end, "")


def test_weak_signs_of_the_author_do_not_count() -> None:
    told = _sig(TOLD_BY_RULE, 0.95, 0, 27)
    weak = _sig("hopelessness", 0.45, 29, 44)
    model = _sig("model:minilm", 0.8, 0, len(TEXT))
    assert someone_close([told, weak, model], 0.5, TEXT) is not None
    assert someone_close([told, _sig("hopelessness", 0.6, 29, 44)], 0.5, TEXT) is None


def test_the_threshold_counts_for_told_signs_too() -> None:
    assert someone_close([_sig(TOLD_BY_MEANING, 0.45)], 0.5, TEXT) is None
    assert someone_close([_sig(TOLD_BY_MEANING, 0.55)], 0.5, TEXT) is not None
    assert someone_close([_sig("model:minilm", 0.9)], 0.5, TEXT) is None


def test_means_that_belong_to_another_stay_the_authors_sign() -> None:
    """ "Her leftover oxy" in the author's drawer is the author's sign; "her suicide note"
    is hers."""
    text = "i've been saving up her leftover oxy."
    start = text.index("leftover")
    assert someone_close([_sig("means", 0.9, start, len(text) - 1)], 0.5, text) is None
    text = "i found her suicide note."
    start = text.index("suicide")
    assert someone_close([_sig("goodbye", 0.9, start, start + 12)], 0.5, text) is not None


def test_a_sentence_read_by_meaning_is_the_sign_the_rules_read_in_it() -> None:
    """The by-meaning stage reads whole sentences: "i found my son's goodbye letter" is his
    goodbye, read twice, not a second sign of the author's. A sentence with no sign the rules
    give to another stays the author's."""
    text = "i found my son's goodbye letter in his room."
    sentence = _sig(BY_MEANING, 0.6, 0, len(text) - 1)
    start = text.index("goodbye")
    told = _sig("goodbye", 0.9, start, start + 14)
    assert someone_close([told, sentence], 0.5, text) is not None
    text = "i wrote goodbye letters to my kids last night."
    start = text.index("goodbye")
    own = _sig("goodbye", 0.9, start, start + 15)
    assert someone_close([own, _sig(BY_MEANING, 0.6, 0, len(text) - 1)], 0.5, text) is None
    # a by-meaning sentence beside (not around) another's sign is still the author's
    text = "my son said he wants to die. i've given my things away."
    told = _sig(TOLD_BY_RULE, 0.95, 0, 27)
    beside = _sig(BY_MEANING, 0.6, 29, len(text) - 1)
    assert someone_close([told, beside], 0.5, text) is None


# A parent's report of their child's self-harm or wish to be dead, in frames the rules read
# loosely (a listener or a diary named, another clause before the wish, a blade and marks), and
# the same words as hyperbole or as the illness. Written from the NHS and AFSP warning signs of
# self-harm in young people, not from any test set.
CHILD_TOLD = [
    "She told the play specialist she wishes she'd never been born.",
    "She wrote in her diary that she hates herself and wants to die.",
    "he told his teacher he wishes he wasn't alive any more",
    "caught him with a pencil sharpener blade in his room, there were marks on his wrist",
    "found blades taken out of her pencil sharpeners in her pencil case",
    "found her with a razor in the bathroom and there were fresh scratches on her arm",
    "my 13yo said we'd all be better off without her and then locked herself in the bathroom",
    "the school rang, my son told his teacher he was going to jump off the climbing frame to die",
    "found a note in her school bag saying sorry for being so much trouble",
]
CHILD_LOOK_ALIKES = [
    "she said she wants to die of embarrassment about her bald head lol",
    "I want to die of embarrassment, my phone went off in clinic",
    "he told the nurse he wants to die at home with his dog on the bed",
    "she caught her arm on the sharpener blade at school, needed a plaster",
    "I found the sharpener blade on the floor after the cat knocked the pot over",
    "found him with a razor shaving his first moustache, so proud",
    "my 13yo said we'd all be better off without her moaning and went to her room in a huff",
    "my son told his teacher he was going to jump off the climbing frame like superman",
    "found a note in her school bag saying sorry to her friend for the argument",
    "we're driving her home to die, the team agreed it's what she wants",
    "I swallowed a whole bottle of wine to die a little inside lol",
]


@pytest.mark.parametrize("text", CHILD_TOLD)
def test_a_childs_sign_in_a_looser_frame_raises(assessor: Assessor, text: str) -> None:
    assert assessor.assess(text).crisis, text


@pytest.mark.parametrize("text", CHILD_LOOK_ALIKES)
def test_hyperbole_and_ordinary_blades_stay_quiet(assessor: Assessor, text: str) -> None:
    assert not assessor.assess(text).crisis, text
