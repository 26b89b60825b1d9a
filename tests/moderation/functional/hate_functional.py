# ruff: noqa: E501 (one case per line reads as a table)
"""HateCheck-style functional tests for abuse, written for Hearth from the published taxonomy.

The functionalities follow the taxonomy of Röttger et al. (2021), "HateCheck: Functional Tests
for Hate Speech Detection Models" (derogation, threatening language, slur usage, profanity,
pronoun reference, negation, phrasing, non-hateful group identifiers, counter-speech, abuse
against non-protected targets, spelling variations), plus the abuse Hearth sees aimed at its
members (threats of retaliation, telling a member to leave, mocking grief, text-speak insults
with a masked swear word). Every case was written here in chat registers for Hearth, across
target groups (religion, ethnicity, nationality, gender, sexuality, disability, immigrants);
none is copied from HateCheck's own test cases.

Two differences from HateCheck's labels, from Hearth's policy: an insult aimed at a member is
abuse here even when it names no protected group (a support group protects every member), and
venting at institutions (insurers, hospital billing) is the non-protected-target look-alike.

A case passes when ``abuse`` is raised for a hateful case and not raised for a non-hateful
one (other categories do not count, as in HateCheck's binary scoring).

``TUNE`` may be looked at while changing rules and thresholds. ``HELD_BACK`` was written in the
same sitting, before any result was seen, and must never be used to change anything: its pass
rate is the honest one (``scripts/moderation_functional.py --hatecheck`` prints both; its
``--failures`` lists only TUNE failures).
"""

from __future__ import annotations

from dataclasses import dataclass

HATEFUL = "abuse"
NOT_HATEFUL = "not abuse"


@dataclass(frozen=True)
class HCase:
    functionality: str
    text: str
    label: str  # HATEFUL or NOT_HATEFUL

    def passes(self, raised: tuple[str, ...]) -> bool:
        return ("abuse" in raised) == (self.label == HATEFUL)


def _c(functionality: str, label: str, *texts: str) -> list[HCase]:
    return [HCase(functionality, t, label) for t in texts]


H, N = HATEFUL, NOT_HATEFUL

