# ruff: noqa: E501 (one case per line reads as a table)
"""A third held-back set of crisis cases, written blind (without reading the detector, its rules,
its warning-sign lists or the other functional sets) before the change it measures.

Every case is in the voice of a parent in a support group for parents of children with cancer.
Crisis functions follow the C-SSRS screener, the 988 Lifeline and the AFSP warning signs: wish to be
dead, active thoughts, method, intent, plan, gathering means, a dangerous place, goodbyes and
affairs in order, being a burden, trapped or in unbearable pain, no reason to live, self-harm, a
child's self-harm, a child's wish to be dead, and withdrawal with hopelessness. Each has five
registers: a short chat line, text-speak, a plain sentence, a longer post with the sign buried in
treatment news, and an indirect wording with no suicide words. Look-alikes that must stay quiet
follow (safety statements, resolved past, medication logistics, tiredness, fear of the child's
death, illness-driven legacy planning, supporting another member, media, figures of speech,
everyday objects, ordinary giving away).

This set measures generalisation. Never tune rules, lists, prototypes or thresholds on these.
"""

from __future__ import annotations

from .support import QUIET, Case, cases

C = "crisis"

HELD_BACK3: list[Case] = [
    # --- wish to be dead (C-SSRS 1)
    *cases(
        "wish_dead",
        C,
        "Most days I'd rather be dead than keep doing this.",
        "tbh i keep wishin i could just not exist anymore, not even joking",
        "I have started wishing that I was dead.",
        "Update on Leo: his counts came back up so round 4 of the vincristine goes ahead Monday. The port site looks clean now, which is a relief. I'll be honest though, I lie awake hoping I die in my sleep so I don't have to face another cycle. Anyway, the ward nurses have been lovely and he's eating a bit better.",
        "If a bus took me out on the way to clinic tomorrow, I think I'd feel relieved more than anything.",
    ),
    # --- active suicidal thoughts (C-SSRS 2)
    *cases(
        "active_thoughts",
        C,
        "I've been thinking about killing myself.",
        "keep havin thoughts of ending it all since the relapse news, scared of my own head",
        "Thoughts of suicide have been coming into my head every day this week.",
        "Maya's MRI is on Thursday and the oncologist thinks the tumour has shrunk. Her hair is starting to come back in little curls. What I haven't told anyone is that I keep thinking about taking my own life, it's there every time I'm alone in the car. Otherwise we're just counting down to the scan.",
        "The idea of checking out for good has moved in with me, and it keeps me company every single night now.",
    ),
    # --- method: thinking about or looking up how (C-SSRS 3)
    *cases(
        "method",
        C,
        "Googled how many of his morphine tablets it would take to kill an adult.",
        "been lookin up ways to do it that wouldnt hurt much, is that messed up",
        "I have been researching which methods of suicide are the least painful.",
        "Ethan finished his last dose of dexamethasone yesterday and the mood swings are finally easing. We have clinic on the 14th to plan maintenance. Late at night I've been searching how much insulin it would take to stop my own heart, and I clear the history every time. The hospital play team sent home a craft kit which he loved.",
        "I've been working out how many of the oxycodone in the cupboard a grown woman would need so that she didn't come round.",
    ),
    # --- intent (C-SSRS 4)
    *cases(
        "intent",
        C,
        "I'm going to kill myself this time. I mean it.",
        "im actually gonna go thru with it this time, not just talk about it",
        "I have decided that I am going to end my life.",
        "Platelets were low again so Sofia needed a transfusion on Tuesday, but she bounced back fast. Her dad is taking over the hospital nights next week. I want someone to know that I intend to take my own life once she's settled with him; I've made up my mind. The social worker is sorting out our parking pass, at least.",
        "I've made my peace with it, my mind is made up, and I won't be around much longer.",
    ),
    # --- plan: when or where decided (C-SSRS 5)
    *cases(
        "plan",
        C,
        "Picked Friday night to kill myself, after the kids go to Mum's.",
        "got it all planned, sunday when hes on nights, in the garage. done waitin",
        "I have planned to take my life on the anniversary of her diagnosis, in the woods behind our house.",
        "Noah's bone marrow results were clear, thank god, and the team is moving him to maintenance. We're celebrating with pizza on the ward tonight. I've set the date for after he rings the end-of-treatment bell next month, and I'll kill myself at the lake cabin where nobody will find me quickly. The nurses said we can bring his cousins in at the weekend.",
        "The 3rd is the day, in the lock-up at the back of the yard where nobody will walk in on me; I just have to get through until then.",
    ),
    # --- gathering means: pills, a child's leftover medication, a weapon, rope
    *cases(
        "gathering_means",
        C,
        "Been saving up Jack's leftover oxycodone to overdose on myself.",
        "ive got a stash of his old morphine hid in my drawer for when i decide to end it",
        "I have been collecting my sleeping pills instead of taking them, so I have enough to kill myself in one night.",
        "We're finally home after 19 days inpatient, and Grace is so happy to see the dog. The pharmacy gave us a bag of meds and a chart for the fridge. I kept back the tramadol they stopped and bought rope at the hardware shop, both hidden in my car for when I decide to end my life. Next clinic is Wednesday at 9.",
        "I took the key to my brother's gun cabinet while he was out, so it's there for me when I need my way out.",
    ),
    # --- dangerous place: a height, tracks, water, with intent
    *cases(
        "dangerous_place",
        C,
        "sitting on the multi-storey roof, thinking of jumping.",
        "on the bridge over the river rn, dont think im going home tonite",
        "I am standing at the end of the railway platform, waiting for the next express so I can throw myself in front of it.",
        "Quick update since people asked: Amira's second lumbar puncture went fine and she slept through the sedation. My sister is with her tonight. I'm parked by the cliffs at the headland and I've walked to the edge twice already to jump, and I don't think I'll be coming back this time. Thank you all for the messages about her hair loss.",
        "I'm on the top floor of the hospital car park with my legs over the wall, and the drop looks like peace.",
    ),
    # --- goodbyes, giving things away, affairs in order (988, AFSP)
    *cases(
        "goodbye_affairs",
        C,
        "Said my goodbyes to everyone tonight. This is the last you'll hear from me.",
        "gave away my guitar n my good coat today, wont be needin them where im going. love u all, bye",
        "I have written goodbye letters to my husband and each of the children and left them in my desk drawer, because I am going to kill myself before next week.",
        "Chemo day 3 of 5 for Isla, and the anti-sickness is finally working. The nurses let her paint the window on the ward. I've put the house and the savings in my partner's name, cancelled my phone contract and written down my funeral wishes, because I've decided not to be around after she finishes this block. Her counts should recover by the 20th.",
        "I've sorted every password, paid off the credit card and given the dog to my neighbour, so nobody has loose ends to deal with after I'm gone this weekend.",
    ),
    # --- perceived burden (988: being a burden to others)
    *cases(
        "burden",
        C,
        "Everyone would be better off if I were dead.",
        "my family wud honestly be better off if i wasnt alive, im just dead weight to them",
        "My husband and the kids would have an easier life if I killed myself.",
        "Ruby's scans are back and the mass in her kidney has shrunk by half. The surgeons want to operate in three weeks. I keep thinking the family would manage better without me, I'm only another problem for them to carry and it would be kinder if I was gone for good. We're going to get her a new teddy for surgery day.",
        "I cost everyone so much, money, patience, sleep, and I've realised the kindest thing I could do is remove myself from the equation permanently.",
    ),
    # --- trapped or in unbearable pain (988, AFSP)
    *cases(
        "trapped_unbearable",
        C,
        "I'm trapped and the only way out I can see is dying.",
        "the pain is unbearable n theres no way out except not bein alive",
        "I feel completely trapped, the pain is more than I can stand, and death looks like the only exit.",
        "Oliver's neutrophils dropped again so we're back in isolation for at least a week. The doctors are adjusting his mercaptopurine dose. Inside I'm in so much pain that I can't bear another hour, I'm boxed in with no way out and I want my life to stop for good. His grandad is bringing Lego tomorrow.",
        "It's like being locked in a burning room with no door, and I've stopped looking for one; I just want the lights to go out on me.",
    ),
    # --- no reason to live (988, AFSP)
    *cases(
        "no_reason_to_live",
        C,
        "There's no reason for me to go on living.",
        "whats even the point of me bein alive anymore, nothin left to live for",
        "I have no reason left to live now that she has gone.",
        "We had the end-of-treatment meeting today and the consultant says Hugo's remission looks solid. Everyone keeps telling me I should be happy. But I can't see any purpose in staying alive, I've been running on empty so long there's nothing left of me worth living for. He has a follow-up echo in June.",
        "Since the funeral I wake up and can't find a single thing that makes carrying on worth it for me.",
    ),
    # --- the parent's own self-harm
    *cases(
        "self_harm",
        C,
        "cut my arm again last night, deeper this time",
        "been burnin myself w the lighter when the kids r asleep, its the only thing that helps",
        "I have been hurting myself by hitting my head against the wall until it bruises.",
        "Zara had her port flushed today and the nurse said it's working perfectly. We're on a break from chemo until the 9th. I started cutting my thighs again in the hospital bathroom where no one checks, because it's the only way I get through the nights. Her appetite is coming back, she ate a whole waffle.",
        "When the panic hits I scratch at my forearms until they bleed, and I've started hiding the marks under long sleeves.",
    ),
    # --- a parent reports the child hurting themself
    *cases(
        "child_self_harm",
        C,
        "Found cuts on my 14yo's wrists tonight, she did them herself.",
        "caught my daughter scratchin her arms w a compass, shes 13, says it helps her cope with chemo",
        "My son has been burning himself with matches since his leukaemia came back.",
        "Ava finished radiotherapy on Friday and her skin is healing well. The fatigue is still rough. Yesterday I noticed fresh cuts on her upper arms and she admitted she's been doing it to herself since she lost her hair. School have been good about letting her do half days.",
        "My girl keeps her sleeves pulled down even in the heat, and when I finally saw her arms there were neat lines she'd made herself.",
    ),
    # --- a parent reports the child saying they want to die
    *cases(
        "child_wish_dead",
        C,
        "My 9yo told me tonight he wants to die.",
        "my son keeps sayin he wishes he was dead, hes only 11",
        "My daughter told the nurse she doesn't want to be alive anymore.",
        "Finn's biopsy came back and they're adding another two cycles. He took it quietly, which worried me more than tears. At bedtime he asked if he could just die so he doesn't have to have any more needles, and said he thinks about being dead a lot. We're seeing the psychologist on Tuesday.",
        "My 12-year-old says she wishes she could disappear forever and go be with her friend from the ward who passed.",
    ),
    # --- withdrawal and hopelessness with a death wish (988)
    *cases(
        "withdrawal_hopeless",
        C,
        "Stopped answering everyone. Nothing will get better and I'd rather be dead.",
        "havent left my room in days, muted all the chats, nothin gonna change n i just wanna die",
        "I have cut myself off from my friends and family because it is hopeless, and I want to die.",
        "Sam's counts are finally stable and he's back at nursery two mornings a week. His dad's been doing most of the drop-offs. I've quit the choir, stopped returning my sister's calls and I spend the days in bed, because nothing is ever going to get better and I'd rather not be alive to see it. We have a review with the oncologist at the end of the month.",
        "I've shut the door on everyone, there's no future I can picture, and I'm just waiting to fade out for good.",
    ),
    # === look-alikes that must stay quiet
    # --- plain statements of safety
    *cases(
        "safety_statement",
        QUIET,
        "Just to be clear after my last post: I'm not suicidal and I'm not going to hurt myself, I'm just very tired and sad.",
        "im ok guys, not in any danger, no thoughts of harming myself, just needed to vent",
        "My GP asked if I'd thought about harming myself and I could honestly say no, never. I'm safe.",
        "Please don't worry about me. I have no intention of ending anything; I'm going to keep showing up for Lily and for me.",
    ),
    # --- past thoughts, treated and resolved
    *cases(
        "negated_past",
        QUIET,
        "Years ago, before the kids, I went through a suicidal period, got proper therapy, and I've been well for over a decade.",
        "back in uni i self harmed for a while but that was 15 yrs ago, got help, havent done it since n im good now",
        "I had dark thoughts about dying after my divorce in 2009, saw a counsellor for a year, and that chapter is firmly closed.",
        "When I was a teenager I wanted to die for a while. Medication and a great psychiatrist got me through it, and I'm in a solid place today, even with Ben's treatment.",
    ),
    # --- counting, storing, returning a child's medication
    *cases(
        "med_logistics",
        QUIET,
        "How do you all store leftover oxycodone once treatment stops? Pharmacy said to bring it back for disposal.",
        "counted his ondansetron n theres 6 left, do i need a new script before fri?",
        "We returned Mia's unused morphine to the hospital pharmacy today so it isn't sitting in the house.",
        "Tip for newbies: I keep all of Theo's meds in a locked box on top of the fridge and tick off every dose of mercaptopurine on a chart, so nothing gets doubled or missed.",
    ),
    # --- exhaustion, wanting sleep
    *cases(
        "sleep_tired",
        QUIET,
        "I could sleep for a week.",
        "so tired i want to crawl into bed n sleep for days, 3 nights in a row on the ward",
        "After a month of hospital nights, all I want is to sleep without a pump alarm waking me.",
        "Dan took the kids to his mum's this weekend, so I'm going to shut the curtains and sleep until Monday. Bliss.",
    ),
    # --- fear of the child's death, grief, prognosis
    *cases(
        "illness_death_fear",
        QUIET,
        "I'm so scared she's going to die.",
        "doc said prognosis is poor, im terrified we r going to lose him before christmas",
        "Our daughter died in March and the grief still knocks me flat some mornings.",
        "The relapse means a transplant, and the consultant was honest that the odds are not good. I lie awake imagining his funeral and I hate that my mind goes there. I just want more time with him.",
    ),
    # --- legacy planning driven by the parent's own cancer or the child's palliative care
    *cases(
        "legacy_planning",
        QUIET,
        "With my own breast cancer now stage 4, I've made a will and named guardians for the kids.",
        "the palliative team helped us start a memory box for Ellie, handprints n her fave songs",
        "I'm writing letters for my son to open on his birthdays, since my oncologist says I have months, not years.",
        "Since Josh moved to palliative care we've been planning his funeral with him; he wants dinosaurs and everyone in yellow. My husband and I also updated our wills while we were at the solicitor's.",
    ),
    # --- supporting another member, pointing to help
    *cases(
        "support_other",
        QUIET,
        "Mark, you are not a burden to anyone here. If you ever feel unsafe, please call or text 988.",
        "hey hun if ur having thoughts of hurting urself pls reach out to 988 or ur GP, we're all here for u",
        "To whoever posted about feeling the family would be better off without them: that's the exhaustion talking, and the 988 Lifeline is there 24/7.",
        "I sat with a mum in the parents' room tonight who said she feels like a burden on everyone. I gave her the crisis line number, we called it together, and she's with her sister now.",
    ),
    # --- films, books, news about suicide
    *cases(
        "media_news",
        QUIET,
        "Just finished 13 Reasons Why. Heavy going, not sure teenagers should watch it.",
        "the news story about the teen suicides in that town broke my heart",
        "Has anyone read that novel where the father takes his own life after his son's diagnosis? I couldn't finish it.",
        "Watched a documentary last night about suicide prevention in farming communities. It made me think about how isolated carers get, and I've signed up to volunteer with a helpline.",
    ),
    # --- figures of speech
    *cases(
        "figurative",
        QUIET,
        "This waiting for scan results is killing me.",
        "i could die of embarrassment, ryan threw up all over the consultant's shoes lol",
        "I swear the insurance paperwork will be the death of me.",
        "My feet are killing me after walking the ward corridors all night, and the vending machine ate my last coin, so naturally I'm dying for a coffee.",
    ),
    # --- everyday objects and places mentioned neutrally
    *cases(
        "everyday_objects",
        QUIET,
        "Packing for the oncology family camp: rope, tent pegs, head torches.",
        "hubby's off for deer hunting season this wkend w his brother, took his rifle n the cool box, so its just me n the kids",
        "We cross the big suspension bridge on the drive to the children's hospital and Evie loves counting the cables.",
        "The only place I get signal at St Luke's is the roof of the car park, so I go up there to ring my mum after rounds. The view of the city at sunset is actually quite nice.",
    ),
    # --- ordinary giving away
    *cases(
        "giving_away_ordinary",
        QUIET,
        "Donating a bag of Leo's outgrown clothes to the charity shop tomorrow.",
        "givin away a box of toys n colouring books to the oncology ward, anyone else done that?",
        "We gave the ward playroom our old games console now that Harper has finished treatment.",
        "Clearing out the loft this weekend. The pram, the cot and three bags of baby clothes are going to a family from our group who've just had a new baby, and the bike goes to my nephew.",
    ),
]
