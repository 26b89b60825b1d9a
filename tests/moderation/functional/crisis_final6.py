# ruff: noqa: E501
"""Crisis set 6 (development half and held-back half).

Written 2026-12-07 by a helper blind to the detector and every other set, from the 988
Suicide & Crisis Lifeline, AFSP and C-SSRS warning signs and Joiner's interpersonal theory.
``DEV`` may be read by the engineer; ``HELD_BACK`` is never read, only counted.

Each half has 6 crisis cases for each of 14 functions (wish_dead, active_thoughts,
method_research, intent_decided, plan_time_place, preparatory_means,
interrupted_or_aborted_attempt, recent_attempt, dangerous_place,
goodbye_affairs_giving_away, burden_belonging, trapped_unbearable,
child_wish_dead_or_self_harm, sudden_calm_after_decision) and 4 quiet look-alikes for
each of 7 functions (lookalike_illness_death_talk, lookalike_patient_end_of_life,
lookalike_medication_care, lookalike_places, lookalike_negated_or_denied,
lookalike_support_or_quote, lookalike_exhaustion_venting): 112 cases per half.

Three held-back crises were dropped unseen the day they were written: each sat within 0.80
cosine of a sentence the detector trains on (``test_catalogues_apart``), so it would measure
memory. They are named by a hash of their text, so nobody read them to drop them. The first
words of four held-back exhaustion look-alikes were shown to the engineer once, by accident,
in the tail of the file.
"""

import hashlib

from .support import QUIET, Case

