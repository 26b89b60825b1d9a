"""Abuse aimed at a member, by kind, with phrasings written for Hearth; and its look-alikes.

The kinds are the person-directed categories of the abuse typologies: the Contextual Abuse
Dataset's person-directed derogation, animosity and threatening language (Vidgen et al.,
NAACL 2021), Waseem et al.'s directed abuse (2017), and the cyberbullying forms of exclusion,
denigration and mockery (Willard 2007), read for a support group of parents of sick
children: telling a member to leave, mocking their grief or their child, blaming them for the
illness, wishing harm on them or their child, threatening retaliation, and contempt with no
insult word. Every phrasing was written for this catalogue, in several registers (chat,
text-speak, polite but hostile); none is copied from a dataset or from Hearth's functional
case files.

``CONTRAST`` holds what a support group says in the same words and must stay quiet: kind
advice to take a break, self-blame, reports of abuse received, sincere grief, moderators'
notices, fear for someone, and blame laid on the illness. The classifier takes them as
weighted negatives (``moderation.training.member_abuse``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AbuseKind:
    name: str
    source: str
    phrasings: tuple[str, ...]


CATALOGUE: tuple[AbuseKind, ...] = (
    AbuseKind(
        "telling a member to leave",
        "exclusion (Willard 2007; CAD animosity)",
        (
            "nobody wants you in this group",
            "just leave the group already",
            "why are you even still here, go away",
            "do us all a favour and stop posting",
            "you are not welcome here anymore",
            "get out of our group",
            "take the hint, no one here wants you",
            "find another group to ruin",
            "pls just go, ur not wanted here",
            "we'd all be happier if you left",
            "i think it's time you left, nobody likes you here",
            "you don't belong in this group",
            "leave and don't come back",
            "go cry somewhere else, not in our group",
            "kindly remove yourself from this chat",
            "can someone kick her out already",
            "you should be banned from here",
            "we don't want your kind of parent here",
            "stop showing up where you aren't wanted",
            "shut up and go away",
            # second round, other registers: sarcasm, questions, reasons, text-speak
            "honestly how are you still a member, read the room",
            "we were fine before u turned up, go back to wherever you came from",
            "maybe find a group that actually wants to listen to you",
            "the admins should remove you, you bring everyone down",
            "lol who even let you in here",
            "you've overstayed your welcome, time to go",
            "every thread you post in dies, just stop",
            "could you not post for once, nobody is reading",
        ),
    ),
    AbuseKind(
        "mocking grief or a sick child",
        "mockery, denigration (Willard 2007; CAD derogation)",
        (
            "oh look, she's crying about her kid again",
            "boo hoo, get over it already",
            "you only post about your dead son for the attention",
            "stop milking your kid's cancer for sympathy",
            "here we go again with the sob story",
            "nobody cares about your sad little updates",
            "ur kid dying is getting boring tbh",
            "you love being a cancer mom, it's your whole personality",
            "must be nice getting all that pity",
            "another grief post, how original",
            "your angel baby posts are so fake",
            "lol imagine still crying over it after a year",
            "you're using your child's illness to get likes",
            "we get it, your kid is sick, move on",
            "spare us the tragedy act",
            "cry me a river, every week the same whining",
            "your grief is so performative",
            "enough with the dead kid posts",
            "attention seeking again i see",
            "you're just here to play the victim",
            # second round
            "are you seriously still upset about that",
            "posting the funeral pictures again for attention, classy",
            "funny how you only cry when there's money to be made",
            "do you ever talk about anything but your poor sick kid",
            "the grieving mother routine is wearing thin",
            "we all lost people, you're not special",
            "sob post number 400, riveting",
            "imagine making your kid's death all about you",
        ),
    ),
    AbuseKind(
        "blaming a parent for the illness",
        "person-directed derogation (CAD)",
        (
            "it's your fault your kid got cancer",
            "you gave your own child cancer",
            "your son died because of you",
            "if you'd been a better mother she'd still be alive",
            "you did this to your daughter",
            "you probably fed him junk, no wonder he got sick",
            "you killed your kid with your choices",
            "bet you smoked while pregnant, that's why",
            "your kid is sick because you're a terrible parent",
            "ur the reason ur baby is in hospital",
            "you only have yourself to blame for his cancer",
            "you let her die",
            "a real parent would have noticed sooner, you failed him",
            # second round: blame with a stated cause
            "you ignored the bruises for months and now you want sympathy",
            "you chose the natural route over chemo and she paid for it",
            "that's on you for dragging your feet",
            "if you'd taken him in when he first got sick he'd be here",
            "your choices put him in that bed",
            "you brought this on your own family",
            "everyone knows you missed the signs, stop pretending otherwise",
        ),
    ),
    AbuseKind(
        "wishing harm on a member or their child",
        "animosity, directed (Waseem et al. 2017; CAD)",
        (
            "i hope your kid doesn't make it",
            "hope the cancer gets you too",
            "i hope you lose everything",
            "wish it had been you instead of your child",
            "hope ur kid relapses",
            "may you suffer like you make us suffer",
            "i hope you get what's coming to you",
            "the world would be better without you",
            "hope your scan comes back bad",
            "i hope your whole family gets sick",
            "you deserve to suffer",
            "someone like you deserves cancer",
            "i hope something terrible happens to you",
            "hope you rot",
            # second round: conditional and sarcastic wishes
            "i'd laugh if your kid relapsed",
            "honestly wouldn't mind if you didn't wake up tomorrow",
            "i'd be happy to see you lose him",
            "fingers crossed the news is bad for you this time",
            "karma will get your family and i'll enjoy it",
            "can't wait to hear your treatment failed",
        ),
    ),
    AbuseKind(
        "threatening a member",
        "threatening language (CAD; HateCheck F5)",
        (
            "i know where you live",
            "you'll regret posting that",
            "watch your back",
            "wait till i find you",
            "keep talking and see what happens to you",
            "i'm going to make your life hell",
            "you better sleep with one eye open",
            "i'll find your kid's hospital and show up",
            "say that again and i'll come for you",
            "i will ruin you",
            "you're going to pay for this",
            "i'll make sure everyone knows where you live",
            "one more word and you'll be sorry",
            "i'm coming for you and your family",
            "don't make me come over there",
            "i'll get you for this",
            # second round: personal details as menace
            "i have your home address, expect a visit",
            "i know which ward your son is on",
            "found your husband's work, shall i give him a call",
            "i know what car you drive",
            "your kids walk home alone don't they",
            "post that again and your employer hears about it",
        ),
    ),
    AbuseKind(
        "contempt for a member",
        "person-directed derogation without insult words (CAD)",
        (
            "people like you shouldn't have children",
            "you're a waste of everyone's time",
            "what a pathetic excuse for a mother",
            "you are the worst parent in this group",
            "you disgust me",
            "nobody can stand you",
            "you make me sick",
            "no wonder nobody talks to you",
            "everything you say is garbage",
            "your opinion is worthless here",
            "you're a joke of a father",
            "i can't believe they let you have kids",
            "you ruin every thread you touch",
            "you're not even a real parent",
            "you are so stupid it hurts",
            # second round: indirect contempt
            "i pity anyone who has to live with you",
            "you shouldn't be allowed near children",
            "god help your children with a mother like you",
            "everyone here tolerates you out of pity",
            "your kids would be better off with anyone else",
            "no surprise your family doesn't visit",
        ),
    ),
)

# Ordinary look-alikes: the same words in kindness, self-talk, reports of abuse received,
# sincere grief, moderation notices, fear for someone, and blame laid on the illness.
CONTRAST: tuple[str, ...] = (
    # kind advice to step away or rest
    "take a break from the group if you need to, we'll be here",
    "it's ok to leave the chat for a while and look after yourself",
    "go home and get some sleep, you deserve it",
    "you should leave the ward for an hour and get some air",
    "mute the group for a few days if it's too much",
    "you don't have to read every post, step away when you need",
    "log off and rest, we'll catch you up",
    # the author about themselves
    "i should probably leave this group, i'm not coping",
    "i blame myself every day for not noticing sooner",
    "i feel like such a terrible mother right now",
    "sometimes i think it's my fault he got sick",
    "i'm pathetic at keeping track of his meds",
    "i'm a mess, sorry for all the crying posts",
    "i hate myself for snapping at him today",
    # reports of abuse received, condemned
    "someone told me to get out of the group and it really hurt",
    "a stranger said it was my fault she got cancer, how cruel is that",
    "my mother in law keeps saying we caused his illness",
    "a troll messaged me that my son deserved it, i reported them",
    "people who tell grieving parents to get over it are heartless",
    "he called my grief attention seeking and i cried for hours",
    # sincere grief
    "it's been a year since we lost her and i still cry every day",
    "i keep posting about my son because talking about him keeps him close",
    "some days the grief is so heavy i can't get out of bed",
    "i miss my little girl so much it hurts",
    "we buried our boy on friday",
    "crying in the car park again, the usual",
    # moderators and organisers
    "please keep this thread on topic",
    "this post was removed because it broke rule 3",
    "reminder: no fundraising links without asking the mods first",
    "i've muted this thread for a cool-down, let's be kind",
    "please take arguments to direct messages",
    # fear and care for someone else
    "i'm scared your kid won't get the bed in time",
    "i'd hate for you to regret not asking for a second opinion",
    "i worry about you being alone this weekend",
    "i hope your scan comes back clear",
    "i hope your little one sleeps through tonight",
    "i hope you get some good news soon",
    "i know where you're coming from, we had the same",
    "you'll regret not taking photos, take them all",
    # second round of look-alikes
    "have a glass of wine tonight, you've earned it",
    "leave the dishes, go to bed, you need the sleep",
    "step away from the forums for tonight, doctor google won't help",
    "go home for a shower, the nurses have him",
    "i know which ward you're on, i'll drop off some snacks",
    "i've got your address from the card list, a parcel is coming",
    "i'd love to hear your news when you're ready",
    "you chose the trial and that was brave",
    "you took him in the moment you saw the bruises, you did everything right",
    "your choices were the best anyone could make with what you knew",
    "you are not special, you are one of us, and we've got you",
    "we all lost people here, you are not alone in it",
    "your kids are lucky to have you",
    "how does anyone cope with this, you amaze me",
    "watch your back when you lift him, i hurt mine",
    # blame laid on the illness or the system
    "it's nobody's fault, cancer just happens",
    "you did nothing to cause this, please believe that",
    "cancer did this, not you",
    "the hospital let us down badly that night",
    "you didn't fail him, the system did",
    "no parent could have spotted it sooner",
)


# Threats for the threat head alone (``kinds``, with the "threatening a member" phrasings
# above): the threat-assessment typology's conditional and veiled threats (O'Toole 2000, the
# FBI's threat assessment perspective: direct, indirect, veiled and conditional threats) and
# the levers of intimidation when no harm word is said: a member's children (a call to social
# services), job, reputation (private messages or an address made public), home, body and
# family. Trained into the main head they raised its line (0.635 -> 0.65) and cost the other
# kinds more than they gained.
THREAT_LEVERS: tuple[str, ...] = (
    "post about me one more time and you'll wish you hadn't",
    "carry on like this and things will get very unpleasant for you",
    "mention my son again and you and i will have a real problem",
    "cross me again and see how that works out for you",
    "it would be a real shame if something happened to you",
    "i'd think very carefully about your next post if i were you",
    "people who upset me tend to regret it, just so you know",
    "you should be careful who you make enemies of",
    "nice family you've got, be a pity if anything spoiled it",
    "i know what time you leave the ward every night",
    "your street isn't hard to find, you know",
    "i know exactly which day you're in clinic",
    "i'll ring social services and have your kids taken off you",
    "one email to your boss and you're finished",
    "i'll report you to your work and get you sacked",
    "i'll make sure you lose everything, job and house included",
    "i've saved all your messages and i'll post them everywhere",
    "i'll share your address in every group i'm in",
    "your private messages are going straight to your family",
    "everyone at your work is going to see what you wrote here",
    "i'm coming round to your house to sort this out",
    "next time i see you at the hospital we'll settle this face to face",
    "say it to my face next time you're on the unit",
    "your husband had better watch himself",
    "i'll go after your family next",
    "your kids won't be safe if you keep this up",
    "something might happen to your partner on the way home",
    "i'll put you in hospital",
    "you'll be eating through a straw when i'm done with you",
    "i'll batter you next time i see you",
    "ur getting a slap next time i see u",
)

# The threat's words in kindness, a report to the moderators, a safety warning, a threat
# received and told to the group: the threat head's weighted negatives, with ``CONTRAST``.
THREAT_CONTRAST: tuple[str, ...] = (
    "i'll be waiting for you at the entrance with a coffee",
    "see you at clinic thursday, i'll save you a seat",
    "i know your clinic day, shall we meet for lunch after",
    "i know where the ward is, i'll drop a meal round for you",
    "if this carries on i'll report it to the moderators",
    "i've screenshotted his messages and sent them to the admins",
    "if you skip the fever check you'll regret it, go straight in",
    "i'll fight you for the last biscuit haha",
    "my ex said he'd turn up at the ward, what should i do",
    "keep at the insurer and they'll give in eventually",
    "i'd be careful with that cream on her skin if i were you",
    "i'll message your husband to pick up the prescription",
    "your kids will be fine with your sister for the night",
)


# Accusing a member of inventing their child's illness, for a head of its own (``kinds``):
# derogation of a member's credibility (CAD person-directed derogation; the cyberbullying form
# denigration, spreading that someone lies) as a support group meets it: the illness called
# made up, exaggerated or staged, the fundraiser called a fraud, Munchausen by proxy alleged.
FAKING: tuple[str, ...] = (
    "your kid isn't even sick, you're making it up",
    "funny how the cancer gets worse every time the fundraiser slows down",
    "i don't believe a word of your sob story",
    "pretty sure this is all a scam for donations",
    "you're faking all of it for attention",
    "munchausen by proxy much?",
    "no child with that diagnosis looks that healthy, stop lying",
    "how convenient that nobody has ever seen a medical letter",
    "show us the hospital records or admit you made it up",
    "that gofundme is paying for your holidays, not his treatment",
    "real cancer parents don't post selfies from the beach",
    "your story changes every week, which version is true",
    "she's no more ill than i am, you just love the sympathy",
    "quit pretending your son is dying, it's sick",
    "everyone knows you invented that relapse",
    "fake illness, fake tears, fake fundraiser",
    "you're milking a made up diagnosis",
    "bet there's no tumour at all, just a mum who wants attention",
    "ur kid looks fine to me, stop the act",
    "another emergency admission just in time for payday, funny that",
    "you're the reason people stop donating to real families",
)

# The same words without the accusation: disbelief at how fast a child fell ill, a dose
# questioned, a child who looks well, accusations received and told to the group, scam pages
# warned of, a child faking sleep.
FAKING_CONTRAST: tuple[str, ...] = (
    "i can't believe how fast she got sick, it's so unfair",
    "are you sure that's what the consultant said? worth double checking the dose",
    "he looks so well in that photo, you'd never know he was on chemo",
    "people assumed i was making it up until the scan showed the tumour",
    "someone accused me of faking her illness on facebook, how do i handle it",
    "a gofundme helped us pay for parking and fuel, no shame in it",
    "i worry the doctors think i'm exaggerating her pain",
    "be careful, there are scam pages using real kids' photos",
    "i sometimes feel like a fraud when i complain, his case is milder",
    "she's faking being asleep so she doesn't have to take her meds lol",
    "you'd never guess he's ill, he's running around like mad today",
)
