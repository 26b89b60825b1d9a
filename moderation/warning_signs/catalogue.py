"""The catalogue of crisis warning signs, by taxonomy item, each with several phrasings.

Every phrasing is written for Hearth, in the first person (or a parent about their child),
in the registers of a chat: short sentences, a parent's voice, text-speak. None is copied
from a source; each item cites the public taxonomy it paraphrases:

- C-SSRS: the Columbia Suicide Severity Rating Scale screener (wish to be dead, non-specific
  active thoughts, thoughts with method, intent, plan, preparatory behaviour):
  https://cssrs.columbia.edu/the-columbia-scale-c-ssrs/about-the-scale/
- 988: the 988 Suicide & Crisis Lifeline "know the warning signs":
  https://988lifeline.org/help-yourself/  (burden, trapped, unbearable pain, no reason to
  live, looking for a way, withdrawing, saying goodbye, giving away possessions)
- AFSP: "Risk factors, protective factors and warning signs":
  https://afsp.org/risk-factors-protective-factors-and-warning-signs/
- A child's self-harm or death wish reported by a parent: the same C-SSRS items told about
  one's child (the C-SSRS pediatric / parent-report versions).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WarningSign:
    """One taxonomy item: its name, the source it cites, and first-person phrasings."""

    name: str
    source: str
    phrasings: tuple[str, ...]


CATALOGUE: tuple[WarningSign, ...] = (
    WarningSign(
        "wish to be dead",
        "C-SSRS item 1",
        (
            "I wish I could go to sleep and never wake up.",
            "I just want to not be here anymore.",
            "I wish I was dead.",
            "sometimes i hope i just dont wake up",
            "I'd be fine if a car hit me tomorrow.",
        ),
    ),
    WarningSign(
        "thoughts of suicide",
        "C-SSRS item 2 (non-specific active thoughts)",
        (
            "I keep thinking about ending my life.",
            "I've been thinking about killing myself.",
            "thoughts of ending it wont leave me alone",
        ),
    ),
    WarningSign(
        "thinking of a method",
        "C-SSRS item 3 (ideation with a method)",
        (
            "I've been reading how many pills it would take.",
            "I keep looking up ways to do it that wouldn't hurt.",
            "I know exactly how I would do it.",
            "I looked up how much of his morphine would be enough for me.",
        ),
    ),
    WarningSign(
        "intent to act",
        "C-SSRS item 4 (intent)",
        (
            "I think I'm actually going to do it this time.",
            "I'm going to end it, I've made up my mind.",
            "i'm done, tonight is the night",
        ),
    ),
    WarningSign(
        "a plan",
        "C-SSRS item 5 (plan)",
        (
            "I've picked the day I'm going to do it.",
            "Once the funeral is over I'm going to end it.",
            "I have it all worked out, when and how.",
        ),
    ),
    WarningSign(
        "preparing: gathering means",
        "C-SSRS item 6 (preparatory behaviour); 988: looking for a way to kill oneself",
        (
            "I've been saving up my sleeping pills.",
            "I counted the leftover medication from my son's treatment and kept it.",
            "I bought a rope today.",
            "I got my dad's gun out of the safe and put it in my car.",
            "Been stockpiling her leftover oxy in my drawer.",
            "I've got enough pills hidden away now.",
        ),
    ),
    WarningSign(
        "at a dangerous place",
        "988: looking for a way to kill oneself; AFSP: access to lethal means",
        (
            "I'm standing on the bridge looking down at the water.",
            "I'm on the roof of the hospital car park.",
            "Sitting at the edge of the train tracks waiting.",
            "on the top floor of the parking garage rn, just staring at the drop",
            "I drove to the cliffs and I'm sitting at the edge.",
        ),
    ),
    WarningSign(
        "saying goodbye, giving things away",
        "988 and AFSP: saying goodbye, giving away prized possessions, putting affairs in order",
        (
            "I've given away my things and said goodbye to everyone.",
            "I wrote letters to my husband and kids for after I'm gone.",
            "I've sorted out my will and the passwords so they'll be fine without me.",
            "This is my last message here, thank you all for everything, goodbye.",
            "I gave my sister my jewellery and told her to look after the kids.",
        ),
    ),
    WarningSign(
        "being a burden",
        "988 and AFSP: talking about being a burden to others",
        (
            "My family would be better off without me.",
            "I'm just a burden to everyone around me.",
            "everyone would be happier if i wasnt around",
            "My husband and kids would be fine without me, probably better.",
            "I'm only dragging everyone down with me.",
        ),
    ),
    WarningSign(
        "feeling trapped",
        "988 and AFSP: feeling trapped, no way out",
        (
            "I'm trapped and there's no way out of this.",
            "I can't see any way out except to end it.",
            "There is no escape from this for me.",
        ),
    ),
    WarningSign(
        "unbearable pain",
        "988 and AFSP: being in unbearable pain",
        (
            "I can't bear this pain any longer, I just want it to stop for good.",
            "The pain is too much, I can't go on living like this.",
            "i cant take it anymore, i want it all to end",
        ),
    ),
    WarningSign(
        "no reason to live",
        "988 and AFSP: having no reason to live",
        (
            "I have no reason to live anymore.",
            "There's nothing left for me to live for.",
            "What's the point of me living now that he's gone.",
            "If she dies I have no reason to keep going.",
        ),
    ),
    WarningSign(
        "withdrawing to die",
        "988 and AFSP: withdrawing, isolating, saying goodbye",
        (
            "I've stopped answering everyone, soon they won't have to worry about me.",
            "I'm cutting everyone off so it hurts less when I'm gone.",
        ),
    ),
    WarningSign(
        "self-harm",
        "C-SSRS: non-suicidal self-injurious behaviour",
        (
            "I cut myself again last night.",
            "I've been hurting myself to feel something.",
            "burned my arm on purpose again",
        ),
    ),
    WarningSign(
        "a child's self-harm or wish to die",
        "C-SSRS items 1-6 and self-injury, told by a parent about their child",
        (
            "My son told me he wants to die.",
            "My daughter has been cutting herself.",
            "My 12 year old said she wishes she was dead.",
            "Found out my teen has been hurting himself and says he doesn't want to live.",
            "My boy said he'd rather die than have more chemo.",
            "my kid keeps saying she wants to kill herself",
        ),
    ),
)


# Ordinary messages of this community that share words with the signs: a sentence closer to
# one of these than to every sign is not a warning sign (sorting the week's tablets).
CONTRAST: tuple[str, ...] = (
    "I sorted out the tablets into the weekly pill box.",
    "I picked up her prescriptions from the pharmacy.",
    "I gave the nurse the list of his medicines and doses.",
    "Crossed the river on the way to clinic this morning.",
    "I parked in the hospital garage and went up to the ward.",
    "Donated the toys she outgrew to the hospital playroom.",
    "I said goodbye to the nurses when we were discharged.",
    "I'm so tired, I just want to sleep for a week.",
    "I miss her so much, I cry every day.",
    "I feel guilty asking my family for help again.",
    "I can't wait for this treatment to be over.",
    "I'm exhausted and overwhelmed by all the appointments.",
    "My son is scared of needles and cries before every poke.",
    "My daughter is sad and angry about losing her hair.",
    "I want to stop feeling so anxious all the time.",
    "I'm stressed about money and the medical bills.",
)
