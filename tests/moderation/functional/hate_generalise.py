"""Generalisation cases for abuse: paraphrases and look-alikes written before any measurement.

Written in one sitting (December 2026) from published typologies only, before the rules or the
operating point they measure were changed and before any of them was run: Röttger et al.'s
HateCheck functionalities (derogation by negative attribute, strong negative emotion,
dehumanising comparison, implicit derogation; neutral and positive identity mentions;
counter-speech; non-protected targets; spelling variation) and the insult typology of
abusive-language work (second-person insults and name-calling, in chat, text-speak and
masked-swear registers), plus the member-directed harassment a support group sees
(exclusion, mocking grief). None is copied from any dataset.

Look-alikes cover what must stay quiet in a grief community: identity words in ordinary
sentences ("I am a gay dad"), praise, counter-speech and quoting-to-condemn, swearing at the
illness and at objects, self-directed venting ("I'm such an idiot for forgetting the meds"),
reclaimed and self-directed uses, and insult words negated in reassurance.

``DEV`` may be looked at while changing rules and thresholds. ``HELD_BACK`` was written at the
same time and must never be used to change anything: ``scripts/moderation_functional.py
--hatecheck`` prints its rate and never its failures.
"""

from __future__ import annotations

from .hate_functional import HATEFUL, NOT_HATEFUL, HCase, _c

H, N = HATEFUL, NOT_HATEFUL

