"""More warning signs of the kinds still caught least, in other voices, written for training.

Written blind for Hearth (2026-12-05, third session) by a writer who saw neither the detector,
nor the other written sets, nor any test set, from the 988 Lifeline, AFSP and C-SSRS warning
signs and Joiner's interpersonal theory. ``POSITIVES``: what a moderator must see, by kind;
``LOOKALIKES``: the same words in the community's ordinary talk.
"""

from __future__ import annotations

POSITIVES: dict[str, tuple[str, ...]] = {
    "hopeless_no_reason": (
        "Clear scan today. Everyone cried. I felt nothing. Don't see what I'm still "
        "here for honestly",
        "night shift again. 3am thoughts. nothing's going to get better for me, not "
        "really, and I've stopped pretending there's a reason to keep at it",
        "lol the parking meter ate my last fiver and honestly that's about the level of "
        "my life now. no point to any of it 🙃",
        "Quick q - does anyone know if the Ronald McDonald house takes bookings for "
        "single nights? Also I've kind of stopped caring what happens to me after this "
        "week, I can't see any future for me. Sorry. Anyway, single nights?",
        "Doctor says treatment is going well only. But for me there is nothing left to "
        "live for, my wife has gone, my job is gone, I am just existing for no reason.",
        "I try to write in English sorry. Every day same, hospital, home, hospital. I "
        "not see any future for me. I am empty and I do not want to continue like this.",
        "Ah sure look. Grand, as they say. Except I'm not. Haven't a reason left to get "
        "up in the morning, lads, and I can't see that changing.",
        "Drove 6 hrs back from Brisbane, kid's stable, and I sat in the ute in the "
        "driveway for an hour because I couldn't think of one reason to go inside. Or "
        "to keep going full stop.",
        "Her dad's back in the picture now she's sick and I'm basically furniture. "
        "Don't know why I bother with anything anymore. Nothing ahead for me.",
        "@Jo replying to your thing about hope - I used to have it. It's gone. I don't "
        "think there's anything left for me personally, whatever happens with Mia.",
        "Not being funny but what's the point of me. Honestly. Everything I touch goes "
        "wrong and it's never going to change.",
        "haha 😂 my therapist asked what I'm looking forward to and I literally couldn't "
        "name one thing. not this year, not ever. anyway",
        "Nothing to look forward to. Not sure why I keep going.",
        "Ninety miles each way to the cancer center, lost the farm contract, wife left. "
        "I keep thinking there's no way out of this and no reason to try.",
        "Can someone tell me how the mileage reimbursement form works, I've filled it "
        "in wrong twice. Sorry if I'm short, I'm just tired of being alive tbh. Which "
        "box is the odometer one?",
        "Everybody keeps telling me to stay strong for him. I don't have anything left. "
        "I'm not sure I even want to be around for the next part.",
        "Even if she gets through this I can't see myself in the after. There's no me "
        "in any of the pictures.",
        "Sir, I am asking for my own self only. Whole family is saying be positive but "
        "I feel my life is finished, there is no purpose now. What is the use of "
        "continuing.",
        "My english is not good. I am tired of life. Nothing will change for me. I "
        "don't know why I still wake up every morning.",
        "Done 4 twelves in a row then straight to the oncology ward. Not complaining. "
        "Just can't see the end of it or a reason to get there.",
        "lol cool cool cool so the universe hates me specifically. genuinely done "
        "hoping for anything. no reason to keep showing up",
        "Sometimes I think I'd rather be dead than keep living like this, and I don't "
        "see it ever getting better.",
        "Mate I'm cooked. Not the tired kind. The kind where you stop seeing a point to "
        "being here at all.",
        "Been sat in the car park at the Marsden for an hour. I don't want to go back "
        "in and I don't want to go home. I don't want to go anywhere ever again really.",
        "> how are you all holding up\nnot. I've got no reason left and I've stopped "
        "expecting one to turn up",
    ),
    "past_attempt_rehearsal": (
        "Last night I got as far as the bridge on the way home from the ward. Sat there "
        "an hour. Drove home in the end. Didn't tell anyone.",
        "Tried once. Years ago. Been thinking about it again.",
        "I took a lot of my sleeping tablets in March and woke up in A&E. Nobody here "
        "knows. Feeling the same way again now.",
        "Does anyone know if the hospital pharmacy can dispense my own meds too or just "
        "the kids'? My GP took mine off me after the thing in the summer when I "
        "swallowed the lot, and I've run out. Long story.",
        "Had the rifle out in the shed Sunday. Put it back when I heard the dog bark. "
        "Still thinking about it.",
        "haha so I sat in the garage with the engine running for a bit last night, just "
        "to see. Then my daughter's alarm went off and I turned it off. Anyway how's "
        "everyone",
        "I went down to the pier the other night meaning to go in. A fella walking his "
        "dog said hello and I lost my nerve. I'm not sure I'll lose it next time.",
        "Last month I had collected all the tablets and kept them in my drawer. My wife "
        "found them and cried. She has thrown them. Now again I am thinking same thing.",
        "I have done before, when I was young, the pills. Now I feel the same like that "
        "time. I am afraid.",
        "I keep rehearsing it. Last night I got everything out and set it up, just to "
        "see what it'd be like. Then put it all away before the kids woke.",
        "Her mum doesn't know I was in hospital in 2019 after an attempt. Feels like "
        "that old version of me is knocking again.",
        "After nights I drive past the level crossing and twice now I've stopped on it "
        "and waited. Both times I drove off. Not sure why I'm saying this.",
        "Went out to the back paddock with a bag of my old pain meds. Sat there till "
        "dark. Came back. Mate I don't know what I'm doing.",
        "Wrote the note, drove to the spot, sat there with the engine off. Then turned "
        "round. That was Thursday.",
        "I attempted suicide when I was 19 and I'm scared because the thoughts I'm "
        "having now feel exactly like before.",
        "@Sam yeah same, I stood on the balcony last week longer than I should've. my "
        "partner pulled me back in. we've not talked about it since",
        "stood at the edge of the platform this morning and let two trains go 🚆🚆 then "
        "went to work like normal. weird day lol",
        "Can anyone recommend a cheap place to park near Great Ormond Street for a "
        "week? Also I'm meant to be seeing a psych nurse after my overdose in September "
        "but they've cancelled twice. Parking mainly.",
        "Had a go in August. Didn't work. Not telling the wife.",
        "Honestly the only reason I'm here is my brother turned up early that night. "
        "I'd already taken them. I still think about how close it was and I'm not sorry "
        "enough.",
        "When he was first diagnosed I counted out every pill in the house. Counted "
        "them again last night. It's becoming a habit.",
        "I've walked out to the old quarry three times since his relapse. Just to stand "
        "there. Each time a little closer to the edge.",
        "Once in 2021 I tried to end my life, my cousin came home early and found me. "
        "Nobody else knows. Since my daughter's relapse I am again thinking like that.",
        "I tried to die last spring and I'm weirdly calm about trying again.",
        "lol I got as far as writing the goodbye texts in drafts before the nurse "
        "called about her bloods. they're still sitting there",
    ),
    "plan_timeline": (
        "After the funeral. Then me.",
        "I've picked the weekend her dad has her. Nobody'll be at the house.",
        "Anyone know if the school will accept a note from the consultant for the "
        "absence? I want everything sorted for him by the 14th. After that it's not my "
        "problem anymore.",
        "Going to see the kids through Christmas, so they have that at least. January "
        "I'll sort myself out for good.",
        "Once the harvest's in I'll head out to the back block. Everything'll be "
        "squared away by then.",
        "After my son's bone marrow transplant is done and he is settled with my "
        "mother, I have fixed the date for myself. Before Diwali.",
        "I wait until my daughter finish treatment in spring. Then I go to the mountain "
        "and not come back.",
        "After the adoption paperwork goes through so she's covered either way, I'm "
        "finished. Pencilled in the weekend after. Nobody needs a spare stepdad.",
        "Last shift is the 30th. Drive home via the coast road. That's the plan and I'm "
        "oddly calm about it.",
        "@Rach no don't save me a seat at the meetup. I won't be around by then.",
        "lol my calendar's empty after the 3rd and honestly that's deliberate 🙂",
        "Sunday night when the house is quiet. That's when. I just wanted someone to know.",
        "Once my sister gets here to take over with the boys I'm going up to the cabin "
        "alone. Not coming back down.",
        "I'm going to kill myself after her end of treatment party. I want her to have that day.",
        "What time does the Friday family support group finish? I want to come to one "
        "last one before next week. Just one more time seeing you all.",
        "Life insurance is past the two year mark in March. I've marked it on the "
        "calendar. That's my date.",
        "Tuesday. Bridge by the works. Just so someone knows.",
        "I have told my brother to take care of the children from next month. After "
        "that I will go far away from everyone permanently. Date is fixed.",
        "When my wife come back from her mother on Friday, the kids will be with her. "
        "That night I will finish everything.",
        "counting down 🗓️ 9 days. then no more hospital, no more anything",
        "Reckon I'll wait till after the footy grand final. Kid loves it. Then I'm "
        "pulling the pin.",
        "After Thursday's scan, whatever it shows, I'm ending it. I've already picked where.",
        "Once Jacob's moved to his dad's for good, which is the 12th, there's no reason "
        "for me to stick around. Already know where I'll go.",
        "> see you all next month!\nnot me probably. I've got a date in mind before "
        "then. don't make it a thing",
    ),
    "researching_method": (
        "Random q does anyone know if life insurance still pays out if the person took "
        "their own life? Like is there a waiting period. Just want to know the kids "
        "would be ok.",
        "How long is the suicide clause on a normal term life policy in the UK? Need to "
        "know for planning.",
        "Does anyone know if the roof of the multi-storey by the children's hospital is "
        "open at night? Just wondering how high it is.",
        "How many of his morphine tabs would it take for an adult my size? Not for him.",
        "Anyone know the pharmacy hours at St Jude's on weekends? Also random but is it "
        "true you don't feel anything if you take enough of the stuff they give for "
        "sleep? Weekends mainly.",
        "Please tell me which tablets are painless if someone takes too many. I want to "
        "know for myself, not for child.",
        "What is the medicine that makes person sleep and not wake up? I ask for me. "
        "How much is needed?",
        "How long does it take to go if you're out in the cold overnight? Asking cos "
        "we're a long way from anyone out here.",
        "Does anyone know if the bank still pays out the mortgage protection if it's "
        "not an accident? Want the missus and kids set.",
        "How long does it take in a closed garage with the car running. Asking seriously.",
        "lol random but how high does a fall have to be to be sure? asking for a morbid "
        "friend (me)",
        "what's the least painful way out, asking genuinely 🙃 not being dramatic",
        "@Dev you mentioned you kept all of Lily's leftover meds - did the pharmacy "
        "tell you which ones are dangerous together? I want to know what not to mix. "
        "for me.",
        "Do you know if they can tell afterwards if someone took too much of their "
        "kid's oramorph or would it look accidental? Important.",
        "Does my policy through work still pay the kids if I'm not their bio dad and "
        "something happens to me by my own hand? Need to know exact.",
        "Been googling which bridges round here have no barriers. There's one on my "
        "route home from nights.",
        "Would the credit union insurance pay off the loan if you went into the river? "
        "Need to know the lads would be free of it.",
        "Is the Macmillan grant one-off or monthly? Also does anyone know if "
        "paracetamol is a painful way to die? Sorry. Grant first.",
        "I've been reading about how long you'd be unconscious before it's over with "
        "different things. Can't stop reading it tbh.",
        "Does the term life policy my ex still has on me pay if it's intentional after "
        "2 years? Pretty sure it does but wanted to check.",
        "What's the painless way. Please just tell me. I'm so tired.",
        "haha is it weird that I know exactly how tall the car park is now? 5 floors. "
        "googled whether that's enough 😅",
        "What's the quickest way to kill yourself without the kids finding you. Serious question.",
        "Would the insulin my dad left behind do it if you took the lot? Not asking for the kiddo.",
    ),
    "child_self_harm_or_wish_to_die": (
        "My 8 year old told me tonight he wants to go to heaven so the pokes stop. He "
        "meant it. He's been saying it every day.",
        "Son said he wishes he'd never been born. Then said he'd be better off not here. He's 12.",
        "My daughter (16) has stopped eating and told her nurse she's 'done fighting "
        "and wants to stop existing'. Not just the treatment, she means everything.",
        "Does anyone know how to get a referral to the psych team through the oncology "
        "unit? My 15yo has been scratching his arms with a compass and said he doesn't "
        "want to wake up. Is it through the consultant or GP?",
        "My son is 13, he told his cousin that he will jump from our terrace if one "
        "more chemo happens. He is serious I think.",
        "My daughter 11 years she say to me 'mama I want to be gone, I don't want to "
        "live'. What I do?",
        "My stepson (15) has been searching up ways to not wake up on the family iPad. "
        "His mum doesn't believe me.",
        "lol so my 17yo just told me she 'wouldn't mind if the leukaemia wins'. like, "
        "calmly. I'm laughing so I don't scream",
        "Caught my boy (14) with his hospital meds stashed in his sock drawer. Heaps of "
        "them. He wouldn't say why.",
        "Our young one is after telling the school counsellor she's been hurting "
        "herself since the relapse. She's 13. I'd no idea.",
        "My son said if the tumour comes back he's going to take the truck out and not "
        "come back. He's 17 and he can drive.",
        "@Mel same with ours. Zoe (15) wrote in her journal that she wants to die and "
        "we'd all be happier. I read it by accident.",
        "Daughter's 16. Burns on her arm. Said she deserved them for costing us everything.",
        "my 10yo keeps drawing pictures of himself with wings 😇 and says he's going to "
        "be an angel soon and he wants to go now. he's stable. it's scaring me",
        "Our Harry (13) asked me tonight how many of his tablets it would take to 'just "
        "stop'. He's been really low since his mates stopped visiting.",
        "Came in off a night shift and found my 16yo's pencil sharpeners taken apart in "
        "the bathroom bin. Blood on tissues. She's asleep. Do I wake her?",
        "My 14 year old said he's going to kill himself if he has to go back on the "
        "ward. He said it like he's planned it.",
        "Daughter age 15 has written a letter saying sorry to everybody and put it "
        "inside her school bag. She is too quiet since two days.",
        "My son (12) asked me if it hurts to not wake up and whether he could just "
        "choose to. He's been in remission for 3 months.",
        "Lad's been hitting his head on the wall. 11. Says he wants it all to stop.",
        "My son 14 tell me he want to sleep forever and not wake up more. He give his "
        "games to his brother. I am worry.",
        "I'm the stepmum so not sure it's my place but her dad's not seeing it. She's "
        "15 and keeps saying 'I won't be here for my birthday anyway', long sleeves in "
        "30 degree heat.",
        "Quick one - do you guys lock up your kids' meds? asking because my 13yo took "
        "extra of her anxiety tablets on purpose last week and said she wanted to 'not "
        "be here'. Looking at lock boxes, any recs?",
        "haha my teenager's snapchat bio now says 'not long left 💀' and she's doing ok "
        "medically. she told her friend she's 'planning her exit'. is that a teen thing "
        "or",
    ),
    "intent_decided": (
        "I've made my decision. I'm at peace with it. Thank you all for everything "
        "these last two years.",
        "Made up my mind. Don't try to talk me out of it.",
        "I've written letters for each of the kids and left them with my solicitor. "
        "Everything's sorted now.",
        "Does anyone want Ellie's old wig stand and the spare port covers? I'm giving "
        "everything away this week, my own stuff too. Won't need any of it. Pick up "
        "only.",
        "I've decided lads. I'm not going to be a weight on the family anymore. It's a "
        "relief to have it settled.",
        "I've made peace with it. Sold the boat, sorted the will, told the kids I love "
        "them. Just wanted to say ta to you lot.",
        "I have taken my decision finally. My family will get my insurance and will be "
        "free from my burden. Please pray for my son.",
        "I decide already. It is better for everybody when I am not here. Thank you for "
        "listen to me always.",
        "I'm not their real dad and they'll be fine without me. I've decided to step "
        "out of all of it, permanently. Not the marriage. Everything.",
        "lol don't worry about me I've got it all figured out now 🙂 last post probably, "
        "love you guys",
        "> you ok? haven't seen you post\nyeah I'm good now. decided. it's going to be "
        "ok for everyone soon.",
        "I'm not asking for help, I've decided. I just didn't want to disappear without "
        "saying thank you.",
        "I'm going to take my own life. I've thought about it for months and I'm sure. "
        "I just want someone to know it wasn't about any of you.",
        "Handed in my notice, paid off the car so there's no debt left, gave the dog to "
        "my neighbour. Feels calm. First calm in a year.",
        "Fed the cattle for the last time this morning. Told my brother where the keys "
        "are. I'm done.",
        "Her dad's picking her up tomorrow and I've told him she stays with him now. "
        "I'm not going to be here. This is goodbye to you all.",
        "I'm going to kill myself. I'm not upset. I'm sure.",
        "✌️ signing off for good. you've all been better to me than I deserved",
        "Bhai I have settled everything, bank passwords written, property in wife's "
        "name. Now no tension for anybody after me.",
        "What's the best way to add someone as a second guardian on the hospital file? "
        "Want my mum listed for Toby before the weekend. After that I won't be around "
        "to sign things. Is it a form or do I ring?",
        "I am sure now. No more fighting. I already say goodbye to my daughter in my "
        "head. Tonight is the last time I write here.",
        "I've accepted that I'm going to end up dead by my own hand and honestly it's a relief.",
        "No more. Decided. Sorry lads.",
        "Everyone keeps saying I'm a burden without saying it. I've decided to fix that "
        "for them. Soon.",
        "Not gonna lie I've made my mind up. It'll be quick. Kids'll have their mum and "
        "the payout. Cheers for everything.",
    ),
}


