# ruff: noqa: E501
"""Crisis held-back set 5.

Written 2026-12-07 by a helper blind to the detector and every other set, from the 988
Suicide & Crisis Lifeline, AFSP and C-SSRS warning signs and Joiner's interpersonal theory
(perceived burdensomeness). Held back: the engineer never reads it, only counts.

The same functions and counts as ``crisis_dev7`` (its docstring lists them), in other
sentences.

One medication look-alike was removed the day it was written: a sentence the detector trains
on (``training.written``) is its paraphrase (``test_catalogues_apart``), so it would measure
memory. The 36 look-alikes were shown to the engineer once, by accident, in a formatter's
diff; the 64 crises were not. 99 cases remain.
"""

from .support import QUIET, Case

HELD_BACK: list[Case] = [
    # --- burden -------------------------------------------------------------------------
    Case(
        "burden",
        "everyone at home would breathe easier if i wasnt in the way. thats just the truth",
        "crisis",
    ),
    Case(
        "burden",
        "im the reason we're broke and kits sister never sees her mates. theyd be fine w/o me honestly",
        "crisis",
    ),
    Case(
        "burden",
        "16, relapsed, and all i do is drain my parents money. theyd get their lives back if i wasnt here",
        "crisis",
    ),
    Case(
        "burden",
        "My in-laws have taken over the school runs, the cooking and the laundry because I can barely get out of bed. I'm just one more patient in the house. Sometimes I think the kindest thing I could do for them is quietly remove myself for good.",
        "crisis",
    ),
    Case(
        "burden",
        "Soraya's dad is so steady with her and I'm a wreck who makes every appointment harder. If I vanished from their lives permanently I honestly think the house would be more peaceful. I can't shake the thought.",
        "crisis",
    ),
    Case(
        "burden",
        "We remortgaged to cover the travel and my own therapy isn't cheap either. I keep adding up what I cost this family and it's more than I'm worth. They'd do better on the life insurance than with me.",
        "crisis",
    ),
    Case(
        "burden",
        "Post-op news for Milo: the surgeons got clear margins on the Wilms tumour and the remaining kidney is doing its job, creatinine normal. He's on actinomycin and vincristine weekly for now. We had to cancel his brother's party again because of infection risk. I feel like everything that goes wrong in this family runs through me, I'm the drain, and my wife and the boys would have a lighter life if I just wasn't there weighing it down anymore. The ward let his brother visit on Sunday which was lovely. Next echo in four weeks.",
        "crisis",
    ),
    Case(
        "burden",
        "Rohan's chest CT is clear, so after 18 months he moves to the observation phase of the osteosarcoma protocol. His limb-salvage leg is getting stronger and the physio is thrilled. I'm happy for him, of course I am. But I've started believing my family would be better off with me permanently gone, because I've been nothing but a financial and emotional load since diagnosis and I'm not improving. His orthopaedic review is at the end of the month. We're hoping for full days at school by January.",
        "crisis",
    ),
    # --- child_self_harm ----------------------------------------------------------------
    Case(
        "child_self_harm",
        "found razor blades taped inside wrens pencil case. shes 12 and 2 cycles into chemo",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "ezra keeps punching his own legs till theyre purple and saying he wants to die. hes 9",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "my girl told the anaesthetist she hopes she never wakes up this time. im shaking",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Otis bolted out of clinic and stood in the middle of the road with cars coming. When I dragged him back he screamed that he wanted to get hit so this would all be over. He's 11.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Iris has been burning her upper arm with the hair straighteners, I saw the marks when she changed for her scan. She said she wanted to feel something she was in control of. She's 15.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "I found my son up on the garage roof at midnight, sitting right at the edge. He told me he wasn't scared of falling, he was hoping for it.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Week 9 of induction for Poppy. Her day 29 marrow was MRD positive so she's moving to the high risk arm with extra blocks. Her hair is mostly gone and she's taken it better than I have. Last night she asked me to help her find out on the iPad how people can die quickly without it hurting, and when I checked the history she'd already searched it several times. She's 13 and says she's tired of being a project. The social worker is seeing her tomorrow and she has a lumbar puncture on Friday.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Fertility preservation went smoothly for Callum before he starts BEACOPP next week. His PICC goes in on Tuesday. He's been so brave and so quiet. Then his girlfriend messaged me that he'd shown her fresh cuts up his forearm and told her he'd rather be dead than go through being bald and sick again. He's 17. Clinic is at 9 and the psychology referral still hasn't come through. Any tips for the first BEACOPP cycle welcome.",
        "crisis",
    ),
    # --- means --------------------------------------------------------------------------
    Case(
        "means",
        "been holding onto the tramadol left from his op instead of handing it back. i know exactly why",
        "crisis",
    ),
    Case(
        "means",
        "got the big kitchen knife in my glovebox now. in case tonight's the night",
        "crisis",
    ),
    Case("means", "looked up how high the hospital car park is. its high enough", "crisis"),
    Case(
        "means",
        "I've been buying paracetamol from a different shop every day this week so nobody notices. There's a pile in my sock drawer now. I don't want to talk about why.",
        "crisis",
    ),
    Case(
        "means",
        "When Yusuf came off the pain pump, the pharmacy sent us home with fentanyl patches we never used. I was meant to return them. Instead they're under my mattress and I've been reading how many it would take for someone my size.",
        "crisis",
    ),
    Case(
        "means",
        "My late dad's hunting rifle is still in the loft at my mum's, and last week I asked her whether the ammunition was up there too. She thought I was clearing the loft. I haven't stopped thinking about it since.",
        "crisis",
    ),
    Case(
        "means",
        "Sienna's end of induction marrow shows remission, MRD 0.01%, so we move on to consolidation with cyclophosphamide and cytarabine. The cytarabine fevers are no joke so the hospital bag is packed just in case. I've been stockpiling my own antidepressants and pregabalin for weeks without taking any, and last night I counted them all out on the bathroom floor and put them in a jar with a label only I would understand. The consultant is really pleased with her. Bloods again Monday.",
        "crisis",
    ),
    Case(
        "means",
        "Arjun's MRI showed the medulloblastoma resection was complete and the spine is clear, so it's craniospinal radiotherapy next. He has to lie still in the mask for twenty minutes a day and he's already anxious. I ordered a length of climbing rope online and it's hidden in the boot of the car, and I keep reading things I shouldn't at 3am about how I'd use it. The proton centre is four hours away so we're in the charity house. His sister is staying with grandparents.",
        "crisis",
    ),
    # --- dangerous_place ----------------------------------------------------------------
    Case(
        "dangerous_place",
        "on the end of the pier. tides going out. dont think im walking back up it",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "at the motorway footbridge again. cars look tiny from here. last time probably",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "level crossing, barriers just came down, my feet are on the rails and i dont want to move",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I've walked up to the top of the dam. The sign says danger, deep water. I switched my location off and left a note on the car seat.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm sitting on the harbour wall in the dark. Esme's with her nan and I promised I'd be back by ten. I don't think I'll keep that promise.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Driving to the lake we used to visit before all this. I'm going to wade in until I can't touch the bottom and not turn around.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Clinic ran late today: Talia's ALT is sky high so they're holding the methotrexate and rechecking in a week, and her port needed a dye study because it wouldn't draw back. On the way home I dropped her and her dad at the house and said I needed milk. I'm on the top floor of the shopping centre car park now, sitting on the wall with my legs over the drop, and I've been here so long the shops are closing. Everyone on here has been so kind this year. Her next bone marrow is in November.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Jasper's second autologous transplant is done and he's counting up, neutrophils 0.3 and rising. The mucositis has eased enough for milkshakes. I took the late train to sleep at home for one night, but I got off at the coastal stop instead and walked to the cliff path, and I'm standing at the edge with the fence behind me. I'm so tired and I'm not going back to any of it. The unit said he might be discharged next week if his counts hold.",
        "crisis",
    ),
    # --- goodbye_giving_away ------------------------------------------------------------
    Case(
        "goodbye_giving_away",
        "gave the dog to my neighbour today. told her its for keeps. shes better with him than me anyway",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "recorded a video for each of my girls to watch when im not around. thats done now",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "paid off the credit card, cancelled all my subs, deleted my socials. nothing left for anyone to sort out after",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "I handed my whole knitting stash and every pattern to Hattie's nurse, who always admired them. I won't be needing them. She gave me a funny look but I just smiled.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Emailed my boss where every file lives and who should take over my clients. Wrote to my brother too, asking him to keep an eye on Amara. I'm not unwell, I just want everything left in good order.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "I just want to thank every one of you for two years of midnight messages. I won't be posting again. Give Reuben a hug from me if you ever meet him.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Quick one from the ward: Bodhi's blood cultures came back negative so the fever was probably viral, and they've stopped the meropenem. He's bored and demanding Lego, which is a great sign. This week I gave my wedding dress to my cousin, signed the car over to my sister and left a sealed envelope for my husband in the bureau marked 'for after'. Nobody is ill, it isn't that, I've just got everything sorted the way I want it. The ward pharmacist did his discharge meds super quickly. Home tomorrow hopefully.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Lottie's six month scans were clear, so we drop to three-monthly bloods. She's back at dance and her hair is long enough for a tiny ponytail. I've spent the last few evenings ringing old friends I haven't spoken to in years, just to tell them what they meant to me and say goodbye properly, and I gave my signed football shirts to my nephew who always wanted them. I'm perfectly healthy. Her echo is due next spring because of the anthracyclines.",
        "crisis",
    ),
    # --- hopeless_trapped ---------------------------------------------------------------
    Case("hopeless_trapped", "dead end everywhere i look. this will never lift", "crisis"),
    Case(
        "hopeless_trapped",
        "so done. cant breathe under all of it and theres no getting out",
        "crisis",
    ),
    Case(
        "hopeless_trapped", "wish i could just be switched off. not for a bit. for good", "crisis"
    ),
    Case(
        "hopeless_trapped",
        "Three relapses in and I've stopped believing in tomorrow. There's nothing ahead of me but more of this, and I'm done looking for a reason to keep going.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "I feel like I'm at the bottom of a well with no rope. Nobody can reach me and I can't climb. I don't even want rescuing anymore, I just want it over permanently.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "There's no version of this where I'm okay. I lie awake and the only thing that feels like relief is imagining not being here at all.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "Maisie's relapse is confirmed, with CNS involvement this time, so it's intrathecal chemo twice a week and they're talking about CAR-T if we can get a slot. She's still smiling through it somehow. Insurance is fighting the referral. I've reached a point where I can't see any future at all, not for me, I feel completely cornered and so worn out from hurting that I want it all finished for good. My sister flies in next week to help. Apheresis is pencilled in for the 20th.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "Hepatoblastoma update: after four cycles of cisplatin the AFP is falling nicely, 40000 down to 1200, and surgery is planned after cycle 6. Idris is toddling round the ward with his drip stand again. I should feel relief. Instead I'm boxed in with no exit, the walls move closer every day, and I honestly can't picture carrying on much longer because nothing is ever going to change for me. The hearing test showed some high frequency loss so they may switch him to carboplatin. Any tips for hearing aids on a two year old?",
        "crisis",
    ),
    # --- plan_timeline ------------------------------------------------------------------
    Case("plan_timeline", "picked sunday night. kids are at their dads. its sorted", "crisis"),
    Case(
        "plan_timeline",
        "when the lease is up in march im not renewing anything. me included",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "day after his end of treatment scan. thats when. been calm ever since i chose it",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "I've chosen the place and the night. My husband is back from his work trip on the 14th so the kids won't be alone. Strangely I've slept better since I decided.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Clara's last radiotherapy session is next Thursday. I'll make sure she rings the bell and has her party, and then that's it for me. I'm not changing my mind.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Friends keep remarking how relaxed I am this month. They don't know it's because I've finally set a date and it's soon. There's something peaceful about not having to fight anymore.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Hi all, Fern's counts recovered in time for cycle 4 of ifosfamide and etoposide, and her kidney function is holding. We're hoping the next scans show enough shrinkage for surgery. Her nan is knitting her a hat for every cycle. I've decided that once she's safely through surgery and recovering, I'm ending things, and I've already picked the weekend and written it on a slip of paper in my purse. It's strange how calm I feel. Surgical consult is on the 2nd.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Kieran started maintenance today, oral chemo at home and no more weekly clinic, so we celebrated with pancakes. The dietitian is happy with his weight. I've got it all mapped out: when his grandparents come to stay at Easter and there are enough people around him, that's the week I leave for good, and since I settled on it the noise in my head has gone quiet. Next lumbar puncture is in twelve weeks.",
        "crisis",
    ),
    # --- past_attempt -------------------------------------------------------------------
    Case(
        "past_attempt",
        "i od'd on my amitriptyline the night of the relapse news. slept 2 days. husband thinks i had flu",
        "crisis",
    ),
    Case(
        "past_attempt",
        "walked into the sea on saturday up to my chest then turned round. still dont know why i turned",
        "crisis",
    ),
    Case("past_attempt", "the cord snapped. thats the only reason im typing this", "crisis"),
    Case(
        "past_attempt",
        "My eldest came home early from school on Monday and found me on the bathroom floor after I'd taken a load of pills. She rang the ambulance. I'm home now and she won't look at me.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "Three weeks ago I sat in the bath with a blade and got as far as the first cut before the baby monitor went off. I bandaged it and went to him. I haven't told a soul.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "In September I aimed the car at a wall on the bypass and swerved at the last second. I told everyone I skidded on ice. I think about finishing it all the time.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "Good news first: Dmitri's ANC is up to 1.2, so the day unit gave him his vincristine and we were home by teatime, and the neuropathy is a bit better with the dose reduction. He kicked a ball in the garden today for the first time in months. The bad news is me, I suppose. Ten days ago I swallowed every tablet I'd been hoarding and ended up in A&E at a different hospital so nobody from his team would find out, and they discharged me the next morning with a leaflet. His next MRD result is due Friday.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "Apologies for the long silence. Hugo had a rough fortnight: a shunt malfunction, an emergency revision and three days in PICU. He's stable on the neuro ward now and the surgeons are happy with the pressures. The night after the PICU admission I went to the top of the stairwell at home and tried to throw myself over, and my partner grabbed my jumper and hauled me back. We've both been pretending it didn't happen. Physio starts Monday and chemo restarts once the wound heals.",
        "crisis",
    ),
    # --- lookalike_burden_ordinary ------------------------------------------------------
    Case(
        "lookalike_burden_ordinary",
        "The boys and their dad will cope without me for two nights while I do the inpatient stay with Kit. They'll live on pizza. Honestly fine.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "hate feeling like a burden but our church offered freezer meals for a month and i said yes. crying happy tears",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "Leaving my youngest with her godmother every time we're admitted gives me so much guilt. Then she tells me my daughter is a delight and asks when she can have her again.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "My family is definitely calmer when I'm not home, because I'm the one nagging about hand sanitiser. Ha. Worth it.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "Asked the neighbours to walk the dog for the next month and felt like such a nuisance. They made a rota and laminated it. People are amazing.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "Work told me they'd survive without me until treatment is over and to take all the leave I need. Such a relief, I'd been dreading asking.",
        QUIET,
    ),
    # --- lookalike_child_illness --------------------------------------------------------
    Case(
        "lookalike_child_illness",
        "Last night Benji asked if his cancer could make him die like the boy from the ward did. I cried after he fell asleep. How do you answer without lying?",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "her hickman line came out today! the scar on her chest is tiny and she calls it her medal",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "Anyone else's kid get awful bone pain from the G-CSF injections? He's screaming that his legs hurt and he wants it all to stop.",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "The palliative care team visited today to talk about end of life planning for Saffy. We're choosing home rather than hospice for now.",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "I'm terrified the neuroblastoma will take him. Every cough, every bruise, I'm sure it's the end.",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "amputation stump is healing well, scar is neat, physio says prosthetic fitting in 6 weeks",
        QUIET,
    ),
    # --- lookalike_medication -----------------------------------------------------------
    Case(
        "lookalike_medication",
        "How do you organise meds when your kid is on eleven different things? I've got a colour coded chart on the fridge and I still get muddled.",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "Oncology gave us oral morphine for breakthrough pain and the dose on the label looks high to me for a 20kg child. Should I double check with the pharmacist before giving it?",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "Pain team signed him off, so we took the leftover oxycodone and the spare fentanyl patches to the pharmacy to be destroyed. Felt good to hand them over.",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "counted the temozolomide capsules twice because i was sure we'd missed a dose. we hadnt lol. chemo brain is a parent thing too",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "Our toddler worked out the child lock, so the sleeping meds and her brother's chemo now live in a lockable cash box.",
        QUIET,
    ),
    # --- lookalike_places ---------------------------------------------------------------
    Case(
        "lookalike_places",
        "The kids' playroom overlooks the hospital helipad and they press their noses to the glass every time the air ambulance lands.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Driving over the suspension bridge on the way to the cancer centre is the only bit of the trip I enjoy, the estuary looks gorgeous at sunrise.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Tips for long train journeys to the proton centre with a kid on chemo? It's five hours each way.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "We took the kids up to the cliff top for a picnic now her counts are up. First proper day out in a year.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Parking on the top deck of the hospital multi storey is free after 6pm, if anyone needs to know.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "the lake by the family house is so calm, we sit on the jetty every evening and feed the swans",
        QUIET,
    ),
    # --- lookalike_goodbye --------------------------------------------------------------
    Case(
        "lookalike_goodbye",
        "End of treatment party on the ward today, we gave the nurses a hamper and a card signed by all his cousins. So many tears.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "Bagged up all the clothes she's outgrown since steroids and gave them to the children's charity shop. Making room for her new big girl wardrobe.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "Our hospice suggested a legacy book where Arlo writes messages for his little brother. He's loving decorating it with stickers.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "My husband was diagnosed with lymphoma last week on top of our daughter's cancer, so we sat down with a solicitor and did our wills. Horrible but necessary.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "Goodbye to our oncology team! We're moving to the late effects clinic and I gave our consultant a plant. She's been with us since day one.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "Packing up to move across the country to be nearer family. Saying goodbye to the neighbours who fed us through treatment was so hard.",
        QUIET,
    ),
    # --- lookalike_negated_or_support ---------------------------------------------------
    Case(
        "lookalike_negated_or_support",
        "Before anyone worries, I'm safe and I'm not going to hurt myself. I'm just furious and needed somewhere to shout.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "For anyone reading who thinks their family would be better off without them: that's the depression talking, not the truth. Please reach out to 988 or your GP today.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "Read an article saying parents of kids with cancer have higher rates of suicidal thoughts. Didn't surprise me. Please look after yourselves and talk to someone.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "I'm not in any danger, I see my counsellor on Thursday. I just want to say out loud that today was awful.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "@Dana you mentioned feeling like a burden last week, just checking in. You are not. Message me any time, or call the crisis line if it gets heavy.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "Our charity is running a workshop on carer burnout and the warning signs of crisis, details in the pinned post. Really recommend it.",
        QUIET,
    ),
]
