"""Slack's message markup turned into the plain text the core reads.

Slack escapes ``&``, ``<`` and ``>`` in message and command text and wraps links, mentions and
special commands in angle brackets (``<https://x|label>``, ``<@U123|sam>``, ``<#C123|general>``,
``<!here>``). The core (moderation above all) should read what the person wrote: links keep
their URL (spam checks need it), user mentions stay ``<@U123>`` (how the core recognises a
person), the rest becomes readable text.
"""

from __future__ import annotations

import re

_MARKUP = re.compile(r"<([^<>]*)>")


def _replace(match: re.Match[str]) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return f"<{target}>"
    if target.startswith("#"):
        return f"#{label}" if label else target
    if target.startswith("!"):
        if label:
            return label
        word = target[1:].split("^")[0]
        return f"@{word}"
    if label:
        return f"{label} ({target.removeprefix('mailto:')})"
    return target.removeprefix("mailto:")


def to_plain(text: str) -> str:
    """``<https://x|here> &amp; <@U1|sam> &lt;3`` -> ``here (https://x) & <@U1> <3``."""
    text = _MARKUP.sub(_replace, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
