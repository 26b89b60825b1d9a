"""Death talk with the illness as its reason: legacy work and death anxiety, no warning sign.

In a cancer community a parent who is a patient writes letters "in case the cancer wins",
says goodbye to the children before surgery, and thinks about death every day since the
diagnosis. The 988/AFSP signs of preparation (goodbyes, affairs in order) and the C-SSRS
passive thoughts of death are about ending one's own life; when the same sentence names a
diagnosis, the illness, its treatment or a medical event as the reason, the words are advance
planning and death anxiety (what psycho-oncology calls legacy work), and the rule's score
falls to a mention. So does a burden told as the tasks others now do for a sick parent
("he does all the school runs and the cooking"): self-perceived burden, the commonest form in
patients, not the 988 sign of others being better off without them. Neither reading quiets a
message with another sign of its own (a plan, a means, a wish to die): the gate only removes
the misreading, the rest of the pipeline still reads.
"""

from __future__ import annotations

import re

from ..claims.drugs import by_class
from .base import Signal, sentence_at, sentence_end, sentence_start

# The illness, its treatment and its milestones, or surviving it, named as the reason.
_ILLNESS_REASON = re.compile(
    r"\b(?:diagnos\w*|prognosis|terminal(?:ly)?|stage\s*(?:3|4|iii|iv|three|four)|metasta\w*|"
    r"hospice|palliative|surgery|operation|transplant|scans?|relapse\w*|recurrence|cancer|"
    r"tumou?rs?|chemo\w*|radiation|radiotherapy|treatment|oncolog\w*|leuk\w*|lymphoma|"
    r"sarcoma|blastoma|shots?|injections?|infusions?|side\s+effects?|neuropathy|nausea|"
    r"steroids?|biopsy|bone\s+marrow|spinal\s+tap|lumbar\s+puncture|doctors?|oncologists?|"
    r"consultants?|icu|intensive\s+care|ventilators?|life\s+support|resuscitat\w*|cpr|dnr|"
    r"dnacpr|advance\s+(?:directive|care\s+plan\w*|decision)|living\s+will|"
    r"if\s+i\s+(?:don'?t|do\s+not|dont)\s+(?:beat|survive|make\s+it\s+"
    r"through)\s+(?:this|it|the\s+\w+))\b"
)
# Words of ending one's own life, of wishing to be dead, or of taking a whole supply: with
# them, the illness is the setting, not the reason.
OWN_DEATH = re.compile(
    r"\b(?:kill\w*\s+(?:my\s*self|me)|suicid\w*|end\w*\s+(?:it|my\s+(?:own\s+)?life|things|"
    r"everything)|tak\w*\s+my\s+(?:own\s+)?life|overdose|od|"
    r"(?:want|wish|wanna|hope)\w*\s+(?:i\s+(?:was|were)\s+|to\s+(?:be\s+)?)?(?:die|dead)|"
    r"(?:rather|wish\w*)\s+(?:\w+\s+){0,3}?(?:die|dead)|(?:she|he|they)\s+wants?\s+to\s+(?:die|be\s+dead)|"
    r"better\s+off\s+dead|(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:live|be\s+alive|be\s+here|"
    r"wake\s+up|exist)|(?:never|not)\s+wake\s+up|stop\s+existing|(?:can'?t|cannot|cant)\s+go\s+on\s+"
    r"living|take\s+(?:all|every|the\s+(?:lot|whole))\b[^.!?]{0,30}\b(?:pills|tablets|meds|"
    r"morphine|oxy\w*|painkillers|them|it)|all\s+(?:of\s+)?(?:it|them)\s+at\s+once)\b"
)
# A practical burden: the tasks others now do for a sick person (self-perceived burden, the
# commonest form in patients), said without a wish to be gone.
_CARE_TASKS = re.compile(
    r"\b(?:school\s+runs?|cook\w*|clean\w*|housework|chores|laundry|driv\w*|lifts?|shopping|"
    r"appointments?|bills|money|pay\w*|works?\s+(?:full|part)[\s-]*time|off\s+work|"
    r"look\w*\s+after\s+(?:me|the\s+kids)|does\s+(?:all|everything)|do\s+everything|"
    r"car(?:e|ing)\s+for\s+me|bath\w*|dress\w*|feed\w*)\b"
)
_BURDEN = "being a burden"
# Cancer, its treatment or pain in a part of the body. Narrower than ``_ILLNESS_REASON`` and
# ``_BODILY_PAIN``: no "treatment", "diagnosis", "meds", "nausea", "relapse" or painkiller
# names, which posts about depression, addiction and overdoses use too.
_CANCER_TALK = re.compile(
    r"\b(?:cancer|chemo\w*|tumou?rs?|oncolog\w*|radiotherapy|radiation|metasta\w*|mets|"
    r"mastectomy|lumpectomy|reconstruction|palliative|hospice|lymphoma|leuk\w*|sarcoma|"
    r"carcinoma|biopsy|scanxiety|immunotherapy|tamoxifen|letrozole|anastrozole|neuropathy|"
    r"stage\s*(?:[1-4]|i{1,3}|iv)|(?:bone|hip|joint|nerve|rib|port|breakthrough)\s+pain|"
    r"prognosis|survival\s+(?:rates?|stats?|statistics|odds|numbers|curves?|figures|maths?)|"
    r"median\s+survival|(?:five|5)[\s-]year\s+survival)\b"
)


