"""What people read: the care message, notices to authors, and the moderators' case alerts.

Words matter here. A parent in crisis gets warmth and concrete lines to call, never a
warning; an author whose message was hidden hears which guideline it touched and how to ask
for a second look; moderators get everything they need to decide in one message.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.durations import describe
from bot.messages import (
    Button,
    ChannelLink,
    Field,
    Mention,
    Message,
    MessageLink,
    Section,
    Select,
    SelectOption,
)
from bot.moderation_review.models import (
    ACKNOWLEDGED,
    DISMISSED,
    HIDDEN,
    HIDE_FAILED,
    HIDE_IMPOSSIBLE,
    OPEN,
    RESOLVED,
    CaseEvent,
    ModerationCase,
)
from bot.moderation_review.settings import CareConfig
from moderation.rules.received import SIGNAL as RECEIVED_SIGNAL
from moderation.rules.someone_close import about_someone_close

if TYPE_CHECKING:
    from bot.moderation_review.assess import PendingCrisis

#: The guideline a category touches, in the words shown to the author.
GUIDELINES: dict[str, str] = {
    "abuse": "Be kind to one another: no insults, threats or attacks on other members.",
    "spam": "No advertising, repeated messages or flooding the channel.",
    "privacy": "Protect everyone's privacy: no phone numbers, addresses or other personal "
    "details in the group.",
    "misinformation": "Share medical information with care: claims that could steer a "
    "family away from treatment are checked by a moderator.",
    "profanity": "Keep swearing aimed at the illness, not at people.",
    "crisis": "Your safety comes first.",
}

TIMEOUT_CHOICES: tuple[tuple[str, str], ...] = (
    ("1 hour", "1h"),
    ("1 day", "1d"),
    ("3 days", "3d"),
    ("7 days", "7d"),
    ("28 days", "28d"),
)

EVENT_WORDS: dict[str, str] = {
    "opened": "opened the case",
    "reported": "reported it",
    "care_sent": "sent the crisis lines privately",
    "care_failed": "could not deliver the care message privately",
    "hidden": "hid the message",
    "hide_impossible": "could not hide the message (not possible on this platform)",
    "hide_failed": "could not hide the message",
    "author_told": "explained the guideline to the author privately",
    "received_told": "told the member privately that the moderators know",
    "keep": "kept the message",
    "warn": "warned the author",
    "timeout": "timed the author out",
    "timeout_unavailable": "could not time the author out (not possible on this platform)",
    "escalate": "escalated to the organizers",
    "handled": "marked it handled",
    "ack": "acknowledged",
    "note": "added a note",
    "realert": "re-alerted moderators (nobody had acknowledged)",
    "purged": "erased the message text (retention window over)",
    "anonymised": "removed the author's identity (they asked to be forgotten)",
    "reporter_forgotten": "erased the reporter's words (they asked to be forgotten)",
    "edited": "the author edited the message",
    "reopened": "reopened the case (the message was edited after the decision)",
    "stored_late": "stored the case late (the database was busy; the care message was sent)",
}

#: Log entries whose detail (the why) is shown on the alert.
DETAILED_EVENTS = frozenset(
    {
        "edited",
        "note",
        "warn",
        "timeout",
        "escalate",
        "keep",
        "handled",
        "hide_failed",
        "care_failed",
    }
)

#: Log entries saying the case's words were erased because someone asked to be forgotten.
FORGOTTEN_EVENTS = frozenset({"anonymised", "reporter_forgotten"})

#: What a proposed time out (warnings reached the threshold) lasts; a moderator still decides.
PROPOSED_TIMEOUT = "1d"

STATUS_WORDS = {
    OPEN: "open",
    ACKNOWLEDGED: "acknowledged",
    RESOLVED: "resolved",
    DISMISSED: "dismissed (message kept)",
}


def guideline_lines(categories: Sequence[str], url: str | None) -> str:
    lines = [f"• {GUIDELINES[c]}" for c in categories if c in GUIDELINES]
    if url:
        lines.append(f"The full guidelines: {url}")
    return "\n".join(lines)


def care_message(
    care: CareConfig, region: str | None, *, where: str | None, someone_close: bool = False
) -> Message:
    """The private message a member in crisis gets: warm, concrete, no judgement.

    When what they wrote is about someone close (``moderation.rules.someone_close``: a
    parent telling of their child's wish to die or self-harm), it speaks to them as the
    helper, with the steps the 988 Lifeline and AFSP give helpers (#BeThe1To: ask, keep them
    safe, be there, help them connect), and still offers the lines to the parent themself."""
    seen = f" in {where}" if where else ""
    lines = "\n".join(f"• {line.line()}" for line in care.lines_for(region))
    if someone_close:
        return Message(
            title="You're not alone in this",
            text=(
                f"I read what you wrote{seen}. Hearing that someone you love may want to die "
                "or hurt themselves is frightening, and you don't have to handle it alone. "
                "These lines help the people helping someone, any hour, and you can call them "
                f"together:\n{lines}\n\n"
                "If they may be in danger right now, call your local emergency number and stay "
                "with them. Until help comes, put medicines, blades and other means out of "
                "reach, listen without judging, and ask them plainly whether they are thinking "
                "about suicide: asking does not put the idea in their head. If they are in "
                "treatment, their care team "
                "(the oncologist, the ward's psychologist or social worker) wants to know today."
                "\n\nIf you are struggling yourself, these lines are for you too. "
                f"{care.helper_message}"
            ),
            footer="Only you can see this message. Your message in the group was not removed.",
        )
    return Message(
        title="You're not alone",
        text=(
            f"I read what you wrote{seen}, and I'm so sorry you're carrying this much right now. "
            "If you are thinking about ending your life or hurting yourself, please reach out "
            f"now: these people are there for exactly this, any hour.\n{lines}"
            f"\n\n{care.care_team_message}"
        ),
        footer="Only you can see this message. Your message in the group was not removed.",
    )


def hidden_notice(
    case: ModerationCase,
    categories: Sequence[str],
    *,
    hidden: bool,
    where: str | None,
    url: str | None,
) -> Message:
    place = f" in {where}" if where else ""
    if hidden:
        what = f"I've hidden your message{place} for now, because it touched this guideline:"
    else:
        what = (
            f"Your message{place} touched this guideline, and a moderator will take a look "
            "(you may want to edit or remove it):"
        )
    return Message(
        title="About your message",
        text=(
            f"{what}\n{guideline_lines(categories, url)}\n\n"
            "Everyone here is carrying a lot, and one message doesn't define you. "
            f"If you think I got this wrong, reply to any moderator and mention case "
            f"#{case.number}: a person reads every case."
        ),
        footer="Only you can see this message.",
    )


def warning_notice(case: ModerationCase, reason: str, url: str | None) -> Message:
    return Message(
        title="A note from the moderators",
        text=(
            f"A moderator reviewed one of your messages (case #{case.number}) and asked me to "
            f"pass this on: {reason}\n\nThank you for helping keep this a safe place for every "
            "family. If you'd like to talk about it, reply to any moderator."
        )
        + (f"\nThe guidelines: {url}" if url else ""),
        footer="Only you can see this message.",
    )


def timeout_notice(case: ModerationCase, duration: timedelta, reason: str) -> Message:
    return Message(
        title="A short break",
        text=(
            f"The moderators have paused your posting for {describe(duration)} "
            f"(case #{case.number}): {reason}\nYou can still read, and you're welcome back "
            "afterwards. To ask for a second look, reply to any moderator."
        ),
        footer="Only you can see this message.",
    )


def _hidden_line(case: ModerationCase) -> str | None:
    if case.hidden == HIDDEN:
        return "Hidden from the channel."
    if case.hidden == HIDE_IMPOSSIBLE:
        return "NOT hidden: this platform does not let Hearth hide it. Remove it by hand if needed."
    if case.hidden == HIDE_FAILED:
        return "NOT hidden: hiding failed. Remove it by hand if needed."
    return None


def _care_buttons(case: ModerationCase, ack: str, *, hide: bool) -> tuple[Button, ...]:
    """The controls of a case whose member is never punished (a crisis, abuse received): a
    person takes it on, marks it handled, notes or escalates; with ``hide``, may hide it."""
    ref = case.id
    buttons: list[Button] = []
    if case.status == OPEN:
        buttons.append(Button(f"case:ack:{ref}", ack, "primary"))
    if case.status in (OPEN, ACKNOWLEDGED):
        buttons.append(Button(f"case:handled:{ref}", "Mark handled", "success"))
    if hide and case.hidden != HIDDEN and case.message_id:
        buttons.append(Button(f"case:hide:{ref}", "Hide"))
    buttons += [Button(f"case:note:{ref}", "Add note"), Button(f"case:escalate:{ref}", "Escalate")]
    return tuple(buttons)


def case_buttons(
    case: ModerationCase, *, propose_timeout: bool = False, timeouts: bool = True
) -> tuple[tuple[Button, ...], tuple[Select, ...]]:
    """The controls on a case alert. A crisis case is never hidden or punished; no time-out
    controls where the platform has no time-outs (``timeouts``)."""
    ref = case.id
    if case.crisis:
        return _care_buttons(case, "I'm reaching out", hide=False), ()
    if case.received:  # the author is the one harmed: no warning, no time-out
        return _care_buttons(case, "I'm looking into it", hide=True), ()
    buttons_list = [Button(f"case:keep:{ref}", "Keep", "success")]
    if case.hidden != HIDDEN and case.message_id:
        buttons_list.append(Button(f"case:hide:{ref}", "Hide", "danger"))
    if case.author_id is not None:
        buttons_list.append(Button(f"case:warn:{ref}", "Warn"))
    buttons_list += [
        Button(f"case:escalate:{ref}", "Escalate"),
        Button(f"case:note:{ref}", "Add note"),
    ]
    if case.status == OPEN:
        buttons_list.append(Button(f"case:ack:{ref}", "Acknowledge"))
    if not timeouts:
        return tuple(buttons_list), ()
    if propose_timeout and case.author_id is not None:
        buttons_list.append(
            Button(f"case:timeout:{ref}:{PROPOSED_TIMEOUT}", "Time out 1 day (proposed)", "danger")
        )
    selects: tuple[Select, ...] = ()
    if case.author_id is not None:
        selects = (
            Select(
                f"case:timeout:{ref}",
                "Time out for",
                tuple(SelectOption(label, value) for label, value in TIMEOUT_CHOICES),
            ),
        )
    return tuple(buttons_list), selects


@dataclass(frozen=True, slots=True)
class AlertContext:
    """What a case alert shows beyond the case row: names, the log, warnings, reports."""

    author: str
    author_id: str | None = None  # the member's platform id (None once forgotten)
    log: Sequence[tuple[CaseEvent, str]] = ()
    warnings: int = 0
    warning_threshold: int = 0
    reporters: Sequence[tuple[str, str]] = ()
    realert: bool = False
    now: datetime | None = None
    timeouts: bool = True  # the platform can time members out (offer the controls)


def _place(case: ModerationCase) -> str | None:
    """The channel as people read it (its name; the id when the name is not known)."""
    if not case.channel:
        return None
    return f"#{case.channel_name or case.channel}"


def _crisis_text(case: ModerationCase, about: AlertContext) -> tuple[str, str]:
    place = _place(case)
    where = f"in {place}" if place else f"in a {case.source} note"
    close = about_someone_close(case.reasons)
    text = f"{about.author} wrote something {where} that {_whose_crisis(close)}"
    if about.realert and case.last_alert_at and about.now:
        minutes = int((about.now - case.created_at).total_seconds() // 60)
        text = f"Still unacknowledged after {minutes} minutes. " + text
    who = "someone close to a member" if close else "a member"
    return f"Case #{case.number}: {who} may be in crisis", text


def _whose_crisis(someone_close: bool, *, buttons: bool = True) -> str:
    """The alert's middle: whose crisis, what Hearth did, what a person should do now."""
    press = ', and press "I\'m reaching out".' if buttons else "."
    if someone_close:
        return (
            "tells of someone close to them (often their child) who may be thinking of ending "
            "their life or hurting themselves. Hearth sent them crisis lines and how to help "
            "privately; nothing was hidden. Please, a person reach out to them now" + press
        )
    return (
        "suggests they may be thinking of ending their life or hurting themselves. Hearth sent "
        "them crisis lines privately; nothing was hidden. Please, a person reach out to them "
        "now" + press
    )


def _review_text(case: ModerationCase, about: AlertContext) -> tuple[str, str]:
    if case.received:
        return _received_text(case, about)
    categories = ", ".join(case.category_list)
    verb = {"report": "reported", "review": "flagged for review"}.get(case.decision, "flagged")
    if case.decision == "hide":
        verb = "hidden" if case.hidden == HIDDEN else "NOT hidden"
    title = f"Case #{case.number}: {verb}" + (f" ({categories})" if categories else "")
    if case.source == "report" and not case.message_id:
        text = "A member's concern (not about a particular message)."
    else:
        place = _place(case)
        text = f"A message by {about.author}" + (f" in {place}" if place else "") + "."
    hidden = _hidden_line(case)
    return title, (f"{text} {hidden}" if hidden else text)


def _received_text(case: ModerationCase, about: AlertContext) -> tuple[str, str]:
    place = _place(case)
    quotes = [r["quote"] for r in case.reasons if r.get("signal") == RECEIVED_SIGNAL and r["quote"]]
    quoted = f" (“{quotes[0]}”)" if quotes else ""
    text = (
        f"{about.author} shared abuse they say was sent to them{quoted}"
        + (f" in {place}" if place else "")
        + ". Their message stays up. Check in with them, and ask who sent it: "
        "they can /report the sender's message, or tell you."
    )
    return f"Case #{case.number}: abuse a member received", text


def received_notice(case: ModerationCase, where: str | None) -> Message:
    """To the member who shared abuse sent to them: the moderators know, nothing is hidden."""
    place = f" in {where}" if where else ""
    return Message(
        title="About what you shared",
        text=(
            f"I'm sorry someone sent you that. I've let the moderators know about what you "
            f"shared{place}, so they can look into who sent it (case #{case.number}). Your "
            "message stays up. If you'd like it taken down, or want to tell them more, reply "
            "to any moderator or use /report."
        ),
        footer="Only you can see this message.",
    )


def _sections(case: ModerationCase, about: AlertContext) -> tuple[Section, ...]:
    if case.text:
        context = f"message {case.message_id}" if case.message_id else None
        return (Section(text=case.text, title="Message", context=context),)
    if case.text_erased_at:
        forgotten = any(e.kind in FORGOTTEN_EVENTS for e, _ in about.log)
        why = "the member asked to be forgotten" if forgotten else "the retention window is over"
        return (Section(text=f"(text erased: {why})", title="Message"),)
    return ()


def _where_fields(case: ModerationCase, about: AlertContext) -> list[Field]:
    """Who and where, as native mentions and a link: a moderator is one click from them."""
    fields = []
    if case.author_id is not None or case.message_id or case.crisis:
        mention = Mention(about.author_id) if about.author_id else None
        fields.append(Field("Member", about.author, ref=mention))
    place = _place(case)
    if case.channel and place:
        fields.append(Field("Channel", place, ref=ChannelLink(case.channel)))
        if case.message_id:
            link = MessageLink(case.channel, case.message_id, "Jump to the message")
            fields.append(Field("Message", f"message {case.message_id} in {place}", ref=link))
    return fields


def _why(case: ModerationCase) -> list[str]:
    why: list[str] = []
    shown: set[str] = set()
    for r in case.reasons:
        key = f"{r['category']}/{r['signal']}"
        if r["category"] not in case.category_list or r["signal"] == "bypass" or key in shown:
            continue
        shown.add(key)
        why.append(key + (f" “{r['quote']}”" if r.get("quote") else ""))
    return why


def _fields(case: ModerationCase, about: AlertContext, propose: bool) -> tuple[Field, ...]:
    fields = _where_fields(case, about)
    fields.append(Field("Status", STATUS_WORDS.get(case.status, case.status)))
    if case.category_list:
        fields.append(Field("Categories", ", ".join(case.category_list)))
    scores = {k: v for k, v in case.scores.items() if v >= 0.3}
    if scores:
        fields.append(Field("Scores", ", ".join(f"{k} {v:.2f}" for k, v in sorted(scores.items()))))
    why = _why(case)
    if why:
        fields.append(Field("Why", "; ".join(why[:6]), inline=False))
    for name, note in about.reporters:
        fields.append(Field("Reported by", f"{name}" + (f": {note}" if note else ""), inline=False))
    if about.warnings and not case.crisis:
        count = about.warnings
        line = f"{count} warning{'s' if count != 1 else ''}"
        if propose:
            line += (
                f" (threshold {about.warning_threshold}): a time out is proposed; "
                "a moderator decides"
            )
        fields.append(Field("Warnings", line, inline=False))
    return tuple(fields)


def case_alert(case: ModerationCase, about: AlertContext) -> Message:
    """The moderators' view of a case (also the ``/case N`` detail)."""
    title, text = _crisis_text(case, about) if case.crisis else _review_text(case, about)
    propose = bool(
        not case.crisis
        and about.timeouts
        and about.warning_threshold
        and about.warnings >= about.warning_threshold
        and case.author_id
    )
    decisions = [
        f"{who} {EVENT_WORDS.get(e.kind, e.kind)}"
        + (f": {e.detail}" if e.detail and e.kind in DETAILED_EVENTS else "")
        for e, who in about.log
        if e.kind != "opened"
    ]
    buttons, selects = case_buttons(case, propose_timeout=propose, timeouts=about.timeouts)
    return Message(
        text=text,
        title=title,
        sections=_sections(case, about),
        fields=_fields(case, about, propose),
        buttons=buttons,
        selects=selects,
        footer="\n".join(decisions[-8:]) or None,
        urgent=case.urgent and case.status == OPEN,
    )


def unsaved_crisis_alert(pending: PendingCrisis, number: int | None = None) -> Message:
    """The urgent alert when the crisis case could not be stored yet: everything a moderator
    needs to reach out now, no buttons (there is no case to press them on yet). With the
    case's ``number``: it was stored but its full alert could not be built (``/case N``
    shows it once the database answers)."""
    fields = pending.fields
    actor = pending.actor
    channel, name = fields.get("channel"), fields.get("channel_name")
    place = f"#{name or channel}" if channel else None
    where = f"in {place}" if place else f"in a {fields.get('source', 'private')} note"
    shown = [Field("Member", actor.display_name or actor.user_id, ref=Mention(actor.user_id))]
    if channel and place:
        shown.append(Field("Channel", place, ref=ChannelLink(channel)))
        if fields.get("message_id"):
            link = MessageLink(channel, fields["message_id"], "Jump to the message")
            shown.append(Field("Message", f"message {fields['message_id']} in {place}", ref=link))
    text = fields.get("text")
    close = about_someone_close(json.loads(fields.get("reasons_json") or "[]"))
    name = actor.display_name or "A member"
    return Message(
        title="Someone close to a member may be in crisis"
        if close
        else "A member may be in crisis",
        text=(
            f"{name} wrote something {where} that {_whose_crisis(close, buttons=False)} "
            + (
                "(The case could not be saved yet; Hearth keeps trying and posts it with its "
                "buttons once it is.)"
                if number is None
                else f"(Case #{number} is saved; its buttons could not be shown: /case {number}.)"
            )
        ),
        sections=(Section(text=text, title="Message"),) if text else (),
        fields=tuple(shown),
        urgent=True,
    )
