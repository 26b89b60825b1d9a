"""More warning signs of the kinds still caught least, in other voices, written for training.

Written blind for Hearth (2026-12-06) by a writer who saw neither the detector, nor the other
written sets, nor any test set, from the 988 Suicide & Crisis Lifeline and AFSP warning signs,
the C-SSRS categories and Joiner's interpersonal theory (perceived burdensomeness, thwarted
belongingness). ``POSITIVES``: what a moderator must see, by kind; ``LOOKALIKES``: the same
words in the community's ordinary talk.
"""

from __future__ import annotations

POSITIVES: dict[str, tuple[str, ...]] = {
    "burden_better_off": (
        (
            "honestly the kids would be better off with just their dad. I'm the one making "
            "everything harder"
        ),
        "im a drain on everyone. money, time, patience. they'd manage fine w/o me tbh",
        (
            "Sorry my english. I think my family is more lighter if I am not there. I am only the"
            " weight for them now."
        ),
        (
            "Did the maths at 3am. The life insurance would do more for Ellie's treatment than I "
            "ever will."
        ),
        (
            "My wife carries Sam AND me. She'd have one less person to hold up if I just wasn't "
            "in the picture anymore."
        ),
        (
            "Update on Noah: counts are recovering, they're letting us home Thursday if his temp "
            "stays down, and the dietician is finally happy with his weight. Good news really. "
            "But I keep thinking my husband has a sick child plus me, and I'm the one that costs."
            " His mum could move in, she's better with Noah than I am anyway. They'd adjust to me"
            " not being here quicker than people think. Anyway, Thursday fingers crossed."
        ),
        (
            "Everyone keeps saying the kids need their mam. They don't need this version of her. "
            "They'd be better off with a photo of the old one."
        ),
        (
            "I'm just another patient in this house now, except nobody's treating me. Take me out"
            " of the equation and it all gets simpler for them."
        ),
        (
            "Counts are finally up so Maddie's home for a week, which should feel like a win. My "
            "partner did the night feeds, the school pickup for her brother and then went to "
            "work. I did nothing except lie in bed. I'm one more thing on his pile, another "
            "patient he didn't sign up for. Soon he won't have to carry me as well, and honestly "
            "I think him and the kids would breathe easier. Anyway, any recommendations for a "
            "gentle NG feed for a 4yo?"
        ),
        (
            "My son needs everything and I give nothing. Is better for him when I am gone, his "
            "tia is more good mother than me."
        ),
        (
            "Policy pays out double what I earn in a year. Just saying it out loud somewhere. "
            "It'd clear every penny of debt from all the travel to the Marsden."
        ),
        (
            "I'm the reason we're behind on everything. My partner would get through this better "
            "as a single dad, I genuinely believe that now."
        ),
        (
            "lol I'm basically a very expensive houseplant at this point. removing me would be a "
            "net gain for everyone in this family"
        ),
        "The kindest thing I could do for my girls is stop being their problem. For good.",
        (
            "My husband looks at me like I'm another sick child. He shouldn't have to nurse two "
            "of us. I'm going to fix that for him."
        ),
        (
            "Scan results came back stable, the first good news in months, and I should be happy."
            " Rosie's consultant says we can space out the appointments. But I sat in the car "
            "after and all I could think was they've done the hard bit and they don't actually "
            "need me for the rest. I'm the one who cries in front of her, who forgets the meds, "
            "who snaps. They'd be lighter without me. Anyway stable is good, thank you all for "
            "the prayers."
        ),
        (
            "we remortgaged for the treatment abroad. the way the numbers work I'm worth more to "
            "them as a payout than as a person"
        ),
        (
            "I keep thinking Jack's sisters would have a calmer childhood with me out of it. I'm "
            "the stress in that house. Remove the stress."
        ),
        (
            "Not being dramatic: I've become the thing everyone has to manage. It'd be a relief "
            "for them if there was nothing left to manage, even if they'd never say so."
        ),
        (
            "I feel I am only problem for my husband and my boy. When I am not here no more they "
            "will be free from me, they can live normal."
        ),
        (
            "they deserve someone who isnt falling apart. i cant be that so better i step aside. "
            "permanently"
        ),
        (
            "Long day at clinic, bloods fine, echo fine, they're happy with his heart on the "
            "anthracyclines. Drove home past the bank and thought about every bill on our table "
            "that's there because I had to stop work. The kids would get more from what's left "
            "after me than they'll ever get from me as I am now. I keep coming back to that in "
            "the car. Next cycle starts on the 18th, if anyone is on Ward 4 then."
        ),
        (
            "Honestly if I went away for good the house would be quieter and happier. I'm the "
            "storm cloud nobody wants hanging over them."
        ),
        (
            "my ex could take Lily full time and she'd have stability. I'm just dragging her "
            "down. she'd be better with me gone for good, not just gone to his for the weekend"
        ),
        (
            "Round 4 done. Nausea worse this time, they've added ondansetron round the clock. "
            "Work have been 'understanding' which means they've stopped paying me. I've added it "
            "all up: mortgage, parking, the flights for proton therapy, and my wage isn't "
            "touching any of it. The insurance through my job would cover every penny and then "
            "some. Connor would have the best of everything without me. I've been thinking about "
            "that a lot more than I should. Sorry, long day."
        ),
    ),
    "plan_time_decided": (
        ("After the funeral on Friday I'm done. Just need to get through that for her nan's sake."),
        "once the kids are at their gran's for half term, thats when. decided.",
        (
            "Sunday night the house will be empty. I've got it all worked out, nobody needs to "
            "worry about the how."
        ),
        "Date is set. I feel calmer than I have in months, which I know sounds odd.",
        ("That's it for me. After Tuesday's scan, whatever it says, I'm finished with being here."),
        (
            "End of treatment meeting was today. Consultant went through the follow-up schedule, "
            "scans every three months, line out on the 9th. Everyone kept saying 'you made it'. I"
            " told myself a long time ago I'd hold on till his last chemo and that's next week. "
            "After that I'm allowed to stop, and I've stopped arguing with myself about it. His "
            "dad knows all the follow-up stuff. Does anyone know if they sedate for line removal?"
        ),
        "Christmas is the last one. I'll make it lovely for them and then that's it for me.",
        "i've picked a day. not telling anyone which one so don't ask",
        (
            "When my husband flies out for work on the 14th. It's decided, please don't try and "
            "talk me out of it."
        ),
        (
            "Once Ava's anniversary is over I won't have to do any of this anymore. Just the 22nd"
            " to get through and then I'm free."
        ),
        (
            "Appointment with the oncologist moved to Thursday, they want to talk about "
            "'options', which we all know means fewer options. Mia's brother goes on his school "
            "trip next weekend, three nights away. I've thought about it properly and that "
            "weekend is when I'm going to do it, while he's not in the house to see. I'm not "
            "asking anyone to fix anything. Just wanted it written somewhere. Thursday first."
        ),
        "Friday. I've made my peace with Friday. The kids will be at my sister's.",
        (
            "My sister takes the boys on the 3rd. After that nobody needs me at home, so after "
            "that I'm going."
        ),
        "his birthday's on the 9th, I'll give him that and then I'm out. end of.",
        (
            "keep looking at the calendar. the 30th. its circled and it feels right. nobody knows"
            " what the circle means"
        ),
        (
            "After the memorial mass I will go also. It is decide now. I feel quiet inside for "
            "first time."
        ),
        (
            "Quick update while Esme naps: the trial drug seems to be working, the lump in her "
            "neck has visibly shrunk, the research nurse is thrilled. We're on weekly visits now."
            " I've given myself till the end of the month, to see her settled on the trial and "
            "the paperwork done, and then I'm finished with all of it, for good. It's a relief to"
            " have a date. Sorry, that's a lot to drop in. Pictures of the shrinking lump later "
            "for the nosy ones."
        ),
        (
            "Once the house sale goes through and the kids are settled with their dad, I'm done. "
            "Timeline's set. Everything lines up."
        ),
        "New Year's Eve. Fresh start for everyone else, last night for me. I've chosen it.",
        (
            "Leo's counts are too low so no chemo this week, they've pushed to Monday. Honestly "
            "the delay is almost a relief. My partner's taking him to her parents' for the "
            "weekend so I can 'rest'. I'm going to use that weekend. I've already decided, it's "
            "not a wobble, it's just the plan now. I'll make sure everything's tidy before "
            "they're back. Hope all your little ones are having better weeks."
        ),
        (
            "after tmrw's appointment that's me finished. made my mind up this morning and i feel"
            " weirdly peaceful"
        ),
        (
            "The first anniversary is Saturday. I only ever promised myself I'd make it to one "
            "year. After Saturday I've kept my promise."
        ),
        "When school breaks up I'm going. Not moving house. Going.",
        (
            "Wee update: Finn finished radiotherapy today, rang the bell, the nurses clapped, I "
            "cried. His dad's taking him to Spain for a fortnight at Easter to celebrate, just "
            "the two of them, I couldn't get the time off. Two weeks on my own. I've told myself "
            "that's my window and I mean it this time, I've gone over it every night since they "
            "booked the flights. Sorry to put that in a good news post. Bell video in the "
            "comments."
        ),
    ),
    "goodbye_finality": (
        "you won't hear from me again after tonight. love to all your babies xx",
        (
            "I've given Maisie's teddy to her cousin and my wedding ring to my sister. Feels "
            "right to pass things on now while I can."
        ),
        (
            "Leaving the group for good. Not because of anything anyone did. Thank you for "
            "everything, truly. Goodbye."
        ),
        (
            "Bloods this morning, Rhys's platelets needed topping up again so we were in day unit"
            " till 4. While he was hooked up I finished putting the will, the passwords, the "
            "cat's vet records and all the direct debits into one folder for my husband. It's on "
            "the kitchen table with his name on. I've been getting my house in order all week, "
            "for no reason I'd want to say here. Platelets back up to 40 anyway, so that's "
            "something."
        ),
        "I won't be around to see Josh's next scan but I know he's in good hands with his dad.",
        "This is my last post. I wanted the last thing I ever said here to be thank you.",
        "gave away my guitar and all my good books this week. wont need them where im going",
        (
            "I say goodbye to all of you now. Thank you for your kindness to me. Please remember "
            "me and my Ahmed together."
        ),
        (
            "Sorry for the long one. Ruby's bloods were ok, the line infection cleared and "
            "they're talking about home on Monday. I've written letters for her and her brother "
            "to open when they're older and left them with my mum. Cancelled my phone contract "
            "from next month and sorted who gets my pension. I just want to say each of you has "
            "meant more than you know. Look after yourselves and hug your kids. I won't be "
            "posting again."
        ),
        (
            "If anyone wants Oscar's unopened hospital toys please take them, they're boxed up by"
            " the door. And thank you all. I mean it. Signing off for the last time."
        ),
        (
            "Deleting all my accounts tonight. Didn't want to just vanish on you lot without a "
            "word. Cheers for everything, you were the best of it x"
        ),
        (
            "Wrote down who gets what. My necklace to Kayla, the car to my brother, my records to"
            " Dad. Nobody's asked why and I haven't said."
        ),
        (
            "im sorry for being a pain in here. thanks for putting up with me. you'll all be fine"
            " without me. bye"
        ),
        (
            "Sorry, been quiet. Olly's maintenance is going fine, the vincristine jaw pain has "
            "eased and he's back at football. His 10th birthday is in April. I won't be around "
            "for it, so I've wrapped his presents already, hidden them in the loft and told his "
            "dad exactly where they are. I've made peace with that. Please nobody make a fuss in "
            "the replies, I just wanted to tell someone who'd understand. Football photos below, "
            "he scored!"
        ),
        (
            "I want you all to know this wasn't anyone's fault, not the group's, not my "
            "husband's. Take care of each other. Goodbye x"
        ),
        (
            "Final update from me. Theo's doing okay on maintenance, the steroids have him eating"
            " everything in sight and he's back at school three days a week. I've put all his "
            "hospital folders and contacts on the kitchen table for his dad with a note, and "
            "rehomed the dog with my neighbour who always loved him. You've been the best people "
            "in the worst time of my life. Please don't message, I won't be answering. Love to "
            "all of you."
        ),
        "Thank you for being my people. I'm at peace now. Last time you'll see me on here.",
        (
            "Gave Mum my grandmother's ring today. She asked what the occasion was. I said no "
            "occasion. It's no use to me now."
        ),
        (
            "Admins, could you keep Lucy's memorial thread up once I'm not here anymore? I'd like"
            " someone to still remember her after I'm gone for good."
        ),
        "so this is it from me. been a privilege. hug ur kids for me x",
        (
            "Paid off a funeral plan for myself this week. Second one I've sorted this year. "
            "Feels like closing the loop."
        ),
        (
            "I finish all my papers, the bank, the house, everything is clear for my wife. Now I "
            "am ready. Thank you my friends, for everything."
        ),
        (
            "Update: Mira's MRI was clear, they're moving us to six-monthly checks! Thank you for"
            " every prayer. Separate thing: my sister's number is pinned on my profile now. If "
            "anything happens she'll know what to do with my stuff and she'll let you all know. "
            "I've left everything ready for her, the lot. I've been at peace about it for a "
            "while. Give the new parents a hug for me. Celebrating with ice cream tonight."
        ),
        (
            "Tell the new parents who join that it does get easier for some people. It didn't for"
            " me. Goodbye all, and thank you."
        ),
    ),
    "means_no_purpose_stated": (
        (
            "Still have Harry's oramorph in the cupboard. Pharmacy keep asking me to bring it "
            "back. I keep not."
        ),
        "Bought rope today. Not for camping.",
        "There's a hose and a roll of tape in the boot now. Just so someone knows, I guess.",
        (
            "Took the shotgun out of the cabinet tonight. It's on the kitchen table. Just sitting"
            " here with it."
        ),
        (
            "been saving my sleeping tablets instead of taking them. got a good little collection"
            " going now"
        ),
        (
            "Six months today since Evie. Her brother's doing okay, started Year 3, new teacher's"
            " lovely. The hospice never came back for her midazolam and the rest of the "
            "end-of-life box. It's in the kitchen cupboard behind the pasta. I've counted it "
            "three times today. Nobody knows it's still here. I don't really know why I'm telling"
            " you, except that I'm scared of how calm I feel when I hold it."
        ),
        (
            "GP appointment went fine, she upped my sertraline and gave me something for sleep. "
            "Josh's oncology follow-up is on the 12th, MRI booked. I've been putting the new "
            "sleep tablets in the drawer next to the bottle of his old morphine rather than "
            "taking them. Don't know why I'm telling you. It's just nice to know they're all "
            "there together. Anyway, anyone else's kid struggle with MRI sedation? Josh hates it."
        ),
        (
            "went to three different chemists today so nobody would ask questions about how many "
            "boxes"
        ),
        (
            "Kept the syringe driver meds from the end. They're in my bedside drawer. I take them"
            " out and look at them most nights."
        ),
        (
            "I buy a strong rope in the shop today. My husband ask for what, I say for the "
            "garden. It is not for garden."
        ),
        (
            "Dad's old rifle is back at mine now. Said I'd keep it 'safe' for him. Haven't told "
            "my wife it's in the loft."
        ),
        (
            "Clinic day. Bloods okay, Ada's liver numbers finally settling, the oncologist is "
            "pleased with how she's tolerating the mercaptopurine. On the way home I did a round "
            "of four different supermarkets for paracetamol so the tills wouldn't stop me, and "
            "it's all in a bag at the bottom of my wardrobe. Just having that much in the house "
            "makes me feel like I've got a choice again. Anyway, does anyone's kid get itchy on "
            "the septrin?"
        ),
        (
            "I know exactly how much of Ollie's leftover oramorph is left in the bottle. I check "
            "it every night like a bedtime story."
        ),
        "Charcoal and tape in the garage. Husband thinks it's for the BBQ. We don't own a BBQ.",
        "found the spare key to the gun cabinet. put it in my pocket. haven't put it back",
        (
            "They told me to bin the fentanyl patches after Isla passed. I didn't. Put them in a "
            "biscuit tin under the bed."
        ),
        (
            "Bit of a ramble sorry. Thursday's scan showed the tumour's grown, they're talking "
            "about phase 1 trials in London. My husband wants to do everything. I said yes to "
            "everything. What I didn't say is there's a bag in my car with the hose off the "
            "garden and a roll of gaffer tape, and I've driven to the layby twice this week and "
            "just sat there. I know what that sounds like. Trial consent appointment is Monday."
        ),
        (
            "Stopped taking my antidepressants. Keeping them instead. Three months' worth in a "
            "sock now."
        ),
        "Asked the vet for extra of the dog's sedatives. The dog doesn't need them.",
        (
            "There's a belt on the hook in the garage I keep going out to look at. Checked the "
            "beam's strong enough. It's not for trousers."
        ),
        (
            "Insulin from when my dad was diabetic is still in our fridge. Moved it to the back "
            "behind the butter this week. I'm not diabetic."
        ),
        "ive got the big knife in my bag. just carrying it round. dont worry about it",
        (
            "Ten weeks since we lost Kit. The bereavement nurse rang and asked if the palliative "
            "team's morphine had gone back. I said yes, all returned. It hasn't. The full bottles"
            " are in the cupboard above the fridge and I move them to the front every night so I "
            "can see them. I go back to work on Monday and everyone thinks I'm coping "
            "brilliantly. I don't know why I lied to her. Maybe I do."
        ),
        (
            "every time i go to the shop i buy another box of the hayfever ones that make you "
            "drowsy. not for hayfever"
        ),
        (
            "Pulled the ladder and the tow rope out of the shed and left them up in the barn. "
            "Haven't told anyone why and I'm not going to."
        ),
    ),
    "wish_not_to_wake": (
        "Every night I ask God not to let me wake up. Every morning He says no.",
        "wouldnt mind if a lorry took me out on the school run tbh",
        (
            "Long admission update: Aria's on day 9 of the fever that won't break, cultures "
            "negative, they've switched antibiotics twice and now they're talking fungal. I "
            "haven't slept more than two hours at a time. I keep watching the sedated kids on the"
            " HDU side and thinking honestly, a coma I don't come back from sounds like a "
            "holiday. Not joking as much as I'd like to be. The CT is at 10 tomorrow. Will "
            "update."
        ),
        "Lord, if You're taking Grace, take me too. I can't be here without her.",
        "i go to sleep hoping this is the one i dont wake up from",
        "I pray for not opening my eyes in the morning. Then no more pain for me.",
        "If something fell on me on the walk to the ward I think I'd just feel relieved.",
        (
            "Dark humour warning: I've started rating the ward ceiling tiles on how nicely they'd"
            " fall on me. 7/10, would accept."
        ),
        "I just want to go to sleep and not have to come back to any of this. Ever.",
        "Wish I could just stop existing for a while. Actually, not for a while.",
        (
            "Neutrophils at 0.2 so we're in for the full neutropenic week, barrier nursed, no "
            "visitors. Harvey's asleep finally after a fever spike. I'm on the fold-out chair "
            "listening to the pumps beep and I caught myself thinking that if my heart just "
            "stopped tonight in this chair I wouldn't mind at all. Not planning anything. Just "
            "wouldn't mind. The nurses are lovely, at least. Anyone know if they let you use the "
            "microwave on Ward 7?"
        ),
        "Sometimes I think it would be kinder on everyone if I just didn't wake up one day.",
        "Allah please take me before I have to bury my son.",
        "I wouldn't step in front of anything but I'd not step out of the way either.",
        (
            "Transplant day +20. Engraftment hasn't happened yet and the team are 'watchful', "
            "which means worried. I've had a cough for a week and a nurse told me to mask on the "
            "unit. Honestly, if I picked up sepsis off this ward I wouldn't fight it, I'd let it "
            "take me and be grateful for the rest. Daniel's doing okay though, he's watched "
            "Frozen about forty times. Any recommendations for films for a 6yo?"
        ),
        (
            "Would be fine with not being here anymore. Not doing anything about it. Just would "
            "be fine with it."
        ),
        "I am tired of the living. If I sleep forever it is okay for me, really.",
        "Me: *crosses road without looking*. Also me: disappointed. Joking. Mostly.",
        (
            "Post-op update: Ellis is out of surgery, the surgeon's happy, the tumour came out in"
            " one piece and margins look clear. So why do I feel like this. I drove here without "
            "my seatbelt on again, third time this week. Not on purpose exactly. I just don't "
            "care what happens to me anymore, and if something went into the side of the car I'd "
            "be fine with it. Ellis is asking for chips. Home in five days, hopefully."
        ),
        "Dear Jesus, when You call Amelia home please call me the same day.",
        (
            "Relapse confirmed today. Second time. The registrar was kind, kept saying 'we still "
            "have options' but her face said something else. We told Poppy in the car park, she "
            "just said 'okay mummy' and asked for a Greggs. I held it together for her. Now she's"
            " asleep and I keep wishing I'd go to sleep tonight and just not be here in the "
            "morning, let someone stronger take over. I know that's not fair on her. Greggs was "
            "good though."
        ),
        "wld be nice to just fade out. no drama. just not be here",
        "If a tree came down on the car tonight I'd call it a mercy.",
        "Honest answer to 'how are you': I'd be grateful not to wake up. Next question.",
        (
            "Sure if the Lord took me in me sleep tonight I'd not be one bit put out. Sooner the "
            "better."
        ),
    ),
    "dangerous_place_now": (
        "At the bridge now. Nice view from up here.",
        (
            "Top of the multistorey at the hospital. Been up here an hour. Nobody comes up to "
            "level 8."
        ),
        (
            "Pathology came back from Aoife's biopsy and it's the type they didn't want, so she's"
            " starting the intensive arm in two weeks. My husband's at home with the boys. I'm "
            "sitting on the sea wall at Salthill with my legs over the drop, the tide's right in "
            "and the water looks really calm tonight. I've been here a couple of hours. I'm not "
            "sure why I'm telling you instead of going home. My hands are freezing."
        ),
        "I'm on the wrong side of the railing. Just wanted someone to know.",
        "Sitting on the edge at Beachy Head. It's very quiet up here tonight.",
        "On the platform, the fast ones don't stop here. I keep counting them go through.",
        (
            "Sorry, haven't posted in a few days. Benji's MRI showed new spots on his spine and "
            "the team want to start a new protocol Monday. His dad's with him tonight. I told him"
            " I was going home to shower but I drove to the reservoir instead and I'm sitting on "
            "the dam wall with my legs over. It's so still. I've not decided anything. I just "
            "don't want to go home yet and I don't know who else to tell."
        ),
        "Parked on the top level. Sat on the wall. Just looking down.",
        (
            "At the level crossing where Sophie's school bus used to go. Barriers just came down."
            " I'm still on it."
        ),
        (
            "I am on the big bridge now, the one near the hospital. The river is very far down. "
            "Is peaceful here."
        ),
        "standing at the end of the pier. tide's in. phone's on 4%",
        (
            "Today was the day they told us there's nothing more curative for Sami. The "
            "palliative team meet us tomorrow. I couldn't stay in the room with everyone being "
            "kind. I've climbed up onto the roof of the Ronald McDonald House, there's a door at "
            "the top of the fire stairs that doesn't close properly. I'm sitting right at the "
            "edge. It's the only place I can breathe. Please don't tag anyone, I just needed to "
            "say where I am."
        ),
        "The gap in the fence at the quarry is still there. I'm through it now.",
        "Walked out on the ice on the lough. It's creaking a bit. I don't mind.",
        "Sitting on the tracks for a bit. They're still warm from the day.",
        (
            "Update for those who asked: Kai's surgery went ahead, 9 hours, they got most of it "
            "but not all. He's in PICU, sedated. I couldn't sit in that room anymore. I'm on the "
            "motorway bridge just past the hospital exit, the traffic is loud and kind of "
            "hypnotic. I've climbed over onto the ledge bit. Don't ring my husband, he's got "
            "enough on. I'll go back in a bit probably."
        ),
        "Harbour wall. Cold. It'd be easy.",
        (
            "Found the bit of the Story Bridge where the new fence isn't finished. Just having a "
            "look. Brisbane's pretty at night."
        ),
        (
            "on the balcony of the 14th floor of the parents accommodation. leaning right over. "
            "the cars look tiny"
        ),
        "I'm at the lookout. The one with the sign with the phone number on it.",
        (
            "Benji's counts are on the floor again and they've stopped his chemo for now. I left "
            "the ward after the round and walked down to the river. It's high after all that rain"
            " and I'm on the bank at the bit where it runs fastest, past the railings. Been here "
            "since eleven. I keep looking at it. My husband thinks I'm at the canteen. I'll "
            "probably go back. Probably. Don't know why I'm typing this."
        ),
        "Top of the car park again. Security moved me on last time. They haven't come up yet.",
        "Down at the Cliffs of Moher, past where the wall stops. Grand night for it.",
        (
            "Standing at the open window at the top of the ward stairwell. It doesn't lock. I "
            "checked."
        ),
    ),
    "child_wish_or_harm": (
        (
            "My 13yo told me tonight she'd rather not be here for the next round. Said it really "
            "calmly."
        ),
        "Found burn marks on Jake's arm, he says it's from the oven tray. They're in neat rows.",
        "Ellie (15) has been cutting. Her counsellor doesn't know yet. I don't know what to do.",
        (
            "My son said if the cancer comes back he's not doing treatment again, he'll 'sort it "
            "himself'. He's 16."
        ),
        (
            "Update on Ben: his end-of-treatment MRI is clear, we cried in the car. Then tonight "
            "I was emptying his school bag and found a note in his handwriting saying sorry to "
            "all of us and that we'd be ok without him. He's 12. It's dated last Tuesday. He's "
            "asleep, I haven't woken him. His psychologist is on leave. I feel like I've had the "
            "best and worst news in one day. What would you do tonight?"
        ),
        (
            "My daughter say to me she wish she was never born. She is only 10. She say this many"
            " times now."
        ),
        (
            "Max asked me how many of his pain tablets it would take to not wake up. He's 14. I "
            "laughed it off and I shouldn't have."
        ),
        (
            "Scan update first: Amira's tumour has shrunk by a third, which is amazing. The side "
            "effects are brutal though, her hair's gone again and her mouth is full of ulcers. "
            "Last night she said to me 'I don't want to be around for another year of this, mum, "
            "I mean it.' She's 16. She made me promise not to tell her consultant. I'm not sure I"
            " should keep that promise. Would you?"
        ),
        (
            "Our 9 year old keeps saying he wants to go and be with his brother in heaven. Not "
            "sad exactly, more like he's made up his mind."
        ),
        (
            "teen son searched 'painless ways to go' on the family ipad. saw it in the history. "
            "havent said anything yet"
        ),
        (
            "My daughter's thighs. I saw them when she was changing for her line dressing. Lines "
            "and lines of them."
        ),
        "Caleb told his nurse he'd rather die than lose his leg. Then he stopped eating.",
        (
            "She's scratching her arms till they bleed, says it's the only thing that feels real "
            "since her sister passed."
        ),
        (
            "Three months off treatment, hair's back, he's at school full time, and everyone "
            "tells us how well he's doing. Then his teacher rang. My 11yo had written 'I wish I "
            "wasn't here' all over the back of his maths book, over and over, and drawn himself "
            "with a cross through it. At home he seems fine, laughing at YouTube. I've booked the"
            " GP. Is this something other families have seen after treatment ends?"
        ),
        (
            "Not sure if I'm overreacting. Lily's been giving her things away at school, her "
            "favourite hoodie, her Switch, her earrings. She's 14 and just finished treatment."
        ),
        (
            "He keeps saying 'doesn't matter, I won't be around anyway'. Says it about homework, "
            "about his birthday, about everything."
        ),
        (
            "Ruby (8) told me she holds her breath at night 'so I can go where Aiden went'. Aiden"
            " was her friend from the ward."
        ),
        (
            "Our 16 year old swallowed a big handful of his anti-sickness meds last night. Says "
            "it was an accident. It wasn't."
        ),
        (
            "Quick one from the ward. Counts recovering, line flushed, might get out Friday. "
            "Other thing: Jonah (13) has been really flat and tonight he told me if the next scan"
            " is bad he doesn't want to wake up from the anaesthetic. Said it like he was "
            "ordering a sandwich. He's asleep now. The psych team aren't back till Monday. I "
            "honestly don't know whether to ask for the on-call or whether I'm making it bigger "
            "than it is."
        ),
        (
            "Not a good day. Rosa's scan showed the lesion in her hip is back, we start "
            "second-line chemo Monday. She took it quietly, too quietly. Tonight I was looking "
            "for a pen and found a razor blade wrapped in tissue in her pencil case, and when I "
            "looked at her wrists properly there were thin cuts just under her sleeve. She's 12. "
            "I haven't said anything yet. I'm sitting outside her door."
        ),
        (
            "My boy says he's a burden to us because of all the money. He said we'd be better off"
            " without him. He's ten."
        ),
        (
            "Freya asked if it would be easier for everyone if she stopped treatment and just "
            "went to sleep for good. She's 15 and she meant it."
        ),
        (
            "Irish mammy here, my young one (14) told her friend she wants to die and the "
            "friend's mam rang me. She won't talk to me about it at all."
        ),
        (
            "My daughter keeps drawing herself with wings next to her brother's grave and writing"
            " 'soon' underneath."
        ),
    ),
    "method_lookup": (
        (
            "Random q, how high does a bridge need to be for it to be, y'know, certain? Just "
            "curious."
        ),
        (
            "How much insulin would be too much for an adult who isn't diabetic? Not for my son, "
            "he's not on insulin."
        ),
        (
            "Does anyone know how long a paracetamol overdose takes to, you know, work? Asking "
            "for a friend."
        ),
        "Which bridges in the city don't have the nets or fences up yet?",
        (
            "Update: Harvey's stem cell transplant was postponed again because of a line "
            "infection, now pencilled in for the 20th. Can I ask something without anyone "
            "freaking out. Anyone know roughly how much oramorph would be too much for a grown "
            "adult, and how long before you'd just be asleep? Not for the kids, they're fine. I "
            "just keep thinking about the bottle. Anyway, line's being replaced Thursday, fingers"
            " crossed for the 20th."
        ),
        (
            "How long does it take to lose consciousness from the exhaust in a closed car? Just "
            "curious after a documentary."
        ),
        (
            "how many tablets of the sleeping pills is dangerous for adult woman? I ask for me, "
            "not for my son."
        ),
        "what height of fall is survivable and what isn't? writing something",
        (
            "Is it true the fentanyl patches are strong enough to stop an adult's breathing if "
            "you put a few on? Not asking for my daughter, she's off them."
        ),
        (
            "Sorry if this is odd. Charlie's doing well, he's on maintenance and back at nursery,"
            " we've had a quiet couple of months. I've been reading a lot at night. Does anyone "
            "know, with the liquid morphine they send home, how much would actually be too much "
            "for an adult my size, and would it be painless? Obviously not for Charlie. I just "
            "like to know things. Also has anyone tried the new play therapist?"
        ),
        ("how long does someone stay conscious in cold sea water in november? asking for a friend"),
        (
            "Anyone know which trains through our local station are the non-stopping express "
            "ones, and what time the late ones go through?"
        ),
        (
            "What's the fastest-acting thing in an ordinary home medicine cabinet if an adult "
            "took a lot of it? hypothetically"
        ),
        (
            "does the liver failure from paracetamol hurt or do you just sleep through it? need "
            "to know, not for the kids"
        ),
        (
            "Lucas passed this morning, peacefully, with his dad and me holding his hands. Thank "
            "you all for being here through these weeks. The hospice left so much midazolam in "
            "the house. If a grown man took all of what's left plus a few drinks, would that be "
            "enough? Curious. I'm not going to pretend I'm asking for anyone else. The funeral "
            "director is coming on Tuesday."
        ),
        (
            "Anyone know which car parks near the Royal have no barriers on the top floor? Not "
            "for parking."
        ),
        (
            "How long does it take for too much insulin to knock an adult out? My son's not "
            "diabetic so obviously not for him."
        ),
        (
            "Googled how much of my antidepressant would be fatal. Got scared, closed the tab, "
            "opened it again."
        ),
        "is hanging quick? just wondering. don't read into it",
        (
            "Which bridge over the Yarra doesn't have the new high barriers yet? Asking out of "
            "interest."
        ),
        (
            "Day unit again, Zara's blinatumomab bag being changed, four hours of waiting. She's "
            "doing brilliantly, MRD negative. Her dad's moved out, so I'm doing all of it on my "
            "own now. Random question while I sit here: how much paracetamol is too much for a "
            "70kg adult, and how long would it take before anyone noticed something was wrong? "
            "Not for Zara, obviously. Just been thinking about it a lot since he left. Bag's "
            "nearly done."
        ),
        (
            "What's the lethal dose of amitriptyline for an adult? Before anyone asks, it's not "
            "for my son."
        ),
        (
            "Mid-update: MIBG scan booked for the 3rd, stem cell harvest went well, Ayla's hair "
            "is coming back curly which we did not expect! Separate question that's been bugging "
            "me: when they gave her ketamine for procedures, the nurse said an adult dose is much"
            " higher. How much higher, and would a big enough dose mean an adult just doesn't "
            "come round? Just trying to understand how it works. Not for her."
        ),
        "how many storeys is high enough? for a 'school project'. my kid is 4",
        (
            "Anyone know how long someone would last in a closed garage with the engine running? "
            "Read about an accident. Just curious."
        ),
    ),
}

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "burden_of_care_ordinary": (
        (
            "Bit of a practical post. I'm so stretched right now between Rowan's twice-weekly "
            "clinic, his brother's nursery and my part-time job that the house has completely "
            "gone. Does anyone know a cleaner who understands immunocompromised kids and won't "
            "bring in colds? My GP also suggested asking the hospital social worker about "
            "respite, which I didn't know was a thing. Thanks in advance, you lot always know."
        ),
        (
            "Feeling like a bit of a drain on my mum's time, she's done every school run for two "
            "months. How do you thank people properly?"
        ),
        (
            "Caring for two kids, one on chemo, is a weight I didn't know I could carry. Some "
            "days I can, some days I ask for help. Today's an ask day."
        ),
        (
            "The life insurance paperwork for Amy's critical illness cover is a nightmare, does "
            "anyone know if the payout can go towards travel to treatment?"
        ),
        (
            "My husband says the family would be better off if we moved closer to the hospital. "
            "He's probably right, the driving is killing us."
        ),
        (
            "I feel like I'm letting everyone down at work. Has anyone asked for a career break "
            "during treatment?"
        ),
        (
            "Honestly the siblings are better off at my sister's during the transplant, she's got"
            " a trampoline and I've got a fold-out chair."
        ),
        (
            "Anyone else feel guilty asking for help? Finally let the neighbours start a meal "
            "rota and it's been amazing."
        ),
        (
            "Bit of a vent. Between the steroids making Tom ravenous, daily dressing changes and "
            "his sister's GCSEs I'm running on fumes. I feel like a burden asking my friends for "
            "the fourth time this month, but I did, and they turned up with lasagne and walked "
            "the dog. I'm learning. Our social worker's also sorting a carer's assessment, which "
            "I didn't know existed. If you're in the UK ask about it, it's worth it."
        ),
        (
            "My partner carries so much, I'm trying to take more of the night shifts so he can "
            "get some sleep."
        ),
        "am i the only one who feels like a walking to-do list? need a holiday from myself lol",
        ("So grateful for the grant from Young Lives vs Cancer, we were drowning in parking fees."),
        (
            "We'd be lost without our grandparents. My dad's taken over all the school runs and "
            "my mother-in-law batch cooks on Sundays. I used to feel like a burden asking, now I "
            "just say thank you and accept it. Ivy's got clinic Tuesday and bloods Friday, and "
            "there's a rota stuck to the fridge. Anyone else leaning on family a lot right now? "
            "How do you make it fair on everyone?"
        ),
        (
            "I'm the weak link in this house this week with flu, so I'm staying away from the "
            "ward. Hate it."
        ),
        (
            "I feel heavy with all the work, hospital and home and job. But my husband help me "
            "more now, we share the nights."
        ),
        (
            "Told the psych I feel like I'm failing at everything. She said that's what exhausted"
            " parents say, not what failing parents say. Helped a bit."
        ),
        (
            "My manager said I'm a drain on the team being part-time. HR is dealing with it. "
            "Anyone know their rights on carer's leave?"
        ),
        (
            "Three months into treatment and I've hit a wall. I'm the one who does the meds, the "
            "appointments, the school emails, the insurance calls. My wife works nights so it all"
            " lands on me. Not complaining about her, we're a team, but I need to offload some of"
            " it. Does anyone use an app for tracking meds and appointments that both parents can"
            " see? I think if we shared the load better I'd sleep more."
        ),
        (
            "Our eldest says she feels like a burden because we're always busy with her brother. "
            "Booked a day out just the two of us."
        ),
        (
            "the kids are better off at school some days than stuck in the house with grumpy me "
            "tbh, roll on Monday"
        ),
    ),
    "dates_and_occasions_ordinary": (
        ("My own surgery's booked for after the funeral, the hernia can wait a couple more weeks."),
        (
            "Update: after three meetings and a second opinion from GOSH, it's decided, we're "
            "going with the trial arm for Oscar. Consent form signed this morning, date is set "
            "for the first infusion on the 12th. It feels strange to finally have a decision made"
            " after weeks of going back and forth. Now it's just getting through the wait. Anyone"
            " else on the same trial? Would love to compare notes on side effects."
        ),
        (
            "Once the kids are at their gran's for half term I'm going to deep clean the whole "
            "house before the transplant."
        ),
        ("Sunday night when the house is empty I'm having a bath and watching trash telly. Bliss."),
        "That's it for me with this ward's parking. £18 a day. I'm getting the bus.",
        "Date is set for Harry's end-of-treatment party! 14th June, all welcome.",
        (
            "We've decided she's not going back to school till after the transplant. Home tutor "
            "starts Monday."
        ),
        (
            "After the funeral we're taking the boys to the coast for a few days, just the four "
            "of us."
        ),
        "i've picked a day for the head shave, doing it with him so he's not on his own",
        (
            "Made up my mind, I'm handing in my notice. We can manage on one wage and he needs me"
            " home."
        ),
        (
            "Big decision this week. After talking it through with the consultant and with Maya "
            "herself we've decided not to go ahead with the second surgery and to focus on the "
            "radiotherapy plan instead. It's decided, and honestly the relief is enormous. Start "
            "date is set for the 2nd. We'll be staying at the parents' house near the hospital "
            "for six weeks, so if anyone's there at the same time, come say hi."
        ),
        "The 30th is circled on the calendar, LAST DAY OF CHEMO!!",
        "Tonight's the night, first night in his own bed for six weeks.",
        (
            "My husband flies out on the 14th for work so I'll be solo for the next cycle, anyone"
            " local fancy a coffee on the ward?"
        ),
        (
            "That's me done with the hospital canteen. Eleven quid for a soggy panini. Bringing "
            "sandwiches from now on, and that's it for me with the vending machine too. Mabel's "
            "on day 4 of the cycle, her sickness is better controlled this time with the new "
            "anti-sickness, and she ate half a crumpet this morning. Small wins. Any "
            "recommendations for lunchboxes that survive a ward fridge?"
        ),
        (
            "Christmas is the last one before she starts the new protocol so we're going all out "
            "this year."
        ),
        "Anniversary of Ollie's diagnosis on Saturday. Cake or no cake? He wants cake.",
        (
            "We decide now, the operation is in Germany in March. The date is fix. I am nervous "
            "but happy."
        ),
        (
            "End of the month I'm finished with the steroid wean, thank God, his moods have been "
            "awful."
        ),
        (
            "Update: after my dad's memorial on Friday (he'd been ill a long time, we're at peace"
            " with it) we're heading straight to the Marsden for Isla's next cycle. A lot in one "
            "week. My sister has the twins Thursday to Sunday. Once that's all done I've promised"
            " myself a full day off. Already decided what I'm doing with it: absolutely nothing. "
            "Any tips for getting through weeks like this?"
        ),
    ),
    "leaving_group_ordinary": (
        (
            "Leaving the group now, Zac's 5 years clear and I think it's time to give my spot to "
            "someone who needs it. Thank you all."
        ),
        (
            "You won't hear from me much for a while, we're moving to the WhatsApp group for our "
            "hospital. Still around if anyone needs me!"
        ),
        (
            "Thanks everyone, this group isn't quite right for us, we're joining the "
            "teen-specific one. Good luck to you all."
        ),
        (
            "Signing off for a bit, need a social media detox. Charlie's in the long maintenance "
            "stretch now, bloods monthly, and I've noticed I spend every evening scrolling other "
            "people's bad news instead of sleeping. My counsellor suggested a break and she's "
            "right. Not leaving, just muting. Back in the new year with hopefully boring updates."
            " Thank you all, and ping me if you need anything x"
        ),
        (
            "We've moved the Leeds parents to their own Discord server, link in my bio if you're "
            "local. Goodbye from this channel!"
        ),
        (
            "Remission!!! I'm going to step back from the group to focus on normal life, but "
            "thank you for everything."
        ),
        (
            "Last post in this channel, I'm moving to the bereaved parents group which feels more"
            " right for me now. Thank you for holding us."
        ),
        (
            "Deleting Slack off my phone, it's too distracting at work. I'll check in on the "
            "laptop at weekends."
        ),
        (
            "I've given Maisie's old wigs to the Little Princess Trust. Hope they make someone "
            "else feel lovely."
        ),
        (
            "Sorted our wills finally, long overdue. The solicitor said everyone with kids "
            "should, illness or no illness."
        ),
        (
            "Hi all, this will be my last post for a long time. Noah rang the bell in March, his "
            "scans have been clear since, and his oncologist has moved us to annual follow-ups. "
            "I've realised I need to stop living in cancer world every evening, for my own sake. "
            "You've all been amazing, and I'll never forget the night someone here talked me "
            "through his first fever at 2am. I'll keep an eye on my DMs if anyone needs me. Love "
            "to all."
        ),
        (
            "Won't be around to see the fundraiser in person, we're on holiday that week, but "
            "I'll be watching the stream!"
        ),
        (
            "Goodbye for now, the new job means no Discord on the work computer and I've promised"
            " my husband I'll keep my phone in my bag at home. It's a good thing, honestly: "
            "Amelie's one year off treatment next week and I'm finally able to work again. I'll "
            "check in at weekends and I'll definitely be at the Christmas meet-up. Thanks for "
            "everything, you're stuck with me really."
        ),
        (
            "Thank you all. Our little meet-up on Saturday was the best day we've had in months. "
            "Goodbye till next time!"
        ),
        (
            "Giving away all of Leo's spare feeding pump bits, message me if you need any, he's "
            "off the NG tube!"
        ),
        (
            "I leave the group, we move back to Poland where is my family. Thank you for all the "
            "help in English, you are very kind people."
        ),
        (
            "Passwords, bank logins, appointment list all in one folder now, because my husband "
            "kept ringing me at work asking where things are."
        ),
        (
            "This group's been great but the sad news is too much for me while he's still "
            "mid-treatment. Muting for a while, not leaving."
        ),
        "Bye bye Facebook group, hello Discord! Thanks to the mods for setting this up.",
        (
            "Admin note: I'm stepping down as a moderator after two years. Sienna finished "
            "treatment last spring and I've gone back to work full time, so I can't give the "
            "group the attention it deserves. Priya is taking over, she's brilliant. I'll still "
            "post the odd update and I'll be at the summer picnic. Thank you for letting me be "
            "part of your hardest days, it's been an honour. Goodbye as a mod, hello as a member."
        ),
    ),
    "medicines_kept_ordinary": (
        (
            "Took Harry's leftover oramorph back to the pharmacy today, felt weirdly emotional "
            "handing it over."
        ),
        "We've got a lockbox for all the meds now, the toddler figured out the child locks.",
        (
            "Nurse question. Our community nurse comes tomorrow to check Ruby's syringe driver "
            "and she's asked me to count the doses we've given from the breakthrough box. I've "
            "written them all in the book but I'm anxious I've missed one in the night. Does "
            "anyone have a template they use? It's all locked in the meds box between visits. "
            "Ruby's comfortable tonight, watching Bluey with her dad."
        ),
        (
            "Bought rope today for Evie's tree swing, she's been begging since she finished "
            "treatment."
        ),
        "What do you do with leftover midazolam after the hospice? Nobody told us.",
        (
            "The chemist won't take back the fentanyl patches, they said return them to the "
            "hospital. Anyone know the process?"
        ),
        (
            "Hose and tape in the car boot because my mum's garden hose split and I'm fixing it "
            "for her Saturday."
        ),
        (
            "Husband's shotgun is in a locked cabinet but we've moved the key to his brother's "
            "while our eldest is going through a rough patch. Belt and braces."
        ),
        (
            "Keeping a stash of Calpol and paracetamol sachets in the school bag in case of "
            "fever, ask your nurse what they recommend."
        ),
        (
            "Saving up the empty pill bottles for Ella's craft project, she's making a 'brave "
            "beads' jar."
        ),
        (
            "Palliative team came today to take back all of Ava's meds. Morphine, midazolam, the "
            "cyclizine, even the mouthcare sponges. It was the right thing and I asked them to, "
            "but watching them count it all into the bag made it real. Her room still smells of "
            "her. I'm keeping her blanket and her hairbands. Going to my mum's tonight, she's "
            "making soup. Thank you all for checking on me."
        ),
        (
            "Tip for new parents: keep a med chart on the fridge, we tick off every dose so "
            "nobody double-doses when we swap shifts. Ours has columns for morning, lunch, tea "
            "and bed, plus a box for fevers. We lock the morphine and the steroids in a cash box "
            "and the key lives on my keyring. It's saved so many 'did you give it?' arguments at "
            "2am. Happy to send a copy."
        ),
        "Anyone else's kid on oramorph at home? How do you store it, fridge or cupboard?",
        (
            "I bought a rope ladder for the treehouse. Not sure it's up to safety standard but "
            "he's thrilled."
        ),
        "Still got three boxes of ondansetron from round 2, can I donate them anywhere?",
        (
            "The nurse tell me to keep the morphine high in the cupboard with a lock. I buy a "
            "small box with a code."
        ),
        "The camping trip is on! Bought tent pegs, rope, and about a thousand wet wipes.",
        (
            "Ordered a pill organiser for the maintenance meds, the one with AM/PM compartments. "
            "Game changer."
        ),
        (
            "Dad's old shotgun went in the police amnesty today. Nobody in the house shoots "
            "anymore and I'd rather not have it around."
        ),
        (
            "Random practical question. We've been sent home with a whole pharmacy: morphine, "
            "gabapentin, the anti-sickness ones, laxatives, septrin at weekends. I've made a "
            "spreadsheet and a box with labelled compartments but my husband still gets confused."
            " How do other families manage? Also, when treatment finishes, do we return "
            "everything to the hospital or the local chemist? I'd rather it wasn't in the house "
            "longer than it needs to be."
        ),
    ),
    "tired_sleep_ordinary": (
        "I want to sleep for a week after this admission.",
        "Praying the baby doesn't wake up before 6 for once.",
        (
            "What a week. Three nights on the ward with a cranky 3 year old who pulled his NG "
            "tube out twice, then a 14 hour shift at work myself because we're short-staffed. I "
            "could sleep forever after this shift, honestly. My partner's got Ted tonight and I'm"
            " going to bed the moment I get in. Quick question before I crash: has anyone's "
            "toddler tolerated a nasal bridle? Thinking of asking."
        ),
        "Don't wake me up till treatment's finished lol",
        "hope he sleeps through tonight, last night was every hour with the pump alarm",
        "Lord give me strength and a nap.",
        "I am so tired I can sleep standing up. The night on the ward is very loud.",
        (
            "Would love a coma-level nap right now. The kind where you wake up and it's a "
            "different day."
        ),
        "Finally got 6 hours straight. Felt like I'd come back from the dead.",
        "If anyone wakes me before 9 tomorrow they're in trouble.",
        (
            "Day 12 post-transplant. Engraftment might be starting, neutrophils went from 0.0 to "
            "0.1 which the team are calling a 'positive twitch'. I've slept maybe four hours in "
            "two days because of hourly obs and the beeping. My husband takes over tonight and "
            "I'm going to the parents' flat to sleep for about fifteen hours. If I don't answer "
            "messages tomorrow morning, that's why. Keep the positive twitches coming, everyone."
        ),
        "Some nights I go to bed hoping I won't hear the pump alarm. Never works.",
        (
            "So tired I nearly nodded off at the traffic lights on the way back from the Royal. "
            "Pulled into a petrol station and slept for twenty minutes in the car. Noah's on day "
            "3 of his high-dose methotrexate and the obs are every four hours so nobody sleeps. "
            "Please don't drive tired, folks, it really snuck up on me. Anyone got tips for "
            "staying alert on the long drives?"
        ),
        (
            "Does anyone else dread the mornings? Not for any big reason, just the mountain of "
            "meds at 7am."
        ),
        "I'd sleep on a clothesline tonight, I'm that wrecked.",
        "Sleep deprivation is so real. I put the milk in the oven.",
        "Took a melatonin and I'm out like a light, night all x",
        "Wish I could hibernate till spring and wake up when it's all over and he's well.",
        "God willing he sleeps tonight and doesn't wake up with the fever again.",
        (
            "Just back from night shift at the care home and Jamie's had a rough night with mouth"
            " sores, so no sleep for me either. His dad's taken him to clinic for bloods. I could"
            " honestly sleep for a year. I've put a sign on the door saying don't knock. Anyone "
            "got tips for mouth ulcers that actually work? We've tried Caphosol and Gelclair. "
            "Also if anyone's done nights and caring, how do you manage sleep?"
        ),
    ),
    "places_ordinary": (
        "Walked along the beach after clinic, the water looked so calm. Needed that.",
        (
            "Parking tip for the Children's: go straight to the top floor of the multistorey, "
            "it's the only place you'll get a space before 9 and there's a lift right down to the"
            " oncology entrance. The view from up there is nice too, you can see the whole bay. "
            "Bring coins, the card machine on level 6 never works. Lily's appointments have been "
            "weekly so I've got it down to a fine art."
        ),
        (
            "The hospital by the river has the best view from the playroom, he loves watching the"
            " boats."
        ),
        "Took the train to the Royal today instead of driving, so much less stress.",
        "Nice view from the top of the hill by the hospice, we go up there to remember her.",
        (
            "Anyone know if the bridge near the children's hospital is closed for roadworks? "
            "Traffic was murder."
        ),
        (
            "We did the cliff walk at Howth today, first outing since transplant. Masks on, loved"
            " it."
        ),
        (
            "Train-mad toddler update: we watched the fast ones go through the station for an "
            "hour. Cheapest therapy ever."
        ),
        (
            "On the wrong side of the hospital again, they've moved us to the adult unit "
            "overnight because of beds."
        ),
        (
            "Sat on the sea wall eating chips with the kids after his last radiotherapy session. "
            "Perfect."
        ),
        (
            "Trip report for anyone heading to the proton centre: we stayed at the Ronald "
            "McDonald House, about a 10 minute walk along the river. The balcony on the top floor"
            " has a lovely view and the kids' room has a Lego wall. Parking is a nightmare so "
            "take the tram. The staff are incredible. Happy to answer any questions, it was such "
            "a worry for us before we went."
        ),
        (
            "Standing at the end of the pier with an ice cream, he's rung the bell and we're "
            "celebrating."
        ),
        (
            "The Golden Gate was foggy but he was so happy to see it from the car after his last "
            "scan."
        ),
        (
            "The multistorey at the hospital has a lift that's always broken, so it's six flights"
            " with a pram and a feeding pump. We did it today for Finn's three-monthly scan and I"
            " nearly collapsed at the top. Scan was clear though!! Celebrated with a walk along "
            "the river and a hot chocolate from the café by the bridge. Has anyone complained to "
            "the trust about the lift? Worth a go?"
        ),
        (
            "We go to the lake near the hospital every Sunday, my son like to throw stones in the"
            " water."
        ),
        (
            "Lookout point at the national park was worth the drive, first family photo since "
            "diagnosis."
        ),
        (
            "Went down to the harbour wall for a walk with herself, she's able for a bit of "
            "walking now."
        ),
        "The rail line behind the ward is so loud at night, anyone got earplug recommendations?",
        (
            "Climbed to the top of the castle with him on my shoulders, his legs were too tired. "
            "Worth every step."
        ),
        (
            "Update from the coast: we're at the caravan for the week, first holiday in two "
            "years. Jess has energy for the first time in ages. We walked the cliff path (stayed "
            "well back, she's still a bit wobbly), got fish and chips at the harbour and watched "
            "the sun go down from the pier. She said 'this is the best day ever' and I had to "
            "turn away so she didn't see me cry. Back for bloods on Monday."
        ),
    ),
    "child_sad_safe": (
        (
            "Ellie (10) was so angry tonight, screamed that she hates cancer and hates the "
            "hospital. Fair enough honestly."
        ),
        (
            "My son asked me if children can die from cancer. I didn't know what to say. How did "
            "you all handle it?"
        ),
        (
            "Haircut day. His hair had just started growing back after the first block and now "
            "it's coming out again with the new drugs. He cried for an hour, properly sobbed, "
            "said it wasn't fair and he looks like an alien. Then he asked for pizza and a "
            "Minecraft session with his cousin, and by bedtime he was joking that he'd save on "
            "shampoo. Resilient little thing. Any hat recommendations for a 7 year old?"
        ),
        "Our psychologist is working with Mia on her anxiety before scans, it's really helping.",
        (
            "My 8yo asked what happens when you die because her friend from the ward passed. "
            "We're reading 'The Invisible String' together."
        ),
        (
            "Teenager has been very quiet, the psych says it's normal after treatment ends and to"
            " keep the door open."
        ),
        (
            "She told me she's sad all the time since her sister's funeral. We've got her a "
            "bereavement counsellor at school."
        ),
        (
            "Jack says he doesn't want to go back to school because everyone stares at his port. "
            "Any tips?"
        ),
        "My daughter wrote a letter to her cancer telling it to go away. Made me laugh and cry.",
        (
            "Sam punched his pillow for ten minutes today because he can't play football this "
            "season. Just furious. Getting him a punch bag."
        ),
        (
            "Had the hardest conversation today. Our 12 year old asked straight out whether his "
            "cancer could kill him. We'd talked to the psych team beforehand so we were honest: "
            "yes, it can, but the doctors think the treatment has a really good chance of "
            "working, and we'll always tell him the truth. He went quiet, then asked if he could "
            "still go to Scouts camp. He seems okay tonight. Psych is seeing him Thursday. So "
            "proud of him."
        ),
        "My son keeps saying 'I wish I didn't have cancer'. Me too, buddy.",
        (
            "She's angry at me for making her take the meds. Says I'm the worst mum ever. Classic"
            " 13 year old."
        ),
        (
            "Our youngest is playing 'hospital' with her teddies, giving them all chemo. The play"
            " specialist says it's healthy."
        ),
        (
            "My son is sad and cry a lot, he miss school and his friends. We see the psychologist"
            " next week."
        ),
        (
            "He said he doesn't want to do the next round because the sickness is horrible. The "
            "team are changing his anti-sickness meds."
        ),
        "Finn asked if his brother is a star now. We said maybe. He picked the brightest one.",
        (
            "My teenager told her counsellor she's scared of relapse, every ache she gets she "
            "thinks it's back. The counsellor said it's one of the most common fears after "
            "treatment and they're working on a plan for scan weeks. She's sleeping okay, eating,"
            " seeing her mates, and she's actually excited about her Year 11 prom. I'm just glad "
            "she's talking to someone. Anyone else's teen been through scanxiety like this?"
        ),
        (
            "The sibling is struggling. Told me she feels invisible. We're doing special dates, "
            "just her and me."
        ),
        (
            "Looking for advice on a 15yo who's shut down after finishing treatment. No scary "
            "talk, no self-harm, I asked her straight and I believe her, she just says she's "
            "'flat' and doesn't know who she is now without the hospital. She's seeing the "
            "psychologist fortnightly and her friends have been great. Has anyone's teen been "
            "through the 'after' phase? How long did it last? I feel like everyone expects us to "
            "be celebrating."
        ),
    ),
    "dose_questions_ordinary": (
        (
            "Fever at 2am again. What's the max dose of paracetamol in 24 hours for a 20kg child?"
            " I know we're supposed to ring the ward before giving anything with his neutropenia "
            "and I will, the nurse line's just not answering yet. He's 37.9 and grumpy but "
            "drinking. Hospital bag's by the door. Sorry for the 2am panic, I just want the "
            "numbers right when they pick up."
        ),
        (
            "Is 15 units of insulin a lot for a 9 year old? She's just been diagnosed with "
            "diabetes on top of everything. Endo is calling back."
        ),
        (
            "Can someone check, is 2.5ml of oramorph the usual breakthrough dose for a 6 year "
            "old? The label's smudged."
        ),
        "How long does ondansetron take to kick in? He's been sick three times.",
        "Is it safe to give ibuprofen on chemo? I was told no but the GP said yes, confused.",
        (
            "How much morphine is too much for a toddler? Ours is on a PCA and I'm nervous every "
            "time he presses it."
        ),
        "Anyone know how long dexamethasone stays in their system? The mood swings are wild.",
        (
            "The pharmacy gave us 10mg/5ml instead of 2mg/ml. Rang them, they're fixing it. "
            "Always double check your bottles!"
        ),
        (
            "What's the max dose of Calpol in 24 hours for a 4 year old? Feel like I should know "
            "this by now."
        ),
        (
            "Is it okay to give melatonin with his other meds? Asking before I ring the oncology "
            "nurse."
        ),
        (
            "Question for those with kids on home palliative care. Our community nurse has "
            "increased Lily's morphine and said we can give an extra breakthrough dose if she's "
            "in pain. I'm terrified of giving too much. How do you know when it's too much? What "
            "signs do you look for? The nurse says she'll visit daily but the nights are the "
            "worst. Thank you, this group has been my lifeline."
        ),
        (
            "Do adult doses of paracetamol apply to a 14 year old who weighs 50kg? The leaflet "
            "says 'over 16' but she's bigger than me now. Her ward said ring back after 5 once "
            "the pharmacist is in. She's post-op from her knee replacement and the pain's waking "
            "her up. Also, can she have ibuprofen alongside it or is that a no with her "
            "platelets? Thanks, you lot are quicker than the phone line."
        ),
        "How long does it take for the midazolam to work before a scan? He fought it last time.",
        (
            "Insulin question for T1D + leukaemia families: do the steroids send blood sugars sky"
            " high for you too? What dose changes did your team make?"
        ),
        (
            "What is the normal dose of paracetamol for child of 30 kg? I want to be sure before "
            "the night."
        ),
        "How long after the last chemo dose until he can have his vaccines again?",
        "Can you overdose on Movicol? He's had three sachets and still nothing. Sorry for TMI.",
        (
            "Is there a maximum number of times you can give oramorph for breakthrough pain in a "
            "day? Want to know before I call the hospice."
        ),
        (
            "My husband accidentally took our son's antibiotic instead of his own. One tablet. Is"
            " that dangerous? Called 111 anyway."
        ),
        (
            "Fever at 38.2 and we're on our way in. While we wait in triage: our GP wrote one "
            "paracetamol dose and the hospital says a lower one for him because of his liver "
            "function. Which is right? He's 18kg. I don't want to give too much with his liver "
            "already stressed. Also does anyone know if you're allowed to give a dose before they"
            " take cultures? Last time they asked us not to."
        ),
    ),
}
