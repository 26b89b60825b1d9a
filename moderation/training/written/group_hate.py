"""Hand-written templates for implicit abuse aimed at a protected group, and look-alikes.

Written blind on 2026-12-06 by one writer who saw neither the detector nor any test set nor
any published hate-speech test suite. Every sentence was composed from scratch for Hearth, a
moderation bot for peer-support groups of parents of children with cancer.

ABUSIVE holds templates that attack, demean, exclude or threaten a protected group, mostly
without slurs or obviously toxic words: stereotypes told as generic claims, inferiority
language, majority grievance, irony and sarcasm, insinuation with no group named, exclusion
and incitement, dehumanising comparison and veiled threats.

LOOKALIKE holds templates of the same shapes and vocabulary that are not abuse: positive or
neutral generic claims about a group, neutral facts and logistics, questions asked in good
faith, reports of discrimination and counter-speech quoting a stereotype to reject it,
complaints about one person, the hospital, the system or cancer that name no group, sarcasm
aimed at the illness or the system, and self-identification.

Typologies used:
- ElSherief et al. 2021, "Latent Hatred" implicit-hate categories: white/majority
  grievance, incitement, inferiority language, irony, stereotypes and misinformation,
  threatening and intimidation.
- Waseem et al. 2017: explicit/implicit x directed/generalised abuse.
- Vidgen et al. 2021, Contextual Abuse Dataset: identity-directed derogation, animosity,
  dehumanisation, threatening.
- Sap et al. 2020, Social Bias Frames: implied statements.

Placeholders, filled with str.format: {id} is a lowercase identity adjective (for example
"muslim", "polish", "gay", "black", "disabled", "immigrant", "jewish", "trans", "romanian",
"catholic"), {Id} is the same word capitalised at the start of a sentence, and {a} is "a" or
"an" as needed before {id}. Templates without a placeholder are used as they stand.

Four templates (two of each tuple) had a filling within 0.80 cosine of a held-back test case
(``tests/moderation/functional/test_catalogues_apart``) and were dropped unseen: 140 and 138
remain.

A second round of 81 look-alikes of ordinary grievance and wish shapes was written by the
same method on 2026-12-06, blind, as ``LOOKALIKE_ROUND2``. Trained with them the head raised
more neutral mentions of groups and twice as many emotional-support turns, so the shipped head
is trained on ``ABUSIVE`` and ``LOOKALIKE`` only (README).
"""

from __future__ import annotations

