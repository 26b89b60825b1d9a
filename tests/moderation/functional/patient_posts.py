# ruff: noqa: E501
"""Ordinary posts of a cancer support group, in a patient's or a parent's own voice: none raises.

Both parts were written by helpers blind to the detector (no detector code, tests or other
data read, no real posts or corpora consulted), in December 2026, with the words detectors
trip on in their ordinary sense: death anxiety, legacy work, treatment decisions made with
the team, pain and its medicine, venting, complementary care alongside treatment, scan news,
medicine logistics, gallows humour, replies to others.

``DEV`` (80 posts) was measured, and the classes its false alarms showed were mended (death
feared from the illness or asked about, medicine handed back or packed as prescribed, a myth
named in quotation marks, a clinician's words retold as "she was clear"). ``HELD_BACK``
(100 posts, another writer) was written after that and is only counted
(``scripts/moderation_functional.py`` prints its rate per kind, never its texts): nothing is
tuned on it.
"""

from __future__ import annotations

from .support import QUIET, Case

DEV: list[Case] = [
    Case(
        "death_anxiety",
        "Scan results on Thursday and I keep doing the maths on median survival for stage 4 HER2+. I know the figures are years out of date and I'm not a statistic, but at 3am it's hard not to wonder how long I've actually got. Anyone else spiral like this the week before scans?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "my 7yo asked me at bedtime if the lump is going to make me die. i said the doctors are working really hard and i'm planning to be around to embarrass her at her wedding. then cried in the shower lol. how did you all answer this one??",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "I'm 41 and found out in March that it's spread to my spine and pelvis. The thing that floors me isn't pain or even dying itself, it's the thought of not seeing Callum start secondary school or learn to drive. My oncologist is honest that this is treatable but not curable, and some days I can hold that and some days I can't. I've started seeing the psychologist attached to the palliative team, which I thought was only for the very end, but it turns out they see people like me for years. She said the fear is a normal response to a real threat, not a sign I'm coping badly. Today was a good day: school run, coffee, a nap. Just wanted to put the fear somewhere other than my own head.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Terrified of dying before my girls are grown. Saying it here because I can't say it at home yet.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Ethan's neuroblastoma has relapsed and the consultant was very careful with her words, which told me more than the words did. I lie awake listening to him breathe and wondering if this is the year we lose him. He's upstairs right now building Lego and arguing with his sister like nothing is wrong. How do other parents carry this fear and still function?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Onc said months rather than years if this line of chemo doesn't hold the pancreatic tumours. I asked straight out and got a straight answer, and weirdly I feel calmer than I did when I didn't know. Going fishing with my brother on Saturday.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Does fear of recurrence ever actually go away? Two years out from lumpectomy and rads and every headache I'm convinced it's in my brain and this is how I die. My GP is very patient with me, bless her.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Had the 'what are my chances' conversation with my consultant today. Bowel cancer, stage 3, and she gave me the five-year survival numbers for my situation. They're better than I feared but not as good as I hoped. Still processing, but I'm glad I asked rather than lying awake imagining the worst.",
        QUIET,
    ),
    Case(
        "legacy",
        "I've started writing letters for my kids to open on each birthday until they're 18. Did Maisie's 13th tonight, mostly about friendships and how it's fine to change your mind about people. It's oddly peaceful. Anyone else done this and have tips for keeping them organised?",
        QUIET,
    ),
    Case(
        "legacy",
        "Recorded myself reading The Gruffalo and a few other bedtime stories for Noah while my voice is still strong. He's 3 so he won't remember much of this time, but he'll have me reading to him. My sister is backing them up in three places because she knows me and tech.",
        QUIET,
    ),
    Case(
        "legacy",
        "Finally went to the solicitor and updated my will today. Named my brother as guardian for the boys and set up a small trust for their education. Honestly felt like a weight off, not morbid at all. If you've been putting it off, it took about an hour.",
        QUIET,
    ),
    Case(
        "legacy",
        "Told my husband my funeral wishes over dinner last night, calmly, with wine. No black, everyone in bright colours, 'Here Comes the Sun' on the way out and proper sausage rolls at the wake. He laughed and then he cried and then we wrote it all down. I'm still here and on treatment, I just want it sorted so nobody's guessing later.",
        QUIET,
    ),
    Case(
        "legacy",
        "Filled in my ReSPECT form with my GP this week and talked through DNR. I was dreading it, but it was a kind, practical conversation about what matters to me: being at home, being comfortable, not having lots of machines if it comes to that. Copies are on the fridge and with my daughter.",
        QUIET,
    ),
    Case(
        "legacy",
        "We've decided with the palliative team that when the time comes I'll go to the hospice rather than hospital. Visited today and it was nothing like I imagined: a garden with bird feeders, a dog wandering about, nurses who actually had time to sit down. I'm not there yet and hopefully not for a good while, but knowing where I'll be has taken a lot of the fear out of it.",
        QUIET,
    ),
    Case(
        "legacy",
        "Making a memory box for my 4 year old. So far: my perfume, the scarf she always steals, a recording of our silly goodnight song, and photos of the two of us with notes on the back. Open to ideas for what else to put in from those who've done it.",
        QUIET,
    ),
    Case(
        "legacy",
        "Our Rosie has DIPG and after a lot of talking with her team we've chosen comfort care over more treatment. This week we did handprints in paint, a plaster cast of her hand holding mine, and her big brother filmed her telling her favourite terrible jokes. She's tired but happy, and we're trying to fill the time we have with good things. Thank you all for holding us up.",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "I've decided not to have reconstruction and go flat after my mastectomy. My surgeon was really supportive once she knew I'd thought it through. I just don't want more surgeries and more recovery. Anyone else flat and happy with it?",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "Torn between lumpectomy + radiation vs mastectomy. Surgeon says survival is the same for my tumour size, so it really comes down to what I can live with. Leaning lumpectomy because I want the shorter recovery with two toddlers at home. What helped you decide?",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "After three years of letrozole my joints were so bad I couldn't get up the stairs. Sat down with my oncologist and we agreed to stop it and switch to tamoxifen for the remaining years instead. She said quality of life is part of the treatment plan, not separate from it. Feeling relieved and a bit nervous.",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "Last Herceptin infusion done!! 18 rounds. Nurses sang to me. Port comes out next month.",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "Signed consent today for a phase 2 trial for triple negative. It's randomised so I might get standard chemo plus the new drug or standard chemo alone, and either way I'm getting proper treatment. The research nurse went through it all twice and gave me a number to ring any time. Feels good to maybe help the next lot of women too.",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "Me and my oncologist have agreed to stop chemo. It's not working on the liver mets anymore and the side effects were taking every good day I had. We're moving to focus on symptom control and quality of life with the palliative team, and I still see him every month. It was my choice and he backed me. I feel at peace with it and I want to spend the summer in the garden, not in the day unit.",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "BRCA2 positive, 34, going ahead with a preventative double mastectomy in the autumn. Genetic counsellor and surgeon both say it's a reasonable option given my mum and aunt. Terrified of the op, but not of the decision, if that makes sense.",
        QUIET,
    ),
    Case(
        "treatment_decisions",
        "Our 5yo's ALL team asked us to enrol her in the national trial that compares two versions of the maintenance treatment. Both arms are standard-level care, it's about reducing long-term side effects. We said yes after reading everything and asking a hundred questions. Anyone else's kid on it?",
        QUIET,
    ),
    Case(
        "side_effects",
        "this neuropathy is killing me. can't do buttons, dropped a mug this morning, feet feel like I'm walking on marbles. onc has reduced my paclitaxel dose, anyone find anything that helps in the meantime?",
        QUIET,
    ),
    Case(
        "side_effects",
        "Bone mets in my hips, and the palliative nurse has me on slow-release morphine twice a day with oramorph for breakthrough pain. I was scared of it at first, thought it meant the end, but it's just a painkiller that actually works and I can walk the dog again. Taking it exactly as prescribed and she's reviewing the dose next week.",
        QUIET,
    ),
    Case(
        "side_effects",
        "The hot flushes on tamoxifen are something else. 14 last night, I counted. Sleeping with a fan, a cold flannel and a husband who's banished to the far side of the bed.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Hair started coming out in handfuls on day 16, right on schedule. Got my son to shave it off with his clippers and we made a thing of it with music. Still cried after, but my head is a surprisingly good shape.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Day 3 after EC and the nausea is brutal. Taking the ondansetron and the domperidone like the nurse said, ginger biscuits on standby. Is it normal for it to peak around now?",
        QUIET,
    ),
    Case(
        "side_effects",
        "Week 4 of radiotherapy and the fatigue has hit like a truck. Not sleepy, just bone tired, like my batteries are at 2%. The radiographers say it's normal and can carry on a few weeks after. Pacing myself and saying no to things.",
        QUIET,
    ),
    Case(
        "side_effects",
        "taxol bone pain is brutal ngl. took the oxycodone the dr gave me n finally slept 6hrs. also claritin?? apparently helps with the neulasta pain, nurse said try it",
        QUIET,
    ),
    Case(
        "side_effects",
        "Our daughter has awful mouth sores from the methotrexate, she can't even swallow water. She's on a morphine PCA on the ward now and the nurses are brilliant with it. First time she's smiled in two days. Does anyone know how long mucositis usually lasts?",
        QUIET,
    ),
    Case(
        "exhaustion_venting",
        "I can't do this anymore. Three phone calls, two emails and a trip to the surgery just to get one prescription authorised, and the pharmacy still didn't have it. I'm fighting cancer, not the NHS admin system. Rant over, back on the phone tomorrow.",
        QUIET,
    ),
    Case("exhaustion_venting", "F*** cancer. F*** it right off. That's the post.", QUIET),
    Case(
        "exhaustion_venting",
        "So tired of being a patient. Bloods Monday, scan Wednesday, oncology Friday, portal messages in between, and every single person asks me my date of birth and first line of my address. I used to be a person with a job and hobbies. Now I'm a hospital number with good veins.",
        QUIET,
    ),
    Case(
        "exhaustion_venting",
        "My husband is doing everything: cooking, school runs, my meds, washing my hair in the bath. He never complains, but I feel like such a burden on him and I hate it. I know he'd say I'd do the same. Doesn't make it easier to watch him so exhausted.",
        QUIET,
    ),
    Case(
        "exhaustion_venting",
        "4th admission this month for neutropenic fever. 4th time packing the bag at 2am, 4th time paying for hospital parking, 4th time explaining to his brother why Mummy isn't home. I'm so sick of it. He's doing fine, we're fine, I'm just absolutely worn out and needed to shout somewhere.",
        QUIET,
    ),
    Case(
        "exhaustion_venting",
        "honestly so angry at cancer today. it took my summer, my eyebrows, my job and now my best friend's wedding bc i'm neutropenic that week. I hate this stupid disease",
        QUIET,
    ),
    Case(
        "exhaustion_venting",
        "sick to death of hospital car parks and vending machine coffee",
        QUIET,
    ),
    Case(
        "exhaustion_venting",
        "I'm muting this group for a week, not because of any of you but because I need a break from thinking about cancer 24/7. Treatment's going fine, I'm fine, I just want seven days of being a normal mum who worries about packed lunches. Don't send a search party, I'll be back after half term with a full moan about the school trip.",
        QUIET,
    ),
    Case(
        "complementary",
        "Started acupuncture for the hot flushes from anastrozole. Checked with my oncologist first and she was all for it, the hospital even runs a clinic. Down from 10 a night to about 4. Not magic but I'll take it.",
        QUIET,
    ),
    Case(
        "complementary",
        "The cancer centre does a gentle yoga class on Tuesdays for people in treatment. I was sceptical but it's really helped with the stiffness after surgery and the teacher knows which poses to skip with a port or lymphoedema. Recommend if yours has one.",
        QUIET,
    ),
    Case(
        "complementary",
        "Quick question: is turmeric safe during chemo? My mother-in-law keeps putting it in everything. I've asked my chemo nurse and she's getting back to me about interactions, but wondered if anyone else has asked theirs.",
        QUIET,
    ),
    Case(
        "complementary",
        "Saw the hospital dietitian about eating well through treatment. Roughly Mediterranean, lots of veg and beans, not stressing about sugar, and protein shakes on the bad days. She was clear food supports treatment rather than replaces it, which was a relief after all the 'starve the cancer' stuff my cousin sends me.",
        QUIET,
    ),
    Case(
        "complementary",
        "Walking 20 minutes a day through chemo, even on the rubbish days when it's just to the end of the road and back. The oncology physio says it helps with fatigue and I honestly think it does. Anyone else keep moving through treatment?",
        QUIET,
    ),
    Case(
        "complementary",
        "My GP prescribed vitamin D after my bloods came back low, and I double checked with the oncology pharmacist that it's fine alongside my palbociclib. It is. Posting because someone asked about supplements last week.",
        QUIET,
    ),
    Case(
        "complementary",
        "Had my first reiki session at the hospice day centre. No idea if there's anything to it, but lying in a warm quiet room for an hour with someone being kind to me was lovely. It's a nice extra on top of my actual treatment, not instead of it.",
        QUIET,
    ),
    Case(
        "complementary",
        "My aunt keeps sending me articles on medicinal mushroom capsules. Asked my onc and she said not while I'm on the trial, as they can't be sure about interactions, so that's a no from me. Will stick to mushrooms on toast.",
        QUIET,
    ),
    Case(
        "milestones",
        "RANG THE BELL TODAY!!! 6 rounds of chemo, surgery and 15 sessions of radiotherapy, and it's done. Couldn't get through the rhyme without crying. Thank you all for getting me here.",
        QUIET,
    ),
    Case("milestones", "One year NED today. Celebrated with cake and a very long nap.", QUIET),
    Case(
        "milestones",
        "Scans clear! CT and bone scan both show no evidence of disease. I've been holding my breath for two weeks and I think I can finally exhale.",
        QUIET,
    ),
    Case(
        "milestones",
        "Update for those who've been asking: my scan showed progression in the liver, two new small spots. The lungs are stable. Starting a new line of treatment (capecitabine) next week and my oncologist is optimistic it'll hold things. Disappointed but not surprised, and I've got a plan, which helps.",
        QUIET,
    ),
    Case(
        "milestones",
        "Five years since diagnosis today. Five years ago I couldn't imagine being here, and now I'm here, complaining about the weather and my knees like a normal person. Sending love to everyone still in the thick of it.",
        QUIET,
    ),
    Case(
        "milestones",
        "Our boy finished his maintenance chemo today after 3 years and 2 months of ALL treatment!! He had a bell, a cake shaped like a dinosaur and a party with every nurse on the ward. Off treatment, onto follow up. I can't stop smiling.",
        QUIET,
    ),
    Case(
        "milestones",
        "Last radiotherapy session this morning, 20 of 20. The radiographers gave me a certificate and I'm weirdly proud of it.",
        QUIET,
    ),
    Case("milestones", "NED!!! 3 years!!! 🎉🎉", QUIET),
    Case(
        "medication_logistics",
        "Got a weekly pill organiser with AM/PM compartments and set phone alarms for my capecitabine. Two weeks on, one off, so I mark the off week in red on the calendar. Chemo brain is real and this has saved me more than once.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Does anyone else count their tablets at the end of each cycle? My onc nurse asked me to so we know I took every dose, and it's reassuring when the numbers match.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Finished with the oxycodone after my surgery healed, so I took the leftover tablets and the morphine liquid back to the pharmacy for safe disposal. They were really nice about it. Didn't want them sitting in the cupboard with kids around.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Tips for giving 6-MP to a 4yo at bedtime? The dose is worked out on her weight and the nurse showed us how to do the liquid with an oral syringe, but she clamps her mouth shut. We're trying a sticker chart.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Reminder to self and anyone else with a kid on leukaemia treatment: Septrin is weekends only! I set up an app with alerts for all of Jack's meds and it's made the whole thing so much calmer.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "How early do you all order repeat prescriptions for letrozole? My surgery needs 3 working days and the pharmacy another 2, so I've nearly run out twice. Now I order when there's 10 days left.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Flying to Spain to see my sister next month. Keeping all my meds in hand luggage in their original boxes, with a letter from my oncologist listing them. Anything else I should think of?",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "the dex makes me wired all night so my nurse said take it in the morning with breakfast, not at tea time. game changer. also writing down every dose in a notebook bc I can't remember if I took it 5 mins later",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Chemo round 4 and I'm absolutely killing it. Also it's killing my taste buds, so swings and roundabouts.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "My wig blew off in the wind at the bus stop today. A lad chased it down the road and handed it back like a lost kitten. Best laugh I've had all month.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Dying to know if my hair grows back curly. Currently rocking the Mr Sheen look.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Fourth insurance claim form this week asking the same questions. Shoot me now. Apparently cancer needs to be re-proved every Tuesday.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Played the cancer card to skip the queue at the post office. Zero regrets. Slightly bald so it was very convincing.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Upside of chemo: haven't shaved my legs in four months and my shampoo budget is £0. Downside: the rest of it.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Got my port in. I'm officially part cyborg now. Waiting for the laser eyes to kick in.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "chemo brain update: put my phone in the fridge and the butter in my handbag. my oncologist says this is 'expected'. my husband says it's 'terrifying'. the butter is fine",
        QUIET,
    ),
    Case(
        "support_others",
        "I'm so sorry to hear about Jackie. She was one of the first people to reply to me when I joined this group, and she had a way of making you laugh on the worst days. Sending love to her family and to everyone here who knew her.",
        QUIET,
    ),
    Case(
        "support_others",
        "@Priya haven't seen you post since your surgery last week, just checking in. Hope recovery's going ok and you're being looked after. No pressure to reply x",
        QUIET,
    ),
    Case(
        "support_others",
        "Welcome, though I'm sorry you had to find us. The waiting between biopsy and results is honestly the worst part, it does get easier once there's a plan. Ask us anything.",
        QUIET,
    ),
    Case(
        "support_others",
        "Reply to Dawn: I felt exactly like that about dying when I was first diagnosed stage 4 six years ago. I didn't think I'd see my son turn 10 and he's 16 now and taller than me. I'm not promising anything, nobody can, but the fear doesn't always stay that loud. Please mention it to your team too, mine referred me to a counsellor and it helped.",
        QUIET,
    ),
    Case(
        "support_others",
        "So sorry to hear Lily has relapsed. You've been a rock for so many parents on here, now let us be one for you. Messaging you my number.",
        QUIET,
    ),
    Case("support_others", "sending massive hugs xxx", QUIET),
    Case(
        "support_others",
        "Re losing your hair: I cut mine short first so the shave wasn't such a shock, and the headwear thread from last month has loads of good ideas. It does grow back, I promise. Mine's at the awkward hedgehog stage now.",
        QUIET,
    ),
    Case(
        "support_others",
        "To Mark and Sarah, and all of Finn's family: we are so sorry. Finn fought his leukaemia with more humour and bravery than any of us adults, and his dinosaur facts kept the whole ward going. Thank you for sharing him with us over the past two years. Take all the time you need, we're here when you want us and we'll be thinking of you at the service on Friday. Sending so much love.",
        QUIET,
    ),
]

