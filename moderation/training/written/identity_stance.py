"""Praise of identity groups and counter-speech for them, written for Hearth: abuse hard negatives.

Written blind (2026-12-05) by one writer who saw neither the detector nor any test set nor
any published hate-speech suite: ``PRAISE`` (43), warm or admiring words about a group, some
in words that also insult ("fierce as hell", "badass"), some whole-group generalisations;
``COUNTER`` (40), hate rejected, reported, corrected or moderated, often quoting the hateful
claim it condemns. A sentence encoder reads a group's name beside strong feeling as hate; the
blind HateCheck-style set raised 7 of 14 of its positive statements about a group and 7 of 14
of its counter-speech cases before these were trained on. Templates take ``{id}``, ``{Id}``
and ``{a}`` as ``training.identity`` fills them; a template any of whose fillings sits at
``APART`` cosine of a held-back case or closer was dropped unseen (7 of 90).
"""

from __future__ import annotations

PRAISE = (
    "{Id} people rock",
    "I adore the {id} moms in this group, you have carried me through the worst month of my life.",
    "I'm so proud of the {id} families here who keep showing up for each other.",
    "No one works harder than the {id} nurses on our ward.",
    "{Id} moms are fierce as hell and I wouldn't want anyone else in my corner.",
    "damn, {id} nurses are the best, ours stayed past her shift just to hold my son's hand",
    "{Id} people are resilient, kind and funny, and this group is better because of them.",
    "Shoutout to {a} {id} dad in our chemo room who brought coffee for every parent on the floor "
    "today.",
    "welcome to all the {id} families joining us this week, so glad ur here <3",
    "{Id} folks have taught me more about courage than any book ever could.",
    "My daughter's oncologist is {a} {id} woman and honestly she is a genius and a saint.",
    "{Id} communities know how to rally around a sick kid like nobody else.",
    "luv the {id} dads in this chat, u guys make me laugh on the hardest days",
    "Grateful beyond words for the {id} neighbours who cooked for us every night during "
    "transplant.",
    "{Id} kids on our ward are the bravest little warriors, seriously.",
    "Just want to say: {id} people deserve respect, love and a seat at every table, including "
    "this one.",
    "{Id} parents, you belong here. Full stop.",
    "I've never met kinder souls than the {id} volunteers at the family house near our hospital.",
    "The {id} moms group chat saved my sanity last winter. I love you all so much.",
    "{Id} nurses are badass, no other word for it.",
    "so proud to be raising my kids alongside {id} families who show them what strength looks like",
    "Honestly {id} grandmas are the heart of the waiting room, always sharing snacks and stories.",
    "{Id} doctors bring so much wisdom and compassion to pediatric oncology, we're lucky to have "
    "them.",
    "When we got the diagnosis, it was {a} {id} couple from this group who called me first. I'll "
    "never forget that. They held me together when I couldn't.",
    "i cant even explain how much the {id} parents here mean to me, yall are family now",
    "Nobody shows up like {id} folks do. Meals, rides, prayers, babysitting, all of it.",
    "Let's celebrate the {id} members of our community this month! Share a story about someone "
    "who helped you.",
    "{Id} dads are so underrated, the way they advocate for their kids in those meetings is "
    "incredible.",
    "Hell yes, {id} moms! Nobody asks sharper questions on rounds.",
    "The {id} teens on the oncology floor started a card-making club and it's the sweetest thing "
    "I've ever seen.",
    "{Id} people have been nothing but wonderful to my family, every single time.",
    "Massive respect for {id} caregivers. You juggle so much and still smile at everyone.",
    "my fav nurse is {a} {id} guy named Sam and he's an absolute legend",
    "{Id} families bring such warmth to this group, I look forward to your posts every morning.",
    "I used to be so ignorant, but the {id} parents in this group have shown me nothing but "
    "grace. I'm a better person for knowing you. Thank you for being patient with me.",
    "{Id} social workers are the unsung heros of every childrens hospital",
    "Freaking love the {id} community here, you big-hearted goofballs.",
    "{Id} people are beautiful, inside and out. Never let anyone tell you otherwise.",
    "To every {id} parent reading this: you are seen, you are valued, and you are loved.",
    "the {id} aunties at clinic are the bestttt, they adopt every kid in the room lol",
    "Honestly, {id} folks are some of the strongest people on earth. Watching them fight for "
    "their children humbles me daily.",
    "our {id} neighbours mowed our lawn for 6 months while we lived at the hospital. what "
    "absolute angels",
    "{Id} colleagues covered every one of my shifts when my son relapsed, I owe them everything.",
)

