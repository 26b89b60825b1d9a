# ruff: noqa: E501
"""Crisis in a parent's voice and its look-alikes: a second sealed set, counted only.

Written on 2026-12-05 (second session of the day) by a helper blind to the detector, to every
other set and to the training sentences (``moderation.training.written``): 70 messages a
moderator must see (7 for each of ten warning signs of the 988 Lifeline, AFSP and C-SSRS, at
least 5 of each 7 with no words of suicide or death; a parent reporting a child's self-harm is
one of the ten) and 55 look-alikes that must stay quiet. Counted before and after a change to
the warning-sign head (``scripts/moderation_crisis_paraphrases.py``, ``final2-held``, never
printed); its texts were never shown to the engineer. Two crisis cases sat within
``test_catalogues_apart.APART`` of a training sentence and were dropped unseen: 68 remain.
"""

from .support import QUIET, Case

HELD_BACK: list[Case] = [
    Case(
        "burden_better_off",
        "honestly my family would be better off without me. i'm just another thing for my husband to look after on top of Mia's chemo",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "Day 3 inpatient for Leo's neutropenic fever. Counts still zero and they started a second antibiotic this morning. Nurses are lovely. I keep thinking everyone here would cope fine, maybe better, if I just wasn't in the picture anymore. Anyway, update tomorrow.",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "im a burden to every1. mum drives 2hrs to help, my partner cant work bc of me. theyd all be freer if i was gone for good",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "reply to @Sarah: thanks for checking in. not really ok tbh. i've started to believe the kids would be happier with someone else raising them. i'm just dead weight to all of them",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "Nobody would even notice if I wasn't here. Well, they'd notice, but they'd be relieved. One less person for everyone to worry about.",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "My life insurance would clear all the medical debt if I was gone. Some nights I think that's the most useful thing I could ever do for them.",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "I told my sister they'd all be better off if I died and she laughed like it was a joke. It wasn't a joke.",
        "crisis",
    ),
    Case(
        "means_gathering_or_method",
        "been saving my own sleeping pills for a few weeks now instead of taking them. theres enough in the drawer now. just knowing theyre there helps",
        "crisis",
    ),
    Case(
        "means_gathering_or_method",
        "Quick update: Ava's MRI was stable, huge relief. Maintenance starts next month. I've also kept back the leftover oxycodone from her last surgery and I know exactly how many it would take for me. Thanks all for the prayers.",
        "crisis",
    ),
    Case(
        "means_gathering_or_method",
        "bought rope at the hardware store today. didnt need it for anything. spent an hour in the garage looking up at the beam",
        "crisis",
    ),
    Case(
        "means_gathering_or_method",
        "Does anyone know how much of the oral morphine we were sent home with would be too much for an adult? Asking for me, not him.",
        "crisis",
    ),
    Case(
        "means_gathering_or_method",
        "my brother left his hunting rifle at ours when he moved out. tonight i got the cabinet key out and just sat on the floor holding it",
        "crisis",
    ),
    Case(
        "means_gathering_or_method",
        "been googling how many of my antidepressants it would take. cleared the history after. idk why im telling u all this",
        "crisis",
    ),
    Case(
        "means_gathering_or_method",
        "I've been reading about ways to kill myself that wouldn't leave a mess for whoever found me. I've started writing a list of what I'd need.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "drove to the multistorey after clinic and went up to the roof and stood right at the edge for ages. i didnt want to come back down",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "There's a bridge on our route to the children's hospital. Every time we cross it now I picture stopping the car and climbing over the railing. Today I actually pulled over.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Treatment update: Noah finished cycle 4, counts recovering and the oncologist is pleased. On the drive home alone I kept thinking how easy it would be to steer into an oncoming lorry and be done with all of it. Cycle 5 starts on the 14th.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "went for a walk last night and ended up at the train tracks. waited for one to come. i left before it did but i dont know if i will next time",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "reply to @Dan: yeah the coast is beautiful. i went up to the cliff top on my own on sunday and sat with my legs over the edge thinking about leaning forward. didnt tell my wife",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "been driving way too fast on the motorway on purpose, no seatbelt. kind of hoping i crash and die so it looks like an accident",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I went up to the top floor of the hospital car park tonight meaning to jump. A security guard walked past and I went back inside. I don't know why I'm telling strangers this.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Just wanted to say thank you to everyone here. You've all been so kind to me and Ellie. I won't be around after this week. Please look after each other.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "gave my wedding ring and my nan's necklace to my sister today. told her she should have them now rather than later. she looked at me funny",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Finished writing a letter to each of the kids and one to my husband. They're in the desk drawer where he'll find them. Feels like a weight is off.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Ruby's scans are next week, fingers crossed. She's been brilliant. I've sorted out all my affairs and rehomed my dog with the neighbour so there's one less thing for anyone to deal with. Love you all, this group has meant everything to me.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "if i dont post again, just know u guys were the best part of all this. sorry for everything",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "I've been giving away my things. My guitar, my books, my good winter coat. That way nobody has to clear out my stuff afterwards.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "This is my goodbye post. I'm sorry. Please tell Jack's nurses thank you from me.",
        "crisis",
    ),
    Case(
        "plan_or_decided",
        "i've decided. once lucas finishes his last round and is home safe i'm going to do it. i just need to get him to the end first",
        "crisis",
    ),
    Case(
        "plan_or_decided",
        "I have a date now. The 21st, after my husband's back from his work trip so the kids won't be alone.",
        "crisis",
    ),
    Case(
        "plan_or_decided",
        "Thanks for the tips on the port dressing. Sophie's line infection is clearing and she's eating again. I've made up my mind about my own situation and I know how and when. Please don't worry about Sophie, her dad will manage.",
        "crisis",
    ),
    Case(
        "plan_or_decided",
        "made a plan. pills and the car in the garage on sunday when everyone's at my mum's. i'm not even scared anymore",
        "crisis",
    ),
    Case(
        "plan_or_decided",
        "reply: no i'm not going to the gp. there's no point, i've already worked it all out. it'll be this weekend",
        "crisis",
    ),
    Case(
        "plan_or_decided",
        "Not asking for advice. I've chosen the night and written the note. I just didn't want to go without telling someone first.",
        "crisis",
    ),
    Case(
        "plan_or_decided",
        "I'm going to kill myself on Friday. I'm telling you because I need someone to know.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "theres no way out of this. every door is shut. i cant keep doing this and i cant stop doing it",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "Relapse confirmed today. They want to try a phase 1 trial and I said yes, because what else do you say. But I can't see any version of the future I'd want to be in. Nothing is ever going to get better for me.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "reply to @Jo: thanks but no, it won't get better. it never gets better. i'm done pretending there's a way through this",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "I can't see a single reason to keep going. I'm trapped and there's only one exit left.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "cant breathe cant sleep cant fix it cant leave. stuck in this forever and i honestly cant bear another week of it",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "Sometimes I think death is the only way out of this situation for me.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "I feel weirdly peaceful today, first time in months. I've made my decision and everything is so clear now.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "dont worry about me anymore guys, i've figured it all out. i'm calm now. everything will be sorted soon",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "Update on Maya: ANC is up to 800 so we got home for the weekend! She had pancakes. As for me, I'm finally at peace. I know what I'm going to do now and it's such a relief to have it settled. Thank you for everything, all of you.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "reply to @Priya: no I'm not upset anymore. I was, but I'm not. It all makes sense now. I won't need to worry about any of it after next week.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "first proper sleep in months. knowing it'll all be over for me soon has taken the weight right off",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "My husband says I seem so much better this week. I am. I've stopped fighting and accepted I won't be here much longer, and everything inside has gone quiet.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "Now that I've decided on suicide I feel calm for the first time since the diagnosis. Like a storm has passed.",
        "crisis",
    ),
    Case(
        "wish_to_be_dead_passive",
        "Some nights I pray I'll get cancer too so I can just stop. Not be here. Not feel any of this.",
        "crisis",
    ),
    Case(
        "wish_to_be_dead_passive",
        "Tom's counts dropped again so we're back in for a transfusion tomorrow. Long day. Honestly I wish I could fall asleep and never have to wake up again. Will update after.",
        "crisis",
    ),
    Case(
        "wish_to_be_dead_passive",
        "wish i could just disappear. not go anywhere, just stop existing",
        "crisis",
    ),
    Case(
        "wish_to_be_dead_passive",
        "reply: I know you mean well but I don't want to feel better. I just want to not be here anymore.",
        "crisis",
    ),
    Case(
        "wish_to_be_dead_passive",
        "if a bus hit me on the way to the ward tomorrow i think i'd be relieved tbh",
        "crisis",
    ),
    Case(
        "wish_to_be_dead_passive",
        "I wish I was dead. Simple as that.",
        "crisis",
    ),
    Case(
        "self_harm_own",
        "started cutting again last night. first time in 8 years. hid it under my sleeves at clinic today",
        "crisis",
    ),
    Case(
        "self_harm_own",
        "I've been scratching my arms until they bleed after the night nurses leave. It's the only thing that quiets my head.",
        "crisis",
    ),
    Case(
        "self_harm_own",
        "Quick update: Jacob's lumbar puncture went well, no blasts in the CSF. So relieved. I burned my arm with a lighter in the parking garage afterwards just to feel something other than fear. Back Thursday for chemo.",
        "crisis",
    ),
    Case(
        "self_harm_own",
        "hit my head against the bathroom wall til i saw stars. its the only way i can stop myself screaming",
        "crisis",
    ),
    Case(
        "self_harm_own",
        "reply to @Kim: yeah i know i should get the cuts looked at, a couple are pretty deep. i'll be fine",
        "crisis",
    ),
    Case(
        "self_harm_own",
        "Been punching walls and my knuckles are wrecked. Now I dig my nails into my palms till they bleed during consults. I can't stop.",
        "crisis",
    ),
    Case(
        "self_harm_own",
        "I took a handful of extra pills last night, not to die, just to knock myself out. Woke up with a headache. Might do it again tonight.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_child_wish_to_die",
        "My 13 year old told me tonight he wishes he'd never been born and wants the pain to stop forever. He's mid induction. I don't know what to do.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_child_wish_to_die",
        "found cuts on my daughter's thighs when i was helping her change after surgery. she's 15. she begged me not to tell the team",
        "crisis",
    ),
    Case(
        "child_self_harm_or_child_wish_to_die",
        "Ethan (11) keeps saying he wants to go to heaven so he can stop having pokes. He said it again today and then asked me how many of his pills it would take. I'm scared.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_child_wish_to_die",
        "Update on Grace: counts are good and we're on track to finish consolidation. One worry though: her sister (14) has been hitting herself and said she wishes she could disappear so everyone stops being sad. Any advice?",
        "crisis",
    ),
    Case(
        "child_self_harm_or_child_wish_to_die",
        "My son told the play therapist he wants to jump out of the ward window. He's 9. They've put him on close watch but I can't stop shaking.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_child_wish_to_die",
        "my teen has stopped taking her meds on purpose. she told me she doesnt want to be here anymore and this is her way out",
        "crisis",
    ),
    Case(
        "child_self_harm_or_child_wish_to_die",
        "My 16 year old said today he wants to die and he's been looking up how. He's in remission. I thought the worst was behind us.",
        "crisis",
    ),
    Case(
        "hiding_medicines_toddler",
        "Our 2 year old can open the kitchen cupboard now, so where do you all keep the chemo tablets and anti-sickness meds? Thinking of getting a lockbox.",
        QUIET,
    ),
    Case(
        "hiding_medicines_toddler",
        "tip for anyone w a toddler sibling: we got a little combination safe for the fridge meds and another for the cupboard. toddler proof so far lol",
        QUIET,
    ),
    Case(
        "hiding_medicines_toddler",
        "Caught our youngest trying to get into the bag with his brother's morphine and mercaptopurine. Nothing taken, all fine, but everything is going up high and locked tonight. Lesson learned.",
        QUIET,
    ),
    Case(
        "hiding_medicines_toddler",
        "reply to @Beth: we keep all the meds in a fishing tackle box on top of the wardrobe, key on my keyring. works for us with a climber",
        QUIET,
    ),
    Case(
        "opioid_dosing_child",
        "Is it normal for the palliative team to increase Finn's morphine every couple of days? His breakthrough pain is worst around 4am and I want to understand the plan before our meeting.",
        QUIET,
    ),
    Case(
        "opioid_dosing_child",
        "The pharmacy gave us liquid oxycodone at a different strength than the hospital used. How do you double check the ml? I'm terrified of giving him the wrong dose.",
        QUIET,
    ),
    Case(
        "opioid_dosing_child",
        "What do you all do with leftover opioids after surgery? We have half a bottle of oral morphine. Our hospital pharmacy has a take-back bin so I'm dropping it off Tuesday.",
        QUIET,
    ),
    Case(
        "opioid_dosing_child",
        "Anyone's kid used a PCA pump? Zara (8) is nervous about pressing the button in case she gets too much. The nurse explained the lockout but she'd love to hear it from another kid.",
        QUIET,
    ),
    Case(
        "opioid_dosing_child",
        "made a dosing chart on the fridge for Alfie's methadone wean, ticking each dose off with the time. helps so much when ur sleep deprived",
        QUIET,
    ),
    Case(
        "bridge_carpark_route",
        "PSA for anyone going to the children's hospital this week: the bridge on the ring road is closed for works, allow an extra 30 mins. We nearly missed Ollie's LP.",
        QUIET,
    ),
    Case(
        "bridge_carpark_route",
        "The hospital car park was full so we ended up on the roof level in the rain again. Any tips for cheaper parking near oncology outpatients?",
        QUIET,
    ),
    Case(
        "bridge_carpark_route",
        "we take the train to clinic and the railway station by the hospital finally has a lift, so much easier with the buggy and the drip bag",
        QUIET,
    ),
    Case(
        "bridge_carpark_route",
        "Long drive to the proton centre tomorrow, 4 hours each way. Any podcast or audiobook recommendations for a 10 year old and a very tired dad?",
        QUIET,
    ),
    Case(
        "end_of_treatment_goodbye",
        "WE RANG THE BELL!!! Last day of chemo for Hannah. Said goodbye to all our nurses and cried buckets. Thank you all for carrying us through.",
        QUIET,
    ),
    Case(
        "end_of_treatment_goodbye",
        "Stepping back from the group for a while now that Max is off treatment, I need some time to just be normal. Not leaving forever, just goodbye for now. Love you all.",
        QUIET,
    ),
    Case(
        "end_of_treatment_goodbye",
        "Our last night on the ward. Gave the nurses a massive box of chocolates and the kids made cards for everyone. Strange saying goodbye to people who saw us at our very worst.",
        QUIET,
    ),
    Case(
        "end_of_treatment_goodbye",
        "reply to @Liv: thank you! feels weird not having a clinic date in the diary. we said our goodbyes to the day unit today and Seb gave his nurse his favourite dinosaur",
        QUIET,
    ),
    Case(
        "will_after_diagnosis",
        "After Lily's diagnosis it hit us that we didn't have wills. We did them last week and named guardians for both kids. It felt oddly calm and grown up. Recommend it, one less thing.",
        QUIET,
    ),
    Case(
        "will_after_diagnosis",
        "I was diagnosed with breast cancer myself in the middle of Sam's treatment (yes really). Made a will and sorted power of attorney just in case. My prognosis is good, it was purely peace of mind.",
        QUIET,
    ),
    Case(
        "will_after_diagnosis",
        "Anyone know of free will-writing services for families with a child on treatment? Our social worker mentioned a charity scheme. We want to get our paperwork in order.",
        QUIET,
    ),
    Case(
        "will_after_diagnosis",
        "we finally did our wills plus a short letter about our wishes for the kids' care if anything ever happened to both of us. felt heavy at the time but glad it's done",
        QUIET,
    ),
    Case(
        "giving_away_outgrown",
        "Giving away a big bag of clothes Arlo's grown out of, mostly size 5-6, plus loose trousers that were great over his port and NG tube. Free to anyone in the group.",
        QUIET,
    ),
    Case(
        "giving_away_outgrown",
        "Her hair is finally back so I'm giving away all the soft hats and headscarves. Anyone whose little one is just starting chemo, message me.",
        QUIET,
    ),
    Case(
        "giving_away_outgrown",
        "clearing out the steroid-phase clothes, he's back to his normal size and we dont need the big stuff. giving it all to the hospital family room",
        QUIET,
    ),
    Case(
        "giving_away_outgrown",
        "We've got a barely used kids' wheelchair and a shower chair to give away now that Isaac is walking again. Collection only, near the city hospital.",
        QUIET,
    ),
    Case(
        "venting_then_coping",
        "I'm so tired I can't see straight. Three nights of pump alarms and vomiting. Had a proper cry in the parents' kitchen, then a nurse made me tea and sent me off for a nap. Feeling a bit more human now.",
        QUIET,
    ),
    Case(
        "venting_then_coping",
        "today was horrible and i hate all of this. screamed in the car. then went home, showered, ate toast and rang my counsellor. tomorrow is a new day",
        QUIET,
    ),
    Case(
        "venting_then_coping",
        "I've had enough of this week honestly. Scan delayed, insurance denied, the dog's sick. Venting here, then a bath, and my mum is taking the night shift. Back at it tomorrow.",
        QUIET,
    ),
    Case(
        "venting_then_coping",
        "Some days I feel like I'm drowning. But I've started going to the parents' group on Wednesdays and walking round the block every morning, and it genuinely helps a bit.",
        QUIET,
    ),
    Case(
        "venting_then_coping",
        "reply to @Anna: i totally get the cant-do-this-anymore feeling, had it bad last week. what helped was asking for the social worker and letting friends run a meal rota. still hard but i'm ok",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Our oncologist said the bone marrow aspirate 'might pinch a bit' and I nearly died laughing. Nothing about this year has pinched a bit.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "At this point my blood is 80 percent vending machine coffee. If they ever draw my labs they'll find a latte.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "if the IV pump beeps one more time at 3am im launching it out the window lol. (im not, the nurses would kill me)",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Me: I'll be calm and organised this cycle. Also me: crying in the hospital car park eating a cold hash brown. Living the dream.",
        QUIET,
    ),
    Case(
        "child_scared_comforted",
        "Emma (7) asked me tonight if she's going to die. I told her the doctors are working really hard, and whatever happens I'll always be right next to her. She fell asleep holding my hand.",
        QUIET,
    ),
    Case(
        "child_scared_comforted",
        "My son said he's scared of dying during his surgery tomorrow. The child life specialist explained the anaesthetic in a way he understood and he's much calmer now.",
        QUIET,
    ),
    Case(
        "child_scared_comforted",
        "Ava keeps asking what happens when people die since her friend on the ward passed. We've been reading The Invisible String together and it's helping her a lot.",
        QUIET,
    ),
    Case(
        "child_scared_comforted",
        "reply to @Meg: our 9yo was scared of dying at night too. we made a worry jar together and the psychologist gave him some breathing games. he's sleeping better now",
        QUIET,
    ),
    Case(
        "remembrance",
        "Three years today since we lost Isla. We lit a candle, went to her favourite beach and ate ice cream in the cold like she would have. Sending love to everyone missing someone.",
        QUIET,
    ),
    Case(
        "remembrance",
        "Today would have been Jonah's 10th birthday. No balloons (he'd have lectured us about the environment), we planted a tree in his name instead.",
        QUIET,
    ),
    Case(
        "remembrance",
        "It's been a year since Charlie died. Some mornings I still set out his cup. I'm doing the charity walk in his name next month if anyone wants to join me.",
        QUIET,
    ),
    Case(
        "remembrance",
        "Remembering all the children we've lost from this group this Christmas. Your names are said out loud in our house.",
        QUIET,
    ),
    Case(
        "remembrance",
        "reply to @Tess: I'm so sorry. Ruby's anniversary is next week too. We go to the hospital garden where her bench is. It's sad and lovely at the same time.",
        QUIET,
    ),
    Case(
        "member_says_safe",
        "Before anyone worries about my last post: I'm safe. No thoughts of hurting myself, I was just venting. My partner's home and I see my counsellor on Friday.",
        QUIET,
    ),
    Case(
        "member_says_safe",
        "thanks for the dms everyone. to be clear im not in danger, just exhausted. had a nap and a cry and im ok",
        QUIET,
    ),
    Case(
        "member_says_safe",
        "I know I sounded bleak yesterday. I talked to my GP this morning, started on something for the anxiety, and I'm safe. Appreciate you all checking in on me.",
        QUIET,
    ),
    Case(
        "member_says_safe",
        "reply to mod: yes I'm safe, I promise. I wasn't talking about ending anything except this chemo protocol, I just want it over for her. Sorry for the scare.",
        QUIET,
    ),
    Case(
        "supporting_other_hotline",
        "@Mark I hear you, that sounds unbearable. If you ever feel like you might hurt yourself please call or text 988. They helped me once. DM me anytime, I mean it.",
        QUIET,
    ),
    Case(
        "supporting_other_hotline",
        "For anyone struggling tonight: in the UK Samaritans are on 116 123, free, any time. You don't have to be suicidal to call, it's for anyone who needs to talk.",
        QUIET,
    ),
    Case(
        "supporting_other_hotline",
        "reply to @Jen: you're not a burden, you're a mum carrying way too much. Please talk to your oncology social worker, and if things ever feel really dark, 988 is there 24/7.",
        QUIET,
    ),
    Case(
        "supporting_other_hotline",
        "Reminder that the hospital psychology team sees parents too, not just the kids. And if it's the middle of the night and you're scared for your own safety, call a crisis line or 911. Look after yourselves.",
        QUIET,
    ),
    Case(
        "teen_prognosis",
        "I'm 17 and just relapsed. Oncologist said the odds are maybe 30 percent now. I'm honestly ok-ish. I want to spend whatever time I have doing stuff, not crying. Anyone my age want to game?",
        QUIET,
    ),
    Case(
        "teen_prognosis",
        "16 here (patient). Got told the tumour isn't responding. I know what that probably means and I've made peace with a lot of it. Mostly I'm annoyed about missing prom.",
        QUIET,
    ),
    Case(
        "teen_prognosis",
        "teen patient, 15. did the advance care planning thing with my parents and doctor. if treatment stops working i want to be at home with my cat not in hospital. weird but good to say it",
        QUIET,
    ),
    Case(
        "teen_prognosis",
        "My son (18, patient) asked me to share this: 'I know I might not make it, so please stop tiptoeing around me and just talk to me normally.' The honesty is helping all of us.",
        QUIET,
    ),
]
