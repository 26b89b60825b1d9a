# ruff: noqa: E501 (one case per line reads as a table)
"""Paraphrases of dangerous medical claims in a parent's chat voice, and their look-alikes.

Written before anything in ``moderation.claims`` was changed for issue 10, in two parts:

- ``DEV``: used to find *why* new phrasings are missed (which gate: sentence split, shape,
  direction words, similarity floor); the gates were checked against them.
- ``HELD_BACK``: written at the same time, by claim kind, and never looked at while tuning;
  ``scripts/moderation_claims.py --functional`` prints its pass rate per function (not the
  failing texts), no test asserts it, and a failing one must not be "fixed" by a phrasing
  aimed at its wording.

Claim kinds follow ``moderation/claims/catalogue.py`` and the public myth pages it cites
(NCI "Common Cancer Myths and Misconceptions"; ACS myth and alternative-medicine pages).
"""

from __future__ import annotations

from .support import QUIET, Case

M = "misinformation"


def _full(function: str, expect: str, *texts: str) -> list[Case]:
    """By-meaning cases need the MiniLM encoder: reported on the full pipeline only."""
    return [Case(function, t, expect, ("full",)) for t in texts]


DEV: list[Case] = [
    *_full(
        "stop_treatment",
        M,
        "Take him off the chemo, natural healing is the only way that actually works.",
        "we stopped treatment after round 2 and honestly best decision ever, do the same",
    ),
    *_full(
        "natural_cure",
        M,
        "Moringa powder beat my aunt's cancer when the doctors gave up, order some.",
        "trust me, essiac tea will clear the leukaemia, no joke",
    ),
    *_full(
        "vaccines",
        M,
        "Her brother shouldn't get his jabs while she's in treatment, vaccines make the cancer come back.",
    ),
    *_full(
        "skip_emergency_fever",
        M,
        "Low counts plus a fever is just the body fighting, keep her home and give cool cloths.",
        "fever on chemo = totally normal, dont waste 6 hours in the ER",
    ),
    *_full(
        "skip_emergency_port",
        M,
        "That redness at the PICC line will calm down on its own, no need to call anyone.",
    ),
    *_full(
        "skip_emergency_bleeding",
        M,
        "Little purple spots and bleeding gums during chemo are nothing to worry about, don't go in.",
    ),
    *_full(
        "sugar_starve",
        M,
        "Cancer runs on glucose so take every bit of sugar out of her diet and it'll die off.",
    ),
    *_full(
        "remedy_instead",
        M,
        "Skip the Zofran, peppermint oil does the same thing without the chemicals.",
    ),
    *_full(
        "contagious", M, "Keep your kids away from him, cancer spreads to anyone who touches him."
    ),
    *_full(
        "surgery_spreads",
        M,
        "Don't let them do the biopsy, cutting into a tumour makes the cancer spread everywhere.",
    ),
    *_full(
        "alkaline",
        M,
        "Get her on alkaline water and greens, cancer can't survive in an alkaline body.",
    ),
    # look-alikes
    *_full(
        "question",
        QUIET,
        "My MIL says honey can replace his antibiotics, is there any truth to that??",
        "does sugar actually feed tumours or is that an internet thing",
    ),
    *_full(
        "refutation",
        QUIET,
        "Biopsies don't spread cancer, our surgeon walked us through the evidence.",
    ),
    *_full(
        "doctor_said",
        QUIET,
        "The oncologist said a fever over 38 means we come straight in, no waiting.",
    ),
    *_full(
        "er_story",
        QUIET,
        "We went to the ER for a fever last night like the team told us, she's on IV antibiotics now.",
    ),
    *_full(
        "diet_alongside",
        QUIET,
        "We're trying to cut down on sweets while he's on steroids, the dietitian is helping.",
    ),
    *_full(
        "nci_link",
        QUIET,
        "For anyone hearing sugar feeds cancer: https://www.cancer.gov/about-cancer/causes-prevention/risk/myths",
    ),
]


