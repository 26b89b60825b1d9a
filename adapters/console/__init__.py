"""The console platform: try Hearth in a terminal, as several people at once."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING

from adapters.console.adapter import ConsoleAdapter

if TYPE_CHECKING:
    from bot.app import Hearth
    from bot.config import Config


class ConsolePlatform:
    name = "console"
    description = "Local console over stdin/stdout (the embedded default; needs no credentials)"
    config_model = None  # the [console] section is part of the core config
    cli = None

    def credentials_present(self, environ: Mapping[str, str]) -> bool:
        return True

    async def run(
        self,
        hearth: Hearth,
        config: Config,
        *,
        stdin: IO[str] | None = None,
        stdout: IO[str] | None = None,
        echo: bool | None = None,
    ) -> None:
        stdin = stdin or sys.stdin
        adapter = ConsoleAdapter(
            hearth,
            config,
            stdout or sys.stdout,
            echo=(not stdin.isatty()) if echo is None else echo,
        )
        await adapter.run(stdin)


platform = ConsolePlatform()

__all__ = ["ConsoleAdapter", "ConsolePlatform", "platform"]
