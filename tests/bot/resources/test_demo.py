"""The demo tour shows a parent's suggestion approved by a moderator and then found."""

from __future__ import annotations

import subprocess
import sys


def test_demo_shows_a_suggestion_approved_then_found() -> None:
    # a process of its own: the demo quiets logging globally, which would leak into other tests
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo"], capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    suggested = out.index("maria: /resources suggest https://parking.example.org/passes")
    approved = out.index("Approved: “Hospital parking passes” is in the directory now.")
    found = out.index("sam: /resources parking")
    assert suggested < approved < found
    after = out[found:]
    assert "• Hospital parking passes <https://parking.example.org/passes>" in after
    assert "(Suggested by a parent, reviewed by a moderator on " in after
    assert "[#general → sam, only they see] hearth: Resources for “parking”" in after
