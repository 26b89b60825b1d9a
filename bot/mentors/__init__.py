"""Parent-to-parent mentor matching: ``/mentor volunteer``, ``/mentor request`` and friends."""
