"""The Assessor: normalise, run rule detectors and model backends, combine, apply policy."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from .backends import BackendUnavailable, ToxicityBackend, load_backend
from .claims.loader import load_claim_matcher
from .member_abuse.matcher import SIGNAL as MEMBER_ABUSE_SIGNAL
from .member_abuse.matcher import load_member_abuse_matcher
from .normalize import Normalized, normalize
from .policy import decide
from .rules.abuse import (
    detect_abuse,
    detect_profanity,
    has_person_target,
    illness_directed_spans,
    medical_mask,
)
from .rules.abuse_types import counter_speech, generalised, mentions_group
from .rules.base import CLAUSE_ENDS, Signal, compile_words, sentence_start
from .rules.counselling import apply_counselling_readings
from .rules.crisis import crisis_model_gate, detect_crisis
from .rules.lexicon import INSULTS, PREDICATE_INSULTS
from .rules.misinformation import compile_patterns, detect_misinformation
from .rules.privacy import detect_privacy
from .rules.received import received
from .rules.recovered import yield_recovered
from .rules.someone_close import someone_close
from .rules.spam import detect_spam
from .rules.targets import acknowledgement, message_target
from .settings import ModerationSettings
from .types import CATEGORIES, Action, Assessment, Category, MessageContext, Reason
from .warning_signs.corroborate import corroborated
from .warning_signs.loader import load_warning_sign_matcher

ABUSE = Category.ABUSE.value
PROFANITY = Category.PROFANITY.value
CRISIS = Category.CRISIS.value
MISINFORMATION = Category.MISINFORMATION.value
# Backends whose score is evidence of targeted abuse; profanity-check only knows swearing.
_PROFANITY_ONLY = {"profanity-check"}
# From this many messages a batch's rules run beside its whole-text models (a thread hop
# costs about 0.1 ms: nothing for a batch, a share of a single chat message's 4 ms).
_OVERLAP_MIN = 4
_BACKGROUND_LOCK = threading.Lock()
_REASON_MIN = 0.3
# An ambiguous slur ("crackers", "coon") counts when an abuse model is at least this sure.
_AMBIGUOUS_SLUR_MODEL_MIN = 0.45
# A second-person message with an insult word raises abuse from this model score (see
# ``_insult_evidence``), instead of 0.5.
_INSULT_AT_YOU_MIN = 0.4
# A habitual or universal claim about a named group raises abuse from this model score (see
# ``_generalisation_evidence``), instead of 0.5.
_GENERALISED_MIN = 0.4
_INSULT_WORD = compile_words((set(INSULTS) | set(PREDICATE_INSULTS)) - {"lying", "fat", "sick"})
_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|no\s*one|dont|isnt|arent|wasnt|wont|stop|quit)\b|n'?t\b"
)
# Advice told to the reader: "you should", "if I were you", "I'd stop", or a sentence that
# opens with an imperative ("stop the chemo", "just give him honey", "don't bother").
_ADVICE_CUE = re.compile(
    r"\b(?:you|u|ya)\s+(?:really\s+|seriously\s+|honestly\s+)?(?:should|shud|need\s+to|must|"
    r"have\s+to|gotta|ought\s+to|could\s+try)\b|\bif\s+i\s+(?:were|was)\s+(?:you|u)\b|"
    r"\b(?:i'?d|i\s+would)\s+(?:stop|skip|get|give|try|ditch|switch|swap|use|avoid|refuse|quit|"
    r"bin|cut)\b|(?:^|[.!?,;]\s*)(?:honestly\s+|seriously\s+|just\s+|pls\s+|please\s+)*"
    r"(?:stop|try|skip|give|don'?t|dont|avoid|switch|swap|use|ditch|bin|cut|quit|refuse)\b"
)
# Rule details that say the rules found the hateful words and judged them not said by the
# author: denied ("X are not Y"), quoted or reported, condemned, an exclamation of surprise,
# a negated judgement ("nobody thinks you're an idiot"), praise of a group, the author naming
# their own identity, a slur's homonym in its ordinary sense ("a fag break") or a health fact
# about a group ("Black people are more likely to get sickle cell").
_STANCE_MARKS = (
    "(denied",
    "(quoted",
    "(an exclamation",
    "(negated",
    "(praised",
    "(self-identified",
    "(homonym",
    "(health fact",
)


class Assessor:
    """Assess messages. Models load once here; ``assess`` keeps no state (thread-safe reads)."""

    def __init__(self, settings: ModerationSettings | None = None) -> None:
        self.settings = settings or ModerationSettings()
        s = self.settings
        self._models: list[ToxicityBackend] = []
        self._executor: ThreadPoolExecutor | None = None
        self.backends_unavailable: dict[str, str] = {}
        names: list[str] = []
        for name in s.backends:
            if name == "rules":
                names.append(name)
                continue
            try:
                self._models.append(load_backend(name, s))
                names.append(name)
            except BackendUnavailable as exc:
                self.backends_unavailable[name] = str(exc)
        # A model that supersedes another (the MiniLM abuse head, trained on every hate set,
        # supersedes hearth-linear) replaces it: both would only add the latter's false alarms.
        superseded = {n for m in self._models for n in getattr(m, "supersedes", ())}
        if superseded:
            self._models = [m for m in self._models if m.name not in superseded]
            names = [n for n in names if n not in superseded]
        if "rules" not in names:
            names.insert(0, "rules")  # rules always run: crisis care must not depend on a model
        self.backends: tuple[str, ...] = tuple(names)
        self._blocklist = compile_words(s.blocklist) if s.blocklist else None
        self._allowlist = compile_words(s.allowlist) if s.allowlist else None
        self._misinfo = compile_patterns(s.misinformation_patterns)
        self._targets_learned = self._learned_targets()
        # Misinformation by meaning shares the MiniLM encoder; without it, patterns only.
        self._claims = load_claim_matcher(s.extra_claims) if "minilm" in self.backends else None
        # Crisis warning signs by meaning share it too (first-person sentences only).
        by_meaning = s.crisis_by_meaning and "minilm" in self.backends
        self._warning_signs = load_warning_sign_matcher() if by_meaning else None
        # Abuse aimed at a member by meaning too (sentences told to someone only).
        at_member = s.abuse_by_meaning and "minilm" in self.backends
        self._member_abuse = load_member_abuse_matcher() if at_member else None

    def replace_model(self, backend: ToxicityBackend) -> None:
        """Use ``backend`` in place of the loaded model of the same name (or add it).

        For evaluation: the same rules and gates with other scores (e.g. cross-fitted heads).
        """
        others = [m for m in self._models if m.name != backend.name]
        self._models = [*others, backend]
        if backend.name not in self.backends:
            self.backends = (*self.backends, backend.name)
        self._targets_learned = self._learned_targets()

    def _learned_targets(self) -> frozenset[str]:
        """Models that learned who abuse is aimed at (trained with neutral group mentions and
        counter-speech as negatives): their abuse score needs no person-word gate."""
        return frozenset(m.name for m in self._models if getattr(m, "targets_learned", False))

    # -- public API -------------------------------------------------------------------------

    def assess(self, text: str, context: MessageContext | None = None) -> Assessment:
        return self.assess_many([text], [context])[0]

    def assess_many(
        self, texts: Sequence[str], contexts: Sequence[MessageContext | None] | None = None
    ) -> list[Assessment]:
        if contexts is None:
            contexts = [None] * len(texts)
        if len(contexts) != len(texts):
            raise ValueError("texts and contexts must have the same length")
        if not self.settings.enabled:
            return [self._empty() for _ in texts]
        norms = [normalize(t or "") for t in texts]
        masked = [medical_mask(n.text) for n in norms]
        if self._allowlist is not None:
            masked = [self._allowlist.sub(" ", m) for m in masked]
        # The models embed (onnxruntime, the GIL released) while the rules read the same
        # texts: a batch keeps every core busy instead of leaving one idle for the rules.
        overlap = (self._models or self._claims) and len(texts) >= _OVERLAP_MIN
        modelled = (
            self._background().submit(self._read_by_models, norms, masked) if overlap else None
        )
        rules = [self._rules(n, c) for n, c in zip(norms, contexts, strict=True)]
        model_scores, by_meaning = (
            modelled.result() if modelled else self._read_by_models(norms, masked)
        )
        return [
            self._combine(
                norms[i],
                masked[i],
                contexts[i],
                {k: v[i] for k, v in model_scores.items()},
                by_meaning[i] + rules[i],
            )
            for i in range(len(texts))
        ]

    # -- internals --------------------------------------------------------------------------

    def _read_by_models(
        self, norms: Sequence[Normalized], masked: Sequence[str]
    ) -> tuple[dict[tuple[str, str], list[float]], list[list[Signal]]]:
        """Every whole-text model's scores per (model, category), one list per batch, and the
        by-meaning stages' signals per message (claims, warning signs, abuse at a member)."""
        model_scores: dict[tuple[str, str], list[float]] = {}
        for m in self._models:
            inputs = [n.text for n in norms] if getattr(m, "input", "") == "normalized" else masked
            if hasattr(m, "score_categories"):
                for cat, values in m.score_categories(inputs).items():
                    model_scores[(m.name, cat)] = values
            else:
                model_scores[(m.name, ABUSE)] = m.score(inputs)
        claims = self._claims.signals(norms) if self._claims else [[] for _ in norms]
        if self._warning_signs is not None:
            signs = self._warning_signs.signals(norms)
            claims = [
                c + apply_counselling_readings(n.text, w)
                for c, n, w in zip(claims, norms, signs, strict=True)
            ]
        if self._member_abuse is not None:
            aimed = self._member_abuse.signals(norms)
            claims = [c + a for c, a in zip(claims, aimed, strict=True)]
        return model_scores, claims

    def _background(self) -> ThreadPoolExecutor:
        """One thread for the models and by-meaning stages, made on first need."""
        with _BACKGROUND_LOCK:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="assess-models")
            return self._executor

    def _rules(self, norm: Normalized, context: MessageContext | None) -> list[Signal]:
        """What the rules read in one message (pure: no model, no shared state)."""
        s = self.settings
        signals = detect_abuse(norm, self._blocklist, self._allowlist)
        signals += detect_profanity(norm, self._allowlist)
        signals += detect_crisis(norm)
        signals += detect_misinformation(norm, self._misinfo)
        signals += detect_spam(norm, context, s.new_member_links)
        signals += detect_privacy(norm)
        return signals

    def _empty(self) -> Assessment:
        return Assessment(
            scores=dict.fromkeys(CATEGORIES, 0.0),
            raised=(),
            action=Action.ALLOW.value,
            reasons=(),
            backends=(),
            backends_unavailable={"*": "moderation disabled"},
        )

    def _combine(
        self,
        norm: Normalized,
        masked: str,
        context: MessageContext | None,
        model_scores: dict[tuple[str, str], float],
        signals: list[Signal],
    ) -> Assessment:
        """The by-meaning stages' and the rules' ``signals`` (in that order) and the models'
        scores for one message, gated and weighed into its assessment."""
        s = self.settings
        signals = yield_recovered(norm.text, signals)

        # The by-meaning stage, like a whole-text model, defers to the rules' stance, and to
        # the claims stage where the sentence is treatment advice (``_told_as_advice``).
        signals = [
            _told_as_advice(
                norm.text, signals, replace(s, score=_stance_gate(signals, s.score, s.detail)[0])
            )
            if s.signal == MEMBER_ABUSE_SIGNAL
            else s
            for s in signals
        ]
        whole = (0, len(norm.text))
        extra_reasons: list[Reason] = []
        for (name, category), raw in model_scores.items():
            # Rounded as the final scores are, so a gate's "p < 0.5" and the decision agree
            # (0.49996 passed the gates unchanged, then rounded to 0.5 and raised).
            p = round(raw, 4)
            if name in _PROFANITY_ONLY:
                signals.append(Signal(PROFANITY, p, f"model:{name}", *whole, f"p={p:.2f}"))
            elif category == ABUSE:
                learned = name in self._targets_learned
                p, boost = _evidence_under_line(masked, p) if learned else (p, "")
                score, detail = self._gate_model(masked, p, learned)
                detail += boost
                score, detail = _stance_gate(signals, score, detail)
                score, detail = _self_directed_gate(masked, signals, score, detail)
                signals.append(Signal(ABUSE, score, f"model:{name}", *whole, detail))
            elif category == CRISIS:
                score, detail = crisis_model_gate(norm, signals, p)
                signals.append(Signal(CRISIS, score, f"model:{name}", *whole, detail))

        model_abuse = [s.score for s in signals if s.category == ABUSE and s.signal[:6] == "model:"]
        # Strictly above: a score a gate capped at the line (counter-speech, the rules' stance)
        # does not vouch for the slur ("stop saying Muslims are savages").
        if max(model_abuse, default=0.0) > _AMBIGUOUS_SLUR_MODEL_MIN:
            detail = "word used as a slur, and the model reads abuse"
            for sig in [s for s in signals if s.signal == "slur?"]:
                signals.append(Signal(ABUSE, 0.75, "slur", sig.start, sig.end, detail))
        model_crisis = max((v for (_, c), v in model_scores.items() if c == CRISIS), default=0.0)
        together = corroborated(signals, norm.text, round(model_crisis, 4))
        if together is not None:
            signals.append(together)
        scores = dict.fromkeys(CATEGORIES, 0.0)
        for sig in signals:
            scores[sig.category] = max(scores[sig.category], sig.score)
        scores = {k: round(min(1.0, v), 4) for k, v in scores.items()}

        raised, action, bypassed = decide(scores, s, context)
        action = _review_meaning_only(signals, scores, raised, action, s, context)
        reasons = self._reasons(norm, signals)
        sent = received(norm.text, signals) if ABUSE not in raised else None
        if sent is not None:  # kept up, and the moderators told (``rules.received``)
            extra_reasons.append(
                Reason(ABUSE, sent.signal, norm.quote(sent.start, sent.end)[:160], sent.detail)
            )
        if CRISIS in raised:
            line = s.policy_for(CRISIS, context.channel if context else "").threshold
            close = someone_close(signals, line, norm.text)
            if close is not None:
                extra_reasons.append(Reason(CRISIS, close.signal, "", close.detail))
        for cat in bypassed:
            extra_reasons.append(
                Reason(cat, "bypass", "", f"author role {context.author_role!r} bypasses {cat}")
            )
        return Assessment(
            scores=scores,
            raised=raised,
            action=action,
            reasons=tuple(reasons + extra_reasons),
            backends=self.backends,
            backends_unavailable=dict(self.backends_unavailable),
        )

    @staticmethod
    def _gate_model(masked: str, p: float, targets_learned: bool = False) -> tuple[float, str]:
        """Swearing at the illness is not abuse, nor is a reply that only agrees ("that's true",
        "good point": the whole-text model raised 22 of ESConv's 36,116 support turns of
        this form, and no abusive row of any development set has it); for a model that only
        learned 'swear word => offensive' (n-gram, profanity), abuse also needs a person word."""
        detail = f"p={p:.2f}"
        if p < 0.5:
            return p, detail
        at_illness = illness_directed_spans(masked)
        rest = masked
        for start, end in at_illness:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        if at_illness and not has_person_target(rest):
            return min(p, 0.3), detail + "; swearing aimed at the illness, not a person"
        if acknowledgement(masked):
            return min(p, 0.3), detail + "; a reply that only agrees or acknowledges"
        if not targets_learned and not has_person_target(masked):
            return min(p, 0.45), detail + "; no person or group target"
        if counter_speech(masked):
            return min(p, 0.45), detail + "; counter-speech: the message condemns what it quotes"
        return p, detail

    @staticmethod
    def _reasons(norm: Normalized, signals: list[Signal]) -> list[Reason]:
        out: list[Reason] = []
        seen: set[tuple[str, str, int, int]] = set()
        for sig in sorted(signals, key=lambda x: -x.score):
            if sig.score < _REASON_MIN:
                continue
            key = (sig.category, sig.signal, sig.start, sig.end)
            if key in seen:
                continue
            seen.add(key)
            quote = norm.quote(sig.start, sig.end)
            if len(quote) > 160:
                quote = quote[:157] + "..."
            detail = (
                sig.detail
                if sig.signal.startswith("model:")
                else f"{sig.detail} (score {sig.score:.2f})"
            )
            out.append(Reason(sig.category, sig.signal, quote, detail))
        return out


