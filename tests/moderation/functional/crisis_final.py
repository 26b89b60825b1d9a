# ruff: noqa: E501
"""Crisis in a parent's voice and its look-alikes: a sealed set, counted only.

Written on 2026-12-05 by a helper blind to the detector, to every other set and to the training
sentences written the same day (``moderation.training.written``): 80 messages a moderator must
see (8 per warning sign of the 988 Lifeline, AFSP and C-SSRS, all but one kind with no words of
suicide or death) and 60 look-alikes that must stay quiet. Counted once before and once after the
hidden-layer warning-sign head (``scripts/moderation_crisis_paraphrases.py``, ``final-held``,
never printed); not used to choose anything. Two crisis cases (gathering means) sat within
``test_catalogues_apart.APART`` of a catalogue phrasing and were dropped unseen: 78 remain.
"""

from .support import QUIET, Case

HELD_BACK: list[Case] = [
    Case(
        "burden_better_off",
        "honestly my husband and the kids would be better off without me dragging everyone down. i cant even keep Maya's meds straight anymore",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "Everyone keeps saying they need me, but I think the family would manage fine, maybe better, if I just wasn't here. I'm one more thing they have to carry.",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "im a burden on my wife. she works doubles to cover the chemo bills and comes home to me sobbing on the floor. she deserves someone who isnt broken, and soon she wont have to deal with me",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "Ben's transplant went ok this week, counts are climbing slowly. But I keep thinking his sister would have a better life with her aunt raising her. I'm just a weight on all of them.",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "sry for the vent but my parents are remortgaging their house for us. I cost everyone too much. they'd all breathe easier once I'm out of the picture for good",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "Nobody would miss me, not really. Noah has his dad and his grandparents. I'm only the one who ruins things.",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "my being around just makes it harder for every1. taking myself out of the equation would be a relief for them tbh",
        "crisis",
    ),
    Case(
        "burden_better_off",
        "It's been 14 months since we lost Ellie and I'm still the heavy one at every gathering. My family would be freer if they never had to worry about me again. I've made my peace with that.",
        "crisis",
    ),
    Case(
        "wish_to_be_gone",
        "wanna go to sleep and not wake up. every morning is another round of scans and numbers",
        "crisis",
    ),
    Case("wish_to_be_gone", "Some nights I pray I won't make it through till morning.", "crisis"),
    Case(
        "wish_to_be_gone",
        "wish i could just disappear. not run away, like actually stop existing",
        "crisis",
    ),
    Case(
        "wish_to_be_gone",
        "If a truck hit me on the way to clinic tomorrow I honestly think I'd feel relieved.",
        "crisis",
    ),
    Case(
        "wish_to_be_gone",
        "Since the funeral all I want is to be with Sam again. I don't want to be on this side anymore.",
        "crisis",
    ),
    Case(
        "wish_to_be_gone",
        "I keep hoping the cancer finds me too so I can stop having to be here",
        "crisis",
    ),
    Case(
        "wish_to_be_gone", "so tired of being alive. not caregiver tired, the other kind", "crisis"
    ),
    Case(
        "wish_to_be_gone",
        "Lying next to Leo's hospital bed tonight listening to the pump beep. Scan Tuesday, ANC still zero. I keep thinking how peaceful it would be to never open my eyes again.",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "what's even the point anymore. relapse #3, nothing left to try, nothing left of me",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "I have no reason to keep going now that Ava is gone. None. Please don't tell me about the other kids, they have their dad.",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "theres nothing to look forward to. ever. this is never getting better and i'm done pretending it will",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "Honestly can't see a future for me past this. Once treatment ends one way or another there's no version of next year where I'm still around.",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "ppl keep saying it gets better. it doesnt. ive stopped caring what happens to me",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "Third oncologist, same answer. I've run out of reasons to get out of bed, run out of reasons for anything really. I don't see why I should keep trying to live.",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "everything feels pointless since the NED scan turned into a relapse scan. no hope left for him or for me, and I won't stick around for what comes next",
        "crisis",
    ),
    Case(
        "hopeless_no_reason",
        "Hope is gone. Without my boy I am nothing and I have no purpose in staying.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "I can't take this pain anymore. It's unbearable and there's only one way out that I can see.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "feel completely trapped. cant leave, cant fix it, cant breathe. i need it all gone, permanently, me included",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "the hurt is too much to live with. been carrying it for two years since the diagnosis and i cant anymore",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "It's like being stuck in a room with no doors. Every option is worse than the last, and I keep thinking about the one exit that would stop it all.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "no escape from this. bills, scans, the screaming during port access. i want it to stop and i know how to make it stop for me",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "Mira finished block 4 of consolidation yesterday, we're inpatient again for fevers. I feel caged in my own head and the pain is more than I can survive. I don't think I can hold on much longer.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "in so much emotional pain i cant function. i just want an off switch for myself",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "There's no way through this for me. I'm cornered, and the only door left is one I won't be coming back from.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Just wanted to say thank you all for everything. You've been the best people I ever met. Take care of each other after I'm gone.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "gave my sister my wedding ring and my good camera today. told her to keep them, i wont need them where im going",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "If anyone wants Jonah's lego collection and my books, message me this week. I'm getting my affairs in order and won't need any of it.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "this is my last post here. love you all. please tell Kara's nurses she meant everything to me",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Wrote letters to each of my kids tonight and left them in my desk drawer with the passwords to everything. Feels like a weight lifted.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "so i updated my will, set up guardianship for Theo with my brother, and rehomed the dog. everything's tidy now. goodbye friends",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "I wanted to say a proper farewell before I go. Thank you for holding me up through the transplant and the relapse. I won't be around to see the next update.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "gonna delete my accounts tonight. gave the cats to my neighbor. thanks for being there, truly. this is it for me",
        "crisis",
    ),
    Case(
        "means_gathering_or_research",
        "How many of Lily's leftover oxycodone would it take for an adult? Asking for me, not her.",
        "crisis",
    ),
    Case(
        "means_gathering_or_research",
        "I've been reading about which medications are fatal in overdose. Her palliative stash is still in the cabinet.",
        "crisis",
    ),
    Case(
        "means_gathering_or_research",
        "my dad's gun is in the safe at his place and i know the code. been thinking about that a lot since we buried him",
        "crisis",
    ),
    Case(
        "means_gathering_or_research",
        "Anyone know how much morphine is too much? We still have the hospice kit from when Eli passed and I keep counting the vials.",
        "crisis",
    ),
    Case(
        "means_gathering_or_research",
        "Googled lethal doses again last night. Sitting here with the bottles lined up on the table.",
        "crisis",
    ),
    Case(
        "means_gathering_or_research",
        "picked up a second bottle of tylenol and the insulin from my mom's place. so i have what i need now",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "sitting in the car in the garage with the engine running. just wanted someone to know",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm on the bridge by the hospital right now. Water looks so calm.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "on the roof of the parking structure after clinic. just looking down. its a long way",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Standing at the edge of the train platform, letting them pass. Waiting for the right one.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "drove out to the cliffs where we scattered her ashes. im right at the edge. its quiet here",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Pills are in my hand right now and I'm alone in the house. Kids are at my mom's.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "walked into the lake up to my waist tonight and stayed there a while. sitting on the shore soaking wet now, thinking of going back in",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Leaving the hospital after a brutal family meeting, Zoe's MRI shows progression. I'm parked on the overpass shoulder with my hazards on and I keep looking at the railing.",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "i've decided. after her last chemo on friday i'm going to do it",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "I've got it all worked out. Once the kids are at camp next week I'll have the house to myself and that will be the time.",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "picked a date. the anniversary of when we lost Finn. it feels right to go the same day",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "My plan is to drive to the coast on Sunday and walk out into the water. Already wrote the notes.",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "tonight's the night. i know how and where. just waiting for everyone to fall asleep",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "Once Ruby's insurance paperwork is done and the life insurance waiting period is up in March, I'm going through with it.",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "set it up for saturday. my husband will be on night shift and I'll use the pills I've been keeping",
        "crisis",
    ),
    Case(
        "plan_or_timeline",
        "Routine update: Oliver's maintenance bloodwork is stable, port flush went smoothly, and the social worker finally found us a parking voucher. I've also made up my mind that I'm checking out for good after his birthday next month, so this may be one of my last updates.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "my 10yo told me tonight she wishes she'd never been born and wants to go be with her friend from the ward who passed",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "Found cuts on my 15 year old's thighs when helping him change after surgery. He said it's the only thing that makes the chemo feel like his choice.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "My son (13, osteosarcoma) said 'I want to stop being alive, mom, I'm so tired.' I don't know what to do.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "caught my daughter reading about how many of her morphine tabs it would take. shes 16. she said she just wants it all to be over",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "Jake keeps saying he wishes he could go to heaven now so the pokes stop. He's 8. Is that normal after relapse or should I be scared?",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "my teen survivor wrote in her journal that she plans to jump from the school roof before the next scan. found it this morning",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "Our 14yo pulled out his NG tube and said if we make him do another round he'll make sure he isn't here for it.",
        "crisis",
    ),
    Case(
        "child_self_harm_or_wish_to_die",
        "he's been scratching his arms till they bleed and hitting his head on the wall when the nausea gets bad. says he wants to hurt himself bc he deserves it",
        "crisis",
    ),
    Case("explicit_short", "i want to kill myself", "crisis"),
    Case("explicit_short", "I'm going to end my life tonight.", "crisis"),
    Case("explicit_short", "thinking about suicide every day now", "crisis"),
    Case("explicit_short", "just want to die. cant do this anymore", "crisis"),
    Case("explicit_short", "Seriously considering killing myself after the memorial.", "crisis"),
    Case("explicit_short", "im suicidal and i have the pills", "crisis"),
    Case("explicit_short", "Going to kill myself. Sorry everyone.", "crisis"),
    Case("explicit_short", "Don't want to live anymore and I've been planning how.", "crisis"),
    Case(
        "negated_or_safe",
        "To be clear, I'm not suicidal and I'm safe. I'm just really sad tonight and needed to say it somewhere.",
        QUIET,
    ),
    Case(
        "negated_or_safe",
        "no thoughts of hurting myself, promise. just venting bc the tumor board pushed the meeting again",
        QUIET,
    ),
    Case(
        "negated_or_safe",
        "My therapist asked the safety questions today and I answered honestly: no plans, no urges. I'm okay, just worn down.",
        QUIET,
    ),
    Case(
        "negated_or_safe",
        "not in any danger here, just exhausted and crying in the parent lounge. the kids need me and I'm staying right here",
        QUIET,
    ),
    Case(
        "negated_or_safe",
        "For anyone worried after my last post: I'm safe, I have my crisis plan, and I'm seeing my counselor Thursday.",
        QUIET,
    ),
    Case(
        "negated_or_safe",
        "i know it sounded dark but i'm not going anywhere. Ellie needs her mom and i want to see her ring the bell",
        QUIET,
    ),
    Case(
        "caregiver_exhaustion",
        "Slept maybe 3 hours on the fold-out chair. Pumps alarming all night. I'm running on fumes and cold coffee.",
        QUIET,
    ),
    Case(
        "caregiver_exhaustion",
        "so so tired. day 21 inpatient and i havent showered in 3 days lol",
        QUIET,
    ),
    Case(
        "caregiver_exhaustion",
        "Does anyone else feel like a zombie by the end of a chemo week? I forgot my own dentist appointment and cried in the car.",
        QUIET,
    ),
    Case(
        "caregiver_exhaustion",
        "burnt out. juggling work calls from the hallway and the pharmacy wont answer. need a weekend off that's never coming",
        QUIET,
    ),
    Case(
        "caregiver_exhaustion",
        "My patience is gone. Snapped at my mom for folding the laundry wrong. Caregiver fatigue is real.",
        QUIET,
    ),
    Case(
        "caregiver_exhaustion",
        "Between the overnight feeding schedule and my other two kids I'm completely drained. Any tips on getting help with meals?",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "How do you all store the oral chemo at home? Ours came in a big bottle and I'm nervous about the little one getting into it.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "pharmacy shorted us on ondansetron again. anyone know if we can get an early refill?",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "What's the best way to dispose of leftover morphine after hospice ends? The nurse said the pharmacy has a take-back bin.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Tip: I use a pill organizer and phone alarms for the 6-MP at bedtime. Game changer.",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "anyone crush dex into applesauce? kiddo refuses the liquid and spits it everywhere",
        QUIET,
    ),
    Case(
        "medication_logistics",
        "Insurance finally approved the Neulasta on-body injector. Took 3 calls and a letter from the oncologist.",
        QUIET,
    ),
    Case(
        "ordinary_goodbye",
        "Logging off for the night, friends. Big day tomorrow with the port placement. Thanks for the company.",
        QUIET,
    ),
    Case(
        "ordinary_goodbye",
        "we're heading home after 42 days!!! bye for now, will update once we settle in",
        QUIET,
    ),
    Case(
        "ordinary_goodbye",
        "Taking a break from the group for a bit to focus on family time over the holidays. I'll be back in January, love you all.",
        QUIET,
    ),
    Case("ordinary_goodbye", "gotta run, school pickup. ttyl", QUIET),
    Case(
        "ordinary_goodbye",
        "Ending treatment means we're graduating to the survivorship clinic, so this is farewell to the day-hospital crew. We'll miss the nurses!",
        QUIET,
    ),
    Case(
        "ordinary_goodbye",
        "Signing off this channel since we're moving over to the relapse support group. Thank you for two years of kindness.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Giving away a barely used wheelchair and a shower chair, local pickup only. Ruby doesn't need them anymore, she's walking!",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "free to a good home: 3 boxes of unopened feeding tube supplies. our son is off the g-tube",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Does anybody want Lucas's old scarves and hats from chemo days? His hair grew back and I'd love them to go to someone.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "decluttering the hospital go-bag stuff. have a travel pillow, phone chargers, a mini fridge for the parent room. dm me",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "Donating our portable DVD player and a stack of movies to the oncology playroom this week.",
        QUIET,
    ),
    Case(
        "giving_away_ordinary",
        "My sister is handing down her maternity clothes to me and I'm passing our baby swing to a family on the ward. circle of life lol",
        QUIET,
    ),
    Case(
        "end_of_life_of_child",
        "The team told us today there are no more curative options for Hana. We're moving to hospice at home and focusing on comfort.",
        QUIET,
    ),
    Case(
        "end_of_life_of_child",
        "planning Caleb's memorial service. he wanted everyone in superhero shirts",
        QUIET,
    ),
    Case(
        "end_of_life_of_child",
        "Hospice nurse thinks we have days, maybe a week. We're reading her favorite books and keeping her comfortable.",
        QUIET,
    ),
    Case(
        "end_of_life_of_child",
        "DNR signed today. hardest signature of my life but it's what he would want",
        QUIET,
    ),
    Case(
        "end_of_life_of_child",
        "Our palliative team helped us make a memory box with handprints and a recording of her heartbeat.",
        QUIET,
    ),
    Case(
        "end_of_life_of_child",
        "Any advice on talking to siblings about what happens when their brother passes? The hospice social worker gave us some books.",
        QUIET,
    ),
    Case(
        "bereaved_grief_without_risk",
        "Two years today since Mason died. Lit a candle, went to his favorite taco place, cried a lot. Grateful for the time we had.",
        QUIET,
    ),
    Case(
        "bereaved_grief_without_risk",
        "grief hits in waves. saw a kid in the grocery store with her haircut and had to leave my cart",
        QUIET,
    ),
    Case(
        "bereaved_grief_without_risk",
        "I started a small scholarship in Ivy's name. It helps to put the love somewhere.",
        QUIET,
    ),
    Case(
        "bereaved_grief_without_risk",
        "the first birthday without him is next week. planning a lantern walk with his cousins",
        QUIET,
    ),
    Case(
        "bereaved_grief_without_risk",
        "My grief counselor says there's no timeline. Some days are okay, some days I just sit in his room. I'm getting through it with my husband.",
        QUIET,
    ),
    Case(
        "bereaved_grief_without_risk",
        "Joined a bereaved parents walk this weekend. Met moms who are 10 years out and still laughing. It gave me hope.",
        QUIET,
    ),
    Case(
        "figure_of_speech",
        "if the insurance company puts me on hold one more time I'm going to lose it lol",
        QUIET,
    ),
    Case("figure_of_speech", "This parking garage fee is killing me. $28 a day!", QUIET),
    Case(
        "figure_of_speech",
        "I could've died laughing when my daughter named her IV pole Steve",
        QUIET,
    ),
    Case("figure_of_speech", "shoot me now, scheduling double-booked our MRI AGAIN", QUIET),
    Case(
        "figure_of_speech",
        "The steroid rage this week is going to be the death of me, he ate a whole rotisserie chicken at 2am",
        QUIET,
    ),
    Case(
        "figure_of_speech", "Dead on my feet but we made it to the beach for the wish trip!", QUIET
    ),
    Case(
        "supporting_someone_else",
        "@Jen I'm so worried about what you wrote. Are you safe right now? Please call or text 988, I'll stay on here with you.",
        QUIET,
    ),
    Case(
        "supporting_someone_else",
        "hey, reading your post - you're not a burden. can i call you? if you're in danger please call 911",
        QUIET,
    ),
    Case(
        "supporting_someone_else",
        "Sending you love. If you're thinking about ending your life, please reach out to the 988 Lifeline. We need you here.",
        QUIET,
    ),
    Case(
        "supporting_someone_else",
        "DMed you my number. I was where you are after Ava's relapse and talking to a crisis counselor saved me.",
        QUIET,
    ),
    Case(
        "supporting_someone_else",
        "mods, one of our members posted something scary in #night-owls, can someone check on her? i've given her the crisis text line",
        QUIET,
    ),
    Case(
        "supporting_someone_else",
        "You matter so much, Mike. Is there someone who can be with you tonight? Would you let us help you make a safety plan?",
        QUIET,
    ),
    Case(
        "patient_own_illness",
        "34 with stage IV colon cancer and a toddler at home. My oncologist says maybe a year. Trying to make every day count.",
        QUIET,
    ),
    Case(
        "patient_own_illness",
        "Talked with my doctor today about stopping chemo. The side effects outweigh the benefit now and I want quality time with my kids.",
        QUIET,
    ),
    Case(
        "patient_own_illness",
        "Pain's been bad at night from the bone mets. Palliative upped my fentanyl patch and it's helping.",
        QUIET,
    ),
    Case(
        "patient_own_illness",
        "mom of 2 here, also a patient. hospice intake visit tomorrow. scared but at peace with the decision",
        QUIET,
    ),
    Case(
        "patient_own_illness",
        "Anyone else a parent AND a patient? My breast cancer came back while my son is in treatment for ALL.",
        QUIET,
    ),
    Case(
        "patient_own_illness",
        "My oncologist and I agreed to go to comfort care only. I've been writing birthday cards for my daughter for the years ahead.",
        QUIET,
    ),
]
