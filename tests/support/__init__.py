"""Test support shared by every test package."""
