"""More abuse aimed at a member and its look-alikes, in other voices, written for training.

Written blind for Hearth (2026-12-05) by a second writer who saw neither the detector, nor the
first writer's file, nor any test set, from the person-directed abuse typologies (CAD, Willard
2007, relational aggression). ``POSITIVES``: abuse a moderator must see, by kind;
``LOOKALIKES``: what a parents' support group says in the same words and must stay quiet.
"""

from __future__ import annotations

POSITIVES: dict[str, tuple[str, ...]] = {
    "telling_to_leave": (
        "Nobody wants you here. Log off and stay off.",
        "@Dave mate, do us all a favour and leave the server. You bring nothing but misery.",
        "replying to Jo: honestly just go. this group was fine before you turned up",
        (
            "Why are you still here? Your kid finished treatment months ago, go and whinge "
            "somewhere else."
        ),
        "we all think you should leave. ask anyone. you're the reason half the mums went quiet",
        "Pack it in and go, Karen. Nobody reads your essays anyway 🙄",
        (
            "As a grandfather who has been in this group since the very start, I will say "
            "what the others won't: you are not welcome here, and you should remove "
            "yourself."
        ),
        (
            "Is there a reason you haven't left yet? Genuinely asking, because no one "
            "wants you in here."
        ),
        "Bye 👋 don't let the door hit you on the way out",
        "go back to tiktok, kid. grown-ups are talking. nobody asked you to be in here",
        (
            "Advice for @Priya: find a different group. This one is full of people who are "
            "sick of you."
        ),
        (
            "I no want you in this group anymore. You make every person sad. Please go "
            "away and never come back."
        ),
        "3am and you're still posting. go to bed and then don't come back tbh 😴👋",
        (
            "I've tried to be patient with Mark for months. I answered his questions, I "
            "sent him the link for the parking permit, I even DM'd him when his lad was in "
            "PICU. But I'm done. Mark, you're a drain on everyone here. Leave. Just leave "
            "the group and let the rest of us breathe."
        ),
        "Right, hands up who wants Steph gone? 🙋‍♀️🙋‍♂️🙋 thought so. Off you pop, love.",
        "You were never one of us. Take yourself off the server before we make it official.",
        (
            "Nobody asked for your opinion, nobody asked for your updates, nobody asked "
            "for you. Leave."
        ),
        "Strewth, are you still hanging round? Rack off, nobody wants ya here.",
        "Kindly see yourself out of this channel. Permanently.",
        "Sam, take the hint. Every thread you join goes dead. Find yourself another group.",
        (
            "My son finished chemo 2 years ago and I stayed to help people. You I don't "
            "want to help. Leave this place, you don't deserve it."
        ),
        "Can someone tell Lou the group is for people who actually care? She can go now.",
        "get out of our group. we've had a vote and it's unanimous 🚪",
        (
            "Please leave. Not 'take a break', not 'mute for a bit'. Leave and don't come "
            "back, you've ruined this place."
        ),
    ),
    "blaming_for_illness": (
        (
            "Maybe if you hadn't smoked through your pregnancy your kid wouldn't have "
            "leukaemia. Just saying."
        ),
        "You fed him junk for years and now you're shocked he's got cancer? Come on.",
        "It's a punishment, you know. God doesn't give cancer to the children of good mothers.",
        (
            "replying to Ben: you waited three weeks to take him to the GP. That tumour is "
            "on you, mate."
        ),
        (
            "Honestly, what did you expect living next to that power station? You chose "
            "that house. You chose this."
        ),
        (
            "Funny how the kids of the parents who never listen are always the ones who "
            "relapse. Think about it, Rach."
        ),
        (
            "We all think you missed the signs. Everyone in here spotted it in your photos "
            "before you did."
        ),
        "Is it true you let him skip his meds? Because that's why he relapsed, and you know it.",
        (
            "Your bad energy made your daughter sick. Children absorb what their mothers "
            "carry. Fix yourself first."
        ),
        (
            "If you'd bothered to breastfeed maybe her immune system would've fought it "
            "off. Food for thought 🤷‍♀️"
        ),
        (
            "You work 60 hours a week and never noticed she was poorly. Don't cry to us "
            "now, you caused this."
        ),
        (
            "In my country we say the sickness of the child is the sin of the parent. You "
            "should ask yourself what you did."
        ),
        (
            "lol imagine giving your own kid cancer from vaping in the car and then asking "
            "us for prayers"
        ),
        (
            "As a grandmother I have to be honest. That boy got sick because his mother "
            "never kept a clean house. Everyone could see it."
        ),
        "Don't look at the doctors, look in the mirror. You did this to him.",
        "Bless, you really think it was 'just bad luck'? With the way you raised her?",
        (
            "@Kev your kid relapsed because you dragged him to the footy every weekend "
            "when his counts were low. Selfish."
        ),
        (
            "Her brain tumour is from the phone you stuck in her hand at age 2. Hope the "
            "screen time was worth it."
        ),
        "You stopped the chemo for three days for a holiday and now it's back. Own it.",
        (
            "ngl your son got sick bc you were too busy with your new bf to notice him "
            "being ill. that's on you"
        ),
        (
            "I've read every update you've posted since diagnosis. The bruising in March. "
            "The tiredness in April. The nosebleeds you called 'hay fever'. You sat on it "
            "for months. So no, I won't be sending hugs. Your daughter is on that ward "
            "because you couldn't be bothered."
        ),
        (
            "Stress causes cancer and you've been screaming at that poor kid for years. "
            "Connect the dots."
        ),
        "You should have to live with knowing it was you. Maybe that'll stop the pity posts.",
        (
            "I'm sure the damp in that house you refused to sort out had nothing to do "
            "with it 🙄 keep telling yourself that"
        ),
        (
            "Dad to dad: you let him eat whatever he wanted and never made him see a "
            "doctor. You can't blame the hospital for what you did."
        ),
    ),
    "wishing_harm": (
        "Hope you get it next. See how you like it.",
        "I hope you lose everything. You deserve to.",
        (
            "@Lisa I hope the next scan comes back bad for you, not your kid. You're the "
            "one who deserves it."
        ),
        "honestly wish you'd just disappear permanently 💀",
        "People like you should get cancer yourselves, then maybe you'd stop lying about it.",
        "I hope you cry every single night and nobody comes.",
        "replying to Dan: hope your wife leaves you. she'd be better off.",
        (
            "Wouldn't it be nice if you got hit by a bus on your way to the ward. Asking "
            "for the whole group."
        ),
        "I pray God gives you the pain you give everyone here.",
        "May you feel what you made me feel, a hundred times over.",
        "Hope your car breaks down on the way to clinic and you miss everything. Karma 🙂",
        "I hope you end up alone in that hospital corridor with nobody to ring. You've earned it.",
        "if there's any justice you'll be the next one in a bed on that ward 🙏",
        "Drop dead, seriously.",
        "Hope you rot, Claire.",
        "I wish it had been you instead of him. Everyone would have been happier.",
        (
            "I'm a dad with a kid in treatment and I'll say it: I hope you suffer like the "
            "rest of us, you smug git."
        ),
        "Someone like you deserves to get sick and have no one there to hold your hand.",
        "I hope your phone dies and you never post again. And I hope you go with it.",
        "hope u choke on ur coffee tmrw 😘",
        "I want you to hurt. I want you to feel as small as you make everyone else feel.",
        "May all your days be dark. It is a curse from my grandmother and I mean it for you.",
        (
            "I tried to welcome you. I messaged when you joined, offered to meet at the "
            "Ronald McDonald House, gave you my number. And you repaid it by spreading "
            "lies about me to half the group. So I'll be honest for once: I hope something "
            "terrible happens to you."
        ),
        "Hope your fundraiser flops and you get to watch everyone walk away. Enjoy.",
        (
            "Wish you'd stop breathing so loudly in every thread. Actually, wish you'd "
            "stop breathing, full stop."
        ),
    ),
    "threats": (
        "Keep talking and I'll post your home address in here. I know where you live.",
        "I've got screenshots of everything. Say one more word and they go to your employer.",
        (
            "I will ring social services and tell them you neglect that boy. See how you "
            "like a home visit."
        ),
        "@Rob watch yourself. I'm at the same hospital on Tuesdays and I know what you look like.",
        (
            "You think you're anonymous? Your kid's name, school and ward are all in your "
            "old posts. Keep going and I'll share them."
        ),
        "Say that to my face at clinic and see what happens.",
        (
            "replying to Nat: one more comment about my daughter and I'll make sure the "
            "whole parish knows what you did."
        ),
        "I'm reporting you to CPS. Not because you're a bad parent, just because you annoyed me 🙂",
        "I'll find you. Your profile pic has your street sign right there behind you.",
        "I know your husband's Facebook. Maybe he'd like to see what you write about him in here.",
        "Cross me again and I'll get your fundraiser taken down and tell everyone it was a scam.",
        "if i see you on the teenage unit i'm knocking you out, i swear down",
        (
            "Mate, I drive past your house every day on the way to the Royal Children's. "
            "Don't make me stop."
        ),
        "I will come to your house and you will be sorry. This is not a joke.",
        "Keep it up and you'll wish you'd never joined. I know people on that ward.",
        "One word from me to the oncology team and you'll be off that trial. Think carefully.",
        (
            "We'll all report you to the council for neglect until they take the kids. "
            "Then let's see you post."
        ),
        "u better sleep with one eye open lol 🔪",
        (
            "I've already found your LinkedIn. Want me to message your boss about all "
            "those 'sick days'?"
        ),
        (
            "I'm a patient myself, 17, relapsed, and I've been lurking here for my mum. "
            "I've seen how you talk to her. I kept quiet because she asked me to. But I'm "
            "done. If you message her again I'll post every DM you sent her with your full "
            "name and your town. Try me."
        ),
        "Say my son's name again and I'll come through the screen. Dead serious.",
        "Don't be surprised when the police knock. I've made a few calls about you.",
        "I'm a grandad, I've got plenty of time and I've got your address. Behave.",
        "Keep posting lies and I'll make sure your ex gets full custody. I'll testify myself.",
        (
            "Bit of friendly advice: people who mouth off like you tend to have accidents "
            "in car parks. Just saying 😉"
        ),
    ),
    "mocking_grief": (
        "Still crying about it? It's been a year, get over it.",
        "Oh here we go, another anniversary post for attention 🙄",
        "@Helen nobody wants to see your dead son's photo every week. Move on.",
        "lol the 'angel mum' act is getting old",
        "You lost your kid and somehow made it all about you. Impressive.",
        (
            "replying to Mike: mate, your daughter died 18 months ago. The group isn't "
            "your diary. Give it a rest."
        ),
        "Grief tourist. You just love the sympathy, don't you.",
        "Bless her, she still sets a place at the table. Some people really do milk it.",
        "At least you don't have to do the chemo runs anymore, silver lining 😂",
        "Another butterfly post. We get it, he's dead. Wow.",
        (
            "You didn't even cry at the funeral, I saw the photos. Spare us the heartbreak "
            "routine now."
        ),
        (
            "Maybe if you'd actually been at the hospital more you'd have something to "
            "grieve. Crocodile tears."
        ),
        "Posting his birthday cake when he's not here to eat it is honestly creepy. Get help.",
        "We all think you're using your daughter's death to get likes. Someone had to say it.",
        (
            "In my culture we mourn for forty days and then we stop. You are still weeping "
            "like a child. It is embarrassing."
        ),
        "boo hoo, another sad candle emoji 🕯️😭 so original",
        "Your grief is boring. Sorry not sorry.",
        (
            "Shame your boy didn't make it, but you need to stop dragging his memory out "
            "every time you want attention."
        ),
        (
            "I'm a bereaved dad too. Lost my Charlie in 2022. So I know. And that's why I "
            "can say this: you're doing grief wrong. You're performing it. Every post is a "
            "show. Every candle is for you, not for her. Stop turning your dead daughter "
            "into content."
        ),
        "Wonder how much of that memorial fund paid for your new car 🤔",
        "Oh look, the professional mourner is online.",
        "It's been three years love, the rest of us have moved on, maybe you should too x",
        (
            "teen here. my brother died and i don't post about it every 5 min like you. "
            "some of us grieve privately, try it"
        ),
        "Cry harder, maybe it'll bring him back 🙃",
        "Sorry but the 'my angel would have been 9 today' posts are just cringe at this point.",
    ),
    "derogation": (
        "You're a f*cking idiot and everyone here knows it.",
        "@Jess shut up you absolute b!tch",
        "ur so thick its unreal. stfu",
        "What a pathetic excuse for a father.",
        "You're a parasite. Feeding off everyone else's sympathy like a leech.",
        "replying to Tom: you are vermin. Crawl back under whatever rock you came from.",
        "Useless cow.",
        "She's a rat. Squeals to the mods about everything.",
        "You're a sh*t mum and an even worse person.",
        "Dumb as a bag of rocks, this one 🙄",
        "You're a stupid, selfish, nasty little man.",
        "You're like a cockroach, you just won't go away.",
        "You absolute muppet. Useless from start to finish.",
        "Fair dinkum, you're the biggest drongo I've ever come across. Brainless.",
        "You are a pig. Your head is empty like your heart.",
        "Honestly Gary you're a d*ckhead and a half",
        "Look at her, crying again. Such a snivelling little worm.",
        "You're a disgrace to every cancer parent here. A disgrace and an embarrassment.",
        (
            "I've tried to stay civil. I've read your posts about the treatment plan, your "
            "complaints about the nurses, the long rants about parking. I've bitten my "
            "tongue every time. But you're a nasty, small-minded, spiteful piece of work "
            "and I'm done pretending otherwise."
        ),
        "dude ur such a loser lmao nobody likes u",
        "Go away, you filthy leech.",
        "Grandad here, 72 years old, and in all my life I've never met a bigger fool than you.",
        "a$$hole. that's it, that's the post.",
    ),
    "faking_accusations": (
        "Your kid doesn't even have cancer. You're making it all up for the donations.",
        "Funny how the GoFundMe keeps going up but nobody's ever seen a single hospital photo 🤔",
        "@Becky show us a discharge letter or stop lying.",
        "Munchausen by proxy, textbook. We all see it.",
        (
            "replying to Lee: mate, you posted Bali the same week as 'round 3 of chemo'. "
            "Who are you kidding?"
        ),
        "Shaved her head yourself for the photos, didn't you?",
        (
            "She's a scammer. Do NOT donate to her fundraiser, that kid's been in "
            "remission for a year."
        ),
        (
            "How much have you made off your son's 'cancer' so far? Asking for those of us "
            "whose kids are actually sick."
        ),
        "You're not a cancer mum, you're a con artist with a sad story.",
        "lol 'stage 5' isn't even a thing. caught out 😂",
        (
            "Everyone be careful. This 'dad' has posted the same scan picture in three "
            "different groups."
        ),
        "Where's the money going? New nails every week while the kid 'can't afford treatment'.",
        (
            "I work in a hospital and that protocol doesn't exist. You're lying and I "
            "think you know it."
        ),
        (
            "In my country also there are people like you. They pretend the child is sick "
            "and collect the money. Shame on you."
        ),
        "Faker. Everyone knows it.",
        "You copied that update word for word from someone's blog. Caught you.",
        (
            "Strange how every time someone asks for proof, your daughter is suddenly 'too "
            "sick for visitors'."
        ),
        (
            "I wanted to believe you. I donated £50. I sent a hamper. I sent a card signed "
            "by my kids. Then I looked at the fundraiser page and the dates don't match "
            "your posts, the hospital you named has no children's unit, and your 'bald' "
            "photo is a stock image. You're a fraud."
        ),
        "Your teen isn't sick, she's just lazy and you're feeding the drama for attention.",
        "We all think you're faking it. It's not just me, check the group chat.",
        "Ha, 'brave warrior' my foot. That kid looks healthier than mine ever did.",
        "Reported your GoFundMe for fraud. Enjoy explaining that one.",
        (
            "Nobody's kid goes through 'six relapses in a year' and posts from a beach "
            "bar. Pull the other one."
        ),
        (
            "my cousin knows your family and says nothing is wrong with your son. stop "
            "scamming people"
        ),
        "Oh sure, 'emergency surgery' again, right when the fundraiser slowed down. Convenient 🙄",
    ),
    "passive_aggressive_contempt": (
        "Bless your heart, you really are trying your best, aren't you.",
        "Bless, some people just aren't cut out for parenting.",
        "Not everyone is a real cancer mom, and that's okay 🙂",
        (
            "I'm sure your way works for you. Not all of us can afford to be so… relaxed "
            "about our children."
        ),
        "@Amy oh sweetie. No. But thank you for sharing 💕",
        (
            "It must be lovely to have the time to post this much. Some of us are actually "
            "at the bedside."
        ),
        "Love how you always find a way to make everyone's news about you. It's a gift, really.",
        (
            "Good for you for getting out of the house while your son's in isolation. I "
            "never could, but that's just me."
        ),
        "replying to Carol: I'll pray for your kids. They'll need it with you in charge x",
        "Well done you for finally reading the leaflet 👏 only took four months",
        (
            "Some of us lost our children, but do go on about your port infection, it "
            "sounds very hard."
        ),
        "I don't think you mean to be ignorant, it just comes naturally to you.",
        (
            "With all due respect, and there isn't much, maybe leave the advice to the "
            "parents who actually know."
        ),
        "Interesting choice to post that. Very brave. Very... you.",
        "Oh, you're still here? I thought you'd left, it's been so quiet. It was lovely.",
        "Sorry if this is blunt, I just think real dads turn up to the appointments. No offence x",
        (
            "So impressed you manage to look that put together. Most of us are too busy "
            "caring for our kids to do our makeup 😊"
        ),
        (
            "I'm not saying you're a bad mother. I'm just saying I'd never let my kid do "
            "that. Anyway!"
        ),
        "Aww, he's learning! Only took a cancer diagnosis for him to meet his own kid's doctors 🥰",
        "Hun, nobody's judging. Well. Nobody who's said it to your face.",
        "We're all so proud of you for trying. Honestly, we expected less.",
        (
            "First of all, welcome, and I'm so sorry you're here. It's a club nobody wants "
            "to join. I remember my first night on the ward, the beeping, the forms. So I "
            "say this with love: the rest of us have been doing this a lot longer, and it "
            "shows when someone hasn't got a clue. Maybe read more, post less? x"
        ),
        (
            "Thanks for your input, Grandma. Things have moved on a bit since your day but "
            "we do appreciate you 🙏"
        ),
        (
            "Such a shame your daughter ended up with you as her carer. She deserved a "
            "fighter. Sending love x"
        ),
        "It's sweet that you think you understand. Adorable, really.",
    ),
}

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "tough_love_advice": (
        (
            "I'm going to be blunt because I care: you need to sleep. Go home tonight, "
            "your mum can do the night shift."
        ),
        (
            "Stop reading Dr Google at 2am. Close the tab, put the phone down and get some "
            "rest. You'll thank me."
        ),
        (
            "@Dave mate, you have to tell your boss. You can't keep hiding this and doing "
            "50 hours a week. Talk to HR tomorrow."
        ),
        (
            "Honestly? Stop apologising for asking questions. Nobody here thinks you're "
            "stupid. Ask the nurse, ask us, ask anyone."
        ),
        (
            "You need to eat something. Not coffee. Actual food. Go to the canteen now and "
            "come back and tell us what you had."
        ),
        (
            "replying to Jo: you can't pour from an empty cup. Take the respite weekend. "
            "Your daughter will be fine with the team."
        ),
        (
            "Get off this group for a few days. Seriously. It's not helping you right now, "
            "and we'll still be here when you come back."
        ),
        (
            "Listen love, you have to stop blaming yourself. Leukaemia isn't caused by "
            "anything you did. Repeat it until you believe it."
        ),
        (
            "As a grandad who's been through it twice: stop trying to be the strong one. "
            "Cry in the car. Then go back in."
        ),
        (
            "Your son is 16, let him read his own results. Treat him like the adult he's "
            "having to become. Trust me on this."
        ),
        (
            "Go to your GP about the panic attacks. Not next month. This week. You can't "
            "look after her if you fall apart."
        ),
        (
            "Put the fundraiser on hold and hand the admin to someone else. You're doing "
            "too much and it shows."
        ),
        (
            "I'll say it straight because someone has to: your other kids need you too. "
            "Book a day with them, even just a few hours."
        ),
        (
            "Stop checking the bloods app every hour. The numbers will be what they'll be. "
            "Pick a time and check once a day."
        ),
        (
            "You are allowed to say no to visitors. Tell your in-laws to stay away this "
            "week and protect his counts."
        ),
        "mate you sound wrecked. go to bed. that's an order 😅 we'll be here in the morning",
        (
            "Hard truth from a dad who's been there: you won't remember the clean house. "
            "Leave the dishes. Go and sit with her."
        ),
        (
            "Saying this with love: quit arguing with the consultant in front of your son. "
            "Do it in the corridor, he hears everything."
        ),
        (
            "In my country we say you must carry your own water before you carry for "
            "others. Please take care of your body first, you look so tired."
        ),
        (
            "You need to ask for the social worker. Don't be proud about it, that's "
            "literally what they're there for. Ask today."
        ),
    ),
    "medical_advice_wrong": (
        (
            "Have you thought about delaying the next round until she's stronger? My "
            "friend waited a month and her daughter did great 💕"
        ),
        (
            "Cut out all sugar! Cancer feeds on sugar, my naturopath says that alone can "
            "shrink a tumour."
        ),
        (
            "@Priya try frankincense oil on his feet instead of the anti-sickness meds, so "
            "much gentler on little bodies 🌿"
        ),
        (
            "Honestly I'd skip the radiotherapy, it does more harm than good. Look into "
            "the alkaline diet, it worked for my aunt."
        ),
        (
            "replying to Ben: you could ask if he can come off the steroids early, they're "
            "basically poison. Turmeric does the same job."
        ),
        (
            "Baking soda in water every morning balances the pH so cancer can't grow. "
            "Worth a go alongside chemo, or instead if you're worried!"
        ),
        (
            "My nan swore by apricot kernels for cancer. Might be worth trying while you "
            "wait for the scan results x"
        ),
        (
            "Have you tried cannabis oil? Loads of parents in the US have stopped chemo "
            "and used just that. Sending love."
        ),
        (
            "You don't need the flu jab for her, her body is fighting enough. Just vitamin "
            "C and rest 🍊"
        ),
        (
            "in my country we use a special mushroom tea and many children get better "
            "without the hospital. I can send you some 🙏"
        ),
        (
            "Fevers are actually good, it's the body fighting! I wouldn't rush to A&E "
            "every time, just cool cloths and rest."
        ),
        (
            "Maybe hold off on the port? A friend's kid managed with just cannulas and a "
            "positive mindset 💪"
        ),
        (
            "Juice cleanse! Green juices only for 30 days and the cancer can't survive. I "
            "did it with my dad."
        ),
        (
            "Essential oils on the pillow instead of the morphine, so much less addictive "
            "for a teenager ❤️"
        ),
        (
            "If he's feeling better you could probably skip the maintenance tablets at "
            "weekends, give his liver a rest."
        ),
        (
            "You don't have to let them do the lumbar puncture if you're not comfortable, "
            "you can refuse and try homeopathy first."
        ),
        (
            "Grandma tip: a raw garlic clove every morning is nature's chemo. Kept my "
            "whole family healthy for 70 years."
        ),
        (
            "I read that mistletoe injections cure leukaemia in Germany, maybe ask your "
            "oncologist to switch?"
        ),
        (
            "Try keto, mate, it starves the tumour. You could even ask to push back the "
            "surgery and see if it shrinks first."
        ),
        (
            "hot lemon water and prayer, nothing else needed. the doctors just want to "
            "sell you drugs tbh 🙏🍋"
        ),
    ),
    "grief_shared": (
        (
            "It's been a year today since we lost Ellie. I still put her cup out some "
            "mornings without thinking."
        ),
        (
            "I am so angry. Angry at the tumour, at the universe, at everyone whose kid is "
            "still alive. I know that's not fair. I just am."
        ),
        (
            "@Helen I saw your post about Joe's anniversary. Sending you so much love "
            "today. Say his name, we're listening."
        ),
        (
            "Nobody tells you you'll still cry in Tesco two years later. Saw his favourite "
            "yoghurt and had to abandon my trolley."
        ),
        (
            "replying to Mike: I lost my Sophie in 2021. The second year was harder than "
            "the first for me. You're not doing it wrong."
        ),
        (
            "I hate that he's gone. I hate it. I hate everyone who says he's in a better "
            "place. The better place was my arms."
        ),
        "Our grandson died on Sunday. He was 6. We don't know what to do with ourselves.",
        (
            "my big sister died last month and people at school act like i should be over "
            "it. i'm not. i don't think i ever will be."
        ),
        "Lit a candle tonight for all our angels 🕯️ Charlie would have been 9.",
        (
            "Sometimes I hate the parents whose kids rang the bell. Then I hate myself for "
            "hating them. Grief is ugly."
        ),
        "Why her? Why my baby? She was four. She never hurt anyone. I want someone to answer me.",
        (
            "Bereaved dad here. Lost my lad 3 years ago. I still can't walk past the "
            "football pitch. You're not alone, mate."
        ),
        (
            "It's 3am and I'm in his room again 😭 still smells like him. can't bring "
            "myself to wash the pillowcase."
        ),
        (
            "I was so angry at the funeral I couldn't speak. People kept saying 'at least "
            "she's not suffering'. I wanted to scream at them."
        ),
        (
            "My son died in my arms and I still don't know how I'm meant to keep living. "
            "But I'm here, posting, so I suppose I am."
        ),
        (
            "Our daughter passed in June. I write in English which is not my language, "
            "sorry. I just need to say it somewhere."
        ),
        (
            "It's not fair. Fourteen years old. He had plans. He wanted to be a vet. "
            "Cancer took all of it."
        ),
        (
            "Anniversary week. Be gentle with me if I'm short in the chat. I miss her so "
            "much it physically hurts."
        ),
        (
            "I'm furious that the world keeps going. The bins still get collected. How "
            "dare the bins get collected."
        ),
        "Ten years this Christmas. I still miss you every single day, my beautiful boy. Mum x",
    ),
    "disagreeing_politely": (
        (
            "I see where you're coming from, but I don't agree that we should avoid the "
            "trial. Our consultant explained it really well."
        ),
        (
            "@Sam I'd push back a little on that, respectfully. Not every hospital is like "
            "yours, ours has been brilliant."
        ),
        (
            "replying to Jo: I don't think that's quite right. Our nurses said the "
            "neutropenic diet rules have changed. Worth asking yours?"
        ),
        (
            "I hear you, but I'd gently say you're being a bit hard on the other parents. "
            "Everyone's doing their best."
        ),
        (
            "Sorry, I have to disagree. I think teens should be told everything about "
            "their treatment. Happy to hear other views though."
        ),
        (
            "Different perspective here: we didn't find the play specialist helpful at "
            "all. Doesn't mean yours won't be!"
        ),
        (
            "I don't agree that we should ban fundraising posts. Some families genuinely "
            "rely on them. Maybe a separate channel?"
        ),
        "That hasn't been my experience, but I believe you. Every kid responds so differently.",
        (
            "With respect, mate, I think you're wrong about the parking. You can get a "
            "permit from the ward clerk, they sorted one for us."
        ),
        (
            "Grandma here, I have a different view. I think it's fine for the "
            "grandchildren to see him bald. Children cope better than we think."
        ),
        (
            "I understand your point, but in my country we also tell the child the truth. "
            "I think it is better. Only my opinion."
        ),
        (
            "Hmm, respectfully no 😅 I think ringing the bell is lovely, even if it's hard "
            "for some. Can we agree to disagree?"
        ),
        (
            "Not sure I agree. Going back to school part-time worked really well for my "
            "daughter. But every kid's different."
        ),
        (
            "I'd question that statistic, it's from quite an old study. The newer survival "
            "figures are much better. Link in a sec."
        ),
        (
            "honestly i disagree, as a patient i'd rather people ask me directly than "
            "whisper to my mum. no offence meant!"
        ),
        (
            "I think we'll have to agree to disagree on the 'stay positive' thing. It "
            "doesn't work for me, but I'm glad it helps you."
        ),
        (
            "You might be right, but I'd still get a second opinion before deciding. "
            "That's all I'm saying."
        ),
        (
            "I take your point about the rules, but I think the venting channel should "
            "stay. It's been a lifeline for some of us."
        ),
        (
            "Respectfully, dad to dad, I don't think sleeping at the hospital every night "
            "is the only way to be a good father."
        ),
        (
            "I'm not sure that's fair on the nurses, they're stretched so thin. But I "
            "completely get why you're frustrated."
        ),
    ),
    "defending_a_member": (
        (
            "Whoever said Tina's kid got sick because of her cooking needs to back off. "
            "That's cruel and it's nonsense."
        ),
        (
            "@Mark that was out of line. You don't get to tell a bereaved mum how long she "
            "can grieve. Apologise."
        ),
        (
            "replying to Dave: no. You don't call someone a liar about their child's "
            "cancer without a shred of evidence. Not okay."
        ),
        "Mods, can someone look at the comment above? Calling Jess a b!tch isn't 'just banter'.",
        (
            "Stop piling on her. She asked a question, she didn't deserve twenty people "
            "telling her to leave."
        ),
        (
            "I'm a dad and I'll say this clearly: threatening to ring social services on "
            "someone because you disagree with them is disgusting."
        ),
        "Helen can post about Joe every day if she wants. If you don't like it, scroll past.",
        (
            "Whoever DM'd Priya telling her she's faking it: we've seen the screenshots. "
            "You should be ashamed of yourself."
        ),
        (
            "She is NOT a bad mother. She's exhausted and scared like the rest of us. "
            "Leave her alone."
        ),
        (
            "Hey, 'bless your heart, some people aren't cut out for parenting' is a nasty "
            "thing to say to someone at 2am in PICU. Not cool."
        ),
        "Nobody here gets to decide who's a 'real' cancer mum. Cut it out.",
        (
            "teen here. whoever told my mum she gave me cancer by vaping can do one. she's "
            "never vaped. and that's not how cancer works."
        ),
        "Posting someone's address in a support group? Absolutely not. Reported.",
        (
            "Grandad Bill doesn't deserve to be mocked for asking how the app works. We "
            "were all new once."
        ),
        "I won't sit here and watch you call her vermin. She's one of us. Mods, please.",
        "Please stop telling Lee his son's relapse is his fault. It isn't, and you know it isn't.",
        (
            "In my language we say, who throws stones at the wounded has no heart. Please "
            "stop attacking Ana."
        ),
        (
            "Seriously, the pile-on in this thread is gross. Sam has done nothing but help "
            "people here for two years."
        ),
        "Oi. Leave Shaz alone. Wishing cancer on someone is the lowest of the low, mate.",
        (
            "To whoever keeps calling Rachel a scammer: I've met her little boy on the "
            "ward. Delete your posts."
        ),
    ),
    "quoting_what_was_said": (
        (
            "My mother-in-law actually said to me today 'maybe if you'd breastfed him he "
            "wouldn't be sick'. I'm shaking."
        ),
        (
            "A stranger in the car park told me 'you should be ashamed, letting a bald kid "
            "out in public'. Who says that?"
        ),
        (
            "Got a DM from a troll saying 'your kid deserves it'. Screenshotted and "
            "blocked. Mods, heads up."
        ),
        (
            "My ex texted 'you gave her cancer with your stress'. I know it's not true but "
            "now it's in my head."
        ),
        (
            "Someone on Facebook commented 'faker, stop begging for money' on our "
            "fundraiser. Our son is literally in theatre right now."
        ),
        (
            "My brother said 'get over it, it's been a year' about my daughter's death. At "
            "Christmas dinner. In front of everyone."
        ),
        "a kid at school told my sister 'your brother's gonna die lol'. she's 10. i'm so angry.",
        (
            "A neighbour said 'bless, some people just aren't cut out for parenting' when "
            "she saw me crying on the doorstep. I didn't reply."
        ),
        (
            "A mum at the school gate told me to 'drop dead' when I asked her to move out "
            "of the disabled bay. Lovely."
        ),
        (
            "Had a comment on TikTok: 'hope you get it next'. I'd posted about my son's "
            "chemo. What is wrong with people?"
        ),
        (
            "Our vicar said it was God's will. I wanted to ask him if God also wanted me "
            "to lose my job."
        ),
        "My dad told me 'real men don't cry in hospitals'. I cried anyway. In the hospital.",
        (
            "Someone left a note on our windscreen: 'stop milking your kid's illness'. "
            "We'd parked there for a 6am clinic."
        ),
        (
            "My husband's colleague said 'you know sugar feeds cancer, right? you did "
            "this'. He had to walk away before he said something."
        ),
        (
            "A troll emailed our charity page 'I know where you live'. We've reported it "
            "to the police. Anyone else had this?"
        ),
        (
            "Granny here. My own sister told me I'm 'making a fuss' because my grandson's "
            "cancer is 'the good kind'. There is no good kind."
        ),
        (
            "My friend said 'at least you've got other kids'. I know she meant well but I "
            "haven't spoken to her since."
        ),
        (
            "Some idiot in the comments called my wife a 'useless cow' because she asked "
            "for meal donations. I'm fuming."
        ),
        (
            "Another parent told me 'nobody wants you here' in the ward kitchen because I "
            "was crying. I left. Should I tell the sister?"
        ),
        (
            "In our community some people say 'you must have sinned'. It is very hard to "
            "hear this when my daughter is in hospital."
        ),
    ),
    "anger_at_cancer_or_hospital": (
        "F*ck cancer. F*ck it right in its stupid face.",
        (
            "I swear if pharmacy makes us wait four hours for discharge meds one more time "
            "I'm going to scream."
        ),
        "Cancer, you absolute b!tch. You don't get my boy. Not today.",
        (
            "Four cancelled scans in a row. FOUR. I'm writing to PALS and the chief "
            "executive and anyone else who'll listen."
        ),
        (
            "The consultant spoke to my daughter like she was a case number. She's a "
            "person. I'm livid."
        ),
        "I hate this disease. I hate what it's done to him, to us, to everyone in this group.",
        (
            "replying to Nat: same here, the parking at that hospital is a joke. £18 a day "
            "to watch your kid be sick."
        ),
        "Whoever designed the fold-out parent beds should be made to sleep on one for a year.",
        "Neuroblastoma can rot. Stage 4 at 3 years old. What kind of sick joke is this?",
        "stupid f***ing port infection AGAIN 😡 3am in A&E and they've lost the notes",
        (
            "Why does no one at this hospital talk to each other?? I've told the same "
            "story to six different doctors today."
        ),
        "Relapse. The word I hate most in the world. Screw you, leukaemia.",
        (
            "I'm so angry about the waiting list. Three months for an MRI and now it's "
            "spread. Someone should answer for that."
        ),
        (
            "The insurance company denied the proton therapy again. These people are "
            "vultures. Appealing tomorrow."
        ),
        "Chemo, you are poison, and I hate that you're also the thing keeping her alive.",
        (
            "In my country the hospital would never make a child wait so long. I am very "
            "angry today, sorry for my words."
        ),
        "Dear cancer: you picked the wrong family. Love, a very p*ssed off dad.",
        (
            "The Medicare rebate doesn't even touch the cost of getting to Sydney for "
            "treatment. It's a disgrace."
        ),
        (
            "The night nurse ignored the buzzer for 40 minutes while he was vomiting. I'm "
            "putting in a formal complaint."
        ),
        (
            "Cancer is a thief. It stole her hair, her school year, her friends, her 14th "
            "birthday. I hate it so much."
        ),
    ),
    "self_deprecation": (
        (
            "I'm such an idiot, I forgot the anti-sickness meds at home AGAIN. Worst mum "
            "award goes to me 🏆"
        ),
        (
            "Useless dad here, can't even work out the feeding pump. The nurse had to show "
            "me three times 🙈"
        ),
        "I'm a mess. Hair unwashed for 5 days, same hoodie since Tuesday. Don't look at me.",
        "Bless my own heart, I turned up to clinic on the wrong day. Again.",
        (
            "I feel like a fraud posting here when my son's prognosis is so good compared "
            "to others. Sorry."
        ),
        (
            "Grandma here and I'm hopeless with this Discord thing. Forgive me if I post "
            "in the wrong place 😅"
        ),
        (
            "ngl i'm the worst sibling, i got annoyed at my brother for hogging the telly "
            "and he's literally having chemo"
        ),
        "I'm the most pathetic person alive, I cried because the vending machine ate my pound.",
        (
            "Some people just aren't cut out for this, and I'm starting to think I'm one "
            "of them. Having a bad night."
        ),
        (
            "My brain is mush. Just put the milk in the cupboard and the cereal in the "
            "fridge. Chemo brain by proxy lol"
        ),
        (
            "I'm a terrible person, I was jealous of a mum whose kid finished treatment. "
            "I'm working on it."
        ),
        (
            "My English is not so good and I am very stupid with the apps, so sorry if I "
            "make mistakes in this group."
        ),
        (
            "Yes I'm the idiot who booked a holiday before the protocol changed. Anyone "
            "know if travel insurance covers that? 🤦‍♂️"
        ),
        "I'm not a real cancer mum, I'm just a mum who googles too much and panics. Any tips?",
        "Dad fail: packed the hospital bag with three chargers and zero pants. For him OR me.",
        "Me at 2am: eating cold hospital toast and crying at a dog food advert. Peak parenting 🥲",
        (
            "I'm a terrible patient tbh, I moaned at the nurse about the cannula and she "
            "was only trying to help. gonna apologise."
        ),
        (
            "I've been a right cow to my husband this week. Stress isn't an excuse but it "
            "is a reason."
        ),
        (
            "I'm a waste of space at these appointments, I just nod and forget everything "
            "they say. Anyone else write it all down?"
        ),
        (
            "Proper drongo moment: locked myself out of the car at the Royal Children's "
            "with the engine running. Kill me now 😂"
        ),
    ),
    "teasing_between_friends": (
        "@Sam you absolute muppet, you posted your shopping list in the general channel again 😂❤️",
        "lol Jo you're such a nerd with your colour-coded med chart, never change 💜",
        (
            "replying to Dave: mate, your dad jokes are the worst thing in this group and "
            "that includes the hospital coffee 🤣"
        ),
        (
            "Get out of here with your sourdough photos, Tina, some of us are living on "
            "vending machine crisps 😆"
        ),
        "Oi Bazza, stop hogging the good parent chair on ward 4 lol 🪑",
        "You nutter, you drove 3 hours to bring me a lasagne?? I love you 😭❤️",
        "Lee you are a menace and I adore you 😂",
        "Shut UP Priya, that meme killed me 💀💀💀",
        "@Helen go to bed woman, it's 2am 😂 love you x",
        "you're such a drama queen Kev, it's a paper cut 🙄😂 (jk hope it's ok)",
        (
            "Nobody wants you here... said no one ever about our Grandad Bill and his "
            "biscuit parcels 🍪❤️"
        ),
        "Tom you clown, that's the third time you've replied in the wrong thread lol 🤡💙",
        (
            "ugh i hate you for getting concert tickets and not me 😤 (i'm so happy for "
            "you, enjoy it!!)"
        ),
        "Steph you absolute weirdo, who takes a selfie with the chemo bag?? Love the energy tho 😂",
        "Rach, I'm reporting you to the mods for excessive good vibes 🚨😂",
        (
            "Drop dead gorgeous as always, Gemma. Who gave you the right to look that good "
            "on no sleep 😍"
        ),
        "Stop being so bloody nice, Claire, you're making the rest of us look bad 😂💕",
        (
            "Jess you legend, you remembered my son's birthday. I take back everything I "
            "said about your parking 😂"
        ),
        "@Mark fight me, Vegemite is NOT food 😤😂",
        (
            "My friend you are crazy man 😂 you bring the whole ward pizza again, the "
            "nurses love you more than the doctors"
        ),
    ),
    "boundaries_and_moderation": (
        "Please don't DM me. If you want to talk, do it in the thread where others can see.",
        "I'm muting this thread. It's not good for me right now. Take care, everyone.",
        (
            "Mod note: this thread is now locked. Personal attacks break rule 2. Please "
            "take a break and cool off."
        ),
        "@Dave I'm asking you to stop tagging me. I've said no twice. Next time I'll block.",
        (
            "Admin here. Calling other members' fundraisers 'scams' isn't allowed. Raise "
            "concerns privately with the mod team."
        ),
        (
            "replying to Jo: I'm not comfortable discussing my son's prognosis in public. "
            "Please don't ask again."
        ),
        (
            "Stop. Everyone. This thread has gone right off the rails. Mods have removed "
            "several comments. Be kind or be quiet."
        ),
        (
            "I'm leaving the group for a while. Not because of anyone, I just need a "
            "break. Love you all."
        ),
        (
            "Reminder: do not post other members' full names, hospitals or addresses. "
            "Doing so gets you removed, no warnings."
        ),
        (
            "You've been warned twice about advice that contradicts treatment. This is a "
            "7-day timeout. Come back when it's done."
        ),
        (
            "Please don't share screenshots of my posts outside this server. I posted them "
            "here for a reason."
        ),
        (
            "Mod: I've removed the comment calling a member a liar. If you have concerns, "
            "DM the mods. Don't go after people in public."
        ),
        (
            "I'm stepping back from the bereaved channel for a bit. I need to protect my "
            "own head. Not your fault, any of you."
        ),
        (
            "Kindly take this argument to DMs or drop it. This channel is for newly "
            "diagnosed families."
        ),
        (
            "Blocking people doesn't make me a bad person. I'm doing what I need to do to "
            "get through this."
        ),
        (
            "The admins have zero tolerance for threats. That post has been removed and "
            "reported to Discord Trust & Safety."
        ),
        "Please stop asking me for my GoFundMe link in DMs, it's in my bio. Thank you x",
        "I asked you to stop messaging my daughter. She's 15. The mods have been informed.",
        (
            "Everyone please take a breath. We're all scared and tired. Off-topic posts go "
            "in #general, not here."
        ),
        (
            "Friendly reminder from the mod team: we don't tell anyone to leave, and we "
            "don't tell anyone how to grieve. Thanks."
        ),
    ),
}
