"""Ordinary support-group talk and perturbation invariance.

The first table holds everyday messages of parents of children in treatment, written with
the words that detectors trip on (kill, die, shot, port, fever, sugar, leave, burden, pills,
bridge, goodbye), which must raise nothing. The property tests check that casing, spacing,
look-alike letters, zero-width characters and trailing punctuation never change the verdict
of any functional case (rules floor; the model sees the same normalised text).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import test_abuse, test_crisis, test_misinformation
from .support import QUIET, Case, KnownMisses, cases, check, param_ids, params, pipeline

ORDINARY: list[Case] = [
    *cases(
        "everyday",
        QUIET,
        "Counts are up! ANC 1400, we get to go home tomorrow.",
        "She got her flu shot at clinic today, the nurse said it's fine during maintenance.",
        "Port accessed on the first try, he didn't even cry.",
        "Does anyone have tips for getting a 4 year old to swallow pills?",
        "Bald and beautiful. Day 100 post transplant!",
        "We're leaving the hospital after 43 days. Goodbye ward 6, hello own bed.",
        "He had a fever of 38.5 last night so we went straight to the ER, they started "
        "antibiotics within the hour.",
        "Our dietitian said a bit of sugar is fine, he needs the calories.",
        "I'm exhausted but we're getting there. Thank you all for the kind words.",
        "My husband stayed with her tonight so I could sleep at home for once.",
        "So angry at this disease. Nothing about it is fair.",
        "I cried in the car park for twenty minutes and then went back in with a smile.",
        "Another scan on Thursday. The waiting is the worst part.",
        "u ok hun? thinking of u both x",
        "r u going to the parents' evening on friday?",
        # Calming words ahead of sound advice: not a claim that a fever can wait.
        "If your kid spikes a fever on chemo, don't panic. Ring the ward.",
        "red port site? dont freak out, just call the day unit and they'll check it",
        # Praise of a group in an emphatic shape the whole-text model read as derogation.
        "The Muslim families on our ward have been nothing but welcoming.",
        # A patient's own voice: death feared or asked about, medicine handed back or packed
        # as prescribed, a myth named in quotation marks, the end of treatment.
        "Honestly some days I think I'm going to die of this and I won't see my daughter "
        "finish school. Then I have a good day and it passes. Is this normal?",
        "Had to tell my 7 year old that mummy's medicine makes her hair fall out. She asked if "
        "I'm going to die. I said the doctors are working very hard.",
        "Finished with the oxycodone after my surgery healed, so I took the leftover tablets back "
        "to the pharmacy for safe disposal.",
        "Keeping all my meds in hand luggage in their original boxes, with a letter from my "
        "oncologist listing them. Anything else I should think of?",
        "My dietitian was clear food supports treatment rather than replaces it, a relief after "
        "all the 'starve the cancer' stuff my cousin sends me.",
        "Anyone else feel more scared after treatment ended than during? No more appointments "
        "and I feel like no one is watching the cancer.",
        "I was diagnosed with stage 4 last year. I've written letters for my kids and recorded "
        "videos for their birthdays.",
        # Where or when to die of the illness (advance care planning), and "here" that is a ward.
        "If the cancer wins I want to die in my own bed, not on a ward.",
        "When the time comes I'd like to die peacefully with music on.",
        "I don't want to be here anymore, this ward is driving me mad, I want my own bed.",
    ),
    # Everyday words that crisis rules once over-read: cutting hair or hours, wishing
    # for an easier life, a night off from the family.
    *cases(
        "crisis_words_everyday",
        QUIET,
        "Cutting my own hair short before it starts falling out from the chemo.",
        "I had to cut my hours at work to be at the hospital more.",
        "cut my finger making his packed lunch, the nurses laughed at me",
        "Money-wise we'd be better off if I was back at work, but he needs me here.",
        "Everything would be easier if I just was more organised with the meds chart.",
        "The kids would be better off without me for a night, they love sleepovers at nana's.",
        "Burned my hand on the oven, the ward kitchen is a hazard.",
    ),
    # Replies that only agree or acknowledge: the whole-text model once hid "That is true."
    *cases(
        "agreement",
        QUIET,
        "That's so true.",
        "yeah true",
        "Good point!",
        "fair enough x",
        "you're right",
        "Thank you so much!",
        "lol so true",
        "Exactly!!",
    ),
]

ALL_CASES: list[Case] = (
    test_crisis.POSITIVE
    + test_crisis.LOOKALIKE
    + test_abuse.POSITIVE
    + test_abuse.LOOKALIKE
    + test_misinformation.POSITIVE
    + test_misinformation.LOOKALIKE
    + ORDINARY
)
_RULE_CASES = [c for c in ALL_CASES if "rules" in c.modes]
_CONFUSABLE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440"}


@pytest.mark.parametrize(("case", "mode"), params(ORDINARY), ids=param_ids(ORDINARY))
def test_ordinary_message_stays_quiet(case: Case, mode: str) -> None:
    check(case, mode)


# Conditional wishes and comparisons in a parent's voice: the grammar of a grievance about a
# group ("we'd all be happier if ..."), about nothing of the kind. Written 2026-12-06 to
# measure the abuse head trained with Hearth's implicit-hate rows (README). Two were wrong
# before those rows: the NG tube (abuse, p=0.76) and the chemo (read as a child's wish to
# die). The steroids wish raises abuse since (p=0.53); the move scored 0.52 with those rows
# alone and 0.46 with the neutral mentions added. Both sit near the line, so their verdicts
# may follow the CPU (README, Models).
WISHES: list[Case] = cases(
    "ordinary_wish",
    QUIET,
    "She would be happier if the steroids stopped, honestly.",
    "He'd be so much happier if the chemo was over.",
    "My daughter would be happier if she could just go home.",
    "The nurses would be happier if we parked in the other car park.",
    "We'd all be happier if the consultant called back on time.",
    "Everyone on the ward would be happier if the wifi worked.",
    "They would be happier without the NG tube, poor things.",
    "My son would be a lot happier if his friends visited more.",
    "Honestly the kids would be happier if we moved closer to the hospital.",
    "She'd be happier if the other mums stopped asking about her hair.",
)
WISH_MISSES = KnownMisses(
    WISHES, ("They would be happier without the NG tube", "He'd be so much happier if the chemo")
)
WISH_BORDERLINE = KnownMisses(
    WISH_MISSES.asserted,
    ("She would be happier if the steroids", "Honestly the kids would be happier if we moved"),
)


def test_known_wish_misses_are_listed() -> None:
    WISH_MISSES.check()
    WISH_BORDERLINE.check(still_wrong=False)


@pytest.mark.parametrize("case", WISH_BORDERLINE.asserted, ids=lambda c: c.id)
def test_an_ordinary_wish_stays_quiet(case: Case) -> None:
    check(case, "full")


def _perturb(text: str, data: st.DataObject) -> str:
    words = text.split(" ")
    out = []
    for word in words:
        kind = data.draw(st.sampled_from(["same", "upper", "title", "confusable", "zw"]))
        if kind == "upper":
            word = word.upper()
        elif kind == "title":
            word = word.capitalize()
        elif kind == "confusable":
            word = "".join(_CONFUSABLE.get(ch, ch) for ch in word)
        elif kind == "zw" and len(word) > 2:
            word = word[:1] + "\u200b" + word[1:]
        out.append(word)
    gap = data.draw(st.sampled_from([" ", "  ", " \t"]))
    tail = data.draw(st.sampled_from(["", " ", "!!", " :(", " :)", " ;)", " <3", "..."]))
    return gap.join(out) + tail


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.sampled_from(_RULE_CASES), data=st.data())
def test_perturbation_keeps_the_verdict(case: Case, data: st.DataObject) -> None:
    rules = pipeline("rules")
    before = rules.assess(case.text).raised
    text = _perturb(case.text, data)
    after = rules.assess(text).raised
    assert after == before, (text, before, after)
