"""The member-abuse stage on the real encoder and the shipped head."""

from __future__ import annotations

import pytest

from moderation.assessor import Assessor
from moderation.embedding.minilm import model_dir, shared_encoder
from moderation.member_abuse.catalogue import CATALOGUE, CONTRAST, THREAT_LEVERS
from moderation.member_abuse.kinds import BY_NAME, KINDS
from moderation.member_abuse.matcher import (
    SIGNAL,
    MemberAbuseMatcher,
    load_head,
    load_kind_head,
    load_member_abuse_matcher,
)
from moderation.normalize import normalize
from moderation.settings import ModerationSettings

pytestmark = pytest.mark.skipif(model_dir() is None, reason="MiniLM weights not installed")


def test_catalogue_covers_the_person_directed_typology():
    names = {k.name for k in CATALOGUE}
    assert {
        "telling a member to leave",
        "mocking grief or a sick child",
        "blaming a parent for the illness",
        "wishing harm on a member or their child",
        "threatening a member",
        "contempt for a member",
    } <= names
    phrasings = [p for k in CATALOGUE for p in k.phrasings]
    assert len(phrasings) == len(set(phrasings)) >= 90
    assert not set(phrasings) & set(CONTRAST)


def test_shipped_head_was_chosen_out_of_fold():
    loaded = load_head()
    assert loaded is not None
    head, figures = loaded
    assert head.coef.shape == (384,)
    assert figures["threshold"] == head.threshold
    assert figures["benign_rows_raised_oof"] <= figures["budget"] * figures["benign_rows"]
    assert figures["catalogue_phrasings_oof_recall"] >= 0.6


def test_matcher_embeds_only_sentences_told_to_someone():
    matcher = load_member_abuse_matcher()
    assert matcher is not None
    norms = [
        normalize("Long night on the ward. He slept at last."),
        normalize("Scan day tomorrow. Honestly nobody wants you in this group, take the hint."),
    ]
    out = matcher.signals(norms)
    assert out[0] == []
    [signal] = out[1]
    assert signal.category == "abuse" and signal.signal == SIGNAL and signal.score >= 0.5
    assert norms[1].text[signal.start : signal.end].startswith("honestly nobody wants you")
    assert "telling a member to leave" in signal.detail


@pytest.mark.parametrize(
    "text",
    [
        "honestly the group was nicer before u showed up, do everyone a favour and go",
        "another week another sob story, its getting old",
        "maybe if you hadn't fed him all that junk he wouldn't be sick",
        "I really hope the next scan is bad news for you",
        "keep posting that and you will find out what happens, I know where you live",
    ],
)
def test_new_wordings_of_each_kind_raise_abuse(text: str):
    result = Assessor().assess(text)
    assert "abuse" in result.raised
    assert any(r.signal == SIGNAL for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "take all the time away from the group that you need, we'll be here",
        "someone wrote 'nobody wants you here' under my post and I reported it",
        "it is not your fault he relapsed, please be kind to yourself",
        "I hope the next scan is good news for you",
        "you are not a failure, you are a tired mum doing her best",
        # the kind heads' look-alikes: a kind offer, a report, a threat received, advice
        "I'll be waiting by the lifts with a coffee for you x",
        "if this keeps up I'm reporting the thread to the admins",
        "my sister said she'd ring social services on me, has anyone been through that?",
        "your husband should be careful lifting her after the surgery",
        # self-doubt, an accusation received, a dose questioned
        "I felt like a fraud at the support group, his leukaemia is low risk",
        "someone said I was making her illness up for attention, I'm gutted",
        "are you sure that's the dose the consultant gave? worth checking",
        # sound urgent advice to a parent, told with "your kid"
        "if your kid spikes a fever on chemo call the oncology line straight away, dont wait",
    ],
)
def test_look_alikes_stay_quiet(text: str):
    assert "abuse" not in Assessor().assess(text).raised


# Raised by the threat head since it learned the written threats (2026-12-07): knowing a
# member's children's school reads as the intimidation it learned; "the nurse there is lovely"
# does not outweigh it. The trade, +10 sealed threats for 3 sealed look-alikes, is in the README.
KNOWN_RAISED = ["I know what school your kids go to, the nurse there is lovely"]


@pytest.mark.parametrize("text", KNOWN_RAISED)
def test_known_raised_look_alikes_are_still_raised(text: str):
    """A look-alike listed here that goes quiet belongs back in ``test_look_alikes_stay_quiet``."""
    result = Assessor().assess(text)
    assert "abuse" in result.raised and result.action == "review"


