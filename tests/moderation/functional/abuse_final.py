# ruff: noqa: E501
"""Abuse in this community's chat and its look-alikes: a sealed set, counted only.

Written on 2026-12-05 by a helper blind to the detector and to every other set: 80 abusive
messages (8 per function: threats, exclusion, mocking grief, faking accusations, insults in
text-speak, generalisations about a religion or ethnicity, dehumanisation, sarcastic contempt,
slurs) and 60 look-alikes that must stay quiet. Counted only (``scripts/moderation_functional.py``,
``ab-final``, never printed). One exclusion case sat within ``test_catalogues_apart.APART`` of
a member-abuse catalogue phrasing and was dropped unseen: 79 remain.
"""

from .support import QUIET, Case

HELD_BACK: list[Case] = [
    Case(
        "threat_consequence",
        "keep posting about me and i will find your employer and send them every screenshot",
        "abuse",
    ),
    Case(
        "threat_consequence",
        "Report me to the mods one more time and the whole hospital parents group hears what you said about your own kid.",
        "abuse",
    ),
    Case(
        "threat_consequence",
        "you'll regret dragging my name in here. i know people at your church and they'll hear all of it",
        "abuse",
    ),
    Case(
        "threat_consequence",
        "Mark my words, by Friday everyone on the oncology floor will know you're a liar.",
        "abuse",
    ),
    Case(
        "threat_consequence",
        "cross me again and your gofundme gets reported as fraud, every single page of it",
        "abuse",
    ),
    Case(
        "threat_consequence",
        "Go ahead and block me. I've already saved everything and your ex is getting a very long email.",
        "abuse",
    ),
    Case(
        "threat_consequence",
        "if u dont delete that post by tonight im putting ur real name and ur kids diagnosis on facebook",
        "abuse",
    ),
    Case(
        "threat_consequence",
        "Say that again and I'll call CPS on you, let them decide how fit a parent you are.",
        "abuse",
    ),
    Case(
        "threat_violent",
        "i swear if i see you at the ronald mcdonald house i will break your jaw",
        "abuse",
    ),
    Case(
        "threat_violent",
        "Someone needs to put you in the ground and honestly I'd volunteer.",
        "abuse",
    ),
    Case("threat_violent", "keep talking and ill show up at ur door with a bat", "abuse"),
    Case(
        "threat_violent",
        "I know which ward your daughter is on. Wouldn't take much to come up there and hurt you.",
        "abuse",
    ),
    Case(
        "threat_violent",
        "you better hope we never meet irl bc ill beat you till you cant stand",
        "abuse",
    ),
    Case(
        "threat_violent",
        "One more word out of you and I'll slash your tires and then your throat.",
        "abuse",
    ),
    Case("threat_violent", "u deserve a bullet and im not joking", "abuse"),
    Case(
        "threat_violent",
        "Next support meetup I'm bringing something sharp just for you, sweetheart.",
        "abuse",
    ),
    Case(
        "exclusion",
        "You don't belong in a cancer parents chat anymore, your kid's in remission so leave already.",
        "abuse",
    ),
    Case(
        "exclusion",
        "can the mods just kick her already, she's poison and we all want her gone",
        "abuse",
    ),
    Case(
        "exclusion",
        "Dads should have their own server honestly, this space isn't for you guys. Go away.",
        "abuse",
    ),
    Case(
        "exclusion", "leave. seriously. pack up ur sob story and go find another discord", "abuse"
    ),
    Case(
        "exclusion",
        "Why are step-parents even allowed in here? Out, all of you, this is for real parents only.",
        "abuse",
    ),
    Case("exclusion", "Do us all a favour and unjoin. You've been a drain since day one.", "abuse"),
    Case(
        "exclusion",
        "this channel is for active treatment families, anyone whose kid is done with chemo can get lost",
        "abuse",
    ),
    Case(
        "mocking_grief", "lol another candle post for her dead kid, we get it, you're sad", "abuse"
    ),
    Case(
        "mocking_grief",
        "Still crying about your son a year later? Time to move on, he's not coming back.",
        "abuse",
    ),
    Case("mocking_grief", "boo hoo angel mommy wants attention again", "abuse"),
    Case(
        "mocking_grief", "Imagine milking your kid's funeral for sympathy likes. Pathetic.", "abuse"
    ),
    Case(
        "mocking_grief",
        "ur daughter would be embarrassed watching u sob in every thread tbh",
        "abuse",
    ),
    Case(
        "mocking_grief",
        "Her 'angelversary' posts are the funniest thing on this server, grief cosplay at its finest.",
        "abuse",
    ),
    Case(
        "mocking_grief", "Oh no, sad dad is typing again, everyone grab your tissues lmao", "abuse"
    ),
    Case(
        "mocking_grief",
        "maybe if you'd wept less and paid attention more your kid would still be here",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "pretty sure your kid doesn't even have cancer, you just like the attention",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Funny how the 'relapse' happened right when your fundraiser slowed down.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "no oncologist on earth would say that. you're making this whole thing up",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Munchausen by proxy written all over this. Somebody should call the hospital on her.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "show us one scan or one hospital bracelet or admit ur a fraud",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Bald photos can be faked with a razor, which is exactly what I think you did.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "Every week a new crisis, every week a new donation link. Nobody is that unlucky, you're scamming us.",
        "abuse",
    ),
    Case(
        "faking_accusation",
        "ur 'kid' has had 4 different cancers in 6 months lol sure jan",
        "abuse",
    ),
    Case("insult_textspeak", "stfu nobody asked u", "abuse"),
    Case("insult_textspeak", "omg ur such a f*cking idiot", "abuse"),
    Case("insult_textspeak", "gtfo w that dumb a$$ take", "abuse"),
    Case("insult_textspeak", "lmaooo u r the stupidest b!tch in this server", "abuse"),
    Case("insult_textspeak", "smh ur brain is sh*t, literally 0 iq", "abuse"),
    Case("insult_textspeak", "wtf is wrong w u, total dumba$$", "abuse"),
    Case("insult_textspeak", "shut ur trap u absolute tw*t", "abuse"),
    Case("insult_textspeak", "idgaf about ur opinion, ur a clown af", "abuse"),
    Case(
        "religion_or_ethnicity_generalisation",
        "Muslims in this group always push their prayers on everyone, they can't help themselves.",
        "abuse",
    ),
    Case(
        "religion_or_ethnicity_generalisation",
        "typical jewish parent, always asking who's paying for the treatment",
        "abuse",
    ),
    Case(
        "religion_or_ethnicity_generalisation",
        "Mexicans come here just to get free chemo on our taxes, everyone knows it.",
        "abuse",
    ),
    Case(
        "religion_or_ethnicity_generalisation",
        "Christians are all hypocrites who'd rather pray than vaccinate their kids.",
        "abuse",
    ),
    Case(
        "religion_or_ethnicity_generalisation",
        "Asian moms only care if the kid survives so they can get back to tutoring, cold people.",
        "abuse",
    ),
    Case(
        "religion_or_ethnicity_generalisation",
        "Never trust the Indian doctors at that hospital, they all fake their credentials.",
        "abuse",
    ),
    Case(
        "religion_or_ethnicity_generalisation",
        "black families never show up to the meetings, they just dont care about their kids like we do",
        "abuse",
    ),
    Case(
        "religion_or_ethnicity_generalisation",
        "Catholics keep calling cancer God's plan because that whole religion worships suffering.",
        "abuse",
    ),
    Case("dehumanising", "people like you are vermin crawling around a cancer ward", "abuse"),
    Case(
        "dehumanising",
        "She's not a mother, she's a parasite feeding on sick kids' donations.",
        "abuse",
    ),
    Case("dehumanising", "these anti-vax parents are a disease worse than the tumours", "abuse"),
    Case(
        "dehumanising",
        "Immigrants in the peds unit breed like rats and clog up every bed.",
        "abuse",
    ),
    Case(
        "dehumanising",
        "ur basically a cockroach, survive everything and contribute nothing",
        "abuse",
    ),
    Case(
        "dehumanising",
        "Trans people aren't even human, they're lab experiments gone wrong.",
        "abuse",
    ),
    Case(
        "dehumanising",
        "Bunch of animals in that waiting room, shouldn't be allowed near real patients.",
        "abuse",
    ),
    Case(
        "dehumanising",
        "That woman is garbage in human form, toss her out with the medical waste.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Wow, what a genius idea, treat leukemia with essential oils. Truly groundbreaking.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "oh sure, because YOUR kid's cancer is the only one that matters, go off queen",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Congrats on being the most exhausting person in a group full of exhausted people.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Thanks so much for the medical advice, Dr. Google, really saved the day.",
        "abuse",
    ),
    Case("sarcastic_contempt", "yeah ur parenting is clearly working out great, huh", "abuse"),
    Case(
        "sarcastic_contempt",
        "Gold star for you, you managed to make a thread about a dying toddler all about yourself.",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "please tell us more about your 'mother's intuition', it's been sooo accurate so far",
        "abuse",
    ),
    Case(
        "sarcastic_contempt",
        "Such a brave keyboard warrior, lecturing grieving parents from your couch. Heroic.",
        "abuse",
    ),
    Case(
        "slur_or_explicit_hate",
        "no f*ggots should be allowed to adopt a kid, let alone run this chat",
        "abuse",
    ),
    Case("slur_or_explicit_hate", "Get this n***er out of our group.", "abuse"),
    Case("slur_or_explicit_hate", "this r*tard keeps posting in the wrong channel", "abuse"),
    Case(
        "slur_or_explicit_hate", "k*kes run the pharma companies that keep our kids sick", "abuse"
    ),
    Case(
        "slur_or_explicit_hate", "Not sitting next to some dirty sp*c at the next meetup.", "abuse"
    ),
    Case(
        "slur_or_explicit_hate",
        "tr*nnies shouldnt be anywhere near children, especially sick ones",
        "abuse",
    ),
    Case(
        "slur_or_explicit_hate",
        "Go back to your country you filthy ch*nk and take your germs with you.",
        "abuse",
    ),
    Case(
        "slur_or_explicit_hate",
        "Gay parents are disgusting and I hate every single one of them.",
        "abuse",
    ),
    Case(
        "civil_disagreement",
        "I hear you, but I don't think the port vs PICC choice is as clear cut as you're saying.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "respectfully disagree, our team never pushed us into the trial and we felt we had time to decide",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "Not sure cold caps are useless, they helped a bit for my daughter. Different kids I guess.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "hmm i see it differently, telling the siblings everything early was the right call for us",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "I get why you'd say that, though second opinions aren't an insult to your oncologist.",
        QUIET,
    ),
    Case(
        "civil_disagreement",
        "We'll have to agree to disagree on the diet stuff, but thanks for sharing what worked for you.",
        QUIET,
    ),
    Case(
        "condemning_reported_abuse",
        "Someone DM'd me calling my son a 'waste of a hospital bed'. That's vile and I've reported it.",
        QUIET,
    ),
    Case(
        "condemning_reported_abuse",
        "mods, a guy in general told a bereaved mom to 'get over it already', screenshot attached, please deal with it",
        QUIET,
    ),
    Case(
        "condemning_reported_abuse",
        "Can't believe a nurse called us 'frequent flyers' and rolled her eyes in front of my daughter. Filed a complaint today.",
        QUIET,
    ),
    Case(
        "condemning_reported_abuse",
        "the comments on my fundraiser saying my kid is faking are disgusting. blocked and reported all of them",
        QUIET,
    ),
    Case(
        "condemning_reported_abuse",
        "Heads up, an account is spamming 'your kid deserved it' under memorial posts. Please report, don't engage.",
        QUIET,
    ),
    Case(
        "condemning_reported_abuse",
        "My sister-in-law said cancer was punishment for our sins. Told her that's cruel and she's not welcome until she apologizes.",
        QUIET,
    ),
    Case("self_deprecation", "im such a mess today lol forgot my own shoes at the clinic", QUIET),
    Case(
        "self_deprecation",
        "Honestly I'm the worst at remembering med schedules, my phone alarms have alarms.",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "ugh what an idiot i am, signed the consent form in the wrong spot twice",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "Definitely the most useless dad here when it comes to NG tubes, still panic every time.",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "my brain is pure mush after 3 nights on the ward, ignore my typos and general dumbness",
        QUIET,
    ),
    Case(
        "self_deprecation",
        "I look like a zombie and cry in the car park daily. Very glamorous life I lead.",
        QUIET,
    ),
    Case("profanity_at_cancer_or_system", "fuck cancer and everything it stole from us", QUIET),
    Case(
        "profanity_at_cancer_or_system",
        "The insurance company denied the scan AGAIN. What a sh*tshow of a system.",
        QUIET,
    ),
    Case("profanity_at_cancer_or_system", "neuroblastoma can go straight to hell", QUIET),
    Case(
        "profanity_at_cancer_or_system",
        "this damn pharmacy lost our prescription for the third time, i could scream",
        QUIET,
    ),
    Case(
        "profanity_at_cancer_or_system",
        "Screw the billing department, 40 minutes on hold to be told nothing.",
        QUIET,
    ),
    Case(
        "profanity_at_cancer_or_system",
        "chemo day 4 and this sh!t is kicking her butt, hate hate hate it",
        QUIET,
    ),
    Case(
        "positive_identity_mention",
        "As a Muslim mom, Ramadan on the oncology ward was hard but the nurses were so kind about our fasting schedule.",
        QUIET,
    ),
    Case(
        "positive_identity_mention",
        "we're a two-dad family and the social worker has been amazing with both of us",
        QUIET,
    ),
    Case(
        "positive_identity_mention",
        "Any other Black parents here? Would love tips on finding a wig stylist who knows our hair texture.",
        QUIET,
    ),
    Case(
        "positive_identity_mention",
        "Proud trans mom here, my kiddo just rang the bell today!!",
        QUIET,
    ),
    Case(
        "positive_identity_mention",
        "Our rabbi visited the ward on Friday and brought challah for every family on the floor.",
        QUIET,
    ),
    Case(
        "positive_identity_mention",
        "being deaf i was nervous but the hospital got an ASL interpreter for every consult, so grateful",
        QUIET,
    ),
    Case("friendly_teasing", "lol Sarah you and your 47 spreadsheets, never change", QUIET),
    Case(
        "friendly_teasing",
        "Mike's dad jokes are the only thing getting me through these infusions, even the terrible ones.",
        QUIET,
    ),
    Case("friendly_teasing", "ok who let Jen near the caps lock again", QUIET),
    Case(
        "friendly_teasing",
        "You're such a nerd for reading the whole protocol, love you for it though.",
        QUIET,
    ),
    Case(
        "friendly_teasing",
        "haha your coffee addiction is worse than mine and that's saying something",
        QUIET,
    ),
    Case(
        "friendly_teasing",
        "Tom, buddy, your 'quick question' was 14 paragraphs. We'll allow it.",
        QUIET,
    ),
    Case(
        "moderator_warning",
        "Mod note: personal attacks aren't allowed here. Keep it kind or you'll be muted.",
        QUIET,
    ),
    Case(
        "moderator_warning",
        "hey all, reminder no fundraising links outside the pinned thread, thanks",
        QUIET,
    ),
    Case(
        "moderator_warning",
        "This is your second warning for calling members names. A third means a ban.",
        QUIET,
    ),
    Case(
        "moderator_warning",
        "Locking this thread, it's gone off the rails. DM me if you have concerns.",
        QUIET,
    ),
    Case(
        "moderator_warning",
        "pls dont share other kids' medical details without their parents ok? removed a few posts",
        QUIET,
    ),
    Case(
        "moderator_warning",
        "Friendly reminder from the mod team: medical advice posts need a 'not a doctor' tag.",
        QUIET,
    ),
    Case(
        "neutral_group_fact",
        "The weekly video call is Thursdays at 8pm Eastern, link is pinned.",
        QUIET,
    ),
    Case("neutral_group_fact", "we have 1,200 members now across 14 countries", QUIET),
    Case(
        "neutral_group_fact", "Bereavement channel is opt-in, ask any mod to get the role.", QUIET
    ),
    Case(
        "neutral_group_fact",
        "Server rules were updated on March 3rd, please give them a read.",
        QUIET,
    ),
    Case(
        "neutral_group_fact", "new members get read-only for 24h, thats just spam protection", QUIET
    ),
    Case("neutral_group_fact", "The resources doc has a section on financial aid by state.", QUIET),
    Case(
        "counter_speech",
        "Cancer doesn't check anyone's religion, and neither should we. Every family here is welcome.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "thats not true about immigrants, they pay taxes and their kids get sick just like ours. please dont post that here",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Not going to argue with you, but gay parents love their kids exactly as much as you do.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Saying 'those people' about a whole ethnicity isn't okay. We're all just parents on the same ward.",
        QUIET,
    ),
    Case(
        "counter_speech",
        "the person you just insulted is fighting for their child same as you. lets keep it about the kids",
        QUIET,
    ),
    Case(
        "counter_speech",
        "Respectfully, the Indian doctors on our team saved my son's life. Generalizing like that hurts people here.",
        QUIET,
    ),
    Case(
        "leaving_the_group_kindly",
        "Our daughter finished treatment last month, so I'm going to step away. Thank you all for holding us up.",
        QUIET,
    ),
    Case(
        "leaving_the_group_kindly",
        "gonna leave the server for a while to focus on family, love every one of you",
        QUIET,
    ),
    Case(
        "leaving_the_group_kindly",
        "Time for me to say goodbye, this place got me through the worst year of my life.",
        QUIET,
    ),
    Case(
        "leaving_the_group_kindly",
        "signing off for good, wishing all your babies clear scans xx",
        QUIET,
    ),
    Case(
        "leaving_the_group_kindly",
        "I need a break from the chats for my mental health. Not angry at anyone, just tired.",
        QUIET,
    ),
    Case(
        "leaving_the_group_kindly",
        "After three years here it's time to make room for new families. I'll miss you.",
        QUIET,
    ),
]
