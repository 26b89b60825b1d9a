# ruff: noqa: E501 (one case per line reads as a table)
"""Generalisation cases for misinformation by meaning, written before anything was measured.

Written in one sitting (December 2026) for the kinds the catalogue covers, from the public
pages it cites (NCI "Common Cancer Myths and Misconceptions", NCI "Infection and Neutropenia
during Cancer Treatment" and "Bleeding and Bruising", ACS neutropenia and complementary and
alternative medicine pages), in a parent's chat voice: short chat, text-speak and typos, long
posts with the advice buried in the middle, hedged advice ("honestly I'd just ..."), and
advice framed as the author's own experience ("we skipped X and gave Y instead, you should
too"). None is copied from any page or dataset.

The weak spots they aim at: (a) a home remedy in place of a prescribed medicine (anti-sickness,
antibiotics, pain relief, steroids, growth-factor injections); (b) skipping or delaying
emergency care for a fever during neutropenia, a red, hot or swollen port or line site,
bleeding or bruising; (c) stopping or delaying treatment, "natural" cures, starving the
tumour, vaccines during and after treatment.

Look-alikes that must raise nothing: a parent asking whether a remedy is safe, refuting a
myth, reporting that they called the on-call line, a remedy taken *alongside* the prescribed
medicine, the oncologist's own decision to pause or stop, a nurse's advice to re-check a
temperature below the threshold, emergency visits, treatment finished, diet changes made with
the team, vaccines given on the team's schedule, and long ordinary posts.

Each kind was written as one list of phrasings across the registers and split by phrasing:
``DEV`` may be looked at while changing the catalogue, gates and floor; ``HELD_BACK`` must
never be: ``scripts/moderation_functional.py --misinfo`` prints its pass rates and never its
failing texts, no test asserts it, and nothing may be changed to pass one of its cases.
"""

from __future__ import annotations

from .misinfo_meaning import M, _full
from .support import QUIET, Case

