# ruff: noqa: E501
"""Held-back crisis functional set no. 4 (parents of children with cancer, peer-support chat).

Written blind, before the change it measures: the author did not read the detector, its rules
or lists, or any other functional set. Functions follow the C-SSRS screener and the 988
Lifeline / AFSP warning signs; look-alikes cover what must stay quiet. Every message is
original. This set must never be tuned on: do not edit the detector while looking at its
failures, and report only counts.
"""

from __future__ import annotations

import hashlib

from tests.moderation.functional.support import QUIET, Case, cases

C = "crisis"

CRISIS4: list[Case] = [
    *cases(
        "wish_dead",
        C,
        "honestly wish i could just not exist anymore",
        "tbh wud be fine if i never woke up again. like go 2 sleep n thats it for me",
        "I keep wishing I were dead.",
        "Update on Mila: counts came back low again so cycle 4 is pushed a week, and her port site looks a little red so they're watching it. Insurance finally approved the antiemetic after three calls. Somewhere in all of that I've started hoping I'll just be gone, that some night it'll be over for me and I won't have to get up. Anyway her next scan is the 14th, fingers crossed.",
        "When I lie down I picture the lights going out for me, for good, and it's the first time in months anything has felt like rest.",
        "idk if this is normal but lately I catch myself wanting to be dead rather than just tired. does anyone else get that?",
    ),
    *cases(
        "active_thoughts",
        C,
        "been thinking about killing myself a lot this week",
        "ngl the thoughts of ending it r back n louder than ever. cant shake em",
        "I have been having suicidal thoughts since Owen relapsed.",
        "Day 12 inpatient. Transplant team says engraftment could be any day now, ANC was 200 this morning which is something. My husband is doing nights so I can sleep at the Ronald McDonald House. I won't pretend: when I'm alone in that room I think about taking my own life, every night now. Her nurse brought a sticker chart which she loved.",
        "My brain keeps circling back to ways of switching myself off permanently. I don't even try to push it away anymore.",
        "Is it common for caregivers to think about suicide? Asking because I have been, a lot, and I don't know who to tell.",
    ),
    *cases(
        "method",
        C,
        "been looking up how many of my sleeping pills it would take",
        "googled what height u need for a fall 2 b fatal. dont judge",
        "I've been researching which overdose would be the least painful way to die.",
        "Quick update, Ezra's MRD came back negative after induction, which we're thrilled about, and they're moving him to consolidation next month. I've been running on fumes. Late at night I read about hanging myself and how long it takes, I don't really know why I'm telling you. The social worker got us a parking pass at least.",
        "I know exactly which of my husband's heart tablets would stop mine if I swallowed the whole bottle. I've checked the numbers twice.",
        "This is probably a weird question but does anyone know if carbon monoxide from a car is painless? Not for a story, for me.",
    ),
    *cases(
        "intent",
        C,
        "I'm going to do it. I'm done.",
        "im gonna end my life this wknd, made up my mind. sorry guys",
        "I have decided to kill myself.",
        "Scans were stable, so that's the good news, and oncology says we can stretch visits to every 6 weeks. Grandma is moving in to help with Tessa after school. I want someone here to know that I'm actually going to go through with ending it this time, this isn't venting. Tessa's IEP meeting is Thursday and her teacher has been amazing.",
        "Once Jonah is settled with his dad I'm not sticking around. My mind is made up and I'm calm about it.",
        "Not sure if I should post this but I think I'm going to act on the suicide thoughts tonight. Am I awful for feeling relieved?",
    ),
    *cases(
        "plan",
        C,
        "I've got it planned, Friday after her last chemo",
        "picked the day 2 end it. sat when every1s at my sisters. wrote out how",
        "I have a plan to end my life and I've chosen the date.",
        "Thanks everyone for the meal train, it has been a lifesaver. Bloodwork today was okay, platelets borderline, so maybe a transfusion Monday. I've worked out how and when I'm going to kill myself, after Lucas finishes his last round so he doesn't have to see it. The hospital chaplain stopped by and was lovely.",
        "The kids are at camp the week of the 20th. House empty, husband traveling. I've mapped out every detail of how that week ends for me.",
        "If I've already decided the when and the where for killing myself, is there any point calling a hotline? Genuinely asking.",
    ),
    *cases(
        "gathering_means",
        C,
        "kept all of Ava's leftover oxy instead of returning it. it's for me",
        "got a rope at the hardware store 2day. u know what for. not the tent",
        "I've been saving my son's leftover morphine so I have enough to overdose.",
        "Port removal went smoothly, the surgeon said he was a champ. We're officially off treatment!! Everyone keeps saying I should be celebrating. I picked up a handgun from my brother's place on Saturday to use on myself, it's in my nightstand and I keep taking it out. Follow-up clinic is every 3 months for the first year.",
        "Every time the pharmacy sends more of her pain meds I put some aside in a shoebox at the back of my closet. The box is nearly full. Nobody knows, and it's not for her.",
        "Idk if this is normal but I've been stockpiling the leftover hydromorphone from his palliative kit instead of taking it to the take-back, in case I need a way out.",
    ),
    *cases(
        "dangerous_place",
        C,
        "sitting on the bridge railing rn",
        "parked by the tracks again. next trains in 10 min. idk why im telling u all",
        "I'm on the roof of the parking garage and I'm thinking about jumping.",
        "Sorry for the long silence. Zoe's biopsy came back and it's a recurrence, so we're looking at a trial in Philadelphia. I'm writing this from my car in the closed garage with the engine running, I just wanted somebody to know. Her oncologist has been great about the referral.",
        "Drove out to the quarry tonight. Standing right at the lip of it. It's very quiet up here, and I'm not planning on driving back.",
        "Is it weird that I keep stopping at the overpass on the way home from the hospital and sitting on the ledge with my legs over? I did it again tonight.",
    ),
    *cases(
        "goodbye",
        C,
        "thank you all for everything. this is goodbye from me",
        "gave my guitar n my watch 2 my brother tdy, told him keep em. prob my last msg here, love u guys",
        "I wrote letters to each of my kids and my wife to find after I'm gone.",
        "Riley finished week 3 of radiation and the mask doesn't scare her anymore. Her hair is thinning but she's rocking a bandana. I've put my affairs in order, updated the will, left the passwords for my husband and written everyone notes, so things are easy for them when I've taken my life. Thanks for being such a good group.",
        "Dropped my dog at my sister's with all his food and told her he's hers now. Paid off the car, cancelled my phone from next month. Everything's tidy for after.",
        "Not sure if it's strange but I've been saying real final goodbyes to people before I end things, like I won't see them again. Anyone else do that?",
    ),
    *cases(
        "burden",
        C,
        "everyone would be better off if I was dead",
        "im jst dead weight 2 my family rn. theyd manage fine w/o me around, maybe i shud go",
        "My family would be better off if I killed myself.",
        "Ben's ANC recovered enough for him to go home, which is huge. The home health nurse comes Tuesdays for his line. My mother-in-law has taken over the driving and my husband works doubles to cover the bills I can't. Honestly they'd all have it easier if I weren't alive for them to carry on top of Ben. He's been asking for pancakes every morning which is a good sign.",
        "I cost this family more than I give. Take me out of the equation permanently and the numbers finally work.",
        "Is it normal to feel like your kids would be better off with just their dad, and that removing myself for good would fix things?",
    ),
    *cases(
        "trapped_unbearable",
        C,
        "I'm trapped and the only exit I can see is a permanent one",
        "cant take this pain anymore. like im in a box w no door. only 1 way out n its dying",
        "This pain is unbearable and I don't think I can survive another day of it.",
        "Cycle 5 down, one to go. Noah's mouth sores are finally healing and he ate half a grilled cheese. Meanwhile I feel locked in a room that's filling with water, no way out, and I don't want to keep breathing through it. Pharmacy messed up the TPN order again, so that was my afternoon.",
        "Every door I try is bolted. Work, money, his treatment, my marriage. I've stopped looking for a door and started looking for a way to make all of it stop for good.",
        "Idk if anyone else gets this but the hurt is so bad I can't bear it, and death keeps looking like the only relief. is that just burnout?",
    ),
    *cases(
        "no_reason_to_live",
        C,
        "nothing left to live for",
        "wats even the point of me being alive anymore. no reason 2 stay",
        "I don't have any reason to keep living.",
        "Maya's end-of-treatment party was Saturday and she rang the bell so hard the clapper nearly came off. Everyone cried. I keep waiting to feel something, but truthfully I can't find a single reason to stay alive now that she doesn't need me at the hospital every day. We go back for scans in 3 months.",
        "Sat down tonight and tried to list why I should still be here. Came up with nothing. Not one line on the page.",
        "How do you all find reasons to live? I honestly can't think of one for me anymore and that scares me.",
    ),
    *cases(
        "self_harm",
        C,
        "cut myself again last night",
        "burned my arm w a lighter after the clinic call. felt better 4 like a min",
        "I've started hurting myself on purpose when it gets bad.",
        "Quick check-in: Hannah's LP went fine and they got the intrathecal in without issues. She slept most of the afternoon. I've been scratching my forearms until they bleed while I wait in the parent lounge, my sleeves hide it. We're hoping for discharge by Friday.",
        "Long sleeves in July. Bandages under them. The blade from a pencil sharpener lives in my wallet now.",
        "idk if this counts as anything but I punch the bathroom wall until my knuckles split, most nights. should I be worried?",
    ),
    *cases(
        "child_self_harm",
        C,
        "found cuts on my 14yo's thighs tonight",
        "my daughter (15) has been cutting herself since her dx. found the razor in her pencil case",
        "My son has been banging his head against the wall on purpose until it bruises.",
        "Ollie's counts are slowly climbing and he finally got back to school half days. His teacher set up a quiet corner for him. Last week I noticed burn marks on his wrists and he admitted he's been doing it to himself with a hot spoon. Next scan is in April.",
        "She wears a hoodie to bed now. This morning I saw the lines across her forearms, neat rows, some fresh, some old.",
        "Is it normal for a 12yo on steroids to pick her skin open until it bleeds and say she likes how it feels? I think she's doing it on purpose.",
    ),
    *cases(
        "child_wish_dead",
        C,
        "my 9yo told me he wants to die",
        "kiddo said he wishes he was dead so the pokes wud stop. he's 7. i cant breathe",
        "My daughter told me she wishes she could die so she doesn't have to do chemo anymore.",
        "Relapse confirmed, so we're starting the salvage protocol next week. Sam took the news better than I did at first. Then at bedtime he said he wants to kill himself instead of going back to the hospital, and asked if he could just go to sleep forever. We've asked for child life and psych to see him Monday.",
        "At bathtime my 10 year old said she'd rather be in the ground than go back to the ward. Then she asked me how long it takes a person to stop breathing.",
        "Not sure if I'm overreacting but my teenager keeps saying 'I don't want to be alive anymore' when he's nauseous. is that teen talk or do I need to tell someone?",
    ),
    *cases(
        "withdrawal_hopeless",
        C,
        "stopped talking to everyone. nothing's ever getting better and I'm done trying",
        "deleted all my socials n dont answer my mom. whats the point, its hopeless, im checking out",
        "I've shut everyone out because nothing will ever get better and I don't want to be around for it.",
        "Harper's second round was rough, lots of vomiting, but the nurses got her meds sorted. Her brother is staying with my parents. I've stopped answering texts, quit my church group, and I can't see anything ever improving, I'm just disappearing for good. Anyway her hair is growing back curly which is funny.",
        "Phone's been off for nine days. Curtains shut. Nothing out there is going to change, so I've stopped bothering to be part of it, and soon I won't be.",
        "Is it bad that I've ghosted every friend I have and don't believe anything will ever be okay again? idk, I'm just fading out and I don't plan to come back.",
    ),
]

