# ruff: noqa: E501
"""Crisis told indirectly in a parent's voice, and its look-alikes (a development set).

Written in December 2026 by a helper blind to the detector (no detector code, tests or other
data read, no real posts or corpora consulted) from the 988 Lifeline and AFSP warning signs and
the C-SSRS categories: 70 messages a moderator must see, mostly of two to four sentences, the
sign often spread across two of them (a burden, means gathered, a dangerous place, things given
away, a goodbye, hopelessness with a hint of ending, a child's self-harm, a timeline, an aborted
attempt, withdrawal with a farewell), and 50 look-alikes that must stay quiet. ``DEV`` is
measured and mended by class; ``HELD_BACK`` (another writer, the same brief) is only counted
(``scripts/moderation_crisis_paraphrases.py`` never prints its texts).
"""

from .support import QUIET, Case

C = "crisis"

DEV: list[Case] = [
    # ---------------- (A) crisis ----------------
    # burden
    Case(
        "burden",
        "honestly everyone would be better off if i wasn't around to mess things up. my husband handles the appointments better anyway",
        C,
    ),
    Case(
        "burden",
        "I've cost this family so much already. The insurance, the time off, my breakdowns. They'd manage fine without me dragging them down, maybe better.",
        C,
    ),
    Case(
        "burden",
        "Mia's sister told me I'm always crying. She's right. Kids deserve a mum who isn't a weight around their necks, and soon they won't have to carry me.",
        C,
    ),
    Case(
        "burden",
        "Long update, sorry. Scan results came back stable which is good news, oncologist wants to keep the same protocol for another 3 cycles. Ben has been eating better and even went back to school for half days this week. His teacher set up a little video link so he can join when he's tired. My mum is coming to stay for a fortnight to help. I keep thinking she'd be a better parent to him than me anyway, and it'd be a relief for everyone if I just stepped out of the picture for good. Anyway, anyone know good snacks for mouth sores?",
        C,
    ),
    Case(
        "burden",
        "im just a burden now. cant work, cant sleep, cant fix any of it. they'd get the life insurance at least, that would actually help them",
        C,
    ),
    Case(
        "burden",
        "Funny how the only useful thing I could still do for my family is disappear. Then the money from the policy pays off the hospital debt.",
        C,
    ),
    Case(
        "burden",
        "My wife is exhausted from looking after Sam AND me. One less patient in the house would make her life easier. I've been thinking about how to give her that.",
        C,
    ),
    # means
    Case(
        "means",
        "we still have most of Lily's oxycodone from when she came home. i counted it last night. more than enough.",
        C,
    ),
    Case(
        "means",
        "Hospice never collected the morphine after Jacob passed. I've kept it in my bedside drawer. It's comforting knowing it's there for when I decide I'm done.",
        C,
    ),
    Case(
        "means",
        "I've been saving my sleeping pills instead of taking them. Got about two months' worth now. Not sure what I'm saving them for. Well, I am sure.",
        C,
    ),
    Case(
        "means",
        "my brother left his rifle at ours after hunting season. i moved it to my closet. nobody's asked about it",
        C,
    ),
    Case(
        "means",
        "bought rope at the hardware store today. didnt need it for anything in the garden",
        C,
    ),
    Case(
        "means",
        "Does anyone know how long it takes for exhaust to fill a closed garage? Asking for reasons I won't say here.",
        C,
    ),
    Case(
        "means",
        "I looked up how much of Ella's leftover meds would be too much for an adult. Wrote the number down. I feel calmer now that I have a plan B.",
        C,
    ),
    # dangerous_place
    Case(
        "dangerous_place",
        "sitting on the railing at the multistorey car park by the hospital. view's nice. just wanted to say thanks to you all",
        C,
    ),
    Case(
        "dangerous_place",
        "I'm on the bridge near our house. Been here an hour. The water looks very peaceful tonight.",
        C,
    ),
    Case(
        "dangerous_place",
        "at the cliffs where we scattered Noah's ashes. it would be so easy to just follow him",
        C,
    ),
    Case(
        "dangerous_place",
        "standing by the train tracks behind the school. the 11:40 doesn't stop here. i'm so tired",
        C,
    ),
    Case(
        "dangerous_place",
        "On the roof of the hospital car park. Couldn't face going back up to the ward. Don't think I'm going back at all.",
        C,
    ),
    Case(
        "dangerous_place",
        "drove up to the lookout point. engine off, no one around. keep thinking how easy it would be to drive forward instead of back",
        C,
    ),
    Case(
        "dangerous_place",
        "Up on the top floor of the parking garage again. Third night in a row. Tonight feels different.",
        C,
    ),
    # giving_away
    Case(
        "giving_away",
        "Gave my guitar to my nephew today and my good watch to my brother. Told them I wanted them to have something nice while I can still give it.",
        C,
    ),
    Case(
        "giving_away",
        "Spent the weekend sorting the house. Cancelled the gym, gave the dog to my sister who's always loved her. Everything's tidy now, nothing left for anyone to deal with.",
        C,
    ),
    Case(
        "giving_away",
        "i've been giving my stuff away. jewelry to my sister, books to the library. feels good to be light. won't need any of it",
        C,
    ),
    Case(
        "giving_away",
        "Updated my will, put all the passwords in an envelope for my husband, checked the life insurance is paid up and pays out no matter what. Just making sure everything's ready.",
        C,
    ),
    Case(
        "giving_away",
        "gave my gaming pc to my best friend and my hoodies to my sister. told them i wont need them where im going lol",
        C,
    ),
    Case(
        "giving_away",
        "I've cleared out my wardrobe and given everything to the charity shop. Sorted the bank accounts so Tom can access them. Such a relief to have it all in order before I go.",
        C,
    ),
    Case(
        "giving_away",
        "Anyone want a stand mixer, a bike and a pile of baby clothes? Free, collect this week. Clearing out everything. Won't be needing any of it after this month.",
        C,
    ),
    # goodbye
    Case(
        "goodbye",
        "I just want to say this group has meant everything to me. Thank you for holding me up this last year. Take care of each other. Goodbye x",
        C,
    ),
    Case(
        "goodbye",
        "Wrote letters to both kids tonight, for them to open when they're older and I'm not around. Put them in the drawer with my will.",
        C,
    ),
    Case(
        "goodbye",
        "Called my mum and my sister today just to tell them I love them. They thought it was odd. It was the last thing I needed to do.",
        C,
    ),
    Case(
        "goodbye",
        "If I'm not on here tomorrow please know none of this was your fault. You've all been kinder to me than I deserved.",
        C,
    ),
    Case(
        "goodbye",
        "recorded some videos on my phone for maisie to watch on her birthdays. told my husband where the phone is. i think im ready now",
        C,
    ),
    Case(
        "goodbye",
        "Long one. Chemo round 4 done, Ava handled it better than last time, only one night of vomiting. The nurses are angels, we got the good room with the window. My mother-in-law is taking the kids next weekend so I'll finally have the house to myself. I've written a letter for Dan to read after, explaining everything, so he won't have to wonder. Anyway, does anyone have tips for getting a 5yo to take oral meds?",
        C,
    ),
    Case(
        "goodbye",
        "this is my last post. thank u all. i love my boy more than anything and hes better off with his dad",
        C,
    ),
    # hopeless_ending
    Case(
        "hopeless_ending",
        "theres no way out of this. every road ends the same. i just want it to stop, all of it, me included",
        C,
    ),
    Case(
        "hopeless_ending",
        "I can't see a future where I'm still here. Not after this. I'm just waiting for the right moment to stop.",
        C,
    ),
    Case(
        "hopeless_ending",
        "The pain doesn't get better, it just gets quieter until you hear it again. I don't want to keep hearing it. I'm done trying.",
        C,
    ),
    Case(
        "hopeless_ending",
        "Everyone says it gets easier. It doesn't. Six months since we lost Eli and I'm counting the days until I can be with him.",
        C,
    ),
    Case(
        "hopeless_ending",
        "trapped. thats the word. trapped in this body in this house in this life. only one door out and im starting to look at it",
        C,
    ),
    Case(
        "hopeless_ending",
        "I keep falling asleep hoping I just don't wake up. Lately I've been thinking about how to make sure I don't.",
        C,
    ),
    Case(
        "hopeless_ending",
        "What's the point of fighting for a future I'm not going to be in anyway? I don't mean the cancer. I mean me.",
        C,
    ),
    # child_self_harm
    Case(
        "child_self_harm",
        "Found cuts on my 14yo's thighs tonight. She's relapsed and says she'd rather die now than go through transplant again.",
        C,
    ),
    Case(
        "child_self_harm",
        "My son (16, osteosarcoma) told his nurse he's been thinking about how to end it before the next surgery. They only told us today.",
        C,
    ),
    Case(
        "child_self_harm",
        "Jess asked me how many of her pain pills it would take to not wake up. She's 13. I said I didn't know and she went very quiet.",
        C,
    ),
    Case(
        "child_self_harm",
        "im 15 and the patient not the parent. so tired of being sick, i dont want to be alive anymore. been hurting my arms again when the nurses arent around",
        C,
    ),
    Case(
        "child_self_harm",
        "My daughter wrote 'I wish I was dead' in her hospital diary. When I asked, she said she means it and she's thought about how.",
        C,
    ),
    Case(
        "child_self_harm",
        "Found a note in Kai's room saying sorry to us and his brother. He's 12. He says it was 'just a story' but it was addressed to us.",
        C,
    ),
    Case(
        "child_self_harm",
        "Our 17yo keeps saying we should stop treatment so he can just go. Last night I found him leaning out of the open window on the 6th floor of the ward.",
        C,
    ),
    # timeline
    Case(
        "timeline",
        "Once the funeral is done and everyone has gone home I'll be free to go too. Just need to get through Friday.",
        C,
    ),
    Case(
        "timeline",
        "I'm going to wait until she's settled in with her dad. Then there's nothing keeping me here.",
        C,
    ),
    Case(
        "timeline",
        "After Christmas. I'll give the kids one last good Christmas and then I'm done.",
        C,
    ),
    Case(
        "timeline",
        "Promised myself I'd stay until the end of treatment. Last chemo is in three weeks. After that I've kept my promise.",
        C,
    ),
    Case(
        "timeline",
        "just need to see him through his transplant. after that he won't need me and i can finally rest. for good",
        C,
    ),
    Case(
        "timeline", "Her anniversary is on the 14th. I've decided that's the day I'll join her.", C
    ),
    Case(
        "timeline",
        "When my parents get back from holiday they can take the kids and I'll have done everything I need to. I've picked the weekend after.",
        C,
    ),
    # aborted_attempt
    Case(
        "aborted_attempt",
        "I sat in the garage with the engine running last night. Then I heard Lucas coughing through the baby monitor and turned it off.",
        C,
    ),
    Case(
        "aborted_attempt",
        "Got as far as the bridge on Sunday. Stood there a long time. A man walking his dog asked if I was ok and I just went home.",
        C,
    ),
    Case(
        "aborted_attempt",
        "Had all of Toby's leftover morphine lined up on the counter. Then my phone rang, it was the hospital. I put it back in the drawer. It's still there.",
        C,
    ),
    Case(
        "aborted_attempt",
        "I tried the other night. My husband came home early and took the rope down before he realised what it was. He thinks I was hanging a plant.",
        C,
    ),
    Case(
        "aborted_attempt",
        "took a handful of my pills last week. threw them up. nobody knows. not sure if im glad",
        C,
    ),
    Case(
        "aborted_attempt",
        "Drove to the railway crossing at 2am and waited. Nothing came. Drove home and got Sophie ready for clinic like nothing happened.",
        C,
    ),
    Case(
        "aborted_attempt",
        "Long update. Ward round was positive, counts are recovering, they might let us home by Thursday. Pharmacy has sorted the discharge meds. Grandma knitted Leo a hat for his bald head and he won't take it off. On Tuesday night I swallowed a lot of my antidepressants in the car park, then panicked and made myself sick. Haven't told anyone. Anyway, any tips for the first week home after neutropenia?",
        C,
    ),
    # farewell_withdrawal
    Case(
        "farewell_withdrawal",
        "Going to step away from the group and from everyone for a while. Probably for good. Thank you for everything, all of you.",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "I've stopped answering my phone. I've stopped going to the ward. Just wanted to say goodbye properly to the people who understood.",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "haven't left my room in 10 days. deleted all my socials except this. this is the last one i'll delete. bye everyone",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "I won't be around anymore so please take me off the meal rota. It was lovely knowing you all.",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "Left my job, stopped seeing friends, can't face anyone. Easier if I just quietly disappear now. You won't hear from me again.",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "Dont worry about me anymore. I wont be needing the group after this week. Love to all your little warriors",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "Cut everyone off this month. Easier that way. Wanted this group to be the last to hear from me. Look after yourselves.",
        C,
    ),
    # ---------------- (B) look-alikes, QUIET ----------------
    # negated_safe
    Case(
        "negated_safe",
        "Sometimes I feel like everyone would be better off without me, but I'm not going to do anything. I just needed to say it somewhere safe. Seeing my therapist Thursday.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "To be clear I'm safe, I'm not going to hurt myself. I'm just so angry and tired and this is the only place I can vent.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "had a dark night but called 988 and talked to someone for an hour. feeling steadier. going to sleep now, thank you all for checking in",
        QUIET,
    ),
    Case(
        "negated_safe",
        "I used to think about ending it years ago, before the kids. I'm not anywhere near there now. Today was just a bad scan day.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "No, I'm not suicidal, I promise. I just want someone else to make the decisions for one single day.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "Last year after we lost Freya my sister got me to the crisis team. I'm in a much better place now, 14 months with support. Sharing in case it helps someone.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "I'm not giving up, on her or on me. I'm just allowed to cry in the hospital car park for ten minutes, right?",
        QUIET,
    ),
    # illness_talk
    Case(
        "illness_talk",
        "The chemo is killing me. I'm not even the one getting it, I'm just so exhausted from the night feeds and the vomiting.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "Max's counts tanked and they said he could die from an infection if we don't get him in fast. On our way to A&E now.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "Doctor said the pain is probably unbearable at this stage and upped the morphine pump. He's finally sleeping.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "Relapse confirmed. No more curative options. I don't see a way through this for her and I'm devastated. Meeting the palliative team on Monday.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "the steroids make her say she wants to die, she's so hungry and angry all the time. 2 more weeks of dex and then a break thank god",
        QUIET,
    ),
    Case(
        "illness_talk",
        "I feel trapped on this ward. 43 days inpatient and counting. I'd kill for a walk outside and a proper coffee.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "Spent the morning counting out Leah's meds for the weekly pill organiser. 11 different meds now, it's a part-time job.",
        QUIET,
    ),
    # safe_keeping
    Case(
        "safe_keeping",
        "Hospice nurse came today and we handed back all of Jacob's leftover morphine for disposal. Felt strange but it's the right thing.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Bought a lockbox for the oxy. We've got a teenager and his mates round a lot, didn't want it sitting in the kitchen cupboard.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Counting his oxycodone tablets for the pharmacy refill, they need an exact count before they'll dispense more. 14 left.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Our pharmacy has a drug take-back bin. Dropped off the leftover meds from Ruby's last round. Recommend it, they even take liquids.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "My counsellor suggested my husband hold onto my meds for a while during the bad weeks and honestly it's helped. Safety plan is on the fridge.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "We gave the old shotgun to my dad to store at his place when Callum started chemo. Feels better having it out of the house with everything going on.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Does anyone know if you have to return unused fentanyl patches? The hospice said to but I can't work out where to take them.",
        QUIET,
    ),
    # support_other
    Case(
        "support_other",
        "Jen, if you're thinking of ending it please call or text 988 right now. We love you and we want you here.",
        QUIET,
    ),
    Case(
        "support_other",
        "Reading some of tonight's posts: if anyone is feeling like they can't go on, the crisis line is there 24/7. You're not a burden to us.",
        QUIET,
    ),
    Case(
        "support_other",
        "Reminder that the social worker at the children's hospital can help parents find counselling too. Feeling like your family would be better off without you is a symptom, not the truth.",
        QUIET,
    ),
    Case(
        "support_other",
        "Sending love to everyone marking an anniversary this week. If the grief gets too heavy, please reach out, to us, a friend, or 988.",
        QUIET,
    ),
    Case(
        "support_other",
        "I'm so sorry you're in that dark place, Priya. I've been there. Please tell your husband tonight and ring the crisis line, it genuinely helped me.",
        QUIET,
    ),
    Case(
        "support_other",
        "For anyone who needs it: Samaritans 116 123 (UK), 988 (US). Save them in your phone even if you don't need them today.",
        QUIET,
    ),
    Case(
        "support_other",
        "To the dad who posted last week about feeling like a burden: thank you for telling us. Glad to hear you've got a GP appointment. We're here.",
        QUIET,
    ),
    # palliative
    Case(
        "palliative",
        "We've moved to comfort care. Said our goodbyes to Ollie tonight as a family, he fell asleep holding his sister's hand.",
        QUIET,
    ),
    Case(
        "palliative",
        "Wrote letters for Mila to take with her, tucked in with her favourite bunny. The hospice nurse says it could be days now.",
        QUIET,
    ),
    Case(
        "palliative",
        "Hospice started the morphine driver. She isn't in pain anymore. We're just holding her and reading her favourite books.",
        QUIET,
    ),
    Case(
        "palliative",
        "Planning Luke's last birthday party at the hospice this weekend. He wants a dinosaur cake and a bouncy castle.",
        QUIET,
    ),
    Case(
        "palliative",
        "The team says it's time to stop treatment. I never thought I'd be grateful for the word 'peaceful' but here we are.",
        QUIET,
    ),
    Case(
        "palliative",
        "His grandparents flew in to say goodbye. He gave each of them one of his Lego sets. He's so brave.",
        QUIET,
    ),
    Case(
        "palliative",
        "Our daughter asked if she can choose who gets her toys when she dies. We said yes and made a list with her. Heartbreaking and beautiful.",
        QUIET,
    ),
    # bereavement_practical
    Case(
        "bereavement_practical",
        "Funeral home meeting tomorrow for Harry. Does anyone have recommendations for readings or songs for a little one?",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Finally gave some of Ella's clothes to her cousins. Kept her favourite jumper. It's been a year.",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Need advice: since our son died the hospital keeps sending bills in his name. Who do I call to get this sorted?",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "We scattered Noah's ashes at the cliffs where he loved flying kites. Windy and beautiful. He'd have laughed at us.",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Donated Zara's wheelchair and feeding pump to the charity so another family can use them.",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Planning the headstone. We're thinking of a little rocket since he wanted to be an astronaut.",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Putting together a memory box for Isla's first anniversary. Her hospital bracelets, the knitted hat, all the drawings.",
        QUIET,
    ),
    # ordinary_words
    Case(
        "ordinary_words",
        "Ward's on the 9th floor and the view of the river from the parents' room is the only thing keeping me sane lol.",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "Writing my will this week. My husband and I realised we never named a guardian for the kids. Any solicitor recommendations?",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "if i have to sit through one more insurance hold music i'll scream. 47 minutes so far. send coffee and patience",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "Took the kids to the railway museum on Sunday, Finn's first outing since surgery. He wouldn't leave the steam engine.",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "Goodbye party for Nurse Kim tonight, she's moving to the adult unit. Amy made her a card. We'll miss her so much.",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "I'm dead on my feet. Three nights on the fold-out chair. Someone please tell me the parent beds get better.",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "Put my affairs in order, by which I mean I finally opened the pile of post. Found four parking fines. Brilliant.",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "Hiked to the top of the hill as a family today, first time in a year. Jack made it all the way up on his own feet!",
        QUIET,
    ),
]

