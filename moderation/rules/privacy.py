"""Personal data posted in a group channel: phone numbers, e-mail, street addresses, MRNs.

Toll-free numbers (1-800 and friends), crisis lines (988) and organisation contacts are not
personal data: health text quotes them all the time.
"""

from __future__ import annotations

import re

from ..normalize import Normalized
from .base import Signal

PRIVACY = "privacy"

_PHONE = re.compile(
    r"(?<![\w/.-])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?![\w/-])"
    r"|(?<![\w/.-])\+(?:[2-9]\d{0,2})[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){2,4}\d{2,4}(?![\w/-])"
)
_TOLL_FREE = {"800", "888", "877", "866", "855", "844", "833", "900"}
_EMAIL = re.compile(r"\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b")
_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|"
    r"terrace|circle|cir|parkway|pkwy|highway|hwy)"
)
# A street name is no function word: "bed 14 on ward 8 at St James's", "round 3 with Dr Patel"
# are a ward, a saint and a doctor, not an address; nor is it a unit of time, distance or
# count: "2 hours each way", "5 miles down the road", "3 times a day" are a journey or a dose.
_NOT_A_NAME = (
    r"(?!(?:at|with|and|to|from|by|of|in|on|my|our|his|her|their|for|is|was|saw|see|me|us|then|"
    r"or|the|a|an|each|per|every|down|up|along|across|over|round|hours?|hrs?|mins?|minutes?|days?|"
    r"nights?|weeks?|months?|years?|yrs?|miles?|mi|km|kms|kilomet(?:re|er)s?|met(?:re|er)s?|"
    r"blocks?|stops?|times?|x)\b)"
)
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}\s+(?:[nsew]\.?\s+)?(?:{_NOT_A_NAME}[a-z]+\s+){{1,3}}{_STREET}\b\.?(?:\s*,?\s*"
    r"(?:apt|unit|#)\s*\w+)?"
)
_MRN = re.compile(
    r"\b(?:mrn|mr#|mr\s+#|medical\s+record\s+(?:number|no\.?|#)|patient\s+(?:id|number|no\.?)|"
    r"chart\s+(?:number|#))\s*(?:is|:|#|=)?\s*#?\s*([a-z]{0,3}\d[\d-]{4,})\b"
)
_ORG_CONTEXT = re.compile(
    r"\b(?:hotline|helpline|toll[\s-]free|tty|fax|information\s+service|call\s+(?:the|us|our|their)|"
    r"office|clinic|center|centre|foundation|line)\b"
)


def detect_privacy(norm: Normalized) -> list[Signal]:
    text = norm.text
    out: list[Signal] = []
    for m in _PHONE.finditer(text):
        area = m.group(1)
        if area in _TOLL_FREE:
            continue
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 10 or len(set(digits)) <= 2:
            continue
        left = text[max(0, m.start() - 40) : m.start()]
        score = 0.4 if _ORG_CONTEXT.search(left) else 0.8
        out.append(Signal(PRIVACY, score, "phone number", m.start(), m.end(), "phone number"))
    for m in _EMAIL.finditer(text):
        out.append(Signal(PRIVACY, 0.75, "e-mail address", m.start(), m.end(), "e-mail address"))
    for m in _ADDRESS.finditer(text):
        out.append(Signal(PRIVACY, 0.75, "street address", m.start(), m.end(), "street address"))
    for m in _MRN.finditer(text):
        out.append(Signal(PRIVACY, 0.9, "medical record number", m.start(), m.end(),
                          "medical record number"))  # fmt: skip
    return out
