"""The Slack platform: Hearth as a slack-bolt app (Socket Mode or signed HTTP requests).

Credentials come from the environment only: ``SLACK_BOT_TOKEN`` (xoxb-), ``SLACK_APP_TOKEN``
(xapp-, Socket Mode), ``SLACK_SIGNING_SECRET`` (HTTP mode) and the optional
``SLACK_ADMIN_USER_TOKEN`` (xoxp-, lets moderators hide other people's messages).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from adapters.slack.adapter import SlackAdapter
from adapters.slack.cli import slack as slack_cli
from adapters.slack.settings import SlackConfig

if TYPE_CHECKING:
    from bot.app import Hearth
    from bot.config import Config

log = logging.getLogger(__name__)


class SlackPlatform:
    name = "slack"
    description = "Slack workspace through a slack-bolt app (Socket Mode or HTTP)"
    config_model = SlackConfig
    cli = slack_cli

    def credentials_present(self, environ: Mapping[str, str]) -> bool:
        return bool(environ.get("SLACK_BOT_TOKEN")) and bool(
            environ.get("SLACK_APP_TOKEN") or environ.get("SLACK_SIGNING_SECRET")
        )

    def adapter(
        self, hearth: Hearth, config: Config, environ: Mapping[str, str] | None = None
    ) -> SlackAdapter:
        env = os.environ if environ is None else environ
        settings = config.platform("slack") or SlackConfig()
        if settings.mode == "http" and not env.get("SLACK_SIGNING_SECRET"):
            raise RuntimeError("Slack HTTP mode needs SLACK_SIGNING_SECRET in the environment")
        if settings.mode == "socket" and not env.get("SLACK_APP_TOKEN"):
            raise RuntimeError("Slack Socket Mode needs SLACK_APP_TOKEN (xapp-) in the environment")
        return SlackAdapter(
            hearth,
            settings,
            bot_token=env["SLACK_BOT_TOKEN"],
            signing_secret=env.get("SLACK_SIGNING_SECRET"),
            app_token=env.get("SLACK_APP_TOKEN"),
            admin_token=env.get("SLACK_ADMIN_USER_TOKEN"),
        )

    async def run(self, hearth: Hearth, config: Config) -> None:
        try:
            adapter = self.adapter(hearth, config)
        except RuntimeError as exc:
            log.error("%s", exc)
            return
        await adapter.serve()


platform = SlackPlatform()

__all__ = ["SlackAdapter", "SlackConfig", "SlackPlatform", "platform"]