def _reads(pattern: re.Pattern[str], text: str, veto: re.Pattern[str] = OWN_DEATH) -> bool:
    """``pattern`` is in ``text`` and no words of ending one's life or wishing to be dead are
    (``veto``): every reading of this module yields to those words."""
    return bool(pattern.search(text)) and not veto.search(text)


def cancer_talk(text: str) -> bool:
    """The text is about cancer, its treatment or pain in the body, and has no words of
    ending one's life or wishing to be dead anywhere."""
    return _reads(_CANCER_TALK, text)


# A death the author lives after: a child or loved one lost, died, buried, their funeral.
_LOSS_TALK = re.compile(
    r"\b(?:los(?:t|ing)|buried|burying)\s+(?:our|my|her|his|their)\s+(?:\w+\s+)?(?:son|"
    r"daughter|boy|girl|baby|child|little\s+one|husband|wife|partner|mum|mom|mother|dad|father|"
    r"brother|sister|friend)\b|\b(?:died|passed\s+away|passed\s+on|funeral|since\s+we\s+lost)\b"
)


def loss_talk(text: str) -> bool:
    """The text tells of someone's death or loss (a child or loved one lost, died, their
    funeral), and has no words of ending one's life or wishing to be dead anywhere."""
    return _reads(_LOSS_TALK, text)


# One's own funeral wishes (ashes, burial, the service): legacy work, not the C-SSRS plan.
_FUNERAL_WISHES = re.compile(
    r"\b(?:ashes|funeral|buried|burial|cremat\w*|eulogy|headstone|gravestone|memorial|"
    r"wake|hymns?|coffin|casket|service)\b"
)


def funeral_wishes(sentence: str) -> bool:
    """The sentence plans one's own funeral, with no words of ending one's life."""
    return _reads(_FUNERAL_WISHES, sentence)


# Signals the gate may read as legacy work or death anxiety, and "I can't do this anymore"
# said of the treatment ("I told my oncologist I can't do this anymore, meaning the taxol").
_GATED_SIGNALS = frozenset({"goodbye"})
_GATED_DETAILS = ("thoughts of death",)
_GATED_HOPELESSNESS = "cannot go on"
_DEATH_WORD = re.compile(r"\b(?:death|dying)\b")
_MENTION = 0.4


def gated(sig: Signal, text: str) -> bool:
    """A goodbye or a thought of death (not of ending one's life) this gate may speak for, or
    a wish about where or when to die of the illness (``preferred_death``)."""
    if sig.signal in _GATED_SIGNALS or sig.detail == _GATED_HOPELESSNESS:
        return True
    if sig.signal == "ideation" and preferred_death(sentence_at(text, sig.start)):
        return True
    return sig.detail.startswith(_GATED_DETAILS) and bool(
        _DEATH_WORD.search(text[sig.start : sig.end])
    )


# Bodily pain and its treatment: the 988 sign of unbearable pain is a wish for the pain to
# end with one's life; a patient says the same words of pain in the hip, a dose of morphine,
# or the painkillers that do not touch it.
_BODILY_PAIN = re.compile(
    r"\b(?:(?:bone|hip|back|joint|nerve|muscle|chest|stomach|tummy|rib|leg|neck|tooth|mouth|"
    r"throat|port|scar|wound|breakthrough|physical|cancer|tumou?r)\s+(?:pain|aches?)|"
    r"head\s*aches?|migraines?|pain\s*killers?|pain\s+(?:relief|meds|medication|patch\w*|pump|"
    r"team|clinic|nurse|score|is\s+(?:a|an)\s+\d+)|morphine|oramorph|oxy(?:codone|contin|norm)?|"
    r"codeine|tramadol|fentanyl|ibuprofen|paracetamol|gabapentin|pregabalin|duloxetine|"
    r"(?:hips?|ribs?|back|joints?|bones?|legs?|feet|hands?|mouth|throat|thighs?|arms?|shoulders?|"
    r"skin|fingers|toes|gums|injection\s+site|port\s+site)\s+(?:(?:is|are|feels?|was|were)\s+)?"
    r"(?:\w+\s+)?(?:hurts?|ache|aches|aching|burns?|burning|sore|stings?|stinging|tender|numb))\b"
)
# "stop for good", "stop forever": the pain and the life ending together (a catalogue phrasing).
_FOR_GOOD = re.compile(r"\b(?:for\s+good|forever|permanently|ever\s+again|another\s+day)\b")


