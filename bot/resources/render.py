"""Pure functions from resources and suggestions to neutral messages and forms.

Action ids created here (``resources:VERB[:ARG]``, routed through the verb tables in
:mod:`bot.resources.buttons`):

* ``resources:share:KEY.KEY...``  post a private answer's entries in the channel (members)
* ``resources:helped:KEY``        "This helped" on one entry (members)
* ``resources:missed:TOPIC``      "Not what I needed" for a whole answer (members)
* ``resources:credit:ID``         the suggester chooses to be named with their suggestion
* ``resources:approve:ID`` / ``changes:ID`` / ``decline:ID``   review card (moderators)
* ``resources:fresh:KEY`` / ``edit:KEY`` / ``retire:KEY``      stale reminder (organizers)

Forms: ``resources:suggest``, ``resources:approve``, ``resources:changes``,
``resources:decline``, ``resources:edit`` (the id or key travels in the form's context).
Keys are :attr:`Resource.key` (a hash of the URL), so a button on an old answer or reminder
still finds its entry after a restart or a reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bot.messages import Button, Field, Form, FormInput, Message, Section
from bot.resources.directory import Problem, Resource
from bot.resources.models import ResourceEntry, ResourceGap

FILE_FOOTER = "From the community's resource directory."
SAMPLE_FOOTER = "Sample directory shipped with Hearth: organizers, please review it."
SHARED_TITLE = "Shared from the community's resource directory"
#: Discord caps a custom id at 100 characters; a topic in an action id is cut to fit, and
#: "Share in channel" carries as many whole entry keys as fit (7; answers show 3 by default).
MAX_ACTION_ID = 100
MAX_TOPIC_ID = 60
DECLINE_DEFAULT = (
    "Thank you for thinking of other parents. We can't add this one to the directory right now."
)


def section(resource: Resource, today: date, stale_after: timedelta) -> Section:
    """One entry: title linked to its page, summary, source and review date."""
    reviewed = resource.last_reviewed.isoformat()
    if resource.suggested:
        by = resource.suggested_by or "a parent"
        context = f"Suggested by {by}, reviewed by a moderator on {reviewed}"
    else:
        context = f"{resource.source} · reviewed {reviewed}"
    if today - resource.last_reviewed > stale_after:
        context += " · possibly out of date"
    return Section(text=resource.summary, title=resource.title, url=resource.url, context=context)


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def topic_id(terms: Sequence[str]) -> str:
    """The searched terms, sorted, as stored for gaps and carried by "Not what I needed"."""
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
    buttons = [
        Button(f"resources:helped:{e.key}", f"This helped: {_short(e.title)}", "success")
        for e in entries
    ]
    buttons.append(Button(f"resources:missed:{topic_id(terms)}", "Not what I needed"))
    if shareable:
        keys = ".".join(e.key for e in entries)[: MAX_ACTION_ID - len("resources:share:")]
        keys = keys[: len(keys) - (len(keys) + 1) % 11]  # whole keys only (10 hex + a dot)
        buttons.append(Button(f"resources:share:{keys}", "Share in channel", "primary"))
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


# -- suggestions -----------------------------------------------------------------------


def suggest_form() -> Form:
    return Form(
        form_id="resources:suggest",
        title="Suggest a resource",
        intro="Moderators review every suggestion before it joins the directory.",
        inputs=(
            FormInput("url", "Link (https://…)", max_length=500, placeholder="https://"),
            FormInput(
                "note",
                "What it is and why it helped",
                style="paragraph",
                required=False,
                max_length=1000,
            ),
            FormInput("credit", "Show your name with it? (yes/no)", required=False, default="no"),
        ),
    )


def suggested(row: ResourceEntry, *, merged: bool) -> Message:
    text = (
        "Thank you: someone suggested this link too, so I added your voice to it."
        if merged
        else "Thank you: the moderators will review your suggestion."
    )
    text += " You'll hear back privately. It's shared without your name unless you choose."
    buttons = () if row.credit else (Button(f"resources:credit:{row.id}", "Show my name with it"),)
    return Message(text=text, buttons=buttons)


def review_card(row: ResourceEntry) -> Message:
    fields = [Field("Link", row.url, inline=False)]
    if row.note:
        fields.append(Field("What it is and why it helped", row.note, inline=False))
    fields.append(Field("Suggested", f"{row.times_suggested} time(s)"))
    if row.credit:
        fields.append(Field("Credit", row.credit))
    return Message(
        title=f"Resource suggestion #{row.id}",
        text="A parent suggested a resource for the directory.",
        fields=tuple(fields),
        buttons=(
            Button(f"resources:approve:{row.id}", "Approve", "success"),
            Button(f"resources:changes:{row.id}", "Ask for changes"),
            Button(f"resources:decline:{row.id}", "Decline", "danger"),
        ),
    )


def approve_form(row: ResourceEntry, *, title: str, tags: str, region: str) -> Form:
    return Form(
        form_id="resources:approve",
        title=f"Approve suggestion #{row.id}",
        context={"id": str(row.id)},
        inputs=(
            FormInput("title", "Title", default=title, max_length=200),
            FormInput(
                "summary", "Summary", style="paragraph", default=row.note[:1000], max_length=1000
            ),
            FormInput("tags", "Tags (separated by ;)", default=tags, max_length=300),
            FormInput("audience", "Audience", default=row.audience or "parents", max_length=40),
            FormInput("region", "Region (US, UK… or global)", default=region, max_length=8),
        ),
    )


def reason_form(verb: str, row: ResourceEntry) -> Form:
    asking = verb == "changes"
    return Form(
        form_id=f"resources:{verb}",
        title=f"{'Ask for changes to' if asking else 'Decline'} suggestion #{row.id}",
        context={"id": str(row.id)},
        intro="Sent privately to the parent who suggested it.",
        inputs=(
            FormInput(
                "reason",
                "What should change" if asking else "A kind reason",
                style="paragraph",
                default="" if asking else DECLINE_DEFAULT,
                max_length=1000,
            ),
        ),
    )


def outcome_for_suggester(row: ResourceEntry, verb: str, reason: str = "") -> Message:
    if verb == "approve":
        text = (
            f"Your suggestion “{row.title}” is now in the community's resource directory. "
            "Thank you for helping the next parent."
        )
    elif verb == "changes":
        text = (
            f"A moderator looked at your suggestion ({row.url}) and asks: {reason}\n"
            "When it's ready, suggest it again with /resources suggest."
        )
    else:
        text = f"About your suggestion ({row.url}): {reason}"
    return Message(title="Your resource suggestion", text=text)


# -- upkeep ----------------------------------------------------------------------------


def stale_card(resource: Resource, today: date) -> Message:
    age = (today - resource.last_reviewed).days
    return Message(
        title="Resource to review",
        text=f"Last reviewed {resource.last_reviewed.isoformat()} ({age} days ago). "
        "Is it still accurate?",
        sections=(Section(text=resource.summary, title=resource.title, url=resource.url),),
        buttons=(
            Button(f"resources:fresh:{resource.key}", "Still accurate", "success"),
            Button(f"resources:edit:{resource.key}", "Edit"),
            Button(f"resources:retire:{resource.key}", "Retire", "danger"),
        ),
    )


def stale_more(count: int) -> Message:
    return Message(
        title="More resources to review",
        text=f"{count} more entries are past their review date; they will come in the next "
        "review, or export the directory (hearthbot resources export) to review in bulk.",
    )


def edit_form(resource: Resource) -> Form:
    return Form(
        form_id="resources:edit",
        title="Edit resource",
        context={"key": resource.key},
        inputs=(
            FormInput("title", "Title", default=resource.title, max_length=200),
            FormInput(
                "summary", "Summary", style="paragraph", default=resource.summary, max_length=1000
            ),
            FormInput("tags", "Tags (separated by ;)", default=";".join(resource.tags)),
            FormInput("audience", "Audience", default=resource.audience, max_length=40),
            FormInput(
                "region", "Region (US, UK… or global)", default=resource.region, max_length=8
            ),
        ),
    )


def gaps(rows: Sequence[ResourceGap]) -> Message:
    if not rows:
        return Message(text="No gaps yet: every search found something people were glad of.")
    lines = [
        f"• {row.topic.replace('+', ' ')}: found nothing {row.nothing_found}×, "
        f"not what they needed {row.not_needed}× (last {row.last_seen.date().isoformat()})"
        for row in rows
    ]
    return Message(
        title="Topics the directory doesn't answer well",
        text="\n".join(lines),
        footer="Counts only; nobody's identity is kept. Add entries to fill these gaps.",
    )