def _evidence_under_line(masked: str, p: float) -> tuple[float, str]:
    """The first reading of the rules that lets a model score just under the line count (an
    insult word said to "you", a habitual claim about a group): (score, why); else (p, "")."""
    for evidence in (_insult_evidence, _generalisation_evidence):
        counted, why = evidence(masked, p)
        if why:
            return counted, why
    return p, ""


def _insult_evidence(masked: str, p: float) -> tuple[float, str]:
    """A model score just under the line counts when the message says an insult word to
    "you" (the typology's directed insult, read by the lexicon and the model together).

    Chosen on out-of-fold head scores (``scripts/moderation_abuse_operating_point.py``, last
    table) as the lowest line that raises no more grief or support text (GoEmotions, ESConv):
    0.4 raised OLID targeted insults 16.8% -> 19.7% for OLID ``ok`` 3.3% -> 3.4% and Davidson
    ``ok`` 4.1% -> 4.7%, and no benign health text; 0.35 starts raising GoEmotions grief.
    Lowering the line for every message trades about 3.5 targeted insults per OLID false
    alarm; this about 20.
    The gates after it (swearing at the illness, counter-speech, the rules' stance) still apply.
    """
    if not _INSULT_AT_YOU_MIN <= p < 0.5 or message_target(masked) != "you":
        return p, ""
    for m in _INSULT_WORD.finditer(masked):
        clause = masked[sentence_start(masked, m.start(), CLAUSE_ENDS) : m.start()]
        if not _NEGATION.search(clause):  # "you are not stupid for asking" is reassurance
            return 0.5, f"; p={p:.2f} counts: an insult word aimed at 'you'"
    return p, ""


