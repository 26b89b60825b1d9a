"""The whole-text model's agreement line: the lowest within the benign budget."""

from __future__ import annotations

from moderation.training.agreement import best_box, eligible, from_grid, lowest_agreeing


def test_the_line_is_the_lowest_grid_score_within_budget() -> None:
    scores = [0.70, 0.71, 0.72, 0.60, 0.80, 0.1, 0.1, 0.1, 0.1, 0.1]
    model = [0.45, 0.35, 0.25, 0.90, 0.90, 0.9, 0.9, 0.9, 0.9, 0.9]
    ok = [True] * 10
    grid = [0.2, 0.3, 0.4, 0.5]
    # rows in the band [0.69, 0.735): model scores 0.45, 0.35, 0.25; budget 10% of 10 rows = 1
    assert lowest_agreeing(scores, model, ok, 0.69, 0.735, 0.1, grid) == 0.4
    assert lowest_agreeing(scores, model, ok, 0.69, 0.735, 0.0, grid) == 0.5
    assert lowest_agreeing(scores, model, ok, 0.69, 0.735, 0.3, grid) == 0.2
    # rows the rules raise, or long posts, are not eligible and never count
    assert lowest_agreeing(scores, model, [False] * 10, 0.69, 0.735, 0.0, grid) == 0.2
    assert lowest_agreeing(scores, [0.99] * 10, ok, 0.69, 0.735, 0.0, grid) == 1.0


def test_eligible_rows_are_short_quiet_and_without_a_safety_statement() -> None:
    texts = [
        "left the kids' things with my sister. easier that way.",
        "i want to kill myself tonight",
        "I'm safe, I promise. just tired.",
        " ".join(f"Sentence {k} of a long post about the ward." for k in range(6)),
    ]
    assert eligible(texts).tolist() == [True, False, False, False]
    assert eligible(texts, long=True).tolist() == [False, False, False, True]


def test_sentence_lines_step_from_the_near_line_under_the_threshold() -> None:
    assert from_grid(0.675, 0.695) == (0.675, 0.68, 0.685, 0.69)
    assert from_grid(0.73, 0.73) == ()


def test_the_box_raising_most_written_signs_is_chosen_the_narrower_on_a_tie() -> None:
    model_lines = {0.70: 0.45, 0.71: 0.26, 0.72: 0.26, 0.73: 1.0}
    signs = {(0.70, 0.45): 40, (0.71, 0.26): 95, (0.72, 0.26): 95}
    chosen = best_box(model_lines.__getitem__, lambda f, m: signs[(f, m)], sorted(model_lines))
    assert chosen == (0.72, 0.26, 95)
    # a sentence line no model line keeps within budget is never chosen
    assert best_box(lambda f: 1.0, lambda f, m: 99, [0.70, 0.71]) == (1.0, 1.0, 0)


def test_near_readings_read_a_post_as_run_time_does() -> None:
    """The long box's gain is read by the shipped matcher: a near-line sentence's score, and
    whether the matcher raises the post on its own."""
    from moderation.training.agreement import near_readings
    from moderation.warning_signs.corroborate import CHOSEN_FOR

    post = (
        "I don't even know why I'm writing this. My partner and I barely talk anymore. I "
        "haven't slept properly in weeks. I cry in the shower so nobody hears. Everything feels "
        "grey and heavy. I'm just so done with everything."
    )
    best, raised = near_readings([post, "Lovely walk by the canal with the kids today."])
    threshold, near = CHOSEN_FOR
    assert near <= best[0] < threshold and not raised[0]
    assert best[1] == 0.0 and not raised[1]
