import json

import pytest
from pydantic import ValidationError

from moderation import Assessor, MessageContext, ModerationSettings


def test_defaults_and_to_dict():
    a = Assessor().assess("You are an idiot")
    d = a.to_dict()
    json.dumps(d)
    assert set(d["scores"]) == {"abuse", "crisis", "misinformation", "spam", "privacy", "profanity"}
    assert d["backends"][0] == "rules"


def test_threshold_change():
    strict = Assessor(
        ModerationSettings(categories={"abuse": {"threshold": 0.99, "action": "hide"}})
    )
    assert "abuse" not in strict.assess("Nobody asked for your opinion, moron.").raised


def test_channel_override_venting():
    s = ModerationSettings(
        channels={
            "venting": {"categories": {"abuse": {"action": "review"}, "spam": {"threshold": 1}}}
        }
    )
    a = Assessor(s)
    text = "You are an idiot"
    assert a.assess(text, MessageContext(channel="venting")).action == "review"
    assert a.assess(text, MessageContext(channel="general")).action == "hide"


def test_profanity_can_be_turned_on():
    a = Assessor(
        ModerationSettings(categories={"profanity": {"threshold": 0.5, "action": "review"}})
    )
    assert "profanity" in a.assess("this shit is hard").raised


def test_bypass_roles_still_get_crisis_care():
    a = Assessor()
    mod = MessageContext(author_role="moderator")
    insult = a.assess("You are an idiot", mod)
    assert insult.raised == () and insult.action == "allow"
    assert any(r.signal == "bypass" for r in insult.reasons)
    crisis = a.assess("I want to kill myself", mod)
    assert crisis.crisis and crisis.action == "review"


def test_blocklist_and_allowlist():
    a = Assessor(ModerationSettings(blocklist=["banana head"], allowlist=["dick"]))
    assert "abuse" in a.assess("what a b@nana head").raised
    assert a.assess("Dick from the clinic called").raised == ()


def test_disabled():
    a = Assessor(ModerationSettings(enabled=False)).assess("go kill yourself")
    assert a.raised == () and a.action == "allow"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"backends": ["nope"]},
        {"categories": {"crisis": {"action": "hide"}}},
        {"categories": {"abuse": {"threshold": 2}}},
        {"categories": {"toxicity": {}}},
        {"misinformation_patterns": ["(unclosed"]},
        {"unknown_field": 1},
    ],
)
def test_settings_validation(kwargs):
    with pytest.raises(ValidationError):
        ModerationSettings(**kwargs)


def test_every_field_documented():
    for name, field in ModerationSettings.model_fields.items():
        assert field.description, name