def _generalisation_evidence(masked: str, p: float) -> tuple[float, str]:
    """A model score just under the line counts when the message makes a habitual or
    universal claim about a named group ("Polish parents never follow the plan":
    ``rules.abuse_types.generalised``), the stereotype's generic told by the rules and read as
    hostile by the model together.

    Chosen on out-of-fold head scores (``scripts/moderation_abuse_operating_point.py``, fourth
    table) with the insult line's rule: the lowest line that raises no benign or grief text
    and no more ``ok`` rows of the hate sets than it gains abusive ones. 0.4: DynaHate abusive
    53.8% -> 54.0%, ToxiGen abusive 53.0% -> 53.6%, every ``ok`` rate unchanged but CONAN's
    counter-speech (12.6% -> 12.7%); 0.3 raises DynaHate and ToxiGen ``ok`` rows and no more
    abusive ones. Few development rows have the shape (65 abusive and 20 ``ok`` in the sample
    the heads train on; none in MedQuAD, CounselChat, ESConv, GoEmotions, C-SSRS or SDCNL).
    The gates after it (counter-speech, the rules' stance) still apply.
    """
    if not _GENERALISED_MIN <= p < 0.5 or not generalised(masked):
        return p, ""
    return 0.5, f"; p={p:.2f} counts: a habitual or universal claim about a group"