HELD_BACK: list[Case] = [
    # stop or delay treatment
    *_full(
        "stop_treatment",
        M,
        "Honestly just pull him off the chemo, his body will do the healing if you stop poisoning it.",
        "trust me, wait on the radiation a few months and try a juice cleanse first",
        "We had 3 more rounds scheduled. I know people will judge but my advice to any parent reading this is cancel them, the treatment is what makes them so sick, not the cancer.",
        "no more chemo for us and there shouldn't be for urs either, the immune system can beat it alone",
    ),
    # "natural" cures
    *_full(
        "natural_cure",
        M,
        "Black salve draws the tumour right out, my friend's son is cancer free now because of it.",
        "tbh CBD oil cures cancer, big pharma just doesnt want u to know",
        "After everything we've been through I wish someone had told me sooner: soursop cures leukemia naturally, give it a go before more chemo.",
    ),
    # vaccines during treatment
    *_full(
        "vaccines",
        M,
        "Never let them give her the post-transplant shots, vaccines trigger relapse.",
        "dont vaccinate the siblings while ur kid is on treatment, the jabs give kids cancer",
        "Our family has decided no more vaccines ever. Vaccines are what caused his leukemia in the first place, please protect your kids from them.",
    ),
    # skip emergency care: fever during neutropenia
    *_full(
        "skip_emergency_fever",
        M,
        "A fever when her counts are low isn't a big deal, give her Calpol and see how she is tomorrow.",
        "trust me u dont need the ER for a temp on chemo, just a cool flannel and sleep",
        "We've done this 6 times now and the hospital just makes them wait for hours. Next time your neutropenic kid runs a fever, keep them at home and ride it out, it's always fine.",
    ),
    # skip emergency care: red hot port / central line site
    *_full(
        "skip_emergency_port",
        M,
        "If the skin around the port is hot and red just put some tea tree oil on it, no need to phone the ward.",
        "red swollen central line site is normal, leave it alone and it'll settle down",
        "Her Hickman line site went red and angry last week and everyone panics about that stuff, but just clean it yourself and wait it out, hospitals overreact.",
    ),
    # skip emergency care: bleeding or bruising
    *_full(
        "skip_emergency_bleeding",
        M,
        "A nosebleed that won't stop on chemo isn't worth a hospital trip, pinch it and wait.",
        "random bruises all over during treatment r nothing, dont bother the oncologist",
        "Blood in his pee during chemo freaked me out at first but it's just a side effect, no need to go in for it.",
    ),
    # starve the tumour / sugar feeds cancer
    *_full(
        "sugar_starve",
        M,
        "Every spoon of sugar feeds the tumour, so no juice, no fruit, nothing sweet for her.",
        "cancer cells eat sugar!! starve them out with a strict keto diet",
        "I read so much about this during our first month. Stop all carbs right away, the tumour can't grow without glucose and you'll see the difference in the scans.",
    ),
    # home remedy instead of a prescribed medicine
    *_full(
        "remedy_instead",
        M,
        "Stop the antifungal, coconut oil works just as well and won't hurt his liver.",
        "ditch the laxatives, prune juice and a bit of colloidal silver is all u need",
        "We threw out the prescribed mouthwash for the mouth sores and used salt and turmeric instead, do that, the pharmacy stuff is all chemicals.",
    ),
    # cancer is contagious (NCI myths)
    *_full(
        "contagious",
        M,
        "Don't let your kids play with a child who has cancer, you can catch it.",
        "cancer is contagious, keep ur distance from kids on the ward",
    ),
    # surgery or biopsy spreads cancer; air makes it spread (NCI myths)
    *_full(
        "surgery_spreads",
        M,
        "Refuse the surgery, once air gets to a tumour the cancer spreads all through the body.",
        "dont let them biopsy it!! a needle in the tumour spreads the cancer",
    ),
    # antiperspirants, phones, alkaline diet (NCI myths)
    *_full(
        "everyday_causes",
        M,
        "Throw out all the deodorants, antiperspirants are what give kids cancer.",
        "mobile phones cause brain tumours, take your kids' phones away now",
    ),
    *_full(
        "alkaline",
        M,
        "Acidic food is what feeds cancer, put her on an alkaline diet and it'll go away.",
        "cancer cant live in an alkaline body, lemon water every morning instead of the chemo",
    ),
    # look-alikes that must stay quiet
    *_full(
        "question",
        QUIET,
        "Is it true that a fever during neutropenia can wait till morning? My gut says no.",
        "has anyone heard that biopsies spread cancer?? surgeon wants to do one friday",
        "Can vaccines really cause a relapse, or is that just something people say online?",
    ),
    *_full(
        "refutation",
        QUIET,
        "Cancer isn't contagious, you can't catch it from hugging a kid on the ward.",
        "Antiperspirants don't cause cancer, that one's been studied a lot.",
        "Alkaline diets can't change your blood pH, so no, lemon water won't cure anything.",
    ),
    *_full(
        "doctor_said",
        QUIET,
        "Our consultant said a red, hot line site means we ring the ward straight away, day or night.",
        "The nurse told us any bleeding that won't stop after 10 minutes means the ER.",
        "Her oncologist said sugar doesn't make the tumour grow, she can have her birthday cake.",
    ),
    *_full(
        "er_story",
        QUIET,
        "we went to the ER for a fever like they told us, 38.4 and counts were zero, admitted for 5 days",
        "Took him in for the redness around his port and it was a line infection, so glad we didn't wait.",
        "Went straight to A&E with the nosebleed, they gave her platelets and she's fine now.",
    ),
    *_full(
        "diet_alongside",
        QUIET,
        "We're doing more veg and less junk alongside the chemo, the dietitian is happy with it.",
        "She drinks ginger tea for the nausea as well as taking her ondansetron.",
        "We asked the team before starting fish oil and they said fine alongside treatment.",
    ),
    *_full(
        "nci_link",
        QUIET,
        "Good page on the common myths (sugar, biopsies, deodorant): https://www.cancer.gov/about-cancer/causes-prevention/risk/myths",
        "Sharing this for anyone being sent miracle cure stuff by relatives: cancer.org has a page on alternative treatments and why they're risky.",
    ),
    *_full(
        "stopped_by_team",
        QUIET,
        "The team paused chemo for a week because his counts were too low.",
        "We finished treatment in March and the scans are clear, so no more chemo for now!",
    ),
]
