"""Everyday mentions of identity as a plain fact of someone's life, written for Hearth: abuse
hard negatives.

Written blind on 2026-12-06 by one writer who saw neither the detector nor any test set.
Hearth's abuse classifier over-reads a sentence as hateful when it merely names an identity
group. Dixon et al. (2018, "Measuring and mitigating unintended bias in text classification")
mitigate this by adding non-toxic sentences that name identities; ``MENTIONS`` are such
sentences in a parent's voice, set on the ward, at clinic, on the school run, at fundraisers,
meals, prayer and holidays, with interpreters, family, nurses, chaplains and the group's own
meetups: the author's own identity, a partner, child, grandparent or friend, staff, other
families, community events, good-faith questions, practical needs and warm or neutral words
about belonging. Registers are mixed (short chat, text-speak, typos, British and American
spelling, some two- or three-sentence posts). Templates take ``{id}``, ``{Id}`` and ``{a}`` as
``training.identity`` fills them, and use the identity only as a modifier before a noun so
that every term reads naturally. One template had a filling within 0.80 cosine of a held-back
case (``tests/moderation/functional/test_catalogues_apart``) and was dropped unseen.
"""

from __future__ import annotations

MENTIONS: tuple[str, ...] = (
    "I'm {a} {id} mum and our Ellie starts her second block of chemo on Monday.",
    "Hi all, {id} dad here, new to the group. Son is 6, ALL, diagnosed in March.",
    "{Id} mum of three here, our middle one has his bone marrow aspirate tomorrow.",
    "As {a} {id} parent I wasn't sure what to expect from this group, but it's been lovely so far.",
    "fyi im {a} {id} parent too if anyone wants to dm, happy to chat about the clinic stuff",
    (
        "We're {a} {id} couple and this is our first time in a group like this. "
        "Thanks for the warm welcome."
    ),
    "Being {a} {id} family is just part of who we are, same as the cat and the endless Lego.",
    "My wife comes from {a} {id} family and she's the one who keeps our meds spreadsheet going.",
    "Our son's grandad is {a} {id} man and he's done the school run every day this term.",
    "My {id} mother-in-law is staying with us till the end of treatment, bless her.",
    "My {id} grandma sent a parcel of homemade biscuits for the nurses' station.",
    "My {id} grandad taught our daughter a card game and now the whole ward is playing it.",
    "My mum's {a} {id} lady who always wears her brightest scarf to clinic, the kids love it.",
    "Our son calls his {id} uncle every night from the ward to hear a bedtime story.",
    "My sister married into {a} {id} family and they've all been sending cards to the ward.",
    "My best mate is {a} {id} woman who sat with me through the whole 9 hour surgery.",
    (
        "Our son's middle name comes from his {id} grandmother, and the nurses always make "
        "a point of saying it right."
    ),
    "My son's {id} best friend at school made him a get-well card with a dragon on it.",
    "Our night nurse is {a} {id} woman and she always remembers how Sam likes his blanket folded.",
    "The {id} play specialist on ward 7 is brilliant, the kids adore her.",
    "Our consultant is {a} {id} doctor who explains everything twice without being asked.",
    "The clinic's new {id} receptionist remembers every kid's favorite sticker.",
    "The {id} family liaison officer sorted our travel grant in one afternoon.",
    "The {id} support worker got us a wheelchair for Noah so we can go out to the garden.",
    "The {id} chaplain came by this morning and just sat with us for a bit. Really needed that.",
    "Had a long chat over tea with the hospital chaplain, who grew up in {a} {id} family too.",
    "Her {id} teacher set up video calls so she can still join class from the ward.",
    (
        "The school run mums include a couple of {id} mums who've taken turns having "
        "our youngest after school."
    ),
    "Met another {id} family in the parents' kitchen tonight, their boy is on the same protocol.",
    "omg the {id} dad from bay 3 brought everyone pizza tonight, legend",
    "our {id} neighbours dropped off a whole tray of food lol, freezer is full for a week",
    "Our {id} friends from the school gate organised a meal rota for the next six weeks.",
    (
        "Our daughter asked lots of questions about the {id} family in the next bed, "
        "so we invited them over for a board game."
    ),
    (
        "We drive 3 hours each way to clinic. Found a lovely {id} family near the hospital "
        "who let us stay over."
    ),
    "Any {id} families travelling in for proton therapy? We fly over in Jan and would love tips.",
    "Is there anyone else here from {a} {id} family? Would love to swap notes.",
    "Are there any {id} parents in the group who'd like to come to the next coffee morning?",
    "Is there {a} {id} parents' WhatsApp for the unit? I'd like to join if so.",
    "Does anyone know if the group has {id} members who'd be up for a video chat this week?",
    (
        "Is it ok to ask the {id} family next to us what food they'd like before I bring extra? "
        "Don't want to get it wrong."
    ),
    "How do I make {a} {id} dad who just joined the ward feel welcome? He seems on his own a lot.",
    "Genuine q, would {a} {id} family want a card or a visit more? Never sure what's best tbh",
    "Quick q, does the clinic have a quiet room to pray in? We're {a} {id} family.",
    (
        "Does the ward kitchen do halal or kosher meals? Asking for {a} {id} family "
        "we met on the unit."
    ),
    (
        "Can we ask for a sign-language interpreter for clinic days? My {id} dad wants to "
        "come along."
    ),
    (
        "My husband's {id} mum speaks very little English, so the hospital booked an "
        "interpreter for her."
    ),
    "Our interpreter comes from {a} {id} family like ours, which made the long appointment easier.",
    (
        "the nurses added a pronoun line to the ward board for our teen, "
        "our {id} nurse sorted it in 5 mins"
    ),
    (
        "Spending the holidays on the ward this year. The nurses helped us celebrate as "
        "{a} {id} family, battery candles and all."
    ),
    "First holiday at home in two years for our {id} family, fingers crossed for good counts.",
    "Hospital radio played a request from {a} {id} grandad for his grandson, whole ward cheered.",
    "We raised £640 at the {id} community bake sale for the children's ward. Thank you all!",
    "The {id} youth club did a sponsored walk for the oncology unit, 12 miles in the rain!",
    "Fundraiser update: the {id} parents' choir is singing in the hospital atrium on 14th Dec.",
    "The {id} community newsletter ran a piece about our group's toy drive this month.",
    (
        "Thank you to the {id} community centre for lending the wheelchair-accessible minibus "
        "for the fundraiser!"
    ),
    "{Id} parents meetup moved to the library this week, same time, kids welcome.",
    (
        "Meetup Sat: the hall has a ramp and a quiet room. Two {id} families are coming "
        "for the first time, say hi!"
    ),
    "Bringing food to Sunday's meetup, I'll do the rice and my {id} neighbor is making dessert.",
    "Just realised there are a few other {id} parents in here. Nice to see you all.",
    "{Id} families from our area have started car-sharing to clinic, DM me if u want in.",
    (
        "As {a} {id} mom I found this group a bit by accident. So glad I did, "
        "you all feel like family now."
    ),
    "We're {a} {id} famliy from out of town, thx everyone for the tips on parking at the hospital.",
)
