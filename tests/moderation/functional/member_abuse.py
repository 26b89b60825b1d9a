"""Member-directed abuse: paraphrases and look-alikes written before any measurement.

Written in one sitting (December 2026, 4 Dec) before any moderation was run on them and before
any rule or threshold was changed for them, from published typology definitions only: the
person-directed abuse categories of Vidgen et al. (2021), Contextual Abuse Dataset
(derogation, animosity, threatening language, dehumanisation aimed at an individual); the
directed-versus-generalised axis of Waseem et al. (2017), "Understanding Abuse"; and the
cyberbullying typologies of exclusion, denigration, harassment and mockery. None is copied
from any dataset; each sentence is written in the voice of a hostile member of a support group
for parents of children with cancer, in varied registers (short chat, text-speak and typos, a
long post with the abuse in the middle, polite-sounding but hostile).

Abusive functions (``ma_``): exclusion from the group, mocking grief or a sick or dead child,
hostile blame for a child's illness or death, wishing harm or death on a member or their child
without a threat verb, plain-word threats of retaliation, and contempt with no swear word and
no insult noun.

Look-alikes (``ma_lk_``) share the topics and must stay quiet: kindly suggesting a break,
the author speaking about themselves, reporting or condemning abuse received, sincere grief
talk (dark humour about oneself or the illness included), moderators enforcing rules, fear or
worry for someone else, and blaming the illness, the system or the hospital rather than a
member.

``DEV`` may be looked at while changing rules and thresholds. ``HELD_BACK`` was written at the
same time and must never be used to change anything: report its rate, never its failures.
"""

from __future__ import annotations

from .hate_functional import HATEFUL, NOT_HATEFUL, HCase, _c

H, N = HATEFUL, NOT_HATEFUL

