"""Parent-to-parent mentors: experienced parents volunteer, newly diagnosed parents ask.

The workflow, per request:

1. ``/mentor request`` (or the ``mentor:request`` button check-ins offer) records what the
   parent told onboarding, asking in a form for anything missing.
2. Matching ranks mentors with room (``bot.mentors.matching``) and proposes the best one.
   With ``[mentors] review = true`` organizers approve or skip it first.
3. Both parents get a DM with Accept / Not now. A mentor's "Not now" proposes the next best
   mentor; no mentor available queues the request and tells the organizers once.
4. When both accept, each gets an introduction (the other's display name and only what they
   agreed to share). After ``check_back_days`` ``tick()`` asks both whether they connected.
5. Either side can end privately; the other is told kindly, without blame. A declined or ended
   pair is never proposed again unless both opt back in (``/mentor again``).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from bot.actions import (
    Action,
    AlertModerators,
    AlertOrganizers,
    DirectMessage,
    OpenForm,
    UpdateMessage,
)
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted
from bot.feature import Feature
from bot.mentors import member_data, store, texts
from bot.mentors.matching import Need, Offer, Scored, rank, stage, stages
from bot.mentors.models import (
    OPEN_STATUSES,
    PENDING_STATUSES,
    MentorBlock,
    MentorMatch,
    MentorProfile,
    MentorRequest,
    split,
)
from bot.mentors.people import match_label, match_line, name_of, request_state, side_of
from bot.mentors.vocabulary import Vocabulary
from bot.messages import Button, Field, Form, FormInput, Message
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.storage.models import Community, Member

log = logging.getLogger(__name__)

USER_OPTION = OptionSpec("user", "The person (mention or name)", kind="user")
STAGE_HINT = "newly diagnosed, in treatment, off treatment, bereaved"
NOT_A_MENTOR = "You aren't a mentor. /mentor volunteer offers to be one."
NOBODYS_FAULT = "The parent we suggested can't take this on just now; that's nobody's fault."

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


def close_match(
    session: Session, match: MentorMatch, status: str, by: str | None, now: datetime
) -> None:
    """End ``match`` for good: declined, ended, skipped, withdrawn or expired."""
    match.status = status
    match.ended_at = now
    match.ended_by = by
    session.add(match)


def set_request_status(
    session: Session, request: MentorRequest | None, status: str, now: datetime
) -> None:
    if request is not None:
        request.status = status
        request.updated_at = now
        session.add(request)


class MentorsFeature(Feature):
    name = "mentors"

    @property
    def settings(self):  # type: ignore[no-untyped-def]
        return self.hearth.config.mentors

    @property
    def vocab(self) -> Vocabulary:
        """Onboarding's option values, so typed answers and onboarding answers compare."""
        if self._vocab is None:
            self._vocab = Vocabulary.from_onboarding(self.hearth.features.get("onboarding"))
        return self._vocab

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        self._vocab: Vocabulary | None = None

    # -- registration --------------------------------------------------------------------

    def register(self, router: Router) -> None:
        router.group("mentor", "Parent-to-parent mentors: offer to be one, or ask for one")
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
        router.command(
            "mentor list", "Mentors, their load, and who is waiting", role=Role.ORGANIZER
        )(self.list_command)
        router.component("mentor")(self.pressed)
        router.form("mentor")(self.submitted)

    # -- what onboarding knows -----------------------------------------------------------

    def onboarding(self, session: Session, member: Member) -> dict[str, Any]:
        """Onboarding's answers when that feature is present; {} otherwise (never fails)."""
        feature = self.hearth.features.get("onboarding")
        answers = getattr(feature, "answers", None)
        if answers is None:
            return {}
        try:
            result = answers(session, member)
        except Exception:
            log.warning("onboarding answers unavailable for member %s", member.id, exc_info=True)
            return {}
        return dict(result) if isinstance(result, dict) else {}

    # -- volunteering --------------------------------------------------------------------

    async def volunteer(self, ctx: Context) -> Result:
        capacity = ctx.options.get("capacity")
        if capacity is not None:
            self._capacity(capacity)
        profile = store.profile(ctx.session, ctx.member)
        known = self.onboarding(ctx.session, ctx.member)
        inputs: list[FormInput] = []
        if capacity is None:
            inputs.append(
                FormInput(
                    "capacity",
                    f"Parents you could mentor at once (1-{self.settings.max_capacity})",
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
            return await self._volunteered(ctx, {}, context)
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
            placeholder=self.vocab.hint(meaning, example),
            max_length=max_length,
        )

    def _capacity(self, text: str) -> int:
        top = self.settings.max_capacity
        try:
            value = int(str(text).strip())
        except ValueError:
            raise UserError(f"Capacity is a number of parents, 1 to {top}.") from None
        if not 1 <= value <= top:
            raise UserError(f"Capacity is a number of parents, 1 to {top}.")
        return value

    async def _volunteered(
        self, ctx: Context, values: dict[str, str], context: dict[str, str]
    ) -> Result:
        capacity = self._capacity(values.get("capacity") or context.get("capacity") or "1")
        known = self.onboarding(ctx.session, ctx.member)
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
                return ",".join(self.vocab.values(meaning, values[key]))[:200]
            return current or ",".join(self.vocab.values(meaning, known.get(meaning)))[:200]

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
        region = self.vocab.first("region", known.get("region") or ctx.member.region)
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
                fields=texts.about_profile(profile, self.vocab.label),
                buttons=texts.share_buttons("profile"),
            )
        ]
        actions.extend(self._retry_queue(ctx.session, ctx.community, ctx.now))
        return actions

    # -- requesting ----------------------------------------------------------------------

    async def request(self, ctx: Context) -> Result:
        existing = store.live_request(ctx.session, ctx.member)
        if existing is not None:
            return ctx.reply(
                f"You already have a mentor request ({request_state(existing)}). "
                "/mentor status shows where it is."
            )
        known = self.onboarding(ctx.session, ctx.member)
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
        return self._create_request(ctx, {})

    def _create_request(self, ctx: Context, values: dict[str, str]) -> list[Action]:
        known = self.onboarding(ctx.session, ctx.member)

        def pick(key: str) -> str | None:
            typed = (values.get(key) or "").strip()
            return self.vocab.first(key, typed or known.get(key))

        region = self.vocab.first("region", known.get("region") or ctx.member.region)
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
        actions.extend(self._propose(ctx.session, ctx.community, request, ctx.now))
        return actions

    # -- matching ------------------------------------------------------------------------

    def _candidates(self, session: Session, request: MentorRequest) -> list[Scored]:
        excluded = store.unwanted(session, request.member_id) | store.skipped_for(
            session,
            request.id,  # type: ignore[arg-type]
        )
        excluded.add(request.member_id)
        offers = []
        for profile in session.exec(
            select(MentorProfile).where(
                MentorProfile.community_id == request.community_id,
                MentorProfile.paused == False,  # noqa: E712
            )
        ):
            if profile.member_id in excluded:
                continue
            offers.append(
                Offer(
                    key=profile.member_id,
                    capacity=min(profile.capacity, self.settings.max_capacity),
                    load=store.load(session, profile.member_id),
                    diagnosis_groups=frozenset(split(profile.diagnosis_groups)),
                    stages=frozenset(split(profile.stages)),
                    age_bands=frozenset(split(profile.age_bands)),
                    languages=frozenset(split(profile.languages)),
                    region=profile.region,
                    order=profile.id or 0,
                )
            )
        need = Need(
            stage=request.stage,
            diagnosis_group=request.diagnosis_group,
            age_band=request.age_band,
            region=request.region,
            language=request.language,
        )
        return rank(need, offers, self.settings.weights)

    def _propose(
        self,
        session: Session,
        community: Community,
        request: MentorRequest,
        now: datetime,
        *,
        note: str = "",
        quiet: bool = False,
    ) -> list[Action]:
        """Propose the best mentor for ``request`` or queue it. ``quiet``: a retry that only
        speaks up when it finds someone."""
        ranked = self._candidates(session, request)
        mentee = session.get(Member, request.member_id)
        if not ranked:
            if quiet:
                return []
            request.status = "queued"
            request.updated_at = now
            actions: list[Action] = []
            if mentee is not None:
                actions.append(
                    DirectMessage(
                        user_id=mentee.external_id,
                        message=Message(
                            text=(note + "\n" if note else "")
                            + "No mentor is free just now, so your request is waiting in the "
                            "queue. I'll message you as soon as someone can take it on; "
                            "the organizers know too."
                        ),
                    )
                )
            if request.organizers_told_at is None:
                request.organizers_told_at = now
                waiting = len(
                    session.exec(
                        select(MentorRequest.id).where(
                            MentorRequest.community_id == community.id,
                            MentorRequest.status == "queued",
                        )
                    ).all()
                )
                actions.append(
                    AlertOrganizers(
                        message=Message(
                            title="A parent is waiting for a mentor",
                            text=f"Mentor request #{request.id} has no mentor with room "
                            f"({waiting} waiting). Experienced parents can offer with "
                            "/mentor volunteer; /mentor list shows everyone's load.",
                        )
                    )
                )
            session.add(request)
            log.info("mentor request %s queued", request.id)
            return actions
        best = ranked[0]
        review = self.settings.review
        match = MentorMatch(
            community_id=community.id,  # type: ignore[arg-type]
            request_id=request.id,
            mentor_id=best.offer.key,
            mentee_id=request.member_id,
            status="proposed" if review else "approved",
            score=best.score,
            reasons=best.explain()[:300],
            created_at=now,
            approved_at=None if review else now,
        )
        request.status = "searching"
        request.organizers_told_at = None
        request.updated_at = now
        session.add(request)
        session.add(match)
        session.flush()
        log.info("mentor match %s proposed (score %.2f, review=%s)", match.id, best.score, review)
        if review:
            mentor = session.get(Member, best.offer.key)
            return [
                AlertModerators(
                    message=Message(
                        title=f"Mentor match #{match.id} to review",
                        text=f"{name_of(mentor)} could mentor {name_of(mentee)} "
                        f"(score {best.score:g}): {match.reasons}.",
                        buttons=(
                            Button(f"mentor:approve:{match.id}", "Approve", style="success"),
                            Button(f"mentor:skip:{match.id}", "Skip"),
                        ),
                        footer="Organizers approve; the two parents are asked only after that.",
                    )
                )
            ]
        return self._ask_both(session, match, note=note)

    def _ask_both(self, session: Session, match: MentorMatch, *, note: str = "") -> list[Action]:
        mentor = store.member_by_id(session, match.mentor_id)
        mentee = store.member_by_id(session, match.mentee_id)
        request = store.request_of(session, match)
        profile = store.mentor_profile(session, match)
        if mentor is None or mentee is None or request is None or profile is None:
            return []
        reasons = [r.strip() for r in match.reasons.split(",") if r.strip()]

        def why(shares: bool) -> str:
            shown = [r for r in reasons if shares or r != "same diagnosis group"]
            return ", ".join(shown)

        buttons = texts.answer_buttons(match.id)  # type: ignore[arg-type]
        mentor_why = why(request.share_diagnosis)
        mentee_why = why(profile.share_diagnosis)
        return [
            DirectMessage(
                user_id=mentor.external_id,
                message=Message(
                    title="A parent would like a mentor",
                    text="A parent in the group has asked for a mentor, and you could be a "
                    "good fit" + (f" ({mentor_why})" if mentor_why else "") + ". Names are "
                    "shared only if you both accept.",
                    fields=texts.about_request(request, self.vocab.label),
                    buttons=buttons,
                ),
            ),
            DirectMessage(
                user_id=mentee.external_id,
                message=Message(
                    title="We found a possible mentor",
                    text=(note + "\n" if note else "")
                    + "An experienced parent could mentor you"
                    + (f" ({mentee_why})" if mentee_why else "")
                    + ". Names are shared only if you both accept.",
                    fields=texts.about_profile(profile, self.vocab.label),
                    buttons=buttons,
                ),
            ),
        ]

    def _retry_queue(self, session: Session, community: Community, now: datetime) -> list[Action]:
        """Capacity changed: give waiting requests (oldest first) another chance."""
        actions: list[Action] = []
        waiting = session.exec(
            select(MentorRequest)
            .where(MentorRequest.community_id == community.id, MentorRequest.status == "queued")
            .order_by(col(MentorRequest.created_at), col(MentorRequest.id))
        ).all()
        for request in waiting:
            actions.extend(
                self._propose(
                    session,
                    community,
                    request,
                    now,
                    note="Good news: a mentor has become free.",
                    quiet=True,
                )
            )
        return actions

    def _propose_again(
        self, ctx: Context, request: MentorRequest | None, *, note: str = ""
    ) -> list[Action]:
        """A proposal fell through: look for the next mentor if the request still wants one."""
        if request is None or request.status not in ("searching", "queued"):
            return []
        return self._propose(ctx.session, ctx.community, request, ctx.now, note=note)

    # -- buttons and forms ---------------------------------------------------------------

    async def submitted(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        if event.form_id == "mentor:volunteer":
            return await self._volunteered(ctx, event.values, event.context)
        if event.form_id == "mentor:request":
            if store.live_request(ctx.session, ctx.member) is not None:
                return ctx.reply("You already have a mentor request. /mentor status shows it.")
            values = dict(event.values)
            if "stage" in values and not stage(values["stage"]):
                raise UserError(
                    "I didn't recognise that stage. Please try /mentor request again and "
                    "answer newly diagnosed, in treatment, off treatment or bereaved."
                )
            return self._create_request(ctx, values)
        return ctx.reply("That form is no longer in use.")

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        parts = event.action_id.split(":")
        verb = parts[1] if len(parts) > 1 else ""
        if verb == "request":
            return await self.request(ctx)
        if verb == "share" and len(parts) == 4:
            return self._share(ctx, parts[2], parts[3] == "yes")
        if len(parts) < 3 or not parts[2].isdigit():
            return ctx.reply("That button is no longer in use.")
        match = ctx.session.get(MentorMatch, int(parts[2]))
        if match is None or match.community_id != ctx.community.id:
            return ctx.reply("That mentor match no longer exists.")
        if verb in ("approve", "skip"):
            return self._review(ctx, match, approve=verb == "approve")
        side = side_of(match, ctx.member)
        if side is None:
            return ctx.reply("That button is for the two parents in this match.")
        if verb == "accept":
            return self._accept(ctx, match, side)
        if verb == "decline":
            return self._decline(ctx, match, side)
        if verb == "end":
            return self._end(ctx, match, side)
        if verb == "connected" and len(parts) == 4:
            return self._connected(ctx, match, side, parts[3])
        return ctx.reply("That button is no longer in use.")

    def _share(self, ctx: Context, kind: str, share: bool) -> Result:
        target: MentorProfile | MentorRequest | None = (
            store.profile(ctx.session, ctx.member)
            if kind == "profile"
            else store.live_request(ctx.session, ctx.member)
        )
        if target is None:
            return ctx.reply("There is nothing of yours to change there any more.")
        target.share_diagnosis = share
        target.updated_at = ctx.now
        ctx.session.add(target)
        if share:
            return ctx.reply(
                "Thank you: your child's diagnosis group will be shared with the parent you're "
                "introduced to (and nobody else). Press “Keep it private” to change your mind."
            )
        return ctx.reply("Understood: your child's diagnosis group stays private.")

    def _review(self, ctx: Context, match: MentorMatch, *, approve: bool) -> Result:
        if ctx.role < Role.ORGANIZER:
            return ctx.reply("Only organizers can approve or skip mentor matches.")
        if match.status != "proposed":
            return ctx.reply(f"Match #{match.id} was already handled ({match.status}).")
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        who = ctx.member.display_name or ctx.member.external_id
        actions: list[Action] = []
        if approve:
            match.status = "approved"
            match.approved_at = ctx.now
            ctx.session.add(match)
            outcome = f"Approved by {who}: both parents have been asked."
            actions.extend(self._ask_both(ctx.session, match))
        else:
            close_match(ctx.session, match, "skipped", "organizer", ctx.now)
            ctx.session.flush()
            outcome = f"Skipped by {who}: looking for the next mentor."
        log.info("mentor match %s %s by member %s", match.id, match.status, ctx.member.id)
        if event.message_id and event.channel_id:
            actions.insert(
                0,
                UpdateMessage(
                    channel=event.channel_id,
                    message_id=event.message_id,
                    message=Message(title=f"Mentor match #{match.id}", text=outcome),
                ),
            )
        else:
            actions.insert(0, ctx.reply(outcome))
        if not approve:
            actions.extend(self._propose_again(ctx, store.request_of(ctx.session, match)))
        return actions

    def _accept(self, ctx: Context, match: MentorMatch, side: str) -> Result:
        if match.status == "proposed":
            return ctx.reply("The organizers are still looking at this match; hold on.")
        if match.status == "active":
            return ctx.reply("You're already introduced. /mentor status shows your matches.")
        if match.status not in PENDING_STATUSES:
            return ctx.reply("This proposal is no longer open. Thank you all the same.")
        if match.status == f"accepted_by_{side}":
            return ctx.reply("You've already accepted; we're waiting for the other parent.")
        setattr(match, f"{side}_accepted_at", ctx.now)
        other = "mentee" if side == "mentor" else "mentor"
        ctx.session.add(match)
        if match.status != f"accepted_by_{other}":
            match.status = f"accepted_by_{side}"
            log.info("mentor match %s accepted by %s", match.id, side)
            return ctx.reply(
                "Thank you. I'll introduce you as soon as the other parent accepts too."
            )
        match.status = "active"
        match.introduced_at = ctx.now
        match.check_back_due_at = ctx.now + timedelta(days=self.settings.check_back_days)
        request = store.request_of(ctx.session, match)
        set_request_status(ctx.session, request, "matched", ctx.now)
        log.info("mentor match %s active", match.id)
        return [
            ctx.reply("Thank you, you're both in. Your introduction is on its way."),
            *self._introductions(ctx.session, match, request),
        ]

    def _introductions(
        self, session: Session, match: MentorMatch, request: MentorRequest | None
    ) -> list[Action]:
        mentor = store.member_by_id(session, match.mentor_id)
        mentee = store.member_by_id(session, match.mentee_id)
        profile = store.mentor_profile(session, match)
        if mentor is None or mentee is None:
            return []
        days = self.settings.check_back_days
        after = (
            "Send them a direct message to say hello; there's no script and no pressure. "
            f"I'll check in with you both in {days} day(s). "
            "/mentor end closes the match privately at any time."
        )
        return [
            DirectMessage(
                user_id=mentor.external_id,
                message=Message(
                    title=f"Meet {name_of(mentee)}",
                    text=f"{name_of(mentee)} would love a mentor, and you said yes. " + after,
                    fields=texts.about_request(request, self.vocab.label) if request else (),
                ),
            ),
            DirectMessage(
                user_id=mentee.external_id,
                message=Message(
                    title=f"Meet {name_of(mentor)}, your mentor",
                    text=f"{name_of(mentor)} has been where you are and is glad to help. " + after,
                    fields=texts.about_profile(profile, self.vocab.label) if profile else (),
                ),
            ),
        ]

    def _decline(self, ctx: Context, match: MentorMatch, side: str) -> Result:
        if match.status not in PENDING_STATUSES or match.status == "proposed":
            return ctx.reply("This proposal is no longer open. Thank you all the same.")
        close_match(ctx.session, match, "declined", side, ctx.now)
        ctx.session.flush()
        log.info("mentor match %s declined by %s", match.id, side)
        request = store.request_of(ctx.session, match)
        if side == "mentor":
            actions: list[Action] = [
                ctx.reply("Thank you for letting us know; that's completely fine.")
            ]
            actions.extend(self._propose_again(ctx, request, note=NOBODYS_FAULT))
            return actions
        set_request_status(ctx.session, request, "closed", ctx.now)
        actions = [
            ctx.reply(
                "That's fine. Whenever you're ready, /mentor request asks again "
                "(you won't be paired with this parent again)."
            )
        ]
        mentor = store.member_by_id(ctx.session, match.mentor_id)
        if mentor is not None:
            actions.append(
                DirectMessage(
                    user_id=mentor.external_id,
                    message=Message(
                        text="The parent who asked for a mentor isn't ready just now, so this "
                        "one won't go ahead. Thank you for offering; nothing you need to do."
                    ),
                )
            )
        actions.extend(self._retry_queue(ctx.session, ctx.community, ctx.now))
        return actions

    def _end(self, ctx: Context, match: MentorMatch, side: str) -> Result:
        if match.status in PENDING_STATUSES and match.status != "proposed":
            return self._decline(ctx, match, side)
        if match.status != "active":
            return ctx.reply("This match has already closed.")
        close_match(ctx.session, match, "ended", side, ctx.now)
        set_request_status(ctx.session, store.request_of(ctx.session, match), "closed", ctx.now)
        ctx.session.flush()
        log.info("mentor match %s ended by %s", match.id, side)
        other_id = match.mentee_id if side == "mentor" else match.mentor_id
        other = store.member_by_id(ctx.session, other_id)
        actions: list[Action] = [
            ctx.reply(
                f"Done: your match with {name_of(other)} has ended. I've let them know kindly, "
                "without giving any reason. You won't be paired again unless you both opt in "
                "(/mentor again)."
            )
        ]
        if other is not None:
            text = texts.ENDED_KINDLY.format(name=name_of(ctx.member))
            if side == "mentor":
                text += " Whenever you'd like another mentor, /mentor request asks again."
            actions.append(DirectMessage(user_id=other.external_id, message=Message(text=text)))
        actions.extend(self._retry_queue(ctx.session, ctx.community, ctx.now))
        return actions

    def _connected(self, ctx: Context, match: MentorMatch, side: str, answer: str) -> Result:
        if match.status != "active":
            return ctx.reply("This match has already closed.")
        if answer not in ("yes", "notyet"):
            return ctx.reply("That button is no longer in use.")
        setattr(match, f"{side}_connected", answer)
        ctx.session.add(match)
        other_id = match.mentee_id if side == "mentor" else match.mentor_id
        other = store.member_by_id(ctx.session, other_id)
        if answer == "yes":
            return ctx.reply(
                f"Lovely to hear you and {name_of(other)} connected. Thank you for letting me know."
            )
        return ctx.reply(
            "That's okay; life around treatment is busy. A short hello by direct message to "
            f"{name_of(other)} is plenty to start. If it isn't working, /mentor end closes the "
            "match privately."
        )

    # -- commands ------------------------------------------------------------------------

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
        matches = [
            m
            for m in store.matches_of(ctx.session, ctx.member.id, OPEN_STATUSES)  # type: ignore[arg-type]
            if m.status != "proposed"
        ]
        wanted = ctx.options.get("user")
        if wanted:
            person = store.find_member(ctx.session, ctx.community.id, wanted)  # type: ignore[arg-type]
            matches = [
                m
                for m in matches
                if person is not None
                and m.status == "active"
                and person.id in (m.mentor_id, m.mentee_id)
            ]
        if not matches:
            return ctx.reply("You have no mentor match to end.")
        if len(matches) == 1:
            match = matches[0]
            return self._end(ctx, match, side_of(match, ctx.member) or "mentee")
        return ctx.reply(
            "Which match would you like to end?",
            buttons=tuple(
                Button(
                    f"mentor:end:{m.id}",
                    match_label(ctx.session, m, ctx.member),
                    style="danger",
                )
                for m in matches[:25]
            ),
        )

    def _set_paused(self, ctx: Context, paused: bool) -> bool:
        """Pause or resume the member's mentor profile; False when they have none."""
        profile = store.profile(ctx.session, ctx.member)
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
            *self._retry_queue(ctx.session, ctx.community, ctx.now),
        ]

    def _person(self, ctx: Context) -> Member:
        person = store.find_member(ctx.session, ctx.community.id, ctx.options["user"])  # type: ignore[arg-type]
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
            note = "" if match.mentee_id == ctx.member.id else NOBODYS_FAULT
            actions.extend(
                self._propose_again(ctx, store.request_of(ctx.session, match), note=note)
            )
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

    async def list_command(self, ctx: Context) -> Result:
        sections: list[Field] = []
        profiles = ctx.session.exec(
            select(MentorProfile)
            .where(MentorProfile.community_id == ctx.community.id)
            .order_by(col(MentorProfile.id))
        ).all()
        for profile in profiles:
            member = ctx.session.get(Member, profile.member_id)
            load = store.load(ctx.session, profile.member_id)
            state = " (paused)" if profile.paused else ""
            sections.append(Field(name_of(member), f"{load} of {profile.capacity}{state}"))
        counts: dict[str, int] = defaultdict(int)
        for request in ctx.session.exec(
            select(MentorRequest).where(MentorRequest.community_id == ctx.community.id)
        ):
            counts[request.status] += 1
        reviews = len(
            ctx.session.exec(
                select(MentorMatch.id).where(
                    MentorMatch.community_id == ctx.community.id, MentorMatch.status == "proposed"
                )
            ).all()
        )
        summary = (
            f"{len(profiles)} mentor(s). Requests waiting: {counts['queued']}; "
            f"being matched: {counts['searching']}; matched: {counts['matched']}. "
            f"Proposals awaiting review: {reviews}."
        )
        return ctx.reply(summary, title="Mentors (load / capacity)", fields=tuple(sections[:25]))

    # -- scheduled work ------------------------------------------------------------------

    async def tick(self) -> None:
        """Kind notices left by /forgetme, queue retries, then week-later check-backs."""
        now = self.hearth.clock.now()
        outbox: dict[int, list[Action]] = defaultdict(list)
        with self.hearth.db.session() as session:
            for match in session.exec(
                select(MentorMatch).where(col(MentorMatch.notice_pending).is_not(None))
            ):
                who = match.mentor_id if match.notice_pending == "mentor" else match.mentee_id
                person = store.member_by_id(session, who)
                if person is not None:
                    outbox[match.community_id].append(
                        DirectMessage(
                            user_id=person.external_id, message=Message(text=texts.LEFT_KINDLY)
                        )
                    )
                match.notice_pending = None
                session.add(match)
            for community in session.exec(
                select(Community).where(
                    col(Community.id).in_(
                        select(MentorRequest.community_id).where(MentorRequest.status == "queued")
                    )
                )
            ):
                outbox[community.id].extend(self._retry_queue(session, community, now))  # type: ignore[index]
            for match in session.exec(
                select(MentorMatch).where(
                    col(MentorMatch.status).in_(("approved", "accepted_by_mentee")),
                    col(MentorMatch.approved_at) <= now - timedelta(days=self.settings.answer_days),
                )
            ).all():
                outbox[match.community_id].extend(self._expire(session, match, now))
            due = session.exec(
                select(MentorMatch).where(
                    MentorMatch.status == "active",
                    col(MentorMatch.check_back_sent_at).is_(None),
                    col(MentorMatch.check_back_due_at) <= now,
                )
            ).all()
            for match in due:
                match.check_back_sent_at = now  # at most once, even if delivery fails
                session.add(match)
                outbox[match.community_id].extend(self._check_back(session, match))
            communities = {
                c.id: (c.platform, c.external_id)
                for c in session.exec(select(Community).where(col(Community.id).in_(list(outbox))))
            }
        for community_id, actions in outbox.items():
            if actions and community_id in communities:
                platform, external_id = communities[community_id]
                log.info("mentors: delivering %d action(s) on %s", len(actions), platform)
                await self.hearth.deliver(platform, external_id, actions)

    def _expire(self, session: Session, match: MentorMatch, now: datetime) -> list[Action]:
        """The mentor never answered: no blame, offer the parent the next mentor."""
        close_match(session, match, "expired", "mentor", now)
        session.flush()
        log.info("mentor match %s expired unanswered", match.id)
        actions: list[Action] = []
        mentor = store.member_by_id(session, match.mentor_id)
        if mentor is not None:
            actions.append(
                DirectMessage(
                    user_id=mentor.external_id,
                    message=Message(
                        text="No need to answer the mentor proposal from a few days ago: we've "
                        "offered the parent someone else. Thank you for being a mentor."
                    ),
                )
            )
        request = store.request_of(session, match)
        community = session.get(Community, match.community_id)
        if request is not None and community is not None and request.status == "searching":
            actions.extend(
                self._propose(
                    session,
                    community,
                    request,
                    now,
                    note="The parent we suggested hasn't been able to answer; that's nobody's "
                    "fault.",
                )
            )
        return actions

    def _check_back(self, session: Session, match: MentorMatch) -> list[Action]:
        mentor = store.member_by_id(session, match.mentor_id)
        mentee = store.member_by_id(session, match.mentee_id)
        actions: list[Action] = []
        for person, other in ((mentor, mentee), (mentee, mentor)):
            if person is None:
                continue
            actions.append(
                DirectMessage(
                    user_id=person.external_id,
                    message=Message(
                        title="Checking in",
                        text="It's been a little while since I introduced you to "
                        f"{name_of(other)}. Did you manage to connect?",
                        buttons=texts.checkback_buttons(match.id),  # type: ignore[arg-type]
                    ),
                )
            )
        return actions

    # -- member data ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member, self.hearth.clock.now())


__all__ = ["MentorsFeature"]