ABUSIVE: tuple[str, ...] = (
    # Stereotypes told as generic claims about a group's character or behaviour.
    "{Id} families take over every waiting room they walk into.",
    "{Id} parents are always the ones fiddling the parking permits.",
    "Never met {a} {id} dad who didn't try to scrounge something off the ward.",
    "All {id} families care about is what they can claim, not the kid in the bed.",
    "Honestly {id} people just don't value their kids the way the rest of us do.",
    "{Id} mums are always the loudest in the parents' kitchen and never wash a single cup.",
    "tbh {id} families r always the dirtiest on the ward, u can smell the bay b4 u see it",
    (
        "{Id} parents lie about everything, I wouldn't believe a word they say about their kid's "
        "symptoms."
    ),
    "You can't trust {id} people with the fundraising tin, it's just how they are.",
    "{Id} dads are aggressive by nature, every nurse on oncology knows it.",
    "{Id} families are only here for the free treatment and the benefits.",
    "{Id} people are so backward they'd rather pray over a kid than let the doctors do their job.",
    "Typical {id} family, jumping the queue for the playroom again 🙄",
    "the {id} community are all fanatics, no point reasoning with any of them",
    "{Id} moms at our pediatric clinic never show up on time, it's a cultural thing with them.",
    "{Id} mums dont even sit with thier kids during chemo, they just dump them on the nurses",
    "That lot are scroungers, always have been, always will be.",
    (
        "Day 3 of cycle 2 and we've been moved next to {a} {id} family. You know what they're "
        "like, shouting on the phone all night and food everywhere. Poor nurses."
    ),
    # Inferiority language: less intelligent, less civilised, unfit to parent, foster or work.
    "{Id} people just aren't as bright, you can see it when the consultant explains anything.",
    "{Id} parents shouldn't be allowed to foster, full stop.",
    "Why are {id} people even allowed to adopt? A sick kid needs proper parents.",
    "{Id} nurses shouldn't be allowed on a children's ward, they're not fit for it.",
    "Let's be honest, {id} people are less civilised than the rest of us.",
    "{Id} couples aren't real parents, whatever the forms say.",
    "I don't want {a} {id} teacher anywhere near my son's hospital school.",
    "{Id} people have a lower IQ on average, it's just science, stop pretending.",
    "Can't expect {id} parents to understand a treatment plan, it's beyond them.",
    "the {id} community is a bit primitive tbh, explains a lot about how they raise their kids",
    "{Id} mums are basically children themselves, they can't be trusted with medical decisions.",
    "It's not bigoted to say {id} families are less evolved, it's just what you see on the ward.",
    "Some people are born to parent and some aren't. {Id} people aren't.",
    "{Id} dads shouldn't get a say in treatment decisions, they don't have the brains for it.",
    "Honestly {a} {id} person shouldn't sit on the ethics board, they can't think like us.",
    "Those people can barely look after themselves, never mind a child on chemo.",
    "Their kind aren't capable of running a charity properly.",
    # Majority grievance and resentment: 'they' get things before 'us', 'we' pay for 'them'.
    "Funny how {id} families get the parent rooms first while the rest of us sleep in chairs.",
    (
        "We pay for their interpreters, their special meals, their prayer rooms, and what do we "
        "get? Nothing."
    ),
    "The charity grant went to {a} {id} family again. Apparently normal families don't count.",
    "{Id} parents get everything handed to them and we're the ones paying for it.",
    "ur more likely to get a grant if ur {id} these days, sad but true",
    "The hospital bends over backwards for the {id} community and forgets its own people.",
    "Our taxes, their free treatment. Nobody's allowed to say it though.",
    "Ever notice how the {id} families always get the side rooms? Our kids are just as sick.",
    "It's our fundraising paying for their families' hotels, and nobody asked us.",
    (
        "We've waited six weeks for a family support worker, but {a} {id} family gets one the day "
        "they arrive."
    ),
    "Native families are second-class on this ward now.",
    "Why does the {id} community get its own support group when ours gets called divisive?",
    "Every penny the council gives out goes to {id} families. The rest of us can whistle.",
    "We built this ward with our bake sales and now it's run for them.",
    "Real locals can't get a parking permit but {id} families get two each 🙄",
    (
        "Long post sorry. Applied to the family fund three times, rejected three times. Mum in our "
        "bay is {id}, applied once, got it in a week. Draw your own conclusions."
    ),
    "We pay the insurance premiums, they get the charity care. Make it make sense.",
    "Interpreters for them, a leaflet for us. Says it all about who this hospital cares about.",
    # Irony and sarcasm about a group.
    "oh great, another {id} family on the ward, can't wait for the noise",
    "Lovely, {a} {id} family in the next bed. Guess I'll be sleeping with my handbag then.",
    "Wow, {a} {id} dad who actually turned up to a clinic appointment, alert the press.",
    "So proud of our hospital for hiring yet another {id} nurse, what could possibly go wrong 🙄",
    (
        "Brilliant, the {id} community are running the fundraiser. Can't wait to see where the "
        "money ends up."
    ),
    "Ah yes, {id} parenting: leave the kid with the nurses and go out for a smoke.",
    "Shocked, SHOCKED I tell you, that the {id} family didn't clean up the kitchen.",
    "Can't wait for the {id} families to teach us all about hygiene 😂",
    "Oh look, {a} {id} mum complaining about the wait. Must be a day ending in y.",
    "Such a surprise the playroom got trashed right after the {id} kids were in. Total mystery.",
    "Love how {id} people are always just asking for a bit more help. Every single week.",
    "Great news everyone, the {id} family discovered the free parking vouchers 🙃",
    "Diversity is our strength, which is why I now need an interpreter to talk to bay 2.",
    "Yeah because {id} families are famous for following the rules 🙄",
    "What a shock, the charity that helps {id} families has sixty percent admin costs.",
    "Clearly what this group needed was more {id} parents. Said no one ever.",
    "Oh how lovely, they've put a second prayer room in. Nothing for the kids, obviously.",
    "Enriching, isn't it? Can't hear myself think on the ward anymore.",
    # Insinuation with no group named, and rhetorical questions.
    "Certain families on this ward know exactly how to work the system, and it isn't us.",
    "You know exactly who I mean. Same lot every time.",
    "Funny how it's always the same lot who leave the parents' kitchen in a state.",
    "Not naming names but a certain community seems to think the rules don't apply to them.",
    "Ask yourself why the grants always go to the same kind of family.",
    "Some people come to this country and expect everything for free. Just saying.",
    "I'm not saying anything, I'm just saying look at who's in every side room.",
    "Why is it that whenever something goes missing from the ward, it's when they're around?",
    "We all know which families to keep our kids away from in the playroom, don't we.",
    "Notice how nobody's allowed to talk about who actually uses up all the interpreters' time?",
    "Their sort always find a way to get to the front of the queue.",
    "Doesn't take a genius to work out why the ward smells like that since last week.",
    "Some of us were born here and some of us just act like we own the place. I'll leave it there.",
    "Is it just me or has this group changed since a certain crowd started joining? 🤔",
    "funny how u never see a certain type of dad fundraising, only collecting",
    "Those people know exactly what they're doing. Don't be naive.",
    "I'll just say the word cultural and let everyone fill in the rest.",
    "Why does every problem on this ward seem to come from one particular direction?",
    (
        "Day 40 inpatient. Won't say who, but one kind of family has taken over the whole corridor "
        "and the staff are too scared to say anything. You all know."
    ),
    # Exclusion and incitement.
    "Ban {id} families from the parents' lounge and you'd solve half the problems.",
    "Send them back where they came from and give the beds to our kids.",
    "Don't let {id} people near our kids in the playroom, I'm serious.",
    "Whatever you do, don't donate to the {id} family's fundraiser.",
    (
        "Admins, can we please stop letting {id} people join? This is a support group, not a "
        "charity for them."
    ),
    "The ward would be better off without {id} families, plain and simple.",
    "Everyone should report the {id} mum's fundraising page as fake until it gets taken down.",
    "Don't sit with the {id} parents at the coffee morning, let them get the message.",
    (
        "If you see {a} {id} family in the queue for the charity hamper, tell the volunteers. They "
        "don't need it."
    ),
    "Boycott any charity that helps {id} families. Our money, our kids.",
    "We should all write to the trust demanding they stop hiring {id} nurses.",
    "Keep {id} kids out of the hospital school, ours have been through enough.",
    "Kick them all out of the group and we'd finally have some peace.",
    "No more interpreters, no more special meals. If they can't fit in, they can go home.",
    "Freeze them out at the fundraiser. Nobody talk to them and they'll stop coming.",
    "Please don't give the {id} community a single penny from the raffle.",
    "This should be a group for our families only. You know who I mean. Let's keep it that way.",
    # Dehumanising comparison without slurs.
    "{Id} families swarm the hospital canteen like locusts.",
    "{Id} people breed like rabbits and then wonder why their kids get sick.",
    "It's an infestation, {id} families in every bay now.",
    "{Id} people are parasites on the health service.",
    "They live like animals in that family room, I've seen it.",
    "The {id} community spreads through a hospital like a disease.",
    "{Id} dads are more animal than human when they lose their temper.",
    "Ward 7 has turned into a zoo since the {id} families arrived.",
    "Like vermin, you get one {id} family in and the rest follow.",
    "They multiply every time I visit the oncology day unit.",
    "{Id} mums just churn out more kids for the benefits, it's what they do.",
    "Feels like we're being overrun. Every week there's more of them in the waiting room.",
    "You wouldn't let a pack of dogs run a charity, so why let {id} people?",
    "{Id} families are a cancer on this ward, and believe me, I know what cancer looks like.",
    "Treat them like the pests they are and they might learn.",
    "the {id} lot r like cockroaches, u cant get rid of them",
    # Veiled threats against a group.
    "{Id} families should be careful walking to the car park at night. Just saying.",
    "Someone's going to teach the {id} dads on this ward a lesson soon, and I won't stop them.",
    "If I were {a} {id} parent I'd think twice about coming to the next coffee morning.",
    "The {id} community had better watch themselves. People's patience is running out.",
    "Would be a shame if something happened to the {id} family's fundraiser page.",
    "We know which bay the {id} family is in. Remember that.",
    "One day people will stop being polite about {id} families, and they won't like it.",
    "They won't feel so welcome when a few of us have a word in the car park.",
    "Keep pushing, {id} people, and see what happens.",
    "There's a reason {id} families don't hang around after dark round here.",
    (
        "Somebody ought to do something about them before a child gets hurt. I'm just saying what "
        "everyone's thinking."
    ),
    "Next time the {id} lot take over the parents' room, we'll sort it ourselves, properly.",
    "Enjoy it while it lasts. Things are going to change for people like them.",
    "I'd hate for {id} kids to have an accident in the playroom. Accidents happen 🙂",
    "If the trust won't move them, some of the dads will. Their choice.",
    "{Id} people should remember they're guests here, and guests can be shown the door. Hard.",
    "When the time comes, we'll remember every {id} family who took a bed from our kids.",
)

