"""Neutral and positive mentions of identity groups in a parent's voice: must stay quiet.

A sentence encoder reads a group's *name* as abuse ("my neighbour is a gay man" scored like
hate about gay people; Dixon et al. 2018 call this unintended identity-term bias). These
carriers describe people by an identity the way members do (a neighbour, a nurse, a friend,
oneself) and are crossed with every identity term of ``moderation.training.identity`` (whose
own templates are training rows; none of these carriers is among them).

Written 2026-12-04. ``DEV`` (the first ten carriers) was looked at while building the
counterfactual gate (``moderation/counterfactual.py``); ``HELD_BACK`` was written in the same
sitting before anything was measured on it, and must never be used to change anything
(``scripts/moderation_functional.py --identity`` prints its rate, never its failures).
"""

from __future__ import annotations

from moderation.training.identity import IDENTITIES

DEV_CARRIERS = (
    "My neighbour is a {id} woman.",
    "{Id} people are people like everyone else.",
    "Our son's best friend at school is {id}.",
    "I'm {id} and I worry about my daughter every single night.",
    "The chaplain said {id} families often ask for this, and it helped.",
    "Happy holidays to all the {id} parents here!",
    "We went to a {id} support night at the hospital.",
    "She is {id}, and she is the kindest nurse on the floor.",
    "Does anyone know a {id} counsellor near Leeds?",
    "My dad was {id} and proud of it.",
)
HELD_BACK_CARRIERS = (
    "My boss is a {id} man and he gave me the week off for surgery.",
    "The new family in room 12 is {id}, say hi if you see them.",
    "our play therapist is {id} and the kids adore her",
    "Being {id} never mattered to anyone on the ward.",
    "My sister-in-law, who is {id}, sat with him all night.",
    "I think there are a few {id} mums in this group, right?",
    "The {id} couple next door mowed our lawn all summer.",
    "i'm a {id} single dad, any tips for hospital stays?",
    "His donor was a {id} man from another state.",
    "We have {id} friends who have been amazing through all of this.",
)


def _fill(carriers: tuple[str, ...]) -> list[str]:
    return [c.format(id=i, Id=i.capitalize()) for c in carriers for i in IDENTITIES]


DEV: list[str] = _fill(DEV_CARRIERS)
HELD_BACK: list[str] = _fill(HELD_BACK_CARRIERS)
