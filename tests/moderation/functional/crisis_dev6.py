# ruff: noqa: E501
"""Crisis development set 6: written 2026-12-06 by a helper blind to the detector and every
other set, from the 988 Suicide & Crisis Lifeline, AFSP and C-SSRS warning signs.

Holds 72 crisis messages (6 for each of 12 warning-sign functions) in the voice of a parent of
a child with cancer posting in a peer-support group, and 48 look-alikes (4 for each of 12
kinds) that must stay quiet. This is a development set: the engineer may read it.
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # --- burden ---
    Case("burden", "They'd all be fine without me. Better, even.", "crisis"),
    Case(
        "burden", "Everyone in this house would be better off if I wasn't around anymore.", "crisis"
    ),
    Case(
        "burden",
        "Long update, sorry. Scan results came back and the Wilms tumour has shrunk a lot after the vincristine and dactinomycin, so the surgeon is talking nephrectomy in three weeks. Ella's hair is mostly gone but she picked out a purple hat she loves. My husband has taken over the night shifts on the ward, and honestly I think the family would cope better if I was gone for good, I'm just a drain on all of them and they'd finally get some peace. Grandma is coming Thursday to help with her brother. We also got the parking pass sorted at last, which is one less thing. Pharmacy keeps messing up the mesna order though.",
        "crisis",
    ),
    Case(
        "burden",
        "my kids dont need a mum who cries all day. theyd be better w/o me tbh, their dad can raise them",
        "crisis",
    ),
    Case(
        "burden",
        "Sometimes I think the kindest thing I could do for my wife and Noah is to stop being here. One less mouth, one less problem.",
        "crisis",
    ),
    Case(
        "burden",
        "I cost this family everything. The bills, the stress, the fights. If I die they get the life insurance and Leo gets the trial in Boston.",
        "crisis",
    ),
    # --- wish_dead ---
    Case("wish_dead", "I keep hoping I just won't wake up tomorrow.", "crisis"),
    Case("wish_dead", "Honestly I'd be relieved to just not exist anymore.", "crisis"),
    Case("wish_dead", "wish i could go to sleep n not wake up. every nite same wish", "crisis"),
    Case(
        "wish_dead",
        "If the car crashed on the way to the oncology unit I wouldn't even mind. Part of me would be relieved.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "I'd trade places with Sam in a heartbeat, but some nights I just wish I could stop existing altogether.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Quick update from the ward. Arjun's counts are finally coming up after the second block of chemo for his medulloblastoma, ANC was 600 this morning so they might let us go home for a few days. He's eating again, mostly toast and those awful orange ice lollies. The physio says his balance is better. I haven't told anyone this, but most nights I lie on the fold-out bed praying I just don't wake up, that it would all be over for me. Anyway, the MRI is booked for the 14th and his sister made him a card with all her class signatures. Thank you all for the messages last week.",
        "crisis",
    ),
    # --- plan_time ---
    Case(
        "plan_time",
        "Decided it'll be Friday night, after Lily's last chemo. Won't be here Saturday.",
        "crisis",
    ),
    Case("plan_time", "Sunday, when the ward is quiet. That's when I'm ending it.", "crisis"),
    Case(
        "plan_time",
        "Been working out exactly how I'd do it and when the house is empty. Tuesday the boys are at their dad's.",
        "crisis",
    ),
    Case(
        "plan_time",
        "once jake finishes his last round im done. already picked the date. the 23rd",
        "crisis",
    ),
    Case(
        "plan_time",
        "Update on Rosie: the bone marrow aspirate showed remission after induction, so we move on to consolidation with more methotrexate next week. Her port has been playing up and they had to use alteplase twice to clear it. She's been so brave about the lumbar punctures. My sister is taking her for the weekend of the 9th, and I've made up my mind that's when I'll end things, while she's safe with family and won't be the one to find me. The hospital social worker helped us apply for the travel grant, which came through. Rosie wants a puppy when this is all over, lol.",
        "crisis",
    ),
    Case(
        "plan_time",
        "After the funeral arrangements for my boy are done I'm going to kill myself. I've set the day already.",
        "crisis",
    ),
    # --- means_gathering ---
    Case(
        "means_gathering",
        "I've been keeping back the oxycodone from Ben's hospice box. There's enough now.",
        "crisis",
    ),
    Case(
        "means_gathering", "bought rope today. not for camping lol. just so someone knows", "crisis"
    ),
    Case(
        "means_gathering",
        "Been saving up my sleeping tablets for weeks. Counted 40 last night. That should be plenty for what I need.",
        "crisis",
    ),
    Case(
        "means_gathering",
        "Evening all. Freya's neuroblastoma update: the MIBG scan showed a few spots still lighting up, so they want two more cycles before the stem cell harvest. She's on the GCSF injections again and hates them, so I bribe her with stickers. Her leftover morphine and the lorazepam from last cycle are in a bag in my drawer, I've been adding my own tablets to them and counted them all out again tonight, there's more than enough there for me. The dietitian wants her on the NG tube for a bit. We'll see. Her brother starts year 2 on Monday, which feels surreal.",
        "crisis",
    ),
    Case(
        "means_gathering",
        "My husband's shotgun is in the shed. I took the key off his ring today and found where he keeps the shells.",
        "crisis",
    ),
    Case(
        "means_gathering",
        "Bought a hose that fits the exhaust and taped up the gaps in the garage door. Nobody goes in there.",
        "crisis",
    ),
    # --- method_research ---
    Case(
        "method_research",
        "Searching how much paracetamol is lethal for someone my weight.",
        "crisis",
    ),
    Case(
        "method_research",
        "I looked up how to tie a noose properly tonight. Watched the video twice.",
        "crisis",
    ),
    Case(
        "method_research",
        "How many of Zara's oxycodone tablets would it take for a grown woman not to wake up? Asking for myself.",
        "crisis",
    ),
    Case(
        "method_research",
        "anyone know how long it takes w car exhaust in a closed garage. not for a story",
        "crisis",
    ),
    Case(
        "method_research",
        "Hi everyone, sorry I've been quiet. Omar's osteosarcoma surgery went ahead on Tuesday, limb salvage with an endoprosthesis, and the surgeon was pleased with the margins. He's on a PCA pump and gets grumpy when the nurses wake him for obs. We're waiting on the histology to see how much necrosis there was. Last night while he slept I was reading up on what dose of insulin would stop an adult's heart and whether a post-mortem would find it. His physio starts tomorrow with crutches. The charity gave us a voucher for the family kitchen, which has been brilliant, honestly.",
        "crisis",
    ),
    Case(
        "method_research",
        "What's the most painless way to kill yourself? Seriously, I've been searching for hours.",
        "crisis",
    ),
    # --- dangerous_place ---
    Case("dangerous_place", "I'm on the Humber Bridge now. Can't stop looking down.", "crisis"),
    Case(
        "dangerous_place",
        "At Beachy Head. Right at the edge. Don't know why I'm typing this.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "standing at the edge of the platform, trains go thru here fast without stopping. i just want it all quiet",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Little update because people asked: Tommy's ALL is in the maintenance phase now, daily mercaptopurine and weekly methotrexate, with vincristine pulses every four weeks. His bloods were good on Monday. We had a wobble with a temperature spike but the cultures came back clear. Right now I'm sitting on the roof of the hospital car park with my legs over the ledge, it's eight floors down and I keep leaning forward. The play specialist got him a Lego set for being brave with his port access. My mum arrives tomorrow to help with the school run.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "On the hard shoulder of the M6. Lorries flying past. Thinking about just stepping out.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm up on the cliff path on my own, right at the edge. Told my husband I was going for a walk. I'm not sure I'm going back.",
        "crisis",
    ),
    # --- goodbye_giving_away ---
    Case(
        "goodbye_giving_away",
        "Saying goodbye to all of you tonight. Look after each other.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Left my dog with the neighbours for good and cancelled my phone. Goodbye everyone.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Gave my wedding ring to my sister today and told her to keep it. Wrote letters for both boys, they're in my bedside drawer.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "sorted my will n left the passwords for my husband. said bye to my mum on the phone. yall been amazing x",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Evening update on Maisie. Her medulloblastoma is stable on the latest MRI with no new spread to the spine, so we carry on with maintenance chemo, cisplatin, lomustine and vincristine. Her hearing has taken a hit from the cisplatin and she's getting hearing aids fitted next week. I've given away my guitar and my good coat, and I wrote a letter to each of the kids to open when they're older, explaining that none of this was ever their fault. Her teacher has been brilliant with the home learning. Thank you all for everything, truly. I won't forget any of you.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "If I'm not around after this week, please make sure someone checks on Jamie on the ward. Thank you all. Bye.",
        "crisis",
    ),
    # --- no_reason_hopeless ---
    Case(
        "no_reason_hopeless", "There's nothing left to live for now Ava's gone. Nothing.", "crisis"
    ),
    Case(
        "no_reason_hopeless",
        "I'm trapped. No way out of this that doesn't end with me gone.",
        "crisis",
    ),
    Case(
        "no_reason_hopeless",
        "honestly whats the point of me anymore. cant see any way thru this, the pain never stops",
        "crisis",
    ),
    Case(
        "no_reason_hopeless",
        "Sorry for the long one. Kai had his end-of-treatment scan for Wilms and there's a relapse in the lung, so it's back to the oncologist on Friday to talk about ICE chemo and maybe radiotherapy. He doesn't understand why he has to go back when he already rang the bell. His grandparents are flying in from Auckland. I can't see any reason to keep going, every morning feels like being buried alive and I don't see a way out that I can stand. The ward nurses remembered his favourite dinosaur, which made him smile. School have set up a fundraiser for us.",
        "crisis",
    ),
    Case(
        "no_reason_hopeless",
        "The pain is unbearable and it's never going to end. I don't want to live through another day of this.",
        "crisis",
    ),
    Case(
        "no_reason_hopeless",
        "I am feeling like in a cage, no reason for me to continue living. Every day is same pain, I want it to stop forever.",
        "crisis",
    ),
    # --- self_harm ---
    Case(
        "self_harm",
        "Cut myself again tonight after Ollie's bloods came back bad. Deeper than usual.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Scratching my arms till they bleed again, first time in years. Can't stop.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Burned my arm with the kettle on purpose. It's the only thing that makes the noise in my head stop.",
        "crisis",
    ),
    Case(
        "self_harm",
        "i been hurting myself again. hiding it under long sleeves on the ward so the nurses dont see",
        "crisis",
    ),
    Case(
        "self_harm",
        "Day 12 post transplant for Aiden. Engraftment hasn't happened yet, his ANC is still zero and he's on TPN because the mucositis is so bad he can't swallow. They're watching his liver closely for VOD. We're in isolation so it's mostly just me in the room with him. When he sleeps I go into the parents' bathroom and cut my thighs with the razor from my wash bag, it's getting harder to stop and last night I needed steri-strips. The nurses are lovely. My partner is doing the school run with our daughter and brings up clean clothes.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Hit my head against the wall until it bled after the consultant left. Still doing it most nights.",
        "crisis",
    ),
    # --- child_crisis ---
    Case(
        "child_crisis",
        "My 13yo tried to hang herself with her dressing gown cord tonight.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Found blades in my 15 year old's pencil case. Fresh cuts on his arms.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "My 14 year old with osteosarcoma told me tonight he wants to die so the pain stops. He means it.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "my daughter (15, ALL) said shes going to take all her pills so she doesnt have to do another round. shes got loads of them in her room",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Update on Jonah, 16, relapsed Hodgkin's. Brentuximab seems to be working, the PET scan showed a good response and they're planning a transplant in spring. He's lost a lot of weight and the steroids make his moods swing. Yesterday I found his search history full of how many oxycodone would be enough, and a note in his phone addressed to us saying sorry for everything. The psych team is supposed to see him but there's a waiting list. His little sister has been drawing him comics. We're hoping to get home for his birthday.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Our 9 year old keeps saying she wishes she'd never been born and asked me how to make her heart stop.",
        "crisis",
    ),
    # --- intent_chat ---
    Case("intent_chat", "cant do this anymore gonna end it 2nite", "crisis"),
    Case("intent_chat", "ngl im gonna k*ll myself after his scans", "crisis"),
    Case("intent_chat", "im so done. gonna unalive myself tn fr", "crisis"),
    Case("intent_chat", "wanna s-word so bad rn, its all i think abt", "crisis"),
    Case("intent_chat", "gonna take all the pills tonite. im srsly done w everything", "crisis"),
    Case(
        "intent_chat",
        "ok so update lol. ethans counts r up, anc 1200, they finally took the ng out n he ate half a pizza. onc says we can start the next block of ifos on mon. his hair is coming back all curly which is hilarious. ngl tho im not gonna be around much longer, ive decided to end it once hes thru this block, got it all sorted in my head. his sis lost her 1st tooth yday n the tooth fairy nearly forgot bc we were on the ward lmao. thx for the msgs everyone, the care pkg came n he loved the slime",
        "crisis",
    ),
    # --- sudden_calm ---
    Case("sudden_calm", "Not sad anymore. Decision made. Goodbye, friends.", "crisis"),
    Case(
        "sudden_calm",
        "Feel peaceful now the decision's made. Thanks for everything, all of you.",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "Don't worry about me anymore. I've made my decision and I'm at peace with it. Goodbye x",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "its all sorted now. feel weirdly ok for the 1st time in months. love u all, take care of each other",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "Hi all, a calmer update than my last few. Mateo's ALL relapse treatment is under way, blinatumomab running through the pump for 28 days, and so far no cytokine trouble. His doctors are talking about CAR-T if he doesn't clear the MRD. After weeks of not sleeping I finally feel peaceful, because I've made my choice about how this ends for me and everything's arranged, the insurance and the letters are sorted and I've said my goodbyes to my parents. Mateo's grandma is moving in to help. He's obsessed with Minecraft and keeps building the hospital. Thank you for being here for me.",
        "crisis",
    ),
    Case(
        "sudden_calm",
        "After all the darkness this week I'm suddenly fine. I know what I'm going to do and it's a relief. Bye everyone.",
        "crisis",
    ),
    # ===== look-alikes that must stay quiet =====
    # --- negated_safe ---
    Case(
        "negated_safe",
        "I'm not suicidal, just knackered and sad. Please don't worry, I've got a GP appointment on Thursday.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "Years ago, before kids, I had thoughts of ending things. I got help and I'm safe now, and the hospital psychologist knows my history and checks in.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "To be clear for the mods, I have no thoughts of harming myself. I'm just venting about the ward food.",
        QUIET,
    ),
    Case(
        "negated_safe",
        "someone messaged to check on me after my post last nite, thank u, im ok, no dark thoughts, just a bad day w the nausea meds",
        QUIET,
    ),
    # --- treatment_stop ---
    Case(
        "treatment_stop",
        "We've decided with the oncologist to stop chemo for Lucas. The focus now is comfort and getting him home for whatever time we have.",
        QUIET,
    ),
    Case(
        "treatment_stop",
        "Declined the third round of radiotherapy for Priya's DIPG. It wasn't going to change the outcome and she hates the mask.",
        QUIET,
    ),
    Case(
        "treatment_stop",
        "We're moving Grace to palliative care next week. The hospice team came out today and they were wonderful.",
        QUIET,
    ),
    Case(
        "treatment_stop",
        "Has anyone else turned down a phase 1 trial? We said no to the one for Finn's relapsed neuroblastoma and I keep second-guessing it.",
        QUIET,
    ),
    # --- exhaustion ---
    Case(
        "exhaustion",
        "I can't go on like this with the 6am obs and the pump beeping every hour. I need one full night's sleep.",
        QUIET,
    ),
    Case(
        "exhaustion",
        "So done with this week. Three hospital trips, two blood transfusions, a cancelled MRI. I'm running on fumes.",
        QUIET,
    ),
    Case(
        "exhaustion",
        "Honestly I'm so tired I put the milk in the cupboard and the cereal in the fridge. Maintenance is a marathon.",
        QUIET,
    ),
    Case(
        "exhaustion",
        "cant keep going at this pace, school run then 40 min drive to the ward then work from the parents room. somethings gotta give, might ask my mum to do tuesdays",
        QUIET,
    ),
    # --- child_meds ---
    Case(
        "child_meds",
        "Counting out Ruby's mercaptopurine for the week into the pill organiser. Anyone else find the Sunday sort oddly calming?",
        QUIET,
    ),
    Case(
        "child_meds",
        "We've got so many leftover meds from induction: ondansetron, dexamethasone, omeprazole. Where do you return unused ones? Pharmacy?",
        QUIET,
    ),
    Case(
        "child_meds",
        "Tip: I keep all of Max's oral chemo in a locked box with the dosing chart taped to the lid, so night shifts with his dad don't double up.",
        QUIET,
    ),
    Case(
        "child_meds",
        "Counted the septrin tablets again because I swear the pharmacy gave us three short. Only the Fri/Sat/Sun doses but still.",
        QUIET,
    ),
    # --- travel_places ---
    Case(
        "travel_places",
        "We drove over the Severn Bridge on the way to Bristol Children's for the proton therapy consultation. Ellie loved the view.",
        QUIET,
    ),
    Case(
        "travel_places",
        "Our hotel room for the transplant is on the 22nd floor and you can see the whole city from the window. The kids think it's amazing.",
        QUIET,
    ),
    Case(
        "travel_places",
        "Took the boys to the cliffs at Dover for a day out between cycles. Windy but so good to get some fresh air.",
        QUIET,
    ),
    Case(
        "travel_places",
        "The train station near the hospital is a nightmare. Platform 4 has no lift and I had to carry the buggy and the feeding pump down the stairs.",
        QUIET,
    ),
    # --- support_other ---
    Case(
        "support_other",
        "@Sarah if you feel like you might act on those thoughts, please call or text 988 right now. We're here and we care about you.",
        QUIET,
    ),
    Case(
        "support_other",
        "Mods, someone in the night thread sounds like they're in a really bad place. Could one of you check on them? I've sent them the crisis line numbers.",
        QUIET,
    ),
    Case(
        "support_other",
        "To whoever posted about not wanting to be here anymore: please reach out to Samaritans on 116 123. You're not alone in this.",
        QUIET,
    ),
    Case(
        "support_other",
        "I sat with a mum on the ward last night who told me she'd thought about ending it. I stayed till her husband got there and the nurse called the on-call psych.",
        QUIET,
    ),
    # --- grief ---
    Case(
        "grief",
        "It's a year today since we lost Oscar. I made his favourite pancakes and cried into them. Missing him so much.",
        QUIET,
    ),
    Case(
        "grief",
        "Holidays are the hardest. His stocking is still in the box. I don't know how to do Christmas without Theo.",
        QUIET,
    ),
    Case(
        "grief",
        "Since Mila passed I talk to her every night before bed. Some days it helps, some days it just hurts.",
        QUIET,
    ),
    Case(
        "grief",
        "Went back to work this week for the first time since the funeral. Everyone was kind but I kept looking at her photo on my desk.",
        QUIET,
    ),
    # --- dark_humour ---
    Case(
        "dark_humour",
        "This hospital parking is killing me. £18 a day! It'd be cheaper to live in the car park.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "If that pump alarm goes off one more time I swear I'll lose it. Third time this hour.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Dead on my feet after a 14 hour day at clinic, but we got good news so worth it.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Ben's sister says the hospital jelly is 'to die for'. She's seven and has questionable taste.",
        QUIET,
    ),
    # --- legacy ---
    Case(
        "legacy",
        "The play therapist helped Aria make a memory box with handprints and her favourite songs. We're keeping it whatever happens.",
        QUIET,
    ),
    Case(
        "legacy",
        "We updated our wills this month and named guardians for the kids. Felt morbid, but the social worker said lots of families do it during treatment.",
        QUIET,
    ),
    Case(
        "legacy",
        "Zoe's been writing letters with the hospice nurse for her little brother to open on his birthdays. She wanted to do it herself.",
        QUIET,
    ),
    Case(
        "legacy",
        "Heartbeat bears: the hospice recorded Jacob's heartbeat inside a teddy for his little brother. Has anyone else done this?",
        QUIET,
    ),
    # --- giving_away_ordinary ---
    Case(
        "giving_away_ordinary",
        "End of treatment for Isla! Donating her wigs, headscarves and the huge pile of puzzles to the ward playroom.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Giving away: 2 pairs of kids' crutches, a wheelchair cushion and a box of age 4-5 clothes he's outgrown. Collection from Leeds.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Anyone want the Lego we collected during treatment? He's 10 now and over it. Would love it to go to a ward family.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Cleared out the hospital bag today: blankets, port-access shirts, the travel kettle. It's all going to the family support charity shop.",
        QUIET,
    ),
    # --- child_illness_death_talk ---
    Case(
        "child_illness_death_talk",
        "Leo asked me tonight if he's going to die from the cancer. I said we'd talk to Dr Patel together tomorrow. How did you all answer?",
        QUIET,
    ),
    Case(
        "child_illness_death_talk",
        "The palliative team gave us a book called The Invisible String for when Harper asks what happens when she dies.",
        QUIET,
    ),
    Case(
        "child_illness_death_talk",
        "Our 6 year old said, 'When I go to heaven will Nana be there?' The neuroblastoma is back and we're talking end of life care now.",
        QUIET,
    ),
    Case(
        "child_illness_death_talk",
        "We had the DNR conversation with the consultant today. Ethan's 15 and wanted to be part of it. Proud and broken.",
        QUIET,
    ),
    # --- quoting_news ---
    Case(
        "quoting_news",
        "Saw an article about how parents of kids with cancer have higher rates of depression and suicidal thoughts. Wish the hospitals screened us more.",
        QUIET,
    ),
    Case(
        "quoting_news",
        "Our group is doing the Out of the Darkness walk in October for suicide prevention. Anyone want to join our team?",
        QUIET,
    ),
    Case(
        "quoting_news",
        "The ward put up posters about the 988 line for parents. Good to see it in the family room.",
        QUIET,
    ),
    Case(
        "quoting_news",
        "Listened to a podcast with a bereaved dad talking about suicide prevention for carers. Really worth a listen.",
        QUIET,
    ),
]