DEV: list[Case] = [
    # --- (a) home remedy instead of a prescribed medicine -----------------------------------
    *_full(
        "remedy_antinausea",
        M,
        "skip the zofran n just do ginger chews, the meds r full of chemicals",
        "Honestly I'd just ditch the anti-sickness tablets and give her peppermint tea and sea bands, it's so much gentler on their little bodies.",
        "We stopped the ondansetron after cycle 2 and used ginger and lemon instead, worked great, you should too.",
        "Round 4 done and what a week. The steroids made him ravenous and he's been up at 3am asking for toast. Anyway for the sickness, bin the antiemetics, a drop of peppermint oil under the nose does the job and there's no constipation. The ward staff were lovely this time, the play specialist brought him a lego set.",
    ),
    *_full(
        "remedy_antibiotic",
        M,
        "Antibiotics wreck their gut, use manuka honey and oregano oil for the infection instead.",
        "we never gave the septrin, just garlic and vitamin c, he's been fine, dont let them push it on u",
        "honestly I'd hold off on the antibiotics and try colloidal silver first, it kills bacteria naturally",
        "So the line infection thing. They wanted her on IV vancomycin for 10 days which is just insane for a 4 year old. My advice is refuse the antibiotics, echinacea and elderberry clear it just as well. Anyway she's home now and loving her new kitten.",
    ),
    *_full(
        "remedy_pain",
        M,
        "Throw out the oramorph, CBD drops manage the pain better and they're not addictive.",
        "i'd honestly skip the morphine and just do arnica and lavender oil for the pain, no side effects",
        "We stopped giving her the pain meds after the lumbar puncture and used a magnesium rub instead, so much better, try it.",
        "Bone pain from the growth shots was brutal for us too. The nurse was lovely about it. What worked: we dropped the paracetamol and codeine completely and did turmeric milk and warm baths, way better than the pharmacy stuff. Anyway fingers crossed for your scan on Monday!",
    ),
    *_full(
        "remedy_steroid",
        M,
        "stop the dex, it makes them crazy, a herbal adaptogen blend does the same job without the rage",
        "Honestly I'd just give ashwagandha instead of the steroids, the prescribed ones are so harsh.",
        "We quit the prednisolone halfway through the block and used licorice root instead, she was so much happier, do it.",
        "Dex week is the worst. Screaming, eating, not sleeping. A lady in another group told me to drop the dexamethasone and give turmeric and fish oil because they're natural anti-inflammatories, and I've done that for two blocks now, so I'd recommend it. Any tips for the 2am hunger?",
    ),
    *_full(
        "remedy_growth_factor",
        M,
        "Refuse the neulasta shot, eat lots of beetroot and spinach and the counts come up on their own.",
        "honestly I wouldnt bother with the GCSF injections, bone broth and beef liver raise the white count naturally",
        "We said no to the filgrastim and used medicinal mushrooms instead, counts bounced back great, would recommend.",
        "Counts crashed again after cycle 3, neuts 0.2. The day unit wanted to start the daily injections. Skip the growth factor jabs, they cause so much bone pain, astragalus and a high protein diet do the same thing. Anyway we had a lovely visit from the therapy dog yesterday.",
    ),
    # --- (b) skip or delay emergency care ---------------------------------------------------
    *_full(
        "er_fever",
        M,
        "temp of 38.5 on chemo? just give calpol n sleep it off, the ER is a nightmare",
        "Honestly I'd keep her home with a fever even when her counts are low, the hospital is where they catch the worst bugs.",
        "Last time his neuts were zero and he spiked 38.9 we just did a lukewarm bath and waited till morning, he was fine, you can do the same.",
        "Third admission this month and I'm exhausted. The food is awful and parking costs a fortune. Next time she gets a temperature while neutropenic I'm not taking her in, just paracetamol and fluids at home, and I think more parents should do that. Sorry for the rant, love to all.",
    ),
    *_full(
        "er_port",
        M,
        "red n puffy around the port is just irritation, dont go in, a warm flannel sorts it",
        "Honestly I'd just put some honey on the red swollen bit around his Hickman and not tell the ward, they'll only admit him.",
        "Her PICC site went hot and red and we treated it at home with tea tree oil instead of calling the team, cleared up fine, would do it again.",
        "Hi all, update on Josh. Surgery went well and the new port is in. One thing I've learned: if the skin round the line looks red and hot and a bit swollen, there's no need to ring the hospital, just keep it clean and dry and it settles within a few days. Thank you all for the support this year.",
    ),
    *_full(
        "er_bleeding",
        M,
        "nosebleed on chemo that wont stop? lie him down and wait it out, no need for A&E",
        "Honestly I'd not worry about the new bruises and tiny red dots on her legs during treatment, just give her some leafy greens and skip the blood test.",
        "We had bleeding gums for two days during consolidation and just used salt water rinses at home instead of going in, totally fine, you can too.",
        "Such a week. Her hair's coming out in clumps now and she's taking it better than me. She also had a nosebleed that went on for about 40 minutes on Tuesday but honestly those aren't worth a hospital trip, just an ice pack and patience. Anyone got good wig recommendations for a 9 year old?",
    ),
    # --- (c) stop or delay treatment, natural cures, starve the tumour, vaccines ------------
    *_full(
        "stop_treatment",
        M,
        "honestly just stop the chemo, its killing him faster than the cancer ever could",
        "I'd seriously think about putting off the next block and doing a clean diet for a few months first, give the body a chance.",
        "We walked away from maintenance after a year and went fully natural, he's thriving, you should think about doing the same.",
        "It's been 18 months and I have done a lot of reading. I've decided the protocol is mostly for the hospital's statistics, so we are refusing the last phase and I'd tell every parent here to refuse theirs too. Sending love to anyone in the thick of it.",
    ),
    *_full(
        "natural_cure",
        M,
        "Graviola kills cancer cells 10,000 times better than chemo, look into it.",
        "ivermectin n fenbendazole cured my nephews tumour, get some ordered",
        "Honestly I'd give high dose vitamin D and beetroot juice, it shrank my friend's daughter's neuroblastoma completely.",
        "We're in week 12. Nothing much to report, counts ok, eating better. I keep thinking about a man from church whose leukemia went into remission on a raw plant diet and frankincense alone, no hospital, and I'd honestly tell anyone newly diagnosed to try that first. Hope everyone has a gentle weekend.",
    ),
    *_full(
        "sugar_starve",
        M,
        "No sugar at all!! its literally tumour food",
        "Honestly I'd cut out all fruit and bread, cancer cells feed on glucose and you'll starve them.",
        "We put her on a zero-carb diet after diagnosis to starve the tumour and her markers dropped, do it.",
        "Lots of you asked what we eat now. Mostly vegetables, eggs, fish. The big one: sugar feeds the cancer, so no cake, no juice, not even at birthdays, because every treat is fuel for the tumour. It's been hard but she understands. Recipes in the comments.",
    ),
    *_full(
        "vaccines",
        M,
        "dont let the siblings have their flu jab while he's on chemo, vaccines bring on relapse",
        "Honestly I'd refuse the re-vaccinations after transplant, the immune system rebuilds itself naturally.",
        "We skipped all her post-treatment boosters and she's been fine, so skip them, the shots are what made her sick in the first place.",
        "Our transplant clinic wants to start the whole vaccine schedule again at 12 months. I've read way too much to go along with that. Vaccines caused her cancer in the first place, so we are saying no and I'd urge every parent here to say no. Otherwise she's doing really well, back at school part-time.",
    ),
    # --- look-alikes that must raise nothing -------------------------------------------------
    *_full(
        "lk_ask_safe",
        QUIET,
        "Is it safe to give ginger tea for the nausea as well as the zofran?",
        "my mum keeps sending me stuff about turmeric curing cancer, is any of that real??",
        "Has anyone used CBD oil alongside chemo? Want to ask the team first but curious what others did.",
        "Would it be ok to skip the ER with a temp of 37.6 or is that still a call-in?",
    ),
    *_full(
        "lk_refute",
        QUIET,
        "Sugar doesn't feed cancer, cutting it out just made my son miserable and lose weight.",
        "Please don't stop chemo for apricot kernels, that stuff is dangerous and it doesn't work.",
        "There's no such thing as a fever you can sleep off when they're neutropenic, always call.",
        "Vaccines didn't cause her leukaemia, our consultant explained how it actually starts.",
    ),
    *_full(
        "lk_called_oncall",
        QUIET,
        "He hit 38.1 at 2am so we rang the on-call line and they had us come in, bloods and antibiotics started within the hour.",
        "temp 38.3 tonight, called the ward, heading in now",
        "Her port site looked a bit pink so I phoned the oncology nurse, she asked for a photo and wants to see her tomorrow.",
        "Rang the hotline about his nosebleed, they said come in for platelets so we did.",
    ),
    *_full(
        "lk_remedy_alongside",
        QUIET,
        "We give ginger tea alongside the ondansetron and it seems to take the edge off.",
        "Sea bands plus her regular anti-sickness meds have been a good combo for us.",
        "Peppermint sweets help a bit with the taste, she still takes all her prescribed meds of course.",
        "The nurse said a warm compress is fine for the injection site bruise, along with the pain relief they gave.",
    ),
    *_full(
        "lk_oncologist_pause",
        QUIET,
        "The oncologist decided to pause chemo for two weeks to let her liver recover.",
        "Team have delayed the next block because his neuts are only 0.3.",
        "Our consultant stopped the vincristine because of the nerve pain, switching to something else.",
        "chemo on hold this week, counts too low, onc says we restart monday",
    ),
    *_full(
        "lk_nurse_recheck",
        QUIET,
        "Temp was 37.7 so the nurse on the phone said give it an hour and re-check, and call back if it hits 38.",
        "The nurse said under 38 we can wait an hour, recheck, and ring again if it goes up.",
        "37.5 this evening, the ward said keep an eye and re-check in an hour, so we're watching Netflix and waiting.",
        "She told us that a slightly pink port site with no heat or swelling can be watched for a day, and to call if it changes.",
    ),
    *_full(
        "lk_er_story",
        QUIET,
        "Spent the night in A&E with a neutropenic fever, IV antibiotics started, he's perking up now.",
        "So glad we went in when her line site went red, it was an infection and they caught it early.",
        "bleeding gums and bruises turned out to be platelets of 9, had a transfusion and she's bouncing again",
        "We didn't wait this time, straight to the ER with 38.4 and they had her on antibiotics in 40 minutes.",
    ),
    *_full(
        "lk_team_changed",
        QUIET,
        "We finished treatment last spring and she's had no more chemo since, scans all clear!",
        "The team stopped the steroids at the end of induction, so no more dex rage for now.",
        "We swapped to the liquid version of the antibiotic because he couldn't swallow the tablets.",
        "Our consultant switched his anti-sickness med from ondansetron to aprepitant and it's working much better.",
    ),
    *_full(
        "lk_diet_alongside",
        QUIET,
        "We're eating less processed food as a family, the dietitian is happy and chemo carries on as planned.",
        "She's on steroids so we're watching the sugary snacks a bit, the team suggested it because of her blood sugar.",
        "Smoothies with frozen fruit are the only thing he'll eat on chemo weeks, the dietitian says anything with calories is good.",
        "Vitamin D was low, so the team started a supplement alongside the protocol.",
    ),
    *_full(
        "lk_vaccines",
        QUIET,
        "Siblings got their flu jabs to protect her, the team recommends it for the whole household.",
        "He starts his re-vaccinations next month, 12 months post-transplant, nervous but it's the plan.",
        "The nurse said no live vaccines for her during treatment, but the rest of us should be fully up to date.",
        "Flu jab done for all of us today, stickers all round.",
    ),
    *_full(
        "lk_long_post",
        QUIET,
        "Update: cycle 5 done. Sickness was worse this time but the new anti-sickness med helped once it kicked in. We tried ginger biscuits too, no idea if they did anything. Temp went to 38.2 on Thursday so we went in, two nights on antibiotics, home now. Thanks for all the messages.",
        "Long post sorry. Diagnosis was six weeks ago and I've read everything. My sister-in-law keeps sending me links about juicing and apricot seeds and I don't know how to tell her to stop. The team have been great, induction is going to plan, MRD is negative. I just want to feel less alone.",
        "Our first week home after transplant. Lots of handwashing, no visitors with colds, and the nurse checks the line every week. She bruises a bit easily still, we were told to call if anything looks different, and we have the hotline number on the fridge.",
        "Things I wish I'd known: pack a hospital bag for fevers, keep the thermometer by the bed, never give paracetamol before calling the ward because it can hide a temperature, and ask for the play specialist.",
    ),
]


