"""Crisis functional tests: one function per warning sign, each in several registers.

Warning signs follow the C-SSRS screener categories (wish to be dead, non-specific active
thoughts, method, intent, plan, preparatory behaviour, actual/aborted attempt, self-harm) and
the 988 Suicide & Crisis Lifeline and AFSP warning-sign lists (talk of being a burden, of
feeling trapped or in unbearable pain, looking for a way to kill oneself, giving away
possessions, saying goodbye, being at a dangerous place), in the voice of a parent, about
themselves or their child. Look-alikes that must stay quiet are in the second table.
"""

from __future__ import annotations

import pytest

from .support import QUIET, Case, cases, check, param_ids, params, pipeline

C = "crisis"

POSITIVE: list[Case] = [
    # C-SSRS 1: wish to be dead
    *cases(
        "wish_dead",
        C,
        "I wish I could go to sleep and never wake up.",
        "some nights i just wish i wasnt here anymore",
        "honestly i wish i was dead tbh",
        "I keep praying God takes me instead of her, I don't want to be alive without her.",
        "Im so tired of all of it. I wish I could just dissappear forever and not come back.",
        "Three relapses in two years. Everyone tells me to be strong for him, but the truth is "
        "that most mornings I lie there wishing I would not wake up at all, and I have no idea "
        "how to say that out loud to anyone.",
        "Every morning I wake up disappointed that I woke up.",
        "gutted i woke up again tbh",
        # asked to be taken; to be with the dead (faith's words for it)
        "Some nights I pray the cancer takes me too.",
        "i just want to be with him in heaven",
        "wish death would hurry up and come for me",
    ),
    # C-SSRS 2: non-specific active suicidal thoughts
    *cases(
        "active_thoughts",
        C,
        "I've been thinking about killing myself.",
        "thoughts of ending my life keep coming back at night",
        "i keep thinking abt ending it all",
        "Since the diagnosis I have been having suicidal thoughts and I'm scared of them.",
        "I want to end my life.",
        # the thought of how, of the author or told of their child
        "I keep thinking about how to end it.",
        "been thinking abt ways to end my life",
        "She told the nurse she has been thinking about how to kill herself.",
    ),
    # C-SSRS 3: thoughts with a method
    *cases(
        "method",
        C,
        "I keep working out how many of his morphine tabs it would take for me.",
        "I've been looking up how much insulin would be enough to not wake up.",
        "been googling painless ways to die",
        "I know exactly which bridge I would jump from.",
        "i've been researching how to overdose on her leftover oxy",
        # the research told of a child, or asked of the parent
        "He googled ways to die on his ipad, I saw the history.",
        "She looked up how to kill herself, it was in her search history.",
        "He asked me how many of his morphine it would take to not wake up.",
        # a place looked for by the way it lets one fall
        "been looking up which bridges near the hospital have no fences",
        "I keep checking which car parks in town have low barriers on the top floor.",
        # a lethal amount by what it does to a person; where a body gives out
        "how many of my 5mg diazepam would stop a grown man's heart",
        "searched how long a person survives in freezing water off the pier",
        "read up on how long it would take in a sealed garage with the engine running",
    ),
    # 988/AFSP no reason to live, C-SSRS 4 intent told as checking out for good
    *cases(
        "no_reason",
        C,
        "honestly can't find one reason to even get up anymore",
        "I've stopped finding any reason to keep going since she died.",
        "Think I'm clocking out for good after Christmas.",
        # the Lifeline's own words, in a bereaved parent's voice and in chat
        "Since Theo went I've got nothing left to live for.",
        "honestly dont have anything to live for anymore",
    ),
    # weak signs together: a decision with nothing named, a calm after despair, an absence
    # supposed, a bare farewell (988/AFSP goodbye; NIMH sudden calm; C-SSRS 4 intent)
    *cases(
        "weak_signs_together",
        C,
        "It's decided. Thank you all for everything.",
        "Mind's made up. Goodbye everyone.",
        "felt calm for the first time in weeks today. love you all, look after each other",
        "If I'm no longer here after Sunday, please tell Ellie's nurses thank you. Bye.",
    ),
    # algospeak and masked words: what people type where platforms filter the plain ones
    *cases(
        "algospeak",
        C,
        "ngl i wanna unalive myself tonight",
        "scan day tmrw. if its bad im gonna kms",
        "I keep thinking about sewer slide since the relapse",
        "some days i just want to k!ll myself and be done with it",
        "I keep thinking about su*cide when the house is quiet.",
    ),
    # C-SSRS 4-5: intent and plan
    *cases(
        "intent_plan",
        C,
        "I've decided. Friday, once the kids are at my mum's, I'm going to end it.",
        "i have a plan and a date, i just need to get through his birthday",
        "Tonight is the night I finally do it, I've made up my mind.",
        "I'm going to kill myself after the funeral.",
        "tonights the night, gonna do it",
        # knowing how and when; a sudden calm after a decision with nothing named, and a date
        # set for nothing named (weak alone, raised together)
        "I know how and I know when. I just have to get through Christmas for the kids.",
        "i've worked out how and when, dont try to talk me out of it",
        "For the first time in months I feel calm. I know what I'm going to do now.",
        "i feel lighter than i have in ages now that i've decided. everything is sorted.",
        "Made up my mind. Picked the date.",
    ),
    # C-SSRS preparatory behaviour / AFSP 'looking for a way': gathering means
    *cases(
        "gathering_means",
        C,
        "I've been counting his leftover pain meds and hiding them in my drawer for myself.",
        "Saved up all of her old oxycodone. There's enough now.",
        "bought a rope today. nobody knows.",
        "I took my husband's gun out of the safe and put it in my nightstand so it's close.",
        "I've been stockpiling my sleeping pills for weeks.",
        "I've got the pills lined up on the counter.",
    ),
    # 988 / AFSP: being at a dangerous place
    *cases(
        "dangerous_place",
        C,
        "I'm standing on the bridge right now looking at the water.",
        "sitting on the edge of the hospital parking garage roof, can't make myself go back in",
        "im at the train tracks again",
        "Parked at the cliff lookout. I'm not sure I'm driving home tonight.",
    ),
    # 988 / AFSP: giving away possessions, saying goodbye
    *cases(
        "goodbye",
        C,
        "I gave my sister my wedding ring and told her to take care of the boys. This is "
        "goodbye, thank you all for everything.",
        "Wrote letters to each of my kids tonight so they have something from me when I'm gone.",
        "this is my last post. thank u all for being there, goodbye",
        "I've been giving away my things. Won't need them where I'm going.",
        "Just wanted to say goodbye to everyone here before I go. Please look after my daughter.",
    ),
    # 988 / AFSP: being a burden; others better off without me
    *cases(
        "burden",
        C,
        "Everyone would be better off without me.",
        "my family wud b better off w/o me honestly",
        "I'm nothing but a burden to my family and they'd manage fine if I was gone.",
        "My husband and the kids would be happier if I wasn't around anymore.",
        "The world would be better without me in it.",
        # worth more to them dead (perceived burdensomeness)
        "I'm worth more dead than alive at this point.",
        "My family would honestly do better with the life insurance than with me.",
        "the insurance money would do more for the kids than i ever could",
    ),
    # the same with the comparison first, or the people it would help named between
    *cases(
        "burden_comparison_first",
        C,
        "I've been thinking a lot about how much easier things would be if I just wasn't here.",
        "honestly it'd be so much simpler for everyone if i wasnt around",
        "Sometimes I think life would be calmer for my husband and the kids if I was gone.",
        "how much happier would they all be if i just disappeared",
        "it'd be better for the whole family if i didn't exist tbh",
    ),
    # the burden sign after a doubt or a second sign, which deny nothing ("I don't know",
    # "I don't care anymore", "I don't think anyone would notice")
    *cases(
        "burden_hedged",
        C,
        "I don't know, maybe they'd be better off without me.",
        "idk maybe everyone wud b better off w/o me",
        "I don't care anymore, my family would be better off without me.",
        "I don't think anyone would even notice, they'd be better off if I wasn't here.",
        "Honestly I don't even know why I'm posting. The kids would be happier without me.",
    ),
    # 988 / AFSP: feeling trapped, unbearable pain, no reason to live
    *cases(
        "trapped_pain",
        C,
        "I feel completely trapped and the pain is unbearable. I don't see any way out anymore.",
        "there's no reason for me to keep living",
        "I can't do this anymore. I don't want to be here.",
        "What's the point of living when I couldn't even save my own child?",
        # the author's own pain beside a child's: still a sign
        "I can't take her pain away and I can't bear my own any more, I want it all to stop "
        "for good.",
        "I'd die for her, and some nights I just want to die full stop.",
    ),
    # C-SSRS: suicidal behaviour, attempts
    *cases(
        "attempt",
        C,
        "I tried to overdose last week and nobody knows.",
        "i attempted again last night",
        "Last month I swallowed a whole bottle of pills, I woke up in the ER.",
        "I took a load of tablets on Friday, woke up in hospital.",
        "I took half the packet of my sleeping tablets last night",
    ),
    # C-SSRS aborted or self-interrupted attempt, with another sign (by meaning: full only)
    *(
        Case("aborted_attempt", text, C, modes=("full",))
        for text in ("I had the knife out last night, talked myself out of it at the last minute.",)
    ),
    # C-SSRS: non-suicidal self-injurious behaviour (the parent)
    *cases(
        "self_harm",
        C,
        "I cut myself again last night, first time in years.",
        "been burning my arm with a lighter just to feel something else",
        "I started hurting myself again since he relapsed.",
        "i relapsed on self harm",
        "I dug my nails into my arms until they bled so I'd stop crying.",
        "been hitting my head against the wall on purpose when the kids are asleep",
    ),
    # The child: self-harm and a wish to be dead, reported by the parent
    *cases(
        "child",
        C,
        "My 14 year old told me she wants to die.",
        "found cuts on my son's arms tonight. he said he wishes he was dead",
        "Our daughter has been hurting herself and said she'd rather be dead than do more chemo.",
        "my kid keeps saying he wants to kill himself",
        "He's 15 and after the amputation he told me he doesn't want to be alive anymore.",
        # the author's own signs told of the child (``rules.told_view``)
        "My daughter has been saying everyone would be better off without her.",
        "Our 15 year old keeps saying he's worth more dead than alive.",
        "My son googled ways to die, it was in his history.",
        "My boy has started giving away his games, he says he won't need them where he's going.",
    ),
    # read by meaning from the child's side (the rules have no sign for it)
    Case("child", "My son told his sister he's going to jump off the hospital roof.", C, ("full",)),
    Case("child", "My son wrote 'sorry for being a burden' on his whiteboard.", C, ("full",)),
]

