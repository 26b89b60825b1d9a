"""Members' resource commands.

* ``/resources TOPIC``: the best few entries of the community's directory, privately by
  default (``resources.private_answers``), with "This helped" / "Not what I needed" buttons and,
  in a channel, "Share in channel". Where the platform cannot answer privately in place, the
  answer goes by direct message, so searched words are never shown to the channel unasked.
  Nothing found is a private answer listing known topics, and the topic counts as a gap.
* ``/resources suggest URL [what it is and why it helped]`` (also ``/resources-suggest``; a
  form when no URL is given and the platform has forms): validated (http/https, length),
  rate-limited (``suggest_limit`` per ``suggest_window_hours``), merged with an earlier
  suggestion of the same URL, and sent to the moderators as a review card.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.actions import Action, AlertModerators, DirectMessage, OpenForm, Reply
from bot.context import Context
from bot.errors import UserError
from bot.resources import render, store
from bot.resources.directory import url_key
from bot.resources.models import APPROVED, PENDING, SUGGESTED, ResourceEntry
from bot.resources.search import terms
from bot.roles import Role
from bot.router import OptionSpec, Result, Router

if TYPE_CHECKING:
    from bot.resources.feature import ResourcesFeature

TOPIC = OptionSpec("topic", "What you are looking for", rest=True, autocomplete=True)
SUGGEST_OPTIONS = (
    OptionSpec("url", "The link (https://…)", required=False),
    OptionSpec("note", "What it is and why it helped", required=False, rest=True),
)
MAX_URL = 500
YES = frozenset({"yes", "y", "true", "1", "on"})


def check_url(text: str) -> str:
    """A suggestion's URL, or a :class:`UserError` saying what to fix."""
    url = text.strip().strip("<>")
    if len(url) > MAX_URL:
        raise UserError(f"That link is too long (at most {MAX_URL} characters).")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in url:
        raise UserError("Please give a full web link starting with https:// (or http://).")
    return url


class MemberCommands:
    def __init__(self, feature: ResourcesFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "resources",
            "Find trusted resources on a topic (nausea, financial help, siblings...)",
            options=(TOPIC,),
            examples=(
                "/resources nausea",
                "/resources suggest https://example.org what it is and why it helped",
            ),
        )(self.resources_command)
        router.autocomplete("resources", "topic")(self.complete_topic)
        router.command(
            "resources-suggest",
            "Suggest a resource that helped you; moderators review it",
            options=SUGGEST_OPTIONS,
        )(self.suggest_command)

    async def complete_topic(self, ctx: Context, partial: str) -> list[str]:
        await self.feature.refresh()
        partial = partial.strip().lower()
        topics = self.feature.directory_for(ctx.session, ctx.community).topics()
        return [t for t in topics if t.startswith(partial) or partial in t]

    async def resources_command(self, ctx: Context) -> Result:
        await self.feature.refresh()
        topic = ctx.options["topic"].strip()
        first, _, rest = topic.partition(" ")
        if first.lower() == "suggest":
            url, _, note = rest.strip().partition(" ")
            ctx.options = {"url": url, "note": note}
            return await self.suggest_command(ctx)
        if first.lower() == "gaps" and not rest and ctx.role >= Role.ORGANIZER:
            return await self.feature.staff.gaps_command(ctx)
        return self.lookup(ctx, topic)

    def lookup(self, ctx: Context, topic: str) -> list[Action]:
        settings = ctx.config.resources
        member = ctx.known_member  # a read: never creates a member
        region = (member.region if member else None) or ctx.config.community.region
        directory, matches = self.feature.search(ctx.session, ctx.community, topic, region)
        searched = sorted(terms(topic))
        if not matches:
            topic_id = render.topic_id(searched)
            store.count_gap(ctx.session, ctx.community, topic_id, found=False, now=ctx.now)
            topics = ", ".join(directory.topics()[:12])
            return [
                ctx.reply(
                    f"I found nothing for “{topic}”. Topics I know about: {topics}. "
                    "If you know a good resource: /resources suggest URL why it helped."
                )
            ]
        place = ctx.event.place
        private = settings.private_answers
        message = render.answer(
            topic,
            [m.resource for m in matches],
            today=ctx.now.date(),
            stale_after=timedelta(days=settings.stale_after_days),
            sample=directory.sample,
            shareable=private and not place.direct and place.channel_id is not None,
            terms=searched,
        )
        alerts = self.feature.take_alert()
        if private and not place.direct and not ctx.capabilities.ephemeral:
            return [
                DirectMessage(user_id=ctx.event.actor.user_id, message=message),
                ctx.reply("I sent you the resources privately."),
                *alerts,
            ]
        return [Reply(message=message, ephemeral=private), *alerts]

    # -- suggestions ---------------------------------------------------------------------

    async def suggest_command(self, ctx: Context) -> Result:
        url = ctx.options.get("url", "").strip()
        if not url:
            if ctx.capabilities.forms:
                return OpenForm(form=render.suggest_form())
            raise UserError("Usage: /resources suggest URL what it is and why it helped")
        return self.suggest(ctx, url, ctx.options.get("note", ""), credit=False)

    def suggest(self, ctx: Context, url: str, note: str, *, credit: bool) -> list[Action]:
        url = check_url(url)
        settings = ctx.config.resources
        since = ctx.now - timedelta(hours=settings.suggest_window_hours)
        if store.suggestions_since(ctx.session, ctx.member, since) >= settings.suggest_limit:
            raise UserError(
                f"You've made {settings.suggest_limit} suggestions recently; thank you! Please "
                f"wait a little (up to {settings.suggest_window_hours} hours) before the next."
            )
        key = url_key(url)
        if self.feature.directory_for(ctx.session, ctx.community).find([key]):
            return [ctx.reply("That link is already in the directory. Thank you all the same!")]
        row = store.by_key(ctx.session, ctx.community, key)
        merged = row is not None and row.status == PENDING
        row = self._record(ctx, row, url, note.strip()[:1000], credit)
        actions: list[Action] = [
            Reply(message=render.suggested(row, merged=merged), ephemeral=True)
        ]
        if not merged:
            actions.append(AlertModerators(message=render.review_card(row)))
        return actions

    def _record(
        self, ctx: Context, row: ResourceEntry | None, url: str, note: str, credit: bool
    ) -> ResourceEntry:
        if row is None:
            row = store.new_suggestion(ctx.community, url, url_key(url), ctx.now)
        elif row.status == APPROVED and row.origin != SUGGESTED:
            row.origin = SUGGESTED  # only feedback was stored for it; now it is a suggestion
        if row.status != PENDING or row.suggested_by is None:
            if row.suggested_by != ctx.member.id:  # never keep another parent's words or name
                row.note, row.credit = "", None
            row.suggested_by = ctx.member.id
        if note and row.suggested_by == ctx.member.id:
            row.note = note  # a later suggester adds their voice (the count), not their words
        if credit and row.suggested_by == ctx.member.id:
            row.credit = ctx.member.display_name[:100] or None
        row.status = PENDING
        row.times_suggested += 1
        row.updated_at = ctx.now
        ctx.session.add(row)
        ctx.session.flush()
        return row

    def submitted(self, ctx: Context, values: dict[str, str]) -> list[Action]:
        """The suggest form: link, note, and whether to show the suggester's name."""
        credit = values.get("credit", "").strip().lower() in YES
        return self.suggest(ctx, values.get("url", ""), values.get("note", ""), credit=credit)