def bodily_pain(sentence: str) -> bool:
    """The sentence is about bodily pain or its treatment, with no words of ending one's life
    and no wish for it to stop for good."""
    return (
        bool(_BODILY_PAIN.search(sentence))
        and not OWN_DEATH.search(sentence)
        and not _FOR_GOOD.search(sentence)
    )


# Getting, keeping or hiding a supply (the C-SSRS preparatory behaviour), or leaving it untaken.
_GATHERING = re.compile(
    r"\b(?:sav\w*|stockpil\w*|collect\w*|hoard\w*|stash\w*|hid|hide|hidden|hiding|kept|keep\w*|"
    r"hold\w*\s+back|bought|buy\w*|got\s+(?:my\s+)?hands|enough|supply|spare|left\s*over|"
    r"count\w*|(?:didn'?t|did\s+not|not)\s+(?:hand|give|take)\w*|instead\s+of\s+taking|"
    r"drawer|bottle|box(?:es)?|packets?)\b"
)


def pain_treated(sentence: str) -> bool:
    """Bodily pain and the medicine taken for it ("pain is a 7 even with the morphine"), with
    nothing got, kept, hidden or left untaken: a dose, not the C-SSRS gathering of means."""
    return bodily_pain(sentence) and not _GATHERING.search(sentence)


# Giving the child their medicine: the child takes it, it is theirs, or it goes into their
# schedule; and nothing kept, hidden, saved, enough, lethal or for the author.
_CARE_DOSE = re.compile(
    r"\b(?:(?:she|he|they)\s+(?:takes?|is\s+on|'s\s+on|needs?)|(?:his|her|their)\s+(?:evening\s+|"
    r"morning\s+|night\s+)?(?:meds|medication|medicines?|doses?|tablets|pills|syringes|chemo)|"
    r"(?:give|giving|gave|draw\w*\s+up|measur\w*|crush\w*)\s+(?:him|her|them)|pill\s+(?:box|"
    r"organi[sz]er)|(?:dose|dosing|medication)\s+(?:chart|schedule|list)|"
    # the week's supply set out: "sorted the meds out for the week", "filled the dosette"
    r"(?:sort\w*|set\w*|lay\w*|laid|put\w*|count\w*|organi[sz]\w*|fill\w*|load\w*|prep\w*)\s+"
    r"(?:\w+\s+){0,3}?(?:meds|medication|medicines?|tablets|pills)\s+(?:out\s+|up\s+)?(?:for\s+"
    r"(?:the|this|next)\s+(?:week|weekend|month|fortnight|trip|holiday|day)|into\s+(?:the\s+|a\s+)?"
    r"(?:days?|box|boxes|organi[sz]er|dosette|blister\w*|compartments?))|"
    r"(?:dosette|blister\s+pack|weekly\s+pill))\b"
)
_NOT_CARE = re.compile(
    r"\b(?:kept|keep|keeping|hid|hide|hidden|hiding|sav\w*|stockpil\w*|stash\w*|hoard\w*|enough|"
    r"lethal|deadly|fatal|for\s+me|for\s+myself|my\s*self|me\s+to|overdose|od|back|secret|"
    r"no\s*one|nobody|would\s+(?:do\s+it|be\s+enough|work)|kill|die|end\s+it|all\s+of\s+them|"
    r"at\s+once|in\s+one\s+go)\b"
)