HELD_BACK: list[Case] = [
    Case(
        "death_anxiety",
        "scan tmrw and my brain keeps whispering 'what if im dying' at 3am. anyone else get this before results?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Does the fear of dying ever get quieter? 2 yrs NED and it still ambushes me in the cereal aisle lol",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "my 7yo asked if mummy is going to die from the lump and i said the doctors are working really hard to make me better, was that ok to say??",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "I'm 44 with stage 3 bowel cancer and I've realised I'm not actually scared of death itself, I'm scared of missing my girls growing up. My psychologist at the Maggie's centre says naming it out loud takes some of the sting out. Does anyone have a way of talking about this with their partner without you both ending up in bits?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Had a proper wobble tonight reading survival stats for small cell lung cancer, which my oncologist specifically told me not to do. She reminded me last clinic that those numbers are old averages, not a prediction for me. Just needed to type that somewhere people get it.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Every twinge in my side and my head goes straight to 'it's back and I'll be dead by Christmas.' Logically I know my CT in June was clear and my CNS said to ring her about anything that lasts more than a fortnight. Anyone got tricks for shutting up the catastrophising brain?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "My son Leo is 9 and on maintenance for ALL, doing really well. Last week a little boy we'd got to know on the ward died, and since then I've been lying awake thinking about death every single night. I know every child's leukaemia is different and our consultant sat with us for half an hour going through why Leo's risk group is not the same. Knowing that and feeling it are two different things though. I've booked in with the parents' psychologist at the hospital and she's got me doing a worry diary, which sounds daft but is helping a bit. I want to spend this year enjoying him, not frozen with fear. How do other parents carry the losses on the ward without it swallowing them?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "68, prostate cancer with spread to a couple of bones, diagnosed in March. I've never been one for thinking about mortality but now it's there every morning when I shave. It isn't that I think I'm dying tomorrow - the hormone jabs are working and my PSA has dropped like a stone. It's more that the clock has become visible, if that makes sense. My granddaughter is due in October and I find myself doing sums about how many birthdays I'll see. Had a long chat with my GP who pointed me to a men's group at the local hospice, of all places, and it's been surprisingly cheerful. Anyone else find the existential stuff harder than the physical?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Weird thought today: I'm going to die of something one day, and it might be the myeloma or it might be a bus or plain old age. My haematologist says plenty of people live a long time with it now. Somehow accepting that I don't get to know made me less frightened, not more.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "I'm 29, eighteen months out from surgery and radiotherapy for a sarcoma in my thigh, and the panic attacks about dying young hit me out of nowhere. Last month I had one on the Tube and was convinced my heart was giving out. My GP referred me for CBT through the cancer psychology service and honestly it's been a game changer - we map out the thought, the body stuff, and what I actually know from my scans. I also started a low dose of sertraline after talking it through with her. I still get the 'what if', but it passes now instead of running the whole day. Posting in case someone younger is sitting with this and thinks they're the only one.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Finally sat down and did my will this weekend, weirdly good to have it sorted 📝",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "anyone made memory boxes for their kids? want to start one while i'm feeling well on this treatment",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Started writing letters for my daughter's big birthdays - 18 and 21 done, cried and laughed in equal measure.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Had my first visit from the community palliative team today - for symptom control, nothing imminent, my oncologist still has options up her sleeve. We talked about where I'd want to die when the time comes and I said home, with the dog on the bed. It's written in my advance care plan now and I feel a lot lighter for it.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Recorded a video of me reading The Gruffalo with all the voices for the grandkids. My Macmillan nurse suggested it after I said goodbye letters aren't really my style. It was the most fun I've had in weeks.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Sorted my lasting power of attorney for health and finances today and filled in the ReSPECT form with my GP. My son was a bit shaken when I brought it up but afterwards he said he was glad he won't have to guess what I'd want.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Metastatic breast cancer, 51, and currently doing well on palliative chemo - my oncologist reckons we're talking a good while yet. Even so, I've started planning my funeral, because I'm a control freak and I'd rather choose the music than leave it to my husband, who thinks Phil Collins is a personality. So far we have Fleetwood Mac, one hymn for my mum, and a strict no-black dress code. Planning it has actually made us talk about things we'd been tiptoeing around for a year. He knows where the passwords are, which friends to ring, and that I want my ashes scattered off the pier at Tenby. Anyone else find the practical planning oddly comforting?",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Our daughter Lily is 6 and has DIPG. We've been told there's no curative treatment and we're now under the children's palliative care team, who have been extraordinary. We're focusing on making memories: she's been to the beach twice, had a sleepover at the aquarium thanks to a charity, and has very firmly decided which cousin gets which stuffed animal. The hospice nurse helped us make hand prints and a recording of her laugh. Some days are unbearably sad and some days are just normal and silly, and I'm learning both are allowed. If any parents further along this road have advice on talking to her little brother, I'd be grateful.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "does anyone know if you can still donate your body to science after chemo? sorting out my end of life wishes and want to be useful lol",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "I'm 73 with CLL that's been ticking along slowly for eight years, and lately I've been thinking about what I leave behind that isn't money. My haematologist says I may well see another decade, but none of us knows, so I'm doing it now while I can enjoy it. I've been writing up the family history, all the stories about my grandmother running a pub in Cork during the war. I've also started giving away bits of jewellery now rather than putting them in the will, so I get to see my nieces wearing them. My solicitor calls it an 'ethical will' when you write down your values as well as your assets. Has anyone else done one of those?",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "onc and i agreed to stop the capecitabine for now bc of my feet, restarting at a lower dose in 2 wks",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "Decided with my team to skip radiotherapy after my lumpectomy - I'm 74, low grade, and the benefit for me was tiny.",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "DONE WITH CHEMO!!! team says 4 cycles was enough after the interim PET so no more 🎉",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "After a long talk with my urologist and the clinical oncologist I've gone for active surveillance rather than surgery for my Gleason 6. PSA every three months and another MRI next year. Felt strange choosing to 'do nothing', but it isn't nothing, it's watching carefully.",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "I told my oncologist I can't go on like this with the current regimen - constant diarrhoea and I've lost 8kg. She was brilliant: switched me to a different combination and got the dietitian involved the same day. So glad I spoke up instead of suffering quietly.",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "Has anyone decided with their oncologist not to go ahead with a third line and focus on quality of life instead? My team raised it as a reasonable option alongside another chemo, and I want to hear from people who've been there. I'm not deciding anything yet - seeing palliative care and my consultant together next week to talk it through.",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "Our 4yo Oscar has AML and it didn't go into full remission after the first two rounds. The consultant has recommended a bone marrow transplant, and they've found a 10/10 unrelated donor in Germany. We had a two-hour meeting with the transplant team going through the risks - infection, GVHD, effects on fertility later - and honestly it was terrifying to hear it all laid out. We asked for a second opinion from another centre, which the team arranged without any fuss, and they agreed with the plan. We signed the consent forms yesterday. Admission is in three weeks. Any tips from parents who've done the transplant ward would be so welcome.",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "Quick update for the EGFR crew. I've been on osimertinib for 14 months with great results, but I developed a cough and breathlessness last month and the CT showed pneumonitis. My oncologist stopped the drug straight away and started me on steroids. Yesterday she told me it's being permanently discontinued because the risk of it happening again is too high. I was devastated at first - it felt like losing my safety net - but she's already got a plan for chemo-based treatment once my lungs settle. Has anyone here had to come off a targeted therapy for side effects and switched successfully?",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "Big decision made with my oncologist: I'm pausing tamoxifen after two and a half years to try for a baby, as part of a study that follows women doing exactly this. I'll restart once we've had a go (fingers crossed!) and finish the full course. It was a long conversation with a lot of numbers, but I feel well informed.",
        QUIET,
    ),
    Case(
        "treatment_decisions_with_team",
        "I've been offered a place on a clinical trial for my relapsed follicular lymphoma and I'm leaning towards yes. The research nurse spent ages with me going through the consent form and made it really clear I can withdraw at any time without it affecting my normal care. It means more hospital visits - weekly for the first two months - and extra bloods and scans. My haematologist said she'd be comfortable with either route, which somehow made it harder to choose. My wife and I made a pros and cons list on the back of a takeaway menu. Anyone been on a trial and have thoughts on what it was actually like day to day?",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "chemo brain is real, put the kettle in the fridge this morning 🙃",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Neuropathy in my fingers so bad I can't do buttons - told the chemo nurse and they're cutting the oxaliplatin dose.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "morphine making me sooo constipated, what laxatives did ur team give u?",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Day 5 after EC and it feels like an overdose of every side effect at once - nausea, mouth ulcers, and bone ache from the Neulasta injection. The nurse on the helpline said the bone pain is normal and suggested an antihistamine, which apparently helps some people. Will report back.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Went to A&E last night with a temperature of 38.3 on day 9 of chemo. I know the rule, rang the 24-hour line and they told me to come straight in. Neutropenic, IV antibiotics within the hour, hopefully home tomorrow. Please don't sit on a fever, folks.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "The pain from the bone met in my hip has been killing me this week. The palliative team upped my slow-release morphine, added a breakthrough dose, and they're booking a single fraction of radiotherapy to the spot. Already feeling a bit more human.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Week 4 of radiotherapy to my left breast and the skin under my arm has gone red raw and started to peel. I was trying to tough it out but the radiographers spotted it at treatment and sent me to the review nurse. She gave me a proper dressing, told me to stop using my usual deodorant on that side, and said it often peaks a week or two after the last session before it heals. Wearing my husband's old soft cotton t-shirts and no bra at all has helped more than anything. If you're in the thick of it, show the team - they've seen it all and it's not moaning.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Any parents got tips for steroid weeks? Our 5yo Amira is on dex for ALL and she has turned into a tiny hungry tyrant. She wants sausages at 2am and screams if the toast is cut into triangles instead of squares. She's also had jaw pain from the vincristine, which I didn't know was a thing until the nurse explained it's nerve pain. They've given her regular paracetamol and said to call if it gets worse or she stops eating. I love her to bits but I am running on fumes. Tell me it passes after the pulse?",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "hair coming out in clumps in the shower, shaving it off tonight w my husband, wish me luck x",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Six months into hormone therapy for prostate cancer and nobody really prepared me for the hot flushes. I'll be sitting in a meeting and suddenly I'm sweating like I've run a marathon. The fatigue is the other thing - I nap most afternoons now, which I've never done in my life. I mentioned it to my oncology nurse and she suggested walking every day, which seems backwards but does seem to help the tiredness. My GP is also checking my bone density because the injections can thin the bones. My wife says welcome to her world, which is fair.",
        QUIET,
    ),
    Case("venting_and_exhaustion", "so tired of being tired. thats it thats the post", QUIET),
    Case(
        "venting_and_exhaustion",
        "If one more person tells me to stay positive I'm going to scream into a pillow. Oh wait, I already did.",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "cant go on like this with the hospital parking, £18 a day for 5 weeks of radiotherapy is daylight robbery",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "i'm so done with chemo. 2 more cycles. counting them down like a school kid before summer hols",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "I feel like such a burden on my wife at the moment - she's doing the kids, the dog, my meds, the lot. She says I'm not a burden, I'm her husband, and I know she means it, but I hate being the one who needs looking after. Going to raise it with the counsellor at the cancer centre next week because it's eating at me.",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "Fourteen months of hospital life with our son and I would genuinely kill for one full night's sleep. Between obs at 2am, pumps beeping and the fold-out bed, I've forgotten what rested feels like. My sister is coming to do a night shift on Thursday and I may cry with joy.",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "Today I cried in the car park, in the lift, and at the pharmacy counter. Nothing bad actually happened, the whole thing is just relentless. Tomorrow's a new day and I've got a bath and a terrible film lined up.",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "Rant incoming. I've spent three hours today on the phone about my PIP claim and I'm still no further on. They want evidence I already sent twice, and the woman on the phone asked if I could 'try harder to get to work' when I'm on chemo every two weeks. My Macmillan welfare advisor is brilliant and is taking it on for me, thank god, but the whole system feels designed to wear you down. I've got stage 3 bowel cancer, a stoma and two kids - I don't have the energy to argue with a computer that says no. Anyway, vent over. Going to eat a whole packet of chocolate digestives now.",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "My insurance company denied the prior authorization for my PET scan for the second time, even though my oncologist says it's standard of care for Hodgkin lymphoma staging. I've spent more time on hold this week than I have in treatment. The nurse navigator at the cancer center is filing a peer-to-peer review and says this happens constantly and usually gets overturned. I know I'm lucky to have coverage at all, but dealing with this while having cancer is exhausting. Anyone have tips for getting through appeals faster?",
        QUIET,
    ),
    Case(
        "venting_and_exhaustion",
        "Steroid week for my myeloma again and I'm wide awake at 4am, starving, and furious with the world for no reason. My family think I'm fine because I 'look well', and I can't explain that I'm running on dex and coffee and feel like I've been hit by a lorry. My team moved the dose to the morning, which has helped a little, but not enough. I'm not after advice really, just want to shout into the void where people understand. Tomorrow I'll crash and sleep for fourteen hours and we'll start all over again.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "acupuncture for chemo nausea actually helped me! onc was fine with it as long as my platelets were ok",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Checked with my pharmacist before starting turmeric caps and she said not during my chemo because of interactions, so I've parked it.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "yoga class at the cancer centre on tuesdays is my happy place, gentle stuff, all of us in headscarves",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "I asked my oncologist about supplements and she said no high-dose antioxidants during radiotherapy, but a normal multivitamin and vitamin D were fine. I was a bit gutted because my sister had sent me a huge bag of stuff from the health shop. I'd rather not mess with the treatment though, so the rest is in the cupboard until I'm finished and can ask again.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Not trying to cure anything with food, but I've moved to a more Mediterranean-style diet since finishing treatment - more veg, beans, fish, olive oil. My dietitian was happy with it and said the main thing was getting enough protein during the radiotherapy. I just feel better in myself.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Had my first oncology massage today from a therapist trained in lymphoedema, and it was heaven. She knew to avoid my arm on the surgery side and worked around my port. Highly recommend asking your breast care nurse for a referral if your centre offers it.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "I've been to my state's medical marijuana dispensary with my oncologist's knowledge - not to treat the cancer, just for appetite and sleep during chemo. She put it in my notes and asked me to avoid it on infusion days. It's helped me eat actual meals again.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "I'm a natural-remedies person by nature - herbal teas, essential oils, the lot - so getting diagnosed with stage 2 breast cancer was a real clash with how I see the world. I've chosen to do everything my oncologist recommends: surgery, chemo, radiotherapy, the works. Alongside that I use ginger tea and peppermint for nausea, a meditation app every night, and long walks with my dog. I wrote a list of everything I take, including teas, and went through it with the chemo pharmacist, who crossed off one herbal blend because of St John's wort. It feels like the best of both worlds, and my team are genuinely supportive as long as I keep them in the loop. Anyone else finding that balance?",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Our 7yo Ruben has Hodgkin lymphoma and is midway through his chemo protocol. The children's ward has a music therapist who comes round on Wednesdays, and it has been the single best thing for his mood - he's writing a very rude song about his cannula. They also offered aromatherapy hand massage for parents, which I nearly cried through. None of it replaces the medicine, obviously, but it makes the hospital feel a bit less like a hospital. If your unit has a play or music team, ask them in.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "I signed up for the exercise programme my hospital runs for people having chemo, and I was sceptical because I could barely climb the stairs. The physio started me on ten-minute walks and some resistance bands, checking my blood counts before each session. Six weeks in, I still get tired, but the bone-deep fatigue is noticeably less, and my oncologist said there's good evidence exercise helps with that. It's not a miracle and some weeks I skip it, but I feel like I'm doing something for myself alongside the treatment. Highly recommend asking if your centre has something similar.",
        QUIET,
    ),
    Case("milestones_and_scan_news", "NED!!!!!! 5 years today 🎉🎉🎉", QUIET),
    Case(
        "milestones_and_scan_news",
        "rang the bell today, hands shaking so much i nearly dropped it",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "PSA undetectable at 12 months post-op, first round's on me lads",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "Scan results: stable. Not shrinking, not growing, just sitting there minding its own business. For stage 4 lung I'll take stable any day of the week.",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "Today was Maisie's end-of-treatment day after two years and three months of ALL treatment. We said goodbye to the day unit nurses with a mountain of cake, and her port comes out next month. She's already asked if she can keep it in a jar.",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "Bad news at the scan today - two new spots on my liver. Gutted, honestly. But my oncologist already has a plan B, a different drug starting next week, so we go again.",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "One year ago today I was sitting in a tiny room being told I had bowel cancer, and I genuinely didn't think I'd be here writing this. Since then I've had surgery, six months of chemo, a stoma and then a reversal, and more blood tests than I can count. My surveillance CT last week was clear. I still get tired, I still panic before scans, and my bowels have their own personality now. But I took my kids to the rope swing by the river on Saturday and for an hour I felt completely normal. To anyone at the start of this: it is long, and it is hard, and there are good days waiting on the other side.",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "Two years today since my stem cell transplant for AML, so happy second birthday to me! My haematologist calls it my re-birthday and insists I celebrate it properly. I've just been allowed to write to my donor through the registry, and I have no idea how to thank a stranger in Poland for my life. I've had some GVHD in my skin and gut that's been managed with steroids, and I had my first round of childhood vaccinations again last spring, timed exactly as the transplant team advised. Cake is being eaten in a sensible, neutropenic-diet-free way. Grateful beyond words.",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "first post-chemo haircut!! the curls came back, nobody warned me about the chemo curls",
        QUIET,
    ),
    Case(
        "milestones_and_scan_news",
        "Two years ago I had an above-knee amputation for osteosarcoma, age 24. Last Sunday I finished a 5k parkrun on my running blade. It took me 52 minutes and I was last by a mile, but the tail walker high-fived me over the line and I sobbed. My physio and prosthetist have been with me every step, literally. Clear scans at my last follow-up too. If you'd told me back then I'd be doing this, I'd have laughed at you.",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "tip: set a phone alarm for capecitabine morning AND evening, i kept forgetting the pm dose",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "anyone else got a stockpile of stoma bags in the spare room? mine looks like an amazon warehouse lol",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "Pharmacy out of my anastrozole again, anyone had luck asking the GP to prescribe a different brand?",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "clexane jabs in the tummy every day for 6 months 😩 any tips for less bruising?",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "Flying to Spain next month with my oxycodone and oramorph. Got a letter from my GP listing everything and checked the rules for taking controlled drugs abroad. Has anyone done this, and did you have any hassle at security?",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "My oral chemo comes from a specialty pharmacy now, not my local Walgreens, and the first shipment was delayed three days. The oncology nurse said not to double up when it arrives, just restart on schedule and let her know. Also, the co-pay assistance foundation the financial counselor found for me covered nearly all of it - ask about it if your copay is brutal.",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "My palliative nurse changed my fentanyl patch schedule to every 72 hours on a Monday and Thursday so it's easier to remember. The district nurses are picking up the full sharps bin this week and dropping off a new one. It's a whole part-time job keeping track of it all, but the pain is much better controlled.",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "For any parents new to home meds on ALL maintenance, here's what our routine looks like after a year. 6-MP at bedtime on an empty stomach, methotrexate tablets once a week on Fridays, and Septrin on weekends. We wear gloves to handle the chemo tablets and the nurse told us to double-flush the toilet for 48 hours after doses. We keep a laminated chart on the fridge and tick off each dose, because tired brains forget. Oral syringes live in a separate box from the kitchen stuff. The community nurse comes for bloods every two weeks and the consultant adjusts the doses based on counts. Happy to answer questions if anyone's just starting out.",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "Practical question: since I switched regimens, I've got a drawer full of leftover pills - old anti-sickness tablets, dexamethasone, a half box of oxycodone. My nurse said not to bin them or flush them and just to take them back to the pharmacy, which I did today. The pharmacist was lovely and said it happens all the time. Just posting in case anyone else has a kitchen drawer that looks like mine did. Also a reminder to check expiry dates on the emergency supplies - my thermometer batteries were dead.",
        QUIET,
    ),
    Case(
        "medication_and_supplies_logistics",
        "Our oncology team told us the flu jab should go in between cycles, about a week before the next chemo, so we've got it booked for the 14th. For our son, the team said his re-vaccination schedule starts six months after he finishes treatment, and his little sister can still have her normal jabs on time. I had no idea the rules were so specific. Writing it all in the diary so nothing gets missed.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Told my oncologist I was dying to know my results. She didn't laugh. Tough crowd.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "chemo has killed my taste buds, my eyebrows and my will to wear trousers",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Bald, no eyebrows, steroid moon face. I look like a thumb that has seen things.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "prostate exam number 47. at this point my urologist and i are basically engaged",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "My husband asked what I wanted for my birthday and I said 'a working immune system.' He bought me a bottle of hand sanitiser the size of a fire extinguisher. Romance isn't dead, it's just neutropenic.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Got my radiotherapy tattoos today - three tiny dots. Twenty-two years of refusing a tattoo and this is what I end up with. My teenage son says they're the least cool tattoos in the history of the world.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Our 6yo with neuroblastoma told the nurse she couldn't take his blood today because he 'needs it for his vampire business.' She negotiated him down to two tubes and a sticker. He's either going to be a lawyer or a supervillain.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "I've told my family that if they play 'Another One Bites the Dust' at my funeral, I'll haunt them. My sister said that's exactly why she's going to. So now there's a running bet on whose funeral comes first - she's fit as a fiddle but drives like she's in a getaway car. My oncologist says I've got a good few years on this treatment, so my money's on me outliving the lot of them. I've already drafted my eulogy for her, and it's brutal.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Public service announcement for new stoma owners: your bag will choose the quietest moment of the day to speak. Mine chose the two-minute silence on Remembrance Sunday. I've never seen a brass band try so hard not to laugh. My stoma nurse said I should name it, so it's now called Gerald, and Gerald has no sense of occasion. Honestly I'd rather have Gerald than the tumour, so he's forgiven. Mostly.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "The upside of cancer: nobody questions you eating cake for breakfast. 'Got to keep my weight up,' I say, with a straight face, to the dietitian-approved plan.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "@Jen sending love, scanxiety is the absolute worst, fingers crossed for tmrw x",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "So sorry you're in so much pain tonight - please ring your palliative team's out-of-hours number, they'd much rather hear from you than not.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "Welcome Dave! this group saved my sanity after my lymphoma dx, ask anything, no question is too daft",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "Re: the fever question - please don't wait it out. Any temp of 38 or over on chemo, ring your 24-hour line or go straight to A&E. I did, and it was neutropenic sepsis caught early. Better to be sent home with a clean bill of health than the alternative.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "@Priya I felt exactly like that when my team stopped my Herceptin because of my heart scan. It felt like giving up, but it was the opposite - they paused it, my heart function recovered on the meds the cardio-oncologist started, and I restarted three months later. Trust them and ask all the questions.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "Tom, you're not a burden, you're a bloke with cancer who happens to need a hand right now. My husband felt exactly the same during my chemo when I was the one helping him - I'd have been furious if he'd kept things from me to spare me. Maybe tell your wife what you told us? It sounds like she'd want to know.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "I'd check with your oncology pharmacist before starting the mushroom capsules. Some supplements can interact with chemo, and mine was really helpful and not at all judgy about it. She ran through my whole list in ten minutes.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "Oh love, I remember those first weeks after my daughter's diagnosis so clearly - you're in the hardest part now. A few things that helped us: keep a notebook for every question that pops into your head, because you'll forget in clinic. Accept every offer of a meal and let people do your laundry. Learn the fever rule off by heart and keep the ward number in your phone and on the fridge - if she's hot, you ring, no debate. Ask the play specialist about a bravery bead programme. And look after yourself too, even if that's just a shower and a coffee from the League of Friends. It does get more manageable, I promise. Message me any time.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "Replying to the thread about writing letters - when I did mine last year I was terrified it would feel morbid, but it turned out to be one of the best things I've done. I wrote to each of my boys about the day they were born, the silly things they did as toddlers, and what I love about who they're becoming. I'm still here, still on treatment, and they don't know the letters exist yet. My counsellor helped me with the first one when I got stuck. Take it slowly, and don't feel you have to do them all at once. There's no right way to do it.",
        QUIET,
    ),
    Case(
        "replies_to_others",
        "I'm so sorry to read that Marion died on Sunday. She was one of the first people to reply when I joined this group terrified and clueless, and she never once made me feel silly. Her posts about her allotment and her ridiculous cat got me through my second round of chemo. Her daughter says the funeral is at the crematorium on the 3rd and everyone is welcome to wear something purple. I'll raise a cup of tea for her tomorrow and probably cry into it. Thinking of all of you who knew her.",
        QUIET,
    ),
]
