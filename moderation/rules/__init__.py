"""Rule detectors: each takes normalised text and returns Signals with normalised offsets."""
