# ruff: noqa: E501
"""Abuse in a support group and its look-alikes, by function (two blind writers).

Written in December 2026 by two helpers blind to the detector and to each other (no detector
code, tests or other data read, no published test suite recalled, nothing copied) from the
general hate-speech typologies (threats, derogation, dehumanisation, exclusion, profanity at a
person) and this community's own abuse (mocking grief or a sick child, telling a member to
leave, accusing a parent of faking or of causing the illness): 110 abusive messages and 70
look-alikes that must stay quiet (swearing at the illness, abuse quoted to condemn it,
counter-speech, neutral and positive mentions of groups, banter, threats to the disease).
``DEV`` is measured and mended by class; ``HELD_BACK`` (179: one case that repeated a
catalogue phrasing, ``test_catalogues_apart``, was dropped unseen) is only counted
(``scripts/moderation_functional.py`` prints its rates per function as ``ab-held``, never
texts).
"""

from __future__ import annotations

from .support import QUIET, Case

A = "abuse"

DEV: list[Case] = [
    # ---------------- (A) abusive ----------------
    # threat_member
    Case(
        "threat_member",
        "Keep talking about my son like that and I will find out where you live. I mean it.",
        A,
    ),
    Case(
        "threat_member",
        "You've got a big mouth for someone whose home address is on the fundraiser page. Think about that.",
        A,
    ),
    Case(
        "threat_member",
        "I know which ward your daughter's on. Wouldn't want anything to happen to her there, would we.",
        A,
    ),
    Case(
        "threat_member",
        "say one more word to me and ur gonna regret it, me n my brother will come find u",
        A,
    ),
    Case(
        "threat_member",
        "Watch yourself, Karen. I know people at your husband's work and I will make sure he loses that job.",
        A,
    ),
    Case(
        "threat_member",
        "If I ever see you in the parents' lounge again you'll be leaving in a worse state than your kid.",
        A,
    ),
    Case(
        "threat_member",
        "Post my name one more time and I'll turn up at your door and sort you out myself.",
        A,
    ),
    Case(
        "threat_member",
        "You reported me? Fine. I've saved every photo of your kid from this group and I'll be sending them somewhere you really won't like. Enjoy finding out where.",
        A,
    ),
    Case(
        "threat_member",
        "Just so you know, I've got your number from the meetup list. Sleep well tonight.",
        A,
    ),
    Case(
        "threat_member",
        "Honestly, if you come near my family at the summer picnic I will hurt you, and nobody in this group is going to stop me.",
        A,
    ),
    # derogation_member
    Case("derogation_member", "You are genuinely the stupidest person in this whole group.", A),
    Case("derogation_member", "Nobody cares about your opinion, you smug, useless woman.", A),
    Case(
        "derogation_member",
        "Dave, you are a pathetic excuse for a father and everyone here knows it.",
        A,
    ),
    Case("derogation_member", "ur thick as mince mate, read a book before u post again", A),
    Case("derogation_member", "What a vile, self-obsessed little man you are.", A),
    Case(
        "derogation_member",
        "Priya, you're an attention-seeking leech and every post you make is embarrassing.",
        A,
    ),
    Case(
        "derogation_member",
        "You're a brain-dead moron who shouldn't be trusted to make decisions for a goldfish, let alone a child.",
        A,
    ),
    Case(
        "derogation_member",
        "God, you're exhausting. I've read your posts for two years now and I can honestly say you are the most spineless, whiny, self-pitying loser I have ever come across. You can't do anything without running to the mods, you can't take advice, and you can't string a sentence together. Pathetic.",
        A,
    ),
    Case(
        "derogation_member", "Every time Mark posts I lose brain cells. Absolute clown of a man.", A
    ),
    Case(
        "derogation_member",
        "You are a disgusting person and a terrible mother, and I'm not sorry for saying it.",
        A,
    ),
    # mock_grief
    Case("mock_grief", "Oh here we go, another sob story about the bald kid. Yawn.", A),
    Case(
        "mock_grief",
        "Your kid died three years ago, get over it already. Nobody wants the anniversary post every single month.",
        A,
    ),
    Case("mock_grief", "lol imagine crying this much over a kid who was gonna die anyway", A),
    Case(
        "mock_grief",
        "Bet you're loving all the sympathy likes now your daughter's gone. Best thing that ever happened to your follower count.",
        A,
    ),
    Case(
        "mock_grief",
        "Boo hoo, chemo day again. Everyone get out the world's smallest violin for little Jessica.",
        A,
    ),
    Case(
        "mock_grief",
        "Another candle emoji post. Some of us are sick of your dead son being wheeled out for attention.",
        A,
    ),
    Case("mock_grief", "Grief my a$$, you just like being the saddest person in the room.", A),
    Case("mock_grief", "Aww did the widdle cancer baby lose all his hair? Tragic. Anyway.", A),
    Case(
        "mock_grief",
        "Honestly, the way you go on, anyone would think you're the only parent who's ever buried a child. Every thread, every day, it's you and your tragic little angel story. Some of us came here for support, not a one-woman misery show. Grow up.",
        A,
    ),
    Case("mock_grief", "Remission again? Shame, I was looking forward to the funeral thread.", A),
    # tell_to_leave
    Case("tell_to_leave", "Nobody wants you here. Leave the group and do us all a favour.", A),
    Case("tell_to_leave", "Get out of this chat, you don't belong with real cancer parents.", A),
    Case("tell_to_leave", "pls just leave, every1 is sick of u", A),
    Case(
        "tell_to_leave",
        "Why are you still here? Your kid finished treatment, so go away and stop clogging up the channel.",
        A,
    ),
    Case(
        "tell_to_leave",
        "Mods, can we vote this woman out? She's poison and none of us want her here.",
        A,
    ),
    Case(
        "tell_to_leave",
        "Take your negativity and get lost. This space isn't for people like you.",
        A,
    ),
    Case(
        "tell_to_leave",
        "You were never welcome in this group, Tom. Log off and don't come back.",
        A,
    ),
    Case(
        "tell_to_leave",
        "Do everyone a kindness and delete your account. We were a much nicer group before you turned up.",
        A,
    ),
    Case(
        "tell_to_leave",
        "If you don't like how we do things here, there's the door. Go on, f off.",
        A,
    ),
    Case(
        "tell_to_leave",
        "Sorry but you need to go. You're bereaved now, you're bringing everyone down, and honestly your posts are scaring the parents whose kids are still in treatment. Find another group. Leave.",
        A,
    ),
    # accuse_faking
    Case(
        "accuse_faking",
        "Funny how your son's cancer always flares up right before you post a new GoFundMe link.",
        A,
    ),
    Case(
        "accuse_faking",
        "I'm calling it: there is no sick kid. It's a stock photo and a PayPal account.",
        A,
    ),
    Case(
        "accuse_faking",
        "Classic Munchausen by proxy. Someone should ring social services on you.",
        A,
    ),
    Case(
        "accuse_faking",
        "shes faking it for donations, look at the holiday pics on her insta lol",
        A,
    ),
    Case(
        "accuse_faking",
        "How convenient that nobody has ever seen a single scan. You're milking this group for every penny.",
        A,
    ),
    Case(
        "accuse_faking",
        "Stage 4 and yet he's at football every weekend? Pull the other one, you fraud.",
        A,
    ),
    Case(
        "accuse_faking",
        "Honestly I think you're making your daughter ill yourself. Mothers like you make me sick.",
        A,
    ),
    Case("accuse_faking", "Bought a new car off the back of 'chemo costs', did we? Scammer.", A),
    Case(
        "accuse_faking",
        "Everyone please stop sending money to Leanne. The so-called leukaemia is a con and she knows it.",
        A,
    ),
    Case(
        "accuse_faking",
        "You've had more \"relapses\" than I've had hot dinners. At this point just admit you're making it all up.",
        A,
    ),
    # blame_parent
    Case(
        "blame_parent",
        "Maybe if you hadn't smoked through your pregnancy your kid wouldn't have a brain tumour.",
        A,
    ),
    Case(
        "blame_parent",
        "You fed him processed rubbish for years, what did you expect? This is on you.",
        A,
    ),
    Case(
        "blame_parent",
        "Honestly you brought this on yourself. Vaccinate a baby and this is what you get.",
        A,
    ),
    Case(
        "blame_parent",
        "God doesn't punish the innocent. Ask yourself what you did to deserve a child with cancer.",
        A,
    ),
    Case(
        "blame_parent",
        "ur the reason she's sick, living next to that phone mast cos u were too cheap to move",
        A,
    ),
    Case(
        "blame_parent",
        "Karma's real, Michelle. Treat people the way you do and of course your son got leukaemia.",
        A,
    ),
    Case(
        "blame_parent",
        "Parents like you who let kids live on sugar basically hand them cancer. You should feel guilty every day.",
        A,
    ),
    Case("blame_parent", "Your kid is paying for your sins. Hope you're proud of yourself.", A),
    Case(
        "blame_parent",
        "Should've breastfed. Formula babies get cancer, everyone knows it, so don't come crying to us.",
        A,
    ),
    Case("blame_parent", "You deserve every second of this after how you treated your ex.", A),
    # group_derogation
    Case("group_derogation", "Muslims are all liars, so I wouldn't trust anything Aisha posts.", A),
    Case(
        "group_derogation",
        "Women are too emotional to make medical decisions. That's why the dads should decide on treatment.",
        A,
    ),
    Case(
        "group_derogation",
        "Immigrants come here to use our children's wards and contribute nothing.",
        A,
    ),
    Case(
        "group_derogation",
        "Gay couples are selfish by nature, they only have kids as an accessory.",
        A,
    ),
    Case(
        "group_derogation",
        "Travellers are thieves, everyone knows that. Lock your bags away in the parents' room.",
        A,
    ),
    Case(
        "group_derogation",
        "Jewish people only care about money, no wonder he's asking about the costs.",
        A,
    ),
    Case(
        "group_derogation",
        "Polish parents are always rude to the nurses, it's just how they are.",
        A,
    ),
    Case(
        "group_derogation",
        "Disabled people are a drain on the NHS and they're the reason our kids wait so long for beds.",
        A,
    ),
    Case(
        "group_derogation",
        "Black dads never stick around, so it's no surprise she's doing this alone.",
        A,
    ),
    Case(
        "group_derogation",
        "Americans are stupid and greedy, which is why your healthcare is a joke.",
        A,
    ),
    # group_dehumanisation
    Case(
        "group_dehumanisation",
        "Those migrants breed like rats and now they're filling up the oncology ward.",
        A,
    ),
    Case(
        "group_dehumanisation",
        "Muslims are a cancer on this country, worse than what our kids have.",
        A,
    ),
    Case("group_dehumanisation", "Trans people are parasites feeding off the system.", A),
    Case("group_dehumanisation", "Roma families are vermin, they swarm the hospital car park.", A),
    Case(
        "group_dehumanisation", "Refugees are just animals, and you can't reason with animals.", A
    ),
    Case(
        "group_dehumanisation",
        "Gays are a disease and they shouldn't be anywhere near sick children.",
        A,
    ),
    Case(
        "group_dehumanisation",
        "Asylum seekers are filth, like cockroaches, they get into everything.",
        A,
    ),
    Case(
        "group_dehumanisation",
        "Chinese people are basically insects, no wonder everything they make is toxic.",
        A,
    ),
    Case("group_dehumanisation", "Travellers live like pigs and smell like them too.", A),
    Case(
        "group_dehumanisation",
        "Immigrants are a plague on the NHS. It's an infestation and we need to get rid of it.",
        A,
    ),
    # group_exclusion
    Case(
        "group_exclusion",
        "Muslims shouldn't be allowed in this group, it's meant to be a Christian support space.",
        A,
    ),
    Case(
        "group_exclusion",
        "Foreigners shouldn't be treated on the NHS before British kids. Send them home.",
        A,
    ),
    Case("group_exclusion", "No gay parents in this chat please, keep it for proper families.", A),
    Case(
        "group_exclusion",
        "We should ban anyone from Eastern Europe from joining, they only want freebies.",
        A,
    ),
    Case(
        "group_exclusion", "Trans parents need to be kicked out of the support group, full stop.", A
    ),
    Case(
        "group_exclusion",
        "Refugee kids shouldn't get beds at Great Ormond Street while our children wait.",
        A,
    ),
    Case("group_exclusion", "Can we make this server whites only? Things were calmer then.", A),
    Case(
        "group_exclusion",
        "Parents with learning disabilities shouldn't be let into this group, they can't follow anything anyway.",
        A,
    ),
    Case("group_exclusion", "Immigrants out of our country and out of our hospitals.", A),
    Case(
        "group_exclusion",
        "Jews don't belong in this community. Let them go and have their own group.",
        A,
    ),
    # masked_profanity_at_person
    Case("masked_profanity_at_person", "stfu u f*cking idiot", A),
    Case("masked_profanity_at_person", "ur such a d1ckhead omg", A),
    Case("masked_profanity_at_person", "Shut your mouth you stupid b!tch", A),
    Case("masked_profanity_at_person", "Gary you absolute sh1t of a human", A),
    Case("masked_profanity_at_person", "wow ur a massive a$$hole arent u", A),
    Case("masked_profanity_at_person", "f u c k off Sarah nobody asked", A),
    Case("masked_profanity_at_person", "What a c*nt. Seriously, who raised you.", A),
    Case("masked_profanity_at_person", "ur a piece of sh!t and ur posts are trash", A),
    Case("masked_profanity_at_person", "go f**k yourself you thick tw@t", A),
    Case("masked_profanity_at_person", "m o r o n. absolute b e l l e n d. thats u Kev", A),
    # implicit_contempt
    Case(
        "implicit_contempt",
        "Wow, another 'expert' opinion from the mum who thought chemo was a diet plan. Truly inspiring.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Oh good, Linda's back. I was worried we'd have a whole day of intelligent conversation.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Bless, it must be so hard being that clueless about your own kid's treatment.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Interesting that it's always *those* families who need extra help with the paperwork.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Not surprised she can't understand the consultant, given where she's from.",
        A,
    ),
    Case(
        "implicit_contempt",
        "I'm sure your son's doctors are thrilled to have a parent who got their medical degree from Facebook.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Congratulations on being the first person in history to make a child's cancer all about yourself. Genuinely a skill.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Lovely to see you've discovered punctuation, Kev. Only took you three years.",
        A,
    ),
    Case("implicit_contempt", "I'd explain it to you but I don't have any crayons handy.", A),
    Case(
        "implicit_contempt",
        "Of course the Muslim mum has a problem with the Christmas party. Shocker.",
        A,
    ),
    # ---------------- (B) quiet look-alikes ----------------
    # swear_at_illness
    Case("swear_at_illness", "F*ck cancer. F*ck it right in its stupid face.", QUIET),
    Case(
        "swear_at_illness",
        "Scan results came back and the bloody thing has grown again. I am so angry I could scream.",
        QUIET,
    ),
    Case("swear_at_illness", "neuroblastoma can go to hell, 3rd relapse this year", QUIET),
    Case(
        "swear_at_illness",
        "Today was sh1t. Absolute shit. Counts crashed, fever, back in. Just needed to say it somewhere.",
        QUIET,
    ),
    Case(
        "swear_at_illness",
        "Chemo landing on Christmas Day is a total f***ing joke. Happy holidays, I guess.",
        QUIET,
    ),
    Case(
        "swear_at_illness",
        "Leukaemia is a b*stard disease and I hate every single cell of it.",
        QUIET,
    ),
    Case(
        "swear_at_illness",
        "Steroid week. Damn this stupid drug and the grumpy little monster it turns my sweet boy into.",
        QUIET,
    ),
    # quoting_to_condemn
    Case(
        "quoting_to_condemn",
        "Someone DMed me 'your kid deserves cancer for what you did'. Mods, can you please look at this? I'm shaking.",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        'A woman at the school gate told me I "must have done something" for Ava to get sick. How do you even respond to that?',
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "Got a comment on our fundraiser saying we're 'faking it for cash'. Reported it, but wow, it hurt.",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "My brother-in-law called me a 'hysterical attention seeker' at dinner. Is it normal to feel this gutted?",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "Just so everyone knows, the account posting 'go back to your own country' in general chat has been reported. That's not ok.",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        'Someone in another group said disabled kids are "a waste of NHS money". I\'m still furious. How do you all deal with people like that?',
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "Screenshot attached of the message calling me a 'useless mum'. Not posting for sympathy, I just want the mods to have it.",
        QUIET,
    ),
    # counter_speech
    Case(
        "counter_speech",
        "Saying immigrants are clogging up the wards is just wrong. The nurse who saved my daughter's life came here from the Philippines.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Nobody causes their child's cancer. Please don't let anyone tell you otherwise.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Calling Muslims 'a cancer' in a group full of cancer parents? No. We support every family here, whatever their faith.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Trans parents love their kids exactly as much as the rest of us do. That comment was out of order.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Stop accusing Leanne of faking. I've met her son, I've seen his port. This pile-on needs to end now.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Gay dads are real dads. Ours has held my hand through two relapses and I won't hear a word against him.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Disabled people are not a drain on anything. My son is disabled and he is a whole person, thank you very much.",
        QUIET,
    ),
    # neutral_identity
    Case(
        "neutral_identity",
        "As a Muslim mum, does anyone know if the hospital canteen has halal options? We're in for a long stay.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "We're a Polish family in Manchester. Is anyone else here a Polish speaker? My mum would love someone to talk to.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "Our gay dads' support group meets Thursdays at 7 on Zoom, link in the pinned post.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "I'm Deaf, so I prefer text updates. Does anyone know if the ward offers BSL interpreters?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "Jewish family here, any tips on keeping Shabbat while inpatient?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "My husband is Nigerian and his family want to fly over. Has anyone dealt with visitor visas for a sick grandchild?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "We're a two-mum household, just flagging to the admin that the sign-up form only has 'mother' and 'father'.",
        QUIET,
    ),
    # positive_identity
    Case(
        "positive_identity",
        "Huge shout out to the Sikh gurdwara near the hospital, they've fed our whole ward every Sunday.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "The Muslim chaplain sat with us all night when things got bad. Such a kind man.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "Love that this group has so many dads in it. Thank you for being so open, lads.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "So proud of our autistic daughter for explaining her treatment to her whole class.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "The immigrant nurses on our ward are the best people I've ever met. Angels, every one of them.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "Shoutout to the Black parents' network, they helped me find a stem cell donor drive for mixed-heritage kids.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "Being a trans parent in a space like this felt scary at first, but you've all been wonderful. Thank you.",
        QUIET,
    ),
    # self_directed
    Case(
        "self_directed",
        "I'm such an idiot, I forgot the Calpol at home again. Mum brain is real.",
        QUIET,
    ),
    Case(
        "self_directed", "I'm a useless mess today, sorry for the 40 messages in a row lol", QUIET
    ),
    Case(
        "self_directed",
        "As a queer mum I've been called worse, honestly just grateful to be here.",
        QUIET,
    ),
    Case(
        "self_directed",
        "Crip life plus cancer life, lol. Me in my wheelchair pushing his IV pole, what a pair we make.",
        QUIET,
    ),
    Case(
        "self_directed",
        "I look like absolute sh*t, haven't slept in 3 days. Who needs sleep anyway.",
        QUIET,
    ),
    Case(
        "self_directed",
        "Bald mum solidarity: shaved my head for her today. I look like a boiled egg and I don't care.",
        QUIET,
    ),
    Case(
        "self_directed",
        "Dark humour time: my son says he's saving a fortune on haircuts and wants his pocket money raised accordingly. Honestly, the cheek of him. He gets that from me.",
        QUIET,
    ),
    # civil_disagreement
    Case(
        "civil_disagreement",
        "I respectfully disagree about skipping the maintenance phase. Our oncologist was really clear it matters. Please talk to yours before deciding.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I get why you're keen on the clinical trial, but I'd want to know more about the side effects first. Just my two cents.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I don't think proton therapy is always better, honestly. The evidence I've read is mixed for his tumour type.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "We chose not to do fertility preservation and I know a lot of you think that was wrong. It was right for us, and that's ok.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I have to push back on the cannabis oil thing. I understand the hope, I really do, but please don't stop chemo for it.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "Strongly disagree that second opinions are a waste of time. Ours changed everything. But I hear you that it's exhausting.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "Sorry, I think you've got the wrong end of the stick about port vs PICC line, but happy to share what our nurse told us.",
        QUIET,
    ),
    # friendly_banter
    Case(
        "friendly_banter",
        "Oi Sam, you cheeky sod, you finished the Haribo in the parents' room again didn't you 😂",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "lmao Dave you absolute legend, bringing a karaoke machine onto the ward",
        QUIET,
    ),
    Case(
        "friendly_banter", "Shut up Jen, you did NOT beat my kid at Uno, he let you win 😂", QUIET
    ),
    Case(
        "friendly_banter",
        "Bloody hell Mike, your dad jokes are getting worse. Keep 'em coming though.",
        QUIET,
    ),
    Case("friendly_banter", "You daft moo, you've posted in the wrong channel again haha ❤️", QUIET),
    Case(
        "friendly_banter",
        "Rachel you muppet, that's the third time you've asked where the car park is. Love you though x",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Our nurse says my kid has the sense of humour of a 50-year-old builder. Chemo has made him filthy and I'm so proud 😂",
        QUIET,
    ),
    # against_the_disease
    Case(
        "against_the_disease",
        "I'll kill this tumour myself if I have to. Round 4, let's go.",
        QUIET,
    ),
    Case("against_the_disease", "Die, cancer cells, die. Day 1 of the new protocol.", QUIET),
    Case(
        "against_the_disease",
        "Those blasts don't stand a chance. We're going to crush them.",
        QUIET,
    ),
    Case(
        "against_the_disease",
        "Destroy it, obliterate it, nuke it. Radiotherapy starts Monday.",
        QUIET,
    ),
    Case("against_the_disease", "I want to strangle this disease with my bare hands.", QUIET),
    Case(
        "against_the_disease",
        "Hope the chemo absolutely murders every last leukaemic cell in there.",
        QUIET,
    ),
    Case(
        "against_the_disease",
        "War on the tumour continues: surgery Tuesday, and we are coming for you, you horrible little lump.",
        QUIET,
    ),
    # moderator_notice
    Case(
        "moderator_notice",
        "Mod note: please don't share other members' names or fundraising links outside this server. Thanks all.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Reminder: we don't allow comments blaming parents for their child's illness. Posts like that will be removed.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "That account was a spam bot posting crypto links. It's gone now. Bot, get lost and stay lost.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Hi everyone, a troll got in overnight and we've banned it. Please report anything telling you you're faking or that you don't belong here.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Rules refresher: no insults, no slurs, no threats. Disagree with the idea, never attack the person.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Removed a message from a spam account. If you get 'miracle cannabis cure' DMs, don't click, just report them.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Moderator here: political debates about immigration belong in another server. Let's keep this one for support.",
        QUIET,
    ),
]