# Medicines handed back for disposal, or carried as prescribed (in their boxes, with the
# doctor's letter, locked away): the safe keeping that 988 and poison-prevention advice ask
# for, the opposite of the C-SSRS gathering of means; unless kept back, hidden or meant for
# the author.
_SAFE_KEEPING = re.compile(
    r"\b(?:(?:took|take|taking|taken|brought|bring|handed|hand|handing|returned|return\w*|dropped)\s+"
    r"(?:\w+\s+){0,8}?(?:back\s+)?to\s+the\s+(?:pharmacy|chemist|hospital|clinic|ward|gp)|"
    r"(?:safe\s+)?disposal|dispos\w*\s+of|(?:hand|carry[\s-]?on|cabin)\s+(?:luggage|bag)|"
    r"original\s+(?:boxes|box|packaging|packets?|bottles?|containers?)|(?:letter|note)\s+from\s+"
    r"(?:my|the|his|her|our)\s+(?:oncologist|doctor|gp|consultant|team|nurse)|locked\s+(?:box|"
    r"cabinet|cupboard|drawer|away)|lock\s+(?:them|it)\s+(?:up|away)|take[\s-]?back\s+(?:bin|box|"
    r"scheme|day|program\w*|service)|"
    # a firearm taken out of the home, the first step of lethal-means safety counselling
    r"(?:gun|shotgun|rifle|firearms?|guns|pistol)\s+(?:\w+\s+){0,5}?to\s+(?:\w+\s+){0,4}?"
    r"(?:store|keep|look\s+after|hold\s+on\s+to|lock\s+up)|gun\s+safe|trigger\s+locks?)\b"
)
_NOT_SAFE = re.compile(
    r"\b(?:(?:didn'?t|did\s+not|never|not|instead\s+of|without)\s+(?:\w+\s+){0,2}(?:hand|give|"
    r"tak|return|bring|brought|dispos)\w*|hid|hide|hidden|hiding|stash\w*|stockpil\w*|hoard\w*|"
    r"enough|lethal|deadly|fatal|for\s+me\s+to|secret\w*|no\s*one\s+knows|nobody\s+knows|"
    r"overdose|kill|die|end\s+it|at\s+once|in\s+one\s+go|sav(?:e|ed|ing)\s+(?:them|it|up))\b"
)


# A clinician's words retold: "she explained it's just a very good painkiller and the dose is
# tiny", "the palliative nurse said the dose is adjusted carefully". The author reports advice
# about a medicine, not a method of their own.
_CLINICIAN_SAID = re.compile(
    r"\b(?:(?:the|my|our|his|her)\s+(?:\w+\s+)?(?:nurse|doctor|dr|team|consultant|oncologist|onc|"
    r"pharmacist|gp|registrar|specialist)|she|he|they)\s+(?:explained|reassured\s+(?:me|us)|assured\s+"
    r"(?:me|us)|told\s+(?:me|us)|said)\b"
)
_NOT_ADVICE = re.compile(
    r"\b(?:lethal|deadly|fatal|enough\s+to|too\s+much|kill|die|overdose|od|end\s+it|how\s+many|"
    r"how\s+much)\b"
)


def clinician_said(sentence: str) -> bool:
    """The sentence retells a clinician's words about a medicine, with nothing of how much
    would be lethal or of ending one's life."""
    return _reads(_CLINICIAN_SAID, sentence) and not _NOT_ADVICE.search(sentence)


def safe_keeping(sentence: str) -> bool:
    """Leftover medicine returned for disposal, or medicine carried or stored as prescribed,
    with nothing kept back, hidden, saved or meant for the author."""
    return bool(_SAFE_KEEPING.search(sentence)) and not _NOT_SAFE.search(sentence)


def care_dose(sentence: str) -> bool:
    """A parent giving the child their medicine ("I know which pills she takes and how many",
    "counted his pills into the organiser"), or the week's supply set out ("sorted the meds
    out for the week"), with nothing kept, hidden, saved or meant for the author: medication
    logistics, not a method or the gathering of means."""
    return bool(_CARE_DOSE.search(sentence)) and not _NOT_CARE.search(sentence)


# A medicine stopped, declined, dropped, swapped for something else or taken up again: a
# choice about treatment (adherence), the opposite of gathering means. The medicine named
# (``claims.drugs`` reads a name as its class) or, as "it" or "them", decided with the care
# team ("my oncologist and I agreed I'd stop it"); nothing kept, hidden, saved, counted,
# enough or meant for the author, and no giving up told with it.
_STOPPED = re.compile(
    r"\b(?:stop(?:ped|ping|s)?|decline[ds]?|declining|refus(?:e|ed|es|ing)|drop(?:ped|ping|s)?|"
    r"quit|(?:came|come|coming|taken?|took)\s+(?:\w+\s+)?off|wean\w*\s+(?:\w+\s+)?off|"
    r"skip(?:ped|ping|s)?|swap(?:ped|ping|s)?|switch(?:ed|ing)?|replac(?:e|ed|es|ing)|"
    r"cut\s+(?:out|back|down)|back\s+on|restart\w*|(?:put|puts|putting)\s+(?:\w+\s+)?back\s+on|"
    r"start\w*\s+(?:\w+\s+){0,3}?again)\b[^.!?]{0,40}?\b(?:medicines?|medication|meds|tablets?|pills?|"
    r"prescriptions?|doses?|antibiotics?|antifungals?|antivirals?|steroids?|painkillers?|"
    r"anti[\s-]?sickness|antiemetics?|it|them)\b"
)
_MEDICINE = re.compile(
    r"\b(?:medicines?|medication|meds|tablets?|pills?|prescriptions?|doses?|antibiotics?|"
    r"antifungals?|antivirals?|steroids?|painkillers?|anti[\s-]?sickness|antiemetics?)\b"
)
_CARE_TEAM = re.compile(
    r"\b(?:onc|oncologists?|consultants?|team|doctors?|dr|gp|nurses?|ward|pharmacist)\b"
)
_NOT_STOPPED = re.compile(
    r"\b(?:kept|keep|keeping|hid|hide|hidden|hiding|sav\w*|stockpil\w*|stash\w*|hoard\w*|"
    r"collect\w*|enough|lethal|deadly|fatal|overdose|od|for\s+me\s+to|my\s*self|secret\w*|"
    r"kill|die|end\s+it|all\s+of\s+them|at\s+once|in\s+one\s+go|let\s+(?:it|nature)|"
    r"(?:no|what'?s\s+the)\s+point|don'?t\s+care|give\s+up|gave\s+up|"
    # a count of medicine kept: "nearly forty in the drawer"
    r"\d{2,}|twenty|thirty|forty|fifty|sixty|hundred|dozens?|piles?|drawer|bottles?)\b"
)


