"""The feature contract: data rights are explicit in every feature Hearth ships."""

from __future__ import annotations

import importlib

import pytest

from bot.app import DEFAULT_FEATURES, Hearth
from bot.feature import Feature
from bot.router import Router
from bot.storage.database import Database
from bot.storage.models import Member


def _class(path: str) -> type[Feature]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


@pytest.mark.parametrize("path", DEFAULT_FEATURES)
def test_every_default_feature_overrides_export_and_forget(path: str) -> None:
    cls = _class(path)
    assert cls.export_member is not Feature.export_member, f"{path} leaves export_member out"
    assert cls.forget_member is not Feature.forget_member, f"{path} leaves forget_member out"


class Forgetful(Feature):
    name = "forgetful"

    def register(self, router: Router) -> None:
        pass


def test_a_feature_that_leaves_them_out_fails_loudly(hearth: Hearth, database: Database) -> None:
    feature = Forgetful(hearth)
    with database.session() as session:
        member = Member(community_id=1, external_id="u1")
        with pytest.raises(NotImplementedError, match="forgetful"):
            feature.export_member(session, member)
        with pytest.raises(NotImplementedError, match="forgetful"):
            feature.forget_member(session, member)
