import io

from moderation.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_lines_when_not_a_terminal():
    out = io.StringIO()
    with Progress(10, "assessing", stream=out, interval=0.0) as bar:
        for _ in range(10):
            bar.update()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("assessing: 1/10") and "left" in lines[0]
    assert lines[-1].startswith("assessing: 10/10 (100%)") and "left" not in lines[-1]


def test_bar_on_a_terminal_redraws_one_line():
    out = FakeTerminal()
    bar = Progress(4, "embedding", stream=out)
    bar.interval = 0.0
    for _ in range(4):
        bar.update()
    bar.close()
    text = out.getvalue()
    assert text.count("\r") == 5 and text.endswith("\n") and "[" + "#" * 30 + "]" in text


def test_quiet_when_disabled_or_nothing_done():
    out = io.StringIO()
    Progress(3, "x", stream=out, interval=0.0, enabled=False).update(3)
    Progress(3, "y", stream=out).close()
    assert out.getvalue() == ""
