"""Abuse functional tests: one function per type of a hate-speech and abuse typology.

Types: threats (direct, and retaliation in plain words), derogation of a member (insults,
including text-speak and masked swear words), dehumanisation, animosity and generalisations
about a protected group with no slur, exclusion (telling a member to leave), mocking grief,
wishing harm. Look-alikes: swearing at the illness, counter-speech, quoting an attack to
condemn it, neutral mention of a group, leaving and regret in ordinary talk, self-directed
insults.
"""

from __future__ import annotations

import pytest

from .support import QUIET, Case, KnownMisses, cases, check, pair_ids, param_ids, params

A = "abuse"

POSITIVE: list[Case] = [
    *cases(
        "threat_direct",
        A,
        "I will hurt you if you post about me again.",
        "im gonna beat the crap out of u",
        "Say that again and I'll break your face.",
        "I'm going to find you and make you suffer.",
        # violence as what a person ought to get (HateCheck F7)
        "People like you deserve to be shot.",
        "Someone should put a bullet in that man.",
        "honestly u need to be strung up for what u said",
        # assault told in more than one word
        "If I see you at the fundraiser I'll knock your teeth out.",
        "I'd happily run you over in the hospital car park.",
        "one more word and im gonna slit ur throat",
        "Keep it up and I'll put you in the ground.",
    ),
    # name-calling as address, with modifiers of any kind, closing its clause; and a name said
    # to be everyone's view (no hypothetical other to report)
    *cases(
        "insult_vocative",
        A,
        "everyone thinks you're a liar",
        "they all say you're a fraud",
        "Big hugs all round. @jaymo, go crawl back under your rock, you thick useless waste of "
        "space.",
        "nobody asked for ur opinion, u smug two faced hypocrite",
        "Stop lecturing everyone, you sanctimonious little scammer!",
        "Keep your advice to yourself, you absolute waste of oxygen.",
        "lol go away you thick scheming hypocrite.",
    ),
    # a good thing denied as deserved: derogation, not sympathy (by meaning: no rule reads it)
    *(
        Case("desert_of_a_good_denied", text, A, modes=("full",))
        for text in (
            "you don't deserve your kids",
            "you never deserved that little boy",
            "honestly u dont deserve this group",
        )
    ),
    # telling someone to harm themselves, as an order or a wish
    *cases(
        "told_to_self_harm",
        A,
        "go kill yourself",
        "@dan_m kill yourself",
        "why don't you just go hang yourself",
        "do us all a favour and kill yourself",
        "I hope you kill yourself",
        "u shud just kill urself",
    ),
    # a lever (custody, job, exposure, the body, turning up) held over "you" with intent, a
    # condition or a veil (rules/threats.py; threat assessment's direct, conditional, veiled)
    *cases(
        "threat_by_parts",
        A,
        "I'll ring social services about you and they'll take your kids off you, mark my words.",
        "say one more word about my daughter and I'll get you sacked from that nursery job",
        "keep lying about me n im gonna email ur manager everything",
        "Carry on and every screenshot I have is going up on your school's parent page.",
        "What do you think your church would say if I forwarded them your messages?",
        "One more comment like that and you'll be picking your teeth up off the floor.",
        "I'll be outside the day unit on Friday. Bring your husband for backup, you'll need it.",
        "Be a real shame if something happened to that pram of yours.",
    ),
    *cases(
        "threat_retaliation",
        A,
        "You'll regret posting that.",
        "watch your back",
        "Keep talking and see what happens to you.",
        "I'll make you pay for what you said about my son.",
        "u better hope we never meet irl",
        "You're going to be sorry you ever crossed me.",
    ),
    *cases(
        "threat_conditional",
        A,
        "Tag me one more time and you'll find out.",
        "keep pushing and u will see what happens",
        "Delete that post or else.",
        "you're gonna get what's coming, just wait",
        "I'll make sure you regret every word.",
        "You've been warned.",
    ),
    *cases(
        "group_emotion_normative",
        A,
        "I honestly can't stand Muslims.",
        "we despise immigrants round here",
        "Jews should all be killed.",
        "refugees deserve to die at sea",
    ),
    *cases(
        "exclusion_unwanted",
        A,
        "We don't want you here.",
        "you're not welcome in this group",
        "nobody will miss you when you go",
        "You need to leave this server and don't come back.",
    ),
    *cases(
        "blame_child_death",
        A,
        "If you had listened to the doctors your son would still be alive.",
        "it's your own fault your daughter died",
        # the child's cancer blamed on what the parent did or did not do
        "If you hadn't fed him all that junk he wouldn't be sick.",
        "well maybe if u breastfed he wouldnt have leukaemia",
        "You gave her cancer with your vaping, just own it.",
        "Your kid got cancer because you vaccinated him, congrats.",
        "you basically did this to her with all the takeaway food",
    ),
    *cases(
        "derogation",
        A,
        "You are a pathetic excuse for a mother.",
        "You're an idiot and your advice is dangerous.",
        "what a stupid woman, no wonder she can't keep her kid healthy",
        "Honestly you are the most useless person in this group.",
    ),
    # Personal details kept (in any tense) with a veiled warning.
    *cases(
        "threat_details_kept",
        A,
        "I've saved your address from the raffle list. Remember that.",
        "I have got your work number now. Think about that before you post again.",
    ),
    # Accusing a member of faking their child's illness.
    *cases(
        "accuse_faking_illness",
        A,
        "Her kid isn't even sick, she made the whole thing up.",
        "Munchausen mum strikes again.",
        "That so-called tumour is a scam to get donations.",
        "Admit it, you made it all up for the GoFundMe.",
        "ur faking it for sympathy and everyone knows",
        "Your daughter's leukaemia is a con and you know it.",
    ),
    # Name-calling with modifiers of any kind before the noun, and "a <insult> of a man".
    *cases(
        "derogation_modified",
        A,
        "You're a spineless, two-faced coward and everyone here can see it.",
        "ur a sad lil loser lol",
        "You are the most self-obsessed, attention-grabbing fraud on this server.",
        "Total joke of a mother, that one.",
        "Keep your opinions to yourself, you lying scammer.",
        "Gary is a sorry excuse for a dad and we all know it.",
    ),
    *cases(
        "textspeak_insult",
        A,
        "u r a f*cking idiot",
        "ur such a sh1tty mom lol",
        "stfu u r a b!tch",
        "u r so dum its unreal",
        "ur a dumb @ss",
        "go f*ck urself",
    ),
    *cases(
        "dehumanisation",
        A,
        "Those people are animals and should be treated like animals.",
        "Refugees are vermin taking beds from our kids.",
        "Immigrants are parasites on the health system.",
        # a group's singular before a people noun, a group named as vermin
        "Traveller families are parasites, the lot of them.",
        "Gypsy scum nicking from the parents' room again.",
        "immigrant rats taking our kids' beds",
    ),
    *cases(
        "group_generalisation",
        A,
        "Muslims are all terrorists, I wouldn't let one near my child.",
        "All Mexicans are lazy thieves.",
        "You can never trust a Jew with money.",
        "Typical Arab, always lying.",
        "Black people are naturally more violent, that's just a fact.",
        "Christians are all brainwashed hypocrites.",
        # a group named by a family role, and national origin
        "Muslim families are always so dirty.",
        "Immigrant mums are lazy, every single one.",
        "Americans are stupid and greedy.",
        "Nigerian parents are all scammers.",
        "Catholics are all child abusers, everyone knows it.",
    ),
    # any strongly negative judgement of the VADER lexicon, not only the hand list
    *cases(
        "group_judgement",
        A,
        "Pakistani dads are so arrogant with the nurses.",
        "honestly asian parents r selfish, all of them",
        "Eastern Europeans are always so rude on the ward.",
        "Chinese families are so cruel to their kids.",
    ),
    # mocked for asking the moderators for help, and "snowflake" as address
    *cases(
        "mocked_for_asking_help",
        A,
        "Go cry to the mods again, snowflake.",
        "go whine to ur therapist about it",
    ),
    *cases(
        "exclusion",
        A,
        "Nobody wants you here. Leave.",
        "get out of this group, you don't belong here",
        "Do us all a favour and leave the group.",
        "People like you shouldn't be allowed in this group.",
        "Go away and take your sob stories with you.",
    ),
    *cases(
        "mock_grief",
        A,
        "Boo hoo, your kid died, get over it already.",
        "cry me a river. it's been a year, move on",
        "lol imagine still crying about a dead baby",
        "Still whining about your dead son? Nobody cares.",
    ),
    *cases(
        "wish_harm",
        A,
        "I hope your kid's cancer comes back.",
        "hope u get cancer too",
        "You deserve everything that happened to your family.",
    ),
]

