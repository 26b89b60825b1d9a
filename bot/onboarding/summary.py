"""``/onboarding summary`` for organizers: counts per answer, privacy first.

Only members who finished onboarding (and so consented to their answers being kept) are
counted. For private questions, answers given by fewer than ``summary_min_count`` members are
hidden together (neither their counts nor which answers they are), and no "answered" or
"skipped" total is shown (it would let the hidden counts be worked out); individual private
answers appear only for members who chose to share them with organizers.
"""

from __future__ import annotations

from collections import Counter

from sqlmodel import Session, col, select

from bot.messages import Field, Message, Section
from bot.onboarding.models import OnboardingAnswer, OnboardingProgress
from bot.onboarding.settings import SHARE_KEY, OnboardingConfig, QuestionConfig
from bot.storage.models import Member


def _count(n: int, private: bool, minimum: int) -> str:
    return f"fewer than {minimum}" if private and 0 < n < minimum else str(n)


def summary(session: Session, community_id: int, config: OnboardingConfig) -> Message:
    finished = session.exec(
        select(Member)
        .join(OnboardingProgress, col(OnboardingProgress.member_id) == Member.id)
        .where(
            Member.community_id == community_id,
            col(OnboardingProgress.completed_at).is_not(None),
            col(Member.consent).is_(True),
        )
    ).all()
    in_progress = len(
        session.exec(
            select(OnboardingProgress.member_id)
            .join(Member, col(Member.id) == OnboardingProgress.member_id)
            .where(
                Member.community_id == community_id,
                col(OnboardingProgress.completed_at).is_(None),
            )
        ).all()
    )
    ids = [m.id for m in finished]
    rows = (
        session.exec(select(OnboardingAnswer).where(col(OnboardingAnswer.member_id).in_(ids))).all()
        if ids
        else []
    )
    by_question: dict[str, list[OnboardingAnswer]] = {}
    for row in rows:
        by_question.setdefault(row.question_id, []).append(row)
    share_question = next((q for q in config.questions if q.maps_to == SHARE_KEY), None)
    sharing = {
        row.member_id
        for row in by_question.get(share_question.id if share_question else "", [])
        if row.values == ["yes"]
    }
    minimum = config.summary_min_count
    fields = [
        Field(q.title, _line(q, by_question.get(q.id, []), minimum), inline=False)
        for q in config.questions
        if q.kind != "agreement"
    ]
    sections = _shared(config.questions, by_question, {m.id: m for m in finished}, sharing)
    return Message(
        title="Onboarding summary",
        text=f"{len(finished)} member(s) finished onboarding; {in_progress} in progress.",
        fields=tuple(fields),
        sections=sections,
        footer=f"Private questions hide answers given by fewer than {minimum} members. "
        "Typed answers are never shown here.",
    )


def _line(question: QuestionConfig, rows: list[OnboardingAnswer], minimum: int) -> str:
    answered = [r for r in rows if r.values]
    if question.kind == "text":
        return f"{_count(len(answered), question.private, minimum)} answered"
    counts: Counter[str] = Counter()
    for row in answered:
        counts.update(row.values)
    if not counts:
        return "no answers yet"
    if question.kind == "timezone":
        ranked = list(counts.most_common(10))
    else:
        ranked = [(o.value, counts[o.value]) for o in question.options]
    if question.private:
        # Small counts are not shown, and neither is WHICH answers they are: with few members,
        # "Brain / CNS: fewer than 3" would still tell organizers someone's diagnosis.
        shown = [(v, n) for v, n in ranked if n >= minimum]
        parts = [f"{question.label_of(v)}: {n}" for v, n in shown]
        if len(shown) < sum(1 for _, n in ranked if n):
            parts.append(f"other answers hidden (fewer than {minimum} each)")
        return " · ".join(parts)
    parts = [f"{question.label_of(v)}: {n}" for v, n in ranked if n]
    parts.append(f"skipped: {len(rows) - len(answered)}")
    return " · ".join(parts)


def _shared(
    questions: list[QuestionConfig],
    by_question: dict[str, list[OnboardingAnswer]],
    members: dict[int | None, Member],
    sharing: set[int],
) -> tuple[Section, ...]:
    """Private answers of members who said organizers may see them."""
    lines = []
    for question in questions:
        if not question.private:
            continue
        for row in by_question.get(question.id, []):
            if row.member_id in sharing and row.values and question.kind != "text":
                name = members[row.member_id].display_name or "a member"
                lines.append(
                    f"{name}: {question.title}: {', '.join(map(question.label_of, row.values))}"
                )
    if not lines:
        return ()
    return (
        Section(
            "\n".join(sorted(lines)),
            title="Shared with organizers by the members themselves",
        ),
    )
