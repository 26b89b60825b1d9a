"""Crisis warning signs by meaning: sentences about the author close to a catalogued sign.

``WarningSignMatcher`` keeps, for a batch of normalised messages, the sentences about the
author that no gate leaves quiet (``shape.candidate``; in a short message also each two
neighbouring sentences read as one, ``PAIRS_UPTO``), embeds only those in one call on the
shared encoder, and raises ``crisis`` for a sentence whose cosine similarity to a catalogue
phrasing (``catalogue.CATALOGUE``, embedded once on first need, thread-safe, through
``embedding.phrases.PhraseBank``) reaches ``SIMILARITY_MIN`` and which is not closer to an
ordinary look-alike (``catalogue.CONTRAST``: sorting the week's tablets, the drive to the
ward). With the shipped classifier (``embedding.sentence_head.SentenceHead``, what the
loader builds) the decision is instead the mean of its probability and the nearest-phrasing
similarity against a threshold chosen on out-of-fold benign rows; the look-alikes were its
training negatives. A fine-tuned head (``head.TUNED_FILE``, not shipped: README) reads the
second half of a tuned encoder's vectors instead, from the same pass that gives the
catalogue-similarity half, or both halves when it is averaged with the frozen head
(``head.AveragedHead``). The reason quotes the sentence and names the taxonomy item it
resembles. Never raises on input; pure apart from the encoder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from ..claims.shape import kept_sentences
from ..embedding.phrases import Encoder, PhraseBank
from ..embedding.sentence_head import SentenceHead
from ..normalize import Normalized
from ..rules.base import BY_MEANING, Signal
from ..rules.crisis import accidental
from ..rules.mortality import (
    anothers_death,
    anothers_pain,
    bodily_pain,
    care_dose,
    carrying_on,
    clinician_said,
    death_expected,
    funeral_wishes,
    here_a_place,
    illness_reason,
    medicine_stopped,
    own_illness,
    pain_treated,
    patient_decision,
    preferred_death,
    safe_keeping,
    terminal,
    thing_gone,
)
from ..rules.safety import reason_for_living
from ..rules.someone_close import TOLD_BY_MEANING
from ..rules.told_view import names_child, view_in
from ..rules.warning_signs import errand_at_place
from .catalogue import CATALOGUE, CONTRAST
from .corroborate import NEAR
from .head import AveragedHead
from .shape import candidate, names_another

CRISIS = "crisis"
SIGNAL = BY_MEANING
# Chosen on the development data by a written rule (scripts/moderation_warning_signs.py):
# the lowest floor at which at most 0.1% of the benign rows of MedQuAD, CounselChat,
# GoEmotions (sad) and ESConv raise crisis by meaning.
SIMILARITY_MIN = 0.64
# Signs whose words this community also says about the illness (``illness_read``), each with
# the readings that speak for the illness: its name, treatment or a medical event
# (``rules.mortality.illness_reason``), and for pain also bodily pain or its treatment
# (``rules.mortality.bodily_pain``), and for gathering means a dose taken for bodily pain
# with nothing got, kept or hidden (``rules.mortality.pain_treated``), and for a plan one's
# own funeral wishes (``rules.mortality.funeral_wishes``). For a method or gathering means, a
# dose told as a mistake ("she swallowed two of his tablets by accident, is that lethal?":
# ``rules.crisis.accidental``) is a parent's safety question, as the overdose rule reads it,
# and giving the child their medicine is care (``rules.mortality.care_dose``), as is medicine
# returned for disposal or carried as prescribed (``rules.mortality.safe_keeping``), as is a
# medicine stopped, declined or swapped (``rules.mortality.medicine_stopped``, a treatment
# decision). A death feared
# from a cause or asked about ("I think I'm going to die of this", "she asked if I'm going to
# die", "she asked if I'll still be her mum after I die": ``rules.mortality.death_expected``)
# is death anxiety, not a wish, a thought of suicide, a plan, a child's wish to die or "no
# reason to live". A thing wished gone ("part of me wants everything gone", "I want the lump
# out": ``rules.mortality.thing_gone``) is not the author wished dead, and a clinician's words
# retold about a medicine ("she explained the dose is tiny": ``rules.mortality.clinician_said``)
# are not a method, and another's death regretted ("my brother would still be here":
# ``rules.mortality.anothers_death``) is not a wish to be dead, nor another's pain ("I wish I
# could take the pain away for you": ``rules.mortality.anothers_pain``) the author's own.
ILLNESS_READ: dict[str, tuple[Callable[[str], bool], ...]] = {
    "wish to be dead": (
        illness_reason,
        death_expected,
        preferred_death,
        here_a_place,
        thing_gone,
        anothers_death,
    ),
    "saying goodbye, giving things away": (illness_reason,),
    "thoughts of suicide": (illness_reason, death_expected, preferred_death, here_a_place),
    "intent to act": (preferred_death,),
    "a child's self-harm or wish to die": (death_expected,),
    "unbearable pain": (illness_reason, bodily_pain, anothers_pain),
    "preparing: gathering means": (
        pain_treated,
        accidental,
        care_dose,
        safe_keeping,
        medicine_stopped,
    ),
    "thinking of a method": (accidental, care_dose, safe_keeping, clinician_said),
    "a plan": (funeral_wishes, death_expected, preferred_death),
    "no reason to live": (carrying_on, death_expected, anothers_death),
    "at a dangerous place": (errand_at_place,),
}
# Legacy work when the author is the patient (``rules.mortality.own_illness``, read over the
# whole message): letters and videos for the children, a will, things handed on. A parent
# whose child is the patient has no such reason, so for them it stays a sign.
LEGACY = frozenset({"saying goodbye, giving things away", "withdrawing to die"})
# A patient's decision about their own treatment (``rules.mortality.patient_decision``, read
# over the whole message): "it's my choice and I'm at peace with it" after declining
# radiotherapy is the decision, not the C-SSRS intent or plan.
DECISION = frozenset(
    {"intent to act", "a plan", "no reason to live", "a child's self-harm or wish to die"}
)
# Signs told about someone else (a parent about their child): a sentence that names nobody
# but the author cannot be one, so it is anchored on the nearest of the other signs.
ABOUT_ANOTHER = frozenset({"a child's self-harm or wish to die"})
# In a message of at most this many sentences, neighbouring sentences are also read as one.
PAIRS_UPTO = 4
# The score at the floor: the crisis category's default threshold (care first).
_SCORE_AT_MIN = 0.5


def _patient_reading(text: str) -> frozenset[str]:
    """The signs read as the illness's in this message because its author is the patient:
    a goodbye is legacy work (``LEGACY``), and with a decision about their own treatment, an
    intent, plan or "no reason" is that decision (``DECISION``), as it is at the end of
    life by the illness (``rules.mortality.terminal``)."""
    if not own_illness(text):
        return frozenset()
    return LEGACY | DECISION if patient_decision(text) or terminal(text) else LEGACY


def candidate_sentences(norm: Normalized) -> list[str]:
    """The sentences of one normalised text worth embedding (as ``candidates`` keeps them)."""
    return kept_sentences([norm], candidate, PAIRS_UPTO)[1]


def innermost(signals: list[Signal]) -> list[Signal]:
    """The signals whose span holds no other's: a sign read in one sentence is quoted from
    that sentence, not again from the pair of sentences around it."""
    return [
        s
        for s in signals
        if not any(
            s.start <= o.start and o.end <= s.end and (o.start, o.end) != (s.start, s.end)
            for o in signals
        )
    ]


def _innermost_then_near(signals: list[Signal]) -> list[Signal]:
    """``innermost`` of the signals over the line, then the near-line ones (which must not
    hide a pair of sentences over the line that holds them)."""
    over = [s for s in signals if s.signal != NEAR]
    return innermost(over) + [s for s in signals if s.signal == NEAR]


class WarningSignMatcher:
    """Catalogue phrasings embedded once; ``signals`` scores a batch of normalised texts."""

    def __init__(
        self,
        encoder: Encoder,
        floor: float = SIMILARITY_MIN,
        head: SentenceHead | AveragedHead | None = None,
        sentence_encoder: Encoder | None = None,
        near_line: float | None = None,
    ) -> None:
        """``sentence_encoder``: for a head that reads fine-tuned vectors (``head.tuned``), the
        encoder whose vectors are [``encoder``'s embedding | tuned embedding]; the first half
        is compared with the catalogue, the second goes to the head (the whole vector to an
        ``AveragedHead``, which reads both). ``near_line``: a sentence
        scoring from it up to the head's threshold is kept as a ``corroborate.NEAR`` signal
        (0.3), which raises only with a weak sign the rules read (``corroborate``)."""
        if head is not None and head.tuned and sentence_encoder is None:
            raise ValueError("a fine-tuned head needs the tuned sentence encoder")
        entries = [(w.name, w.source, p) for w in CATALOGUE for p in w.phrasings]
        self.items = [(name, source) for name, source, _ in entries]
        self.signs = len(entries)
        # One bank: the signs, then the ordinary look-alikes they must beat.
        self.bank = PhraseBank(encoder, [p for _, _, p in entries] + list(CONTRAST))
        self.floor = floor
        self.head = head
        self.near_line = near_line
        self.sentence_encoder = sentence_encoder if head is not None and head.tuned else None
        # Columns of the signs told about someone else (``ABOUT_ANOTHER``).
        self.about_another = np.array([name in ABOUT_ANOTHER for name, _ in self.items])

    def candidates(
        self, norms: Sequence[Normalized]
    ) -> tuple[list[tuple[int, int, int]], list[str]]:
        """(message index, start, end) and text of every sentence worth embedding."""
        return kept_sentences(norms, candidate, PAIRS_UPTO)

    def signals(self, norms: Sequence[Normalized]) -> list[list[Signal]]:
        """One list of crisis signals per text (most texts: none, nothing embedded)."""
        todo, texts = self.candidates(norms)
        out: list[list[Signal]] = [[] for _ in norms]
        if not texts:
            return out
        # A sentence about the author's child is also read from the child's side (``told_view``):
        # the head learned the signs in the first person. Most messages name no child.
        naming = {i for i in {i for i, _, _ in todo} if names_child(norms[i].text)}
        views = [
            (k, view_in(norms[i].text, start, t))
            for k, ((i, start, _), t) in enumerate(zip(todo, texts, strict=True))
            if i in naming
        ]
        views = [(k, v) for k, v in views if v is not None and v != texts[k]]
        told = [False] * len(texts) + [True] * len(views)
        todo = todo + [todo[k] for k, _ in views]
        texts = texts + [v for _, v in views]
        vectors, for_head = self.embed(texts)
        sims = vectors @ self.bank.vectors.T
        for k, text in enumerate(texts):
            self.anchor_on_author(sims[k], text)
        patient = {i: _patient_reading(norms[i].text) for i in {i for i, _, _ in todo}}
        if self.head is not None:
            scores = self.head.score(for_head, sims[:, : self.signs].max(axis=1))
            for (i, start, end), text, row, p, of_child in zip(
                todo, texts, sims, scores, told, strict=True
            ):
                signal = self.by_head(row, float(p), start, end)
                if signal is not None and not self.read_otherwise(row, text, patient[i]):
                    if of_child and signal.signal != NEAR:
                        signal = replace(signal, signal=TOLD_BY_MEANING)
                    out[i].append(signal)
            return [_innermost_then_near(found) for found in out]
        for (i, start, end), text, row in zip(todo, texts, sims, strict=True):
            if row[self.signs :].max(initial=-1.0) >= row[: self.signs].max():
                continue  # closer to an ordinary look-alike than to any warning sign
            signal = self.best(row, start, end)
            if signal is not None and not self.read_otherwise(row, text, patient[i]):
                out[i].append(signal)
        return [innermost(found) for found in out]

    def embed(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(vectors compared with the catalogue, vectors the head reads) of the sentences."""
        if self.sentence_encoder is None:
            vectors = np.asarray(self.bank.encoder.embed(texts))
            return vectors, vectors
        both = np.asarray(self.sentence_encoder.embed(texts))
        half = both.shape[1] // 2
        return both[:, :half], both if isinstance(self.head, AveragedHead) else both[:, half:]

    def anchor_on_author(self, row: np.ndarray, sentence: str) -> None:
        """In place: a sentence that names nobody but its author ("day 3 after chemo is the
        worst, I can't keep anything down") is not compared with the signs told about a child
        ("my boy said he'd rather die than have more chemo"), which share its treatment words
        but not its subject; it is compared with the author's own signs."""
        if not names_another(sentence):
            row[: self.signs][self.about_another] = -1.0

    def read_otherwise(
        self, row: np.ndarray, sentence: str, patient: frozenset[str] = frozenset()
    ) -> bool:
        """The sentence near a sign says something else: the illness's talk
        (``illness_read``) or a reason for living ("the kids need me": a protective factor,
        ``rules.safety.reason_for_living``), which shares the signs' words about the children."""
        return reason_for_living(sentence) or self.illness_read(row, sentence, patient)

    def illness_read(
        self, row: np.ndarray, sentence: str, patient: frozenset[str] = frozenset()
    ) -> bool:
        """The nearest sign is one a cancer community says with the illness as its reason
        (a goodbye or legacy letter, thoughts of death, physical pain: ``ILLNESS_READ``) and
        the sentence reads that way (``rules.mortality``: it names the illness, its treatment
        or a medical event, or for pain, bodily pain or a painkiller, and no words of ending
        one's life): death anxiety, legacy work or symptoms, not a warning sign. In the
        message of an author who is the patient, the signs in ``patient`` are read as legacy
        work or a treatment decision (``_patient_reading``)."""
        name = self.items[int(np.argmax(row[: self.signs]))][0]
        if name in patient:
            return True
        return any(read(sentence) for read in ILLNESS_READ.get(name, ()))

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Each sentence's best similarity to a sign, 0 when a look-alike is closer."""
        sims = self.bank.similarities(texts)
        sign = sims[:, : self.signs].max(axis=1)
        other = sims[:, self.signs :].max(axis=1, initial=-1.0)
        return np.where(other >= sign, 0.0, sign)

    def by_head(self, row: np.ndarray, p: float, start: int, end: int) -> Signal | None:
        """The classifier's verdict; the reason names the closest catalogue item."""
        assert self.head is not None
        t = self.head.threshold
        if p < (t if self.near_line is None else min(self.near_line, t)):
            return None
        j = int(np.argmax(row[: self.signs]))
        name, source = self.items[j]
        if p < t:
            return Signal(CRISIS, 0.3, NEAR, start, end, f"(score {p:.2f}; {name})", p)
        score = _SCORE_AT_MIN + (1.0 - _SCORE_AT_MIN) * (p - t) / max(1.0 - t, 1e-6)
        detail = (
            f"warning-sign classifier score {p:.2f}; closest catalogue phrasing "
            f'"{self.bank.phrasings[j]}" ({name}, {source}; similarity {float(row[j]):.2f})'
        )
        return Signal(CRISIS, round(score, 4), self.signal_of(name), start, end, detail)

    def signal_of(self, name: str) -> str:
        """A sign told about someone else has its own signal: the care path speaks to the
        person helping them (``rules.someone_close``)."""
        return TOLD_BY_MEANING if name in ABOUT_ANOTHER else SIGNAL

    def best(self, row: np.ndarray, start: int, end: int) -> Signal | None:
        row = row[: self.signs]
        j = int(np.argmax(row))
        sim = float(row[j])
        if sim < self.floor:
            return None
        score = _SCORE_AT_MIN + (1.0 - _SCORE_AT_MIN) * (sim - self.floor) / (1.0 - self.floor)
        name, source = self.items[j]
        detail = (
            f'close in meaning to "{self.bank.phrasings[j]}" ({name}, {source}; '
            f"similarity {sim:.2f})"
        )
        return Signal(CRISIS, round(score, 4), self.signal_of(name), start, end, detail)