# Written by another helper to the same brief; counted, never shown.
HELD_BACK: list[Case] = [
    # ---------------- (A) crisis: a moderator must see these ----------------
    # burden
    Case("burden", "honestly everyone would manage better without me dragging them down", C),
    Case(
        "burden", "im just another thing for my husband to look after now. he doesnt need that", C
    ),
    Case(
        "burden",
        "Mum's offered to move in for the next block of chemo so I can go back to work part time, which is kind, and Eli's team are pleased with how he's tolerating the new protocol. But I keep watching her do everything better than me. She's calmer with him, she remembers the meds, she doesn't cry in the car park. I've started thinking the kindest thing I could do for all of them is take myself out of the picture for good and let her step in properly.",
        C,
    ),
    Case(
        "burden",
        "Ollie's sister asked why I'm always crying. She's 8 and she's carrying me. They'd honestly be lighter without me, they'd get over me quicker than they'll get over this.",
        C,
    ),
    Case(
        "burden",
        "Update on Maisie: counts finally recovered so round 3 starts Monday, and the consultant was happy with the MRI. Parking at the hospital is still a nightmare lol. On a different note, I've worked out that the life insurance would clear the mortgage and pay for her care if I wasn't around any more, and honestly I think that's the most useful thing I could be for them now. Anyway, thanks for the tips on the mouth sores, the honey trick worked.",
        C,
    ),
    Case(
        "burden",
        "im 15 and my parents have spent all their savings on me. if i wasnt here they could stop. they could have a normal life with my brother. i think about that a lot tbh",
        C,
    ),
    Case(
        "burden",
        "As the grandparent in this group I mostly lurk. Our grandson is in maintenance now and doing well, touch wood. My daughter is exhausted and I try to take some of the load, but my own health is going and I'm turning into another patient for her to worry about. I've told my husband I won't be a second burden on this family. I've decided I won't let it come to that, one way or another. Sorry to be gloomy, I'll go back to knitting hats for the ward.",
        C,
    ),
    # means
    Case("means", "kept all of Jamie's leftover morphine. didn't hand it back. you know why", C),
    Case("means", "been putting a few of my sleeping tablets aside each week. just in case.", C),
    Case(
        "means",
        "Does anyone know if the leftover oramorph from the hospice would be enough for an adult? Asking for me, not for her.",
        C,
    ),
    Case(
        "means",
        "Scan day went better than expected, the tumour's shrunk by about a third and Dr Patel actually smiled. Drove home, put the kids to bed, then went out to the garage where my brother's shotgun is still in the cabinet from when he stayed with us last year. I sat with it on my lap for a long time. I put it back, but I haven't told anyone it's there or that I've been out to look at it three nights this week.",
        C,
    ),
    Case(
        "means",
        "Small wins: Grace kept her dinner down, first time in 4 days, and the home nurse says her line site looks clean. I did the big shop on the way back and picked up a rope at the hardware place, told the bloke it was for the garden. We haven't got a garden project. It's in the boot of the car. I just wanted someone to know it's there, in case I don't say anything else.",
        C,
    ),
    Case(
        "means",
        "i keep sitting in the car in the closed garage with the engine running a bit longer each night. havent told anyone",
        C,
    ),
    Case(
        "means",
        "Good news first: Theo's liver numbers are back in range so they're restarting the full dose of his maintenance chemo. Bad news is me. I've been reading up at night about which of his medicines and mine are the most dangerous in an overdose, and I've stopped taking my own prescription so I can save it up instead. It's in a sock at the back of my wardrobe. My husband doesn't know any of this.",
        C,
    ),
    Case(
        "means",
        "Found out where my dad keeps the key to his gun cabinet. Funny how that's all I think about now.",
        C,
    ),
    # dangerous_place
    Case("dangerous_place", "on the bridge by the hospital. the water looks calm from up here", C),
    Case(
        "dangerous_place",
        "on the platform letting the fast trains go by. not sure about the next one",
        C,
    ),
    Case(
        "dangerous_place",
        "I'm on the top floor of the multi-storey at the hospital. Came up for air after the consultant meeting. Haven't gone back down and I'm not sure I'm going to.",
        C,
    ),
    Case(
        "dangerous_place",
        "parked at the cliff top we used to take the kids to. engine off, door open. just wanted someone to know where I am",
        C,
    ),
    Case(
        "dangerous_place",
        "Sorry this is rambly. Leo's transplant is delayed again because of the infection, they think two more weeks at least. I've been at the hospital 19 days straight. Tonight I walked out and ended up on the railway bridge on Station Road, and I'm still here now, sitting on the wrong side of the railing. The trains go under every ten minutes or so. I don't really know why I'm typing this.",
        C,
    ),
    Case(
        "dangerous_place",
        "at the beach where we scattered Amelia. walked out till the water's at my waist. its so cold it doesnt hurt anymore. not sure im walking back",
        C,
    ),
    # giving_away
    Case("giving_away", "Anyone local want my car? Free. Won't be needing it after this month.", C),
    Case(
        "giving_away", "gave my rings to my sister today. told her I wanted her to have them now", C
    ),
    Case(
        "giving_away",
        "I've put my guitar and all my records on the free page and cancelled my phone contract from the 30th. Feels good to have everything sorted. Nothing left to tie me down.",
        C,
    ),
    Case(
        "giving_away",
        "Made a list of who gets what and left it in the kitchen drawer with all the passwords. My husband will find it when he needs it. Just feels like the responsible thing to do.",
        C,
    ),
    Case(
        "giving_away",
        "Quick update: Tobias finished radiotherapy on Friday and rang the bell, lots of tears. He's wiped out but ok. Other news, I've spent the week sorting my things. Dropped my good coat and boots at the charity shop, gave my sister the jewellery from Mum, wrote down all the pin numbers for my husband. I feel calmer than I have in months, like I've finally got a plan. Thank you all for everything this past year.",
        C,
    ),
    Case(
        "giving_away",
        "Since Noah died I've been sorting his room bit by bit, which the bereavement nurse says is normal and healthy. But this week it's been my things. My wedding dress, my laptop, my camera, the bike, all in donation bags or handed to friends. I've cancelled my gym and sent my sister the solicitor's number. I don't think I'll need any of it. It feels tidy, like I'm finishing up.",
        C,
    ),
    # goodbye
    Case(
        "goodbye", "Thanks for everything you lot. This is goodbye, I won't be here tomorrow x", C
    ),
    Case("goodbye", "tell my little man mummy loved him more than anything. sorry", C),
    Case(
        "goodbye",
        "Rang my mum and my best friend tonight just to tell them I love them. They thought it was sweet. They don't know it was goodbye.",
        C,
    ),
    Case(
        "goodbye",
        "Went to the Tuesday group at the centre one last time this week. Nadia's scans were clear again, I brought the good biscuits, we laughed about the vending machine that eats your coins. If anyone from there sees this: you were the best people I met this year. I hugged each of you a bit longer than normal because I knew it was the last time. Please keep an eye on Ellie's dad for me. I won't be around to do it.",
        C,
    ),
    Case(
        "goodbye",
        "Round 4 done, neutrophils bouncing back, no admission this time which is a small miracle. I want to say something while I can. You lot got me through the diagnosis, the first relapse and that week in ICU. I've written letters for the kids and for Dan, they're in my bedside drawer, to be opened after. I hope you'll look out for them in here. I love you all. That's all.",
        C,
    ),
    Case(
        "goodbye",
        "bye everyone. sorry for being so much work. tell the nurses on ward 7 they were nice to me and it wasnt their fault",
        C,
    ),
    # hopeless_ending
    Case("hopeless_ending", "there's no way out of this that doesn't end with me gone", C),
    Case("hopeless_ending", "cant see a version of next year with me in it", C),
    Case(
        "hopeless_ending",
        "Update: the second line treatment hasn't worked, so they're talking about a phase one trial in another city, four hours away. Work have said they can't hold my job past next month. Mark has moved into his brother's. Every door I push closes. I keep telling everyone I'm fine because what else do you say. I'm so tired of waiting for it to get better and I think I've decided to stop waiting. There's only one thing left I actually have any control over.",
        C,
    ),
    Case(
        "hopeless_ending",
        "feel like im trapped in a room with no door and the walls keep getting closer. theres only one way out and I keep looking at it",
        C,
    ),
    Case(
        "hopeless_ending",
        "Bloods were ok today, and the new anti-sickness med is working so at least Sophie's eating a bit. I should be pleased. But I lie awake every night doing the maths and it never comes out right. Another relapse means no more options here, we'd have to go abroad, we can't afford it, and I can't watch her go through it again. I've stopped being scared of the idea of just not waking up. Some nights I think I'd make sure of it.",
        C,
    ),
    Case(
        "hopeless_ending",
        "Honestly can't be arsed fighting any more. Not the illness, not the council, not any of it. Think I'm ready to just switch myself off for good.",
        C,
    ),
    Case(
        "hopeless_ending",
        "It's been eight months since Freddie. People say it gets easier. It doesn't. I go to work, I come home, I sit in his room. My husband has buried himself in his job. There's nothing ahead of me that I want to see. I keep thinking I'd just like to go and be where he is, and the thought doesn't frighten me the way it probably should.",
        C,
    ),
    # child_self_harm
    Case(
        "child_self_harm",
        "found cuts on my 14yo's arms tonight. she says she wants to die. what do i do",
        C,
    ),
    Case(
        "child_self_harm",
        "My son (12, leukaemia) told me today he wishes the cancer would just hurry up and kill him so it's over. He said it very calmly. I don't know if that's normal.",
        C,
    ),
    Case(
        "child_self_harm",
        "Our 16 year old has been hiding her pain meds under her tongue and spitting them into a tissue. I found a little pile of them in her room. She won't tell me why.",
        C,
    ),
    Case(
        "child_self_harm",
        "Mostly good news: Aiden's scans are stable and he's back at school part-time. But I need advice. His teacher rang because he wrote a story where the main boy 'goes to sleep forever so his mum can stop crying'. Tonight I found a note under his pillow that said sorry mum. He's 10. He's also been scratching his legs until they bleed and says it doesn't hurt. Has anyone dealt with this?",
        C,
    ),
    Case(
        "child_self_harm",
        "Not about the patient for once. Her big brother is 15 and has been in a really dark place since the relapse. He's stopped going to football, barely eats, stays in his room. Last night I saw his search history on the family laptop, he'd been looking up how many of her tablets would be too many for someone his size. He says it was just curiosity for a school project. Her social worker is off this week. Who do I even call?",
        C,
    ),
    Case(
        "child_self_harm",
        "daughter (17) burned herself with a lighter again and said next time she wont stop. we're on the waiting list for camhs. im terrified",
        C,
    ),
    # timeline
    Case("timeline", "after her birthday on friday i'm done. just want to get her to friday.", C),
    Case("timeline", "giving it till the end of the month. if nothing changes thats it", C),
    Case(
        "timeline",
        "Lily's last chemo is in three weeks and then she moves to maintenance, which her consultant says is the home stretch. My mum has agreed to have her and her brother for the summer while I 'rest'. Everyone keeps congratulating me on getting her this far. That's all I was ever holding on for. Once she's settled at Mum's I'll have done my job and I won't need to be here any more. Three weeks.",
        C,
    ),
    Case(
        "timeline",
        "I've set a date. Not telling anyone what for. Just that things will be sorted by the 14th and nobody will have to worry about me after that.",
        C,
    ),
    Case(
        "timeline",
        "Update for those following: the trial team have accepted us, first infusion is next Tuesday, and Grandma's flying in to help for the first month. So Harry will be well looked after. That's honestly all I needed to know. I've been holding on until I was sure he'd be in safe hands, and now he will be. Once Grandma's settled in I'm going to let go. I'm at peace with it.",
        C,
    ),
    Case(
        "timeline",
        "The anniversary is on the 3rd. I've decided I'm not going to see another one without her. I've got everything ready.",
        C,
    ),
    # aborted_attempt
    Case(
        "aborted_attempt",
        "had the pills in my hand last night. put them back when the baby monitor went",
        C,
    ),
    Case("aborted_attempt", "drove to the bridge last night. came home. next time i might not", C),
    Case(
        "aborted_attempt",
        "We got the results from the lumbar puncture, still clear, thank god. The play team did a birthday party on the ward for him, balloons everywhere. I should have posted that on Sunday, but on Sunday I tried to end it. My husband came home early from his shift and found me and stopped me. We haven't talked about it since, he just hides the car keys and the tablets now. I'm still here but I don't feel any different and I don't know for how long.",
        C,
    ),
    Case(
        "aborted_attempt",
        "took a load of tablets on tuesday then panicked and made myself sick. nobody knows. feel stupid and still feel exactly the same as before",
        C,
    ),
    Case(
        "aborted_attempt",
        "I've been quiet in here for a bit, sorry. Rosie's in remission, which everyone keeps saying should make me happy. Last week I went up to the roof of the hospital car park after her appointment and climbed over the barrier. A security guard shouted and I climbed back. I told him I'd dropped my keys. I haven't told my GP or my wife. Everything looks normal from the outside but I don't think I've really come back down from that roof.",
        C,
    ),
    Case(
        "aborted_attempt",
        "my mum found me in the bathroom before i could go through with it. now she watches me all the time. i just want it over, the cancer and everything",
        C,
    ),
    # farewell_withdrawal
    Case(
        "farewell_withdrawal", "leaving the group. wont be around anymore. thanks for everything", C
    ),
    Case(
        "farewell_withdrawal",
        "deleting all my accounts tonight. it's time. look after each other x",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "Haven't been posting much because I've stopped talking to anyone really. Not my sister, not the school mums, not even the nurses beyond yes and no. Jack's doing ok, counts are climbing and he's been allowed home for the weekend. This will be my last message in here. You don't need to reply, I won't be reading them. I just didn't want to vanish without saying thank you to the only people who understood. Take care of your babies.",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "I've unfollowed everyone and I'm leaving all the groups. Not because of anything anyone said. I just won't need them where I'm going. Love to all the little warriors.",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "This is my last post. Ben's in the safe hands of the oncology team and his dad, they're better at this than me anyway. I've pulled out of everything, work, church, the school run rota. My phone will be off from tonight. I wanted to say goodbye to you properly because you were the only people who really got it. Please don't try to find me, I've made my choice and I'm calm about it.",
        C,
    ),
    Case(
        "farewell_withdrawal",
        "Our angel's been gone a year today and I think I've stayed as long as I can. Signing off from this group and from everything else. Thank you for holding me up this long.",
        C,
    ),
    # direct
    Case("direct", "i want to die. i mean it this time", C),
    Case("direct", "I'm going to kill myself tonight. I'm sorry", C),
    Case(
        "direct",
        "I keep wishing I could just go to sleep and not wake up. Tonight I'm thinking about making that happen. I'm not ok.",
        C,
    ),
    Case(
        "direct",
        "Not being dramatic but I'm going to end my life. I've thought it through. I just can't keep living like this while my baby suffers.",
        C,
    ),
    Case(
        "direct",
        "Day 40 on the ward. Mateo's mucositis is awful, he can't swallow, back on the PCA. The nurses are angels. I've been holding it together for everyone but I need to tell someone honestly: I've been planning to kill myself. I've thought about how and when. The only thing stopping me is I don't want him to hear about it while he's this sick. I don't know what to do with that.",
        C,
    ),
    Case(
        "direct",
        "im so done with this. ive had enough treatment and enough of everything. i dont want to be alive anymore and i dont care who knows it",
        C,
    ),
    # ---------------- (B) look-alikes that must stay quiet ----------------
    # negated_safe
    Case("negated_safe", "just venting. I'm safe, not suicidal, just really really tired", QUIET),
    Case(
        "negated_safe",
        "had dark thoughts last month, told my GP, got a plan now and feeling steadier",
        QUIET,
    ),
    Case(
        "negated_safe",
        "To be clear after my post yesterday, I'm not going anywhere. I was furious, not in danger. My counsellor and I have a safety plan and my husband knows everything.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "Two years ago, right after diagnosis, I honestly thought everyone would be better off without me. I told my GP, got referred, did twelve weeks of therapy and started meds. I'm posting because a few newer parents have messaged me privately feeling the same. It does shift. Last week Poppy rang the end of treatment bell and I was there, crying and filming on my phone, so glad I stayed. Please tell someone if you're there now.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "Quick update after a few of you checked in: Arlo's count recovery was slow, so no discharge yet, but he's bored and annoying the nurses which is a great sign. I know I sounded bleak on Friday. I want to reassure everyone I'm not in the bad place I was last winter. I have no plans to hurt myself, I'm sleeping a bit better, and my next counselling session is booked for Thursday. Just a rough week in a long run of them.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "No I don't want to die, I want to sleep for about a week straight lol",
        QUIET,
    ),
    Case(
        "negated_safe",
        "Someone at the support evening asked me, very gently, whether I ever think about ending it. The honest answer is no. I get overwhelmed, I cry in the car, I've screamed into a pillow more than once, but I've never wanted to not be here. I want to be here for every boring Tuesday of her life. I'm saying this because I think it's ok to talk about, and if your answer is different from mine, please tell someone today.",
        QUIET,
    ),
    # illness_talk
    Case("illness_talk", "this chemo is killing me and I'm not even the one having it lol", QUIET),
    Case(
        "illness_talk", "the steroids have him ready to murder everyone for a slice of toast", QUIET
    ),
    Case(
        "illness_talk",
        "Ava yells that it's killing her every time they access her port. Play specialist says that's very normal at 5. Numbing cream an hour earlier has helped loads.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "The blast count is dead on zero, which is exactly what we wanted. Consultant said the leukaemia is killed off for now. Never thought I'd cheer at the word dead.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "END OF TREATMENT DAY! Final dose of vincristine went in at 11.42, last lumbar puncture done, and they've booked the line removal for next month. Three years, two months and six days. He chose the song for the bell and it was the Minecraft theme, obviously. I keep waiting for someone to tell me it's a mistake. The nurses on the day unit made a banner. I don't know who I am when I'm not counting tablets but I'm very happy to find out.",
        QUIET,
    ),
    Case(
        "illness_talk",
        "Radiotherapy week 3 of 6. The mask is the hardest bit, he says it feels like being buried alive for ten minutes, but he's got a routine now and counts to 100 in French. By Friday afternoon he's flat on the sofa saying he's dying, by Sunday he's back on the Xbox shouting at his mates. They warned us the fatigue builds so weeks 5 and 6 will be worse. Any tips for feeding a 13yo when everything tastes of metal?",
        QUIET,
    ),
    Case(
        "illness_talk",
        "Told the oncologist I felt like I was drowning in all the med schedules. She got us a pharmacy nurse who made a colour-coded chart. Game changer.",
        QUIET,
    ),
    # safe_keeping
    Case(
        "safe_keeping",
        "how do I get rid of leftover oramorph safely? hospice said pharmacy?",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Took a whole carrier bag of Josh's old meds back to the pharmacy today for disposal. Felt weirdly good to clear the cupboard at last.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Tip: we keep all his meds in a locked cash box in the top cupboard, key on my keyring. With a toddler sibling around it's the only way I sleep at night.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Question about storage. We've been sent home with a lot: ondansetron, dex, the liquid morphine, septrin at weekends, plus the mouthwash and creams. Our three year old has just learned to climb onto the worktop, so the health visitor suggested a lockable box for anything that could hurt her. Anyone got one they'd recommend that fits in a fridge door? The morphine doesn't need the fridge but a couple of the others do.",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Bit of a practical one. Since my dad passed, his old shotgun has been in our loft, licensed and all that. With Sam home on steroids and his friends piling round for Xbox, plus a curious three year old, we decided we didn't want it in the house at all. My cousin has a proper cabinet so it's gone to his for now, and the firearms officer was helpful about the transfer. One less thing to think about. Anyone else done this?",
        QUIET,
    ),
    Case(
        "safe_keeping",
        "Pharmacy takes back sharps boxes too btw, just hand them over the counter",
        QUIET,
    ),
    # support_other
    Case(
        "support_other", "@Jo please ring 988 tonight, you don't have to hold this alone x", QUIET
    ),
    Case(
        "support_other",
        "If anyone reading this feels like they can't go on, Samaritans are on 116 123 any time, day or night. I've called them twice this year and they were kind.",
        QUIET,
    ),
    Case(
        "support_other",
        "Mods, I've messaged Kerry privately, she says she's safe and her sister is on her way over to stay. Just letting you know so you're in the loop.",
        QUIET,
    ),
    Case(
        "support_other",
        "To the dad who posted last night about standing on the bridge: I hope you're reading this, and I'm so glad the mods got hold of you. I was in a very similar place two years ago when our son relapsed. What helped me was saying it out loud to one real person. If it comes back, please call 999 or the crisis line straight away, or message any of us. You matter to your kids far more than you can feel right now.",
        QUIET,
    ),
    Case(
        "support_other", "If the dark thoughts come, text SHOUT to 85258. No shame in it x", QUIET
    ),
    Case(
        "support_other",
        "A few of you asked how I got through the months after Evie's relapse when I really wasn't ok. Honestly it was: telling my GP the whole truth instead of the polished version, a crisis team who visited daily for three weeks, my sister taking the night shifts, and this group at 3am. If you're there now, please ring 988 or your GP or anyone. It doesn't make you a bad parent. It makes you a parent who's still here for them.",
        QUIET,
    ),
    # palliative
    Case(
        "palliative",
        "moving to end of life care this week. she wants to be home in her own bed",
        QUIET,
    ),
    Case(
        "palliative",
        "Hospice have said it could be days now. We're saying our goodbyes, his grandparents are flying in tomorrow. Please keep us in your thoughts.",
        QUIET,
    ),
    Case(
        "palliative",
        "Writing this from his bedside at the hospice. The syringe driver is in and the nurses say he's comfortable. We've stopped the chemo, no more scans, no more needles. We've read him all his favourite books and said everything we wanted to say. His little sister climbed up and kissed him goodbye tonight and told him to say hi to the dog. I don't know how long we have. Thank you for walking this road with us.",
        QUIET,
    ),
    Case(
        "palliative",
        "She's been giving her toys away to her cousins and writing little letters for everyone. The play therapist says it's her way of getting ready. It's breaking me but it's beautiful.",
        QUIET,
    ),
    Case(
        "palliative",
        "We've made the decision to stop treatment. The relapse is everywhere and another round would only take away the time we have left. We're focusing on comfort now, and the hospice team came out today and were wonderful. He asked me last night if it would hurt to die and I told him no, that the nurses would make sure of it. Then he asked if he could have pancakes for every breakfast from now on. Yes, baby. Yes.",
        QUIET,
    ),
    Case("palliative", "morphine pump started today. he's peaceful. just holding his hand", QUIET),
    # bereavement_practical
    Case(
        "bereavement_practical",
        "funeral is Thursday at 11, anyone from the group is welcome",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Does anyone know what to do with the leftover meds after a child has died? The hospice nurse mentioned it but I was too numb to take it in.",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "We're choosing a headstone this week and finding it so hard to pick the words. If anyone has something they used that helped, I'd love to hear it.",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Practical question for bereaved parents. It's been four months and we feel ready to start on Leo's room. We're donating his Lego to the ward playroom, his books to his old school and his football kits to the club. We're keeping his blanket, his glasses and all the drawings. My husband wants to paint the room but I'm not ready for that. How did you decide what to keep and what to give away? All at once or bit by bit?",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Six months since we lost Isla. This week I finally finished the paperwork: extra copies of the death certificate, closed her junior savings account, cancelled the disability benefit, returned the wheelchair and feeding pump to the community team. Every phone call you have to say it again. One lady at the bank was so kind she cried with me. If anyone newly bereaved in the UK needs the list of who to contact, message me, I've typed it up.",
        QUIET,
    ),
    Case(
        "bereavement_practical",
        "Scattering his ashes at the beach this Saturday, the one where he learned to swim. Bereaved parents from the group are welcome, bring a pebble.",
        QUIET,
    ),
    # leaving_ordinary
    Case(
        "leaving_ordinary",
        "Signing off for a while, need a break from screens. Back in a month x",
        QUIET,
    ),
    Case(
        "leaving_ordinary",
        "Great news, Finn is 5 years clear! I think it's time I left the group and made space for newer families. Thank you for everything, truly.",
        QUIET,
    ),
    Case(
        "leaving_ordinary",
        "This will be my last post for a while. My husband's job is moving us to Canada next month, so Kai's follow-up will transfer to the children's hospital in Toronto. His consultant has written a huge handover letter and we've already had a video call with the new team. I'm sad to leave this group, you've been my lifeline since diagnosis. I'll look for a Canadian group once we've settled. Keep posting Kai's bell photo when newbies need hope!",
        QUIET,
    ),
    Case(
        "leaving_ordinary",
        "Leaving the group for now as the notifications are too much during my exams (doing my nursing top-up degree, of all things). Will rejoin in summer. Love to all.",
        QUIET,
    ),
    Case(
        "leaving_ordinary",
        "Muting the group for a few weeks, my therapist suggested less doomscrolling",
        QUIET,
    ),
    Case(
        "leaving_ordinary",
        "Goodbye for now, everyone. Zara's day +100 marrow checks came back with full donor chimerism and the transplant team are thrilled. We're going on our first holiday in three years next week. I've deleted the app from my phone because I caught myself checking it at 3am even on good nights, and my counsellor says it's time to live in the normal world for a bit. I'll pop back to read in the autumn. Thank you for holding us up.",
        QUIET,
    ),
    # ordinary_words
    Case(
        "ordinary_words",
        "if I see one more parking fine at this hospital I'm jumping off the roof lol",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "so tired I could sleep for a hundred years. coffee is my whole personality",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "For his end of treatment treat Jayden asked to go up the Shard, so that's what we did on Saturday. He'd been saving the idea up for months and drew it on his ward whiteboard. At the top he pressed his nose to the glass and tried to find the hospital. Tickets were pricey but worth every penny, and the staff let him skip the queue when they saw his beanie and his NG tube. Highly recommend if your little one loves high places.",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "The drive to the specialist centre is two hours each way on the M6. Any tips for keeping a poorly six year old entertained in the car?",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "Boring adult admin post. Our social worker suggested that, with a child who has complex needs, we should both sort out proper wills and guardianship in case anything ever happened to either of us. We're both healthy, this is just sensible. The solicitor was 300 quid for mirror wills plus a letter of wishes about who manages Ruby's care and her trust fund. If you've been putting it off like we did, it took two hours and was oddly reassuring.",
        QUIET,
    ),
    Case(
        "ordinary_words",
        "My husband has bought a rope ladder for the treehouse as a remission present. I have been banned from holding the drill.",
        QUIET,
    ),
]
