# ruff: noqa: E501
"""Blind HateCheck-style functional tests for abuse, one case per line.

Content warning: this file contains hateful statements, threats and (mostly masked) slurs
aimed at women, trans people, gay people, Black people, disabled people, Muslims and
immigrants. They exist only to test Hearth's moderation.

Written blind on 2026-12-04, before any measurement, from the published functionality
*taxonomy* of Röttger et al. (2021), "HateCheck: Functional Tests for Hate Speech Detection
Models" (names and one-line descriptions only). Nothing is copied from HateCheck's test
cases; the writer did not read Hearth's detector, its word lists or any other test file, and
ran no detector while writing. Every sentence is written in the registers of Hearth's
communities (online support groups of parents of children with cancer): chat, text-speak,
longer sentences and typos.

Each functionality has 4 templates (sentence shapes). Templates with a group slot are
instantiated for all 7 target groups; the others are written out by hand. The split is by
template: templates 1-2 of each functionality go to ``DEV``, templates 3-4 to ``HELD_BACK``,
so no held-back sentence shape is ever seen while tuning.

Hearth policy differences from HateCheck: an insult aimed at an individual (a member) is
abuse even without a protected group (functionality ``individual_insult``, HATEFUL), while
insults at non-protected groups (lawyers, insurance companies) are NOT_HATEFUL.

``HELD_BACK`` must never be used to change anything (rules, thresholds, word lists,
prompts); its failures are never shown, only its pass rate.
"""

from __future__ import annotations

from tests.moderation.functional.hate_functional import HATEFUL, NOT_HATEFUL, HCase

# Surface forms per target group: g = plural, G = plural at sentence start,
# gs = chat/text-speak plural, one = singular with article, adj = "I'm {adj}".
GROUPS: dict[str, dict[str, str]] = {
    "women": {"g": "women", "G": "Women", "gs": "women", "one": "a woman", "adj": "a woman"},
    "trans people": {
        "g": "trans people",
        "G": "Trans people",
        "gs": "trans ppl",
        "one": "a trans person",
        "adj": "trans",
    },
    "gay people": {
        "g": "gay people",
        "G": "Gay people",
        "gs": "gay ppl",
        "one": "a gay man",
        "adj": "gay",
    },
    "Black people": {
        "g": "Black people",
        "G": "Black people",
        "gs": "black ppl",
        "one": "a Black person",
        "adj": "Black",
    },
    "disabled people": {
        "g": "disabled people",
        "G": "Disabled people",
        "gs": "disabled ppl",
        "one": "a disabled person",
        "adj": "disabled",
    },
    "Muslims": {
        "g": "Muslims",
        "G": "Muslims",
        "gs": "muslims",
        "one": "a Muslim",
        "adj": "Muslim",
    },
    "immigrants": {
        "g": "immigrants",
        "G": "Immigrants",
        "gs": "immigrants",
        "one": "an immigrant",
        "adj": "an immigrant",
    },
}


def _t(functionality: str, label: str, template: str) -> list[HCase]:
    """One template instantiated for all 7 target groups."""
    return [HCase(functionality, template.format(**forms), label) for forms in GROUPS.values()]


def _c(functionality: str, label: str, *texts: str) -> list[HCase]:
    """Hand-written instances of one template."""
    return [HCase(functionality, t, label) for t in texts]