LOOKALIKE: list[Case] = [
    # the burden belief denied (C-SSRS "denies"): a belief verb negated before the clause
    *cases(
        "burden_denied",
        QUIET,
        "I don't think things would be better if I wasn't here, I know they need me.",
        "I no longer believe my kids would be better off without me. Therapy has helped.",
        "i dont think my family wud b better off w/o me anymore, my counsellor helped me see that",
        "I never believed the kids would be better off without me, even on the worst days.",
        "I don't feel like everyone would be happier without me any more, this group helped.",
        "I don't think my husband and the kids would be better off without me, not any more.",
    ),
    # an absence bounded in time or place, or company: no burden sign
    *cases(
        "absence_bounded",
        QUIET,
        "It would be so much easier if I wasn't here alone with him every night.",
        "The nurses said it's easier for them if I wasn't here during the line change.",
        "Easier for the kids if I wasn't at work all the time, but bills.",
        "Would it be better if I wasn't around when she has her bloods taken? She gets so upset.",
        "It'll be easier on my wife if I wasn't in the room for the scan results, she says.",
    ),
    # Negated and safety statements
    *cases(
        "negated_safe",
        QUIET,
        "I'm not going to hurt myself, I'm safe, I just need to vent.",
        "To be clear I am NOT suicidal, just exhausted beyond words.",
        "Not in any danger, promise. Just a really bad day.",
        "I would never kill myself, my kids need me. But I'm so tired.",
        "i'm safe and not thinking of ending anything, just sad",
        "I don't want to die, I want this cancer to die.",
        # faith in a meeting one day; a parent's bargain; heaven as what a dying child believes
        "I know I'll be with her in heaven one day, and that keeps me going.",
        # the same algospeak words at nobody, or distances: no one at risk
        "drove 40 kms each way to the clinic today, shattered",
        "She had so much to live for, our beautiful girl.",
        # one weak sign alone, or a decision with its content named
        "Decision made: we're going ahead with the transplant in March.",
        "It's decided. Jade has the amputation on the 3rd.",
        "ok gotta run, school pickup. bye!",
        "If I'm not around after 5, ring the ward directly.",
        "She wants to go to heaven when she dies, she told the play therapist.",
        "Mum asked the nurse to take me home for a shower.",
    ),
    # Illness and treatment talk
    *cases(
        "illness_talk",
        QUIET,
        "The doctors said the tumor is killing him slowly and there's nothing more to try.",
        "We count his pills every night because the nurse asked us to track doses.",
        "We read about ways to die at home with the hospice team, it helped us plan.",
        "I asked the pharmacist how many of his tablets would be dangerous for his little sister.",
        "Radiation ends on Friday and we can finally say goodbye to the daily drives.",
        "Said goodbye to the nurses on the ward today, last day of chemo!",
        "Giving away his old baby clothes to another family on the ward.",
        "She's on a morphine pump now, the palliative team is keeping her comfortable.",
        "He's refusing his meds again and I'm at my wits' end.",
        "The hospital garage roof is the only place with free parking, ugh.",
        "We drove over the bridge to the children's hospital at 3am.",
        "I know how and I know when to give the breakthrough dose now, the nurse showed me.",
        "Looked up which bridges near the hospital have step-free access for her wheelchair.",
        "The hospital car park has low barriers on the top floor, mind your wing mirrors.",
        # calm after news or a treatment choice, a date set for something named
        "For the first time in months I feel calm. The scan was clear and we can breathe.",
        "Made up my mind last night: we're going with the trial. I feel at peace with it.",
        "We've picked the date for her end-of-treatment party, the end of the month.",
        "Finally set a date. Surgery on the 14th, so the waiting is over.",
        "Gutted I woke up late and missed her consultant on the ward round.",
        "He was so upset that he woke up with the drip alarm going again.",
        "Will the morphine stop her breathing? The hospice nurse says no.",
        "googled how long the kids can last in cold water at the beach, they turn blue so fast",
        "looked up how long it takes to warm the car with the engine running, so cold today",
        "We can't see any reason to continue the chemo now, the team agrees.",
        "I'm checking out of the family room for good tomorrow, we're going home!",
    ),
    # Idioms and hyperbole
    *cases(
        "idiom",
        QUIET,
        "This insurance paperwork is killing me.",
        "She's been thinking about how to end it with her boyfriend before uni.",
        "He keeps thinking about how to end the treatment early, the side effects are brutal.",
        "Googled ways to get to the new hospital by bus, two changes.",
        "Our life insurance would do more for the kids than our savings ever could, so we kept it.",
        "Tonight's the night! First sleepover since his transplant.",
        "My son keeps saying he wants to go home, he misses the dog.",
        "Our boy is dying, the hospice says days not weeks.",
        "My daughter says she is so tired of chemo she could scream.",
        "I'd rather die than sit through another billing call lol",
        "Dying to hear how everyone's scans went this week!",
        "the hospital food is to die for, said no one ever",
        "My feet are killing me after walking the ward all night.",
    ),
    # Support for someone else and resources
    *cases(
        "support_other",
        QUIET,
        "If anyone here is thinking about ending their life, please call or text 988.",
        "You are not a burden. Please reach out, we're all here for you.",
        "If you feel like you can't go on, talk to someone today. The crisis line helped me.",
        "Sending love. Your family would not be better off without you, please call your doctor.",
    ),
    # Support told to the reader, which the whole-text model reads as a crisis forum's
    # register: company offered, anger on their behalf, a member's words repeated back to them
    # with a crisis line (Cutrona and Suhr: network and esteem support)
    *cases(
        "support_addressed",
        QUIET,
        "If anyone tells you to get over it, send them to me.",
        "pls keep posting even if its just a dot so we know ur ok, we love having u here",
        "Priya, you said you can't see the point of anything lately. I'm worried about you. "
        "Please call or text 988 tonight, and let us know you're safe.",
        "I read that you feel like a burden to your family. Please reach out to your GP or a "
        "crisis line, you matter to us.",
    ),
    # Another's pain wished away, devotion and anger at someone else: the author's love or
    # temper, not their own unbearable pain, wish to die or plan
    *cases(
        "empathy_devotion_anger",
        QUIET,
        "I wish I could take the pain away for you. Sending hugs.",
        "If I could take his pain off him for one night I would.",
        "I'd die for her in a heartbeat, any parent would.",
        "I'm going to kill the next person who tells me everything happens for a reason.",
        "honestly could strangle my husband some days, he slept through the 3am meds again",
    ),
    # "couldn't go through with it" about anything but the author's life: weak alone
    *cases(
        "aborted_plan_not_suicide",
        QUIET,
        "we booked the trial but couldn't go through with it in the end",
        "We were going to move house before transplant but couldn't go through with it.",
    ),
    # Grief and sadness without ideation
    *cases(
        "grief",
        QUIET,
        "We lost Noah on Tuesday. I don't know how to do any of this.",
        "Some days the grief is so heavy I can barely get out of bed.",
        "I miss her every single second.",
        "I feel like a burden asking my sister to babysit again.",
        "The medical bills are a huge burden on our family.",
    ),
    # Talk about suicide as a topic: news, research, a book
    *cases(
        "topic",
        QUIET,
        "The social worker gave us a leaflet on suicide warning signs for teens, very helpful.",
        "Read an article about how many cancer parents experience depression.",
        "Our support group is doing a talk on suicide prevention next month.",
    ),
]


@pytest.mark.parametrize(("case", "mode"), params(POSITIVE), ids=param_ids(POSITIVE))
def test_warning_sign_raises_crisis(case: Case, mode: str) -> None:
    check(case, mode)
    assert pipeline(mode).assess(case.text).action == "review"  # care path, never punishment


@pytest.mark.parametrize(("case", "mode"), params(LOOKALIKE), ids=param_ids(LOOKALIKE))
def test_lookalike_stays_quiet(case: Case, mode: str) -> None:
    check(case, mode)