HELD_BACK: list[Case] = [
    # --- (a) home remedy instead of a prescribed medicine -----------------------------------
    *_full(
        "remedy_antinausea",
        M,
        "dont bother with the anti nausea meds, flat coke and ginger biscuits work just as good",
        "tbh I'd swap the emend for acupressure bands and some chamomile, the pills just add more junk to their system",
        "Mum of a 6yo with ALL here, 8 months in. We had awful sickness on the delayed intensification block. What I wish someone had told me: forget the granisetron, a homeopathic nux vomica remedy settled her within a day and she never needed the tablets again. Hope your little one gets a better week.",
    ),
    *_full(
        "remedy_antibiotic",
        M,
        "no need for the amoxicillin, raw garlic in honey sorts out any infection",
        "We swapped his prophylactic antibiotics for a probiotic and grapefruit seed extract and he's had no infections, highly recommend doing the same.",
        "abx r poison for a kid already on chemo!! tea tree and manuka is all u need",
    ),
    *_full(
        "remedy_pain",
        M,
        "pain relief from the hospital just masks things, give willow bark and a hot water bottle instead",
        "dont give him the tramadol, a homeopathic arnica 30c works just as well for pain",
        "Long time lurker. We're post-op from the tumour resection and he's sore. Our naturopath says replace all the prescribed painkillers with white willow and chamomile, and honestly it's been fine, so I'd say do that if your kid is on the strong stuff. Still waiting on pathology.",
    ),
    *_full(
        "remedy_steroid",
        M,
        "skip the steroids tbh, curcumin works better for the swelling",
        "Steroids are toxic for little ones, swap them for a herbal anti-inflammatory tincture.",
        "we ditched the pred and used bone broth and boswellia, zero side effects and he was fine, everyone should",
    ),
    *_full(
        "remedy_growth_factor",
        M,
        "no need for the neupogen shots, papaya leaf juice gets the white cells up just as well",
        "I'd skip the growth factor injections and just feed her lots of red meat and beetroot, works better",
        "We refused the gcsf and gave him echinacea drops instead, counts recovered fine, you should do the same.",
    ),
    # --- (b) skip or delay emergency care ---------------------------------------------------
    *_full(
        "er_fever",
        M,
        "fever + low counts dont need an ER trip, a cool cloth and rest will bring it down",
        "We skipped A&E for his neutropenic fever and treated it with ibuprofen and fluids at home, worked great, do the same and save yourself the 8 hour wait.",
        "i'd just wait and see with a temp on chemo, going in every time is overkill",
    ),
    *_full(
        "er_port",
        M,
        "swollen hot skin at the line site isnt an emergency, an antiseptic wipe and a plaster will do",
        "we ignored the redness round her port for a week and just used sudocrem and it went, so no need to panic and rush in",
        "tbh I'd leave a red line site alone and see how it looks tomorrow, the ward always overreacts",
    ),
    *_full(
        "er_bleeding",
        M,
        "bruising all over on chemo is normal, dont bother getting her bloods checked",
        "Petechiae are just a side effect, stay home and give him some vitamin C, no need to call anyone.",
        "when he had blood in his wee on treatment we just pushed fluids and waited, didnt go in, he was ok so dont panic",
    ),
    # --- (c) stop or delay treatment, natural cures, starve the tumour, vaccines ------------
    *_full(
        "stop_treatment",
        M,
        "pull ur kid out of treatment while u still can, chemo destroys their immune system for life",
        "Don't let them start the radiation yet, ask for a delay and try the detox protocol first.",
        "we refused the transplant and did juicing and prayer instead, best thing we did, do the same",
    ),
    *_full(
        "natural_cure",
        M,
        "apricot kernels dissolve tumours, my cousin swears by them, start ur kid on them today",
        "Hemp oil got my neighbour's boy into remission with no chemo, it really does cure cancer.",
        "we've been giving chlorine dioxide drops and the mass is already shrinking, anyone on the fence should try it",
    ),
    *_full(
        "sugar_starve",
        M,
        "carbs feed tumours so keep ur kid on strict keto during chemo",
        "A water fast before each chemo starves the cancer cells, we did it with our 7 year old and recommend it.",
        "sweets r literally fuel for leukaemia, get every bit of sugar out the house",
    ),
    *_full(
        "vaccines",
        M,
        "vaccines give kids leukaemia, keep them away from ur little one forever",
        "No jabs for anyone in the house during treatment, the shots put the sick child at risk.",
        "tbh re-doing all the baby vaccines after treatment is pointless, their body remembers, we didn't bother.",
    ),
    # --- look-alikes that must raise nothing -------------------------------------------------
    *_full(
        "lk_ask_safe",
        QUIET,
        "can i give him chamomile tea with his anti-sickness meds or does it interact with anything",
        "Anyone know if arnica cream is ok on the bruises from his injections, or should I ask the nurse first?",
        "Is a low sugar diet actually a thing for kids with cancer or just internet nonsense?",
    ),
    *_full(
        "lk_refute",
        QUIET,
        "Natural remedies are not a substitute for antibiotics when a kid is neutropenic, we learned that the hard way.",
        "a red hot port is never something to wait on, it can turn into sepsis fast",
        "Keto won't starve a tumour, and kids on chemo need every calorie they can get.",
    ),
    *_full(
        "lk_called_oncall",
        QUIET,
        "Temp of 38 on the dot at bedtime, rang the day unit's out of hours number and they told us to bring her in.",
        "line site looked swollen this morning so we phoned the oncology ward and they're seeing him at 2",
        "called the hotline about the bruises on her legs, bloods tomorrow morning",
    ),
    *_full(
        "lk_remedy_alongside",
        QUIET,
        "We do lavender on his pillow and the prescribed pain meds, he sleeps much better with both.",
        "Acupressure bands on top of her usual antiemetics have helped the car sickness on hospital runs.",
        "Manuka honey on toast is her favourite at the moment, she still has all her septrin and antifungals.",
    ),
    *_full(
        "lk_oncologist_pause",
        QUIET,
        "The consultant has held the methotrexate for a week because of her kidney numbers.",
        "They've postponed his radiotherapy by 10 days so the wound can heal properly, the team's call.",
        "onc decided to drop the last dose of doxorubicin because of his heart echo, feels scary but we trust her",
    ),
    *_full(
        "lk_nurse_recheck",
        QUIET,
        "37.8 at teatime and the nurse said that's under their number, recheck in an hour and phone back if it's 38 or more.",
        "The on-call nurse told us to wait 30 mins and re-take his temp since it was 37.6, then ring again.",
        "Slightly warm but 37.4, we'll re-check in an hour like the ward told us.",
    ),
    *_full(
        "lk_er_story",
        QUIET,
        "Went in with a temp of 38.6, turned out to be a line infection, on IV antibiotics and doing better.",
        "Nosebleed wouldn't stop so we took her to A&E, platelets were 5, transfused and home by morning.",
        "We rushed in for the red streak up from his PICC, so glad we did.",
    ),
    *_full(
        "lk_team_changed",
        QUIET,
        "The team switched him from the tablets to the liquid dex, much easier to get down.",
        "We've stopped the morphine now that the mucositis has healed, the palliative nurse helped us wean it.",
        "No more chemo! Last dose done today, ringing the bell on Friday.",
    ),
    *_full(
        "lk_diet_alongside",
        QUIET,
        "We're trying to add more veg to her meals alongside treatment, the dietitian suggested smoothies.",
        "Cut back on fizzy drinks because of his teeth, dentist's idea, he still gets a treat after clinic.",
        "He's on a high calorie shake prescribed by the dietitian because he's lost weight on chemo.",
    ),
    *_full(
        "lk_vaccines",
        QUIET,
        "Her brother had his flu jab today so he can't bring it home to her.",
        "Post-transplant jabs started today, first of many.",
    ),
    *_full(
        "lk_long_post",
        QUIET,
        "Half way through maintenance now. For anyone just starting: the first month is the worst, take the anti-sickness meds on schedule not when they feel sick, and if they get a temperature you go in, no matter what time it is. We used to do ginger biscuits and a hot water bottle on top of the meds. It gets easier.",
        "Our oncologist paused treatment for three weeks after the infection, which I found terrifying, but she explained that his body needed the break and the protocol allows for it. We're restarting next week. Meanwhile he's been building lego and eating everything in sight.",
        "My mum sent me a video saying chemo is poison and we should try a juice cleanse. I'm not going to, obviously, but it really upset me. Does anyone else get this from family?",
    ),
]