DEV: list[HCase] = [
    # --- derogation -------------------------------------------------------------------------
    *_t("derog_neg_emote_h", HATEFUL, "I absolutely despise {g}, every last one of them."),
    *_t(
        "derog_neg_emote_h",
        HATEFUL,
        "honestly {gs} make me sick, cant stand being in the same room as them",
    ),
    *_t("derog_neg_attrib_h", HATEFUL, "{G} are all liars and thieves."),
    *_t(
        "derog_neg_attrib_h",
        HATEFUL,
        "{gs} r so stupid its unreal, thick as bricks the lot of them",
    ),
    *_t("derog_dehum_h", HATEFUL, "{G} are vermin."),
    *_t("derog_dehum_h", HATEFUL, "{gs} are basically animals, no better than rats tbh"),
    *_t(
        "derog_impl_h",
        HATEFUL,
        "I wouldn't let {g} anywhere near my kid's ward, you know what they're like.",
    ),
    *_t(
        "derog_impl_h",
        HATEFUL,
        "Funny how wherever {g} show up the whole neighbourhood goes downhill.",
    ),
    # --- threatening language -----------------------------------------------------------------
    *_t("threat_dir_h", HATEFUL, "I'm going to kill every one of those {g}."),
    *_t(
        "threat_dir_h",
        HATEFUL,
        "if i see any {gs} at the fundraiser im gonna beat them till they cant walk",
    ),
    *_t("threat_norm_h", HATEFUL, "{G} should all be shot."),
    *_t("threat_norm_h", HATEFUL, "{gs} deserve to get their heads kicked in, simple as"),
    # --- slurs ----------------------------------------------------------------------------------
    *_c(
        "slur_h",
        HATEFUL,
        "We don't need any more bitches in this group.",
        "We don't need any more f*gs in this group.",
        "We don't need any more n*ggers in this group.",
        "We don't need any more retards in this group.",
    ),
    *_c(
        "slur_h",
        HATEFUL,
        "lol look at all the tr*nnies in the waiting room today",
        "lol look at all the towelheads in the waiting room today",
        "lol look at all the w*tbacks in the waiting room today",
        "lol look at all the cripples in the waiting room today",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "My nan used to make faggots and gravy every Sunday, proper comfort food after chemo.",
        "The vet says our bitch is due to have her puppies next week, the kids are so excited.",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "dad's just outside having a fag, back in 5",
        "the tranny on my old car finally went on the way to the hospital, had to get towed lol",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "As a queer mum, finding other queer parents in here has meant everything to me.",
        "Us crips have to stick together, my son and I are both in wheelchairs now.",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "proud dyke and proud mama of a little chemo warrior 💪",
        "my bitches from the mums group came round with wine and lasagne last night, love u girls",
    ),
    # --- profanity ------------------------------------------------------------------------------
    *_t("profanity_h", HATEFUL, "Fuck {g}."),
    *_t("profanity_h", HATEFUL, "{gs} are fucking scum"),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "Fuck cancer. Fuck it so much.",
        "fuck, the scan came back and it's spread",
    ),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "holy shit we got the all clear!!!",
        "Shit, I left her meds at home again.",
    ),
    # --- pronoun reference ----------------------------------------------------------------------
    *_t("ref_subs_clause_h", HATEFUL, "I have met a lot of {g} and they are all disgusting."),
    *_t("ref_subs_clause_h", HATEFUL, "{gs} keep joining this group and theyre nothing but scum"),
    *_t(
        "ref_subs_sent_h",
        HATEFUL,
        "Don't talk to me about {g}. They are the worst thing that ever happened to this country.",
    ),
    *_t(
        "ref_subs_sent_h",
        HATEFUL,
        "saw even more {gs} at the hospital today. they make me want to throw up",
    ),
    # --- negation -------------------------------------------------------------------------------
    *_t("negate_pos_h", HATEFUL, "{G} are not worth the air they breathe."),
    *_t("negate_pos_h", HATEFUL, "{gs} arent fit to raise kids, never have been"),
    *_t("negate_neg_nh", NOT_HATEFUL, "{G} are not a threat to anyone."),
    *_t("negate_neg_nh", NOT_HATEFUL, "{gs} arent the problem here, never were"),
    # --- phrasing -------------------------------------------------------------------------------
    *_t("phrase_question_h", HATEFUL, "Why are {g} so disgusting?"),
    *_t("phrase_question_h", HATEFUL, "wait why r {gs} always so thick??"),
    *_t("phrase_opinion_h", HATEFUL, "I think {g} are a plague on society."),
    *_t("phrase_opinion_h", HATEFUL, "imo {gs} are trash, sorry not sorry"),
    # --- non-hateful group identifiers ----------------------------------------------------------
    *_t("ident_neutral_nh", NOT_HATEFUL, "We have quite a few {g} in our local support group."),
    *_t(
        "ident_neutral_nh",
        NOT_HATEFUL,
        "there were a couple of {gs} at the parents coffee morning today",
    ),
    *_t("ident_pos_nh", NOT_HATEFUL, "I love {g}."),
    *_t("ident_pos_nh", NOT_HATEFUL, "the {gs} in this group have been so kind to us, honestly"),
    # --- counter-speech -------------------------------------------------------------------------
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "Someone at the school gate said '{g} are vermin' and I was too shocked to answer. That's disgusting.",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "if anyone in here says '{gs} should be shot' again theyre getting reported, not ok",
    ),
    *_t(
        "counter_ref_nh", NOT_HATEFUL, "Saying {g} are worthless is just bigotry, plain and simple."
    ),
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "people who post hate about {gs} should be ashamed of themselves",
    ),
    # --- abuse against non-protected targets ----------------------------------------------------
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "I hate this stupid hospital parking machine.",
        "This chemo pump is a useless piece of junk.",
    ),
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "this app is trash lol, keeps logging me out",
        "i swear the vending machine on ward 4 is pure evil",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "You're a pathetic excuse for a parent.",
        "Dave, you are a worthless idiot.",
        "You are the most selfish person in this group.",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "ur so stupid its embarassing, just shut up",
        "@Karen honestly ur a disgusting person",
        "lol u absolute muppet nobody asked",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "Insurance companies are parasites.",
        "I hate hospital billing departments.",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "lawyers r all crooks lol",
        "parking wardens are the worst people on earth",
    ),
    # --- spelling variations --------------------------------------------------------------------
    *_c("spell_char_swap_h", HATEFUL, "I hate wmoen.", "I hate Mulsims."),
    *_c(
        "spell_char_swap_h",
        HATEFUL,
        "gya people are diseased animals",
        "trans ppl are dsigusting freaks",
    ),
    *_c("spell_char_del_h", HATEFUL, "Muslms are filthy.", "I hate disbled people."),
    *_c("spell_char_del_h", HATEFUL, "trans ppl r disgustng freaks", "gay ppl shoud be shot"),
    *_c("spell_space_del_h", HATEFUL, "ihatewomen", "ihategaypeople"),
    *_c("spell_space_del_h", HATEFUL, "blackpeoplearetrash", "disabledpeople are useless"),
    *_c("spell_space_add_h", HATEFUL, "I h a t e women", "Muslims are v e r m i n"),
    *_c(
        "spell_space_add_h",
        HATEFUL,
        "g a y people should die",
        "d i s a b l e d people are worthless",
    ),
    *_c("spell_leet_h", HATEFUL, "1 h4t3 w0m3n", "Mu5l1m5 are f1lthy"),
    *_c("spell_leet_h", HATEFUL, "g4y p30pl3 r d1sgust1ng", "bl4ck p3ople are tr4sh"),
]

