"""Exactly what Hearth asks for when it is invited to a server, and why.

The invite URL carries the ``bot`` scope (a bot user that joins the server) and the
``applications.commands`` scope (slash commands), and this permission set. Nothing broader:
Hearth never needs Administrator.
"""

from __future__ import annotations

import discord

SCOPES: tuple[str, ...] = ("bot", "applications.commands")


def required_permissions() -> discord.Permissions:
    return discord.Permissions(
        # See the channels it serves (the general channel, the moderators' channel).
        view_channel=True,
        # Replies, check-in prompts, review alerts, onboarding welcomes.
        send_messages=True,
        # The same inside threads, where parents often talk.
        send_messages_in_threads=True,
        # Hearth's messages are embeds (resources with links, alerts with fields).
        embed_links=True,
        # Images such as check-in mood charts are sent as attachments.
        attach_files=True,
        # Reply to a message and fetch the flagged message behind an alert.
        read_message_history=True,
        # Hide a message moderation decided to hide (delete someone else's message).
        manage_messages=True,
        # Time-outs, Discord's native mute (at most 28 days).
        moderate_members=True,
        # Onboarding: give/remove a role (e.g. hold new members until they accept guidelines).
        manage_roles=True,
        # Slash commands in channels where @everyone's permission is overwritten.
        use_application_commands=True,
        # Urgent (crisis) alerts ping @here in the moderators' channel.
        mention_everyone=True,
    )


def invite_url(client_id: int) -> str:
    return discord.utils.oauth_url(client_id, permissions=required_permissions(), scopes=SCOPES)


#: The permission to grant, in the words of Discord's settings, per failed neutral action.
PERMISSION_FOR: dict[str, str] = {
    "HideMessage": "Manage Messages",
    "TimeOut": "Timeout Members (moderate_members); Hearth's role must also be above the "
    "member's highest role, and administrators cannot be timed out",
    "AssignRole": "Manage Roles; Hearth's role must also be above the role it gives",
    "Post": "View Channel, Send Messages, Embed Links and Attach Files in that channel",
    "Reply": "View Channel, Send Messages and Embed Links in that channel",
    "AlertModerators": "View Channel, Send Messages and Embed Links in the moderators' channel",
    "AlertOrganizers": "View Channel, Send Messages and Embed Links in the organizers' channel",
    "UpdateMessage": "View Channel and Read Message History in that channel",
    "DirectMessage": "none (the member does not accept direct messages)",
}
