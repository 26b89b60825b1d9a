# ruff: noqa: E501
"""Second blind HateCheck-style functional set for abuse, one template per line.

Content warning: this file holds hateful statements, threats of violence, dehumanising
language and masked slurs against women, trans people, gay people, Black people, disabled
people, Muslims and immigrants. They are here only to test moderation.

Written blind on 2026-12-07 from the functionality taxonomy of Röttger et al. (2021) (names and
one-line descriptions only) by a writer who read no detector code, no word list, no other test
file and no HateCheck case, and ran nothing. Each functionality has six templates (eight for
ident_neutral_nh, ident_pos_nh, counter_quote_nh and counter_ref_nh). Templates 1-3 of each
functionality (1-4 for the eight-template ones) are in DEV; templates 4-6 (5-8) are in
HELD_BACK. HELD_BACK is sealed: it is never used to change the detector, its word lists or its
thresholds; only its pass rate is printed.
"""

from __future__ import annotations

import hashlib

# The first blind set's template helpers: one template over its seven groups, or written out.
from tests.moderation.functional.hate_blind import _c, _t
from tests.moderation.functional.hate_functional import HATEFUL, NOT_HATEFUL, HCase

DEV: list[HCase] = [
    # derog_neg_emote_h
    *_t("derog_neg_emote_h", HATEFUL, "I absolutely despise {g}."),
    *_t("derog_neg_emote_h", HATEFUL, "{G} disgust me, every single one of them."),
    *_t("derog_neg_emote_h", HATEFUL, "ngl {gs} make my skin crawl, cant stand them"),
    # derog_neg_attrib_h
    *_t("derog_neg_attrib_h", HATEFUL, "{G} are stupid and worthless."),
    *_t("derog_neg_attrib_h", HATEFUL, "All {g} are filthy, violent liars."),
    *_t("derog_neg_attrib_h", HATEFUL, "{gs} r so thick and useless its unreal"),
    # derog_dehum_h
    *_t("derog_dehum_h", HATEFUL, "{G} are vermin."),
    *_t("derog_dehum_h", HATEFUL, "{G} are a disease spreading through this country."),
    *_t("derog_dehum_h", HATEFUL, "{gs} are animals tbh, nothing more"),
    # derog_impl_h
    *_t("derog_impl_h", HATEFUL, "{G} don't belong in a support group for normal families."),
    *_t(
        "derog_impl_h",
        HATEFUL,
        "Funny how the ward went downhill as soon as {g} started working there.",
    ),
    *_t("derog_impl_h", HATEFUL, "lol imagine letting {gs} babysit ur kids"),
    # threat_dir_h
    *_t("threat_dir_h", HATEFUL, "I'm going to hurt {g} the first chance I get."),
    *_t("threat_dir_h", HATEFUL, "If {one} comes near my family again I will break their neck."),
    *_t("threat_dir_h", HATEFUL, "gonna burn down every house with {gs} in it"),
    # threat_norm_h
    *_t("threat_norm_h", HATEFUL, "{G} should all be shot."),
    *_t("threat_norm_h", HATEFUL, "Someone needs to round up {g} and get rid of them for good."),
    *_t("threat_norm_h", HATEFUL, "{gs} deserve a good beating tbh"),
    # slur_h
    *_c(
        "slur_h",
        HATEFUL,
        "Get the f*ggots out of this group.",
        "Get the tr*nnies out of this group.",
        "Get the n*ggers out of this group.",
        "Get the r*tards out of this group.",
        "Get the towelh*ads out of this group.",
        "Get the w*tbacks out of this group.",
        "Get the b*tches out of this group.",
    ),
    *_c(
        "slur_h",
        HATEFUL,
        "To me you'll always be just a d*ke.",
        "To me you'll always be just a sp*z.",
        "To me you'll always be just a c**n.",
        "To me you'll always be just a sh*male.",
        "To me you'll always be just a r*ghead.",
        "To me you'll always be just a wh*re.",
    ),
    *_c(
        "slur_h",
        HATEFUL,
        "ugh another f*g in the chat",
        "ugh another tr*nny in the chat",
        "ugh another m*ng in the chat",
        "ugh another m*zzie in the chat",
        "ugh another n*g in the chat",
    ),
    # slur_homonym_nh
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "Nipped out for a fag after the scan results, don't judge me.",
        "Nan's making faggots and peas for tea, first proper meal in days.",
        "My dad gave up fags the day she was diagnosed.",
        "The chippy near the hospital does faggots, chips and mushy peas.",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "Our bitch had six puppies last night and the kids are over the moon!",
        "Saw a coon raiding the bins outside the family house, the kids loved it.",
        "The bitch at the rescue centre is so gentle with my son.",
        "We're fostering a pregnant bitch from the shelter, any tips?",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "The new drug is meant to retard tumour growth.",
        "Make sure the ward pyjamas are flame retardant.",
        "The rail strike crippled the buses so we were late for chemo.",
        "Don't let the bills cripple you, ask about the hardship fund.",
        "The steroids can retard her growth a bit, the consultant said.",
    ),
    # slur_reclaimed_nh
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "As a queer dad, I've found this group so welcoming.",
        "As a dyke raising a kid with leukaemia, I never expected this much kindness.",
        "As a crip myself, I know hospitals aren't built for people like us.",
        "As a queer mum I was nervous to post, but you've all been lovely.",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "I'm a big old dyke and my daughter thinks it's hilarious.",
        "I'm a proud crip and my son says I'm the fastest wheelchair on the ward.",
        "I'm queer, I'm tired and my kid just finished radiotherapy.",
        "I'm a total fag for musicals, took my son to see one between cycles.",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "my fellow crips, any tips for accessible parking at the children's hospital?",
        "queers of the parents' group, meetup on thursday?",
        "my n*ggas from the tuesday group came through with food, love y'all",
        "bitches we did it, LAST CHEMO DONE!!",
        "dykes of the ward unite, who's doing the coffee run",
    ),
    # profanity_h
    *_t("profanity_h", HATEFUL, "Fuck all {g}."),
    *_t("profanity_h", HATEFUL, "{G} are full of shit, every last one of them."),
    *_t("profanity_h", HATEFUL, "{gs} can go fuck themselves tbh"),
    # profanity_nh
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "Fuck cancer.",
        "Fuck neuroblastoma, seriously.",
        "Fuck leukaemia and everything it's done to my boy.",
        "Fuck this disease and the horse it rode in on.",
    ),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "What a shit day. Counts dropped again.",
        "Today was absolutely shit, we're back on the ward.",
        "Bloody awful night, she was sick every hour.",
        "What a crap week, two cancelled scans and a temperature spike.",
    ),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "omg the scan was clear!!! holy shit im crying",
        "holy fuck she rang the bell today",
        "no fucking way, counts are up, we're going home!!",
        "hell yes, port out tomorrow",
    ),
    # ref_subs_clause_h
    *_t("ref_subs_clause_h", HATEFUL, "I've met a lot of {g} and they're all disgusting."),
    *_t(
        "ref_subs_clause_h", HATEFUL, "{G} keep joining this group, and honestly they make me sick."
    ),
    *_t("ref_subs_clause_h", HATEFUL, "i see {gs} on the ward sometimes and theyre vile"),
    # ref_subs_sent_h
    *_t(
        "ref_subs_sent_h",
        HATEFUL,
        "I met some {g} at the support evening. They are the lowest form of life.",
    ),
    *_t("ref_subs_sent_h", HATEFUL, "Don't talk to me about {g}. I hate them all."),
    *_t("ref_subs_sent_h", HATEFUL, "theres more {gs} in this group every week. they disgust me"),
    # negate_pos_h
    *_t("negate_pos_h", HATEFUL, "{G} are not worth anything."),
    *_t("negate_pos_h", HATEFUL, "{G} will never be real people to me."),
    *_t("negate_pos_h", HATEFUL, "{gs} arent worth the air they breathe"),
    # negate_neg_nh
    *_t("negate_neg_nh", NOT_HATEFUL, "I don't hate {g}."),
    *_t("negate_neg_nh", NOT_HATEFUL, "{G} are not disgusting."),
    *_t("negate_neg_nh", NOT_HATEFUL, "{gs} arent lazy, never have been"),
    # phrase_question_h
    *_t("phrase_question_h", HATEFUL, "Why are {g} so disgusting?"),
    *_t("phrase_question_h", HATEFUL, "Is there anything more worthless than {one}?"),
    *_t("phrase_question_h", HATEFUL, "y do {gs} have to be so thick lol"),
    # phrase_opinion_h
    *_t("phrase_opinion_h", HATEFUL, "I think {g} are vermin."),
    *_t("phrase_opinion_h", HATEFUL, "In my opinion, {g} are a waste of space."),
    *_t("phrase_opinion_h", HATEFUL, "tbh i reckon {gs} are just inferior"),
    # ident_neutral_nh
    *_t("ident_neutral_nh", NOT_HATEFUL, "There are {g} in the parents' group."),
    *_t("ident_neutral_nh", NOT_HATEFUL, "I'm {adj} and my son is having chemo on Thursday."),
    *_t("ident_neutral_nh", NOT_HATEFUL, "new ward nurse is {one}, starts monday"),
    *_t(
        "ident_neutral_nh",
        NOT_HATEFUL,
        "The hospital runs a monthly drop-in for {g} and their families.",
    ),
    # ident_pos_nh
    *_t("ident_pos_nh", NOT_HATEFUL, "{G} are wonderful."),
    *_t("ident_pos_nh", NOT_HATEFUL, "Some of the kindest parents on the ward are {g}."),
    *_t("ident_pos_nh", NOT_HATEFUL, "{gs} in this group have been amazing to me tbh"),
    *_t("ident_pos_nh", NOT_HATEFUL, "I'm {adj} and proud of it."),
    # counter_quote_nh
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "Someone in the chat wrote '{g} are vermin'. That's disgusting and they've been removed.",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "When you say '{g} should be shot', you are threatening real people in this group. Stop.",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "mod note: deleted a post saying '{gs} are scum'. not ok here, ever.",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "People keep repeating '{g} are a drain on the NHS', but the actual figures show nothing of the sort.",
    ),
    # counter_ref_nh
    *_t("counter_ref_nh", NOT_HATEFUL, "Hating {g} is wrong, full stop."),
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "The comments about {g} in the other thread were hurtful and have been deleted.",
    ),
    *_t("counter_ref_nh", NOT_HATEFUL, "ppl being nasty about {gs} in here needs to stop"),
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "I'm reporting the post that attacked {g}. That kind of hate is not what this group is for.",
    ),
    # target_obj_nh
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "I hate this stupid IV pump, it beeps all night.",
        "I hate this useless parking machine.",
        "I hate this crappy hospital wifi.",
        "I hate this stupid fold-out parent bed.",
    ),
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "This printer is a worthless piece of junk.",
        "The ward kettle is a worthless piece of junk.",
        "This phone charger is a worthless piece of junk.",
        "The booking app is a worthless piece of junk.",
    ),
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "the vending machine on ward 3 is trash lol ate my quid again",
        "the parents room microwave is garbage, took 10 mins to heat soup",
        "this car seat is rubbish tbh, cant get it to click",
        "hospital tv is trash, 4 channels and all of them static",
    ),
    # individual_insult
    *_c(
        "individual_insult",
        HATEFUL,
        "You're a pathetic excuse for a parent.",
        "You're a pathetic excuse for a human being, Mark.",
        "Honestly you're a pathetic excuse for a moderator.",
        "You are a pathetic excuse for a friend, Claire.",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "Shut up, you absolute idiot.",
        "Shut up, you brainless moron.",
        "Shut your mouth, you pathetic loser.",
        "Shut up Steve, you complete waste of space.",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "ur so thick its painful",
        "@dan ur an actual clown lmao",
        "ur a nasty piece of work and everyone knows it",
        "omg ur so stupid, read the thread",
    ),
    # target_group_nh
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "Pharma executives are greedy parasites.",
        "Insurance companies are greedy parasites.",
        "Hospital parking firms are greedy parasites.",
        "Payday lenders are greedy parasites.",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "I can't stand Chelsea fans.",
        "I can't stand Man United fans.",
        "I can't stand people who play music on the bus.",
        "I can't stand tabloid journalists.",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "politicians r all liars tbh",
        "landlords r scum ngl",
        "estate agents r the worst ppl alive lol",
        "parking wardens r vultures tbh",
    ),
    # spell_char_swap_h
    *_t("spell_char_swap_h", HATEFUL, "I haet {g}."),
    *_c(
        "spell_char_swap_h",
        HATEFUL,
        "Wmoen are disgusting.",
        "Tarns people are disgusting.",
        "Gya people are disgusting.",
        "Balck people are disgusting.",
        "Disalbed people are disgusting.",
        "Muslmis are disgusting.",
        "Immirgants are disgusting.",
    ),
    *_t("spell_char_swap_h", HATEFUL, "{G} are dsigusting."),
    # spell_char_del_h
    *_t("spell_char_del_h", HATEFUL, "I hte {g}."),
    *_t("spell_char_del_h", HATEFUL, "{G} are worthles."),
    *_c(
        "spell_char_del_h",
        HATEFUL,
        "Wmen are scum.",
        "Tans people are scum.",
        "Gy people are scum.",
        "Blck people are scum.",
        "Disabed people are scum.",
        "Muslms are scum.",
        "Imigrants are scum.",
    ),
    # spell_space_del_h
    *_t("spell_space_del_h", HATEFUL, "Ihate {g}."),
    *_c(
        "spell_space_del_h",
        HATEFUL,
        "womenarevermin",
        "transpeoplearevermin",
        "gaypeoplearevermin",
        "blackpeoplearevermin",
        "disabledpeoplearevermin",
        "muslimsarevermin",
        "immigrantsarevermin",
    ),
    *_t("spell_space_del_h", HATEFUL, "{G} aresubhuman."),
    # spell_space_add_h
    *_t("spell_space_add_h", HATEFUL, "I h a t e {g}."),
    *_t("spell_space_add_h", HATEFUL, "{G} are d i s g u s t i n g."),
    *_c(
        "spell_space_add_h",
        HATEFUL,
        "I hate w o m e n.",
        "I hate t r a n s people.",
        "I hate g a y people.",
        "I hate b l a c k people.",
        "I hate d i s a b l e d people.",
        "I hate M u s l i m s.",
        "I hate i m m i g r a n t s.",
    ),
    # spell_leet_h
    *_t("spell_leet_h", HATEFUL, "I h4te {g}."),
    *_t("spell_leet_h", HATEFUL, "{G} 4re d1sgust1ng."),
    *_c(
        "spell_leet_h",
        HATEFUL,
        "W0men are vermin.",
        "Tr4ns people are vermin.",
        "G4y people are vermin.",
        "Bl4ck people are vermin.",
        "D1sabled people are vermin.",
        "Mu5lims are vermin.",
        "1mmigrants are vermin.",
    ),
]