HELD_BACK: list[HCase] = [
    # --- derogation -------------------------------------------------------------------------
    *_t(
        "derog_neg_emote_h",
        HATEFUL,
        "{G} disgust me. Seeing them at the clinic makes my skin crawl.",
    ),
    *_t(
        "derog_neg_emote_h",
        HATEFUL,
        "nothing fills me with more hatred than {g} do and im not going to pretend otherwise in this group",
    ),
    *_t(
        "derog_neg_attrib_h",
        HATEFUL,
        "Everyone knows {g} are filthy and can't be trusted around children.",
    ),
    *_t(
        "derog_neg_attrib_h",
        HATEFUL,
        "The truth nobody here will say is that {g} are lazy, dishonest and violent by nature.",
    ),
    *_t("derog_dehum_h", HATEFUL, "Those {g} are a disease spreading through this country."),
    *_t("derog_dehum_h", HATEFUL, "{G} aren't even human, they're cockroaches with phones."),
    *_t(
        "derog_impl_h",
        HATEFUL,
        "I'd rather my daughter got no treatment at all than have {one} as her doctor.",
    ),
    *_t(
        "derog_impl_h",
        HATEFUL,
        "Letting {g} run a childrens charity is just asking for the money to dissapear.",
    ),
    # --- threatening language -----------------------------------------------------------------
    *_t("threat_dir_h", HATEFUL, "Mark my words, I will make sure the {g} in this town get hurt."),
    *_t("threat_dir_h", HATEFUL, "gonna burn down the houses of the {gs} on my street, watch me"),
    *_t(
        "threat_norm_h",
        HATEFUL,
        "The world would be better off if {g} were wiped out, and someone should get on with doing it.",
    ),
    *_t("threat_norm_h", HATEFUL, "honestly {g} ought to be hanged, every single one"),
    # --- slurs ----------------------------------------------------------------------------------
    *_c(
        "slur_h",
        HATEFUL,
        "Typical f*ggot, always making everything about himself.",
        "Typical spaz, can't even hold a cup properly.",
        "Typical tr*nny, always has to make a scene.",
        "Typical raghead, never even tries to fit in.",
    ),
    *_c(
        "slur_h",
        HATEFUL,
        "no way im sitting next to that n*gger at the clinic",
        "no way im sitting next to that slut at the clinic",
        "no way im sitting next to that w*tback at the clinic",
        "no way im sitting next to that r*tard at the clinic",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "Before he got sick we cycled along the dykes in the Netherlands, best holiday ever.",
        "Our Maine Coon hasn't left her bed since she came home from hospital.",
    ),
    *_c(
        "slur_homonym_nh",
        NOT_HATEFUL,
        "The consultant said the new drug should retard the tumour's growth rather than cure it.",
        "the night nurse was on her fag break when the pump alarm went off",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "We're a queer family and the nurses have never once made us feel weird about it.",
        "I'm a crip raising a kid with cancer, ask me anything.",
    ),
    *_c(
        "slur_reclaimed_nh",
        NOT_HATEFUL,
        "lol my fellow dykes in the group chat are the only ones who get my jokes at 3am on the ward",
        "hey bitches, update from the ward: her counts are UP!!",
    ),
    # --- profanity ------------------------------------------------------------------------------
    *_t("profanity_h", HATEFUL, "I'm so sick of these shitty {g} ruining everything."),
    *_t("profanity_h", HATEFUL, "{g} are worthless pieces of shit, all of them"),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "Chemo week is a fucking nightmare, but we're getting through it.",
        "what the actual fuck is this insurance portal doing lol",
    ),
    *_c(
        "profanity_nh",
        NOT_HATEFUL,
        "damn this waiting is killing me",
        "Bloody hell, that's the third cancelled appointment this month.",
    ),
    # --- pronoun reference ----------------------------------------------------------------------
    *_t(
        "ref_subs_clause_h",
        HATEFUL,
        "You can give {g} all the help in the world but they'll still be worthless.",
    ),
    *_t(
        "ref_subs_clause_h",
        HATEFUL,
        "Another lot of {g} joined the group this week and, like the rest of them, they'll bring nothing but filth.",
    ),
    *_t(
        "ref_subs_sent_h",
        HATEFUL,
        "We've had {g} in the parents group before. They are all pathetic and useless.",
    ),
    *_t("ref_subs_sent_h", HATEFUL, "{G}? They shouldn't be allowed anywhere near decent people."),
    # --- negation -------------------------------------------------------------------------------
    *_t(
        "negate_pos_h",
        HATEFUL,
        "Let's be clear: {g} are not intelligent, not trustworthy and not wanted.",
    ),
    *_t("negate_pos_h", HATEFUL, "{G} don't deserve any respect at all."),
    *_t("negate_neg_nh", NOT_HATEFUL, "I don't hate {g}, and nobody in this group should."),
    *_t("negate_neg_nh", NOT_HATEFUL, "It's simply not true that {g} are lazy or dangerous."),
    # --- phrasing -------------------------------------------------------------------------------
    *_t("phrase_question_h", HATEFUL, "Is there anything more worthless than {g}?"),
    *_t(
        "phrase_question_h",
        HATEFUL,
        "Can someone explain why we still let {g} live among decent people?",
    ),
    *_t("phrase_opinion_h", HATEFUL, "In my honest opinion, {g} are inferior and always will be."),
    *_t("phrase_opinion_h", HATEFUL, "i really feel like {gs} are vile creatures tbh"),
    # --- non-hateful group identifiers ----------------------------------------------------------
    *_t(
        "ident_neutral_nh",
        NOT_HATEFUL,
        "I'm {adj} and my daughter was diagnosed with leukaemia in March.",
    ),
    *_t(
        "ident_neutral_nh",
        NOT_HATEFUL,
        "The charity is running a survey on how {g} experience paediatric cancer care.",
    ),
    *_t(
        "ident_pos_nh",
        NOT_HATEFUL,
        "We should be proud of all the {g} who volunteer on the children's ward.",
    ),
    *_t(
        "ident_pos_nh", NOT_HATEFUL, "{G} are brilliant and deserve every bit of support they get."
    ),
    # --- counter-speech -------------------------------------------------------------------------
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "My mum keeps saying \"{g} are all liars\" and I've told her I won't have that talk around my kids.",
    ),
    *_t(
        "counter_quote_nh",
        NOT_HATEFUL,
        "Seeing a comment like 'I hate {g}' on the fundraiser page broke my heart. Deleted it and blocked them.",
    ),
    *_t(
        "counter_ref_nh", NOT_HATEFUL, "It's not okay to call {g} animals, and I'll keep saying so."
    ),
    *_t(
        "counter_ref_nh",
        NOT_HATEFUL,
        "whoever left that nasty comment about {gs} on the hospital page: ur wrong and everybody here knows it",
    ),
    # --- abuse against non-protected targets ----------------------------------------------------
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "Paediatric cancer is the most disgusting, vile thing in the world.",
        "The new infusion chairs are garbage and should all be thrown in a skip.",
    ),
    *_c(
        "target_obj_nh",
        NOT_HATEFUL,
        "cant stand these shitty plastic hospital cups",
        "this printer deserves to be set on fire tbh",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "Nobody in this group wants to hear from you, you attention-seeking moron.",
        "Tom is the most useless, spineless creep I've ever had the misfortune of meeting.",
        "Honestly, Sarah, you're a vile woman and a terrible mother.",
    ),
    *_c(
        "individual_insult",
        HATEFUL,
        "go cry somewhere else, loser",
        "you absolute clown, no wonder the doctors avoid you",
        "shut ur mouth u pathetic little worm",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "Pharmaceutical executives are greedy vultures who'd let kids die for profit.",
        "Politicians are liars who don't care about sick children.",
    ),
    *_c(
        "target_group_nh",
        NOT_HATEFUL,
        "ugh, claims adjusters are useless",
        "hospital administrators can all go to hell",
    ),
    # --- spelling variations --------------------------------------------------------------------
    *_c(
        "spell_char_swap_h",
        HATEFUL,
        "Balck people should all be locked up.",
        "diasbled people are a waste of space",
    ),
    *_c("spell_char_swap_h", HATEFUL, "kill all the immigratns", "womne are too sutpid to vote"),
    *_c("spell_char_del_h", HATEFUL, "immigrnts are parasites", "blck people are subhuman"),
    *_c(
        "spell_char_del_h", HATEFUL, "womn are worthless", "disabld people are a burden on everyone"
    ),
    *_c("spell_space_del_h", HATEFUL, "Muslims are filthyanimals", "gaypeople are disgusting"),
    *_c("spell_space_del_h", HATEFUL, "#immigrantsarescum", "transpeopledisgustme"),
    *_c(
        "spell_space_add_h", HATEFUL, "B l a c k people are animals", "i m m i g r a n t s are scum"
    ),
    *_c(
        "spell_space_add_h",
        HATEFUL,
        "t r a n s people are d i s g u s t i n g",
        "women are s u b h u m a n",
    ),
    *_c("spell_leet_h", HATEFUL, "1mm1gr4nts are v3rm1n", "d1s4bl3d people are a w4ste of sp4ce"),
    *_c("spell_leet_h", HATEFUL, "tr4ns p30pl3 sh0uld b3 sh0t", "k1ll 4ll mu$l1m$"),
]
