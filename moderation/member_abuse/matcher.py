"""Abuse aimed at a member by meaning: sentences told to someone, close to a catalogued kind.

``MemberAbuseMatcher`` keeps, for a batch of normalised messages, the sentences told to
someone (``shape.candidate``), embeds only those in one call on the shared encoder, and
raises ``abuse`` for a sentence whose score reaches the classifier's threshold: the mean of a
logistic head's probability (``embedding.sentence_head.SentenceHead``, trained by
``moderation.training.member_abuse`` on the catalogue against the ordinary sentences of the
benign development sets and the catalogue's look-alikes) and the similarity to the nearest
catalogue phrasing. The threshold was chosen on out-of-fold benign rows. The reason quotes
the sentence and names the closest kind. Never raises on input; pure apart from the encoder.

The kind heads (``kinds.KINDS``: threats, accusations of faking the illness) read the same
vectors, each for its kind alone, and raise a sentence the main head leaves, unless the
message laughs, sends a kiss, offers food, a hug or practical help, stands up for the reader,
reports to the moderators (``rules.registers``) or cries out in surprise
(``abuse_types.exclaimed``): teasing, kind offers, protection, reports and exclamations are
their look-alikes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from ..claims.shape import kept_sentences, sound_urgent_advice
from ..embedding.phrases import Encoder, PhraseBank
from ..embedding.sentence_head import SentenceHead, packaged, read_head
from ..normalize import Normalized
from ..rules.abuse import letter_to_illness
from ..rules.abuse_types import counter_speech, exclaimed, quotations
from ..rules.base import Signal
from ..rules.received import told_received
from ..rules.registers import offered, playful, protective, reporting
from .catalogue import CATALOGUE
from .kinds import KINDS, KindHead
from .shape import candidate, reported, supportive

ABUSE = "abuse"
# Where a kind head's reading is a look-alike: play, a kind offer, protecting the reader, a
# report to the moderators (``rules.registers``), a cry of surprise (``abuse_types``). A
# message warm on the whole (VADER compound >= 0.5) was measured as another and left out: 3
# development threats lost for 1 development look-alike quiet (README).
_KIND_REGISTERS = (playful, offered, protective, reporting, exclaimed)
SIGNAL = "abuse by meaning"
HEAD_FILE = "member_abuse_head.npz"
# The score at the threshold: the abuse category's default threshold.
_SCORE_AT_MIN = 0.5


def load_head(path: Path | None = None) -> tuple[SentenceHead, dict] | None:
    """The shipped head and its figures; None when the file is missing."""
    return read_head(path or packaged(HEAD_FILE))


def load_kind_head(kind: KindHead, path: Path | None = None) -> tuple[SentenceHead, dict] | None:
    """A kind's shipped head and its figures; None when the file is missing."""
    return read_head(path or packaged(kind.file))


Sentences = tuple[list[tuple[int, int, int]], list[str]]


def told_to_someone(norms: Sequence[Normalized]) -> Sentences:
    """(message index, start, end) and text of every sentence told to someone
    (``shape.candidate``): what ``candidates`` and ``received_quotes`` each keep some of."""
    return kept_sentences(norms, candidate)


def candidates(norms: Sequence[Normalized], told: Sentences | None = None) -> Sentences:
    """(message index, start, end) and text of every sentence worth embedding: told to
    someone (``told``, else ``told_to_someone``), not words the author reports, not in a
    supportive message or one that gives sound urgent advice ("if your kid spikes a fever on
    chemo, call the oncology line straight away": ``claims.shape.sound_urgent_advice``)."""
    spans, texts = told if told is not None else told_to_someone(norms)
    # read once per message, not once per sentence of it
    support = {
        i
        for i in {i for i, _, _ in spans}
        if supportive(norms[i].text) or sound_urgent_advice(norms[i])
    }
    kept = [
        k
        for k, (i, a, b) in enumerate(spans)
        if i not in support and not reported(norms[i].text, a, b)
    ]
    return [spans[k] for k in kept], [texts[k] for k in kept]


def received_quotes(norms: Sequence[Normalized], told: Sentences | None = None) -> Sentences:
    """The sentences ``candidates`` leaves out as the words of a quotation the author reports,
    in messages that tell of them as sent through the group's channels ("got this in my DMs:
    ..."): read too, so abuse only this stage understands still reaches the moderators as
    abuse a member received (``rules.received``), never as the author's own."""
    spans, texts = told if told is not None else told_to_someone(norms)
    # read once per message, not once per sentence of it
    sent = {i for i in {i for i, _, _ in spans} if told_received(norms[i].text)}
    kept = [k for k, (i, a, b) in enumerate(spans) if i in sent and reported(norms[i].text, a, b)]
    return [spans[k] for k in kept], [texts[k] for k in kept]


