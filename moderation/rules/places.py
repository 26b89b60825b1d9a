"""Dangerous places, one lexicon of parts for the readings that name them.

The 988 Lifeline and AFSP warning signs count being at a dangerous place, and C-SSRS counts
a method's place; three readings name places: the place sign and its research
(``warning_signs``), a place with no return (``plan_timing.NO_RETURN``) and a height looked up
or its far side (``unsaid``). Each says its own scope by composing these parts, so a synonym
added here (a viaduct, a cliff path) reaches every reading that should know it.
"""

from __future__ import annotations

# High places one can fall from.
HEIGHTS = (
    r"bridge|viaduct|overpass|roof(?:top)?|ledge|cliffs?|cliff\s+(?:edge|top|path|lookout)|quarry"
)
# The railway.
RAIL = r"(?:train|railway)\s+(?:tracks?|line)|railway|the\s+tracks|level\s+crossing"
# Car parks and tall buildings, which are dangerous only by their height (their top floor).
CAR_PARKS = r"multi[\s-]?storey|car\s*park|parking\s+(?:garage|structure|deck)"
BUILDINGS = r"building|tower(?:\s+block)?|block"
# Deep or moving water.
WATER = r"river(?:bank|\s+path)?|weir|pier|harbour\s+wall|reservoir|the\s+sea(?:front)?"
