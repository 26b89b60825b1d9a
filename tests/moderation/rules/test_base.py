"""The window reader shared by the readings by parts."""

from __future__ import annotations

from moderation.rules.base import sentence_windows, windows_read


def test_sentence_windows_are_each_sentence_then_each_neighbouring_pair() -> None:
    text = "One. Two! Three?"
    spans = [text[s:e].strip() for s, e in sentence_windows(text)]
    assert spans == ["One.", "Two!", "Three?", "One. Two!", "Two! Three?"]


def test_a_window_read_is_not_read_again_inside_or_around() -> None:
    text = "calm here. angry here. calm again."
    found = windows_read(text, lambda w: "angry" if "angry" in w else None)
    assert [(text[s:e], d) for s, e, d in found] == [("angry here.", "angry")]


def test_the_reading_spans_two_sentences_when_it_needs_both() -> None:
    text = "first part. second part."
    found = windows_read(text, lambda w: "both" if "first" in w and "second" in w else None)
    assert [text[s:e] for s, e, _ in found] == ["first part. second part."]