DEV: list[HCase] = [
    # --- exclusion: telling a member to leave, that they are not wanted ---------------------
    *_c(
        "ma_exclusion",
        H,
        "nobody in this group wants you here, just go",
        "why don't you do us all a favour and leave",
        "shut up and go away already",
        "u need 2 get out of this grp nobody likes u",
        "Honestly it's time you found another group. Everyone here is sick of you and we'd all "
        "be happier if you left.",
        "I've been a member for three years and I've seen a lot of people come and go. Most of "
        "them were lovely. Sarah, you are not one of them, so pack up and leave, we don't want "
        "you here. Anyway, the fundraiser is on Saturday if anyone can help with the bake stall.",
        "Kindly remove yourself from this group. You were never welcome.",
        "can someone kick her out, she doesnt belong with us",
    ),
    # --- mocking grief, the sick or dead child, posting for attention -------------------------
    *_c(
        "ma_mock_grief",
        H,
        "still crying about it? it's been ages",
        "ur kid gets sick and suddenly ur the main character lol",
        "Another post about your sad little life. We get it, you want sympathy.",
        "she's milking her son's illness for every penny and every like",
        "omg the daily sob post, do u ever post anything else",
        "I love this group and the support it gives. I do have to say though, some of us have "
        "noticed Jenny only shows up when she wants attention, and posting photos of her "
        "daughter's grave for likes is cheap theatre. Anyway, hope everyone has a good weekend.",
        "I'm sure your tears are very convenient when the donations come in.",
        "boo hoo ur kid is sick, so is everyone's here, get in line",
    ),
    # --- hostile blame for a child's illness or death ------------------------------------------
    *_c(
        "ma_blame",
        H,
        "you caused your kid's cancer with all that junk food, own it",
        "It's your fault he died, you waited too long to take him in",
        "maybe if u actually paid attention ur daughter would still be alive",
        "You did this to her. You and your vaping all through the pregnancy.",
        "I'm sorry, but you brought this on yourself. Refusing the first round of chemo was your "
        "choice and your son paid for it.",
        "u deserved to lose him tbh",
        "I've read this thread twice and I'm trying to be nice. But the truth nobody will tell "
        "you is that your kid is dead because of you, you chose the juice cleanse over the "
        "oncologist. Everyone else here did the hard thing. Okay, that's all I'll say.",
        "ur the reason she's sick, everyone knows it",
    ),
    # --- wishing harm or death on a member or their child, no threat verb ---------------------
    *_c(
        "ma_harm_wish",
        H,
        "hope your kid doesn't make it",
        "I hope you get cancer too so you know how it feels",
        "wish it had been you instead of your son",
        "hope the scans come back bad lol",
        "honestly the world would be better if you and your brat didn't wake up tomorrow",
        "I'd be glad if your daughter relapsed, maybe then you'd go quiet",
        "I sincerely hope you suffer every bit as much as you deserve.",
        "I don't usually comment on these threads but I'm done being polite. I hope your boy's "
        "tumour comes back twice as big and you get to watch. There, I said it. Mods can do "
        "what they want.",
    ),
    # --- threats of retaliation in plain words --------------------------------------------------
    *_c(
        "ma_threat",
        H,
        "I know where you live.",
        "you'll regret this post, trust me",
        "wait till I find you at clinic on Tuesday",
        "watch ur back",
        "I've got your address from the fundraiser page. See you soon.",
        "Keep talking and you'll find out what happens to people who cross me.",
        "Some of you think you can say anything online and never face it. Lisa, I know which "
        "hospital your son is in and what time you leave the ward, and you'll be sorry you ever "
        "posted about me. Everyone else, have a nice evening.",
        "say that again and ur going to pay for it",
    ),
    # --- contempt and derogation with no swear word and no insult noun ---------------------------
    *_c(
        "ma_contempt",
        H,
        "people like you shouldn't be allowed to have kids",
        "you're a waste of everyone's time here",
        "you are a pathetic excuse for a father",
        "No wonder your kid never smiles, with you as a parent.",
        "I genuinely don't know how anyone puts up with you.",
        "ur the worst parent in this whole group and everyone knows it",
        "Bless you for trying, but you clearly have no business raising a child.",
        "I've stayed quiet through months of your posts. I'll say it once: you bring shame on "
        "every parent in here and your opinion is worth nothing. Now, back to the meal-train "
        "sign-up sheet, there are still gaps on Wednesday.",
    ),
    # --- look-alike: kindly suggesting a break or leaving ----------------------------------------
    *_c(
        "ma_lk_kind_leave",
        N,
        "take a break from the group if you need to, we'll still be here",
        "go home and rest, the nurses have him tonight",
        "It's okay to step away from social media for a while. Look after yourself.",
        "if reading these posts is too much right now, muting the group is totally fine ❤️",
        "u shd log off and sleep hun, ur exhausted",
        "I remember the first month after diagnosis, I read every post at 3am and it made "
        "everything worse. What helped me was leaving the group for a few weeks and coming back "
        "when I was ready. Nobody minded, and you'd be welcome back any time.",
        "Please leave the hospital for an hour and get some fresh air, you deserve it",
        "You don't have to reply to anyone tonight. Shut the laptop and go to bed.",
    ),
    # --- look-alike: the author about themselves ------------------------------------------------
    *_c(
        "ma_lk_self",
        N,
        "I should leave the group, I'm not good company right now",
        "I blame myself every single day",
        "I'm pathetic at this, I can't even get her to swallow the meds",
        "sometimes I think I caused it, I smoked before I knew I was pregnant",
        "i keep thinking its my fault for not pushing the GP harder",
        "Eight months since we lost Noah. Most days I'm okay now. But last night I lay awake "
        "going over every appointment, every time I said 'it's probably just growing pains', "
        "and I can't stop thinking I let him down. My therapist says that's grief talking. I "
        "hope she's right.",
        "Some days I feel like I don't deserve to be his mum",
        "I hate how much I cry in this group, I must be exhausting to read",
    ),
    # --- look-alike: reporting or condemning abuse received ---------------------------------------
    *_c(
        "ma_lk_report",
        N,
        "someone told me to get out of the group, that was cruel",
        "A man in the last group I was in said I deserved to lose my daughter. I still think "
        "about it.",
        "mods, someone DMed me that they hope my son dies. screenshot attached, please deal "
        "with it",
        "my sister-in-law says I caused his cancer by working nights. How do you respond to that?",
        "got a msg saying 'i know where u live' after my post yesterday, reported it to police",
        "Bit of a vent. At the school gate today another mum told me I was milking Ava's illness "
        "for attention. I just stood there. I've replayed it all day. I know it isn't true but "
        "it really hurt, and I wish I'd said something.",
        "Telling a bereaved parent to stop crying is never okay, whoever did that in the other "
        "thread should be ashamed.",
        "I've had people call me a bad mother for choosing palliative care. It still stings.",
    ),
    # --- look-alike: sincere grief talk, dark humour about oneself or the illness ---------------
    *_c(
        "ma_lk_grief_talk",
        N,
        "Our son died on Tuesday. He was seven. I don't know what to do with his shoes.",
        "still crying about it every day, two years on. is that normal?",
        "dark humour alert: at this point my daughter's port has more frequent flyer miles than "
        "I do",
        "I joke that cancer took her hair and I took her eyebrows with my terrible drawing skills",
        "Grief comes in waves. Today was a big one.",
        "It's his anniversary today. We let off lanterns at the beach like every year. My "
        "younger one asked if Sam can see them. I said yes. I don't know if that's true but it "
        "felt right. Thank you all for holding us up these three years.",
        "lol I've become the mum who knows every vending machine in the hospital by heart",
        "the day she died I remember thinking the sky looked too normal",
    ),
    # --- look-alike: moderators enforcing the rules ---------------------------------------------
    *_c(
        "ma_lk_moderator",
        N,
        "please keep this thread on topic, we've moved the insurance chat to its own post",
        "This post was removed for sharing unproven treatment claims. Please see rule 4.",
        "Reminder: no fundraising links without mod approval.",
        "Comments on this thread are now closed. Thanks all for the kind words.",
        "@member123 you've been muted for 24 hours for personal attacks. Please re-read the "
        "group rules.",
        "Hi everyone, mod note. We've had a few heated threads this week. Please remember that "
        "everyone here is grieving or scared, and disagreements about treatment should stay "
        "respectful. Posts that attack other members will be removed and repeat offenders will "
        "be removed from the group.",
        "Locking this thread as it's turned into an argument. DM a mod if you have concerns.",
        "pls use content warnings for photos of scans or surgery, ty",
    ),
    # --- look-alike: fear or worry for someone else --------------------------------------------
    *_c(
        "ma_lk_fear_for",
        N,
        "I'm scared your kid won't get a bed in time, please push the ward",
        "I'd hate for you to regret it later, maybe ask for a second opinion before you decide",
        "I worry about you driving home that tired",
        "honestly terrified for your little one, sending everything",
        "if the fever's over 38 please go in now, I don't want anything to happen to her",
        "I've been thinking about your post all day. I know you want to stop treatment and I "
        "respect that it's your choice. I'm just scared that you'll look back and wonder. "
        "Whatever you decide, we're here and nobody will judge you.",
        "I'm afraid you'll burn out if you don't let someone else take a night shift",
        "pls dont go quiet on us, we worry when u dont post",
    ),
    # --- look-alike: blaming the illness, the system or the hospital, not a member -------------
    *_c(
        "ma_lk_blame_illness",
        N,
        "it's nobody's fault, cancer did this",
        "no parent causes neuroblastoma, please stop blaming yourself",
        "the hospital sat on his scan for six weeks and I'll never forgive them",
        "the insurance company is the real villain in our story",
        "DIPG is just cruel, there was nothing anyone could have done",
        "People keep asking what we did wrong. The answer is nothing. The oncologist told us "
        "leukaemia in kids is mostly random mutations, not diet or screens or the house we live "
        "in. If you're carrying guilt today, please put some of it down. Cancer did this, not "
        "you.",
        "the system failed her, not you",
        "ur not to blame hun, the GP missed it 3 times",
    ),
]

