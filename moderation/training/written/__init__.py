"""Sentences written blind for training the by-meaning heads (never used to measure them)."""
