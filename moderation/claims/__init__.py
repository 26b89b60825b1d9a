"""Misinformation by meaning: a catalogue of dangerous claims matched by embedding similarity."""