class MemberAbuseMatcher:
    """Catalogue phrasings embedded once; ``signals`` scores a batch of normalised texts."""

    def __init__(
        self,
        encoder: Encoder,
        head: SentenceHead,
        kinds: Sequence[tuple[KindHead, SentenceHead]] = (),
    ) -> None:
        entries = [(k.name, k.source, p) for k in CATALOGUE for p in k.phrasings]
        self.items = [(name, source) for name, source, _ in entries]
        self.bank = PhraseBank(encoder, [p for _, _, p in entries])
        self.head = head
        self.kinds = [
            (kind, kind_head, PhraseBank(encoder, kind.phrasings)) for kind, kind_head in kinds
        ]

    def signals(self, norms: Sequence[Normalized]) -> list[list[Signal]]:
        """One list of abuse signals per text (most texts: none, nothing embedded)."""
        # A message that condemns abusive words quotes them; it does not say them. (Not in
        # ``candidates``: the head was trained with such messages' sentences as negatives.)
        told = told_to_someone(norms)
        spans, texts = candidates(norms, told)
        keep = [
            k
            for k, (i, _, _) in enumerate(spans)
            if not (counter_speech(norms[i].text) or letter_to_illness(norms[i].text))
        ]
        spans, texts = [spans[k] for k in keep], [texts[k] for k in keep]
        out: list[list[Signal]] = [[] for _ in norms]
        self._read_received(norms, out, told)
        if not texts:
            return out
        vectors = np.asarray(self.bank.encoder.embed(texts))
        sims = vectors @ self.bank.vectors.T
        scores = self.head.score(vectors, sims.max(axis=1))
        t = self.head.threshold
        by_kind = self.read_kinds(vectors)
        # whether a message is in a kind head's look-alike register, read once per message
        is_kind = cache(lambda i: any(f(norms[i].text) for f in _KIND_REGISTERS))
        for k, ((i, start, end), row, p) in enumerate(zip(spans, sims, scores, strict=True)):
            if p >= t:
                j = int(np.argmax(row))
                name, source = self.items[j]
                detail = (
                    f"abuse classifier score {p:.2f}; closest catalogue phrasing "
                    f'"{self.bank.phrasings[j]}" ({name}, {source}; similarity {float(row[j]):.2f})'
                )
                out[i].append(_signal(float(p), t, start, end, detail))
            elif by_kind:
                found = _first_kind(by_kind, k, start, end)
                if found is not None and not is_kind(i):
                    out[i].append(found)
        return out

    def _read_received(
        self, norms: Sequence[Normalized], out: list[list[Signal]], told: Sentences
    ) -> None:
        """Quoted abuse reported as received (``received_quotes``), at or over the line: a
        signal under it, marked quoted, which raises nothing and tells the moderators."""
        spans, texts = received_quotes(norms, told)
        if not texts:
            return
        vectors = np.asarray(self.bank.encoder.embed(texts))
        sims = vectors @ self.bank.vectors.T
        scores = self.head.score(vectors, sims.max(axis=1))
        for (i, start, end), p in zip(spans, scores, strict=True):
            if p >= self.head.threshold:
                # the quotation's own words, as the moderators' alert quotes them
                inside = [(a, b) for a, b in quotations(norms[i].text) if start <= a and b <= end]
                if inside:
                    start, end = inside[0][0], inside[-1][1]
                detail = f"abuse classifier score {p:.2f} (quoted, reported or condemned)"
                out[i].append(Signal(ABUSE, 0.3, SIGNAL, start, end, detail))

    def read_kinds(
        self, vectors: np.ndarray
    ) -> list[tuple[KindHead, SentenceHead, PhraseBank, np.ndarray, np.ndarray]]:
        """Per kind head: (kind, head, its phrasings, similarities, scores) of the vectors."""
        out = []
        for kind, head, bank in self.kinds:
            sims = vectors @ bank.vectors.T
            out.append((kind, head, bank, sims, head.score(vectors, sims.max(axis=1))))
        return out


def _first_kind(
    by_kind: list[tuple[KindHead, SentenceHead, PhraseBank, np.ndarray, np.ndarray]],
    k: int,
    start: int,
    end: int,
) -> Signal | None:
    """The signal of the first kind head whose line sentence ``k`` reaches, if any."""
    for kind, head, bank, sims, scores in by_kind:
        p = float(scores[k])
        if p >= head.threshold:
            j = int(np.argmax(sims[k]))
            detail = (
                f"{kind.name} classifier score {p:.2f}; closest phrasing "
                f'"{bank.phrasings[j]}" ({kind.label}; similarity {float(sims[k, j]):.2f})'
            )
            return _signal(p, head.threshold, start, end, detail)
    return None


def _signal(p: float, threshold: float, start: int, end: int, detail: str) -> Signal:
    """An abuse signal scored from the category's default line at the head's threshold."""
    score = _SCORE_AT_MIN + (1.0 - _SCORE_AT_MIN) * (p - threshold) / max(1.0 - threshold, 1e-6)
    return Signal(ABUSE, round(score, 4), SIGNAL, start, end, detail)


def load_member_abuse_matcher() -> MemberAbuseMatcher | None:
    """The matcher on the shared encoder; None without the MiniLM weights or the head."""
    from ..embedding.minilm import model_dir, shared_encoder

    loaded = load_head()
    if model_dir() is None or loaded is None:
        return None
    kinds = [(kind, found[0]) for kind in KINDS if (found := load_kind_head(kind)) is not None]
    return MemberAbuseMatcher(shared_encoder(), loaded[0], kinds)
