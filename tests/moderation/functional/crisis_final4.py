# ruff: noqa: E501
"""Crisis held-back set 4: written 2026-12-06 by a helper blind to the detector and every
other set, from the 988 Suicide & Crisis Lifeline, AFSP and C-SSRS warning signs.

Holds 72 crisis messages (6 for each of 12 warning-sign functions) in the voice of a parent of
a child with cancer posting in a peer-support group, and 48 look-alikes (4 for each of 12
kinds) that must stay quiet. This is a sealed set: counted only, never printed or tuned on.
"""

from .support import QUIET, Case

HELD_BACK: list[Case] = [
    # --- burden ---
    Case(
        "burden", "Nobody here needs me. I'm the problem. They'd manage fine without me.", "crisis"
    ),
    Case(
        "burden",
        "every1 wud be better off if i wasnt here, im just costing them money n making them sad",
        "crisis",
    ),
    Case(
        "burden",
        "Evening, long post. Lucy is through the hardest part of delayed intensification, the doxorubicin is done and her echo came back normal, which was my big worry. She's been on dex again so the hunger is insane, she ate three bowls of noodles at midnight. Her dad has been amazing with the night feeds. I keep thinking they would all have an easier life if I wasn't in it anymore, I'm a weight around everyone's neck and they'd move on fine once I'm out of the way. The school sent a get-well banner signed by the whole class. We see the consultant on Tuesday.",
        "crisis",
    ),
    Case(
        "burden",
        "If I was gone the insurance would pay for Sofia's treatment abroad. It's the only useful thing left I could do for her.",
        "crisis",
    ),
    Case(
        "burden",
        "I'm ruining my kids' lives. They deserve a better mum and they'd have one if I were dead.",
        "crisis",
    ),
    # --- wish_dead ---
    Case("wish_dead", "i wanna disappear forever. just not be a person anymore", "crisis"),
    Case(
        "wish_dead",
        "Wish I could fall asleep next to Daisy's bed and never open my eyes again.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "I would not mind if my heart stop in the night. It would be rest finally. Sorry for my english",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Update: Henry's second-look surgery for his Wilms went well, the surgeon said the remaining tumour came out cleanly and the other kidney looks healthy. He's on the ward with a drain and an epidural and mostly watching Bluey. We've been here eleven days now. Honestly I keep wishing a bus would hit me in the car park so it could all stop, I don't want to be here anymore. My mother-in-law is looking after the baby. The ward chef made him a birthday cake, which he insisted on sharing with all the nurses.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Some days I'd rather be dead than feel this. I wouldn't do anything, I just want it to be over.",
        "crisis",
    ),
    # --- plan_time ---
    Case(
        "plan_time", "Wednesday after I drop Ava at her nan's. That's when I'll end it.", "crisis"
    ),
    Case(
        "plan_time",
        "Tomorrow morning after the school run I'm ending things. Mind's made up.",
        "crisis",
    ),
    Case(
        "plan_time",
        "I've worked it all out. The night before Finn's scan results, in the garage, once the house is asleep.",
        "crisis",
    ),
    Case(
        "plan_time",
        "plan is set for sat nite. kids at their grans. not telling my husband",
        "crisis",
    ),
    Case(
        "plan_time",
        "Hi lovely people. Update on Oliver's osteosarcoma: the lung nodules are stable on CT so they're continuing the MAP protocol, and we're due cycle 9 next week. His mouth sores are better since they added the new rinse. He's been on the Xbox with his cousins every evening. I've chosen the 30th, the day after his last cycle, to finish my own life, and I've worked out where and how so he won't be the one to find me. My brother is driving up that weekend. Oliver wants to go to a football match when his counts allow.",
        "crisis",
    ),
    Case(
        "plan_time",
        "When the hospice nurse leaves at 10 I'm going to take my life. I've thought about it all week.",
        "crisis",
    ),
    # --- means_gathering ---
    Case(
        "means_gathering",
        "Got Eli's leftover morphine from the hospice stashed with my antidepressants. Enough now.",
        "crisis",
    ),
    Case("means_gathering", "Bought charcoal and tape for the car. It's in the shed.", "crisis"),
    Case(
        "means_gathering",
        "I've been collecting the oxycodone from after Hannah's amputation instead of returning it. Counted it tonight: 58.",
        "crisis",
    ),
    Case(
        "means_gathering",
        "picked up a rope at b&q today n hid it in the boot. just in case i cant take any more",
        "crisis",
    ),
    Case(
        "means_gathering",
        "Quick update for those following Sienna. Her AML induction is over and the bone marrow is MRD negative, so they're lining up a donor search just in case. We're home for ten days, which feels like a holiday. She's on posaconazole and septrin, and the nurse showed me how to flush her line. I've been quietly putting aside her spare clonazepam along with my own pills in a jar in the wardrobe, and there's enough in there now to make sure I don't wake up. The community nurse comes on Thursdays. Her brother has started calling himself her bodyguard.",
        "crisis",
    ),
    Case(
        "means_gathering",
        "My dad's old hunting rifle was up in the loft. I brought it down tonight and loaded it.",
        "crisis",
    ),
    # --- method_research ---
    Case("method_research", "Researching lethal doses of my son's morphine. For me.", "crisis"),
    Case(
        "method_research",
        "Looked up which trains go through our station without stopping, and what time.",
        "crisis",
    ),
    Case(
        "method_research",
        "Been reading about which of Caleb's chemo drugs would be fatal in a big dose for an adult.",
        "crisis",
    ),
    Case(
        "method_research",
        "how much insulin wud it take 4 an adult to not wake up. asking 4 me",
        "crisis",
    ),
    Case(
        "method_research",
        "Evening all. Niamh's radiotherapy is finished, thirty sessions of craniospinal for her medulloblastoma, and she was so brave lying still in the mask every day. The fatigue is hitting her hard and she's sleeping 14 hours a day. We've got an MRI in six weeks. I've been on forums at night looking up how long it takes to lose consciousness with a bag and helium, and where to buy the tank. The endocrine team wants to check her growth hormone. Her grandad built her a treehouse she can't climb yet, but she loves looking at it.",
        "crisis",
    ),
    Case(
        "method_research",
        "Googled how many of my sertraline it would take tonight. Then googled it again with codeine added.",
        "crisis",
    ),
    # --- dangerous_place ---
    Case(
        "dangerous_place", "At the Clifton Suspension Bridge. Climbed over the railing.", "crisis"
    ),
    Case(
        "dangerous_place",
        "sitting on the railway line behind our estate. 11:40 train due soon",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm on the top floor of the multi-storey next to the children's hospital. The barrier is low. I keep looking over.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Posting from my phone so excuse typos. Today Jaden had his day 100 bone marrow biopsy after transplant and the chimerism is 100 percent donor, so that's great news. He comes off ciclosporin soon. His skin GVHD has calmed down with the cream. Right now I'm standing on the edge of the quarry near our house, my toes are over the lip and it's a long drop into the water, I came here straight from the hospital. His sister is staying with my neighbour. We have a clinic review on Friday and they might take out his Hickman line.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Walking along the motorway verge. Cars so close. Thinking I'll just step in front of one.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I am on the bridge over the river near the hospital. Looking at the water a long time now. I can not go back inside.",
        "crisis",
    ),
    # --- goodbye_giving_away ---
    Case(
        "goodbye_giving_away",
        "Thanks for everything, this group. Goodbye. Look after my Georgie for me.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Gave away my cat and my books today. Won't need them. Bye all.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "I've written a letter for each of the kids and one for my husband. They're in the envelope on top of the fridge.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "gave my brother my car keys n my bank cards today. told him not to ask. love u guys, bye",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Update on Ruby: the neuroblastoma is responding to the dinutuximab, the urine catecholamines are dropping and her pain is much better controlled. The nurses have been fantastic with the antibody infusions. She's started asking for chips again. I spent today putting my affairs in order, the will, the life insurance papers, the passwords, and I gave my jewellery to my sister, so my husband won't have to deal with any of it once I'm gone. We're hoping to go to the seaside for a weekend next month. Thanks, everyone, for being here.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Sorry for being so much trouble. I won't be posting anymore. Love to every one of you and your little fighters.",
        "crisis",
    ),
    # --- no_reason_hopeless ---
    Case("no_reason_hopeless", "There's no reason for me to keep going. None.", "crisis"),
    Case(
        "no_reason_hopeless",
        "wat is even the point of me. cant stand the pain no more, no way out of it",
        "crisis",
    ),
    Case(
        "no_reason_hopeless",
        "Hello all, it's been a while. Since Benji's relapse in October we've been doing the salvage protocol for his ALL, and the latest marrow still shows 5% blasts, so they're referring us for CAR-T in London. He's so tired and his legs hurt all the time. His teachers send videos from the class. I don't see any reason for me to keep going anymore, I'm stuck in a hole I can't climb out of and the pain of this is more than I can carry. My husband's work have been understanding. We drive down on Sunday.",
        "crisis",
    ),
    Case(
        "no_reason_hopeless",
        "After Willow passed I have nothing left. No reason to get up, no reason to be here at all.",
        "crisis",
    ),
    # --- self_harm ---
    Case(
        "self_harm",
        "I've been punching the wall until my knuckles split. Every night since diagnosis.",
        "crisis",
    ),
    Case(
        "self_harm",
        "im back 2 cutting. 3 times this wk. cant stop, only thing that helps",
        "crisis",
    ),
    Case(
        "self_harm",
        "Cut my arms in the hospital toilets again tonight. Had to use tissue to stop the bleeding.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Update on Aaliyah's osteosarcoma: the limb-sparing surgery is booked for the 18th and they've done the pre-op MRI and the bone scan. She's nervous, but the surgeon drew her a picture of the implant which helped. The chemo side effects are bad this round, she has mucositis and they've started morphine. I've been burning my forearms with a lighter in the car before I go in to see her, there are blisters all along my arm now and I can't seem to stop. My mum is staying over at weekends. The youth worker brought her a sketchbook.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Started biting my arms till they bleed when Evie's asleep. I know it's bad but it helps for a second.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Took a blade into the shower again. Deeper this time. Don't tell me to get help, I just needed to say it.",
        "crisis",
    ),
    # --- child_crisis ---
    Case(
        "child_crisis",
        "Found Noah's pain tablets hoarded under his mattress. He's 15. Says he's done.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "my son 14 say he is going to jump from the hospital window so no more chemo. he try to open it today",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Update on Kaya, who's 14 and halfway through treatment for Ewing's. The alternating VDC/IE cycles are brutal but her scan showed the tumour shrinking, so surgery is planned for March. She's lost so much weight. Last night the nurse and I found she'd been cutting her thighs with a pencil sharpener blade, and she told us she doesn't want to be alive anymore. The psychologist is seeing her today. Her friends came in with a big banner, which made her smile for the first time in weeks. Please keep her in your thoughts.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Found my daughter (16) with a belt round her neck in the bathroom tonight. She's safe for now.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Our 10 year old keeps saying he wants to go to sleep and not wake up. He's said it every day this week.",
        "crisis",
    ),
    # --- intent_chat ---
    Case("intent_chat", "gonna kms tn cant do it", "crisis"),
    Case("intent_chat", "im ending it tonite. no1 try 2 stop me", "crisis"),
    Case("intent_chat", "tired of evrything. gonna off myself after the funeral", "crisis"),
    Case("intent_chat", "w@nt to d!e so bad", "crisis"),
    Case("intent_chat", "i js wanna sewerslide fr. no1 would even notice", "crisis"),
    Case(
        "intent_chat",
        "hey guys quick upd8. lilys platelets r finally up so no transfusion this wk yay. we got the letter 4 her proton beam in manchester, starts in jan. shes obsessed w taylor swift rn n made the nurses do a dance lol. tbh tho im planning 2 end it all b4 xmas, got the stuff ready n everything. dont want sympathy just had 2 tell someone. her hairs growing back as fuzz n its so soft. the parking at the new place is free which is a miracle. ok back 2 sleep maybe",
        "crisis",
    ),
    # --- sudden_calm ---
    Case(
        "sudden_calm",
        "Feeling strangely light today. It's all decided. Goodbye, you lovely lot.",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "all sorted now, feel calm finally. dont worry bout me anymore. bye x",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "For the first time since diagnosis I'm not scared. I know what happens next for me. Thank you all, truly.",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "Morning all, a better post than my last ones. Arlo's Wilms histology came back favourable and they've moved him to the lower-intensity regimen, just vincristine and dactinomycin now. He's back at nursery two mornings a week. After the awful weeks I had, I feel completely calm now. I've made my decision, my affairs are sorted, the letters are written for the boys and my husband, and I've said what I needed to say to my mum. The family support worker says we might get a caravan break in summer. Thanks for carrying me these months.",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "I've been so low but today I feel fine. Calm, even. I've given my things away and everything is in order.",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "Don't need the crisis numbers anymore. I've found my peace with what I'm going to do.",
        "crisis",
    ),
    # ===== look-alikes that must stay quiet =====
    # --- negated_safe ---
    Case(
        "negated_safe",
        "For anyone worried after my rant: I'm safe, I'm not going to do anything, I just needed to scream into the void.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "I had a rough patch with self-harm as a teenager but that's 20 years behind me. These days I go for a run when it gets bad.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "No, I'm not thinking of hurting myself. I'm angry at the world, that's different. Thanks for checking though.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "therapist asked if i had any thoughts of ending my life and honestly no, not at all. just grief n anger. good to know the difference",
        QUIET,
    ),
    # --- treatment_stop ---
    Case(
        "treatment_stop",
        "After a lot of tears we've agreed with the team to stop active treatment for Alfie. He wants to be at home with the dog.",
        QUIET,
    ),
    Case(
        "treatment_stop",
        "We're saying no to more radiotherapy. The consultant agreed the side effects would outweigh the benefit at this stage.",
        QUIET,
    ),
    Case(
        "treatment_stop",
        "Bella is stopping maintenance chemo a month early because of liver toxicity. The oncologist says the relapse risk is low.",
        QUIET,
    ),
    Case(
        "treatment_stop",
        "Anyone been through the switch from curative to palliative? We signed the care plan today and I don't know how to feel.",
        QUIET,
    ),
    # --- exhaustion ---
    Case(
        "exhaustion",
        "I'm done, completely done, with this parking app and the 7am clinic slots. Can't do another week of this schedule.",
        QUIET,
    ),
    Case(
        "exhaustion",
        "Been awake since 3 with the feed pump alarm. I'm a zombie. Send coffee.",
        QUIET,
    ),
    Case(
        "exhaustion",
        "This week has broken me, honestly. Two A&E trips with fevers and a cancelled surgery. I'm going to bed at 8 tonight.",
        QUIET,
    ),
    Case(
        "exhaustion",
        "i cant go on like this with the commute, 2 hrs each way for 10 mins of bloods. asking the team about shared care at our local hospital",
        QUIET,
    ),
    # --- child_meds ---
    Case(
        "child_meds",
        "Does anyone have a good app for tracking chemo doses? I'm counting Oscar's tablets every night to make sure we haven't missed one.",
        QUIET,
    ),
    Case(
        "child_meds",
        "The hospice gave us a big box of medicines for Tia. Made a chart for the fridge so the grandparents know what's what.",
        QUIET,
    ),
    Case(
        "child_meds",
        "Sorting the leftover antibiotics and antiemetics from last cycle to take back to the hospital pharmacy. Don't want them lying around the house.",
        QUIET,
    ),
    Case(
        "child_meds",
        "Pill count for Danny this week: 14 mercaptopurine, 1 methotrexate day, septrin Fri to Sun. Why is it always half a tablet though.",
        QUIET,
    ),
    # --- travel_places ---
    Case(
        "travel_places",
        "We crossed the Golden Gate on the way to UCSF for Mason's MIBG therapy. Felt like a tourist for ten minutes.",
        QUIET,
    ),
    Case(
        "travel_places",
        "Our Ronald McDonald House room is on the 15th floor. Watching the trains from the window is the kids' favourite thing.",
        QUIET,
    ),
    Case(
        "travel_places",
        "We did a little walk along the cliffs at St Ives while Charlotte was well enough. The sea was wild.",
        QUIET,
    ),
    Case(
        "travel_places",
        "Tip for anyone going to GOSH: Russell Square tube station has lifts, but the stairs are long if they're out of order.",
        QUIET,
    ),
    # --- support_other ---
    Case(
        "support_other",
        "@Jess please text 988 or call now if you're thinking of hurting yourself. I'll stay in DMs with you while you do.",
        QUIET,
    ),
    Case(
        "support_other",
        "Mods, I'm worried about a dad in the night group who said goodbye. I've told him to ring 999 and given him the Samaritans number.",
        QUIET,
    ),
    Case(
        "support_other",
        "A friend from the ward told me she'd been stockpiling pills. I drove over, stayed with her and we called the crisis team together. She's getting support now.",
        QUIET,
    ),
    # --- grief ---
    Case(
        "grief",
        "Six months since Lily died and I still set four places at dinner. The house is so quiet.",
        QUIET,
    ),
    Case(
        "grief",
        "Visited Jack's grave today and left his favourite Hot Wheels car. I miss his laugh more than anything.",
        QUIET,
    ),
    Case(
        "grief",
        "Does the grief ever get lighter? Two years without Amara and some mornings I still lie in bed for a long while before I can face the day.",
        QUIET,
    ),
    Case(
        "grief",
        "Her birthday tomorrow. She'd have been 10. We'll release balloons with her cousins and eat chocolate cake.",
        QUIET,
    ),
    # --- dark_humour ---
    Case("dark_humour", "These 6am ward rounds are going to be the death of me 😂", QUIET),
    Case("dark_humour", "The hospital coffee is so bad I'd rather drink the saline.", QUIET),
    Case(
        "dark_humour",
        "My feet are killing me after walking the corridors all day with a toddler on a drip stand.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "If one more person tells me to 'stay positive' I'm going to scream into a bedpan.",
        QUIET,
    ),
    # --- legacy ---
    Case(
        "legacy",
        "Making a video for Grace of us reading her favourite bedtime stories. She loves watching them back.",
        QUIET,
    ),
    Case(
        "legacy",
        "We did handprint casts and a fingerprint necklace with the hospice for Theo's brothers. Lovely morning.",
        QUIET,
    ),
    Case(
        "legacy",
        "Set up a trust fund and updated our will now that treatment is going to be long. The solicitor was really kind about it.",
        QUIET,
    ),
    Case(
        "legacy",
        "The nurses helped Eva write a letter to her future self to open when she finishes treatment. So sweet.",
        QUIET,
    ),
    # --- giving_away_ordinary ---
    Case(
        "giving_away_ordinary",
        "Off treatment! Donating Harry's NG tube supplies, unopened syringes and the spare feeding pump bag to the community nurses.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Free to a ward family: a big bag of age 6 clothes, a gaming chair and a stack of Harry Potter books.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "We're passing the wig on to the Little Princess Trust now that Maya's hair is back.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Clearing the spare room of all the hospital stuff. The bed rail and shower chair are going to the charity.",
        QUIET,
    ),
    # --- child_illness_death_talk ---
    Case(
        "child_illness_death_talk",
        "Our 8 year old asked if dying hurts. Her tumour has spread and the palliative nurse is helping us answer honestly.",
        QUIET,
    ),
    Case(
        "child_illness_death_talk",
        "Harvey wants to choose the songs for his funeral. He's 13 and knows the DIPG isn't curable. How do we do this?",
        QUIET,
    ),
    Case(
        "child_illness_death_talk",
        "The oncologist told us the relapse isn't curable. Sophie asked if she'll see Grandad in heaven.",
        QUIET,
    ),
    Case(
        "child_illness_death_talk",
        "We talked with the palliative team about where Jamie would like to be at the end. He chose home, with the dog on the bed.",
        QUIET,
    ),
    # --- quoting_news ---
    Case(
        "quoting_news",
        "Saw the news about the new mental health nurse post at our children's hospital, part of a suicide prevention push for families.",
        QUIET,
    ),
    Case(
        "quoting_news",
        "Our local hospital held a talk on suicide prevention for parents and carers. They handed out 988 cards.",
        QUIET,
    ),
    Case(
        "quoting_news",
        "We're walking 10k for the Samaritans next month. Link in my bio if anyone wants to sponsor.",
        QUIET,
    ),
    Case(
        "quoting_news",
        "Interesting news piece on how social workers screen parents for depression on oncology wards. Anyone been asked?",
        QUIET,
    ),
]