DEV: list[Case] = [
    # wish_dead
    Case("wish_dead", "honestly wish i could just not wake up tmrw, everyone would cope", "crisis"),
    Case("wish_dead", "some nights i pray i go to sleep and thats it. no more mornings", "crisis"),
    Case("wish_dead", "wouldnt mind if a lorry took me out on the way to clinic tbh", "crisis"),
    Case(
        "wish_dead",
        "Every morning I wake up and feel let down that I did. I'd be fine with just not being here any more, honestly. It's been like this for weeks.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Since Maisie relapsed I keep thinking it'd be easier if I went to sleep and stayed asleep. Not dramatic about it, just tired of existing at all.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Update on Jacob: counts came back ok-ish, ANC 0.6 so no chemo delay, and the port site is finally healing after the infection. The neuroblastoma team want another MIBG scan in three weeks. My mum is doing the school run on Tuesdays which helps, and his dad is back at work. I wish I could disappear off the face of the earth and not be here for any of it, properly gone for good. Anyway, does anyone know if the MIBG needs the thyroid drops again?",
        "crisis",
    ),
    # active_thoughts
    Case("active_thoughts", "keep thinking about ending it all tbh. doesnt go away", "crisis"),
    Case(
        "active_thoughts", "thoughts of taking my own life again tonight. cant shake them", "crisis"
    ),
    Case("active_thoughts", "idk why but im thinking abt ending my life most days now", "crisis"),
    Case(
        "active_thoughts",
        "I've started having thoughts about ending my own life. They come mostly at 3am on the ward when the pumps beep. I haven't told my husband.",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "The thought of just ending things is there all the time now, like background noise. I'm scared of how normal it feels to think about not carrying on living.",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "Quick one from Addenbrooke's. Freya's AML induction is done, bone marrow on Thursday, fingers crossed for MRD negative. Platelets were 9 so she had a transfusion, and she's off the TPN at last. We're in the parents' flat this week which is a small mercy. I've been having thoughts of taking my own life for about a fortnight, almost every day. Parking here is still £12 a day if anyone's wondering.",
        "crisis",
    ),
    # method_research
    Case(
        "method_research",
        "spent last night googling how much of ellas oramorph it would take for an adult. deleted the history after",
        "crisis",
    ),
    Case(
        "method_research",
        "looked up which of my own tablets would be fatal for someone my size. couldnt sleep so",
        "crisis",
    ),
    Case(
        "method_research",
        "been reading stuff at 2am about the garage and running the car engine w the door shut. for me. you know what i mean",
        "crisis",
    ),
    Case(
        "method_research",
        "I found myself reading threads about how high a building has to be for a fall to be fatal. I don't know why I'm telling you except I needed to tell someone.",
        "crisis",
    ),
    Case(
        "method_research",
        "My search history is full of how much insulin would be too much for an adult who isn't diabetic. I've got access to Leo's supplies since the steroids made him diabetic, and I keep thinking about using it on myself.",
        "crisis",
    ),
    Case(
        "method_research",
        "Rhabdo update: Amir's scan showed good shrinkage, the surgeon is happy, and radiotherapy planning is next month in Manchester. He's eating again, mostly crisps and yoghurt. The vincristine jaw pain has eased off. My sister is taking the twins at half term. Last night I spent two hours reading up on hanging and whether the loft beam would hold an adult's weight. Does anyone know if the radiotherapy mask is made on the planning day?",
        "crisis",
    ),
    # intent_decided
    Case(
        "intent_decided", "ive made up my mind. im going to do it, just not sure when yet", "crisis"
    ),
    Case(
        "intent_decided",
        "not a cry for help this time. im actually going to go through with ending it",
        "crisis",
    ),
    Case(
        "intent_decided",
        "decided im not sticking around after his funeral. thats it, im going too",
        "crisis",
    ),
    Case(
        "intent_decided",
        "I'm not asking for advice. I've decided I'm going to end my life and I feel oddly settled about it. I just wanted someone to know who wasn't family.",
        "crisis",
    ),
    Case(
        "intent_decided",
        "Once Noah has finished his last cycle and is in remission, I'm going to take myself out of the picture for good. He'll have his dad. I've thought it through and I mean it.",
        "crisis",
    ),
    Case(
        "intent_decided",
        "Sorry for the radio silence. Isla's DIPG has progressed, they've stopped the trial drug and we're back on dex, which makes her so hungry and angry. The palliative team came yesterday and were lovely. We've ordered a hospital bed for the living room. When she goes, I'm going with her; I've decided to end my own life and I'm not changing my mind. Does anyone have tips for the dex rages?",
        "crisis",
    ),
    # plan_time_place
    Case(
        "plan_time_place",
        "its gonna be sunday night when the kids are at my mums, down at the reservoir. worked it all out",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "picked my date. the 14th, after school drop off, at the old quarry. itll all be over by lunch",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "gonna do it friday while hes at his dads. at home, in the afternoon, nobodys due round",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "I've planned it for the night after Theo's end-of-treatment bell. My husband will be on nights, the tablets are in my bedside drawer, and I'll write the notes beforehand.",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "I know exactly how and when now. Tuesday, while Ruby is inpatient and my partner is staying with her, I'll be home on my own with the pills and nobody will check on me until Wednesday.",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "Evening all. Lucas (Wilms, stage 3) had his nephrectomy last week and the pathology was favourable histology, so good news for once. He's home, catheter out, and walking to the end of the road. The oncologist says vincristine and dactinomycin for 19 weeks. My own plan to end things is set for the first weekend he's back at school, in the woods behind the allotments, early morning before the dog walkers. Anyone else's kid get the dactinomycin liver thing?",
        "crisis",
    ),
    # preparatory_means
    Case(
        "preparatory_means",
        "been saving up my zopiclone instead of taking it. got a good stash now for when im ready",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "bought a hose from b&q today. not for the garden. its in the car with the tape",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "been skimming a bit of her oramorph into a bottle for myself every day. for the night i decide to go",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "I went to three different chemists this week so nobody would notice how many paracetamol I was buying for myself. They're in a shoebox in the wardrobe now, ready.",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "I got the rope today and put it in the boot of the car. I keep going out to check it's still there. I know what it's for.",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "Hodgkin's update for Sam (16): interim PET is clear so no radiotherapy, huge relief. He's complaining about the bleomycin cough but his sats are fine. College are letting him do a reduced timetable, and we finally got the DLA through after two appeals. For a couple of months I've been collecting my sleeping tablets and the leftover tramadol from my knee op, enough to not wake up, and I've taken them out and looked at them every night this week. Can anyone recommend a decent wig place for his mate who's just started?",
        "crisis",
    ),
    # interrupted_or_aborted_attempt
    Case(
        "interrupted_or_aborted_attempt",
        "had all the tablets in my hand last night ready to swallow and then poppy called out for me so i put them back",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "stood on the chair with the cord round my neck and then climbed down. idk why i stopped",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "got as far as climbing the bridge railing tues to jump n a lad walking his dog stopped and talked me down",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "On Saturday I drove to the cliffs meaning to go over the edge. I sat in the car park for two hours and then drove home because I couldn't picture Maya being told.",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "My husband found me in the garage with the engine running and the door shut and pulled me out. That was Wednesday. We haven't talked about it since.",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "Medullo update for Eli: we're 20 of 30 fractions into craniospinal radiotherapy, his hair's gone and the nausea is brutal but he's keeping the ondansetron down. We're doing the Monday to Friday trip to Birmingham and staying at the charity house, then maintenance chemo after. On Thursday night I'd poured out all my tablets on the bathroom floor to take them, and my eldest knocked needing the loo, so I swept them back into the tub. She doesn't know. Has anyone had success with nabilone for the sickness?",
        "crisis",
    ),
    # recent_attempt
    Case(
        "recent_attempt",
        "took an overdose on friday, woke up in a&e. home now. nobody at the hospital knows",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "tried to end it last week. obvs didnt work. back on the ward with my boy like nothing happened",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "just out of hospital after swallowing everything in the cupboard on sunday. they kept me 3 nights",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "I've been quiet because I was in hospital. I cut my arms deeply enough trying to end things that I needed surgery, and the psych liaison nurse saw me before discharge. The kids were told it was an accident with glass.",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "Last month I walked into the sea at Camber meaning not to come back, and a lifeguard got to me. I'm telling you because pretending I'm fine isn't working.",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "Hi all, Ewing's mum here. Jakub's limb-salvage surgery went ahead and the new knee looks good on x-ray; physio twice a day and he hates it. Pathology showed 95% necrosis, which they're pleased with, and VAC starts again Monday. I missed the last few weeks of the group because I spent four days in ICU after I tried to hang myself, which most people in my life still don't know. The crisis team visit me twice a week now. Does anyone's kid still get odd nerve pain after an endoprosthesis?",
        "crisis",
    ),
    # dangerous_place
    Case(
        "dangerous_place",
        "sat on the edge of the multi storey roof rn. legs over. just looking down",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "on the railway bridge by the hospital, other side of the fence. trains every 10 min. not sure why im typing this",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "on the wrong side of the barrier at beachy head. its very quiet up here",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm at the river by the weir, sat right on the edge above the water. I've left the car where they'll find it. I don't want to go home tonight.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Writing this from the end of the platform where the fast trains don't stop. I keep stepping closer to the yellow line. Nobody knows I left the ward.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Day 15 of delayed intensification. Harvey's neutropenic so we're in isolation on the ward, and he's been sick all afternoon after the cytarabine. The nurses are lovely but stretched thin, and his sister has a cold so she can't visit. I came out for air and I'm up on the top level of the hospital car park, over the wall and sitting on the outside ledge. It feels very calm up here with the lights below. I should probably reply to the consultant's email about tomorrow's lumbar puncture.",
        "crisis",
    ),
    # goodbye_affairs_giving_away
    Case(
        "goodbye_affairs_giving_away",
        "gave my wedding ring n my nans necklace to my sister today so she wont have to sort them after im gone",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "sorted my will, cancelled my phone from next month, told the dog walker its the last week. i wont be needing any of it",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "if i dont post again, thank you all. youve been more family than my own. this is my last message. look after eachother x",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "I've written letters to each of the kids and left them with my solicitor, to be opened after I'm gone. I've given my car to my brother and the cat to next door. It all feels tidy now.",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "This is my goodbye to the group. Thank you for holding me through Aoife's treatment. I've made sure everything is in order, and I won't be around to see her ring the bell, but you lot will.",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "Long post, sorry. Jude's neuroblastoma maintenance with dinutuximab finished last week, and end-of-treatment scans are booked for January. He's sleeping better since the gabapentin came down, and I finally finished the disability forms. I've also cancelled my gym, put the boys down on the life insurance, given my guitar to my nephew and written out all the passwords for Dan. I wanted everything sorted before I go, so nobody has to clear up after me. Thanks for always being here, you've all meant more than you know.",
        "crisis",
    ),
    # burden_belonging
    Case(
        "burden_belonging",
        "everyone would be better off without me. im just one more thing they have to manage",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "im 16 and my parents sold the house for my treatment. theyd be so much freer without me around, i keep thinking about making that happen",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "no one would even notice if i was gone for good. literally nobody has messaged me in weeks",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "My husband has to look after Rosie and me now because I'm falling apart. I'm costing this family more than I give. They'd honestly be better off if I wasn't in the picture at all.",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "I don't belong anywhere any more, not at work, not with friends, not even here. The world would carry on fine without me in it, and I'm starting to think it should.",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "Osteosarcoma update: Keira's MAP chemo is halfway, methotrexate clearance took five days this time so we were inpatient all week, but her creatinine is back to normal. School sent a lovely card signed by her class. Money's tight since I stopped work. Honestly I'm dead weight to everyone, my partner, my parents, even the nurses, and the kindest thing I could do is stop being here for them to carry. Anyway, the amputation versus limb salvage consult is next Tuesday.",
        "crisis",
    ),
    # trapped_unbearable
    Case(
        "trapped_unbearable",
        "theres no way out of this for me. only one way out left and im thinking about taking it",
        "crisis",
    ),
    Case(
        "trapped_unbearable", "cant live like this anymore. i mean it, i cant keep living", "crisis"
    ),
    Case(
        "trapped_unbearable",
        "feel so trapped. the only exit i can see is not being alive",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "I'm trapped. Debt, a sick child, a husband who's left, and no end to any of it. I can't see any way out except one, and I'm starting to think about it seriously.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "The pain in my chest never lets up and I can't bear another day of it. I don't want to go on living like this. I genuinely can't see a future that I'm in.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "Treatment update: Zara's rhabdo has relapsed and they're offering a phase 1 trial in London, which means moving for three months. Her counts are low and she's on GCSF jabs. I'm doing all of it alone since her dad moved out in the summer, and I've lost my job. I feel completely boxed in and I can't stand it, and stopping being alive altogether feels like the answer. The trial consent meeting is Friday.",
        "crisis",
    ),
    # child_wish_dead_or_self_harm
    Case(
        "child_wish_dead_or_self_harm",
        "my 9yo said tonight he wishes he was dead so the needles would stop. didnt know what to say",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "found fresh cuts on my daughters thighs today. shes 14, 2 yrs into treatment. what do i do",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "ds (15) told the play specialist he'll end his life if the tumour comes back. they called the psych team",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "Ethan (12) has been banging his head against the wall on purpose when the steroids make him angry, hard enough to bruise. Last night he told me he wants to go to sleep forever. We see the oncologist Monday but I don't think this can wait.",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "My teenage daughter, post-transplant for AML, wrote in her journal that she's been thinking about how to end her life. I found it by accident. She doesn't know I read it.",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "Tilly's maintenance update: mercaptopurine dose went up, counts stable, monthly vincristine and five days of dex every four weeks. She's back at school three days a week. The dex week was horrible, so much anger. Her teacher rang because Tilly (11) told a friend she wanted to jump out of the classroom window so she wouldn't have to have any more pokes, and she's been scratching her arms with a compass point. Our GP appointment is Thursday, is that soon enough?",
        "crisis",
    ),
    # sudden_calm_after_decision
    Case(
        "sudden_calm_after_decision",
        "feel weirdly calm today. i know how im going to end it now and its such a relief",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "slept properly for the first time since i decided im not going to be around much longer",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "everyone says i seem better. i am. decision made about ending things, no more fighting it",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "I feel lighter than I have in a year. I've stopped worrying about the scans because I know I won't be here for the results, by my own choice. It's peaceful.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "My sister keeps saying I seem so much calmer this week and she's right. Setting an end date for myself has taken all the pressure off.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "Good week for once. Finn's Wilms bloods were fine, scans clear at the three-month check, and he started back at nursery. I've cleaned the whole house, paid off the credit card and made peace with my dad. For the first time since diagnosis I'm not anxious, because I've settled on how I'm leaving all this behind for good and it's soon. I feel so calm. We're going to the zoo on Saturday.",
        "crisis",
    ),
    # lookalike_illness_death_talk
    Case(
        "lookalike_illness_death_talk",
        "terrified shes going to die. relapse confirmed today, theyre talking about palliative options",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "we went to Harrison's funeral today. he was 6. cant stop thinking it could be us next",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "The hospice came out to meet us and talk about end-of-life care for Maddie. I don't want my baby to die. How do you even start to plan that?",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "DIPG, week 8 after radiotherapy. The honeymoon period seems to be ending: his walking is wobbly again and the MRI shows progression. The consultant was honest, we're looking at weeks to a few months. We're planning a trip to the seaside while he can still enjoy it. I'm scared of how he'll die and whether he'll be in pain, though the palliative nurse says they'll manage it. If anyone has been through this, what helped?",
        QUIET,
    ),
    # lookalike_patient_end_of_life
    Case(
        "lookalike_patient_end_of_life",
        "my own cancer is terminal now (breast, mets to liver). writing legacy letters for the girls while im well enough",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "filled out my advance directive today with my oncologist. DNR, no ICU. husband knows my wishes. weird but calming",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "I'm a mum with stage 4 bowel cancer and a son with ALL. My oncologist says months, not years. I've recorded birthday videos for him up to 18 and asked my sister to be his guardian.",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "I'm 19, Hodgkin's relapsed after transplant, and it's palliative now. With my doctors I've decided to stop treatment and go home with hospice support. I've said goodbye to my uni friends and picked my funeral music, and I feel at peace with it.",
        QUIET,
    ),
    # lookalike_medication_care
    Case(
        "lookalike_medication_care",
        "how do you lot store the oramorph? locked box or top cupboard? toddler is a climber",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "hospice asked us to count the morphine every night and log it. anyone got a template",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "Noah's off the PCA now and we've got loads of leftover oxycodone at home. The pharmacy says bring it back for disposal. Do I need the original bags?",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "The pain team doubled her gabapentin tonight. Does anyone else's kid get really drowsy on it? It's knocking her out by 7pm.",
        QUIET,
    ),
    # lookalike_places
    Case(
        "lookalike_places",
        "parked on the top floor of the hospital car park again bc the rest was full. lift was broken too lol",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "took the kids to the white cliffs today, first trip out since transplant. freezing but so worth it",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "We walked over the bridge to the river market after clinic. Amelia's first proper outing in months and she managed the whole way.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Ward 4 has a roof garden now, you get up there from the lift by the cafe. Lovely spot to sit while they're in theatre, highly recommend.",
        QUIET,
    ),
    # lookalike_negated_or_denied
    Case(
        "lookalike_negated_or_denied",
        "to be clear im not going to hurt myself. im just sad and tired, not in any danger",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "over a decade ago i went through a really dark patch. got help, im in a good place now, just sharing so others know it gets better",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "Just so nobody worries after my last post: I'm safe. No thoughts of hurting myself, I was venting about the ward. My therapist and I are on top of it.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "I used to self-harm as a teenager and I worried it would come back with all this stress, but it hasn't. Twelve years free of it and I'm proud of that.",
        QUIET,
    ),
    # lookalike_support_or_quote
    Case(
        "lookalike_support_or_quote",
        "@jess if youre ever feeling like that pls call 988 or text SHOUT, we're all here for you x",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "watched that film last night where the dad jumps off the bridge at the end. terrible choice for a chemo night lol",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "Went to a Samaritans listening session tonight. They talked about how to ask someone directly if they're thinking about ending their life. Really useful for a group like this, honestly.",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "Just a reminder: if anyone here ever feels they can't keep themselves safe, Samaritans are on 116 123 in the UK and 988 in the US. No shame in it, and the mods can help too.",
        QUIET,
    ),
    # lookalike_exhaustion_venting
    Case(
        "lookalike_exhaustion_venting",
        "im done with this week. three ward admissions and a cancelled scan. wine time",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "this is killing me. 4am feeds, 6am obs, 8am ward round. i need a weekend off",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "f*** cancer. f*** it to hell. thats it thats the post",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "I can't do this anymore with the hospital parking. Third fine this month while I was literally on the ward with her. So fed up I could scream.",
        QUIET,
    ),
]

