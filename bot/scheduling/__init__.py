"""Scheduling: recurrence rules, the due/misfire decision, and the APScheduler driver.

Schedule definitions live in each feature's own tables with a ``next_fire_at`` column. The
decision "what is due now, and what was missed" is :func:`bot.scheduling.due.check`, run
against ``hearth.clock.now()``: tests drive it with a FakeClock and ``hearth.tick()``, and in
production APScheduler (``bot.scheduling.scheduler``) wakes the same code at the right moment.
"""

from bot.scheduling.due import Decision, check
from bot.scheduling.rules import Rule, RuleError, next_fire, parse_rule, personal_rule

__all__ = ["Decision", "Rule", "RuleError", "check", "next_fire", "parse_rule", "personal_rule"]