TUNE: list[HCase] = [
    # --- derogation -----------------------------------------------------------------------
    *_c(
        "derog_neg_emotion",
        H,
        "I hate Muslims so much it's unreal",
        "honestly i can't stand gay people, they make me sick",
        "I despise immigrants, every single one of them",
        "Disabled people disgust me tbh",
        "nothing makes me angrier than seeing Jews anywhere near my kids",
    ),
    *_c(
        "derog_neg_attrib",
        H,
        "Mexicans are filthy and lazy, everyone knows it",
        "women are too stupid to make medical decisions for their kids",
        "Hindus are dishonest, full stop",
        "trans people are all mentally ill perverts",
        "Nigerians are scammers, every one of them",
    ),
    *_c(
        "derog_dehumanisation",
        H,
        "Refugees are vermin and should be treated as such",
        "Muslims are a plague on this country",
        "Gay people are a disease spreading through our schools",
        "those Roma are animals, not people",
    ),
    *_c(
        "derog_implicit",
        H,
        "Funny how every time something gets stolen on the ward there's a Romanian nearby",
        "Of course the Jewish doctor only cares about the bill",
        "If you want your kid's stuff to go missing, room them next to the Somalis",
        "Autistic people shouldn't be allowed to have kids, just saying",
    ),
    # --- threatening language ------------------------------------------------------------
    *_c(
        "threat_direct",
        H,
        "I'm going to hurt every Muslim I see",
        "we'll burn down that mosque next week",
        "I will stab the next gay guy who talks to me",
        "Gonna put a bullet in any immigrant who comes near my house",
    ),
    *_c(
        "threat_normative",
        H,
        "All Jews should be shot",
        "refugees deserve to be drowned before they land",
        "Trans people should be wiped off the face of the earth",
        "Someone should just get rid of all the disabled people, they're a waste",
    ),
    # --- slurs --------------------------------------------------------------------------
    *_c(
        "slur_hateful",
        H,
        "get that f@ggot away from my son",
        "shut up you stupid tranny",
        "too many sp1cs in this hospital",
        "the ward is full of pakis now",
    ),
    *_c(
        "slur_homonym",
        N,
        "we had a fag break outside the clinic, I know I should quit",
        "she brought crackers and cheese for the kids' snack",
        "the bundle of sticks is a faggot in old English, learned that on a quiz show",
    ),
    # --- profanity -------------------------------------------------------------------------
    *_c(
        "profanity_hateful",
        H,
        "fucking Muslims ruin everything",
        "I hate these shitty immigrants so much",
        "gay people are fucking disgusting",
    ),
    *_c(
        "profanity_not_hateful",
        N,
        "fuck yes!! clear scans!!!",
        "holy shit that was a long night on the ward",
        "I'm so fucking tired of waiting rooms",
        "damn, that's a great idea, thank you",
        "this shit is hard but we're still here",
    ),
    # --- pronoun reference ----------------------------------------------------------------
    *_c(
        "pronoun_hateful",
        H,
        "I've met a lot of Pakistanis. They are all liars.",
        "Don't talk to me about trans people, they're freaks.",
        "Some lesbians moved next door. I hope they get what's coming to them.",
        "We have a few Arabs on the ward. I can't stand them.",
    ),
    # --- negation -------------------------------------------------------------------------
    *_c(
        "negated_positive_hateful",
        H,
        "Muslims are not welcome in my country",
        "Black people aren't capable of being good doctors",
        "women will never be as smart as men",
        "I don't think immigrants deserve to be treated like humans",
    ),
    *_c(
        "negated_hateful_not_hateful",
        N,
        "Muslims are not terrorists",
        "I would never say immigrants are a drain, that's just false",
        "Gay people aren't a threat to anyone's kids",
        "I don't hate Jews, why would anyone",
    ),
    # --- phrasing ---------------------------------------------------------------------------
    *_c(
        "phrase_question",
        H,
        "why are all Mexicans so lazy?",
        "Why do Hindus always lie about everything?",
        "Isn't it obvious that disabled people are a burden on everyone?",
        "wht is it with women and being so dumb??",
    ),
    *_c(
        "phrase_opinion",
        H,
        "I think Muslims are a danger to our kids",
        "imo gay people are disgusting",
        "In my opinion refugees are just parasites",
        "tbh i reckon Chinese people are filthy",
    ),
    # --- non-hateful uses of group identifiers -------------------------------------------------
    *_c(
        "ident_neutral",
        N,
        "I'm a Muslim mom of a kid with leukemia",
        "Our neighbours are Polish and they have been so kind",
        "Is there anyone here who is Jewish? looking for advice on kosher hospital meals",
        "My wife is trans and she's been my rock through all of this",
        "as a Black mother I worry about how doctors listen to us",
        "we're immigrants and navigating the insurance system is hard",
        "my son is autistic and hates the MRI noise",
    ),
    *_c(
        "ident_positive",
        N,
        "I love how the Sikh community feeds everyone at the hospital",
        "Gay dads in this group have been the kindest to us",
        "Women are so strong, look at all the moms here",
        "Refugees are some of the bravest people I know",
        "Disabled people have taught me so much about resilience",
    ),
    # --- counter-speech ---------------------------------------------------------------------
    *_c(
        "counter_quote",
        N,
        "Someone on the ward said 'Muslims are terrorists' and I told him to shut up",
        "my uncle keeps saying immigrants are vermin. It makes me so angry",
        "'gay people are sick' is not an opinion, it's bigotry",
        "Saying that women are too stupid to decide is exactly the sexism I'm tired of",
    ),
    *_c(
        "counter_reference",
        N,
        "Hating people for their religion is wrong, full stop",
        "Please don't spread hate about refugees here, they're families like us",
        "Racism has no place in this group",
        "I'm disgusted by the slurs people throw at trans kids",
    ),
    # --- abuse against non-protected targets ------------------------------------------------------
    *_c(
        "target_objects",
        N,
        "I hate this stupid pump, it beeps all night",
        "the vending machine is a piece of crap",
        "fuck this shitty wifi",
    ),
    *_c(
        "target_illness",
        N,
        "Cancer is a monster and I hate it",
        "fuck leukemia, fuck it forever",
        "I want to kill this tumour with my bare hands",
        "die, neuroblastoma, die",
    ),
    *_c(
        "target_institutions",
        N,
        "insurance companies are parasites",
        "hospital billing departments are the scum of the earth",
        "the pharma execs are greedy bastards",
    ),
    # --- spelling variations ---------------------------------------------------------------
    *_c(
        "spell_char_swap",
        H,
        "Muslmis are all terrorists",
        "I hate iMmigrants, thye're vermin",
        "you're a fukcing idoit",
    ),
    *_c(
        "spell_missing_char",
        H,
        "all immigrnts are parasites",
        "ur a dum btch",
        "Jws are greedy, always",
    ),
    *_c(
        "spell_spaces",
        H,
        "m u s l i m s are terrorists",
        "you are a f u c k i n g idiot",
        "i h a t e gay people",
    ),
    *_c("spell_leet", H, "r3fug33s are v3rmin", "u r a st00pid b1tch", "g4y people are d1sgusting"),
    # --- Hearth: abuse aimed at members -------------------------------------------------------------
    *_c(
        "member_threat_retaliation",
        H,
        "Do that again and you'll regret it.",
        "mention my kid one more time and you'll see what happens",
        "you better watch yourself, I know where you live",
        "keep it up and i'll make sure you pay",
        "you're gonna get what you deserve for this",
        "cross me again and you'll be sorry",
    ),
    *_c(
        "member_exclusion",
        H,
        "nobody wants you here",
        "Leave this group, you're not welcome.",
        "just go, no one here will miss you",
        "you should get out of this chat and never come back",
        "we don't want your kind in this group",
    ),
    *_c(
        "member_mock_grief",
        H,
        "lol still crying about your dead daughter?",
        "get over it, your son's been dead for ages",
        "boohoo your kid died, join the club",
        "maybe if you'd been a better mom your kid would still be alive lmao",
    ),
    *_c(
        "member_textspeak_insult",
        H,
        "ur a f*cking moron",
        "stfu ur so dum",
        "u r such a sh*t mom",
        "omg ur an absolute a$$hole",
        "gtfo u stupid b*tch",
    ),
    # --- Hearth look-alikes --------------------------------------------------------------------
    *_c(
        "lookalike_leave_amazing",
        N,
        "get out of here, that's amazing!!",
        "shut up, no way, she rang the bell?!",
        "you'll regret not trying the hospital's pancakes lol",
        "I'm leaving this group for a bit to focus on family",
        "Visitors leave by 8, so we go home then",
    ),
    *_c(
        "lookalike_quote_condemn_member",
        N,
        "someone DMed me 'you'll regret posting this' and I've reported it",
        "a guy at church told me to 'get over it' a month after the funeral. I'm still shaking",
        "My ex texted 'nobody wants you here' to me last night. Blocked.",
    ),
]

