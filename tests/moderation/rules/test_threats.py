"""The threat rule reads a threat by its parts: a lever aimed at "you" with intent, a
condition or a veil. Each look-alike holds the same parts minus the one that makes a threat."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.registers import playful, protective
from moderation.rules.threats import threats


def _kind(text: str) -> str | None:
    found = threats(normalize(text).text)
    return found[0].detail.split(" [")[0] if found else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # intent + custody lever
        (
            "I'll ring social services about you and they'll take your kids off you.",
            "threat to custody or livelihood",
        ),
        # condition + livelihood lever, text-speak
        (
            "keep lying about me n im gonna email ur manager everything",
            "threat to custody or livelihood",
        ),
        # condition + exposure lever across two sentences
        (
            "I've kept every DM. Carry on and they're going up on your school's parent page.",
            "threat of exposure",
        ),
        # condition + harm to the body
        (
            "One more comment like that and you'll be picking your teeth up off the floor.",
            "threat of violence",
        ),
        (
            "If you ever said that to my face you wouldn't be standing for long.",
            "threat of violence",
        ),
        # self-sufficient veils
        ("Be a real shame if something happened to that pram of yours.", "veiled threat"),
        ("Your address and real name are going in every group I'm in tonight.", "veiled threat"),
        (
            "What do you think your church would say if I forwarded them your messages?",
            "veiled threat",
        ),
        # a weak veil with a condition
        ("Keep posting and you'll find out the hard way.", "veiled threat"),
        ("post about my son again and see what happens", "conditional threat"),
        # turning up, with a sign the meeting is hostile
        (
            "I'll be outside the day unit on Friday. Bring your husband for backup.",
            "threat to turn up",
        ),
        # veils from threat assessment: harm left to others, the family as the price of the
        # target's words, a place the target cannot block, a pet no longer safe outside
        ("Keep talking like that. Not everyone here is as patient as me.", "veiled threat"),
        ("ur boys are lovely. think of them before u open ur mouth again", "veiled threat"),
        (
            "I'm there every Monday for his bloods. You can't block me at the clinic.",
            "veiled threat",
        ),
        ("that cat of yours, I wouldn't let it out on its own any more", "veiled threat"),
        ("you can block me online all you like, you can't block me in real life", "veiled threat"),
        # retaliation held back only by distance
        ("ur lucky this is online, id have put u on the floor by now", "veiled threat"),
        ("You're lucky I don't know where you live.", "veiled threat"),
        ("Lucky for you there's a screen between us.", "veiled threat"),
    ],
)
def test_a_threat_is_read_by_its_parts(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # the lever said of an institution, with no "you"
        "If the pharmacy gets his dose wrong again I'm going to the local paper.",
        # reported to the moderators
        "If you message me again I'll report you to the mods.",
        # the author's own trial, not a dare
        "I'll talk to the nurse tomorrow and see what happens.",
        # advice: the consequence of an omission, or of persistence
        "Keep pushing the hospital and you'll get that appointment.",
        # the body word in its literal sense
        "Watch your back when you lift him out of the bath, mine went last week.",
        # the reader protected, not threatened
        "I'll batter anyone who hurts you, I swear.",
        "If your boss says one more word about your time off, I'll be furious for you.",
        "If he keeps this up you should tell social services, they will help you.",
        # kindness and play
        "I'll be waiting outside radiotherapy with a hot chocolate for you.",
        "if you post one more photo of that cake I'm coming round to steal it 😂",
        "Your photos from the fundraiser are going up on the charity's page tomorrow!",
        # sympathy with a threat's words
        "I know you've got a lot to lose right now, please look after yourself.",
        # negated intent
        "I would never call social services on you, you're a brilliant mum.",
        # the same words in care or advice
        "think about your kids before you post their photos publicly, strangers can see them",
        "not everyone is as patient as me with the ward wifi lol",
        "you can't block me there, the ward wifi blocks everything",
        "I wouldn't let him out on his own any more either, not with his counts so low",
        "It would be terrible if your son got hurt on the trampoline, get a net!",
        "You're so lucky your onc answers messages online, ours never does.",
        "you're lucky this is online, I'd have hugged you by now 😂",
    ],
)
def test_a_lookalike_is_not_a_threat(text: str) -> None:
    assert _kind(text) is None


def test_protective_and_playful_registers() -> None:
    assert protective("anyone who says that to you again will have me to deal with")
    assert not protective("you need to deal with me directly, not through the mods")
    assert playful("i'll fight you for the last biscuit lol")
    assert not playful("i'll fight you in the car park")
