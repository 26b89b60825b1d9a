"""Sentence embeddings computed without torch (see ``minilm``)."""
