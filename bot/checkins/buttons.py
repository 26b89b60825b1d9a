"""Check-in buttons and forms: ``router.component("checkin")`` and ``router.form("checkin")``
through verb->handler tables.

Buttons: ``checkin:mood:<ref>:<1-5>``, ``checkin:note:<ref>``, ``checkin:connect:moderator``,
``checkin:pauseall``, ``checkin:gentle:on``. Forms: ``checkin:schedule`` (organizers) and
``checkin:note:<ref>``. Every answer is private. A prompt ref is checked before anything is
stored (it exists, it belongs to this member or community, it is still open); a low mood gets
a private follow-up, and a note is screened for crisis through moderation's ``screen`` when
that feature runs. An unknown or malformed id gets "no longer in use", never an error.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.actions import Action, AlertModerators, DirectMessage, OpenForm
from bot.checkins import render, store
from bot.checkins.models import CheckinPreference, CheckinSchedule, PersonalCheckin
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted
from bot.messages import Button, Message, Section
from bot.roles import Role
from bot.router import Result, Router, id_number

if TYPE_CHECKING:
    from bot.checkins.feature import CheckinsFeature

log = logging.getLogger(__name__)

LOSS_WORDS = re.compile(
    r"\b(died|passed away|has passed|we lost (him|her|them)|funeral|bereaved"
    r"|gained (his|her) wings)\b",
    re.IGNORECASE,
)
YES = {"yes", "y", "share", "true", "1", "on"}
GONE = "That button is no longer in use."
FORM_GONE = "That form is no longer in use."

#: A handler gets the context and the id's parts after ``checkin:<verb>``.
PartsHandler = Callable[[Context, list[str]], Awaitable[Result]]


class Buttons:
    def __init__(self, feature: CheckinsFeature) -> None:
        self.feature = feature
        self.pressed_verbs: dict[str, PartsHandler] = {
            "mood": self._mood_pressed,
            "note": self._note_pressed,
            "connect": self._connect_pressed,
            "pauseall": self._pause_all_pressed,
            "gentle": self._gentle_pressed,
        }
        self.submitted_verbs: dict[str, PartsHandler] = {
            "schedule": self._schedule_submitted,
            "note": self._note_submitted,
        }

    def register(self, router: Router) -> None:
        router.component("checkin")(self.pressed)
        router.form("checkin")(self.submitted)

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        return await _dispatch(ctx, self.pressed_verbs, event.action_id, GONE)

    async def submitted(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        return await _dispatch(ctx, self.submitted_verbs, event.form_id, FORM_GONE)

    # -- buttons -------------------------------------------------------------------------

    async def _mood_pressed(self, ctx: Context, parts: list[str]) -> Result:
        mood = id_number(parts[1]) if len(parts) == 2 else None
        if mood is None:
            return ctx.reply(GONE)
        return await self._mood(ctx, parts[0], mood)

    async def _note_pressed(self, ctx: Context, parts: list[str]) -> Result:
        if len(parts) != 1:
            return ctx.reply(GONE)
        self.prompt_check(ctx, parts[0])
        if not ctx.capabilities.forms:
            return ctx.reply("Add a note with /checkin note YOUR WORDS (it stays private).")
        return OpenForm(form=render.note_form(parts[0]))

    async def _connect_pressed(self, ctx: Context, parts: list[str]) -> Result:
        name = ctx.member.display_name or ctx.member.external_id
        alert = AlertModerators(
            message=Message(
                title="A member would like to talk",
                text=f"{name} asked to be connected with a moderator after a check-in. Not "
                "urgent: please reach out privately when you can.",
            ),
            urgent=False,
        )
        return [
            alert,
            ctx.reply(
                "I've let the moderators know privately; one of them will reach out to you. "
                "If you are in danger right now, please call your local emergency number."
            ),
        ]

    async def _pause_all_pressed(self, ctx: Context, parts: list[str]) -> Result:
        return ctx.reply(self.feature.members.pause_all(ctx, timedelta(days=7)))

    async def _gentle_pressed(self, ctx: Context, parts: list[str]) -> Result:
        self.feature.members.pref(ctx).gentle = True
        return ctx.reply("Understood. From now on, only gentle check-ins. We're so sorry.")

    # -- forms ---------------------------------------------------------------------------

    async def _schedule_submitted(self, ctx: Context, parts: list[str]) -> Result:
        if ctx.role < Role.ORGANIZER:
            raise UserError("Only organizers schedule channel check-ins.")
        values = ctx.event.values if isinstance(ctx.event, FormSubmitted) else {}
        return self.feature.staff.create_schedule(
            ctx,
            values.get("name", ""),
            values.get("channel", ""),
            values.get("rule", ""),
            values.get("timezone", "").strip(),
            values.get("question", ""),
        )

    async def _note_submitted(self, ctx: Context, parts: list[str]) -> Result:
        if len(parts) != 1:
            return ctx.reply(FORM_GONE)
        values = ctx.event.values if isinstance(ctx.event, FormSubmitted) else {}
        share = values.get("share", "").strip().lower() in YES
        return await self.save_note(ctx, parts[0], values.get("note", ""), share=share)

    # -- answers -------------------------------------------------------------------------

    def prompt_check(self, ctx: Context, ref: str) -> tuple[str, int, datetime]:
        """The prompt behind ``ref`` if this member may still answer it; else a UserError."""
        parsed = render.parse_ref(ref)
        if parsed is None:
            raise UserError("That check-in is no longer available.")
        kind, owner, epoch = parsed
        fire = datetime.fromtimestamp(epoch, UTC)
        if kind == "s":
            schedule = ctx.session.get(CheckinSchedule, owner)
            if schedule is None or schedule.community_id != ctx.community.id:
                raise UserError("That check-in is no longer available.")
            window = timedelta(hours=schedule.window_hours)
        else:
            personal = ctx.session.get(PersonalCheckin, owner)
            if personal is None or personal.member_id != ctx.member.id:
                raise UserError("That check-in was meant for someone else.")
            window = timedelta(hours=self.feature.settings.response_window_hours)
        if ctx.now > fire + window:
            raise UserError("This check-in has closed. Thank you all the same.")
        return kind, owner, fire

    def _occurrence_id(self, ctx: Context, kind: str, owner: int, fire: datetime) -> int | None:
        if kind != "s":
            return None
        occurrence = store.occurrence(ctx.session, owner, fire)
        return occurrence.id if occurrence else None

    async def _mood(self, ctx: Context, ref: str, mood: int) -> Result:
        if not 1 <= mood <= 5:
            raise UserError("Moods go from 1 to 5.")
        kind, owner, fire = self.prompt_check(ctx, ref)
        occurrence_id = self._occurrence_id(ctx, kind, owner, fire)
        if kind == "s" and occurrence_id is None:
            raise UserError("That check-in is no longer available.")
        assert ctx.member.id is not None
        store.response(ctx.session, ref, ctx.member.id, occurrence_id, ctx.now).mood = mood
        pref = ctx.session.get(CheckinPreference, ctx.member.id)
        held = bool(
            pref is not None
            and pref.organizer_paused_until
            and pref.organizer_paused_until > ctx.now
        )
        if mood > self.feature.settings.low_mood_threshold or held:
            return ctx.reply(
                f"Thanks, {ctx.member.display_name or 'friend'}: noted ({mood}/5). "
                "Only totals reach the organizers.",
                buttons=(Button(f"checkin:note:{ref}", "Add a note"),),
            )
        return self._follow_up(ctx, ref, pref)

    def _follow_up(self, ctx: Context, ref: str, pref: CheckinPreference | None) -> Action:
        bereaved = self.feature.is_bereaved(ctx.session, ctx.member, pref)
        query = "bereavement grief" if bereaved else "coping caregiver stress"
        region = ctx.member.region or ctx.config.community.region
        sections = tuple(
            Section(text=m.resource.summary, title=m.resource.title, url=m.resource.url)
            for m in self.feature.find_resources(query, region)[:2]
        )
        message = render.follow_up(
            sections,
            ref,
            mentor_available="mentor" in self.feature.hearth.router.components,
            bereaved=bereaved,
        )
        if ctx.event.place.direct or ctx.capabilities.ephemeral:
            return ctx.reply(message.text, **render.message_kwargs(message))
        return DirectMessage(user_id=ctx.member.external_id, message=message)

    async def save_note(self, ctx: Context, ref: str, note: str, *, share: bool) -> Result:
        """Store a note on prompt ``ref`` (crisis-screened); the button form and /checkin note."""
        note = note.strip()[:2000]
        if not note:
            raise UserError("The note was empty, so nothing was saved.")
        kind, owner, fire = self.prompt_check(ctx, ref)
        occurrence_id = self._occurrence_id(ctx, kind, owner, fire)
        assert ctx.member.id is not None
        response = store.response(ctx.session, ref, ctx.member.id, occurrence_id, ctx.now)
        response.note, response.share_note = note, share
        care = await self.feature.screen(ctx, note)
        if care:
            # The crisis care path speaks for itself; keep our acknowledgement short.
            return [*care, ctx.reply("Your note is saved privately.")]
        text = "Thank you. Your note is saved" + (
            " and shared with the organizers." if share else "; only you can see it."
        )
        buttons: tuple[Button, ...] = ()
        pref = ctx.session.get(CheckinPreference, ctx.member.id)
        if LOSS_WORDS.search(note) and not (pref and pref.gentle):
            text += (
                "\nWe are so sorry. If you'd like, your check-ins can be gentle from now on, "
                "with no mood scale."
            )
            buttons = (Button("checkin:gentle:on", "Only gentle check-ins"),)
        return ctx.reply(text, buttons=buttons)


async def _dispatch(
    ctx: Context, table: dict[str, PartsHandler], action_id: str, gone: str
) -> Result:
    """``checkin:<verb>:<parts...>`` to the verb's handler; an unknown verb is ``gone``."""
    verb, _, rest = action_id.partition(":")[2].partition(":")
    handler = table.get(verb)
    if handler is None:
        return ctx.reply(gone)
    return await handler(ctx, rest.split(":") if rest else [])
