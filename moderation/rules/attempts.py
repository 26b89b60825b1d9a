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

The same behaviour is also told with the act left as "it" or unsaid:

- interrupted: found or walked in on "before I could (go through with it)" (``FOUND_BEFORE``);
  weak alone where the words also hold back a sharp word or tell a medical rescue
  (``STOPPED_BEFORE``, ``ABOUT_TO_WHEN``, ``RESCUE_COUNTERFACTUAL``);
- aborted: "nearly ended it all", "came close to ending my life" (``NEARLY_NAMED``); "nearly did
  it", "the only reason I didn't was" weak alone (``NEARLY_UNSAID``);
- actual: "since my attempt", "I survived an attempt" (``MY_ATTEMPT``), "tried" and woke in a
  ward (``TRIED_WOKE``); "tried, it didn't work" weak alone (``TRIED_FAILED``): also said of
  coaxing a child to eat.

A weak reading raises with another sign (``warning_signs.corroborate``).
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

# The act left as "it" or unsaid, closing its clause: "before I could.", "before I could go
# through with it", "nearly did it on Tuesday".
_UNSAID_ACT = (
    r"(?:do\s+it|go\s+through\s+with\s+it|finish\s+it|end\s+it(?:\s+all)?|"
    # the means gathered before, named only as "them" or "the lot"
    r"(?:start\s+on|take|swallow)\s+(?:them|the\s+lot|the\s+rest))"
)
_CLAUSE_END = (
    rf"(?:\s+(?:last\s+(?:week|month|year|time)|{_DAY}))?"
    r"(?=\s*(?:[.!?,;:)]|$|\s+(?:and|but|so|then)\b))"
)
# C-SSRS interrupted attempt: someone came in on the author before the act. Found or walked in
# on names the rescue; "stopped" or "caught" me is also said of a sharp word held back ("my
# husband stopped me before I could."), so it is weak alone.
_BEFORE_I_COULD = (
    r"\s+me\s+(?:\w+\s+){0,2}?(?:before|just\s+as|as)\s+i\s+(?:could|was\s+(?:just\s+)?(?:about|going)\s+to|"
    rf"had\s+(?:a\s+)?chance\s+to)(?:\s+{_UNSAID_ACT})?{_CLAUSE_END}"
)
FOUND_BEFORE = rf"\b(?:found|walked\s+in\s+on|came\s+in\s+on|burst\s+in\s+on){_BEFORE_I_COULD}"
STOPPED_BEFORE = rf"\b(?:stopped|caught|interrupted|grabbed){_BEFORE_I_COULD}"
# "I was about to (do it) when the phone rang": the act unsaid, someone or something between.
ABOUT_TO_WHEN = (
    rf"\bi\s+was\s+(?:just\s+|literally\s+|so\s+)?about\s+to(?:\s+{_UNSAID_ACT})?(?:\s+{_DAY})?\s*,?\s+"
    r"(?:when|but\s+then|and\s+then)\s+(?:[\w'-]+\s+){0,3}?(?:came|walked|called|rang|knocked|woke|cried|"
    r"texted|shouted|found|messaged|phoned|pulled\s+up|got\s+home)\b"
)
# The rescue told as a counterfactual: "if she hadn't come home early I wouldn't be here".
# Also said of a medical rescue (a paramedic in time), so weak alone.
RESCUE_COUNTERFACTUAL = (
    r"\bif\s+(?:\w+\s+){1,3}?(?:hadn'?t|hadnt|had\s+not)\s+(?:walked\s+in|come\s+(?:home|in|back|round|"
    r"upstairs)|came\s+(?:home|in|back)|found\s+me|turned\s+up|checked\s+on\s+me|knocked|called|rung|"
    r"rang|phoned)\b[^.!?]{0,40}?\bi\s+(?:wouldn'?t|wouldnt|would\s+not)\s+(?:still\s+)?be\s+"
    r"(?:here|alive|around)\b"
)
# C-SSRS aborted attempt: the author came close and stopped. "Ended it all" and "ending my
# life" name the act; "did it", "ending it" and "something stupid" leave it unsaid (a haircut,
# a relationship, a text to an ex), so they are weak alone.
_CLOSE_TO = (
    r"\b(?:came|come|was|got|been)\s+(?:so\s+|this\s+|very\s+|really\s+|that\s+)?close\s+to\s+"
)
# Said of the author: "we almost ended it all on a high" is a party.
_NOT_OTHERS = r"(?<!\bwe\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\byou\s)"
NEARLY_NAMED = (
    rf"{_NOT_OTHERS}\b(?:nearly|almost)\s+(?:ended\s+it\s+all|ended\s+my\s+(?:own\s+)?life|took\s+my\s+(?:own\s+)?life)\b|"
    rf"{_CLOSE_TO}(?:ending\s+(?:it\s+all|my\s+(?:own\s+)?life|things|everything)|taking\s+my\s+(?:own\s+)?"
    r"life)\b(?!\s+with\b)"
)
NEARLY_UNSAID = (
    rf"{_NOT_OTHERS}\b(?:nearly|almost)\s+(?:did\s+it|went\s+through\s+with\s+it|ended\s+it|did\s+something\s+"
    rf"(?:stupid|silly|drastic))(?!\s+with\b){_CLAUSE_END}|"
    rf"{_CLOSE_TO}(?:doing\s+it|ending\s+it|going\s+through\s+with\s+it|killing\s+my\s*self|doing\s+"
    rf"something\s+(?:stupid|silly|drastic))(?!\s+with\b){_CLAUSE_END}|"
    # "the only reason I didn't (do it) was", "the only thing that stopped me was"
    r"\b(?:the\s+)?only\s+(?:reason|thing)\s+(?:that\s+|which\s+)?(?:i\s+(?:didn'?t|didnt|did\s+not|haven'?t|"
    rf"have\s+not)(?:\s+(?:done\s+it|gone\s+through\s+with\s+it|{_UNSAID_ACT}))?|(?:stopped|kept|held)\s+"
    r"me(?:\s+back)?)\s*,?\s+(?:was|were|is)\b"
)
# C-SSRS actual attempt told of the author: "since my attempt", "survived an attempt",
# "survived trying". An attempt "at" or "to" something (IVF, a cannula) is not one, nor one
# another person made on the author ("an attempt on his life").
MY_ATTEMPT = (
    r"\b(?:after|since|before|following)\s+my\s+(?:(?:first|last|second|third|previous|latest|suicide|"
    r"failed)\s+)*attempts?\b(?!\s+(?:at|to|of|on|with|for)\b)|"
    r"\b(?:i|i'?ve|ive|i\s+have|i\s+had)\s+(?:\w+\s+)?survived\s+(?:(?:an?|my|the)\s+(?:(?:suicide|failed|serious)\s+)?attempt\b(?!\s+(?:at|to|of|on)\b)|"
    r"trying(?=\s*(?:[.!?,;]|$|\s+(?:once|before|twice|last|in|and)\b)))"
)
# "tried" with no object, then the failure or the waking: "Last time I tried it didn't work. I
# woke up in ICU". Waking in a ward names the act; "it didn't work" alone is also said of
# coaxing a child to eat, so it is weak alone.
_TRIED = (
    r"\bi\s+tried(?:\s+(?:again|before|once|twice|yesterday|last\s+\w+|in\s+\w+|on\s+\w+)){0,2}\s*[,.;]?\s*"
    r"(?:and\s+)?"
)
TRIED_WOKE = (
    rf"{_TRIED}(?:(?:it\s+)?(?:didn'?t|didnt|did\s+not)\s+work\s*[,.;]?\s*(?:and\s+)?)?(?:i\s+)?(?:woke\s+up|"
    r"came\s+(?:round|to)|ended\s+up)\s+in\s+(?:icu|intensive\s+care|resus|a&e|(?:the\s+|a\s+)?hospital)\b"
)
TRIED_FAILED = rf"{_TRIED}(?:it\s+)?(?:didn'?t|didnt|did\s+not)\s+work\b"

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
    (
        FOUND_BEFORE,
        0.85,
        "attempt",
        "found before the act, the act unsaid [C-SSRS interrupted attempt]",
        True,
    ),
    (
        STOPPED_BEFORE,
        0.45,
        "attempt",
        "stopped before the act, the act unsaid [C-SSRS interrupted attempt]",
        True,
    ),
    (
        ABOUT_TO_WHEN,
        0.45,
        "attempt",
        "about to act when someone came [C-SSRS interrupted attempt]",
        True,
    ),
    (
        RESCUE_COUNTERFACTUAL,
        0.45,
        "attempt",
        "would not be here but for someone coming [C-SSRS interrupted attempt]",
        True,
    ),
    (
        NEARLY_NAMED,
        0.85,
        "attempt",
        "came close to ending their life [C-SSRS aborted attempt]",
        True,
    ),
    (
        NEARLY_UNSAID,
        0.45,
        "attempt",
        "came close to an act left unsaid [C-SSRS aborted attempt]",
        True,
    ),
    (MY_ATTEMPT, 0.85, "attempt", "their own past attempt [C-SSRS actual attempt]", True),
    (
        TRIED_WOKE,
        0.85,
        "attempt",
        "tried, and woke in a ward [C-SSRS actual attempt]",
        True,
    ),
    (
        TRIED_FAILED,
        0.45,
        "attempt",
        "tried, and it did not work, the act unsaid [C-SSRS actual attempt]",
        True,
    ),
]

# The words ``AFTERMATH`` cannot do without (see ``unsaid.GATES``).
GATES: dict[str, str] = {
    AFTERMATH: r"pumped|wake|woke|survived|still\s+here|in\s+time|what\s+i\s+did|tried",
    FOUND_BEFORE: r"before|just\s+as|as\s+i",
    STOPPED_BEFORE: r"before|just\s+as|as\s+i",
    ABOUT_TO_WHEN: r"about\s+to",
    RESCUE_COUNTERFACTUAL: r"\bif\b",
    NEARLY_NAMED: r"nearly|almost|close\s+to",
    NEARLY_UNSAID: r"nearly|almost|close\s+to|only\s+(?:reason|thing)",
    MY_ATTEMPT: r"attempt|survived",
    TRIED_WOKE: r"tried",
    TRIED_FAILED: r"tried",
}
