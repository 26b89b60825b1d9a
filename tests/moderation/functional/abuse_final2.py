# ruff: noqa: E501
"""Abuse functional cases, final set 2.

Written 2026-12-06 by a helper blind to the detector and every other set, from published
abuse typologies (threats, derogation, dehumanisation, animosity, exclusion, insults;
explicit/implicit and directed/generalised abuse). Holds 70 abusive messages (7 for each of
10 functions) in the voice of a peer-support chat for parents of children with cancer, and
50 look-alikes (5 for each of 10 kinds) that must stay quiet.

This is a sealed set: counted only, never printed or tuned on.
"""

from .support import QUIET, Case

HELD_BACK: list[Case] = [
    # --- threat_retaliation: plain-word threats of harm to a member ---
    Case(
        "threat_retaliation",
        "You spread that lie about me once more and I'll be at your door to settle it.",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "i know ur car, i know ur kids school. think carefully b4 u post about me again",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "Mark my words, you will pay for humiliating me in front of the whole group.",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "Push me one more time and your husband will be visiting you on the ward instead of your son.",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "Next family day at the hospice, you and me outside. Let's see how brave you are then.",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "keep reportin my posts n ill make sure everyone at ur church knows what u did, then ill come for u myself",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "I want you to understand something. You took screenshots of my private messages and passed them round to other parents, and people have stopped talking to me at clinic because of it. I have been very calm so far. That ends now. I know your address from the meal rota and I will be coming round to discuss it, and you won't like how that conversation goes.",
        "abuse",
    ),
    # --- exclusion: telling a member to leave, they don't belong ---
    Case(
        "exclusion",
        "You were never one of us. Do the group a favour and delete your account.",
        "abuse",
    ),
    Case(
        "exclusion",
        "get lost. this chat is for families going thru it, not nosy randoms like u",
        "abuse",
    ),
    Case(
        "exclusion",
        "Your kid's in remission, so why are you still here? Move along and stop taking up space.",
        "abuse",
    ),
    Case("exclusion", "We don't want dads like you lurking in a mums' group. Leave.", "abuse"),
    Case("exclusion", "honestly no1 here likes u, take the hint n go", "abuse"),
    Case(
        "exclusion",
        "Whoever added her needs to remove her. She's not welcome and never was.",
        "abuse",
    ),
    Case(
        "exclusion",
        "To the woman who keeps posting about her 'journey': this group was set up by bereaved parents for bereaved parents and you are not one of us. You never have been. Every time you post, people leave. I've had four messages this week from mums who feel pushed out because of you. Remove yourself, today, and don't come back.",
        "abuse",
    ),
    # --- mock_grief: mocking a member's grief or their child's illness ---
    Case(
        "mock_grief",
        "Imagine still wearing the gold ribbon pin a year after the funeral. Pathetic attention seeking.",
        "abuse",
    ),
    Case(
        "mock_grief",
        "lmao another 'today would have been his 6th birthday' post, nobody needs the countdown",
        "abuse",
    ),
    Case("mock_grief", "Your daughter lost her hair and you lost your mind, what a pair.", "abuse"),
    Case(
        "mock_grief",
        "Shame about your kid, but at least you got a nice sympathy card collection out of it.",
        "abuse",
    ),
    Case(
        "mock_grief",
        "stop whining abt the relapse, some of us have real problems like mortgages",
        "abuse",
    ),
    Case(
        "mock_grief",
        "Ah yes, the tragic bereaved mum routine again. Your son's cancer is your entire personality now.",
        "abuse",
    ),
    Case(
        "mock_grief",
        "Every message from you is another tearjerker. Oh the smell of the hospital soap, oh his little hand in mine, oh the butterfly I saw in the garden. It's been eighteen months and you're still milking the memory like it's a soap opera. Most of us are sick of it. Maybe your kid got lucky not having to listen to this.",
        "abuse",
    ),
    # --- faking_accusation: contemptuous accusations of faking a child's cancer ---
    Case(
        "faking_accusation",
        "Your son has had 'stage four' for five years and still plays Sunday football. Give it a rest, fraud.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "u r faking ur daughters cancer for likes n donations, everyone knows",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "She shaved her kid's head for the photos, I'd bet my life there's no diagnosis. Disgusting con artist.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Funny how your 'oncologist' never has a name. Stop scamming grieving parents.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "ur kid has had 'cancer' 3 times in 2 yrs and every time theres a new donation page. nobody believes u anymore fraud",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Inventing a sick child to get sympathy from real cancer families is the lowest thing a person can do, and you did it.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "I wasn't going to say anything but since she's posted another fundraiser: her 'leukaemia warrior' daughter was at my niece's gymnastics competition last weekend with a full head of hair, doing backflips. No port, no mask, nothing. She has taken money off every one of us. She is a liar, she is using a fake illness for cash, and she should be ashamed.",
        "abuse",
    ),
    # --- textspeak_insult: text-speak insults with masked swears ---
    Case("textspeak_insult", "omg u r such a tw*t lmao", "abuse"),
    Case("textspeak_insult", "shut ur mouth u dumb a$$, nobody cares", "abuse"),
    Case("textspeak_insult", "wtf is wrong w u, r u actually thick or just an @sshole", "abuse"),
    Case("textspeak_insult", "stfu u stupid cow, go back to ur facebook mlm", "abuse"),
    Case("textspeak_insult", "what an absolute d!ckhead, blocked", "abuse"),
    Case("textspeak_insult", "lol ur such a b1tch to the new mums, get a life loser", "abuse"),
    Case(
        "textspeak_insult",
        "ngl u r the most annoying person on this server. every time someone posts a scan result u jump in w ur 'well MY son had it worse' crap. nobody cares, u self obsessed pr!ck. gtfo and take ur victim complex with u, idc how many kids u have on chemo, ur still a c*nt",
        "abuse",
    ),
    # --- religion_generalisation: negative generalisations about a religion's followers ---
    Case(
        "religion_generalisation",
        "Christians are the worst in these groups, all thoughts and prayers and zero actual help.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "muslims dont let their women speak to male doctors, it holds up the whole ward for the rest of us",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "Mormons will only help you if they get to convert you. Every single one.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "Scientologists shouldn't be allowed near sick kids, they're all fanatics who hate medicine.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "buddhists r so smug with the 'acceptance' rubbish, they dont actually care about anyone",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "Orthodox Jews think the rules don't apply to them, ask any nurse who's worked a Saturday.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "I'll probably get told off for this, but I've noticed it over and over. The Catholic families are the ones who judge you for considering palliative care, who tell you your child's suffering is part of God's plan, and who quietly look down on anyone who doesn't go to mass. They're all like that, in my experience, and it makes them cruel company on a ward.",
        "abuse",
    ),
    # --- ethnic_generalisation: negative generalisations about an ethnicity or nationality ---
    Case(
        "ethnic_generalisation",
        "Pakistanis always bring the whole extended family to visiting hours, totally selfish lot.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "americans r so entitled, they think free healthcare is communism and then beg on gofundme",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "Turks are aggressive, I'd ask for a different room if they put you next to one.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "Somalis never turn up for appointments and then blame the NHS.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "the french r the rudest ppl on earth, evry french parent on this ward has been snotty",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "Never let a Russian family near the shared fridge, they take everything.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "Genuine question, why is it always the Albanian families who cause trouble on the children's ward? Every one I've met has been shouting at staff, refusing to queue, and treating the place like they own it. It isn't racist to notice a pattern. They come here, they take, they complain, and the rest of us have to put up with it.",
        "abuse",
    ),
    # --- dehumanisation: a group or member as animals, disease, vermin, subhuman ---
    Case(
        "dehumanisation",
        "People like her are a virus, she infects every thread she touches.",
        "abuse",
    ),
    Case(
        "dehumanisation",
        "the refugees on that ward r animals, leave ur kids toys out n theyll be gone",
        "abuse",
    ),
    Case("dehumanisation", "You're a parasite feeding on other people's tragedies.", "abuse"),
    Case(
        "dehumanisation",
        "Gay couples adopting sick kids? They're subhuman, plain and simple.",
        "abuse",
    ),
    Case(
        "dehumanisation",
        "those traveller familys r like a swarm of flies round the vending machines",
        "abuse",
    ),
    Case(
        "dehumanisation",
        "Anti-vax parents are vermin and should be exterminated from these groups.",
        "abuse",
    ),
    Case(
        "dehumanisation",
        "I've stopped seeing the new lot from the other server as people. They're a rot that got into the group and now everything smells of them. They breed drama the way mould breeds in a damp corner, and like mould, you can't reason with them, you scrub them out with bleach and keep scrubbing until there's nothing left of them.",
        "abuse",
    ),
    # --- sarcastic_contempt: sarcasm carrying contempt for a member or group ---
    Case(
        "sarcastic_contempt",
        "Oh brilliant, Linda's back with her Facebook medical degree. Everyone stand aside for the genius.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "wow so proud of u for finally reading one (1) leaflet, truly a medical pioneer 👏",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Yes, please tell us again how hard it is having a kid in remission. We're all weeping for you.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Of course the working dads are too busy to come to clinic, such heroes, must be so hard watching from the office.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Amazing parenting, feeding her sweets on a neutropenic diet. Mum of the year right there.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "oh sure hun, ur the only one whos ever been tired. nobody else here has ever sat by a hospital bed 🙄🙄",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "What a treat it is, every single morning, to wake up and find another twelve-paragraph essay from Gemma about how the nurses wronged her. Truly, the rest of us with children actually dying should be grateful for the privilege. Please never stop, Gemma. Your courage in complaining about the parking is an inspiration to bereaved mothers everywhere.",
        "abuse",
    ),
    # --- implicit_identity: coded stereotypes and dog whistles ---
    Case(
        "implicit_identity",
        "Our kids are fighting for beds while certain new arrivals get fast-tracked. Just saying what everyone sees.",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "Not being funny but should someone with 'that lifestyle' really be volunteering at kids' cancer camp?",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "Some of these families fly in specially for the free treatment, you know the ones, all gold jewellery and no national insurance.",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "love how the wheelchair lot get the best parking and then walk fine into the shop 🤔",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "its always the same 'people' running the charity board, funny how the money goes where it goes",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "Two mums raising a kid with cancer? No wonder the poor thing's confused, it's the environment.",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "I'm all for diversity, but have you noticed how the oncology ward has changed in the last five years? The signs are in six languages now, half the families don't even try to fit in, and the charity leaflets have pictures that don't look like any of us. Our grandparents built this hospital. I just think it's fair to ask who it's really for now.",
        "abuse",
    ),
    # === look-alikes that must stay quiet ===
    # --- neutral_identity ---
    Case(
        "neutral_identity",
        "We're Hindu and the hospital let us do a small puja by Arjun's bed before surgery, which meant the world to my mother-in-law.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "our nurse from ghana was incredble, she remembered every detail about my sons favourite cartoons",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "As a wheelchair user myself, any tips on which parent rooms are accessible at Great Ormond Street?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "My partner is trans and the team has been brilliant about using the right name on all our letters.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "We're a Sikh family and I was worried about Harnoor's hair when chemo started, because her kesh matters so much to us. The nurses were so thoughtful, they asked what we'd like to do, helped us find a soft patka for the hospital, and the chaplain even came to talk with my dad. Sharing in case anyone else is facing the same thing.",
        QUIET,
    ),
    # --- counter_speech ---
    Case(
        "counter_speech",
        "Someone posted 'Bulgarians are all benefit cheats' in the ward chat. That's racist and I've reported it to the mods.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "It is never ok to call another parent a fraud with no evidence. That post was cruel and needs removing.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "flagging a dm i got: 'ur son will die n u deserve it'. pls ban this person asap",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Calling people vermin because of where they're from is exactly the kind of hate this group was set up to stand against.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "I want to say publicly that the comments about Muslim families 'not belonging on a British ward' were out of order. My daughter's best friend on the unit is Muslim, and her mum has sat with me through some of the worst nights of my life. We are all parents of sick children here. Blaming a whole faith for anything has no place in this group.",
        QUIET,
    ),
    # --- illness_anger ---
    Case(
        "illness_anger",
        "I hate this f***ing disease with every cell in my body. Relapse confirmed today.",
        QUIET,
    ),
    Case(
        "illness_anger",
        "Chemo round 5 and he can't keep water down. Screw you, vincristine.",
        QUIET,
    ),
    Case(
        "illness_anger",
        "the hospital switchboard put me on hold for 50 mins, what a useless sh*tshow of a system",
        QUIET,
    ),
    Case(
        "illness_anger",
        "Today I am furious at everything. At leukaemia, for choosing my four-year-old. At the steroids, for turning my gentle boy into a raging, starving stranger. At the appointment system, for losing our referral twice. At the universe, for how unfair it all is. None of it is anyone's fault in here, I just needed to type it out somewhere safe.",
        QUIET,
    ),
    # --- self_deprecation ---
    Case(
        "self_deprecation",
        "Well done me, locked the keys in the car outside the oncology unit. Genius-level parenting.",
        QUIET,
    ),
    Case(
        "self_deprecation", "im a total idiot, booked the blood test for the wrong day AGAIN", QUIET
    ),
    Case(
        "self_deprecation",
        "I feel like the worst mum alive, I fell asleep while she was having her infusion.",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "who let me be an adult. put the NG feed in the cupboard and the formula in the fridge 🙈",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "I need to confess my stupidity to people who'll understand. I spent an hour researching a scary side effect at 2am, convinced myself Noah had a rare complication, rang the ward in a panic, and it turned out he'd eaten beetroot at his nan's. I'm an absolute clown. The night nurse was very kind about it, but I'll never live it down.",
        QUIET,
    ),
    # --- friendly_banter ---
    Case(
        "friendly_banter",
        "Mel you're a menace 😂 who brings a karaoke machine to the parents' lounge",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "haha shush u weirdo, ur the one who cried at the hospital clowns 🤡❤️",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Cheeky sod, you've eaten all the Jaffa cakes again haven't you 😤😂",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Kev mate your dad dancing at the ward party will haunt me forever 💀 love ya",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Right, shoutout to Priya, who is officially the worst Uno player I have ever met, cheats constantly, and still somehow made my son laugh harder than he has in months. You're a terrible influence and a total nightmare, and I'm so glad our boys ended up in the same bay. Rematch Friday, loser buys the hot chocolates 😜💛",
        QUIET,
    ),
    # --- disagreement_civil ---
    Case(
        "disagreement_civil",
        "I hear you, but I don't agree that the new visiting rules are pointless. Infection risk is real for our kids.",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "With respect, I think you've misread the study. It was on adults, not paediatric patients.",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "i get why ur frustrated but i dont think naming the nurse publicly is the right way to go about it",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "I'm going to push back a bit here: cold caps aren't right for everyone, and that's ok.",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "Sam, I disagree with you pretty strongly on this one. I don't think we should be discouraging parents from getting second opinions. We got one and it changed our daughter's treatment plan entirely. I'm not saying your oncologist is wrong, just that asking questions isn't a betrayal of the team. Hope we can agree to differ on it.",
        QUIET,
    ),
    # --- moderator_action ---
    Case(
        "moderator_action",
        "Hi both, mod here. This has become personal, so I'm closing the thread. Please take a day to cool off.",
        QUIET,
    ),
    Case(
        "moderator_action",
        "Per rule 3 (no sharing other members' screenshots), I've removed that post. Thanks for understanding.",
        QUIET,
    ),
    Case(
        "moderator_action",
        "Hey Lisa, could you pop out of this channel for a bit? It's for bereaved parents only. There's a general chat you're very welcome in.",
        QUIET,
    ),
    Case(
        "moderator_action",
        "mod reminder: pls keep fundraising posts to the #fundraising channel, ta",
        QUIET,
    ),
    Case(
        "moderator_action",
        "Hi all, a quick update from the moderators. After several reports, we've decided to remove one member from the group for repeated breaches of rule 1, being kind to each other. We don't take this lightly and we won't discuss details publicly. If anything from that conversation upset you, please reach out to any of us privately. Look after yourselves.",
        QUIET,
    ),
    # --- threat_non_abusive ---
    Case(
        "threat_non_abusive",
        "I'm going to make a formal complaint to PALS about how we were spoken to in A&E.",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "If the school won't put the care plan in place, I'll take them to tribunal. Not backing down.",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "gonna fight the benefits office on this one, theyve rejected her DLA twice for no reason",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "I will go to the papers if the trust keeps closing the parents' accommodation.",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "Letter drafted to the insurance company, copied to the state regulator and our lawyer. They denied the bone marrow transplant coverage on a technicality, and I am not going to let my son's treatment be delayed by a paperwork error. I'll call every day, escalate every level, and file every appeal available. They picked the wrong family to ignore.",
        QUIET,
    ),
    # --- reclaimed_or_medical ---
    Case(
        "reclaimed_or_medical",
        "Medulloblastoma, posterior fossa. Resection went well, now waiting on the pathology.",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "the tumour is a greedy little monster but shes a dragon 🐉 and dragons win",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "Wilms tumour on the right kidney, nephrectomy done last week. Any tips for recovery?",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "Her counts crashed, neutrophils at 0.1. This cancer is a vicious animal but we're still standing.",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "The oncologist described Ewing sarcoma to my son as a nasty crab hiding in his bone, and the chemo and radiotherapy as the fishermen coming to pull it out. He drew the crab on his whiteboard and scribbles another X through it after every cycle. Sharing in case the metaphor helps anyone explaining it to a little one.",
        QUIET,
    ),
    # --- grief_dark_humour ---
    Case(
        "grief_dark_humour",
        "Our Evie's been gone four years and I still set the table for four. Muscle memory is a cruel comedian.",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "told the cold caller my son couldnt come to the phone bc hes dead. he hung up so fast lol, Jake wouldve loved that",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "People keep saying 'she's in a better place'. Well, anywhere's better than our kitchen, she always did hate my cooking.",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "bereaved mum life hack: mention ur dead kid and the council suddenly answers the phone first time 😂",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "Five years today. I've decided Finn would want me to mark it by eating an entire chocolate fudge cake in his honour, because he once did exactly that at his cousin's wedding and threw up on the vicar. Grief is mostly me laughing and crying at the same time in a supermarket bakery aisle. Cake's bought. Vicar's been warned.",
        QUIET,
    ),
]