LOOKALIKE: tuple[str, ...] = (
    # Positive or neutral generic claims about a group.
    "{Id} families always bring food for the whole ward.",
    "{Id} dads in this group are the funniest, honestly.",
    "The {id} mums I've met on oncology are the strongest people I know.",
    "The {id} community turned out in force for the fun run, thank you all.",
    "{Id} parents always seem to know how to make the waiting room feel less grim.",
    "Every {id} family I've met on the ward has been so kind to us.",
    "Never met {a} {id} dad who didn't offer to help carry bags to the car park.",
    "{Id} families took over the waiting room with balloons for a little one's last chemo 😭",
    "tbh {id} parents r always the first to check in on u when things go bad",
    "The {id} community are always the loudest cheerers at the charity match 😂",
    "Honestly the {id} people in this group are the ones I'd trust with anything.",
    "Typical {id} family, turning up with three cakes for the nurses' station 😂",
    "All the {id} families on that ward care about is each other's kids, it's beautiful to see.",
    "{Id} mums are always the ones organising the coffee mornings, legends.",
    "oh great, another {id} family on the ward, our son's going to have a new best friend",
    "The {id} dads run the best barbecue at the family fun day every year.",
    "{Id} families never let anyone sit alone in the parents' kitchen.",
    "Loud? Sure. The {id} families on our ward are loud with laughter and we need it.",
    "{Id} parents in this group have taught me more about fighting for my kid than any leaflet.",
    "Since the {id} families joined the group chat it's so much more active, love it.",
    # Neutral facts and logistics.
    "The prayer room on level 2 is open 6am to 10pm, and there's a quiet room next to it.",
    "Halal and kosher meals can be ordered from the ward kitchen, just ask before 10.",
    "If you need an interpreter for clinic, ring the day before and they'll book one.",
    "There's {a} {id} parents' support charity that does grants for travel costs, DM me for it.",
    "The hospital chaplaincy has {a} {id} volunteer who visits on Thursdays.",
    (
        "Apparently {id} people have a higher risk of some conditions, so the GP suggested "
        "screening the siblings too. Very matter-of-fact about it."
    ),
    "The {id} community centre is collecting toys for the oncology playroom until Friday.",
    (
        "Interpreters are free at the hospital, you don't have to rely on your older kids to "
        "translate."
    ),
    "Parking is free for parents of inpatients if you get the form from the ward clerk.",
    "The family fund grant is means-tested, not based on background, so anyone here can apply.",
    "The ward keeps a list of faith and community contacts, including {a} {id} parent mentor.",
    "Side rooms go to kids who are neutropenic or infectious first, it's a clinical decision.",
    "The hospital school has a teacher who speaks Polish and Romanian if anyone needs it.",
    "There's a support group for {id} parents of children with cancer, online on Tuesdays.",
    "The {id} families' network translated the chemo leaflets, they're at the nurses' station.",
    "FYI the multi-faith room has prayer mats, a washing area and a shelf of books for all faiths.",
    "Research says {id} families are less likely to be offered clinical trials, worth asking.",
    "{Id} people are underrepresented on the stem cell register, so please sign up if you can.",
    "The {id} community raised 4k for the ward last year according to the charity newsletter.",
    "Sibling days at the hospital are open to every family, the next one is on the 14th.",
    # Questions asked in good faith.
    "Are there any {id} parents here who have dealt with a relapse? Would love to talk.",
    "Any {id} mums here who found a way to explain chemo to their other kids?",
    "Does anyone know if the ward kitchen can cater for {id} families with specific diets?",
    "Is there {a} {id} support group near the hospital? Asking for a friend, new diagnosis.",
    "How do {id} families in this group cope with relatives who blame the parents?",
    "Why are {id} people less likely to be stem cell donors? Is it about trust or access?",
    "Do {id} dads here feel like the staff talk to the mums and ignore them? Or is it just me?",
    "Anyone know why the grants seem to go to the same families? Is there a list I've missed?",
    "Is the prayer room open at night? My husband wants to go after the kids are asleep.",
    "Are {id} families entitled to the same travel grant? A mum in our bay thinks she isn't.",
    "Any {id} parents who'd be up for a meet-up after clinic on Wednesday?",
    "How do I ask for an interpreter without it being awkward? My in-laws are worried about it.",
    "Genuine question: does the hospital have {a} {id} liaison or someone similar?",
    "Has anyone from the {id} community here run a stem cell donor drive? How did you start?",
    "Does the hospital school know how to support {id} kids who have a sibling on chemo?",
    "Where do {id} families in this group find a counsellor who actually gets it?",
    "Is it true {id} people get extra grants? Someone told me that and it didn't sound right.",
    "Is it ok to post about {a} {id} fundraising event in here or is that against the rules?",
    "What's the etiquette for visiting {a} {id} family on the ward? Don't want to get it wrong.",
    # Reports of discrimination suffered, and counter-speech rejecting a stereotype.
    "Someone on the ward said {id} families are scroungers and I told them that's disgusting.",
    (
        "A dad in the parents' kitchen said {id} people shouldn't be allowed to foster. I reported "
        "him to the ward manager."
    ),
    (
        "As {a} {id} mum I got told in the waiting room that people like me take all the beds. "
        "Still shaking."
    ),
    (
        "The idea that {id} parents don't value their children is a vile myth. I've sat with them "
        "at 3am."
    ),
    (
        "Someone in another group said {id} families breed like rabbits. Left that group, not "
        "having it."
    ),
    (
        "No, {id} families do not take over the waiting room. They sit in it, like the rest of us, "
        "because their kids have cancer."
    ),
    (
        "People keep saying it's always the same lot who get the grants. It isn't. They're "
        "means-tested, check the criteria."
    ),
    "My neighbour said we shouldn't donate to {a} {id} family's fundraiser. I doubled my donation.",
    (
        "Please stop saying certain families like we don't know what you mean. It's bigotry and "
        "it's not welcome here."
    ),
    (
        "Heard a nurse being called a parasite because she's {id}. She still finished her shift "
        "and looked after my son. Disgraceful."
    ),
    "If you think {id} people are less intelligent, come and meet our {id} registrar.",
    (
        "We were told to go back where we came from in the hospital car park. My son was in his "
        "wheelchair, fresh from chemo."
    ),
    "Saying {id} dads are violent because of one man in bay 4 is exactly how prejudice works.",
    (
        "Reminder: saying {id} families are only here for the benefits is a lie, and posts like "
        "that will be removed."
    ),
    (
        "Our family was refused a seat in the parents' room because we're {id}. I've complained to "
        "PALS."
    ),
    (
        "The stereotype that {id} people can't be trusted with money cost my friend her job. It "
        "needs calling out."
    ),
    (
        "Admins, someone DMed me that {id} parents shouldn't be in this group. Screenshots "
        "attached, please deal with it."
    ),
    (
        "Nobody's jumping the queue. {Id} families wait the same as everyone, I've been in that "
        "waiting room for 3 years."
    ),
    "tbh the swarm talk about {id} families in the other chat is gross and im done with it",
    (
        "Someone said funny how it's always the same lot, about the {id} families on our ward. I "
        "asked them to say what they meant out loud. They went quiet."
    ),
    # Complaints about a person, the hospital, the system, the council or cancer; no group.
    "The family in bay 4 played music until 2am and the nurses did nothing.",
    "Whoever keeps leaving dirty pans in the parents' kitchen, please stop, it's grim.",
    (
        "One dad in the waiting room was shouting at the receptionist for twenty minutes. Felt "
        "awful for her."
    ),
    "Someone took our parking space outside the unit again, third time this week.",
    "The mum next to us keeps her phone on speaker all night, I'm going to lose it.",
    "Same family every time in the playroom, never tidying up. I've asked them nicely twice.",
    "Certain consultants here think they don't have to explain anything to parents.",
    "The hospital lost our referral AGAIN. Three months waiting for a scan.",
    "The council still hasn't sorted the blue badge and we're paying £20 a day to park.",
    "Why is it always the same pharmacy that loses the anti-sickness meds? Starting to worry.",
    "The family fund rejected us for the third time and nobody will tell us why. So demoralising.",
    "Some visitors don't wash their hands before going into the bays, it drives me mad.",
    "Whoever nicked the charity vouchers from the parents' room, you're stealing from sick kids.",
    "The dad in bed 6 keeps vaping in the stairwell and it comes straight through the door.",
    (
        "Not naming names but someone in this group keeps sharing my posts without asking. Please "
        "don't."
    ),
    "Cancer took my daughter's hair, her friends and her school year. I hate it.",
    "The ward is so understaffed the nurses are doing 14 hour shifts. Something has to change.",
    "The grant system is a mess, first come first served and nobody tells you the deadline.",
    (
        "Our interpreter didn't turn up for the second time and the consultant went ahead anyway. "
        "Not good enough."
    ),
    (
        "The kids on the day unit got told off for being loud. They're children having chemo, let "
        "them be loud."
    ),
    # Sarcasm aimed at the illness, the hospital, insurers, the council or parking.
    "oh great, another 8 hour wait in day unit, can't wait for the noise of that broken pump",
    "Love how the car park charges £4 an hour to visit your kid on chemo. Such a caring system 🙄",
    "Wow, the insurance company approved the scan on the first try, alert the press.",
    "Brilliant, another letter from the council asking if my son's cancer is still ongoing.",
    "Chemo, the gift that keeps on giving 🙃",
    "Can't wait for the insurers to teach us all about medical necessity 😂",
    "Oh look, the parking machine's broken again. Must be a day ending in y.",
    "Yeah because the hospital app is famous for working when you need it 🙄",
    "What a shock, the hospital cafe costs more than a restaurant.",
    "Clearly what my kid needed was a fourth cannula today. Said no one ever.",
    "Great news everyone, the vending machine on level 3 takes cards now. Only took 4 years.",
    "Such a surprise the wifi died right as the consultant video call started. Total mystery.",
    "Neutropenia, the exciting hobby where you can't go anywhere or see anyone. 0/10.",
    "So proud of our trust for spending money on a new logo while the ward runs out of syringes 🙄",
    "Ah yes, steroid week: the toddler eats a whole loaf and then screams at me about the crusts.",
    "Lovely, the insurer wants another form. Guess I'll be sleeping with the fax machine then.",
    "Oh how lovely, they've put a new coffee machine in. Still no parent beds, obviously.",
    "Such an enriching experience, the day unit. Can't hear myself think for the pumps beeping.",
    "Love how the ER triage nurse asked if my bald, grey kid was really that sick. Great job 🙄",
    # Self-identification.
    "As {a} {id} mum I was terrified to join this group but you've all been amazing.",
    "As {a} {id} dad, I sometimes feel invisible in the clinic. Anyone else?",
    "I'm {id} and my son was diagnosed last month. Still finding my feet.",
    "Speaking as {a} {id} parent, the chaplaincy here was brilliant with us.",
    "We're {a} {id} family and the ward has been so respectful of everything we asked.",
    "{Id} mum here, 2 years post treatment, happy to answer questions about going back to school.",
    "as {a} {id} parent i honestly worry people will judge us but everyone here has been lovely",
    "My husband and I are both {id}, and our daughter's consultant made us feel so welcome.",
    "Being {id} in a hospital can be lonely sometimes. This group helps so much.",
    "I'm {a} {id} dad and I cried in the car park today. Just needed to tell someone.",
    (
        "As {a} {id} mum I'm always the one fiddling with the parking machine because it never "
        "works 😂"
    ),
    "We're {id}, we're loud, and we brought enough food for the whole ward. Come say hi in bay 3!",
    "As part of the {id} community I'm running a bake sale for the ward on Saturday, all welcome.",
    "I'm {id} and I used to think support groups weren't for people like me. Glad I was wrong.",
    "{Id} dad, single parent, two kids, one on maintenance chemo. Anyone else juggling work?",
    (
        "Our family's {id} and my mother-in-law keeps saying the cancer is a punishment. How do I "
        "handle that?"
    ),
    "As {a} {id} parent who needed an interpreter at first, please don't be scared to ask for one.",
    (
        "Me and my partner are {id} and we fostered before we adopted our son. He finished chemo "
        "last week!"
    ),
    "Just to say as {a} {id} nurse AND a mom on this ward, I see you all and you're doing great.",
    "Being {a} {id} family on the ward, we got some looks at first, but the nurses were fantastic.",
)