HELD_BACK: list[Case] = [
    # wish_dead
    Case(
        "wish_dead", "wish id never woken up this morning tbh. or any morning from now on", "crisis"
    ),
    Case(
        "wish_dead",
        "id honestly be relieved if my heart just stopped in my sleep tonight",
        "crisis",
    ),
    Case("wish_dead", "want to stop existing. not do anything, just not be here anymore", "crisis"),
    Case(
        "wish_dead",
        "When they said Aiden's tumour was back I stopped wanting to be alive. Weeks later that feeling hasn't moved an inch. I'd just rather be gone.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "I lie next to Ivy's cot on the ward and think how nice it would be to close my eyes and never open them again. I just want out of being alive.",
        "crisis",
    ),
    Case(
        "wish_dead",
        "Day +40 post-transplant for Ravi. Engraftment was slow but his neutrophils are over 1 now, and the GVHD rash on his hands is responding to the cream. We're allowed out to the flat near GOSH, still with daily clinic, and chimerism results are due next week. I honestly wish I could stop being alive, it's been like that for a while now. Can anyone recommend a good moisturiser for steroid skin?",
        "crisis",
    ),
    # active_thoughts
    Case(
        "active_thoughts",
        "thinking about ending my life a lot lately. more than i want to admit to anyone",
        "crisis",
    ),
    Case(
        "active_thoughts", "the urge to end it all is loud today. on my mind constantly", "crisis"
    ),
    Case(
        "active_thoughts",
        "cant stop thinking about taking myself out of the equation for good",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "I've been having thoughts of ending my life since the relapse. They're there when I wake up and when I try to sleep. I don't know who to tell.",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "Suicidal thoughts have crept back since Kai's diagnosis, worse than when I was younger. It's every day now.",
        "crisis",
    ),
    Case(
        "active_thoughts",
        "Hi from the teenage and young adult unit. Mia (17, Ewing's) is on ifosfamide this week and has the confusion side effect again, so they've started methylene blue. Her mood is flat but she's eating. I'm sleeping on the fold-out and her dad's at home with the little ones. I keep getting thoughts about ending my own life, most days this month. We've got the scan review on Monday.",
        "crisis",
    ),
    # method_research
    Case(
        "method_research",
        "been looking up how many of my antidepressants would be a fatal amount. dont judge",
        "crisis",
    ),
    Case(
        "method_research",
        "googled the tallest car parks near me last night. not for parking",
        "crisis",
    ),
    Case(
        "method_research", "read up at 3am on mixing my meds with his oxy. for me not him", "crisis"
    ),
    Case(
        "method_research",
        "I've been researching which ways of ending your life are painless. I tell myself it's curiosity but I know it isn't. The tabs are still open on my phone.",
        "crisis",
    ),
    Case(
        "method_research",
        "Yesterday I looked up train times, not to travel, but to find out when the express comes through our station without stopping so I could step in front of it. I'm scared of myself.",
        "crisis",
    ),
    Case(
        "method_research",
        "Wilms update for Poppy: the CT shows the lung nodules have gone after radiotherapy, so we're cautiously optimistic. She's on the last block of doxorubicin and the echo was fine. Nursery say she can go back in the spring, and my husband's redundancy money means we're ok for now. I've spent the last few nights reading about how much of Poppy's morphine would stop an adult's breathing, meaning mine. Who's organising the Christmas party at the unit this year?",
        "crisis",
    ),
    # intent_decided
    Case(
        "intent_decided",
        "not just thinking about it anymore, im going to end it. i mean it",
        "crisis",
    ),
    Case(
        "intent_decided",
        "im going through with it this time. no point trying to talk me out of it",
        "crisis",
    ),
    Case(
        "intent_decided",
        "decided. once the kids are settled with their dad im ending things for good",
        "crisis",
    ),
    Case(
        "intent_decided",
        "This isn't a wobble. I've fully made up my mind that I'm taking my own life, and I'm at peace with the choice. I'm just tired of pretending to everyone.",
        "crisis",
    ),
    Case(
        "intent_decided",
        "I promised myself I'd see Leon through his last radiotherapy session and I have. Now I'm finished keeping myself alive, and I intend to act on it this week.",
        "crisis",
    ),
    Case(
        "intent_decided",
        "Quick update for those who asked. Arlo's neuroblastoma is refractory, so they've offered MIBG therapy at UCLH, which means isolation and the lead-lined room. His blood pressure is high on the new meds and granny is moving in to help. I've decided I'm going to end my life once he's through this round, and I won't be talked out of it. Anyone know what you're allowed to bring into the MIBG room?",
        "crisis",
    ),
    # plan_time_place
    Case(
        "plan_time_place",
        "tonight after everyones asleep, in the garage. ive thought through every step",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "next thurs while husbands away at his conference. ill do it at home with his pills, nobody will be in",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "got it planned. anniversary of her diagnosis, at the lake where we scattered nans ashes. im not coming back from there",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "I've worked out the details. The 22nd, when Leah's on her respite weekend, in the woods at the end of our lane, with the tablets I've saved. Nobody will look for me until Monday.",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "Once the bank holiday's over and the kids are back at school, I'll drive out to the forest on the Wednesday morning with the pills and not come home. I've gone over it enough times that it feels real.",
        "crisis",
    ),
    Case(
        "plan_time_place",
        "Medulloblastoma, group 4, Oscar is 8. The post-op MRI showed a small residual so they're going ahead with full-dose craniospinal. He's got posterior fossa syndrome and isn't really talking yet; the speech therapist comes three times a week and he's fed through an NG. I've picked the date and the place to end it: the Saturday after his radiotherapy finishes, off the old railway viaduct near my mum's, early before anyone's up. Does anyone know if the mutism improves quickly?",
        "crisis",
    ),
    # preparatory_means
    Case(
        "preparatory_means",
        "ordered something online to end things with. it arrives thursday",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "took the belt off my dressing gown and tested it on the loft hatch today. it held",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "stockpiling my sertraline for a month now so i can take them all at once. nearly enough",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "I've written my notes, got all the pills together in one place and booked a day off work that nobody knows about. I just want it to be ready.",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "I bought a blade I don't need and keep it under my mattress. It's not for cooking and it's not for anyone but me. I check it's there every night.",
        "crisis",
    ),
    Case(
        "preparatory_means",
        "Small update: Ben's relapsed ALL and CAR-T is approved, they collected his T-cells on Tuesday, so now it's bridging chemo and about four weeks of waiting for the cells. He's in good spirits, playing FIFA with the nurses, and insurance finally agreed to the hotel costs. While he was in theatre I went to the hardware store and bought what I need to hang myself, and I've rehearsed it twice in the basement. Does anyone know how bad the cytokine release usually gets?",
        "crisis",
    ),
    # interrupted_or_aborted_attempt
    Case(
        "interrupted_or_aborted_attempt",
        "had the knife to my wrist last night and my phone went, it was the ward. put it down. still here",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "stood right at the platform edge as the train came in meaning to go, and stepped back at the last second. still shaking",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "my mum walked in just as i was about to swallow the lot. she flushed them and wont leave me alone now",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "On Monday night I had everything set up in the loft to hang myself, and my son shouted that he'd been sick, so I came down. I haven't been back up there. I'm frightened I will.",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "Last week I sat on the edge of the bath with the blade for an hour, fully meaning to go through with it. In the end I stopped because I thought of Lily finding me. I haven't told anyone outside this group.",
        "crisis",
    ),
    Case(
        "interrupted_or_aborted_attempt",
        "Hodgkin's update: Callum (14) has finished ABVD, the end-of-treatment PET is in two weeks, and he's already asking about football. His hair is coming back curly, which he hates. On Sunday night I drove to the coast path meaning to go off the edge, got out of the car, and a couple with a torch asked if I was alright, so I got back in and came home. I've barely slept since. Do PET results usually take long?",
        "crisis",
    ),
    # recent_attempt
    Case(
        "recent_attempt",
        "overdosed on tues. stomach pumped. home with a leaflet and a follow up in 3 weeks lol",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "the car crash last week wasnt an accident. drove into the wall on purpose, i wanted it to be the end",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "only woke up in resus on sat bc my flatmate came home early. didnt mean to wake up at all",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "Three days ago I swallowed all my sleeping tablets. My partner found me and called an ambulance. They discharged me this morning and I'm back at the bedside like nothing happened.",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "A fortnight ago I tried to end my life by jumping from our balcony. I broke both legs and my pelvis, so I'm now on a ward two floors below my son's. People keep asking what happened.",
        "crisis",
    ),
    Case(
        "recent_attempt",
        "AML update for Grace (4): second induction done, marrow under 5% blasts, so the transplant team are searching the registry for a donor since her sister isn't a match. She's got a line infection and is on vancomycin. I haven't posted in a while because last weekend I took an overdose in the hospital toilets; a nurse found me and I was admitted for two nights. I'm seeing the liaison psychiatrist now. How long does an unrelated donor search usually take?",
        "crisis",
    ),
    # dangerous_place
    Case(
        "dangerous_place",
        "on the roof of the hospital annexe at the edge. its a long way down. cant stop looking",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "sitting on the cliff edge by the lighthouse. feet dangling over. nobody knows im here",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "climbed over the railings on the clifton suspension bridge. just holding on rn",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I'm standing on the level crossing near our house. I've been here twenty minutes watching for the lights to start flashing. I don't know why I'm posting this.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I walked out of the ward and I'm on the motorway footbridge now, leaning over. Lorries going under. I'm not going back in.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "High-risk neuroblastoma, Jamie's in for his stem cell harvest. The apheresis made him cold and tingly but they gave him calcium, and the numbers are good enough for two transplants. My wife is staying with him tonight. I've driven to the reservoir and I'm sitting on the dam wall with my legs over the spillway side. It's dark and there's nobody around. Apparently day 1 of busulfan is next Monday.",
        "crisis",
    ),
    # goodbye_affairs_giving_away
    Case(
        "goodbye_affairs_giving_away",
        "gave the dog to my neighbour for good today. told her i wont be able to look after him after this week. its all sorted",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "wrote my pin numbers down for my husband and left my jewellery to my daughter. everythings in the blue folder for when im not here",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "bye everyone. its been an honour knowing you all. please hug your kids for me, i wont get to",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "I've spent the week tying up loose ends: the mortgage papers are with my brother, my pension nomination is updated and I've given away my records. I wanted it all done so nobody has a mess to deal with after I'm gone.",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "Since Rory died in May there's no reason for me to stay. I've given his things and mine to my sister, and I've said proper goodbyes to my friends this week without them realising. I won't be needing any of it.",
        "crisis",
    ),
    Case(
        "goodbye_affairs_giving_away",
        "Evening. Ollie's amputation healed beautifully and he's been fitted for his first prosthetic leg, he's so proud. The lung mets are stable on the latest CT, and school want a meeting about a phased return. This week I made a will, wrote goodbye letters to the kids and my husband, gave my car keys to my brother and cancelled my standing orders. I'm doing this properly so nobody's left picking up the pieces after me. Thanks for everything, genuinely.",
        "crisis",
    ),
    # burden_belonging
    Case(
        "burden_belonging",
        "im nothing but a drain on this family. theyd breathe easier if i was gone for good",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "i dont fit anywhere anymore. not home not work not here. nobody would miss me if i went",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "the kids would have a happier life without me dragging everyone down. thinking of giving them that",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "My wife does everything for Charlie and for me because I can't cope. I'm a weight around her neck. I think removing myself permanently would be the one useful thing I could do for them.",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "Since the diagnosis my friends have drifted off and my family only ring about the treatment. I feel completely alone and surplus to requirements, like the world has closed over the space where I was. There's nothing holding me here any more.",
        "crisis",
    ),
    Case(
        "burden_belonging",
        "Orbital rhabdomyosarcoma, Sienna is 3. Proton therapy in Manchester is finished, her eye is red but the consultant is pleased. We're back on VAC and her counts keep dropping, so two delays already. My partner's on nights and the grandparents do everything else. I've become just a cost to all of them, money, time, worry, and they'd be lighter with me out of the way permanently. Next LP is the 14th.",
        "crisis",
    ),
    # trapped_unbearable
    Case(
        "trapped_unbearable",
        "cant take this anymore and theres no exit. only one door left and its the final one",
        "crisis",
    ),
    Case("trapped_unbearable", "trapped trapped trapped. no way out except ending it", "crisis"),
    Case(
        "trapped_unbearable",
        "i cant keep going. the pain wont stop and i dont want to be alive in it",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "I feel like I'm in a room with no doors. Every option is worse than the last and I can't bear one more day of it. The only escape I can see is a permanent one.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "This suffering is too much to carry. I'm not able to keep living with it, and I've stopped believing it will ever lift. I want my life over, for good.",
        "crisis",
    ),
    Case(
        "trapped_unbearable",
        "Very high-risk ALL, Tomasz is 7. MRD was positive at the end of consolidation, so they're talking about blinatumomab and then transplant. We're in Leeds, three hours from home, and I'm sofa-surfing between the Ronald McDonald house and the car. I've been signed off work and the landlord wants us out. I am completely cornered and can't stand another day; ending my life feels like the only exit left. The blina bag gets changed every four days, right?",
        "crisis",
    ),
    # child_wish_dead_or_self_harm
    Case(
        "child_wish_dead_or_self_harm",
        "my son (13) told me hes been thinking about ending his life since the amputation. never said anything like it before",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "dd 16 has been burning herself with a lighter. found the marks on her arm today. shes in remission",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "my 7yo keeps saying she wants to go to heaven now to be with her friend from the ward so the hurting stops",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "Our 15-year-old (Ewing's, on maintenance) was found on the school roof yesterday saying he wanted to jump. A teacher talked him down. CAMHS have an urgent referral but no date yet.",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "I found a note in Sofia's bag. She's 12 and in treatment for Hodgkin's. It said sorry and that she didn't want to be here anymore, and she's been giving her toys away to her cousins.",
        "crisis",
    ),
    Case(
        "child_wish_dead_or_self_harm",
        "Update for the teens thread: Reuben (14, medulloblastoma) is through maintenance chemo. His hearing loss is moderate now and he has hearing aids, which he refuses to wear at school, and he's lost his mates since the surgery affected his balance. Last night I found him in his wardrobe with a scarf tied round his neck, and he said he wanted to stop existing. We're in A&E waiting for the mental health team now. His next MRI is in March.",
        "crisis",
    ),
    # sudden_calm_after_decision
    Case(
        "sudden_calm_after_decision",
        "finally at peace. i know how im getting out and when. dont worry about me anymore",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "weird how calm you feel once youve picked a date to end it. cant explain it",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "happiest ive been in ages. the end is in sight for me, not just for his treatment. ive made my choice",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "People at the hospital keep commenting how relaxed I seem. They don't know it's because I've made the choice to take my own life. The dread has just lifted.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "After months of panic I suddenly feel light and settled. I've stopped fighting the idea of ending my life and have accepted it. Everything feels quiet now.",
        "crisis",
    ),
    Case(
        "sudden_calm_after_decision",
        "Nice news first: Aarav's Ewing's scans are clear at end of treatment, his port removal is booked for the 3rd, and he's asked for a dog. I've returned the library books, rung my old friends and cleared the loft. I haven't felt this serene since before he got ill, because I've decided on my way out and it's soon. It's such a relief. Anyone got dog breed recommendations for a kid with a weak immune system?",
        "crisis",
    ),
    # lookalike_illness_death_talk
    Case(
        "lookalike_illness_death_talk",
        "scared stiff hes going to die. marrow results tomorrow. cant breathe for worrying",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "third funeral from our ward this year. sweet Lottie, 5. lighting a candle for her tonight",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "Prognosis meeting today. They used the word incurable for the first time. We're moving to palliative care and I'm trying to work out how to tell his brother that Jonah won't get better.",
        QUIET,
    ),
    Case(
        "lookalike_illness_death_talk",
        "Wilms relapse, the second one. The consultant was very kind but said the options are now about time, not cure. We've met the children's hospice team; they have a sibling room and a garden with a little bridge Harry loved. We're doing his bucket list: a fire engine ride, the beach, a night in a treehouse. I keep going over how I'll cope when he dies, and part of me is so angry that any of this is happening. Thank you all for the messages, I read every one.",
        QUIET,
    ),
    # lookalike_patient_end_of_life
    Case(
        "lookalike_patient_end_of_life",
        "my oncologist says my glioblastoma is end stage now. writing letters to my boys for their 18ths while i still can",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "me n my wife sorted my funeral wishes today. pancreatic, weeks left, and Liam's still on maintenance. i want it to be a party",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "I'm 17 and my osteosarcoma has spread to my lungs again. I've told my team I don't want more chemo, I want to be at home. Mum and I did the advance care plan together and I feel like I'm in charge for once.",
        QUIET,
    ),
    Case(
        "lookalike_patient_end_of_life",
        "Dad here, diagnosed with mesothelioma while my daughter's in treatment for ALL. I've signed a DNACPR and put lasting power of attorney in place. The hospice team have been brilliant with all of us.",
        QUIET,
    ),
    # lookalike_medication_care
    Case(
        "lookalike_medication_care",
        "do we give the breakthrough oramorph before or after the fentanyl patch change? hospice nurse is off today",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "returning all of kasey's leftover morphine to the pharmacy today. such a weird feeling, end of treatment!",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "Counted the liquid morphine tonight and it was 5ml short of what I'd logged. Panicked, then realised I'd measured the evening dose in the wrong syringe. Anyone got a good logging app?",
        QUIET,
    ),
    Case(
        "lookalike_medication_care",
        "Our hospice gave us a lockable box for the just-in-case meds for the syringe driver. Do you keep yours in the fridge? The instructions aren't clear.",
        QUIET,
    ),
    # lookalike_places
    Case(
        "lookalike_places",
        "the car park at the childrens hospital is a nightmare, circled level 6 for 20 mins",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "walked along the river after clinic, first fresh air in days. the ducks made her laugh",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "We did the cliff walk at St Ives with Josh in his wheelchair; the coastal path is mostly accessible. Highly recommend if you're in Cornwall on a treatment break.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "The hospital's new rooftop playground is open! Kids in isolation can't go up yet but the siblings loved it. Great views of the bridge and the whole city.",
        QUIET,
    ),
    # lookalike_negated_or_denied
    Case("lookalike_negated_or_denied", "no im not suicidal lol, just knackered. promise", QUIET),
    Case(
        "lookalike_negated_or_denied",
        "i tried to end things when i was 20. thats 15 yrs ago and im in a very different place now, just saying for context",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "The GP asked me the usual questions about hurting myself and I honestly said no. I'm exhausted and tearful, but I'm safe and I've got good support around me.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_denied",
        "Last year I had a crisis and was under the home treatment team for a while. That's behind me now, the meds are working and I'm doing well. Posting because someone asked how I got through it.",
        QUIET,
    ),
    # lookalike_support_or_quote
    Case(
        "lookalike_support_or_quote",
        "hey @mark sounds rough. if it ever gets to the point youre thinking of hurting yourself please ring samaritans 116 123. sending love",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "news tonight about the bloke on the m62 bridge. so glad the police talked him down",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "Our unit psychologist did a talk on parental burnout and warning signs, like giving things away or suddenly saying goodbye. Worth asking for if your hospital runs one.",
        QUIET,
    ),
    Case(
        "lookalike_support_or_quote",
        "Quoting my favourite line from that film: 'I'm not going to jump, I just like the view.' Made me laugh so much on a terrible ward day.",
        QUIET,
    ),
    # lookalike_exhaustion_venting
    Case(
        "lookalike_exhaustion_venting",
        "i cant do this anymore, third cannula attempt and shes screaming. someone send coffee",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "done. DONE. with this week, the pharmacy, the parking, all of it. bed",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "the steroid rages are killing me. 2am and she wants pasta",
        QUIET,
    ),
    Case(
        "lookalike_exhaustion_venting",
        "I'm so tired I could cry. Up all night with the vomiting, then school rang about her brother. Cancer can do one, honestly.",
        QUIET,
    ),
]

_DROPPED = frozenset({"d1a8716f48786cf8", "d34d42a5edc96397", "64bf63e03cc34d91"})


def _kept(case: Case) -> bool:
    return hashlib.sha256(case.text.encode()).hexdigest()[:16] not in _DROPPED


HELD_BACK = [c for c in HELD_BACK if _kept(c)]
