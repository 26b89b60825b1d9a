"""The digest's queries on rows written the way the features write them: what counts, in which
period, and the small-count rule all the way to the text organizers read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.checkins.models import CheckinResponse
from bot.digest import render, store
from bot.mentors.models import MentorRequest
from bot.moderation_review.models import DISMISSED, OPEN, CaseEvent, ModerationCase, SignalStat
from bot.onboarding.models import OnboardingProgress
from bot.storage.database import Database
from bot.storage.models import Community, Member

END = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def _seed(database: Database) -> int:
    with database.session() as s:
        community = Community(platform="test", external_id="c1", name="Oak group")
        s.add(community)
        s.flush()
        cid = community.id or 0
        old = [
            Member(community_id=cid, external_id=f"o{i}", created_at=END - 40 * DAY)
            for i in range(4)
        ]
        new = [
            Member(community_id=cid, external_id=f"n{i}", created_at=END - DAY) for i in range(2)
        ]
        s.add_all([*old, *new])
        s.flush()
        s.add(OnboardingProgress(member_id=new[0].id or 0, completed_at=END - DAY))
        for i, member in enumerate(old):  # this week 4 answers, a week earlier 1
            at = END - DAY
            s.add(
                CheckinResponse(
                    prompt_ref="s1-1", member_id=member.id or 0, mood=i + 2, updated_at=at
                )
            )
        s.add(
            CheckinResponse(
                prompt_ref="s1-0", member_id=old[0].id or 0, mood=1, updated_at=END - 8 * DAY
            )
        )
        request = MentorRequest(
            community_id=cid, member_id=new[1].id or 0, status="queued", created_at=END - 2 * DAY
        )
        s.add(request)
        crisis = ModerationCase(
            community_id=cid,
            number=1,
            decision="crisis",
            categories="crisis",
            status="resolved",
            created_at=END - DAY,
            acknowledged_at=END - DAY + timedelta(minutes=10),
        )
        kept = ModerationCase(
            community_id=cid,
            number=2,
            categories="abuse",
            status=DISMISSED,
            created_at=END - 2 * DAY,
        )
        hidden = [
            ModerationCase(
                community_id=cid,
                number=3 + i,
                categories="spam",
                status="resolved",
                created_at=END - 3 * DAY,
            )
            for i in range(3)
        ]
        older = ModerationCase(
            community_id=cid, number=9, categories="spam", status=OPEN, created_at=END - 20 * DAY
        )
        s.add_all([crisis, kept, *hidden, older])
        s.flush()
        s.add_all([CaseEvent(case_id=c.id or 0, kind="hidden") for c in hidden])
        s.add(SignalStat(community_id=cid, signal="spam/link", flagged=9, kept=4))
        s.add(SignalStat(community_id=cid, signal="abuse/insult", flagged=9, kept=2))
        return cid


def test_counts_from_stored_rows(database: Database) -> None:
    cid = _seed(database)
    with database.session() as session:
        data = store.collect(
            session,
            community_id=cid,
            community="Oak group",
            end=END,
            period=7 * DAY,
            weeks=8,
            floor=3,
        )
    assert data.weeks[-1].answered == 4 and data.weeks[-1].average == 3.5
    assert data.weeks[-2].answered == 1 and data.weeks[-2].average == 1.0
    assert data.onboarding == store.Onboarding(joined=2, started=1, finished=1)
    assert data.mentors.requested == 1 and data.mentors.waiting == 1 and data.mentors.matched == 0
    assert data.cases == {("crisis", "handled"): 1, ("abuse", "kept"): 1, ("spam", "hidden"): 3}
    assert data.crisis == store.Crisis(alerts=1, ack_minutes=(10.0,), unacknowledged=0)
    assert [s.name for s in data.signals] == ["spam/link"]  # kept twice: not a pattern yet


def test_small_counts_reach_organizers_as_fewer_than_three(database: Database) -> None:
    cid = _seed(database)
    with database.session() as session:
        data = store.collect(
            session,
            community_id=cid,
            community="Oak group",
            end=END,
            period=7 * DAY,
            weeks=8,
            floor=3,
        )
    text = render.message(data, images=False).plain()
    assert "4 members answered, average mood 3.5 of 5." in text  # the week before: 1 answer
    assert "1.0" not in text
    assert "fewer than 3 joined; fewer than 3 started onboarding, fewer than 3 finished" in text
    assert "spam 3" in text and "abuse fewer than 3" in text and "hidden 3" in text
    assert "Crisis alerts: fewer than 3 this period; still unacknowledged: none." in text
    assert "10 min" not in text  # one person's wait for care
    assert "o1" not in text and "n0" not in text
