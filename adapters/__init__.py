"""Platform adapters: thin translators between platform payloads and Hearth's neutral model."""
