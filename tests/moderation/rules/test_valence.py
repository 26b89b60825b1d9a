"""The judgement words read from the VADER lexicon."""

from __future__ import annotations

from moderation.rules.valence import negative_judgements


def test_strong_negative_judgements_are_read_from_the_lexicon() -> None:
    words = negative_judgements()
    assert {"arrogant", "selfish", "rude", "cruel", "deceitful"} <= words
    assert len(words) > 1000


def test_feelings_hardship_and_participles_are_not_judgements() -> None:
    words = negative_judgements()
    for word in ("scared", "sad", "sick", "poor", "suicidal", "struggling", "victimized"):
        assert word not in words
    assert not any(w.endswith(("ed", "ing")) for w in words)


def test_mild_and_positive_words_are_left_out() -> None:
    words = negative_judgements()
    assert not {"kind", "loud", "quiet", "emotional"} & words