def medicine_stopped(sentence: str) -> bool:
    """A medicine stopped, declined, swapped or taken up again (``_STOPPED``), named or decided
    with the care team, with nothing gathered or given up with it: a treatment decision, not
    the C-SSRS gathering of means ("I stopped the ondansetron for ginger", "my oncologist and
    I agreed I'd stop it", "back on the meds")."""
    read = by_class(sentence)
    if not _STOPPED.search(read) or _NOT_STOPPED.search(read):
        return False
    return bool(_MEDICINE.search(read) or _CARE_TEAM.search(read))


# Death expected from a cause, or asked about: "I think I'm going to die of this", "she asked
# if I'm going to die", "I won't see her finish school". A prognosis feared or a child's
# question is death anxiety; the C-SSRS wish to be dead is a desire ("I want to die").
_DEATH_EXPECTED = re.compile(
    r"\b(?:die|dying|died)\s+(?:of|from)\s+(?:this|it|that|the\s+\w+|\w+\s+cancer|cancer)\b|"
    r"\b(?:die|dying|go)\s+(?:much\s+)?(?:sooner|younger|earlier)\s+than\s+(?:i'?d|i\s+would|we'?d|"
    r"(?:i|we)\s+(?:hoped|wanted|thought|planned))\b|"
    r"\b(?:asked|asks|asking|ask|wonder\w*)\s+(?:me\s+|us\s+)?(?:if|whether)\s+(?:i'?m|i\s+am|"
    r"i'?ll|i\s+will|(?:mummy|mommy|mum|mom|daddy|dad|he|she|they)(?:'s|'ll|\s+is|\s+will|\s+are|"
    r"'re)?)\s+(?:going\s+to\s+|gonna\s+)?die\b|"
    r"\b(?:asked|asks|asking|ask|wonder\w*)\s+(?:me\s+|us\s+)?(?:if|whether|what|where|who|why)\b"
    r"[^.!?]{0,60}?\b(?:after|when|once|if)\s+(?:i|mummy|mommy|mum|mom|daddy|dad)\s+(?:die|dies|"
    r"am\s+gone|'m\s+gone|is\s+gone)\b|"
    r"\b(?:won'?t|will\s+not|wont|never|not)\s+(?:get\s+to\s+|live\s+to\s+|be\s+(?:here|around)\s+"
    r"to\s+)?see\s+(?:my|our|her|him|them|the)\b[^.!?]{0,40}?\b(?:grow\s+up|finish|graduate|start|"
    r"turn|get\s+married|wedding|birthday|school|christmas)\b"
)


# Where or when to die of the illness, the questions of advance care planning (the NHS
# "preferred place of death"): "I want to die at home with my family around me", "ready to die
# when my body says it's time", "if the cancer wins I want to die in my own bed". Not "in my
# sleep" (the C-SSRS passive wish: to sleep and not wake up).
_PREFERRED_DEATH = re.compile(
    r"\b(?:die|death|dying|go)\b[^.!?,;]{0,25}?\b(?:at\s+home|in\s+(?:my|our)\s+(?:own\s+)?"
    r"(?:bed|home|house)|in\s+(?:a\s+|the\s+)?hospice|(?:not|rather\s+than)\s+(?:in|on)\s+"
    r"(?:a\s+|the\s+)?(?:hospital|ward)|surrounded\s+by|with\s+(?:my|our|the)\s+(?:family|kids|"
    r"children|husband|wife|partner)\s+(?:around|with|beside|there)|when\s+(?:the|my)\s+time\s+"
    r"comes|when\s+it'?s\s+(?:my\s+)?time|when\s+it\s+comes|when\s+my\s+body)\b|"
    r"\b(?:if|when)\s+the\s+(?:cancer|disease|tumou?r|illness)\s+wins\b|"
    r"\bwhen\s+(?:the|my)\s+time\s+comes\b[^.!?]{0,30}?\b(?:die|death|dying|go)\b|"
    r"\b(?:peaceful|good|dignified|pain[\s-]?free)\s+death\s+when\b"
)
# Words of ending one's own life, or of a death wished for now: a wish about the place of a
# death says "want to die" by its nature, so only these keep it a sign.
_ENDING = re.compile(
    r"\b(?:kill\w*\s+(?:my\s*self|me)|suicid\w*|end\w*\s+(?:it|my\s+(?:own\s+)?life|things|"
    r"everything)|tak\w*\s+my\s+(?:own\s+)?life|overdose|od|(?:never|not)\s+wake\s+up|"
    r"stop\s+existing|tonight|today|right\s+now|now|soon|sleep|anywhere|wherever|just\s+want|"
    r"some\s+days|sometimes|often|every\s+(?:day|night)|keep\w*|part\s+of\s+me|wish\w*)\b"
)