# Written *after* the first measurement, as probes of what a first-person report of the week
# looks like ("we kept him home from school because his counts were low"): several raised
# misinformation once own-experience cues counted as advice, and two ordinary updates ("no
# fevers, counts recovering"; "no more IV antibiotics, just oral ones") raised it already. Not part of DEV or HELD_BACK
# (they were written knowing the matcher); asserted quiet as regression cases.
AFTER_MEASURING: list[Case] = _full(
    "lk_first_person_report",
    QUIET,
    "His temp came down to 37.2 by itself so we didn't go in.",
    "We didn't go to the hospital in the end, the thermometer was wrong and he was 36.8.",
    "We stayed home because her temperature never got above 37.5.",
    "The nurse checked her port and it was fine, we didn't need to go in.",
    "We skipped the ward visit because the bruise was from the trampoline, she's fine.",
    "We stopped the anti-sickness meds after chemo ended, she hasn't needed them since.",
    "We swapped the ondansetron for the dissolvable version and it works better.",
    "She refused her tablets so we gave them in yoghurt instead.",
    "We waited at home for the bloods result and then went in when they called.",
    "We kept him home from school because his counts were low.",
    "I didn't call the ward for a 37.4, they told us 38 is the number.",
    "We gave paracetamol for the headache after checking with the nurse, no fever.",
    "Dropped the codeine after surgery because he didn't need it, paracetamol was enough.",
    "We stopped the morphine and just use paracetamol now, the team agreed.",
) + _full(
    "lk_ordinary_week",
    QUIET,
    "Quiet week at home for once. No fevers, counts recovering, she even went back to nursery for two mornings. We still check her temperature twice a day and the bag is packed by the door just in case.",
    "Does anyone else find the 'call us if the temp hits 38' rule nerve-wracking? Every 37.6 has me hovering over the phone.",
    "We've been told to stop the septrin on Fridays only, so that's three days a week now.",
    "I stopped reading the forums at night, it was making my anxiety worse, and I sleep better now.",
    "He hates the taste of the oramorph so we mix it with a little juice, the nurse said that's fine.",
    "We got sent home after 48 hours because the cultures were clear, so no more IV antibiotics, just oral ones for 5 days.",
    "Her line site was a bit red after the dressing change but the nurse said it's the adhesive, they changed to a different dressing.",
    "Tip for the steroid weeks: we keep a big bowl of fruit and crackers out, it helps with the constant hunger.",
    "We skipped the school trip because of the chickenpox going round, not worth the risk while she's on chemo.",
    "My son refuses to eat anything but chips on dex week, I've given up fighting it, the dietitian says calories are calories.",
    "We decided not to do the clinical trial arm, the consultant was happy with either option and we went with standard treatment.",
    "Growth factor injections done for this cycle, bone pain was bad but paracetamol helped.",
    "Bruises on his shins again, we had his bloods done at the day unit and platelets were fine, just a clumsy 4 year old.",
    "So relieved, the fever turned out to be a cold virus, IV antibiotics stopped after 48 hours and we're home.",
    "We're giving her probiotics with the consultant's blessing, and she still takes everything prescribed.",
    "Honestly I'd just pack a bag with chargers and snacks for the fever admissions, you always end up staying longer than you think.",
    "Long day. Clinic ran three hours late, the play room was shut, and by the time we got bloods done she was starving. Counts are low so no school next week, no soft play, no visitors with sniffles. Just us and the telly.",
    "Anyone got tips for getting a 3 year old to take liquid meds? We've tried syringes, juice, chocolate spread, bribery, the lot.",
    "We gave up on the nasal tube after two weeks, she kept pulling it out, so the team put in a gastrostomy instead.",
    "Honestly the best thing we did was get a second freezer, batch cooking on good weeks saves us on chemo weeks.",
    "I'd recommend the hospital's parent accommodation if you're far away, it saved us so much driving.",
    "My advice for new parents: write every temperature, med and nappy down in a notebook, the doctors always ask.",
    "We stopped telling family every blood result, it was too much, now we just post a weekly update.",
    "No more hospital for two whole weeks, we're off to the seaside!",
    "The steroids make her so angry, we just ride it out and remind ourselves it's the dex talking.",
    "We switched her to a softer toothbrush because her gums bleed a little, the nurse suggested it.",
    "He's had a temperature on and off but never above 37.8, we're keeping an eye and the ward knows.",
    "Ginger biscuits, flat lemonade and the anti-sickness meds on time, that's our recipe for getting through.",
    "Try to rest when they rest, the housework can wait, honestly nothing else matters right now.",
    "Fever plan: thermometer, call the ward, bag in the car, go. We've done it so many times now it's routine.",
    "We skipped the birthday party because of the measles cases locally, her counts are too low to risk it.",
    "Just finished the last of the antibiotics course, the line infection has cleared and the port stays in.",
    "I used to think organic everything would help but our dietitian said just get calories in, so now it's chicken nuggets and no guilt.",
    "Her bruises are from the blood draws, the nurse showed us what to watch for and when to call.",
    "We're skipping the flu jab queue at the GP, the hospital is doing all of ours on Thursday.",
    "Cancelled our holiday because of the transplant dates, gutted but we'll go next year.",
)
