"""Abuse aimed at a member, by meaning: exclusion, mocked grief, blame, harm wished, threats."""