def _review_meaning_only(
    signals: list[Signal],
    scores: dict[str, float],
    raised: tuple[str, ...],
    action: str,
    settings: ModerationSettings,
    context: MessageContext | None,
) -> str:
    """Abuse raised by the by-meaning stage alone (no rule or whole-text model over the line)
    goes to review instead of being hidden: with no abusive word in it, one kind message in
    five that resembles a catalogued kind ("I hope your scan comes back clear") would read as
    abuse out of fold, and a hidden kind message hurts more than a taunt a moderator removes a
    few minutes later."""
    if ABUSE not in raised or action != Action.HIDE.value:
        return action
    line = settings.policy_for(ABUSE, context.channel if context else "").threshold
    others = [x for x in signals if x.category == ABUSE and x.signal != MEMBER_ABUSE_SIGNAL]
    if any(x.score >= line for x in others):
        return action
    _, rest_action, _ = decide({**scores, ABUSE: 0.0}, settings, context)
    return Action.HIDE.value if rest_action == Action.HIDE.value else Action.REVIEW.value


def _told_as_advice(text: str, signals: list[Signal], sig: Signal) -> Signal:
    """A sentence the by-meaning abuse stage reads as aimed at a member, which gives advice
    (``_ADVICE_CUE``: "you should", an imperative) the claims stage reads as dangerous
    treatment advice ("you should stop the chemo, it's poison"), is advice to the member,
    wrong and harmful, not abuse of them: its resemblance is to the catalogue's blame for
    treatment choices, told in the same second person. It is raised as misinformation; abuse
    stays for the rules and the whole-text model. An accusation that also makes a false claim
    ("you gave him cancer by letting him use his phone") gives no advice and stays abuse."""
    if sig.score < 0.5 or not _ADVICE_CUE.search(text[sig.start : sig.end]):
        return sig
    for s in signals:
        if (
            s.category == MISINFORMATION
            and s.score >= 0.5
            and s.start < sig.end
            and sig.start < s.end
        ):
            detail = sig.detail + "; the sentence is treatment advice the claims stage reads"
            return replace(sig, score=min(sig.score, 0.45), detail=detail)
    return sig