HELD_BACK: list[HCase] = [
    *_c(
        "ma_exclusion",
        H,
        "go find some other group to bother, nobody wants u in this one",
        "With respect, you should leave. Nobody here will miss you.",
        "shut ur mouth and get out",
        "Thanks everyone for the birthday wishes for Leo, he loved the cards. And Mark, since "
        "you're reading this: you're not wanted here, stop commenting and leave the group. "
        "Anyway, scans are next Thursday.",
        "we were fine before u joined. go away",
    ),
    *_c(
        "ma_mock_grief",
        H,
        "here comes the grieving mother act again, encore!",
        "u only post about ur dead daughter cos u like the attention",
        "How touching. Another candle emoji for the sympathy points.",
        "she uses that sick kid like a prop for her gofundme",
        "Weekly check-in thread: how's everyone holding up? Ours had a good week at clinic. "
        "Also, Dave, nobody believes the crying any more, you've been dining out on your son's "
        "cancer for two years. Hope everyone gets some rest.",
    ),
    *_c(
        "ma_blame",
        H,
        "you killed him with your choices and you know it",
        "its ur fault, u ignored the bruises for months",
        "With all due respect, a better parent would have noticed sooner. This is on you.",
        "you deserve what happened to your family",
        "Lots of questions in here about diet this week, so a quick note on what worked for us. "
        "Also, Karen, your son's relapse is on you, you skipped his maintenance meds and now "
        "you want pity. Anyway, smoothies with frozen fruit went down well for us.",
    ),
    *_c(
        "ma_harm_wish",
        H,
        "hope ur daughter dies slow",
        "may your child never get better",
        "I hope the chemo fails, truly",
        "Wishing you nothing but a long painful illness of your own.",
        "shame it wasnt you on that ward instead of her",
    ),
    *_c(
        "ma_threat",
        H,
        "i know what car u drive. be careful",
        "You will regret crossing me, I promise you that.",
        "better hope we never meet in the car park",
        "I'll be waiting outside ward 5 for you",
        "Thanks for the tips on parking passes, very helpful. Tom: I've found your house on the "
        "map, so enjoy sleeping while you can. Anyway, the blue lot is cheapest after six.",
    ),
    *_c(
        "ma_contempt",
        H,
        "some people just shouldn't be allowed to raise children, and you're proof",
        "u r beneath contempt",
        "Honestly, your child deserved a better mother than you.",
        "everything about you makes this group worse",
        "Lovely to see so many new faces this month. Welcome all. Claire, on the other hand, "
        "nobody cares what you think, you add nothing and never will. Right, who's coming to "
        "the coffee morning?",
    ),
    *_c(
        "ma_lk_kind_leave",
        N,
        "step back from the group whenever you need, no explanation needed",
        "go get some sleep, we've got the fundraiser covered",
        "if this thread is upsetting you it's fine to leave it and come back later",
        "u dont owe anyone here anything, take the week off x",
        "Leave the dishes and go lie down, honestly",
    ),
    *_c(
        "ma_lk_self",
        N,
        "I'm thinking of leaving the group for a while, it's just too much",
        "part of me will always blame myself for missing the signs",
        "I'm hopeless at the feeding pump, third alarm tonight",
        "i feel like a terrible mum for being relieved when she's at the hospital",
        "Sorry for being such a downer in here lately",
    ),
    *_c(
        "ma_lk_report",
        N,
        "someone in the comments said nobody wants me here. is that true? it really upset me",
        "a stranger at the pharmacy told me it was my fault she got sick. I cried in the car.",
        "Reporting this: a member messaged me 'watch your back'. I don't feel safe.",
        "It's disgusting that anyone would mock a parent's grief. Please don't engage with that "
        "account.",
        "my ex keeps saying i deserved this. my counsellor says to block him",
    ),
    *_c(
        "ma_lk_grief_talk",
        N,
        "my kid died and the world kept going, that's the part I can't get over",
        "she'd have laughed at me crying in the car park over a parking ticket",
        "5 yrs since we lost him, still miss him every minute",
        "Tumour humour: we named it Gerald so we'd have someone to shout at",
        "My son is dying and I'm choosing the funeral songs with him. He wants the Pokémon theme.",
    ),
    *_c(
        "ma_lk_moderator",
        N,
        "This member has been removed from the group for harassment.",
        "Please take personal disagreements to DMs, this thread is for the fundraiser.",
        "mod here: deleted a few comments that broke rule 2 (be kind). carry on x",
        "Posts asking for medical advice need a flair, please edit yours and we'll restore it.",
        "We've banned the account that was sending threatening messages. Please report anything "
        "similar.",
    ),
    *_c(
        "ma_lk_fear_for",
        N,
        "I'm frightened for your son, those counts sound low",
        "I'd hate for you to be alone when the results come",
        "worried sick about you tbh, text me when ur home",
        "Please don't skip the follow-up scan, I couldn't bear it if something was missed",
        "I'm scared for all our kids this flu season",
    ),
    *_c(
        "ma_lk_blame_illness",
        N,
        "Cancer took him. Not you, not me, not anyone here.",
        "nothing you ate or did in pregnancy caused this, the genetics team said so",
        "the waiting lists cost us months, that's on the government",
        "it's not your fault, it's this evil disease",
        "blame the underfunded research, not yourselves",
    ),
]