DEV: list[HCase] = [
    # --- identity term + very negative attribute (HateCheck F1-F2) --------------------------
    *_c(
        "gen_ident_neg_attrib",
        H,
        "gay people are disgusting and gross",
        "Muslims are evil, plain and simple",
        "jewish people are greedy and sneaky",
        "Being gay is disgusting",
        "mexicans are stupid lol",
        "black people are ugly",
        "Trans people are freaks and perverts",
        "immigrants are the worst kind of people",
        "homosexuals are sick and twisted",
        "all feminists are ugly man-hating hags",
        "Deaf people are stupid",
        "lesbians are nasty",
    ),
    # --- strong negative emotion about a protected group (F1) -------------------------------
    *_c(
        "gen_ident_neg_emotion",
        H,
        "I hate gay people",
        "i fucking hate muslims",
        "I really hate black people",
        "can't stand jews, never could",
        "Honestly immigrants make me sick",
        "I hate all trans people",
    ),
    # --- dehumanising comparison (F3) -------------------------------------------------------
    *_c(
        "gen_ident_dehumanise",
        H,
        "Muslims are like rats, they breed everywhere",
        "immigrants are no better than animals",
        "gay people are an abomination",
        "black people are apes",
        "refugees are garbage and should be treated like it",
    ),
    # --- implicit derogation (F4) -----------------------------------------------------------
    *_c(
        "gen_implicit",
        H,
        "The world would be better off without Muslims",
        "Being gay is a mental illness that needs curing",
        "Gay people shouldn't be allowed near children",
        "Women belong in the kitchen, not in the oncology ward making decisions",
    ),
    # --- second-person insults, plain and chat registers --------------------------------------
    *_c(
        "gen_you_insult",
        H,
        "You are a worthless piece of garbage",
        "you're a complete joke",
        "You are pathetic.",
        "you are so stupid it hurts",
        "You're a disgrace to this group",
        "you're a disgusting human being",
        "You are an ignorant fool",
        "you sound like a moron",
        "you absolute clown",
        "you're nothing but a sad little troll",
        "Stop posting, you idiot.",
        "go to hell you prick",
        "You have the brain of a goldfish, you idiot.",
        "you're scum",
        "What an utter moron you are",
        "Your advice is garbage and so are you",
    ),
    # --- Wikipedia talk-page register ---------------------------------------------------------
    *_c(
        "gen_talkpage_insult",
        H,
        "Stop reverting my edits you pathetic loser",
        "you are a vandal and a moron, get a life",
        "Who made you an admin? You are clearly an idiot",
        "you obviously have no life, you sad nerd",
        "Go away you ignorant bigot",
        "you are the dumbest editor on this site",
    ),
    # --- text-speak and masked swears ---------------------------------------------------------
    *_c(
        "gen_textspeak_insult",
        H,
        "ur a joke lmao",
        "u r pathetic",
        "ur so dumb omg",
        "u stupid f*ck",
        "@jen11 ur a sh*t mother",
        "stfu u absolute tw*t",
        "ur a waste of space tbh",
        "u sound retarded",
    ),
    # --- exclusion of a member ------------------------------------------------------------------
    *_c(
        "gen_exclusion",
        H,
        "You don't belong here, leave the group",
        "this group is for real parents, not people like you",
        "Nobody asked you to join. Go away.",
        "why are you even here? just leave",
        "get lost, nobody wants you around",
        "Leave and never come back.",
    ),
    # --- mocking grief ----------------------------------------------------------------------------
    *_c(
        "gen_mock_grief",
        H,
        "cry harder lol",
        "here we go again with the dead kid posts",
        "nobody wants to hear about your dead son every single day",
        "stop milking your kid's death for attention",
        "oh look, another sob story. so dramatic",
    ),
    # --- look-alikes: neutral identity mentions ---------------------------------------------------
    *_c(
        "gen_ident_neutral",
        N,
        "I am a gay dad",
        "my daughter's nurse is Muslim",
        "We're a Black family from Atlanta and new here",
        "My wife and I are lesbians and our son was diagnosed in May",
        "Our oncologist is Jewish and she's lovely",
        "Is there a support group for Muslim parents?",
        "my husband is deaf so I do all the phone calls",
        "I'm a trans mom, AMA about hospital paperwork with a name change lol",
        "The Mexican family in the next room shared their tamales with us",
        "being gay has nothing to do with being a good parent",
        "I am a Christian and I still have doubts some days",
        "Immigrants make up half the nursing staff on our ward",
    ),
    *_c(
        "gen_ident_positive",
        N,
        "gay people are wonderful parents",
        "Muslims in our building have been so kind to us",
        "immigrants are the backbone of our hospital",
        "Black nurses on the ward are amazing",
    ),
    # --- look-alikes: counter-speech and quoting to condemn -------------------------------------
    *_c(
        "gen_counter_speech",
        N,
        "Someone told me gay people are disgusting and I walked away",
        "It's vile when people say Muslims are evil",
        "My father-in-law says immigrants are animals. I stopped visiting.",
        "Nobody should call you stupid for asking questions",
        "saying 'you don't belong here' to a grieving mum is cruel",
    ),
    # --- look-alikes: swearing at the illness, objects, venting -------------------------------
    *_c(
        "gen_swear_illness",
        N,
        "f*** cancer",
        "fuck you cancer, you don't get her",
        "this stupid port won't flush",
        "I hate this fucking disease so much",
        "chemo is a bitch",
        "screw you neuroblastoma",
        "what a shit week",
    ),
    *_c(
        "gen_self_directed",
        N,
        "I'm such an idiot for forgetting the meds",
        "felt like a total moron at the pharmacy today",
        "I'm a useless mess today, sorry for the rant",
        "call me stupid but I cried in the cereal aisle",
        "I was such a bitch to my husband last night, need to apologise",
    ),
    # --- look-alikes: reassurance, negation, affectionate banter ---------------------------------
    *_c(
        "gen_reassurance",
        N,
        "you're not a bad mom, you're exhausted",
        "you are not stupid for asking, we all had to learn this",
        "Nobody here thinks you're an idiot, promise",
        "You're a legend, honestly",
        "you are amazing and your son is lucky to have you",
        "don't call yourself pathetic, you're grieving",
    ),
    # --- look-alikes: reclaimed and self-directed identity words -------------------------------
    *_c(
        "gen_reclaimed",
        N,
        "we're the loud queer family on ward 4 lol",
        "as a fat mom I'm used to the stares at the pool",
    ),
]

