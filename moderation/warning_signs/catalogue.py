# ruff: noqa: E501 (one phrasing per line reads as a list)
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
            "sometimes i hope i just dont wake up",
            "I'd be fine if a car hit me tomorrow.",
            "Honestly I'd welcome it if I didn't survive the night.",
            "I keep wishing it was me in that hospital bed and that I'd just die instead.",
            "part of me wants to be dead so i dont have to feel this",
            "I pray every night that God takes me.",
            "if i got a terminal diagnosis tomorrow id feel relieved",
            "I want to be gone, not in a dramatic way, just gone.",
            "I'd be relieved if I never had to wake up again.",
            "honestly wouldnt care if i got hit by a bus",
            "I wish I could fall asleep and stay asleep forever.",
            "Some days I want to be dead more than I want to be here.",
            "wish i could just stop existing for good",
        ),
    ),
    WarningSign(
        "thoughts of suicide",
        "C-SSRS item 2 (non-specific active thoughts)",
        (
            "thoughts of ending it wont leave me alone",
            "Suicide keeps crossing my mind when I'm driving home from the ward.",
            "I've had thoughts of taking my own life most days this month.",
            "been thinking about killing myself a lot since the relapse",
            "The thought of ending everything is with me every night now.",
            "ngl i think about suicide more than i think about dinner",
            "I keep having thoughts about ending it all.",
            "the idea of killing myself keeps coming back",
            "I think about taking my life every night when the house goes quiet.",
            "my head keeps telling me to end my life",
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
            "I've been reading online about which dose would be lethal.",
            "I searched how high a fall has to be to be fatal.",
            "i keep working out whether his insulin would do it",
            "I've thought about driving into a wall on the motorway, I know which one.",
            "Looked up how to tie a noose last night.",
            "been reading about which bridge round here is the highest",
            "I know exactly how I'd do it, I've thought it through.",
            "I googled whether hanging hurts.",
            "I've worked out which of his medicines would be lethal for an adult.",
        ),
    ),
    WarningSign(
        "intent to act",
        "C-SSRS item 4 (intent)",
        (
            "I think I'm actually going to do it this time.",
            "I'm going to end it, I've made up my mind.",
            "i'm done, tonight is the night",
            "I'm not going to be here much longer, I've decided.",
            "This time I'm really going through with it.",
            "i mean it this time, i'm ending it",
            "I've made my decision and I'm at peace with it, I'm going to kill myself.",
            "Tonight I'm finally going to do it.",
            "tonights the night, im not backing out",
            "I've made my decision and I'm going through with it this weekend.",
        ),
    ),
    WarningSign(
        "a plan",
        "C-SSRS item 5 (plan)",
        (
            "I've picked the day I'm going to do it.",
            "Once the funeral is over I'm going to end it.",
            "I have it all worked out, when and how.",
            "I've planned it for when the kids are at their grandparents' next weekend.",
            "I know the where and the when now, it's all arranged.",
            "after her birthday party i'm going to do it, it's all planned",
            "I've chosen the place and the date, I just need to get through Christmas.",
            "I've planned how I'll do it so the kids won't be the ones to find me.",
            "I've picked the day, it'll be after the kids go back to school.",
            "got it all sorted, where and when",
            "When my husband is on nights next week, that's when I'll do it.",
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
            "I've been holding back a couple of her sleeping tablets every night so I have a supply.",
            "There's a full bottle of his old painkillers hidden behind the towels, I didn't hand them back.",
            "picked up a rope and some tape on the way home, it's in the garage",
            "I borrowed my brother's rifle and didn't give it back.",
            "ive got a stash of pills saved now, enough to do it",
            "I bought a new razor blade today and hid it where no one will look.",
            "I've been stockpiling my antidepressants for a few weeks now.",
            "hiding a stash of pills in my sock drawer",
            "I bought a rope and hid it in the shed.",
            "I've been saving the tablets the GP gives me instead of taking them.",
            "Got my hands on a gun and I keep it in the car.",
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
            "I'm up on the multistorey roof looking over the edge.",
            "Standing on the bridge over the river right now, the water is really high.",
            "im on the edge of the platform waiting for the next express",
            "Sitting on the ledge of the hospital balcony on the seventh floor.",
            "Drove to the quarry and I'm standing at the top of the drop.",
            "I'm on the wrong side of the railing on the motorway bridge.",
            "standing at the platform edge letting the trains go past",
            "I'm on top of the multistorey car park looking over the edge.",
            "Drove to the bridge again tonight and stood by the railing.",
        ),
    ),
    WarningSign(
        "saying goodbye, giving things away",
        "988 and AFSP: saying goodbye, giving away prized possessions, putting affairs in order",
        (
            "I've given away my things and said goodbye to everyone.",
            "I've sorted out my will and the passwords so they'll be fine without me.",
            "I gave my sister my jewellery and told her to look after the kids.",
            "I've been visiting everyone this week to say a proper goodbye.",
            "Gave my mum my jewellery and told her it's hers to keep now.",
            "i gave away my stuff and made sure the bills are paid so nobody has to deal with it",
            "I've written down all my bank details and left them where my husband will find them after.",
            "Thank you for everything, I won't be posting again, look after each other.",
            "I rehomed my dog today so he'll be looked after when I'm not around.",
            "gave away all my clothes and my books this week, wont need them",
            "I've written notes for everyone and put them in the drawer.",
            "I've put my affairs in order so nobody has to sort anything out after.",
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
            "I'm nothing but a weight on my family now.",
            "My wife would have a better life if I wasn't in it.",
            "they'd all cope better if i was gone tbh",
            "I'm causing everyone so much trouble, they'd be relieved if I disappeared.",
            "I'm a burden on my sick kid and everyone else, I should just go.",
            "the kids would be better off with someone else raising them, not me",
            "Everyone would be better off if I was out of the way.",
            "im just a drain on everyone, theyd be better without me",
            "My kids deserve better than a mum like me, they'd be fine without me.",
            "I'm a weight around everyone's neck.",
        ),
    ),
    WarningSign(
        "feeling trapped",
        "988 and AFSP: feeling trapped, no way out",
        (
            "I can't see any way out except to end it.",
            "There is no escape from this for me.",
            "I'm stuck in a life I can't escape, and I've stopped looking for a way out.",
            "theres no way out of this for me except one",
            "I feel caged in and ending it is the only exit left.",
            "I see no way out of this except dying.",
            "I'm cornered with no way out and I can't see a future.",
        ),
    ),
    WarningSign(
        "unbearable pain",
        "988 and AFSP: being in unbearable pain",
        (
            "I can't bear this pain any longer, I just want it to stop for good.",
            "The pain is too much, I can't go on living like this.",
            "i cant take it anymore, i want it all to end",
            "I can't live with this pain anymore, I need it to be over for good.",
            "This hurt is too much to survive, I don't want to carry it another day.",
            "the pain is unbearable and i just want to stop existing",
            "It hurts so much I'd do anything to make it stop permanently.",
            "The hurt inside is unbearable and I want it to stop forever.",
            "i cant cope with this pain anymore, i just want to not feel anything ever again",
            "The emotional pain is so much I can't survive another day of it.",
        ),
    ),
    WarningSign(
        "no reason to live",
        "988 and AFSP: having no reason to live",
        (
            "What's the point of me living now that he's gone.",
            "If she dies I have no reason to keep going.",
            "I don't have anything to live for anymore.",
            "If he doesn't make it there is no reason for me to stay.",
            "whats the point in living without my baby",
            "Nothing is keeping me here anymore.",
            "My life has no purpose now, I see no reason to carry on.",
            "no point me going on anymore",
            "Without him I don't see a reason to stay alive.",
        ),
    ),
    WarningSign(
        "withdrawing to die",
        "988 and AFSP: withdrawing, isolating, saying goodbye",
        (
            "I've stopped answering everyone, soon they won't have to worry about me.",
            "I'm cutting everyone off so it hurts less when I'm gone.",
            "I've pushed everyone away so it will be easier for them when I'm gone.",
            "I'm not answering anyone anymore, they'll understand soon enough.",
            "im distancing myself from everyone so they wont miss me much",
            "I've been saying goodbye to people without telling them why.",
            "I stopped replying to everyone, it won't matter soon.",
        ),
    ),
    WarningSign(
        "self-harm",
        "C-SSRS: non-suicidal self-injurious behaviour",
        (
            "I've been hurting myself to feel something.",
            "burned my arm on purpose again",
            "I've started cutting again to cope with the scan results.",
            "I punched the wall until my knuckles bled, on purpose.",
            "been scratching my arms till they bleed to feel something",
            "I hurt myself last night after the kids were asleep.",
            "I've been burning myself with cigarettes when it gets too much.",
            "i relapsed and cut my thighs again",
            "I've been cutting my wrists again.",
            "I bit my arm until it bled because I couldn't cope.",
            "I hit myself over and over after the kids went to bed.",
            "started self harming again",
            "I burn my skin with a lighter when everything gets too loud.",
        ),
    ),
    WarningSign(
        "a child's self-harm or wish to die",
        "C-SSRS items 1-6 and self-injury, told by a parent about their child",
        (
            "My daughter has been cutting herself.",
            "My 12 year old said she wishes she was dead.",
            "Found out my teen has been hurting himself and says he doesn't want to live.",
            "My boy said he'd rather die than have more chemo.",
            "my kid keeps saying she wants to kill herself",
            "My teenage daughter says she wishes she would just die so the treatments stop.",
            "Our son has been cutting his arms and hiding it with long sleeves.",
            "my 10 year old told me he wants to go to heaven so he doesnt have to feel sick anymore",
            "I found out my daughter has been hurting herself and she told me she wants to be dead.",
            "My son said he's going to kill himself if he has to have another operation.",
            "my girl keeps saying she wishes she was never born and shes been scratching herself",
            "Found cuts on my son's thighs and he admitted he's been doing it for months.",
            "my 12 yr old said she wants to kill herself",
            "Our teenager told the nurse she has been hurting herself on purpose.",
            "My son keeps saying he wishes he was never born and wants to disappear forever.",
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
    "The chemo makes her so sick, I hate watching it.",
    "I'm so tired I could sleep for days.",
    "I'm dying for a proper cup of coffee after this night on the ward.",
    "This waiting is killing me, results should come tomorrow.",
    "I counted out his evening doses and wrote them on the chart.",
    "The nurse locked up the morphine and showed us how to use the pump.",
    "We returned the unused medication to the pharmacy.",
    "I took the lift to the top floor to see the oncology consultant.",
    "We walked across the bridge to the park with her wheelchair.",
    "We stood on the platform waiting for the train to the hospital.",
    "I gave away the baby clothes she grew out of.",
    "We said goodbye to grandma at the airport.",
    "We updated our wills after the diagnosis, like the social worker suggested.",
    "I feel like I'm failing as a parent some days.",
    "I'm a mess, I cried in the car park again.",
    "I feel guilty that I can't be there for my other kids.",
    "I can't stop thinking about the scan results.",
    "I don't know how we'll cope if he relapses.",
    "If she dies I don't know how I'll go on, but I will for her brother.",
    "My son is angry and sad and says he hates the hospital.",
    "My daughter cried because she doesn't want more needles.",
    "He said he wishes he didn't have cancer.",
    "I'm stuck at the hospital all week and I miss home.",
    "I feel trapped by all the appointments and the paperwork.",
    "The pain from her surgery is really bad tonight.",
    "I'm exhausted, I just want this whole treatment to be over.",
    "I'm not going to hurt myself, I just need to talk.",
    "I'm safe, my partner is home with me tonight.",
    "If you feel like a burden please reach out, you matter.",
    "Our friend from the ward passed away last night, we are heartbroken.",
    "I watched a film about a man who jumped off a bridge.",
    "I keep a list of all her meds and their doses on the fridge.",
    "I've lost interest in everything except getting her better.",
    "I feel numb most days since the diagnosis.",
)


# Death talk of this community that is no warning sign, by the kind of concern the
# psycho-oncology literature describes (death anxiety, end-of-life decisions, anticipatory and
# bereaved grief, legacy work, caregiver exhaustion): the classifier's weighted negatives
# (``moderation.training.warning_signs --mortality-weight``). Their held-back siblings live in
# ``tests/moderation/functional/illness_mortality.py`` and are never trained on.
MORTALITY: dict[str, tuple[str, ...]] = {
    "fear_child_dies": (
        "I'm terrified she won't make it to her next birthday.",
        "every time his temp spikes i think this is it, we're going to lose him",
        "I keep picturing the funeral even though the doctors say there's a good chance.",
    ),
    "own_prognosis": (
        "Since my own diagnosis I think about death every day, mostly about leaving my children.",
        "My own scan came back and I'm scared I won't be around to see her finish treatment.",
        "im stage 4 myself so i think about dying a lot, mostly about who will take her to clinic",
        "Being a patient and a parent at once means I think about my own death more than I'd like.",
    ),
    "end_of_life_care": (
        "We signed the DNR today and I feel like I betrayed him.",
        "hospice nurse came to the house, we're keeping him comfortable now",
        "We've decided to stop curative treatment and focus on her comfort, with the team's support.",
    ),
    "funeral_planning": (
        "I picked the songs for her service today.",
        "had to choose a tiny coffin. no parent should ever have to do that",
        "The funeral director was kind; we're planning it around his favourite dinosaurs.",
    ),
    "bereaved_belongings": (
        "I finally gave her clothes to her cousins, six months after she died.",
        "donated his lego to the ward playroom, he'd have wanted other kids to have it",
        "Packed up her room this weekend and said goodbye to it properly.",
    ),
    "legacy_work": (
        "I'm writing letters for my kids to open on their birthdays in case the cancer wins.",
        "made a will and sorted guardianship after my diagnosis, feels morbid but necessary",
        "The play therapist helped us make a memory box with his handprints.",
        "I've started a journal for my daughter so she knows who I was if I don't beat this.",
        "wrote each of my kids a goodbye letter before my surgery, just in case",
        "We filmed messages for his little brother while he still has the energy to talk.",
    ),
    "trade_places": (
        "I would give my life in a heartbeat if it meant she could be well.",
        "wish it was me in that bed instead of him",
        "Why couldn't it have been me? She's only four.",
        "I'd happily die if it meant he got to grow up.",
    ),
    "exhaustion": (
        "I'm so drained I could sleep for a week.",
        "cant keep my eyes open, 3 nights on the ward chair",
        "Some days I want to run away from all of it for an afternoon and then I go back in.",
        "i just want to vanish somewhere quiet for a weekend and sleep",
    ),
    "survivor_guilt": (
        "Her friend from the ward died last week and I feel guilty that my daughter is still here.",
        "why did my boy make it when so many didnt, i cant stop thinking about their mums",
        "We rang the bell today and all I could think about were the families who never get to.",
    ),
}
