"""Warning signs and their look-alikes, written for training (not for measuring).

Written blind for Hearth (2026-12-05) by two writers who saw neither the detector nor each other
nor any test set: ``POSITIVES`` from the 988 Lifeline, AFSP and C-SSRS warning signs, 30 per
kind in a parent's (or a bereaved parent's, or a teen patient's) voice, two thirds with no words
of suicide or death; ``LOOKALIKES``, the community's everyday talk that shares their words
(medication logistics, goodbyes at discharge, wills, the car-park roof, figures of speech).
Every message sits under ``APART`` cosine similarity of every held-back case
(``tests/moderation/functional/test_catalogues_apart.py``); the few that did not were dropped
unseen. The warning-sign trainer (``moderation.training.warning_signs``) reads each message's
candidate sentences, as run time would embed them.
"""

from __future__ import annotations

POSITIVES: dict[str, tuple[str, ...]] = {
    "affairs_in_order": (
        "updated my will today. just in case",
        "Double checked the life insurance doesn't have an exclusion period "
        "anymore. It's been over two years so we're fine.",
        "Account logins and hospital contacts all written out for my husband in a folder.",
        "Spent the weekend getting everything in order. Funeral wishes, guardianship, the lot.",
        "Called the solicitor and named my sister as guardian for the kids.",
        "Paid off every bill I could and set up direct debits so nobody has to deal "
        "with any of it after.",
        "Wrote a list for my partner: chemo schedule, which nurse to call, where "
        "the port kit is. He'll need it soon.",
        "i've cleared my inbox and sorted my paperwork so no one has to",
        "Checked the policy twice. It pays out in any circumstances now.",
        "Made a spreadsheet of all the meds, appointments and bills so whoever "
        "takes over can just follow it.",
        "Got power of attorney sorted and told the bank who to deal with.",
        "Finally picked the songs for my funeral. Weirdly calm about it.",
        "Cancelled my gym. Phone contract renews in March but I won't need it.",
        "Set up the kids' college funds and left instructions. Feels like I've "
        "finished my to-do list.",
        "Tidied everything. Left a note on how the boiler works.",
        "Sorted out who'll drive Lily to her outpatient appointments going forward. Won't be me.",
        "Spent my lunch break at the solicitor's. Everything's signed. Done.",
        "wrote down my pin numbers and left them with my mate",
        "Everything is sorted for after I'm gone. The kids will be looked after.",
        "Got the paperwork done for the house so it goes straight to the kids.",
        "17 and on my fourth line of treatment. Wrote down my passwords and what I "
        "want played at the service. It's in my bedside drawer.",
        "My sister knows where the deeds and insurance docs are now. Showed her yesterday.",
        "Put all my affairs in order this week. Feels good to be organised at last.",
        "Handed in my notice at work. No point starting anything new.",
        "Rang my pension provider to check the death-in-service nominee is right.",
        "My partner's name is on everything now. I've taken mine off whatever I can.",
        "Prepaid the funeral plan. Didn't tell anyone.",
        "The dog's vet details and food are written down for whoever ends up having him.",
        "Cleaned the whole house top to bottom, did all the laundry, filled the "
        "freezer. Wanted to leave it nice.",
        "Checked what happens to my debts if I'm not around. Apparently they don't "
        "pass to the kids, so that's good.",
    ),
    "better_off_without_me": (
        "the family would honestly function better w/o me",
        "My kids would have a calmer life if I wasn't in it. Their dad's steadier than me anyway.",
        "Everyone would cope better if I just wasn't part of the picture anymore.",
        "Sometimes I think my wife could start over properly if I wasn't holding her back.",
        "his siblings would get more attention if i was out of the way",
        "The life insurance would cover the treatment abroad. I keep doing "
        "that maths and it keeps working out.",
        "The world wouldn't miss one more tired mum.",
        "Nobody would notice if I disappeared, not really. Maybe for a week.",
        "She's in remission, she's got her dad and her nan. I've done my part "
        "and they'd be okay without me now.",
        "Truthfully I think my husband would be relieved to be free of me.",
        "Once Ava's through her last cycle there's no reason they'd need me around.",
        "If I vanished the fundraiser money could go to her instead of my prescriptions.",
        "15, ALL, day 200-something. Mum and dad would finally get their lives "
        "back if I wasn't here. They could sleep. Travel. Be normal.",
        "Can't help thinking the family would heal faster without me in the middle of it.",
        "nobody needs me here really, they've got it covered",
        "My son would grow up happier with a mum who isn't a wreck. His "
        "stepmum's lovely. She could just take over.",
        "Pretty certain everyone would be lighter minus me.",
        "After we lost Finn my partner deserves a fresh start with someone who "
        "isn't a walking reminder.",
        "They'd grieve for a bit if I were gone and then actually get to breathe.",
        "my absence would be a gift to them honestly",
        "Running the numbers: one less mouth, one less person to worry about, "
        "one less mess. It adds up.",
        "The kids have their gran. They'd adjust. Kids are resilient, that's "
        "what the psych nurse keeps telling us.",
        "Would anyone even miss me if I stopped showing up in this chat? Don't answer that.",
        "They deserve a dad who isn't broken. Since I can't be that, maybe the "
        "kindest thing is for them not to have me at all.",
        "I've started to believe my family is waiting for me to go so they can move on.",
        "Things at home would be simpler for everyone without me in them.",
        "It would be better for everyone if I died and the insurance paid off the hospital debt.",
        "Ward 4 mums, be honest with me. Would your kids actually be worse off "
        "if you weren't around? Because I don't think mine would.",
        "removing myself from the equation would fix a lot of problems",
    ),
    "burden": (
        "all i do is cost this family money and energy",
        "My husband has to look after her AND me now. I'm just one more patient he never "
        "signed up for.",
        "I'm a weight round everyone's neck since the diagnosis.",
        "The other parents on the ward keep having to prop me up. I'm draining them and their "
        "kids are fighting for their lives too.",
        "im such a drain on everyone fr",
        "Mum's remortgaging to cover the travel costs and I'm the reason. I'm the reason for "
        "all of it.",
        "Can't even hold it together for scan results, so what use am I. Everyone spends "
        "their energy managing me instead of Sophie.",
        "Feel like I'm taking up space and oxygen that better people could use.",
        "Our eldest has started skipping school to cover for me because I can't get out of "
        "bed. I'm ruining two kids now, not one.",
        "everyone's exhausted and half of it is because of me",
        "The nurses have enough on without me sobbing at the station every shift. I'm a "
        "problem they have to manage.",
        "I bring nothing but trouble to the people around me.",
        "Patient not parent btw. Mine have given up literally everything for my treatment and "
        "I'm just a giant bill with legs.",
        "Honestly I'm more hassle than I'm worth to this family.",
        "My partner works doubles to keep the lights on and comes home to me being useless. "
        "He deserves better than what I've become.",
        "sorry for always bringing the group down, i know i'm a lot. i'm a lot for everyone",
        "I've become a full-time job for my sister on top of her own kids.",
        "Since Jack passed I'm this heavy grey thing everyone tiptoes around. I'm making "
        "their grief harder.",
        "Nobody says it but I can see it in their faces: I'm too much.",
        "cant shake feeling like a burden to literally everyone",
        "My existence is costing people. The fuel, the parking at the children's hospital, "
        "the time off, the worry.",
        "I'm 16, on my third relapse, and I'm the reason my little brother never gets a "
        "birthday that isn't in a hospital canteen.",
        "The social worker keeps finding us grants and I feel like a leech. We shouldn't need "
        "rescuing constantly.",
        "Everybody has to rearrange their whole lives around my mess.",
        "I'm dragging my wife under with me and she can't swim either.",
        "Pretty sure my friends only check in out of guilt. I'm an obligation, not a person.",
        "lol im basically a charity case now. everyone carrying me",
        "The house, the dog, the school runs, Dad's doing it all while I sit here. I only "
        "make things worse.",
        "Grandparents spend more time worrying about me than about the one who actually has "
        "cancer. That's how useless I am.",
        "I'm the broken part of this family that nobody can fix and everyone keeps paying for.",
    ),
    "child_self_harm_or_wish_to_die": (
        "My 9 year old said tonight 'I just want to go to heaven and not have any more pokes'.",
        "Daughter (14) told me she wishes the cancer would hurry up and finish.",
        "Found cuts on my son's arms while the nurse was changing his dressing.",
        "He keeps saying he wants to be with his brother who passed.",
        "'I don't want to wake up after the operation,' she told me, and she wasn't joking.",
        "Our teen wrote 'everyone would be better without me' in her "
        "journal. She's on her fourth relapse.",
        "Caught my 12 year old trying to pull out his NG tube, saying "
        "he wants it all to stop for good.",
        "15yo told me she's going to stop taking her meds and let it happen.",
        "Found her saving up her pain tablets in her pillowcase.",
        "He told the play specialist he wants to jump out of the window.",
        "Our 7 year old keeps drawing himself with angel wings and says he wants to go now.",
        "At bedtime my daughter asked me if it would hurt to go to sleep and not wake up.",
        "Son has been scratching his legs raw and won't tell me why.",
        "She said she wants to die. She's 10.",
        "im the patient, 14. i want to stop treatment and just let myself go",
        "Her brother (11) told me he wishes he had cancer too so he "
        "could go to heaven with his sister.",
        "Ward iPad history: my 13yo had searched 'how to die quickly'.",
        "He's been banging his head on the cot rails hard when he "
        "gets upset and it's getting worse.",
        "Ruby told her nurse she wishes she'd never been born.",
        "A note in my teen's room, saying sorry to everyone. Found it this morning.",
        "She gave all her stuffed animals to the other kids on the "
        "ward and said she won't need them.",
        "'If the scan's bad again I'll do it myself,' my boy said, and walked out.",
        "Our 16-year-old keeps talking about not wanting to be here. "
        "She's in remission but says she can't face the fear of "
        "relapse.",
        "17, on treatment, been refusing food on purpose. if my body gives up then fine",
        "He's tired of fighting, he says, and wants to go where his friend from the ward went.",
        "'You'd all be happier if I wasn't here,' she said, then locked herself in the bathroom.",
        "Caught him on the hospital window ledge. He said he was just looking.",
        "Noticed burns on my 14 year old's wrist from the heat pack. She's doing it to herself.",
        "Bereaved sister (13) keeps saying she wants to be with her brother in heaven.",
        "Osteosarcoma, 15, amputation scheduled. Keep thinking about "
        "how to make it stop myself before they cut.",
    ),
    "dangerous_place": (
        "good spot at the top of the multistorey by the hospital. checked it out today",
        "Most nights after visiting hours I drive to the bridge and just sit there.",
        "Went up to the cliffs where we scattered his ashes. Stood right at the edge for an hour.",
        "A railway crossing on my way home from the ward. I stop and watch the "
        "trains every night now.",
        "walked out onto the pier in the dark. thought about it",
        "Checked out the roof of the parents' accommodation building. The door's never locked.",
        "Which part of the river is deepest? I know now. Been there three times this week.",
        "Found the place. It's quiet and nobody goes there after dark.",
        "Sat on the edge of the motorway bridge for ages last night.",
        "Drove up to the reservoir and sat with the engine running.",
        "Keep going back to that lookout point in the hills. It's calling me.",
        "The top floor of the car park has no barrier on the far side. Been up there twice.",
        "Drove out to the quarry where we used to swim as kids. Looked down for a long time.",
        "snuck up to the hospital roof garden last night (im on the teen unit) and "
        "climbed over the railing for a bit",
        "I'm at the bridge now.",
        "On the coast road there's a stretch with no guardrail. I slow down every time I pass it.",
        "Deep in the woods there's a place where nobody would find me for weeks.",
        "Ate my lunch on the edge of the tower block roof.",
        "Standing at the cliff edge right now, just wanted to tell someone.",
        "Keep walking home over the viaduct instead of the normal way. Stopping "
        "halfway every time.",
        "im on the roof lol",
        "The lake is frozen over but not thick. I've been going there every morning "
        "after the school run.",
        "I've picked the spot. It's the bridge we drove over on the way to her first chemo.",
        "Parked at the edge of the quarry, engine off, just looking over.",
        "The ward is on the 9th floor and the windows in the stairwell open all the "
        "way. I've checked.",
        "Scouted a few high places this week. Only one feels right.",
        "Keep finding myself at the train tracks behind our estate.",
        "tonight im going to the bridge near the childrens hospital",
        "Been visiting the harbour wall at night when the sea's rough.",
    ),
    "gathering_means": (
        "I've kept back some of his oramorph after the nurses stopped it. Haven't told anyone.",
        "A whole drawer of her leftover palliative meds and I haven't handed them "
        "back. I know exactly why.",
        "Got my hands on my dad's old shotgun this weekend.",
        "Stockpiling. Every prescription, a few held back.",
        "picked up a couple of extra boxes of paracetamol from different shops",
        "The hospice gave us a big bag of meds when he passed. I kept it.",
        "Managed to get my GP to double my prescription. I'm not taking them.",
        "I've got enough now. It's all in a box under the bed.",
        "Few bits from the hardware shop I won't explain to anyone. They're in the "
        "boot of the car.",
        "Asked my brother if I could borrow his gun, said it was for the rabbits.",
        "Haven't been taking my antidepressants. Saving them instead.",
        "Got a bag packed with everything I need. It's hidden in the shed.",
        "Kept the spare syringes and the morphine from her pump. Nobody checked.",
        "Collected enough pills over the last month. Just in case I decide.",
        "have a blade now. keeping it in my bag",
        "Went to three different chemists this week so nobody would notice.",
        "Took the leftover injectables from her home care kit and hid them in my wardrobe.",
        "Ordered something online that I shouldn't have. It arrives Thursday.",
        "been pocketing my oxy instead of taking it (patient, 17). got a decent stash",
        "Filled my last prescription and didn't tell the pharmacist I still had loads at home.",
        "My stash is big enough now.",
        "The palliative team left the just-in-case box. I moved it to my room.",
        "Purchased a gun last week. Legal and everything.",
        "Asked the oncology pharmacist what happens to unused chemo tablets. Kept "
        "them instead of returning them.",
        "Everything I need is together for when I'm ready.",
        "hoarding tablets since christmas",
        "Moved the vodka and all the pill packets into my car so they're there whenever.",
    ),
    "giving_away": (
        "anyone want my car? dont need it anymore",
        "Giving away all of Theo's stuff and most of mine. Message me if anything's "
        "useful for your little ones.",
        "I've left my wedding ring with my sister. She'll know what to do with it.",
        "Does anyone have a good home for my dog? I won't be able to look after her soon.",
        "Put my guitar and records up for free on the local page today. Won't be playing "
        "them again.",
        "My grandmother's necklace is going to Nadia's nurse. She deserves something precious.",
        "gave my PS5 and my hoodies to my best mate (im 16, the one with the tumour). "
        "told him i wont need them where im going",
        "If anyone needs a breast pump, car seat, winter coats, my laptop, I'm clearing "
        "out everything. Everything.",
        "Handed over all my passwords and the spare keys to my brother this weekend "
        "along with my jewellery box.",
        "My books, my camera, my coats. All boxed up and labelled with names.",
        "Signed my share of the business over to my partner. Don't want it to be a mess later.",
        "Rehomed my cat with a neighbour yesterday. Felt like the right thing before everything.",
        "want to give my stuff to people who'll use it. pm me",
        "Took all her things and most of my own to the charity shop. Kept nothing.",
        "Moved my savings into the kids' accounts. No use to me now.",
        "Posting my sewing machine and all the fabric for free. I'm not going to be "
        "making anything else.",
        "Mum's ring went to my daughter tonight. I wanted to see her wear it while I'm "
        "still around to see.",
        "Whoever wants my old phone, clothes, or the spare cot, it's all free. Just come take it.",
        "Son-in-law has my tools now. Told him he'll need them more than me soon.",
        "Quietly giving my favourite things to the people I love. It feels right.",
        "Left the plants with my neighbour and told her to keep them. No point them "
        "wilting in an empty house.",
        "Dropped off my bike and running gear at the hospital fundraiser. I'm finished "
        "with all that, someone else should have it.",
        "Made sure my nephew got my watch. My dad gave it to me and I want him to have "
        "it now, not later.",
        "Sold nothing, gave it all away. Clothes, jewellery, the lot.",
        "Can someone in the Leeds area take the fish tank? Not going to be here to feed them.",
        "Passing on all my art supplies to the playroom on ward 7. I've painted my last picture.",
        "Hubby asked why I gave my laptop to his niece. I didn't know what to say.",
        "gave away my switch and all my games to my little sister, she can have them, im "
        "done with everything",
        "I'm sorting who gets what. My sister gets the car, my best friend gets the photos.",
        "The good coat, the boots, Nan's brooch, all given away this week. I want it "
        "settled before I'm not here to do it.",
    ),
    "goodbye_farewell": (
        "This will probably be my last post here. You've all been kinder to me than I deserved.",
        "I love you all. Please look after Ellie's brother for me.",
        "Goodbye everyone, it's been an honour walking this road with you.",
        "in case i dont see you all again, thanks for being there",
        "Signing off for good. Don't be sad, I'm going where I want to be.",
        "Tell Priya's nurses I'm grateful for everything they did for her. I won't "
        "be able to tell them myself.",
        "You were the only people who got it. I'll miss you. Sorry.",
        "Final message from me. Please don't come looking.",
        "So this is goodbye. Thank you for the 2am chats.",
        "im leaving this group and everything else. love to all of you",
        "Sent my mum a long message tonight telling her everything I never said. "
        "Feels good to have that done before I go.",
        "Remember me kindly please.",
        "Whatever happens, none of it is your fault. Any of you.",
        "Just recorded a video for my daughter to watch when she's older. Needed "
        "her to hear my voice saying it.",
        "Thank you for trying, all of you. I'm just too tired.",
        "This is me saying bye properly, in case I don't get another chance.",
        "Going to log off now. Forever, probably. Hug your kids.",
        "Hey, it's Sam's mum. I won't be on here after tonight. You're all wonderful.",
        "ttyl... or not. love u guys fr",
        "Thanks to everyone in this server. I'm at peace with my decision. Please don't worry.",
        "I've said my goodbyes to everyone who matters. Wanted to include you lot.",
        "Please tell Mia's brother I'm sorry and that I loved him so much.",
        "If this is the last thing I write here, I want it to be thank you.",
        "Last night I kissed both kids goodnight and really looked at them. I "
        "wanted it to be the one they remember.",
        "Farewell friends. I hope all your babies make it to remission.",
        "I'm sorry for what I'm about to do. I love you all.",
        "Consider this my goodbye note. I'm going to kill myself tonight.",
        "Forgive me, everyone. You tried your best with me.",
    ),
    "hopeless_no_reason": (
        "whats even the point anymore",
        "No reason to get up. No reason to keep going.",
        "There's nothing left for me. She was everything.",
        "The future is just blank. I can't picture a single thing worth sticking around for.",
        "nothing will ever be ok again so why bother",
        "Relapse confirmed today. I've stopped hoping for anything, for her or for me.",
        "Can't picture myself still around this time next year.",
        "My reason for living was Oscar and Oscar's gone.",
        "Pointless. Every day of it is pointless now.",
        "ive got nothing to look forward to. ever",
        "Don't tell me it gets better. It doesn't and it won't, and I've stopped "
        "pretending otherwise.",
        "Every plan I had involved her. Without her there's no plan, there's nothing.",
        "why keep fighting when we lose anyway",
        "I've lost the reason to keep living.",
        "AML, second transplant failed, I'm 17. Don't see why I should keep trying to stay alive.",
        "Not one tomorrow I want to be in.",
        "Hope died when the consultant closed the door.",
        "nothing matters anymore, nothing",
        "My therapist asked what keeps me going and I couldn't think of a single thing.",
        "Every other kid from her cohort went into remission and ours didn't. "
        "Whats left for me now? Honestly.",
        "Not a single reason to stay that I can find.",
        "Everything good is behind me. There's only grey ahead.",
        "Even the siblings don't feel like enough of a reason anymore and I hate "
        "myself for writing that.",
        "I have no purpose now that she's not here to care for.",
        "Life has nothing else to offer me.",
        "no hope left in me at all. none",
        "Used to think we'd get through this. Now I don't think there's anything "
        "worth getting through to.",
        "Rang the end-of-treatment bell 6 months ago, relapsed yesterday. I'm "
        "done believing in anything.",
        "Can't imagine a future. Can't even try.",
        "No point to me being alive.",
    ),
    "intent_decided": (
        "ive made up my mind",
        "I'm not asking for help. I've already decided.",
        "This isn't a cry for help. I'm going through with it.",
        "Doing it. Just wanted someone to know.",
        "No one can talk me out of this one.",
        "I'm calm because the decision's made.",
        "Not going to be here much longer and I'm okay with that. It's my choice.",
        "i mean it this time",
        "I'm done. Really done. Not in the way I said before.",
        "Taking my own life is what I've decided.",
        "Please don't try to change my mind. It's already set.",
        "Regardless of Josh's scans, I'm going. I've accepted it.",
        "Parents think I'm just upset about the amputation. I'm not. I've decided.",
        "Wanting to kill myself isn't new. Actually doing it is, and I'm going to.",
        "Sure for the first time in months. This is what I want.",
        "No fear left. I know what I'm going to do.",
        "The decision is final. I just need to get through the week.",
        "Ive decided to stop fighting. For good.",
        "I won't be talked down. I'm telling you because you deserve to hear it from me.",
        "Something permanent is coming and I don't want anyone to stop me.",
        "Clear now what I have to do, and I'm going to do it.",
        "im actually going through with it this time, no drama",
        "My mind's set. You can't fix this and neither can I.",
        "Past the point of going back on this decision.",
        "I'll be gone soon and it'll be by my own hand.",
        "I've chosen. I won't be around for the next relapse.",
        "Don't call anyone. I'm doing this.",
        "Ready now. Not changing my mind.",
        "I've stopped weighing it up. It's happening.",
        "Every intention of leaving this life, and soon.",
    ),
    "own_self_harm": (
        "Burning myself with the lighter in the hospital car park now.",
        "I scratch my arms till they bleed when the kids are asleep.",
        "Hit my head against the wall in the parents' bathroom till I saw stars.",
        "Been hurting myself again. Sleeves in July.",
        "i relapsed with the blade. 3 months clean gone",
        "I punch myself when I can't stop crying. Bruises everywhere.",
        "Pressing the nail file into my thighs during consultant rounds.",
        "Found myself holding my hand on the kettle until it blistered.",
        "Started hurting myself after she passed. It's the only thing that helps.",
        "cutting on the days between chemo now. my port scar isnt the only one anymore "
        "(im the patient, 16)",
        "Outside pain is easier than inside pain, so I make it.",
        "Bit my arm so hard last night it left a ring of teeth marks.",
        "Self harming most days and my husband hasn't noticed.",
        "Using the safety pins from her dressings on myself. I know.",
        "Picking at the same wound so it never heals. Doing it on purpose.",
        "My wrists are a mess and I'm wearing bracelets so the nurses don't see.",
        "I deliberately don't eat and stand in the cold till I'm shaking. I deserve it.",
        "Punched the wall in the family room until my knuckles split. Did it again at home.",
        "cut deeper than usual. might need stitches but not going to a&e",
        "Small ways all week. Hurting myself. Nobody knows.",
        "I carved her initial into my leg.",
        "Slammed my hand in the car door on purpose today.",
        "Took too many painkillers on purpose last night, not to go, just to feel something.",
        "Keeping a box of razors in the bathroom cabinet just for me.",
        "Every time the bloods come back bad I hurt myself.",
        "my thighs are covered in marks now",
        "Started pulling my hair out in clumps in the hospital toilets.",
        "I ran the shower as hot as it goes and stood there till my skin was raw, on purpose.",
        "Self harmed for the first time since I was a teenager.",
    ),
    "past_attempt_rehearsal": (
        "Tried to do it last year and it didn't work. Been thinking about it again.",
        "Climbed over the bridge railing last night. Climbed back. Don't know why.",
        "Held the pills in my hand for an hour yesterday. Put them back in the drawer.",
        "I tied the rope and stood on the chair to see how it felt.",
        "Last month my husband found me in the garage with the car running.",
        "Took a handful of tablets after the funeral. Woke up in A&E.",
        "Sat in the bath with the razor against my wrist. My daughter knocked "
        "on the door and I stopped.",
        "Walked into the sea on Sunday until it was up to my chest. Then turned around.",
        "I've attempted before, when I was 19. The feelings are the same now.",
        "Stood on the platform edge as the express came through. Stepped back at the last second.",
        "Put the gun in my mouth last week. Couldn't pull it.",
        "Drove at a tree at full speed and swerved away at the last moment.",
        "I practised it last night. Just to see if I could.",
        "overdosed on my meds on the ward last month, im the patient. nurses "
        "found me. doing it again",
        "Was in the psych unit after my last attempt, two years before my son got sick.",
        "My brother interrupted me last Tuesday. I told him I was just tidying the shed.",
        "I wrote the note, got everything out, and then the hospital rang "
        "about her platelets and I put it all away.",
        "Have tried twice since we lost her. Third time I won't mess it up.",
        "Lay on the train tracks for a few minutes last night. Got up when I heard something.",
        "Swallowed a load of her morphine after the wake. Threw it up.",
        "Did a dry run last night. Everything's where it needs to be.",
        "Leaned out the window of the 8th floor family room so far I nearly "
        "went. Part of me wanted to.",
        "Ended up in ICU after my last try. Everyone thinks I'm better.",
        "I started to do it then my son called out for me. I don't think "
        "that'll stop me next time.",
        "Had the bottle open and the pills counted out. Couldn't finish because my mum walked in.",
        "Went out to the woods with a rope. Came home with it still in my bag.",
        "i tried to kill myself after the diagnosis, no one in my family knows",
        "Engine on, car locked, in the garage for a while before my neighbour knocked.",
        "I've walked the route to the cliff three times now, getting a bit closer each time.",
        "Cut deep enough last month that I needed surgery. Told the ED it was a kitchen accident.",
    ),
    "plan_timeline": (
        "after her last chemo on friday, thats when",
        "I'm going to wait until after Christmas so the kids have one more nice one.",
        "Once his scans are clear and he's safe, I'm done. I've decided that's the day.",
        "Tonight's the night. Everything's ready.",
        "Planning to do it the weekend my husband takes the boys camping.",
        "I've set a date. The anniversary of when she passed.",
        "Just need to get through the bone marrow results on Monday and then I can go.",
        "by the end of the month i wont be here",
        "Timed it all for when the house is empty on Thursday.",
        "When my daughter finishes maintenance in June, that's my finish line too.",
        "After the funeral I'm going to kill myself.",
        "Two more weeks. Then it's over.",
        "I'll wait until my son's birthday is over. Don't want to ruin that for him.",
        "Planned it for after the night shift at the ward so no one's expecting me home.",
        "gonna go tomorrow morning after the school run",
        "All mapped out. Time, place, how. Just waiting for Saturday.",
        "Once the insurance exclusion runs out in March, I'm going through with it.",
        "Decided that if the next scan is bad I'm not doing another round. 16, it's my "
        "body. I'll do it my way the week after.",
        "Mum flies home on the 14th and then I'll have the flat to myself. That's when.",
        "Not long now. I know exactly when.",
        "Kids are at their gran's next weekend. I'm using that time.",
        "Arranged it so my sister finds me, not the kids. She's coming round Sunday lunchtime.",
        "As soon as the trial results come back and she's settled, I'm going.",
        "midnight tonight, decided",
        "It's happening on his first angelversary. I want to be with him that day.",
        "Friday's when I end my life.",
        "Timeline's set. Three things left to do, then I'm going.",
        "Plan and date both set. Not telling anyone when.",
        "Next time I'm alone in the house, that's it.",
        "After I drop her at the ward for her transplant admission I'm driving to the "
        "coast and not coming back.",
    ),
    "reckless_substance": (
        "drinking a bottle of wine a night now. sometimes two",
        "Been taking extra of my diazepam just to get through the day.",
        "Drove home from the ward at 100mph with my eyes half shut. Didn't care what happened.",
        "Mixing my sleeping pills with gin. If I don't wake up, I don't wake up.",
        "Using again since the relapse. Whatever.",
        "Walked across the motorway without looking. Half hoped something would hit me.",
        "Taking her oxycodone at night. It's the only thing that shuts my head up.",
        "I'm drinking in the car park before visiting hours.",
        "Had so much last night I don't remember getting home. Again.",
        "Stopped wearing a seatbelt. What's the point.",
        "i'm doing stuff i know could kill me and i dont care",
        "Been smoking weed all day and topping up with vodka so I don't feel anything.",
        "Picked a fight with a guy twice my size outside the pub. Kind of hoped he'd finish it.",
        "Stopped taking my heart meds. If it goes, it goes.",
        "Riding the motorbike in the rain without a helmet lately.",
        "Opening the wine the moment the kids leave for school.",
        "Buying pills off a guy from the gym. No idea what's in them. Couldn't care less.",
        "Taking way more than the prescribed dose of my painkillers every day.",
        "vaping and drinking between chemo cycles (yes im the one with "
        "leukaemia). doctors say it could wreck my counts. good.",
        "Got in the car after most of a bottle of whisky. Made it home somehow. "
        "Not sure I wanted to.",
        "I swim out past the buoys at night alone. Don't really mind if I make it back.",
        "Skipping my insulin. Whatever happens happens.",
        "Doing coke to stay awake for night shifts on the ward and booze to come down.",
        "Hooking up with strangers, drinking till I black out. I'm not myself and "
        "I've stopped caring.",
        "Drank everything in the cupboard after the bereavement appointment.",
        "Ran a red light on purpose today. Just to see.",
        "If the drink takes me out, so be it.",
        "Started taking my late daughter's leftover meds to sleep.",
        "blackout drunk 4 nights this week",
        "I overtake on blind bends now. Nothing seems to matter.",
    ),
    "researching_method": (
        "been googling how many of his pills it would take",
        "Spent last night reading about which methods are painless. Couldn't stop.",
        "How long does it take to drown? Asking for no reason.",
        "I've looked up the tallest buildings near the hospital.",
        "Would the morphine they give for palliative care be enough for an adult? Anyone know?",
        "Searched what happens if you mix her meds with alcohol.",
        "Up all night on forums about ways to go quietly.",
        "Been reading about how long you'd last in the water in December.",
        "i looked up how much is a lethal dose of paracetamol",
        "Researching the quickest way most nights. I know it's not normal.",
        "My search history is full of things I'd never want my husband to see.",
        "Watched a documentary about people who jumped off that bridge and took notes.",
        "kept asking chatbots about overdose amounts for my meds, im the patient. "
        "they wont say so im looking elsewhere",
        "Read up on train timetables and which ones don't stop at our station.",
        "Know more about lethal doses than any parent should.",
        "looked up if life insurance pays out for suicide",
        "What's the most peaceful way to go? Genuinely asking.",
        "Whole afternoon in the waiting room researching how to make it look accidental.",
        "I've worked out the dosage. Wrote it on the back of her chemo schedule.",
        "Casually asked the nurse what happens if someone takes too much of the "
        "liquid morphine. She gave me a weird look.",
        "My phone is full of tabs about carbon monoxide.",
        "Been looking into how hanging works.",
        "reading about which pills dont hurt",
        "Researched how long it takes for someone to find you in a locked room.",
        "Checked if the hospital pharmacy log would flag missing doses.",
        "I've read everything there is about painless exits.",
        "Found a site that explains methods step by step. Been on it every night.",
        "Googled 'how to disappear forever' and it wasn't about moving abroad.",
        "Looked into whether her fentanyl patches would be enough for me.",
        "How many sleeping tablets would someone my size need? Need to know.",
    ),
    "sudden_calm": (
        "feeling weirdly peaceful today. everything makes sense now",
        "For the first time since diagnosis I feel calm. I know what I need to do.",
        "Months of anxiety and now suddenly none. It's a relief.",
        "Apparently I seem happier this week, according to my husband. I am. Everything's sorted.",
        "Something shifted. I'm not scared anymore. Of anything.",
        "Don't worry about me anymore, I've found my answer.",
        "All the weight's gone. I know how this ends now and I'm at peace with it.",
        "Slept properly for the first time in weeks. Decision's made, I think that's why.",
        "Feeling lighter than I have in ages. Like I can finally rest soon.",
        "Why am I suddenly so calm? I think it's because I know it won't be long.",
        "im good now. really. everything's going to be fine after this week",
        "My mood's better because I finally have a plan.",
        "Everyone's relieved I seem okay. I am okay. I'm just not staying.",
        "Weird how peaceful you feel once you stop fighting.",
        "The scan results don't even scare me anymore. Nothing does.",
        "Went from crying all day to feeling nothing but calm. It's nice.",
        "Smiled at the nurses today and meant it. I won't need to come back.",
        "The storm's passed in my head. I know where I'm going.",
        "mum keeps saying i seem better lately. i do feel better. i've decided "
        "something. (patient, 15)",
        "Anger's gone. I've made peace with leaving.",
        "Finally feel in control. Like I've got the exit sign in sight.",
        "Please stop worrying. Soon there won't be anything to worry about.",
        "It's strange, after months of panic I feel totally serene since I made up my mind.",
        "all calm now, all quiet. its nearly over",
        "Therapist thinks I've turned a corner. I have, just not the one she thinks.",
        "Everything feels settled. I've said what I needed to say.",
        "Been in a really good place this week, which is funny given what I'm planning.",
        "Zero dread about the next appointment. I won't be at it.",
        "At peace for the first time since she passed. I'll see her soon.",
        "Happy for the first time in ages because I know it'll all stop.",
    ),
    "trapped_no_way_out": (
        "there's no way out of this for me",
        "Every door I try is locked. Money, treatment, marriage, all of it.",
        "I feel like I'm in a cage and the walls keep moving in.",
        "Scan results again tomorrow and it's like being strapped to a track "
        "watching the train come.",
        "We're three relapses in, the debt is six figures, and I see no road out "
        "that doesn't end badly.",
        "Stuck. Completely stuck. Nothing I do changes anything.",
        "There's only one escape from this that I can see and I'm not going to say it here.",
        "I can't leave, I can't stay, I can't fix it. There's nothing left to try.",
        "Drowning in a room with no doors, that's what this is.",
        "The oncologist said palliative, the bank said repossession, my husband "
        "said he's leaving. I'm boxed in from every side.",
        "Nothing is ever going to get better and I can't get out of it.",
        "its like being buried alive in hospital corridors, no light anywhere",
        "I'm caught in a loop I can't break. Ward, home, ward, home, bad news, worse news.",
        "Honestly I can't see any other way out except ending it.",
        "My brain keeps looking for exits and the only one it finds scares me.",
        "There is no solution to my life. I've looked.",
        "Feels like someone locked me in and threw away the key and I'm just waiting.",
        "No escape. Not from the grief, not from this house, not from my own head.",
        "ive run out of options. literally all of them",
        "The only way I can think of to stop this is to stop myself.",
        "Everything's a dead end and I'm at the bottom of it.",
        "A trap with no release. Chemo for him, bills for me, nowhere to go.",
        "Can't see a way out, can't see a way through, just can't see.",
        "I'm pinned. Whatever I choose someone loses and I can't carry that anymore.",
        "What happens when you're completely cornered? Because that's where I am.",
        "Fourteen months on the ward and I'm still here, in the same chair, in "
        "the same nightmare, and there's no door.",
        "Only one thing would make this stop and it's in my control.",
        "suffocating in this and nothing and nobody can pull me out",
    ),
    "unbearable_pain": (
        "i cant take this pain anymore",
        "The hurt is so big it doesn't fit in my body.",
        "Can't survive feeling like this another day.",
        "It's physical. My chest feels crushed and nothing, not pills, not sleep, "
        "not talking, touches it.",
        "this grief is unsurvivable",
        "Eight months since we buried her and the pain hasn't dropped by even a "
        "fraction. I can't carry it another year, let alone a lifetime.",
        "I'd do anything to make it stop hurting. Anything.",
        "Every breath is agony and I'm so tired of breathing.",
        "Nobody warned me a human could hurt this much and keep going. I don't think "
        "I can keep going.",
        "need the pain to stop and nothing works",
        "Watching him scream through mucositis and not being able to help... I can't "
        "bear this anymore, I really can't.",
        "There's a kind of pain that you can't live through. I'm in it.",
        "My insides feel shredded. Ive hit my limit.",
        "How is anyone supposed to stand this? I can't. I'm done standing it.",
        "I've been in so much emotional pain I'd rather feel nothing at all, permanently.",
        "The ache is constant, 24/7, and I've stopped believing it will ever ease.",
        "tbh its too much. too much. too much.",
        "I'm in more agony than he is and he's the one on chemo. I can't keep doing this.",
        "Unbearable. That's the only word. I can't bear it.",
        "My heart is broken in a way that doesn't heal and I don't want to keep feeling it.",
        "It hurts so bad I just want to switch off for good.",
        "As the actual patient: the bone mets pain is bad but what's in my head is "
        "worse, and I've had enough of both.",
        "The grief is eating me alive from the inside out and I'm letting it.",
        "Crying so hard I threw up. This is every night. I can't do another night like this.",
        "Nothing soothes it. Not her blanket, not the pills the GP gave me, not the "
        "group. Nothing.",
        "Is there a point where it's too much to survive? I think I've passed it.",
        "The pain of losing him is worse than any death could be.",
        "every second awake is torture",
        "So much pain I'd rather be dead.",
        "Hospice now. I'm splitting apart and I won't survive the after, I can feel it already.",
    ),
    "wish_dead": (
        "wish i could just not wake up tmrw",
        "Some nights I pray I won't open my eyes in the morning.",
        "If that scan had been mine and come back bad, honestly I'd have been relieved.",
        "I keep hoping a lorry takes me out on the drive to the hospital. Is that awful",
        "been wishing i could stop existing for a while. like permanently",
        "Part of me wants to lie down beside him in the hospice bed and never get back up.",
        "Since we lost Maya I keep thinking it'd be a mercy if my heart just gave out.",
        "tbh id swap places w anyone in the cemetery rn",
        "Sitting in the parents' room on oncology at 3am wishing I could fade out before "
        "the consultant comes round.",
        "I don't want to be alive anymore. Not planning anything, I just don't want it.",
        "wouldnt mind if the cancer took me too honestly",
        "When the nurse said his counts had dropped again all I could think was please let "
        "me stop existing.",
        "Crossing the road now there's this little voice going 'just don't look'.",
        "I want to be with Leo. Wherever he is, that's where I belong.",
        "Hoping I catch whatever bug is going round the ward and it finishes me off.",
        "Honestly wish I'd never been born, then none of this would be happening.",
        "I'd rather be gone than watch another round of this.",
        "is it bad that i want to go to sleep forever",
        "Can't stop fantasising about just... stopping. Breathing, thinking, all of it.",
        "Would welcome it if my own body quit. Not going to do anything, I'd just welcome it.",
        "I wish I was dead instead of him.",
        "Every night I ask God to take me instead, and every morning I'm annoyed I'm still here.",
        "genuinely dont want to be on this planet anymore",
        "Sibling's birthday party today and I stood in the kitchen wishing I could "
        "evaporate. Not leave the room. Evaporate.",
        "If a doctor told me I had six months left I think I'd feel relief, and that scares me.",
        "would be nice to drift off in the fold out chair and just not come back",
        "Lying next to the drip pole hoping my lungs quit sometime in the night.",
        "Whenever I fly to the treatment centre now I catch myself hoping the plane goes down.",
        "Been thinking it would be easier to be dead than to keep going to these appointments.",
    ),
    "withdrawal_isolation": (
        "not answering anyones calls anymore",
        "Muted everyone. Including this group after tonight.",
        "Haven't left the bedroom in four days. Husband's dealing with hospital runs.",
        "Ignoring my sister's texts. I don't want anyone near me.",
        "Cancelled on my best friend for the 6th time. Don't want to see anyone ever really.",
        "I blocked my mum. It's easier if nobody checks on me.",
        "Haven't spoken to another adult in two weeks except the nurses.",
        "Pulling away from everyone. It's better that way, they won't feel it as much later.",
        "Turned my phone off for good. Only switched it on to post this.",
        "quit the teen cancer meetups and ghosted all my friends. dont want "
        "anyone getting attached to me",
        "Avoiding the parents' room on the ward now. I eat alone in the car.",
        "Deleted my facebook and insta. Don't want anyone finding me.",
        "Stopped going to church, stopped going to work, stopped going anywhere.",
        "Told everyone I'm fine so they'll leave me alone.",
        "Nobody's heard from me for weeks and that's how I want it.",
        "I hide in the shower so the kids don't see me. Don't talk to anyone after.",
        "left all the group chats except this one and im leaving this one soon",
        "Dropped out of the support group, the grief counsellor, everything.",
        "Moved into the spare room. Don't speak to my wife unless I have to.",
        "I'm shutting everyone out. It's easier than letting them see.",
        "My friends keep knocking and I don't answer the door.",
        "Haven't visited the ward this week. Let my ex do it. Can't face anyone.",
        "Stopped eating with the family. Stay in my room till they're asleep.",
        "Didn't go to my sister's wedding. Didn't even text.",
        "I've cut off everyone who used to ask how I was doing.",
        "It's been a month since I spoke to anyone outside this house and I'm "
        "planning to keep it that way.",
        "dont want to see or talk to anyone ever again",
        "Disconnected the landline, doorbell's off, curtains shut.",
        "No more visitors. No more messages. I'm fading out quietly.",
        "I'm withdrawing from everything so it hurts less for everyone when I'm not here.",
    ),
}

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "caregiver_burden_venting": (
        "honestly so tired. 3rd night in a row on the pull-out chair and "
        "the pump alarm went off every 40 min. need a nap and a coffee the "
        "size of my head",
        "I can't keep doing the night shifts alone. My husband and I are "
        "going to try alternating so one of us actually sleeps. Anyone have "
        "a rota that works?",
        "Feeling like a burden asking my mum for help AGAIN with the school "
        "runs, but she said she wants to. Why is accepting help so hard?",
        "overwhelmed doesn't cover it. 14 meds, 3 appointments this week, a "
        "sibling with a school play, and the dishwasher broke. going to cry "
        "in the shower and then make a list",
        "Anyone else feel like they're running on fumes? Not looking for "
        "advice, just needed to say it somewhere people get it.",
        "Today I snapped at the registrar and then apologised twice. Sleep "
        "deprivation turns me into someone I don't recognise. Booked a "
        "counsellor through the hospital social worker, first session "
        "Tuesday.",
        "ugh the parking machines at this hospital lol. 4 quid an hour to sit next to a drip",
        "Can someone explain how you ask friends for practical help without "
        "feeling needy? People keep saying 'let me know' and I never do.",
        "My sister is coming up for a week so I can sleep in my own bed. I "
        "feel guilty about how relieved I am.",
        "Caregiver burnout is real. The psych-oncology nurse gave me a "
        "leaflet and I laughed, then read it, then booked some respite.",
        "Week 6 of induction and I've forgotten what my own hobbies were. "
        "Knitting maybe? Going to dig out the wool tonight.",
        "does anyone else's back ache from those fold-out parent beds? mine feels 90",
        "Carrying the mental load of two households now, since my ex won't "
        "learn the meds schedule. Writing it all out on a whiteboard so "
        "it's not just in my head.",
        "I miss being just her mum instead of her nurse, pharmacist and "
        "scheduler. Had a lovely hour today just colouring with her and it "
        "helped.",
        "Too tired to even reply to the lovely messages. I'm reading them "
        "all, promise, just can't type much tonight.",
        "Husband is back at work so it's just me for the day shift with a "
        "toddler on steroids. The hunger rage is unreal. Send snacks.",
        "Vent: my in-laws keep visiting with colds. Policing germs on top "
        "of everything else is wearing me thin.",
        "Is it normal to resent the hospital routine so much? Obs at 2am, "
        "4am, 6am. I love the nurses but I want to throw the blood pressure "
        "cuff out the window.",
        "Called the charity helpline today for the first time. Just talked "
        "to someone for 20 mins about how heavy the caring is. Recommend "
        "it.",
        "The juggling is brutal: work emails at midnight, chemo in the "
        "morning, my other son's parents' evening at 5. Asked my boss for "
        "carer's leave and she said yes.",
        "Not sleeping well. GP gave me some tips and said to come back in "
        "two weeks if it's no better. Trying the no-phone-in-bed thing.",
        "feel like i'm drowning in laundry. NG tube leaks, sick, repeat. "
        "bought a second set of sheets, small win",
        "Needed a break so badly that I sat in the car for 15 minutes with "
        "the radio on before going back up to the ward. Then got a hot "
        "chocolate. Felt human again.",
        "Am I a bad parent for wanting one evening off? My friend offered "
        "to sit with him and I said yes.",
        "Our meal train ended and I nearly panicked, then remembered frozen "
        "lasagne exists. We'll survive on beige food for a bit.",
        "Three months in and I've stopped pretending everything is fine. "
        "Told the team I need help with the overnight feeds, they're "
        "sending a community nurse twice a week.",
        "Heavy week. Counts low, moods lower, and I haven't showered since "
        "Sunday. Anyone want to remind me to drink water?",
        "so shattered i put the milk in the cupboard and the cereal in the "
        "fridge. proper zombie mode",
        "How do single parents do this? Genuine question, I need practical "
        "tips for getting to clinic with two kids and no car.",
        "It's the relentlessness that gets me. Not one bad day, just every "
        "day needing something. Our social worker is looking into a carer's "
        "grant, fingers crossed.",
    ),
    "dangerous_places_ordinary": (
        "Tip: the top floor of the hospital car park is always empty and "
        "the ticket machine up there actually works. Less stressful than "
        "circling.",
        "The bridge on the way to clinic is closed for roadworks again, "
        "add 20 mins to your journey if you're going Thursday.",
        "Who else takes the train to the cancer centre? The 7:42 is "
        "packed, the 8:10 usually has seats.",
        "Did the cliff walk on our respite holiday in Devon. Kids loved "
        "the seals, I loved the quiet. Stayed well back from the edge with "
        "a 5 year old!",
        "The multi-storey at St Mary's has a rooftop level with a view of "
        "the whole city. I go up there to ring my husband when I need "
        "privacy.",
        "train line near our house is being electrified, so the level "
        "crossing is shut. detour to the ward is awful",
        "Stopped at the Severn Bridge services for a wee, a cry and a "
        "coffee. Road trips to proton therapy are long.",
        "We took him up the Shard as his wish trip. He pressed his nose "
        "against the glass and talked about it for days.",
        "Walking along the river by the hospital during her naps has become my daily reset.",
        "Road to the children's hospital is treacherous with ice. Stay "
        "safe out there, drive slowly on the hill.",
        "Is the roof garden on level 9 open to parents? Need some fresh "
        "air without leaving the building.",
        "The respite cottage is by a lake, very pretty but we're bringing "
        "life jackets for the kids.",
        "The underground to the Royal Marsden is rammed at rush hour. We "
        "get a taxi on chemo days because of infection risk.",
        "Canal walks are my new therapy. Listened to a podcast and counted herons.",
        "went to the viewpoint at the top of the gorge on our make-a-wish "
        "trip. she was in her wheelchair and the path was accessible, "
        "highly recommend",
        "Platform 4 at the station has a lift, for anyone with a buggy or "
        "wheelchair heading to the cancer centre.",
        "The motorway between us and the transplant unit was closed after "
        "an accident. Took 4 hours. Glad we weren't caught up in it.",
        "Beach holiday booked for after maintenance! Any tips on sea "
        "swimming with a port? Nurse says wait till it's out.",
        "Took the cable car up the mountain in Wales. Felt like we were "
        "flying. First proper family outing in a year.",
        "Hospital is on a busy dual carriageway, so use the crossing at "
        "the lights. Don't dash across with a drip stand like my husband "
        "did lol",
        "the hospital stairwell is my secret gym. 8 flights, twice a day, while she's in theatre.",
        "Kayaking on the loch with the teenage cancer trust group. He said "
        "it's the first time he felt normal.",
        "We stayed at a hotel right by the railway for the proton trip - "
        "bring earplugs, freight trains at 3am.",
        "Balcony at the family accommodation faces the sea. I sit there "
        "with a cuppa after bedtime.",
        "High ropes course at the cancer charity camp! I was more scared than she was.",
        "Where do you get a tide timetable? Respite caravan is on the "
        "Norfolk coast and we want rock pooling without getting cut off.",
        "The rooftop helipad makes such a racket, my son waves at every "
        "helicopter from the ward window.",
        "Ferry crossing to the specialist centre on the mainland is rough "
        "in winter. Sea bands help with the nausea.",
        "Climbing Snowdon for the ward fundraiser in June! Sponsor link in my bio.",
        "That old railway viaduct near clinic has been turned into a cycle "
        "path. We scoot along it on good count days.",
    ),
    "end_of_life_and_grief": (
        "The consultant told us today there are no more curative options. "
        "We're moving to palliative care and focusing on making her "
        "comfortable at home.",
        "Hospice is nothing like I feared. Sunlit room, a garden, and a nurse "
        "who painted his nails blue because he asked.",
        "Two years today since we lost Oliver. We're baking his favourite "
        "chocolate cake and letting his brother blow out a candle.",
        "missing her is physical. so much. her laugh, her cold feet on me in "
        "the morning. grief counsellor says it's love with nowhere to go",
        "I believe with all my heart that I'll see my boy again someday. Until "
        "then I've got his sisters to raise and I'm going to do it well.",
        "Our daughter died peacefully on Sunday in our arms. Thank you for "
        "holding us up these last weeks. We're surrounded by family.",
        "Palliative radiotherapy has eased her pain a lot. We've got maybe a "
        "few months and we're filling them with beach days.",
        "Does it ever get easier? Six months since Finn died and I still set "
        "three plates. I'm seeing a bereavement counsellor through the "
        "hospice.",
        "Hardest conversation: telling my 8 year old her brother is dying. The "
        "play therapist helped us find the words.",
        "First Christmas without him. We hung his stocking anyway and everyone put a note in it.",
        "The end of life nurse says it could be days. We've got his favourite "
        "blanket, his music on, and we're taking turns sleeping.",
        "Grief comes in waves - today was a good day and then I saw a kid in "
        "her school uniform at Tesco and had to leave my trolley.",
        "My faith tells me she's not in pain anymore. That's a comfort I hold onto.",
        "Grieving parents, how do you answer 'how many kids do you have'? I still say three.",
        "We scattered some of his ashes at his favourite football ground. The "
        "club let us on the pitch. He'd have lost his mind.",
        "Anticipatory grief is a weird place to live. She's here, laughing at "
        "cartoons, and I'm already missing her.",
        "Angel date tomorrow. Going for a walk with my husband on the route we "
        "used to push her pram. Then takeaway and photos.",
        "The bereavement group at the hospice has been a lifeline. Other dads "
        "who get it without explaining.",
        "DIPG. Median survival 9 months. We're making a bucket list with him - "
        "a fire engine ride is top.",
        "Some days I'm angry at God, some days I feel her near. Both are allowed, my vicar says.",
        "I keep his pillowcase unwashed in a ziplock so I can smell him. Is "
        "that strange? It helps.",
        "We lost our son in March. I've gone back to work part-time and it's "
        "giving me some structure. Still cry in the car most days.",
        "Planted a cherry tree for Amelia's 10th birthday. It'll flower every "
        "spring, which feels right.",
        "The oncologist was honest: the relapse isn't treatable. We asked "
        "about quality of life and she listened to every question.",
        "She's asked to spend her last days at home with the dog on the bed. "
        "The hospice team is making that happen.",
        "Memory-making session today: handprints, heartbeat recording, a lock "
        "of hair. I'm so glad the hospice offered.",
        "I'll never stop being his mum. Grief hasn't changed that, it's just "
        "changed how I parent - now it's his siblings and his foundation.",
        "Five years on and the anniversary still knocks me sideways, but I can "
        "talk about her with a smile now.",
        "People stopped saying her name after the funeral. Please, say her "
        "name. Sophie. She'd have been 12 this week.",
        "Bereaved dad here. Our therapist suggested writing letters to him. I "
        "write one each Sunday and it helps me carry on with the week.",
    ),
    "exhaustion_and_figures_of_speech": (
        "This paperwork is killing me. Three forms asking for the same NHS number.",
        "I could die of embarrassment, I fell asleep on the "
        "consultant's shoulder in the waiting room.",
        "I'm done with this parking machine. It ate my card. DONE.",
        "dead on my feet after a 14 hour day on the ward but she ate a whole yoghurt so worth it",
        "Another 20-page benefits form? Shoot me now lol",
        "So sleepy I could nap for a hundred years, like a Disney princess but with worse hair.",
        "The steroid tantrums are going to be the death of me, he threw a shoe at the nurse.",
        "my feet are killing me, why are hospital floors so hard",
        "If I hear that pump beep one more time I'm going to lose it.",
        "Tonight I'm flinging myself onto the sofa with a takeaway and not move till Tuesday.",
        "I'm dying for a proper coffee. The machine on level 2 is a crime.",
        "Laughed so hard at his fart joke I nearly died. Good to have a silly moment.",
        "Wiped out. Absolutely cream crackered. Early night for me.",
        "That insurance phone call nearly finished me off. 90 "
        "minutes on hold for a 'we'll call you back'.",
        "over it. over the hold music, over the car park, over "
        "beige hospital food. just a rant, carry on",
        "My brain is fried. I typed my son's hospital number into the microwave.",
        "Running on empty today, but the nurses brought me toast and I nearly proposed to them.",
        "Phone at 2%, patience at 1%. Charging both.",
        "Kill me now, the school wants a risk assessment form for a packed lunch.",
        "If one more person says 'everything happens for a reason' I will scream into a pillow.",
        "Absolutely knackered, but the counts are up so I'll take it.",
        "Dying to know how everyone's scans went today! Update when you can.",
        "These 5am obs will be the end of me. Does anyone actually sleep on the ward?",
        "I'm toast. Stick a fork in me. Night all.",
        "Bone tired. Not a figure of speech, literally my bones hurt from that chair.",
        "My to-do list could kill a horse. Anyone want to fill in "
        "the carer's allowance for me? Joking. Mostly.",
        "Teething AND neutropenic. Someone send reinforcements and a vat of tea.",
        "Officially surrendering to the fitted sheet. It wins. Folding it into a ball forever.",
        "Sick to death of hearing 'stay strong'. Can I stay medium for a bit?",
        "Wrecked beyond belief, but we're out of hospital for the "
        "weekend so I'm not complaining too much.",
    ),
    "giving_away_ordinary": (
        "Donating all her outgrown pyjamas with the poppers down the front (so "
        "good for lines) to the ward. Anyone need specific sizes first?",
        "Giving her wig to the Little Princess Trust now her hair's grown back. It served us well.",
        "Passing our hospital bag on to a new family on the ward: extension "
        "lead for the charger, eye mask, slippers, a good flask.",
        "Cleared the nursery today for the new baby. Bittersweet giving the old cot to a friend.",
        "Anyone want a free tablet stand that clamps to a hospital bed? We don't need it anymore.",
        "We gave away the buggy she used when she was too weak to walk. She's riding a bike now!",
        "free to good home: 3 bags of lego, a switch case and loads of "
        "colouring books. bereaved mum, happy for them to go to a kid on "
        "treatment",
        "Gave my stash of PICC line covers to the new mum in bay 3. She looked so relieved.",
        "Decluttering the spare room and donating the unopened incontinence "
        "pads from my own treatment to the hospice.",
        "My daughter decided to donate her birthday money to the children's "
        "ward playroom. Proud doesn't cover it.",
        "Took a car load of toys to the charity shop. Kept his favourite teddy, of course.",
        "Offering my chemo hats to the chemo suite. They're all hand-knitted "
        "and I'm growing hair again.",
        "Who wants our wheelchair? It's in good nick, just don't need it since the leg healed.",
        "We're gifting the hospital play team all the Disney DVDs we brought "
        "in. Nobody has a DVD player at home anymore anyway lol",
        "A year on from losing Jamie, we finally felt ready to give some of his "
        "clothes to his cousins. Kept the football shirts.",
        "Passing the baton: I've handed my binder of tips to the family who "
        "just started on the ward.",
        "my son gave his signed football to the boy in the next bed who's just "
        "been diagnosed. i'm crying",
        "Bought too many sensory toys during isolation, so they're off to the "
        "SEN school down the road.",
        "Does any charity accept unused feeding pump sets? We've got boxes left over.",
        "I'm selling my old laptop and putting the money in the ward fund.",
        "Handed down the big-sister t-shirts to my niece. So many memories in "
        "those, but they should be worn.",
        "Getting rid of our fridge-freezer since we're moving into a furnished "
        "place closer to the hospital.",
        "Dropping the old baby monitor and bouncer off at the NICU charity, our "
        "rainbow baby outgrew them.",
        "Rehoming our cat with my sister while he's neutropenic for transplant. "
        "She'll come back to us in spring.",
        "Left a box of paperbacks from my own chemo days for the day unit library.",
        "We donated his old bike to the hospital's play scheme after he outgrew "
        "it - he insisted on a bow.",
        "Spare hair clippers up for grabs - we won't need them now the last cycle is done.",
        "The parents' kitchen on Ward 7 needed mugs, so we dropped off a dozen from our cupboard.",
        "Donated my hair today, 12 inches, in solidarity with my girl. She chose the style.",
        "Emptied the garage and gave the old camping gear to the Scouts. Made "
        "space for her wheelchair ramp.",
    ),
    "goodbyes_ordinary": (
        "Discharge day!! Said goodbye to all the nurses on Ward 4 and cried like a "
        "baby. Brought them a massive tin of chocolates.",
        "This is my last post for a while. Scan was clear and she's officially in "
        "remission, so I'm going to step back and leave space for folks who need "
        "the group now. Love you all.",
        "off on holiday for 2 weeks, no wifi in the caravan. see you all when we're back x",
        "We're moving house to be nearer my parents, so this is goodbye to the "
        "local meetup group. I'll still be in the chat.",
        "Said farewell to our play specialist today. She's retiring after 30 "
        "years. My son made her a card with a dinosaur on it.",
        "Goodbye, Room 12! Four months of our lives in there. Won't miss the squeaky bed.",
        "Leaving the Slack for now because I'm starting a new job and need to "
        "limit screen time. Will pop in for updates on Sam.",
        "Last day at the Ronald McDonald house. We've said our farewells to the "
        "other families and swapped numbers.",
        "bye for now everyone, handing over admin of the group to Priya since I'm "
        "going back to uni in Sept",
        "Thank you all for everything. We're transferring to the adult service "
        "next month, so I'm leaving the paeds parents channel.",
        "Taking a break from the group over summer to focus on the kids. Not a "
        "forever goodbye, just a pause.",
        "Graduation from clinic visits! We only need yearly follow-ups now. Hugged "
        "our consultant on the way out.",
        "It's bittersweet leaving the hospital school. His teacher gave him a "
        "goodbye book signed by everyone.",
        "Farewell drinks for our CNS tonight, she's emigrating to Australia. We'll "
        "miss her so much.",
        "Relocating to Scotland for my husband's job. Saying goodbye to the team "
        "that saved her life is the hardest part.",
        "See ya later alligator - signing off the group chat for Christmas, back in January.",
        "We rang the bell today and said our goodbyes to the day unit. Never "
        "thought we'd get here.",
        "Stepping down as moderator after five years. It's time for fresh energy. "
        "I'll still be around as a member.",
        "Posting one last photo from the oncology ward before we leave - the view "
        "from the window she stared at for weeks.",
        "Off to see family in Poland for a month. Goodbye for now, please keep me "
        "updated on little Ella.",
        "The goodbye with his transplant buddy was tearful, they were in "
        "neighbouring rooms for 60 days. Both going home the same week!",
        "Closing my blog about our journey. The story has a happy middle and I "
        "want to live it offline now.",
        "leaving this server, it got too big for me. staying in the smaller one "
        "for bereaved parents, find me there",
        "Ward staff threw a leaving party for us with balloons and cake. "
        "Apparently it's tradition for end of treatment.",
        "Deactivating Facebook but I'll stay here in Discord. Goodbye to the "
        "drama, not to you lot.",
        "Just wanted to say thank you and farewell before we move overseas. This "
        "group held us up through the worst year.",
        "Handing in my notice at the parents' committee. I've loved it but my own "
        "kid needs me more this term.",
        "So long, hospital ticket machine. I will not miss you.",
        "Our respite nurse's last visit was today. She's moving to a different "
        "area. The kids gave her a hug and a plant.",
        "Final week with the physio team, he's walking without the frame now! "
        "Bought them biscuits.",
    ),
    "hope_and_recovery": (
        "Six months ago I was in a really dark place after the relapse. Therapy, "
        "meds and this group pulled me through. I'm doing so much better.",
        "I'm not going anywhere, you lot are stuck with me! Thanks for all the "
        "kind messages after my rough week.",
        "Update after my rant last night: slept 9 hours, talked it through with my "
        "husband, feeling much steadier. Thanks for the hugs.",
        "Clear scan!!! NED! We're going for ice cream.",
        "Grief counselling was the best decision I made. I can breathe again.",
        "Twelve months ago I couldn't get out of bed. Today I ran 5k in my daughter's memory.",
        "Huge thanks to whoever recommended the Macmillan helpline. I called when "
        "I was at my lowest and it really helped.",
        "Things are looking up. Counts recovering, she's eating, and I laughed properly today.",
        "i'm still here and i'm staying here. rough patch is over, thanks for checking in",
        "The antidepressants my GP started have taken the edge off. I feel more like me.",
        "For anyone newly diagnosed: it does get better. We're 3 years off "
        "treatment and he's playing rugby.",
        "Not giving up, not now, not ever. Starting the new trial Monday and feeling hopeful.",
        "I was drowning this time last year. Now I'm the one welcoming the new "
        "parents. Full circle.",
        "I'm safe, I'm supported, and I have a plan with my therapist for the hard "
        "days. Just wanted to share that it's possible.",
        "Remission day 100! Never thought I'd see this.",
        "The darkness after she died was unreal. Two years on I have light days "
        "too. Hang on, newcomers.",
        "Spoke to my doctor like you all suggested. Getting proper support now. "
        "Thank you for pushing me.",
        "Hope is a muscle. Mine's been weak but it's getting stronger with every "
        "good blood result.",
        "honestly this group saved my sanity. cant thank you all enough x",
        "Used to think I'd never feel joy again. Then my son made me a mud pie and "
        "I laughed till I cried.",
        "Feeling strong today. Ready to face whatever the next scan says.",
        "My therapist and I celebrated my 'graduation' - down to monthly sessions "
        "because I'm coping so well.",
        "From a scared mum on day 1 to a confident one on day 700. You helped me become her.",
        "Tell whoever needs it: the worst days do pass. Mine did, and I'm here to prove it.",
        "I'm okay. Really okay, not the 'fine' I used to say. It feels strange and wonderful.",
        "Our peer mentor said 'you'll find your feet' and I didn't believe her. I've found them.",
        "Been back at work 3 months, sleeping again, and we've booked a holiday. "
        "Life is coming back in colour.",
        "Staying put for the long haul - my kids need me and I want to see who "
        "they become. Just feeling grateful tonight.",
        "That bereavement charity matched me with a mentor and she's been "
        "incredible. There's a future after all this.",
        "Thanks for the love on my 'low day' post last week. Went for a walk, saw "
        "my counsellor, feeling much lighter.",
    ),
    "medication_logistics": (
        "Counting out the pills for the week on Sunday night is my new ritual. "
        "6MP, septrin weekends, ondansetron as needed.",
        "Going to Cornwall for 10 days, so I'm stocking up on anti-sickness "
        "meds before we go. Pharmacy says they can do a 2 week supply if the "
        "consultant signs it off.",
        "What did everyone do with leftover morphine after your child passed? "
        "The hospice nurse said we can take it back to any pharmacy for "
        "disposal but I wanted to check.",
        "pill organiser recs? need one with am/pm slots and big enough for the dex tablets",
        "Should you crush mercaptopurine or is that a no? Our pharmacist said "
        "don't, but I can't remember why.",
        "We have a whole shoebox of old meds from the last protocol. Taking it "
        "all to the chemist tomorrow for safe disposal.",
        "Reminder for new parents: put an alarm on your phone for the evening "
        "doses. I missed one at week 2 and panicked, the on-call reg said just "
        "give the next one as normal and carry on.",
        "Is 2.5 ml oramorph every 4 hours normal for a 6 year old? Palliative "
        "team set it up, just nervous about measuring.",
        "Ran out of cyclizine on a Saturday. Top tip: the out of hours pharmacy "
        "at the big Tesco can do an emergency supply.",
        "My fridge is now 40% chemo lol. anyone label their meds shelf so the "
        "grandparents don't mix them up?",
        "How many days of steroids before the moods kick in for yours? Day 3 "
        "here and she wants toast at 4am.",
        "Keeping a spreadsheet of every dose and side effect so I can show the "
        "consultant. Nerdy but it helps me feel in control.",
        "Flying abroad next month - do we need a letter for carrying controlled "
        "drugs in hand luggage? Our list includes oxycodone.",
        "Home chemo arrived with a purple-lidded sharps bin. Where do the used "
        "gloves go, same bin or separate?",
        "Tip: liquid meds can be flavoured by the pharmacy. Strawberry dex was "
        "a game changer for us.",
        "hoarding the nice oral syringes like gold. the hospital ones have markings that rub off",
        "The dispensing pharmacy keeps getting the quantity wrong, so I check "
        "every bottle now before we leave. Found we were short 10 ml last week.",
        "Clearing out Dad's meds after the hospice. The district nurse "
        "witnessed us destroying the fentanyl patches properly, which I didn't "
        "know was a thing.",
        "Do you give ondansetron before the car journey or only after chemo? "
        "She gets travel sick too.",
        "Stockpiling calpol and saline flushes before Christmas because the "
        "pharmacy closes for 4 days. Learned that the hard way last year.",
        "What's the max paracetamol dose by weight? Want to double check what "
        "the ward gave us, his weight dropped.",
        "I set up a blister pack service through our pharmacy and it's "
        "brilliant. No more sorting tablets at midnight.",
        "Question about gabapentin for nerve pain - did it make your kiddo "
        "sleepy? Consultant wants to increase it.",
        "Remember to ask about household vaccines when you collect the "
        "prescriptions. Our CNS said siblings should have their flu jabs too.",
        "husband dropped the whole bottle of methotrexate tabs down the sink "
        "drain. had to phone the ward for a replacement, mortifying",
        "We keep the emergency meds bag by the door: paracetamol, thermometer, "
        "the hospital card, spare line dressings.",
        "My notes app: 'Dex 8am + 2pm, omeprazole before breakfast, nystatin "
        "after meals, septrin Sat/Sun'. Pinned it so I stop second guessing.",
        "Any advice on getting a 4 year old to swallow tablets? We're practising with Tic Tacs.",
        "Our hospice gave us a 'just in case' box of meds for home. Nurse "
        "explained each one. Feels scary but also reassuring that we can keep "
        "him comfortable.",
        "Will the chemist take back unopened sealed antiemetics? Treatment "
        "finished and we have loads left.",
    ),
    "paperwork_and_wills": (
        "Given my prognosis I've finally made a will. Solicitor was kind, took "
        "an hour. One less thing to worry about for the kids.",
        "guardianship forms done. my brother will take the kids if anything "
        "happens to both of us. feels grown up and awful at the same time",
        "Does life insurance pay out early on a terminal diagnosis? I think it's "
        "called terminal illness benefit.",
        "The palliative team helped us start thinking about Maya's funeral. We "
        "want yellow, lots of yellow, and her favourite song.",
        "Signed the advance directive with my oncologist today. No ventilation "
        "if it comes to that. I feel calmer knowing it's written down.",
        "Lasting power of attorney paperwork is a nightmare of boxes. Any tips "
        "before I send it off?",
        "With the hospice social worker we wrote an advance care plan for Leo. "
        "Mostly about where he wants to be and who he wants around.",
        "Updating my will after the divorce and the diagnosis. Two birds, one stone.",
        "DNACPR form is on the fridge now, per the community team. Weird to see "
        "it there next to her drawings.",
        "Filled in the DLA form - 40 pages! - and sent it recorded delivery. "
        "Reward: an enormous biscuit.",
        "Has anyone used a funeral director who specialises in children? We're "
        "planning ahead with the hospice so we aren't scrambling later.",
        "Getting my affairs in order sounds dramatic but it's just admin: "
        "passwords in a notebook, pension nomination form, the will. My "
        "oncologist suggested it when we talked about stage 4.",
        "Critical illness claim finally paid out. Took 6 months and 3 phone "
        "calls but we got there.",
        "Tips on writing a letter of wishes for the guardian? Like bedtime "
        "routine, allergies, that kind of thing.",
        "My solicitor recommended putting the house into joint names now, in "
        "case treatment doesn't work. Sensible but it took my breath away.",
        "Blue Badge application submitted. Here's hoping it's faster than the last one.",
        "We've made a memory box and also written the practical stuff - who gets "
        "which toys, what music at the service. Her idea, she's 14 and very "
        "organised.",
        "Death-in-service benefit forms from my work needed updating with the "
        "new baby's name. HR were great.",
        "Advance statement vs advance decision - can anyone explain the "
        "difference? Palliative nurse mentioned both.",
        "does a will need witnessing by 2 people who aren't beneficiaries? doing "
        "mine on a kit from WHSmith",
        "Writing my ReSPECT form with my GP. Strange morning, but I feel like I got a say.",
        "We prepaid the funeral plan for our son. The director let us choose a "
        "cardboard coffin he could decorate with his siblings.",
        "Reminder to check your employer's carer policy! Mine has 10 paid days I "
        "didn't know about.",
        "Naming a guardian for my daughter in case my cancer progresses was the "
        "hardest thing I've signed, but my best friend said yes before I "
        "finished asking.",
        "Anyone dealt with the pension company after a child's death? They want "
        "a copy of the death certificate and I can't find the envelope.",
        "Council tax reduction form is in. Also the carer's allowance. Paperwork "
        "is a full time job.",
        "Oncologist gave me the heads-up that the median is 18 months, so I've "
        "booked a session with a financial adviser about trusts for the kids.",
        "The chaplain helped us plan the blessing and order of service. It's "
        "going to be a celebration of her, bright colours only.",
        "Got the travel insurance sorted for a pre-existing condition. Cost a "
        "fortune but we're finally going to Disneyland.",
        "Set up an online vault with my passwords and bank details for my "
        "husband, because chemo brain is real and I forget them anyway.",
    ),
    "patient_voice": (
        "My pain's been bad this week, oncologist upped the slow release morphine and "
        "it's finally under control.",
        "Honest question for adult patients: anyone else scared of dying from this? "
        "Mine's stage 4 and the fear hits at 3am. My CNS suggested a psychologist.",
        "Hair loss day 16, right on schedule. Bought a silk scarf and I feel surprisingly glam.",
        "The fatigue is unreal. Slept 14 hours and still woke up tired. Oncologist "
        "says it's the radiotherapy.",
        "morphine dreams are WILD. last night a giraffe was my accountant",
        "Neuropathy in my fingertips makes buttons impossible. Velcro everything!",
        "The steroids have me awake at 3am reorganising the spice rack.",
        "Surely the taste changes are the worst part? Everything tastes of metal. "
        "Lemon sweets help a bit.",
        "My oncologist and I agreed to a treatment break for the summer so I can be "
        "well for my son's wedding.",
        "Scanxiety is eating me up. Results on Thursday.",
        "Cancer patient and mum of two here. Some days I'm more tired than my toddler, "
        "which is saying something.",
        "I'm afraid of what the end will look like. The palliative nurse talked me "
        "through it and honestly it helped to know.",
        "Chemo brain moment: introduced myself to my own neighbour.",
        "Radiotherapy burns on my neck are healing. Nurse said moisturise like it's your job.",
        "Got my port put in today. Slightly sore but so much better than cannulas.",
        "Nausea day 3 post-chemo. Ginger biscuits and lying very still.",
        "I told my oncologist I didn't want another line of treatment. She agreed, and "
        "we're focusing on symptom control. I feel relieved, not defeated.",
        "My prognosis is shorter than I hoped, but I'm determined to make memories "
        "with my daughter.",
        "Lost 6 kg since starting treatment. Dietitian has me on high-calorie shakes, "
        "the chocolate one is decent.",
        "Anyone on immunotherapy have joint pain? Mine's in my knees and wrists.",
        "The oxycodone makes me constipated. Laxative tips please, no judgment zone.",
        "Wig shopping with my sister today. We laughed so much the shop assistant joined in.",
        "Bone pain from the growth factor injections is brutal but short. Claritin "
        "helped, weirdly.",
        "Sometimes I wonder how many birthdays I've got left with the kids. Then I "
        "plan the next one anyway.",
        "Went back to the gym for 20 mins. Slow and wobbly but I did it.",
        "Hospice day centre is lovely - art therapy, massages, and a man called Derek "
        "who makes excellent scones.",
        "Breathlessness is worse, so they're draining the fluid from my lung on Tuesday.",
        "Can't feel my toes, can't taste my tea, but I can still beat my husband at Scrabble.",
        "Living with incurable cancer means I plan in small chunks. This week: garden "
        "centre, grandkids, a good book.",
    ),
    "plans_and_timelines": (
        "Counting down to the last chemo: 11 days! We've bought the party poppers.",
        "After the scan on Friday I'll decide about going back to work full time.",
        "Once this is over I'm done with this town. We're moving to the coast and starting fresh.",
        "Plan for next week: Monday bloods, Wednesday LP, Friday clinic. Saturday = pancakes.",
        "By the end of the month I'll have made a decision about the trial. Need "
        "time to read everything.",
        "6 weeks to the end of radiotherapy. Made a paper chain with my son, he "
        "tears one link off each morning.",
        "I've set myself a deadline: if the insurance hasn't paid by June, I'm "
        "calling the ombudsman.",
        "Maintenance ends in March 2026. There's a calendar on the fridge and we "
        "cross off each week.",
        "When treatment finishes I'm going to sleep for a week, then book Disney.",
        "the plan is to get through christmas, then tell the kids about the "
        "relapse in january with the psych team",
        "Tonight's the night - we're telling the school about the diagnosis. Wish me luck.",
        "Made my decision: I'm stopping work at the end of term to be with her through transplant.",
        "After my final herceptin on the 12th, I'm booking a weekend in Paris with my sister.",
        "Timeline from the consultant: 2 more blocks, then a scan, then we'll "
        "know if surgery's an option.",
        "Got it all planned: leave at 6, ward by 7:30, bloods by 8, home by 4 if counts are ok.",
        "One more week of isolation then visitors allowed. Grandma's already on "
        "standby with a crumble.",
        "Next Tuesday is D-day for the port removal. He wants to keep the port, "
        "apparently that's allowed?",
        "We've decided: no more IVF, we're focusing on the kids we have and getting through this.",
        "Anniversary plan: lanterns on the beach, then fish and chips on the pier.",
        "Three cycles left. Then scans. Then hopefully a long boring life of follow ups.",
        "I'll be making a final call on the house sale after we hear about the transplant date.",
        "By summer I want to be running again. Physio's given me a couch to 5k plan.",
        "End of treatment is Day 1,000 - hitting that in October and we're "
        "throwing a massive party.",
        "Decided I'm quitting the PTA this year. Too much on, and I'll revisit "
        "when she's off treatment.",
        "my last day of radiation is tuesday and then i'm never eating hospital jelly again",
        "Schedule for the bone marrow transplant: admission on the 3rd, "
        "conditioning for a week, cells on day 0.",
        "Told my boss I'll be back on the 1st of September, assuming counts behave.",
        "Appointment with the fertility clinic before chemo starts next week. "
        "Fast-tracked, so it's all happening Monday.",
        "Marking the calendar: 5 years cancer free on 14 May. That's when we'll "
        "finally get the dog.",
        "Can't plan more than a week ahead right now so we're living scan to "
        "scan. Next one is the 21st.",
    ),
    "self_harm_lookalikes": (
        "Cut her hair short before it starts falling out. She chose a pixie cut and looks amazing.",
        "His port site is a bit red and sore, does anyone else's do this after "
        "access? Calling the ward if it gets worse.",
        "So many bruises on her legs from low platelets. Got a letter from the "
        "consultant for school so nobody worries.",
        "My scar from the nephrectomy is healing nicely. Using bio-oil as the nurse suggested.",
        "shaved my head today before chemo makes it fall out. my daughter did "
        "the first bit with the clippers, it was kind of fun",
        "Needle phobia tips? He screams at every finger prick. Play specialist "
        "is trying a buzzy bee thing.",
        "Nicked my finger chopping veg and I'm the one who panicked about "
        "infection, because I'm so used to thinking about hers lol",
        "She picks at the dressing over her Hickman line. Any tips for stopping that?",
        "The blood draws leave marks all over his arms, and a dinner lady asked "
        "if he'd been hurt. Awkward explaining.",
        "Petechiae on her chest tonight - tiny red dots. Called the ward, they "
        "want platelets checked tomorrow.",
        "Arms covered in cannula bruises from my own treatment. Look like a pin cushion.",
        "Anyone's kid have a big surgical scar they're self-conscious about? "
        "Mine wants to wear a rash vest at swimming.",
        "I give myself daily clexane injections in the tummy - the bruising is "
        "wild but the nurse says it's normal.",
        "Lumbar puncture today, he's got a tiny plaster on his back and a big "
        "sticker on his chest.",
        "the scalp cooling cap hurt like hell but I kept some of my hair!",
        "Trimming my son's nails is a battle every week. Low platelets so I'm "
        "scared of nicking him.",
        "Buzzed my own hair in solidarity with my son. He laughed so much he snorted.",
        "Blistered hands and feet from capecitabine. Oncologist lowered the "
        "dose and gave me cream.",
        "His scars are 'battle scars' he says. Showing them off to his class on Friday.",
        "Picc line dressing change day. She holds my hand and squeezes like a vice.",
        "I bruise like a peach right now. Bumped into the table and there's a "
        "purple map on my thigh.",
        "Drawing blood from the line at home now - the community nurse trained "
        "me. Felt weird but I've got it.",
        "Advice for the G-tube site? It keeps bleeding a little at the edges.",
        "Mouth sores from methotrexate - he won't eat. Any remedies?",
        "Grazes all over her knees from learning to ride without stabilisers, "
        "the ward nurses were delighted she's active again.",
        "The incision from my mastectomy is itchy as it heals. Cold pack helps.",
        "Hair falling out in clumps in the shower. Bought a cute scarf.",
        "Learning to do his subcut injections at home. He's braver than me.",
        "Skin peeling on the radiotherapy area - aqueous cream recs?",
        "Scratches from the cat all up my arm and the nurse gave me the "
        "side-eye. It's the CAT, Marjorie.",
    ),
    "withdrawal_ordinary": (
        "Muting the group for a bit, it's a lot right now with all the relapse "
        "news. I'll check back in next week. Love to all.",
        "Turned off notifications for everything except the ward and my husband. "
        "Phone was pinging non-stop.",
        "No visitors for the next two weeks, her neutrophils are zero. Please "
        "don't take it personally, we'll FaceTime.",
        "I've stepped back from the school mums' WhatsApp. Too much chat about "
        "sports day while we're in isolation.",
        "Hiding from the world this weekend with a box set and my kids. Back Monday.",
        "Going quiet on social media. Not ready to answer everyone's questions "
        "about the relapse yet.",
        "We're staying home from the family wedding. Too many germs and his counts are still low.",
        "logging off for the night, need to be present with him instead of scrolling",
        "Said no to book club for a few months. I love them but I can't be sociable at the moment.",
        "Keeping my distance from a friend who keeps comparing our situation to "
        "her cat's illness. Boundaries, people.",
        "Isolation room life: masks everywhere, and I haven't left this floor in "
        "5 days. The team says it's nearly over.",
        "Did a social media detox after the funeral. Therapist suggested it and it's helping.",
        "Sorry I've been MIA, my phone was in a drawer all week on purpose. Needed some quiet.",
        "Turned down the Christmas party invites. Protecting her immune system and my sanity.",
        "We've stopped going to church in person during transplant, watching the "
        "livestream instead.",
        "Archiving the group chat for now. I'll unarchive when we're out of the woods.",
        "I need a break from hearing about other kids' scans. It's not you, it's "
        "my anxiety. Still here if someone DMs.",
        "The siblings are staying with Nana during the high-dose block, so the "
        "house is quiet and we're a bit cocooned.",
        "Put a sign on the front door this week: 'immunocompromised child, "
        "please knock and leave parcels'.",
        "i'm gonna lurk for a while rather than post, not feeling chatty but reading everything",
        "Unfollowed a few accounts that were triggering me. Feed is now 80% puppies.",
        "Asked my mum not to visit while she has that cough. She was upset but understood.",
        "Having a month off volunteering at the charity to focus on my own "
        "health. They were super supportive.",
        "Pausing the blog updates - we want his treatment to be private for a while.",
        "Our family is in lockdown mode again because of chickenpox at school. Homeschool it is.",
        "Ignoring unknown numbers these days because of scammers, but I kept "
        "missing the hospital, so I gave the ward its own ringtone.",
        "Switching off for a week while we're at the respite lodge. Phones in a "
        "basket, board games out.",
        "Declined the work drinks. Honestly just want to be home with my girl on her good days.",
        "Gone a bit hermit since the diagnosis. My GP says it's common and "
        "suggested one small social thing a week, so I'm meeting a friend for "
        "coffee Thursday.",
        "Notifications for the big support group stay off - too fast. Will catch "
        "up on weekends with a cuppa.",
    ),
}