LOOKALIKES: dict[str, tuple[str, ...]] = {
    "despair_at_the_illness": (
        "Relapse confirmed. I feel hopeless about the cancer, honestly. But we're "
        "meeting the team tomorrow to talk about trials and I'll be there with a "
        "notebook.",
        "Palliative now. There's no more treatment. I'm gutted. We're focusing on "
        "making her days good, beach on Saturday if she's up to it.",
        "Scan bad. Gutted. Back in Monday for the plan.",
        "lol the cancer's back, of course it is. can't see how this ends well for him. "
        "ordering pizza and watching Bluey with him tonight because what else do you do",
        "Doctors have said there is no cure now for my son's tumour. I am broken. But I "
        "will be with him every minute till the end, that is my duty and my wish.",
        "There's no point in more chemo, they said, it's not working. We're bringing "
        "him home. I'll be grand, I have to be, he needs me.",
        "Third relapse. Honestly feels hopeless. We're heading down to Melbourne for a "
        "second opinion next week, so one more crack at it.",
        "The doctor say treatment not working anymore. I cannot stop crying. But I want "
        "to make the time with my boy beautiful. Any ideas for things to do at home?",
        "@Kim I know that feeling of no way out. with Sophie's relapse I felt it too. "
        "what got me through was just the next appointment, then the next",
        "I'm watching him die slowly and there's nothing I can do about it. I hate this "
        "disease. Tomorrow I'll make his favourite pancakes anyway.",
        "Hospice referral came through today. I feel like my world is ending. Mum's "
        "coming down to help and the hospice nurse seems lovely.",
        "Three hours to the children's hospital, and the news was bad. Can't see the "
        "point in more treatment for her either. My wife and I are looking at comfort "
        "care and getting her home to the horses.",
        "Stepdad here. The tumour's grown. I'm devastated, feel useless. Taking the "
        "little one's brother to footy tomorrow so his mum can be at the hospital.",
        "There's no hope for a cure now. I've stopped googling survival rates. We're "
        "just living day to day and trying to laugh when we can.",
        "MRI showed progression 💔 honestly no words. we've got a meeting w the trial "
        "team thurs. holding on",
        "Told on my break that it's terminal. Finished my shift because I didn't know "
        "what else to do. Going to see her first thing.",
        "They've stopped treatment. She's dying. I'm staying with her.",
        "I'm so tired of fighting this. The cancer keeps winning. But she's still here "
        "and so am I and we're going to Disneyland if the doctors let us.",
        "End of life care has started for my daughter. I cannot imagine the world "
        "without her, but today I am arranging her favourite things, her cousins are "
        "coming.",
        "Is the end now for my son, doctors say weeks. I am very sad but I stay strong "
        "for him and for his sister. Thank you all for messages.",
    ),
    "old_dark_time_now_better": (
        "A few years back I was in a really dark place and thought about ending things. "
        "Got help, on meds, and I'm genuinely doing okay now. If you're there, please "
        "talk to someone.",
        "Had a bad patch last year. Saw someone. Better now.",
        "During his first treatment I tried to take my own life. That was 2021. I've "
        "had therapy since and I'm in a much better place. Posting because I know some "
        "of you are where I was.",
        "lol remember when I used to post at 3am about not wanting to be here? anyway "
        "the meds kicked in and I slept 7 hours last night. small wins",
        "I was in a bad way after the diagnosis, wouldn't have cared if I didn't wake "
        "up. The GP put me onto a counsellor and honestly it's a different life now.",
        "Had the rifle handed in to the cop shop when things got bad two winters ago, "
        "my mate insisted. Best thing he ever did. I'm alright now, kid's in remission "
        "too.",
        "Two years back I had suicidal thoughts after my son's diagnosis. With "
        "counselling and support from this group I am much better now. Thank you all.",
        "Before, I was thinking about dying every day. Now with the doctor and medicine "
        "I am better, I enjoy again the small things.",
        "@Anna I was exactly there when Jack relapsed. I had a plan and everything. "
        "Told my sister, she got me to the crisis team. 18 months on and I'm okay. It "
        "does shift.",
        "Three years ago I overdosed, the divorce and the diagnosis came in the same "
        "month. I'm sober, in therapy, and doing school runs. Life's actually good.",
        "Just a note of hope. This time last year I was on the bridge. Samaritans "
        "picked up. Today I'm at my daughter's end of treatment bell.",
        "When I first came into the family and she got sick, I felt like a burden to "
        "everyone and had some very dark thoughts. Couple of years of therapy and I'm "
        "in a solid place.",
        "Used to drive home after nights wishing a lorry would take me out. That was "
        "2022. Changed jobs, got help, I'm grand now.",
        "one year since my attempt today 🌱 doing the work, feeling proud. sending love "
        "to anyone struggling",
        "Out here there's no services, and a couple years back I nearly didn't make it. "
        "A telehealth counsellor changed that. Doing better and I want others to know "
        "that's an option.",
        "haha I used to think everyone would be better off without me. now I think "
        "everyone would be worse off without my lasagne. progress",
        "I also had attempted once in 2019 before all this. Now I am taking treatment "
        "and with God's grace I am stable, I can be strong for my daughter.",
        "Nearly ended it in 2020. Didn't. Glad.",
        "I remember when I write here I want to kill myself. It was long ago, two "
        "years. Now I am okay, I have psychologist. Thank you for that time you help "
        "me.",
        "I used to count pills. I don't anymore. Gave the stash to my pharmacist two "
        "years ago and never looked back.",
    ),
    "dates_and_plans_ordinary": (
        "After her last chemo on the 14th we're going to the beach for a week. Can't wait.",
        "Once the transplant's done I'm going back to work. Anyone else found that hard?",
        "Tuesday. Bloods at 9. Then home.",
        "After harvest I'm taking the kids up the coast. First holiday in three years.",
        "Once Christmas is done I'm going to sort out the spare room for when she's home for good.",
        "After my son's transplant is done, we have decided to go to my native place "
        "for some time. Date is fixed for after Diwali.",
        "When my daughter finish treatment in spring, we go to the mountains, to my "
        "parents' village. She is very excited.",
        "@Rach save me a seat at the meetup! I'll be there by 7",
        "lol my calendar is empty after the 3rd for the first time in a year, no appointments 🎉",
        "Sunday night when the house is quiet is when I do all the meal prep for the "
        "week. Anyone else?",
        "Heading up to the cabin once my sister gets here to help with the boys. Just "
        "two nights, need a break.",
        "Last shift is the 30th, then two weeks leave for his scans. Sorted.",
        "counting down 🗓️ 9 days till her last radiotherapy session! bell ringing here we come",
        "After the funeral next week I'm going to take some time off work. Thank you "
        "all for the messages about Grandad.",
        "Once the adoption paperwork is done I'll officially be her dad. The court "
        "date's in March.",
        "What time does the Friday support group finish? I want to come along but need "
        "to get back for the babysitter by 9.",
        "Jacob's going to his dad's for the weekend on the 12th so I'm finally getting "
        "my hair done lol",
        "I've put a date in the diary for after Thursday's scan: dinner out, just me "
        "and my partner, whatever the result.",
        "Reckon we'll wait till after the footy grand final to do the party. Kid loves it.",
        "I have told my brother to take the children from next month for the school "
        "holidays, I will go with my son to Vellore for his treatment review.",
    ),
    "medicine_questions": (
        "How many ml of ondansetron is she allowed in 24 hours? The label's smudged and "
        "I don't want to overdose her.",
        "If he accidentally got a double dose of his morphine, what do I do? Call "
        "poison control or the ward first?",
        "Missed the 8pm dexamethasone. Give it late or skip?",
        "Please tell what is the safe gap between paracetamol doses for 6 year old "
        "child during chemo. I don't want to give too much.",
        "My son take the oxycodone, how long to wait before next one? I am afraid to "
        "give too much.",
        "Can you give Oramorph and Calpol together or is that too much? Ward said "
        "something but I've forgotten.",
        "lol I've set 4 alarms for her meds and still almost double dosed the "
        "mercaptopurine. how do you all keep track?? pill organisers?",
        "Where's everyone keeping the controlled meds? Want them locked away from the "
        "little one so there's no accidental overdose.",
        "@Dev you mentioned you kept Lily's leftover meds - how did you dispose of them "
        "safely? Pharmacy take-back?",
        "How long does it take for the liquid morphine to kick in? She's in pain and "
        "it's been 20 min.",
        "We're 2 hrs from the nearest ER. What's the max dose of his pain meds I can "
        "give before I need to drive him in? Want to have a plan.",
        "Working nights, is it ok to shift his meds to 7am instead of 9? Or does timing matter?",
        "Is it dangerous if he takes the septrin with his other antibiotics? Pharmacist was vague.",
        "Stepmum, new to this. How do I know if she's had too much of the "
        "anti-sickness? What signs do I watch for?",
        "anyone know if melatonin is ok with her chemo? 😴 she hasn't slept in 3 nights "
        "and neither have I lol",
        "How many days we can keep the leftover tablets? Doctor changed the medicine "
        "and now we have lot of the old one. Is it dangerous to keep at home?",
        "Is it safe enough giving the young lad his sleeping tablet if he's after "
        "having a dose of the morphine? Don't want to knock him out too much.",
        "What happen if child take the medicine two times by mistake? Her grandmother "
        "give it again. She look okay.",
        "Painless ways to do the port flush at home? He screams every time.",
        "How high can you raise the bed for him to stop the reflux? Also what's the "
        "safe max of gaviscon for a 4yo?",
    ),
    "teen_upset_but_safe": (
        "My 15yo screamed 'I hate my life' and slammed the door after being told she "
        "can't go to prom because of her counts. She's now texting her friends happily.",
        "Teen son told me 'I'd rather die than wear that mask to school'. Classic "
        "drama. He went in with the mask on, grumbling.",
        "Lad's moody. Won't talk. Playing Xbox with his mates though.",
        "lol my 16yo said chemo brain is 'literally killing her' because she forgot her "
        "locker code. the eye roll could be seen from space",
        "My daughter is 14 and very angry since her hair fell. She says she hates "
        "everybody. But she is talking to her best friend daily and went to her "
        "cousin's birthday.",
        "My son 13 is very sad about his leg, he cry a lot. The psychologist in "
        "hospital say it is normal grief and he is safe. He start to play wheelchair "
        "basketball.",
        "Our girl (15) had a massive meltdown about missing year 10 formal. Said her "
        "life's over. Next morning she was planning a mini formal on the ward with the "
        "nurses.",
        "Your man (17) told me he's sick to death of hospitals and everyone asking how "
        "he is. Fair enough. He's off to the match with his pals on Saturday.",
        "@Mel ours said the same, 'I wish I'd never got sick'. we asked her straight if "
        "she'd ever thought of hurting herself and she said no, she's just sad and "
        "angry. the teen psych agreed",
        "Our Harry (13) groaned 'I'm going to die of boredom before the cancer gets me' "
        "when I read out today's tablets. He's fine, he's been playing FIFA all day.",
        "My stepdaughter (16) said she wishes I'd disappear. Pretty sure that's just "
        "being 16 with a stepdad. She asked me to drive her to the cinema an hour "
        "later.",
        "Got in from nights to find my 14yo crying about her friends drifting. We "
        "talked it through, she's seeing the youth worker Tuesday and she's got a "
        "sleepover Friday.",
        "my teen's snapchat bio is now 'surviving on spite and hospital jelly 💀' and "
        "honestly I respect it",
        "My 17yo's angry he can't drive while he's on treatment. Said this year's been "
        "the worst of his life. But he's helping his grandad in the workshop every "
        "afternoon.",
        "My son (12) asked if he's going to die from the leukaemia. We talked with his "
        "doctor together and he's calmer now, asking about his next birthday party.",
        "My 15yo is sleeping till 2pm and grumpy. The onc said fatigue and normal teen "
        "stuff. She's still doing her art and messaging her friends.",
        "haha my 16yo declared she's 'dead inside' because I wouldn't let her dye her "
        "wig blue. we compromised on purple",
        "Son is 15, he says 'what is the point of studying, I missed whole year'. But "
        "he has joined online classes and is making plans for next year.",
        "Daughter cried about her hair. Bought her a beanie. She's alright.",
        "My daughter 16 say 'I want to disappear' when her friends post party pictures. "
        "I ask her what she mean, she say she want to hide from Instagram. We talk long "
        "time, she is okay.",
    ),
    "practical_decisions": (
        "We've decided to stop treatment and move to palliative care. It was the "
        "hardest decision of our lives but it's the right one for her.",
        "I've made my decision, I'm giving up my job to care for him full time. Anyone "
        "got tips on carer's allowance?",
        "Decided. Selling the truck. Need the cash for travel.",
        "lol I've finally decided to give away all the baby stuff in the loft. anyone "
        "local want a cot and a bouncer? free",
        "Does anyone know if life insurance covers critical illness for kids? Looking "
        "at sorting the policies while things are calm.",
        "Got our wills written finally, and named guardians for the kids. The solicitor "
        "said every parent should. Weight off.",
        "We have taken the decision to shift to Mumbai near Tata Memorial. Selling our "
        "house in native place. Any families know cheap rentals near Parel?",
        "Sold the boat, sorted the mortgage, moving closer to the kids' hospital. Big "
        "year. Cheers for the advice you lot.",
        "I decide already to move my family near hospital. It is better for everybody. "
        "Thank you for help me find the apartment.",
        "> have you decided about the trial?\nyes, we're going ahead. signed the consent "
        "forms today. feels good to have it settled",
        "Decided to step back from the school parents' WhatsApp, too much drama. I'll "
        "still be here though, this place is calmer.",
        "Giving the dog to my neighbour while we're down in the city for the "
        "transplant. Three months. She'll be spoiled rotten.",
        "Handed in my notice at the warehouse so I can be with him through the "
        "transplant. Scary but right.",
        "Told my ex that our daughter stays with him during my surgery next month. "
        "Paperwork sorted for the hospital too.",
        "✌️ signing off the group chat for a bit, going on a proper holiday with no "
        "wifi. back in two weeks!",
        "What's the best way to add my mum as a second guardian on the hospital file? "
        "Want her able to sign if I'm at work.",
        "Finally wrote down all the bank passwords and where the important papers are, "
        "for my wife. My dad never did and it was chaos when he passed.",
        "I have settled the property in my wife's name and made a proper will. "
        "Accountant advised it given the medical loans.",
        "Made up my mind. Second opinion at Great Ormond Street. Booked.",
        "Decided to put a DNR in place for our son after talking with the palliative "
        "team. It's about his comfort. Heartbroken but at peace with it.",
    ),
}
