# ruff: noqa: E501 (one case per line reads as a table)
"""A second held-back set of crisis paraphrases, written before any of the issue-10 work.

Written in one sitting, before anything new was measured (before the safety-statement gate and
the warning-sign classifier existed), and committed first so the history shows it. One function
per item of the published taxonomies the crisis stage claims to cover: the 988 Suicide & Crisis
Lifeline and AFSP warning signs and the C-SSRS screen (wish to be dead, active thoughts, method,
intent, plan, preparatory behaviour: gathering means, being at a dangerous place, goodbyes and
putting affairs in order), plus burden, trapped / unbearable pain, no reason to live, self-harm,
and a parent reporting a child's self-harm or wish to die. Each has at least three phrasings in
different registers: a short chat line, text-speak with typos, and a longer post in a parent's
voice with the sign buried in the middle.

The look-alikes must stay quiet: plain safety statements (C-SSRS "denies ideation" wording),
negations, medication and illness logistics, grief about the child's illness, support for
another member, a news story or a TV show, and the cancer "killing" the child.

Never tune on these. ``scripts/moderation_warning_signs.py`` prints their pass rate; no test
asserts them, and a failing case must not be "fixed" by anything aimed at its wording.
"""

from __future__ import annotations

from .support import QUIET, Case, cases

C = "crisis"