def _learned(signal: Signal) -> bool:
    """A signal from a model (whole-text head or the by-meaning stage), not from a rule."""
    return signal.signal.startswith("model:") or signal.signal == MEMBER_ABUSE_SIGNAL


# Someone the message could be aimed at besides the author: the reader, a mention, a person
# named by "she" or "he", a group.
_OTHER_TARGET = re.compile(
    r"\b(?:you|u|ya|your|youre|ur|yourself|y'?all|she|he|her|him|hers|his)\b|@\w+"
)


def _rule_raises_abuse(signals: list[Signal]) -> bool:
    """A rule (not a model) raises abuse itself: its verdict stands over the model gates."""
    return any(s.category == ABUSE and s.score >= 0.5 and not _learned(s) for s in signals)


def _burden_told(signal: Signal) -> bool:
    """The crisis sign that names others only as those who would be better off without the
    author (988/AFSP: being a burden); its "they" and "them" are no target."""
    return (
        signal.category == CRISIS
        and signal.score >= 0.5
        and (signal.signal == "burden" or "better off" in signal.detail)
    )


def _self_directed_gate(
    text: str, signals: list[Signal], p: float, detail: str
) -> tuple[float, str]:
    """A model alone does not raise abuse on the author's words about themself: the burden
    sign of their own (others better off without them) and nobody else the message could be
    aimed at, neither the reader nor a person nor a group. Abuse needs a target; "they'd all
    be better off if I'd never been born" is despair, not an attack."""
    if p < 0.5 or _rule_raises_abuse(signals):
        return p, detail
    if (
        any(_burden_told(s) for s in signals)
        and not _OTHER_TARGET.search(text)
        and not mentions_group(text)
    ):
        return min(p, 0.45), detail + "; the author speaks of themself (a crisis sign), at no one"
    return p, detail


def _stance_gate(signals: list[Signal], p: float, detail: str) -> tuple[float, str]:
    """A model alone does not raise abuse where the rules found the abusive words and judged
    them denied, quoted, condemned or an exclamation, and no rule raises abuse itself.

    A sentence encoder reads "Muslims are not terrorists" and "my uncle keeps saying
    immigrants are vermin" as near the hate they contain; the rules locate the proposition
    and read its stance (``rules.abuse_types``), so the rule's verdict stands.
    """
    if p < 0.5 or _rule_raises_abuse(signals):
        return p, detail
    rule_abuse = [s for s in signals if s.category == ABUSE and not _learned(s)]
    if any(any(m in s.detail for m in _STANCE_MARKS) for s in rule_abuse):
        return min(p, 0.45), detail + "; the rules read the words as denied, quoted or condemned"
    return p, detail
