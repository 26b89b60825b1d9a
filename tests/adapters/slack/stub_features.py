"""Small test-only features that exercise every neutral action through the Slack adapter.

``ReviewStub`` stands in for the moderation review feature (being built in parallel): it flags
messages with a fixed word list and answers with exactly the neutral actions a review workflow
uses (AlertModerators with decision buttons, HideMessage, UpdateMessage of the alert,
DirectMessage care message for a crisis), and records the outcomes the adapter reports.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot import actions as act
from bot.context import Context
from bot.events import ComponentPressed, MessagePosted
from bot.feature import Feature
from bot.messages import Button, Field, Form, FormInput, Image, Message, Select, SelectOption
from bot.roles import Role
from bot.router import Result, Router

CHART_PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
CARE = "You are not alone. If you might act on these thoughts, call or text 988 now."


class Interactive(Feature):
    name = "interactive"

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        self.joins: list[tuple[str, str | None, str | None]] = []
        self.pressed_events: list[ComponentPressed] = []
        self.submissions: list[dict[str, str]] = []

    def register(self, router: Router) -> None:
        router.command("ask", "Ask with buttons and a select")(self.ask)
        router.command("form", "Open a form")(self.form)
        router.command("steps", "A two-step form")(self.steps)
        router.command("slowform", "A form whose handler is slow")(self.slow_form)
        router.command("announce", "Post in general", role=Role.ORGANIZER)(self.announce)
        router.command("promote", "Give a role", role=Role.ORGANIZER)(self.promote)
        router.command("chart", "Post a chart", role=Role.ORGANIZER)(self.chart)
        router.component("stub")(self.pressed)
        router.form("stub")(self.submitted)
        router.on_join(self.joined)

    async def ask(self, ctx: Context) -> Result:
        return ctx.reply(
            "Pick one",
            title="Question",
            fields=(Field("When", "today"), Field("Where", "here")),
            buttons=(
                Button("stub:yes", "Yes", style="primary"),
                Button("stub:no", "No", style="danger"),
                Button("unused", "Guide", url="https://example.org/guide"),
            ),
            selects=(
                Select(
                    "stub:mood",
                    "How are you?",
                    (SelectOption("Good", "good"), SelectOption("Rough", "rough")),
                ),
            ),
            image=Image("chart.png", b"\x89PNG", "Mood chart: steady this week"),
        )

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        self.pressed_events.append(event)
        chosen = ",".join(event.values) or event.action_id
        return act.UpdateMessage(
            channel=event.channel_id or "",
            message_id=event.message_id or "",
            message=Message(text=f"{ctx.member.display_name} chose {chosen}"),
        )

    def _form(self, form_id: str = "stub:1") -> Form:
        return Form(
            form_id,
            "Tell us about your week, please",
            (
                FormInput("name", "Child's first name", max_length=20),
                FormInput("note", "Anything else?", style="paragraph", required=False),
            ),
            intro="Only moderators see this.",
            context={"origin": "test"},
        )

    async def form(self, ctx: Context) -> Result:
        return act.OpenForm(form=self._form())

    async def slow_form(self, ctx: Context) -> Result:
        form = self._form()
        return act.OpenForm(form=Form(form.form_id, form.title, form.inputs, context={"slow": "1"}))

    async def steps(self, ctx: Context) -> Result:
        return act.OpenForm(form=Form("stub:step1", "Step 1", (FormInput("a", "First"),)))

    async def submitted(self, ctx: Context) -> Result:
        if ctx.event.context.get("slow"):  # type: ignore[attr-defined]
            await asyncio.sleep(2.5)  # model scoring, a slow database...
        values = dict(ctx.event.values)  # type: ignore[attr-defined]
        values.update(ctx.event.context)  # type: ignore[attr-defined]
        self.submissions.append(values)
        if ctx.event.form_id == "stub:step1":  # type: ignore[attr-defined]
            return act.OpenForm(form=Form("stub:step2", "Step 2", (FormInput("b", "Second"),)))
        return ctx.reply(f"Thanks {values.get('name', '')}")

    async def announce(self, ctx: Context) -> Result:
        return act.Post(channel="general", message=Message(text="Check-in time"))

    async def chart(self, ctx: Context) -> Result:
        image = Image("moods.png", CHART_PNG, "Moods this week: 5 good, 2 rough")
        return act.Post(channel="general", message=Message(text="Moods this week", image=image))

    async def promote(self, ctx: Context) -> Result:
        return [
            act.AssignRole(user_id="U0SAM", role="moderator"),
            ctx.reply("done"),
        ]

    async def joined(self, ctx: Context) -> Result:
        actor = ctx.event.actor
        self.joins.append((actor.user_id, actor.timezone, ctx.event.place.channel_id))
        return act.DirectMessage(user_id=actor.user_id, message=Message(text="Welcome to Hearth"))


class ReviewStub(Feature):
    name = "review_stub"

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        self.outcomes: list[act.Outcome] = []
        self.seen: list[tuple[str, str | None, bool]] = []
        self.texts: list[str] = []

    def register(self, router: Router) -> None:
        router.on_message(self.on_message)
        router.component("review", role=Role.MODERATOR)(self.decide)
        router.on_outcome(self.on_outcome)

    async def on_message(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, MessagePosted)
        self.seen.append((event.message_id, event.place.channel_id, event.place.direct))
        self.texts.append(event.text)
        text = event.text.lower()
        ref = f"{event.place.channel_id}:{event.message_id}"
        if text == "ping":
            return ctx.reply("pong", ephemeral=False)
        if "hurt myself" in text:
            return [
                act.DirectMessage(
                    user_id=event.actor.user_id,
                    message=Message(text=CARE, title="We are here for you"),
                    fallback_channel=event.place.channel_id,
                ),
                act.AlertModerators(
                    message=Message(
                        text=f"Crisis signal from {ctx.member.display_name}",
                        buttons=(Button(f"review:reached:{ref}", "I reached out"),),
                    ),
                    urgent=True,
                    case_ref="2",
                ),
            ]
        if "idiot" in text:
            return act.AlertModerators(
                message=Message(
                    text="Possible abuse",
                    buttons=(
                        Button(f"review:hide:{ref}", "Hide", style="danger"),
                        Button(f"review:keep:{ref}", "Keep"),
                    ),
                ),
                case_ref="1",
            )
        return None

    async def decide(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        _, verb, channel, ts = event.action_id.split(":", 3)
        who = ctx.member.display_name
        actions: list = []
        if verb == "hide":
            actions.append(
                act.HideMessage(channel=channel, message_id=ts, reason="abuse", case_ref="1")
            )
            actions.append(
                act.TimeOut(user_id="U0SAM", duration=timedelta(hours=1), reason="abuse")
            )
        actions.append(
            act.UpdateMessage(
                channel=event.channel_id or "",
                message_id=event.message_id or "",
                message=Message(text=f"Case 1: {verb} by {who}"),
            )
        )
        return actions

    async def on_outcome(self, platform: str, community: str, outcome: act.Outcome) -> Result:
        self.outcomes.append(outcome)
        return None


class HomeStub(Feature):
    """A feature offering the ``home`` command the adapter shows in App Home when present."""

    name = "home_stub"

    def register(self, router: Router) -> None:
        router.command("home", "Your status")(self.home)

    async def home(self, ctx: Context) -> Result:
        return ctx.reply(f"{ctx.member.display_name}: 2 check-ins this week")