COUNTER = (
    "Anyone who says {id} people are animals is a bigot, plain and simple.",
    "My uncle said {id} people should go back where they came from and I walked out of dinner.",
    "{Id} people are NOT a burden on the hospital. They pay taxes and their kids get sick like "
    "ours do.",
    "It's not ok to call {id} people vermin. Not here, not anywhere.",
    "some guy in the clinic lobby told {a} {id} mom her kid's cancer was 'punishment' and I "
    "reported him to security. disgusting.",
    "Saw a comment saying {id} people spread disease. That's a lie and it's exactly the kind of "
    "thing that got people hurt in the past.",
    "Reporting this thread. Calling {id} parents parasites is dehumanising and against the rules.",
    "no, {id} dads are not 'lazy', mine and half the dads on this ward haven't slept in weeks",
    "To the {id} member who got those nasty DMs last night: we see you, we've got you, and the "
    "account is gone.",
    "Wishing death on {id} people is not 'just a joke'. It's a threat and I've flagged it.",
    "The stereotype that {id} parents don't take medical advice is flat-out wrong; the ones I "
    "know read every study they can find.",
    "ppl saying {id} folks are ruining this country need to log off and touch grass tbh",
    "My coworker keeps saying {id} people are 'disgusting' and I finally told HR. Enough.",
    "Please stop sharing that meme about {id} people being criminals. It's hateful and it's false.",
    "I'm sick of hearing that {id} families 'jump the queue' for treatment. They wait exactly as "
    "long as the rest of us.",
    "Having {a} {id} parent doesn't make a kid less deserving of care. Whoever wrote that comment "
    "should be ashamed.",
    "Hate speech like 'all {id} people should be wiped out' will get you banned instantly. We "
    "have zero tolerance.",
    "My neighbor said {id} people shouldn't be allowed to adopt and I told her she's dead wrong.",
    "wtf, someone really posted that {id} nurses are incompetent?? our {id} nurse literally "
    "caught my son's sepsis. reported.",
    "There is no context in which referring to {id} people as subhuman is acceptable. None.",
    "Reminder from the mod team: comments mocking {id} parents or telling them they don't belong "
    "here violate rule 2 and will be removed.",
    "A dad in the waiting room said he didn't want his son near '{id} kids'. I told him cancer "
    "doesn't care who you are and neither should he.",
    "Whoever keeps saying {id} moms are bad mothers: you've clearly never watched one sleep in a "
    "plastic chair for three weeks.",
    "I'm {a} {id} mom and someone here told me my kind isn't welcome. Thank you all for standing "
    "up for me, it meant the world.",
    "Standing with our {id} members today. The hateful posts that went up overnight do not "
    "represent this community.",
    "Grandpa used to say {id} folks were 'not like us'. Took me years to see how wrong and cruel "
    "that was.",
    "Saying {id} families 'should be grateful' for basic healthcare is condescending garbage. "
    "Healthcare is a right.",
    "Threatening {id} people, even online, is a crime in a lot of places. Screenshot it and "
    "report it.",
    "Why do people still claim {id} colleagues only got hired for diversity? Ours is the best "
    "pharmacist in the building.",
    "Nope. {Id} people are not 'taking over' anything. They're just living their lives, same as "
    "you.",
    "The idea that {id} dads can't be trusted with their kids is a vile stereotype and I won't "
    "let it slide in this chat.",
    "Heard a man at the pharmacy say {id} people should be 'kept out' of the children's hospital. "
    "I said something. We all should.",
    "Deleted: a comment calling {id} people a plague. Please use the report button if you see "
    "anything like this.",
    "{Id} parents do not need to 'prove' they love their kids. Nobody here does.",
    "ugh my SIL said {id} people are 'freaks' at thanksgiving and i'm still shaking. not in my "
    "house, not around my kids.",
    "There's nothing funny about 'jokes' that say {id} kids are worth less. Cut it out.",
    "Let's be clear: nobody gets to tell {a} {id} family they don't belong in this group. You "
    "belong here as much as anyone.",
    "If someone says {id} people brought their troubles on themselves, call it what it is: hate.",
    "I was the one who flagged the post saying {id} people should be sterilized. I'd do it again. "
    "That's eugenics talk and it's evil.",
    "Talked to our hospital chaplain after someone said {id} patients are a 'drain on resources'. "
    "She's bringing it to the ethics board. Those kids matter.",
)
