"""Staff decisions on resources, from buttons on review cards and stale reminders.

Moderators review a parent's suggestion: **Approve** opens a form (title, summary, tags,
audience, region; prefilled) and the entry joins this community's directory, reviewed today;
**Ask for changes** and **Decline** open a form for a kind reason that is sent privately to the
suggester (never posted). Where the platform has no forms, approve uses the prefilled values
and the reason is a standard kind sentence. The suggester's note is erased once decided.

Organizers keep entries current: **Still accurate** sets the review date to today, **Edit**
opens a form over the entry (a file entry is edited in this community's layer, not in the
file), **Retire** removes it from answers at once. Every change clears the feature's cached
directory for the community.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.actions import Action, DirectMessage, OpenForm
from bot.context import Context
from bot.errors import UserError
from bot.resources import render, store
from bot.resources.directory import Resource
from bot.resources.models import APPROVED, CHANGES, DECLINED, PENDING, RETIRED, ResourceEntry
from bot.resources.search import terms
from bot.roles import Role
from bot.router import Result
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.resources.feature import ResourcesFeature

Verb = Callable[[Context, str], Awaitable[Result]]
FormVerb = Callable[[Context, dict[str, str], dict[str, str]], Awaitable[Result]]
_ID = re.compile(r"^[0-9]{1,9}$")
_KEY = re.compile(r"^[0-9a-f]{10}$")


def _tags(text: str) -> str:
    words = [t.strip().lower() for t in re.split(r"[;,]", text) if t.strip()]
    if not words:
        raise UserError("Give at least one tag (for example: financial; bills).")
    return ";".join(words)[:300]


def _region(text: str) -> str:
    region = text.strip().upper() or "GLOBAL"
    if not re.fullmatch(r"[A-Z]{2,8}", region):
        raise UserError("Region is a short code such as US, UK, IE or global.")
    return region


def _describe(row: ResourceEntry, values: dict[str, str]) -> None:
    """Set what the entry says from a form (approve or edit); raises for what to fix. A form
    that fails leaves the row unchanged (nothing is committed on a UserError)."""
    title, summary = values.get("title", "").strip(), values.get("summary", "").strip()
    if not title or not summary:
        raise UserError("A resource needs a title and a summary.")
    tags, region = _tags(values.get("tags", "")), _region(values.get("region", ""))
    row.title, row.summary, row.tags, row.region = title[:200], summary[:1000], tags, region
    row.audience = (values.get("audience", "").strip().lower() or "parents")[:40]


class Review:
    def __init__(self, feature: ResourcesFeature) -> None:
        self.feature = feature
        self.verbs: dict[str, tuple[Verb, Role]] = {
            "approve": (self.approve, Role.MODERATOR),
            "changes": (self.changes, Role.MODERATOR),
            "decline": (self.decline, Role.MODERATOR),
            "fresh": (self.fresh, Role.ORGANIZER),
            "edit": (self.edit, Role.ORGANIZER),
            "retire": (self.retire, Role.ORGANIZER),
        }
        self.forms: dict[str, tuple[FormVerb, Role]] = {
            "approve": (self.approve_submitted, Role.MODERATOR),
            "changes": (self.changes_submitted, Role.MODERATOR),
            "decline": (self.decline_submitted, Role.MODERATOR),
            "edit": (self.edit_submitted, Role.ORGANIZER),
        }

    # -- lookups -------------------------------------------------------------------------

    def suggestion(self, ctx: Context, arg: str) -> ResourceEntry:
        row = ctx.session.get(ResourceEntry, int(arg)) if _ID.match(arg) else None
        if row is None or row.community_id != ctx.community.id:
            raise UserError("That suggestion no longer exists.")
        return row

    def entry(self, ctx: Context, key: str) -> Resource:
        found = self.feature.directory_for(ctx.session, ctx.community).find([key])
        if not _KEY.match(key) or not found:
            raise UserError("That resource is no longer in the directory (already retired?).")
        return found[0]

    def _undecided(self, ctx: Context, arg: str) -> ResourceEntry:
        row = self.suggestion(ctx, arg)
        if row.status not in (PENDING, CHANGES):
            raise UserError(f"Suggestion #{row.id} was already decided ({row.status}).")
        return row

    def _tell_suggester(
        self, ctx: Context, row: ResourceEntry, verb: str, reason: str = ""
    ) -> list[Action]:
        member = ctx.session.get(Member, row.suggested_by) if row.suggested_by else None
        if member is None:
            return []
        message = render.outcome_for_suggester(row, verb, reason)
        return [DirectMessage(user_id=member.external_id, message=message)]

    # -- moderators: suggestions -----------------------------------------------------------

    async def approve(self, ctx: Context, arg: str) -> Result:
        row = self._undecided(ctx, arg)
        known = set(self.feature.directory_for(ctx.session, ctx.community).topics())
        guessed = [t for t in sorted(terms(row.note)) if t in known][:5]
        host = urlsplit(row.url).hostname or row.url
        form = render.approve_form(
            row,
            title=row.title or host.removeprefix("www."),
            tags=";".join(guessed),
            region=row.region if row.region != "global" else "global",
        )
        if ctx.capabilities.forms:
            return OpenForm(form=form)
        defaults = {i.input_id: i.default for i in form.inputs}
        return await self.approve_submitted(ctx, defaults, {"id": str(row.id)})

    async def approve_submitted(
        self, ctx: Context, values: dict[str, str], context: dict[str, str]
    ) -> Result:
        row = self._undecided(ctx, context.get("id", ""))
        _describe(row, values)
        row.source = (urlsplit(row.url).hostname or "").removeprefix("www.")[:200]
        row.status, row.note = APPROVED, ""
        row.last_reviewed = ctx.now.date()
        self._changed(ctx, row)
        return [
            ctx.reply(f"Approved: “{row.title}” is in the directory now."),
            *self._tell_suggester(ctx, row, "approve"),
        ]

    async def changes(self, ctx: Context, arg: str) -> Result:
        return self._ask(ctx, arg, "changes")

    async def decline(self, ctx: Context, arg: str) -> Result:
        return self._ask(ctx, arg, "decline")

    async def changes_submitted(
        self, ctx: Context, values: dict[str, str], context: dict[str, str]
    ) -> Result:
        return self._decide(ctx, values, context, "changes")

    async def decline_submitted(
        self, ctx: Context, values: dict[str, str], context: dict[str, str]
    ) -> Result:
        return self._decide(ctx, values, context, "decline")

    def _ask(self, ctx: Context, arg: str, verb: str) -> Result:
        row = self._undecided(ctx, arg)
        form = render.reason_form(verb, row)
        if ctx.capabilities.forms:
            return OpenForm(form=form)
        return self._decide(ctx, {"reason": render.DECLINE_DEFAULT}, form.context, verb)

    def _decide(
        self, ctx: Context, values: dict[str, str], context: dict[str, str], verb: str
    ) -> Result:
        row = self._undecided(ctx, context.get("id", ""))
        reason = values.get("reason", "").strip()[:1000]
        if not reason:
            raise UserError("Please write a few words for the parent.")
        row.status = CHANGES if verb == "changes" else DECLINED
        if verb != "changes":
            row.note = ""
        self._changed(ctx, row)
        told = self._tell_suggester(ctx, row, verb, reason)
        sent = "sent privately to the parent" if told else "the parent has left; nobody to tell"
        done = "Asked for changes" if verb == "changes" else "Declined"
        return [ctx.reply(f"{done} on suggestion #{row.id} ({sent})."), *told]

    # -- organizers: upkeep ----------------------------------------------------------------

    async def fresh(self, ctx: Context, key: str) -> Result:
        entry = self.entry(ctx, key)
        row = store.overlay(ctx.session, ctx.community, entry)
        row.last_reviewed = ctx.now.date()
        self._changed(ctx, row)
        return ctx.reply(f"Marked “{entry.title}” as reviewed today.")

    async def retire(self, ctx: Context, key: str) -> Result:
        entry = self.entry(ctx, key)
        row = store.overlay(ctx.session, ctx.community, entry)
        row.status = RETIRED
        self._changed(ctx, row)
        return ctx.reply(f"Retired “{entry.title}”: it no longer appears in answers.")

    async def edit(self, ctx: Context, key: str) -> Result:
        entry = self.entry(ctx, key)
        if not ctx.capabilities.forms:
            raise UserError(
                "This platform has no forms: edit the directory file (or export, edit and "
                "import it with hearthbot resources)."
            )
        return OpenForm(form=render.edit_form(entry))

    async def edit_submitted(
        self, ctx: Context, values: dict[str, str], context: dict[str, str]
    ) -> Result:
        entry = self.entry(ctx, context.get("key", ""))
        row = store.overlay(ctx.session, ctx.community, entry)
        _describe(row, values)
        row.edited = True
        row.last_reviewed = ctx.now.date()
        self._changed(ctx, row)
        return ctx.reply(f"Saved “{row.title}” (reviewed today).")

    def _changed(self, ctx: Context, row: ResourceEntry) -> None:
        row.updated_at = ctx.now
        ctx.session.add(row)
        ctx.session.flush()
        self.feature.forget_cache(ctx.community)