def preferred_death(sentence: str) -> bool:
    """The sentence says where or when its author would die of the illness (advance care
    planning), with no words of ending their own life or of dying now."""
    return _reads(_PREFERRED_DEATH, sentence, _ENDING)


# "Here" that is a place the sentence names: "I don't want to be here anymore, this ward is
# driving me mad" is about the ward, not about living.
_HERE_A_PLACE = re.compile(
    r"\A(?=.*\b(?:ward|hospital|room|unit|clinic|bay|a&e|er|waiting\s+room|hotel|job|office|"
    r"school|queue|infusion\s+chair)\b).*\b(?:don'?t|dont|do\s+not)\s+want\s+"
    r"to\s+be\s+(?:in\s+)?(?:stuck\s+)?(?:in\s+)?here\b"
)


def here_a_place(sentence: str) -> bool:
    """Not wanting to be "here" where the sentence names the place (a ward, a room), with no
    words of ending one's life or of a death wished for now."""
    return _reads(_HERE_A_PLACE, sentence, _ENDING)


# A thing wished gone, not the author: "part of me wants everything gone so I never have to
# think about it again" (a mastectomy weighed), "I just want it out of me", "I want the lump
# gone". The C-SSRS wish to be dead is a wish about oneself ("I want to be gone").
_THING_GONE = re.compile(
    r"\b(?:want|wants|wanted|wanting|wish|need)\s+(?:it|them|this|that|everything|all\s+of\s+it|"
    r"both|(?:the|this|that|my)\s+(?:\w+\s+)?(?:lump|tumou?r|cancer|breasts?|boobs?|port|line|"
    r"thing|drain|cells?|mass|nodes?|growth|bits?))\s+(?:(?:all|just|completely|totally)\s+)?"
    r"(?:gone|out|off|removed|taken\s+out|cut\s+out)\b"
)


def thing_gone(sentence: str) -> bool:
    """The sentence wishes a thing gone (a lump, "it", "everything"), not the author, with no
    words of ending one's life or of a wish to be dead."""
    return _reads(_THING_GONE, sentence)


# Another's death, regretted, imagined undone or feared: "if I had called the ambulance sooner my
# brother would still be here", "she'd still be alive if they'd caught it". The C-SSRS wish
# to be dead is the author's; a third person who would still be here is grief or guilt.
_ANOTHERS_DEATH = re.compile(
    r"\b(?:he|she|they|my\s+(?:\w+\s+)?(?:son|daughter|boy|girl|baby|child|brother|sister|mum|"
    r"mom|dad|husband|wife|partner|friend|grandma|grandad|nan)|(?:his|her|their)\s+\w+)"
    r"(?:'d|\s+would|\s+might|\s+could)\s+(?:still\s+)?(?:be\s+(?:here|alive|with\s+us|around)|"
    r"have\s+(?:lived|survived|made\s+it))\b|"
    # the child's death feared: "I don't want my baby to die"
    r"\b(?:don'?t|dont|do\s+not)\s+want\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|boy|girl|baby|child|kid|"
    r"little\s+one|\w+)\s+to\s+(?:die|be\s+gone|go)\b|\b(?:don'?t|dont|do\s+not)\s+want\s+(?:him|her|"
    r"them)\s+to\s+(?:die|go)\b"
)


def anothers_death(sentence: str) -> bool:
    """The sentence regrets or imagines undone the death of someone else (a third person who
    "would still be here"), with no words of ending one's own life or wishing to be dead."""
    return _reads(_ANOTHERS_DEATH, sentence)


