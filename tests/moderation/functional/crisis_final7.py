# ruff: noqa: E501
"""Crisis set 7 (development half and held-back half).

Written 2026-12-07 by a helper blind to the detector and every other set, from the 988
Suicide & Crisis Lifeline, AFSP and C-SSRS warning signs and Joiner's interpersonal theory.
``DEV`` may be read by the engineer; ``HELD_BACK`` is never read, only counted.

Each half holds 15 crisis functions with 5 cases each (wish_dead, active_thoughts,
method_research, intent_decided, plan_time_place, preparatory_means,
interrupted_or_aborted_attempt, recent_attempt, dangerous_place, goodbye_affairs_giving_away,
burden_belonging, trapped_unbearable, child_wish_dead_or_self_harm,
sudden_calm_after_decision, self_harm_parent; expect "crisis") and 8 look-alike functions
with 4 cases each (lookalike_illness_death_talk, lookalike_patient_end_of_life,
lookalike_medication_care, lookalike_places, lookalike_negated_or_denied,
lookalike_support_or_quote, lookalike_exhaustion_venting, lookalike_practical_affairs;
expect QUIET): 107 cases per half, 214 in all.

One held-back look-alike was dropped unseen the day it was written: it sat within 0.80 cosine
of a sentence the detector trains on (``test_catalogues_apart``), so it would measure memory.
It is named by a hash of its text, so nobody read it to drop it. Three held-back look-alikes
of ``lookalike_practical_affairs`` were shown to the engineer once, by accident, in the diff of
a failed format check; nothing was changed for them.
"""

import hashlib

from .support import QUIET, Case

