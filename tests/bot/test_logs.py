"""Error logs keep the frames of a traceback but never what a person typed."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from bot.actions import Reply
from bot.app import SORRY, Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.context import Context
from bot.feature import Feature
from bot.logs import WITHHELD, configure
from bot.router import OptionSpec, Router
from bot.storage.database import Database
from bot.storage.models import Community
from tests.support.recording import RecordingAdapter, only

SECRET = "my son's scan results came back"


class Failing(Feature):
    name = "failing"

    def register(self, router: Router) -> None:
        router.command(
            "boom", "Fails with the person's words", options=(OptionSpec("text", "", rest=True),)
        )(self.boom)

    async def boom(self, ctx: Context) -> None:
        try:
            raise KeyError(ctx.options["text"])
        except KeyError as exc:
            raise ValueError(f"could not open /data/{ctx.options['text']}") from exc


@pytest.fixture
def logs(capsys: pytest.CaptureFixture[str]) -> Iterator[pytest.CaptureFixture[str]]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield capsys
    root.handlers[:], root.level = handlers, level


async def test_handler_failure_is_logged_without_the_words(
    config: Config, database: Database, clock: FakeClock, logs: pytest.CaptureFixture[str]
) -> None:
    hearth = Hearth(config, database, clock=clock, features=["tests.bot.test_logs:Failing"])
    configure("INFO")  # after capture started: the handler writes to the captured stderr
    reply = only(await RecordingAdapter(hearth).command("maria", f"/boom {SECRET}"), Reply)
    assert reply.message.text == SORRY
    err = logs.readouterr().err
    assert "handler failed for CommandInvoked" in err
    assert "in boom" in err and "Traceback (most recent call last)" in err
    assert "builtins.ValueError: " + WITHHELD in err and "builtins.KeyError" in err
    assert SECRET not in err


def test_verbose_logging_keeps_messages(logs: pytest.CaptureFixture[str]) -> None:
    configure("DEBUG")
    try:
        raise ValueError("detail for debugging")
    except ValueError:
        logging.getLogger("x").exception("failed")
    assert "ValueError: detail for debugging" in logs.readouterr().err


def test_database_errors_hide_statement_parameters(database: Database) -> None:
    with database.engine.connect() as conn:
        conn.execute(insert(Community).values(id=1, platform="p", external_id="one", name=""))
        with pytest.raises(IntegrityError) as caught:
            conn.execute(insert(Community).values(id=1, platform="p", external_id=SECRET, name=""))
        conn.rollback()
    assert SECRET not in str(caught.value)
    assert "hidden due to hide_parameters" in str(caught.value)
