# ruff: noqa: E501
"""Abuse functional cases, dev set 6.

Written 2026-12-06 by a helper blind to the detector and every other set, from published
abuse typologies (threats, derogation, dehumanisation, animosity, exclusion, insults;
explicit/implicit and directed/generalised abuse). Holds 70 abusive messages (7 for each of
10 functions) in the voice of a peer-support chat for parents of children with cancer, and
50 look-alikes (5 for each of 10 kinds) that must stay quiet.

This is a development set: the engineer may read it.
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # --- threat_retaliation: plain-word threats of harm to a member ---
    Case(
        "threat_retaliation",
        "Keep talking about my son like that and I will find out where you live. I mean it.",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "i know which ward your kid is on. watch urself next time you visit",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "You reported me to the admins? Fine. You'll regret that when I see you in the car park at the children's hospital.",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "Say one more word about my family and you'll go home from clinic with more than a bruise.",
        "abuse",
    ),
    Case(
        "threat_retaliation", "ur lucky this is online, id have put u on the floor by now", "abuse"
    ),
    Case(
        "threat_retaliation",
        "I have your husband's name and where he works. Let's see how long he keeps that job once I start making calls.",
        "abuse",
    ),
    Case(
        "threat_retaliation",
        "I've been patient with you for months, Karen, but after what you said about Ellie in the other thread I'm done being nice. I know you're at the Thursday oncology clinic, same as us. Next Thursday I'll be waiting by the lifts, and you can explain yourself to my face. Bring someone with you, because you'll need help getting back to your car.",
        "abuse",
    ),
    # --- exclusion: telling a member to leave, they don't belong ---
    Case(
        "exclusion", "Nobody wants you in this group. Leave and take your drama with you.", "abuse"
    ),
    Case(
        "exclusion",
        "u dont belong here ur kid isnt even sick anymore, go find another chat",
        "abuse",
    ),
    Case(
        "exclusion",
        "This space is for real cancer parents, not whatever you are. Get out.",
        "abuse",
    ),
    Case(
        "exclusion",
        "Can we vote her out? She's been poison since the day she joined and she has no place among us.",
        "abuse",
    ),
    Case(
        "exclusion",
        "pls just leave. every time u post the whole chat goes quiet bc none of us can stand u",
        "abuse",
    ),
    Case(
        "exclusion", "Your sort don't belong among grieving families. Show yourself out.", "abuse"
    ),
    Case(
        "exclusion",
        "I'm going to say what everyone's been thinking. Since you joined, this group has stopped being a safe place. You turn every thread into a story about yourself, you lecture people who've been doing this for years, and you simply don't belong with us. Please pack up and go find another group that will tolerate you, because we're finished pretending.",
        "abuse",
    ),
    # --- mock_grief: mocking a member's grief or their child's illness ---
    Case(
        "mock_grief",
        "Crying again? Your kid's been gone two years, maybe get a new hobby.",
        "abuse",
    ),
    Case(
        "mock_grief",
        "lol imagine posting ur dead son's birthday every single year like anyone cares",
        "abuse",
    ),
    Case("mock_grief", "Oh no, another bald kid photo, how tragic. Boo hoo.", "abuse"),
    Case(
        "mock_grief",
        "Maybe if you'd fed her something other than chicken nuggets she wouldn't have got leukaemia, just saying 🤷",
        "abuse",
    ),
    Case(
        "mock_grief",
        "ur daughters 'brave fight' lasted like 3 weeks, not exactly a warrior was she",
        "abuse",
    ),
    Case(
        "mock_grief",
        "Here she goes with the angel anniversary again. We get it, your baby died, change the record.",
        "abuse",
    ),
    Case(
        "mock_grief",
        "Every week it's the same performance. A candle emoji, a blurry photo from the hospice, a paragraph about how the sky looks different now. Your son died, and honestly the way you milk it is embarrassing to watch. Some of us still have kids in treatment and we don't need your weekly grief show clogging the feed. Cry somewhere private.",
        "abuse",
    ),
    # --- faking_accusation: contemptuous accusations of faking a child's cancer ---
    Case(
        "faking_accusation",
        "Funny how your son's 'cancer' only flares up when the GoFundMe total stalls. Nobody here is buying it.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "shes faking it. no scans, no hospital pics, just a paypal link. scammer",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "You've milked a fake diagnosis for three fundraisers now. Absolutely vile.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Real parents don't have time for glam selfies from the 'oncology ward'. Munchausen much?",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "i checked, that hospital doesnt even have a kids onc unit. liar liar, how much have u pocketed",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Using a made-up tumour to get free holidays from charities is a new low, even for you.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "I've kept quiet for a while but I can't anymore. The timeline doesn't add up, the 'treatment' photos are stock images, and your kid was running around the park the day after 'chemo'. You've raised thousands from people in this group who are actually burying their children. You are a fraud and a liar, and everyone here deserves to know it.",
        "abuse",
    ),
    # --- textspeak_insult: text-speak insults with masked swears ---
    Case("textspeak_insult", "stfu nobody asked u", "abuse"),
    Case("textspeak_insult", "ur such a f*cking idi0t omg", "abuse"),
    Case("textspeak_insult", "wow what a b!tch, hope ur proud of urself", "abuse"),
    Case("textspeak_insult", "gtfo with ur essential oils crap u absolute m0ron", "abuse"),
    Case("textspeak_insult", "ffs shut up karen ur so d*mb it hurts", "abuse"),
    Case("textspeak_insult", "ur a pathetic sh!tty excuse for a mum tbh", "abuse"),
    Case(
        "textspeak_insult",
        "omg can u stop. every single thread u jump in with ur 'well actually' like u went to med school. ur not a dr ur a sad lil tw@t with too much time. nobody reads ur essays, nobody likes u, stfu and let the ppl who actually know stuff answer for once ffs",
        "abuse",
    ),
    # --- religion_generalisation: negative generalisations about a religion's followers ---
    Case(
        "religion_generalisation",
        "Muslims in this group always make everything about their religion, they can't help themselves.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "Typical Jehovah's Witnesses, they'd rather let their kids die than accept a transfusion. Sick people.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "Catholics are all hypocrites who pray for your kid and then vote to cut the hospital budget.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "jews look after their own and nobody else, dont expect a penny from them for the fundraiser",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "hindus r so backward, all that superstition n they wonder why their kids get sick",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "Never trust an evangelical in a support group, they're only here to prey on grieving parents.",
        "abuse",
    ),
    Case(
        "religion_generalisation",
        "I'm sorry but I've dealt with enough Sikh families on the ward to know how it goes. They take over the whole waiting room, ignore every rule the nurses set, and act like the staff owe them something. It's the same with every one of them I've met, and I don't see why we should pretend otherwise just to be polite in here.",
        "abuse",
    ),
    # --- ethnic_generalisation: negative generalisations about an ethnicity or nationality ---
    Case(
        "ethnic_generalisation",
        "Polish parents never follow the treatment plan, they think they know better than the doctors.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "nigerians on these fundraising sites r all scammers, check before u donate",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "Romanians are thieves, keep your bags close on the oncology ward.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "Chinese people don't care about their kids the way we do, that's just their culture.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation",
        "Indians clog up every clinic and then moan about the waits they caused.",
        "abuse",
    ),
    Case(
        "ethnic_generalisation", "typical irish dad, probly drunk at his kids chemo again", "abuse"
    ),
    Case(
        "ethnic_generalisation",
        "Can we talk about the Eastern Europeans on Ward 6? Every single family is loud, rude to the nurses, and hogging the parents' kitchen. I know we're meant to be inclusive, but there's a reason the staff sigh when they see them coming. They're lazy, they're entitled, and they treat our hospital like a free hotel.",
        "abuse",
    ),
    # --- dehumanisation: a group or member as animals, disease, vermin, subhuman ---
    Case(
        "dehumanisation",
        "People like you are a cancer on this group, and we should cut you out before you spread.",
        "abuse",
    ),
    Case(
        "dehumanisation",
        "those migrant families breed like rats and take every bed on the ward",
        "abuse",
    ),
    Case(
        "dehumanisation", "You're not a mother, you're a leech sucking this community dry.", "abuse"
    ),
    Case(
        "dehumanisation",
        "Travellers are vermin, the hospital should fumigate the bay after they leave.",
        "abuse",
    ),
    Case(
        "dehumanisation",
        "u r literally a cockroach, u survive every ban n keep crawling back",
        "abuse",
    ),
    Case("dehumanisation", "Muslims are a plague on the NHS, swarming every clinic.", "abuse"),
    Case(
        "dehumanisation",
        "Honestly the people who keep joining from that other forum aren't even human to me anymore. They swarm every thread like locusts, strip it of anything useful, and move on leaving nothing but rot behind. We should treat them the way you treat an infestation: block, purge, and seal up the cracks so they can't crawl back in.",
        "abuse",
    ),
    # --- sarcastic_contempt: sarcasm carrying contempt for a member or group ---
    Case(
        "sarcastic_contempt",
        "Oh wow, another expert opinion from the woman who failed GCSE biology. Truly, we are blessed.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Congrats on being the only parent in history whose kid's cancer is somehow all about you. Must be exhausting being that special.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "gosh ur SO brave for posting ur opinion on a thread nobody asked u into, a real hero 🙄",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Sure, because a dad who's been to two appointments knows more than the rest of us. Genius.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Love how the single mums in here think being skint makes them saints. So inspiring.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "wow thx for the parenting tips from someone whose kids r raised by the telly, super helpful",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Oh please, do tell us more about how your cousin's neighbour cured stage four neuroblastoma with a raw vegan diet and positive thinking. The rest of us fools wasting our time on chemotherapy and bone marrow transplants clearly just aren't trying hard enough. Thank heavens we have you here to enlighten us, you absolute beacon of wisdom.",
        "abuse",
    ),
    # --- implicit_identity: coded stereotypes and dog whistles ---
    Case(
        "implicit_identity",
        "Funny how the families who get the private rooms never seem to speak English. Wonder who's paying for that.",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "Nothing against them, but maybe the kids' ward doesn't need two dads pushing their lifestyle in the playroom.",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "We all know which 'community' gets its fundraising moved up the queue. Follow the money.",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "some ppl come here for the free treatment n send the bill to us taxpayers, u know exactly who i mean",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "special needs familys always play the victim card to jump the queue, funny that innit",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "Sure, let the trans parent run the Thursday kids' group, what could possibly go wrong 🙄",
        "abuse",
    ),
    Case(
        "implicit_identity",
        "I'm not racist, but you notice things after eight months on the ward. Certain families arrive with twelve relatives, never seem to work, have the newest phones, and somehow get the interpreters and the social worker and the charity grants before anyone else. I'm just saying our own people paid into this system for decades and now we're at the back of the line.",
        "abuse",
    ),
    # === look-alikes that must stay quiet ===
    # --- neutral_identity ---
    Case(
        "neutral_identity",
        "As a Muslim mum, I found it really helpful to talk to the hospital chaplaincy team, they had an imam available at night.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "Our Polish nurse on the night shift was lovely, she sang to Maja in Polish when she couldn't sleep.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "my wife and i are both deaf so we asked for a BSL interpreter for the consent meeting, worked grate",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "Any other Jewish families keeping Shabbat on the ward? Would love tips on candles, since real flames aren't allowed.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "We're a gay couple and we were nervous about how the oncology team would treat us, but honestly they've been wonderful. Both of us were on the forms as parents from day one, the play specialist asked our son which dad he wanted in the room for his port access, and nobody batted an eye. Just sharing in case anyone else was worried.",
        QUIET,
    ),
    # --- counter_speech ---
    Case(
        "counter_speech",
        "Reporting this: someone DM'd me saying 'your kid deserved it'. That is disgusting and I want them removed.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Saying Filipinos only become nurses for the visa is racist and has no place here. Please don't post that again.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Screenshot attached for the mods, the message calling her a 'leech faking cancer' came from that new account.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "whoever said gay parents shouldnt be on the ward, thats bigotry and we dont tolerate it here",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Mods, I need to flag something. A member replied to my post about Sophie's relapse with 'stop milking it, nobody cares about your sick-kid drama'. I know it's one message, but I'm shaking reading it. Nobody should have to deal with that in a group like this. Can you please look at it and remove them?",
        QUIET,
    ),
    # --- illness_anger ---
    Case(
        "illness_anger",
        "F*ck cancer. F*ck it to hell and back. Day 3 of vomiting and I want to scream.",
        QUIET,
    ),
    Case(
        "illness_anger",
        "The pharmacy lost our chemo order AGAIN. Absolute shambles, I could throw my phone at the wall.",
        QUIET,
    ),
    Case(
        "illness_anger",
        "this bloody disease took my boys hair, his friends and now his birthday. i hate it so much",
        QUIET,
    ),
    Case(
        "illness_anger",
        "Whoever designed the insurance appeals process is a sadist. Six weeks for a yes on a scan our oncologist ordered!",
        QUIET,
    ),
    Case(
        "illness_anger",
        "I'm so angry I can't see straight. Neuroblastoma has taken two years of her childhood, the hospital parking charges are robbing us blind, and today the clinic cancelled her MRI for the third time because the machine is broken. I'm not angry at anyone here, I just need to shout into the void. This whole sh*t system is held together with tape.",
        QUIET,
    ),
    # --- self_deprecation ---
    Case(
        "self_deprecation",
        "I'm such an idiot, I forgot to bring the anti-sickness meds and we're an hour from home.",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "useless mum award goes to me, sent him to clinic without his numbing cream 🤦‍♀️",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "Honestly I'm a mess, haven't showered in four days and I snapped at the nurse. Worst parent ever.",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "brain like a sieve today, wrote the wrong dose down twice. what a numpty i am",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "Confession time. I've been so frazzled that I turned up at the wrong hospital this morning, argued with reception for ten minutes that we definitely had an appointment, then realised our oncology clinic moved sites last month. I'm a complete fool. Lily thought it was hilarious, so at least someone got a laugh out of her dopey mum.",
        QUIET,
    ),
    # --- friendly_banter ---
    Case(
        "friendly_banter",
        "Oi Sarah you absolute muppet, you left your scarf in the parents' room again 😂❤️",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "lol dave ur dad jokes r the worst thing about this ward and thats saying something 🤣",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Shush you, I'm bringing the good biscuits Thursday and you're not getting any 😜",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "you cheeky thing, you nicked my parking spot at clinic 😂 coffee's on you next time x",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Happy birthday to the most annoying, loud, tea-stealing woman on Ward 4! Jenny, you have terrible taste in telly and your singing makes the nurses wince, but you got me through the worst week of my life and I love you to bits. Cake in the parents' kitchen at three, don't be late or I'm eating your slice 🎂💕",
        QUIET,
    ),
    # --- disagreement_civil ---
    Case(
        "disagreement_civil",
        "I respectfully disagree, Mark. Our oncologist said the opposite about live vaccines for siblings, so please check with yours.",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "I don't think that's fair on the nurses. They're stretched thin and I've found them really responsive.",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "sorry but i dont agree with posting other kids photos without asking their parents first, even in here",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "I see your point, but I'd be careful recommending supplements during chemo without a doctor signing off.",
        QUIET,
    ),
    Case(
        "disagreement_civil",
        "Emma, I know you mean well, but I think telling new parents to refuse the clinical trial is a mistake. Our son was on one and it's the reason he's in remission. Every family's different, and I'd rather we share experiences and point people to their team than tell them what to decide. Happy to talk about it in DMs if you like.",
        QUIET,
    ),
    # --- moderator_action ---
    Case(
        "moderator_action",
        "Mod note: this thread is getting heated. Let's all take a breather and keep it kind, per rule 2.",
        QUIET,
    ),
    Case(
        "moderator_action",
        "Hi Tom, I'm going to ask you to step out of this conversation for now. Please DM me if you'd like to talk about it.",
        QUIET,
    ),
    Case(
        "moderator_action",
        "Reminder from the mod team: no fundraising links without approval. I've removed the post, no hard feelings.",
        QUIET,
    ),
    Case(
        "moderator_action",
        "mods here - locking this thread, its drifted off topic. feel free to start a new one about the trial itself",
        QUIET,
    ),
    Case(
        "moderator_action",
        "Hi everyone, mod team here. We've had a few reports about the discussion on alternative treatments. We want this group to stay a place where everyone feels safe to share, so we're closing that thread. Rule 4 asks that medical advice be framed as personal experience, not instruction. Jamie, we've sent you a DM, please have a read when you get a chance.",
        QUIET,
    ),
    # --- threat_non_abusive ---
    Case(
        "threat_non_abusive",
        "I will report this to the hospital's patient liaison team first thing tomorrow, that was unacceptable care.",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "I'll fight this insurance company all the way to the ombudsman if I have to.",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "if they cancel her scan one more time im going straight to the chief exec, not messing about anymore",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "We're taking the pharmacy to court over the dosing error. Our solicitor says we've got a strong case.",
        QUIET,
    ),
    Case(
        "threat_non_abusive",
        "Update on the travel grant: the council refused us again, so I'm escalating. I'll be writing to our MP, contacting the local paper, and filing a formal complaint with the ombudsman. They can't just leave families choosing between petrol and groceries while their kids are on chemo. I'm going to keep them very busy until they sort it out.",
        QUIET,
    ),
    # --- reclaimed_or_medical ---
    Case(
        "reclaimed_or_medical",
        "Retinoblastoma diagnosis confirmed today, they're talking about enucleation of the left eye. Anyone been through it?",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "Cancer is a beast but my girl is a lion, three rounds down 🦁",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "the tumour is like a parasite feeding off him, thats how the consultant explaind it to his big sister",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "Osteosarcoma in the femur, limb salvage surgery next month. Terrified.",
        QUIET,
    ),
    Case(
        "reclaimed_or_medical",
        "Someone described leukaemia to me as a weed that takes over the garden of the bone marrow, choking out the good cells, and chemo as the weedkiller that unfortunately hits the flowers too. It's the first explanation that made sense to our eight-year-old. The blasts are the weeds. He now calls his chemo 'the gardener'.",
        QUIET,
    ),
    # --- grief_dark_humour ---
    Case(
        "grief_dark_humour",
        "Three years since we lost Ben. He'd be furious I still haven't thrown out his awful football socks. Shrine keeper, that's me now 😅",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "bereaved parent perk: nobody asks me to bake for the school fair anymore lol",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "Picked the cheapest urn because Ollie always said I was tight with money. He'd have laughed at that.",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "grief counsellor asked if ive been sleeping. said yep, like a baby, up every 2 hrs crying. she didnt laugh, i did",
        QUIET,
    ),
    Case(
        "grief_dark_humour",
        "Anniversary number two tomorrow. Last year I cried in a Tesco car park for an hour, so this year I'm upgrading to the Waitrose car park, because Maisie always said I had no class. She had a savage sense of humour for a seven-year-old, and I like to think she'd approve of her mum being a tragic mess somewhere posh.",
        QUIET,
    ),
]
