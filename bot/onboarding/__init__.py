"""Onboarding: the private welcome, the organizer's questions, ``/profile`` and summaries."""