def test_everyday_phrases_with_threat_words_are_not_read_as_threats():
    assert "abuse" not in Assessor().assess("Watch your back when you lift her!").raised
    # (the whole-text head scores this one at the line on its own: not this stage's doing)
    result = Assessor().assess("I know where you're coming from")
    assert not any(r.signal == SIGNAL for r in result.reasons)


def test_setting_turns_the_stage_off():
    text = "honestly the group was nicer before u showed up, do everyone a favour and go"
    off = Assessor(ModerationSettings(abuse_by_meaning=False)).assess(text)
    assert not any(r.signal == SIGNAL for r in off.reasons)


def test_abuse_found_by_meaning_alone_is_reviewed_not_hidden():
    alone = Assessor().assess("honestly the group was nicer before u showed up, do us a favour")
    assert alone.raised == ("abuse",) and alone.action == "review"
    with_words = Assessor().assess("nobody wants you here, you pathetic idiot")
    assert "abuse" in with_words.raised and with_words.action == "hide"


def test_kind_wishes_stay_quiet_and_harmful_ones_raise():
    assert "abuse" not in Assessor().assess("I hope your scan comes back clear!").raised
    assert "abuse" in Assessor().assess("hope your little one relapses").raised


def test_kind_phrasings_are_apart_from_every_look_alike():
    threats = BY_NAME["threats"].phrasings
    assert set(THREAT_LEVERS) <= set(threats) and len(threats) >= 50
    look_alikes = set(CONTRAST).union(*(k.contrast for k in KINDS))
    for kind in KINDS:
        assert len(kind.phrasings) == len(set(kind.phrasings)) >= 20
        assert not set(kind.phrasings) & look_alikes
    assert sum(k.budget for k in KINDS) <= 0.001  # at most the main head's budget again


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_shipped_kind_heads_were_chosen_out_of_fold_at_their_budget(kind):
    loaded = load_kind_head(kind)
    assert loaded is not None
    head, figures = loaded
    assert figures["kind"] == kind.name and figures["budget"] == kind.budget
    assert figures["threshold"] == head.threshold
    assert figures["benign_rows_raised_oof"] <= kind.budget * figures["benign_rows"]
    written = figures.get("written", {})
    assert written.get("sets", []) == list(kind.written)
    assert figures.get("support_weight", 0.0) == kind.support_weight  # older heads lack the key
    # the phrasings, and of each written threat embedded, its sentence nearest one of them
    assert figures["positives"] == len(kind.phrasings) + written.get("messages_embedded", 0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "one more post about my son and I'll be round yours by Friday",
            "threats",
        ),
        ("ur husband wants to be careful on his walk home from the depot", "threats"),
        ("honestly I reckon you exaggerate every scan result for sympathy", "faking"),
        ("funny how the leukaemia only ever flares up when your donations slow down", "faking"),
    ],
)
def test_what_the_main_head_leaves_a_kind_head_reads(text: str, kind: str):
    loaded = load_head()
    assert loaded is not None
    assert MemberAbuseMatcher(shared_encoder(), loaded[0]).signals([normalize(text)]) == [[]]
    result = Assessor().assess(text)
    assert "abuse" in result.raised and result.action == "review"
    [reason] = [r for r in result.reasons if r.signal == SIGNAL]
    assert reason.detail.startswith(f"{kind} classifier score")
    assert BY_NAME[kind].label in reason.detail


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # abuse only this stage reads, quoted as sent to the author: kept up, moderators told
        ('got this in my DMs: "imagine making your kid\'s death all about you"', True),
        # the same words quoted from elsewhere, or kind words received: nobody's case
        ('a woman at the school gate said "imagine making your kid\'s death all about you"', False),
        ('got this in my DMs: "thinking of you and your boy today, sending love"', False),
    ],
)
def test_quoted_abuse_received_by_meaning_tells_the_moderators(text: str, told: bool):
    result = Assessor().assess(text)
    assert "abuse" not in result.raised
    assert any(r.signal == "received" for r in result.reasons) is told


def test_the_received_notice_quotes_the_quotation_alone():
    result = Assessor().assess(
        'got this in my DMs: "imagine making your kid\'s death all about you"'
    )
    (told,) = [r for r in result.reasons if r.signal == "received"]
    assert told.quote == "imagine making your kid's death all about you"
