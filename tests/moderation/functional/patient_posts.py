# ruff: noqa: E501
"""Ordinary posts of a cancer support group, in a patient's or a parent's own voice: none raises.

Both parts were written by helpers blind to the detector (no detector code, tests or other
data read, no real posts or corpora consulted), in December 2026, with the words detectors
trip on in their ordinary sense: death anxiety, legacy work, treatment decisions made with
the team, pain and its medicine, venting, complementary care alongside treatment, scan news,
medicine logistics, gallows humour, replies to others.

``DEV`` (80 posts) was measured, and the classes its false alarms showed were mended (death
feared from the illness or asked about, medicine handed back or packed as prescribed, a myth
named in quotation marks, a clinician's words retold as "she was clear"). ``DEV_PATIENTS``
(120 posts, a third writer, mostly adult patients in the style of a patient forum) likewise
(a patient's decision about their own treatment, a letter to the illness, a treatment that
stopped working, the treatment credited with a cure, survival statistics, "I can't do this
anymore" said of the treatment). ``DEV_END_OF_LIFE`` (72 posts, a fourth writer: a child's
palliative care, goodbyes, funerals, things given away, bereaved parents, a parent's own end
of life) likewise (at the end of life by the illness a patient's goodbye, intent or plan is
the illness's; "I don't know how to live without him but I'm getting up every morning" carries
on). ``HELD_BACK`` (100 posts, another writer) is only counted
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

DEV_PATIENTS: list[Case] = [
    Case(
        "death_anxiety",
        "anyone else lie awake at 3am doing survival stat maths in their head? i know the numbers arent about me specifically but my brain wont stop",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "scared of dying before my daughter finishes primary school. thats it, thats the post",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "does the fear of death ever get quieter or do u just get better at carrying it around",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Stage 4 dx six weeks ago and every twinge in my hip feels like the beginning of the end lol. not lol.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "I'm 41, mets to bone, and I think about death way more than I ever expected to. Not in a wanting-it way, more a 'how much time have I actually got and am I spending it right' way. My counsellor calls it anticipatory grief and says it's really common. Any books that helped you with this?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "My mum died of the same cancer in 2004 and I've had this certainty ever since diagnosis that I'll go exactly the way she did. My oncologist keeps reminding me her treatment was twenty years ago and my tumour is a different subtype entirely. Logically I get it. Emotionally I'm still standing in her hospice room.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Had a full-on panic attack in the hospital car park because I'd convinced myself this was the scan where they'd tell me I was dying. It wasn't. Stable! But the dread in the week before every scan is killing me. How do you all get through scanxiety?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "The palliative care nurse came round today (for pain control, I'm nowhere near end of life) and just hearing the word palliative set me off crying. She was lovely and explained they support people at any stage, sometimes for years. Still rattled though, anyone else have that reaction?",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Fear of dying vs wanting to live properly\n\nI've been metastatic for about two years now (ER+, liver and bones, on Kisqali and fulvestrant). Mostly I'm doing ok. I work part time, I walk the dog, I moan about the weather like any normal Brit. But every so often the fear of death just lands on me out of nowhere, usually when I'm doing something completely ordinary like queueing in Tesco. It's not that I want to die, it's the opposite, I want so badly to be here that the thought of not being here is unbearable. I've started seeing a psycho-oncology counsellor through the hospital and she's teaching me to notice the thought and let it pass rather than wrestling with it. It helps a bit. I suppose I'm posting because I want to know if people who've lived with mets for longer find it gets easier, or whether you just make a sort of truce with it.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Ovarian recurrence fear, 18 months out\n\nFinished carboplatin/paclitaxel last spring, CA-125 has been normal at every check since. You'd think I'd be relieved but honestly I feel like I'm waiting for the other shoe to drop. Everyone online says ovarian comes back, and I read that and my stomach drops and I start picturing my own funeral. My gyn-onc told me to stop reading generic statistics because they lump everyone together and don't reflect my stage or my BRCA status or the fact that I'm on olaparib maintenance. I know she's right. I've muted a few groups that were making it worse. Today is a bad head day but I'm going to the allotment and I'll feel better with my hands in the dirt. Just needed to say it somewhere people get it.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Carer here. My husband Derek has stage 4 lung cancer and the team have said he's likely in his last months. He's calm about it, weirdly calmer than me. I'm the one lying awake terrified of the actual moment, of not knowing what dying looks like, of doing something wrong. The hospice at home nurse sat with me yesterday and walked me through what the final days usually look like and who to ring, and it helped more than I expected to know it. If anyone else is caring for someone who's dying, please ask your team to explain it to you. The not-knowing was the worst part for me.",
        QUIET,
    ),
    Case(
        "death_anxiety",
        "Lymphoma relapse anxiety\n\nTwo years in remission from Hodgkin's and I still check my neck in the shower every single morning. Last week I had night sweats for three nights running and I was 100% sure it was back and I was going to die this time. Turned out to be a chest infection and a stupidly thick duvet. My haematologist was very kind about it and said to always ring rather than sit with it. I know I'm lucky. I just wish my brain knew it too. Does the hypervigilance fade for anyone?",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "finished the letters to my kids for their 18th birthdays today. ugly cried the whole way through but so glad theyre done",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Updated my will this week and picked the hymns for my funeral. Weirdly freeing to have it sorted.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "anyone made a memory box for their grandkids? looking for ideas beyond photos",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "moved into the hospice on tuesday. the garden here is gorgeous and the nurses make a mean cup of tea",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "I've been recording myself reading bedtime stories for my two boys (4 and 7). My oncologist says we're probably talking a couple of years rather than decades, and I want them to have my voice. My husband films me doing the silly voices. It's become one of the happiest parts of our week, honestly.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Funeral dress code update: bright colours only, and if anyone wears black I will haunt them. Told my sister today and she said 'noted, Mum' in the most Scottish voice possible. Planning it has actually made me feel more in control, not less.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Had the advance care planning chat with my GP and palliative team this week. Filled in the DNACPR form and wrote down that I'd prefer to die at home if it's manageable, with the hospice as backup. My partner came with me and we both cried but it feels like a weight off.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "My mum is in the hospice now and we're taking turns sitting with her. Today she was awake enough to tell each of the grandkids one thing she loves about them, which felt like her saying goodbye in the kindest way. I'm heartbroken but so proud of her.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Talking about MAID with my team (Canada)\n\nI'm 63, metastatic breast cancer, now in my liver and lungs, and I've run out of the treatments that were really working. After a lot of conversations with my oncologist and my palliative doctor, I've asked to start the MAID assessment process so it's there as an option down the line. To be really clear, I'm not in any rush. Right now my pain is well controlled, I'm eating, I'm seeing friends and I've got a granddaughter due in March that I fully intend to hold. For me it's about knowing I'll have a say in how the very end goes, the same way I had a say in my treatment. My husband and kids have been part of every conversation. I know this is a sensitive topic and not everyone agrees with it, so I'm just sharing my experience in case it helps someone else who is considering asking their own doctors about it.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Things I've done since being told I'm terminal\n\n1. Written a will and made my sister executor (she's the organised one).\n2. Written letters to my nieces for their weddings, graduations and one just titled 'for when you've had a crap day'.\n3. Told my palliative team I want to be at home at the end if possible, and sorted the equipment.\n4. Put my favourite recipes in a book with notes in the margins.\n5. Made a playlist for the funeral which is 60% ABBA.\n6. Forgiven my ex, mostly.\nIt's been strangely the most purposeful year of my life. Not saying that to be inspirational, it's just true. If anyone's just been told and feels frozen, start with something small. For me it was the recipes.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "Knitting blankets for babies I won't meet\n\nMy oncologist was honest with me at my last appointment: treatment options are running out and she thinks we're looking at months. I asked my son and daughter-in-law if they'd mind me knitting a blanket for whatever grandchildren they might have one day, and they both burst into tears and said yes. So now I've got three on the go, a yellow one, a green one and a rainbow one. The hospice day centre ladies help me when my hands get tired. It feels good to make something that will be wrapped around someone I love long after I'm gone. Sorry if this is a bit sad for a Friday, it's actually been a lovely week.",
        QUIET,
    ),
    Case(
        "legacy_and_end_of_life",
        "My dad died last month in the hospice after two years with bowel cancer, and I wanted to say thank you to this group. You told me to ask the team what to expect, to bring his own pillow, to play his music, to keep talking to him even when he stopped responding. I did all of that. He died peacefully with my mum holding his hand and Van Morrison playing. I'll still pop in here now and then, because you lot got me through it.",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "decided to go flat after my double mastectomy, no recon. surgeon was totally supportive. best decision for me",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "Done with chemo!! Not because I'm quitting, because it's finished lol. 6/6 baby",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "me and my onc agreed to stop the letrozole for 2 months to see if the joint pain settles, then we'll try anastrozole instead",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "chose mastectomy over lumpectomy + rads, surgeon said both were valid options for me and it was my call",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "I'm 78 with a small ER+ tumour, and after a long chat with my surgeon and oncologist I've declined radiotherapy after my lumpectomy. They explained that at my age and with hormone therapy the benefit is small, and I'd rather not do daily trips to the hospital an hour away. It's my choice and I feel at peace with it.",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "Oncologist offered ovarian suppression on top of tamoxifen. We talked through the numbers for my specific case and the extra benefit was modest, and I'm already struggling with side effects. I've decided not to do it for now, with the option to revisit in a year. Felt good to be listened to.",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "Lung cancer update: my immunotherapy gave me colitis bad enough to land me in hospital, so my oncologist and I decided to stop pembrolizumab for good. Scans show it did its job while I was on it. We'll watch and wait now.",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "I've decided not to have my ileostomy reversed. My surgeon went through the pros and cons, and honestly I've got used to the bag and I don't want more surgery or the risk of bowel function problems afterwards. Everyone keeps asking when the reversal is and I keep saying never, by choice!",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "I can't do this anymore (the taxol, I mean)\n\nFour cycles of weekly paclitaxel into twelve and my feet and fingers are numb to the point I dropped a pan of boiling pasta yesterday. I told my oncologist I can't do this anymore, meaning the taxol, and she was brilliant about it. She said neuropathy can become permanent and it's exactly the situation where they reduce or stop. We've agreed to drop the dose by 20% and reassess in two weeks, and if it keeps getting worse we stop and go straight to surgery. I was so scared of being seen as giving up, but she said protecting my hands for the rest of my life is part of good treatment. Posting in case anyone else is afraid to speak up about side effects.",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "Stopping treatment and moving to comfort care\n\nAfter third-line chemo stopped working, my oncologist went through the remaining options with me and my husband. There was one more regimen, with maybe a small chance of a few extra weeks and a big chance of feeling rubbish the whole time. I decided I'm done with chemo. That's my choice, made with full information, and my team agreed it was completely reasonable. I'm now under the palliative team and the hospice at home service, and honestly my quality of life is better than it's been in six months. I'm eating again. I've been to the seaside. I'm not giving up on life, I'm choosing how to spend what's left of it.",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "Clinical trial or standard care?\n\nJust wanted to share how I made my decision in case it helps. I was offered a phase 3 trial for HER2-low disease, comparing Enhertu with standard chemo. I asked the research nurse loads of questions: how often the visits are, what extra scans, what happens if I'm in the control arm, can I drop out. She gave me a week to think. In the end I said yes because whichever arm I got, it was at least standard of care, and I liked the extra monitoring. My husband would have been fine either way. The key thing for me was knowing I could withdraw at any time and it wouldn't affect my care. Six months in, no regrets.",
        QUIET,
    ),
    Case(
        "treatment_decisions_own_choice",
        "Dropping down on Ibrance\n\nMy neutrophils kept crashing on 125mg and every cycle was getting delayed. My oncologist suggested going down to 100mg and honestly I was worried it meant it wouldn't work as well. She explained that lots of people need dose reductions and the evidence is that it still works well at the lower dose. So we've reduced, and I've had two cycles on time for the first time since starting. If your team suggests reducing, ask them to walk you through why, it really helped me feel ok about it.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "anastrozole joint pain is killing me this week, I walk like a 90yo getting out of bed",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "day 4 after AC and I feel like death warmed up. bed, ginger ale, netflix",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "tamoxifen hot flushes at 2am, I've basically had an overdose of sweating today",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "cut my hair into a pixie before it falls out, feels less scary to choose it myself",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Got a temp of 38.4 on day 9 of chemo last night so I rang the chemo hotline and they sent me straight to A&E. Neutropenic sepsis protocol, IV antibiotics within the hour, home after two nights. Scary but the system worked exactly like they said it would.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Oxycodone for my bone mets is doing its job on the pain, but the constipation is no joke. Palliative nurse has me on a laxative twice a day now as well, which she says is standard with opioids. Nobody warns you that the poo chat becomes your whole personality.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Enhertu nausea update: the first cycle flattened me, but my onc added olanzapine at night along with the usual anti-sickness tablets and cycle two was loads better. If you're struggling, tell them, there are more options than you'd think.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Radiotherapy week 3 of 4. Skin under my boob is pink and itchy and starting to peel a bit, the radiographers have given me a cream and told me to wear soft cotton bras. Tiredness is the real kicker though, I'm asleep by 8.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Morphine and me: an update\n\nA few people asked how I got on after starting morphine for the pain in my spine. Week one I was a zombie, falling asleep mid-sentence, and I honestly thought I'd made a mistake agreeing to it. The palliative doctor said the drowsiness usually wears off after a few days as your body adjusts, and she was right. I'm now on a slow release twice a day with liquid morphine for breakthrough pain, and I've gone from a 7/10 to about a 3/10 most days. I can sit through a whole film again. I know people are scared of morphine because of what it means, but for me it's given me my life back, not taken it away.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Herceptin and my heart\n\nMy last echo showed my ejection fraction had dropped from 62 to 51, so my oncologist paused Herceptin and referred me to cardio-oncology. I was terrified that meant my heart was failing or that I'd lose the treatment for good. The cardiologist started me on a low dose of ramipril and bisoprolol and said this happens to a fair number of people and often recovers. Repeat echo in six weeks showed 58, and I've restarted Herceptin with closer monitoring. Sharing because when it happened to me I couldn't find a single positive story about it.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Things chemo has done to my mouth\n\nUlcers on my tongue, a metallic taste like I'm sucking on a spoon, and now everything tastes of cardboard except salt and vinegar crisps. The oncology nurse gave me a mouthwash and told me to rinse with salt water and bicarb several times a day, and to ring if I couldn't eat or drink. It's improved a bit. I lost 4kg in a month so I'm on those little milkshake supplements from the dietitian. The strawberry ones are vile, the banana ones are tolerable. Please tell me taste comes back after EC, I miss curry.",
        QUIET,
    ),
    Case(
        "side_effects_and_pain",
        "Kisqali, QT and fatigue\n\nMonth three on Kisqali and letrozole. I had to have extra ECGs in the first few cycles to check my heart rhythm, which all came back fine. The main thing is fatigue, which is like nothing I've had before, a sort of heavy-limbed tiredness that hits mid-afternoon. My nurse suggested a short walk after lunch rather than a nap and weirdly it helps. Liver bloods have been ok so far. Hair thinning a bit but nothing dramatic. Overall it's very doable, just different from what I expected. Anyone else find the fatigue eases after the first few months?",
        QUIET,
    ),
    Case("venting_and_anger", "fuck cancer. fuck it right in its stupid mutated face", QUIET),
    Case(
        "venting_and_anger",
        "if one more person tells me to stay positive i'm going to scream into a cushion",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "The parking charges at this hospital are killing me. £14 for chemo day. FOURTEEN.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "insurance denied my PET scan AGAIN. on hold for 47 min so far. cancer is a full time job",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "My mother-in-law keeps sending me articles about apricot kernels. I've told her politely three times that my oncologist says they can cause cyanide poisoning and I'm not touching them. Today I just left her on read. Is that petty? I don't care.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "I hate feeling like a burden on my husband. He swears I'm not, and he's been amazing, but needing help to shower at 38 makes me want to throw things. Cancer doesn't just take your health, it takes your dignity in a thousand tiny ways. Just needed to rant.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "HR at work have just asked when I'll be 'back to normal'. I'm on Ibrance for life. There is no back to normal, there's just a new normal with more blood tests. I'm going to ring the Macmillan work support line tomorrow because I genuinely don't know my rights here.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "Waited 5 hours in the chemo day unit today because pharmacy hadn't made up my drugs. Missed the school run, had to beg a neighbour. The nurses were apologetic and it's not their fault, it's the staffing. I'm just so bloody tired of waiting.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "Rant: the pink stuff\n\nOctober again. Pink yoghurt lids, pink buckets at the garage, pink everything. I'm metastatic. I am never going to 'beat' this, I'm going to be on treatment until it stops working and then on the next one. And yet the whole month is about survivors and brave warriors and early detection, like people like me are the failures of the story. Nobody mentions that we need research money for stage 4 specifically. I'm not angry at the people who buy the yoghurt, they mean well. I'm angry that we're invisible. Right, I've said it. Going to have a cup of tea and calm down.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "Why is nobody talking about how lonely it gets\n\nEveryone was there when I was diagnosed. Flowers, casseroles, cards. Then treatment went on and on and people drifted off. Now I'm on year three of hormone therapy with bone pain and brain fog and everyone thinks I'm 'done'. My best friend said last week 'at least you're better now'. I nearly threw my drink at her. I didn't, obviously. I just smiled and changed the subject and then cried in the car. I'm not sure what I want from posting, maybe just to know I'm not the only one who feels forgotten after the acute bit is over.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "Dear cancer, a letter\n\nYou took my left breast, my hair, my eyebrows, my sense of taste, my job, two of my friendships and a whole year of my daughter's childhood. You made me bald for my own fortieth. You made me cancel Portugal. You made my dad cry for the first time in my life. I hope the Enhertu is killing every last one of your cells as I type this, you absolute waste of space. Anyway, scan's on Thursday. Fingers crossed. Love, nobody.",
        QUIET,
    ),
    Case(
        "venting_and_anger",
        "I'm so angry at my own body\n\nI did everything 'right'. Never smoked, ran marathons, ate my veg, breastfed both kids, no family history. And I still got triple negative at 36. People keep asking what I think caused it and I want to scream that sometimes there's no reason, it's just bad luck in a cell. My oncologist said exactly that and it helped for about a day. Now I'm just furious at how unfair it is. Not looking for advice, just letting the anger out somewhere that isn't my kids.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "acupuncture for letrozole hot flushes is actually helping me, onc was fine with it as long as my counts are ok",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "ginger biscuits + my antisickness meds = the only combo that works for me lol",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "doing the oncology yoga class at the maggies centre, it doesnt cure anything but my shoulder moves again after surgery",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "pharmacist told me to stop my turmeric capsules during chemo, glad i asked",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "PSA for Ibrance people: my oncologist told me to avoid grapefruit and grapefruit juice because it can raise the drug levels. Also asked me to run any supplements past the pharmacist first. Small thing but I'd been having grapefruit every morning!",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "I've switched to a mostly Mediterranean diet since my diagnosis. I know it's not going to cure bowel cancer and my oncologist was clear that chemo is what's treating it, but eating well makes me feel more in control and the dietitian said it's a sensible way to eat generally.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Cold capping through 4 rounds of EC and 12 paclitaxel. Kept maybe 60% of my hair. It's cold, it's a faff, and it makes chemo days longer, but for me it was worth it. My nurse said results vary a lot so go in with realistic expectations.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "I've been having reflexology at the hospice day centre while I'm on chemo. I don't believe it does anything to the cancer and neither does the therapist, she said so herself. But an hour of someone being kind to my feet is worth a lot.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Natural doesn't mean safe, a story\n\nWhen I started tamoxifen a friend gave me a bottle of St John's wort because I was low. Something made me check with the pharmacist at the hospital first, and she told me it can interfere with how tamoxifen and loads of other cancer drugs are processed. I'd have had no idea. I spoke to my GP about my mood instead and I'm now seeing a counsellor, plus I do a lot of walking. I'm not anti-supplements, I take the vitamin D my oncologist prescribed, but I now check everything with the team first. Passing it on.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Exercise during chemo, my experience\n\nMy oncologist actually recommended I keep moving during treatment, as the research shows it helps with fatigue. So I've been doing the hospital's exercise programme twice a week alongside my FOLFOX for bowel cancer, mostly gentle cycling and resistance bands. Some weeks I can only manage ten minutes and the physio says that still counts. I'm convinced it's helped my mood and my sleep. I'm not claiming it's fighting the cancer, that's the chemo's job, but I feel less like a patient and more like me. The only rule is that I skip it if I'm neutropenic or have a temperature.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Medical cannabis for appetite (US, legal state)\n\nI'm on treatment for stage 4 lung cancer and my appetite was basically gone. I brought up cannabis with my oncologist because it's legal where I live and I didn't want to do anything behind her back. She was open about it, said some patients find it helps with appetite and nausea, told me to start low, not to drive, and to tell her if I felt dizzy. She was clear it's for symptoms, not a treatment for the cancer itself. A small dose in the evening and I'm actually eating dinner again. Just sharing that it's worth being honest with your team, they've heard it all.",
        QUIET,
    ),
    Case(
        "complementary_alongside_treatment",
        "Mindfulness and scanxiety\n\nI was sceptical about mindfulness but the Macmillan centre ran a free eight-week course and I went along mostly for the biscuits. It's genuinely helped with the panic before my three-monthly scans for ovarian. The body scan thing they teach helps me fall asleep the night before. It's obviously not a replacement for anything my oncologist does, it's just a tool for my head. I'd recommend asking your cancer centre if they run something similar, mine was completely free.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "NED!!!!! no evidence of disease!!! crying in the hospital cafe",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "rang the bell today. last rads. kinda anticlimactic but my husband brought balloons",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "5 years since diagnosis today. still here, still annoying my kids",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "scan stable again on Kisqali, 18 months now. boring is beautiful",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "Pathology came back after my mastectomy: complete response. The chemo killed the whole tumour, there was nothing left but scar tissue. My surgeon actually did a little fist pump. I don't think I've stopped smiling since.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "Tumour markers down from 340 to 58 after three cycles of Enhertu. My oncologist said it's a really good response. First time in months I've let myself make plans for summer.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "Not the news I wanted. The CT showed progression in my liver so letrozole and Ibrance have stopped working after two and a half years. Onc already has a plan for the next line and we start in two weeks. Gutted, but I've had a good run on this one and I'm hoping the next one does the same.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "Hair update: six months post-chemo and I have curls. CURLS. I've had dead-straight hair my entire life. My daughter says I look like a poodle. I'll take it.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "One year clear of lymphoma\n\nA year ago today I was sitting in the haematology ward with a PICC line in my arm, bald, grey, and convinced I'd never feel normal again. Today I went climbing at the indoor wall with my brother, first time roped up since before diagnosis, and I got halfway up the orange route before my arms gave out. My consultant signed me off to six-monthly follow-ups last week. I know remission isn't a guarantee and I'll be checking my neck in the shower for the rest of my life, but today I just want to be proud of how far I've come. Thank you to everyone here who kept me company through the 3am steroid insomnia.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "Stoma reversal done and I'm CANCER FREE\n\nSorry for the caps but I've waited two years to type that. Stage 3 bowel cancer, chemoradiation, surgery, six months of CAPOX, and a stoma I named Gary. The surgeon says the latest CT is clear and my CEA is normal. Gary has been retired. My bowels are currently learning how to do their job again, which is a whole other adventure, but I don't care. My wife and I are going to Cornwall next month to celebrate. To anyone at the start of this, it's a long, horrible road but there is an other side.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "Last chemo EVER\n\nSat in the same chair I've sat in every three weeks since February. My nurse Priya, who has accessed my port about twenty times, gave me a hug and a card signed by the whole unit. I brought them a massive tin of Celebrations. Herceptin continues until next spring, but that's a doddle compared to the TCHP. I can't quite believe it's over. Going home to sleep for approximately a week.",
        QUIET,
    ),
    Case(
        "scan_news_and_milestones",
        "Three years on Ibrance and still stable\n\nI was diagnosed de novo stage 4 at 44, with bone mets in my spine and pelvis. I genuinely thought I wouldn't see my son start secondary school. He's in Year 9 now, taller than me and deeply embarrassed by me, which is exactly how it should be. Today's bone scan showed no new disease and the old spots have healed over. My oncologist said 'see you in three months' like it was nothing, and that's the best sentence in the English language. If you're newly diagnosed with mets and terrified, I was too, and there's more living possible than you think.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "pharmacy out of letrozole again?? 3rd month running. anyone else in the UK having this",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "best pill organiser for Kisqali 3 weeks on 1 week off? I keep losing track of which week I'm in",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "does anyone take tamoxifen morning or night? does it matter?",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "got my flu jab on day 10 of the cycle like my team told me, just before the next round. arm sore but fine",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Accidentally took my anastrozole twice this morning thanks to chemo brain. Rang the hospital pharmacy and they said a single extra dose isn't dangerous, just carry on as normal tomorrow and don't skip to make up for it. Have now bought a pill box with days on it.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Flying to Spain next month and I'm on oxycodone for bone pain. My palliative nurse said to get a letter from my doctor, keep the meds in the original packaging in my hand luggage, and check the rules for the country I'm going to. Anyone done this, any hiccups at airport security?",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "My dad passed away last week and we've got a drawer full of his leftover meds, including liquid morphine and some patches. The hospice nurse said to take them all back to the pharmacy for safe disposal rather than binning them. Just wanted to check, is that what everyone else did?",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Building up a stockpile of stoma supplies before our three-week trip to Australia. The delivery company let me order a month early when I explained. Plus spares in both suitcases and my hand luggage, because I've heard the horror stories.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Prior authorization hell for Ibrance (US)\n\nMy oncologist prescribed palbociclib three weeks ago and I still haven't started because my insurance needed prior authorization, then denied it, then the office appealed. Finally approved today. In the meantime the specialty pharmacy said they could connect me with the manufacturer's patient assistance programme for the copay, which brings it down to something I can actually afford. If you're in the US and about to start a CDK4/6 inhibitor, ask your oncology office about copay assistance straight away, and ask the nurse navigator to chase the PA. I wish someone had told me that on day one.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Steroid timing question\n\nI'm on dexamethasone for two days after each chemo for the nausea, and the first time I took the second dose at 9pm and was awake until 4am feeling like I'd drunk ten espressos. My chemo nurse said to take both doses in the morning with breakfast and that's fixed it. Also, take them with food, they gave me awful heartburn on an empty stomach. Adding this because I couldn't find it anywhere in the leaflets.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Zoladex, Neulasta and vaccine timing - what my team told me\n\nLots of questions in here lately so here's what my oncology team advised, but please check with yours because everyone's different. Zoladex every 28 days, I set a reminder on my phone a week before so the practice nurse can book me in. The Neulasta on-body injector goes on the day after chemo and I had to keep it dry for the 27 hours. For vaccines, my team said flu and COVID boosters are fine during chemo but to time them in the middle of the cycle when my counts are recovering, not right after treatment, and no live vaccines at all. My husband and kids all got their flu jabs too to protect me. Hope that helps someone.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Herceptin under the skin vs IV\n\nSwitched from IV Herceptin to the subcutaneous injection after my chemo finished, and it's been a game changer for the logistics. It's a five-minute injection into the thigh instead of an hour hooked up, so I'm in and out of the day unit in under an hour including waiting. It stings a bit going in and my thigh is sore for a day. My oncologist said it works the same. If you're being offered the choice and you've got a busy life, it's worth asking about.",
        QUIET,
    ),
    Case("gallows_humour", "my will is basically just a list of who gets which wig", QUIET),
    Case(
        "gallows_humour", "chemo tried to kill me three times and all it got was my eyebrows", QUIET
    ),
    Case(
        "gallows_humour",
        "told a cold caller i was dying of cancer and he said 'so is that a no on the conservatory then'",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "I'm not dying today, I've got a hair appointment. Well, an eyebrow appointment. Same energy.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "My husband has started calling my port 'the USB socket'. I've told him if I die before him, my headstone is to read 'Firmware update failed'. He says he's putting 'Have you tried turning her off and on again'.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "The oncologist said 'you'll probably die of something else' and I've never been so excited to potentially be hit by a bus. Cheers, doc.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Joined the hospice bridge club on Tuesdays. The ladies are lethal, absolutely ruthless card sharks, and one of them has been 'dying' for four years. I lost £3 and my dignity.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Bald, one boob, menopausal at 39 and my skin smells faintly of hospital. My dating profile is going to be incredible.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Cancer perks nobody talks about\n\n- No need to shave your legs for six months.\n- You can end any boring conversation by mentioning your bowel movements.\n- People let you go first in the queue at the post office.\n- 'Sorry, I have chemo brain' works as an excuse for literally anything.\n- You finally get to say 'I could die tomorrow' and everyone has to let you have the last slice of cake.\nThat's all I've got. Off for my blood test.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "Planning my funeral with my sister (this is funny I promise)\n\nOncologist said it's sensible to put plans in place at stage 4 so we sat down with wine and the funeral director's brochure. My sister wanted a dove release. I said the only dove at my funeral will be the chocolate. We then spent 40 minutes arguing about whether 'Another One Bites the Dust' is too on the nose (it is, it's going in). She cried, I cried, we laughed so hard I nearly needed oramorph. Best evening we've had in months.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "I went bouldering for the first time since finishing chemo and turns out my fear of heights survived cancer even though my hair didn't. The instructor asked if I had any medical conditions and I said 'how long have you got' and he went pale. Had to explain I was in remission and I was fine, just dramatic. Got up three routes. Arms are now dead. 10/10 would do again.",
        QUIET,
    ),
    Case(
        "gallows_humour",
        "My kids (14 and 16) have started a sweepstake on which of my body parts the hospital will scan next. Current favourite is my left knee. I genuinely love them for it. Dark humour is how our family has got through two years of this and I'm not apologising for it. Anyone else's family cope by being absolutely terrible people together?",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "@jen_k please ring your chemo hotline now, 38 or over on chemo means straight to the ER, don't wait till morning",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "sending so much love. scanxiety is the worst, come back and tell us how it went x",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "Re: hair. I cut mine short first and shaved it when it started shedding, way less traumatic than waking up to clumps on the pillow",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "you're not a burden, you're a person who's ill. let people help, they want to xx",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "Replying to the person worried about starting morphine: I felt the same. It's a really common painkiller in cancer care and it doesn't mean you're dying. My palliative team started low and adjusted it, and the sleepiness wore off after a few days. Ask them about a laxative from day one.",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "Please don't feel guilty about stopping chemo early. My oncologist told me that tolerating it isn't a test of character, and changing the plan is part of the plan. Talk it through with your team and whatever you decide is valid.",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "@MarkT for leftover meds after your wife passed, take them to any pharmacy, they'll dispose of them safely. I'm so sorry for your loss. Be gentle with yourself this week.",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "For the letrozole joint pain, what helped me was daily walking, a warm shower first thing, and asking my onc about switching to exemestane. Took two months but I'm so much better now. Don't just suffer, tell them.",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "@newly_diagnosed_bec welcome, I'm sorry you're here\n\nI remember those first weeks, it feels like the floor has fallen out from under you. Some things that helped me: write your questions down before appointments and take someone with you to take notes. Don't google survival stats at midnight, they're old and they lump everyone together. Ask for your breast care nurse's direct number, they're gold. Accept every offer of a meal. And it's normal to think about death a lot right now; it usually gets less loud once you have a treatment plan. We're all here if you need to talk.",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "To the mum asking how to tell her kids\n\nI have a 6 and a 9 year old and we used the word cancer from the start, because the hospital's family support worker said kids fill silence with things scarier than the truth. We told them the doctors are giving me strong medicine that will make me tired and make my hair fall out, and that they can't catch it and nothing they did caused it. My 9 year old asked if I was going to die and I said the doctors are working really hard so that I don't, and I'll always tell her the truth. There are some good picture books, and Macmillan have a free booklet. Kids are resilient. Good luck, you've got this.",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "Re: 'should I go to the ER with a fever on chemo?'\n\nYES. Every time. I know it feels like overreacting and you don't want to waste anyone's time, but with chemo your white counts can be really low and an infection can get serious fast. My team's rule is 38C or above, or feeling shivery and unwell even without a temperature, ring the 24-hour line and they'll usually tell you to come in. Keep a bag packed with your chemo card, charger and snacks. I've been in three times, twice it was nothing and once it was sepsis. I'll happily take the two wasted trips.",
        QUIET,
    ),
    Case(
        "replies_and_advice_to_others",
        "@Carla_in_Ohio re: talking to your dad's team about hospice\n\nI'm so sorry you're going through this. When my dad's lung cancer stopped responding, the hardest part was raising hospice because it felt like giving up. It wasn't. His oncologist said hospice is about making the time left as good as possible, and they were incredible with his breathlessness and pain. Ask the team for a family meeting, write your questions down, and ask directly what they think the timeframe is, they won't always volunteer it. Also ask about respite so you can sleep. Look after yourself too, carers forget to.",
        QUIET,
    ),
]

DEV_END_OF_LIFE: list[Case] = [
    Case(
        "child_palliative",
        "onc said today theres nothing more they can do for Maisie. palliative team coming tmrw. numb",
        QUIET,
    ),
    Case(
        "child_palliative",
        "we signed the DNR this morning. hardest signature of my life. he's comfy tho",
        QUIET,
    ),
    Case(
        "child_palliative",
        "anyone used a childrens hospice for end of life care? we've been offered a room at Helen & Douglas House",
        QUIET,
    ),
    Case(
        "child_palliative",
        "stopped chemo today, team agreed its time to focus on comfort. just want her home",
        QUIET,
    ),
    Case(
        "child_palliative",
        "After 3 years and two relapses, Theo's oncologist sat us down and said the scans show progression everywhere and there are no more trials he qualifies for. We've agreed to move to palliative care and bring him home with hospice nursing. I keep waiting to feel something but mostly I'm just tired.",
        QUIET,
    ),
    Case(
        "child_palliative",
        "The palliative consultant asked us today what we'd want if Aaliyah's heart stopped. We said no CPR, no ventilator, just let her be held. I didn't know you could feel relieved and destroyed in the same minute.",
        QUIET,
    ),
    Case(
        "child_palliative",
        "Does anyone have advice on talking to a 9 year old about stopping treatment? Ben keeps asking when his next round of chemo is and we don't know how to tell him there won't be one. The hospice play therapist is coming Friday but I want to be ready.",
        QUIET,
    ),
    Case(
        "child_palliative",
        "We transferred Lily to the hospice on Tuesday. The staff are unbelievably kind, there's a garden and they let the dog visit. Her pain is finally under control with the syringe driver.",
        QUIET,
    ),
    Case(
        "child_palliative",
        "I never thought I'd be writing this post. Our son Callum, 14, has been fighting DIPG for eleven months and this week the MRI showed the tumour has grown past anything radiation can touch. His neuro-oncologist was honest with us: there's nothing more they can do to slow it, only to keep him comfortable. We had the big conversation about resuscitation and decided together, with Callum in the room because he wanted to be, that he doesn't want to be resuscitated or put on machines. He said he wants to be at home with his Xbox and his cat. The community nursing team are setting up a hospital bed in the living room this weekend. If anyone has tips on what we need at home for the last weeks, I'd be grateful.",
        QUIET,
    ),
    Case(
        "child_palliative",
        "Posting because I need to say it somewhere. Our daughter Sofia (6, relapsed AML) had her last bone marrow biopsy on Monday and it showed the leukaemia is back at 80% despite the CAR-T. The transplant team and the palliative care team met with us together and laid out the options honestly: another experimental regimen with a very small chance and a lot of suffering, or stopping and focusing on quality of life. We chose quality of life. We're doing transfusions for a bit longer so she has energy for the beach, and then we'll stop those too when they stop helping. Everyone keeps telling me we're brave but it doesn't feel brave, it feels like the only loving thing left. Thank you all for the support over these two years.",
        QUIET,
    ),
    Case(
        "child_palliative",
        "Update on Jayden. The team at St Jude told us this afternoon that the neuroblastoma isn't responding to anything anymore and they've recommended we transition to hospice care. We had already talked about it as a family so it wasn't a shock, but hearing it out loud was something else. We've asked for a DNR and for him to be at home, and the hospice nurse came to the house tonight to go through his meds. His big sister made him a blanket fort in the living room and he fell asleep in it. I'm going to try to just be present for whatever time we have.",
        QUIET,
    ),
    Case(
        "child_palliative",
        "For those of you who've been through the transition to palliative care, how did you handle the feeling of 'giving up'? Rationally I know we aren't. Ellie's medulloblastoma has spread to her spine and the team have been really clear that more treatment would only take away the good days she has left. Our palliative nurse, Jo, said something that helped: we're not stopping caring for her, we're changing what the care is for. I still lie awake feeling like I failed her. I'd love to hear how others made peace with that decision.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "we told her its ok to go. she squeezed my hand. she's sleeping now, breathing slower",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "his brothers came in and read him his fav gruffalo book one last time. nurse says it could be hours",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "Grace asked for pancakes and her whole family in the bed. so thats what we're doing today",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "pls hold us in your thoughts tonight, Mateo is in his last hours. we are all here with him",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "Noah made us promise to look after his hamster and to let his little sister have his Lego. He's so calm about it all, calmer than any of us. He told me he's not scared and I should stop crying on his pillow.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "We had the grandparents over today to say goodbye to Harriet. She's mostly sleeping now but she opened her eyes when Grandad sang to her. The hospice nurse thinks she'll go in the next day or two.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "How did you prepare siblings for the last days? Our twins are 5 and they keep asking if Ava will be better tomorrow. The hospice gave us a book about leaves falling but I don't know if it's enough.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "Zara wrote letters to each of us this week with help from the play specialist. She wants a party with balloons, not a sad thing. We sat round her bed and she told us all what she wanted us to remember about her.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "Ethan died peacefully this morning at 4.10am, in his own bed, with me and his dad holding him. The last couple of days he barely woke, but last night his breathing changed and the hospice nurse told us it was close. We lay on either side of him and told him how proud we were, that he'd been the bravest boy, and that it was okay to stop fighting now, that we would be alright. His big sister Chloe came in and kissed his forehead and whispered something she won't tell us. A few hours later he just took a long breath and didn't take another. It was quiet and gentle, nothing like the scary things I'd imagined. Thank you to everyone here who held us up for four years.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "I want to share something beautiful in the middle of the worst. Priya, 11, has been in hospice for a week and yesterday she asked to see the sea one more time. The nurses organised an ambulance with a stretcher and we drove to Brighton. She couldn't get out but they opened the back doors and she could smell the salt and hear the gulls. She said 'that's my last wish done, mummy' and fell asleep with a smile. She's not really waking today. I think she knew she'd said goodbye to the thing she loved most.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "We are in the last days with our boy Kai. He's 3, so he doesn't understand any of it, and honestly I'm grateful for that. We've been doing handprints and footprints with the hospice staff, recording his laugh on my phone whenever he's awake enough, and his 7 year old brother has been lying next to him watching Bluey on repeat. Last night I finally said the words out loud, that he can go whenever he's ready and we'll miss him every day but we'll be okay. My husband couldn't say it yet, and that's fine. If anyone has ideas for keepsakes I should do now while there's time, please tell me.",
        QUIET,
    ),
    Case(
        "saying_goodbye_to_child",
        "Our daughter Bethany, 16, has known for a while that her sarcoma wasn't going to get better, and she's been planning her goodbyes like the organised girl she's always been. She made a list: see her best friends one at a time, record a video for her little brother for his birthdays, give her guitar to her cousin, and have one last takeaway night with Dad's terrible jokes. This week she ticked off the last item. Tonight she told us she's tired and she's done, and she wanted us to know she isn't sad about it. I held her for an hour while she slept. I don't know how long we've got but she's at peace and that's more than I dared hope for.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "funeral is thurs 11am. we're asking ppl to wear superhero tshirts for Finn",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "any song ideas for a 7yo girls funeral? she loved frozen but idk if thats too much",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "picked up Olivia's ashes today. she's home. put her on the shelf next to her teddy",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "1st anniversary tomorrow. doing a balloon release (biodegradable dont worry) at the park",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "We're organising a memorial walk for Leo on what would have been his 10th birthday, raising money for the children's hospice that cared for him. If anyone in the Leeds area wants to join, it's 5k round Roundhay Park. He'd have hated walking that far but loved the cake afterwards.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "Has anyone done a natural burial for their child? We're looking at a woodland site where we can plant a tree instead of a headstone. Isla loved climbing trees and it feels right, but my mum is upset it isn't a 'proper' grave.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "The headstone for Jacob finally went in this week, 8 months after we lost him. We chose a little football engraved at the top and the words 'Forever our goal scorer'. Sitting there with a flask of tea today felt like visiting him for the first time.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "Can anyone recommend a company that makes jewelry with ashes? I'd like a pendant with a little of Amelia's ashes for me and one for her big sister. Not ready to scatter the rest yet.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "Today we said our public goodbye to our son Marcus, who was 12. The church was full of kids from his school in their football kits, and his teammates carried the coffin, which was painted blue with the club crest. We played 'You'll Never Walk Alone' as he came in and 'Three Little Birds' on the way out because that was the song he sang during every chemo session. His oncologist and two of the ward nurses came, which meant the world. I read a poem I wrote, I don't know how I got through it. The wake turned into a massive kickabout in the park, exactly what he'd have wanted. I'm exhausted but I feel like we did him proud.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "It's been a year today since Harper died. We went back to the beach where we scattered some of her ashes and her brothers wrote her name in the sand with a heart around it. I expected today to be unbearable, and parts of it were, but there were also moments of laughing about her bossiness and her obsession with penguins. Her school planted a cherry tree with a little plaque and sent us a photo of it in blossom. I'm writing this partly for those of you who are only a few weeks in and can't imagine getting to a year. You do get here. It doesn't stop hurting, but it becomes something you can carry.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "I need some practical advice about planning a funeral for a child because I have no idea where to start and the funeral director keeps asking me questions I can't answer. Our daughter Ruby, 4, died on Sunday after two years with Wilms tumour. We want a small service, mostly family, with her favourite songs and maybe some of her drawings on display. Do we need a celebrant or can her dad and I lead it ourselves? Is it normal to want her dressed in her Elsa costume instead of proper clothes? And did any of you let siblings see her beforehand? Her brother is 8 and wants to. Thank you, I know some of you have been exactly where I am.",
        QUIET,
    ),
    Case(
        "funeral_and_memorials",
        "We did something a bit different for Dylan's memorial and I wanted to share in case it helps someone planning theirs. Instead of a traditional funeral we hired the local skate park for an afternoon, because skating was his whole world before the osteosarcoma took his leg and then his life. His friends did tricks in his honour, we had a food truck doing his favourite tacos, and we put his board on a stand with a book of memories beside it. His ashes are going to be mixed into the concrete of a new ramp the council are building, which they agreed to after a lot of emails. People cried, but they also cheered. It felt like him. Grief is still flattening me most days, but I'll always be glad we did it this way.",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "have 3 unopened boxes of NG tubes size 8fr + feed bags. free to anyone who needs, UK",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "donating Mia's wigs to the little princess trust. couldnt look at them anymore",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "does anyone want a nearly new wheelchair for a child? collection only, Bristol",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "finally cleared out his hospital bag. gave the ipad to the ward playroom. feels weird",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "It's been six months since Sam died and today I boxed up his clothes. I kept his favourite hoodie and his school jumper and the rest is going to the hospice charity shop. I sat on his bedroom floor for two hours before I could start.",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "Our ward collects unused syringes, dressings and flushes for families who are struggling to get supplies at home. We've got a whole cupboard's worth from Anna's treatment. Is it better to drop them at the hospital or is there a charity that takes them?",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "Emily finished treatment last year and she's doing great, so we're finally clearing out the medical stuff. We've got a portable suction machine, a pulse ox, and loads of mouth care sponges. Happy to pass them on to any family who needs them, US only because of shipping.",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "Today my daughter decided on her own to give her brother's Lego collection to the kids on the oncology ward. She said Oscar would want other kids to build stuff while they wait for chemo. I'm so proud of her and so heartbroken at the same time.",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "I'm struggling with what to do with Jack's things and wanted to ask how others approached it. It's been almost a year and his room is exactly as he left it, down to the get well cards on the windowsill. My husband wants to start giving things away, he says seeing the room every day is keeping us stuck, and I understand that, but every time I pick up one of his toys I put it straight back. We've agreed to start with the stuff that isn't really 'him': the medical supplies, the spare bedding, the toys he'd grown out of. His special things, his teddy, his drawings, his football boots, are staying for now. Did anyone find a way to do this that didn't feel like erasing them?",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "We just dropped off a car full of donations at the children's hospital where Layla spent most of the last two years of her life. Her collection of craft kits, nail polish and fluffy blankets went to the teen room, her spare headscarves went to the play specialist who'll pass them on to girls who've lost their hair, and the unopened TPN supplies went back to the pharmacy team who said they can redistribute them. The nurses hugged us and one cried, which set me off. I thought it would feel like losing her again, but actually it felt like she was still helping people, which is what she always did on the ward. I came home and slept for three hours.",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "A slightly odd question for the group. My son Arjun died in March and I've got a box of his hospital memorabilia: his bravery beads (nearly two metres of them), his hospital wristbands, the little knitted octopus the NICU-style volunteers make. I definitely want to keep the beads. But there's also the medical kit: the unused central line dressings, the anti-sickness meds the pharmacy told us to return, the feeding pump that belongs to the community team. I've been putting off returning them because once they're gone there's really nothing of that chapter left. Today I rang the community nurses and they're collecting the pump on Friday. Small step, but I did it.",
        QUIET,
    ),
    Case(
        "giving_away_things",
        "For anyone in Ohio: we're giving away our son's mobility equipment now that he's no longer with us. There's a paediatric hospital bed with rails, a bath chair, a standing frame, and a child-size recliner that he spent most of his last months in. I've been told by our hospice social worker that insurance can take months to approve this kind of kit for families, so I'd rather it go straight to a child who needs it now. We only ask that you tell us a little about your kid so we can picture where Liam's things have gone. It sounds silly, but it'll help me let them go. Message me and I'll arrange pickup in the Columbus area.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "part of me died with her. the rest of me is still here for her brother. thats all i can manage today",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "3 months today. i dont know how to live without him but im getting up every morning anyway",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "i just want to hold her one more time. ache never stops. still making the kids packed lunches tho",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "grief group tonight, first time going. scared but i promised my husband i'd try",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "I keep setting four places at the table. It's been five months since Tommy died and my hands still forget. His sister gently moves the plate away and neither of us says anything.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "I miss her so much it's physical, like my chest has been scooped out. I'd give anything to be with her again for even one afternoon. But I've got two boys who need their mum, so I'm going back to work part time next week and seeing a bereavement counsellor through the hospice.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "People keep saying 'at least she's not suffering anymore' and I know they mean well. But I'm allowed to wish she was still here, even sick. Some days that's the only honest thing I can say.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "Today I laughed properly for the first time since Luca died and then felt awful about it. My counsellor says guilt about laughing is really common and that it doesn't mean I've forgotten him. Trying to believe her.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "It's eight months since we lost our daughter Evie to leukaemia, and I've been lurking here a lot without posting. I want to say something to the newly bereaved parents, because eight months ago I couldn't imagine anyone understanding. The first weeks I honestly didn't know how a person keeps breathing after losing their child. I still don't fully know. But I've learned that you do it one small thing at a time: shower, feed the dog, walk her little brother to school. I talk to Evie in the car every morning and tell her what's going on. Part of me went with her and I don't think it'll ever come back, and I've stopped expecting it to. I'm still here, for her brother and for her memory, and some days that feels like enough.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "My wife and I are grieving so differently and it's putting a real strain on us. Since Oliver died in October, she wants to talk about him constantly, look at photos, visit his grave every day. I can't. I go to work, I go to the gym, I come home and I can't look at his pictures without feeling like I'll fall apart. She thinks I don't care and I think she's drowning. We started couples counselling with a bereavement specialist last week and for the first time I told her I'm not avoiding him, I'm trying to survive him being gone. We both cried. I'm posting because I don't see many dads in here and I'd like to hear from any who've been through this.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "Two years on from losing our son Danny and I want to be honest about where I am, because I think people assume that at two years you're 'better'. I'm not better. I still wake up and for a split second he's alive, and then it hits. I still can't go down the cereal aisle because of the ridiculous marshmallow stuff he loved. But I've also started volunteering at the children's hospice one evening a week, and his big sister just got into university, and I was there cheering like a maniac. I don't want to die, I want to live a life that has room for missing him. Grief hasn't got smaller, but I've grown around it, like that diagram they show you. If you're at the beginning, please keep going. There is still life on this side, even if it's a different one.",
        QUIET,
    ),
    Case(
        "bereaved_parent",
        "Does anyone else feel like they're going through the motions for their other children? Since Rosie died in the spring I've been making dinners, signing homework, going to parents' evening, and smiling at the right moments, but inside there's this huge silence where she used to be. Her twin, Poppy, is eight and she's grieving too, in her own way: she sleeps in Rosie's bed and talks to her at night. I'm doing all of it because Poppy deserves a mum who shows up, and I will keep showing up. I just didn't know how lonely it would be. The hospice sibling group has been amazing for Poppy, and I've finally booked myself in to see the GP next week to talk about how I'm coping. Small steps.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "moved into hospice today. nice room, view of the garden. kids coming after school",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "finished recording the birthday videos for my girls up to 18. hardest thing ive ever done",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "signed my will + lasting power of attorney today. feels weirdly good to have it sorted",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "im ready. the cancers won, my body knows it. just want it to be peaceful now",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "I'm 41 with stage 4 bowel cancer and my oncologist told me this week it's probably weeks, not months. I've started writing letters for my son and daughter: one for each birthday, one for their weddings, one for when they have kids of their own. My husband keeps finding me crying over the notepad and just sits with me.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "My palliative team and I have talked through medical aid in dying, which is legal here in Oregon, and I've gone through the two requests and the waiting period with my doctors. I don't know yet whether I'll use it, but knowing it's there if the pain becomes unmanageable has given me a kind of peace. My family know and support me either way.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "How did other parents with terminal diagnoses tell their young kids? Mine are 4 and 7 and my pancreatic cancer has spread to my liver. The hospice counsellor suggested honest simple words like 'Mummy's illness can't be fixed and she is going to die', but saying it out loud terrifies me.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "I've decided to stop chemo. It's buying me a few weeks at most and it's taking all my energy away from my kids. My oncologist agreed it's a reasonable choice and has referred me to home hospice. I want whatever time I have to be spent at the kitchen table, not in the infusion chair.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "Some of you will know me from when my son Ryan was on treatment for ALL, he's now four years in remission and thriving. The cruel twist is that I was diagnosed with glioblastoma last year, and after surgery, radiotherapy and temozolomide, the latest scan shows it's back and there's nothing more the neuro-oncology team can offer. I've accepted it more than I expected to. I'm at home with hospice support, my sister has moved in, and Ryan and I have been making a memory box together. We've put in his hospital bravery beads next to my appointment letters, which felt fitting. I've written a letter for his 18th and recorded myself reading his favourite bedtime stories. I'm tired, but I'm not frightened. I'm grateful for this group, which carried me through his cancer and is now carrying me through mine.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "I'm posting from my bed at the hospice because I wanted to say goodbye properly to this community. I'm 38, I was diagnosed with metastatic breast cancer when my daughter Freya was still having treatment for her neuroblastoma, and somehow she's now the healthy one and I'm the one at the end. The doctors think I have days now. My husband and Freya come every day and we've done all the things: the will, the guardianship paperwork, the letters, the playlist for my funeral. Freya painted my nails yesterday in a colour called 'Electric Lemon' and made me promise not to take it off. I've told my family I'm ready and I mean it: I've stopped fighting the cancer, and I'm letting it be what it is. Thank you for every late-night message and every shared scan result. Look after each other.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "I want to share something some people might find difficult, so please scroll past if you need to. I live in Canada and I have end-stage ovarian cancer that has spread to my bowel and lungs. Over the last two months I've been assessed by two independent physicians for MAID (medical assistance in dying), and I've been approved. I've made this decision slowly, with my palliative doctor, my husband and our grown-up son, who was treated for lymphoma as a teenager, which is how I found this group years ago. I'm not depressed and I'm not in crisis; I'm dying, and I want some say in how the last chapter goes. We've picked a date after my granddaughter's christening. I've found real peace in planning it, and I wanted the people who supported us back then to hear it from me.",
        QUIET,
    ),
    Case(
        "adult_patient_end_of_life",
        "A practical post for any parent here facing their own terminal diagnosis, from someone a few months further down the road. I'm 46, dad of three, with mesothelioma, and I'm now on hospice care at home. Things I'm glad I did early while I still had energy: updated my will and named guardians, set up lasting power of attorney for health decisions, wrote down all the passwords and bills my wife didn't deal with, and made an advance care plan saying I don't want resuscitation or ICU. Things I wish I'd done sooner: recorded ordinary videos, not just the big speeches, because my kids say they just want to hear me being normal and daft. I also asked the hospice to set up sessions for the kids with their family support worker, which has made a huge difference. I'm at peace with dying of this, I just want to leave things in good order. Happy to answer questions if anyone's facing the same.",
        QUIET,
    ),
]