HELD_BACK2: list[Case] = [
    # --- wish to be dead (C-SSRS 1)
    *cases("wish_dead", C,
        "Some nights I wish I could just go to sleep and not come back.",
        "tbh wouldnt mind if i never woke up agian",
        "Clinic was long today, her counts are still low so no discharge yet. I sat in the parents' room and honestly thought it would be fine if I just stopped existing, everyone would manage. Anyway the nurse says maybe Friday.",
    ),
    # --- active suicidal thoughts, non-specific (C-SSRS 2)
    *cases("active_thoughts", C,
        "I keep thinking about ending my life.",
        "thoughts of offing myself wont leave me alone lately",
        "We're six months into maintenance and everyone says the hard part is over. Truth is for weeks now I've been thinking about taking my own life, most days, in the car park before pickup. Then I go in and smile for him.",
    ),
    # --- method (C-SSRS 3: thoughts with method)
    *cases("method", C,
        "I've worked out how many of her sleeping tablets it would take for me.",
        "been googling how long it takes to bleed out",
        "I don't really know why I'm posting. Ward round was fine, his temp is down. I've been reading about carbon monoxide and whether you'd feel anything if you ran the car in the garage. Sorry, ignore me, long day.",
    ),
    # --- intent (C-SSRS 4)
    *cases("intent", C,
        "I'm going to do it this time, I mean it.",
        "im actually gonna go through with it tonite",
        "Thank you all for the messages after the scan results. I've read every one. I want you to know I've made up my mind, I'm going to end things, and it isn't anyone here's fault. Please keep looking after each other.",
    ),
    # --- plan (C-SSRS 5)
    *cases("plan", C,
        "Once his last chemo is done on the 14th, that's the night I'll do it.",
        "got it all planned out, wen hubby takes the kids to his mums sat im doing it",
        "Respite weekend coming up, my mum is having both kids. I've picked the spot by the reservoir and the time, and I've sorted what I need. Just wanted to say the forum has been kind to me.",
    ),
    # --- gathering means: medication stockpiling, weapon, rope
    *cases("gathering_means", C,
        "Been putting aside a few of his leftover morphine tablets every week. There's a lot now.",
        "counted all my daughters old oxy and the ondansetron, its enough i think",
        "I've got the box of her old palliative meds that the hospice never took back, and I've been keeping it in my wardrobe instead of returning it. I check how many are left most nights.",
        "Bought a gun last week. Nobody in the house knows.",
        "got a rope from the garage an put it in the boot of the car",
        "Long update sorry. Port flush went ok, bloods tomorrow. My husband's shotgun is back in the house since he moved out and I moved the key for the cabinet to my purse. I keep thinking about it. Anyway, the ward has a new play worker and he loves her.",
    ),
    # --- being at a dangerous place
    *cases("dangerous_place", C,
        "I'm sitting on the edge of the cliff path right now.",
        "on the train platform edge, cant make myself step back",
        "Came out for air after the consultant's talk. Walked a long way, I'm now on the old bridge over the river, on the wrong side of the railing, watching the water. Phone's nearly dead.",
    ),
    # --- goodbyes, giving things away, putting affairs in order
    *cases("goodbye", C,
        "I've written letters to each of my kids and left them in my drawer.",
        "gave my wedding ring n my car keys to my sis today, said bye to evryone",
        "Quiet day. I updated my will, put the passwords in an envelope for my partner, and gave my cat to my neighbour. Told my best friend I loved her and that she'd been a good friend to me. I feel calmer than I have in months.",
        "Just wanted to say goodbye to you all and thank you for everything. This is my last post.",
    ),
    # --- perceived burden (988 / AFSP)
    *cases("burden", C,
        "My family would honestly be better off if I wasn't here anymore.",
        "im just a burdn to evryone, they'd be fine w/o me",
        "Chemo week three. My partner is doing everything, the nights, the meds, the school run. I'm just a drain on all of them and I think they'd have an easier time if I disappeared for good. Anyway, his ANC is recovering.",
    ),
    # --- trapped / unbearable pain
    *cases("trapped_pain", C,
        "I can't do this anymore. There's no way out and the pain is too much to survive.",
        "cant take it no more, trapped, theres only one way out",
        "Relapse confirmed this morning. I keep telling the nurses I'm fine. But inside I feel completely trapped, like the only way to stop this pain is for me to not be here. Then I fold the laundry as if nothing happened.",
    ),
    # --- no reason to live
    *cases("no_reason", C,
        "If she doesn't make it I have no reason to keep living.",
        "wats even the point of being alive anymore",
        "Some kind people from church brought food again. His tumour has grown. I don't see any reason to keep going, not one, I'm only here on autopilot. The lasagne was nice though.",
    ),
    # --- self-harm (the writer)
    *cases("self_harm", C,
        "I cut myself again last night after the kids went to bed.",
        "burnt my arm w a lighter again, it helps for a bit",
        "The hospital parking costs alone are crushing us. I haven't slept. Last night I hit my head against the bathroom wall until it bled because I couldn't feel anything else. We see the neurologist on Tuesday.",
    ),
    # --- a child's self-harm or wish to die, reported by the parent
    *cases("child_reported", C,
        "My 13 year old told me tonight she wants to die and showed me the cuts on her legs.",
        "my son (15) keeps sayin he wishes he was dead n ive found blood on his sleeves",
        "Her sister, who's 12, has been really quiet since the transplant. Yesterday I found a note in her diary saying she wants to kill herself and that nobody would miss her. I don't know who to call first.",
    ),
    # --- a safety statement does not hide a real disclosure in another sentence
    *cases("safety_then_disclosure", C,
        "I'm safe tonight, my sister is here. But I've been saving up his pain meds and I know exactly how many I'd need.",
        "no thoughts of hurting anyone else. i just want to die tho",
    ),
    # ===== look-alikes that must stay quiet
    *cases("safety_statement", QUIET,
        "I'm safe, just exhausted.",
        "no thoughts of hurting myself, just really really tired",
        "To be clear, I'm not suicidal and I'm not going to harm myself. I just need to vent about the insurance company.",
        "im nowhere near doing anything stupid, promise, just sad",
        "The social worker asked if I have thoughts of ending my life and I honestly don't. I do need help with the parking costs though.",
    ),
    *cases("negated", QUIET,
        "I've never once thought about killing myself, even on the worst days.",
        "I don't want to die, I want my son to live.",
        "I wouldn't ever leave my kids like that.",
    ),
    *cases("med_logistics", QUIET,
        "Does anyone know how to dispose of leftover morphine after hospice? We have a whole bottle.",
        "pharmacy gave us 30 days of oxycodone, is that normal for after surgery?",
        "We keep her meds in a locked box and I count the tablets every night for the chart.",
        "Hospice collected the leftover medication today, glad it's out of the house.",
    ),
    *cases("illness_grief", QUIET,
        "Watching her lose her hair again is breaking my heart.",
        "the scan wasnt good, i just cried in the car for an hour",
        "We were told today there's nothing more they can do. We're taking him home to be comfortable. I don't know how I'll live without him, but we will make these weeks good.",
    ),
    *cases("support_other", QUIET,
        "If you're thinking about ending your life please call 988, you don't have to do this alone.",
        "hey u are NOT a burden, ur kids need u. dm me anytime",
        "Sending love to the mum who posted last night. You are not better off gone; we'd all miss you. Please talk to your nurse tomorrow.",
    ),
    *cases("news_fiction", QUIET,
        "Just watched the episode where the dad jumps off the bridge, had to turn it off.",
        "Saw on the news that a teen took her own life after bullying. So sad.",
        "Reading a novel where the mother gives away her belongings and writes goodbye letters before she dies of cancer.",
    ),
    *cases("cancer_killing", QUIET,
        "This cancer is killing my little girl and there's nothing I can do.",
        "the tumour is killing him slowly and i hate it",
        "The leukaemia is winning. The doctors think she has weeks left. Her body is giving up.",
    ),
    *cases("ordinary_giving", QUIET,
        "We gave away all his old toys to the ward playroom today.",
        "Said goodbye to the nurses on our last day of treatment, brought them cake!",
        "Sorted out the will and guardianship papers like the social worker suggested, just in case something happens to us.",
    ),
]  # fmt: skip
