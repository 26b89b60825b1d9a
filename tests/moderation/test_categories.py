from datetime import UTC, datetime, timedelta

import pytest

from moderation import Action, Assessor, MessageContext, ModerationSettings, RecentMessage


@pytest.mark.parametrize(
    "text",
    [
        "go k1ll yourself, seriously",
        "k i l l  y o u r s e l f",
        "You are an idiot for trusting those doctors.",
        "what a stupid b1tch, block her already",
        "If you post that again I will find out where you live.",
        "Nobody asked for your opinion, moron.",
        "Immigrants like you are draining the hospital, go back where you came from.",
    ],
)
def test_abuse_raised(assessor, text):
    a = assessor.assess(text)
    assert "abuse" in a.raised
    assert a.action == "hide"


@pytest.mark.parametrize(
    "text",
    [
        "F*** cancer. Seriously.",
        "This fucking disease took his hair.",
        "Screw neuroblastoma and screw the insurance company that denied the scan.",
        "The chemo is killing off his blasts, counts should recover by next week.",
        "They said the tumor is mostly dead tissue now after radiation.",
        "I could kill for one full night of sleep.",
        "Our nurse absolutely killed it with the IV today.",
        "The doctor explained what a lethal dose of methotrexate would be.",
        "The T cells attack the cancer cells.",
    ],
)
def test_profanity_at_illness_and_medical_words_allowed(assessor, text):
    a = assessor.assess(text)
    assert a.raised == ()
    assert a.action == "allow"


def test_profanity_scored_but_allowed_and_quoted(assessor):
    a = assessor.assess("F*** cancer.")
    assert a.scores["profanity"] >= 0.5
    assert any(r.category == "profanity" and r.quote == "F***" for r in a.reasons)


def test_reasons_quote_original_text(assessor):
    a = assessor.assess("go k1ll yourself")
    quotes = [r.quote for r in a.reasons if r.category == "abuse"]
    assert "go k1ll yourself" in quotes


@pytest.mark.parametrize(
    "text",
    [
        "I can't do this anymore. Everyone would be better off without me.",
        "I have my husband's pain pills saved up. I keep counting them at night.",
        "Tonight I wrote goodbye letters to my other two kids.",
        "I hurt myself again last night, the cuts are getting deeper.",
        "My 15 year old told me he wants to kill himself because of the pain.",
        "honestly i just want to die",
        "I don't see the point of living anymore.",
        "i want to d i e",
        "Ive put a gun in my mouth before and pulled the trigger. It jammed.",
        "I just haven't had the courage to swallow all the pills.",
        "Last night I found myself tempted to look for my dad's guns.",
        "My method isn't going anywhere, I keep telling myself I shouldn't.",
        "Sometimes I wonder if I tried to overdose whether anyone would even notice.",
        "I just hope I don't wake up tomorrow.",
        "Honestly not existing sounds good right now.",
        "I don't want to be around anymore.",
    ],
)
def test_crisis_raised_and_never_hidden(assessor, text):
    a = assessor.assess(text)
    assert a.crisis
    assert a.action == "review"


@pytest.mark.parametrize(
    "text",
    [
        "If anyone here is having thoughts of suicide please call or text 988.",
        "I'm not suicidal, just tired.",
        "I feel like I'm dying inside every time she asks.",
    ],
)
def test_crisis_negation_and_support(assessor, text):
    assert not assessor.assess(text).crisis


def test_crisis_with_abuse_is_review(assessor):
    a = assessor.assess("I want to kill myself, you idiot")
    assert a.crisis and "abuse" in a.raised and a.action == "review"


def test_misinformation_starter_and_organizer_patterns(assessor):
    a = assessor.assess("Stop the chemo and try apricot kernels, they cured my friend's son.")
    assert "misinformation" in a.raised
    assert not assessor.assess("Her vitamin D was low so they started a supplement.").raised
    custom = Assessor(ModerationSettings(misinformation_patterns=[r"\bmagic\s+beans\b"]))
    b = custom.assess("Magic beans fixed his counts")
    assert "misinformation" in b.raised
    assert any(r.signal == "organizer pattern" for r in b.reasons)


def _ctx(now, texts, new=False):
    recent = tuple(
        RecentMessage(t, now - timedelta(seconds=5 * (i + 1))) for i, t in enumerate(texts)
    )
    return MessageContext(
        author_id="u1", channel="general", author_is_new=new, recent=recent, now=now
    )


