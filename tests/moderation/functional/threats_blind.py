# ruff: noqa: E501
"""Threat functional cases written 2026-12-06 by a helper blind to the detector and every
other set, from published threat typologies (direct, conditional, veiled threats;
intimidation through personal details; threats to livelihood, custody, reputation or
exposure; threats to turn up in person; threats against family), in the voice of a chat for
parents of children with cancer. DEV may be read by the engineer; HELD_BACK must never be
read or printed, only counted.

Each list holds 88 cases: 48 threats (6 for each of 8 functions: threat_violence_plain,
threat_conditional, threat_veiled, threat_personal_details, threat_livelihood_custody,
threat_exposure, threat_turn_up, threat_family) that must raise "abuse", and 40 look-alikes
(5 for each of 8 kinds: threat_word_illness, friendly_turn_up, report_to_mods,
banter_hyperbole, advice_consequence, recounting_threat, personal_details_kind,
protective_parent) that must stay quiet. DEV and HELD_BACK share this distribution but no
message.
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # --- threat_violence_plain ---
    Case(
        "threat_violence_plain",
        "Someone needs to sort you out properly and I'm more than happy to be the one who does it.",
        "abuse",
    ),
    Case("threat_violence_plain", "ur gonna need an ambulance when im done with u", "abuse"),
    Case(
        "threat_violence_plain",
        "Honestly @dan_m, you're one bad day away from getting your teeth knocked down your throat.",
        "abuse",
    ),
    Case(
        "threat_violence_plain",
        "I've been in this group since Sophie was diagnosed and I've kept my mouth shut through a lot. But Karen, the next time I see you I'm going to batter you, and I don't care who's watching. Everyone here knows what you said about Sophie's mum. Right, that's all I've got to say.",
        "abuse",
    ),
    Case(
        "threat_violence_plain",
        "gonna f*cking smack u into next week, see how brave u are then",
        "abuse",
    ),
    Case(
        "threat_violence_plain",
        "With respect, you wouldn't be standing up for very long if you said that to my face.",
        "abuse",
    ),
    # --- threat_conditional ---
    Case(
        "threat_conditional",
        "If you message my daughter's nurse one more time, you and me are going to have a serious problem, and it won't be a chat.",
        "abuse",
    ),
    Case("threat_conditional", "post about my sons scans again and see what happens to u", "abuse"),
    Case(
        "threat_conditional",
        "One more sly comment about my parenting, Karen, and I'll make sure you can't type for a month.",
        "abuse",
    ),
    Case("threat_conditional", "keep dming my wife n ur gonna find out the hard way", "abuse"),
    Case(
        "threat_conditional",
        "Go on, tag me in one more of your pity threads. Do it, and you'll be picking yourself up off the pavement.",
        "abuse",
    ),
    Case(
        "threat_conditional",
        "I've been patient with you for weeks. I've ignored the comments about our fundraiser and the digs about Leo's hair. If I hear you've been in the parents' kitchen talking about us again, you won't walk out of that kitchen the way you walked in. Think carefully.",
        "abuse",
    ),
    # --- threat_veiled ---
    Case(
        "threat_veiled",
        "Be a shame if something happened to that nice car of yours in the multi-storey.",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "I'd be careful walking to your car after the late clinic if I were you. It gets dark early now.",
        "abuse",
    ),
    Case("threat_veiled", "accidents happen on those hospital stairs. just saying", "abuse"),
    Case(
        "threat_veiled",
        "You've got a lot to lose, @dan_m. Think about that before you post again.",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "People who talk the way you do tend to find out that not everyone is as forgiving as me.",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "Funny how things have a way of coming back around to people like you. Sleep well tonight x",
        "abuse",
    ),
    # --- threat_personal_details ---
    Case(
        "threat_personal_details",
        "Your Mia's on Ward 4, bed by the window, right? I know which nights you leave her on her own.",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "Blue Corsa, parked on level 2 every Tuesday. You really should lock it.",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "i know ur husband works at the depot on Carlton Road. be a pity if he got a visit",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "Oakfield Primary lets out at 3.15, doesn't it? Your eldest wears a red coat. Keep posting about me.",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "Found ur address off ur JustGiving page, 14 something Elm Close. not so anonymous now are u",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "Your son has clinic on Thursday mornings at the Royal. You sit in the same corner of the day unit and you always get a latte from the Costa downstairs. I know all of it, Karen. Remember that the next time you decide to have an opinion about me.",
        "abuse",
    ),
    # --- threat_livelihood_custody ---
    Case(
        "threat_livelihood_custody",
        "One call to social services about how you 'forget' his meds and you'll never see your kids again.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "I know you work at the council. Your manager is about to get a very interesting email with everything you've posted in here.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "gonna ring CPS n tell them ur unfit. see how u like having ur kids taken off u",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "I'll make sure you lose your job, your house and every penny of that fundraiser money. Watch me.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "Your employer would love to know you're on here all day when you're supposedly working from home. Maybe I'll let them know.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "I've kept quiet about what I saw at the hospital last month, your daughter crying on her own while you were outside smoking. One phone call from me to the safeguarding team and your ex gets full custody. Keep that in mind, @dan_m.",
        "abuse",
    ),
    # --- threat_exposure ---
    Case(
        "threat_exposure",
        "I've got screenshots of every DM you sent me. Keep going and they're going up on your village Facebook page for everyone to see.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "wonder what ur church group would think if i posted ur little rant about them. got it all saved",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "Those photos of your daughter bald and crying that you shared in here? I saved them. Imagine them on a meme page.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "Everything you've said in here about your son's prognosis is going straight to your ex's new wife. Let's see how you like being gossiped about.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "Your home address is going in the fundraising group tonight with your real name next to it. Enjoy the visitors.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "Everyone thinks you're such a saint with your updates and your gold ribbons. I kept copies of the private messages where you slagged off the nurses and the other mums. Cross me again and they go to the ward manager and the local paper. Your call.",
        "abuse",
    ),
    # --- threat_turn_up ---
    Case(
        "threat_turn_up",
        "I'll be waiting at the school gate at 3. Let's see you say it to my face.",
        "abuse",
    ),
    Case(
        "threat_turn_up",
        "see u at clinic thurs. we can have a proper chat in the car park",
        "abuse",
    ),
    Case(
        "threat_turn_up",
        "I know the fundraiser's at the rugby club on Saturday. I'll be there, and you won't enjoy it.",
        "abuse",
    ),
    Case(
        "threat_turn_up",
        "Might pop up to Ward 7 tonight and have a word with you in person, Karen. Bring your husband if you need backup.",
        "abuse",
    ),
    Case("threat_turn_up", "coming round ur house. dont bother locking the door", "abuse"),
    Case(
        "threat_turn_up",
        "You've blocked me on here and on Facebook. Fine, that's your choice. But the oncology day unit has one entrance and I'm there every Wednesday too. You can't block me there.",
        "abuse",
    ),
    # --- threat_family ---
    Case(
        "threat_family",
        "Your husband's going to have a very bad week if you keep this up.",
        "abuse",
    ),
    Case(
        "threat_family",
        "That little dog you post every morning? I wouldn't let it out in the garden on its own any more.",
        "abuse",
    ),
    Case(
        "threat_family",
        "u care so much about ur other kids, maybe think about them before u run ur mouth",
        "abuse",
    ),
    Case(
        "threat_family", "I'll go after your wife next. She can answer for what you said.", "abuse"
    ),
    Case(
        "threat_family",
        "Hope your eldest is quick on his feet, because he's going to need to be.",
        "abuse",
    ),
    Case(
        "threat_family",
        "I saw the picture of your twins at the fun run. Lovely kids. It'd be terrible if they got hurt on the way home from school one day. Tell your partner to keep a close eye on them.",
        "abuse",
    ),
    # --- threat_word_illness: look-alike, must stay quiet ---
    Case(
        "threat_word_illness",
        "We're going to kill this cancer. Round 4 starts Monday and Alfie is ready to fight.",
        QUIET,
    ),
    Case(
        "threat_word_illness",
        "The relapse threatened everything we'd planned for this year, but we're still standing.",
        QUIET,
    ),
    Case(
        "threat_word_illness",
        "They've warned us the chemo will knock her flat for a week, so we're stocking up on ice lollies.",
        QUIET,
    ),
    Case(
        "threat_word_illness",
        "I want to punch this disease in the face. Twelve more weeks of radiotherapy to go.",
        QUIET,
    ),
    Case(
        "threat_word_illness",
        "The line infection nearly finished him off last night. He's stable now, thank you all for the messages.",
        QUIET,
    ),
    # --- friendly_turn_up: look-alike, must stay quiet ---
    Case(
        "friendly_turn_up",
        "I'll be waiting by the lifts with a coffee when you come out of the consult. Text me when you're done x",
        QUIET,
    ),
    Case(
        "friendly_turn_up",
        "I know where the ward is, I'll drop off a lasagne tomorrow so you don't have to think about tea.",
        QUIET,
    ),
    Case(
        "friendly_turn_up",
        "coming to find u at the fundraiser sat!! bringing the kids, they want to meet Ollie",
        QUIET,
    ),
    Case(
        "friendly_turn_up",
        "Karen, I'm going to turn up at your door with a hot meal whether you like it or not 😄",
        QUIET,
    ),
    Case(
        "friendly_turn_up",
        "We'll be at the school gate at 3 anyway, I can walk your eldest home if you're stuck at the hospital.",
        QUIET,
    ),
    # --- report_to_mods: look-alike, must stay quiet ---
    Case(
        "report_to_mods",
        "If this keeps happening I'll report it to the moderators. Nobody should be getting DMs like that.",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "I've screenshotted it and sent it to the admins, they're looking into it now.",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "@dan_m just so you know, I've flagged that post. Please don't take it personally, it broke the rule about sharing other people's kids' photos.",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "if that account messages anyone else pls report it, its a scam asking for fundraiser money",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "Mods, I'm reporting the comment on Sarah's thread. I think it crossed a line and she shouldn't have to see it.",
        QUIET,
    ),
    # --- banter_hyperbole: look-alike, must stay quiet ---
    Case(
        "banter_hyperbole",
        "I'll fight you for the last biscuit at the parents' coffee morning, fair warning.",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "My husband will kill me if I buy more wool, but the blanket for the ward won't knit itself.",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "if you post one more photo of that cake I'm coming round to steal it 😂",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "Dan, you're dead to me for spoiling the finale. Dead. (See you Thursday.)",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "The play specialist threatened to confiscate my phone if I beat Jack at Uno again. Fair.",
        QUIET,
    ),
    # --- advice_consequence: look-alike, must stay quiet ---
    Case(
        "advice_consequence",
        "If you skip the fever check you'll regret it. Temp over 38 means straight to A&E, no waiting.",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "Keep pushing the insurer and they'll cave. They did for us after the third appeal.",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "Don't let the steroids catch you out, stock the fridge or you'll have a hungry little monster at 2am.",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "if u dont get the school to sign the care plan now, ull be fighting them all year",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "Honestly, if you don't get a parking permit from the ward clerk, those fines will eat you alive.",
        QUIET,
    ),
    # --- recounting_threat: look-alike, must stay quiet ---
    Case(
        "recounting_threat",
        "My ex said he'd turn up at the ward and take our daughter home. What do I do? Can the hospital stop him?",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "Someone in another group messaged me saying they know where we live. I'm shaking. Should I go to the police?",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "my mother in law threatened to call social services because we let Max miss school for chemo. can she actually do anything??",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "A man at the bus stop outside the hospital told me he'd 'sort me out' if I didn't move. Has anyone else had trouble there?",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "A neighbour says she'll post photos of our car on the village page because we blocked her drive during a hospital emergency. I'm so upset, how do I handle it?",
        QUIET,
    ),
    # --- personal_details_kind: look-alike, must stay quiet ---
    Case(
        "personal_details_kind",
        "I know you're at clinic Thursday, want to meet for lunch in the canteen after?",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "Your Mia's on Ward 4 this week, isn't she? We're two bays down, come and say hi.",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "saw ur car in the multi storey this morning so i left a little bag of snacks on the windscreen x",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "I know your eldest starts at Oakfield in September, my daughter's there and she'll look out for him.",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "Isn't it Ellie's last chemo on Friday? I've put it in my calendar so I can message you that morning.",
        QUIET,
    ),
    # --- protective_parent: look-alike, must stay quiet ---
    Case(
        "protective_parent",
        "If the hospital loses her bloods again I'm going straight to PALS.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "If that pharmacy gets his dose wrong one more time I'm making a formal complaint and going to the local paper.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "I swear, if the school sends him home with another attendance warning letter, I'll be in the head's office first thing.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "The insurance company has until Friday. After that my solicitor takes over and they can explain themselves to him.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "Next time a consultant talks over my daughter like she's not in the room, I'm asking for a different team.",
        QUIET,
    ),
]

HELD_BACK: list[Case] = [
    # --- threat_violence_plain ---
    Case("threat_violence_plain", "I'm going to knock you spark out, you smug cow.", "abuse"),
    Case("threat_violence_plain", "u need a slap and im the one to give it", "abuse"),
    Case(
        "threat_violence_plain",
        "Honestly, @jess_k, you're lucky you live in another county or you'd be eating through a straw by now.",
        "abuse",
    ),
    Case(
        "threat_violence_plain",
        "I don't normally post like this and I know the mods will delete it. But I swear down, Karen, I'll break your nose for what you said about our Ella. Everyone else can get on with their day.",
        "abuse",
    ),
    Case("threat_violence_plain", "gonna f*cking batter u till u cant stand up", "abuse"),
    Case(
        "threat_violence_plain",
        "Say that about my boy again in person and you'll be in the bed next to him on the ward.",
        "abuse",
    ),
    # --- threat_conditional ---
    Case(
        "threat_conditional",
        "If you call my son 'terminal' in this chat once more, I will come through this screen and make you sorry.",
        "abuse",
    ),
    Case("threat_conditional", "do that again n ur getting hurt. not a joke", "abuse"),
    Case(
        "threat_conditional",
        "Another comment on how I look after her port and you'll be leaving this group in a state, Dave.",
        "abuse",
    ),
    Case(
        "threat_conditional",
        "Message me privately one more time and I will find you and hurt you, simple as that.",
        "abuse",
    ),
    Case(
        "threat_conditional", "Keep pushing. Keep pushing and watch what happens to you.", "abuse"
    ),
    Case(
        "threat_conditional",
        "I've asked nicely twice and I've asked the admins. If I see my son's name in one of your prayer request posts again without my permission, you'll regret ever joining this group, and not in a way the mods can fix. That's your last warning.",
        "abuse",
    ),
    # --- threat_veiled ---
    Case(
        "threat_veiled",
        "Nice family you've got there. Would be awful if anything changed that.",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "some ppl should be more careful what they say. u never know whos reading",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "I'd think very hard before you log off tonight, @jess_k. Very hard.",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "Hospitals are big places. Easy for things to go wrong for someone on their own.",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "You seem to think there are no consequences for mouthing off online. We'll see.",
        "abuse",
    ),
    Case(
        "threat_veiled",
        "I've read everything you said about me. I'm not angry, I'm very calm actually. You just won't see it coming, that's all.",
        "abuse",
    ),
    # --- threat_personal_details ---
    Case(
        "threat_personal_details",
        "Flat 3, Harbour View, right? Saw your kids on the balcony in your last post.",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "ur wife does nights at Tesco on the retail park dont she. interesting",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "Your girl's in bay C on the teenage cancer unit, second bed on the left. I've seen her.",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "Chemo every other Monday at 9, then you get the 42 bus home. I know your routine better than you do.",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "I know which nursery your youngest goes to. Keep that in mind when you reply.",
        "abuse",
    ),
    Case(
        "threat_personal_details",
        "You think a nickname keeps you safe. Your son's name is on the fundraising poster, your surname's on the JustGiving and your house is the one with the yellow door on Mill Lane. I've driven past it twice this week. Stop posting about me.",
        "abuse",
    ),
    # --- threat_livelihood_custody ---
    Case(
        "threat_livelihood_custody",
        "I'm reporting you to children's services for neglect. See how long you keep the other two.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "gonna email ur boss at the bank every screenshot i have. enjoy the dole",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "I'll make sure your nursing registration is gone by Christmas. One complaint is all it takes.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "Watch your custody hearing fall apart when your ex gets my statement about you, Dave.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "I will ruin you. Your business, your reviews, your credit rating, all of it.",
        "abuse",
    ),
    Case(
        "threat_livelihood_custody",
        "You keep telling everyone you're a single mum doing it all on your own. I know about the drinking and the night the ambulance came. The social worker on the ward would be very interested, and I'm not afraid to tell her, so think before you reply to me again.",
        "abuse",
    ),
    # --- threat_exposure ---
    Case(
        "threat_exposure",
        "I'll post your son's before-and-after photos on Reddit with your full name. Let the internet judge you.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "got all ur voice notes saved. ur husband would love to hear them",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "Your address, your kid's diagnosis and your ex's number are going up on the local Facebook group tonight.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "Say another word and this whole chat goes to your mother-in-law, screenshots and all.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "I've got the pics from the Christmas party. Imagine them on your company's LinkedIn page, @jess_k.",
        "abuse",
    ),
    Case(
        "threat_exposure",
        "You shared a lot in here when you were struggling, didn't you? The stuff about wanting to give up, the stuff about your marriage. I copied all of it. Go quiet now or it's going to everyone you've ever met.",
        "abuse",
    ),
    # --- threat_turn_up ---
    Case(
        "threat_turn_up",
        "I'll find you at parents' evening on Thursday. Don't bother hiding behind the headteacher.",
        "abuse",
    ),
    Case("threat_turn_up", "comin to the ward tmrw. u n me are gonna talk outside", "abuse"),
    Case(
        "threat_turn_up",
        "See you at the bake sale, Dave. I'll bring something for you that isn't cake.",
        "abuse",
    ),
    Case(
        "threat_turn_up", "I'll be at your door tonight, and I won't be knocking politely.", "abuse"
    ),
    Case(
        "threat_turn_up",
        "Don't think hospital security will save you. I'll sit in that car park all day if I have to.",
        "abuse",
    ),
    Case(
        "threat_turn_up",
        "Everyone keeps telling me to let it go. I can't. Your daughter rings her end-of-treatment bell on Friday, the whole group's invited, and I'm coming too. I'll be the one standing at the back waiting for you.",
        "abuse",
    ),
    # --- threat_family ---
    Case(
        "threat_family",
        "Your partner should watch his back. He's the one who'll pay for your mouth.",
        "abuse",
    ),
    Case("threat_family", "ur cat goes out at night doesnt it. would be a shame", "abuse"),
    Case(
        "threat_family",
        "Tell your teenager to stop walking home on his own. Streets aren't safe for kids whose mums talk like you.",
        "abuse",
    ),
    Case(
        "threat_family",
        "It's not you I'll go after. It's your wife. Let's see how you like that.",
        "abuse",
    ),
    Case(
        "threat_family",
        "Those two little ones of yours in the Halloween pics? Gorgeous. Keep them close, Karen.",
        "abuse",
    ),
    Case(
        "threat_family",
        "I'm done arguing with you. You clearly don't care what happens to you. But you care about your husband and your other kids, and you should remember that I know what they look like now. Think about them next time.",
        "abuse",
    ),
    # --- threat_word_illness: look-alike, must stay quiet ---
    Case(
        "threat_word_illness",
        "Neutropenia is the real threat right now, so no visitors for a fortnight.",
        QUIET,
    ),
    Case("threat_word_illness", "Going to smash this last block of treatment. Bring it on.", QUIET),
    Case(
        "threat_word_illness",
        "The steroids are killing him, he's so angry and hungry all the time.",
        QUIET,
    ),
    Case(
        "threat_word_illness",
        "The surgeon said the tumour is pressing on a nerve and could threaten her sight if we wait.",
        QUIET,
    ),
    Case("threat_word_illness", "Honestly the methotrexate hit her like a truck this week.", QUIET),
    # --- friendly_turn_up: look-alike, must stay quiet ---
    Case(
        "friendly_turn_up",
        "Tell me which bay you're in and I'll come and find you with a flask of tea and some decent biscuits.",
        QUIET,
    ),
    Case(
        "friendly_turn_up",
        "Jess, I'm outside the hospital in the car and I'm not leaving until you've eaten something.",
        QUIET,
    ),
    Case(
        "friendly_turn_up",
        "We'll be at the fun run on Sunday, I'll bring the banner with Noah's name on it!",
        QUIET,
    ),
    Case("friendly_turn_up", "knocking on ur door at 6 with shepherds pie, dont argue x", QUIET),
    Case(
        "friendly_turn_up",
        "I'll be in the waiting room at the scan appointment so you're not on your own. Just wave.",
        QUIET,
    ),
    # --- report_to_mods: look-alike, must stay quiet ---
    Case(
        "report_to_mods",
        "I've reported that last message to the admins. We don't need that here.",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "If he keeps sending you those DMs I'll forward them to the mods, hope that's ok with you.",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "Screenshots saved and passed to moderation. Please nobody reply to that thread.",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "@admin can you look at the new member who keeps posting links? Reported twice already.",
        QUIET,
    ),
    Case(
        "report_to_mods",
        "next time someone shares a kid's photo without asking im reporting it straight away, sorry but rules are rules",
        QUIET,
    ),
    # --- banter_hyperbole: look-alike, must stay quiet ---
    Case(
        "banter_hyperbole",
        "If you eat the last of the hospital jelly I'll never forgive you 😂",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "My wife's going to murder me when she sees how much I spent on raffle tickets.",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "Dave you absolute legend, I could throttle you for making me cry at quiz night though.",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "Right, whoever keeps winning the parents' pub quiz, I'm coming for your crown.",
        QUIET,
    ),
    Case(
        "banter_hyperbole",
        "Ella says she's going to beat me up if I sing in the car again. Fair enough.",
        QUIET,
    ),
    # --- advice_consequence: look-alike, must stay quiet ---
    Case(
        "advice_consequence",
        "If you don't ask for the anti-sickness before the chemo goes up, you'll be chasing it for hours.",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "Keep a copy of every letter, or the benefits office will run rings round you.",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "honestly if u dont sleep when she sleeps ur going to burn out by week 3",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "Ring the ward before you drive in, or you'll end up waiting four hours for a bed.",
        QUIET,
    ),
    Case(
        "advice_consequence",
        "If the school won't make adjustments, push for an EHCP and they'll have to.",
        QUIET,
    ),
    # --- recounting_threat: look-alike, must stay quiet ---
    Case(
        "recounting_threat",
        "A dad in the waiting room told me he'd 'deal with me' after I asked him to keep his cough away from my son. Should I tell the ward sister?",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "My ex keeps texting that he'll go to court and take the kids because I'm 'always at the hospital'. Has anyone been through this?",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "Got a message from a stranger saying they'd share my daughter's photos unless I paid them. Is this a scam? I'm terrified.",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "Someone left a note on my car in the hospital car park saying they know where I live. Was I right to call security?",
        QUIET,
    ),
    Case(
        "recounting_threat",
        "my brother said hed show up at the hospital drunk if we dont let him visit. how do i get him banned from the ward",
        QUIET,
    ),
    # --- personal_details_kind: look-alike, must stay quiet ---
    Case(
        "personal_details_kind",
        "I know Tuesdays are your long day at the day unit, I'll bring you lunch at 1.",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "Your husband's on nights this week, isn't he? Ring me if you need anyone at 3am.",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "I remember Leo's school has sports day on Friday, hope he gets to do the egg and spoon!",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "You live near the Co-op on Station Road, right? I'm passing, want me to grab you some milk?",
        QUIET,
    ),
    Case(
        "personal_details_kind",
        "saw ur in bay 2 tonight, my lad's in bay 3, wave through the window x",
        QUIET,
    ),
    # --- protective_parent: look-alike, must stay quiet ---
    Case(
        "protective_parent",
        "If they cancel her surgery one more time I'm writing to the chief executive.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "Anyone who brings a kid with chickenpox to the ward party is getting a very firm word from me.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "If the council tries to take away his blue badge again I will take them to tribunal.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "I'm so angry at the patient transport service. If they leave us waiting two hours again I'm going to my MP.",
        QUIET,
    ),
    Case(
        "protective_parent",
        "Next time the ward runs out of his feed I'm escalating to the matron, I've had enough.",
        QUIET,
    ),
]
