"""Combinatorial identity-term suite: every identity term with every attribute, per template.

Written in one sitting (December 2026) before any measurement, from Hearth's own word lists:
identity terms over protected characteristics (religion, ethnicity and nationality,
migration, sexual orientation, gender identity, disability, age), negative attributes
(very negative adjectives, dehumanising nouns, strong negative emotions) and positive or
neutral ones, and sentence shapes of each polarity (statements about the plural group and
"X people", "being X is", second-person "you are a ... X person", questions, self-
identification, "I hate / I love", counter-speech quoting a negative word to reject it).
Nothing here is copied from any dataset.

The split is by word, not by sentence: an identity term and an attribute word are each
assigned to ``dev`` or ``held`` by a hash of the word (one in three held). A case is DEV when
both its words are dev words, HELD_BACK when both are held words; mixed combinations are
dropped, so no held-back word is ever seen while tuning. ``HELD_BACK`` must never be used to
change anything: ``scripts/moderation_functional.py --identity`` prints its rates, never its
failures.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import pairwise

from .hate_functional import HATEFUL, NOT_HATEFUL, HCase

# (adjective / singular form, plural group form)
IDENTITIES: tuple[tuple[str, str], ...] = (
    # religion
    ("Muslim", "Muslims"),
    ("Jewish", "Jews"),
    ("Christian", "Christians"),
    ("Hindu", "Hindus"),
    ("Sikh", "Sikhs"),
    ("atheist", "atheists"),
    ("Catholic", "Catholics"),
    ("Buddhist", "Buddhists"),
    # ethnicity, nationality, migration
    ("Black", "Black people"),
    ("white", "white people"),
    ("Asian", "Asians"),
    ("Mexican", "Mexicans"),
    ("Arab", "Arabs"),
    ("Chinese", "Chinese people"),
    ("African", "Africans"),
    ("Latino", "Latinos"),
    ("Indian", "Indians"),
    ("immigrant", "immigrants"),
    ("refugee", "refugees"),
    # sexual orientation
    ("gay", "gays"),
    ("lesbian", "lesbians"),
    ("bisexual", "bisexuals"),
    ("queer", "queer people"),
    ("homosexual", "homosexuals"),
    # gender identity
    ("trans", "trans people"),
    ("transgender", "transgender people"),
    ("nonbinary", "nonbinary people"),
    # disability
    ("disabled", "disabled people"),
    ("deaf", "deaf people"),
    ("blind", "blind people"),
    ("autistic", "autistic people"),
    # age
    ("old", "old people"),
    ("elderly", "elderly people"),
)

# Attribute words by part of speech: an adjective, a plural noun phrase, an emotion verb
# taking the group as object, a predicate with the group as subject.
NEG_ADJ = (
    "disgusting", "filthy", "evil", "stupid", "vile", "worthless", "pathetic", "repulsive",
    "gross", "dirty", "subhuman", "disgraceful", "lazy", "dangerous", "ugly", "sick", "nasty",
    "inferior",
)  # fmt: skip
NEG_NOUN = (
    "animals", "vermin", "parasites", "rats", "cockroaches", "scum", "trash", "a disease",
    "a plague", "savages",
)  # fmt: skip
NEG_EMOTION = ("hate", "despise", "loathe", "detest", "can't stand")
NEG_FEELING = ("make me sick", "disgust me", "make my skin crawl")

POS_ADJ = (
    "wonderful", "kind", "lovely", "brave", "normal", "valid", "beautiful", "strong", "smart",
    "ordinary", "welcome", "proud", "fine", "great",
)  # fmt: skip
POS_NOUN = ("people too", "human beings", "our neighbours", "part of our community")
POS_EMOTION = ("love", "respect", "admire", "support")
POS_FEELING = ("deserve respect", "make me proud")

# Templates per attribute kind: {A} identity adjective, {P} plural group, {w} attribute.
NEG_TEMPLATES: dict[str, tuple[str, ...]] = {
    "adj": (
        "{P} are {w}",
        "all {P} are so {w}",
        "{A} people are {w}",
        "being {A} is {w}",
        "you are a {w} {A} person",
        "why are {P} so {w}?",
    ),
    "noun": ("{P} are {w}", "{P} are nothing but {w}"),
    "emotion": ("I {w} {P}", "honestly I {w} all {A} people"),
    "feeling": ("{P} {w}",),
}
# Second round (added after the first measurement, before running them): other linking verbs,
# the inverted "how <adj> X are", and a pronoun taking up the group in a second clause.
NEG_TEMPLATES["adj"] += (
    "{P} seem so {w}",
    "{P} have always been {w}",
    "it's obvious how {w} {P} are",
    "I met some {P} once, they are {w}",
)
POS_TEMPLATES: dict[str, tuple[str, ...]] = {
    "adj": (
        "{P} are {w}",
        "{A} people are {w}",
        "being {A} is {w}",
        "I am a {w} {A} person",
        "you are a {w} {A} person",
        "my nurse is {A} and she is {w}",
    ),
    "noun": ("{P} are {w}", "{A} people are {w}"),
    "emotion": ("I {w} {P}", "we {w} our {A} members"),
    "feeling": ("{P} {w}",),
}
POS_TEMPLATES["adj"] += (
    "the {A} families we met here were so {w}",
    "our {A} neighbours have always been {w}",
    "{P} have been {w} to my daughter",
)
POS_TEMPLATES["emotion"] += ("we {w} the {A} families on this ward",)
# Counter-speech: a negative word quoted to reject it (not hateful).
COUNTER_TEMPLATES: dict[str, tuple[str, ...]] = {
    "adj": ("it is wrong to say {P} are {w}", "nobody should call {A} people {w}"),
    "noun": ("stop saying {P} are {w}",),
}
# Neutral identity mentions with no attribute (split by identity term only).
NEUTRAL_TEMPLATES = (
    "I am {A}",
    "my son's nurse is {A}",
    "are there any {A} parents here?",
    "{A} families are welcome in this group",
    "our oncologist is {A} and so am I",
    "what is it like being {A} on a children's ward?",
)

NEG_WORDS = {"adj": NEG_ADJ, "noun": NEG_NOUN, "emotion": NEG_EMOTION, "feeling": NEG_FEELING}
POS_WORDS = {"adj": POS_ADJ, "noun": POS_NOUN, "emotion": POS_EMOTION, "feeling": POS_FEELING}


def _hash(word: str) -> str:
    return hashlib.sha256(word.lower().encode()).hexdigest()


def _held(groups: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """One word in three of every list, chosen by the order of a stable hash of the word.

    Per list, so that every characteristic and every attribute kind has held-back words.
    """
    held: set[str] = set()
    for words in groups:
        held.update(w for i, w in enumerate(sorted(words, key=_hash)) if i % 3 == 1)
    return frozenset(held)


# Protected characteristic of each identity term, in IDENTITIES order (for the split).
_CHARACTERISTICS = (8, 11, 5, 3, 4, 2)
_bounds = [sum(_CHARACTERISTICS[:i]) for i in range(len(_CHARACTERISTICS) + 1)]
HELD_WORDS: frozenset[str] = _held(
    (
        *(tuple(a for a, _ in IDENTITIES[lo:hi]) for lo, hi in pairwise(_bounds)),
        NEG_ADJ,
        NEG_NOUN,
        NEG_EMOTION,
        NEG_FEELING,
        POS_ADJ,
        POS_NOUN,
        POS_EMOTION,
        POS_FEELING,
    )
)


def part(word: str) -> str:
    """'held' for the held-back words (``HELD_WORDS``), else 'dev'."""
    return "held" if word in HELD_WORDS else "dev"


@dataclass(frozen=True)
class TCase:
    """A generated case: its family (polarity and template kind), identity term and word."""

    family: str
    identity: str
    word: str
    case: HCase


def _expand(
    family: str,
    label: str,
    templates: dict[str, tuple[str, ...]],
    words: dict[str, tuple[str, ...]],
) -> list[TCase]:
    out: list[TCase] = []
    for kind, shapes in templates.items():
        for word in words[kind]:
            for adj, plural in IDENTITIES:
                for shape in shapes:
                    text = shape.format(A=adj, P=plural, w=word)
                    text = text[0].upper() + text[1:] if shape[0] == "{" else text
                    out.append(TCase(f"{family}_{kind}", adj, word, HCase(family, text, label)))
    return out


def _neutral() -> list[TCase]:
    return [
        TCase("neutral", adj, "", HCase("neutral", shape.format(A=adj), NOT_HATEFUL))
        for adj, _ in IDENTITIES
        for shape in NEUTRAL_TEMPLATES
    ]


ALL: list[TCase] = [
    *_expand("negative", HATEFUL, NEG_TEMPLATES, NEG_WORDS),
    *_expand("positive", NOT_HATEFUL, POS_TEMPLATES, POS_WORDS),
    *_expand("counter", NOT_HATEFUL, COUNTER_TEMPLATES, NEG_WORDS),
    *_neutral(),
]


def _split(which: str) -> list[TCase]:
    seen: set[str] = set()
    out: list[TCase] = []
    for t in ALL:
        if part(t.identity) != which or (t.word and part(t.word) != which):
            continue
        if t.case.text not in seen:  # "{P} are" and "{A} people are" coincide for some terms
            seen.add(t.case.text)
            out.append(t)
    return out


DEV: list[TCase] = _split("dev")
HELD_BACK: list[TCase] = _split("held")


# Fresh sentence shapes, written after the rules above were changed and before this part was
# run: the DEV/HELD_BACK split above holds words back, not shapes, and the approval shapes of
# the rules were written with its templates in view. Every identity term and word appears here
# in new shapes; the script prints the rates, never the failures. Never tuned on.
FRESH_NEG_TEMPLATES: dict[str, tuple[str, ...]] = {
    "adj": (
        "I can't believe how {w} {P} are",
        "{P} are {w} and everyone knows it",
        "{P} will always be {w}",
        "{P}? {w}, every last one of them",
        "seriously, what is it about {A} people, they're all {w}",
    ),
    "noun": ("{A} people are nothing but {w}", "face it, {P} are {w}"),
    "emotion": ("I {w} every single one of those {P}",),
    "feeling": ("honestly {P} {w}",),
}
FRESH_POS_TEMPLATES: dict[str, tuple[str, ...]] = {
    "adj": (
        "the {A} parents on this forum have been so {w}",
        "my best friend is {A} and she is the most {w} person I know",
        "{P} here have been nothing but {w} to us",
    ),
    "emotion": ("we {w} the {A} community",),
}
FRESH_NEUTRAL_TEMPLATES = (
    "so grateful for the {A} nurses on our ward",
    "the {A} chaplain sat with us all night",
    "{A} parents, how do you explain treatment to grandparents?",
    "is there a support group for {A} families?",
)


def _fresh() -> list[TCase]:
    out = [
        *_expand("negative", HATEFUL, FRESH_NEG_TEMPLATES, NEG_WORDS),
        *_expand("positive", NOT_HATEFUL, FRESH_POS_TEMPLATES, POS_WORDS),
        *[
            TCase("neutral", adj, "", HCase("neutral", shape.format(A=adj), NOT_HATEFUL))
            for adj, _ in IDENTITIES
            for shape in FRESH_NEUTRAL_TEMPLATES
        ],
    ]
    seen: set[str] = set()
    return [t for t in out if not (t.case.text in seen or seen.add(t.case.text))]


FRESH_SHAPES: list[TCase] = _fresh()