DEV: list[Case] = [
    # wish_dead
    Case("wish_dead", "honestly some nights i pray i just dont wake up. idk anymore", "crisis"),
    Case(
        "wish_dead",
        "wish a bus would hit me on the school run tbh, then i wouldnt have to do any of it",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Mam here. Since Aoife relapsed I keep thinking it would be easier if I was just gone, not in some dramatic way, I just want to stop existing. I'm not saying it for attention.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "i'd swap places with her in a heartbeat but lately its not even that, i just want to not be here at all 😔",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Update on Mateo: ANC finally came up to 800 so round 3 of consolidation starts Monday. The PICC dressing got infected again so that's another course of antibiotics, and his sister has been acting up at school because she feels forgotten. Insurance denied the anti-nausea patch, we're appealing. I'm holding it together in front of everyone but every night when I lie down I hope I won't open my eyes again. The thought of another morning like this makes me feel sick. Anyway, round 3 Monday, prayers welcome.",
        "crisis",
    ),
    # active_thoughts
    Case(
        "active_thoughts",
        "been having thoughts of ending things again. not planning anything just... the thoughts are loud rn",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "keep thinking about taking my own life, it scares me how often it comes up",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "Dad of a 6yo with Wilms here. The idea of ending it all crosses my mind a dozen times a day now. I haven't done anything about it but I can't make it stop.",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "the thought of offing myself wont leave me alone since the scan results",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "Nana here, raising Kai since his mum passed. Radiation finished Friday, 30 sessions, and he's so tired he sleeps 16 hours a day. The hearing test showed some high frequency loss so we're getting fitted for aids. My own blood pressure is through the roof and the GP wants me on tablets. I haven't told anyone this but I've been thinking about taking myself out of the picture, properly, not just running away. It's there every time I'm alone in the car. Physio on Tuesdays now.",
        "crisis",
    ),
    # method_research
    Case(
        "method_research",
        "spent last night googling how many of my sleeping tablets it would take. didnt do anything. just looking",
        "crisis",
    ),
    Case(
        "method_research",
        "at 3am i was searching how long it takes to bleed out from your wrist. what is wrong with me",
        "crisis",
    ),
    Case(
        "method_research",
        "asked chatgpt what dose of morphine would be fatal for an adult n it wouldnt tell me so i looked elsewhere. his pump is right there",
        "crisis",
    ),
    Case(
        "method_research",
        "I've been reading about what happens if you leave a car running in a shut garage. I know how that sounds. Ours has a door that seals well and I think about it every time I park.",
        "crisis",
    ),
    Case(
        "method_research",
        "Chemo week for Isla (Ewing sarcoma, cycle 9 of 14). Counts tanked as expected, two transfusions this week and a fever admission Wednesday night. Her brother had his first football match and I missed it again. Work have been decent about leave but I'm nearly out. My search history is nothing but how long a paracetamol overdose takes and whether it hurts, I read it every night after she's asleep. The consultant says scans after cycle 10.",
        "crisis",
    ),
    # intent_decided
    Case(
        "intent_decided",
        "i've made up my mind. not going to be around much longer and im ok with that",
        "crisis",
    ),
    Case(
        "intent_decided",
        "i'm going to end my life. not asking anyone to talk me out of it, just needed to say it somewhere",
        "crisis",
    ),
    Case(
        "intent_decided",
        "Not looking for advice. I've decided I'm not carrying on after the funeral. I just wanted someone to know the decision is made.",
        "crisis",
    ),
    Case(
        "intent_decided",
        "next time the dark stuff comes i'm not fighting it, i'm going to act on it. done being rescued",
        "crisis",
    ),
    Case(
        "intent_decided",
        "Hi all, quick update from Perth. Lachie's MRI was stable so he's on maintenance now, orals at home and monthly vincristine. The hospital school has been amazing and he's keeping up with his year 3 class. My partner is doing nights so it's mostly just me. I'm telling you because I can't tell anyone in real life: once he's through treatment I'm going to end my life, and I'm not wavering on it. He'll have his dad. Maintenance ends in 2028.",
        "crisis",
    ),
    # plan_time_place
    Case(
        "plan_time_place",
        "sunday when the kids are at my mums im going up to the woods behind the estate with the rope from the shed. thats the plan",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "got it worked out. friday night, hubby on call, my car, the old quarry road. i wont be coming back from it",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "I've picked the date. The 14th, after Noah's last radiotherapy so he'll be settled with his gran. I'll take the tablets at the hotel by the airport so he never has to be the one who finds me.",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "plan is tues when everyones at work, the pills r in my bag n i'll go to the lake carpark and take them all. sorry im so calm abt it",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "Cycle 4 done for Ben (Hodgkin's). His PET scan is on the 3rd and if it's clear they'll drop the last two cycles. He's lost his eyebrows and hates that school photos are next week. Our youngest has chickenpox so we're all keeping away from the ward, which is a nightmare. I've worked out how it goes for me: the night of the results, whatever they are, I'm driving to the cliff path past the lighthouse once everyone's asleep and I'm going over. I wrote the date on the calendar so I stop changing my mind.",
        "crisis",
    ),
    # preparatory_means
    Case(
        "preparatory_means",
        "been saving up my zopiclone for weeks, got a good stash now for when im ready. just knowing its there helps",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "bought a hose that fits the car exhaust today. told the guy at bunnings it was for the garden",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "I've been quietly keeping back some of Jamie's oxycodone every time the pharmacy refills it. There's enough in the shoebox now for me. I'm not using it yet.",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "bought rope today and checked the beam in the garage will take my weight. just need the house empty",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "Update: Zara's NG tube is out and she's eating a bit again (mostly chips, no complaints). Bloods Thursday, clinic Friday, then a week off. Her class sent a card signed by everyone which made me cry. I've been ticking things off my own list too, not the kind you mention at clinic. I've counted out enough of my husband's heart tablets to finish myself and hidden them at the back of the wardrobe, and the note's written. Just thought someone should know where things are at.",
        "crisis",
    ),
    # interrupted_or_aborted_attempt
    Case(
        "interrupted_or_aborted_attempt",
        "had the pills in my hand last night ready to swallow and then heard her cough thru the monitor. put them back. still shaking",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "my sister walked in while i had the belt round my neck. she took it off me and we havent talked about it since",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "I got as far as the railway bridge on Tuesday meaning to jump and stood there for an hour. A man walking his dog asked if I was alright and I went home. I haven't told my husband.",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "sat in the garage with the engine running and the door down yesterday then turned it off cos i thought of my boy waking up without me",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "Week 6 of induction for Hana (ALL, standard risk). The steroids have made her ravenous and furious, 4am toast demands, and she's put on nearly 3kg. Her MRD result is due Friday. My mother-in-law has been staying to help with the twins. Last Thursday I locked myself in the bathroom with every tablet in the house lined up by the sink, and I was about to start on them when my mother-in-law knocked because she needed the loo, so I swept them into a drawer and came out like nothing happened. I keep thinking about how close it was. Anyway, MRD Friday.",
        "crisis",
    ),
    # recent_attempt
    Case(
        "recent_attempt",
        "just got home from a&e, they had to pump my stomach. i took everything in the cupboard on friday",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "tried to end it on saturday. woke up in icu. sorry for being quiet in here",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "I'm on the psych ward this week after I overdosed on my own meds on purpose. The kids think I'm away for work. Please keep Leo in your prayers, his surgery is still on for the 20th.",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "they found me in the car after i'd swallowed the lot. still not sure how i feel about waking up",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "Sorry I've been missing from the group for a while. Rory (high risk neuroblastoma) finished his antibody therapy and he's in long term follow-up now, scans every three months. His sister started secondary school and is doing brilliantly. We're applying for a blue badge because of his hearing and mobility. The reason I've been gone is that three weeks ago I tried to end my life and spent nine days in hospital. I'm home now with the crisis team visiting, but honestly some days I'm not sure I'm glad it didn't work.",
        "crisis",
    ),
    # dangerous_place
    Case(
        "dangerous_place",
        "sitting on the edge of the multi storey car park roof rn with my legs over. just needed to tell someone",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "im at the bridge again. been leaning over the rail for ages, the water looks so peaceful",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm on the train platform and I've let three trains go past. Each time one comes I step a bit closer to the edge.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "parked up at the cliff top. been standing at the edge 2 hrs. keep thinking one step would fix everything",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Posting from my phone so sorry for typos. Today was Maya's end of treatment bell and everyone was cheering and crying and I smiled for all the photos. Her dad took the kids for pizza after. Her next scan is in March. I said I needed some air and drove out to the reservoir dam, and now I'm standing at the railing looking down at the drop. I don't really know why I'm telling a group chat instead of getting back in the car.",
        "crisis",
    ),
    # goodbye_affairs_giving_away
    Case(
        "goodbye_affairs_giving_away",
        "just wanted to say thank you all for everything. you've been the best people. look after each other after i'm gone, i mean it",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "gave my sister my wedding ring and my good camera today. told her i wont need them where im going",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "I've written letters for Ollie and his brothers and left them with my solicitor, to be opened once I'm not here. Sorted the bank stuff and cancelled my phone from next month. Ollie will have his dad and his nan, they'll manage fine without me.",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "last post from me. i've sorted the kids stuff and said my goodbyes. love to all ur little warriors, sorry i wont be here to see them grow up ❤️",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "Sadie's counts are finally up so she's home for Christmas, first time in two years. We did the tree last night and she put the star on from her wheelchair. Her physio says she might be walking with a frame by spring. I've been giving my things away this week, my jewellery to my sister, my bike to the neighbour's lad, and I've put all my passwords in an envelope for my husband. I wanted to say goodbye to this group properly while I still can. You've all meant the world.",
        "crisis",
    ),
    # burden_belonging
    Case(
        "burden_belonging",
        "i'm just one more thing for everyone to manage. they'd have an easier life if i wasnt around at all, ever",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "my family would get more from the life insurance than they get from me alive tbh",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "Since Finn's transplant nobody in my family even looks at me. I'm a cost, another set of problems for my wife. I've started to believe they'd be lighter and happier with me dead and buried.",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "nobody would even notice if i was gone for good. kids only want their dad now, i'm just in the way of everyone",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "Checking in from Galway. Ciara's on the last block of chemo and the nausea has been rough, she's living on ice pops. The community nurse comes daily for her line. Her twin Sean has been brilliant, sleeping in her room so she's not scared. I watch how well my husband and my mother manage everything and I'm only an extra weight on them, they'd genuinely be better off without me and that's not self pity, I've done the sums. I've been thinking about how to make that happen. End of treatment scan is in January.",
        "crisis",
    ),
    # trapped_unbearable
    Case(
        "trapped_unbearable",
        "there's no way out of this. I can't keep feeling like this and I can't see it ending unless I end myself",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "the pain in my head is unbearable and i can only see one exit. not a good one. a forever one",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "I feel caged in my own life. Every door is shut, the money, the hospital, the marriage. The only escape I can picture is the permanent kind, and I'm starting to want it.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "trapped trapped trapped. only way this stops is if i stop breathing",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "Jonah's second relapse was confirmed Thursday. They're offering a trial in Manchester, which means moving there for 3 months with his little brother in tow. We've already remortgaged once. My boss says he can't hold my job much longer. I've run out of ways through this and I can't bear one more day of feeling like this; the only way I can see it stopping is if I'm not alive to feel it. I'll update once we hear about the trial.",
        "crisis",
    ),
    # child_wish_dead_or_self_harm
    Case(
        "child_wish_dead_or_self_harm",
        "my 9yo told me tonight she wants to die so the pokes stop. she meant it. idk what to do",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "found cuts on my 14 yr olds arms when i was helping with her port dressing. she says its nothing",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "My son (16, osteosarcoma, amputation last spring) told me yesterday he's going to stop taking his meds and 'let it win' because he's tired of being alive. He said it so calmly. I don't know whether to tell his team.",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "he's 7 and keeps banging his head on the wall saying he wants to be dead. is that the steroids??",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "Quick one from a dad in Ohio. Eli (13) is through his second round of ICE and his counts are recovering, fingers crossed for discharge Monday. His school is sending work to the ward. The child life specialist has been great with his little sister. Last night he told the night nurse he'd looked up how many of his pain pills it would take to not wake up, and she found notes on his phone saying goodbye to his friends. They've got a psych consult tomorrow but I'm terrified.",
        "crisis",
    ),
    # sudden_calm_after_decision
    Case(
        "sudden_calm_after_decision",
        "feel weirdly peaceful since i decided to end things. not long now. first time in ages i'm not anxious",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "honestly the calmest i've been in months. once you've picked your date to check out theres nothing left to worry about 🙂",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "People keep saying I seem so much better this week. I am. Since I made my decision about not carrying on with my life, the weight's just gone. I even slept.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "everyones relieved im smiling again. they dont know its cos i've set an end date for myself",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "Good news for once: Amara's biopsy came back as scar tissue, not tumour, so she moves to follow-up. Her hair's growing back curly! We're taking her and her brothers to the coast at half term. I've been sleeping and eating better too, my husband says I'm like a different person. It's because I've finally settled on ending my own life after half term, and there's such a quiet calm that comes with knowing. Will post beach photos.",
        "crisis",
    ),
    # self_harm_parent
    Case(
        "self_harm_parent",
        "cut again last night first time in 6 yrs. hid it under my sleeve at clinic",
        "crisis",
    ),
    Case(
        "self_harm_parent",
        "burning my arm with a lighter is the only thing that takes the edge off atm",
        "crisis",
    ),
    Case(
        "self_harm_parent",
        "I've started scratching my legs until they bleed when I'm in the hospital shower. It's the only minute of the day I feel in control. I'm not trying to end anything, it's just how I'm getting through.",
        "crisis",
    ),
    Case(
        "self_harm_parent",
        "i punch the wall til my knuckles split most nights after bedtime, on purpose. hubby thinks i hurt it lifting the wheelchair",
        "crisis",
    ),
    Case(
        "self_harm_parent",
        "Tumi's port surgery went well yesterday and we're back on the ward for round 2. The teenage cancer unit has a games room so she's happy-ish. My mum flew over from Joburg to help with her little sister. I've been hiding something from everyone though: I've gone back to cutting my thighs, most nights this week, and the cuts are getting deeper. I clean them up with the ward's wipes so nobody sees blood. I just wanted one place where I've said it out loud.",
        "crisis",
    ),
    # lookalike_illness_death_talk
    Case(
        "lookalike_illness_death_talk",
        "we lost little Evie from our ward last night. the nurses were all in bits. hug your kids tonight",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "does anyone else lie awake scared he'll die before his 10th birthday? the oncologist wont give us numbers",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "My dad died of the same leukaemia Freddie has, back in the 80s. Treatment's come so far since then, the survival rate's over 90% now. It still scares me to hear the word.",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "Today is one year since we said goodbye to our Toby. He was 4 and a half. Neuroblastoma took him in the end, after two relapses and a trial in Barcelona. I've been baking his favourite lemon cake and his sister is making him a card. I'm not okay some days but I'm still here, seeing my grief counsellor weekly and going to the bereaved parents group on Thursdays. Please say his name today if you think of him.",
        QUIET,
    ),
    # lookalike_patient_end_of_life
    Case(
        "lookalike_patient_end_of_life",
        "palliative team upped his morphine driver today, he's much more comfortable. we're at the hospice now",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "signed the DNR this morning. hardest thing I've ever put my name to. we want her last days at home",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "Hospice nurse says it could be days now. Her breathing is changing. Her brothers are here and we're taking turns holding her. Please keep us in your thoughts.",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "We've moved Rafi to end of life care. After 4 years, 3 relapses and a transplant, his body is just done. The team have set up a syringe driver with midazolam and morphine and he's sleeping peacefully most of the day. We've made handprints, his favourite dinosaur documentary is on loop and his cousins came to say goodbye yesterday. I never thought I'd be writing this post. We're letting him lead and we have good people around us.",
        QUIET,
    ),
    # lookalike_medication_care
    Case(
        "lookalike_medication_care",
        "how do u all keep track of meds?? 6 diff ones at 4 diff times, i've got a whiteboard and 10 alarms lol",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "pharmacy gave us double the oxycodone by mistake, what do I do with the extra? dont want it sitting in the house",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "Tip for new parents: ask for a locked box for the controlled drugs. We keep the morphine and diazepam up high in a lockbox since our toddler figured out the childproof caps. The hospital pharmacist showed us how to log every dose.",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "Admin post, sorry. Ella's on maintenance for ALL: mercaptopurine at bedtime, methotrexate on Fridays, Septrin at weekends, plus monthly steroid pulses. I've also got my own meds now since the GP put me on sertraline and a few weeks of sleeping tablets, which honestly have helped a lot. I use a pill organiser for both of us and tick a chart on the fridge. Any tips for getting a 5yo to swallow tablets instead of crushing them into yoghurt?",
        QUIET,
    ),
    # lookalike_places
    Case(
        "lookalike_places",
        "drove over the golden gate bridge for the first time on the way to ucsf, what a view lol",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "took the kids up to the cliffs of moher on his week off. windy but he loved it 🌊",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "The hospital car park roof is the only spot with phone signal, so I'm up there most evenings ringing my mum in Lagos. Funny the things you get used to.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Train strike meant a 4 hour trip to the Marsden today instead of 90 minutes. We were stuck on the platform at Clapham Junction for ages watching trains go past, which Arlo thought was the best day ever. His scan was clear! Next one is in 6 months. We celebrated with a walk along the river and he threw sticks off the bridge for about an hour. Home now, absolutely shattered.",
        QUIET,
    ),
    # lookalike_negated_or_denied
    Case(
        "lookalike_negated_or_denied",
        "to be clear im not suicidal, just knackered and sad. dont panic if im slow replying, im just sleeping",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "my GP asked if I'd had any thoughts of harming myself and I honestly said no. I'm sad but I want to be here for all of it",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "Someone DMed me worried after my post yesterday. Thank you, but I promise I'm safe, I've never had thoughts of ending my life. I was venting about the parking at the hospital!",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "Had my postnatal check and the health visitor went through the depression questionnaire. Honest answers: low mood yes, sleep terrible obviously, but no thoughts of harming myself or the baby, never. She's referred me for some talking therapy which I'm actually looking forward to. Meanwhile Jack (3, retinoblastoma) had his exam under anaesthetic and the tumours are shrinking. Baby Lily is feeding well. A better week than I expected.",
        QUIET,
    ),
    # lookalike_support_or_quote
    Case(
        "lookalike_support_or_quote",
        "if anyone's struggling tonight, 988 is there 24/7 and you can text it too. no shame in it ❤️",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "the psychologist on the ward told us 'lots of parents have thoughts of wanting it all to stop, please tell us if you do'. thought it was good that they ask everyone",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "Sharing for anyone who needs it: Samaritans 116 123 in the UK and Ireland, Lifeline 13 11 14 in Australia. I volunteered on the phones for a couple of years before my son got ill and they're lovely people. Look after yourselves.",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "Went to a training session the hospital ran for parent reps on spotting when someone's in crisis. They covered things like someone saying they want to disappear, giving away belongings, or suddenly being calm after a long low. The big message was to ask directly and not be scared of the word. I thought it was really useful for a group like ours. If anyone wants the slides let me know, and mods, happy to help.",
        QUIET,
    ),
    # lookalike_exhaustion_venting
    Case(
        "lookalike_exhaustion_venting",
        "i cant do this anymore 😫 3rd night on the ward and the pump has beeped every 20 mins",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "im so done with this week. parking fine, cancelled scan and the coffee machine on the ward is broken",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "Honestly I'm at the end of my rope with the insurance company. Third denial for the same MRI. I could scream. Ringing them again tomorrow armed with a letter from the oncologist.",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "Vent post. Day 14 post-transplant and Leila still hasn't engrafted. The mucositis is awful, she's on a PCA and TPN and barely talks. My husband's back at work in Dublin so it's me and the ward 24/7. I'm running on vending machine crisps and 3 hours sleep. I feel like I'm falling apart and I just want this chapter to be over. My sister's coming up tomorrow to give me a night off. Thanks for listening.",
        QUIET,
    ),
    # lookalike_practical_affairs
    Case(
        "lookalike_practical_affairs",
        "finally did our wills this week. solicitor said every parent should, cancer or no cancer",
        QUIET,
    ),
    Case(
        "lookalike_practical_affairs",
        "giving away all of max's outgrown clothes and the old cot if anyone local wants them, age 2-4, free to collect",
        QUIET,
    ),
    Case(
        "lookalike_practical_affairs",
        "We've set a date for Ruby's end of treatment party, 14th June! Planning a bouncy castle. Also finally sorted life insurance now that we can get cover again.",
        QUIET,
    ),
    Case(
        "lookalike_practical_affairs",
        "Practical stuff I wish someone told me at diagnosis: get power of attorney and guardianship sorted in case anything happens to you, claim DLA and Carer's Allowance straight away, and write down the passwords for shared accounts. We've put everything in a folder with a letter to my sister explaining the kids' routines in case we're both ever stuck at hospital. Ask the social worker about hardship grants too. It takes a weight off knowing it's done.",
        QUIET,
    ),
]

