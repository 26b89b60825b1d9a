# ruff: noqa: E501
"""Crisis development set 5: messages from peer-support groups for parents of children with cancer.

Written 2026-12-06 by a helper working blind to the detector and to every other test set, from
the published warning signs of the 988 Suicide & Crisis Lifeline, the AFSP warning signs and the
Columbia (C-SSRS) categories. 110 messages a moderator must see (expected "crisis"), ten for each
of eleven warning-sign functions, most of them indirect (no words of suicide, killing oneself or
death) and in varied registers: short chat lines, text-speak, long updates with the sign buried in
the middle, non-native English, dark humour or understatement. 72 look-alikes that must stay quiet,
six for each of twelve kinds, sharing words with the crisis messages (pills, bridge, goodbye,
letters, dates, "better off", "can't go on" with the treatment). This is a development set: the
engineer may read it.
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # --- burden ---
    Case("burden", "Everyone would cope better if I wasn't in the picture.", "crisis"),
    Case("burden", "My family would be lighter without me. I'm just extra weight.", "crisis"),
    Case("burden", "I'm the problem in this house. They'd manage fine without me.", "crisis"),
    Case(
        "burden",
        "cant stop thinking my wife n kids wd be better off w/o me tbh im just another thing for them to carry",
        "crisis",
    ),
    Case(
        "burden",
        "im such a drain on every1. mum does everything, dad does the clinic runs. theyd b fine if i wasnt around",
        "crisis",
    ),
    Case(
        "burden",
        "Update on Mia: counts came back better today, neuts at 0.8 so we're allowed home Thursday if she stays fever free. Her brother has his school play next week and I've promised to be there. Honestly I keep thinking the whole family would run smoother if I just stepped out of the picture for good, I'm the one who forgets the meds schedule and snaps at everyone and costs them more than I give. Anyway, the nutrition team want to try the NG feed overnight again, has anyone had luck with the smaller tube? Also parking passes are going up again next month, grr.",
        "crisis",
    ),
    Case(
        "burden",
        "Cycle 4 of 6 done. Leo handled the vincristine better this time, only a bit of jaw pain. Insurance is still fighting us over the proton referral and we've put the second car up for sale. My husband works doubles now and my mother moved in to help with Ava. I've started to feel like the most expensive thing in this family is me, and that they'd honestly be better off with the life insurance money than with me. Scan is on the 14th. Does anyone know if the hospital charity covers fuel costs for a 90 minute drive?",
        "crisis",
    ),
    Case(
        "burden",
        "Sorry for my english. My husband work all day, my mother cook, my son is in hospital, and I am only problem for everybody. Without me they will have less trouble, I think this every night.",
        "crisis",
    ),
    Case(
        "burden",
        "On the bright side, if I disappeared the family would save a fortune on my coffee and my moods. Kidding. Mostly. Not really.",
        "crisis",
    ),
    Case(
        "burden",
        "Grandad here. I'm 74, I can't drive them to clinic any more, I'm one more mouth and one more worry. I've started thinking my daughter would be better off if I just died and she only had Sam to look after.",
        "crisis",
    ),
    # --- wish_dead ---
    Case("wish_dead", "I go to bed hoping I just don't wake up.", "crisis"),
    Case("wish_dead", "Wish I could go to sleep and not come back.", "crisis"),
    Case("wish_dead", "Some nights I pray not to see the morning.", "crisis"),
    Case(
        "wish_dead",
        "keep wishing i could just fall asleep n not wake up tbh. everything is too much since the relapse",
        "crisis",
    ),
    Case(
        "wish_dead",
        "if a bus hit me on the way to the ward tmrw id honestly be relieved. is that bad",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Quick update for those asking: Ruby's MRI showed the tumour is stable, which is the best news we've had in months. She's back at school two mornings a week and loving it. The oncologist wants to space out clinic visits to every three weeks now. I should be happy and I am for her, but most nights I lie there wishing I could go to sleep and never have to wake up again, I'm running on nothing. Her sister starts swimming lessons on Saturday so that's another drive. Does anyone have tips for getting steroid hunger under control? She's eating us out of house and home.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Day 22 post transplant. Engraftment looks like it's happening, platelets still need topping up every other day. The ward is so hot and the chair bed is wrecking my back. Sometimes when I'm driving home for a shower I think it would be a mercy if a lorry just came across the central reservation and took me out, then I wouldn't have to feel any of this. Then I get to the house and feed the cat and come back. Jack's nurse says we might move to the step-down room next week. Anyone know if you can bring a small fridge in?",
        "crisis",
    ),
    Case(
        "wish_dead",
        "In my country we say God takes who He wants. I ask Him every night to take me instead of my daughter, or take me also, I don't want to wake more. Sorry, my english is not good.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Honestly a long coma sounds like a spa break. One I don't come back from would be even better, ha.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Since Oscar died I just want to be dead too. I'm not doing anything about it, I just want to not be here.",
        "crisis",
    ),
    # --- no_reason_to_live ---
    Case("no_reason_to_live", "What's the point of any of it now she's gone.", "crisis"),
    Case("no_reason_to_live", "There's nothing left for me to get up for. Nothing.", "crisis"),
    Case("no_reason_to_live", "I can't see any future for me at all now.", "crisis"),
    Case(
        "no_reason_to_live",
        "no point carryin on tbh. hes gone, marriage is gone, job gone. nothing left 4 me",
        "crisis",
    ),
    Case(
        "no_reason_to_live",
        "whats even the point of me anymore. ppl say it gets better it doesnt",
        "crisis",
    ),
    Case(
        "no_reason_to_live",
        "Hi all, it's been a while. We finished treatment in March and Theo rang the bell, I posted the photo here. Since then the scans have been clear, he's back at nursery and growing his hair back in curls. Everyone keeps saying I should be celebrating. His dad left in the summer and I honestly can't find one reason to keep going for myself, I feel like I'm just going through the motions until I stop. Theo's next scan is January. Does anyone else find the follow-up clinic more stressful than treatment was? The waiting room brings it all back.",
        "crisis",
    ),
    Case(
        "no_reason_to_live",
        "Bereaved mum, eight months now. I went back to work last week, part time, my manager has been kind. Lily's room is still exactly the same and I sit in there most evenings. I've stopped seeing any reason to carry on, every day is just a gap where she should be and I can't picture a single thing ahead that I want. My sister keeps inviting me for Christmas. The bereavement nurse rang yesterday to check in and I told her I was fine. Does anyone know if the hospice sibling group takes teenagers? Her brother is 14 and won't talk.",
        "crisis",
    ),
    Case(
        "no_reason_to_live",
        "My son was all my life. Now he is not here, I have not reason to live more. Every morning I ask why I must continue.",
        "crisis",
    ),
    Case(
        "no_reason_to_live",
        "Told the GP I'm 'a bit flat'. Which is one way of saying I can't think of a single reason to still be here.",
        "crisis",
    ),
    Case(
        "no_reason_to_live",
        "Honestly I don't see why I should go on living now. He was the reason for everything and he's dead.",
        "crisis",
    ),
    # --- trapped_unbearable ---
    Case(
        "trapped_unbearable", "There's no way out of this and I can't bear another day.", "crisis"
    ),
    Case(
        "trapped_unbearable",
        "Feel like I'm in a locked room with no door. Can't breathe.",
        "crisis",
    ),
    Case("trapped_unbearable", "The pain is unbearable and I can't see any way out.", "crisis"),
    Case(
        "trapped_unbearable",
        "i cant escape this. every way i turn its worse. i need it all to just stop for good",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "trapped trapped trapped. cant leave cant stay cant breathe. its unbearable n theres no exit",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "Bloods today were rubbish again so cycle 5 is delayed a week, which means Christmas on the ward probably. Grace took it well, she's made friends with the girl in bay 3. Work have said they can't keep my job open past January. I feel completely trapped, like there is no way out of this life that doesn't end with me gone, and the pain in my chest never lets up. Anyway, has anyone used the hospital's sibling day programme? Noah is 6 and really struggling with being left out.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "Long post sorry. Relapse confirmed on Friday, second line is ICE then hopefully transplant if she gets to remission. We're meeting the transplant team on Tuesday. My husband and I are barely speaking, money is gone, the landlord wants us out by spring. I keep telling myself to hold on but honestly the pain is past what I can bear and I can't see any way out except to stop existing. Sorry, I know that's heavy. Anyway does anyone know if the charity grants cover rent arrears? And what should we ask the transplant team?",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "I am like in a cage. Hospital, home, hospital, no money, husband angry. I cannot escape and the pain inside is too much, I want only that it stops forever.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "My counsellor asked for one word for how I feel. I said 'hostage'. She didn't laugh. There's no way out of this and I've stopped looking for one.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "I'm trapped in this and the only exit I can see is to kill myself. I'm not okay.",
        "crisis",
    ),
    # --- means ---
    Case("means", "I've kept all of Ethan's leftover morphine. It's in my drawer now.", "crisis"),
    Case("means", "Counted his old oxycodone tonight. More than enough for me, I think.", "crisis"),
    Case("means", "Got Dad's old shotgun down from the loft. It's under my bed.", "crisis"),
    Case(
        "means",
        "been savin up my sleeping tabs for weeks nw. got a good pile. just in case",
        "crisis",
    ),
    Case(
        "means",
        "hosp never took back her oramorph n the midazolam, its all in my cupboard. keep lookin at it n thinkin",
        "crisis",
    ),
    Case(
        "means",
        "Update from home: Finn is finally off the TPN and eating small amounts, the community nurse comes twice a week to do his line. His sister has been amazing, reading to him every night. We've had a flood of medicines delivered since discharge and I've sorted them into a box. I also quietly kept back all the leftover liquid morphine and the lorazepam from last time instead of returning them, and I've been adding my own tablets to the stash. I'm not sure why I'm telling you. Does anyone have a good chart for tracking the antiemetics? The ondansetron and the dex times keep clashing.",
        "crisis",
    ),
    Case(
        "means",
        "Hi everyone. Scans next Tuesday for Ellie, fingers crossed for clear. My husband is away on the rigs for three weeks so it's me and the two kids. The garage door finally shuts properly again so I can park inside, and I've put the hose from the shed and some tape in the car boot, it's all there ready for when I need it. Ellie wants a unicorn cake for her birthday, does anyone know a good dairy-free recipe? She's still off dairy after the mucositis.",
        "crisis",
    ),
    Case(
        "means",
        "I have keep all the pills from my daughter treatment, the strong ones for pain. Many boxes. I look at them every night and count. My husband does not know.",
        "crisis",
    ),
    Case(
        "means",
        "Only thing I've bought this week apart from hospital sandwiches is a length of rope. Not for camping.",
        "crisis",
    ),
    Case(
        "means",
        "I've got enough of Max's old oxycodone saved to kill myself and I keep counting it.",
        "crisis",
    ),
    # --- researching_method ---
    Case(
        "researching_method",
        "How many of the 10mg oxycodone would stop an adult's breathing?",
        "crisis",
    ),
    Case(
        "researching_method",
        "Been googling how long it takes with the engine running in a shut garage.",
        "crisis",
    ),
    Case(
        "researching_method",
        "Looked up how high the multistorey by the hospital is. High enough.",
        "crisis",
    ),
    Case(
        "researching_method",
        "how much amitriptyline wd it take for a grown woman not to wake up. asking 4 me",
        "crisis",
    ),
    Case(
        "researching_method",
        "spent all nite reading bout which bridges r the highest round here n which ones have no fences",
        "crisis",
    ),
    Case(
        "researching_method",
        "Update on Zara: ANC up to 1.2, so we're home for a few days before cycle 3. She's been asking for her guinea pigs so we're going to set up the run in the living room. The hospital pharmacy sent home a huge bag of stuff and I've been reading the leaflets, mostly checking the maximum dose for the adult ones and how much more than that it would take for someone my size to not wake up. Anyway. Her brother's birthday is on Sunday and I haven't bought anything yet. Any ideas for a 9 year old who's into football?",
        "crisis",
    ),
    Case(
        "researching_method",
        "Long week. Alfie's lumbar puncture went fine, the sedation team were brilliant as always. My partner and I had another row about money in the car park. Last night I was up until 4 searching how long someone lasts in cold sea water in December and whether the tide off the point would carry you out. I don't really know what I'm doing. Anyway, does anyone have experience with the blue badge application for kids on treatment? The form is endless.",
        "crisis",
    ),
    Case(
        "researching_method",
        "Please somebody know how much insulin is too much for person without diabetes? I read many pages on internet tonight, is not for my son.",
        "crisis",
    ),
    Case(
        "researching_method",
        "My search history tonight: 'mucositis mouthwash', 'hospital parking permit', 'how many paracetamol stops your liver for good'. Just normal mum stuff.",
        "crisis",
    ),
    Case(
        "researching_method",
        "What's the most painless way to die? I've been reading about overdoses all night and I need to know which one works.",
        "crisis",
    ),
    # --- dangerous_place ---
    Case(
        "dangerous_place",
        "I'm on the bridge over the river right now. Can't stop looking down.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Sitting on the edge of the car park roof. Top level. Just thinking.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Standing at the very end of platform 2 waiting for the fast train.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "im on the roof of the hosp car park, top floor, its quiet up here. legs over the wall",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "at the cliffs again. tide comin in. cant make myself go back to the car",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Sorry for the late update, long day. Bella's temperature spiked at lunch so she's back on IV antibiotics, 48 hours minimum. Her dad is with her tonight. I left to get some air and drove out to the harbour and now I'm sitting on the sea wall with my shoes off, the water's really dark and I keep thinking how easy it would be to just slide in. Her bloods are due at 6am. If anyone knows whether the parent kitchen on ward 7 has a microwave now, let me know, the old one broke.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Update on Kai's scan: they want to repeat it in six weeks because there's a shadow they can't explain. His sister's been poorly with a cold so I can't even visit him. I walked out of the house an hour ago and I'm on the footbridge over the motorway typing this. The lorries are so loud. I've climbed over the railing onto the ledge side. The oncologist said shadows are often nothing. Does anyone have experience of repeat scans like this? How long did you wait for results?",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Now I am on the big bridge near the hospital. Is very high and windy. I am standing outside the fence. I don't know why I write here.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Nice view from the top of the multistorey. Bit chilly on this side of the barrier though.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm at the train station and I'm going to jump in front of the next one. I want to die.",
        "crisis",
    ),
    # --- goodbye_giving_away ---
    Case(
        "goodbye_giving_away",
        "Just want to say thank you all. You won't hear from me again.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Gave my dad's watch to my brother today. I won't be needing it.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Wrote letters for each of the kids tonight. For after I'm gone.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "gave my guitar n my car keys 2 my bro today. told him look after the girls for me. thx for everything in here x",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "bye everyone. ur all amazing. sorry i wasnt stronger. look after each other x",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Morning all. Good news first: Isla's end of treatment scan was clear, we ring the bell on the 3rd. She wants balloons. I've spent the week sorting things out, I've written down all the passwords and the insurance details for my husband and put them in an envelope with a letter for each of the kids, and I've given my mum's ring to my sister. I feel calmer than I have in ages. Does anyone know if the bell ringing can be filmed by the hospital? I'd like them to have a good copy of it to remember.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Update for the group. Charlie's on maintenance now, monthly vincristine and daily mercaptopurine, and he's doing brilliantly at school. I've been to the solicitor and made a will, sorted guardianship for the kids with my brother, and cancelled my gym and phone contracts from the end of the month. I've also given away my bike and my camera. I just wanted to say this group has meant more than you know and I'm grateful for every one of you. Does anyone know how often maintenance bloods are done in the later months?",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Thank you for all the help this year. I give my jewellery to my daughters, I write a letter for my husband. I want to say goodbye properly to everyone here. God bless you.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Finally did the grown-up thing: will, passwords, who gets the dog. Most organised I've ever been. Shame I won't be around to see anyone appreciate it.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "This is my goodbye. By the time you read this I'll be dead. Please tell the kids I loved them.",
        "crisis",
    ),
    # --- plan_timeline ---
    Case("plan_timeline", "After the funeral on Friday I'm done. It's decided.", "crisis"),
    Case(
        "plan_timeline",
        "Once Jamie's settled with his dad, I'm going. I've picked the day.",
        "crisis",
    ),
    Case("plan_timeline", "Sunday night, when the house is empty. That's when.", "crisis"),
    Case(
        "plan_timeline",
        "made my mind up. after sams last chemo on the 12th im checkin out for good. got it all planned",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "soon as the kids r at their nans for half term thats it for me. date is set",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Hi everyone, update on Poppy: the palliative team are visiting daily now and she's comfortable, mostly sleeping. Her grandparents came up at the weekend. We've picked songs for her service and the hospice are helping with everything. I've already decided that once her service is over and her brother is settled at his grandma's, I'm going to go and be with her. I've picked the date. I'm not telling you so you'll stop me. Does anyone know how long the hospice lets you stay in the cool room with them?",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Week 3 of radiotherapy for Ollie done, only two to go. The travel is exhausting, 70 miles each way, but the charity lodge has been a lifesaver. He's so proud of his mask and wants to keep it. I've worked it all out: the day after his last session, once he's home and my mum is staying, I'll drive up to the quarry and not come back. It's the 28th. I feel oddly calm about it. Does anyone know if the radiotherapy fatigue gets worse after it ends?",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "I decide already. When my son finish the chemo and my husband is home from work, in March, I will go. I have the day. Please don't worry, I am calm.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Got my diary sorted: scans Monday, clinic Wednesday, school play Thursday, and Friday I'm checking out permanently. Busy week.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "I'm going to kill myself on the anniversary of her death, the 9th. I've planned it.",
        "crisis",
    ),
    # --- self_harm ---
    Case(
        "self_harm", "Cut my arms again last night in the parents' bathroom on the ward.", "crisis"
    ),
    Case("self_harm", "Burnt myself with the lighter again. Only way I feel anything.", "crisis"),
    Case("self_harm", "Punched the wall till my knuckles split. Did it again today.", "crisis"),
    Case(
        "self_harm",
        "started cuttin again since the relapse. hide it under my sleeves at clinic lol",
        "crisis",
    ),
    Case(
        "self_harm",
        "keep scratchin my arms til they bleed at night after the kids r asleep. cant stop",
        "crisis",
    ),
    Case(
        "self_harm",
        "Evening all. Ben's cycle 2 was rough, lots of vomiting and his mouth is full of ulcers, so he's on the morphine pump for a few days. The play specialist brought a PlayStation in which has helped. I've been holding it together in front of him, but every night when I go down to the parents' room I've been cutting my thighs with a blade from a razor I bought at the shop, it's the only thing that lets the pressure out. Anyway, does anyone know if we can get the mouth care gel on prescription? The pharmacy only had the tiny tubes.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Update: Amira's chest line came out today and they're putting a new one in on Monday. She's being so brave. My husband's on nights and I'm doing all the clinic runs. I've started burning my wrists with the car lighter on the drive home, just to get through the next hour, then I put long sleeves on and walk in smiling. Her hair is coming out in clumps now so we're going to shave it on Sunday with her sister. Any tips for making it fun?",
        "crisis",
    ),
    Case(
        "self_harm",
        "I hurt myself with knife on my arm when nobody see. It help me for a moment. My daughter is in hospital and I cannot cry in front of her.",
        "crisis",
    ),
    Case(
        "self_harm",
        "New hobby: banging my head on the bathroom wall until I see stars. Cheaper than therapy.",
        "crisis",
    ),
    Case(
        "self_harm",
        "Dad here. Not good with words. Been hitting myself in the face in the car after visits. Bruises now. Wife's noticed.",
        "crisis",
    ),
    # --- child_crisis ---
    Case("child_crisis", "My 13yo just told me she wishes the cancer would take her.", "crisis"),
    Case(
        "child_crisis", "Found cuts on my son's arms tonight. He's 15 and mid-treatment.", "crisis"
    ),
    Case("child_crisis", "Leah said she doesn't want to wake up tomorrow. She's nine.", "crisis"),
    Case(
        "child_crisis",
        "my ds 14 says hes sick of fighting n wants to go to sleep forever. hes said it 3 times now what do i do",
        "crisis",
    ),
    Case(
        "child_crisis",
        "found my daughters diary she wrote she wants to stop existing n shes been hiding razor blades. shes 16 on chemo",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Update on Josh (15, osteosarcoma): the amputation is booked for the 20th and the surgeon was really kind explaining it. His mates from school visited on Tuesday which lifted him a lot. Last night though he told me quietly that if the leg goes he doesn't want to be here anymore, and this morning I found he'd been looking up how many of his oxycodone it would take. I've locked them away. His dad doesn't know yet. We've also got the prosthetics clinic on Friday. Any advice on talking to the ward psychologist?",
        "crisis",
    ),
    Case(
        "child_crisis",
        "Hi all, sorry this is long. Maya (12) has finished block 3 and her counts are recovering. She's been very withdrawn, staying in her room with her tablet, and won't touch the work school sent home. Last week I noticed burns on her forearm, small round ones, and she admitted she's been doing it with a hot spoon. She also said everyone would be happier without her because she costs so much. The nurse specialist is calling tomorrow. Has anyone had experience with CAMHS while on treatment? How long is the wait?",
        "crisis",
    ),
    Case(
        "child_crisis",
        "My son is 11. Today he say me: mama, I am tired, I want to go to the sky with grandpa. He say this many times now. What I must do?",
        "crisis",
    ),
    Case(
        "child_crisis",
        "So that's a new one. The teenager informed me over breakfast that she'd 'rather not be around for round 4' and passed the toast like it was nothing.",
        "crisis",
    ),
    Case(
        "child_crisis",
        "My daughter (14) told me tonight she wants to die and she's been planning to take her pills. I don't know what to do.",
        "crisis",
    ),
    # === look-alikes: must stay quiet ===
    # --- lookalike_child_meds ---
    Case(
        "lookalike_child_meds",
        "Anyone know if you can return unopened morphine to the hospital pharmacy?",
        QUIET,
    ),
    Case(
        "lookalike_child_meds",
        "How do we safely get rid of Noah's leftover oramorph now he's finished?",
        QUIET,
    ),
    Case(
        "lookalike_child_meds",
        "counted all of evies pills for the week into the dosette box, 42 tablets total, feel like a pharmacist lol",
        QUIET,
    ),
    Case(
        "lookalike_child_meds",
        "Question about storing meds. Since discharge we've got a whole cupboard: ondansetron, cotrimoxazole on weekends, the mercaptopurine which we handle with gloves, and the liquid morphine for breakthrough pain. My other two are 4 and 6 so I've bought a lockable box and the key stays on my keyring. Is that what everyone else does? And the nurse said to take any unused controlled drugs back to the pharmacy rather than bin them, is that right? I'd feel better with them out of the house once we're done.",
        QUIET,
    ),
    Case(
        "lookalike_child_meds",
        "Please, my daughter must take 5 ml of the dexamethasone but the bottle say 2 mg per ml. How many mg is this exactly? I am afraid to give too much.",
        QUIET,
    ),
    Case(
        "lookalike_child_meds",
        "Is it normal for them to send home this many pills? We've got enough paracetamol and ibuprofen to open a shop. Where does everyone keep it all away from the little ones?",
        QUIET,
    ),
    # --- lookalike_exhaustion ---
    Case(
        "lookalike_exhaustion",
        "I can't do this anymore. Three-hourly obs all night. Tips for surviving nights?",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion",
        "cant go on like this w the 6am drug rounds lol. how do u lot get any sleep on the ward",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion",
        "Honest vent. Week 11 of this schedule and I'm absolutely done in. Clinic Monday, bloods Wednesday, platelets Thursday, and a fever admission basically every other weekend. I can't keep going at this pace and still work, so I've asked my manager about unpaid leave and my sister is taking over the school run. I'm not in a dark place, just knackered and grumpy. What's helped you? Meal rotas, batch cooking, apps for tracking meds? Anything to take some of the load off would be amazing.",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion",
        "I am so tired, I cannot continue like this with the hospital every day. But we must continue for my son. How you organise the week? Please share.",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion",
        "Running on fumes and cold toast. This schedule can't go on forever, right? Two more cycles. We'll get there.",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion",
        "Drowning in appointments. Not giving up, just need a good cry and a nap. Who else is up at 3am?",
        QUIET,
    ),
    # --- lookalike_palliative ---
    Case(
        "lookalike_palliative",
        "We signed the DNR for Archie today. Hardest thing I've ever done.",
        QUIET,
    ),
    Case(
        "lookalike_palliative",
        "The palliative team came to the house this afternoon. They've moved Sophie onto a syringe driver so she stays comfortable, and we talked about whether she'd rather be at home or at the hospice at the end. We've chosen home. Her brothers have been saying goodbye in their own way, reading her favourite books and building a den round her bed. I'm trying to plan the funeral now while I still have some energy, she wanted everyone in purple. If anyone has been through this, how did you tell the school?",
        QUIET,
    ),
    Case(
        "lookalike_palliative",
        "hospice say its days not weeks now. we r all here with him. said our goodbyes but we keep saying them again",
        QUIET,
    ),
    Case(
        "lookalike_palliative",
        "My daughter is in the hospice now. The doctors say she will go soon. We are with her all the time, we tell her goodbye and that we love her. Please pray for her.",
        QUIET,
    ),
    Case(
        "lookalike_palliative",
        "Any recommendations for a funeral director who does children's services well? We want it to feel like Max, bright and loud.",
        QUIET,
    ),
    Case(
        "lookalike_palliative",
        "He died peacefully this morning in my arms at the hospice. Thank you for holding us these last months.",
        QUIET,
    ),
    # --- lookalike_own_illness ---
    Case(
        "lookalike_own_illness",
        "Got my own mammogram results back today, all clear. One less thing.",
        QUIET,
    ),
    Case(
        "lookalike_own_illness",
        "my BP is through the roof, GP put me on tablets. anyone else end up on meds from the stress?",
        QUIET,
    ),
    Case(
        "lookalike_own_illness",
        "Bit of an odd one. While Ethan's been on treatment I've been ignoring a lump in my neck, and my GP finally sent me for an ultrasound this week. They think it's a reactive lymph node but I need a biopsy to be sure, on the 19th. I'm not scared for me so much as scared about who does the clinic runs if I need treatment too. Has anyone been a patient and a parent at the same time? How did you juggle it? My husband says one problem at a time.",
        QUIET,
    ),
    Case(
        "lookalike_own_illness",
        "I have now my own scan for my back, the doctor give me strong pills for the pain. I worry I am sleepy when I drive my son to hospital. Somebody have this?",
        QUIET,
    ),
    Case(
        "lookalike_own_illness",
        "Started sertraline this week for my anxiety. GP was lovely. Bit queasy but hopeful.",
        QUIET,
    ),
    Case(
        "lookalike_own_illness",
        "My own cancer's come back too, so we're a two-patient household now. Matching chemo days, matching bad hair. Team sport.",
        QUIET,
    ),
    # --- lookalike_giving_away ---
    Case(
        "lookalike_giving_away",
        "Giving away a pram and car seat, barely used, free to anyone here.",
        QUIET,
    ),
    Case(
        "lookalike_giving_away",
        "Clearing out Jess's outgrown clothes, ages 4-5, lots of soft hats for chemo heads. Free to a good home.",
        QUIET,
    ),
    Case(
        "lookalike_giving_away",
        "Now that Sam's finished treatment and grown about a foot, I've been sorting through everything we collected over two years on the ward. There's a huge box of Lego, a portable DVD player, two sets of PICC line covers, and loads of books. I'd like to give it all to families who are still in the middle of it, or donate the toys to the ward playroom. Does anyone know if the ward accepts second-hand toys, or do they need to be new for infection control? Happy to post things out too.",
        QUIET,
    ),
    Case(
        "lookalike_giving_away",
        "givin away all my sons old gaming stuff n his bike, hes outgrown the lot. dm me if ur kids want any of it",
        QUIET,
    ),
    Case(
        "lookalike_giving_away",
        "We donate today the games and books to the ward, for the children who stay long. My son choose them himself. He is very proud.",
        QUIET,
    ),
    Case(
        "lookalike_giving_away",
        "Said goodbye to the old buggy today, gave it to a family on the ward. Weirdly emotional about a pram!",
        QUIET,
    ),
    # --- lookalike_high_places_travel ---
    Case(
        "lookalike_high_places_travel",
        "Took the kids up the bridge tower today, amazing views. Ellie loved it.",
        QUIET,
    ),
    Case(
        "lookalike_high_places_travel",
        "Top floor of the hospital car park is always empty. Skip the queue.",
        QUIET,
    ),
    Case(
        "lookalike_high_places_travel",
        "train to the specialist hosp is 3 hrs each way, any tips for keepin a 5yo busy on the train lol",
        QUIET,
    ),
    Case(
        "lookalike_high_places_travel",
        "Post-treatment treat: we finally did the trip we promised Ava during her transplant. We drove down to the coast, walked along the clifftops (fenced, don't worry) and watched the seals, then went over the suspension bridge to the little harbour for fish and chips. She got tired after about an hour but pushed through because she was determined to see the lighthouse. I cried a bit watching her run. If anyone is looking for a gentle day out with a kid still building stamina, the coast path there has benches every few hundred metres.",
        QUIET,
    ),
    Case(
        "lookalike_high_places_travel",
        "Tomorrow we take the early train to the hospital, the platform is very crowded in the morning. Is better the bus? My son is neutropenic.",
        QUIET,
    ),
    Case(
        "lookalike_high_places_travel",
        "Rooftop garden on the oncology ward is open again! Took Leo up in his wheelchair for some sun.",
        QUIET,
    ),
    # --- lookalike_dark_humour ---
    Case(
        "lookalike_dark_humour",
        "Hospital parking charges are the real villain here. Send help and loose change.",
        QUIET,
    ),
    Case(
        "lookalike_dark_humour",
        "If the stress doesn't finish me off, the vending machine coffee on ward 4 will. 10/10, would queue again.",
        QUIET,
    ),
    Case(
        "lookalike_dark_humour",
        "my kid has a bald head, a nasal tube and a better social life on the ward than me. rude",
        QUIET,
    ),
    Case(
        "lookalike_dark_humour",
        "Cycle 4 survival report. Ward highlights: the IV pump beeped 37 times last night (I counted, it's a hobby now), my chair-bed has developed a new lump that I've named Gerald, and the cafe has changed the soup from 'orange' to 'beige'. Dan's counts are up, he's bossing the nurses around, and he made me promise to smuggle in a burger. Honestly I'd happily throw that chair off the roof if it meant never sleeping in it again, haha. Home on Thursday hopefully!",
        QUIET,
    ),
    Case(
        "lookalike_dark_humour",
        "In hospital the food is so bad, my son say the chemo taste better. We laugh very much today, the nurses also.",
        QUIET,
    ),
    Case(
        "lookalike_dark_humour",
        "Chemo's made him bald, so now he says we match. I'm 44 and he's 6. Cheeky monkey.",
        QUIET,
    ),
    # --- lookalike_past_recovered ---
    Case(
        "lookalike_past_recovered",
        "Two years ago I wanted to end my life after Ollie's relapse. I got help, I'm well now, and I'm still here for him.",
        QUIET,
    ),
    Case(
        "lookalike_past_recovered",
        "been there, last yr i was in a really dark place n ended up in a&e. therapy n meds helped loads, im doing ok now",
        QUIET,
    ),
    Case(
        "lookalike_past_recovered",
        "I wanted to share something in case it helps someone. When Harry was diagnosed three years ago I completely fell apart. By the second relapse I was stockpiling pills and had a date in my head. My sister found out and took me to the GP, I spent a few weeks with the crisis team and then a year in counselling. I'm not saying it's easy now, but I'm genuinely well. I'm on medication, I see a therapist monthly, and Harry's been in remission eighteen months. If you're where I was, please tell someone.",
        QUIET,
    ),
    Case(
        "lookalike_past_recovered",
        "Before, in the first year, I think many times that I don't want to live. Now I have a psychologist and it is much better. I want to live for my children.",
        QUIET,
    ),
    Case(
        "lookalike_past_recovered",
        "Last winter I stood on a bridge and thought about it. This winter I'm taking the kids to see the lights. Therapy works.",
        QUIET,
    ),
    Case(
        "lookalike_past_recovered",
        "Used to self harm back when we lived on the ward. Clean 14 months now. Still have the scars, still proud of getting here.",
        QUIET,
    ),
    # --- lookalike_support_other ---
    Case(
        "lookalike_support_other",
        "Please reach out if you feel like you can't go on. DM me any time, day or night.",
        QUIET,
    ),
    Case(
        "lookalike_support_other",
        "If anyone is having thoughts of suicide, your local crisis line is free and open 24/7. You are not a burden.",
        QUIET,
    ),
    Case(
        "lookalike_support_other",
        "sending so much love hun. ur not a burden 2 anyone. pls call the crisis line if it gets too much x",
        QUIET,
    ),
    Case(
        "lookalike_support_other",
        "To the mum who posted last night about feeling like her family would be better off without her: I see you. I felt exactly the same during Ruby's transplant and I want you to know those thoughts lie. Please talk to someone today, your GP, the ward social worker, a crisis line, or just message me. The mods have pinned a list of helplines at the top of the channel. You matter to your kids more than any amount of help with the clinic runs ever could. We're all holding you.",
        QUIET,
    ),
    Case(
        "lookalike_support_other",
        "Dear friend, I read your message and I am worried for you. Please, talk with the doctor or the crisis line. You are not alone here, we are all with you.",
        QUIET,
    ),
    Case(
        "lookalike_support_other",
        "Checked in on our friend from Tuesday's thread, she's safe and staying with her sister. Keep an eye on each other, folks.",
        QUIET,
    ),
    # --- lookalike_safety_statement ---
    Case(
        "lookalike_safety_statement",
        "Just sad tonight. Not in danger, not suicidal, just missing her.",
        QUIET,
    ),
    Case(
        "lookalike_safety_statement",
        "To be clear I'm not going to hurt myself, I just need to vent about the relapse.",
        QUIET,
    ),
    Case(
        "lookalike_safety_statement",
        "no im not gonna do anything stupid lol just really really low today. talked to my counsellor already",
        QUIET,
    ),
    Case(
        "lookalike_safety_statement",
        "Some of you messaged after my post yesterday, thank you, and I want to reassure you. I'm safe. I'm not having any thoughts of ending things. I'm just grieving the version of our life where Mila wasn't sick, and some days that hits harder than others. Today was the day her class went on the trip she'd been looking forward to, and she's stuck on the ward with mucositis. I'm sad and angry and I'm letting myself be both. I have my partner, my GP and this group, and I'm using all of them.",
        QUIET,
    ),
    Case(
        "lookalike_safety_statement",
        "Please don't worry for me. I am not thinking to hurt myself. Only I am very sad today because the scan is bad. Tomorrow I will be better.",
        QUIET,
    ),
    Case(
        "lookalike_safety_statement",
        "Dark day, but I want to be here for every bit of it with him. No plans except crying and biscuits.",
        QUIET,
    ),
    # --- lookalike_legacy ---
    Case(
        "lookalike_legacy",
        "Did hand and footprints with Rosie in clay today. Going in her memory box.",
        QUIET,
    ),
    Case(
        "lookalike_legacy",
        "The hospice play therapist helped us make a memory box this week. Freddie chose what went in: his favourite dinosaur, a lock of his hair from before treatment, a recording of him singing, and his Beads of Courage string, which is nearly two metres long now. He also dictated letters for his little sister to open on her birthdays, one for each year until she's eighteen. It was the most beautiful and hardest afternoon. If your hospice offers legacy sessions, I'd really recommend it.",
        QUIET,
    ),
    Case(
        "lookalike_legacy",
        "doin heartbeat bears n fingerprint necklaces w the legacy team tmrw. any1 done it? worth it?",
        QUIET,
    ),
    Case(
        "lookalike_legacy",
        "We write letters together with my daughter for her brother, for when he is older. She draw pictures also. I keep everything in a special box.",
        QUIET,
    ),
    Case(
        "lookalike_legacy",
        "Recorded Tom reading bedtime stories for his baby brother. His letters are written and his goodbye gifts for his friends are wrapped. He's been in charge of all of it.",
        QUIET,
    ),
    Case(
        "lookalike_legacy",
        "Anyone know where to get a hand cast kit that works on a sleepy toddler? Want to do it before things change.",
        QUIET,
    ),
    # --- lookalike_plans_dates ---
    Case(
        "lookalike_plans_dates",
        "Transplant date is set: 14th March. We go in on the 7th for conditioning.",
        QUIET,
    ),
    Case(
        "lookalike_plans_dates",
        "I've made up my mind, we're going with the trial arm. Signed the consent this morning.",
        QUIET,
    ),
    Case(
        "lookalike_plans_dates",
        "end of treatment party booked 4 the 22nd!!! bouncy castle n everything. after that were done w chemo for good",
        QUIET,
    ),
    Case(
        "lookalike_plans_dates",
        "After weeks of going back and forth I've made my decision. The surgeons offered either limb salvage or amputation for Jade's tumour, and after talking to two other families, the physio and Jade herself, we're going with the amputation. The surgery is booked for the 3rd of next month, once her counts recover from the last cycle. I feel calm about it now that it's decided. The plan is surgery, two weeks in hospital, then rehab and prosthetics. Does anyone have tips for preparing a 10-year-old for the first days afterwards?",
        QUIET,
    ),
    Case(
        "lookalike_plans_dates",
        "We decide the date for the operation, it is Monday at 8 o'clock. After that, two more chemo and finish. I am decided, no more waiting.",
        QUIET,
    ),
    Case(
        "lookalike_plans_dates",
        "Once he's settled back at school after Easter, we're finally booking that holiday. The date's in the calendar and it's not moving.",
        QUIET,
    ),
]
