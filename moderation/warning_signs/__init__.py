"""Crisis warning signs by meaning: a catalogue of signs matched by embedding similarity."""
