"""Counselling-style questions and support talk that name death, thoughts or hurt: no crisis.

Written for Hearth after grouping the benign development rows the crisis pipeline raised
(CounselChat questions, ESConv turns) into classes of language; no case is a dataset row.
Each class has look-alikes that must stay quiet and genuine-crisis paraphrases in the same
register that must still raise crisis (the class is a reading of the words around the sign,
not a licence to ignore the sign):

- ``rumination``: going over an event, a person or a decision ("I go over it all day", "that
  comment haunts me") where the thought is of something that is not dying or ending
  one's life (DSM/CBT rumination, not the C-SSRS item 2 "thoughts of killing oneself").
- ``existential``: death, the afterlife or the meaning of life in general ("the idea of
  existing for eternity", "what happens when we die"): death anxiety and existential
  questions, not a wish to be dead (C-SSRS item 1 is about one's own death, wished for).
- ``anothers_death``: grief and guilt over someone else's death ("if I had stayed he might
  still be alive"): complicated grief, not the author's wish to die.
- ``better_life``: hopes and plans for the family's future ("give my kids a better life"),
  which share words with the 988 burden sign ("they'd have a better life without me").
- ``relationship_hurt``: the hurt of a break-up or of being apart ("it hurts to be away from
  him"), not the 988 sign of unbearable pain one wants ended by dying.

The split is by phrasing: ``DEV`` is what fixes are tuned on; ``HELD_BACK`` was written in a
separate pass, in other registers, and is only counted (``scripts/moderation_counselling_talk.py``
prints its totals per class, never its failures). ``CRISIS_DEV`` / ``CRISIS_HELD_BACK`` are the
genuine crises of each class. Written and committed before any code was changed for them.
"""

from __future__ import annotations

from moderation.types import Category

from .support import QUIET, Case, cases

CRISIS = Category.CRISIS.value

DEV: list[Case] = [
    *cases(
        "rumination",
        QUIET,
        "I go over it in my head all day long and can't focus at work.",
        "What my sister said at the wedding still haunts me, I replay it every night.",
        "I can't stop thinking about what she said to me at the party.",
        "i keep replaying the argument in my head over and over",
        "How do I stop obsessing over my ex? I think about him constantly.",
        "The thought of that meeting keeps me up at night.",
    ),
    *cases(
        "existential",
        QUIET,
        "The idea of existing for eternity, even somewhere good, overwhelms me.",
        "Sometimes I think people are only born to work, have kids and die.",
        "I lie awake wondering about the afterlife and it gives me panic attacks.",
        "What is the point of life if we all just die in the end? I think about this a lot.",
        "i get scared thinking about what happens when we die",
        "The concept of eternity makes me dizzy.",
    ),
    *cases(
        "anothers_death",
        QUIET,
        "Maybe if I had stayed with him that night he would still be alive.",
        "If I had called the ambulance sooner my brother would still be here.",
        "I blame myself for my mum's death, I should have noticed she was sick.",
        "my grandad died last month and i keep thinking it was my fault",
        "How do I forgive myself? My dog died because I left the gate open.",
    ),
    *cases(
        "better_life",
        QUIET,
        "I'll do whatever it takes to move my family somewhere safer and give them a better life.",
        "I want my kids to have a better life than I had growing up.",
        "We are moving so the children can have a better future.",
        "i just want a better life for my family, thats why i work two jobs",
    ),
    *cases(
        "relationship_hurt",
        QUIET,
        "My husband works abroad and living apart from him hurts. It hurts all over.",
        "It hurts so much that she doesn't text me back anymore.",
        "The breakup hurts more than anything I've felt before.",
        "it hurts knowing hes with someone new",
    ),
]

CRISIS_DEV: list[Case] = [
    *cases(
        "rumination",
        CRISIS,
        "I spend all day thinking about killing myself.",
        "I can't stop thinking about ending it all.",
        "thoughts of not being here anymore haunt me day and night",
    ),
    *cases(
        "existential",
        CRISIS,
        "I don't want to live forever, I don't want to live at all.",
        "What is the point of my life, I just want to die.",
        "i wish i could go to sleep and never wake up",
    ),
    *cases(
        "anothers_death",
        CRISIS,
        "He's dead because of me and I don't deserve to be alive.",
        "Since my mum died I've been thinking about ending my life.",
    ),
    *cases(
        "better_life",
        CRISIS,
        "My family would have a better life without me.",
        "everyone would be better off if i was gone",
    ),
    *cases(
        "relationship_hurt",
        CRISIS,
        "It hurts so much since he left that I want to die.",
        "the breakup hurts so bad i keep cutting myself",
    ),
]

HELD_BACK: list[Case] = [
    *cases(
        "rumination",
        QUIET,
        "My mind keeps going back to the interview, I think about it constantly.",
        "I've been dwelling on that comment my boss made for a week now.",
        "it's eating me up inside, I go over it every night before bed",
        "Why can't I let go of something that happened ten years ago? It's always on my mind.",
        "I lie awake thinking about the mistakes I made in that relationship.",
    ),
    *cases(
        "existential",
        QUIET,
        "Does anyone else get anxious about the idea of nothingness after we die?",
        "My son asked me what happens when people die and I didn't know what to say.",
        "I've been questioning the meaning of life since I turned forty.",
        "Thinking about the universe ending one day gives me a weird sense of dread.",
        "I'm terrified of death, not because I want it, just the idea of not existing scares me.",
    ),
    *cases(
        "anothers_death",
        QUIET,
        "If I'd driven her home that night she'd still be alive, I can't shake that.",
        "I keep wondering whether my dad would still be here if I'd made him see a doctor.",
        "It's my fault my cat died, I didn't take her to the vet in time.",
        "Since my best friend passed I feel guilty for being the one who's still here.",
    ),
    *cases(
        "better_life",
        QUIET,
        "All I want is to build a better life for my wife and daughter.",
        "I'm saving every penny so my kids get a better start than I did.",
        "we're working hard to give our son a better life over here",
    ),
    *cases(
        "relationship_hurt",
        QUIET,
        "Being away from my girlfriend hurts so much, we only see each other once a month.",
        "It really hurt when my sister didn't invite me to the wedding.",
        "it still hurts every time i see them together",
    ),
]

CRISIS_HELD_BACK: list[Case] = [
    *cases(
        "rumination",
        CRISIS,
        "All I think about, all day every day, is how I would kill myself.",
        "my mind keeps going back to ending my life",
    ),
    *cases(
        "existential",
        CRISIS,
        "I'm not afraid of death anymore, I'm looking forward to it.",
        "there's no meaning to my life, i'd rather be dead",
    ),
    *cases(
        "anothers_death",
        CRISIS,
        "It should have been me who died, not her. I want to join her.",
        "I killed him by not being there, and I'm going to end my life tonight.",
    ),
    *cases(
        "better_life",
        CRISIS,
        "my wife and kids would have a better life if i wasn't around",
    ),
    *cases(
        "relationship_hurt",
        CRISIS,
        "The pain of losing her is unbearable and I just want it all to end for good.",
    ),
]
