"""Parents' mentor commands: volunteer, request, status, end, pause/resume, block, again.

``/mentor volunteer [capacity]`` and ``/mentor request`` ask in a form only for what onboarding
doesn't already know (at most five inputs), or use what it knows where the platform has no
forms. A request is proposed at once (``Proposals.propose``). ``/mentor block USER`` is private
(the other person is never told), permanent, and withdraws proposals between the two not yet
accepted by both. ``/mentor status`` only reads: it stores nothing for someone Hearth does not
know yet. Mistakes a person can fix get a specific private answer (``UserError``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from bot.actions import Action, OpenForm
from bot.context import Context
from bot.errors import UserError
from bot.member_lookup import find_member
from bot.mentors import store, texts
from bot.mentors.matching import stage, stages
from bot.mentors.models import (
    OPEN_STATUSES,
    PENDING_STATUSES,
    MentorBlock,
    MentorProfile,
    MentorRequest,
)
from bot.mentors.people import match_label, match_line, name_of, request_state, side_of
from bot.mentors.proposals import close_match
from bot.messages import Button, Form, FormInput
from bot.router import OptionSpec, Result, Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.mentors.feature import MentorsFeature

log = logging.getLogger(__name__)

USER_OPTION = OptionSpec("user", "The person (mention or name)", kind="user")
STAGE_HINT = "newly diagnosed, in treatment, off treatment, bereaved"
NOT_A_MENTOR = "You aren't a mentor. /mentor volunteer offers to be one."

#: What /mentor volunteer asks when neither the profile nor onboarding knows it:
#: (input id = profile attribute, onboarding answer, label, placeholder example, max length).
VOLUNTEER_QUESTIONS = (
    (
        "diagnosis_groups",
        "diagnosis_group",
        "Diagnosis groups you can speak to",
        "leukaemia, brain tumour",
        200,
    ),
    ("stages", "stage", "Stages you can speak to", "", 150),
    ("age_bands", "age_band", "Your child's age band", "0-4, 5-12, 13-17", 50),
    ("languages", "language", "Languages you speak", "English, Spanish", 150),
)
#: What /mentor request asks when onboarding doesn't know it:
#: (input id = onboarding answer, label, placeholder example, max length).
REQUEST_QUESTIONS = (
    ("stage", "Where you are right now", "", 40),
    ("diagnosis_group", "Your child's diagnosis group", "leukaemia", 100),
    ("age_band", "Your child's age band", "0-4, 5-12, 13-17", 30),
    ("language", "The language you'd like to talk in", "English", 30),
)


class MemberCommands:
    def __init__(self, feature: MentorsFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "mentor volunteer",
            "Offer to mentor a parent who is earlier on this road",
            options=(
                OptionSpec("capacity", "How many parents at once", required=False, kind="integer"),
            ),
            examples=("/mentor volunteer", "/mentor volunteer 2"),
        )(self.volunteer)
        router.command("mentor request", "Ask to be matched with an experienced parent")(
            self.request
        )
        router.command("mentor status", "Your mentor requests and matches (only you see it)")(
            self.status
        )
        router.command(
            "mentor end",
            "End a mentor match privately (the other parent is told kindly)",
            options=(OptionSpec("user", "Whose match, if you have several", required=False),),
        )(self.end_command)
        router.command("mentor pause", "Mentors: take no new matches for now")(self.pause)
        router.command("mentor resume", "Mentors: take new matches again")(self.resume)
        router.command(
            "mentor block", "Never match me with this person (private)", options=(USER_OPTION,)
        )(self.block)
        router.command("mentor unblock", "Undo /mentor block", options=(USER_OPTION,))(self.unblock)
        router.command(
            "mentor again",
            "Allow being paired again with someone you declined or ended with",
            options=(USER_OPTION,),
        )(self.again)

    # -- volunteering --------------------------------------------------------------------

    async def volunteer(self, ctx: Context) -> Result:
        capacity = ctx.options.get("capacity")
        if capacity is not None:
            self._capacity(capacity)
        profile = store.profile(ctx.session, ctx.member)
        known = self.feature.onboarding(ctx.session, ctx.member)
        inputs: list[FormInput] = []
        if capacity is None:
            inputs.append(
                FormInput(
                    "capacity",
                    f"Parents you could mentor at once (1-{self.feature.settings.max_capacity})",
                    default=str(profile.capacity if profile else 1),
                    max_length=2,
                )
            )
        for input_id, meaning, label, example, max_length in VOLUNTEER_QUESTIONS:
            if not (profile and getattr(profile, input_id)) and not known.get(meaning):
                inputs.append(self._question(input_id, meaning, label, example, max_length))
        inputs.append(
            FormInput(
                "topics",
                "Topics you're happy to talk about",
                style="paragraph",
                required=False,
                default=profile.topics if profile else "",
                placeholder="siblings, school, going back to work",
                max_length=400,
            )
        )
        if len(inputs) > 5:  # platform limit: age band is the least important to ask
            inputs = [i for i in inputs if i.input_id != "age_bands"]
        context = {"capacity": capacity} if capacity is not None else {}
        if not ctx.capabilities.forms:  # no forms here: use what onboarding knows
            return await self.volunteered(ctx, {}, context)
        return OpenForm(
            form=Form(
                "mentor:volunteer",
                "Volunteer as a mentor",
                tuple(inputs),
                submit_label="Volunteer",
                intro="Thank you. This helps us suggest you to parents you could help most.",
                context=context,
            )
        )

    def _question(
        self, input_id: str, meaning: str, label: str, example: str, max_length: int
    ) -> FormInput:
        """A form input for something onboarding didn't tell us. The stage is one of four
        fixed words and must be answered; the rest are optional, hinted with onboarding's
        own option labels."""
        if meaning == "stage":
            return FormInput(input_id, label, placeholder=STAGE_HINT, max_length=max_length)
        return FormInput(
            input_id,
            label,
            required=False,
            placeholder=self.feature.vocab.hint(meaning, example),
            max_length=max_length,
        )

    def _capacity(self, text: str) -> int:
        top = self.feature.settings.max_capacity
        try:
            value = int(str(text).strip())
        except ValueError:
            raise UserError(f"Capacity is a number of parents, 1 to {top}.") from None
        if not 1 <= value <= top:
            raise UserError(f"Capacity is a number of parents, 1 to {top}.")
        return value

    async def volunteered(
        self, ctx: Context, values: dict[str, str], context: dict[str, str]
    ) -> Result:
        capacity = self._capacity(values.get("capacity") or context.get("capacity") or "1")
        known = self.feature.onboarding(ctx.session, ctx.member)
        profile = store.profile(ctx.session, ctx.member)
        created = profile is None
        if profile is None:
            profile = MentorProfile(
                community_id=ctx.community.id,  # type: ignore[arg-type]
                member_id=ctx.member.id,  # type: ignore[arg-type]
                created_at=ctx.now,
            )
        profile.capacity = capacity
        profile.paused = False

        def listed(key: str, meaning: str, current: str) -> str:
            if values.get(key, "").strip():
                return ",".join(self.feature.vocab.values(meaning, values[key]))[:200]
            return current or ",".join(self.feature.vocab.values(meaning, known.get(meaning)))[:200]

        profile.diagnosis_groups = listed(
            "diagnosis_groups", "diagnosis_group", profile.diagnosis_groups
        )
        if values.get("stages", "").strip():
            profile.stages = ",".join(stages(values["stages"]))
        elif not profile.stages:
            profile.stages = stage(known.get("stage")) or ""
        profile.age_bands = listed("age_bands", "age_band", profile.age_bands)
        profile.languages = listed("languages", "language", profile.languages)
        if "topics" in values:
            profile.topics = " ".join(values["topics"].split())[:400]
        region = self.feature.vocab.first("region", known.get("region") or ctx.member.region)
        profile.region = region.upper()[:8] if region else profile.region
        profile.updated_at = ctx.now
        ctx.session.add(profile)
        ctx.session.flush()
        log.info(
            "mentor profile %s for member %s", "created" if created else "updated", ctx.member.id
        )
        actions: list[Action] = [
            ctx.reply(
                f"Thank you for volunteering. You can mentor up to {capacity} parent(s) at once; "
                "we'll ask you before any introduction. /mentor pause takes a break.\n"
                + texts.SHARE_QUESTION,
                title="You're a mentor",
                fields=texts.about_profile(profile, self.feature.vocab.label),
                buttons=texts.share_buttons("profile"),
            )
        ]
        actions.extend(self.feature.proposals.retry_queue(ctx.session, ctx.community, ctx.now))
        return actions

    # -- requesting ----------------------------------------------------------------------

    async def request(self, ctx: Context) -> Result:
        existing = store.live_request(ctx.session, ctx.member)
        if existing is not None:
            return ctx.reply(
                f"You already have a mentor request ({request_state(existing)}). "
                "/mentor status shows where it is."
            )
        known = self.feature.onboarding(ctx.session, ctx.member)
        inputs: list[FormInput] = []
        for meaning, label, example, max_length in REQUEST_QUESTIONS:
            answered = stage(known.get(meaning)) if meaning == "stage" else known.get(meaning)
            if not answered:
                inputs.append(self._question(meaning, meaning, label, example, max_length))
        if inputs and ctx.capabilities.forms:
            return OpenForm(
                form=Form(
                    "mentor:request",
                    "Ask for a mentor",
                    tuple(inputs),
                    submit_label="Ask",
                    intro="A mentor is a parent who has been where you are. "
                    "This helps us find the right one.",
                )
            )
        return self.create_request(ctx, {})

    def create_request(self, ctx: Context, values: dict[str, str]) -> list[Action]:
        known = self.feature.onboarding(ctx.session, ctx.member)

        def pick(key: str) -> str | None:
            typed = (values.get(key) or "").strip()
            return self.feature.vocab.first(key, typed or known.get(key))

        region = self.feature.vocab.first("region", known.get("region") or ctx.member.region)
        request = MentorRequest(
            community_id=ctx.community.id,  # type: ignore[arg-type]
            member_id=ctx.member.id,  # type: ignore[arg-type]
            stage=stage(values.get("stage")) or stage(known.get("stage")),
            diagnosis_group=pick("diagnosis_group"),
            age_band=pick("age_band"),
            region=region.upper()[:8] if region else None,
            language=pick("language"),
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        ctx.session.add(request)
        ctx.session.flush()
        log.info("mentor request %s from member %s", request.id, ctx.member.id)
        actions: list[Action] = [
            ctx.reply(
                "Thank you for asking. I'm looking for an experienced parent for you and will "
                "message you privately. Nothing is shared until you both say yes.\n"
                + texts.SHARE_QUESTION,
                title="Mentor request received",
                buttons=texts.share_buttons("request"),
            )
        ]
        actions.extend(self.feature.proposals.propose(ctx.session, ctx.community, request, ctx.now))
        return actions

    async def status(self, ctx: Context) -> Result:
        lines: list[str] = []
        member = ctx.known_member  # a read: never creates a member
        if member is not None:
            lines.extend(self._status_lines(ctx.session, member))
        if not lines:
            lines.append(
                "You have no mentor requests or matches. /mentor request asks for a mentor; "
                "/mentor volunteer offers to be one."
            )
        return ctx.reply("\n".join(lines), title="Your mentoring")

    def _status_lines(self, session: Session, member: Member) -> list[str]:
        lines: list[str] = []
        profile = store.profile(session, member)
        if profile is not None:
            state = "paused" if profile.paused else "taking new matches"
            lines.append(
                f"Mentor: {store.load(session, member.id)} of {profile.capacity} "  # type: ignore[arg-type]
                f"place(s) taken, {state}."
            )
        request = store.live_request(session, member)
        if request is not None:
            lines.append(f"Your request #{request.id}: {request_state(request)}.")
        for match in store.matches_of(session, member.id, OPEN_STATUSES):  # type: ignore[arg-type]
            lines.append(match_line(session, match, member))
        return lines

    async def end_command(self, ctx: Context) -> Result:
        member = ctx.known_member
        matches = [
            m
            for m in (store.matches_of(ctx.session, member.id, OPEN_STATUSES) if member else [])  # type: ignore[arg-type]
            if m.status != "proposed"
        ]
        wanted = ctx.options.get("user")
        if wanted:
            person = find_member(ctx.session, ctx.community.id, wanted)  # type: ignore[arg-type]
            matches = [
                m
                for m in matches
                if person is not None
                and m.status == "active"
                and person.id in (m.mentor_id, m.mentee_id)
            ]
        if member is None or not matches:
            return ctx.reply("You have no mentor match to end.")
        if len(matches) == 1:
            match = matches[0]
            return self.feature.buttons.end(ctx, match, side_of(match, member) or "mentee")
        return ctx.reply(
            "Which match would you like to end?",
            buttons=tuple(
                Button(
                    f"mentor:end:{m.id}",
                    match_label(ctx.session, m, member),
                    style="danger",
                )
                for m in matches[:25]
            ),
        )

    def _set_paused(self, ctx: Context, paused: bool) -> bool:
        """Pause or resume the member's mentor profile; False when they have none."""
        member = ctx.known_member
        profile = store.profile(ctx.session, member) if member else None
        if profile is None:
            return False
        profile.paused = paused
        profile.updated_at = ctx.now
        ctx.session.add(profile)
        return True

    async def pause(self, ctx: Context) -> Result:
        if not self._set_paused(ctx, True):
            return ctx.reply(NOT_A_MENTOR)
        return ctx.reply(
            "Paused: nobody new will be proposed to you. Your current matches carry on. "
            "/mentor resume when you're ready."
        )

    async def resume(self, ctx: Context) -> Result:
        if not self._set_paused(ctx, False):
            return ctx.reply(NOT_A_MENTOR)
        ctx.session.flush()
        return [
            ctx.reply("Welcome back: you can be proposed to parents again."),
            *self.feature.proposals.retry_queue(ctx.session, ctx.community, ctx.now),
        ]

    def _person(self, ctx: Context) -> Member:
        person = find_member(ctx.session, ctx.community.id, ctx.options["user"])  # type: ignore[arg-type]
        if person is None:
            raise UserError("I don't know that person in this group.")
        if person.id == ctx.member.id:
            raise UserError("That's you.")
        return person

    async def block(self, ctx: Context) -> Result:
        person = self._person(ctx)
        exists = ctx.session.exec(
            select(MentorBlock).where(
                MentorBlock.member_id == ctx.member.id, MentorBlock.blocked_id == person.id
            )
        ).first()
        if exists is None:
            ctx.session.add(
                MentorBlock(
                    community_id=ctx.community.id,  # type: ignore[arg-type]
                    member_id=ctx.member.id,  # type: ignore[arg-type]
                    blocked_id=person.id,  # type: ignore[arg-type]
                    created_at=ctx.now,
                )
            )
        log.info("mentor block added by member %s", ctx.member.id)
        actions: list[Action] = [
            ctx.reply(
                f"Noted, privately: you won't be matched with {name_of(person)}. They are not "
                "told. If you already have a match with them, /mentor end closes it."
            )
        ]
        actions.extend(self._withdraw_between(ctx, person))
        return actions

    def _withdraw_between(self, ctx: Context, person: Member) -> list[Action]:
        """A block takes effect at once: proposals between the two not yet accepted by both are
        withdrawn silently (the blocked person is not told), and the request moves on."""
        actions: list[Action] = []
        for match in store.matches_of(ctx.session, ctx.member.id, PENDING_STATUSES):  # type: ignore[arg-type]
            if person.id not in (match.mentor_id, match.mentee_id):
                continue
            close_match(ctx.session, match, "withdrawn", side_of(match, ctx.member), ctx.now)
            ctx.session.flush()
            log.info("mentor match %s withdrawn after a block", match.id)
            note = "" if match.mentee_id == ctx.member.id else texts.NOBODYS_FAULT
            request = store.request_of(ctx.session, match)
            actions.extend(self.feature.proposals.propose_again(ctx, request, note=note))
        return actions

    async def unblock(self, ctx: Context) -> Result:
        person = self._person(ctx)
        for block in store.blocks_on(ctx.session, person, by_id=ctx.member.id):
            ctx.session.delete(block)
        return ctx.reply(f"Done: {name_of(person)} can be matched with you again.")

    async def again(self, ctx: Context) -> Result:
        person = self._person(ctx)
        past = [
            m
            for m in store.matches_of(ctx.session, ctx.member.id, ("declined", "ended"))  # type: ignore[arg-type]
            if person.id in (m.mentor_id, m.mentee_id)
        ]
        if not past:
            return ctx.reply(
                f"There's no declined or ended match with {name_of(person)} to reopen."
            )
        for match in past:
            setattr(match, f"{side_of(match, ctx.member)}_reopt", True)
            ctx.session.add(match)
        return ctx.reply(
            f"Noted. If {name_of(person)} opts in too, the two of you may be suggested again."
        )
