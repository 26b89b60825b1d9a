"""The console platform: try Hearth in a terminal, as several people at once."""

from __future__ import annotations

import io
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
        stdin = stdin or tolerant_stdin()  # a pipe or terminal is read as bytes anyway
        adapter = ConsoleAdapter(
            hearth,
            config,
            stdout or tolerant_stdout(),
            echo=(not stdin.isatty()) if echo is None else echo,
        )
        await adapter.run(stdin)


def tolerant_stdin() -> IO[str]:
    """Standard input as UTF-8 whatever the locale; bytes that are not UTF-8 become U+FFFD
    instead of a UnicodeDecodeError that ends the console."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace")


def tolerant_stdout() -> IO[str]:
    """Standard output that never fails to encode (a character the terminal's encoding lacks
    is shown as ``?``)."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    return sys.stdout


platform = ConsolePlatform()

__all__ = ["ConsoleAdapter", "ConsolePlatform", "platform"]
