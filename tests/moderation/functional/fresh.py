# ruff: noqa: E501 (one case per line reads as a table)
"""Fresh paraphrases: written after the rules were, and never used to change them.

The test tables (``test_*.py``) were written first and the rules were then made to pass
them, so their pass rate is in-sample. These cases, one or two per function in new words,
are the honest check of how far the rules and the model generalise: the report script
(``scripts/moderation_functional.py``) prints their pass rate per function; no test asserts
them, and a failing one must not be "fixed" by a rule aimed at its wording.
"""

from __future__ import annotations

from .support import QUIET, Case, cases

FRESH: list[Case] = [
    # crisis
    *cases("wish_dead", "crisis", "Part of me hopes I just don't wake up tomorrow."),
    *cases("wish_dead", "crisis", "id rather not exist than keep feeling like this"),
    *cases("active_thoughts", "crisis", "The idea of killing myself keeps popping into my head."),
    *cases("method", "crisis", "Spent last night reading about which meds are deadly in large amounts."),
    *cases("intent_plan", "crisis", "I've set the date. After his last scan I'm done with all of it, for good."),
    *cases("gathering_means", "crisis", "I kept back the rest of her oxy when she stopped needing it. It's in my car."),
    *cases("gathering_means", "crisis", "Got hold of a gun this week. My husband doesn't know."),
    *cases("dangerous_place", "crisis", "On the roof of the car park. Can't stop looking down."),
    *cases("goodbye", "crisis", "I've written a note for my husband and sorted out the life insurance papers. I'm ready."),
    *cases("burden", "crisis", "Honestly everybody's life would be easier if I just wasn't in it."),
    *cases("burden", "crisis", "im just dead weight to my family now"),
    *cases("trapped_pain", "crisis", "There's no way out of this and I can't take the pain another day."),
    *cases("self_harm", "crisis", "Scratched my arms until they bled again last night."),
    *cases("child", "crisis", "My son said he'd be better off dead than go through another relapse."),
    *cases("child", "crisis", "Found my daughter's razor blades hidden in her pencil case, she's been cutting."),
    # crisis look-alikes
    *cases("negated_safe", QUIET, "I'm okay, nowhere near hurting myself, just needed to say it out loud."),
    *cases("illness_talk", QUIET, "His pain meds are in a locked box and we count them for the hospice nurse."),
    *cases("support_other", QUIET, "If you ever feel like a burden, please talk to someone. You matter."),
    # abuse
    *cases("threat_retaliation", "abuse", "Post about my family again and you'll find out what happens."),
    *cases("threat_retaliation", "abuse", "you're going to get what's coming to you"),
    *cases("threat_direct", "abuse", "I'll smash your teeth in."),
    *cases("group_generalisation", "abuse", "Hindus are all liars, never believe a word they say."),
    *cases("group_generalisation", "abuse", "Jews always stick together to cheat everyone else."),
    *cases("exclusion", "abuse", "Nobody invited you. Get out of our group."),
    *cases("mock_grief", "abuse", "omg stop crying about ur dead kid already, it's pathetic"),
    *cases("textspeak_insult", "abuse", "ur such a f**king loser lmao"),
    *cases("dehumanisation", "abuse", "Migrants are rats, all of them."),
    # abuse look-alikes
    *cases("counter_speech", QUIET, "Hating Muslims because of a few extremists is wrong."),
    *cases("quote_condemn", QUIET, "He wrote 'go back to your country' on her car. Disgusting."),
    *cases("neutral_group", QUIET, "The Sikh temple near the hospital brings meals for the families."),
    *cases("swear_at_illness", QUIET, "fck neuroblastoma fr"),
    # misinformation
    *cases("stop_treatment", "misinformation", "Pull her out of chemo and go fully natural, it worked for my friend."),
    *cases("natural_cure", "misinformation", "Graviola tea wipes out cancer cells, way better than what the oncologist gives."),
    *cases("skip_emergency", "misinformation", "A temperature during neutropenia isn't worth an ER trip, just give him fluids and rest."),
    *cases("sugar_starve", "misinformation", "No sweets, no bread, no fruit: cancer cells live on sugar, take it away and they die."),
    *cases("vaccines", "misinformation", "Don't get your kids vaccinated while their sibling is on chemo, the shots caused my son's relapse."),
    *cases("remedy_instead", "misinformation", "Honey and lemon will sort out that infection, no need for the antibiotics."),
    # misinformation look-alikes
    *cases("question", QUIET, "Someone told me fasting starves tumours, is that a thing?"),
    *cases("refutation", QUIET, "Our oncologist said natural remedies won't cure leukemia and can interfere with chemo."),
]  # fmt: skip
