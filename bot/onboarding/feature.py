"""Onboarding: a private welcome, the organizer's questions one at a time, and ``/profile``.

A member is welcomed when they join, when they first speak without ever having been welcomed,
or when they type ``/start``. Progress is stored (``onboarding_progress``), so a member who
went away, or a bot that restarted, picks up at the same question; a reminder goes out after
``reminder_after_hours`` of silence, at most ``max_reminders`` times. Accepting the guidelines
(the one ``agreement`` question) records consent; once every required question is answered the
member is onboarded, leaves the newcomer role and gets the roles their answers map to.

Other features read answers through :meth:`OnboardingFeature.answers` and
:meth:`OnboardingFeature.stage` (check-ins never send upbeat prompts to bereaved families).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from bot.actions import Action, AssignRole, DirectMessage, OpenForm, Reply
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted, MessagePosted
from bot.feature import Feature
from bot.messages import Message
from bot.onboarding import member_data, render, store
from bot.onboarding.models import OnboardingAnswer, OnboardingProgress
from bot.onboarding.settings import (
    MEMBER_FIELDS,
    SHARE_KEY,
    OnboardingConfig,
    QuestionConfig,
)
from bot.onboarding.summary import summary
from bot.roles import Role
from bot.router import Result, Router
from bot.storage.batches import in_batches
from bot.storage.models import Community, Member
from bot.timezones import normalise, suggest

log = logging.getLogger(__name__)


def private(message: Message) -> Reply:
    """A private reply carrying a whole message (buttons, fields...)."""
    return Reply(message=message, ephemeral=True)


NOT_REGION = {"other", "prefer_not_to_say"}


class OnboardingFeature(Feature):
    name = "onboarding"

    @property
    def settings(self) -> OnboardingConfig:
        return self.hearth.config.onboarding

    @property
    def questions(self) -> list[QuestionConfig]:
        return self.settings.questions

    def register(self, router: Router) -> None:
        router.command(
            "start",
            "Start (or pick up) the welcome questions",
        )(self.start_command)
        router.command(
            "profile",
            "See and change your answers to the welcome questions (only you see them)",
        )(self.profile_command)
        router.group("onboarding", "Onboarding for organizers")
        router.command(
            "onboarding summary",
            "How members answered the welcome questions (counts only; private ones protected)",
            role=Role.ORGANIZER,
        )(self.summary_command)
        router.component("onboard")(self.pressed)
        router.form("onboard")(self.submitted)
        router.on_join(self.joined)
        router.on_message(self.spoke)

    # -- what other features read ---------------------------------------------------------

    def answers(self, session: Session, member: Member) -> dict[str, Any]:
        """The member's answers by meaning (``maps_to``, else the question id): a string, or a
        list for multiple-choice questions, plus what chosen options ``sets``. Skipped
        questions are absent."""
        meanings: dict[str, Any] = {}
        stored = store.answers(session, member)
        for question in self.questions:
            row = stored.get(question.id)
            if row is None or not row.values or question.kind == "agreement":
                continue
            meanings.update(_meanings(question, row.values))
        return meanings

    def stage(self, session: Session, member: Member) -> str | None:
        """Where the family is (``newly_diagnosed``, ``in_treatment``, ``off_treatment``,
        ``bereaved``...), or None if not known."""
        value = self.answers(session, member).get("stage")
        return value if isinstance(value, str) else None

    def shares_with_organizers(self, session: Session, member: Member) -> bool:
        return self.answers(session, member).get(SHARE_KEY) == "yes"

    def roles_for(self, session: Session, member: Member) -> list[str]:
        """Platform roles this member's answers gave them (for removal on /forgetme)."""
        stored = store.answers(session, member)
        roles: list[str] = []
        for question in self.questions:
            row = stored.get(question.id)
            if row is not None:
                roles.extend(_roles(question, row.values))
        return roles

    # -- data rights ----------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member, self.settings)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member)

    # -- welcome --------------------------------------------------------------------------

    async def joined(self, ctx: Context) -> Result:
        if not self.settings.enabled:
            return None
        if ctx.member.onboarded:
            # Rejoining: platforms drop roles when someone leaves; give theirs back.
            if not ctx.capabilities.roles:
                return None
            user = ctx.event.actor.user_id
            return [
                AssignRole(user_id=user, role=r) for r in self.roles_for(ctx.session, ctx.member)
            ]
        return self._welcome(ctx, joined=True)

    async def spoke(self, ctx: Context) -> Result:
        settings = self.settings
        if (
            not settings.enabled
            or not settings.welcome_on_first_message
            or ctx.role >= Role.MODERATOR
            or ctx.member.onboarded
            or store.progress(ctx.session, ctx.member) is not None
            or self._flagged(ctx)
        ):
            return None
        return self._welcome(ctx, joined=False)

    def _flagged(self, ctx: Context) -> bool:
        """Did moderation just open a case on this message (a crisis, an insult)? Then this is
        no moment for a cheerful welcome; it waits for their next ordinary message or /start."""
        if "moderation" not in self.hearth.features:
            return False
        from bot.moderation_review.models import ModerationCase

        event = ctx.event
        assert isinstance(event, MessagePosted)
        case = ctx.session.exec(
            select(ModerationCase.id).where(
                ModerationCase.community_id == ctx.community.id,
                ModerationCase.message_id == event.message_id,
                ModerationCase.author_id == ctx.member.id,
            )
        ).first()
        return case is not None

    async def start_command(self, ctx: Context) -> Result:
        if not self.settings.enabled:
            raise UserError("Onboarding is switched off in this community.")
        progress = store.progress(ctx.session, ctx.member)
        if ctx.member.onboarded and (progress is None or progress.completed_at is not None):
            return ctx.reply(
                "You're all set: you answered the welcome questions already. "
                "/profile shows your answers and lets you change them."
            )
        actions = self._welcome(ctx, joined=False)
        if ctx.event.place.direct:
            return [private(a.message) if isinstance(a, DirectMessage) else a for a in actions]
        return [*actions, ctx.reply("I've sent you a private message with the welcome questions.")]

    def _welcome(self, ctx: Context, *, joined: bool) -> list[Action]:
        """Welcome (or welcome back) the member and put the current question to them."""
        progress = store.progress(ctx.session, ctx.member)
        actions: list[Action] = []
        resuming = progress is not None
        if progress is None:
            progress = OnboardingProgress(
                member_id=ctx.member.id,  # type: ignore[arg-type]
                channel=ctx.event.place.channel_id,
                started_at=ctx.now,
                last_prompt_at=ctx.now,
            )
            ctx.session.add(progress)
        if joined and self.settings.newcomer_role and ctx.capabilities.roles:
            actions.append(
                AssignRole(user_id=ctx.event.actor.user_id, role=self.settings.newcomer_role)
            )
            progress.newcomer_role = True
        stored = store.answers(ctx.session, ctx.member)
        question = self._resume_question(progress, stored)
        if question is None:
            # Everything answered already (questions unchanged since): just finish.
            return actions + self._complete(ctx, progress)
        progress.current_question = question.id
        progress.last_prompt_at = ctx.now
        name = self.hearth.config.community.name
        if resuming and stored:
            heading = "Welcome back"
            intro = (
                f"Let's carry on where you stopped ({len(stored)} of "
                f"{len(self.questions)} answered)."
            )
        else:
            heading = f"Welcome to {name}"
            intro = (
                f"{self.settings.welcome}\n"
                "Answer with the buttons below; /start picks up where you stopped at any time."
            )
        message = self._question_message(ctx, question, intro=intro, heading=heading)
        log.info("onboarding prompt for member %s (question %s)", ctx.member.id, question.id)
        actions.append(
            DirectMessage(
                user_id=ctx.event.actor.user_id,
                message=message,
                fallback_channel=ctx.event.place.channel_id,
            )
        )
        return actions

    def _done_ids(self, stored: dict[str, OnboardingAnswer]) -> set[str]:
        """Questions settled: answered, or skipped when optional."""
        return {
            q.id
            for q in self.questions
            if q.id in stored and (stored[q.id].values or not q.required)
        }

    def _resume_question(
        self, progress: OnboardingProgress, stored: dict[str, OnboardingAnswer]
    ) -> QuestionConfig | None:
        """The question to put again: the current one while it is open (a multiple-choice
        question stays open until Done), else the next unsettled one."""
        done = self._done_ids(stored)
        current = self.settings.question(progress.current_question or "")
        if current is not None and (current.id not in done or current.kind == "multiple"):
            return current
        return store.next_question(self.questions, done, after=progress.current_question)

    def _question_message(
        self,
        ctx: Context | None,
        question: QuestionConfig,
        *,
        mode: str = "answer",
        intro: str = "",
        selected: list[str] | None = None,
        known_timezone: str | None = None,
        heading: str | None = None,
    ) -> Message:
        number = next(i for i, q in enumerate(self.questions, start=1) if q.id == question.id)
        if ctx is not None and known_timezone is None:
            known_timezone = ctx.event.actor.timezone or ctx.member.timezone
        return render.question_message(
            question,
            number=number,
            total=len(self.questions),
            mode=mode,
            selected=selected,
            intro=intro,
            heading=heading,
            guidelines_url=self.hearth.config.community.guidelines_url,
            known_timezone=normalise(known_timezone) if known_timezone else None,
        )

    # -- answers --------------------------------------------------------------------------

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        parts = event.action_id.split(":")
        verb = parts[1] if len(parts) > 1 else ""
        if event.action_id == "onboard:link":
            return None  # a link button: the platform opened the page, nothing to answer
        if len(parts) < 3:
            raise UserError("That button is no longer in use.")
        question = self.settings.question(parts[2])
        if question is None:
            raise UserError("That question is no longer asked; /profile shows the current ones.")
        rest = parts[3:]
        if verb in ("answer", "change"):
            values = (":".join(rest),) if rest else tuple(event.values)
            return self._answer(ctx, question, verb, list(values), from_select=not rest)
        mode = "change" if rest[-1:] == ["change"] else "answer"
        if verb == "done":
            return self._done(ctx, question, mode)
        if verb == "skip":
            if question.required:
                raise UserError("This one is needed, sorry: it can't be skipped.")
            store.save(ctx.session, ctx.member, question.id, [], ctx.now)
            return self._after_answer(ctx, question, mode, old_values=None)
        if verb == "form":
            stored = store.answers(ctx.session, ctx.member).get(question.id)
            default = (
                stored.value
                if stored
                else (ctx.event.actor.timezone or "" if question.kind == "timezone" else "")
            )
            return OpenForm(form=render.answer_form(question, mode, default=default))
        if verb == "edit":
            stored = store.answers(ctx.session, ctx.member).get(question.id)
            return private(
                self._question_message(
                    ctx, question, mode="change", selected=stored.values if stored else []
                )
            )
        raise UserError("That button is no longer in use.")

    async def submitted(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        parts = event.form_id.split(":")
        mode = parts[1] if len(parts) > 1 and parts[1] in ("answer", "change") else "answer"
        question = self.settings.question(parts[2]) if len(parts) > 2 else None
        if question is None or question.kind not in ("text", "timezone"):
            raise UserError("That form is no longer in use; /profile shows the current questions.")
        typed = (event.values.get("answer") or "").strip()
        return self._answer(ctx, question, mode, [typed] if typed else [], from_select=False)

    def _answer(
        self,
        ctx: Context,
        question: QuestionConfig,
        mode: str,
        values: list[str],
        *,
        from_select: bool,
    ) -> Result:
        values = [v for v in values if v]
        existing = store.answers(ctx.session, ctx.member).get(question.id)
        old = existing.values if existing else None
        if question.kind in ("single", "multiple"):
            unknown = [v for v in values if question.option(v) is None]
            if unknown or not values:
                raise UserError("That choice is no longer offered; please choose again.")
            if question.kind == "multiple":
                chosen = list(old or [])
                if from_select:
                    chosen = values  # a multi-select menu sends the whole choice at once
                else:
                    for value in values:
                        if value in chosen:
                            chosen.remove(value)
                        else:
                            chosen.append(value)
                chosen = [o.value for o in question.options if o.value in chosen]
                store.save(ctx.session, ctx.member, question.id, chosen, ctx.now)
                self._progress_touch(ctx)
                return private(self._question_message(ctx, question, mode=mode, selected=chosen))
            values = values[:1]
        elif question.kind == "timezone":
            if not values:
                if question.required:
                    raise UserError("Please enter your time zone, e.g. Europe/London.")
            else:
                zone = normalise(values[0])
                if zone is None:
                    return private(
                        render.timezone_problem(question, values[0], suggest(values[0]), mode)
                    )
                values = [zone]
        elif question.kind == "text":
            if not values and question.required:
                raise UserError("This one is needed, sorry: please type an answer.")
            values = [values[0][:500]] if values else []
        else:  # agreement
            if values != [render.AGREE]:
                raise UserError("Press “I agree” to accept the guidelines.")
        store.save(ctx.session, ctx.member, question.id, values, ctx.now)
        self._apply_member_fields(ctx.member, question, values)
        if question.kind == "agreement":
            ctx.member.consent = True  # the member agreed to Hearth storing their answers
            ctx.member.updated_at = ctx.now
        return self._after_answer(ctx, question, mode, old_values=old)

    def _done(self, ctx: Context, question: QuestionConfig, mode: str) -> Result:
        row = store.answers(ctx.session, ctx.member).get(question.id)
        chosen = row.values if row else []
        if question.required and not chosen:
            raise UserError("Please choose at least one, then press Done.")
        if row is None:
            store.save(ctx.session, ctx.member, question.id, [], ctx.now)
        self._apply_member_fields(ctx.member, question, chosen)
        # Roles of a multiple question are settled here, against what was held before.
        return self._after_answer(ctx, question, mode, old_values=None, settle_roles=True)

    def _progress_touch(self, ctx: Context) -> None:
        progress = store.progress(ctx.session, ctx.member)
        if progress is not None and progress.completed_at is None:
            progress.last_prompt_at = ctx.now

    def _after_answer(
        self,
        ctx: Context,
        question: QuestionConfig,
        mode: str,
        *,
        old_values: list[str] | None,
        settle_roles: bool = False,
    ) -> Result:
        progress = store.progress(ctx.session, ctx.member)
        finished = ctx.member.onboarded and (progress is None or progress.completed_at is not None)
        if mode == "change" or finished:
            actions: list[Action] = []
            if ctx.member.onboarded:
                actions.extend(self._role_changes(ctx, question, old_values, settle_roles))
            actions.append(private(self._profile(ctx, note=f"Saved: {question.title}.")))
            return actions
        if progress is None:
            progress = OnboardingProgress(
                member_id=ctx.member.id,  # type: ignore[arg-type]
                channel=ctx.event.place.channel_id,
                started_at=ctx.now,
            )
            ctx.session.add(progress)
        stored = store.answers(ctx.session, ctx.member)
        following = store.next_question(self.questions, self._done_ids(stored), after=question.id)
        if following is None:
            return self._complete(ctx, progress)
        progress.current_question = following.id
        progress.last_prompt_at = ctx.now
        selected = stored[following.id].values if following.id in stored else []
        return private(self._question_message(ctx, following, selected=selected))

    def _complete(self, ctx: Context, progress: OnboardingProgress) -> list[Action]:
        member = ctx.member
        member.onboarded = True
        member.consent = True
        member.updated_at = ctx.now
        progress.completed_at = ctx.now
        progress.current_question = None
        actions: list[Action] = []
        user = ctx.event.actor.user_id
        if ctx.capabilities.roles:
            if self.settings.newcomer_role:
                # Removed even if Hearth did not give it (removing a role not held is a no-op),
                # so nobody stays stuck without posting rights.
                actions.append(
                    AssignRole(user_id=user, role=self.settings.newcomer_role, remove=True)
                )
                progress.newcomer_role = False
            for role in self.roles_for(ctx.session, member):
                actions.append(AssignRole(user_id=user, role=role))
        log.info("onboarding completed for member %s", member.id)
        actions.append(
            ctx.reply(
                "Thank you, you're all set and welcome to the group. "
                "/profile shows or changes your answers; /resources finds trusted information; "
                "/help lists everything else.",
                title="Welcome aboard",
            )
        )
        return actions

    def _role_changes(
        self,
        ctx: Context,
        question: QuestionConfig,
        old_values: list[str] | None,
        settle_roles: bool,
    ) -> list[Action]:
        if not ctx.capabilities.roles:
            return []
        row = store.answers(ctx.session, ctx.member).get(question.id)
        new = set(_roles(question, row.values if row else []))
        if settle_roles:
            # multiple-choice: we do not know what was held; assign current, remove the rest
            old = set(_roles(question, [o.value for o in question.options])) - new
            return [
                AssignRole(user_id=ctx.event.actor.user_id, role=r, remove=True)
                for r in sorted(old)
            ] + [AssignRole(user_id=ctx.event.actor.user_id, role=r) for r in sorted(new)]
        old = set(_roles(question, old_values or []))
        user = ctx.event.actor.user_id
        return [AssignRole(user_id=user, role=r, remove=True) for r in sorted(old - new)] + [
            AssignRole(user_id=user, role=r) for r in sorted(new - old)
        ]

    @staticmethod
    def _apply_member_fields(member: Member, question: QuestionConfig, values: list[str]) -> None:
        meanings = _meanings(question, values)
        if question.maps_to in MEMBER_FIELDS and not values:
            meanings[question.maps_to] = None
        if "region" in meanings:
            region = meanings["region"]
            member.region = (
                str(region).upper()[:8]
                if region and str(region).lower() not in NOT_REGION
                else None
            )
        if "timezone" in meanings:
            member.timezone = normalise(str(meanings["timezone"])) if meanings["timezone"] else None

    # -- profile and summary --------------------------------------------------------------

    def _profile(self, ctx: Context, note: str = "") -> Message:
        stored = store.answers(ctx.session, ctx.member)
        return render.profile_message(
            self.questions,
            {qid: row.values for qid, row in stored.items()},
            onboarded=ctx.member.onboarded,
            timezone=ctx.member.timezone,
            region=ctx.member.region,
            note=note,
        )

    async def profile_command(self, ctx: Context) -> Result:
        return private(self._profile(ctx))

    async def summary_command(self, ctx: Context) -> Result:
        return private(summary(ctx.session, ctx.community.id, self.settings))  # type: ignore[arg-type]

    # -- time -----------------------------------------------------------------------------

    async def tick(self) -> None:
        now = self.hearth.clock.now()
        self._purge(now)
        if self.settings.enabled and self.settings.max_reminders:
            await self._remind(now)

    def _purge(self, now: datetime) -> None:
        days = self.hearth.config.privacy.unfinished_onboarding_retention_days
        if not days:
            return
        before = now - timedelta(days=days)
        purged = in_batches(
            self.hearth.db, lambda session, size: store.purge_unfinished(session, before, size)
        )
        if purged:
            log.info("purged unfinished onboarding of %d member(s)", purged)

    async def _remind(self, now: datetime) -> None:
        due_before = now - timedelta(hours=self.settings.reminder_after_hours)
        platforms = set(self.hearth.platforms())
        sends: list[tuple[str, str, DirectMessage]] = []
        with self.hearth.db.session() as session:
            rows = session.exec(
                select(OnboardingProgress, Member, Community)
                .join(Member, col(Member.id) == OnboardingProgress.member_id)
                .join(Community, col(Community.id) == Member.community_id)
                .where(
                    col(OnboardingProgress.completed_at).is_(None),
                    OnboardingProgress.reminders_sent < self.settings.max_reminders,
                    OnboardingProgress.last_prompt_at <= due_before,
                    col(Community.platform).in_(platforms),
                )
            ).all()
            for progress, member, community in rows:
                stored = store.answers(session, member)
                question = self._resume_question(progress, stored)
                if question is None:
                    continue
                # Counted before sending: a crash between the two never sends a third reminder.
                progress.reminders_sent += 1
                progress.last_prompt_at = now
                progress.current_question = question.id
                last = progress.reminders_sent >= self.settings.max_reminders
                intro = (
                    "Hello again. Your welcome questions are waiting whenever you're ready; "
                    "here is where you stopped."
                    + (
                        " (This is the last reminder; /start brings them back any time.)"
                        if last
                        else ""
                    )
                )
                selected = stored[question.id].values if question.id in stored else []
                message = self._question_message(
                    None, question, intro=intro, selected=selected, known_timezone=member.timezone
                )
                sends.append(
                    (
                        community.platform,
                        community.external_id,
                        DirectMessage(
                            user_id=member.external_id, message=message, fallback_channel=None
                        ),
                    )
                )
        for platform, community_id, action in sends:
            outcomes = await self.hearth.deliver(platform, community_id, [action])
            if any(not o.ok for o in outcomes):
                log.info("onboarding reminder not delivered on %s", platform)
        if sends:
            log.info("sent %d onboarding reminder(s)", len(sends))


def _meanings(question: QuestionConfig, values: list[str]) -> dict[str, Any]:
    meanings: dict[str, Any] = {}
    if values:
        key = question.maps_to or question.id
        meanings[key] = list(values) if question.kind == "multiple" else values[0]
    for value in values:
        option = question.option(value)
        if option is not None:
            meanings.update(option.sets)
    return meanings


def _roles(question: QuestionConfig, values: list[str]) -> list[str]:
    roles = []
    for value in values:
        option = question.option(value)
        if option is not None and option.role:
            roles.append(option.role)
    return roles


__all__ = ["OnboardingAnswer", "OnboardingFeature"]
