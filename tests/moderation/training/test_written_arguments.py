"""``--written`` as both sentence trainers parse it."""

import argparse

from moderation.training.warning_signs import SHIPPED_WRITTEN, WRITTEN, written_arguments


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    written_arguments(parser, SHIPPED_WRITTEN, WRITTEN)
    return parser.parse_args(list(argv))


def test_the_default_is_the_shipped_sets_as_a_tuple() -> None:
    assert _parse().written == SHIPPED_WRITTEN
    assert _parse().written_weight == 1.0


def test_names_are_split_and_an_empty_value_means_none() -> None:
    assert _parse("--written", "crisis,hard").written == ("crisis", "hard")
    assert _parse("--written", "").written == ()
