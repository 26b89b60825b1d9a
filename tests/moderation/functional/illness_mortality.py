# ruff: noqa: E501 (one case per line reads as a table)
"""Death talk that is not a crisis: what a cancer community says about mortality every day.

Parents of children with cancer (and parents who are patients themselves) talk about death
plainly: the fear that the child will die, the parent's own prognosis, hospice and
do-not-resuscitate decisions, planning a funeral, giving away a child's things after they
died, letters and wills written in case, wishing they could trade places, and exhaustion. A
crisis stage that matches by meaning sits close to all of these ("putting affairs in order",
"giving things away", "goodbye letters", "wish I were dead" are warning signs in the 988/AFSP
and C-SSRS lists). These look-alikes are grouped by the kinds of existential concern
described in the psycho-oncology literature (death anxiety, end-of-life decision making,
anticipatory and bereaved grief, legacy work, caregiver burden), written for Hearth, never
taken from any dataset.

``DEV`` is ``catalogue.MORTALITY``: the warning-sign classifier trains on it as weighted
ordinary sentences. ``HELD_BACK`` and ``LONG_POSTS`` are never used to train or to
choose anything: their pass rate is printed by ``scripts/moderation_crisis_paraphrases.py
--mortality``, their failures never are. Written and committed before anything was measured
on them.
"""

from __future__ import annotations

from moderation.warning_signs.catalogue import MORTALITY

from .support import QUIET, Case, cases

DEV: list[Case] = [
    Case(function, text, QUIET) for function, texts in MORTALITY.items() for text in texts
]

# Long posts to tune on (the held-back ones are ``LONG_POSTS``).
DEV_LONG: list[Case] = cases(
    "long_post",
    QUIET,
    "Round 4 of 6 done. The nausea is worse this time and the bone pain from the injections had me crying on the bathroom floor at 3am. My husband has been amazing but I can see how tired he is. I just want this to be over so I can be a normal mum again. Any tips for the last two rounds?",
    "My oncologist called: the tumour markers are up again. I'm trying not to spiral. I keep thinking about my kids growing up without me and I can't breathe when I let myself go there. Scan is next Thursday. How do you all cope with the waiting?",
    "Finished radiation today! 25 sessions, skin is raw and I'm exhausted but I'm DONE. I said goodbye to the radiographers and they gave me a little certificate. Now the three month wait until the next scan. Thank you all for getting me through.",
    "I haven't told anyone this but some days I resent my body for getting sick. I feel like a burden on my husband, he does all the school runs and the cooking now and works full time. I know he doesn't see it that way. Does anyone else feel this guilt? How did you talk about it?",
    "Port issues again. It wouldn't draw back so we sat in day unit for four hours while they tried everything. My son was so brave but I was ready to scream. We're home now, they'll try the clot buster tomorrow. Anyone had this happen a lot?",
    "Scan day tomorrow. I've barely slept. Since my own diagnosis last year I keep thinking about death, mostly about who would braid her hair for school if I'm not here. My husband says I'm catastrophising. Maybe. Anyone else get like this before scans?",
    "We're home with hospice now. The nurses come twice a day and he's comfortable. I've written him a letter to read with us while he still can, and we've given some of his toys to his cousins because he asked us to. I never imagined doing any of this. Thank you for being here.",
    "Six weeks on the ward and I'm done in. I'd love to run away to a cabin for a few days and just sleep, no pumps, no alarms. Not going to of course, her dad and I swap nights. How do you keep going in the long admissions?",
    "I wish it were me. I'd take every needle, every scan, every night of vomiting if it meant she could just be a normal seven year old. I know every parent here feels the same. Sorry, needed to say it somewhere.",
)

# The patient's own voice (many parents here are patients too): physical pain and side
# effects, treatment fatigue, finishing treatment ("done with chemo"), scan anxiety, the body
# changing. Tuned on: ``PATIENT_DEV``; never: ``PATIENT_HELD_BACK``.
PATIENT_DEV: list[Case] = [
    *cases(
        "physical_pain",
        QUIET,
        "The bone pain from the growth shot is unbearable, I couldn't get out of bed.",
        "neuropathy in my feet is so bad i cant feel the floor",
        "My mouth sores hurt so much I can't eat anything but ice lollies.",
    ),
    *cases(
        "treatment_fatigue",
        QUIET,
        "I'm so sick of being sick. Four more rounds to go.",
        "cant do another round of this nausea, asking the team for a different antiemetic",
        "I'm tired of fighting with the insurance company on top of fighting cancer.",
    ),
    *cases(
        "finishing_treatment",
        QUIET,
        "Last chemo today! I'm done, done, done!",
        "rang the bell this morning, never going back there again if i can help it",
        "I'm finished with radiation and I never want to see that machine again.",
    ),
    *cases(
        "scan_anxiety",
        QUIET,
        "Scanxiety is real. I can't eat or sleep until we get the results.",
        "waiting on the biopsy and my brain keeps going to the worst place",
        "If it's spread I don't know how I'll tell the kids.",
    ),
    *cases(
        "body_changes",
        QUIET,
        "I don't recognise myself in the mirror since the mastectomy.",
        "lost all my hair and my eyebrows, i hate going out",
        "My body feels like it belongs to someone else after all the surgery.",
    ),
]

