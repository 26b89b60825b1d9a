"""A tiny test-only feature exercising the actions the adapter must carry out.

Used where the real feature is not the point (forms split over steps, DMs, failures) or does
not exist yet; each command returns exactly the neutral actions named in its handler.
"""

from __future__ import annotations

from datetime import timedelta

from bot import actions as act
from bot.context import Context
from bot.events import ComponentPressed, FormSubmitted, MessagePosted
from bot.feature import Feature
from bot.messages import Button, Form, FormInput, Image, Message, Select, SelectOption
from bot.roles import Role
from bot.router import OptionSpec, Result, Router

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def intake_forms() -> tuple[Form, Form]:
    """A seven-question intake split into two steps of at most five inputs."""
    first = Form(
        form_id="probe:intake:1",
        title="About you (1 of 2)",
        inputs=tuple(FormInput(f"q{i}", f"Question {i}") for i in range(1, 6)),
    )
    second = Form(
        form_id="probe:intake:2",
        title="About you (2 of 2)",
        inputs=tuple(FormInput(f"q{i}", f"Question {i}") for i in range(6, 8)),
        context={"step": "2"},
    )
    return first, second


class ProbeFeature(Feature):
    name = "probe"

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        self.events: list[object] = []
        self.outcomes: list[object] = []
        self.delay = 0.0
        #: ``probe slow`` blocks its thread (as database work does) instead of awaiting.
        self.blocking = False

    def register(self, router: Router) -> None:
        router.group("probe", "Test-only commands")
        router.command(
            "probe dm",
            "Send me a direct message",
            options=(OptionSpec("text", "What to send", rest=True),),
        )(self.dm)
        router.command(
            "probe slow",
            "Answer after a delay",
            options=(OptionSpec("public", "yes or no", required=False, choices=("yes", "no")),),
        )(self.slow)
        router.command("probe intake", "A long form in steps")(self.intake)
        router.command("probe chart", "An image")(self.chart)
        router.command(
            "probe timeout",
            "Time someone out",
            role=Role.MODERATOR,
            options=(
                OptionSpec("member", "Who", kind="user"),
                OptionSpec("days", "How long", kind="integer"),
            ),
        )(self.timeout)
        router.command(
            "probe role",
            "Give a role",
            role=Role.ORGANIZER,
            options=(OptionSpec("role", "Role name", rest=True),),
        )(self.role)
        router.command(
            "probe post",
            "Post somewhere",
            options=(OptionSpec("channel", "Channel name"),),
        )(self.post)
        router.component("probe", role=Role.MODERATOR)(self.pressed)
        router.form("probe")(self.submitted)
        router.on_message(self.message)
        router.on_outcome(self.outcome)

    async def message(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, MessagePosted)
        self.events.append(event)
        if "PROBE-PRIVATE" in event.text:
            return ctx.reply("Only you should see this.", ephemeral=True)
        if "PROBE-PUBLIC" in event.text:
            return ctx.reply("Everyone may see this.", ephemeral=False)
        if "PROBE-HIDE" in event.text:
            return [
                act.HideMessage(
                    channel=event.place.channel_id or "",
                    message_id=event.message_id,
                    reason="abuse",
                    case_ref="7",
                ),
                act.DirectMessage(
                    user_id=event.actor.user_id,
                    message=Message(text="A message of yours was hidden.", title="Case #7"),
                    fallback_channel=event.place.channel_id,
                ),
                act.AlertModerators(
                    message=Message(
                        text="Message hidden (abuse).",
                        title="Case #7",
                        buttons=(
                            Button("probe:keep:7", "Restore", style="success"),
                            Button("probe:timeout:7", "Time out", style="danger"),
                        ),
                    ),
                    case_ref="7",
                ),
            ]
        return None

    async def dm(self, ctx: Context) -> Result:
        return [
            act.DirectMessage(
                user_id=ctx.event.actor.user_id,
                message=Message(text=ctx.options["text"]),
                fallback_channel=ctx.event.place.channel_id,
            ),
            ctx.reply("Sent you a direct message."),
        ]

    async def slow(self, ctx: Context) -> Result:
        import asyncio
        import threading

        if self.blocking:
            threading.Event().wait(self.delay)  # holds the thread, as database work does
        else:
            await asyncio.sleep(self.delay)
        public = ctx.options.get("public") == "yes"
        return ctx.reply("Slow answer.", ephemeral=not public)

    async def intake(self, ctx: Context) -> Result:
        return act.OpenForm(form=intake_forms()[0])

    async def chart(self, ctx: Context) -> Result:
        image = Image(filename="mood.png", data=PNG, alt_text="Mood over two weeks")
        return ctx.reply("Your chart", image=image)

    async def timeout(self, ctx: Context) -> Result:
        return [
            act.TimeOut(
                user_id=ctx.options["member"],
                duration=timedelta(days=int(ctx.options["days"])),
                reason="probe",
            ),
            ctx.reply("Timed out."),
        ]

    async def role(self, ctx: Context) -> Result:
        return [act.AssignRole(user_id=ctx.event.actor.user_id, role=ctx.options["role"])]

    async def post(self, ctx: Context) -> Result:
        return [
            act.Post(
                channel=ctx.options["channel"],
                message=Message(
                    text="Pick one",
                    selects=(
                        Select(
                            "probe:pick",
                            "Choose",
                            (SelectOption("A", "a"), SelectOption("B", "b")),
                        ),
                    ),
                ),
            ),
            ctx.reply("Posted."),
        ]

    async def pressed(self, ctx: Context) -> Result:
        import asyncio

        event = ctx.event
        assert isinstance(event, ComponentPressed)
        self.events.append(event)
        await asyncio.sleep(self.delay)
        if event.action_id.startswith("probe:keep:"):
            return act.UpdateMessage(
                channel=event.channel_id or "",
                message_id=event.message_id or "",
                message=Message(text="Restored by a moderator.", title="Case #7 closed"),
            )
        if event.action_id.startswith("probe:both:"):
            return [
                ctx.reply("Noted privately."),
                act.UpdateMessage(
                    channel=event.channel_id or "",
                    message_id=event.message_id or "",
                    message=Message(text="Decided.", title="Case #7 closed"),
                ),
            ]
        if event.action_id.startswith("probe:organizers"):
            return act.AlertOrganizers(message=Message(text="hello organizers"))
        return ctx.reply(f"pressed {event.action_id} {','.join(event.values)}")

    async def submitted(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        self.events.append(event)
        if event.form_id == "probe:intake:1":
            return act.OpenForm(form=intake_forms()[1])
        return ctx.reply("Thank you, all steps done.")

    async def outcome(self, platform, community, outcome) -> Result:  # type: ignore[no-untyped-def]
        self.outcomes.append(outcome)
        return None