LOOKALIKES4: list[Case] = [
    *cases(
        "safety_statement",
        QUIET,
        "Not suicidal, before anyone worries, just so tired my bones ache.",
        "To be clear I'm safe and have no plans to hurt myself, I just needed to scream into the void for a second.",
        "im not gonna do anything stupid, promise. just having a cry in the car park b4 i go back up",
        "My therapist asked the suicide question again today and I could honestly say no, I'm not having those thoughts. Just grief and exhaustion.",
        "No thoughts of ending anything here, I want to be around for every one of his birthdays. I'm just burnt to a crisp.",
    ),
    *cases(
        "past_resolved",
        QUIET,
        "Five years ago, during my son's first diagnosis, I attempted suicide. I got help, I've been stable since, and I'm sharing because newer parents should know recovery is real.",
        "I used to self-harm as a teenager and haven't in over 15 years. Only mentioning it because the nurse asked about the scars on my arm.",
        "Back in 2019 I was in a really dark place and didn't want to live. Therapy and meds helped enormously and I'm in a good spot now.",
        "A year ago I wrote in here that I wanted to die. Coming back to say I'm so glad I stayed. Lily is NED and so am I, mentally.",
        "had a rough patch w suicidal thoughts after dx, did a partial hospitalization program, been doing well for 2 yrs now",
    ),
    *cases(
        "med_logistics",
        QUIET,
        "Counting out Theo's 6MP and methotrexate for the week, does anyone use a weekly pill organizer with AM/PM slots?",
        "What do you all do with leftover chemo pills after treatment ends? Our pharmacy says bring them back but they're closed weekends.",
        "Sorting her meds into the pill box takes me 40 minutes every Sunday, there are 11 of them now.",
        "We have a whole drawer of leftover oxycodone and ondansetron from after surgery. The police station has a drop box, is that the right place to dispose of them?",
        "pro tip: photo the med schedule n set phone alarms for each dose, saved my sanity w the septra on wknds",
    ),
    *cases(
        "tired_venting",
        QUIET,
        "I am so tired I put the milk in the pantry and the cereal in the fridge.",
        "Vent incoming: insurance denied the scan AGAIN, the clinic lost our paperwork, and I've had 3 hours of sleep. I'm furious.",
        "cant do another night of 2am pump alarms. i am DONE with this beeping machine",
        "Some days I want to run away to a beach for a week and just sleep. Not happening, but a girl can dream.",
        "I'm exhausted down to my soul. Coffee isn't even touching it anymore.",
    ),
    *cases(
        "fear_child_dying",
        QUIET,
        "I'm terrified she's not going to make it through this relapse.",
        "Every time his fever spikes I'm convinced this is the infection that takes him.",
        "The doctors used the word palliative today and I can't stop thinking about losing her.",
        "scared my boy wont see his 8th bday. cant say it out loud to anyone irl",
        "How do you cope with the constant fear that your child is going to die? I lie awake listening to her breathe.",
    ),
    *cases(
        "legacy_planning",
        QUIET,
        "We've started a memory box for Ezra with handprints and recordings of him reading, while he still has the energy.",
        "The hospice nurse helped us think about where he wants to be at the end. He chose home, with the dog on his bed.",
        "Has anyone done a legacy project? She wants to write letters for her little sister to open on each birthday after she's gone.",
        "We met with the palliative team about a DNR for our daughter. Hardest meeting of my life but it felt right for her.",
        "planning her celebration of life with her input. she wants purple balloons n everyone in pajamas",
    ),
    *cases(
        "supporting_member",
        QUIET,
        "@Dana if you're thinking about suicide please call or text 988 right now. We're here and we want you to stay.",
        "To whoever posted last night about wanting to end it, please reach out, I'll DM you my number. You are not a burden.",
        "Mods, someone in the evening thread sounds like they're planning to hurt themselves, can someone check on them?",
        "Sat with a friend from this group who had a terrible night and was talking about dying. She's safe now and her husband is with her.",
        "when i read jess's post about the pills my heart sank. has anyone heard from her? sending so much love",
    ),
    *cases(
        "media",
        QUIET,
        "Just finished that documentary about suicide barriers on bridges, really well done.",
        "Anyone read The Fault in Our Stars with their teen? Mine wants to but I'm not sure.",
        "The episode of Grey's last night with the mom who overdosed had me sobbing.",
        "NYT piece today on caregiver burnout quotes a parent saying she wanted to die. Worth a read for partners.",
        "our book club is doing a novel where the dad jumps off a bridge in ch 2. kinda heavy for me rn, might skip",
    ),
    *cases(
        "figure_of_speech",
        QUIET,
        "This insurance paperwork is killing me.",
        "If I hear the Paw Patrol theme one more time I'm throwing myself out the window lol",
        "The parking fees at this hospital are murder.",
        "I could have died of embarrassment, I fell asleep on the oncologist's desk mid-appointment.",
        "shoot me now, pharmacy has had us on hold for 50 min",
    ),
    *cases(
        "everyday_objects",
        QUIET,
        "Need more rope for the tent this weekend, our first family camping trip since treatment ended!",
        "Left the car running in the garage for a minute to warm it up before taking him in, it's -20 out.",
        "Security took my husband's pocket knife at the hospital entrance, he carries it for work. Anyone know if they give it back?",
        "We walked across the bridge to the river park today, first outing in weeks. She loved the ducks.",
        "the kids were up on the treehouse roof flying a kite, first normal afternoon in months",
    ),
    *cases(
        "ordinary_giving",
        QUIET,
        "Giving away a bag of outgrown boys' clothes, size 6, anyone local want them?",
        "We're clearing out the spare room and donating the crib and baby swing.",
        "I have a pile of port-access shirts my son outgrew, happy to ship them free to anyone who needs them.",
        "Gave my old laptop to my niece for college, nice to see it go to good use.",
        "decluttering the garage, free bikes n a scooter if u can pick up this wknd",
    ),
    *cases(
        "hospital_stay",
        QUIET,
        "I don't want to be here another night on this ward, the beeping never stops.",
        "I just want to go home. 23 nights on the oncology floor and counting.",
        "Can't stand this hospital anymore. The fold-out chair is wrecking my back.",
        "if i have to spend one more wknd on 5 north im going to scream. pls let her counts come up",
        "Is it normal to hate the hospital so much you feel sick in the elevator? We're inpatient again for fever.",
    ),
    *cases(
        "grief_no_wish",
        QUIET,
        "It's been a year since we lost Aiden. I miss him every single second.",
        "Today would have been Grace's 9th birthday. We released lanterns and ate her favorite cake.",
        "Grief comes in waves. Some days I can't get out of bed because I miss her so much, but I'm still here for my other two.",
        "i still set 3 plates at dinner sometimes. 8 months since he passed",
        "We buried our son on Tuesday. Thank you all for holding us through the last months of his life.",
    ),
]

# Dropped unseen, by hash: a case that a training sentence written later paraphrases (cosine
# 0.81-0.83 by the int8 encoder on a CPU without VNNI and by the float model; 0.80 is the line
# of ``test_catalogues_apart``). Its pass would measure memory, not generalisation.
_DROPPED = frozenset({"ac701a4d75249a63"})


def _kept(case: Case) -> bool:
    return hashlib.sha256(case.text.encode()).hexdigest()[:16] not in _DROPPED


HELD_BACK4: list[Case] = [c for c in CRISIS4 + LOOKALIKES4 if _kept(c)]