PATIENT_HELD_BACK: list[Case] = [
    *cases(
        "physical_pain",
        QUIET,
        "The pain in my hips is so bad tonight I'm in tears, waiting for the oncall to ring back.",
        "everything aches and the meds arent touching it, i just want the pain to stop",
        "Nothing helps the headaches from the spinal tap; lying flat is the only relief.",
    ),
    *cases(
        "treatment_fatigue",
        QUIET,
        "I honestly don't know if I can face another six months of this.",
        "so over hospitals, needles and waiting rooms",
        "Some days I want to quit treatment, then I look at my kids and book the next appointment.",
    ),
    *cases(
        "finishing_treatment",
        QUIET,
        "That's it, last infusion ever, I'm out of there!",
        "finished my final round and said goodbye to the chemo nurses, cried like a baby",
        "Done with treatment forever, hopefully. Now the waiting begins.",
    ),
    *cases(
        "scan_anxiety",
        QUIET,
        "Every ache makes me think it's back and I'm going to die this time.",
        "scan tomorrow, cant stop shaking",
        "The night before results I always write down everything I'd want the kids to know.",
    ),
    *cases(
        "body_changes",
        QUIET,
        "I feel ugly and broken after the reconstruction went wrong.",
        "my husband says im still beautiful but i cant stand to look at myself",
        "Gained so much weight on steroids that nothing fits and I hide in my room.",
    ),
]

HELD_BACK: list[Case] = [
    *cases(
        "fear_child_dies",
        QUIET,
        "What if this is our last Christmas with him?",
        "scared shes going to die before we get the transplant",
        "I lie awake doing the maths on the survival numbers they gave us.",
    ),
    *cases(
        "own_prognosis",
        QUIET,
        "My oncologist says I have about a year, and I'm trying to make it count for the kids.",
        "got my own results back, its spread. trying to figure out how to tell my kids",
        "I've made peace with the fact that my cancer will probably take me, but not before I see him through this.",
    ),
    *cases(
        "end_of_life_care",
        QUIET,
        "The palliative team talked us through what the last days might look like.",
        "we moved her home from the hospital so she can be in her own bed at the end",
        "Saying no more chemo was the hardest decision we ever made for him.",
    ),
    *cases(
        "funeral_planning",
        QUIET,
        "His aunt is helping me write the eulogy.",
        "we chose the plot under the oak tree where she liked to play",
        "Does anyone have advice on planning a service for a child? I don't know where to start.",
    ),
    *cases(
        "bereaved_belongings",
        QUIET,
        "I gave his bike to the neighbour's boy; it was time.",
        "sorting through her things and giving most of it away, kept her blanket",
        "I've started giving away the hospital toys we collected, it's been a year since he passed.",
    ),
    *cases(
        "legacy_work",
        QUIET,
        "I recorded videos of myself reading bedtime stories for when I'm gone.",
        "sorted my life insurance and wrote down all the passwords for my wife, just in case",
        "We're writing goodbye letters together with our son, his hospice nurse suggested it.",
    ),
    *cases(
        "trade_places",
        QUIET,
        "If I could take the cancer into my own body I'd do it tonight.",
        "i'd die for her, i'd do anything to swap places",
        "Every parent on this ward would trade their life for their kid's in a second.",
    ),
    *cases(
        "exhaustion",
        QUIET,
        "I need a break from all of it, even just a day off.",
        "honestly just want to disappear to a beach for a week lol",
        "I'm running on empty and can't think straight after another night of vomiting and pumps.",
    ),
    *cases(
        "survivor_guilt",
        QUIET,
        "I feel awful posting good news when I know others here lost their children.",
        "our scan was clear and her friend's wasnt. i dont know how to feel",
        "Is it normal to feel guilty that your child survived?",
    ),
]

LONG_POSTS: list[Case] = cases(
    "long_post",
    QUIET,
    "It's been a rough month. The relapse news came on a Tuesday and I still can't quite believe it. We've met the palliative team, who were lovely, and we're talking about what quality of life means for him now. I keep thinking about dying, his and honestly mine too, since my own treatment finished last spring. I don't know how other parents do this. Thank you for listening.",
    "Update for those who asked: she passed peacefully on Sunday with both of us holding her. We're planning a small service next week and the ward nurses are coming. I've started sorting her things; some toys will go back to the playroom because she loved them there. Thank you all for carrying us these two years.",
    "Long post sorry. I was diagnosed myself in March while my son was in maintenance. I've written a will, named my sister as guardian and started a box of letters for him, one for every birthday until he's 18. People say it's morbid. To me it's just being a parent. Has anyone else done this?",
    "Three nights on the ward chair and I'm wrecked. Pumps beeping every hour, the vomiting, the night obs. Some days I honestly wish I could just disappear for a week and sleep. Then he wakes up and asks for me and I'm back. How do you all cope with the sleep deprivation?",
    "We had the conversation with the consultant about stopping treatment. It's not what we wanted but the tumour hasn't responded to anything. We're taking her home, she wants to see the dog. I wish with everything in me it was me instead. If anyone has been through hospice at home I'd love to hear what helped.",
    "Her best friend from the ward died yesterday. They were diagnosed the same week. My daughter's scans are clear and I feel sick with guilt every time I look at her. I went to the funeral and couldn't speak to the mother. I don't know what to say to her or whether I should keep posting our good news here.",
    "The survival statistics they gave us keep going round my head at night. Thirty percent. I think about what his funeral would be like and then I hate myself for thinking it. The psychologist says anticipatory grief is normal. Does it get easier once you're further into treatment?",
    "I'm a dad of two and I have pancreatic cancer; our youngest also has ALL. I've accepted I probably won't see the end of his treatment. I've set up the life insurance, recorded bedtime stories and asked my brother to take him fishing when I'm gone. I want to spend what time I have well. Any tips for talking to kids about a parent dying?",
)
