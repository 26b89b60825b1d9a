"""Constants shared by the digest tests."""

#: The digest and the features whose tables it reads (and whose commands make its data).
FEATURES = [
    "bot.moderation_review.feature:ModerationFeature",
    "bot.checkins.feature:CheckinsFeature",
    "bot.digest.feature:DigestFeature",
]