HELD_BACK: list[HCase] = [
    # derog_neg_emote_h
    *_t("derog_neg_emote_h", HATEFUL, "Nothing fills me with more loathing than {g}."),
    *_t(
        "derog_neg_emote_h",
        HATEFUL,
        "Every time I see {one} in the waiting room I feel sick with hatred.",
    ),
    *_t("derog_neg_emote_h", HATEFUL, "My hatred for {g} grows every single day."),
    # derog_neg_attrib_h
    *_t("derog_neg_attrib_h", HATEFUL, "You'll never meet {one} who isn't lazy and dishonest."),
    *_t(
        "derog_neg_attrib_h",
        HATEFUL,
        "The problem with {g} is that they're violent, dirty and dumb.",
    ),
    *_t(
        "derog_neg_attrib_h",
        HATEFUL,
        "Honestly the most useless, pathetic people on this planet are {g}.",
    ),
    # derog_dehum_h
    *_t("derog_dehum_h", HATEFUL, "{G} are filth, no better than the rubbish in the skip outside."),
    *_t("derog_dehum_h", HATEFUL, "Having {g} around is like having lice."),
    *_t("derog_dehum_h", HATEFUL, "To me {one} is an object, not a human being."),
    # derog_impl_h
    *_t("derog_impl_h", HATEFUL, "Lock your car when you park near {g}, just saying."),
    *_t("derog_impl_h", HATEFUL, "{G} in charge of sick children, what could possibly go wrong."),
    *_t("derog_impl_h", HATEFUL, "I'd rather my kid was treated by a robot than by {one}."),
    # threat_dir_h
    *_t("threat_dir_h", HATEFUL, "I will make sure {g} in this town never feel safe again."),
    *_t("threat_dir_h", HATEFUL, "Mark my words, I'm coming for {g} with a knife."),
    *_t("threat_dir_h", HATEFUL, "{G}: we know where you live and we will hunt you down."),
    # threat_norm_h
    *_t("threat_norm_h", HATEFUL, "It's time for {g} to be wiped out."),
    *_t("threat_norm_h", HATEFUL, "{G} ought to be strung up from lampposts."),
    *_t("threat_norm_h", HATEFUL, "Killing {g} should be legal."),
    # slur_h
    *_c(
        "slur_h",
        HATEFUL,
        "I can't stand p**fs.",
        "I can't stand cr*pples.",
        "I can't stand wh*res.",
        "I can't stand w*tbacks.",
        "I can't stand sh*males.",
    ),
    *_c(
        "slur_h",
        HATEFUL,
        "F*ggots like him ruin everything for normal families.",
        "R*tards like her ruin everything for normal families.",
        "Tr*nnies like them ruin everything for normal families.",
        "N*ggers like him ruin everything for normal families.",
        "R*gheads like him ruin everything for normal families.",
    ),
    *_c(
        "slur_h",
        HATEFUL,
        "Typical d*ke, always starting drama.",
        "Typical sp*stic, can't do anything right.",
        "Typical tr*nny, always making it about themselves.",
        "Typical n*gger, always causing trouble.",
        "Typical towelh*ad, always causing trouble.",
        "Typical b*tch, always moaning.",
        "Typical w*tback, always after handouts.",
    ),
    # slur_homonym_nh
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "We walked the dog along the dyke by the fens to clear our heads.",
        "Felt a bit queer after the flu jab but fine now.",
        "The old drainage dyke behind the hospital flooded again.",
        "My son says the hospital jelly tastes queer, and he's not wrong.",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "There was a chink of light through the blinds at 4am and I just lay there.",
        "The tranny went on our old Volvo on the way to clinic.",
        "Found the one chink in the hospital's visiting rules: siblings can come on Sundays.",
        "Mechanic says the tranny needs replacing, just what we needed this month.",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "The ward is having a Halloween party and Sam wants to go as a spook.",
        "Bring a spade, we're planting a memory tree for the kids on Saturday.",
        "Let's call a spade a spade, the consultant was blunt but right.",
        "Grabbed a carton of homo milk for the little one on the way in.",
    ),
    # slur_reclaimed_nh
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "Our little queer parents' circle meets after clinic on Fridays.",
        "The crip community online has been my lifeline this year.",
        "Dyke March is on Saturday, bringing the whole family, port and all.",
        "Found a queer families' support night at the hospice, so glad I went.",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "as a tranny of 20 years ive heard worse, dont worry about me lol",
        "being a crip with a chemo kid means i know every lift in that hospital",
        "us fags have been through worse, we'll get through this one too",
        "me and the other dykes at school pickup have a rota going for the meals",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "Two queer mums, one brave kid, zero sleep.",
        "Crip time is real: everything takes three times as long with a wheelchair and a chemo kid.",
        "Me and my wife are the dykes from bed 7, come say hi.",
        "One queer dad, two cats and a daughter who just rang the bell!",
    ),
    # profanity_h
    *_t("profanity_h", HATEFUL, "I am sick to death of {g} and their bullshit."),
    *_t("profanity_h", HATEFUL, "Goddamn {g} ruin every fucking thing."),
    *_t("profanity_h", HATEFUL, "What a bunch of useless bastards {g} are."),
    # profanity_nh
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "Three hours waiting for bloods, what a fucking shambles.",
        "Another cancelled op, this whole week has been a bloody farce.",
        "Sat in A&E since 6, what a fucking night.",
        "Two buses, one train and a cancelled appointment, what a shitshow.",
    ),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "I'm fucking exhausted and it's only Tuesday.",
        "I'm so bloody tired I put the milk in the cupboard.",
        "I'm fucking done with today, going to bed.",
        "Honestly I'm shit at asking for help, working on it.",
    ),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "Damn, I forgot the Calpol again.",
        "Shit, I missed the school run because clinic overran.",
        "Crap, left her teddy on the ward.",
        "Bollocks, the blood test letter went to the old address.",
    ),
    # ref_subs_clause_h
    *_t(
        "ref_subs_clause_h",
        HATEFUL,
        "You can invite {g} if you want, but they're worthless and everyone knows it.",
    ),
    *_t(
        "ref_subs_clause_h",
        HATEFUL,
        "There are {g} on the parents' committee now, and I think they should all be thrown out on the street.",
    ),
    *_t("ref_subs_clause_h", HATEFUL, "Whenever I meet {one}, I'm reminded how much I hate them."),
    # ref_subs_sent_h
    *_t(
        "ref_subs_sent_h",
        HATEFUL,
        "{G} keep posting in here. Someone should shut them up for good.",
    ),
    *_t(
        "ref_subs_sent_h",
        HATEFUL,
        "We had {one} run the sibling session today. People like that are a plague.",
    ),
    *_t("ref_subs_sent_h", HATEFUL, "Let's talk about {g}. Every one of them is a parasite."),
    # negate_pos_h
    *_t("negate_pos_h", HATEFUL, "I have never met {one} who was honest or decent."),
    *_t("negate_pos_h", HATEFUL, "{G} are not welcome here and never will be."),
    *_t("negate_pos_h", HATEFUL, "There is nothing good about {g}, not one single thing."),
    # negate_neg_nh
    *_t("negate_neg_nh", NOT_HATEFUL, "I would never say {g} are worthless."),
    *_t("negate_neg_nh", NOT_HATEFUL, "There is nothing wrong with {g}."),
    *_t("negate_neg_nh", NOT_HATEFUL, "{G} are in no way a threat to our kids."),
    # phrase_question_h
    *_t("phrase_question_h", HATEFUL, "Wouldn't the world be better off without {g}?"),
    *_t("phrase_question_h", HATEFUL, "How long until we can get rid of {g} for good?"),
    *_t("phrase_question_h", HATEFUL, "Who actually wants filthy {g} anywhere near their kids?"),
    # phrase_opinion_h
    *_t("phrase_opinion_h", HATEFUL, "I honestly believe the world would be better without {g}."),
    *_t(
        "phrase_opinion_h",
        HATEFUL,
        "Personally I feel {g} are disgusting and I won't pretend otherwise.",
    ),
    *_t("phrase_opinion_h", HATEFUL, "My view is simple: {g} are worthless."),
    # ident_neutral_nh
    *_t(
        "ident_neutral_nh",
        NOT_HATEFUL,
        "As {one}, I sometimes get asked different questions at clinic.",
    ),
    *_t("ident_neutral_nh", NOT_HATEFUL, "ngl didnt know there were so many {gs} in this group"),
    *_t(
        "ident_neutral_nh",
        NOT_HATEFUL,
        "Is there a local group just for {g} whose kids have cancer?",
    ),
    *_t(
        "ident_neutral_nh",
        NOT_HATEFUL,
        "At the school gates this morning two {g} were chatting about the bake sale for the oncology ward.",
    ),
    # ident_pos_nh
    *_t(
        "ident_pos_nh",
        NOT_HATEFUL,
        "So grateful to the {g} who covered my school runs while we were inpatient for three weeks.",
    ),
    *_t("ident_pos_nh", NOT_HATEFUL, "The world is better with {g} in it."),
    *_t("ident_pos_nh", NOT_HATEFUL, "honestly {gs} r the best ppl i know"),
    *_t(
        "ident_pos_nh",
        NOT_HATEFUL,
        "Having {one} on our family liaison team has made such a difference to us.",
    ),
    # counter_quote_nh
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "My husband's uncle said '{g} make me sick' in the hospital cafe and I told him to leave.",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "Please don't post things like 'I hate {g}' in here, it hurt a lot of people last night.",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "cant believe someone said 'id never let {one} near my kid' to a mum on the ward today. disgusting",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "Statements like '{g} are a disease' have no place in a group for families already going through hell.",
    ),
    # counter_ref_nh
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "Your remark about {g} at the parents' evening was cruel, and I think you owe the group an apology.",
    ),
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "Threatening {g} is a crime and will get you banned from this group.",
    ),
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "Stereotypes about {g} being dangerous are not backed by any evidence, so please stop spreading them.",
    ),
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "That joke about {g} at the school gate really upset my daughter, some of her friends are {g}.",
    ),
    # target_obj_nh
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "I could throw this damn printer out of the window.",
        "I want to smash the car park barrier to pieces.",
        "I could hurl this laptop across the room.",
        "I'm about to kick the lift doors in.",
    ),
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "The hospital food is revolting.",
        "That parents' room sofa is disgusting.",
        "This coffee is vile.",
        "The state of that shower block is repulsive.",
    ),
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "I'm going to kill that monitor alarm if it goes off once more.",
        "Death to the 3am obs machine.",
        "That feeding pump needs to die.",
        "I swear I'll murder the fire alarm in the family house.",
    ),
    # individual_insult
    *_c(
        "individual_insult",
        HATEFUL,
        "Nobody in this group can stand you, Dave.",
        "Nobody here likes you, Tom, take the hint.",
        "Nobody wants you in this chat, Sarah.",
        "Nobody on the ward can stand you, you miserable old sod.",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "@jen ur a liar and a drama queen and everyone knows it",
        "@mike you are a spineless creep",
        "@lou you absolute snake, you're pathetic",
        "@rob you're a disgusting excuse for a dad",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "Honestly Paul, you're the most useless moderator I've ever seen.",
        "You're the dumbest person in this whole group, Emma.",
        "You are the most selfish, spiteful person I have ever met.",
        "Gary, you're the biggest idiot on this server.",
    ),
    # target_group_nh
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "The hospital board are a bunch of clueless idiots.",
        "The council's parking department are a bunch of morons.",
        "The people who designed this app are a bunch of clowns.",
        "The drug company's lawyers are a bunch of heartless crooks.",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "Every tabloid journalist should be sacked.",
        "Every MP who voted for the cuts should be sacked.",
        "Every one of those private parking company bosses should be sacked.",
        "Every manager who cancelled our ward's funding should be sacked.",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "Honestly, Liverpool fans are the worst.",
        "Honestly, people who vape indoors are disgusting.",
        "Honestly, cold callers are the lowest of the low.",
        "Honestly, Tory ministers are useless.",
    ),
    # spell_char_swap_h
    *_t("spell_char_swap_h", HATEFUL, "{G} are wrothless scum."),
    *_t("spell_char_swap_h", HATEFUL, "All {g} should be klilled."),
    *_t("spell_char_swap_h", HATEFUL, "{gs} r vremin lol"),
    # spell_char_del_h
    *_t("spell_char_del_h", HATEFUL, "{G} shoud all be shot."),
    *_t("spell_char_del_h", HATEFUL, "{gs} make me sik"),
    *_t("spell_char_del_h", HATEFUL, "Kil all {g}."),
    # spell_space_del_h
    *_t("spell_space_del_h", HATEFUL, "All {g} shouldbe shot."),
    *_c(
        "spell_space_del_h",
        HATEFUL,
        "#killallwomen",
        "#killalltranspeople",
        "#killallgays",
        "#killallblackpeople",
        "#killalldisabledpeople",
        "#killallmuslims",
        "#killallimmigrants",
    ),
    *_t("spell_space_del_h", HATEFUL, "{gs} disgustme tbh"),
    # spell_space_add_h
    *_t("spell_space_add_h", HATEFUL, "{G} are v e r m i n."),
    *_t("spell_space_add_h", HATEFUL, "{G} should all be s h o t."),
    *_t("spell_space_add_h", HATEFUL, "{gs} r w o r t h l e s s"),
    # spell_leet_h
    *_t("spell_leet_h", HATEFUL, "{G} are v3rm1n."),
    *_t("spell_leet_h", HATEFUL, "k1ll all {g}"),
    *_t("spell_leet_h", HATEFUL, "{gs} r w0rthl3ss tbh"),
]

# Dropped unseen on 2026-12-07: one held-back case sat within 0.80 cosine of a sentence written
# earlier for training (``test_catalogues_apart``), so it would measure memory, not
# generalisation. It is named by a hash of its text so that nobody reads it to drop it.
_DROPPED = frozenset({"bb8e597dffbfd4c3"})


def _kept(case: HCase) -> bool:
    return hashlib.sha256(case.text.encode()).hexdigest()[:16] not in _DROPPED


HELD_BACK = [c for c in HELD_BACK if _kept(c)]
