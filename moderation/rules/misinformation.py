"""Dangerous medical misinformation: a starter list of claim patterns plus organizer patterns.

Each pattern pairs a claim with what makes it dangerous (stopping treatment, a remedy that
"cures", vaccines blamed for relapse, skipping the ER with a fever), so that neutral health
talk ("vitamin C levels", "when to go to the ER") does not match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..claims.drugs import NAME
from ..claims.shape import (
    asked_or_refuted,
    cautionary,
    in_quotation,
    sentence_at,
    sound_urgent_advice,
)
from ..normalize import Normalized
from .base import Signal

MISINFORMATION = "misinformation"

_REMEDY = (
    r"(?:apricot\s+(?:kernels?|seeds?)|laetrile|b17|vitamin\s+b17|alkaline(?:\s+(?:diet|water))?|"
    r"baking\s+soda|bicarb\w*|vitamin\s+c(?:\s+iv)?|high[\s-]dose\s+vitamin\s+c|"
    r"(?:cannabis|hemp|cbd|rso)\s+oil|essential\s+oils?|juic(?:e|ing)|gerson|coffee\s+enemas?|"
    r"turmeric|curcumin|ivermectin|fenbendazole|mebendazole|mms|chlorine\s+dioxide|"
    r"colloidal\s+silver|black\s+salve|hydrogen\s+peroxide|homeopath\w*|soursop|graviola|"
    r"mistletoe|frankincense|ozone\s+therapy|keto(?:genic)?\s+diet|fasting|raw\s+vegan|"
    r"sugar[\s-]free\s+diet|oregano\s+oil|garlic|bitter\s+apricot|herbs?|herbal|supplements?|"
    r"natural\s+(?:remedies|remedy|cure|healing)|detox\w*|(?:this|that|our|my)\s+tea)"
)
_TREATMENT = r"(?:chemo\w*|treatment|radiation|radiotherapy|surgery|transplant|medicine|meds|"
_TREATMENT += r"immunotherapy|protocol|therapy|oncolog\w*|antibiotics)"
_CANCER = r"(?:cancer|leukemia|leukaemia|tumou?rs?|lymphoma|neuroblastoma|sarcoma|relapse|it)"

STARTER_PATTERNS: list[tuple[str, str]] = [
    (
        rf"\b(?:stop|quit|skip|refuse|ditch|drop|cancel|don'?t\s+do|dont\s+do|no\s+need\s+for)\s+"
        rf"(?:\w+\s+){{0,2}}{_TREATMENT}\b.{{0,80}}\b(?:try|use|instead|naturally|cure|cured|cures|"
        rf"{_REMEDY})",
        "advice to stop treatment for an alternative",
    ),
    (
        rf"\b{_REMEDY}\b.{{0,60}}\b(?:cures?|cured|curing|heals?|healed|shr[au]nk|shrinks|dissolv\w*|"
        rf"kills?|killed|reverse[sd]?|eliminat\w*|got\s+rid\s+of|beat|wiped\s+out)\b.{{0,40}}"
        rf"\b{_CANCER}",
        "remedy claimed to cure cancer",
    ),
    (
        rf"\b(?:cures?|cured|heals?|healed|shr[au]nk|dissolv\w*|reverse[sd]?)\s+(?:\w+\s+){{0,5}}"
        rf"{_CANCER}\b.{{0,40}}\b(?:naturally|with|using|by)\s+(?:\w+\s+){{0,2}}{_REMEDY}",
        "remedy claimed to cure cancer",
    ),
    (
        rf"\b{_CANCER}\b.{{0,30}}\bcured\s+(?:\w+\s+){{0,3}}(?:by|with)\s+(?:\w+\s+){{0,2}}{_REMEDY}",
        "remedy claimed to cure cancer",
    ),
    (
        r"\bchemo\w*\s+(?:is|=|are)\s+(?:\w+\s+)?(?:poison|toxic\s+waste|a\s+scam|a\s+lie|murder|"
        r"killing\s+(?:kids|children|people))",
        "treatment called poison",
    ),
    (
        r"\b(?:oncologists?|doctors?|hospitals?|big\s+pharma|pharma)\s+(?:are\s+|is\s+)?(?:\w+\s+)?"
        r"(?:paid|bribed|profit\w*|hid(?:e|ing)?|suppress\w*|covering\s+up)\b.{0,40}"
        r"(?:push|chemo|cure|treatment)",
        "claims doctors hide the cure or are paid to push treatment",
    ),
    (
        r"\b(?:cure\s+for\s+cancer|cancer\s+cure)\b.{0,40}\b(?:hidden|suppressed|they\s+don'?t\s+want)",
        "suppressed cure conspiracy",
    ),
    (
        rf"\b(?:you|u|she|he|they)\s+(?:don'?t|dont|do\s+not|doesn'?t|won'?t)\s+(?:really\s+)?need\s+"
        rf"(?:the\s+|any\s+|more\s+)?{_TREATMENT}\b",
        "tells someone they do not need treatment",
    ),
    (
        r"\b(?:don'?t|dont|do\s+not|never|refuse\s+to)\s+(?:let\s+(?:them|the\s+doctors?)\s+)?"
        r"(?:give|vaccinate|get)\s+(?:\w+\s+){0,3}(?:vaccines?|vaccinated|shots?|jabs?)\b.{0,60}"
        r"(?:transplant|relapse|cause|autism|poison|immune)",
        "anti-vaccine advice after treatment",
    ),
    (
        r"\bvaccin\w*\s+(?:\w+\s+){0,2}(?:cause|causes|caused|trigger\w*|lead\s+to)\s+(?:\w+\s+)?"
        r"(?:relapse|cancer|leukemia|autism|tumou?rs?)",
        "vaccines blamed for relapse or cancer",
    ),
    (
        r"\b(?:don'?t|dont|no\s+need\s+to|never|skip\s+the|avoid\s+the|stay\s+away\s+from\s+the)\s+"
        r"(?:go\s+|going\s+|rush\s+|take\s+(?:her|him|them)\s+)?(?:to\s+)?(?:the\s+)?(?:er|e\.r\.|"
        r"emergency|hospital|ed)\b.{0,60}\bfever",
        "advice to skip the ER with a fever",
    ),
    (
        r"\bfever\b.{0,60}\b(?:just\s+)?(?:wait\s+it\s+out|sleep\s+it\s+off|no\s+need\s+(?:to\s+go|for)"
        r"\s+(?:to\s+)?(?:the\s+)?(?:er|hospital)|don'?t\s+need\s+(?:the\s+)?(?:er|hospital)|"
        r"(?:tylenol|ibuprofen)\s+and\s+wait)",
        "advice to wait out a fever at home",
    ),
    (
        r"\bcancer\s+(?:is\s+)?(?:caused\s+by|is\s+just|is\s+only)\s+(?:\w+\s+){0,2}(?:acid\w*|"
        r"fungus|parasites|sugar|emotions|stress|a\s+deficiency)",
        "false cause of cancer",
    ),
    (
        rf"\b{_REMEDY}\b.{{0,50}}\b(?:instead\s+of|better\s+than|rather\s+than|replace\w*)\s+"
        rf"(?:\w+\s+){{0,2}}{_TREATMENT}",
        "remedy instead of treatment",
    ),
    # Patterns per catalogue kind (moderation/claims/catalogue.py), the floor without a model.
    (
        r"(?:^|[.!?]\s*)(?:(?:just|honestly|so|please)\s+)*(?:stop|quit|skip|delay|refuse|ditch|"
        rf"drop|postpone|hold\s+off\s+on)\s+(?:the\s+|his\s+|her\s+|their\s+|your\s+)?(?:\w+\s+)?"
        rf"{_TREATMENT}\b[^.!?]{{0,80}}?[.!?]?\s*[^.!?]{{0,60}}?\b(?:natural\w*|heal\w*|poison\w*|"
        r"harm|detox\w*|diet|on\s+its\s+own|body\s+knows|instead|cure\w*)",
        "advice to stop or delay treatment [catalogue: stop or delay treatment]",
    ),
    (
        r"\b(?:skip|avoid|refuse|don'?t\s+(?:get|give|do|let\s+them\s+give)|never\s+(?:get|give))\s+"
        r"(?:\w+\s+){0,3}?(?:re-?vaccinations?|vaccines?|vaccinations?|shots|jabs|boosters)\b|"
        r"\bvaccin\w*\s+(?:\w+\s+){0,2}gave\s+(?:\w+\s+){0,2}(?:cancer|leuk\w*|autism|tumou?rs?)",
        "anti-vaccine advice [catalogue: vaccines during treatment]",
    ),
    (
        r"\bsugar\s+(?:\w+\s+){0,3}?makes?\s+(?:the\s+|your\s+)?(?:cancer|tumou?rs?)\s+grow|"
        r"\bsugar\s+(?:\w+\s+){0,3}?(?:feeds?|fuels?|grows?|makes?\s+(?:\w+\s+)?grow)\s+(?:the\s+|"
        r"your\s+|his\s+|her\s+)?(?:\w+\s+)?(?:cancer|tumou?rs?)|\bstarv\w*\s+(?:the\s+|a\s+)?"
        r"(?:cancer|tumou?rs?|cancer\s+cells)\b",
        "sugar feeds cancer / starve the tumour [catalogue: starve the tumour]",
    ),
    (
        r"\b(?:replace|swap|substitute|switch)\s+(?:[\w'-]+\s+){0,3}?(?:meds|medicines?|medications?|"
        r"pills|antibiotics|steroids|painkillers|chemo\w*|treatment)\s+(?:with|for)\b|"
        r"\b(?:don'?t|do\s+not|never)\s+give\s+(?:him|her|them|the|your\s+\w+)\s+(?:the\s+)?"
        r"(?:antibiotics|meds|medicines?|medications?|steroids|pills)\b[^.!?]{0,50}\b(?:works?\s+"
        r"better|instead|natural\w*|remed\w*|garlic|honey|herb\w*|oils?|tea)\b",
        "home remedy instead of a prescribed medicine [catalogue: home remedy instead of medicine]",
    ),
]

# Skip emergency care: a symptom that is an emergency during treatment, dismissed, in one
# sentence with a treatment context (catalogue: skip emergency care).
_EMERGENCY_SYMPTOM = re.compile(
    r"\b(?:fevers?|temps?|temperatures?|port|line\s+site|picc|nosebleeds?|bleeding|bruis\w*|chills)\b"
)
_DISMISSED = re.compile(
    r"\b(?:(?:is|are|'s)\s+(?:usually\s+|normally\s+|mostly\s+|often\s+|just\s+|probably\s+)?nothing|"
    r"never\s+(?:go|went|take|took|bring|brought)\s+(?:\w+\s+)?in\s+for|(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+(?:an?\s+)?"
    r"emergenc\w*|(?:is|are|'s)\s+normal|don'?t\s+(?:rush|go|bother|call|take\s+(?:him|her|them))|"
    r"no\s+need\s+to\s+(?:go|call|rush|take)|stay\s+(?:at\s+)?home|sleep\s+it\s+off|"
    r"wait\s+(?:it\s+out|until|till))\b"
)
_TREATMENT_CONTEXT = re.compile(
    r"\b(?:chemo\w*|neutropen\w*|counts|port|line|picc|onc\w*|transplant|treatment|"
    r"platelets|anc)\b"
)


# Each sentence with the one before it: "Neutropenic fever? Don't rush to the ER."
_SENTENCE_PAIRS = re.compile(r"(?:[^.!?\n]+[.!?]+\s*)?[^.!?\n]+[.!?]*")


def _dismissed_emergency(text: str) -> Signal | None:
    for m in _SENTENCE_PAIRS.finditer(text):
        sentence = m.group()
        symptom = _EMERGENCY_SYMPTOM.search(sentence)
        dismissed = _DISMISSED.search(sentence)
        if not (symptom and dismissed and _TREATMENT_CONTEXT.search(sentence)):
            continue
        if asked_or_refuted(sentence):
            continue
        start = m.start() + min(symptom.start(), dismissed.start())
        end = m.start() + max(symptom.end(), dismissed.end())
        detail = "an emergency during treatment dismissed [catalogue: skip emergency care]"
        return Signal(MISINFORMATION, 0.85, "starter pattern", start, end, detail)
    return None


# A prescribed medicine swapped for a remedy and the swap commended (catalogue: home remedy
# instead of a prescribed medicine), read by its four parts in a sentence or two, so a new
# wording of the swap is read: the medicine (by name or class), the act of taking it away, the
# remedy, and the commendation ("does the same job", "you should all try", "trust me").
# Not the team's own change, a remedy alongside the medicine, a question or a refutation, or
# a cautionary tale ("learned the hard way, back on the meds").
_MEDICINE_NAMED = re.compile(
    r"\b(?:"
    + NAME
    + r"|antibiotics?|antifungals?|steroids?|painkillers?|laxatives?|anti-?sickness|paracetamol|"
    r"calpol|ibuprofen|morphine|oramorph|pred|dex|injections?|prescription|prescribed|meds|"
    r"medicines?|medications?|drugs|the\s+(?:pills|tablets))\b"
)
_TAKEN_AWAY = re.compile(
    r"\b(?:swapp?\w*|switch\w*|replac\w*|stopp?\w*|binn?\w*|bin|ditch\w*|dropp?\w*|cut\s+(?:out|most|it|"
    r"them|the)|took\s+(?:him|her|them|me)\s+off|take\s+(?:him|her|them|me)\s+off|instead|rather\s+than)\b"
)
_REMEDY_USED = re.compile(
    r"\b(?:coconut\s+oil|caprylic|manuka|honey|willow\s+bark|castor\s+oil|pineapple|clove\s+oil|"
    r"fish\s+oil|curcumin|turmeric|boswellia|frankincense|astragalus|mushrooms?|kiwis?|prunes?|"
    r"prune\s+juice|probiotics?|kefir|carob|valerian|chamomile|elderberry|multivitamins?|vitamin\s+c|"
    r"cbd|colloidal\s+silver|oregano\s+oil|garlic|ginger|peppermint|aloe|herbs?|herbal|essential\s+oils?|"
    r"homeopath\w*|supplements?|tinctures?)\b"
)
_COMMENDED = re.compile(
    r"\b(?:(?:you\s+|u\s+)?should\s+(?:all\s+)?try|(?:i'?d\s+)?recommend\w*|give\s+it\s+a\s+go|trust\s+me|"
    r"swear\s+by|(?:does|do|did)\s+(?:exactly\s+)?the\s+same(?:\s+(?:job|thing))?|same\s+(?:job|ground|thing)|"
    r"works?\s+(?:just\s+)?as\s+well|(?:don'?t|dont|do\s+not)\s+need\s+(?:the|it|them|that)|no\s+need\s+for|"
    r"way\s+(?:gentler|better)|(?:much\s+)?better\s+than\s+(?:the|blocking|pumping)|do\s+better\s+without|"
    r"(?:don'?t|dont)\s+feel\s+(?:you\s+)?(?:have|need)\s+to\s+give|not\s+pumping)\b"
)
_ALONGSIDE = re.compile(
    r"\b(?:alongside|as\s+well\s+as|in\s+addition\s+to|on\s+top\s+of|together\s+with|not\s+instead)\b"
)


def _remedy_swap(norm: Normalized) -> Signal | None:
    if cautionary(norm):
        return None
    text = norm.text
    for m in _SENTENCE_PAIRS.finditer(text):
        window = m.group()
        med = _MEDICINE_NAMED.search(window)
        if not (med and _TAKEN_AWAY.search(window) and _REMEDY_USED.search(window)):
            continue
        if not _COMMENDED.search(window) or _ALONGSIDE.search(window) or asked_or_refuted(window):
            continue
        detail = (
            "a prescribed medicine swapped for a remedy and commended "
            "[catalogue: home remedy instead of medicine]"
        )
        return Signal(MISINFORMATION, 0.85, "starter pattern", m.start(), m.end(), detail)
    return None


def compile_patterns(extra: Iterable[str] = ()) -> list[tuple[re.Pattern[str], str, str]]:
    out = [(re.compile(p), "starter pattern", d) for p, d in STARTER_PATTERNS]
    out += [(re.compile(p, re.IGNORECASE), "organizer pattern", p) for p in extra]
    return out


def detect_misinformation(
    norm: Normalized, patterns: list[tuple[re.Pattern[str], str, str]]
) -> list[Signal]:
    """Pattern matches; a match asked about or refuted in its sentence scores low."""
    out = []
    for pattern, signal, detail in patterns:
        m = pattern.search(norm.text)
        if m:
            score = 0.85
            if asked_or_refuted(sentence_at(norm.text, m.start(), m.end())):
                score, detail = 0.3, detail + " (asked about or refuted)"
            elif in_quotation(norm.text, m.start(), m.end()):
                score, detail = 0.3, detail + " (quoted, named not made)"
            out.append(Signal(MISINFORMATION, score, signal, m.start(), m.end(), detail))
    dismissed = None if sound_urgent_advice(norm) else _dismissed_emergency(norm.text)
    if dismissed is not None:
        out.append(dismissed)
    swap = _remedy_swap(norm)
    if swap is not None:
        out.append(swap)
    return out
