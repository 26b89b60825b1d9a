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

``DEV`` may be used in training as ordinary sentences (the contrast class of the
warning-sign classifier). ``HELD_BACK`` and ``LONG_POSTS`` are never used to train or to
choose anything: their pass rate is printed by ``scripts/moderation_crisis_paraphrases.py
--mortality``, their failures never are. Written and committed before anything was measured
on them.
"""

from __future__ import annotations

from .support import QUIET, Case, cases

DEV: list[Case] = [
    *cases(
        "fear_child_dies",
        QUIET,
        "I'm terrified she won't make it to her next birthday.",
        "every time his temp spikes i think this is it, we're going to lose him",
        "I keep picturing the funeral even though the doctors say there's a good chance.",
    ),
    *cases(
        "own_prognosis",
        QUIET,
        "My own scan came back and I'm scared I won't be around to see her finish treatment.",
        "im stage 4 myself so i think about dying a lot, mostly about who will take her to clinic",
        "Being a patient and a parent at once means I think about my own death more than I'd like.",
    ),
    *cases(
        "end_of_life_care",
        QUIET,
        "We signed the DNR today and I feel like I betrayed him.",
        "hospice nurse came to the house, we're keeping him comfortable now",
        "We've decided to stop curative treatment and focus on her comfort, with the team's support.",
    ),
    *cases(
        "funeral_planning",
        QUIET,
        "I picked the songs for her service today.",
        "had to choose a tiny coffin. no parent should ever have to do that",
        "The funeral director was kind; we're planning it around his favourite dinosaurs.",
    ),
    *cases(
        "bereaved_belongings",
        QUIET,
        "I finally gave her clothes to her cousins, six months after she died.",
        "donated his lego to the ward playroom, he'd have wanted other kids to have it",
        "Packed up her room this weekend and said goodbye to it properly.",
    ),
    *cases(
        "legacy_work",
        QUIET,
        "I'm writing letters for my kids to open on their birthdays in case the cancer wins.",
        "made a will and sorted guardianship after my diagnosis, feels morbid but necessary",
        "The play therapist helped us make a memory box with his handprints.",
    ),
    *cases(
        "trade_places",
        QUIET,
        "I would give my life in a heartbeat if it meant she could be well.",
        "wish it was me in that bed instead of him",
        "Why couldn't it have been me? She's only four.",
    ),
    *cases(
        "exhaustion",
        QUIET,
        "I'm so drained I could sleep for a week.",
        "cant keep my eyes open, 3 nights on the ward chair",
        "Some days I want to run away from all of it for an afternoon and then I go back in.",
    ),
    *cases(
        "survivor_guilt",
        QUIET,
        "Her friend from the ward died last week and I feel guilty that my daughter is still here.",
        "why did my boy make it when so many didnt, i cant stop thinking about their mums",
        "We rang the bell today and all I could think about were the families who never get to.",
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
