"""Misinformation by meaning: sentences close to a catalogued dangerous claim, told as advice.

``ClaimMatcher`` embeds every catalogue phrasing (and the organizers' own claims, plain
sentences from ``[moderation] extra_claims``) once, the first time a told sentence needs
them (thread-safe). For a batch of messages it keeps the sentences that are *told* (advice
or an assertion on a health topic, not a question, not a refutation, not retold:
``shape.is_told``), that carry some kind's direction words and are not sound urgent advice,
embeds only those (each distinct text once), in one call, and raises ``misinformation``
for a sentence whose cosine similarity to a phrasing reaches ``SIMILARITY_MIN`` and which
carries *that* phrasing's kind's direction words (``shape.DIRECTION``). A sentence is
compared whole and, when long, as runs of two neighbouring clauses that are told on their
own (``shape.windows``: advice buried in a long sentence); advice framed as the author's own
experience and endorsed ("we skipped X, you should too") is also compared with its verbs as
imperatives (``shape.as_advice``), the form the phrasings take. The similarity finds
the topic and the claim; the words give the direction, which MiniLM barely encodes. The
reason quotes the sentence and names the claim it resembles.

It needs an encoder with ``embed(texts) -> unit vectors`` (``moderation.embedding``); without
one the assessor keeps only the claim patterns of ``rules.misinformation``. Never raises on
input; pure apart from the encoder call.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..embedding.phrases import Encoder, PhraseBank
from ..normalize import Normalized
from ..rules.base import Signal
from .catalogue import CATALOGUE
from .drugs import by_class
from .shape import (
    DIRECTION,
    EXPLICIT,
    as_advice,
    cautionary,
    is_told,
    sentences,
    sound_urgent_advice,
    topic_words,
    unquoted,
    urgent,
    windows,
)

MISINFORMATION = "misinformation"
SKIP_EMERGENCY = "skip emergency care"
ORGANIZER_KIND = "organizer claim"
# Chosen on benign development data only (scripts/moderation_claims.py): the lowest floor at
# which at most 1 in 10,000 benign health and support rows (MedQuAD, Counsel Chat, ESConv,
# GoEmotions sad; 38,743 rows, so 3 rows) raises misinformation: 1 row does at 0.58, 4 at 0.55
# (clause runs, own-experience advice and the December 2026 phrasings included).
SIMILARITY_MIN = 0.58
_SCORE_AT_MIN = 0.55
# Added to the similarity of a phrasing whose kind the sentence spells out in words
# (``shape.EXPLICIT``). Chosen on the same benign rows as the floor, by the same budget
# (scripts/moderation_claims.py prints the benign rows raised per bonus).
EXPLICIT_BONUS = 0.10


class ClaimMatcher:
    """Catalogue phrasings embedded once; ``signals`` scores a batch of normalised texts."""

    def __init__(self, encoder: Encoder, extra_claims: Sequence[str] = ()) -> None:
        self.encoder = encoder
        entries = [(k.name, p) for k in CATALOGUE for p in k.phrasings]
        entries += [(ORGANIZER_KIND, c.strip()) for c in extra_claims if c.strip()]
        self.kinds = [k for k, _ in entries]
        self._kind_array = np.array(self.kinds)
        self.phrasings = [p for _, p in entries]
        self.extra_topic = topic_words(extra_claims)
        self.bank = PhraseBank(encoder, self.phrasings)
        self._directions = [DIRECTION[k] for k in dict.fromkeys(self.kinds) if k in DIRECTION]
        self._undirected = any(k not in DIRECTION for k in self.kinds)  # organizers' claims

    @property
    def vectors(self) -> np.ndarray:
        """Catalogue embeddings, computed once, when the first told sentence needs them (most
        messages tell no health advice, and the bot's first message must not wait for it)."""
        return self.bank.vectors

    def signals(self, norms: Sequence[Normalized]) -> list[list[Signal]]:
        """One list of misinformation signals per text (most texts: none, nothing embedded)."""
        todo: list[tuple[int, int, int]] = []
        texts: list[str] = []
        for i, norm in enumerate(norms):
            told = self.told(norm)
            if told and cautionary(norm):
                continue  # a claim told as a mistake the author regrets: nothing to embed
            for start, end, sentence in told:
                todo.append((i, start, end))
                texts.append(sentence)
        out: list[list[Signal]] = [[] for _ in norms]
        if not texts:
            return out
        unique = list(dict.fromkeys(texts))  # a sentence repeated across messages: embedded once
        rows = dict(zip(unique, self.bank.similarities(unique), strict=True))
        sims = [rows[t] for t in texts]
        sound = {i: sound_urgent_advice(norms[i]) for i, _, _ in todo}
        for (i, start, end), sentence, row in zip(todo, texts, sims, strict=True):
            signal = self._best(sentence, row, start, end, sound[i])
            if signal is not None:
                out[i].append(signal)
        return out

    def told(self, norm: Normalized) -> list[tuple[int, int, str]]:
        """(start, end, text) of each text worth embedding: a sentence told as advice on a
        health topic, with some kind's direction words, medicine names read as their class
        ("zofran" as "anti-sickness medicine"); also its runs of two clauses that are told on
        their own, and the sentence with its verbs as imperatives when it endorses what the
        author did; a sentence after a short question is also read with it (the question names
        the topic: "Fever on chemo? Just ride it out at home."), and in a message of at most
        ``PAIRS_UPTO`` sentences each two neighbouring sentences are read as one (the medicine
        dropped in one, the remedy in the next: "Stop the Movicol. Prune juice instead."). Each
        text keeps its sentence's bounds, or those of both sentences (the reason quotes them)."""
        out: list[tuple[int, int, str]] = []
        parts = sentences(norm)
        short = len(parts) <= PAIRS_UPTO
        previous: tuple[int, str] | None = None
        for start, end, sentence in parts:
            sentence = by_class(unquoted(sentence))
            before, previous = previous, (start, sentence)
            if (
                before is not None
                and (short or _short_question(before[1]))
                and not (urgent(before[1]) or urgent(sentence))
            ):
                joined = before[1].strip() + " " + sentence.strip()
                if is_told(joined, self.extra_topic) and self._may_match(joined):
                    out.append((before[0], end, joined))
            if urgent(sentence):
                continue
            advice = as_advice(sentence.strip())
            if advice is not None and not is_told(advice, self.extra_topic):
                advice = None
            if is_told(sentence, self.extra_topic):
                runs = [w for w in windows(sentence) if is_told(w, self.extra_topic)]
                texts = [sentence.strip(), *runs, *([advice] if advice else [])]
            elif advice is not None:
                texts = [advice]  # the author's own experience, endorsed to others
            else:
                continue
            for text in texts:
                if self._may_match(text):
                    out.append((start, end, text))
        return out

    def _may_match(self, sentence: str) -> bool:
        """Whether any phrasing could pass ``candidate``'s word gates: a sentence with no
        kind's direction words (or sound urgent advice) is never embedded. Same verdicts,
        fewer sentences through the encoder."""
        if urgent(sentence):
            return False
        return self._undirected or any(d.search(sentence) for d in self._directions)

    def scores(self, sentence: str, row: np.ndarray, bonus: float | None = None) -> np.ndarray:
        """The similarities, with ``bonus`` (default ``EXPLICIT_BONUS``) added for the kinds
        that the sentence spells out in words."""
        bonus = EXPLICIT_BONUS if bonus is None else bonus
        if not bonus:
            return row
        spelled = [k for k, p in EXPLICIT.items() if p.search(sentence)]
        if not spelled:
            return row
        return row + bonus * np.isin(self._kind_array, spelled)

    def candidate(
        self, sentence: str, row: np.ndarray, floor: float = 0.0, bonus: float | None = None
    ) -> int | None:
        """The closest phrasing (index) at or above ``floor`` (after ``scores``) whose kind's
        direction words the sentence carries; None if there is none, or if the sentence is
        sound urgent advice."""
        if urgent(sentence):
            return None  # "go in right away" is the sound advice, whatever its topic
        row = self.scores(sentence, row, bonus)
        for j in np.argsort(-row):
            if float(row[j]) < floor:
                return None
            direction = DIRECTION.get(self.kinds[j])
            if direction is None or direction.search(sentence):
                return int(j)
        return None

    def _best(
        self, sentence: str, row: np.ndarray, start: int, end: int, sound: bool = False
    ) -> Signal | None:
        """The signal for one told text; none for a claim to skip emergency care in a message
        that also gives the sound urgent advice (``sound``: "ring the 24-hour line")."""
        j = self.candidate(sentence, row, SIMILARITY_MIN)
        if j is None or (sound and self.kinds[j] == SKIP_EMERGENCY):
            return None
        sim, kind = min(1.0, float(self.scores(sentence, row)[j])), self.kinds[j]
        score = _SCORE_AT_MIN + (1.0 - _SCORE_AT_MIN) * (sim - SIMILARITY_MIN) / (
            1.0 - SIMILARITY_MIN
        )
        detail = f'close in meaning to "{self.phrasings[j]}" ({kind}; similarity {sim:.2f})'
        return Signal(MISINFORMATION, round(score, 4), "claim", start, end, detail)


_QUESTION_WORDS = 8
# In a message of at most this many sentences, neighbouring sentences are also read as one.
PAIRS_UPTO = 4


def _short_question(sentence: str) -> bool:
    """A question of a few words ("Fever on chemo?")."""
    text = sentence.strip()
    return text.endswith("?") and len(text.split()) <= _QUESTION_WORDS
