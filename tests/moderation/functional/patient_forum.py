# ruff: noqa: E501
"""Posts of an adult-patient cancer forum, none of which raises (a development set).

Written in December 2026 by a helper blind to the detector (no detector code, tests or other
data read, no real posts or corpora consulted): 150 candid posts, mostly of women with breast
cancer, using the words detectors trip on in their ordinary sense (dying of the disease, "I
can't do this anymore" about chemo, stopping a treatment with the team, hospice and advance
directives, pain medicine doses, things given away, travel times, questions about telling the
children). ``DEV`` is measured and mended by class; ``HELD_BACK`` (another writer, the same
brief) is only counted (``scripts/moderation_patient_voice.py`` never prints its texts).
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # side_effects
    Case(
        "side_effects",
        "Round 3 of AC done. The nausea this time was worse than the first two, mostly days 2 to 4. Olanzapine at night helped more than the zofran honestly, though it knocks me out like a tranquilised horse. Anyone else find the metallic taste kicks in around day 5? Everything tastes like I licked a battery. Lemon drops and plastic cutlery are my new best friends.",
        QUIET,
    ),
    Case(
        "side_effects",
        "neuropathy update: my fingertips feel like theyre wrapped in cling film and i dropped a full mug of coffee this morning. told my onc and shes dropping the paclitaxel dose by 20%. kind of relieved, kind of scared that means it wont kill the cancer as well. she says the data on dose reductions is reassuring and most people keep the benefit. trying to believe her.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Hand-foot syndrome from capecitabine is no joke. My heels cracked so badly I was walking like a penguin. Urea cream, cotton socks overnight, and a week off per my team. Back on tomorrow at a lower dose.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Does anyone else get the steroid crash on day 3? Day 1 and 2 I'm cleaning the oven at 2am, day 3 I'm a puddle on the sofa crying at a dog food advert.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Letrozole joint pain: I feel 95 years old getting out of bed. It eases after about 20 minutes of moving around but the first steps to the kettle are grim. I switched to exemestane with my oncologist's ok and it's slightly better. Swimming helps the most, and weirdly a hot shower first thing. Just wanted to say if you're hobbling around in the morning you're not alone, and it's worth raising with your team because there are options and you don't have to just grit your teeth for five years.",
        QUIET,
    ),
    Case(
        "side_effects",
        "The fatigue nobody warned me about. Not tired like after a long day, tired like my bones are full of wet sand. I fell asleep sitting up at my kid's school play. Radiation week 4 of 6.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Skin update for anyone starting rads: week 5 and my armpit and the fold under the breast are properly raw now, like a bad sunburn that's started peeling. The radiotherapy nurses gave me Mepitel film and it's been a game changer. Also wearing my husband's old soft t-shirts instead of bras. Not glamorous, but I'll take comfort over glamour any day of the week.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Chemo brain is real. Put my phone in the fridge today and then spent 20 min ringing it from the landline. Found it next to the butter. Still cold.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Mouth sores from the FEC are killing me. Salt and baking soda rinse 4 times a day, and the onc prescribed a numbing mouthwash. Living on yogurt and mashed potato. Anyone have other tips? I miss crunchy food so much I dreamt about crisps last night.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Herceptin alone is so much easier than when it was paired with the taxol, but I still get a runny nose every single day and my nails are lifting off the nail bed. Two more infusions. Small complaints, I know, I'll take it.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Immunotherapy gave me hypothyroidism, which apparently is pretty common with pembro. So now I'm on levothyroxine forever, which is honestly a fair trade for my lung tumours shrinking by half. Just annoying that I'm cold all the time and put on 4 kilos. Endo says it'll settle once the dose is right. Lung cancer not breast btw, hope it's ok that I lurk here, you lot are the most helpful group I've found.",
        QUIET,
    ),
    # scanxiety
    Case(
        "scanxiety",
        "CT tomorrow at 8:40. I've cleaned the whole house, reorganised the spice rack alphabetically, and started three books without finishing a page. Scanxiety is a special kind of hell. Someone tell me something boring and normal please. What did you have for dinner. What colour is your kettle. Anything.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Results day. I hate how my whole life is measured in 3 month chunks now. Before every scan I half plan my own funeral in my head, and after every clear one I feel stupid for it. Anyone else do that?",
        QUIET,
    ),
    Case(
        "scanxiety",
        "NED again!!! Sorry to shout. Third clear scan in a row. I sat in the car park and sobbed for ten minutes before I could drive home.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "the portal released my MRI report before my appointment and now im googling words like 'enhancement' and 'indeterminate' at midnight. I KNOW I shouldnt. appointment is thursday. please tell me indeterminate is often nothing",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Anyone have tricks for the waiting? The scan itself is fine, it's the 6 days after. My oncologist's office says they'll call if something is urgent, so every time my phone buzzes my heart drops through the floor. Yesterday it was the dentist reminding me about a cleaning and I nearly threw up.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Bone scan shows a 'hot spot' on a rib. Could be the fall I had skiing in February, could be mets. Next step is a targeted MRI on the 14th. I'm trying to breathe through it. My breast care nurse said a lot of these turn out to be old injuries or arthritis. Holding on to that with both hands. If anyone has been through the rib hot spot limbo I'd love to hear how it went, good or bad, I just want to know what the next few weeks might look like.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "I'm 4 years out and I still get the shakes in the waiting room. My husband now brings a deck of cards and we play gin rummy until they call my name. He lets me win. I think.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Mammogram day for the 'good' side. Every year I tell myself it's routine and every year I barely sleep the night before.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Update from last week's scary post: the nodule in my lung is stable, same size as 6 months ago, radiologist thinks it's scarring from radiation. Thank you all for holding my hand through the worst week of waiting. Going to eat an obscene amount of cake.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "I honestly think scanxiety is worse than chemo was. At least chemo had a plan and a calendar. Waiting is just me in a dark room with my own brain, and my brain is a terrible roommate who leaves the lights on and plays worst case scenarios on repeat. Scan on Monday, results Friday. See you all on the other side.",
        QUIET,
    ),
    # metastatic_life
    Case(
        "metastatic_life",
        "Stage 4 forever club checking in. Diagnosed de novo with mets to bone 3 years ago, on my third line now. People keep asking when I'll be finished with treatment and I have to explain that I won't be. Treatment is until it stops working or I stop tolerating it, then we try the next thing. That's the deal. It's a weird way to live, but it is living, and some weeks it's even a pretty good life.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Terminal doesn't mean tomorrow. I got my 'months not years' talk in 2021. Still here, still annoying my sister, still growing tomatoes. Not saying it to give false hope, just that statistics are about crowds and you are one person.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "How do you all handle the 'but you look so well' comments? I know they mean it kindly. But I have liver mets and I'm dying of this disease, just slowly, and looking well is mostly concealer and stubbornness.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Progression on Ibrance after 26 months. Onc is switching me to Enhertu. I'm gutted but also grateful for the 26 months. I went to Portugal. I saw my son graduate. I learned to make sourdough (badly). Okay. Next line. Let's go.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "MBC life is: 3 weekly infusion, monthly bloods, quarterly scans, and trying to fit an actual life into the gaps. Today's gap contains a picnic. Posting so I remember this was a good day.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Sometimes I feel guilty in the early stage groups, like I'm the ghost of Christmas future walking in and rattling my chains. So I come here instead. Thank you for being a place where I don't have to soften it. I'm going to die of this, probably within a few years, and I can still laugh at my nephew's terrible jokes and plan a holiday to Cornwall in the same breath. Both things are true. I wish more people understood that.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Brain mets diagnosis last week. Gamma knife scheduled for Tuesday for three small spots. I can't drive for at least 6 months, which is honestly the part making me cry the most. My independence, my little car, popping to the shops. Anyone been through SRS? What was the recovery like? Did you get the steroid hunger?",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Ten years with metastatic disease as of today. When I was diagnosed the median was a fraction of that. I've been on 7 different treatments. I'm not special, I'm just lucky with my biology, and I know that can change any time. But today I'm celebrating.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Question for the long-haulers with bone-only disease: how do you explain it to new friends? I never know whether to say 'I have cancer' or 'I'm living with cancer' or just not mention it at all until they notice the port bump.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "My oncologist used the word 'incurable' out loud for the first time today. I knew it. I've known it for a year. But hearing it still hit like a truck. Going to sit in the garden for a bit with the cat.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Pancreatic stage 4 here, not breast, hope that's ok. On folfirinox, round 8. CA19-9 dropped from 2,400 to 310. My oncologist says that's a really good response for this cancer. I'm allowing myself one evening of hope before the next round flattens me.",
        QUIET,
    ),
    # treatment_decision
    Case(
        "treatment_decision",
        "Lumpectomy plus radiation vs mastectomy. My surgeon says survival is equivalent for my tumour. I keep going back and forth. Part of me wants everything gone so I never have to think about it again. Part of me wants to keep my body as it is. How did you decide?",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "After a long talk with my oncologist, I'm stopping chemo. The third line was making me so sick I couldn't leave the bed, and the last scan showed it wasn't really working anyway. She agreed it's the right call and we're moving to comfort focused care with the palliative team. I thought I'd feel like I was quitting. Instead I feel strangely light. I've been fighting so hard for so long, and I'm done with treatment that steals every good day. I want the good days back, however many there are. My family are behind me, which helps more than I can say.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Got a second opinion at a big cancer centre and they recommended Oncotype testing before deciding on chemo. Score came back 14, so no chemo, just hormone therapy. I nearly skipped the second opinion because I didn't want to offend my original onc. Please don't worry about that. Good doctors expect it and mine was actually really glad I went.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "should i do the clinical trial?? its randomised so i might get the standard drug anyway. extra travel is 2 hours each way every 3 weeks. my oncologist is supportive either way. trial nurse was lovely and answered everything. still on the fence. pros: extra monitoring, maybe a better drug. cons: petrol, time, my back in the car.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "I said no to 5 more years of tamoxifen. My onc laid out the numbers: the extra benefit for me is about 2%, and the side effects were wrecking my quality of life. She respected my decision and we'll keep monitoring. I feel okay about it. It's my body and my trade off to make.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "'Kill it with fire' was my whole attitude at diagnosis. Double mastectomy, dose dense chemo, radiation, the lot. No regrets, but I wish I'd slowed down long enough to ask about fertility preservation before starting. If you're young and it's early days, please ask about it, even if it feels like there's no time.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "DCIS only, low grade. Team offered active monitoring through a trial or surgery. I went with surgery, my friend with the same diagnosis went with monitoring. Both valid! I hate how some people act like there's only one brave choice.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Decided against reconstruction. Going flat. My surgeon was a little surprised but once I explained, she said she'd make sure the closure was smooth and neat. Sharing because I didn't know 'aesthetic flat closure' was even a thing you could ask for by name.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Anyone had to choose between Xeloda and going back on a taxane? Onc says both are reasonable for me and it's more about lifestyle. Pills at home vs infusions. I'm leaning pills because I'm sick of the chair.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "My dad (78) has decided not to do chemo for his lung cancer. At first I was furious and tried to talk him round. Then the palliative doctor sat us all down and explained that the likely gain was a few weeks, at the cost of feeling awful for most of the time he has left. Dad wants to spend the summer fishing with my brother. I'm learning to respect that it's his call, not mine. Still hard.",
        QUIET,
    ),
    # end_of_life_planning
    Case(
        "end_of_life_planning",
        "Finally signed my advance directive and DNR today. My palliative nurse walked me through every section. It felt weirdly empowering, like I get to decide how this ends instead of it being decided for me in a hurry at 3am by a stranger. My husband cried, I cried, then we ordered pizza and watched Bake Off.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "I've started writing letters for my kids. One for each birthday until they're 18, and some for the big days: first heartbreak, graduation, wedding, first baby if they want one. It's the hardest thing I've ever done and also somehow the most healing. I've done four so far and I have to stop after each one and go for a walk. Anyone else doing this? How do you decide what to say without making it all about me being gone? I want them to hear my voice being silly too, not just serious.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "We've chosen hospice at home for mum. The team came out yesterday, set up the bed downstairs by the window so she can see the birds, explained the medications and who to call day or night. Mum is calm. I'm the one falling apart, quietly, in the kitchen. Any advice from caregivers who've done home hospice would be so welcome.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Funeral planning with dark humour: I've told my sister if anyone plays 'Wind Beneath My Wings' I will haunt her personally. Playlist so far is mostly ABBA. I want people to dance, dammit.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Practical question, how did you approach the will and guardianship stuff? We're in our 30s and never made wills. Solicitor appointment next week. I want it sorted so my husband isn't dealing with a mess on top of everything after I die.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "The hospice team was nothing like I imagined. I thought hospice meant giving up, but it's honestly been the most attentive care I've had in 4 years of treatment. They got my pain under control in 48 hours. I wish I'd let my GP refer me earlier.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Made a memory box with my daughter this weekend. Photos, my terrible knitting, the recipe for my chocolate cake, a voice recording of me reading her favourite book. She's 9. She asked if I'll still be her mum after I die. I said always. Then we put stickers all over the box and argued about which ones were the best.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Had the 'what do you want at the end' conversation with my oncologist today. Where I'd want to be, what I don't want (no ICU, no ventilator), who speaks for me if I can't. I expected it to feel morbid but mostly it felt like being heard.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Caregiver here. Dad died peacefully at the hospice on Sunday with all of us around him, his favourite radio station on low. Thank you everyone in this group who answered my 2am questions about breathing changes and mottling and what the nurses meant by 'not long now'. You made the last weeks so much less frightening. I'll keep popping in.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "I'm slowly giving things away while I can still choose who gets what. My good wool coat to my niece, my books to the library sale, my garden tools to the neighbour who always admired my roses. It makes me happy seeing things go to people who'll love them.",
        QUIET,
    ),
    # pain_meds
    Case(
        "pain_meds",
        "Just got switched from oxycodone 5mg as needed to a long-acting 10mg twice a day plus the 5mg for breakthrough. Palliative team says the long-acting should stop the peaks and troughs. Anyone have experience with that transition? How long did the sleepiness last?",
        QUIET,
    ),
    Case(
        "pain_meds",
        "gabapentin for neuropathy: started at 100mg at night, working up to 300 three times a day over two weeks per my doctor. the dizziness the first few days was something else. its helping though, i can feel my feet again a bit",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Pill organiser Sunday ritual: counting out letrozole, calcium, vitamin D, gabapentin, omeprazole and the morphine tablets for the week. 28 compartments. I've started calling it my advent calendar of doom.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Morphine is a scary word, isn't it. When the hospice nurse suggested it I panicked, thinking it meant the end was right around the corner. She explained it's just a very good painkiller and the dose is tiny and adjusted carefully, and that lots of people are on it for years. I'm on it for bone mets pain in my pelvis and I can actually sleep through the night now for the first time since March. Sharing for anyone else who flinched at the word.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Constipation from the opioids is the worst part. Senna and macrogol daily as my pharmacist advised. Nobody warned me I'd be discussing my bowels with strangers this often.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "For the bone pain from Neulasta, my onc said Claritin the day before the injection and a few days after. Sounds ridiculous but it really helped. Worth asking your team.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Question: my mum's hospice nurse left a 'just in case' box of meds in the fridge. Is that normal? What's usually in it? She said it's for later on if mum can't swallow and the district nurses would be the ones to give them.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Pain clinic finally took me seriously. Nerve block for the post-mastectomy pain, plus duloxetine. Three weeks later I can wear a bra without wanting to scream. Keep pushing if your pain is being brushed off. It took me a year and two GPs.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "The fentanyl patch has been great for me, steady all day. Just a reminder to whoever needs it: no hot water bottles or long hot baths over the patch, my nurse said heat can make it release faster. Learned that one the hard way with a very sleepy afternoon. Called the team and they sorted me out, all fine.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Does anyone else feel judged at the pharmacy picking up opioids? The look I got today. Madam, I have a tumour in my spine, I'm not here for fun.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Tracking my breakthrough doses in a notebook like the palliative doc asked. Last week I needed 4 a day, this week just 1 or 2 since the radiotherapy to my hip. Small win. Radiation for bone pain really does work, for anyone wondering whether it's worth the trips.",
        QUIET,
    ),
    # venting
    Case(
        "venting",
        "I can't do this anymore. Chemo round 5 and I've been vomiting for 3 days, can't keep water down, and I'm so sick of being sick. Called the chemo hotline and they're getting me in for IV fluids this afternoon and changing my anti-sickness meds. I just needed to scream somewhere that isn't my poor husband's ear. One more round after this. One. More. Then I am done with chemo forever and I'm going to set fire to this stupid sick bucket in the garden.",
        QUIET,
    ),
    Case("venting", "Fuck cancer. Fuck it sideways. That's it, that's the post.", QUIET),
    Case(
        "venting",
        "I'm so angry today. Angry that I did everything right, ate the vegetables, ran the half marathons, breastfed both kids, and still got triple negative at 36. Angry that people keep asking if it runs in my family like they're looking for my mistake. I know anger is normal. I just need somewhere to put it.",
        QUIET,
    ),
    Case(
        "venting",
        "Insurance denied the PET scan AGAIN. Third appeal. My oncologist's office is fighting it with me but I'm spending hours on hold with people reading from scripts. Having cancer is a full time job and the pay is terrible.",
        QUIET,
    ),
    Case(
        "venting",
        "I hate this disease. I hate what it did to my mum and now I hate watching it do the same thing to my sister. Just needed to say it somewhere people get it.",
        QUIET,
    ),
    Case(
        "venting",
        "Shitty day. Bloods too low so chemo was deferred a week, which means everything shifts, including my daughter's birthday party which I'd carefully planned around my good week. I know it's for safety. I'm still crying in the car park.",
        QUIET,
    ),
    Case(
        "venting",
        "Why does every single person think they need to tell me about their aunt who died of breast cancer? I'm mid chemo. Read the room, people.",
        QUIET,
    ),
    Case(
        "venting",
        "I'm done with people telling me to stay positive. I'm positive I have cancer. I'm positive I'm tired. Let me be grumpy for five minutes without a lecture about mindset.",
        QUIET,
    ),
    Case(
        "venting",
        "Eighteen months of treatment and I'm so fucking tired of being a patient. Tired of hospital parking, tired of being a hospital number, tired of explaining my whole history to a new junior doctor every time, tired of the cannula hunt. Rant over. Going to have a bath and eat chocolate.",
        QUIET,
    ),
    Case(
        "venting",
        "Work just 'restructured' my role while I was on medical leave. HR says it's unrelated. Sure it is. Talking to a union rep tomorrow. I'm too tired to fight but I'm going to anyway.",
        QUIET,
    ),
    Case(
        "venting",
        "Cancer took my hair, my boobs, my ovaries and my savings. It is NOT getting my sense of humour. But today it's definitely winning on morale. Tomorrow's another go.",
        QUIET,
    ),
    # dark_humour
    Case(
        "dark_humour",
        "Overdosed on dexamethasone again (ok fine, took my prescribed dose) and now have full roid rage. Reorganised the garage, argued with a parking meter, and ate an entire loaf of bread. Husband has gone into hiding.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "My oncologist said 'you'll probably die of something else' and I said 'like what, boredom in your waiting room?' She laughed. We're friends now.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Silver lining of chemo: haven't shaved my legs in 4 months. Saving a fortune on razors. Cancer, the budget beauty regime nobody asked for.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Told the telemarketer I'm dying of cancer and can't really commit to a 24 month phone contract. He hung up so fast. Finally a use for it.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Bald and proud: today a small child in the supermarket asked if I was a wizard. I said yes. His mum was mortified. I have never felt more powerful in my life.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "When the nurse says 'small scratch' and then proceeds to hunt for a vein like she's drilling for oil. My veins went into witness protection after round 2.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Planning my grand entrance to the afterlife. I'll have hair again, right? Because I am not showing up bald to meet Freddie Mercury.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Nobody warned me the red devil makes you pee bright red. I screamed so loud the neighbour came round to check on me. We now have a much closer relationship than either of us wanted.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "The cancer card is real and I am playing it to get out of my in-laws' Christmas. Every year until I die, which hopefully is in about 40 years.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Got my port accessed today and the nurse said it's one of the nicest ports she's seen. Finally, a compliment on something under my skin.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "things that are rising in my life:\n- tumour markers\n- my weight (thanks, steroids)\n- my blood pressure when the wifi drops\nthings that are falling:\n- my hair\n- my white cells\n- my standards for what counts as a good day\nhonestly the balance sheet is a mess but I'm still here to complain about it so, net positive",
        QUIET,
    ),
    # body_image
    Case(
        "body_image",
        "Honestly, I hate my body right now. Moon face from the steroids, 8 kilos up, a scar from armpit to sternum, no eyebrows, and one boob. I know it's keeping me alive. I know. But today I couldn't look in the mirror while I got dressed. My partner keeps telling me I'm beautiful and I keep not believing him. I'm seeing the psychologist at the cancer centre on Thursday and I'm going to bring it up, because I don't want to spend whatever time I've got hating the only body I have.",
        QUIET,
    ),
    Case(
        "body_image",
        "Finally went wig shopping with my sister. Ended up with a bright red bob that looks nothing like my real hair. I love it. Why not be someone else for a while.",
        QUIET,
    ),
    Case(
        "body_image",
        "Giving away my wigs! I have 3 I no longer need now that my hair's grown back (curly, which is new and confusing). Two shoulder length brown, one short grey pixie. Free to anyone in the group, just cover postage. Message me.",
        QUIET,
    ),
    Case(
        "body_image",
        "Cold capping update: lost about 30% and it's thin on top, but I still have hair, and for me that was worth the misery of a frozen head for 3 hours each session. Not for everyone, and I don't judge anyone who skips it, but if you're considering it, it can work.",
        QUIET,
    ),
    Case(
        "body_image",
        "Chemo curls are a thing and mine are wild. I look like a poodle who stuck its paw in a socket. Honestly kind of into it.",
        QUIET,
    ),
    Case(
        "body_image",
        "Reconstruction question: DIEP vs implants. My plastic surgeon says I'm a good candidate for DIEP but the recovery sounds brutal. Anyone done it? What do you wish you'd known beforehand? How long before you could lift your toddler?",
        QUIET,
    ),
    Case(
        "body_image",
        "Six months after my mastectomy I went swimming in a public pool for the first time. Bought a mastectomy swimsuit with a pocket, then left the prosthesis at home at the last minute. Nobody looked twice. I swam 20 lengths and cried in the shower after, happy tears.",
        QUIET,
    ),
    Case(
        "body_image",
        "The eyelashes were the worst, weirdly. The head I could cover. Without lashes I looked so ill and I hated seeing it in photos. Magnetic lashes changed my life, ridiculous as that sounds.",
        QUIET,
    ),
    Case(
        "body_image",
        "Cleared out my wardrobe today. All the low cut tops and underwired bras went to the charity shop. I don't need them anymore, and honestly I felt lighter afterwards.",
        QUIET,
    ),
    Case(
        "body_image",
        "Hubby says my mastectomy scars look like a map of where I've been. I told him it looks like a badly stitched rugby ball. We settled on 'battle map'. Still not sure how I feel about my body but I'm not hiding it from him anymore.",
        QUIET,
    ),
    Case(
        "body_image",
        "Tattoo over my mastectomy scar booked for next month! Flowers and vines, by an artist who specialises in this. After 2 years of feeling like my chest belonged to the hospital, I'm claiming it back.",
        QUIET,
    ),
    # relationships
    Case(
        "relationships",
        "I feel like such a burden to my husband. He works full time, does all the school runs, cooks, and then helps me in and out of the shower. He says he'd do it a thousand times over and I believe him, I really do, but I still feel guilty every time I ask for something. We've started seeing a counsellor together through the cancer centre and that's helped us actually talk about it instead of tiptoeing. My sister also comes on Saturdays so he gets a few hours to himself. Anyone else struggle with the guilt even when the support is there?",
        QUIET,
    ),
    Case(
        "relationships",
        "Friends who vanished when I got diagnosed: I thought I'd be angrier. Mostly I'm just sad. The ones who showed up surprised me though. A woman from work I barely knew has dropped off soup every Tuesday for 5 months.",
        QUIET,
    ),
    Case(
        "relationships",
        "How do you tell a 6 year old that mummy has cancer? We've got a picture book from the hospital library but I'm dreading it. Her hair will be the first thing she notices when it falls out.",
        QUIET,
    ),
    Case(
        "relationships",
        "Dating after cancer: went on my first date since my mastectomy. Told him about it on date 2. He said 'okay, cool, do you want dessert?' Best reaction ever. Date 3 is Saturday.",
        QUIET,
    ),
    Case(
        "relationships",
        "My teenage son has gone completely silent since my recurrence. Spends all his time in his room. The school counsellor is aware and keeping an eye. I keep leaving the door open for him, offering lifts, snacks, whatever. Any advice on reaching teens? He's 15.",
        QUIET,
    ),
    Case(
        "relationships",
        "Caregiver burnout is real. I love my wife and I would do anything for her, but I haven't slept properly in 4 months. My sister's taking over two nights a week starting Friday, and the hospice offered respite too. I'm a bit ashamed of how relieved I feel.",
        QUIET,
    ),
    Case(
        "relationships",
        "Sex after chemo and early menopause. Anyone? Dryness, zero libido, pain. Gynae suggested vaginal moisturisers and a referral to a pelvic floor physio. My partner is patient and kind but I miss us.",
        QUIET,
    ),
    Case(
        "relationships",
        "My best friend shaved her head when I lost my hair. Now she's stuck growing it out alongside me. We look like twins with matching fuzz. I don't know how I got so lucky.",
        QUIET,
    ),
    Case(
        "relationships",
        "My mother keeps telling me I got cancer because I 'hold too much stress'. Gently but firmly told her the oncologist disagrees and I'd like her to stop saying it. We're having a quiet week.",
        QUIET,
    ),
    Case(
        "relationships",
        "Husband and I got married in the hospice garden last week. 12 people, a vicar who cried more than we did, and a cake from the bakery across the road. Best day.",
        QUIET,
    ),
    Case(
        "relationships",
        "Two of us from the original chemo group met for lunch, 5 years on. We talked about everything except cancer for 2 hours. Then we talked about cancer for 1 more.",
        QUIET,
    ),
    # practical
    Case(
        "practical",
        "What to pack for chemo days, from a veteran of 12 rounds:\n1. fuzzy socks and a blanket, the unit is freezing\n2. phone charger with a LONG cable\n3. ginger sweets or mints\n4. a big water bottle\n5. headphones and something mindless downloaded\n6. lip balm and hand cream\n7. a snack you actually like\n8. a friend, if you've got one willing\nAnything I've missed?",
        QUIET,
    ),
    Case(
        "practical",
        "Anyone successfully claimed on critical illness cover? The insurer keeps asking for more records. The cancer charity helpline advised me on exactly what to send, so sharing in case it helps someone: pathology report, the oncologist's letter confirming diagnosis date, and a GP summary.",
        QUIET,
    ),
    Case(
        "practical",
        "Going back to work part time after 8 months. Phased return, 3 days a week. Any tips? I'm scared of chemo brain making me look incompetent in meetings.",
        QUIET,
    ),
    Case(
        "practical",
        "Fertility preservation: I had my eggs frozen before starting chemo. Took about 2 weeks of injections and only delayed chemo a little, with my onc's approval. They used letrozole alongside to keep oestrogen low. Ask your team if this is something you might want, even if you're not sure.",
        QUIET,
    ),
    Case(
        "practical",
        "Parking at the cancer centre is £12 a day. Ask at reception about the free parking permit for patients on active treatment. I paid for 6 weeks before someone told me.",
        QUIET,
    ),
    Case(
        "practical",
        "Travel insurance with cancer is a nightmare. Anyone found a company that doesn't charge a fortune for metastatic disease? Trying to take the kids to Spain in the summer while I'm still feeling good.",
        QUIET,
    ),
    Case(
        "practical",
        "Best mastectomy pillow? The heart shaped one or the seatbelt protector?",
        QUIET,
    ),
    Case(
        "practical",
        "money tips for anyone on treatment: ask for the welfare advisor at your hospital, they sorted my benefits claim in one go. look into prescription prepayment. lots of charities give small grants for heating bills or travel. it's not much each time but it adds up and I wish I'd known in month one instead of month nine",
        QUIET,
    ),
    Case(
        "practical",
        "Drain pouches are a lifesaver after surgery. Made my own out of a lanyard and a small fabric bag. Five minutes, no more safety pins stabbing me.",
        QUIET,
    ),
    Case(
        "practical",
        "Clinical trial search tips: search the registry by your subtype and your area, note the main eligibility criteria, and bring a printed list to your oncologist. Mine hadn't heard of one running at a hospital 40 minutes away and referred me the same week.",
        QUIET,
    ),
    Case(
        "practical",
        "Anyone got a good system for tracking appointments? I've got oncology, radiology, cardiology for the echo, physio, and the dentist because of the bone drug. I'm drowning in letters. Thinking of a shared calendar with my husband so he knows where I am.",
        QUIET,
    ),
    # medical_question
    Case(
        "medical_question",
        "Is it normal to have a fever of 38.1 after Neulasta? I called the on-call line and they said come in, so I'm in A&E now waiting for bloods and antibiotics. Just want to know if this happened to anyone else and what it turned out to be.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Has anyone had lymphoedema come on years after surgery? My arm's been feeling heavy and tight for about a week, and my rings are snug. I'm 3 years post op. Have a lymphoedema clinic appointment on Monday.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Onc says I'm ER 90% and PR 10%. What does a low PR mean? I'll ask properly at my next appointment, just curious if anyone's gone down this particular rabbit hole.",
        QUIET,
    ),
    Case(
        "medical_question",
        "What does 'Ki67 35%' mean? It's in my pathology report and I'm not seeing my surgeon till Friday.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Anyone had a tooth extraction while on Zometa? My dentist wants to pull a molar and I'm worried about osteonecrosis of the jaw. I've messaged my onc's nurse but haven't heard back yet. How did your teams handle it?",
        QUIET,
    ),
    Case(
        "medical_question",
        "How long did it take for your periods to come back after chemo? Or did they not? I'm 34, 6 months post.",
        QUIET,
    ),
    Case(
        "medical_question",
        "New headaches since starting letrozole. Mild but daily. Mentioned it to my GP who said to check with my onc. Anyone else get these?",
        QUIET,
    ),
    Case(
        "medical_question",
        "My port site is a bit red and warm today. Called the oncology nurse line and they want me in this afternoon to check for infection. Has anyone had a port infection? Did they have to take it out?",
        QUIET,
    ),
    Case(
        "medical_question",
        "Is it normal to have random shooting pains in the reconstructed side 8 weeks after surgery? Surgeon said it's nerves regrowing. Just wondering how long it lasted for others.",
        QUIET,
    ),
    Case(
        "medical_question",
        "anyone on verzenio get diarrhoea that eventually settled down? week 3 here, taking loperamide as advised. onc said it often improves after the first month but right now i know where every toilet in town is",
        QUIET,
    ),
    Case(
        "medical_question",
        "Short of breath going up stairs since chemo started. Nurse thinks it's likely anaemia and they're checking bloods tomorrow. How low did your haemoglobin get, and did you end up needing a transfusion? Trying to know what to expect.",
        QUIET,
    ),
    # complementary_with_team
    Case(
        "complementary_with_team",
        "Started acupuncture for hot flushes on tamoxifen. My oncologist was supportive and said there's some decent evidence for it. After 6 sessions they're down from about 12 a day to maybe 5. Worth a try if your team is on board.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "I asked my onc about vitamin D and she checked my levels, found I was low, and prescribed a supplement. So that's my one supplement, approved and everything.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Diet question: my oncologist said there's no need for any special diet, just eat a balanced one and keep weight steady. Meanwhile my aunt keeps sending me articles about sugar feeding cancer. Any good reliable sources I can send her so she stops panicking every time I eat a biscuit?",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Gentle yoga at the hospice day centre. Lots of breathing, lots of cushions. Checked with my physio first because of the bone mets in my spine and she gave me a list of poses to avoid. Best hour of my week.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Ginger for nausea: I take ginger capsules alongside my anti-sickness meds with my team's okay. Doesn't replace them at all but takes the edge off.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Anyone tried mindfulness apps? The psycho-oncologist recommended one for scanxiety. I'm sceptical but willing to try anything that gets me through the 3am thinking.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Turmeric: ran it past my pharmacist because I'm on a blood thinner and chemo. She said skip the supplements, cooking with it is fine. So I'm making curry, not swallowing capsules.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Exercise during chemo: my oncologist basically prescribed it. 20 minute walk most days. Some days it's to the end of the road and back. Still counts.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Massage through the cancer centre, done by therapists trained in oncology massage who know to avoid my lymphoedema arm and my port. Pure bliss. Ask if your centre offers it, mine is free for patients.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "The hospital dietitian helped me so much with weight loss during head and neck radiation. High calorie shakes, soft foods, tricks for dry mouth, and she cleared my plan with the radiation team. I'd lost 7 kilos before I asked for the referral and I really wish I'd asked in week one. Highly recommend.",
        QUIET,
    ),
    # milestones
    Case(
        "milestones",
        "Last chemo today!!! Rang the bell so hard I nearly pulled it off the wall. 16 rounds done. Thank you all for carrying me through the bad weeks.",
        QUIET,
    ),
    Case(
        "milestones",
        "5 years NED today. At diagnosis I was told I had around a 60% chance of getting here. Cried over breakfast. Ordering a massive cake.",
        QUIET,
    ),
    Case(
        "milestones",
        "First haircut since chemo! Only a trim, but the hairdresser made a fuss and gave me a glass of prosecco. Small things.",
        QUIET,
    ),
    Case(
        "milestones",
        "Port out today. Last physical reminder of treatment, gone. It's weird, I felt oddly attached to it.",
        QUIET,
    ),
    Case(
        "milestones",
        "One year since my mastectomy. Still here. Still kicking. Still hating bra shopping.",
        QUIET,
    ),
    Case(
        "milestones",
        "Made it to my daughter's wedding. Stage 4 diagnosis in 2022 and they said maybe 18 months. Danced to 3 songs before I needed a sit down, and the third one was with my grandson on my feet. I'm shattered and my hips are screaming but I wouldn't swap this day for anything.",
        QUIET,
    ),
    Case(
        "milestones",
        "Radiation done. 15 sessions. Skin is sore but intact. Celebrated with chips on the seafront.",
        QUIET,
    ),
    Case(
        "milestones",
        "Hit my step goal today for the first time since surgery. 10,000 steps. My physio is going to be insufferable about it.",
        QUIET,
    ),
    Case(
        "milestones",
        "Back at work full time this week. Everyone was lovely. I cried in the loo at lunch, then ate a sandwich and carried on.",
        QUIET,
    ),
    Case(
        "milestones",
        "Tumour markers normal for the first time in 2 years. Still metastatic, still on treatment, but the drug is working and today I'm celebrating.",
        QUIET,
    ),
    Case(
        "milestones",
        "Ten years since my diagnosis. Mum died of this disease in her 40s and I was terrified I'd follow her. Instead I'm turning 55 next month and I've booked a week in Crete. If you're newly diagnosed and reading this at 2am, hello, the odds are better now than they were for our mums.",
        QUIET,
    ),
]

# Written by another helper to the same brief before any change it measures; counted, never shown.
HELD_BACK: list[Case] = [
    # side_effects (10)
    Case(
        "side_effects",
        "Day 6 after cycle 3 of EC and the fatigue is something else. I walked to the letterbox and had to sit on the stairs for ten minutes afterwards. Anyone else find the second week worse than the first? I was told it would get easier and so far it's doing the opposite.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Neuropathy update: my fingertips feel like I'm wearing someone else's gloves. Dropped a mug this morning and swore at it like it owed me money. Oncologist is dropping the paclitaxel dose by 20% next week, which I'm weirdly relieved about even though part of me worries less drug means less effect. She says the evidence is fine on dose reductions for this.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Honestly I can't go on like this with the nausea. Not in a dramatic way, I mean I literally cannot keep doing four days on the sofa with a bucket every cycle. Rang the chemo day unit and they're switching me from ondansetron to something else plus adding olanzapine at night. Fingers crossed. Anyone been on olanzapine for nausea? Did it knock you out?",
        QUIET,
    ),
    Case(
        "side_effects",
        "Mouth ulcers from capecitabine. Salt water rinses, bland food, soft toothbrush, doing it all. Eating mashed potato like a toddler. Tips welcome.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Hand-foot syndrome is killing me this cycle. Heels cracked, palms red and peeling, walking like I'm on hot coals. Team has paused the tablets for a week and told me to slather urea cream on and wear cotton socks to bed. Feels like a win and a loss at the same time.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Steroid insomnia on dex days: it's 3am and I've reorganised the spice rack, read half a novel and written a strongly worded review of a kettle. Is it the same for everyone or do some people sleep fine on it?",
        QUIET,
    ),
    Case(
        "side_effects",
        "Post-radiotherapy skin on the left side is peeling and weeping in the fold under the breast. The radiographers have given me some silicone dressings and said it often peaks a week or two after the last session, so I'm in the thick of it. It's not the pain so much as the smell and the feeling of being a wound on legs. I've been wearing my husband's old soft t-shirts with no bra and keeping the arm up on a pillow. If anyone's got tricks for sleeping without the dressing sticking to everything I'd be grateful. Four more days and then it should start to calm down, apparently.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Immunotherapy side effect bingo: I've got the itchy rash, the thyroid going haywire and now they're checking my cortisol. Pembro is doing its job on the lung mets though, so I'll take the itch.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Chemo brain made me put the car keys in the fridge and the milk in my handbag. Laughing because otherwise I'd cry.",
        QUIET,
    ),
    Case(
        "side_effects",
        "Lenalidomide fatigue plus the dex crash on the day after is flattening me. Anyone with myeloma found a routine that helps? I've been trying a short walk round the block even when every cell in my body says no, and a nap at 2pm whether I want one or not.",
        QUIET,
    ),
    # scanxiety (9)
    Case(
        "scanxiety",
        "CT tomorrow at 8:40, results Thursday. The three days in between are the worst part of this whole circus. I'm fine, I'm just going to clean the oven and pretend I'm not thinking about it.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Scanxiety is real. Every twinge becomes a new tumour in my head. My back aches from gardening and I've mentally written my own obituary twice already this week. Logic says it's a pulled muscle. Brain says otherwise. Scan is Monday.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "NED!!! Third clear scan in a row. I cried in the car park and a stranger gave me a tissue. Thank you all for holding my hand through the waiting bit.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Results were not what we hoped. Two new spots in the liver. Meeting the oncologist Monday to talk about second line options. I'm numb mostly. Just needed to say it somewhere people understand.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Five years out from stage 2 bowel cancer and I still get a knot in my stomach every time the annual CT letter comes through the door. People think you should be over it by now. I'm not scared of dying exactly, I'm scared of going through it all again: the bag, the chemo, the look on my kids' faces. My GP suggested a few sessions with the psycho-oncology service and honestly it's helped a bit. Anyone else find the anniversary scans get harder instead of easier?",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Is it normal for PET results to take ten days? The waiting is making me tetchy with everyone.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "PSA came back 0.2, up from undetectable. Urologist says it's not panic territory yet and we'll recheck in three months. Three months of staring at the wall, then.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "Tips for the scan waiting room please. Last time I nearly walked out before my name was called because my heart was going like a drum. This time I'm bringing crosswords, headphones and my sister, who talks enough for both of us.",
        QUIET,
    ),
    Case(
        "scanxiety",
        "MRI brain is booked because of headaches. I keep telling myself it's probably screen time and not drinking enough water. Probably. Will update when I know.",
        QUIET,
    ),
    # metastatic_life (10)
    Case(
        "metastatic_life",
        "Stage 4 breast, bone mets, three years in this month. Life on palbociclib and letrozole is weirdly normal: bloods every four weeks, zoledronic acid every twelve, and in between I go to work and moan about the bins like everyone else.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Somebody at a barbecue asked when I'll be finished with treatment. I said never, unless it stops working, and the silence was magnificent. Living with incurable cancer is a hard one to explain to people who think cancer is either cured or you die next week.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "I've been thinking about how to live when you know this disease will probably be what kills me. Not today, not this year if the drugs keep behaving, but it's there. Some days that makes everything sharper: I notice the light on the kitchen wall and I book the holiday instead of saving for it. Other days it's a grey fog and I sit in my car outside the supermarket for twenty minutes. My palliative care nurse said both are normal and there's no right way to do it. I found that weirdly comforting. How do other metavivors handle the in-between days?",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Ovarian, platinum resistant now. Starting weekly paclitaxel as the next line. My oncologist was straight with me about the odds, median numbers and all that, and I'm glad she was. I'd rather plan with the truth than hope with a fog.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Lung mets progressed on osimertinib after 26 months. Off to discuss a trial at the regional centre next week. Twenty six months is more than I was told I'd get at diagnosis, so I'm counting it as a win.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Anyone with stage 4 still working? I've dropped to three days and my manager has been brilliant but I'm knackered by Wednesday.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Dying of this thing is not something I'm afraid to say out loud anymore. I will probably die of metastatic breast cancer. Saying it at group last week felt like putting down a heavy bag I'd been carrying for years. I'm still here though, still annoying my kids, still doing the crossword badly.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Brain mets treated with SRS last spring and the follow-up MRI is stable. I can't drive for a while, which is the real tragedy, my independence took a hit. Buses and a very patient neighbour it is.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Eight years with metastatic prostate cancer. Hormone injections, then abiraterone, now on to the next thing. My advice for the newly diagnosed: for a lot of us it's a long road, so buy decent walking shoes.",
        QUIET,
    ),
    Case(
        "metastatic_life",
        "Myeloma is the never-ending story. Relapse number two. Back on a new combo with weekly trips in. Such is life.",
        QUIET,
    ),
    # treatment_decision (9)
    Case(
        "treatment_decision",
        "I'm done with chemo. Talked it through with my oncologist and my wife yesterday and we've agreed to stop the third line. Quality over quantity for me now. It feels strange but I'm at peace with it.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Lumpectomy plus radiotherapy or mastectomy? Surgeon says survival is the same for my tumour size. I keep going back and forth every night. Anyone willing to share how they decided?",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Went for a second opinion at the specialist centre two hours away. They agreed with the plan but suggested an extra biopsy so I could be screened for a trial. Worth the drive even just for peace of mind.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "My team has suggested pausing treatment for three months, a 'treatment holiday', because the scans have been stable and the side effects have been grinding me down. Part of me is thrilled, part of me is terrified the cancer will notice I've stopped. They'll scan at the end of the break and restart if anything moves. Anyone done a planned break? How did you cope with the fear?",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Offered a phase 2 trial. It means an extra biopsy and a lot of travel, about 90 minutes each way. Pros and cons list is on the fridge. Leaning yes.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Decided not to have reconstruction. Going flat. I've weighed it up for months and I just don't want more surgery. My surgeon was great about it and I feel really good about the decision.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Oncotype score came back low so no chemo, just the hormone tablets. I thought I'd be relieved but now I'm second-guessing. Is it normal to want the 'harder' treatment just to feel like I did everything?",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Active surveillance vs surgery for my prostate cancer. Gleason 3+3, small volume. Urologist says surveillance is reasonable. My brother wants me to rip it out. It's my call in the end, and I think I'm going to watch and wait.",
        QUIET,
    ),
    Case(
        "treatment_decision",
        "Stopping the immunotherapy because of colitis. The team think I've had enough benefit that stopping is reasonable. Weird to stop because it worked too well on my immune system.",
        QUIET,
    ),
    # end_of_life_planning (9)
    Case(
        "end_of_life_planning",
        "Signed my DNR form with the palliative care doctor today. My daughter came with me. It wasn't as grim as I expected, we ended up getting cake afterwards.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Hospice referral done. I always thought hospice meant the last few days, but the day centre there does art and massage and a support group on Tuesdays. Wish I'd gone sooner.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Started a legacy project: voice memos for each of my grandchildren, a little story for every birthday until they're 18. Some are silly, some are about their mum when she was little. My husband thinks I'm being morbid, my palliative nurse thinks it's wonderful. I think it's just something I can do with the time I have while I still have the energy. If anyone has done something similar I'd love ideas.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Giving away things I no longer need. My sewing machine went to my niece yesterday and it felt lovely to see her face. Clearing out makes me feel lighter, not sadder.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "We did the advance directive paperwork this weekend. Writing down what I want when I can't speak for myself was hard, but my partner said it takes the guessing away from him. Good thing to do, cancer or no cancer.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Planning my funeral playlist is my new hobby. So far it's mostly 80s power ballads. My family has been warned.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Had the 'preferred place of death' chat with the community palliative team. I want to be at home with the dog. They talked through what support we'd have at the end, nurses, equipment, night sitters. Oddly reassuring to know the plan.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "Will updated, lasting power of attorney sorted, and a folder for my husband of what's where: bills, pension, the boiler man. Boring admin, but now I can stop lying awake about it.",
        QUIET,
    ),
    Case(
        "end_of_life_planning",
        "How did you tell your wider family that you'd moved to end of life care? I don't want a procession of people crying in my living room, but I do want to see them.",
        QUIET,
    ),
    # pain_meds (10)
    Case(
        "pain_meds",
        "Switched from Oramorph to 20mg modified release morphine twice a day with 5mg Oramorph for breakthrough. The pain team are great. Night sweats a bit, but sleeping better overall.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Fentanyl patch went up to 25 micrograms. First few days I was a bit dozy but the hip pain from the bone met is so much better. Changing it every 72 hours, I've set a reminder on my phone.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Gabapentin for neuropathy: started at 300mg at night, going up slowly as the doctor planned. Anyone had the dizziness settle after a week or two?",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Oxycodone 5mg as needed after my mastectomy. Only needed it for four days, then switched to paracetamol and ibuprofen. Constipation was the worst bit. Take the laxatives they give you, trust me.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Pill organiser tip: I got a big weekly one with four slots a day, morning, lunch, evening, night. My partner fills it on Sunday nights. It's the only way I can keep track of dex, anti-sickness, PPI and the rest.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Dexamethasone taper is making me moody as hell. 8mg down to 4mg down to 2mg. Anyone else feel like they're on an emotional rollercoaster while tapering?",
        QUIET,
    ),
    Case(
        "pain_meds",
        "For anyone scared of starting morphine: I was. I thought it meant I was at the end, and I thought I'd be a zombie. My palliative consultant explained it's just the right drug for the type of pain I have and the dose gets adjusted to me. I've been on it four months now, still working part time, still driving short distances with the team's OK, and I'm not in agony anymore. Constipation management is basically a part-time job though. Senna and Laxido are my new best friends.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Radiotherapy to the spine for pain was a game changer. Cut my oxycodone use in half within three weeks.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Is it normal to need breakthrough doses more than four times a day? The pain team said to call them if that happens, so I'm ringing first thing tomorrow to get the background dose reviewed.",
        QUIET,
    ),
    Case(
        "pain_meds",
        "Nerve block for pancreatic pain done yesterday. Fingers crossed I can bring the fentanyl down.",
        QUIET,
    ),
    # venting (10)
    Case("venting", "Fuck cancer. Just that. Fuck it.", QUIET),
    Case(
        "venting",
        "I hate this disease. I hate what it's taken from me: my job, my hair, my sense of humour some days. I'm angry and there's nowhere for it to go. Sorry, needed to get it out.",
        QUIET,
    ),
    Case(
        "venting",
        "Spent 3 hours waiting for chemo because pharmacy hadn't made it up. 3 hours. I know they're stretched but I wanted to scream into my cardigan.",
        QUIET,
    ),
    Case(
        "venting",
        "The friends who disappeared. That's the thing nobody warned me about. My best friend of twenty years has sent two texts since I was diagnosed in March. Meanwhile a woman from work I barely knew drops off soup every Thursday. I know people are scared and don't know what to say. I know. But it still stings like hell. I've stopped reaching out and I'm trying to make peace with it.",
        QUIET,
    ),
    Case(
        "venting",
        "Stop telling me to stay positive. I'm positive I've got cancer. That's about it today.",
        QUIET,
    ),
    Case(
        "venting",
        "Bloody bowel cancer. Bloody stoma bag leaked in the supermarket. Bloody everything. Home now, showered, swearing at the universe with a cup of tea.",
        QUIET,
    ),
    Case(
        "venting",
        "Can we talk about how exhausting it is to be a 'brave cancer warrior' all the time? I'm not brave. I'm just turning up because the alternative is worse.",
        QUIET,
    ),
    Case(
        "venting",
        "Benefits assessment letter came. They want me to prove I can't work while I'm having chemo every two weeks. The stress of the forms is worse than the side effects.",
        QUIET,
    ),
    Case(
        "venting",
        "Everyone at work thinks I'm 'back to normal' because my hair grew back. I'm not. I'm tired all the time and scared of every cough. Rant over.",
        QUIET,
    ),
    Case(
        "venting",
        "My mother-in-law sent me another article about curing cancer with juice. I've muted her for the week. I'm too tired for this, and my oncologist is doing just fine without the celery.",
        QUIET,
    ),
    # dark_humour (10)
    Case(
        "dark_humour",
        "The upside of losing all my hair: I've saved a fortune on shampoo and I can be ready to leave the house in four minutes flat.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "My oncologist asked if I had any questions. I asked if the chemo could take my cellulite out while it's in there. She laughed, which I'm counting as a yes.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Told my kids I'm haunting them if they fight over the good china. They said nobody wants the good china. Rude.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Chemo brain means I can watch the same murder mystery three times and still be surprised by the killer. Cheapest entertainment going.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Cancer has given me the perfect excuse to get out of every wedding this year. Silver linings.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Bought a jar of stupidly expensive face cream and my husband said it's a long term investment. I said mate, I'm stage 4, I'm using the lot by Friday.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "The palliative nurse and I have a running joke about which of us will outlast the other's patience. So far I'm winning.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "I've been tattooed for radiotherapy. Three tiny dots. My rebellious teenage self would be so disappointed in the lack of ambition.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Waiting room game: guess who's the patient and who's the carer. Tip: the carer is usually the one who looks worse.",
        QUIET,
    ),
    Case(
        "dark_humour",
        "Dying is expensive. Just priced a coffin. I'm considering a cardboard box and a bit of glitter to save the kids some money. They can decorate it, it'll be a bonding activity.",
        QUIET,
    ),
    # body_image (9)
    Case(
        "body_image",
        "Looked properly in the mirror after the mastectomy for the first time today. I cried, then I put on my favourite shirt and it still looked good. Small steps.",
        QUIET,
    ),
    Case(
        "body_image",
        "I hate my body right now. Steroid moon face, the port bump, the scar, the weight. I don't recognise myself. I know it's temporary-ish but it's hard.",
        QUIET,
    ),
    Case(
        "body_image",
        "Eyebrows gone. Lashes gone. Drawing my face on every morning like a Renaissance painter. Any good brow pencils that survive a hot flush?",
        QUIET,
    ),
    Case(
        "body_image",
        "Reconstruction update for anyone considering DIEP. Eight weeks out, tummy scar hip to hip, new breast looks surprisingly good though it's numb. The hardest bit has been the belly button, which looks like it belongs to someone else. My husband says he doesn't care and I believe him, but I care. I'm seeing the physio for the tight feeling when I stand up straight. Overall I'm glad I did it, but it's a long recovery, so be kind to yourself.",
        QUIET,
    ),
    Case(
        "body_image",
        "Stoma and swimming. Went to the pool for the first time with a high-waisted costume. Nobody looked. I felt like a hero.",
        QUIET,
    ),
    Case(
        "body_image",
        "Hair growing back curly and grey after chemo. Chemo curls are a real thing. I look like my nan and I'm oddly OK with it.",
        QUIET,
    ),
    Case(
        "body_image",
        "Lymphoedema sleeve in beige is the ugliest thing I've ever worn. Anyone found patterned ones your clinic will prescribe?",
        QUIET,
    ),
    Case(
        "body_image",
        "Gained two stone on hormone therapy. The old guilt about eating is creeping back in. Trying to be kind to my body since it's been through a war.",
        QUIET,
    ),
    Case(
        "body_image",
        "Wore a headscarf to my niece's wedding and got so many compliments. Felt like me for the first time in months.",
        QUIET,
    ),
    # relationships (9)
    Case(
        "relationships",
        "My partner has been incredible but I can see how tired he is. I feel guilty every time he has to help me in the shower. He says he'd do it a thousand times over. I believe him, I still feel guilty.",
        QUIET,
    ),
    Case(
        "relationships",
        "Intimacy after treatment: dryness from the hormone blockers is awful. Our breast care nurse recommended a couple of things and a referral to the menopause clinic. Slowly getting back to being close.",
        QUIET,
    ),
    Case(
        "relationships",
        "My sister and I hadn't spoken in eight years. She turned up at my first chemo with a flask of tea. We're fine now. Cancer did one good thing.",
        QUIET,
    ),
    Case(
        "relationships",
        "Dating with cancer. Do I tell them on the first date? The third? Never?",
        QUIET,
    ),
    Case(
        "relationships",
        "My husband and I have been fighting about stupid things, the dishwasher, the thermostat. The counsellor at the cancer centre said it's really common, because the real fight is with the disease and the anger has nowhere to go. We've started a Sunday walk where we're allowed to talk about the cancer for 20 minutes and then it's banned. It's actually helping. Anyone else find little rules like that make it easier?",
        QUIET,
    ),
    Case(
        "relationships",
        "Erectile dysfunction after prostatectomy. Nobody likes to talk about it. Team has started me on tablets and talked about other options. My wife has been patient and funny about the whole thing, which helps more than anything.",
        QUIET,
    ),
    Case(
        "relationships",
        "My mum cries whenever she sees me. I end up comforting her. Is it okay to ask her to visit less, or at least to do her crying in the car?",
        QUIET,
    ),
    Case(
        "relationships",
        "We got married last month at the registry office, six weeks before my surgery. Best decision we ever made.",
        QUIET,
    ),
    Case(
        "relationships",
        "Friend asked if she could shave her head in solidarity. I said no thank you, but I'd take a lasagne. She brought two.",
        QUIET,
    ),
    # practical (9)
    Case(
        "practical",
        "Our cancer centre is 70 miles away, about an hour and a half each way. The Macmillan benefits adviser helped me apply for help with travel costs. Worth asking if you're on benefits.",
        QUIET,
    ),
    Case(
        "practical",
        "Parking at the cancer centre: the multi-storey by the main entrance is always full by 9. The overflow car park behind the maternity wing usually has spaces and the shuttle bus runs every 15 minutes.",
        QUIET,
    ),
    Case(
        "practical",
        "Anyone claimed PIP while on chemo? What did you put on the form about daily living?",
        QUIET,
    ),
    Case(
        "practical",
        "Travel insurance with active cancer: found a specialist company that covered me for a week in Spain at a reasonable price. Took me 11 phone calls. Happy to share the name in the thread if it's allowed.",
        QUIET,
    ),
    Case(
        "practical",
        "Work asked for a fit note and a return-to-work meeting. Occupational health suggested a phased return over 6 weeks. Anyone done this? What hours did you start at?",
        QUIET,
    ),
    Case(
        "practical",
        "Cold cap experiences? I kept about 60% of my hair. Bit faffy and freezing, but worth it for me.",
        QUIET,
    ),
    Case(
        "practical",
        "Fertility preservation before chemo: I'm 32 with triple negative and they've given me two weeks for egg freezing before I start. The fertility clinic is across town at the women's hospital, so I'm doing scans and injections there and then driving back to the breast unit for my port fitting. It's a lot. I cried in the pharmacy when they handed me the bag of needles. But I'm so grateful it's even an option. Any tips for the injections? My stomach is already bruised.",
        QUIET,
    ),
    Case(
        "practical",
        "Tip for chemo days: bring a blanket, a phone charger with a long cable, snacks, and something mindless to watch. The chairs get cold and the day gets long.",
        QUIET,
    ),
    Case(
        "practical",
        "Council tax reduction and blue badge both approved. Ask your cancer nurse what you're entitled to, I didn't know about half of it.",
        QUIET,
    ),
    # medical_question (9)
    Case(
        "medical_question",
        "My temp is 38.3 on day 10 after chemo. The on-call nurse told me to come in to the assessment unit, so we're heading there now. Just posting because I'm scared. Bag is packed.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Is it normal for my port to ache a week after it was put in? No redness or swelling, just sore when I lift things.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Swelling in my arm on the side where they took the lymph nodes, started yesterday. Is this a call-the-breast-care-nurse thing or a wait-and-see thing? I'm going to ring them in the morning anyway.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Anyone had a sudden rash on day 3 of a new cycle? I've sent a photo to the nurse line and they're calling me back.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Question for bowel cancer folks: how long after a reversal did your bowel habits settle? I'm 4 months out and still running to the loo 8 times a day.",
        QUIET,
    ),
    Case(
        "medical_question",
        "CEA went from 4 to 7. Oncologist isn't worried yet but wants to recheck in a month. What's your experience with CEA going up and down?",
        QUIET,
    ),
    Case(
        "medical_question",
        "Lung cancer folks, a question: my cough has changed over the last week, more mucus and a bit short of breath going upstairs. I'm on maintenance pemetrexed. I know the answer is 'ring your team', and I have. They've booked me a chest X-ray for tomorrow and told me to go to A&E if it gets worse. I guess I'm asking how others tell the difference between a normal cold and something more. I keep second-guessing myself and I don't want to be a nuisance.",
        QUIET,
    ),
    Case(
        "medical_question",
        "Platelets 45 this week so chemo delayed. Is there anything that helps them recover or is it just waiting?",
        QUIET,
    ),
    Case(
        "medical_question",
        "CA-125 going up slowly over three months. Is this usually the first sign of recurrence for ovarian? Seeing my consultant next Tuesday.",
        QUIET,
    ),
    # complementary_with_team (9)
    Case(
        "complementary_with_team",
        "Asked my oncologist about turmeric supplements. She said not during chemo because of possible interactions, maybe later. So it's sitting in the cupboard for now.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Acupuncture for hot flushes on tamoxifen is offered at our hospital's complementary therapies unit. Four sessions in and they're noticeably better.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Dietitian appointment today. Going for high-protein, small frequent meals to stop the weight loss. Fridge is full of nutritional shakes.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Reflexology at the hospice day centre is the highlight of my week. Not a cure, nobody's pretending it is, but it makes me feel human.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Asked about vitamin D and calcium since I'm on letrozole. Team checked my levels and I'm on both now, along with the bone infusion.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Yoga class for people with cancer at the Maggie's centre. Gentle, lots of lying down. Slept like a baby afterwards.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Went through my whole supplement cupboard with the pharmacist at the chemo unit. I'd been taking a green tea extract, high-dose vitamin C and a 'liver support' blend my cousin swore by. The pharmacist explained which ones could interfere with the chemo or stress my liver, and we agreed I'd stop the lot until I finish treatment, keeping just a standard multivitamin the oncologist okayed. No lecture, just facts. I felt a bit daft but mostly relieved that someone actually looked.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Mindfulness app recommended by the psycho-oncology team. Ten minutes before bed. Scanxiety down a notch.",
        QUIET,
    ),
    Case(
        "complementary_with_team",
        "Keto diet while on treatment? Dietitian said not for me right now since I'm losing weight. Anyone else get that advice?",
        QUIET,
    ),
    # milestones (9)
    Case(
        "milestones",
        "Ring the bell day! Last radiotherapy done. Cried, laughed, ate a doughnut.",
        QUIET,
    ),
    Case("milestones", "One year since diagnosis. I'm still here. Thank you all.", QUIET),
    Case(
        "milestones", "Hair is long enough for a ponytail. Tiny stubby one, but it counts.", QUIET
    ),
    Case(
        "milestones",
        "Five years in remission from lymphoma today. Celebrating with a ridiculous cake and my kids.",
        QUIET,
    ),
    Case(
        "milestones",
        "Made it to my daughter's graduation. When I was diagnosed with stage 4 I didn't think I would. She walked across the stage and I lost it completely.",
        QUIET,
    ),
    Case("milestones", "Port removed today! Goodbye little lump, you served me well.", QUIET),
    Case(
        "milestones",
        "Two years on first line treatment for metastatic breast cancer today. When I was diagnosed I googled survival stats (don't do that) and convinced myself I wouldn't see another Christmas. I've now seen two, plus a trip to the coast, my son's first job, and my garden finally looking decent. I know the drugs will stop working at some point, that's how it goes, but today I'm just grateful. Going out for dinner with my husband and I'm ordering dessert.",
        QUIET,
    ),
    Case(
        "milestones",
        "Finished my last cycle of R-CHOP. Scan in six weeks. For now I'm celebrating with a nap.",
        QUIET,
    ),
    Case(
        "milestones",
        "Walked 5k for the first time since surgery. Slowly. Very slowly. But I did it.",
        QUIET,
    ),
    # telling_children (9)
    Case(
        "telling_children",
        "How do I tell my 6-year-old I have cancer? I'm starting chemo in two weeks and my hair will go. Any books you'd recommend?",
        QUIET,
    ),
    Case(
        "telling_children",
        "Told the kids tonight. My 10-year-old asked if I was going to die. I said the doctors are working hard to make me better and that I'd always tell her the truth. She seemed okay, then asked for pancakes.",
        QUIET,
    ),
    Case(
        "telling_children",
        "My teenagers know I'm stage 4. We've been honest from the start. Lately my 15-year-old son has gone quiet and spends all his time in his room. The school counsellor knows and the hospice has a family support worker who's offered to meet him. I don't want to force it. For those of you with teens, what helped them talk? I keep thinking about the fact that I won't see him grow up, and then I push it away because I need to be present now.",
        QUIET,
    ),
    Case(
        "telling_children",
        "Our hospice's family team helped us make memory boxes with our kids. They picked things to put in. It was surprisingly gentle.",
        QUIET,
    ),
    Case(
        "telling_children",
        "My 4-year-old thinks my wig is hilarious and keeps trying to put it on the dog.",
        QUIET,
    ),
    Case(
        "telling_children",
        "The school was amazing once I told them. Her teacher keeps an eye on my daughter and lets her message me at lunch on chemo days.",
        QUIET,
    ),
    Case(
        "telling_children",
        "How much do you tell kids about a recurrence? Mine were little the first time and now they're 12 and 14. I think they deserve the truth, I just don't know how much of it at once.",
        QUIET,
    ),
    Case(
        "telling_children",
        "My son asked if cancer was catching. Reassured him it isn't and he can still hug me. Kids worry about the strangest things.",
        QUIET,
    ),
    Case(
        "telling_children",
        "We used the word 'cancer' not 'poorly' on the advice of a children's charity leaflet. It made it easier to answer their questions.",
        QUIET,
    ),
    # caregiver_partner (10)
    Case(
        "caregiver_partner",
        "Partner of someone with AML here. She's in for her second induction, six weeks on the ward about an hour from home. I'm doing the drive every other day and working from the relatives' room. Tired doesn't cover it.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "Anyone else feel guilty for being exhausted as a carer? I'm not the one with cancer. I'm just tired.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "My wife is on the hospice ward now. The staff are gentle and kind, they brought me a camp bed and a cup of tea at 2am. She's comfortable on the syringe driver, morphine and midazolam, and mostly sleeping. I keep talking to her about the dog and the garden. I don't know how long we've got, the nurses think days. I just wanted to say thank you to this group, you've been there for two years of this. I'll post when I can.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "Husband has stage 4 bowel cancer. He's decided to stop chemo. I support him, but part of me is screaming 'just one more try'. Talking to his palliative nurse helped me understand why he's done.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "Carers, how do you get any sleep? He's up at 3 with pain and I'm up with him. The night sitting service from the hospice starts next week, thank god.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "My husband's prostate cancer hormone therapy has made him emotional and weepy. It's no joke. We watch soppy films together and now we both cry.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "Tips for managing all the appointments for a partner? Shared calendar? Notebook? I'm drowning in letters.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "As a carer I sometimes get angry at cancer for taking our retirement plans. Then I feel guilty for thinking about myself. The carers' support group at the cancer centre on Thursday helped more than I expected.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "My wife's oncologist gave us the survival odds today. Honest, kind, but it knocked the wind out of us. We sat in the car and held hands for an hour before either of us could drive.",
        QUIET,
    ),
    Case(
        "caregiver_partner",
        "My partner gets frustrated that I have to fill her pill organiser and change her dressings. I tell her I'm happy to do it, and I am. We're learning.",
        QUIET,
    ),
]