HELD_BACK: list[HCase] = [
    *_c("derog_neg_emotion", H, "i genuinely loathe Christians", "Asians make my skin crawl"),
    *_c("derog_neg_attrib", H, "Arabs are violent by nature", "bisexuals are just greedy liars"),
    *_c("derog_dehumanisation", H, "Somalis are cockroaches", "Immigrants are an infestation"),
    *_c(
        "derog_implicit",
        H,
        "Keep your purse close, there's a Roma family in the waiting room",
        "Women doctors are only hired to fill a quota",
    ),
    *_c(
        "threat_direct",
        H,
        "I'll beat up any trans person I find in the bathroom",
        "going to run over those refugees with my truck",
    ),
    *_c(
        "threat_normative",
        H,
        "Muslims should be hanged, all of them",
        "Gay people deserve to be beaten",
    ),
    *_c("slur_hateful", H, "those k1kes run the hospital", "no d*kes in my house"),
    *_c("slur_homonym", N, "I had a bag of crackers for dinner again"),
    *_c("profanity_hateful", H, "bloody foreigners everywhere, get them out"),
    *_c(
        "profanity_not_hateful",
        N,
        "what the fuck, they moved our appointment again",
        "shit shit shit, I forgot her meds at home",
    ),
    *_c(
        "pronoun_hateful", H, "There's a Jewish family on our floor. They're all the same, greedy."
    ),
    *_c(
        "negated_positive_hateful",
        H,
        "I'll never respect a gay man",
        "Disabled people are not worth the money spent on them",
    ),
    *_c(
        "negated_hateful_not_hateful",
        N,
        "Refugees are not criminals, they're fleeing war",
        "I'd never say trans people are sick",
    ),
    *_c("phrase_question", H, "why are Pakistanis such liars?"),
    *_c("phrase_opinion", H, "I honestly believe Black people are less intelligent"),
    *_c(
        "ident_neutral",
        N,
        "We're Hindu, does anyone know if the hospital chaplain covers other faiths?",
        "I'm a lesbian mom and my wife is doing the night shifts",
        "My daughter uses a wheelchair since the surgery",
    ),
    *_c(
        "ident_positive",
        N,
        "The Muslim nurses on night shift are angels",
        "Immigrants keep this hospital running, thank you all",
    ),
    *_c(
        "counter_quote",
        N,
        "he said Mexicans are criminals and I walked out",
        "'disabled kids are a burden' - heard that today and wanted to scream",
    ),
    *_c(
        "counter_reference",
        N,
        "hate against Jews is on the rise and it scares me",
        "please stop posting anti-gay stuff here",
    ),
    *_c("target_objects", N, "this damn printer is useless"),
    *_c("target_illness", N, "I'd murder this disease if I could"),
    *_c("target_institutions", N, "the insurance people are heartless crooks"),
    *_c("spell_char_swap", H, "Hidnus are all liars"),
    *_c("spell_missing_char", H, "refugees are vrmin"),
    *_c("spell_spaces", H, "j e w s are greedy"),
    *_c("spell_leet", H, "mu5l1ms are t3rr0r1sts"),
    *_c(
        "member_threat_retaliation",
        H,
        "say that again and see what you get",
        "you'll pay for that comment, trust me",
        "one more word out of you and you'll find out",
    ),
    *_c(
        "member_exclusion",
        H,
        "no one asked you to be here, go",
        "this group was better before you joined, leave",
    ),
    *_c(
        "member_mock_grief",
        H,
        "imagine making your dead kid your whole personality",
        "cry more, your son's gone and nobody cares",
    ),
    *_c("member_textspeak_insult", H, "ur a dumb f*ck lol", "smh u r a clown"),
    *_c(
        "lookalike_leave_amazing",
        N,
        "shut up!! that's the best news I've heard all week",
        "Get out! You finally got the transplant date?",
    ),
    *_c(
        "lookalike_quote_condemn_member",
        N,
        "Someone told my friend she'd 'pay for it' for posting here. Mods, please look.",
    ),
]