LOOKALIKE: list[Case] = [
    # a threat's lever without what makes it a threat: protecting the reader, advice about an
    # omission, a report to the moderators, a kind offer, one's own trial
    *cases(
        "threat_lever_lookalike",
        QUIET,
        "Anyone who messes with you will have to get through me first.",
        "If anyone says that to you again they'll have me to deal with.",
        "If you skip his temperature checks you'll regret it, neutropenic fevers move fast.",
        "If you message me again I'll report you to the mods.",
        "If he keeps this up you should tell social services, they will help you.",
        "I'll talk to the nurse tomorrow and see what happens.",
        "Watch your back when you lift him out of the bath, mine went last week.",
        "Your fundraiser photos are going up on the charity's page tomorrow, they look lovely!",
        "I know you've got a lot to lose right now, please look after yourself.",
    ),
    *cases(
        "swear_at_illness",
        QUIET,
        "F*ck cancer.",
        "fuck this disease and everything it took from us",
        "sh1t day. scans were bad.",
        "Screw leukemia, screw the insurance company, screw all of it.",
        "this damn port keeps clotting, wtf",
        "Those blasts need to be killed off before transplant, so one more round.",
        "Someone should shoot that photo for the fundraiser, the light is perfect.",
    ),
    # a name someone hypothetical calls the reader, reported to protect them
    # harm denied as deserved: sympathy, the negated form of "you deserve to suffer"
    *cases(
        "desert_denied",
        QUIET,
        "Nobody deserves this, least of all you and your little girl",
        "no one deserves what ur going through rn",
        "You didn't deserve any of this, and neither did Ava.",
        "no parent deserves to watch their child suffer like you have",
    ),
    # name-calling in affection: the Contextual Abuse Dataset's affectionate banter
    *cases(
        "vocative_in_affection",
        QUIET,
        "love you too, you soppy old clown :)",
        "Thanks for the lasagne, you daft soft creep, love ya x",
    ),
    *cases(
        "insult_reported_to_protect",
        QUIET,
        "when you meet parents who think you're a liar, just walk away",
        "if anyone calls you an attention seeker, ignore them.",
        "Anybody who says you're a terrible mother has never met you.",
        "people that call you a fraud for fundraising don't deserve a reply",
    ),
    *cases(
        "blame_self_or_reassure",
        QUIET,
        "I keep blaming myself, if I hadn't missed the first symptoms he'd have been diagnosed "
        "sooner.",
        "It's not your fault, please stop blaming yourself for the junk food, the consultant "
        "said so.",
        "Is it my fault for smoking before I knew I was pregnant? I can't stop thinking about it.",
        "Wow, you did this to her hair yourself? The braids look amazing.",
        "Even if you had done everything right, she would still have got leukaemia. It's random.",
    ),
    *cases(
        "counter_speech",
        QUIET,
        "Saying Muslims are terrorists is ignorant and hurtful, please don't.",
        "No one should ever tell a grieving parent to get over it.",
        "Calling refugees vermin is dehumanising. They are families like ours.",
        "It's not true that immigrants are a drain on hospitals; many of our nurses are "
        "immigrants.",
        # a generalisation denied or limited to a few
        "It is false that Muslims are violent.",
        "Very few immigrants are illegal.",
        "I don't think Polish parents are rude at all, they've been lovely.",
    ),
    # a wish that harm never comes, or for a child's peaceful death
    *cases(
        "kind_wish",
        QUIET,
        "I hope your son never suffers like this again.",
        "I really hope he doesnt suffer at the end",
        "I hope they never get cancer, it is the worst",
        "I hope she dies peacefully at home with us",
        "we just hope he dies in his sleep without pain",
    ),
    # talking someone out of suicide: a plea against it, a question, the act told
    *cases(
        "plea_against_self_harm",
        QUIET,
        "Please please please dont kill yourself. Your kids need you.",
        "No one here wants you to kill yourself, please call 988.",
        "why would you want to kill yourself when your son needs you?",
        "Remember the night you tried to kill yourself? You got through it.",
        "If you kill yourself, your kids lose their mum. Please stay.",
        "you'll kill yourself lifting him like that, get a hoist",
    ),
    *cases(
        "quote_condemn",
        QUIET,
        "Someone sent me 'you'll regret this' in my DMs and I reported it to the mods.",
        "My neighbour told us people like us should leave the street. I was shaking.",
        "A relative actually said 'get over it' at the funeral. I'm still furious.",
    ),
    *cases(
        "neutral_group",
        QUIET,
        "Our oncologist is Muslim and she's wonderful with the kids.",
        "The Jewish community centre is running a meal train for us.",
        "Is there a Spanish-speaking support group for Mexican families?",
        "Many of the nurses on the ward are immigrants from the Philippines.",
        "We're Christian and our church has been a huge support.",
        "Polish parents are always so welcoming at clinic.",
        "If he keeps messaging you, go complain to the mods.",
        "Irish families are more likely to carry the gene, the consultant said.",
        "American parents are dealing with insurance on top of everything.",
        # what a group goes through is not a judgement of it
        "The Polish nurses are so tired after double shifts.",
        "Muslim families are sick of being stared at in clinic.",
    ),
    *cases(
        "ordinary_leave_regret",
        QUIET,
        "I'm going to leave the group for a while, I need a break.",
        "You'll regret not taking more photos, trust me. Take them all.",
        "Watch your back when you lift her, my back is wrecked.",
        "I'll run you over to the clinic after lunch, no need for a taxi.",
        "This cake will knock your socks off.",
        "Refugee mums on the ward have been so kind to us.",
        "Visitors have to leave the ward by 8pm.",
        "Get out of the house for an hour if you can, it helps.",
        "Nobody wants to hear 'stay positive' when their kid is in the ICU.",
    ),
    *cases(
        "ordinary_conditional_exclamation",
        QUIET,
        "Ask the nurse for the numbing cream and you'll see, it helps so much.",
        "You'll find out the results on Monday.",
        "Shut up!! She's in remission?? That's amazing",
        "get out, you got the bed on the ward? wow",
        "We want you here, please stay as long as you need.",
        "You'll get what you need from the social worker.",
        "Don't come back to the ward without a mask, the nurse said.",
        "My son said 'I hate chemo' and I didn't know what to say.",
    ),
    *cases(
        "reported_member_abuse",
        QUIET,
        "Someone commented 'your kid would still be alive if you'd listened' on my post. Reported.",
        "A troll DMed me 'you've been warned'. Mods, can you check?",
        "Got a message saying 'we don't want you here'. It really hurt.",
    ),
    *cases(
        "group_health_fact",
        QUIET,
        "Black people are more likely to get sickle cell, so they tested him early.",
        "Our oncologist said BRCA mutations are more common in Ashkenazi Jewish families.",
    ),
    *cases(
        "slur_homonym",
        QUIET,
        "we had a fag break outside the clinic, I know I should quit",
    ),
    *cases(
        "self_directed",
        QUIET,
        "I'm such an idiot, forgot the pump charger at home.",
        "ugh i feel like a useless mom today",
        "I'm so stupid, I mixed up his meds schedule again.",
        "I'm a poor excuse for a mum some days, I forgot his appointment again.",
        "Honestly I feel like a failure of a parent this week.",
    ),
    *cases(
        "kind_offer_with_details",
        QUIET,
        "I've got your number now, ring me if tonight is a bad one.",
        "I've saved your address for the Christmas cards, see you at clinic x",
    ),
    *cases(
        "faking_told_or_denied",
        QUIET,
        "I made it all up? No, my son's scans are real and so is his port.",
        "People in the other group said I was faking his cancer, it hurt so much.",
        "The consultant asked if we'd heard of Munchausen by proxy, I was mortified.",
        "My son isn't even sick anymore, scans clear!",
        "You're faking a smile for the kids, I can tell. Be gentle with yourself.",
    ),
    *cases(
        "praise_with_modifiers",
        QUIET,
        "You're a brave, stubborn, wonderful woman and I'm proud to know you.",
        "You are the most patient, kind-hearted nurse on that ward.",
        "You're a good mum, not a failure, whatever that consultant implied.",
    ),
]


@pytest.mark.parametrize(("case", "mode"), params(POSITIVE), ids=param_ids(POSITIVE))
def test_abuse_type_raises_abuse(case: Case, mode: str) -> None:
    check(case, mode)


# A child's "I hate chemo" retold by the parent read as the child's wish to die on the full
# pipeline from the hidden-layer warning-sign head until the one trained on the second
# writers' signs, and again since the one trained on the fifth and sixth writers' signs
# (README: 0.74 against the line 0.735), until the head retrained on this machine's vectors
# (2026-12-06) kept it quiet. Listed misses of the full pipeline, so a change that fixes one
# is noticed: none now.
MISSES = KnownMisses(LOOKALIKE, ())
LOOKALIKE_PAIRS = [(c, m) for c, m in params(LOOKALIKE) if not (m == "full" and c in MISSES)]


def test_the_known_misses_are_listed_and_still_raised() -> None:
    MISSES.check()


@pytest.mark.parametrize(("case", "mode"), LOOKALIKE_PAIRS, ids=pair_ids(LOOKALIKE_PAIRS))
def test_lookalike_stays_quiet(case: Case, mode: str) -> None:
    check(case, mode)
