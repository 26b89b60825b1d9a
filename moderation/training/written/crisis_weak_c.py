"""Warning signs of the kinds still caught least, and their look-alikes, written for training.

Written blind for Hearth (2026-12-05, third session) by a writer who saw neither the detector,
nor the other written sets, nor any test set, from the 988 Lifeline, AFSP and C-SSRS warning
signs. ``POSITIVES``: what a moderator must see, by kind; ``LOOKALIKES``: the same words in
the community's ordinary talk.
"""

from __future__ import annotations

POSITIVES: dict[str, tuple[str, ...]] = {
    "hopeless_no_reason": (
        "honestly what is the point anymore. scan on thursday will say what it always "
        "says and I'll nod and drive home. I can't see a version of next year that I'm in",
        "Update for those following Mia: counts are up, ANC 1.2, platelets holding, we "
        "might get home for the weekend. Thank you for the soup, Jen. I don't really see "
        "why I keep going though, she'd be fine with her dad.",
        "2am. nothing is ever going to get better is it. not for him, not for me. I'm so "
        "tired of pretending there's something on the other side of this",
        "Does anyone else feel like they're just waiting for it to be over. Not the "
        "treatment. Everything.",
        "My son has been gone 14 months. People say it gets softer. It hasn't and I've "
        "stopped believing it will. I don't have a reason to get up that I can name "
        "anymore.",
        "grandma here, raising my granddaughter since her mum passed. everyone says she "
        "needs me. she has a whole team, she has her aunties. I'm the one thing that "
        "could be taken off the list",
        "I've run out of reasons. that's it, that's the post",
        "Nothing I do changes anything. The tumour does what it wants, the insurance does "
        "what it wants, my marriage is done. I keep asking myself what exactly I'm "
        "staying for.",
        "no puedo más. todo está oscuro y no veo ningún futuro para mí. sorry, English is "
        "hard at night",
        "It feels like the light at the end of the tunnel went out and I've stopped "
        "walking toward where it used to be.",
        "they'd all be better off. I'm just another mouth and another mess for my wife to "
        "manage on top of the chemo schedule",
        "Sorry for the long one. Day +42 post transplant. Engraftment looked good, GVHD "
        "on the skin is mild, they're weaning the tacro. Dad is back at work. I'm fine on "
        "the outside. Inside I honestly can't picture myself still being here in the "
        "spring and I don't mind that as much as I should.",
        "whats the point of me. genuinely asking",
        "Everyone keeps telling me to hold on. Hold on for what? Hold on to what? There's "
        "nothing left to hold.",
        "I'm not sad anymore. I'm just done. Nothing is going to get better and I've "
        "accepted that.",
        "we buried our daughter in march and i keep thinking i have no job left in this "
        "world. i was her mum. that was the job.",
        "Je ne vois plus aucune raison de continuer. Tout le monde me dit que ça ira "
        "mieux mais je n'y crois plus.",
        "can't see past friday. not in a busy way. in a there's-nothing-there way",
        "Another relapse, another trial we don't qualify for. I used to fight for him. "
        "Now I lie awake thinking it would be simpler if I just wasn't around for any of "
        "it.",
        "I feel like a ghost already. My body goes to clinic and signs the forms. There's "
        "no me left and I don't see one coming back.",
        "My teenager doesn't need me, she barely talks to me. My husband copes better "
        "without me underfoot. I honestly think I'm just in the way of everyone's life "
        "now.",
        "Is it normal to stop wanting a future at all? Not 'I'm scared of the future'. I "
        "just don't want to be in it.",
        "tired. of everything. of being alive, of waking up, of the same ward and the "
        "same beeping. nothing is going to change and i don't see why i'd stick around to "
        "watch",
        "i dont want to die exactly i just dont want to be here anymore and i cant see "
        "that ever changing",
    ),
    "past_attempt_rehearsal": (
        "Last winter after his relapse I got as far as sitting in the car in the garage "
        "with the door shut. My neighbour knocked. I never told anyone here.",
        "I've been sitting on the bridge by the hospital some nights after visiting. Just "
        "sitting. Seeing what it feels like.",
        "Once before, years ago, I took a lot of pills. I was in hospital for three days. "
        "I'm feeling exactly like I did then.",
        "i counted them all out on the bathroom counter last night. put them back. not "
        "sure i will next time",
        "I stood in the wardrobe with the cord the other night, just to see if I could go "
        "through with it. I stepped down when I heard the baby monitor.",
        "update: Noah finished cycle 4, counts recovering, the port got infected again so "
        "we're inpatient. on a personal note I went up to level 7 of the car park on "
        "tuesday and stood at the edge for a long time. I don't know why I'm telling you.",
        "My husband found me in the bath with the razor last month. We haven't talked "
        "about it since, we just talk about the chemo.",
        "I wrote letters to everyone back in 2019 and was all ready. My daughter called "
        "me that night needing a lift. Now she's sick and I've found the letters again.",
        "I've been driving home from the hospital without a seatbelt, fast, on the bends. "
        "Seeing what happens.",
        "The nurse took the bag of meds off me on the ward last week. I'd been saving "
        "them up. She was kind about it but I'm back home now and I've started saving "
        "again.",
        "I got as far as writing the text to my sister. Didn't send it. It's still in my drafts.",
        "Quick q about the parking at Children's. Also I should probably say I was in the "
        "psych unit two years ago after I tried to end it, and lately I'm having the same "
        "thoughts and doing the same things.",
        "nearly did it on sunday. was interrupted by my son asking for juice. i keep "
        "thinking about how close it was",
        "Rehearsed it again. Same place, same time. I'm getting calmer each time I do it.",
        "I stood on the train platform past the yellow line three times this week. Each "
        "time the train came I felt nothing.",
        "Does anyone else practise? Like, in your head, and then a little bit for real, "
        "to see if you'd actually be able to?",
        "When my first son passed I swallowed everything in the cabinet. They pumped my "
        "stomach. Now my youngest has the same diagnosis and I'm standing in front of the "
        "cabinet again.",
        "Mi esposo me encontró en el garaje la semana pasada. Le dije que estaba buscando "
        "algo. No estaba buscando nada.",
        "I tied it up last night and then untied it. I've done that four times now.",
        "my mom stopped me once when I was 19. she's not around anymore and there's no "
        "one to stop me this time",
        "After the tumour board meeting I drove to the cliffs and sat with my legs over "
        "the edge until it got dark. Came back for the kids' bedtime. Not sure I'll come "
        "back next time.",
        "I had a suicide attempt when I was a teenager and I swore I'd never go back "
        "there. This week I tested whether I still could.",
        "took half of what i'd planned on friday and woke up with a headache. nobody "
        "noticed. thinking i just didn't take enough",
        "Grandad here. Raising our Ellie since her mum couldn't. Last Tuesday I loaded "
        "the old shotgun and sat in the shed with it a good while. Put it away when the "
        "school bus came. Thought you lot should know.",
        "I keep doing a dry run. Kids to school, husband to work, me to the spot. Only "
        "the last part I haven't finished.",
    ),
    "plan_timeline": (
        "I'll hold on until after her last scan. If it's clear she won't need me the way "
        "she does now, and then I can stop.",
        "once the kids are at my mum's for half term I'll have the house to myself and I "
        "can finally sort it. properly sort it.",
        "After the funeral. I just need to get through the funeral and make sure "
        "everything's paid for, and then I'm going too.",
        "I've picked the 14th. It's his birthday. It feels right that it's the same day.",
        "Long update, sorry. Ben's MRI showed stable disease, oncologist happy, we go to "
        "3-monthly scans. We're booking a little holiday for him and his dad in August. I "
        "won't be going. I've decided August is when I'll do it, while they're away.",
        "Friday night when my husband's on the night shift. That's when.",
        "just need to get through christmas for the kids. after new year I'm done",
        "there's a spot by the reservoir I've been going to. it'll be there, and soon",
        "I've booked a hotel for the night after her end-of-treatment party. Not for a "
        "break. I won't be checking out.",
        "once the payout on the house is sorted, so they're covered, I can go",
        "My plan is to wait until my son turns 18 in June so the custody stuff is simple. "
        "Then I'm out.",
        "Sunday. Everyone's at church. I'll have the morning and nobody will come looking "
        "till lunch.",
        "Ya lo tengo decidido para después del cumpleaños de mi hija. No quiero arruinarle el día.",
        "I'll see him through to the end of maintenance in March and then I'm allowed to "
        "stop. That's the deal I made with myself.",
        "when the last chemo is done i'm done. i've been counting down the same as him.",
        "the kids are at their dad's from the 3rd to the 10th. I've got a week. first "
        "time in two years I'll be alone long enough",
        "I've told work my last day is the 30th. I haven't told them why, and it's not a new job.",
        "Tomorrow after the school run. I'm telling someone because I think I'm supposed to.",
        "Update on Grace: neutropenic again, day 8, home on the GCSF jabs. Family are "
        "taking her to the seaside next weekend. That's the weekend I've set aside for "
        "myself. The woods behind our place.",
        "when he's in remission I'll go. not before. he needs me until then and then he won't",
        "I'm going on the anniversary. Two years on the 9th. I want to be with her on the "
        "same day.",
        "The first night I'm home from the ward on my own, that's the night. I've got it "
        "all ready in the loft.",
        "after my daughter's transplant the lease on the hospital flat ends on the 28th, "
        "and that's the date I've settled on for myself too",
        "I'll go to my mum's cottage up north this weekend on my own. Nobody goes there "
        "in November. I won't be driving back.",
        "I'm planning to kill myself after the memorial on the 12th. I've told nobody else.",
    ),
    "researching_method": (
        "does anyone know how many of her oxy it would take for an adult. asking for me not her",
        "I've been googling how long it takes to lose consciousness with different "
        "things. I think I have a list now.",
        "Looked up the height of the multi-storey at the hospital. It's enough.",
        "Is it true life insurance doesn't pay out if it's self-inflicted in the first "
        "two years? Ours is three years old so I think they'd be ok.",
        "What's the most painless way, genuinely. I don't want the kids finding anything awful.",
        "I've been reading about what his morphine would do to me if I took the whole "
        "lot. I know I shouldn't be reading it.",
        "random q, if someone took Jack's palliative meds would it show up, or would "
        "people just assume an accident",
        "my search history is just bridges and train timetables now. not for travel",
        "I checked the policy. The exclusion period ended in May. So the kids would get it.",
        "how long does it take. in the water. when it's cold like it is now. I've been "
        "reading for hours",
        "Anyone know what happens if you mix the antiemetics with the sleeping tablets "
        "and a bottle of wine? Not for him. Asking properly.",
        "I've worked out the dose. I looked it up against my weight. I've got more than "
        "enough from the months of her meds we never used.",
        "Long week. Amelia's blood cultures came back clear, the line infection is gone, "
        "we're finally off IV antibiotics. Meanwhile I've spent every night this week "
        "reading forums about which way is quickest and doesn't hurt. Sorry. I don't know "
        "who else to say that to.",
        "Are the windows on the 9th floor of the parent hotel the kind that open all the "
        "way? I keep going up there to check.",
        "Cuánto tiempo tarda... he estado buscando en internet cosas que no debería "
        "buscar. Sobre pastillas. Sobre cuántas.",
        "Been reading how people do it without their families having to find them. "
        "There's a lot written about it.",
        "My husband saw my browser this morning. Doses, heights, how long. He thought it "
        "was about our son's pain meds. It wasn't.",
        "if someone wanted to make it look like an accident in the car, would they be "
        "able to tell. asking for reasons i'd rather not say",
        "anyone know what the lethal amount of paracetamol is for an adult woman. not for a child",
        "I spent my lunch break looking up the gun laws in our state and how quickly you "
        "can buy one. I've never wanted one before.",
        "Is there a painless way. I keep asking the internet and it keeps giving me the "
        "helpline number, which I suppose is the point.",
        "Grandmother here. I've been reading the leaflets on my own heart pills and what "
        "too many does. I'm 71 and I'm so tired and the little one has her father now.",
        "I've been timing the trains at the crossing near us. The express doesn't slow down.",
        "looking into whether suicide voids the mortgage protection. we have two other "
        "kids to think about",
        "how do you find out what a dangerous amount is of the stuff they give for sleep. "
        "asking for me. haven't slept in a week and i don't want to wake up",
    ),
    "child_self_harm_or_wish_to_die": (
        "Found cuts on my 14yo's thighs tonight. She's been wearing shorts under her "
        "pyjamas so I wouldn't see. She's 2 years off treatment.",
        "My son (9, ALL, maintenance) told me in the car today he wishes he'd never been "
        "born and that he wants to go to heaven so it stops.",
        "my daughter wrote a goodbye note. I found it in her journal. she's 13. she said "
        "it was a story but it had our names in it",
        "Teen (16) in remission from Hodgkin's. I checked his laptop because he's been so "
        "quiet. He's been searching ways to do it. I feel sick.",
        "Quick update: Leo's counts look good, end of cycle 2. But he told the play "
        "specialist he wants to die so he doesn't have to do the pokes anymore. He's 7.",
        "She's been scratching her arms with a paperclip until they bleed. The psych team "
        "say it's common after transplant. Is it?",
        "my 15 yr old said 'I wish the cancer would just win so everyone can stop being "
        "sad'. I didn't know what to say.",
        "Our healthy one, the sibling, told his teacher he'd be better off not here "
        "because all we care about is his brother. School called us.",
        "Found a stash of blades in my daughter's pencil case. She's 12. Her brother is "
        "in palliative care. I missed it completely.",
        "Mi hija de 14 años se está cortando los brazos. La vi en la ducha. No sé qué hacer.",
        "He's 17 and stockpiling his pain meds. I counted. A week's worth is missing. He "
        "says he's just been taking them. I don't think he has.",
        "My 11 yo said she wants to go and be with her sister. Her sister passed in June.",
        "The note said 'sorry mum, I'm just too tired of being sick'. It was under her "
        "pillow. She's still here, asleep next to me. I haven't slept.",
        "teen daughter burning herself with a lighter, I saw the marks. she says it helps "
        "when she thinks about the relapse",
        "My son looked up how many of his own tablets it would take. I found it in his "
        "search history. He's 15 and on oral chemo at home.",
        "asked my daughter why her sleeves are always down in this heat. she cried and "
        "showed me. it's been months.",
        "My 8 year old keeps saying 'I don't want to be alive anymore' since the "
        "amputation. The surgeon said it's normal adjustment. It doesn't feel normal.",
        "My stepson (14) was found on the roof of the school after his brother's funeral. "
        "He told the staff he was going to jump.",
        "grandma raising my grandson, he's 13. found him with the cord from his dressing "
        "gown round his neck in his room. he said he was just messing around.",
        "Our 16 year old told her counsellor she has a plan and a date. The counsellor "
        "called us. We have a crisis appt tomorrow but I'm terrified tonight.",
        "Moja córka napisała w pamiętniku, że chce zniknąć na zawsze. Ma 15 lat. Jest po chemii.",
        "Our daughter keeps giving her things away. Her favourite hoodie to her friend, "
        "her tablet to her cousin. She's 14 and just finished treatment. It feels wrong.",
        "my son's therapist says he's been hitting his head against the wall on purpose "
        "and telling the other kids he wants to disappear forever",
        "He's 6, he told me he wants to be dead like his friend from the ward. I don't "
        "know if he understands what he's saying.",
        "My teen is talking about suicide in her group chat. Her friend's mum sent me screenshots.",
    ),
    "intent_decided": (
        "I've made my decision. Please don't try to talk me out of it, I just wanted to "
        "say thank you to this group.",
        "Strangely peaceful tonight. Everything's sorted, the will's updated, I know "
        "exactly how and when. I'm ok.",
        "Update: Harry's end-of-treatment scan is clear!!! Thank you all for the prayers. "
        "He's going to be fine. And now that I know he's safe I've decided I'm going to "
        "stop. I'm at peace with it.",
        "i'm not asking for help. i've decided. just didn't want to disappear without "
        "telling someone",
        "Thank you all for everything. This will be my last post. Give your kids a hug from me.",
        "My mind's made up. I'm not scared anymore. It's a relief honestly.",
        "I've given my dog to my brother and cancelled my phone contract. There's not "
        "much else left to do.",
        "No more back and forth in my head. I know how this ends for me and I'm fine with it.",
        "Ya tomé la decisión. Estoy tranquila. Gracias por todo, grupo.",
        "dont worry about me anymore. I have it sorted. I'm going to be with him soon.",
        "I've been fighting it for a year and I've stopped fighting. It's a decision, not "
        "a feeling. I'm very clear.",
        "I've written to each of my kids. The letters are in the desk drawer. I feel "
        "lighter than I have in ages.",
        "Sharing the spreadsheet of Lily's meds schedule in case anyone wants it. I won't "
        "be needing it after this week. I've decided.",
        "for anyone who reads this later: it wasn't anyone's fault, I decided a long time "
        "ago and I'm really calm about it",
        "Gave away her books, the telescope, my good coat. I know what I'm doing. I'm not "
        "confused, I've never been clearer.",
        "I'm going to end my life. I'm not upset, I just wanted someone to know.",
        "Grandpa here. I've put everything in order for the little one, the guardianship "
        "is with my daughter now. I've decided I'm finished. I'm content.",
        "This is goodbye from me, I think. Take care of each other.",
        "I keep waiting to feel frightened about it and I don't. I know what I'm going to "
        "do and it's soon.",
        "j'ai pris ma décision. je suis en paix. merci pour tout.",
        "People keep asking why I seem so much better this week. It's because I've "
        "decided. Once you decide it goes quiet.",
        "no more fighting it. I've chosen. the kids will be looked after, I checked twice",
        "I'm going to kill myself and I'm calm about it. I've thought about it for months.",
        "Long update. Zara is 100 days post-BMT, chimerism 100% donor, they're talking "
        "about taking out the Hickman line. I've cried happy tears all week. She's going "
        "to have a life. I've made my peace and I know what I'm doing once she's through "
        "this. She won't remember this year and that's all I wanted.",
    ),
}

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "hopeless_about_treatment_not_self": (
        "The second-line treatment has failed. There's no point in more chemo, they say. "
        "We're meeting palliative care on Monday and we're going to make every day count "
        "for him.",
        "I'm so hopeless about this trial. Nothing has worked. But we're flying to Boston "
        "next week for the phase 1 and we're not giving up.",
        "What's the point of another round if the scans keep showing growth? Asking "
        "honestly, we're weighing up quality of life with the team.",
        "No reason to keep going with the chemo, the oncologist said. We're switching to "
        "comfort care. I'm heartbroken but my sister is staying and the hospice has a "
        "counsellor for us.",
        "It feels like nothing will get better with his counts. Week 6 of waiting. I'm "
        "frustrated but I'll keep showing up.",
        "the tumour doesn't care how hard we fight. I'm still going to fight it though. "
        "tomorrow we start the new protocol",
        "Hospice nurse came today. We talked about what dying might look like for our "
        "daughter. It was awful and also somehow helpful. We want her at home.",
        "Relapse number 3. I don't see a future where this drug works. The team's looking "
        "at CAR-T and I'm clinging to that.",
        "There are no more treatment options for our boy. We're doing a bucket list. Zoo "
        "on Saturday.",
        "I'm done with this hospital's oncology department. Moving his care to the "
        "children's centre downtown for a second opinion.",
        "Palliative chemo just to buy time. I hate every word of that sentence. But time "
        "is what we want, so we're doing it.",
        "Is it wrong that I've lost hope in the MIBG therapy? I'm still doing everything "
        "they ask. I just can't get my hopes up anymore.",
        "my son's cancer is terminal. we're making memory boxes with the play therapist "
        "and his grandparents are flying in.",
        "Honestly, no light at the end of this tunnel for her tumour. But the palliative "
        "team are brilliant, her pain is managed, and we're all together.",
        "I feel like I'm watching her die slowly and I can't stop it. My therapist says "
        "to say it out loud, so I'm saying it here. Thank you for holding this.",
        "Can't see how this ends well for his leg. The surgeon's talking amputation. "
        "We'll get through it, he's already asking about prosthetics for football.",
        "Nothing is getting better with the mucositis, day 10 and he still can't eat. "
        "Anyone got tips? TPN is up.",
        "I don't think this line of treatment is working and I'm exhausted. We've got a "
        "meeting with the oncologist Thursday to discuss what's next. Please keep us in "
        "your thoughts.",
        "Lost all hope in the system today after the cancelled surgery. Complaint filed, "
        "PALS contacted, surgery rebooked for Tuesday.",
        "No future plans feel possible with DIPG. We're living week to week. Last week we "
        "went to the beach and she laughed so hard.",
    ),
    "past_hard_times_recovered": (
        "Three years ago after my son's diagnosis I had a breakdown and spent two weeks "
        "in a psychiatric unit. With meds and therapy I'm in a much better place now, and "
        "I'm here if anyone needs to talk.",
        "I've been where some of you are. I had dark thoughts after our daughter's "
        "relapse. My GP and a good counsellor got me through. Please reach out, it does "
        "get more bearable.",
        "Back in 2020 I got as far as nearly quitting everything - job, marriage, the "
        "lot. Therapy helped. We're still married and I'm still at the firm lol",
        "I was hospitalised for depression when my son was first diagnosed. Sharing "
        "because there's no shame in it. I'm doing well now and still see my psychiatrist "
        "monthly.",
        "It's been five years since my attempt. I'm safe, I have a care team and I'm "
        "proud of how far I've come. Just wanted newly diagnosed families to know help "
        "works.",
        "Last year I couldn't get out of bed for weeks. Antidepressants plus the parent "
        "support worker turned it around. Tiny steps.",
        "I remember standing in the hospital car park thinking I couldn't do one more "
        "day. That was 2 years ago. Today she rang the bell and I'm so glad I stayed and "
        "asked for help.",
        "I had a panic attack so bad I ended up in A&E. Turned out fine. Now I do "
        "breathing exercises before every scan.",
        "When our first was on treatment I went through a really dark patch. My husband "
        "noticed and took me to the doctor. I'm ok now and we talk about it openly.",
        "Recovered from postnatal depression and then cancer hit. I recognised the signs "
        "this time and called my therapist straight away. Feeling steadier.",
        "I was in a bad way after the funeral. The bereavement group here and a grief "
        "counsellor got me through the first year. Still hard, but I'm living again.",
        "Tried to do everything myself in year one and collapsed. Literally, fainted at "
        "clinic. Now I accept help. The meal train is a lifesaver.",
        "Years ago I was suicidal. I got help and I've been well for a long time. If "
        "you're struggling, please tell someone today.",
        "My husband had a breakdown during our son's transplant and was in hospital for a "
        "week. He's home, on meds, and coaching little league again.",
        "I got as far as the front door of the therapist's office three times before I "
        "went in. Best thing I ever did.",
        "Two years sober after drinking my way through my daughter's treatment. AA and "
        "this group kept me going.",
        "In the past I've hit rock bottom. This time I have a crisis plan and people to "
        "call. I'm using them this week and it's working.",
        "After the relapse I stopped eating and sleeping for a while. My sister moved in "
        "and got me to the GP. I'm eating again.",
        "I rehearsed what I'd say to the oncologist for weeks before I finally asked "
        "about stopping. Glad I did, they were so kind.",
        "Had my own mental health crisis last spring, took time off work, did the "
        "intensive outpatient programme. Back to myself mostly. Ask me anything about it.",
    ),
    "plans_and_dates_ordinary": (
        "Last chemo is the 14th!!! We're planning a bell ringing party after.",
        "once the kids are at my mum's for half term I'm finally going to deep clean the "
        "house and sleep for a day",
        "After her last scan in March we're going to Disneyland if it's clear. Fingers crossed.",
        "Funeral planning with the hospice team today for our son. We've picked his "
        "favourite songs and he chose the colour of the balloons. Hardest thing I've ever "
        "done.",
        "Friday night when my husband's on night shift is my movie night. Any recommendations?",
        "Booked a hotel for the night after her end-of-treatment party, just me and my "
        "husband. First night off in 2 years!",
        "just need to get through christmas then we start the maintenance phase in january",
        "MRI on the 3rd, results on the 10th. Scanxiety already kicking in.",
        "the kids are at their dad's from the 3rd to the 10th so I've got a week to "
        "myself, first time in two years. Spa day booked.",
        "I've told work my last day is the 30th - taking a career break to be home with "
        "her during maintenance.",
        "After the funeral we're going to scatter her ashes at the beach she loved. The "
        "palliative nurse helped us plan it.",
        "Sunday everyone's at church so I'll have the morning to catch up on the "
        "insurance paperwork. Fun.",
        "We're planning his memorial for the anniversary in June. Releasing lanterns. "
        "Anyone done something similar?",
        "Going up to my mum's cottage this weekend on my own for some quiet. Husband has "
        "the kids. Feels weird but good.",
        "When he's in remission we're getting a puppy. That's the deal.",
        "The end of maintenance is in March and we're planning a big family holiday for "
        "the summer.",
        "Port removal surgery date: the 22nd. Any tips for the first bath after?",
        "We've met with the palliative team and written an advance care plan for Ella, "
        "including where she'd like to be at the end. Home, with her cat.",
        "Tomorrow after the school run I've got her lumbar puncture at 10. Anyone want to "
        "meet for coffee at the hospital café after?",
        "Our transplant date is set for the 9th. Admission on the 2nd for conditioning. "
        "Nervous but ready.",
    ),
    "researching_child_medicine": (
        "How long does it take for ondansetron to kick in? She's been sick for an hour.",
        "Does anyone know the max dose of paracetamol for a 20kg child? The pharmacy "
        "label is smudged and the ward isn't picking up.",
        "I've been googling the side effects of vincristine all night. Jaw pain is "
        "apparently common?",
        "How many mg of dex is normal for a 7 year old in induction? Ours seems high.",
        "What's the most painless way to get EMLA cream on before a port access? He hates "
        "the tegaderm coming off.",
        "I've been reading about what morphine does long term in kids. Are we going to "
        "have withdrawal issues when they wean it?",
        "How long does it take for counts to recover after cycle 3 of ICE? Just want to plan.",
        "Looked up the oxycodone dose they sent us home with against her weight and it "
        "seems right but I'm paranoid. Can someone check my maths?",
        "Anyone know if we can mix the antiemetics with melatonin? He can't sleep on steroids.",
        "Is it true the insurance excludes proton therapy? Researching appeals.",
        "Spent all night reading about CAR-T side effects, cytokine release syndrome etc. "
        "Terrifying but also hopeful.",
        "How quickly does methotrexate clear? We're stuck inpatient until levels drop.",
        "my search history is just mercaptopurine and TPMT genotypes now. anyone else "
        "dose-adjusted?",
        "What happens if you accidentally give a double dose of the oral chemo? I think I "
        "did this morning. Called the ward, waiting for a callback.",
        "Researching which mouthwash is least painful for mucositis. Caphosol vs the "
        "magic mouthwash?",
        "Does anyone know how long the gabapentin takes to work for nerve pain? Two weeks "
        "in and no change.",
        "Checking the dose of his pain meds again because the pharmacy gave us a "
        "different strength bottle. So scared of getting it wrong.",
        "How long does it take for hair to grow back after chemo? My daughter keeps asking.",
        "Height and weight changed so his BSA changed - does anyone else recalculate "
        "chemo doses themselves to double check?",
        "Reading the leaflets on her heart meds (for the cardiotoxicity monitoring). What "
        "should we watch for?",
    ),
    "child_sad_but_safe": (
        "My 14yo has been really down since her hair fell out. She cried all night but we "
        "talked it through and she's seeing the hospital psychologist Thursday.",
        "My son said 'I hate cancer, I hate everything' and threw his iPad. We hugged it "
        "out. Play therapist says anger is healthy.",
        "She wrote a letter to her tumour telling it to go away. Her counsellor suggested "
        "it. It was heartbreaking and brilliant.",
        "My 8 year old asked if he's going to die. We answered honestly with the child "
        "life specialist there. He seemed relieved to ask.",
        "Teen son is angry all the time. No self-harm or anything like that, we've asked "
        "directly, but he slams doors and won't talk. Counsellor says give him space.",
        "The sibling is struggling. Told his teacher he feels invisible. School "
        "counsellor is doing weekly sessions and we're doing special 'just him' days.",
        "My daughter said she wishes she'd never got sick. Totally fair. We had a big cry "
        "and then ate ice cream in the hospital bed.",
        "He's scared of the dark since the ICU stay. Night light, and the psychologist "
        "gave us a bedtime routine. Improving.",
        "15yo very withdrawn after finishing treatment. We asked her directly if she'd "
        "thought about hurting herself, she said no, and she's agreed to see someone. Any "
        "good teen therapist recs?",
        "My 6 year old drew a picture of heaven with her friend from the ward in it. "
        "She's sad and we talk about her friend a lot. The grief counsellor is lovely.",
        "my girl sobbed that she wants her old life back. she's 12. her social worker is "
        "coming round tomorrow.",
        "Son (16) said he's 'done with all this' meaning the hospital food and the blood "
        "tests lol. He's ok, just grumpy.",
        "She's been writing a lot in her journal. I asked if she wanted to share and she "
        "read me a poem about feeling different at school. We're talking to the teacher.",
        "My 10yo keeps asking if the cancer will come back. The psych team gave us a "
        "worry jar. He's using it every night.",
        "Teenager cried in the car about losing her friends while she was on treatment. "
        "We've set up a video call with her class and she's seeing the adolescent team.",
        "My son's been scratching his arms raw - it's the chemo rash! Derm gave us a "
        "cream. Just sharing in case anyone else panicked like I did.",
        "Our daughter gave her old toys to the kids on the ward. She said she wants them "
        "to have something fun. Proudest mum.",
        "He's 7 and told me he's angry at God. We found a children's chaplain who's been great.",
        "Found my daughter's diary open (I didn't read it!!) and saw 'worst day ever'. We "
        "talked. It was about a boy. Normal teen stuff, phew.",
        "My teen is sad a lot but she's talking to us, she has her counsellor every week, "
        "and she's excited about going back to school. Slowly slowly.",
    ),
    "decisions_made_calmly": (
        "We've decided with the oncology team to stop treatment. It's the right thing for "
        "her. We're at peace and focusing on comfort.",
        "I've made my decision: I'm quitting my job to care for him full time. It's scary "
        "but I feel calm about it.",
        "We know what we're going to do - moving closer to the hospital. House goes on "
        "the market next week.",
        "After months of back and forth, we've decided not to do the second transplant. "
        "The team supports us. It feels right.",
        "My mind's made up, we're doing the clinical trial. Signing the consent forms tomorrow.",
        "I've given my dog to my brother for the transplant months because of the "
        "infection risk. Miss him already.",
        "Decided to pull my eldest out of school for a term. He needs to be with his "
        "brother. School agreed.",
        "Cancelled my phone contract and switched to a cheaper one, hospital parking is "
        "bankrupting us.",
        "I've written letters to each of my kids for the memory box the hospice "
        "suggested. Felt strangely peaceful.",
        "This will be my last post for a while - taking a social media break to focus on "
        "family. Love you all, see you in the new year.",
        "We've updated our wills and named guardians. Our social worker recommends every "
        "family on treatment does it. Feels morbid but responsible.",
        "Decided to let him choose. He's 15 and he's said no more chemo. We've talked to "
        "the palliative team, the psychologist and each other. We respect it.",
        "No more back and forth, we're going with surgery over radiation. Surgeon's confident.",
        "I'm stepping down as admin of this group. It's been a privilege. I'll still be "
        "around as a member.",
        "Giving away all her baby clothes now she's 3 and finished treatment. Felt lovely "
        "to pass them on.",
        "We chose to do his end of life care at home. The community nursing team visits "
        "daily. It's calm here.",
        "I've decided to go back to work part time. My husband's cutting his hours too. "
        "Feels like the right balance.",
        "I know what I'm going to do about the fundraiser - we're doing a sponsored walk "
        "in his memory in May.",
        "Finally decided to take the antidepressants my GP offered. No shame. Feeling "
        "calmer already after a few weeks.",
        "Sold the house, moving in with my parents so they can help with the kids. I'm "
        "very clear it's the right move.",
    ),
}