def test_spam_repeats_bursts_and_new_member_links(assessor):
    now = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    rep = assessor.assess("Buy my book!", _ctx(now, ["Buy my book!", "buy my book"]))
    assert "spam" in rep.raised
    burst = assessor.assess("hi", _ctx(now, ["a", "b", "c", "d", "e"]))
    assert "spam" in burst.raised
    link = assessor.assess("see https://example.com/x", _ctx(now, [], new=True))
    assert "spam" in link.raised
    old = assessor.assess("see https://example.com/x", _ctx(now, [], new=False))
    assert "spam" not in old.raised
    assert "spam" not in assessor.assess("Buy my book!").raised


@pytest.mark.parametrize(
    "text,signal",
    [
        ("text me at (555) 201-7788 tonight", "phone number"),
        ("my email is jane.doe@example.com", "e-mail address"),
        ("we are at 1423 Maple Street, come by", "street address"),
        ("her MRN: 40091234 if the nurse asks", "medical record number"),
    ],
)
def test_privacy(assessor, text, signal):
    a = assessor.assess(text)
    assert "privacy" in a.raised
    assert any(r.signal == signal for r in a.reasons)


def test_privacy_ignores_hotlines(assessor):
    assert not assessor.assess("Call 1-800-422-6237 or text 988 any time.").raised


def test_assess_many_matches_assess(assessor):
    texts = ["hello", "go k1ll yourself", "I want to die"]
    assert [a.raised for a in assessor.assess_many(texts)] == [
        assessor.assess(t).raised for t in texts
    ]
    assert Action.HIDE.value == assessor.assess_many(texts)[1].action


@pytest.mark.parametrize(
    "text",
    [
        "Packed crackers, juice boxes and the tablet for the long clinic day.",
        "A coon got into the trash at the Ronald McDonald house last night.",
        "He dressed up as a spook for the hospital Halloween parade.",
    ],
)
def test_ambiguous_slur_words_alone_are_not_abuse(assessor, text):
    a = assessor.assess(text)
    assert "abuse" not in a.raised
    assert a.scores["abuse"] < 0.5


def test_unambiguous_slur_still_raises(assessor):
    a = assessor.assess("shut up you stupid faggot")
    assert "abuse" in a.raised
    assert any(r.signal == "slur" for r in a.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "I have attempted to talk with him about it, but he avoids it.",
        "Apparently, I also have an ODD diagnosis on top of everything.",
        "I want to end this relationship, but I don't feel like I can.",
        "I really want to stop worrying and enjoy things.",
        "She finally swallowed the pills, all five of them, no gagging!",
        "I don't want to be around people right now, I just need a nap.",
        "I was tempted to cut his hair myself before the chemo took it.",
        "I know it sucks but it really can get better. Find someone to talk to.",
        "It's a pleasure, I wish you the best.",
    ],
)
def test_crisis_words_in_ordinary_sentences(assessor, text):
    assert not assessor.assess(text).crisis


def test_drinking_that_harms_is_a_known_miss(assessor):
    """Ordinary in the sense that it is no suicide warning sign, but since the whole-text
    model's box was chosen again (``corroborate.AGREE_FROM`` 0.71, model from 0.26) it raises
    crisis (a moderator looks, no hide). Listed so a fix is noticed."""
    assert assessor.assess("I keep drinking even though it's harming myself and others.").crisis


def test_model_alone_needs_the_author_and_not_support_for_others():
    from moderation.normalize import normalize
    from moderation.rules.crisis import crisis_model_gate

    own = normalize("I feel so empty and heavy tonight, like I am disappearing.")
    assert crisis_model_gate(own, [], 0.9)[0] == 0.9
    for advice in (
        "Hang in there, it does get better. PM me.",
        "Personally I would take some time to myself and spend it with my family.",
    ):
        score, detail = crisis_model_gate(normalize(advice), [], 0.9)
        assert score < 0.5 and "support" in detail
    score, detail = crisis_model_gate(normalize("You're not alone, I'm here for you."), [], 0.9)
    assert score < 0.5 and "someone else" in detail


@pytest.mark.parametrize(
    "text",
    [
        "I was tempted to jump in the car and drive straight to the hospital.",
        "We finally found the courage to go through with the transplant.",
        "She finally has the courage to take her pills without a fight.",
        "The plan is set: chemo on Monday, scans on Friday.",
        "The safety was on the cabinet but he still got into the meds drawer.",
    ],
)
def test_crisis_phrases_need_their_dangerous_object(text):
    from moderation.normalize import normalize
    from moderation.rules.crisis import detect_crisis

    assert max((s.score for s in detect_crisis(normalize(text))), default=0.0) < 0.5