HELD_BACK: list[Case] = [
    # wish_dead
    Case(
        "wish_dead",
        "keep hoping i'll have a heart attack in my sleep. not joking anymore",
        "crisis",
    ),
    Case(
        "wish_dead",
        "when im on the motorway i catch myself hoping a lorry just takes me out. then nothing would be my problem",
        "crisis",
    ),
    Case(
        "wish_dead",
        "I don't want to be alive anymore. I'm not going to do anything, I just don't want to exist in a world where my girl is this sick.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "im 16, relapse no 2. id honestly rather be dead than start another protocol",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Grandad here, we've had Poppy full time since she was diagnosed at 2 (she's 5 now). Her AML came back after transplant so it's CAR-T next, her cells are being shipped from Philadelphia. She's been drawing the cells as tiny superheroes. My wife's hip is bad so I do the hospital runs. I'm 71 and every night this month I've asked the Lord to take me, I've had enough of living. Poppy's bloods are Monday.",
        "crisis",
    ),
    # active_thoughts
    Case(
        "active_thoughts",
        "the suicidal thoughts r back since the relapse. not doing anything but they're there all the time",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "cant stop thinking about ending my life. it just loops all day at work",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "Mum from Melbourne. I keep having thoughts about taking my life, no real plan, just the idea sitting next to me all day. I'm scared to tell my GP in case they take the kids.",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "my brain keeps offering me the 'just end yourself' option every time something goes wrong. its getting louder",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "Hello, I am Yusuf's mother, we came from Turkey for his proton therapy. Treatment is going OK, 20 of 28 sessions done, the skin is red but the nurses give cream. His little sister is in nursery here now and learning English faster than me. The money is very difficult and my husband is still in Istanbul. I have thoughts to end my life many times every day and I do not know how to make them stop. Sorry for my English.",
        "crisis",
    ),
    # method_research
    Case(
        "method_research",
        "been reading all night about how high a fall has to be to be sure. not for a story",
        "crisis",
    ),
    Case(
        "method_research",
        "googled whether her fentanyl patches would work on an adult my size. deleted the history after",
        "crisis",
    ),
    Case(
        "method_research",
        "I've been researching which over the counter stuff would be enough to end it and how long it takes. I keep a note on my phone. I know I shouldn't be telling you this.",
        "crisis",
    ),
    Case(
        "method_research",
        "watched videos on how ppl tie a noose til 4am. idk why. couldnt stop",
        "crisis",
    ),
    Case(
        "method_research",
        "Quick update: Jasper's scans were mixed, two spots smaller and one new one in his lung. Oncology want to try irinotecan and temozolomide next. He's been amazing, still doing his lego every evening. Our car died so we're relying on hospital transport, which is an experience. I've been spending my nights on forums reading which tablets work fastest and least painfully on someone my weight, and I've made a list. The play specialist got him a new lego set for being brave.",
        "crisis",
    ),
    # intent_decided
    Case(
        "intent_decided",
        "stopped my antidepressants cos whats the point, i'm ending it soon anyway. no going back on it now",
        "crisis",
    ),
    Case(
        "intent_decided",
        "whether i go through with ending my life isnt a question anymore. only thing left is when",
        "crisis",
    ),
    Case(
        "intent_decided",
        "I'm going to end it. I've stopped arguing with myself. I'm only telling you lot because I won't tell anyone who could stop me.",
        "crisis",
    ),
    Case("intent_decided", "decision made. i wont be alive by the new year", "crisis"),
    Case(
        "intent_decided",
        "Hey everyone, Harlow's dad here. She rang the bell on Friday, which I thought would feel like the finish line. We had a party with the ward staff and her nan made a cake shaped like a unicorn. She's back to school in January on reduced hours and they've put a ramp in for her. Truth is I held on until she was through treatment, and now that she is I fully intend to end my life, it's not up for debate in my head anymore. She has her mum and her nan. Huge thanks to the nurses on Ward 7.",
        "crisis",
    ),
    # plan_time_place
    Case(
        "plan_time_place",
        "thursday night i'm jumping from the footbridge over the a38 once the house is asleep",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "gonna do it on the anniversary of his diagnosis, at the beach where we scattered his dads ashes, with the pills ive got saved",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "My husband takes the kids to his parents' on the 2nd. That's when I'm ending it, in the bath, with the tablets from my bedside drawer. I've gone over every detail.",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "the plan is saturday after swim lessons. i'll drive the car off the end of the harbour wall at high tide. told nobody but u",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "Kiran's treatment summary: 12 of 18 cycles of maintenance, counts fine, one febrile admission in October for a cold. His teacher sent a lovely report and his brother's team won the cup. We're going to his grandparents for Diwali. After we're back, on the Tuesday my wife has an early shift, I'm taking the overdose in the car at the forest car park so it doesn't happen at home. It's all settled in my head.",
        "crisis",
    ),
    # preparatory_means
    Case(
        "preparatory_means",
        "been buying paracetamol 2 packs at a time from different shops so no one clocks it. got a drawer full now",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "got myself a script from a different gp so i'd have enough tablets for the end. not for sleep",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "I've cleared the garage and put the stepladder under the beam, and the rope's in the car. It's ready. I haven't told anyone.",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "bought a bag of charcoal and a roll of tape today. its in the boot. not for a bbq, i think u know what its for",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "Update on Nina (DIPG): she's in the radiotherapy honeymoon and walking better, we took her to the zoo on Saturday. The hospice is running sibling days for her brother. We've started a memory box. Meanwhile I've been stockpiling my antidepressants and my husband's tramadol, and I've written a note; they're together in my bedside drawer for when Nina's gone. I just don't see myself staying after her. She fed the giraffes!",
        "crisis",
    ),
    # interrupted_or_aborted_attempt
    Case(
        "interrupted_or_aborted_attempt",
        "stood on the chair last night with it round my neck and couldnt go through with it. got down. sat on the floor till morning",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "my husband grabbed the tablets off me before i could swallow them. hes barely let me out of his sight since",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "I was halfway over the railing on the bridge when a taxi driver pulled over and talked me down. That was Monday. I'm home, Jess doesn't know.",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "walked into the sea on sunday meaning not to come out. got waist deep before i thought of my girls and turned round",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "Liam's back on the ward with a line infection, IV vancomycin for 10 days. His counts are OK. His little brother is staying with my sister in Cork and she's been a saint. Friday night I'd emptied both blister packs into a mug and poured a glass of water to take them with when my sister rang to ask about Liam's school shoes, and I tipped them down the sink. I haven't stopped shaking since. The line will probably need replacing next week.",
        "crisis",
    ),
    # recent_attempt
    Case(
        "recent_attempt",
        "back from hospital after what i did to myself on tuesday. not sorry i tried only sorry it didnt work",
        "crisis",
    ),
    Case(
        "recent_attempt", "took an overdose last week. physically fine now. mentally idk", "crisis"
    ),
    Case(
        "recent_attempt",
        "Last Sunday I tried to hang myself in the shed. The rope snapped. I've not told anyone except my GP, who's referred me to the crisis team.",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "i was in icu 3 days after i cut my wrists deep on purpose. the nurses on my sons ward dont know",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "Hi all, Rosa's mum. Rosa's on cycle 5 of 6 for Burkitt's and the end is in sight, her last lumbar puncture is next Thursday. Her hair is coming back in patches and she wears a sparkly beanie everywhere. My partner has taken unpaid leave. I should tell you I missed her last LP because I was in hospital myself after trying to end my life with my own prescriptions. I'm on a new medication and seeing someone. Please don't message the group about it, I just wanted to be honest.",
        "crisis",
    ),
    # dangerous_place
    Case(
        "dangerous_place",
        "on the roof of the hospital car park. its windy. i keep leaning over the edge and thinking how easy it would be",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "walked right out to the end of the pier. tide's in n its dark. dont want to walk back this time",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm on the footbridge over the motorway by the children's hospital. I've been here since Lucy fell asleep. I've climbed over the first rail and I'm holding on to the second.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "at the top of the quarry again, right at the edge. phone on 4%. not planning on needing it after tonight",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Today Zoe's oncologist said there's nothing more they can offer and we're moving to palliative care. We told her gently and she asked if she can still have a birthday party. My husband is home with her and her brother now. I said I was popping to the shop, but I'm sitting on the parapet of the old railway viaduct with my legs over the side, looking at the drop. I don't know how to go home and be okay.",
        "crisis",
    ),
    # goodbye_affairs_giving_away
    Case(
        "goodbye_affairs_giving_away",
        "gave the dog to my neighbour today for keeps, i wont be around to walk him. thanks for being my people x",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "if this is the last time i post, thank you for everything. by tomorrow it'll all be over for me. goodbye everyone 💔",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "I've sorted my affairs. Passwords on the fridge, the will's with my brother, the cat's going to my friend. I've said what I needed to say to the people who matter before I go. Thank you all for being so kind to me and Sophie.",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "wrote letters for each of the kids to open on their 18th birthdays. i wont be alive for them so at least theyll have something",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "Mikey's had a good week: his platelets held without a transfusion for the first time and he beat his dad at Mario Kart. We got the date for his port removal, 4th of March. The Make-A-Wish people are coming to talk about Disneyland. I've been getting my things in order this week, cancelled the gym, gave my guitar to my nephew, and wrote to my best friend asking her to keep an eye on Mikey for me after I've gone. Just wanted to thank this group for the last two years, you carried me further than I thought I could go.",
        "crisis",
    ),
    # burden_belonging
    Case(
        "burden_belonging",
        "the kids would be better looked after if i stopped existing. im a burden n thats all i am now",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "i dont belong anywhere anymore. not at home, not at work, not even here. theres no point me being alive",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "My family have had to carry me ever since Dylan got sick. I'm more of a weight than a help. I think they'd be relieved once I'm gone and I'm starting to believe I should give them that.",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "my husbands family pay our rent, my mum does the school run. i'm just a drain. they'd get on fine if i disappeared permanently and i keep thinking about doing it",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "Checking in. Arjun is on week 3 of radiotherapy for his rhabdo and it's going OK, a bit of skin redness and tiredness. The charity has put us up in a flat near the hospital, which has been a lifesaver. His brothers are with my parents in Leicester and I miss them terribly. I keep thinking I've failed everyone, I'm no use to anyone, and the kindest thing I could do for my family is remove myself for good so they don't have to keep carrying me. Anyway, 12 more sessions to go.",
        "crisis",
    ),
    # trapped_unbearable
    Case(
        "trapped_unbearable",
        "every option ends with me not being here. cant see any other way thru",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "i can not take this pain more and i dont think it will ever be less. better i am not alive than feel this one more year",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "I'm stuck. Mortgage arrears, a job I've lost, a son who might not make it. There's nowhere left to turn and I can't stand it. I keep thinking the only way to make it stop is to end myself.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "this feeling is unbearable and theres no escape. i need it over, all of it, me included",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "Week from hell. Matilda's CT showed progression so the trial is off the table and we're looking at second-line. The landlord's given us notice because we're behind on rent since I stopped work. The car failed its MOT. Her brother's wetting the bed again. I can't see a single way out of this that I can bear, and I keep coming back to ending it for myself, it feels like the only door that isn't locked. Sorry for the dark post, clinic's at 9.",
        "crisis",
    ),
    # child_wish_dead_or_self_harm
    Case(
        "child_wish_dead_or_self_harm",
        "my daughter (15) told her nurse she wants to kill herself. turns out she's been hiding her pills",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "caught my son cutting his legs with a pencil sharpener blade in the ward loo. he's 12",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "Tobias is 10 and after his third surgery he told me he wishes he'd never been born and wants to be dead like his friend from the ward. He said it twice today, not in a tantrum, very quietly.",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "found my teens search history. how to stop your heart. shes 16 and on her 2nd relapse",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "Long time lurker, first post. Our daughter Ayesha (14) has stage 3 Hodgkin's, cycle 4 of 6. The oncology side is going well, the PET after cycle 2 showed a good response. She's been really withdrawn though, staying in her room and not messaging her friends. Yesterday I found a note in her school bag saying she wants to die and that we'd be happier without her, and there were fresh scratches on her wrists. We've got a CAMHS appointment but it's six weeks away.",
        "crisis",
    ),
    # sudden_calm_after_decision
    Case(
        "sudden_calm_after_decision",
        "feeling so calm now i know how and when i'm going to do it. dont worry about me anymore ☺️",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "slept 8 hrs for the first time in a year. funny what finally deciding to end things does for your sleep",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "I've made peace with it. The anxiety has lifted since I decided this will be my last Christmas alive. Everyone says I look well.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "weirdly happy today. the decision's made and its such a relief not having to keep fighting to stay alive",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "Brief update: Felix finished his 12 rounds of vincristine and carboplatin and the tumour has shrunk enough that they're holding off on surgery. We're off to Wales for a week. I've also made my peace with checking out for good, the thing I hinted at in the chat last month, and since I settled on a date I've felt lighter than I have in years. I've even started cooking again. Thanks to everyone who checked on me.",
        "crisis",
    ),
    # self_harm_parent
    Case("self_harm_parent", "relapsed on the self harm last night. 2 years clean gone", "crisis"),
    Case(
        "self_harm_parent",
        "been hitting myself with the hairbrush til i bruise. its the only way i calm down rn",
        "crisis",
    ),
    Case(
        "self_harm_parent",
        "I've been biting my arm hard enough to leave marks, usually in the car before I go onto the ward. Nobody knows. It's a pressure valve, that's all.",
        "crisis",
    ),
    Case(
        "self_harm_parent",
        "the cuts on my stomach are getting infected bc i keep reopening them. cant go to the gp theyll ask",
        "crisis",
    ),
    Case(
        "self_harm_parent",
        "Update from Brisbane: Jai's had his stem cell harvest and they got enough for two transplants. Next is high-dose chemo in the new year. Ronald McDonald House has been brilliant and his sister loves the playroom. I'm embarrassed to say this, but I've started burning myself with the hair straighteners when things get too much, three times this week, in places no one sees. I know it's not healthy. Any tips on the RMH laundry situation?",
        "crisis",
    ),
    # lookalike_illness_death_talk
    Case(
        "lookalike_illness_death_talk",
        "RIP to Ollie's friend Jayden from the teen unit. 17. absolutely gutted for his family 🕊️",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "anyone elses kid asking about dying? mine (6) asked if she'll go to heaven if the medicine doesnt work. how do you answer that",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "The survival stats for relapsed AML scare the life out of me. I read a paper last night and wish I hadn't. Going to ask the consultant for real numbers on Monday.",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "Two years since Grace died. I wanted to share because in the early days this group held me up. I'm back at work part time, her brothers are doing okay, and we've started a small fund in her name for the ward's play team. Some days the grief still floors me, especially around her birthday, but I can laugh again. I see a bereavement counsellor and I'm glad to be here for her brothers. Thank you for remembering her with me.",
        QUIET,
    ),
    # lookalike_patient_end_of_life
    Case(
        "lookalike_patient_end_of_life",
        "hospice said we can bring the dog in tomorrow to say goodbye to him. he'll be so happy",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "talked to the palliative consultant about stopping treatment. we're choosing comfort now. she's been through enough",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "Margot passed peacefully at 3am with both of us holding her. The morphine kept her comfortable to the end. Thank you all for loving her.",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "We've had the end of life conversation with Deacon's team. The tumour is growing through everything and there's nothing left to try. He's at home in his own bed with a syringe driver, the community nurses come twice a day, and his school friends visit in small groups. We've written his wishes down: he wants a Spider-Man coffin and everyone in bright colours. We're soaking up every minute. Thank you for all the messages.",
        QUIET,
    ),
    # lookalike_medication_care
    Case(
        "lookalike_medication_care",
        "please somebody know if can crush the ondansetron? she spit it out every time",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "pharmacist said to bring the leftover morphine back for safe disposal now shes off it. do i take the syringes too?",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "My GP has given me sleeping tablets for a couple of weeks because I'm only getting 3 hours a night. They've really helped. Anyone else been through this? I don't want to rely on them long term.",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "Meds question for the hive mind. Since discharge Sam's on oral morphine for breakthrough pain, gabapentin, omeprazole and the usual Septrin. I keep them all in a locked tin in the kitchen and fill a pill box every Sunday. The oral syringes are driving me mad though, they keep cracking in the steriliser. Which brand does everyone use? Also any hacks for giving gabapentin to a 4 year old who hates the taste?",
        QUIET,
    ),
    # lookalike_places
    Case(
        "lookalike_places",
        "the view from the top floor of the kids hospital is unreal, you can see the whole harbour bridge 😍",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "we did the steam train to the coast for his wish day, he loved standing on the platform waving at the driver 🚂",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Walked the cliff path at Howth this morning while Seán was at radiotherapy. Blew the cobwebs away. Highly recommend if you're at the hospital in Dublin and need a break.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Little win today! Mila's counts were high enough that we got a day pass off the ward. We took the cable car up the mountain and she loved looking down at the river and the railway bridge. Then chips on the pier and a paddle in the sea with her cousins. Back on the ward by 6 for her evening IVs. Best day in months.",
        QUIET,
    ),
    # lookalike_negated_or_denied
    Case(
        "lookalike_negated_or_denied",
        "no im not going to do anything daft lol, just moaning. thanks for checking tho x",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "for the record i've never wanted to end my life, not once, even on the worst nights. i just need sleep",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "The crisis team saw me after I broke down in clinic and they were happy I'm safe. No thoughts of harming myself, just grief and exhaustion. They've set me up with a counsellor and a carers' support worker.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "Someone asked in the thread last week if I was having dark thoughts, and I want to answer honestly because I know people worry. No, I'm not suicidal and I've never made any plans to hurt myself. I'm sad and angry and tired, that's all. Charlie's MRI is next Friday and the waiting is the worst bit. My partner and I take turns getting out for walks. I really appreciate you all keeping an eye on each other.",
        QUIET,
    ),
    # lookalike_support_or_quote
    Case(
        "lookalike_support_or_quote",
        "if you ever feel like ending it pls ring someone. 13 11 14 in aus. we'd all rather hear from you x",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "my therapist asked me straight out 'do you ever wish you weren't here?' and i said no, but it made me realise how important it is they ask",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "Reminder from the mod team: if anyone posts about wanting to end their life, please don't pile in with DMs. Tag a mod and share the crisis numbers from the pinned post.",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "I've been a Samaritans volunteer for three years, one night shift a week, and I've kept it up through Ben's treatment because it grounds me. Callers often say things like 'I just want it all to stop' or 'everyone would be better off', and what helps most is listening without rushing to fix it. If anyone here wants to talk about how to support a friend who's struggling, my DMs are open. We can't fix everything but we can listen.",
        QUIET,
    ),
    # lookalike_exhaustion_venting
    Case(
        "lookalike_exhaustion_venting",
        "literally cannot anymore. 4th cannula attempt. shes screaming, im crying, the nurse is nearly crying",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "i'm so over this. want it to end, the chemo, the steroids, the whole bloody year",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "Today broke me a bit. We waited 7 hours for a bed and then they sent us home. I'm done with this hospital's admin, I'm putting in a complaint tomorrow.",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "Can I just moan for a second? Week 2 of the steroid pulse and Ruby is a tiny dictator who wants beans on toast at 3am. The twins have nits. The washing machine flooded the kitchen. My husband's on nights so it's just me. I honestly feel like I'm at breaking point and could sleep for a week. But we're halfway through the pulse and my mum's coming Saturday, so there's light at the end. Thanks for letting me vent.",
        QUIET,
    ),
    # lookalike_practical_affairs
    Case(
        "lookalike_practical_affairs",
        "sorting guardianship in our wills this wknd. who did u all pick? feels morbid but its sensible",
        QUIET,
    ),
    Case(
        "lookalike_practical_affairs",
        "anyone want a free buggy and car seat? she's outgrown them, collection from Swords",
        QUIET,
    ),
    Case(
        "lookalike_practical_affairs",
        "We've booked the date for Noah's christening, 3rd of August, now that he's off treatment. His class also asked us to write letters for the time capsule they're burying. Emotional!",
        QUIET,
    ),
    Case(
        "lookalike_practical_affairs",
        "Admin day. Renewed the travel insurance (finally found one that covers pre-existing conditions, message me), updated my will now that we've moved house, and gave the boys' old bikes to the neighbours. Set up the standing order for the fundraiser. Put the end of treatment party in the diary for the 22nd. Feel so much lighter having it all ticked off.",
        QUIET,
    ),
]

_DROPPED = frozenset({"a51ff6524fab7a9e"})


def _kept(case: Case) -> bool:
    return hashlib.sha256(case.text.encode()).hexdigest()[:16] not in _DROPPED


HELD_BACK = [c for c in HELD_BACK if _kept(c)]
