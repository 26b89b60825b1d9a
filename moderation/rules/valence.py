"""Words that judge, from a published sentiment lexicon rather than a hand list.

A generalisation about a protected group with no slur ("Polish parents are always rude",
"women are too emotional") is the typology's derogation whatever the adjective. The hand list
``lexicon.GROUP_TRAITS`` names the common ones; this adds every strongly negative word of the
VADER lexicon (Hutto and Gilbert, ICWSM 2014: 7,500 words, each the mean of ten raters' valence
on -4..+4), read from the installed ``vaderSentiment`` package.

Left out, by class and chosen before any data was read:
- participles (``-ed``, ``-ing``): what is done to a group or what it goes through
  ("refugees are traumatised", "trans kids are struggling") is not a judgement of it;
- feelings, illness and hardship: "Muslim families are scared", "Roma kids are sick too",
  "disabled people are poor": in a community of sick children these describe a life;
- words that are themselves a topic more than a verdict ("cancer", "death", "war").
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

#: Valence at or under which a word is a strong negative judgement (VADER's -4..+4 scale).
CUTOFF = -1.5

_NOT_A_JUDGEMENT = frozenset((
    # feelings
    "afraid", "angry", "anxious", "ashamed", "bored", "desperate", "distressed", "fearful",
    "frightful", "gloomy", "grief", "heartbroken", "helpless", "hopeless", "lonely",
    "lonesome", "miserable", "mournful", "nervous", "panicky", "sad", "sadder", "saddest",
    "scared", "sorrowful", "sorry", "tearful", "tense", "unhappy", "upset", "weary", "worry",
    "fear", "fears", "pain", "pains", "hurt", "hurts", "sadness", "misery", "depression",
    "anxiety",
    # illness, injury, death and hardship
    "sick", "sicker", "ill", "suicidal", "suicide", "dead", "death", "deaths", "die", "dies",
    "injury", "injuries", "fatal", "fatally", "disabled", "cancer", "tumor", "tumors", "tumour",
    "disease", "diseases", "poor", "poorer", "poorest", "poverty", "homeless", "hungry",
    "victim", "victims", "vulnerable", "broke", "lost", "alone", "unemployed", "jobless",
    "trauma", "struggle", "struggles", "stress", "tired",
    # topics and events rather than verdicts
    "war", "wars", "crisis", "crises", "tragedy", "tragedies", "disaster", "disasters",
    "accident", "accidents", "funeral", "funerals", "violence", "abuse", "harassment",
    "discrimination", "racism", "prejudice", "oppression", "persecution", "injustice",
    "unfair", "unfairly", "problem", "problems", "trouble", "troubles",
))  # fmt: skip


@cache
def negative_judgements() -> frozenset[str]:
    """Single words of the VADER lexicon with valence <= ``CUTOFF`` that judge (see above)."""
    return frozenset(
        word
        for word, v in _lexicon().items()
        if v <= CUTOFF and not word.endswith(("ed", "ing")) and word not in _NOT_A_JUDGEMENT
    )


@cache
def _lexicon() -> dict[str, float]:
    """Single words of the installed VADER lexicon -> valence (a word listed twice keeps its
    first entry)."""
    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out.setdefault(parts[0].lower(), float(parts[1]))
    return out


def valence(word: str) -> float | None:
    """The VADER valence of ``word`` (-4..+4), or None when the lexicon lacks it."""
    return _lexicon().get(word.lower())
