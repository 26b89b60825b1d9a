"""Neutral and positive mentions of identity groups, written for Hearth: abuse hard negatives.

A sentence encoder puts "I am a gay man" near hate about gay people: the identity word
dominates the vector. Dixon et al. (2018, "Measuring and mitigating unintended bias in text
classification") mitigate this by adding non-toxic sentences that name identities; these are
Hearth's own, in a support group's voice (``ok`` rows of source ``hearth_identity``), every
template crossed with every identity term. ``stance_rows`` adds praise of groups and
counter-speech for them (``written.identity_stance``, source ``hearth_stance``), each
template with ``STANCE_IDENTITIES`` of the terms in turn, so every term appears about as often.
"""

from __future__ import annotations

from .written import (
    group_hate,
    identity_mentions_b,
    identity_stance,
    member_abuse_a,
    member_abuse_b,
)

TEMPLATES = (
    "I am {a} {id} {person}.",
    "I'm {id} and a mom of two.",
    "As {a} {id} dad, this group has been a lifeline for me.",
    "My husband is {id}.",
    "Our nurse on the night shift is {id} and she is wonderful with our son.",
    "Being {id} is part of who I am.",
    "{Id} families pay the same hospital bills as everyone else.",
    "The {id} community at our church brought us meals all week.",
    "There is {a} {id} parents' group that meets at the hospital on Thursdays.",
    "We are {a} {id} family and we felt welcome on the ward.",
    "My best friend is {id} and she drove us to clinic today.",
    "I met {a} {id} mom in the waiting room who gave me the best advice.",
    "Our oncologist is {id}.",
    "Is there anyone else here who is {id}?",
    "My daughter's donor was {a} {id} woman, and we are so grateful.",
    "{Id} people deserve good care like everyone.",
)
IDENTITIES = (
    "gay",
    "lesbian",
    "bisexual",
    "queer",
    "trans",
    "transgender",
    "nonbinary",
    "black",
    "white",
    "asian",
    "latino",
    "hispanic",
    "mexican",
    "african american",
    "muslim",
    "jewish",
    "christian",
    "catholic",
    "hindu",
    "sikh",
    "buddhist",
    "atheist",
    "immigrant",
    "deaf",
    "blind",
    "disabled",
    "older",
    "young",
)


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def identity_rows() -> list[dict]:
    """Every template with every identity, as eval-style rows (label ``ok``)."""
    rows = []
    for t, template in enumerate(TEMPLATES):
        for identity in IDENTITIES:
            text = template.format(
                a=_article(identity), id=identity, Id=identity.capitalize(), person="person"
            )
            rows.append(
                {
                    "id": f"hearth_identity-{t}-{identity}",
                    "text": text,
                    "label": "ok",
                    "source": "hearth_identity",
                    "group": identity,
                }
            )
    return rows


STANCE_IDENTITIES = 8


def _filled(source: str, templates: list[tuple[str, str, str]]) -> list[dict]:
    """Rows of (kind, label, template) templates, each filled with ``STANCE_IDENTITIES``
    identity terms taken in turn through ``IDENTITIES``; a template naming no identity is one
    row. A template's rows share an id prefix, so they share a fold (``corpus.author_key``)."""
    rows = []
    for t, (kind, label, template) in enumerate(templates):
        fills = STANCE_IDENTITIES if "{" in template else 1
        for j in range(fills):
            identity = IDENTITIES[(t * STANCE_IDENTITIES + j) % len(IDENTITIES)]
            text = template.format(a=_article(identity), id=identity, Id=identity.capitalize())
            rows.append(
                {
                    "id": f"{source}-{t}-{identity}",
                    "text": text,
                    "label": label,
                    "source": source,
                    "group": kind,
                }
            )
    return rows


def stance_rows() -> list[dict]:
    """Praise of groups and counter-speech (``written.identity_stance``).

    Label ``ok``."""
    templates = [("praise", "ok", t) for t in identity_stance.PRAISE]
    templates += [("counter", "ok", t) for t in identity_stance.COUNTER]
    return _filled("hearth_stance", templates)


def group_hate_rows() -> list[dict]:
    """Implicit hate about groups and its look-alikes (``written.group_hate``).

    Labels ``abusive`` and ``ok``."""
    templates = [("abusive", "abusive", t) for t in group_hate.ABUSIVE]
    templates += [("lookalike", "ok", t) for t in group_hate.LOOKALIKE]
    return _filled("hearth_group_hate", templates)


def mention_rows() -> list[dict]:
    """A second writer's neutral mentions of groups (``written.identity_mentions_b``).

    Filled like the stance templates, label ``ok``."""
    return _filled("hearth_mentions", [("mention", "ok", t) for t in identity_mentions_b.MENTIONS])


def member_rows() -> list[dict]:
    """Abuse aimed at a member and its look-alikes (``written.member_abuse_a``, ``_b``).

    Two blind writers wrote them for the member-abuse stage; here they are whole messages,
    labels ``abusive`` and ``ok``, one fold per message. They hold no identity slot, so each
    is one row."""
    templates = [
        (kind, label, text)
        for module in (member_abuse_a, member_abuse_b)
        for label, sets in (("abusive", module.POSITIVES), ("ok", module.LOOKALIKES))
        for kind, texts in sets.items()
        for text in texts
    ]
    return _filled("hearth_member", templates)
