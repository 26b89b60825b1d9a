"""Adult patients' and parents' everyday posts that are no warning sign, written for training.

Written blind for Hearth (2026-12-05) by a writer who saw neither the detector nor any test set:
prognosis and the fear of dying, stopping treatment with the team, pain and its medicines,
end-of-life planning, body changes, venting, waiting for scans, loneliness, money, dark humour,
grief, and recovery from a dark time, 25 per kind. Negatives of the warning-sign trainer
(``moderation.training.warning_signs``), under ``APART`` of every held-back case as
``crisis`` is.
"""

from __future__ import annotations

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "body_changes": (
        "Shaved my head today before it could fall out in clumps. My son did the "
        "clippers and we both cried then laughed because I have a weird dent at the "
        "back.",
        "First shower after the mastectomy. Didn't look down for ages. When I did it "
        "was just a neat line. Not as scary as I'd built it up to be.",
        "Stoma bag leaked in Tesco. Mortified. Stoma nurse says it happens to everyone "
        "in the first months, new flange coming.",
        "Steroid moon face - coping strategies anyone? I don't recognise myself in photos.",
        "lost 15kg since diagnosis and everyone keeps saying 'you look great'. it's the "
        "cancer eating me, stop complimenting my cheekbones",
        "My port sticks out like a bottle cap under the skin. Anyone else find "
        "seatbelts rub on it? Got a little cushion pad for it.",
        "Eyebrows gone, eyelashes gone. Microblading - safe during chemo or wait till after?",
        "Our 4 year old calls her central line her 'wiggly' and shows it off to "
        "everyone at nursery. Wish I had her confidence.",
        "The scar from my neck dissection is long and red. Wore high collars for weeks. "
        "Today I wore a V-neck to the shops and nobody stared.",
        "Going flat after double mastectomy, no reconstruction. Best decision for me. "
        "Bought two new shirts that actually fit.",
        "Radiotherapy burn on my neck is peeling like a lizard. Any creams other than aqueous?",
        "Surgery for my jaw tumour has changed my face. Kids at the park stared and I "
        "just smiled. Some days that's easier than others.",
        "Wig attempt number one. Felt like a hamster on my head. Switched to "
        "headscarves and a beanie.",
        "Lymphoedema in my leg means none of my jeans fit. Anyone found stylish compression stuff?",
        "Catching myself in the mirror is the worst part. Gaunt, bald, grey skin. It's "
        "still me in there, I keep telling myself that.",
        "Nails going black and lifting off from docetaxel. Frozen gloves during the "
        "infusion next time, nurse says.",
        "Ileostomy reversal next month!! 11 months with a bag named Bertha. Will miss "
        "her, sort of.",
        "Amputation was 6 weeks ago (osteosarcoma). Learning to walk with the "
        "prosthetic. My daughter painted my stump sock with dinosaurs.",
        "Lost my voice box to laryngeal cancer. Speaking through a valve now. Sounds "
        "robotic but my grandson thinks it's amazing.",
        "Body image after prostatectomy is something blokes don't talk about. Leaking, "
        "erections gone, belly from the hormone jabs. Anyone else?",
        "Vanity check: caring about hair with cancer, silly? Because I do. I cried more "
        "about my hair than the diagnosis.",
        "Finally let my wife see the reconstruction scars. She traced them with her "
        "finger and said 'brave lines'. Then I cried.",
        "Weight gain from letrozole and dex, 12kg. Nobody warns you cancer can make you "
        "bigger too.",
        "picc line dressing change day. cling film over the arm for showers isn't "
        "cutting it - any recs for a proper waterproof sleeve?",
    ),
    "dark_humour": (
        "Told the chemo nurse I'd like a window seat and a cocktail. She gave me a bag "
        "of saline and a biscuit. 2 stars.",
        "Perks of terminal cancer: nobody argues with you about where to go for dinner.",
        "My oncologist said I should avoid stress. Great, I'll just cancel the cancer then.",
        "We call the chemo chair 'the throne'. Someone brought a paper crown last week. "
        "Long live the queen of poison.",
        "Parking fine stuck on my windscreen outside the hospice. Joke's on them, I'm "
        "not planning to pay it in this lifetime.",
        "Bald head bonus: you save a fortune on shampoo and your hat game goes up 300%.",
        "The hospice has better biscuits than the oncology ward. Just saying, there are "
        "upsides to upgrading.",
        "Husband asked what I want for my birthday. I said 'another one'. He didn't laugh. I did.",
        "Went to buy a 3 year warranty on a fridge and laughed so hard the shop guy got worried.",
        "cancer ward banter today: 'how long you got?' 'till 4, then my lift comes'",
        "My stoma makes noises in quiet rooms. Blamed the dog at a wake. The dog wasn't there.",
        "Bought a frying pan with a lifetime guarantee. Shortest lifetime guarantee "
        "they'll ever have to honour.",
        "Our 9 year old told the consultant she'd 'kick this cancer's butt' and then "
        "asked if she could keep the butt. We don't know either.",
        "Chemo brain excuse is the best. Forgot your birthday? Chemo. Didn't do the "
        "dishes? Chemo. Still works 2 years after finishing.",
        "The radiotherapy team tattooed three dots on me. I asked for a dolphin. They said no.",
        "Joined the 'Nil by Mouth' club again. Fourth time this month. Considering "
        "making T-shirts.",
        "Wrote my own eulogy for a laugh and it's honestly too good to waste, so I'm "
        "reading it at my 50th instead. Early preview, no tissues allowed.",
        "Anyone else's sense of humour horrify their healthy friends? Said 'well, at "
        "least I won't need a pension' and my mate went white.",
        "The bucket list has been downgraded to a 'whatever fits in a bucket' list. "
        "Today's item: nap.",
        "Informed the hospice chaplain I'm hedging my bets and going to every religion's "
        "coffee morning. Free biscuits at all of them.",
        "Fentanyl patch, wig, fake eyelashes, stoma bag. I'm about 40% accessories now.",
        "Chemo ward WhatsApp group is called 'Poison Pals'. Pinned message: 'who's puking today'.",
        "Onc: 'do you have any questions?' Me: 'Can I get a loyalty card? I'm here more "
        "than Greggs.'",
        "Steroids have given me a face like a hamster and an appetite like a labrador. "
        "Ate my son's birthday cake at 4am. No regrets.",
    ),
    "end_of_life_planning": (
        "Finished my will today with a solicitor who does home visits. Left the "
        "car to my nephew because he's the only one who ever cleaned it.",
        "Making memory boxes for my two girls. Birthday cards up to 18, a scarf "
        "that smells of my perfume, a recipe book in my handwriting.",
        "Funeral wishes written down: wicker coffin, no black, Mr Blue Sky as "
        "they carry me out. My husband hates it which is half the fun.",
        "How did you tell your kids? Mine are 9 and 12. The hospice has a "
        "family worker who's helping us find the words for 'mummy is going to "
        "die'.",
        "Guardianship sorted. My brother and his wife will have the kids. "
        "Hardest phone call I've ever made and he said yes before I'd finished "
        "asking.",
        "Recording videos for my son's future milestones - first day of uni, "
        "wedding, first baby. Any tips on what to say without making it too "
        "heavy?",
        "Lasting power of attorney for health and finance both registered now. "
        "One less thing hanging over us.",
        "We've started a legacy project with our daughter (she's 8, relapsed "
        "AML). She's decorating handprint tiles and writing messages for her "
        "little brother. She's so proud of it.",
        "I'm writing letters to my husband for after. One for the first "
        "Christmas, one for when he meets someone new (he'd better!).",
        "Anyone used a death doula? Looking for someone to help us plan the "
        "practical and emotional stuff at home.",
        "Organ donation - can you still donate with cancer? I'd love my corneas "
        "to go to someone. Nurse said possibly eye tissue, they'll check for "
        "me.",
        "Spreadsheet of passwords, bank accounts, the boiler man's number and "
        "which bin goes out when. My wife has never done the bins in 20 years.",
        "Chose my burial plot today. Under an oak in a woodland burial ground. "
        "Peaceful, honestly a lovely afternoon.",
        "Books that helped explain death to little ones: Badger's Parting "
        "Gifts, The Invisible String, Waterbugs and Dragonflies. Anything else?",
        "Preferred place of death: home. It's on my care plan now. District "
        "nurses know, GP knows, family knows.",
        "i've started a blog so my kids can read about me as a person not just "
        "as 'mum who had cancer'. 40 posts so far",
        "Planning my celebration of life while I can still attend it. Hired the "
        "pub function room for June, everyone has to wear something sparkly.",
        "Told our 5 year old that mummy's medicine isn't working anymore and my "
        "body is going to stop. She asked if she can still have pancakes on "
        "Saturday. Kids are amazing.",
        "Knitting a blanket for each grandchild. Three done, two to go.",
        "Sorted which charity gets donations instead of flowers. Picked the "
        "children's hospice that looked after my niece.",
        "Advice please: how much should I plan my own send-off vs leave for my "
        "family? I don't want to take away their chance to do something for me.",
        "Writing a cookbook of family recipes with little stories attached. My "
        "son wants my lasagne and I realised I've never measured anything.",
        "Sat down for the 'what happens to Dad' chat with my adult kids. He's "
        "got early dementia and I was always meant to outlive him. We've found "
        "a care home he'd like.",
        "Pre-paid plan signed with the funeral director. She asked if I'd like "
        "to choose hymns and I picked all the ones I used to sing too loud at "
        "school.",
        "Our son made a list with his nurses: ride in a fire engine, meet a "
        "real owl, eat ice cream for breakfast. Two ticked off already.",
    ),
    "grief_and_loss": (
        "Lost a friend from the chemo ward today. We sat next to each other every "
        "other Tuesday for a year. I'll miss her terrible jokes.",
        "It's two years today since our Ellie died. Released a balloon, ate her "
        "favourite chocolate buttons, cried a lot. Still here, still her mum.",
        "Missing my husband so much tonight. Pancreatic took him in 9 weeks. I "
        "believe I'll see him again one day, but not for a good long while yet, I've "
        "got grandkids to spoil.",
        "When people from the forum pass away, what do you all do with it? I keep "
        "rereading their old threads.",
        "Our son's first birthday in heaven. We had a party with his cousins, blue "
        "cake, his favourite songs. Grief and joy all at once.",
        "Another one from my support group gone this week. Survivor's guilt is a "
        "strange thing. I'm going to her service on Friday.",
        "My faith says I'll be reunited with my daughter. Some days that's what gets "
        "me to the shops. I'm not in a hurry though - she'd want me to look after her "
        "brothers.",
        "Angel mum of 5 years. The anniversaries don't get easier, they just get different.",
        "Went through Dad's things today. He died of bowel cancer in March. Found his "
        "reading glasses in his dressing gown pocket and sat on the bed for an hour.",
        "The hardest bit after losing my ward buddy is going back to the same bay. "
        "Her recliner is still there. Nurses put a little card on it.",
        "my best mate from the teen cancer unit died last night. he was 19. we were "
        "meant to go to Reading festival together. im gutted but im still going and "
        "taking his hat",
        "Bereavement counselling at the children's hospice has been amazing for me "
        "and my husband. They even do sessions for grandparents.",
        "Mother's Day without her. First one. I bought flowers anyway and put them on her grave.",
        "Every night I tell my wife about my day, out loud, to her photo on the "
        "dresser. Three years gone and it still helps.",
        "Ward friendships hit hard: my daughter's best buddy there passed away. How "
        "do I explain this to a 7 year old who's still in treatment herself?",
        "Sorting a memorial bench for my brother at the football ground. Plaque says "
        "'Still offside'.",
        "People expect me to be over it after a year. I'm not, I never will be, but "
        "I'm living with it and laughing again sometimes.",
        "Losing Mum to the same cancer I now have is a strange double grief. I miss "
        "her and I'm living with what took her.",
        "Lit a candle tonight for everyone we've lost on this forum. 47 names. Wrote "
        "them all in a notebook.",
        "Rainbow baby born today, 3 years after we lost our son to neuroblastoma. He "
        "will always be her big brother.",
        "Sudden wave of grief in the cereal aisle. His favourite brand. Had to "
        "abandon the trolley and sit in the car a bit.",
        "I believe my boy is at peace and not in pain any more. That belief keeps me "
        "going, and so do his sisters.",
        "The empty seat on the unit when Dave didn't turn up... we all knew before "
        "the nurse told us. Raised our juice cartons to him.",
        "Anniversary of my wife's death next week. Kids and I are climbing Snowdon "
        "like she always wanted.",
        "Grieving someone I only ever knew through this group. Never met her face to "
        "face but she held my hand through my mastectomy via messages at 3am.",
    ),
    "pain_and_symptom_management": (
        "Breakthrough pain through the night again, scored it 8/10. Took "
        "my Oramorph 10mg at 2am and again at 4. Is that normal or "
        "should I be ringing the palliative line?",
        "fentanyl patch went from 25 to 37 mcg. still getting zingers in "
        "my hip. does it take a few days to settle at a new strength?",
        "Quick safety question: I think I put a new patch on without "
        "taking the old one off. Two on for maybe 6 hours and feeling "
        "sleepy. Rang 111 and they're sending someone, but what should "
        "my husband watch for?",
        "Nerve pain from the oxaliplatin makes my fingers feel like "
        "they're in a freezer. Gabapentin 300mg three times a day, "
        "barely touching it. What helped you?",
        "Pain team upped my MST to 60mg twice daily. Constipation is now "
        "the actual enemy. Laxido and senna every day, prunes, the lot.",
        "Signs of taking too much morphine, anyone know? I'm scared of "
        "accidentally doubling up because chemo brain means I forget "
        "whether I took it. Bought a pill organiser with times on.",
        "Bone mets pain in my spine, single fraction radiotherapy booked "
        "for Friday. Apparently there can be a pain flare after. Anyone "
        "had it?",
        "my little boy (6) is on a morphine pump after his surgery and "
        "keeps pressing the button. nurses say it's locked out so he "
        "can't get too much. still checking on him every 10 mins lol",
        "Wine on oxycodone, safe or not? Daughter's wedding next month and I'd like one toast.",
        "Pain scores are so subjective. The nurse asked and I said 4 "
        "because I'm British and hate to fuss. Actually it was a 7.",
        "Methadone for cancer pain, anyone? The palliative doc wants to "
        "switch me from oxy and I'm worried about the stigma but she "
        "says it's brilliant for neuropathic stuff.",
        "Low dose ketamine added to my syringe driver for the nerve "
        "pain. First night in weeks I've slept through.",
        "Top tip from my hospice nurse: take breakthrough meds BEFORE "
        "the shower, not after you're already in agony.",
        "Capsaicin patch for post-mastectomy pain syndrome - has anyone "
        "found it worth the burning? Scar area still shoots pain 2 years "
        "later.",
        "Mouth ulcers from chemo are 10/10 pain. Difflam, Caphosol, ice "
        "lollies... the only thing that really worked was the morphine "
        "mouthwash the hospital pharmacy made up.",
        "Can someone explain the rule on PRN doses? I was told 1/6 of "
        "the total daily dose. I'm on 30mg twice a day so does that mean "
        "10mg as needed?",
        "Pharmacist couldn't hand over my Oxynorm because the script had "
        "the date wrong. Sat in agony for 3 hours. Controlled drug rules "
        "are strict, I get why, but ugh.",
        "Hiccups for 4 days from the dexamethasone. Not pain exactly but "
        "maddening. Baclofen sorted it in the end.",
        "Headaches from the brain tumour are worst first thing. Steroids "
        "take the edge off. Keeping a diary of times and scores for the "
        "neuro team.",
        "Anyone worried about getting addicted to their painkillers? My "
        "GP said with genuine cancer pain the risk is low and the aim is "
        "comfort, but the news stories freak me out.",
        "pain specialist suggested a coeliac plexus block for pancreatic "
        "pain. sounds scary (needle in the back) but reviews from others "
        "seem good??",
        "Shingles on top of chemo. The postherpetic burning is worse than the tumour right now.",
        "Learned the hard way: don't wait until pain is unbearable. "
        "Regular meds round the clock, even when it feels OK, keeps it "
        "under control.",
        "My dad's drowsy and muddled since his morphine went up. Could "
        "that be opioid toxicity? Palliative team coming out to check "
        "and may rotate him to something else.",
        "Physio for my lymphoedema arm hurts but it's helping. "
        "Compression sleeve fitting next week, and the massage technique "
        "is easier than I thought.",
    ),
    "practical_life": (
        "Applied for PIP under the special rules (SR1 form from my consultant). Came "
        "through in 10 days. Anyone else find it that quick?",
        "Work are being awkward about a phased return. Macmillan's work support line "
        "helped me write to HR about reasonable adjustments under the Equality Act.",
        "Hospital parking is 3.80 an hour and I'm there 6 hours for infusions. Ask "
        "reception for the cancer patient permit - it's free!",
        "critical illness claim finally paid out. took 4 months and 3 letters from my "
        "oncologist but it's done. mortgage sorted",
        "Childcare on treatment days - how are people managing? My 3 year old can't "
        "come into the chemo unit.",
        "Self-employed and can't work. Universal Credit is a joke. A Macmillan grant "
        "of 350 quid helped with the heating bill.",
        "Will the hospital reimburse travel costs? 60 mile round trip daily for radiotherapy.",
        "Free prescriptions for cancer patients in England - it's the FP92A form, get "
        "your GP or nurse to sign it.",
        "Eleven weeks our daughter's been inpatient now and I've used all my unpaid "
        "leave. Employer's threatening disciplinary. Any advice?",
        "Council tax reduction for severe illness? Or is that only for dementia?",
        "Food bank referral from the hospital social worker today. Never thought I'd "
        "need one. No shame, just cancer.",
        "Wigs on the NHS - you get a voucher? Mine was 70-odd pounds off.",
        "Clinic day survival kit: phone charger, snacks, blanket, a book you don't "
        "have to concentrate on.",
        "Driving on morphine - legal or not? DVLA says fine if it doesn't impair you, "
        "but does my car insurance need to know?",
        "Cancelled my gym membership, phone contract and car lease citing terminal "
        "illness. Most companies were decent. One asked for a letter from the "
        "hospice.",
        "Energy bills up because I'm home all day and always cold from chemo. Warm "
        "Home Discount application went in.",
        "Dog walker rota set up on WhatsApp for treatment weeks. Honestly the dog's "
        "social life has improved.",
        "Landlord wants to put the rent up. I'm on SSP. Shelter helped me write back.",
        "The hospital is 2 hours away and the train costs a fortune. Volunteer driver "
        "scheme through the local cancer charity has been brilliant.",
        "Student with lymphoma - can I defer a year without losing my loan? Uni "
        "disability office were helpful.",
        "Getting a blue badge with cancer? My fatigue means I can't walk from the far "
        "end of the multi-storey.",
        "School have been great about my son's attendance while I'm in treatment. His "
        "teacher drops work round.",
        "Mortgage holiday granted for 6 months. Bank needed a letter from my clinical "
        "nurse specialist.",
        "meal prepping before each cycle. freezer full of soup and shepherd's pie for the bad days",
    ),
    "prognosis_and_fear_of_dying": (
        "Oncologist used the word 'months' today for the first time. "
        "Stage 4 pancreatic, liver mets. I'm terrified of how it ends "
        "but I want every one of those months, so we're starting the new "
        "trial on Monday.",
        "might not see next christmas tbh. so we're doing christmas in "
        "october this year, tree and crackers and all, the kids think "
        "it's hilarious",
        "Does anyone else lie awake scared of the actual dying part? Not "
        "being dead, the process. My palliative nurse explained what "
        "usually happens with lung mets and weirdly it helped.",
        "Three years living with metastatic breast cancer now. Nobody "
        "tells you stage 4 can be this long boring middle bit of scans, "
        "tablets and school runs.",
        "Median survival is about 18 months, according to my consultant. "
        "I asked him what the tail of the curve looks like and he smiled "
        "and said some people are still here at five years. Aiming for "
        "the tail.",
        "Fear hits me hardest in the supermarket of all places. Picking "
        "up a big bottle of shampoo and thinking, will I finish this "
        "one?",
        "Glioblastoma dx at 41. I'm not ready to go, I've got a daughter "
        "starting secondary school. Angry and scared and still going to "
        "every single scan.",
        "The cancer is going to get me eventually, I know that. But "
        "today it didn't, today I walked the dog to the beach and back.",
        "Q for the stage IV folks: how do you answer 'how long have you "
        "got' from nosy acquaintances? I've started saying 'about as "
        "long as you, probably, just with more paperwork'.",
        "Being told it's incurable but treatable is such a head "
        "scramble. I keep swinging between planning a 60th birthday and "
        "doubting I'll see the spring.",
        "Palliative doesn't mean tomorrow. It took me four months to "
        "understand that. I'm on palliative chemo and still working "
        "three days a week.",
        "Honestly the thought of my body shutting down frightens me more "
        "than anything. Talked to the hospice doctor about "
        "breathlessness near the end and she promised they can manage "
        "it. Sleeping a bit better now.",
        "Scan shows spread to bones. The word terminal is sitting on my "
        "chest like a cat. I want to live so badly it hurts.",
        "mum keeps asking if im going to die and i dont know what to "
        "tell her. onc says probably yes from this but not soon. how do "
        "you say that to your own mother",
        "Is it normal to grieve for yourself? I'm mourning the old age I "
        "won't get, the grandchildren I won't meet. Still here, still "
        "wanting to be here, just sad.",
        "Update from the myeloma clinic: paraprotein creeping up again. "
        "Not curable, never was. Fourth line next. I'll take every extra "
        "year they can squeeze out.",
        "Every birthday feels like a bonus level now. Turned 52 "
        "yesterday with metastatic melanoma and I never expected to see "
        "it.",
        "Some mornings I wake up and for about two seconds I forget I'm "
        "dying, then it all floods back. The fear comes in waves like "
        "that.",
        "Can I ask how people with secondary liver cancer cope with not "
        "knowing the timeline? I'd honestly rather have a date so I "
        "could plan, the vagueness is the worst.",
        "Pretty sure this will be my last summer. Booked the caravan in "
        "Cornwall for August anyway, deposit paid, I'm going.",
        "Hubby wants to talk about 'after' and I just can't yet. I'm "
        "scared of dying and scared that talking about it makes it real.",
        "Mesothelioma, 8 months since diagnosis. I used to think I'd be "
        "brave about death. Turns out I'm a total coward about it and "
        "that's fine, I want to stay as long as possible.",
        "What frightens me isn't death itself, it's my boys growing up not remembering my voice.",
        "stage 4 life is weird. booking a dentist check-up and wondering "
        "if i'll make the six month recall in the same breath",
        "Anyone with ovarian recurrence here long term? Everyone online "
        "seems to be gone within two years and it's scaring me "
        "senseless. Need some hope stories please.",
    ),
    "recovered_or_safe": (
        "A year ago, right after my diagnosis, I had some really dark thoughts. I "
        "told my GP, got referred to psycho-oncology, and I'm in a much better "
        "place now. Safe, and glad I spoke up.",
        "Just to be clear to the people who messaged after my rant: I'm not going "
        "to hurt myself. I'm angry and tired, not in danger Thanks for checking "
        "though x",
        "Had a rough patch last winter where everything felt hopeless. "
        "Antidepressants and weekly sessions with the Macmillan psychologist "
        "turned it around. Enjoying life again between scans.",
        "For anyone in a dark place right now: I was there two years ago during "
        "treatment. I rang Samaritans one night and it helped more than I "
        "expected. Today I'm still here and grateful for it.",
        "My nurse asked me straight out if I'd thought about ending my life. I "
        "said no, I want every day I can get, I'm just scared. She said that's a "
        "normal answer and we talked about the fear.",
        "Safety plan still on my fridge from when things were bad during my son's "
        "treatment. Haven't needed it in 18 months but I keep it there as a "
        "reminder of how far I've come.",
        "When I was in hospital for 3 months I convinced myself everyone would be "
        "better off without me. Therapy helped me see that was the depression "
        "talking. These days I'm planning a holiday with my family.",
        "No, I'm not suicidal, I just said I'm finished with chemo. There's a "
        "difference! Done with treatment, not done with living.",
        "Seeing a psychiatrist through the cancer centre since my dark months. "
        "Mood is stable, sleep is better, and I've got numbers to ring if it dips.",
        "Wanted to share some hope. After my relapse I spiralled and didn't want "
        "to wake up. Crisis team got involved, meds changed, and now I'm gardening "
        "and volunteering at the hospice shop.",
        "Feeling low today but safe. I have my partner here, my therapist on "
        "Thursday, and I know the signs to watch for.",
        "To the mod who checked on me - thank you, I'm okay. My post sounded "
        "bleaker than I meant. I'm having a pity party, not a crisis.",
        "Two years since the worst night of my life, when I came close to acting "
        "on those thoughts. I got help. I'm stage 3, still having treatment, and "
        "genuinely glad to be alive.",
        "My counsellor and I made a wellbeing plan: walk daily, text my sister "
        "when I'm low, call the oncology helpline if mood crashes. It's working.",
        "i was in a really bad way mentally during my daughter's relapse. the "
        "psych team at the children's hospital supported me as well as her. i'm ok "
        "now, properly ok",
        "Honestly I've never once wanted to die, even on the worst chemo days. I "
        "just want the cancer to die. Which is different!",
        "The dark thoughts came back briefly after my terminal diagnosis, and this "
        "time I knew what to do. Told my wife straight away, GP saw me the next "
        "day. Safe and supported.",
        "Recovery is slow but real. Last spring I'd been admitted to a mental "
        "health unit after a crisis. This spring I'm finishing immunotherapy and "
        "I've taken up watercolours.",
        "For the record, when I joke about my funeral it's how I cope. I'm not at "
        "risk, I've got a psychologist and a great GP. Laughing keeps me sane.",
        "Mental health check-in: mood 6/10, no thoughts of self-harm, sleeping OK, "
        "appetite rubbish but that's the chemo. Better than last month.",
        "Early on I had moments of wanting to take control and end things myself. "
        "I talked it through with my palliative doctor and a psychologist. I don't "
        "feel that way now and I want the time I have.",
        "Group therapy for people with cancer has been life changing. Hearing "
        "others say they'd had the same bleak thoughts made me feel less alone, "
        "and less ashamed of where my head used to go.",
        "Years ago, before cancer, I self-harmed. I worried treatment stress would "
        "bring it back. It hasn't. I've used my coping skills and I'm proud of "
        "that.",
        "Reassuring my sister: yes I'm low, no I won't do anything silly, yes I'll "
        "call her if that changes. She worries.",
        "Sertraline has kicked in after 6 weeks. Colour is coming back into "
        "things. Already sketching out my veg beds for next year.",
    ),
    "relationships_and_isolation": (
        "Funny how friends vanish when you get cancer. The ones I "
        "thought would be there disappeared and a woman from my pilates "
        "class has been bringing soup every week.",
        "Neutropenic this week so I've told everyone no visitors. Lonely "
        "but I'd rather be lonely than in hospital with an infection.",
        "Marriage is under strain. He's doing everything - work, kids, "
        "me - and we've both stopped talking about anything except "
        "appointments. Couples session at Maggie's next week.",
        "Feeling very alone with it. My family live abroad and my "
        "friends are all busy with babies. This forum is where I talk "
        "most days.",
        "Do people avoid you in the street too in the street? Neighbour "
        "literally crossed the road. Maybe she doesn't know what to say.",
        "my boyfriend left 3 weeks after my diagnosis. honestly? better "
        "now than later. my sister moved in and we're having a laugh",
        "Isolation on the transplant unit is 4 weeks in one room. "
        "FaceTime and a window onto the car park. Day 12.",
        "Siblings of kids with cancer get so forgotten. Our eldest feels "
        "invisible and I can't be in two places. Found a sibling support "
        "group through the hospital.",
        "Wife is brilliant but she can't understand the tiredness. She "
        "thinks I'm being lazy. We ended up shouting last night and then "
        "hugging.",
        "Sex life? Gone completely. Husband is patient but I'm a patient "
        "too, not a wife any more, or that's how it feels.",
        "Work colleagues never rang once. Not even a card. I'll remember that when I go back.",
        "Best friend drops round every Friday with a film and crisps. "
        "Doesn't ask about cancer unless I bring it up. She's gold.",
        "Talking to the other mums on the ward has saved me. We text at "
        "3am when we're all awake with the pumps beeping.",
        "It's lonely being the only person in my friendship group with a "
        "terminal illness at 38. They're talking about house extensions "
        "and I'm talking about liver function.",
        "Told my teenager about my diagnosis and he's shut himself in "
        "his room. School counsellor is involved. Giving him space but "
        "it stings.",
        "Haven't left the flat in 2 weeks except for hospital. Immune "
        "system in the bin. Missing the pub quiz and my mates.",
        "People keep saying 'let me know if you need anything'. I need "
        "someone to do my ironing, Karen, but I'd never ask.",
        "My mother makes my cancer about her. Every phone call she cries "
        "and I end up comforting her. Set a boundary today.",
        "Got a message from an old friend I hadn't heard from in years. "
        "She'd heard and just wanted to say she's thinking of me. Made "
        "my week.",
        "Hate how much my partner has to do for me now. Said so and he "
        "said 'this IS my life, with you'. Still feel guilty some days, "
        "but less.",
        "Our church friends have been incredible. Meal rota, lifts to "
        "the hospital, someone mows the lawn.",
        "Lost touch with my online gaming group when I stopped playing "
        "during treatment. Logged back on yesterday and they'd kept my "
        "guild rank. Nerds are the best.",
        "The divorce was already happening before the diagnosis. Now "
        "co-parenting through chemo. He's stepped up, I'll give him "
        "that.",
        "Nobody really gets it except people who've been through it. That's why I come here.",
        "Dad struggles to hug me now. Says he's scared of hurting my "
        "port. I told him to hug the other side.",
    ),
    "scanxiety_and_waiting": (
        "Scanxiety level 1000. CT was Tuesday, results Friday. Cleaned every "
        "cupboard in the house.",
        "Results day tomorrow. Can't eat, can't sleep, refreshing the patient portal every 5 mins.",
        "It's back. Relapse confirmed on the PET. I'm in shock, sat in the car "
        "staring at the windscreen. Specialist nurse rang me straight after to "
        "talk plans.",
        "Phone rang, GP surgery, an an 'abnormal result' on a Friday "
        "afternoon. Weekend of hell ahead.",
        "Bad news today. The tumours have grown on the new drug. Stopped it, "
        "switching to another. Gutted but there are still options.",
        "MRI of my daughter's brain today. Waiting for results is the longest "
        "48 hours of every quarter.",
        "ok so the biopsy was done 11 days ago and still nothing. that "
        "normal?? rang the secretary twice",
        "NED!!! No evidence of disease! Sat in the hospital cafe with a slice of cake, shaking.",
        "Anyone else have the pre-scan dreams? Last night I dreamt my scan "
        "came back showing a giraffe.",
        "Tumour markers went up a tiny bit. Onc says it could be nothing. "
        "Rescan in 6 weeks. How do you live in 6-week chunks?",
        "The results waiting room is its own special purgatory. Everyone "
        "looking at the door when a nurse comes out.",
        "Just found out it's spread to my liver. Can't stop trembling. "
        "Husband's making tea. Meeting the team Monday.",
        "how do u all cope with the 3 monthly scans. i get stable results then "
        "panic starts again 2 weeks later",
        "Read my own scan report on the app before seeing the doctor. Big "
        "mistake. Googled every word. Doc said most of it was normal findings.",
        "Lump in my other breast. Two week wait referral. Distracting myself "
        "with a jigsaw of a lighthouse.",
        "Stable! Third stable scan in a row. Going to buy myself the ridiculous boots.",
        "Waiting on the genetic testing to see if I'm a candidate for the "
        "targeted drug. Feels like waiting for a lottery draw.",
        "That 'can you come in and bring someone with you' phone call came "
        "today. We all know what that means. Seeing them at 2.",
        "Clear scan but they found a nodule on the lung, 'probably benign'. "
        "Why does everything come with a probably.",
        "Relapse after 5 years in remission. I honestly thought I'd beaten it. "
        "Back to square one and still reeling.",
        "Tips for results day: write questions down, take someone, park early, "
        "have a plan for after whether good or bad. We go for fish and chips "
        "either way.",
        "Bone scan hot spots. Could be arthritis, could be mets. Waiting on an "
        "MRI to tell the difference.",
        "Blood counts came back and his leukaemia is in remission at day 29!!! "
        "Mum here, sobbing in the ward kitchen.",
        "Every twinge becomes cancer in my head the week before a scan. "
        "Headache? Brain mets. Backache? Spine.",
        "Post-results crash is real. Even good news leaves me wiped out for 2 days.",
    ),
    "stopping_or_declining_treatment": (
        "Had the big conversation with my oncologist today. Fifth "
        "line chemo would buy maybe 6 weeks and I'd spend them "
        "vomiting. We agreed to stop and focus on quality of life. "
        "Feel oddly calm.",
        "signed the DNR form this morning. my daughter cried, i "
        "didnt. CPR on my bones would just crack ribs for nothing, "
        "the registrar agreed.",
        "Decided against the second round of radiotherapy. I want my "
        "good months to be in my garden, not in a waiting room on "
        "the ring road.",
        "Giving up - is that what it is when you stop treatment? My "
        "sister thinks so. My oncologist says it's choosing how to "
        "live, and I'm with her, not my sister.",
        "Our daughter's team have said there are no more curative "
        "options. We've chosen to bring her home with palliative "
        "care rather than chase a phase 1 trial abroad. Hardest "
        "decision we will ever make, and it's the right one for her.",
        "ReSPECT form done. Ticked 'not for resuscitation', 'yes to "
        "antibiotics', 'yes to hospital if it's fixable'. Took 20 "
        "mins, felt weirdly empowering.",
        "Asked for a treatment holiday after 14 cycles of FOLFOX. "
        "Consultant happy with that, scan in 3 months. First time "
        "I've tasted coffee properly in a year.",
        "I declined the Whipple. Too old, too frail, high "
        "complication rate. Had a good innings and I'd rather spend "
        "it at home with the telly and my cat.",
        "Stopping immunotherapy because of the colitis. Steroids "
        "fixed the gut but the doc says we can't restart. Watch and "
        "wait now. Scary, but relieved to be off it.",
        "Talked about a 'ceiling of care' with the palliative team. "
        "Basically no ICU, no ventilation. I'd want to be "
        "comfortable at home, not hooked up. Told my kids so they "
        "never have to decide.",
        "choosing QoL over more chemo was the best thing i did. "
        "three months on, eating again, walking the dog, gained 4kg. "
        "zero regrets",
        "Mum (82) has said no to any more treatment and we're "
        "respecting it. Finding it hard but she's so clear in her "
        "mind.",
        "What's the best way to tell friends you've stopped "
        "treatment without them acting like you've already gone? "
        "Everyone's whispering round me.",
        "The consultant was so kind about it. She said 'the "
        "treatment is now doing more harm than the cancer' and I "
        "just nodded. Hospice at home starts next week.",
        "Went for a second opinion at the Marsden before stopping. "
        "They said the same thing. Knowing I checked makes the "
        "decision feel solid.",
        "Any tips on advance decision paperwork? I want it written "
        "down that I don't want a feeding tube if I can't swallow.",
        "Quitting the PARP inhibitor. The exhaustion is too much and "
        "the benefit for me is small at this point. Onc says it's a "
        "reasonable choice, not a failure.",
        "Palliative care nurse came round today. Lovely woman. "
        "Talked through syringe drivers, where I'd like to be, who I "
        "want there. Less frightening than I expected.",
        "I'm 34 and I've turned down a third transplant. People "
        "think young means you fight to the last drop. I've fought. "
        "Now I'm going to enjoy what's left.",
        "DNAR talks seem to freak my husband out more than me. He "
        "kept saying 'but what if'. Doctor explained how CPR usually "
        "goes with advanced cancer and he went quiet, then held my "
        "hand.",
        "No more weekly bloods unless the result would change "
        "something. Stopped chasing numbers. My choice, backed by my "
        "GP, and I feel freer.",
        "We asked the consultant 'what would you do if it was your "
        "mum' when she offered one more line. She was honest. We're "
        "going home.",
        "Finished treatment on my own terms today. Rang the bell "
        "even though it's not a cure, because it's the end of the "
        "poison and the start of just living.",
        "Can anyone explain what hospice actually is day to day? "
        "I've been referred for symptom control and I'm picturing "
        "somewhere people go to die, but my nurse says lots go in, "
        "get sorted, and come home.",
    ),
    "treatment_fatigue_and_venting": (
        "I'm so done with this. Cycle 9 of 12 and I can't face another "
        "day of the metal taste and hugging the toilet. Rant over, "
        "back to the sofa.",
        "Cried in the hospital car park for 20 mins before going in "
        "for chemo today. Then went in and did it anyway. Why is the "
        "car park always where it happens?",
        "I HATE my body right now. It grew this thing and now it can't "
        "even handle a flight of stairs.",
        "fed up fed up FED UP. neutrophils too low AGAIN, chemo "
        "delayed AGAIN. just want to get it finished",
        "Angry at cancer today. Angry at everyone posting gym selfies. "
        "Angry at the cat. Tomorrow I'll be fine.",
        "Who else wants to throw their phone every time someone says "
        "'stay positive'? I am positive. Positive I'm knackered.",
        "The fatigue is nothing like tired. It's like wearing a wet "
        "sleeping bag all day. Even showering needs a nap after.",
        "Month 14 of maintenance and I'm sick of being a patient. Sick "
        "of cannulas, sick of waiting rooms, sick of the smell of hand "
        "gel.",
        "Little man screams when he sees the hospital and honestly "
        "same, kid. Round 4 of 8. We are all running on fumes.",
        "Proper meltdown at the pharmacy counter because they'd lost "
        "my anti-sickness script. Apologised to the poor girl after.",
        "sooo over radiotherapy. 25 sessions, every weekday, same "
        "ceiling tiles, same Magic FM playing",
        "Infuriating, this chemo fog. Put the kettle in the fridge this morning.",
        "Just need to vent: clinic ran 2 hours late, the cannula took "
        "4 goes, and the car park machine ate my card. I'm going to "
        "bed.",
        "Sometimes I want to scream 'I didn't choose this!' at the "
        "universe. Had a good yell in the car on the motorway. Better "
        "now.",
        "So tired of being brave. Today I'm not brave, I'm grumpy and achy and I want chips.",
        "Hate hate hate steroids. Awake at 3am cleaning the oven, "
        "starving, then crashing for two days.",
        "Everyone says 'you're so strong'. I don't feel strong. More "
        "like a wrung-out dishcloth. Still showing up to every "
        "appointment though.",
        "Third infection admission this year. Neutropenic sepsis is "
        "getting boring. Can I have a normal winter please.",
        "Ugh. Scan was fine but I'm still exhausted and furious that "
        "'fine' means another 2 years of tablets that make my joints "
        "ache.",
        "Venting: my body has let me down in every possible way this "
        "year and I'm sulking about it. Pass the biscuits.",
        "Being a cancer parent is relentless. Dressing changes, NG "
        "feeds overnight, meds every 4 hours. I love him and I'm "
        "shattered.",
        "The hand-foot thing from capecitabine is making me livid. "
        "Can't even open a jar. Slathering on urea cream.",
        "It's the sheer monotony. Bloods Monday, clinic Tuesday, chemo "
        "Wednesday, sick Thursday to Sunday. Repeat.",
        "Not gonna lie, I wanted to rip the line out and walk out "
        "today. Didn't. Nurse brought me a tea and a custard cream and "
        "I stayed.",
        "Loss of taste is driving me up the wall. Everything tastes "
        "like cardboard dipped in pennies.",
    ),
}
