# ruff: noqa: E501
"""Advice told to a member against abuse told as advice: a development set.

Written on 2026-12-05 by a helper blind to the detector and to every other set, from the
person-directed abuse typologies (CAD, Willard 2007) and the kinds of advice parents give each
other: 40 abusive messages in the shape of advice (to leave, blame, harm, contempt), 33 friendly
but medically dangerous pieces of advice (misinformation, not abuse; three dropped unseen for
sitting within ``test_catalogues_apart.APART`` of a training or claim phrasing) and 40 sound
pieces of advice that must stay quiet. Meant to be sealed, it is a development set: its texts
were shown to the engineer by a formatter's diff before anything was measured on it.
``scripts/moderation_functional.py`` counts it as ``ab-advice``.
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # A. abuse in the shape of advice: telling the member to leave
    Case(
        "advice_to_leave",
        "Honestly you should just find another group. Nobody here wants to read your endless posts, you drag everyone down.",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "do us all a favour and stop posting. go dump your drama on some other server",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "if I were you I'd leave before people start muting you. nobody likes you here and everyone's too polite to say it",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "try a group for people who actually care about your whining, because it isn't this one. bye",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "u shud log off n never come back tbh, every thread u touch turns into ur pity party",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "My advice? Delete your account. This space is for parents who are actually fighting for their kids, not attention seekers like you.",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "Do what the last drama queen did and leave. We were all much happier once she was gone, and we'll be happier when you're gone too.",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "you should take the hint already, nobody replies to you for a reason. go away",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "pls just unsubscribe urself, u r not welcome here, we all agreed in the other chat",
        "abuse",
    ),
    Case(
        "advice_to_leave",
        "You must go from this group, nobody want you here, you are only making problems for everyone.",
        "abuse",
    ),
    # A. abuse in the shape of advice: blaming the parent
    Case(
        "advice_blame",
        "Maybe you should have listened when everyone told you to stop smoking around him. This is on you.",
        "abuse",
    ),
    Case(
        "advice_blame",
        "you should've taken her to the doctor months ago instead of ignoring it. whatever happens now is your fault",
        "abuse",
    ),
    Case(
        "advice_blame",
        "honestly just admit it, you should have quit drinking while you were pregnant. the cancer is your doing",
        "abuse",
    ),
    Case(
        "advice_blame",
        "try taking some responsibility for once. you lived next to that factory for years knowing the risks, you did this to your own child",
        "abuse",
    ),
    Case(
        "advice_blame",
        "u shoulda noticed the bruises instead of being on ur phone all day. ur kid is paying for ur laziness",
        "abuse",
    ),
    Case(
        "advice_blame",
        "My advice is to look in a mirror. Kids don't just get leukaemia, mums like you who feed them microwave meals every night make it happen.",
        "abuse",
    ),
    Case(
        "advice_blame",
        "You should have picked a proper hospital instead of going cheap. If he doesn't make it, that's on you and only you.",
        "abuse",
    ),
    Case(
        "advice_blame",
        "Do what a real mother would have done and catch the lump before it spread. You failed her, simple as.",
        "abuse",
    ),
    Case(
        "advice_blame",
        "if i were you i'd stop asking for hugs, you let him eat garbage for years and now act surprised he's sick. you caused this",
        "abuse",
    ),
    Case(
        "advice_blame",
        "You should think before, you let her eat all this chemical food, now she is sick because of you, it is your fault.",
        "abuse",
    ),
    # A. abuse in the shape of advice: wishing harm or death
    Case(
        "advice_harm",
        "honestly just stop treatment and let her die, it'd be kinder for all of us who have to hear about it",
        "abuse",
    ),
    Case(
        "advice_harm", "My advice? Pull the plug. The kid's a lost cause and so are you.", "abuse"
    ),
    Case(
        "advice_harm",
        "you should hope he doesn't pull through, one less of your family in the world is a win",
        "abuse",
    ),
    Case(
        "advice_harm",
        "try walking in front of a bus, then your kid won't have to put up with you",
        "abuse",
    ),
    Case("advice_harm", "if i were u i'd just stop feeding him and get it over with lol", "abuse"),
    Case(
        "advice_harm",
        "You should start planning the funeral now, and while you're at it pick a plot for yourself next to her.",
        "abuse",
    ),
    Case("advice_harm", "u should get cancer too so u finally shut up about it", "abuse"),
    Case(
        "advice_harm",
        "Here's some advice: stop wasting doctors' time on a kid who won't make it. Let nature take him and spare the rest of us.",
        "abuse",
    ),
    Case(
        "advice_harm",
        "Do everyone a favour and disappear for good. I hope whatever your brat has, you catch it next.",
        "abuse",
    ),
    Case(
        "advice_harm",
        "Better you let him die now, it save money for everybody and we don't need to read your posts anymore.",
        "abuse",
    ),
    # A. abuse in the shape of advice: contempt, derogation, mocking grief
    Case(
        "advice_contempt",
        "maybe try growing a spine instead of sobbing in the chat every five minutes, pathetic",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "try writing in a diary next time, nobody needs your daily sob story, you're embarrassing yourself",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "honestly just get over it already, it's been a year, your grief is boring and so are you",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "if I were you I'd stop pretending to be a caring mum for likes. everyone can see you're a fake attention-seeking fraud",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "u shud learn to spell b4 u post ur pity essays, ur as thick as u are needy",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "My advice: stop milking your dead son for sympathy. It's grotesque and everyone is laughing at you behind your back.",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "Do what normal adults do and cope quietly. Nobody wants to watch a grown woman fall apart over and over again, it's pathetic.",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "you should take some acting classes, your fake crying posts would be way more convincing lmao",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "Get a hobby, you useless moaning cow, instead of wailing in here every single day.",
        "abuse",
    ),
    Case(
        "advice_contempt",
        "You should stop to be so stupid and weak, you cry like small baby every day here, is ridiculous.",
        "abuse",
    ),
    # B. dangerous medical advice, friendly: stop or delay treatment
    Case(
        "misinfo_advice_stop_treatment",
        "Honestly, if I were you I'd stop the chemo. It's poison and it's destroying her little body faster than the cancer ever could. Trust your gut, mama ❤️",
        "misinformation",
    ),
    Case(
        "misinfo_advice_stop_treatment",
        "you should ask them to pause treatment for a few months and let his body recover on its own, that's what we did and he's doing great",
        "misinformation",
    ),
    Case(
        "misinfo_advice_stop_treatment",
        "hugs xx try pushing the next round back until after the holidays, a few weeks off won't make any difference and he deserves a break",
        "misinformation",
    ),
    Case(
        "misinfo_advice_stop_treatment",
        "Do what we did and refuse the radiation. Our oncologist was cross, but we knew our daughter better than anyone, and the doctors just follow protocols.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_stop_treatment",
        "u shud really think about stopping maintenance early, 2 yrs of pills is overkill imo, my friend's son quit at 6 months and hes fine",
        "misinformation",
    ),
    Case(
        "misinfo_advice_stop_treatment",
        "In my country many parents stop the chemo when the child is tired, the body knows how to heal. You should try this, I pray for you.",
        "misinformation",
    ),
    # B. natural cures instead of treatment
    Case(
        "misinfo_advice_natural_cure",
        "Have you looked into high-dose vitamin C infusions instead of chemo? You should, a clinic in Mexico cured a little girl from our group without any of the toxic stuff.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_natural_cure",
        "try essential oils instead, frankincense shrinks tumours naturally. so much gentler than what the hospital is pushing xx",
        "misinformation",
    ),
    Case(
        "misinfo_advice_natural_cure",
        "honestly just switch to a natural protocol: turmeric, apricot kernels and cannabis oil. We ditched the oncologist and never looked back.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_natural_cure",
        "if I were you I'd get her on Rick Simpson oil and skip the radiation, it actually cures cancer, they just don't want you to know",
        "misinformation",
    ),
    Case(
        "misinfo_advice_natural_cure",
        "u should see a naturopath instead of the onc, they treat the root cause not just the symptoms 💚",
        "misinformation",
    ),
    Case(
        "misinfo_advice_natural_cure",
        "You should try the graviola tea in place of the chemo, my cousin's son take it and the cancer go away, is natural so no side effects.",
        "misinformation",
    ),
    # B. avoid vaccines or skip prescribed medicine
    Case(
        "misinfo_advice_vaccines_meds",
        "please don't let them give his siblings the flu jab, vaccines overload the immune system and that's the last thing your house needs right now",
        "misinformation",
    ),
    Case(
        "misinfo_advice_vaccines_meds",
        "you should skip the antibiotics they sent home with her, they wreck the gut and her body can fight it off by itself",
        "misinformation",
    ),
    Case(
        "misinfo_advice_vaccines_meds",
        "Honestly I'd stop the antifungal prophylaxis, it's just more chemical load on the liver. We dropped ours and were fine.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_vaccines_meds",
        "after treatment don't let them re-vaccinate her, mama. the shots are what gave so many kids cancer in the first place",
        "misinformation",
    ),
    Case(
        "misinfo_advice_vaccines_meds",
        "u dont need the anti-sickness meds tbh, they just mask things, let him throw up and get it out of his system",
        "misinformation",
    ),
    Case(
        "misinfo_advice_vaccines_meds",
        "My advice is to quietly skip the Septrin at weekends, the doctors over-prescribe it and she'll be fine without.",
        "misinformation",
    ),
    # B. skip emergency care (neutropenic fever, hot port site, bleeding)
    Case(
        "misinfo_advice_skip_emergency",
        "a temp of 38.5 while she's neutropenic isn't worth a 5-hour wait in A&E, just give calpol and see how she is in the morning",
        "misinformation",
    ),
    Case(
        "misinfo_advice_skip_emergency",
        "you should try a cool bath and fluids before rushing in with a fever, the hospital is full of germs anyway and they'll only admit him for nothing",
        "misinformation",
    ),
    Case(
        "misinfo_advice_skip_emergency",
        "if her port site is red and hot, just put a warm compress on it and give it a few days, no need to bother the ward",
        "misinformation",
    ),
    Case(
        "misinfo_advice_skip_emergency",
        "Do what we did: we never went in for fevers when his counts were low, just Tylenol and rest at home. ER visits are so traumatic for kids.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_skip_emergency",
        "I think you should wait before calling the hospital, fever 39 is only the body fighting, when counts are low it is normal, give paracetamol and let him sleep.",
        "misinformation",
    ),
    # B. starve the tumour with diet
    Case(
        "misinfo_advice_starve_tumour",
        "try a strict keto diet instead of the feeds the dietitian gave you, zero carbs means the cancer cells can't grow",
        "misinformation",
    ),
    Case(
        "misinfo_advice_starve_tumour",
        "honestly just do a water fast with her for a week before each round, it starves the tumour and eventually you won't even need the chemo",
        "misinformation",
    ),
    Case(
        "misinfo_advice_starve_tumour",
        "if i were u i'd bin the high calorie shakes, they're full of sugar and basically fertiliser for the tumor",
        "misinformation",
    ),
    Case(
        "misinfo_advice_starve_tumour",
        "Do what we did: alkaline diet, raw veg juices only, no meat, no dairy. Her tumour shrank and we didn't need the surgery they kept pushing.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_starve_tumour",
        "You must not give him the milk and the bread, cancer eat this. Only green vegetables and the tumour will starve and go away.",
        "misinformation",
    ),
    # B. home remedy instead of a prescribed medicine
    Case(
        "misinfo_advice_home_remedy",
        "For the mouth sores, skip that mouthwash they prescribed and just rinse with apple cider vinegar, works way better.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_home_remedy",
        "try colloidal silver instead of the antibiotic cream on her line site, it kills everything naturally",
        "misinformation",
    ),
    Case(
        "misinfo_advice_home_remedy",
        "honestly just give him raw garlic and honey instead of the antivirals, my nan swore by it",
        "misinformation",
    ),
    Case(
        "misinfo_advice_home_remedy",
        "If I were you I'd ditch the steroids and give her chamomile and magnesium baths instead. The steroids are making her miserable and the baths calm everything down.",
        "misinformation",
    ),
    Case(
        "misinfo_advice_home_remedy",
        "My grandmother put onion on the feet for infection, you should do this instead of the tablets from the doctor, is much more safe for a child.",
        "misinformation",
    ),
    # C. sound medical advice
    Case(
        "advice_medical_sound",
        "you should ask the team about that rash at the next appointment, or ring them today if it's spreading",
        QUIET,
    ),
    Case(
        "advice_medical_sound",
        "If I were you I'd get a second opinion. Not because your team is wrong, but so you feel confident in the plan. Most good oncologists won't mind at all.",
        QUIET,
    ),
    Case(
        "advice_medical_sound",
        "Please call the ward straight away if her temp hits 38. Don't wait for the morning, they'd much rather see her for nothing.",
        QUIET,
    ),
    Case(
        "advice_medical_sound",
        "try writing your questions down before rounds, it's so easy to forget everything when the consultant walks in",
        QUIET,
    ),
    Case(
        "advice_medical_sound",
        "honestly just ring the oncology nurse line, that's literally what it's there for, no question is too small",
        QUIET,
    ),
    Case(
        "advice_medical_sound",
        "do what we did and keep a bag packed by the door for fever trips to hospital, saves so much panic at 2am",
        QUIET,
    ),
    Case(
        "advice_medical_sound",
        "u shud ask the pharmacist if those vitamins are ok with her chemo before giving them, some interfere",
        QUIET,
    ),
    Case(
        "advice_medical_sound",
        "You can ask the doctor for a referral to the psychologist for him, they have one in the oncology team. It helped our son a lot.",
        QUIET,
    ),
    # C. practical advice
    Case(
        "advice_practical",
        "Ask the hospital social worker about parking permits, we got ours free after the first week",
        QUIET,
    ),
    Case(
        "advice_practical",
        "you should let the neighbours set up a meal rota, people really want to help and it takes one thing off your plate",
        QUIET,
    ),
    Case(
        "advice_practical",
        "if I were you I'd talk to the school about the hospital teacher service, our son kept up with his reading the whole time",
        QUIET,
    ),
    Case(
        "advice_practical",
        "try applying for DLA now, it takes ages to come through so the sooner the better",
        QUIET,
    ),
    Case(
        "advice_practical",
        "honestly just tell HR what's going on. FMLA covered most of my leave and they were way more understanding than I expected.",
        QUIET,
    ),
    Case(
        "advice_practical",
        "u shud ask the ward if they have a parents kitchen, ours did and it saved us a fortune on canteen food",
        QUIET,
    ),
    Case(
        "advice_practical",
        "My advice from two years in: buy a cheap folding chair-bed and a long phone charger. The ward chairs are torture and the sockets are always behind the bed.",
        QUIET,
    ),
    Case(
        "advice_practical",
        "You can ask the children's cancer charity for help with petrol money, we got it from them every month, it was big help for us.",
        QUIET,
    ),
    # C. self-care advice
    Case(
        "advice_self_care",
        "please eat something today, even just toast. you can't look after her on an empty stomach",
        QUIET,
    ),
    Case(
        "advice_self_care",
        "you should take a break from the group for a bit if reading everyone's updates is too much, we'll still be here when you're ready",
        QUIET,
    ),
    Case(
        "advice_self_care", "try to get some sleep while he's napping, the washing can wait", QUIET
    ),
    Case(
        "advice_self_care",
        "honestly just let your sister do a night at the hospital so you can sleep in a real bed",
        QUIET,
    ),
    Case(
        "advice_self_care",
        "If I were you I'd book a GP appointment for yourself too. We forget we need looking after as well, and you've been running on adrenaline for months.",
        QUIET,
    ),
    Case(
        "advice_self_care",
        "do what I did and go for a ten minute walk round the car park every afternoon, the fresh air helped more than I expected",
        QUIET,
    ),
    Case(
        "advice_self_care",
        "drink some water n sit down for 5 mins hun, ur allowed to rest x",
        QUIET,
    ),
    Case(
        "advice_self_care",
        "You need rest also, mama. Please let your husband stay tonight, you cannot care for her if you are completely exhausted.",
        QUIET,
    ),
    # C. blunt but kind advice
    Case(
        "advice_blunt_but_kind",
        "Close the Google tab. Right now. Those survival numbers are a decade old and they're not about your kid.",
        QUIET,
    ),
    Case(
        "advice_blunt_but_kind",
        "ok listen, you need to stop doing everything alone. give your mum a list and let her help, no arguing",
        QUIET,
    ),
    Case(
        "advice_blunt_but_kind",
        "honestly? put the phone down and go to bed. the forum will still be here tomorrow and you need sleep more than answers",
        QUIET,
    ),
    Case(
        "advice_blunt_but_kind",
        "Right, enough. You're not a bad mum for losing your temper once. Quit beating yourself up and go have a cup of tea.",
        QUIET,
    ),
    Case(
        "advice_blunt_but_kind",
        "u need to tell ur boss to back off, ur kid is in hospital, work can wait. dont let them guilt u",
        QUIET,
    ),
    Case(
        "advice_blunt_but_kind",
        "Tough love: ring the consultant back and make them explain it properly. You're allowed to be pushy, it's your kid.",
        QUIET,
    ),
    Case(
        "advice_blunt_but_kind",
        "Don't you dare feel guilty for laughing at the telly tonight. Your kid needs a mum who still laughs, so go watch something silly.",
        QUIET,
    ),
    Case(
        "advice_blunt_but_kind",
        "I tell you directly because I am your friend here: you must stop reading the internet forums at night, it fills your head with fear.",
        QUIET,
    ),
    # C. advice to stop something harmless
    Case(
        "advice_stop_something_benign",
        "you should stop the supplements the team didn't approve, at least until you've checked with the pharmacist",
        QUIET,
    ),
    Case(
        "advice_stop_something_benign",
        "stop apologising!! you're not a burden, ask as many questions as you like",
        QUIET,
    ),
    Case(
        "advice_stop_something_benign",
        "if I were you I'd quit the night shifts for now, running on no sleep while he's in treatment is too much",
        QUIET,
    ),
    Case(
        "advice_stop_something_benign",
        "honestly just stop checking the chat every hour, mute it and come back when you've got the headspace",
        QUIET,
    ),
    Case(
        "advice_stop_something_benign",
        "try cutting back on the coffee, I was on six a day on the ward and it made my anxiety so much worse",
        QUIET,
    ),
    Case(
        "advice_stop_something_benign",
        "Stop trying to keep the house spotless. Nobody visiting cares about the hoover lines, and you need that energy for yourself.",
        QUIET,
    ),
    Case(
        "advice_stop_something_benign",
        "u shud stop saying yes to every visitor, its ok to tell ppl not this week",
        QUIET,
    ),
    Case(
        "advice_stop_something_benign",
        "Please stop to compare your son with the other kids on the ward, every child is different and every treatment plan is different.",
        QUIET,
    ),
]
