"""Warning signs of the kinds the by-meaning stage caught least, and their look-alikes.

Written blind for Hearth (2026-12-05, second session) by two further writers who saw neither
the detector, nor each other, nor the other written sets, nor any test set: ``POSITIVES``, 20
per kind and writer for eight 988 Lifeline / AFSP / C-SSRS signs (researching a method,
sudden calm, reckless use of substances, a child's self-harm or wish to die told by a parent,
gathering means, goodbyes, a timeline, a dangerous place; 316 in all). One writer wrote
mothers, fathers, grandparents and parents of teenagers, some signs inside a longer post; the
other British and Australian Slack-style lines at 3 a.m., euphemism ("tap out", "sort it
myself"), emoji, a sign after a joke. Before any training on them they were a blind test: the
pipeline with the head trained on ``crisis`` and ``crisis_voices`` caught 126 of 320.
``LOOKALIKES`` (199): the same words in benign talk (researching the child's medicine, calm
after a clear scan, a few drinks told lightly, a pill organiser, a teenager's dark joke, the
bridge on the way to clinic). Every message sits under ``APART`` cosine of every held-back
case; the 5 that did not were dropped unseen.
"""

from __future__ import annotations

POSITIVES: dict[str, tuple[str, ...]] = {
    "researching_method": (
        "random q but how much of the liquid morphine would it take for a grown man to just not"
        " wake up. not for my son obviously",
        "been googling how high the multistorey by the hospital is. weird thing to look up at "
        "3am i know",
        "Does anyone know which of the meds they send home with us would be enough to make an "
        "adult go to sleep and stay asleep? I don't want to ask the pharmacist.",
        "how long does it take for someone to stop breathing if they take too many sleepers, "
        "anyone know? mums head is not in a good place tonight",
        "re: tips for sleep. honestly ive been reading up on which of Jack's pills would make "
        "sure i dont wake up at all. thats my sleep plan lol",
        "Scan day tomorrow for Mia. Her counts are holding which is good. I've spent most of "
        "tonight reading about how much of an ordinary painkiller the liver can take before it "
        "can't be fixed, and it's not for her. Sorry, I don't know why I'm telling you this.",
        "my search history tonight is all stuff i'd never want my wife to see. how long, how "
        "much, whether it hurts",
        "Grandad here. I asked the nurse casually which of my own heart tablets would be "
        "dangerous to double up on. She looked at me funny. I wasn't asking out of curiosity.",
        "is there a way to find out if life insurance still pays out if it looks like an "
        "accident? asking for myself",
        "how far down is the water from the old rail bridge, does anyone local know. need to "
        "know for reasons",
        "anyone know if his pain patches work faster if you put more than one on at once? i'm "
        "the one who'd be wearing them",
        "I've been reading forums at night about what happens to your body if you stop eating "
        "and drinking altogether. How long it takes. I'm so tired of all of it.",
        "Dad of a 15yo with Ewing's. Spent last night reading up on the car and the garage and "
        "how long it would take. Then I deleted the history. I don't know what to do with that.",
        "whats the strongest thing they can prescribe for sleep? i want something that means i "
        "dont have to wake up and do this again",
        "Weird question for the pharmacy people in here: if someone took a whole month's supply"
        " at once would the hospital be able to do anything? Not about Noah.",
        "hey so does anyone know how many floors you need before... never mind. ignore me",
        "keep reading about how the pain team work out the morphine for kids by weight and i "
        "caught myself working it out for my own weight. not for pain",
        "Reply to Sam: thanks for asking. Honestly I've been researching ways out that don't "
        "leave a mess for the kids to find. That's where I'm at.",
        "Update on Leo: round 4 done, mouth sores healing. Me, not so good. I keep looking up "
        "whether they can tell afterwards if someone did it on purpose. Sorry.",
        "Nan here. I asked my GP how many of my blood pressure pills would be too many, told "
        "her it was for my grandson's school project. It wasn't.",
        "3am and I've been reading up on how many of her tablets it'd take for an adult. just "
        "curious 🙃",
        "spent the night googling which of the meds in the cupboard wouldn't let you wake up",
        "anyone know if the morphine they sent home for him is strong enough for a grown woman?"
        " asking for me tbh",
        "been looking up how high the multistorey at the hospital is. top floor. don't ask",
        "lol my search history tonight would get me sectioned. how long, how much, does it hurt",
        "reading forums about the quickest way to just not be here. not the parenting forums",
        "funny how you can learn anything online. like which drop off the cliffs near us is the"
        " highest",
        "haha I've become a pharmacist at 3am. worked out what mixes badly with what. for me, "
        "not him",
        "does anyone know if the train line by us runs freight at night. no reason",
        "googled whether the insurance pays out if it's your own doing. she'd be set up at least",
        "been comparing which way would be least messy for whoever finds me",
        "how do people sort it themselves without the kids being the ones to find them. been "
        "reading about it all night",
        "found a site that explains exactly how to tap out peacefully. bookmarked it 🔖",
        "sorry random q. would the hospice meds work on someone who isn't sick",
        "my partner thinks I'm researching treatment options. I'm researching exits",
        "if I took the lot of the oxy they sent home, would it be quick? not planning anything."
        " probably",
        "checked how long it takes for the tide to come in round the point. thought I'd want to"
        " know",
        "been reading how much of his liquid paracetamol it'd take for someone my size. asking "
        "the internet instead of my GP 🙃",
        "knock knock. who's there. me, at 3am, googling how to make it look like an accident so"
        " his little sister gets the insurance",
        "is it weird I looked up which bridge in the city doesn't have the nets",
    ),
    "sudden_calm": (
        "I feel weirdly light today. Everything's sorted now. Don't worry about me anymore x",
        "For the first time in months I'm not scared. I've made my decision and it's such a "
        "relief.",
        "after weeks of not sleeping i slept like a baby last night. once you know how it ends "
        "everything gets easier",
        "Thank you all for carrying me these last months. I feel at peace now, truly. The kids "
        "will be OK without me weighing them down.",
        "Update: Ava's ANC is back up and she's eating again. Also I wanted to say I'm fine "
        "now. Better than fine. I finally know what I'm going to do and I feel calm for the "
        "first time since diagnosis.",
        "honestly dont need the meds or the counsellor anymore. i feel great. its all decided",
        "Hubby says I've been so cheerful this week. He doesn't know why. I do. It's nice to "
        "stop fighting.",
        "You guys won't need to worry about me soon. I'm good, I promise. Peaceful actually.",
        "Strange how calm I feel since I stopped arguing with myself about it. Everything is "
        "quiet in my head now.",
        "Three weeks ago I posted that I couldn't go on. I'm posting now to say I'm not "
        "struggling anymore. Not because it got better. Because I've settled it.",
        "gave away my guitar and my good watch today and honestly i feel so much lighter. like "
        "the weight's off",
        "Dad of Kai (ALL, maintenance). Been in a black hole since the relapse. This week "
        "though I'm calm, like a switch flipped. I've written letters and sorted the paperwork "
        "and I can finally breathe.",
        "i keep smiling for no reason today. its because i know its almost over for me. feels good",
        "Nana here. I've stopped crying. Made my peace. I'm ready to go and I'm not frightened.",
        "reply to Jen: no need to check on me anymore hun, im in a really peaceful place now, "
        "its all in hand 💛",
        "After months of hell I woke up this morning totally calm. I know how I'm getting out "
        "and it's like a weight lifted.",
        "Tom started radiation, he's being so brave. And me? I'm fine, really. Since I decided "
        "I won't be here for his next scan I'm sleeping and eating again.",
        "I'm not anxious anymore. nothing matters now in a good way. it's decided",
        "It's like the fog lifted once I stopped planning for a future. I'm serene. Please "
        "don't read into it.",
        "Feeling happier than I have in a year. Amazing what finally making up your mind does. "
        "Goodbye stress, goodbye everything.",
        "weirdly calm tonight. first time in months. I've made my decision and it's like a "
        "weight's gone",
        "feeling so light today 😊 it's all sorted in my head now. no more worrying about the "
        "next scan, I won't be here for it",
        "don't worry about me anymore guys, honestly. I've found my way out and I'm at peace "
        "with it",
        "slept properly for the first time since diagnosis. knowing it ends soon for me helps",
        "funny thing. ever since I decided I won't be around for the next scan I've been so "
        "much nicer to everyone",
        "I'm actually good now. really good. made my peace. he'll be fine with his dad",
        "the fog's lifted. I know what I'm going to do and I feel nothing but relief 🕊️",
        "haha my husband asked why I'm suddenly so chirpy. can't exactly tell him it's because "
        "I've got an exit planned",
        "no more panic. no more 3am dread. it's decided and I'm calm. thank you all for "
        "everything x",
        "stopped fighting it. feels like floating. won't be a burden much longer",
        "everyone says I seem better. I am. because it's nearly over for me",
        "odd how peaceful you feel once you stop planning for a future you won't be in",
        "made my choice tonight about going. first time I've smiled in weeks 🙂",
        "been so angry for a year and it's just gone. I know how this ends for me now and it's "
        "fine",
        "the nurses said I look rested. they don't know I've just stopped trying to stay",
        "it's like the storm's passed. I've got my way out worked out. no need to check in on "
        "me anymore",
        "honestly lighter than I've felt since the first scan. once you decide to tap out "
        "everything goes quiet",
        "gave my good coat to my sister today and felt so at peace. won't be needing it where "
        "I'm going",
        "sorted it in my head. not scared of leaving anymore. it's a lovely feeling actually x",
        "calm as anything tonight. the plan's there, the worry's gone. weird but nice 😌",
    ),
    "reckless_substance": (
        "bottle of vodka and whatever was in the cabinet tonight. if i wake up i wake up",
        "mixing my sleepers with wine again. honestly don't care if I open my eyes tomorrow",
        "drove home from the ward way over the limit with no seatbelt. kept thinking a tree "
        "would be easier",
        "3 days straight drinking since the scan results. not eating. not stopping. whatever "
        "happens happens",
        "Reply: I'm not ok. took everything in my bedside drawer with a bottle of red. if I "
        "don't post tomorrow that's why",
        "Update: Lily's platelets dropped again so she's getting a transfusion tomorrow. I've "
        "been drinking every night until I pass out and taking extra of my anxiety pills on "
        "top. I genuinely don't care what happens to me anymore.",
        "racing the motorway at 2am with the lights off. felt nothing. might do it again tonight",
        "took a handful of my husband's painkillers with the whisky. not to get high. just so i"
        " stop",
        "gran here. I've been having far too many brandies with my tablets every night. if I "
        "don't wake up, well, I've had my life.",
        "keep swerving into the oncoming lane on the drive home and pulling back at the last "
        "second. part of me doesnt want to pull back",
        "Dad of a 16 year old with osteosarcoma. I'm on two bottles of wine a night and mixing "
        "it with the stuff the GP gave me. The box says don't. That's sort of the point.",
        "drunk again. took more sleep tabs than i should. if i dont wake up tell my daughter im"
        " sorry",
        "blacked out on the bathroom floor last night after pills and gin. wife found me. "
        "honestly wish she hadn't",
        "I don't wear my seatbelt anymore. I drive the back roads way too fast. If something "
        "happens it happens.",
        "half a bottle of tequila down and im about to get in the car. dont care",
        "everyone says slow down on the booze. why. whats the point of waking up anyway",
        "Took double my prescription and a few beers. Just want to sleep and not come back to "
        "this.",
        "Update on Finn: neutropenic fever, back in for IV antibiotics. I've been drinking "
        "myself to sleep in the parents' room and swallowing whatever I can find. Not fussed "
        "about tomorrow.",
        "mate i've been riding the bike home from the hospital with no helmet at stupid speeds."
        " genuinely hoping something stops me",
        "mixing everything i've got tonight. not trying to party. trying to switch off for good",
        "half a bottle of gin and whatever's left of my sleepers. if I wake up I wake up 🤷‍♀️",
        "drove home from the RCH way over the limit with my eyes shut for a bit. didn't really "
        "care what happened",
        "third bottle of red. took some of his endone on top. don't much mind if I don't surface",
        "mixing the diazepam with vodka tonight. whatever happens happens",
        "haha wine o'clock started at 10am. then some of my tablets. don't really fancy waking "
        "up tbh",
        "taking the bends on the coast road with no seatbelt. kind of hoping",
        "downed everything in the drinks cabinet and a handful of my zopiclone. if this is it "
        "this is it",
        "been drinking since the oncologist rang. stopped caring about the limit. with anything",
        "stopped taking my heart meds and started on the whisky instead. let nature sort it",
        "not sure how many I took with the beer. past caring. night all 🍺",
        "drove the M1 home off my face. half wanted a lorry to take me out",
        "cheers to another round of chemo 🥂 on my second bottle and I've chucked in the oxy. "
        "we'll see if I'm here for breakfast",
        "overtook three lorries on a blind bend tonight. felt nothing. wouldn't have minded",
        "pills, wine, more pills. if I'm not online tomorrow don't bother ringing",
        "been mixing my antidepressants with the bourbon all week. sort of a slow way out",
        "ran every red light on the way back from the ward. would've been easier if something "
        "hit me",
        "lol found my nan's old tablets and I'm washing them down with cider. no idea what they"
        " are. don't care",
        "drinking till I black out every night now. one of these nights I'm hoping I just don't"
        " come round",
        "took the bike out on the motorway no helmet, absolutely wrecked. if it goes wrong it "
        "goes wrong",
        "extra sleepers and a bottle of prosecco. not setting an alarm. not bothered if I never"
        " need one again 😴",
    ),
    "child_self_harm_or_wish_to_die": (
        "My son (16, relapsed Hodgkin's) told me tonight he wishes he'd never been born and he "
        "wants it all to stop for good.",
        "my 9 year old said mummy i dont want to wake up anymore. she's said it every night "
        "this week",
        "Dad here. Found a razor blade and bloody tissues in my daughter's bin. She's 15, in "
        "remission. She won't talk to me.",
        "Update on Zara: counts recovering, CT next week. Also she told the play specialist she"
        " wants to go to sleep and never wake up. She's 8. I'm frightened.",
        "my teen is burning herself with a lighter. found the marks on her arm during a line "
        "dressing change",
        "He said if this chemo doesn't work he'll make sure he never has to do it again. He's "
        "13. He meant it.",
        "grandson (12) told me he wants to be dead so his mum and dad stop crying. broke my heart",
        "our 17yo took a load of her own anti-sickness tablets on purpose last night. she's ok "
        "physically. we're in A&E waiting for CAMHS",
        "my 15 yo has been hitting her head on the wall till it bleeds. says she deserves it "
        "for making us go through all this",
        "reply: same here. my son's been scratching his arms raw and hiding it under his "
        "hoodie. he's 14, 2 years post transplant",
        "Ellie (11) asked me tonight if she could just stop being alive. Not in a scared way. "
        "Like she'd thought about it.",
        "My 7 year old wrote in her diary 'I wish I was never here'. Then 'I want to go away "
        "forever and not come back'.",
        "found his search history, how to end it without it hurting. he's 16. he's still on "
        "maintenance chemo",
        "Our daughter is 13 and refusing her meds. She said she'd rather die than do another "
        "round. Later I found scratches on her wrists.",
        "son (15) posted on his snapchat that he wants to kill himself. he's just finished "
        "proton therapy",
        "Mum of twins, one with AML. The healthy one (14) has been cutting. I only found out "
        "because her friend's mum messaged me.",
        "my little boy is 6 and keeps saying he wants to go and be with his brother in heaven. "
        "his brother passed in march",
        "He stood on the hospital windowsill yesterday and told the nurse he wanted to jump. "
        "He's 12. They've put him on 1:1 now.",
        "Quick update: Maya's MRI clear, which is amazing. But she told me last night she's "
        "been making herself bleed on purpose for months because it helps her feel something. "
        "She's 16.",
        "found blades hidden in my 14yo's pencil case tonight. her arms are covered 💔",
        "my son (13, relapsed) told me at bedtime he wishes he was dead so we'd all stop being sad",
        "noticed burns on her thigh while helping her change. she said it was the hot water "
        "bottle. it wasn't",
        "my 10 year old keeps hitting his own head against the wall saying he wants to "
        "disappear forever",
        "she's been scratching her wrists raw with her nails since the amputation. says it helps",
        "my teen said he'd rather never wake up than do another round. he meant it",
        "found a bloody tissue and a pencil sharpener with the blade taken out in his room",
        "my 8yo asked if she could just go to sleep and not come back. she wasn't talking about"
        " hospital",
        "he punched himself in the face over and over after the lumbar puncture. said he hates "
        "his body",
        "cutting again. my daughter. found the marks when the nurse did her obs. i feel sick",
        "my son wrote 'I want to be gone forever' all over his school book. he's 11",
        "lol my kid's humour is dark as. but tonight she said she hopes the cancer wins and she"
        " wasn't joking",
        "caught my 15yo burning her arm with a lighter in the bathroom. cancer-free 6 months",
        "she asked if I'd be angry if she just didn't want to be alive anymore",
        "found razor blades taped under his bed drawer. he's only 12",
        "her big sister has started self-harming since the diagnosis. scratches all up her legs",
        "my boy says he wants to go where his friend from the ward went. his friend passed last"
        " month",
        "she's been digging at her skin till it bleeds. says she wants to vanish and never come"
        " back",
        "he told the play specialist he'd rather be dead than go through it again. she told me "
        "tonight",
        "caught my 16yo looking up how to hurt herself on her phone. and she's got fresh cuts",
    ),
    "gathering_means": (
        "been quietly putting aside a few of my sleeping tablets each week. got a good stash now",
        "I've kept all of Mason's leftover pain meds from the last admission. They're in a box "
        "in my wardrobe nobody knows about. Just in case I need them.",
        "bought a rope today. told the guy at the hardware shop it was for the garden",
        "Dad here. Took my old shotgun out of my brother's safe and brought it home. Wife "
        "doesn't know it's in the shed.",
        "every time the pharmacy gives me a refill I keep half back. it's like a savings "
        "account for when I can't do this anymore",
        "reply to Kate: you asked what helps me cope. honestly? knowing I've got enough saved "
        "up in my bedside drawer to stop all this if I need to.",
        "Update on Jas: started the new trial drug, side effects manageable so far. I've been "
        "going to different chemists for sleeping pills so nobody notices how many I've got. "
        "Sorry, needed to say it somewhere.",
        "I never handed back the syringe driver meds after my husband passed. I keep them in my"
        " handbag now. Our daughter's relapsed and I keep touching the bag.",
        "bought what i need from the hardware store. it's in the boot of the car. not sure when"
        " yet",
        "grandpa here. I've been stockpiling my heart pills instead of taking them. my daughter"
        " thinks I'm managing fine",
        "hiding the blister packs in my sock drawer. nearly have enough now",
        "Asked my GP for a bigger sleeping pill prescription 'to save trips'. Truth is I'm "
        "building up a supply.",
        "i bought a gun last week. never owned one before. i dont hunt",
        "Found myself keeping all the strong painkillers from my back surgery instead of "
        "throwing them out. I count them at night.",
        "I've got a bag packed with everything I'd need. Not a hospital bag. The other kind.",
        "mum of 3 here. I've been hiding a bottle of pills in the car glovebox. knowing they're"
        " there is the only thing getting me through the drive to the ward",
        "keep the rope in the loft. checked it again today. nobody goes up there",
        "Reply: I've stopped taking my antidepressants and started saving them instead. Don't "
        "tell me off please.",
        "ordered something online i shouldnt have. came today. hid it in the garage before the "
        "kids saw",
        "Treatment update: Oscar finished consolidation, we're home for a week. I've quietly "
        "moved my husband's hunting rifle and the ammunition to my side of the wardrobe. He "
        "thinks it's because of the kids. It isn't.",
        "been saving my sleeping tablets for a few weeks now. got a good stash 💊",
        "bought a rope at bunnings today. told the bloke it was for the trailer",
        "kept back some of his morphine after each cycle. nobody counts. it's for me",
        "got his old oxy, my tablets and a bottle of scotch in a shoebox under the bed. just in"
        " case",
        "lol the chemist must think I have the worst headaches. fourth pharmacy this week and "
        "I'm not taking any of them",
        "picked up my brother's shotgun from his place. said I fancied some clay shooting. I don't",
        "I've got enough tablets set aside now. didn't think it'd feel this organised",
        "quietly collecting the pills they send home with him. there's more than enough for me",
        "asked the GP for more sleepers. said I'd lost them. I haven't, they're in the drawer "
        "with the others",
        "got a length of rope in the boot now. feels weirdly reassuring",
        "funny the things you can order online with no questions. it came today. it's in the "
        "shed for when I need it",
        "haha marie kondo'd the house today and the only thing I kept was my hoard of tablets",
        "topped up my collection of his pain meds again. nearly got enough for myself",
        "my dad's old service pistol is still in the loft. went up and checked it tonight. "
        "still works",
        "stockpiling. you'd be surprised how easy it is when your kid's on palliative meds",
        "didn't return the leftover meds to the pharmacy like they told us. kept them for "
        "myself, for after",
        "picked up the last bit I needed from the hardware store. it's all ready now",
        "hid the bag of tablets in my sock drawer so he doesn't find them. it's my way out",
        "bought a proper sharp knife today. not for the kitchen",
        "every script I get I hold a few back. it's grown into quite a pile, should be plenty 🙃",
    ),
    "goodbye_farewell": (
        "This'll be my last post here. Please keep loving Ruby for me.",
        "Goodbye everyone. Tell Sophie I love her more than anything and none of this is her "
        "fault.",
        "I've written letters to each of the kids and left them in my desk. I wanted someone to"
        " know where they are.",
        "thank u for being my people thru all this. i won't be around anymore but i'll never "
        "forget u",
        "Update on Harry: 2nd cycle done, he's tolerating it. I've left instructions for his "
        "care with my sister, his meds schedule and everything. I won't be here to do it. Thank"
        " you all for being so kind to me.",
        "Dad of Alfie. Leaving the group today. Not because of anything anyone said. You've all"
        " been amazing. Just saying goodbye properly.",
        "To whoever reads this, please make sure my son knows his mum loved him. I can't keep "
        "going.",
        "grandma here. I've given my jewellery to the girls and written my goodbyes. I'm tired "
        "and I'm ready.",
        "Reply to Priya: thank you for always checking on me. You won't need to anymore. Love "
        "you lots. Bye x",
        "sorry for everything i put this group through. i'm signing off for good. hug your kids",
        "Mods, please remove me after tonight. And thank you all. Really. This is goodbye.",
        "if anyone sees my wife on the ward please tell her i'm sorry and it wasn't her fault",
        "Gave the dog to my neighbour today and put my will in an envelope on the kitchen "
        "table. Wanted to say thanks for the chats over the years. Take care of yourselves.",
        "last message from me. you lot kept me going longer than i would've. bye xx",
        "Just posting to say I love you all and I'm sorry I couldn't be stronger. Give the "
        "little ones a squeeze from me.",
        "Went round everyone today and said the things I needed to say. My sister cried, she "
        "didn't know why. It feels finished.",
        "I recorded a video for Isla to watch when she's older. Told her everything a mum "
        "should. I won't be there to tell her in person. Goodbye all.",
        "Posting from the hospice car park. Lucas is comfortable. I've recorded voice notes for"
        " his siblings and put them in the kitchen drawer. I won't be coming home after. Thank "
        "you all for holding me up this long.",
        "thanks for every 2am chat. tell the newbies it gets easier for some of us. not me "
        "though. bye all 💔",
        "just wanted to say thanks for everything you lot have done for me. you've been the "
        "best. look after each other x",
        "this'll be my last message here. please tell my boy his mum loved him more than anything",
        "bye everyone. it's been an honour. sorry I couldn't be stronger 💛",
        "if I don't post again, it's not your fault. you all tried. love you all",
        "written letters for the kids. they're in the blue folder. goodnight and goodbye x",
        "someone please keep an eye on my husband after I'm gone. he'll pretend he's fine",
        "I won't be around for the next scan so can someone send her my love",
        "logging off for good. thank you for being my people when no one else was 🙏",
        "haha this group has heard me whinge for 2 years so here's one last one: I'm done. love"
        " you all. bye",
        "gave my dog to my sister today and said goodbye to mum. just this lot left to say "
        "goodbye to",
        "please don't message tomorrow, I won't be able to answer. or ever. take care of "
        "yourselves x",
        "sorry for being a burden on this chat. you won't have to put up with me much longer. "
        "thank you",
        "left instructions for his meds with my mum. she'll need you guys. goodbye",
        "just want you all to know I'm grateful. whatever happens after tonight, remember I "
        "tried 💔",
        "taking myself off the rota for the fundraiser. and off everything else. ta for it all",
        "bit of an odd one but if anyone wants my stuff for the kids' ward, it's boxed up in "
        "the hall. I won't need it",
        "last night I'll bother you all with my 3am rambles. promise. night night for the final"
        " time 🌙",
        "tell the new mums it gets better. it didn't for me but tell them anyway. farewell",
        "can someone post in here when the funeral is. mine I mean. you'll know when",
        "hugs to every single one of you. you made this bearable for a while. I'm tapping out now",
    ),
    "plan_timeline": (
        "once Ben finishes his last round in June I'll be done too. he won't need me by then",
        "I've picked a date. After Christmas so I don't ruin it for the kids.",
        "just need to get her through to her 18th birthday. after that im out",
        "after the funeral i won't be sticking around. everything's arranged",
        "Friday. That's when. Wanted someone to know.",
        "Update: Sienna's end-of-treatment bell is on the 14th! I'll be there to see her ring "
        "it, then that's me finished. I've held on long enough.",
        "when the insurance paperwork clears next month i can go. dont want them left with nothing",
        "Dad of Ethan (neuroblastoma, stage 4). We've been told weeks, maybe less. I'm not "
        "staying after he goes. I've already picked the day.",
        "by the weekend this will all be over for me. sorry guys",
        "grandad here. Once my granddaughter's scan comes back clear I'll have done my job. "
        "Then I'm going to go and be with my wife.",
        "reply to Mo: I won't be at the next meetup. I've set the date for the 3rd.",
        "after tonight you wont hear from me again",
        "Told myself I'd give it until the new year. New year is next week.",
        "When Molly goes into remission I'm checking out. She'll have her dad. I just need to "
        "see her safe first.",
        "Tomorrow after school drop off. I've got it all worked out.",
        "Lucy had her lumbar puncture today, all fine. Nurses are lovely. I've decided that "
        "once her transplant is done I won't be here anymore, she'll be in good hands with her "
        "grandparents. I feel ok about it.",
        "only 9 days left. counting them down. not to a holiday",
        "i said if the relapse was confirmed i'd go the same week. it was confirmed today.",
        "Once I've sorted the will on Monday there's nothing left to keep me.",
        "end of this month. thats my line. if nothing changes by then im gone",
        "once she's through her last cycle I'm done. she won't need me after that",
        "after his birthday on Saturday I'm going. I just want to give him that one",
        "I've picked the date. the day after the end-of-treatment bell. then I'm gone",
        "I'll sort it myself after the funeral. no point hanging round after that",
        "Friday's the day I go. everything's in order",
        "waiting till my mum's back from holiday so someone's here for the kids. then that's it"
        " for me",
        "one more scan. if it's bad I won't be around for the results meeting",
        "lol at least I won't have to sit through another Christmas. I'll be gone before then",
        "the insurance clause runs out in march. so it has to be after that",
        "gonna get him to his transplant and then tap out. he'll have his dad",
        "after tonight nobody will have to worry about me anymore",
        "once the house sale goes through and the kids are sorted, I'm off. for good",
        "tomorrow morning when everyone's at school and work. it'll be quiet. that's when I'll go",
        "told myself if the relapse is confirmed on tuesday that's my answer and I'm out",
        "anniversary of her diagnosis is next week. seems fitting to end it all then",
        "I'll see her through to remission and then I'm out. can't do the next bit",
        "once my husband's back from his shift on Sunday I'll go. don't want the kids alone",
        "this weekend I'm ending it. I've decided. don't try to talk me round",
        "the last day of the school term. then I won't be here anymore",
    ),
    "dangerous_place": (
        "at the bridge again. just looking down. thinking how easy it would be",
        "parked by the cliffs. been here an hour. cant make myself drive home",
        "standing by the tracks near our house. waiting for the next one",
        "walked out of the ward and ended up on the footbridge over the motorway. been here "
        "ages watching the lorries",
        "Dad here. I'm on the roof of the parents' accommodation block. I don't want to go back"
        " down.",
        "at the quarry. it's so high. nobody knows im here",
        "Reply: I'm not at home. I'm on the pier, the tide's in and I keep thinking about just "
        "stepping off.",
        "Update on Arlo: he's settled, nurses are with him. I went for a walk and now I'm at "
        "the top of the multi-storey and I can't stop looking over the edge. I don't think I'm "
        "ok.",
        "at the level crossing. lights flashing. just standing here",
        "nan here. I'm at the river where we scattered grandad's ashes. The water's high. I "
        "want to go in and be with him.",
        "climbed over the railing on the bridge. dont know why im typing this",
        "sat on the hard shoulder of the motorway. thinking about walking out into it",
        "cliff path by the lighthouse. wind's strong. i'm right at the edge and i don't want to"
        " step back",
        "on the station platform. not getting on the train. waiting for the fast one that "
        "doesnt stop",
        "I drove to the top of the gorge road and got out. I've been staring at the drop for a "
        "long time. I don't feel scared.",
        "Mum of Grace. Left the hospital without telling anyone and I'm on the bridge by the "
        "canal. Phone's nearly flat.",
        "roof of my building. kids are with their dad. it's peaceful up here",
        "Biopsy results tomorrow for Jude. I couldn't sit in the flat. I've walked to the "
        "viaduct and climbed the fence. I keep reading your messages but I'm still up here.",
        "at the beach in the dark, walking out into the water. it's cold but i'm not turning back",
        "sitting on the edge of the hospital car park roof. the view's nice. haven't decided to"
        " get down",
        "parked up at the lookout over the harbour. just staring at the water. thinking about "
        "how easy it'd be",
        "stopped on the bridge on the way home. got out of the car. standing at the railing",
        "at the far end of the platform. the fast ones don't stop here. waiting for one",
        "lol sitting on the railing of the footbridge over the motorway. the lorries look tiny",
        "up on the cliffs in the dark. wind's strong. wouldn't take much",
        "standing by the tracks behind our estate. waiting for the next one to come through",
        "on top of the multistorey at the children's hospital. cold up here 🥶 not going back in",
        "walked out onto the pier past the safety rail. the tide's in. just want to go under",
        "I'm at the bridge. just wanted to tell someone. don't ring the police",
        "haha guess who's on the hospital roof in her pyjamas. me. not coming down this time",
        "sitting on the hard shoulder of the M25 watching the traffic. thinking about stepping out",
        "sat on the window ledge of the flat with my legs out. high up. just sitting. seeing if"
        " I'm brave enough",
        "came to the headland where we scattered dad's ashes. right at the edge. feels like "
        "where I should end up",
        "at the level crossing. barriers are up. I'm not moving when they come down",
        "standing on the overpass. 3am and the road's quiet but the trucks are still coming. "
        "just need one",
        "drove to the quarry. sitting on the edge with my legs over. peaceful. not planning on "
        "walking back",
        "on the roof of the ward building. told the night staff I needed air. I need more than air",
        "the river's high tonight. I'm on the bank by the weir. not sure I'll walk back",
        "lol this bridge has a great view of the city. last one I'll see probably 🌉",
    ),
}

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "child_medicine_research": (
        "how much calpol can a 4 year old have alongside the ibuprofen? the oncology line is "
        "engaged",
        "Does anyone know how long the dex mood swings last after the 5 day pulse? He's been a "
        "nightmare",
        "been googling which anti-sickness meds work best for kids on cisplatin. ondansetron "
        "isn't cutting it",
        "how long does vincristine stay in the system? asking because her jaw pain is awful",
        "Weird q but has anyone looked up how high the platelets need to be before they'll let "
        "them do PE at school?",
        "up at 3am reading about long term side effects of doxorubicin on the heart. anyone's "
        "kid had echo issues later on?",
        "Our pharmacist said the oramorph dose goes by weight. Does anyone know how often they "
        "recheck weight on the ward?",
        "which medicine did your kids have for mucositis pain? we're on day 3 and nothing's "
        "touching it",
        "how much water should a 10yo be drinking on methotrexate days? the nurse said lots but"
        " how much is lots",
        "reply to Tasha: I asked the consultant the same thing, how long till the steroids wear"
        " off, and she said a couple of weeks after the pulse",
        "Been reading up on whether melatonin interacts with any of the chemo drugs. Sleep is a"
        " disaster here.",
        "Does anyone know if a fentanyl patch for breakthrough pain is normal for a 14 year "
        "old? Feels like a big step",
        "Nan here. How long do I wait after her chemo before giving her the antibiotic syrup? "
        "The leaflet is confusing.",
        "googled whether to repeat the dose if he vomits within 30 mins. pharmacy says don't "
        "re-dose, anyone been told different?",
        "Dad of Reuben. I've made a spreadsheet of every med, how much, how often and what it's"
        " for. Happy to share the template.",
        "how high did your kids' temps go before you called the ward? we're at 37.8 and i'm "
        "panicking",
        "which of the sleeping meds did the team give your teen? ours won't sleep on steroids "
        "and is climbing the walls",
        "Looked up how long hair takes to grow back after radiotherapy to the head. Anyone got "
        "timelines?",
        "Is it normal for them to double the gabapentin this fast? Looked it up and it seems a "
        "big jump",
        "how much is too much screen time when they're stuck in isolation for weeks lol. asking"
        " for my sanity",
    ),
    "calm_acceptance_good_news_or_palliative": (
        "Clear scan!!! For the first time in months I feel totally calm. Slept like a baby.",
        "After weeks of dread I finally feel at peace. NED. No evidence of disease. I can breathe.",
        "My own cancer is back and I've decided with my team to go palliative. I feel strangely"
        " calm about it. I want my time to be with the kids, not in hospital.",
        "I feel so light today. Scan was stable and they're pushing the next one to 3 months.",
        "Funny how calm I feel now the decision about the transplant is made. We know the plan,"
        " we know the date, we just go.",
        "Honestly the relief. End of treatment bell rung this morning. Everything's sorted, now"
        " we just live.",
        "Gave away all the hospital bags today lol, don't need them anymore. Remission baby!",
        "Mum here with stage 4 breast cancer myself while my son is in maintenance. Talked it "
        "through with the palliative team and my husband. I'm at peace with the plan. Not "
        "giving up, just choosing quality time.",
        "It's all in hand. Will's sorted, guardianship sorted, my palliative nurse is amazing. "
        "I'm calmer than I've been since my diagnosis and we're planning a holiday with the "
        "kids.",
        "first night in a year I haven't lain awake. scan clear. nothing to worry about till March",
        "reply to Bex: no need to keep checking on me, honest! Scan was clear and I'm in a "
        "really good place x",
        "Dad of Noah. Something shifted this week, I stopped fighting the fact that this is our"
        " life now. Feel calmer, more present with him.",
        "Nana here. The doctors say my heart's not good, and we've agreed no more operations. "
        "I'm at peace. I'll still be at every one of Ruby's clinic days while I can.",
        "weird feeling of lightness since the MDT meeting. they've got a plan. i trust them. i "
        "can finally stop googling",
        "After the palliative conversation we chose hospice at home for me when the time comes."
        " We told the kids together. It was gentle and honest and I'm glad it's decided.",
        "Came off the anxiety meds with my GP's blessing. Feel great. Therapy actually worked 🙌",
        "I've made my peace with the hair loss. Shaved it off with her, we laughed the whole time.",
        "It's all decided: the port comes out on the 12th! Feels like an ending in the best way.",
        "calm for the first time since march. scans stable, counts good, and i actually ate "
        "breakfast sitting down",
    ),
    "night_out_told_lightly": (
        "first night out in 8 months with the girls. 3 proseccos and I was anyone's lol. home "
        "by 11",
        "hubby took me out for my birthday, few too many cocktails, woke up with a banging head"
        " but worth it",
        "Dads' group pub night was brilliant. Few pints, lots of laughs, taxis home. Needed that.",
        "had a couple of glasses of wine after the scan results came back clear. celebratory!",
        "my sister dragged me to karaoke. two gins and I was belting out abba. don't care who "
        "heard 😂",
        "Not gonna lie, I had a proper night out Saturday. Grandparents had the kids. Hangover "
        "Sunday was brutal but my soul needed it.",
        "mixing my drinks was a mistake lol, never again. but what a night",
        "reply: yes go! I went out last week, drank too much, danced like an idiot, didn't "
        "think about blood counts once",
        "Had a bottle of red with my best mate on the sofa and cried and laughed about "
        "everything. Best therapy.",
        "nurse said i look like i had a good weekend. she wasn't wrong. one wine turned into four",
        "Mums' night at the tapas place, sangria flowing, someone's husband drove us all home. "
        "10/10",
        "Dad here. Went to my mate's 40th. Stayed sober as designated driver but danced all "
        "night anyway",
        "cheeky drink at the pub across from the hospital after discharge. we deserved it",
        "Had wine with the other ward mums in the parents' kitchen after lights out. Shh don't "
        "tell the nurses 🤫",
        "Me and hubby shared a bottle of champagne when she rang the bell. Woke up on the sofa "
        "at 2am lol",
        "went out for the first time since diagnosis. had a couple, came home early, slept 9 "
        "hours. bliss",
        "grandad here. Had a whisky or two at the golf club with the lads. Doc says one's fine "
        "with my tablets, two's pushing it, so I switched to lemonade 😄",
        "Tried to keep up with the 25 year olds at my work do. Mistake. Slept until midday and "
        "my daughter laughed at me.",
        "Big night out for my cousin's hen do. Honestly felt like a person again, not just "
        "'Maisie's mum'.",
        "few beers in the garden with the neighbours while the kids had a water fight. normal "
        "day for once",
    ),
    "pill_organiser_routine": (
        "Sunday job done: counted all of Jake's tablets into the weekly organiser. 14 "
        "compartments, 6 meds. I deserve a medal",
        "anyone got a good pill organiser with AM/PM? the lids on ours keep popping open",
        "I keep a stash of spare anti-sickness in my handbag in case we get stuck in traffic",
        "Saving all the leftover meds from her last admission to take back to the pharmacy for "
        "safe disposal",
        "hiding the meds on the top shelf now the toddler has learned to climb",
        "counted out his mercaptopurine into the organiser and realised we're short 2 nights. "
        "pharmacy run tomorrow",
        "We have a locked box for the oramorph now. The nurse recommended it with a younger "
        "sibling in the house.",
        "Dad here. I do the tablets every Sunday night with a beer and the football on. Routine"
        " keeps me sane.",
        "reply: i label each compartment with a colour so the grandparents can't mix them up "
        "when they babysit",
        "Got enough Septrin to last the whole holiday, checked twice. Packed in the hand "
        "luggage with the consultant's letter.",
        "Does anyone else keep a running tally of how many tablets are left so you know when to"
        " reorder? I use my phone notes.",
        "Nan here. I'm in charge of the pill box when she stays at ours. I count them in and "
        "out like a prison guard lol",
        "Filled the dosette for the whole month before we go away. Took an hour and two coffees.",
        "I've been collecting all the empty pill bottles for her art project at the hospital "
        "school",
        "Our pharmacist set us up with blister packs. Game changer, no more counting tablets at"
        " midnight.",
        "reply to Kim: I keep a spare week of meds in the glovebox for emergencies. Saved us "
        "when the car broke down",
        "sat on the kitchen floor sorting 3 weeks of pills while she watched frozen for the "
        "400th time",
        "Ordered a pill crusher and oral syringes online. They came today, hid them in the "
        "cupboard away from the little one.",
        "mum of a 15yo. we've started letting him fill his own organiser with me checking. "
        "building independence for uni",
        "Finished maintenance! Took all the leftover tablets back to the hospital pharmacy "
        "today. Felt so good handing them over.",
    ),
    "teen_humour_and_journeys": (
        "my 16yo told the registrar 'if this chemo doesn't kill me your jokes will'. whole room"
        " was in bits 😂",
        "Ollie (15) named his IV pole Gerald and says Gerald will be the death of him. The "
        "nurses love him",
        "my daughter wants her funeral playlist to be all Taylor Swift. she's in remission and "
        "cackling as she writes it lol",
        "He looked at his bald head in the mirror and said 'I look like a thumb that's given "
        "up'. We couldn't stop laughing",
        "teen humour update: she told the chaplain she's 'dying to get out of here' then winked"
        " at me. 14 going on 40",
        "my son's group chat is called 'the walking dead' because they're all on chemo. dark "
        "but they love it",
        "Reply: ha mine said 'at least I'll never have to pay into a pension' while the doc "
        "went through side effects. Gallows humour is strong",
        "She's 17 and made a 'ways the nurses have nearly killed me' list. Number 1 was the "
        "hospital lasagne 😂",
        "When the consultant asked how he was feeling he said 'like death warmed up but make it"
        " fashion'. Cheeky sod",
        "My lad asked if he could be buried with his Xbox. He's in remission and completely "
        "joking. I laughed so hard I snorted",
        "driving over the bridge to clinic this morning, sun coming up over the water. honestly"
        " beautiful",
        "The traffic on the Severn bridge made us late for bloods again. Anyone know a better "
        "time to cross?",
        "Dad here. There's a roof garden at the children's hospital, took Maya up there in her "
        "wheelchair to watch the sunset",
        "motorway closed again so we took the cliff road to the hospital. stunning views, she "
        "slept the whole way",
        "nan here. we walked along the old railway path after clinic, she collected leaves for "
        "her school project",
        "Our train to the proton centre goes over a viaduct and my son counts the arches every "
        "time. Tradition now.",
        "we stood on the bridge and played pooh sticks in the river after her last chemo. she "
        "won every round",
        "reply: park on the top floor of the multi storey, always spaces and you can see the "
        "whole city from up there",
        "Took the kids to the cliffs at the weekend. First trip since transplant. Wrapped up, "
        "ice creams, windy as anything",
        "hospital's moved our clinic to the new site, past the motorway junction and over the "
        "toll bridge. 40 mins extra each way ugh",
    ),
    "researching_child_medication": (
        "3am and I'm googling vincristine side effects again. anyone else's kid get jaw pain?",
        "how much ondansetron can a 6yo have in a day? the leaflet's confusing, ringing the "
        "ward in the morning",
        "been reading up on methotrexate all night. why are the forums always worst case 🙃",
        "anyone know how high his neutrophils need to be before they'll let him back to school?",
        "looked up which anti-sickness meds are ok with her chemo. the pharmacist confirmed, phew",
        "spent ages researching dexamethasone mood swings. explains a LOT about last week lol",
        "is it normal to look up every single drug on the protocol? my search history is "
        "basically a pharmacology degree",
        "how long does the cytarabine fever usually last? she's on day 2",
        "googling how to get a stubborn 4yo to take oral chemo. hiding it in yoghurt isn't working",
        "anyone read the new trial paper on dinutuximab? trying to work out what to ask the "
        "consultant",
        "how much of the oramorph can I give her between doses? nurse said to check, just want "
        "to be sure before I ring",
        "looked up whether mercaptopurine needs to be taken at night. it does. sorted",
        "researching which moisturiser helps with the methotrexate rash. recommendations "
        "welcome 🧴",
        "how high can a temp go before we have to come in? our card says one thing and the new "
        "nurse said another",
        "reading about the quickest way to get a PICC dressing changed without tears. any tips?",
        "dr google says the steroids cause the 3am hunger. confirmed: he wants beans on toast",
        "which antiemetic worked best for your kids? the current one does nothing",
        "up late comparing the two protocols the team offered. my head hurts but I feel more "
        "informed",
        "looked up how long the ifosfamide stays in his system. wanted to know when the nappies"
        " are safe to handle",
        "sorry random q. does the asparaginase reaction usually happen on the first dose or later?",
    ),
    "scan_relief_calm": (
        "CLEAR SCAN 🎉 I feel so light I could float",
        "weirdly calm tonight. NED on the MRI and I don't know what to do with myself",
        "first proper sleep in months. the results were good and my body finally let go",
        "made my peace with the waiting and then it came back clear. crying happy tears",
        "it's like a weight's gone. no evidence of disease 💛",
        "the fog's lifted. clean bloods, clean scan. we're going for chips",
        "everyone says I seem better. I am. he's in remission!",
        "odd how peaceful the house feels now the scan's done and it's good news",
        "I've stopped bracing for the worst. 2 years clear today 🥳",
        "honestly lighter than I've felt since diagnosis. the tumour's shrunk by half",
        "no more 3am scanxiety for three months. bliss",
        "husband asked why I'm so chirpy. end of treatment bell booked for friday 🔔",
        "calm as anything. the bone marrow came back clear. I keep rereading the letter",
        "I've decided to stop googling and just enjoy today. stable scan, off to the beach",
        "felt so at peace driving home from clinic. all clear",
        "the storm's passed, for now anyway. results were fine 😌",
        "I'm actually good. really good. MRD negative",
        "slept through the night for the first time since she relapsed. the scan was clear",
        "gave away all her old hospital bags today, she won't need them. last day of treatment!",
        "the nurses said I look rested. that's what good news does to you",
    ),
    "light_drinks_after_hard_week": (
        "one glass of wine after the week we've had. cheers team 🍷",
        "bottle of prosecco open. clear scan. fight me",
        "hubby's doing bedtime so I'm on the gin. just the one. probably two 😂",
        "wine o'clock came early this friday. earned it after 5 days inpatient",
        "had a couple of beers with the other dads in the parents' kitchen. good to laugh for once",
        "treated myself to a G&T after lumbar puncture day. then bed by 9 like a rock star",
        "few too many ciders at my sister's bbq. first night off in months. head's sore today lol",
        "cheers to another round of chemo done 🥂 sparkling water for me, I'm driving",
        "a pint at the pub with my mate while mum sat with him. felt almost normal",
        "on my second glass and watching trash telly. don't judge",
        "not a drinker normally but tonight's a shandy kind of night",
        "celebrating the end of the cycle with a takeaway and a beer 🍺",
        "my husband and I split a bottle of red and actually talked about something other than "
        "cancer",
        "the other mums dragged me out for cocktails. I had one and was home by 10. wild",
        "whisky by the fire after a long week. the dog's keeping me company",
        "a cheeky glass at 5pm and I'm not even sorry",
        "hangover from the fundraiser night 🤦‍♀️ worth it, raised heaps for the ward",
        "bought a nice bottle to open when she rings the bell. it's in the fridge waiting",
        "had a beer on the hospital balcony with the night nurse's blessing lol (alcohol free, "
        "obviously)",
        "drinks with the school mums. first time I've felt like me in ages",
    ),
    "tablets_and_parking_logistics": (
        "sorting his tablets for the week. the pill organiser is my new best friend 💊",
        "I'll sort it myself, the hospital parking machine ate my card again",
        "stockpiling nappies and anti-sickness before the long weekend. pharmacy's shut monday",
        "kept the leftover meds to take back to the pharmacy on thursday like they said",
        "got a good stash of calpol and a spare thermometer in the car now. learned that lesson",
        "collecting her prescriptions on the way home. three separate bags this time 🙄",
        "'just sort it myself' is my motto now. the permit office never answers",
        "counted all his tablets into the days-of-the-week box. feels very organised",
        "anyone know if the multistorey at the RCH does weekly passes? I'll sort it myself "
        "otherwise",
        "picked up the last bit I needed from the chemist. all ready for admission tomorrow",
        "hid the sweets in my sock drawer so her brother doesn't find them lol",
        "asked the GP for more of her laxatives, the ward only gave us a few days' worth",
        "the chemist must think we live there. fourth visit this week",
        "finally got the parking refund. took 3 emails and a phone call but I sorted it myself",
        "bought a lockbox for the meds cupboard. little sister gets into everything",
        "my spreadsheet of every medication and dose is colour-coded now. send help 😂",
        "returned the unused morphine to the pharmacy today. one less thing in the house",
        "got everything set out on the kitchen bench for the morning. tablets, syringes, juice",
        "the parking machine wants coins only. who has coins anymore. I'll sort it myself",
        "boxed up all the spare dressings and supplies for the ward donation. they're in the hall",
    ),
    "teen_jokes_and_hospital_drive": (
        "my 15yo told the nurse he'd rather be bald than have my haircut. savage. love him",
        "she said 'at least cancer gets me out of PE'. kid's hilarious",
        "my son joked he's tapping out of maths forever because chemo brain 😂",
        "he asked the consultant if he could keep his tumour in a jar. the answer was no. he's "
        "sulking",
        "my daughter calls her port her 'USB slot'. she's 14 and I'm crying laughing",
        "teenager told the registrar 'I'm not dying today, I've got a fortnite tournament' 😂",
        "she told her nan she won't be around for the next family dinner. because of a "
        "sleepover. nan nearly fainted",
        "he named his IV pole Kevin. Kevin comes everywhere",
        "on the M6 heading to Birmingham children's again. 2 hours of motorway and a podcast",
        "the bridge traffic into the city was awful this morning. nearly missed her bloods",
        "love the drive over the harbour bridge at 6am on the way to clinic. only nice bit of "
        "the day 🌉",
        "parked on the hospital roof level because the rest was full. lovely sunrise though",
        "motorway services at 3am on the way to A&E. just me, a coffee and a trucker",
        "anyone know a back route that avoids the M25 for GOSH? bridge closures all week",
        "the cliffs on the coast road are stunning. we stop there on the way back from "
        "radiotherapy",
        "standing on the platform waiting for the train to the hospital. delayed again 🙄",
        "he's decided his bald head makes him aerodynamic. ran the ward corridor to prove it",
        "she said she's leaving me her phone in her will. she's 13 and the screen is cracked",
        "drove past the river on the way home and he made me stop to look at the ducks",
        "his verdict to the play therapist: 'cancer is rubbish but the hospital jelly is elite'",
    ),
}