HELD_BACK: list[HCase] = [
    *_c(
        "gen_ident_neg_attrib",
        H,
        "muslim people are filthy",
        "Gay men are disgusting perverts",
        "hispanics are lazy and dumb",
        "chinese people are gross",
        "Being transgender is disgusting",
        "lesbians are ugly and bitter",
        "Jews are evil",
        "disabled people are useless",
    ),
    *_c(
        "gen_ident_neg_emotion",
        H,
        "i hate jewish people",
        "Mexicans disgust me",
        "I despise gay men",
        "I hate muslim people so much",
    ),
    *_c(
        "gen_ident_dehumanise",
        H,
        "Immigrants are like cockroaches",
        "Gays are animals",
        "muslims are a disease",
    ),
    *_c(
        "gen_implicit",
        H,
        "Our country was better before the immigrants came",
        "Trans people are just confused and need therapy, not rights",
    ),
    *_c(
        "gen_you_insult",
        H,
        "You are a disgusting pig",
        "you're a waste of oxygen",
        "You are such a loser.",
        "you are an embarrassment",
        "you're dumb as a rock",
        "Shut your mouth, you ignorant idiot",
        "you're an absolute moron",
        "You are a liar and a fraud",
        "you are a stupid cow",
        "Get a brain, moron",
    ),
    *_c(
        "gen_talkpage_insult",
        H,
        "you are a pathetic little man with too much free time",
        "Stop vandalizing pages, you idiot",
        "you are a troll and a coward",
        "Your edits are crap, just like you",
    ),
    *_c(
        "gen_textspeak_insult",
        H,
        "u r such a loser",
        "ur pathetic lol",
        "u dumb b*tch",
        "ur an idiot smh",
        "u r a f***ing clown",
    ),
    *_c(
        "gen_exclusion",
        H,
        "You're not one of us, leave",
        "take your drama somewhere else, nobody wants you here",
        "go away, this group isn't for people like you",
        "Please just leave the group, you're ruining it",
    ),
    *_c(
        "gen_mock_grief",
        H,
        "boring, another dead kid story",
        "get over it already, it's been two years",
        "Stop crying for attention about your son",
        "lol another angel baby post, so dramatic",
    ),
    *_c(
        "gen_ident_neutral",
        N,
        "My partner is Muslim and fasting during Ramadan in the hospital is hard",
        "I'm a gay man raising my nephew through his leukemia treatment",
        "our family is Mexican and my mom only speaks Spanish",
        "We're Jewish, does the hospital have kosher food?",
        "As a Black dad I rarely see anyone like me in these groups",
        "my son is deaf and the masks make lip reading impossible",
        "Our social worker is a lesbian and she gets us",
        "We are immigrants and I'm scared about the insurance",
    ),
    *_c(
        "gen_ident_positive",
        N,
        "Jewish families at our clinic organised a toy drive",
        "trans people are just people, and some are great parents",
    ),
    *_c(
        "gen_counter_speech",
        N,
        "A man in the waiting room said Mexicans are lazy. I told him he was wrong.",
        "Calling gay people disgusting is hateful and it's not welcome here",
        "people who say 'go back where you came from' to our nurses make me furious",
    ),
    *_c(
        "gen_swear_illness",
        N,
        "fuck off leukemia",
        "this stupid pump beeps all night",
        "cancer is a piece of shit",
        "damn these stupid side effects",
    ),
    *_c(
        "gen_self_directed",
        N,
        "I'm so dumb, I booked the wrong appointment day",
        "I felt like such a failure today",
        "what an idiot I am, left the car lights on at the hospital",
    ),
    *_c(
        "gen_reassurance",
        N,
        "you're not pathetic, you're tired and that's allowed",
        "You're doing great, don't listen to anyone who says otherwise",
        "you are so strong, honestly",
    ),
    *_c(
        "gen_reclaimed",
        N,
        "my disabled kid and I call ourselves the wobbly crew",
    ),
]
