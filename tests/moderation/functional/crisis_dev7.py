# ruff: noqa: E501
"""Crisis development set 7.

Written 2026-12-07 by a helper blind to the detector and every other set, from the 988
Suicide & Crisis Lifeline, AFSP and C-SSRS warning signs and Joiner's interpersonal theory
(perceived burdensomeness). Development set: the engineer may read it.

Holds 100 cases in the voice of parents of children with cancer (and now and then a teen
patient) posting in a peer-support group:

- crisis (expect "crisis"), 8 each, 64 in all: burden, child_self_harm, means,
  dangerous_place, goodbye_giving_away, hopeless_trapped, plan_timeline, past_attempt
  (per function: 3 short chat lines, 3 medium messages, 2 long posts with the sign buried in
  treatment news);
- look-alikes (expect QUIET), 6 each, 36 in all: lookalike_burden_ordinary,
  lookalike_child_illness, lookalike_medication, lookalike_places, lookalike_goodbye,
  lookalike_negated_or_support.
"""

from .support import QUIET, Case

DEV: list[Case] = [
    # --- burden -------------------------------------------------------------------------
    Case(
        "burden",
        "honestly my husband would have an easier time w/o me dragging everyone down tbh",
        "crisis",
    ),
    Case(
        "burden",
        "idk why im still here, im just one more thing for my family to deal with",
        "crisis",
    ),
    Case("burden", "the kids would be calmer if i just wasnt around anymore", "crisis"),
    Case(
        "burden",
        "Every bill that comes in is because of me needing time off and falling apart. My wife could handle Maya's treatment fine on her own, she'd honestly be better off without the extra weight. I've been thinking a lot about stepping out of the picture.",
        "crisis",
    ),
    Case(
        "burden",
        "I keep looking at my family and thinking I'm the problem. Ollie has cancer and somehow I'm the one everyone has to tiptoe around. They'd all have less trouble if I was gone for good.",
        "crisis",
    ),
    Case(
        "burden",
        "My mum has moved in to help and now she's exhausted too, all because I can't cope. I'm costing everyone their health and their savings. It would be kinder to all of them if I disappeared permanently.",
        "crisis",
    ),
    Case(
        "burden",
        "Update on Priya: counts came back today, ANC 0.4 so we're neutropenic again and they've pushed cycle 4 of vincristine back a week. The port is working fine after last week's flush drama. Tom drove in with her brothers and I watched how easily he handled all three of them, and it hit me that they genuinely don't need me, I just add stress and cost and tears. I think they'd all be better off once I'm out of the picture for good, and lately that thought is the only one that calms me down. Anyway, the dietitian wants her on the feeding pump overnight now. Parking here is still £14 a day if anyone knows a trick.",
        "crisis",
    ),
    Case(
        "burden",
        "Scan day went ok, MRI showed the tumour bed is stable with no new enhancement. Jonah managed the whole scan without sedation for the first time, so proud of him. Oncology wants another round of temozolomide and a recheck in three months. I haven't said this to anyone but I've been feeling like a dead weight on this whole family, like my partner and the girls would have calmer lives if I wasn't in them anymore, and I can't argue myself out of it now. We got home at 9 and Jonah crashed straight away. Endocrine appointment is next Tuesday.",
        "crisis",
    ),
    # --- child_self_harm ----------------------------------------------------------------
    Case(
        "child_self_harm",
        "found cuts on leilas thighs tonight, shes 13, been on chemo since march. i dont know what to do",
        "crisis",
    ),
    Case("child_self_harm", "my son said he wishes he wouldnt wake up tomorrow. hes 10.", "crisis"),
    Case(
        "child_self_harm",
        "caught sam banging his own head on the wall again screaming he wants to be dead",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Ava has been scratching her arms until they bleed and hiding it under the sleeves of her hospital gown. When I asked, she said it's the only thing that makes the other pain go quiet. The nurses haven't noticed yet.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Went through Finn's search history because he's been so withdrawn since the relapse. He's been looking up ways to die that don't hurt. He's 15 and I'm terrified.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "My daughter told me tonight she doesn't want to be around anymore. Not because of the cancer, she said, she just wants to stop existing. Then she went silent and wouldn't say another word.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Day +45 post transplant for Noor. Engraftment is holding, platelets finally above 50 without a transfusion, and they're weaning the ciclosporin. The skin GVHD seems to be settling with the cream. Then last night I found a lighter and small round burns on the inside of her wrist, and she admitted she's been doing it for a couple of weeks because she 'deserves it' for how much this has cost us. She's 14. We're still at clinic twice a week and the drive is over an hour each way. The social worker is on leave until Monday.",
        "crisis",
    ),
    Case(
        "child_self_harm",
        "Eli finished his 6th round of ICE and we're waiting on the PET. His hair is growing back curly, which is hilarious. At 3am I woke to find him sitting on the ledge of his bedroom window with his legs outside, and he said he was thinking how much easier it would be to fall. I pulled him in and he sobbed. We're on the third floor. Surgical follow up about his line is Thursday and I still have to sort the school meeting.",
        "crisis",
    ),
    # --- means --------------------------------------------------------------------------
    Case(
        "means",
        "ive been keeping back the oxycodone they sent home with him after surgery. theres enough now i think",
        "crisis",
    ),
    Case(
        "means",
        "counted my sleeping pills again tonight. 40ish. just knowing theyre there helps",
        "crisis",
    ),
    Case("means", "bought a rope today. not for anything in the garden tbh", "crisis"),
    Case(
        "means",
        "When Grace's pain team switched her to patches we had a whole bottle of liquid morphine left over. I never took it back to the pharmacy. I've been looking up how much an adult would need, and it's in my bedside drawer now.",
        "crisis",
    ),
    Case(
        "means",
        "I've been reading about which bridges around here are high enough that nobody survives the fall. I don't even know why I'm telling you all. I just needed to say it to someone.",
        "crisis",
    ),
    Case(
        "means",
        "My brother-in-law keeps a shotgun in his shed and I know where the key is. I've thought about it constantly since the relapse news. I keep inventing reasons to go round there.",
        "crisis",
    ),
    Case(
        "means",
        "Long week. Theo's counts dropped so they held the methotrexate, and he spent two nights inpatient with a fever that turned out to be a line infection, so now he's on IV vancomycin through the port. He's brighter today and ate half a pancake. Meanwhile I've been quietly saving up the diazepam and zopiclone my GP gave me instead of taking them, and they're all in an envelope in my bag now, enough that I wouldn't wake up. The ward is short staffed and the night nurse is brand new. Hopefully home by Saturday.",
        "crisis",
    ),
    Case(
        "means",
        "Scan results are mixed: two nodes smaller, one new spot on the liver. We start irinotecan next week. I've been googling lethal amounts of his leftover hydromorphone at 2am and the figures are saved in a note on my phone. My husband doesn't know. Insurance approved the new antiemetic at least, and his class sent the loveliest card.",
        "crisis",
    ),
    # --- dangerous_place ----------------------------------------------------------------
    Case(
        "dangerous_place",
        "sitting in the car at the top of the multi storey. not sure im coming back down tbh",
        "crisis",
    ),
    Case(
        "dangerous_place", "at the bridge near the hospital. just want the quiet for good", "crisis"
    ),
    Case(
        "dangerous_place",
        "walked down to the tracks behind our estate. idk if ill walk back",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I told my husband I was going to the pharmacy but I drove out to the cliffs instead. It's windy and beautiful and I don't want to go home ever. Tell Mia I'm sorry.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Standing on the river path where the current is strongest. I've been here an hour. I keep thinking how easy it would be to step in and let it take me.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "I've parked at the quarry lookout and everyone thinks I'm at work. I wanted to post here one more time before I go over the edge.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Quick update because people asked: Lucas's bone marrow came back MRD negative after induction, the best news we could have hoped for. Consolidation starts next week with cytarabine. I should be happy but I'm not. I'm on the roof level of the hospital car park right now, right by the barrier, I've been up here since ward round and I don't think I'm going back downstairs. His dad is with him. Thank you all for the lovely messages this month.",
        "crisis",
    ),
    Case(
        "dangerous_place",
        "Busy day: bloods at 8, echo at 11 because of the doxorubicin, and they finally took the NG tube out so Rosa can eat normally. I left her with my sister for the evening. I'm at the railway bridge on the way out of town, leaning over the rail and counting the trains going under, and I won't be there for tomorrow's round or any round after it. The oncologist says we're on track for end of treatment in spring.",
        "crisis",
    ),
    # --- goodbye_giving_away ------------------------------------------------------------
    Case("goodbye_giving_away", "gave my guitar to my nephew today. wont be needing it", "crisis"),
    Case(
        "goodbye_giving_away",
        "wrote letters for each of the kids. for them to open after. feels done now",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "just wanted to say bye to everyone here for the last time. you were all so good to me",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "I've put the house deeds, my passwords and the life insurance papers in one folder and told my sister where it is. I'm not sick, before anyone asks. I just want things to be easy for them after I'm gone.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "I gave my grandmother's ring to my best friend last night and she kept asking why. I said I just wanted her to have it now rather than later. I think she could tell something was off.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "This is probably my last post here. Thank you for holding me up through Harry's treatment. Please look after each other, and keep an eye on him for me when I'm not here.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Cycle 3 of carboplatin done and Zara handled it better than the last two, only sick once and her magnesium is holding. Her hearing test is next week because of the platinum. I've spent my evenings writing her letters for every birthday up to 18, plus one for my husband to read after, and I've sealed them and put them in the wardrobe. I'm healthy, it isn't that. Platelets are 80 so no transfusion this week, and the play specialist brought a slime kit that she adores.",
        "crisis",
    ),
    Case(
        "goodbye_giving_away",
        "Not much change medically: Ben's creatinine is up a touch so they're pushing fluids, and the biopsy wound is healing nicely. I sold the motorbike I've had for twenty years to a mate for a tenner, gave my watch collection to my brother, and cancelled my gym and phone contract from next month. I'm not ill myself, I just don't want anyone having to deal with my stuff. The nurses on ward 6 are angels. We should hear about trial eligibility by Friday.",
        "crisis",
    ),
    # --- hopeless_trapped ---------------------------------------------------------------
    Case(
        "hopeless_trapped",
        "there is no way out of this. none. i just want it all to stop for good",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "cant go on like this tbh. every day worse, nothing will ever get better",
        "crisis",
    ),
    Case("hopeless_trapped", "i see no future for me anymore. just dark", "crisis"),
    Case(
        "hopeless_trapped",
        "I'm trapped. The cancer, the debt, the marriage falling apart, there's no door out of any of it. I don't want to feel anything ever again.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "People keep saying it gets better but it won't, not for me. The ache in my chest is unbearable and I can't picture myself still standing next year. I just want to stop existing.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "I've run out of reasons. Every morning I'm disappointed that I woke up at all. I can't keep doing this.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "Neuroblastoma update for those following: the MIBG showed uptake still in the femur and pelvis, so they want two more cycles before transplant. Leo is down to 14kg and on NG feeds. The hospital social worker finally got us a parking permit. I honestly feel there's no way forward for me, I'm so far down that I want everything to end and never start again, and I can't imagine any future that I'm in. My mum is coming Tuesday to give me a break. We're hoping antibody therapy starts in the new year.",
        "crisis",
    ),
    Case(
        "hopeless_trapped",
        "Week 14 of maintenance. Mercaptopurine at night, methotrexate on Fridays, steroid pulses every month, you all know the drill. Ruby's mood on dex is awful and the weight gain has her in tears. I'm exhausted in a way sleep doesn't touch, I'm stuck with no exit, nothing I do changes anything and I've stopped believing it ever will, I just want to go to sleep and never have to face any of it again. Her lumbar puncture is booked for the 12th. Has anyone found a way to get dex into a 5 year old?",
        "crisis",
    ),
    # --- plan_timeline ------------------------------------------------------------------
    Case("plan_timeline", "once shes through her last chemo im done. decided.", "crisis"),
    Case("plan_timeline", "friday it ends for me. just making sure hes settled first", "crisis"),
    Case(
        "plan_timeline",
        "after christmas im going. the kids should get one more normal one",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "I've made up my mind. As soon as Josh hits remission and I know he's safe, I'm checking out. It feels weirdly peaceful to have a date.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Everyone keeps saying I seem so much calmer this week. It's because I've decided, and I know exactly when and how. It's such a relief.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "I'm waiting until her birthday on the 19th so I don't ruin it for her. After that I won't be around anymore. I've already planned the day.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Stem cell harvest went well today, they collected enough CD34 cells in one apheresis session so no second day needed. Kayden was brave about the line. The autologous transplant is pencilled in for the 3rd. I've worked it out: once he's home from transplant and his dad has the routine down, that's when I go, and I've written the date in my diary where nobody looks. It feels good to know. The unit wants the house deep cleaned before he comes back, so that's my job this week.",
        "crisis",
    ),
    Case(
        "plan_timeline",
        "Radiotherapy planning done, mask fitted, 30 fractions starting Monday. Aisha was so calm through the CT and the radiographers let her pick the music. I've set myself a deadline now, the last day of radiotherapy, and after that I'm not carrying on, and ever since I chose that day I've felt lighter than I have in months. Her steroids are being tapered, which should help her appetite. Patient transport picks us up at 7:45 every day.",
        "crisis",
    ),
    # --- past_attempt -------------------------------------------------------------------
    Case(
        "past_attempt",
        "last week i took a handful of his oramorph and woke up on the kitchen floor. nobody knows",
        "crisis",
    ),
    Case(
        "past_attempt",
        "stood on the chair with the cord round my neck on sunday and got down. not sure why",
        "crisis",
    ),
    Case("past_attempt", "tried again on tues. didnt work. idk what to do now", "crisis"),
    Case(
        "past_attempt",
        "I need to tell someone. On Thursday night after the bad scan news I swallowed all my sleeping tablets. I woke up twelve hours later, sick as a dog, and just carried on as if nothing happened.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "My husband found me in the garage with the engine running two nights ago. He switched it off and we haven't talked about it since. He thinks it was a one-off.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "Last month I drove to the bridge and climbed over the railing. A man walking his dog talked me back. I think about going back there a lot.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "Clinic today: counts recovered enough to start the next block of high-dose methotrexate, and he cleared it fast last time so they think it'll be a three night stay. He's asking for pizza, which is a good sign. Honestly, between us, the night before the results I took everything in the medicine cabinet and lay down, and only threw it up because I hadn't eaten all day. I never told the GP. Anyway, the play therapist is giving him a bead for every procedure and his chain is over a metre long now.",
        "crisis",
    ),
    Case(
        "past_attempt",
        "Sorry I've been quiet. We had a week inpatient with typhlitis, she was nil by mouth and on TPN for five days, which was horrible. She's home now and eating again. While she was in I went home one night to fetch clothes and put the dog lead round my neck at the top of the stairs, and I only stopped because the cat knocked something over and I panicked. Her next scan is in six weeks. Thank you to whoever sent the hamper.",
        "crisis",
    ),
    # --- lookalike_burden_ordinary ------------------------------------------------------
    Case(
        "lookalike_burden_ordinary",
        "My partner and the kids will manage fine without me for the weekend, so I'm finally going on the spa day my friends booked for me. Feel guilty but so excited.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "I feel like a burden asking the group for help with meals, but I'm swallowing my pride and saying yes to the meal train Jen set up. Thank you all so much.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "the guilt of being at the hospital with Mia while my other two are at grandmas is real. theyre having a blast tho lol",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "Joke of the day: my husband says the house runs better when I'm at the hospital because nobody reorganises his tools. Rude. Accurate.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "Asked my sister to take over the school run this week and felt like such a burden, but she said yes immediately and told me it helps her feel useful. Taking the win.",
        QUIET,
    ),
    Case(
        "lookalike_burden_ordinary",
        "Everyone is way less stressed when I'm not micromanaging the meds schedule lol, so my husband is in charge for a week and I'm going to sleep.",
        QUIET,
    ),
    # --- lookalike_child_illness --------------------------------------------------------
    Case(
        "lookalike_child_illness",
        "Tess asked me tonight if she's going to die from the leukaemia. I told her the doctors are doing everything they can. How do you all answer that?",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "His surgery scar goes right across his tummy and he calls it his shark bite. He's been showing it off to everyone at school.",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "port site is red and a bit swollen, calling the oncall nurse now. anyone else had this? his central line dressing was only changed tuesday",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "We've moved to hospice. She's comfortable and the staff are wonderful. Thank you for all the love.",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "Her pain is so bad tonight even with the PCA. She keeps crying that she wants it to stop. The nurses are upping the dose.",
        QUIET,
    ),
    Case(
        "lookalike_child_illness",
        "My biggest fear is that he'll die of this. Every scan I'm convinced it's come back. Does the scanxiety ever ease?",
        QUIET,
    ),
    # --- lookalike_medication -----------------------------------------------------------
    Case(
        "lookalike_medication",
        "Counting out Jude's meds for the week into the pill organiser: ondansetron, septrin at weekends, omeprazole and the mercaptopurine. Any tips for keeping track?",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "Question about oxycodone: the pain team said every 4 hours as needed but his pain is breaking through at 3 hours. Should I ring them tonight or wait for the morning?",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "Took the leftover morphine back to the pharmacy for disposal today. Weird feeling, like closing a chapter.",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "we have a toddler who climbs everything so all of his sisters chemo meds are in a locked box on top of the fridge now",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "How many syringes of oramorph do you all keep at home? Our community nurse wants a log of every single dose.",
        QUIET,
    ),
    Case(
        "lookalike_medication",
        "I've made a spreadsheet of every tablet she takes and when, because the dex and the fluconazole interact and I kept panicking.",
        QUIET,
    ),
    # --- lookalike_places ---------------------------------------------------------------
    Case(
        "lookalike_places",
        "The hospital has a rooftop garden on level 7 and it's my favourite place for a coffee while she naps.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "we walk across the river bridge to clinic every morning, 10 min walk, the ducks are the highlight of her day",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Took the train to the hospital for the first time today instead of driving, so much less stressful than fighting for a space.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Family holiday booked for the coast after end of treatment! Clifftop walks and fish and chips.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Anyone know if the top floor of the multi-storey at the children's hospital is cheaper? The ground level is always full.",
        QUIET,
    ),
    Case(
        "lookalike_places",
        "Our wish trip was to see the Golden Gate Bridge and he loved every minute. Photos in the thread.",
        QUIET,
    ),
    # --- lookalike_goodbye --------------------------------------------------------------
    Case(
        "lookalike_goodbye",
        "Last day of treatment today! Rang the bell and said goodbye to our favourite nurses. Bawled my eyes out.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "Donating all of Sam's outgrown hospital pyjamas and clothes to the ward. Does anyone know if they take toys too?",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "We're doing handprints, voice recordings and a memory box with Lily while she still has the energy. The palliative team suggested it.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "After my own diagnosis last month (breast, early stage) we finally wrote our wills and sorted guardianship. Feels very grown up and oddly reassuring.",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "moving house next week, closer to the hospital. saying goodbye to the old place is harder than i thought",
        QUIET,
    ),
    Case(
        "lookalike_goodbye",
        "Stepping back from this group for a while because we're finished with treatment and I want to focus on normal life. I'll pop back in to check on you all!",
        QUIET,
    ),
    # --- lookalike_negated_or_support ---------------------------------------------------
    Case(
        "lookalike_negated_or_support",
        "I'm not going to do anything, I promise, I just need to vent about how unfair all of this is.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "To whoever posted last night: if you ever feel like a burden please call or text 988. You matter to us and to your kids.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "Saw a news story about a dad who took his own life after his son's diagnosis. It made me want to check in on everyone here. How are you all really doing?",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "I've had dark thoughts in the past, but I'm safe now, I have a therapist and I'm not planning anything. Just tired.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "Reminder that the crisis line is 988 in the US and Samaritans is 116 123 in the UK. No shame in using them, I did last year and it helped.",
        QUIET,
    ),
    Case(
        "lookalike_negated_or_support",
        "Not suicidal, don't worry! Just sad and angry and needed to say it somewhere people get it.",
        QUIET,
    ),
]