# Another's pain, the one the author wishes to take away or cannot bear to watch: "I wish I
# could take the pain away for you", "I'd take her pain in a heartbeat". The AFSP sign is the
# author's own unbearable pain; pain that belongs to the reader or the child is empathy.
_ANOTHERS_PAIN = re.compile(
    r"\b(?:your|ur|her|his|their)\s+(?:\w+\s+)?(?:pain|suffering|hurt)\b|\b(?:pain|suffering|hurt)\s+"
    r"(?:\w+\s+)?(?:away\s+)?(?:for|from|off)\s+(?:you|u|her|him|them|my\s+(?:\w+\s+)?(?:son|"
    r"daughter|boy|girl|baby|child|kid))\b"
)


def anothers_pain(sentence: str) -> bool:
    """The pain in the sentence is someone else's (``_ANOTHERS_PAIN``), with no words of ending
    one's own life or wishing to be dead."""
    return _reads(_ANOTHERS_PAIN, sentence)


def death_expected(sentence: str) -> bool:
    """The sentence fears a death from a cause or reports it asked about, with no words of
    ending one's own life or wishing to be dead."""
    return _reads(_DEATH_EXPECTED, sentence)


# The author is the patient: their own diagnosis, cancer, treatment or prognosis. Legacy work
# (letters and videos for the children, a will, funeral wishes) is what people facing their
# own death from an illness do; a parent whose child is the patient has no such reason.
_OWN_ILLNESS = re.compile(
    r"\bmy\s+(?:own\s+)?(?:cancer|diagnosis|prognosis|tumou?rs?|mets|metastases|chemo|"
    r"radiation|radiotherapy|mastectomy|lumpectomy|oncologist|onc|disease|illness|stage\s*"
    r"(?:[1-4]|iv|i{1,3})|palliative\s+\w+|hospice\s+\w+)\b|"
    r"\bi\s+(?:have|'ve\s+got|ve\s+got|had)\s+(?:\w+\s+){0,3}?(?:cancer|tumou?rs?|leuk\w*|"
    r"lymphoma|sarcoma|myeloma|mets|metasta\w*)\b|"
    r"\bi\s+(?:was|got|have\s+been|'ve\s+been|ve\s+been)\s+(?:\w+\s+)?diagnosed\b|"
    r"\b(?:i'?m|i\s+am|im)\s+(?:\w+\s+)?(?:stage\s*(?:[1-4]|iv|i{1,3})|terminal|on\s+(?:chemo|"
    r"hospice|palliative\s+care)|in\s+hospice|dying\s+(?:of|from))\b|"
    r"\b(?:months|weeks|a\s+year|years)\s+(?:left\s+)?to\s+live\b"
)


def own_illness(text: str) -> bool:
    """The author is the patient (their own diagnosis, cancer or prognosis), and the text has
    no words of ending one's own life or wishing to be dead anywhere."""
    return _reads(_OWN_ILLNESS, text)


# A decision about one's own treatment: declining, stopping or finishing it, or moving to
# comfort care ("I've declined radiotherapy", "I decided I'm done with chemo"). Told by the
# patient, "my choice, I'm at peace with it" is about that decision (an informed refusal is
# the patient's right), not the C-SSRS intent or plan.
_TREATMENT_DECISION = re.compile(
    r"\b(?:declin\w*|stop\w*|done\s+with|refus\w*|decided\s+(?:against|to\s+stop|not\s+to)|"
    r"opt\w*\s+(?:out\s+of|against|for)|sa(?:y|id|ying)\s+no\s+to|finish\w*|mov\w*\s+to|"
    r"switch\w*\s+to|cho(?:se|ose|osing)|turn\w*\s+down)\s+(?:\w+\s+){0,4}?(?:chemo\w*|"
    r"treatment|radiotherapy|radiation|rads|surgery|reconstruction|mastectomy|lumpectomy|trial|"
    r"(?:hormone|targeted)\s+therapy|immunotherapy|comfort\s+care|palliative\s+care|hospice|"
    r"(?:line|round|cycle|regimen|block))\b"
)


# At the end of life by the illness: hospice, palliative or end-of-life care, weeks or months
# to live. With ``own_illness``, an intent or a plan is the illness's ("I'm at peace with dying
# of this").
_TERMINAL = re.compile(
    r"\b(?:hospice|palliative|end[\s-]of[\s-]life|terminal(?:ly)?|(?:weeks|months)\s+(?:left\s+)?"
    r"to\s+live|(?:weeks|months)\s+(?:left|not\s+years))\b"
)


def terminal(text: str) -> bool:
    """The author is the patient and at the end of life by the illness, with no words of
    ending their own life anywhere."""
    return own_illness(text) and bool(_TERMINAL.search(text))


