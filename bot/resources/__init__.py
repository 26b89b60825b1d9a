"""Resource lookup: ``/resources TOPIC`` over an organizer-maintained directory."""
