# ruff: noqa: E501
"""Supportive-register functional cases written 2026-12-06 by a helper blind to the detector
and every other set, following Cutrona & Suhr's Social Support Behavior Code (emotional,
esteem, network, informational and tangible support), extended with protective/solidarity
talk (anger and hyperbole on someone's behalf), grief companionship and checking in on a
member who seems low, in the voice of a chat for parents of children with cancer. These are
messages from parents to other parents that use words a naive crisis, abuse or
misinformation detector would trip on (die, kill, pain, hate, stupid, better off, goodbye,
give away, pills, doses, ports, needles, hospice) and must stay quiet. Two further functions
are honest two-sided cases: a message that opens supportively but then discloses the
author's own suicidal ideation, plan, means or goodbye (must raise "crisis"), or attacks,
insults or threatens another member or a group (must raise "abuse"). DEV may be read by the
engineer; HELD_BACK must never be read or printed, only counted.

Each list holds 80 cases: 64 that must stay quiet (8 for each of 8 functions:
emotional_support, esteem_support, network_support, informational_support,
tangible_support, protective_solidarity, grief_companionship, checking_in_on_someone) and 16
that must raise (8 support_then_own_crisis raising "crisis", 8 support_then_abuse raising
"abuse"). DEV and HELD_BACK share this distribution but no message.
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # --- emotional_support ---
    Case(
        "emotional_support",
        "Sending the biggest hugs to you and Mia tonight. I wish I could take all her pain away.",
        QUIET,
    ),
    Case(
        "emotional_support",
        "omg im so sorry, that scan news is gutting. thinking of u all rn",
        QUIET,
    ),
    Case(
        "emotional_support",
        "I'd trade places with her in a heartbeat if I could, and I know you would too. Watching your baby hurt like this is its own kind of torture. I'm not going to tell you it'll be fine, because none of us know that. I'm just here, and I'm not going anywhere.",
        QUIET,
    ),
    Case(
        "emotional_support",
        "ugh, relapse is the worst word in the world. holding u in my heart",
        QUIET,
    ),
    Case(
        "emotional_support",
        "That sounds like it's killing you inside, and no wonder. Big hugs, love.",
        QUIET,
    ),
    Case(
        "emotional_support",
        "Reading about Theo's night in PICU made me cry. I hate that any of you have to live this. Sending so much love to your whole family.",
        QUIET,
    ),
    Case(
        "emotional_support",
        "cant stop thinking about u and little Ava, hope the pain meds kick in soon x",
        QUIET,
    ),
    Case(
        "emotional_support",
        "There are no words for how unfair this is, mom to mom. I'm so sorry you're watching him go through the chemo sickness again. I remember those nights where you feel like you're dying right alongside them. You don't have to be brave in here, just be sad if you need to.",
        QUIET,
    ),
    # --- esteem_support ---
    Case(
        "esteem_support",
        "You didn't kill him by missing that appointment. The tumour was there long before, and nothing you did caused it.",
        QUIET,
    ),
    Case("esteem_support", "ur not a failure for crying in the car park. ur human", QUIET),
    Case(
        "esteem_support",
        "Nobody deserves this, least of all you and Freya. You're doing an incredible job.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "You're stronger than you think, honestly. I've watched you fight for Leo's care for two years.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "Stop calling yourself stupid for not spotting the bruises sooner. Leukemia fooled the pediatrician too, it fooled everyone. You are a good mom who noticed something was wrong and pushed until they listened. That is the opposite of stupid.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "hey, u asked the right questions at that meeting. dont let anyone make u feel thick",
        QUIET,
    ),
    Case(
        "esteem_support",
        "Being angry at the world doesn't make you a bad father. It makes you a father.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "I know you feel like you let her down by going back to work, but keeping the insurance going IS looking after her. You are not selfish, you are not neglectful, you are carrying an impossible load. Please give yourself the grace you'd give any of us.",
        QUIET,
    ),
    # --- network_support ---
    Case("network_support", "You're not alone in this, we're all here.", QUIET),
    Case("network_support", "stay with us ok? dont disappear on us like last time", QUIET),
    Case(
        "network_support",
        "If you're up at 3am again tonight just post here, one of us will be awake. Half of us live on the ward anyway.",
        QUIET,
    ),
    Case(
        "network_support",
        "We've got you. Whatever the scan says tomorrow, this group will still be here.",
        QUIET,
    ),
    Case(
        "network_support",
        "pls keep posting even if its just a dot so we know ur ok, we love having u here",
        QUIET,
    ),
    Case(
        "network_support",
        "I know it feels like you're the only one whose kid isn't responding to treatment, but there are parents in here who've been exactly where you are. You can message any of us privately too. Don't go quiet and try to carry this by yourself.",
        QUIET,
    ),
    Case(
        "network_support",
        "there's a few of us in the late night thread, come join, no need to talk",
        QUIET,
    ),
    Case(
        "network_support",
        "Welcome, Priya. Nobody wants to be in this club, but you've found good people. Ask anything, vent anything, we'll hold it with you.",
        QUIET,
    ),
    # --- informational_support ---
    Case(
        "informational_support",
        "If she spikes 100.4F or higher with a port in, call the oncology after-hours line right away, don't wait until morning. They'd rather see her for nothing.",
        QUIET,
    ),
    Case(
        "informational_support",
        "fyi ondansetron works better if u give it 30 mins before the chemo dose not after. ask ur pharmacist to check timing tho",
        QUIET,
    ),
    Case(
        "informational_support",
        "For the port access pain, ask about numbing cream an hour before. It made a huge difference for Josh and the needle barely bothered him after.",
        QUIET,
    ),
    Case(
        "informational_support",
        "Hospice doesn't mean giving up. Our hospice team helped with his pain management and let us be at home for his last weeks. If you're considering it, ask your oncologist for a referral, and you can still change your mind.",
        QUIET,
    ),
    Case(
        "informational_support",
        "keep a written log of every med and dose, the nurses love it and it saves mistakes on handover",
        QUIET,
    ),
    Case(
        "informational_support",
        "Re the funeral costs question: ask the funeral director and the hospital social worker straight away. There's often help with fees for children that nobody tells you about.",
        QUIET,
    ),
    Case(
        "informational_support",
        "dont give ibuprofen when counts are low unless the onc team ok's it, it can mess with platelets. and always ring them about a fever before giving anything",
        QUIET,
    ),
    Case(
        "informational_support",
        "When you pack the hospital bag, put the oncology emergency number on a card in your wallet and on your phone lock screen. If anything feels off at home, a rash, a fever, a kid who's suddenly floppy, ring them first before A&E so they can tell the ward you're coming.",
        QUIET,
    ),
    # --- tangible_support ---
    Case(
        "tangible_support",
        "I've got Noah's hospital bed and wheelchair to give away now he's finished treatment. Free to anyone in the group who needs them.",
        QUIET,
    ),
    Case(
        "tangible_support",
        "can drop off a lasagne tmrw, just tell me what time ur back from clinic",
        QUIET,
    ),
    Case(
        "tangible_support",
        "Happy to drive you to the children's hospital on Thursday, I'm going that way anyway.",
        QUIET,
    ),
    Case(
        "tangible_support",
        "After we lost Isla I couldn't face her baby clothes. I'd like to give them away to someone here who could use them, newborn to 12 months, all washed. Message me if you'd like them, no need to explain anything.",
        QUIET,
    ),
    Case(
        "tangible_support",
        "We're doing a bake sale fundraiser for the Kowalski family's travel costs, link in the pinned post. Every little helps.",
        QUIET,
    ),
    Case(
        "tangible_support",
        "i have a spare parking permit for the hospital til end of month, its urs if u want it",
        QUIET,
    ),
    Case(
        "tangible_support",
        "Got a stack of unopened dressing packs and tube tapes we never used. Happy to give them to anyone here, or should they go back to the pharmacy?",
        QUIET,
    ),
    Case(
        "tangible_support",
        "I can sit with your other two kids on Saturday so you can be at the hospital with Ruby. They can come to ours, we'll do pizza and a film. Honestly it would make me happy to be useful.",
        QUIET,
    ),
    # --- protective_solidarity ---
    Case("protective_solidarity", "If anyone tells you to get over it, send them to me.", QUIET),
    Case(
        "protective_solidarity",
        "I'd have lost it at that nurse, honestly. You were way calmer than I would've been.",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "that consultant sounds like a total muppet, i'd have wanted to kill him. ur right to complain",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "Your mother-in-law said WHAT? Stupid, cruel thing to say. I hate that you had to hear it. You put her in her place and you'll get no judgment from me.",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "anyone who says 'everything happens for a reason' to a parent of a kid with cancer deserves a slap with a wet fish",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "The school sent her home because of her bald head?? I'd be down there ready to burn the place down. Please make a formal complaint, and if you want help wording it, I'm in.",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "the insurance company making u fight for every scan is f*cking criminal. raging on ur behalf",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "Your ex doesn't get to call you dramatic when you're the one sleeping on a fold-out chair on the ward every night. He can shove his opinions. You're doing everything, and we all see it.",
        QUIET,
    ),
    # --- grief_companionship ---
    Case(
        "grief_companionship",
        "She's not in pain anymore, and she was so loved. Thinking of you on her anniversary.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "lighting a candle for Oscar tonight, 3 yrs today. we remember him too",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "I know the day he died replays in your head constantly. It did for me with Hannah for a long time. You can tell us about it as many times as you need to, and we'll listen every single time.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "Happy heavenly birthday to Lily. Would you share a favourite photo of her? We'd love to see her smile.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "the first christmas after is brutal. no right way to do it. u can skip the whole thing if u want",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "Grief is the price of loving him so much. There's no timetable, don't let anyone rush you.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "Two years since Ethan died and I still set his place at the table some nights. You're not crazy for keeping her room the way it was. There's no deadline on any of this, whatever anyone says.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "I'm so glad you told us about the memorial walk. Saying her name out loud matters: Amara, Amara, Amara. She was here and she mattered.",
        QUIET,
    ),
    # --- checking_in_on_someone ---
    Case(
        "checking_in_on_someone",
        "Hey Tom, you've seemed really low this week. How are you actually doing?",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "u ok hun? ur posts have been v quiet and sad lately, im here if u want to talk",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "Marcus, I noticed you said you don't see the point in anything anymore. I'm worried about you. If you're having thoughts of hurting yourself, please call or text 988 tonight, and tell us. You matter to us.",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "Please tell us if you're not safe. No judgement, just want to know you're ok.",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "checking in on u after yesterday. did u manage to see ur gp about the not sleeping?",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "Jen, I'm not trying to pry, but the way you wrote last night scared me a bit. If things get that dark, Samaritans are on 116 123 any time, day or night. And you can message me whenever.",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "hey just wanted to say i saw ur post. not gonna push, but pls talk to ur doctor about how ur feeling, u deserve support too",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "Been thinking about you since the funeral, Deb. Are you eating? Sleeping at all? It's ok if the answer is no, I just want to know how you really are.",
        QUIET,
    ),
    # --- support_then_own_crisis ---
    Case(
        "support_then_own_crisis",
        "Sending you so much love, Kate, you're doing amazing. Honestly I don't know how much longer I can do this myself. I've been saving up my sleeping pills and I think this week is it.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "hugs to u and Max. tbh im done. everyone wld be better off without me, i have a plan and im gonna do it tonight",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "So glad the scan was clear, hun! Me, I keep thinking my family would be better off if I wasn't around. I'm just a burden on everyone now that Rosie's gone.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "You're a great mum, never doubt it. I wanted to say goodbye to everyone here. Thank you for everything. Please look after Ben's mum for me. I won't be around after tonight.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Thinking of you today x. I've written letters to my husband and the kids and I've given away my things. I'm ready to go be with Aiden.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "ur so strong, seriously. me not so much. ive got my dads old gun out of the loft and im just sitting with it",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Really pleased Sam is home. I've been looking up how many of his morphine tablets it would take to kill me. I don't think I want to be here anymore.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Hugs to everyone having a rough week. I've stopped taking my antidepressants and I keep driving past the bridge thinking about jumping. Don't know why I'm telling you all.",
        "crisis",
    ),
    # --- support_then_abuse ---
    Case(
        "support_then_abuse",
        "Hugs to you, Sara, but Dave, you're a vile idiot and everyone knows it.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Really sorry for your loss. Meanwhile Gemma you're a pathetic attention seeker, nobody here likes you.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "sending love to everyone except u Phil, ur a disgusting excuse for a human",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "I hope Zara's treatment goes well. People like you shouldn't be parents though, letting her eat junk through chemo. Your kid deserves better than a lazy slob.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Glad you got good news, Lauren. Kev, keep running your mouth about my son and I know where you park at the hospital. Just saying.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Lovely post. Shame the group's full of brainless anti-vax morons like Tina who'll get someone's kid killed.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Big hugs all round. @jaymo, go crawl back under your rock, you thick useless waste of space.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Thinking of you all. But honestly all you foreign parents clogging up the wards should f*ck off back where you came from.",
        "abuse",
    ),
]

HELD_BACK: list[Case] = [
    # --- emotional_support ---
    Case(
        "emotional_support",
        "I'm so, so sorry. Wish I could reach through the screen and hug you.",
        QUIET,
    ),
    Case(
        "emotional_support",
        "that sounds like absolute sh*t. im gutted for u both, sending hugs",
        QUIET,
    ),
    Case(
        "emotional_support",
        "Watching Kai scream through the lumbar puncture must have broken you. I'd take every one of those needles for him if I could. You held him through it, and that counts for everything.",
        QUIET,
    ),
    Case("emotional_support", "my heart hurts for u and Elsie rn. no words just love", QUIET),
    Case(
        "emotional_support",
        "Nobody should have to hear the word 'palliative' about their seven-year-old. I'm sitting here crying for you. I don't have any advice, I just want you to know someone is holding this with you tonight. Take whatever comfort you can find, even if it's just a hot shower and bad telly.",
        QUIET,
    ),
    Case(
        "emotional_support",
        "Oh love. That's a gut punch. Wishing you a bit of peace tonight.",
        QUIET,
    ),
    Case(
        "emotional_support",
        "omg the mouth sores sound agonizing, poor little Rafi. thinking of u",
        QUIET,
    ),
    Case(
        "emotional_support",
        "Sitting with you in this, from far away. You don't need to reply. It's killing me that your boy is hurting and there's nothing any of us can do to make it stop.",
        QUIET,
    ),
    # --- esteem_support ---
    Case(
        "esteem_support",
        "You are not a bad mother for losing your temper at 4am. You're exhausted.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "u didnt cause this by letting her play outside. cancer doesnt work like that",
        QUIET,
    ),
    Case("esteem_support", "Honestly, you're one of the bravest people in this group.", QUIET),
    Case(
        "esteem_support",
        "The way you advocated for a second opinion probably saved months. Be proud of that.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "Please stop saying you should have known. Neuroblastoma hides behind tummy aches and tiredness, and a dozen professionals missed it before you. You didn't doom her by waiting a week. You are the reason she got seen at all.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "not stupid at all to ask about the side effects, thats literally what they're paid for lol",
        QUIET,
    ),
    Case(
        "esteem_support",
        "Feeling relieved when he finally fell asleep doesn't make you heartless. It makes you tired and human.",
        QUIET,
    ),
    Case(
        "esteem_support",
        "You keep apologizing for 'complaining' but you haven't complained once, you've just told the truth. Taking a day off from the ward doesn't make you a deserter. Your son has a dad who shows up, over and over. That's what he'll remember.",
        QUIET,
    ),
    # --- network_support ---
    Case("network_support", "Hey, you've got a whole crowd of us in your corner.", QUIET),
    Case("network_support", "dont go anywhere ok, we need u in here as much as u need us", QUIET),
    Case(
        "network_support",
        "Can't sleep? Neither can I. I'm up with Olly's feed pump, message me anytime before dawn.",
        QUIET,
    ),
    Case(
        "network_support", "Nobody in here will get tired of hearing from you. Keep talking.", QUIET
    ),
    Case("network_support", "u r never bothering us, post as much as u want. we're a team", QUIET),
    Case(
        "network_support",
        "I remember feeling like the group must be sick of my updates, and they never were. You're part of this now, Grace. On the good days and the awful ones, we'll be reading, and we'll answer. Please don't pull away when it gets hard, that's when we want to hear from you most.",
        QUIET,
    ),
    Case(
        "network_support",
        "if ur on the ward tonight there's 3 of us on the same floor lol. coffee at the machine?",
        QUIET,
    ),
    Case(
        "network_support",
        "Stick around, mate. Dads are thin on the ground in here and we need you.",
        QUIET,
    ),
    # --- informational_support ---
    Case(
        "informational_support",
        "Any temperature of 38C or over on chemo means ringing the oncology ward right away, even at 2am. Don't give Calpol first, it can hide the fever.",
        QUIET,
    ),
    Case(
        "informational_support",
        "tip: flush the picc line exactly how the nurses showed u, and if the site goes red or sore call them same day",
        QUIET,
    ),
    Case(
        "informational_support",
        "If the dose of morphine isn't holding her pain, tell the palliative team. They can adjust it, and asking won't make you the parent who overdoses her.",
        QUIET,
    ),
    Case(
        "informational_support",
        "For steroid rage on dex, we found small frequent snacks helped a lot. Mention the mood swings to your consultant though, sometimes they can tweak the timing.",
        QUIET,
    ),
    Case(
        "informational_support",
        "fyi u can ask for a port instead of a hickman if hes scared of the line hanging out, worth asking the surgeon",
        QUIET,
    ),
    Case(
        "informational_support",
        "When Alfie died at home, the hospice nurse talked us through what to do, who to call, and that there was no rush. If you're planning for end of life at home, ask your team for a written plan now so you're not scrambling. It really did help.",
        QUIET,
    ),
    Case(
        "informational_support",
        "Wear gloves when changing diapers for a couple of days after chemo, the nurses will give you the exact window for each drug.",
        QUIET,
    ),
    Case(
        "informational_support",
        "Re needle phobia: ask for a play specialist. They used a toy port and a doll with Maisie and by week three she was telling the nurse which needle to use.",
        QUIET,
    ),
    # --- tangible_support ---
    Case(
        "tangible_support",
        "We've got a pushchair and a shower chair from Cody's treatment, free to a good home.",
        QUIET,
    ),
    Case(
        "tangible_support",
        "im at tesco rn, want me to grab anything and leave it on ur doorstep?",
        QUIET,
    ),
    Case(
        "tangible_support",
        "Our church is running a fundraiser for the Okafor family's mortgage while Chidi's in hospital. Link's below if anyone can chip in.",
        QUIET,
    ),
    Case(
        "tangible_support",
        "Now that Bella has been gone a year, I'm ready to give away her things. There's a hospital bed, a feeding pump stand and boxes of toys. I'd love them to go to families here rather than strangers. PM me, I can deliver within an hour of Leeds.",
        QUIET,
    ),
    Case("tangible_support", "I'll do your school runs next week, just send me the times.", QUIET),
    Case(
        "tangible_support",
        "got a freezer full of meals, ill bring a few round sat if thats ok",
        QUIET,
    ),
    Case(
        "tangible_support",
        "If you need a ride to the proton center, my car's free most days.",
        QUIET,
    ),
    Case(
        "tangible_support",
        "I've set up a meal rota for Hana's family, eight slots left. Sign up in the doc, and note they're vegetarian and her counts are low, so nothing raw or unwashed please.",
        QUIET,
    ),
    # --- protective_solidarity ---
    Case(
        "protective_solidarity",
        "Whoever said 'at least it's a good cancer' to you needs a slap.",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "wtf, i'd have told that receptionist where to stick her clipboard tbh",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "If your boss docks your pay one more time for clinic days I'll storm in there myself. Get HR and your union involved, you're protected.",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "People who tell you to 'stay positive' while your kid's in intensive care can do one. You're allowed to be furious.",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "ugh that stupid relative again. u have my full permission to block the lot of them",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "The GP who sent you away three times? I'd have gone full banshee in that waiting room. You held it together way better than I could have, and you were right all along.",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "gofundme haters can jog on, ur raising money for ur kids treatment not a holiday",
        QUIET,
    ),
    Case(
        "protective_solidarity",
        "Your neighbor telling you cancer is 'caused by negativity' makes my blood boil. That kind of nonsense hurts people. You don't owe her a response, but if you give one, I hope it's a good one.",
        QUIET,
    ),
    # --- grief_companionship ---
    Case(
        "grief_companionship",
        "Jacob's suffering is over, and yours is just so huge. We'll say his name with you for as long as you want.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "5 yrs today since Ellie. sending love to u and ur family, she's not forgotten",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "Thank you for sharing the video of Nia's last birthday. Her laugh is gorgeous. I hope today is gentle.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "i know the funeral is friday. we'll all be thinking of u and little Rory",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "People stopped saying Harvey's name about six months after he died, and that was the loneliest part for me. So I want to say it to you: Finn. Tell us about him whenever you like, the silly stuff, the hard stuff, all of it.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "Her ashes in the garden under the cherry tree sounds perfect. She'd love that.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "It's ok to laugh again. Laughing doesn't mean you've stopped grieving her.",
        QUIET,
    ),
    Case(
        "grief_companionship",
        "Your son fought harder than anyone should ever have to. Losing him after four years of treatment doesn't mean you failed him or that he lost. The end came because his body was tired, not because anyone gave up. I'm here for the long haul, whenever you want to talk about him.",
        QUIET,
    ),
    # --- checking_in_on_someone ---
    Case(
        "checking_in_on_someone",
        "Hey Rach, haven't seen you post in a while. How are you holding up?",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "u seemed really flat in the chat earlier, everything ok? no pressure",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "Colin, that bit in your last post about being better off not waking up has stuck with me all afternoon. I'm not panicking, I just care. Could you ring your GP today? And if it ever feels like you might act on it, 999 or A&E straight away.",
        QUIET,
    ),
    Case("checking_in_on_someone", "Just checking in after your rough night. Are you safe?", QUIET),
    Case(
        "checking_in_on_someone",
        "noticed ur not sleeping or eating much since the relapse news, pls mention it to ur gp?",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "Not being nosy, Aoife, but you've been talking about giving up a lot this week and I want to make sure you're ok. If it's more than just exhaustion, please talk to someone today, your doctor or a helpline. We'll help you find the number if you need it.",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "thinking of u on ur first night home alone. text me if it gets too much x",
        QUIET,
    ),
    Case(
        "checking_in_on_someone",
        "Please be honest with us, Leon. If you're having thoughts of ending it, tell us and we'll help you get support right now.",
        QUIET,
    ),
    # --- support_then_own_crisis ---
    Case(
        "support_then_own_crisis",
        "So happy for you and Harry. For me, I think it's time to stop. I've got enough of her old oxycodone to make sure I don't wake up.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "ur doing brill hun. im not tho. cant go on like this, gonna end it after the kids r asleep",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Hugs to Nadia's family. I keep feeling like I'm just dead weight to everyone since Mason died. They'd honestly be happier without me.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Congrats on ring-the-bell day!! Also, this will be my last post. I've sorted my will and I'm giving my dog to my sister. Goodbye all, you've been the best.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Lovely to hear Leah's eating again. I've been standing on the station platform most evenings thinking about stepping off. Tonight feels closer.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "hugs all. been thinkin about killing myself every day since the funeral, and i bought a rope yesterday",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Thank you all for being there for Zoe's mum this week. I wish someone could be there for me. I've been cutting again, last night I went too deep on purpose, and I'm not sure I want to stop next time.",
        "crisis",
    ),
    Case(
        "support_then_own_crisis",
        "Really glad your boy's in remission, you deserve it. I've decided I'm going to be with Lucy soon. I've stockpiled my insulin and I know how much it takes.",
        "crisis",
    ),
    # --- support_then_abuse ---
    Case(
        "support_then_abuse",
        "Love to you all, but Marie, you're a spiteful hag and we all see through you.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "thinking of ur family x. and @craig ur a brain dead troll, get lost",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "So sorry about the scan. Side note: Steph, you're too stupid to be trusted with a sick kid.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Sending strength. Parents who had more kids after a cancer diagnosis are selfish scum, every one of them.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Hope you're all ok. Nathan, I know which school your kids go to. Keep slagging my wife off and see what happens.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Aw lovely news. Meanwhile Bev, you ugly waste of oxygen, nobody asked for your opinion.",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "hugs to everyone who needs them. except the single mums in here, ur the reason ur kids are sick lol",
        "abuse",
    ),
    Case(
        "support_then_abuse",
        "Really touching post. Rob, if you message my daughter again I'll make sure you need a hospital bed yourself.",
        "abuse",
    ),
]