# Carrying on: the protective half of a sentence of grief ("I don't know how to live without
# him but I'm getting up every morning anyway"; AFSP protective factors: reasons for living,
# responsibility to family).
_CARRYING_ON = re.compile(
    r"\b(?:but|and|yet|still)\s+(?:i'?m|i\s+am|im|i)\s+(?:still\s+)?(?:getting\s+up|going\s+on|"
    r"carrying\s+on|keep(?:ing)?\s+going|hanging\s+on|here|showing\s+up|doing\s+it)\b|"
    r"\bfor\s+(?:his|her|their|my|our)\s+(?:brothers?|sisters?|siblings?|kids|children|sake)\b|"
    # a reason for living affirmed: "I know it's keeping me alive", "the kids keep me going";
    # not "nothing is keeping me here", "the only thing keeping me alive" (_NO_REASON)
    r"\b(?:it|this|that|they|chemo|treatment|(?:the|my)\s+(?:kids|children|family|drugs|meds|"
    r"treatment|chemo|tablets|pills))(?:'s|'re|\s+is|\s+are)?\s+(?:keeps?|keeping)\s+(?:me|us)\s+"
    r"(?:alive|going)\b"
)
# A reason for living denied or left alone: with these, "keeping me alive" is no comfort.
_NO_REASON = re.compile(
    r"\b(?:nothing|no\s*one|nobody|only|not|n'?t|no\s+longer|anymore|any\s+more|just)\b"
)


def carrying_on(sentence: str) -> bool:
    """The sentence says the author carries on, with no words of ending their life; a reason
    for living counts only when affirmed, not denied or the only one (``_NO_REASON``)."""
    m = _CARRYING_ON.search(sentence)
    if m is None or OWN_DEATH.search(sentence):
        return False
    return not (m.group().endswith(("alive", "going")) and _NO_REASON.search(sentence))


def patient_decision(text: str) -> bool:
    """The author is the patient (``own_illness``) and tells a decision about their own
    treatment, with no words of ending their life anywhere."""
    return own_illness(text) and bool(_TREATMENT_DECISION.search(by_class(text)))


def illness_reason(sentence: str) -> bool:
    """The sentence names the illness, its treatment or a medical event, and no words of
    ending one's own life ("thinking about killing myself since the relapse" is a crisis).
    Medicine names are read as their class (no class name is a word of ``OWN_DEATH``), so the
    veto is checked once, on the sentence as written."""
    return bool(_ILLNESS_REASON.search(by_class(sentence))) and not OWN_DEATH.search(sentence)


def apply_illness_reason(text: str, out: list[Signal]) -> list[Signal]:
    """Lower gated signals whose sentence names the illness, and a burden told as the tasks
    others do, unless another sign stands."""
    others = [
        s for s in out if s.score >= 0.5 and not gated(s, text) and not s.detail.startswith(_BURDEN)
    ]
    if others:
        return out
    kept: list[Signal] = []
    patient = own_illness(text)
    for sig in out:
        sentence = sentence_at(text, sig.start)
        reading = ""
        if (
            sig.score > _MENTION
            and gated(sig, text)
            and (illness_reason(sentence) or death_expected(sentence) or patient)
        ):
            reading = " (the illness is the reason)"
        elif sig.score > _MENTION and sig.signal == "ideation" and preferred_death(sentence):
            reading = " (where or when to die of the illness: advance care planning)"
        elif (
            sig.score > _MENTION
            and sig.detail.startswith(_BURDEN)
            and practical(
                " ".join(
                    (_previous_sentence(text, sig.start), sentence, _next_sentence(text, sig.end))
                ),
                text,
            )
        ):
            reading = " (a practical burden: what others do for them)"
        if reading:
            sig = Signal(
                sig.category, _MENTION, sig.signal, sig.start, sig.end, sig.detail + reading
            )
        kept.append(sig)
    return kept


def practical(sentence: str, text: str = "") -> bool:
    """A burden told by the tasks others now do ("he does all the school runs and the
    cooking"), in its sentence, the one before or the next ("I feel like a burden. My daughter
    moved home to look after me"), with no wish to be gone in the sentence or the whole ``text``:
    self-perceived burden, not a warning sign alone."""
    return (
        bool(_CARE_TASKS.search(sentence))
        and not OWN_DEATH.search(sentence)
        and not OWN_DEATH.search(text)
    )


def _previous_sentence(text: str, start: int) -> str:
    """The sentence before the one holding ``start`` (empty at the start of the text)."""
    begin = sentence_start(text, start)
    return sentence_at(text, begin - 2) if begin >= 2 else ""


def _next_sentence(text: str, end: int) -> str:
    """The sentence after the one ending at or after ``end`` (empty at the end of the text)."""
    stop = sentence_end(text, end)
    if stop + 1 >= len(text):
        return ""
    return sentence_at(text, stop + 1)
