# ruff: noqa: E501 (one case per line reads as a table)
"""Paraphrases of crisis warning signs with no "suicide words", for matching by meaning.

Written before the similarity floor of ``moderation.warning_signs`` was chosen, in two parts:

- ``DEV``: the cases the by-meaning stage is asserted on (``test_crisis_meaning.py``); the
  catalogue and the gates were checked against them while they were written.
- ``HELD_BACK``: written at the same time and never looked at while tuning; the report script
  (``scripts/moderation_warning_signs.py``) prints their pass rate, no test asserts them, and a
  failing one must not be "fixed" with a phrasing aimed at its wording.

The floor itself is chosen on benign development data only (see the script), never to catch
one of these.
"""

from __future__ import annotations

from .support import QUIET, Case

C = "crisis"


def _full(function: str, expect: str, *texts: str) -> list[Case]:
    """By-meaning cases need the MiniLM encoder: asserted on the full pipeline only."""
    return [Case(function, t, expect, ("full",)) for t in texts]


DEV: list[Case] = [
    *_full(
        "burden",
        C,
        "Everyone here would cope better if I was out of the picture.",
        "my kids deserve a mum who isnt a weight around their necks",
    ),
    *_full(
        "means",
        C,
        "I've been keeping the leftover liquid morphine from his last cycle in my bedside drawer.",
        "bought a length of rope at the hardware store today, didn't tell anyone why",
    ),
    *_full(
        "dangerous_place",
        C,
        "Parked on the top level of the multistorey, been sitting by the barrier for an hour.",
        "standing by the railway line near our house, trains every ten minutes",
    ),
    *_full(
        "goodbye",
        C,
        "Gave my guitar and my watch to my brother today and hugged everyone like it was the last time.",
    ),
    *_full(
        "child",
        C,
        "My 14 year old has been scratching her wrists with a compass and told me she wishes she'd never been born.",
    ),
    *_full("no_reason", C, "Without her there's nothing left that keeps me going."),
    # look-alikes that must stay quiet
    *_full(
        "negated_safe",
        QUIET,
        "I'm not going to hurt myself, I promise, I just needed to vent.",
        "Rough night but I'm safe and my sister is staying with me.",
    ),
    *_full(
        "support_other",
        QUIET,
        "If you ever feel like your family would be better off without you, please call someone tonight.",
    ),
    *_full(
        "character",
        QUIET,
        "In the book the mother gives away all her things before she walks into the sea.",
    ),
    *_full(
        "illness",
        QUIET,
        "The chemo is killing his blasts, the marrow is finally clean.",
        "My daughter's tumour is dying off, the scan showed necrosis.",
    ),
    *_full(
        "ordinary",
        QUIET,
        "I counted his pills for the week and put them in the organiser.",
        "We drove over the bridge to the children's hospital this morning.",
    ),
]

HELD_BACK: list[Case] = [
    *_full(
        "burden",
        C,
        "I'm costing everyone so much, they'd be relieved if I was gone.",
        "honestly my husband would have an easier life without me dragging him down",
    ),
    *_full(
        "means",
        C,
        "Counted out all of the oxycodone left from her palliative box and hid it in my handbag.",
        "I took my father's shotgun from his house, it's in the boot of my car",
    ),
    *_full(
        "dangerous_place",
        C,
        "On the bridge over the motorway, watching the lorries go under.",
        "up on the hospital roof, its quiet up here and a long way down",
    ),
    *_full(
        "goodbye",
        C,
        "Left letters for each of the kids and gave the dog to my neighbour, I think I'm ready now.",
    ),
    *_full("child", C, "My son cut his arms last night and keeps saying he wants to be dead."),
    *_full("trapped_pain", C, "I'm stuck in this and the only exit I can see is not being alive."),
    *_full("wish_dead", C, "I hope I just don't wake up one of these mornings."),
    # look-alikes that must stay quiet
    *_full("negated_safe", QUIET, "Don't worry about me, I'm not going to do anything to myself."),
    *_full("support_other", QUIET, "You are not a burden, your kids need you and so do we."),
    *_full(
        "news", QUIET, "The news said a man jumped from the bridge near the hospital last night."
    ),
    *_full("illness", QUIET, "Radiation is killing the tumour cells, the oncologist is pleased."),
    *_full("ordinary", QUIET, "I gave away his old baby clothes to a family on the ward."),
]
