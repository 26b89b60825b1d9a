"""Heads of one kind alone: the kinds the main member-abuse head reads least well.

The main head (``matcher.HEAD_FILE``) learns every catalogued kind at once. Teaching it more
phrasings of a weak kind raised its line for all of them (threats: 0.635 -> 0.65, and the
other kinds lost more than threats gained), so a weak kind gets a head of its own: the same
sentence vectors, the same benign rows and look-alikes, its own phrasings and look-alikes,
and its own line chosen out of fold at its own share of the benign budget (``budget``; the
kind heads' shares add to at most the main head's). ``python -m
moderation.training.member_abuse DATA_DIR --kind NAME`` trains one. A kind head raises only a
sentence the main head leaves.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import (
    CATALOGUE,
    FAKING,
    FAKING_CONTRAST,
    THREAT_CONTRAST,
    THREAT_LEVERS,
)


@dataclass(frozen=True)
class KindHead:
    """One kind's head: what it is taught and where its weights are shipped."""

    name: str
    label: str
    phrasings: tuple[str, ...]
    contrast: tuple[str, ...]
    budget: float
    file: str
    # sets of ``training.written`` taught with the phrasings, and the weight of the written
    # support register among the negatives (``training.member_abuse``)
    written: tuple[str, ...] = ()
    support_weight: float = 0.0


def _catalogued(name: str) -> tuple[str, ...]:
    return next(k for k in CATALOGUE if k.name == name).phrasings


KINDS: tuple[KindHead, ...] = (
    # Half the main head's budget, chosen before anything was measured.
    KindHead(
        "threats",
        "threatening a member; threat assessment: conditional, veiled and intimidation",
        _catalogued("threatening a member") + THREAT_LEVERS,
        THREAT_CONTRAST,
        0.0005,
        "member_threat_head.npz",
        # 2026-12-07: 160 threats and 96 look-alikes written blind for training, with the
        # support register at weight 5 against kind offers (chosen on the development tables
        # over weight 0 and 1 and a written weight of 0.5; README)
        written=("threats",),
        support_weight=5.0,
    ),
    # A fifth of the main head's budget: at half, the development tables' look-alikes (civil
    # disagreement, banter, blunt advice) raised 9 more for 13 more abusive messages caught; at
    # a fifth, 1 more for 4 (README).
    KindHead(
        "faking",
        "accusing a member of faking the illness; derogation of credibility",
        FAKING,
        FAKING_CONTRAST,
        0.0002,
        "member_faking_head.npz",
    ),
)
BY_NAME = {k.name: k for k in KINDS}
