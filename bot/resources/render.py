"""Pure functions from resources to neutral messages.

Action ids created here (all routed to the resources feature's button table):

* ``resources:share:KEY.KEY...``   post these entries in the channel (no search words, no name)
* ``resources:helped:KEY``         "This helped" on one entry of an answer
* ``resources:missed:TOPIC``       "Not what I needed" for the whole answer (TOPIC: its terms)

Keys are :attr:`bot.resources.directory.Resource.key` (a short hash of the URL), so a button on
an old answer still finds its entry after a restart or a reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bot.messages import Button, Message, Section
from bot.resources.directory import Problem, Resource

FILE_FOOTER = "From the community's resource directory."
SAMPLE_FOOTER = "Sample directory shipped with Hearth: organizers, please review it."
SHARED_TITLE = "Shared from the community's resource directory"
#: Discord caps a custom id at 100 characters; a topic in an action id is cut to fit.
MAX_TOPIC_ID = 60


def section(resource: Resource, today: date, stale_after: timedelta) -> Section:
    """One entry: title linked to its page, summary, source and review date."""
    context = f"{resource.source} · reviewed {resource.last_reviewed.isoformat()}"
    if resource.suggested:
        context += " · suggested by "
        context += resource.suggested_by or "a parent"
        context += f", reviewed by a moderator on {resource.last_reviewed.isoformat()}"
    if today - resource.last_reviewed > stale_after:
        context += " · possibly out of date"
    return Section(text=resource.summary, title=resource.title, url=resource.url, context=context)


def topic_id(terms: Sequence[str]) -> str:
    """The searched terms, sorted, as they travel in a "Not what I needed" button."""
    return "+".join(sorted(terms))[:MAX_TOPIC_ID]


def answer(
    topic: str,
    entries: Sequence[Resource],
    *,
    today: date,
    stale_after: timedelta,
    sample: bool,
    shareable: bool,
    terms: Sequence[str],
) -> Message:
    """The answer to ``/resources TOPIC``: the entries, feedback buttons, and (for a private
    answer in a channel) a button to share the entries with everyone."""
    keys = [e.key for e in entries]
    buttons: list[Button] = []
    if shareable:
        buttons.append(Button(f"resources:share:{'.'.join(keys)}", "Share in channel", "primary"))
    return Message(
        text=f"Resources for “{topic}”:",
        sections=tuple(section(e, today, stale_after) for e in entries),
        buttons=tuple(buttons),
        footer=SAMPLE_FOOTER if sample else FILE_FOOTER,
    )


def shared(entries: Sequence[Resource], *, today: date, stale_after: timedelta) -> Message:
    """The entries as posted to the channel by "Share in channel": neutral, no search words and
    no name, so nobody learns what the sharer was looking for."""
    return Message(
        text=SHARED_TITLE + ":",
        sections=tuple(section(e, today, stale_after) for e in entries),
        footer="Shared by a member. Use /resources TOPIC to look something up privately.",
    )


def broken_directory(problems: Sequence[Problem]) -> Message:
    """For organizers: the directory file on disk is broken; the last good one stays in use."""
    shown = "\n".join(f"• {p}" for p in problems[:10])
    more = f"\n…and {len(problems) - 10} more." if len(problems) > 10 else ""
    return Message(
        title="The resource directory file has problems",
        text="Lookups keep using the last good directory until the file is fixed "
        f"(then it reloads by itself, or use /resources-reload):\n{shown}{more}",
    )
