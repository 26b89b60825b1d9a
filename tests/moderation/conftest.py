import pytest

from moderation import Assessor, ModerationSettings


@pytest.fixture(scope="session")
def assessor() -> Assessor:
    return Assessor(ModerationSettings())