# The second writer, counted and never shown.
HELD_BACK: list[Case] = [
    # ---------------- (A) abusive ----------------
    # threat_member
    Case(
        "threat_member", "Keep posting about me and I will find out where you live. Not a joke.", A
    ),
    Case("threat_member", "you better watch ur back sarah, i know which ward ur kid is on", A),
    Case("threat_member", "Say that again and I'll come round and smash your face in.", A),
    Case(
        "threat_member",
        "If I ever see you in the parents' kitchen on level 4 you're getting hurt, mate.",
        A,
    ),
    Case(
        "threat_member",
        "I hope someone runs you over in the hospital car park. Actually, maybe I'll do it myself.",
        A,
    ),
    Case(
        "threat_member",
        "I've screenshotted everything and I'm sending it to your boss, your husband and your pastor. Enjoy losing everything you've got left.",
        A,
    ),
    Case(
        "threat_member",
        "keep it up and ill make sure ur kids fundraiser gets reported and shut down, see how u like that",
        A,
    ),
    Case("threat_member", "One more word out of you and I will end you. Try me.", A),
    Case(
        "threat_member",
        "People like you get what's coming to them, and I'd be happy to deliver it personally.",
        A,
    ),
    Case(
        "threat_member",
        "I know your car. I know where you park every Tuesday for clinic. Think about that next time you run your mouth in this group.",
        A,
    ),
    # derogation_member
    Case("derogation_member", "You are honestly the stupidest person in this whole server.", A),
    Case(
        "derogation_member",
        "Nobody here can stand you. You're a whiny, attention-seeking waste of space.",
        A,
    ),
    Case("derogation_member", "Mark, you're a moron. Every single thing you post is idiotic.", A),
    Case(
        "derogation_member",
        "You're a disgusting human being and your posts make me physically sick.",
        A,
    ),
    Case("derogation_member", "Honestly Jen you're so thick it's painful reading your updates.", A),
    Case("derogation_member", "ur such a loser lol no wonder ur wife left", A),
    Case("derogation_member", "You are a vile, selfish, spineless little man.", A),
    Case(
        "derogation_member",
        "Imagine being this useless. Your poor kid got stuck with you as a dad, as if cancer wasn't bad enough.",
        A,
    ),
    Case(
        "derogation_member",
        "Every time Kelly opens her mouth the IQ of this channel drops by ten points. Absolute airhead.",
        A,
    ),
    # mock_grief
    Case(
        "mock_grief",
        "Oh look, another sob story about her dead kid. Boo hoo, get over it already.",
        A,
    ),
    Case("mock_grief", "lol shes STILL crying about the funeral?? its been months, move on", A),
    Case("mock_grief", "Nobody cares about your angel baby posts. It's just a ploy for likes.", A),
    Case(
        "mock_grief",
        "Cry me a river. Half the people here have sick kids and you don't see them milking it like you do.",
        A,
    ),
    Case("mock_grief", "Another 'scanxiety' post from Dave. Wow, so brave. Yawn.", A),
    Case(
        "mock_grief",
        "Your son's bald head pic is honestly hilarious, looks like a boiled egg lmao",
        A,
    ),
    Case(
        "mock_grief",
        "haha imagine ur kid relapsing AGAIN. some ppl just cant catch a break, or maybe they dont deserve one",
        A,
    ),
    Case("mock_grief", "Here comes the weekly grief dump. Pass the tissues, ladies 🙄", A),
    Case(
        "mock_grief",
        "Maybe if you'd spent less time wailing online your daughter would have lasted a bit longer.",
        A,
    ),
    Case(
        "mock_grief",
        "Her kid died two years ago and she still acts like it makes her special. Newsflash: it doesn't. Every anniversary post is the same self-pitying drivel and I'm sick of scrolling past it.",
        A,
    ),
    # tell_to_leave
    Case("tell_to_leave", "Just leave the group already. Nobody wants you here.", A),
    Case("tell_to_leave", "get out of this server, u dont belong with real cancer parents", A),
    Case("tell_to_leave", "Do us all a favour and delete your account.", A),
    Case("tell_to_leave", "Why are you still here? Take the hint and go.", A),
    Case("tell_to_leave", "You're not welcome here any more. Pack up your drama and leave.", A),
    Case("tell_to_leave", "Mods, kick this woman out. She's poison to this community.", A),
    Case("tell_to_leave", "gtfo of the chat nobody asked for ur opinion", A),
    Case(
        "tell_to_leave",
        "Your kid's in remission, so why don't you clear off to a different group and stop rubbing it in our faces.",
        A,
    ),
    Case(
        "tell_to_leave",
        "I've been in this group three years and I've never seen anyone drag the mood down like you. Every post is moaning, every reply is an argument. Take your negativity somewhere else and don't come back.",
        A,
    ),
    Case("tell_to_leave", "Leave. Seriously. Every single channel is better without you in it.", A),
    # accuse_faking
    Case(
        "accuse_faking",
        "I don't believe for one second your kid actually has cancer. Show us the scans or shut up.",
        A,
    ),
    Case(
        "accuse_faking",
        "She's faking the whole thing for GoFundMe money and everyone can see it.",
        A,
    ),
    Case("accuse_faking", "Munchausen by proxy much? Your 'updates' change every week.", A),
    Case("accuse_faking", "lol 'stage 4' my a**, that photo is off a stock image site", A),
    Case(
        "accuse_faking",
        "Funny how your son always gets worse right before you post the donation link. Scammer.",
        A,
    ),
    Case(
        "accuse_faking",
        "You're a fraud. There's no neuroblastoma, there's just you and a PayPal account.",
        A,
    ),
    Case(
        "accuse_faking",
        "ur kid looked perfectly healthy at the school fete last week, stop lying to this group",
        A,
    ),
    Case("accuse_faking", "Pretty sure you made up the whole relapse for attention. Pathetic.", A),
    Case(
        "accuse_faking",
        "Real cancer moms don't have time to post 40 selfies a day. We all know you're faking it.",
        A,
    ),
    Case(
        "accuse_faking",
        "I've looked into you. The diagnosis date changes between posts, the hospital bracelet in your photo is from a completely different trust, and you've got three fundraisers running. You're a con artist preying on grieving families.",
        A,
    ),
    # blame_parent
    Case(
        "blame_parent",
        "Maybe if you hadn't fed him all that junk food he wouldn't have leukaemia.",
        A,
    ),
    Case(
        "blame_parent",
        "You smoked the whole pregnancy and now you're surprised? This is on you.",
        A,
    ),
    Case(
        "blame_parent",
        "Honestly your kid's cancer is your own fault for buying a house next to those power lines. Selfish.",
        A,
    ),
    Case("blame_parent", "you caused this with your crap parenting, own it", A),
    Case(
        "blame_parent",
        "Karma for the way you treat people. Your daughter is paying for your sins.",
        A,
    ),
    Case(
        "blame_parent",
        "If you'd taken her to the GP when the bruises first showed up she'd be fine. You basically let it happen.",
        A,
    ),
    Case(
        "blame_parent",
        "Everyone knows mothers who work full time miss the signs. You chose your career over your child and now he's paying for it.",
        A,
    ),
    Case(
        "blame_parent",
        "Shouldnt have given him an ipad at 2. all that radiation from screens. u did this",
        A,
    ),
    Case(
        "blame_parent",
        "Your negativity gave him that tumour. Children absorb their parents' energy, everyone knows that.",
        A,
    ),
    Case("blame_parent", "God is punishing you and your kid is the price. Deal with it.", A),
    # group_derogation
    Case(
        "group_derogation",
        "Muslims are all violent and shouldn't be trusted around kids on the ward.",
        A,
    ),
    Case(
        "group_derogation",
        "Typical immigrants, coming over here and using up the oncology beds our kids need.",
        A,
    ),
    Case(
        "group_derogation",
        "Women are too emotional to make real treatment decisions. Leave it to the dads.",
        A,
    ),
    Case(
        "group_derogation",
        "Gay parents are confused people and their kids are worse off for it.",
        A,
    ),
    Case("group_derogation", "Every Jewish doctor I've ever met only cares about the money.", A),
    Case(
        "group_derogation",
        "Polish people are thieves, lock up your stuff in the parents' kitchen.",
        A,
    ),
    Case("group_derogation", "autistic kids are just badly behaved brats with an excuse", A),
    Case(
        "group_derogation", "Black families always cause drama on the ward. Every. Single. Time.", A
    ),
    Case(
        "group_derogation",
        "Christians are brainwashed idiots who'd rather pray than get their kids treated.",
        A,
    ),
    Case(
        "group_derogation",
        "Trans people are mentally ill and have no business raising children, sick or not.",
        A,
    ),
    # group_dehumanisation
    Case("group_dehumanisation", "Immigrants are vermin breeding in our hospitals.", A),
    Case("group_dehumanisation", "Muslims are a plague on this country.", A),
    Case("group_dehumanisation", "gay people are animals plain and simple", A),
    Case(
        "group_dehumanisation",
        "Refugees are parasites feeding off the NHS while our kids sit on waiting lists.",
        A,
    ),
    Case(
        "group_dehumanisation",
        "Disabled people are basically vegetables, why waste treatment on them.",
        A,
    ),
    Case("group_dehumanisation", "Trans people are freaks of nature, not even human.", A),
    Case("group_dehumanisation", "Roma are like rats, they swarm wherever they go.", A),
    Case(
        "group_dehumanisation",
        "Africans are like cockroaches, let one family in and fifty more turn up.",
        A,
    ),
    Case(
        "group_dehumanisation",
        "Jews are a disease on society, worse than the one our kids have.",
        A,
    ),
    Case(
        "group_dehumanisation", "Mexicans are savages, they're not people you can reason with.", A
    ),
    # group_exclusion
    Case(
        "group_exclusion",
        "We should ban Muslim families from this group, they don't belong here.",
        A,
    ),
    Case("group_exclusion", "No gays in the parents' chat please, keep it for normal families.", A),
    Case(
        "group_exclusion",
        "Immigrants shouldn't get treatment at our children's hospital. Send them back.",
        A,
    ),
    Case(
        "group_exclusion",
        "Deaf parents shouldn't be on the fundraising committee, they just slow everything down.",
        A,
    ),
    Case(
        "group_exclusion",
        "This support group should be for British parents only. Everyone else can find their own.",
        A,
    ),
    Case(
        "group_exclusion",
        "Keep the trans people out of the family room, our kids don't need to see that.",
        A,
    ),
    Case("group_exclusion", "why r we letting foreigners into this server?? kick them all", A),
    Case("group_exclusion", "Jewish families can go to their own charity, not ours.", A),
    Case(
        "group_exclusion",
        "Wheelchair users shouldn't be allowed on the family camp, they ruin it for everyone else.",
        A,
    ),
    Case(
        "group_exclusion",
        "Any dad who's gay should be removed from the dads' channel immediately.",
        A,
    ),
    # masked_profanity_at_person
    Case("masked_profanity_at_person", "f*ck you tom, seriously", A),
    Case("masked_profanity_at_person", "You're a total sh1t of a person.", A),
    Case("masked_profanity_at_person", "shut up you dumb a$$", A),
    Case("masked_profanity_at_person", "what a b!tch she is, honestly", A),
    Case("masked_profanity_at_person", "Go f u c k yourself, Lisa.", A),
    Case("masked_profanity_at_person", "you absolute tw@t", A),
    Case("masked_profanity_at_person", "STFU you pr*ck, nobody asked", A),
    Case("masked_profanity_at_person", "Eat sh*t and die, Gary.", A),
    Case("masked_profanity_at_person", "ur a c*nt and everyone in here knows it", A),
    Case(
        "masked_profanity_at_person", "P*ss off you d1ckhead, take your useless advice with you.", A
    ),
    # implicit_contempt
    Case(
        "implicit_contempt",
        "Some of us have kids who are actually sick, but sure, tell us more about your 'rough week'.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Bless her, she tries so hard to sound like she knows what she's talking about.",
        A,
    ),
    Case("implicit_contempt", "I'd explain it to you but I don't have any crayons on me.", A),
    Case(
        "implicit_contempt",
        "Interesting how the loudest mums in here are always the ones with the least going on.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Oh good, Rachel's here. Everyone brace for another masterpiece of nonsense.",
        A,
    ),
    Case(
        "implicit_contempt",
        "No wonder his treatment isn't working, look who's in charge of his meds.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Ah yes, Dr Google has spoken again. Maybe stick to colouring in, sweetheart.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Some people clearly shouldn't have been allowed to have children in the first place. Not naming names 👀",
        A,
    ),
    Case(
        "implicit_contempt",
        "It's almost impressive how you manage to make every single thread about yourself.",
        A,
    ),
    Case(
        "implicit_contempt",
        "Funny how it's always *those* families who need the hardship fund, isn't it.",
        A,
    ),
    # ---------------- (B) quiet look-alikes ----------------
    # swear_at_illness
    Case("swear_at_illness", "F*ck cancer. F*ck it straight to hell.", QUIET),
    Case(
        "swear_at_illness",
        "This sh1t disease took three of my son's ward friends this year. I hate it so much.",
        QUIET,
    ),
    Case("swear_at_illness", "Neutropenic fever again. Bloody hell, when does this end.", QUIET),
    Case(
        "swear_at_illness",
        "screw leukaemia and screw every single thing its done to my girl",
        QUIET,
    ),
    Case(
        "swear_at_illness",
        "Third scan delay this month. The whole situation is a f***ing joke and I'm exhausted.",
        QUIET,
    ),
    Case("swear_at_illness", "Damn DIPG. Damn it all to hell.", QUIET),
    Case(
        "swear_at_illness",
        "Chemo day 4 and everything is sh*t. Just needed to say it somewhere.",
        QUIET,
    ),
    # quoting_to_condemn
    Case(
        "quoting_to_condemn",
        "A woman at the school gate told me my son's cancer was 'God punishing me'. I'm still shaking. How do you even respond to that?",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "Someone DMed me saying I'm faking my daughter's illness for money. Mods, can you look at this? Screenshot attached.",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "My brother-in-law said 'kids like yours are a drain on the NHS'. I walked out of the room. Was I wrong?",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "Reporting a user who told me to 'go die with your kid'. That is not OK in any space, let alone this one.",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "Got a comment on our fundraiser calling us 'scamming immigrants'. Feeling sick. Any advice on dealing with trolls?",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "Heads up: there's an account sending 'your kid deserved it' messages to bereaved parents. Please block and report, don't engage.",
        QUIET,
    ),
    Case(
        "quoting_to_condemn",
        "The nurse overheard another parent call my husband a 'useless f*cking foreigner'. She reported it, thank god. Why do people talk like that?",
        QUIET,
    ),
    # counter_speech
    Case(
        "counter_speech",
        "Muslim families are just as welcome here as anyone else. Cancer doesn't check your religion and neither do we.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Saying immigrants take our kids' beds is rubbish. Half the oncology nurses on our ward are immigrants and they saved my son's life.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Please don't generalise about gay dads. Some of the strongest parents in this group are same-sex couples.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Disabled kids deserve exactly the same treatment and respect as everyone else. Full stop.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "It's not OK to blame parents for their kids' cancer. Nobody causes this, and every oncologist will tell you so.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Trans parents love their kids as fiercely as the rest of us. I won't stand by while people say otherwise.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "To whoever posted that stuff about Jewish doctors earlier: our consultant is Jewish and she's an absolute hero. Stereotypes help nobody.",
        QUIET,
    ),
    # neutral_identity
    Case(
        "neutral_identity",
        "Does anyone know if the hospital has a Muslim prayer room? We'll be inpatient over Ramadan.",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "We're a Polish family, are there any Polish-speaking parents on ward 7?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "My husband and I are both deaf. Does anyone know if the clinic provides BSL interpreters?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "Anyone have experience getting kosher meals at the children's hospital?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "My partner and I are two mums. How did other same-sex couples handle the consent forms?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "Our son is autistic as well as having ALL. Any tips for getting him through port access?",
        QUIET,
    ),
    Case(
        "neutral_identity",
        "We're Hindu and would like to do a small prayer before surgery, is that allowed in pre-op?",
        QUIET,
    ),
    # positive_identity
    Case(
        "positive_identity",
        "Shoutout to the Sikh gurdwara near the hospital who fed every parent on the ward this week. Absolute angels.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "So proud of my daughter. She's Deaf, she's 7, and she just finished her last round of chemo!",
        QUIET,
    ),
    Case(
        "positive_identity", "Being a gay dad in this group has felt so safe. Thank you all.", QUIET
    ),
    Case(
        "positive_identity",
        "The Nigerian mums in our ward WhatsApp are the most organised, generous people I've ever met.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "My son's wheelchair is covered in dinosaur stickers and he says it makes him the fastest kid on the ward 🦖",
        QUIET,
    ),
    Case(
        "positive_identity",
        "Our Jewish neighbours sat shiva with us when we lost Ella. I'll never forget that kindness.",
        QUIET,
    ),
    Case(
        "positive_identity",
        "Huge love to the immigrant nurses who held my hand at 3am. You are the backbone of that ward.",
        QUIET,
    ),
    # self_directed
    Case("self_directed", "I'm such an idiot, forgot her meds at home again.", QUIET),
    Case("self_directed", "ugh im a useless mess today, cried in the car park for an hour", QUIET),
    Case(
        "self_directed",
        "Feel like the worst dad alive for losing my temper with him this morning.",
        QUIET,
    ),
    Case(
        "self_directed", "I'm a f*cking disaster lol, turned up to clinic on the wrong day", QUIET
    ),
    Case("self_directed", "Honestly I look like sh1t, haven't slept properly in 4 days.", QUIET),
    Case(
        "self_directed",
        "Sometimes I think I'm a terrible mother for feeling relieved when he's admitted and I can finally sleep.",
        QUIET,
    ),
    Case(
        "self_directed",
        "Me, an absolute muppet: paid for parking, left the ticket in my pocket, got fined anyway.",
        QUIET,
    ),
    # civil_disagreement
    Case(
        "civil_disagreement",
        "I respectfully disagree about proton therapy. Our team advised against it for his tumour type, so it's worth asking your oncologist.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I don't think supplements are a good idea during chemo, some interact with the drugs. Please check with pharmacy first.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "Not sure I agree that clinical trials are always the best option. We found the travel really hard. Every family's different.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I see it differently. I think kids should be told about their diagnosis in age-appropriate words, but I get why you'd want to wait.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "Hmm, the study you linked was done in mice, so I'd be cautious about drawing conclusions for our kids.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I'd push back a little on the 'no school during maintenance' advice; our consultant actually encouraged it.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I think you've got the fundraising rules wrong, but happy to be corrected. The charity FAQ seems to say otherwise.",
        QUIET,
    ),
    # friendly_banter
    Case(
        "friendly_banter",
        "lol Dave you absolute legend, you brought the good biscuits AGAIN",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Oi Sharon you cheeky sod, you nicked the last coffee pod 😂 love you really",
        QUIET,
    ),
    Case("friendly_banter", "Haha you daft bugger, the parents' quiz was LAST Thursday", QUIET),
    Case(
        "friendly_banter",
        "Mike your dad jokes are sh*t but they're the only thing getting me through this week x",
        QUIET,
    ),
    Case("friendly_banter", "you damn show-off, your kid beat mine at uno again 😤❤️", QUIET),
    Case(
        "friendly_banter",
        "Bloody hell Jo, how are you this organised on 3 hours' sleep? Teach me your ways.",
        QUIET,
    ),
    Case(
        "friendly_banter",
        "Rach you nutter, you ran a 10k for the ward?! Hell yes, so proud of you!",
        QUIET,
    ),
    # against_the_disease
    Case(
        "against_the_disease",
        "We're going to kill every last one of those cancer cells. Round 5, let's go.",
        QUIET,
    ),
    Case("against_the_disease", "Die, tumour, die. Scan on Friday and I want it GONE.", QUIET),
    Case(
        "against_the_disease",
        "I'd strangle neuroblastoma with my bare hands if it had a neck.",
        QUIET,
    ),
    Case(
        "against_the_disease",
        "Radiation starts tomorrow. Time to burn this thing out of my little boy.",
        QUIET,
    ),
    Case(
        "against_the_disease",
        "Hope the new drug absolutely obliterates the leukaemia. No mercy.",
        QUIET,
    ),
    Case("against_the_disease", "If relapse were a person I'd punch it square in the face.", QUIET),
    Case(
        "against_the_disease", "We are going to destroy this disease and dance on its grave.", QUIET
    ),
    # moderator_notice
    Case(
        "moderator_notice",
        "Mod note: please keep medical advice general and always check with your own team.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Reminder: posts attacking other members will be removed. Be kind, everyone here is going through hell.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Removed a spam post selling 'miracle cancer cures'. Spammers, please leave, you're not welcome here.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "To the bot account posting crypto links: get out, you're banned. Everyone else, carry on 💛",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "Heads up: we've had reports of fundraising scams targeting members. Never send money to anyone via DM.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "The bereavement channel is now open for parents who've lost a child. It's a quiet, moderated space.",
        QUIET,
    ),
    Case(
        "moderator_notice",
        "We've banned a user for hateful comments about religion. This community stands with all families, whatever their faith.",
        QUIET,
    ),
]