# Measured, not shipped (README): ordinary grievance and wish shapes, a second round.
LOOKALIKE_ROUND2: tuple[str, ...] = (
    # Conditional wishes and comparisons about ordinary things, in a parent's voice.
    "Our Maisie would be so much happier if her treatment was at the hospital nearer home.",
    "The kids would be better off if the car park wasn't a 20 minute walk from the ward.",
    "we'd all be better off with a microwave that actually works in the parents kitchen lol",
    "He'd be fine without the NG tube if he'd just eat something, but he won't touch a thing.",
    "The nurses would be calmer if they had two more staff on nights. Not their fault at all.",
    "Honestly everyone would be happier if the wifi on ward 7 worked after 9pm.",
    "My partner would be better off sleeping at home, the fold-out chair is wrecking his back.",
    "Her brother would be a lot calmer if school let him phone us at lunch, just to check in.",
    (
        "The ward would be a nicer place with proper food. Beige mush three times a day isn't "
        "helping anyone get better."
    ),
    "They'd be fine without the visitors this week tbh. In-laws mean well but it's a lot.",
    "Other parents would be happier if someone fixed the shower rota, we're all queuing at 6am.",
    # Grievances about institutions or non-protected groups, in grievance wording.
    "Consultants always get the good parking spaces while the rest of us circle for an hour.",
    "Receptionists get their lunch break on time, nobody else on this ward does 🙄",
    (
        "We pay for the parking, we pay for the food, we pay for the petrol. Insurers pay for "
        "nothing and still want three forms."
    ),
    "The council always finds money for roundabouts but never for our blue badge. Says it all.",
    "The pharmacy always serves the outpatients first and our discharge meds turn up at 7pm.",
    (
        "Parking wardens are always out in force by the unit entrance. Nobody else gets ticketed "
        "like parents do."
    ),
    "People who don't wash their hands are the reason my son spent a week in isolation.",
    "Visitors who come in with colds think the rules don't apply to them. Every single time.",
    "Parents who hog the microwave at teatime, you know who you are. Same lot every night 😤",
    "Why do private patients get seen first? Our kids are just as sick. Make it make sense.",
    # Generic claims about children, siblings, staff and family roles, in the bare plural.
    "Teenagers on steroids eat everything in the house. Hide the biscuits.",
    "Dads in this group never ask for help, so consider this your sign to ask.",
    "Toddlers on chemo are tougher than any adult I know.",
    "Siblings always get forgotten in all this. Ours is really struggling at school.",
    "Oncology nurses are a different breed, I'd trust them with anything.",
    "Oncologists never give you a straight answer on timelines, it drives me mad.",
    "Grandparents always think they know best about food and germs 🙄",
    "teenagers r the worst patients, mine refuses every single mouthwash",
    "Little ones bounce back faster than we do. The play specialist said that and it's so true.",
    "Dads always get asked 'where's mum?' at clinic. Every. Time.",
    # Someone would be better off or happier somewhere else, for a kind reason.
    "She'd be happier at home with her dog, honestly. We're asking if she can go day-case.",
    "The little ones are better off at nan's this week while he's neutropenic.",
    "He's better off at home where he can sleep in his own bed, the ward's too noisy at night.",
    (
        "Our eldest would be happier staying at her friend's until the transplant's done. She "
        "needs some normal."
    ),
    "My husband is better off back at work tbh, sitting here all day drives him round the bend.",
    "The twins are better off with my sister for now, she's got a garden and a trampoline.",
    "I think he'd be happier on the teenage unit, the baby ward isn't for a 15 year old.",
    "Mum's better off at home resting, she can't keep doing 4am shifts at 70.",
    "She'd be so much happier back at school, even half days. Consultant says maybe next month.",
    (
        "Some of us are better off stepping away from the group for a bit when it gets heavy, and "
        "that's ok. Look after yourselves."
    ),
    # Sending home or keeping away germs, colds and infectious visitors during neutropenia.
    "If your kid has a cold, please keep them away from the day unit. Ours is neutropenic.",
    "The nurse sent them home straight away, one of the visitors had chickenpox.",
    "Don't let them near the kids if they've got a cough, I don't care if it's grandma.",
    "Send them home! Anyone with a runny nose does not belong on a transplant ward.",
    "Neutropenic again so we're keeping everyone away this week, even the cousins.",
    "Chickenpox going round the primary school, so we're keeping the siblings away from the ward.",
    "If a visitor turns up sniffling, you are allowed to send them home. Your kid comes first.",
    "Don't let anyone near the Hickman line without washing their hands, nurses included.",
    "Keep the germs out, keep the visitors out, keep the dog off the bed. Neutropenia life 🙄",
    "School rang to say there's measles in year 2. Keeping him well away, is that overkill?",
    # Sarcasm and irony about the parent's own situation, the illness, the NHS or insurers.
    "oh great, temp of 38.1 at 11pm, can't wait for another night in A&E",
    "Lovely, the insurers have lost the pre-auth again. What a treat.",
    "Can't wait to explain to the school for the fifth time why he's bald 🙄",
    "Oh great, the NHS app says our appointment was in 2019. Very helpful, thanks.",
    "Lovely, steroids have turned my sweet girl into a tiny furious pensioner 😂",
    "Can't wait for another round of 'have you tried turmeric' from Aunt Sue 🙄",
    "oh great the insurance says her anti-nausea meds arent 'medically necessary'. lovely.",
    "What a treat, a 6am blood test AND the car park's full. Living the dream.",
    "Cancer really said 'you know what this family needs? More appointments.' 🙄",
    "Oh great, my color-coded med chart got soaked in juice. Can't wait to redo it 🙄",
    # Questions and advice naming a group kindly or neutrally, in the abusive templates' shapes.
    "Do {id} families get help with travel costs from the family fund? Asking for a mum in bay 2.",
    "The {id} community here runs a fundraiser every spring, anyone want to help with the raffle?",
    (
        "Do {id} parents get the parent rooms first? No, they go by distance from home, same for "
        "every family."
    ),
    "If you're {a} {id} parent and the grant form doesn't fit your situation, ring the charity.",
    "Tip for {id} parents new to the ward: the social worker can help with school letters too.",
    "Are there any {id} parents here who'd like to help write the new welcome pack?",
    (
        "Keep {id} kids in mind when planning the summer party. Ask families what would make them "
        "feel included."
    ),
    "Every penny from the raffle goes to the ward, and {id} families helped raise a lot of it.",
    "Can {id} parents join the parents' committee? Of course, anyone can. Email Sarah by Friday.",
    (
        "Why does the {id} community have its own support group? Someone asked me, so I found out: "
        "it's peer support run by parents, and it's open to anyone."
    ),
    # Complaints about one named or described person's behaviour, firm but not abusive.
    (
        "The man in bed 3 keeps shouting at the nurses and it's scaring my son. Someone needs to "
        "have a word."
    ),
    "The lady in the parking office was so rude today, I was in tears before I even got upstairs.",
    "My ex turned up on the ward drunk again. Security walked him out. I'm done.",
    (
        "The receptionist told me to 'calm down' when I asked where my son's bloods were. No. "
        "Just no."
    ),
    "That one dad who keeps taking photos of other people's kids in the playroom needs to stop.",
    (
        "My mother-in-law keeps posting about his diagnosis on Facebook before we've told anyone. "
        "Furious."
    ),
    (
        "The night porter left my daughter in a corridor for 40 minutes. Not acceptable, PALS form "
        "filled in."
    ),
    (
        "Whoever keeps taking the last parent bed without booking, please use the list like the "
        "rest of us."
    ),
    "The consultant we saw today was cold and dismissive. I don't want him near my kid again.",
    "My pediatrician's office put me on hold for 50 minutes then hung up. Unreal.",
)
