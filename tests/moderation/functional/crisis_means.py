# ruff: noqa: E501
"""Gathering medicine as a warning sign, and its look-alikes: a sealed set, counted only.

Written on 2026-12-05 by a helper blind to the detector and to every other set: 30 messages
of a parent gathering, saving or hiding medicine for themselves (C-SSRS preparatory behaviour:
collected pills; 988/AFSP: getting the means), 20 or more with no words of suicide or death,
and 30 that share the words and are not the sign (medicine hidden from a toddler, leftover
morphine saved for the pharmacy, holiday supplies, "enough for me" of coffee). It measured a
rule fitted to one dev sentence ("medicine hidden ... enough for me"): 23/30 caught and 2 of
30 look-alikes raised with and without it, so the rule was removed. Never printed.
"""

from .support import QUIET, Case

HELD_BACK: list[Case] = [
    Case(
        "gathering_means",
        "been putting aside my sleeping tablets every night instead of taking them. nearly have enough now. just for me, for when i cant do this anymore",
        "crisis",
    ),
    Case(
        "gathering_means",
        "Update on Lily: counts are up, she's eating a bit, cycle 4 starts Monday. On my side I've kept back the oramorph she didn't need after surgery. Haven't told the nurses. It's for me, if the scan is bad.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "my mum left a drawer full of her painkillers when she went into the home and i moved them into my bag. i count them most nights. knowing theyre there is the only thing that gets me to sleep",
        "crisis",
    ),
    Case(
        "gathering_means",
        "do u think the pharmacist notices if you pick up the repeat early every month? ive got a little collection going and i dont want anyone asking questions",
        "crisis",
    ),
    Case(
        "gathering_means",
        "I keep telling my husband I flushed the leftover patches. I didn't. They're in a shoebox in the loft, for me, for when Sam goes.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "saved up 3 months of my antidepressants instead of taking them. theyre in the glovebox. if the transplant fails im not coming home",
        "crisis",
    ),
    Case(
        "gathering_means",
        "Grandad here. Been squirrelling away my heart pills and the wife's sleeping ones. Enough put by now. Nobody needs to worry about me after this winter.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "hid the rest of jacks morphine at the back of the wardrobe. not giving it back to the hospice. its mine now for when i need it",
        "crisis",
    ),
    Case(
        "gathering_means",
        "Quick update: Mia's MRI is Thursday, fingers crossed. Also I've finally got enough tablets saved. I feel calmer than I have in months, which is strange.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "counted them again tonight. i think its enough. the kids will be ok with their dad",
        "crisis",
    ),
    Case(
        "gathering_means",
        "I'm stockpiling my zopiclone. Told the GP they'd stopped working so she upped it. I'm not taking them, I'm keeping them. Just in case it all gets too much.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "if anyone asks, the leftover tablets went back to the pharmacy. they didnt. i need to know i have a way out",
        "crisis",
    ),
    Case(
        "gathering_means",
        "I've started hoarding my dad's painkillers since he moved in with us. He doesn't notice. I just need to know there's an exit if we lose Ella.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "ngl ive been saving my pills in a sock since dx. its my plan b if he doesnt make it",
        "crisis",
    ),
    Case(
        "gathering_means",
        "After 14 months of treatment they're saying palliative. I've been keeping back every tablet I can get my hands on. I'm not going to be here without him.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "grandma here. ive been collecting my tablets for weeks so i can go to sleep and not wake up. i cant watch my grandson suffer anymore",
        "crisis",
    ),
    Case(
        "gathering_means",
        "Round 2 done, she's wiped out but the fevers have settled. Me, I'm holding it together on the outside. Been quietly buying extra packets of painkillers every time I'm at the shops. There's a fair pile in the garage now and no one knows why.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "ok so i havent been taking my meds, ive been keeping them. in a jar under the bed. just knowing theres enough makes the nights easier",
        "crisis",
    ),
    Case(
        "gathering_means",
        "my wife thinks im doing better. im not. im saving up my tablets for the day the doctors say theres nothing left to try",
        "crisis",
    ),
    Case(
        "gathering_means",
        "the hospice gave us a big box of meds for her at home and nobody took the extras back. ive put them somewhere only i know. for after.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "I've been putting two aside every day. How many more weeks until I have enough? I just want it all to stop.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "Dad of Rory (AML). Treatment going OK for now. Honestly I've got a stash of the old pain meds from my back op plus some of Rory's leftovers. I keep them together. If relapse comes, that's my answer.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "cant sleep. lined up everything ive saved on the bed and just looked at it. put it back in the tin. not tonight",
        "crisis",
    ),
    Case(
        "gathering_means",
        "my sister gave me her old tramadol for my back, never took them. kept them for a rainy day if u know what i mean. feels like the rain is coming",
        "crisis",
    ),
    Case(
        "gathering_means",
        "Nobody checks my bathroom cabinet. Every tablet I'm prescribed goes in the old tea caddy instead of in me. When she's gone I won't need to be strong anymore.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "I have been collecting pills so I can kill myself if my daughter dies. I don't know why I'm telling a bot this.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "been stockpiling meds to end my life. tonight feels close",
        "crisis",
    ),
    Case(
        "gathering_means",
        "I'm gathering tablets. Not for Noah. For me. I want to die when he does.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "I've hidden enough of my sleeping pills to make sure I don't wake up. Thinking about suicide every night now.",
        "crisis",
    ),
    Case(
        "gathering_means",
        "We buried Freddie in March. I kept all his leftover meds. I take them out and count them and think about dying so I can be with him.",
        "crisis",
    ),
    Case(
        "means_lookalike",
        "how do i hide calpol from a toddler who can climb everything?? she got the cupboard open again",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "We've got a whole bag of leftover morphine from when Josh came home. Saving it to take back to the pharmacy on Friday, is that the right thing to do?",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Going to Cornwall for a week between cycles! Need to make sure I've got enough ondansetron for the holiday, the ward said count what's left and ask for a top-up.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Sunday night ritual: counting out all Evie's tablets into the pill organiser for the week. 7 compartments, 4 times a day, my kitchen looks like a pharmacy lol",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "i hide the sweets on top of the fridge now bc the steroids make him SO hungry and he'd eat the lot",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "We keep a stash of emergency hydrocortisone in the car, her school bag and at nan's because of the adrenal suppression. Anyone else do this?",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "What's the safest way to dispose of leftover oxycodone? Our daughter finished treatment and I don't want it in the house.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "3 coffees before 9am. that's about enough for me today haha",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Got 5 hours sleep last night which honestly is enough for me these days, the night obs on the ward trained me",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "grandad here, I keep my own blood pressure tablets locked in a box now the little one stays with us, she's into everything",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Is it normal to have so many leftover meds after treatment ends? I've got a carrier bag full. Pharmacy said bring them in and they'll destroy them.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "My mum keeps saving her painkillers for 'when she really needs them' because she hates taking tablets. Drives me mad, she's in pain NOW!",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "just in case anyone needs it: the oncology pharmacy will take back unused controlled drugs, you just hand them over at the desk",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Counted his tablets twice because I was sure we were short. Turns out one had rolled under the fridge. Panic over.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "hiding the chocolate from myself, not the kids, otherwise it'd all be gone by Tuesday 😂",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "I've been stockpiling nappies, wipes and sick bowls ready for the next admission. We get through so many.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "I keep a spare week of his meds in my handbag just in case we get stuck at the hospital overnight again",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Hospice nurse came today and took back all the leftover syringes and morphine. Felt strange handing it over but a relief too.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Can we take his dexamethasone on the plane? We're going abroad for a family holiday and I want enough for the whole two weeks plus spare.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "been saving up my annual leave so I can be at every chemo session in the new year",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "me and my husband take turns hiding the melatonin so the older one can't find it, she thinks it's sweets",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "The GP gave me sleeping tablets after diagnosis. Took a couple, hated how groggy I felt, so I handed the rest back. Sleep is still rubbish but I'm managing.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "I keep a few of my migraine tablets back in my bag for me, the stress headaches come on fast on clinic days",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Counting down the days, not tablets, for once! Last dose of maintenance chemo is 14 June 🎉",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "My father-in-law has a drawer full of old opioids from his hip op. I've asked him to get rid of them safely since the kids visit a lot. Any tips on persuading him?",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "We've got enough anti-sickness saved from the last cycle to cover the weekend, so no need to ring the ward for more",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "hid the thermometer because he takes it apart lol. also hid the oral syringes bc the dog chews them",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "I set aside a box in the kitchen cupboard for all her meds so they're together and out of reach. Labelled everything. Feels like I've got some control back.",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Honestly a hot bath and an early night is enough for me to feel human again after a week inpatient",
        QUIET,
    ),
    Case(
        "means_lookalike",
        "Does anyone know if we can keep the leftover emergency steroids or do they have to go back? Oncologist said keep them for a year in case he gets ill.",
        QUIET,
    ),
]
