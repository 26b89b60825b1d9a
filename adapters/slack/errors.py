"""Slack Web API errors as Hearth outcomes: a reason word and a sentence saying how to fix it.

Rate limits are retried by slack_sdk's ``AsyncRateLimitErrorRetryHandler`` (it honours
``Retry-After``) before they ever get here; what arrives here is reported, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Slack error code -> Hearth outcome reason.
REASONS: dict[str, str] = {
    "ratelimited": "rate_limited",
    "rate_limited": "rate_limited",
    "not_in_channel": "not_in_channel",
    "channel_not_found": "not_found",
    "message_not_found": "not_found",
    "user_not_found": "not_found",
    "users_not_found": "not_found",
    "cant_delete_message": "forbidden",
    "cant_update_message": "forbidden",
    "edit_window_closed": "forbidden",
    "missing_scope": "forbidden",
    "not_allowed_token_type": "forbidden",
    "restricted_action": "forbidden",
    "is_archived": "forbidden",
    "ekm_access_denied": "forbidden",
    "cannot_dm_bot": "dms_closed",
    "user_disabled": "dms_closed",
    "messages_tab_disabled": "dms_closed",
    "invalid_auth": "error",
    "not_authed": "error",
    "token_revoked": "error",
    "token_expired": "error",
    "account_inactive": "error",
}

#: Errors meaning the token itself no longer works: nothing more can be posted with it.
AUTH_ERRORS = frozenset(
    {"invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"}
)


@dataclass(frozen=True, slots=True)
class SlackFailure(Exception):
    """A Web API call that did not succeed, already translated."""

    code: str
    reason: str
    detail: str

    def __str__(self) -> str:  # never includes tokens or message text
        return f"{self.code}: {self.detail}"


def translate(code: str, *, channel: str | None = None, needed: str | None = None) -> SlackFailure:
    reason = REASONS.get(code, "error")
    where = f"the channel {channel}" if channel else "the channel"
    if code == "not_in_channel":
        detail = f"Hearth is not a member of {where}: invite it there with /invite @Hearth."
    elif code == "channel_not_found":
        detail = (
            f"Slack has no {where} that Hearth can see: check the channel id in the [slack] "
            "config section, and invite the app if the channel is private."
        )
    elif code == "missing_scope":
        detail = (
            f"the Slack app lacks the {needed or 'needed'} permission scope: reinstall it from "
            "the manifest printed by `hearthbot slack manifest`."
        )
    elif code in AUTH_ERRORS:
        detail = (
            "Slack rejected the token (revoked or invalid): reinstall the app and update the "
            "token in the environment."
        )
    elif reason == "rate_limited":
        detail = "Slack kept rate-limiting Hearth after retries; the action was not carried out."
    elif code == "cant_delete_message":
        detail = "this token cannot delete that message (only its own, or an admin user token)."
    elif reason == "dms_closed":
        detail = "Slack does not let Hearth message this person directly."
    else:
        detail = f"Slack answered {code}."
    return SlackFailure(code, reason, detail)
