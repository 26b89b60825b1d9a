"""Spam and flooding, mostly from context: repeats, bursts, links from new members, promotions."""

from __future__ import annotations

import re
from datetime import timedelta

from ..normalize import Normalized, normalize
from ..types import MessageContext
from .base import Signal

SPAM = "spam"

URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|gg|ly|xyz|ru|me|co|"
                 r"info|biz|shop|top|click|link)(?:/\S*)?\b")  # fmt: skip
_INVITE = re.compile(r"\b(?:discord\.gg|discord\.com/invite|t\.me|chat\.whatsapp\.com)/\S+")
_PROMO = re.compile(
    r"\b(?:dm\s+me\s+(?:for|to)|earn\s+\$?\d+|make\s+\$?\d+\w*\s+(?:a|per)\s+(?:day|week)|"
    r"crypto|bitcoin|forex|binary\s+options|onlyfans|casino|betting\s+tips|free\s+followers|"
    r"work\s+from\s+home\s+opportunity|investment\s+opportunity|click\s+(?:here|the\s+link)|"
    r"limited\s+offer|buy\s+now|promo\s+code|discount\s+code|guaranteed\s+returns|"
    r"nft|giveaway|whatsapp\s+me|telegram\s+me)\b"
)

REPEAT_WINDOW = timedelta(minutes=10)
BURST_WINDOW = timedelta(seconds=30)
BURST_COUNT = 5  # this message plus four in the window


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", normalize(text).text).strip()


def detect_spam(
    norm: Normalized, context: MessageContext | None, new_member_links: bool
) -> list[Signal]:
    out: list[Signal] = []
    text = norm.text
    urls = list(URL.finditer(text))
    whole = (0, len(text))
    for m in _INVITE.finditer(text):
        out.append(Signal(SPAM, 0.5, "invite link", m.start(), m.end(), "invite to another server"))
    promos = list(_PROMO.finditer(text))
    if promos:
        m = promos[0]
        score = 0.7 if urls or len(promos) > 1 else 0.4
        out.append(Signal(SPAM, score, "promotion", m.start(), m.end(), "promotional wording"))
    if len(urls) >= 3:
        out.append(
            Signal(SPAM, 0.6, "many links", urls[0].start(), urls[-1].end(), f"{len(urls)} links")
        )
    if context is None:
        return out
    if urls and context.author_is_new and new_member_links:
        m = urls[0]
        out.append(
            Signal(SPAM, 0.7, "new member link", m.start(), m.end(), "link from a new member")
        )
    if context.recent:
        now = context.now or max(r.at for r in context.recent)
        key = _key(norm.original)
        repeats = [
            r for r in context.recent if now - r.at <= REPEAT_WINDOW and key and _key(r.text) == key
        ]
        if len(repeats) >= 1:
            score = 0.65 if len(repeats) >= 2 else 0.45
            out.append(Signal(SPAM, score, "repeat", *whole,
                              f"same message {len(repeats) + 1} times in 10 minutes"))  # fmt: skip
        burst = [r for r in context.recent if timedelta(0) <= now - r.at <= BURST_WINDOW]
        if len(burst) + 1 >= BURST_COUNT:
            score = min(0.95, 0.6 + 0.05 * (len(burst) + 1 - BURST_COUNT))
            out.append(Signal(SPAM, score, "burst", *whole,
                              f"{len(burst) + 1} messages in 30 seconds"))  # fmt: skip
    return out
