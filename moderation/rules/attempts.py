"""Suicidal behaviour by its parts (C-SSRS: actual, interrupted and aborted attempts).

The C-SSRS asks about behaviour apart from thoughts: an attempt the person survived, one
someone interrupted, one they stopped themself. Told in a parents' group they are stories in
the past tense with no word of suicide in them: the author took a quantity of a medicine and
woke up, or stood with a cord round their neck and got down. The sentence head reads them
poorly (it learned mostly thoughts), so the rule floor reads the act by its parts (the older
"swallowed a lot of pills" pattern of ``warning_signs`` is folded in here):

- an overdose taken: the author swallowed a quantity no dose is (a handful, a whole packet,
  everything in the medicine cabinet) of a medicine;
- a ligature: the author put or had a cord, rope, belt, cable or noose round their own neck;
- the aftermath told instead of the act (``AFTERMATH``): the author's stomach pumped; not
  meant to wake up, or angry to have woken; rescued "in time" and "still here"; a psychiatric
  ward or A&E "after what I did"; "tried" on a day and "it didn't work".

A figure of speech ("this debt is a noose around my neck") has no act before the ligature, and
a measured dose ("took two of the oramorph") no quantity; both stay quiet.
"""

from __future__ import annotations

from .warning_signs import MEDICINE as _MEDICINE

# A quantity no dose is: "a handful", "loads", "a whole box", "the rest of the bottle".
_NO_DOSE = (
    r"(?:a\s+handful|handfuls|a\s+lot|loads|lots|a\s+bunch|too\s+many|way\s+too\s+many|a\s+(?:load|pile|heap|"
    r"stack|fistful)|(?:a|the)\s+(?:whole|entire)\s+(?:bottle|box|pack|packet|strip|tub|blister|"
    r"week'?s|month'?s)(?:\s+(?:supply|worth))?|(?:all|half|the\s+rest)\s+(?:of\s+)?(?:a|the|my|"
    r"her|his|their|\w+'s)\s+(?:bottle|box|pack|packet|strip|tub|stash|supply))"
)
_OWNER = r"(?:(?:my|her|his|their|the|our|those|these|\w+'s)\s+)?(?:\w+\s+)?"
_TOOK = r"(?:swallowed|took|necked|downed|taken|swallowing|taking)"
# Taken somewhere, out or away is carried, not swallowed: "took the whole box of his pills back
# to the pharmacy".
_CARRIED = (
    r"(?!\s+(?:\w+\s+){0,2}?(?:to|back|into|out|away|off|round|over|in\s+to|with\s+(?:me|us))\b)"
)
# The author taking it: "I took", "I've just swallowed", "then downed".
_AUTHOR_TOOK = (
    rf"(?:\b(?:i|i'?ve|ive|i\s+have|i\s+had|just|then)\s+(?:\w+\s+)?{_TOOK}|"
    # subject left out, told from the aftermath: "out of hospital after swallowing everything"
    r"\b(?:hospital|a&e|er|resus|icu)\s+(?:\w+\s+){0,3}?after\s+(?:swallowing|taking|downing))\s+"
)
# The author's overdose: a quantity of a medicine taken, or everything in the medicine cupboard.
OVERDOSE_TAKEN = (
    rf"{_AUTHOR_TOOK}{_NO_DOSE}\s+(?:of\s+)?{_OWNER}{_MEDICINE}\b{_CARRIED}|{_AUTHOR_TOOK}"
    r"(?:everything|all\s+the\s+(?:pills|tablets|meds))\s+(?:\w+\s+){0,2}?(?:in|from)\s+(?:the|my|our)\s+"
    r"(?:medicine|bathroom|kitchen)?\s*(?:cabinet|cupboard|drawer|box|bag)\b"
)
# The author's ligature: an act ("put", "tied", "with") before a cord round their own neck.
_LIGATURE = (
    r"(?:cord|rope|belt|cable|wire|noose|ligature|flex|strap|dressing\s+gown\s+cord|lead|leash)"
)
LIGATURE_ON_NECK = (
    r"\b(?:put|tied|wrapped|looped|fastened|pulled|tightened|had|with|got|fixed)\s+(?:a|the|my|"
    rf"his|her|\w+'s)\s+(?:\w+\s+)?{_LIGATURE}\s+(?:round|around|over|on)\s+my\s+(?:own\s+)?neck\b"
    r"(?![^.!?]{0,40}\b(?:headphones?|earphones?|lanyard|camera|badge|charger)\b)"
)

_DAY = (
    r"(?:last\s+night|yesterday|tonight|this\s+morning|at\s+the\s+weekend|on\s+(?:the\s+)?\w+|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?)"
)
AFTERMATH = (
    # the body's rescue, told of the author
    r"\b(?:had|got|having)\s+my\s+stomach\s+pumped\b|"
    # waking unwanted: "didn't mean to wake up", "angry I woke up"
    r"\b(?:didn'?t|didnt|did\s+not|wasn'?t|wasnt|was\s+not)\s+(?:mean|want|expect|supposed)\w*\s+to\s+"
    r"wake\s+up(?=\s*(?:[.!?,;]|$|\s+(?:again|at\s+all|this\s+time)\b))|\b(?:angry|gutted|sorry|"
    r"disappointed|furious)\s+(?:that\s+)?i\s+(?:woke\s+up|survived|am\s+still\s+here|'?m\s+still\s+here)"
    r"(?=\s*(?:[.!?,;]|$|\s+(?:again|at\s+all|this\s+time|after\s+it|after\s+that)\b))|"
    # rescued in time
    r"\b(?:found|got\s+to|reached)\s+me\s+in\s+time\b|\bin\s+time[^.!?]{0,30}?\b(?:i'?m|im|i\s+am)\s+still\s+"
    r"here\b|"
    # a ward or A&E after the act left unsaid
    r"\b(?:psych\w*|mental\s+health|crisis)\s+(?:ward|unit|team|hospital)\b[^.!?]{0,60}?\bafter\s+what\s+"
    r"i\s+did\b|\bafter\s+what\s+i\s+did\b[^.!?]{0,60}?\b(?:psych\w*|a&e|resus|icu|ambulance|"
    r"sectioned)\b|"
    # "tried" on a day, and it did not work
    rf"\b(?:i\s+)?tried\s+(?:again\s+)?{_DAY}\b[.!,]?\s*(?:and\s+)?(?:it\s+)?(?:didn'?t|didnt|did\s+not)\s+"
    r"work\b"
)

ATTEMPTS: list[tuple[str, float, str, str, bool]] = [
    (
        AFTERMATH,
        0.85,
        "attempt",
        "an attempt told by its aftermath [C-SSRS actual or interrupted attempt]",
        False,
    ),
    (
        OVERDOSE_TAKEN,
        0.9,
        "attempt",
        "took a quantity of a medicine no dose is [C-SSRS actual attempt]",
        True,
    ),
    (
        LIGATURE_ON_NECK,
        0.9,
        "attempt",
        "a ligature round their own neck [C-SSRS interrupted or aborted attempt]",
        True,
    ),
]

# The words ``AFTERMATH`` cannot do without (see ``unsaid.GATES``).
GATES: dict[str, str] = {
    AFTERMATH: r"pumped|wake|woke|survived|still\s+here|in\s+time|what\s+i\s+did|tried",
}
