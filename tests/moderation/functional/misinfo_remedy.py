# ruff: noqa: E501
"""A home remedy in place of a prescribed medicine: claims and look-alikes, written blind.

Two helpers, each blind to the detector and to the other's set (no code, tests or data read,
no real posts consulted), wrote in December 2026 one set each in parents' and patients' voices:
claims by the medicine replaced (anti-sickness, antibiotics and antifungals, pain relief,
steroids, growth-factor and other injections, mouth and gut care, a general swap) in six
registers (short advice, text-speak, own experience endorsed, a reply to another parent's
question, a long post with the advice in the middle, a hedged "does the same job"); and
look-alikes (a remedy alongside the medicine, asked of the team, refuted, the team's own
change, comfort care, a cautionary tale, a child who refuses a form, an adult's own choice made
with the team).

``DEV`` was measured and the classes of its misses mended (medicine names read as their BNF
class, neighbouring sentences read as one in short messages, a remedy used alongside, a
cautionary tale, "won't do what X does"); ``HELD_BACK`` was written first and is only counted
(``scripts/moderation_functional.py --misinfo`` prints its rates, never its texts).
"""

from __future__ import annotations

from .support import QUIET, Case

M = "misinformation"

DEV: list[Case] = [
    Case(
        "antiemetic",
        "Bin the ondansetron and give fresh ginger tea half an hour before chemo instead. Works better and no constipation.",
        M,
    ),
    Case(
        "antiemetic",
        "we dont bother with the zofran anymore just ginger chews n peppermint oil on his pillow u honestly dont need the anti sickness drugs",
        M,
    ),
    Case(
        "antiemetic",
        "When my daughter was in induction I stopped giving her the cyclizine and put her in acupressure bands with ginger biscuits instead. She hasn't needed it since. I'd tell every parent here to try the bands in place of the meds first.",
        M,
    ),
    Case(
        "antiemetic",
        '"Anyone know what helps with the sickness? The nausea meds make him so sleepy" - just skip the levomepromazine altogether and give him chamomile and peppermint tea. Sleepiness gone and the tea settles the tummy just as well.',
        M,
    ),
    Case(
        "antiemetic",
        "Update on Alfie: cycle 4 done and we're home again, counts are low but he's nibbling toast. His sister's birthday is Saturday so we're trying to keep things normal for her. Big thing I wanted to share - we've stopped the ondansetron and the aprepitant completely and he's just on ginger root tea and sea bands now, and honestly he's been sick less than when he was on them. If your little one is struggling with the anti-sickness meds, drop them and try this, it's so much kinder on their bodies. Clinic is Thursday, fingers crossed his neuts are up. Thank you all for the messages last week, they kept me going.",
        M,
    ),
    Case(
        "antiemetic",
        "The anti-sickness stuff they send you home with is overkill imo. A bit of flat ginger ale and Sea-Bands does the same job without all the chemicals.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Stop the Septrin and give a crushed raw garlic clove in honey plus 2 drops of oregano oil daily. Natural antibiotic, no bone marrow suppression.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "posaconazole is wrecking his liver numbers so we swapped to coconut oil n caprylic acid for the fungal cover way gentler u should all try it",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Our consultant put Mia on co-amoxiclav for a chest infection but I gave her colloidal silver instead, a teaspoon three times a day, and it cleared in four days. I swear by it now and recommend it to anyone whose kid gets handed antibiotics.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Re your question about whether there's anything natural instead of the nystatin drops - yes! Live probiotic yoghurt on the tongue and a couple of drops of diluted tea tree, we ditched the nystatin weeks ago and never looked back.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Quick update from us. Maddie finished block 2 of maintenance and her hair is coming back in curls which we're loving. School have been brilliant about the phased return. On the medicine front, we decided to stop the co-trimoxazole and the daily penicillin V - she's on elderberry syrup, vitamin C and a spoon of raw garlic honey every morning instead and hasn't had so much as a sniffle. I really think more of you should try it rather than filling them full of antibiotics for months. Next LP is in three weeks. Hope everyone's having a calm week.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Honestly the prophylactic antibiotics and antifungals are there to cover the hospital, not your kid. Manuka honey and oregano oil do the same job and you're not wrecking their gut flora.",
        M,
    ),
    Case(
        "pain_relief",
        "Skip the Oramorph. Rub arnica gel into his legs and give CBD oil drops under the tongue - far safer than opioids for a 6 year old.",
        M,
    ),
    Case(
        "pain_relief",
        "dont give the oxycodone its addictive af, turmeric milk n cbd gummies sorted my daughters bone pain no problem",
        M,
    ),
    Case(
        "pain_relief",
        "We replaced the paracetamol the ward prescribed with white willow bark tea and a warm castor oil pack. My son's aches are so much better and I'm not pumping him full of chemicals. Honestly give it a go, mums.",
        M,
    ),
    Case(
        "pain_relief",
        "\"He's on a morphine drip for mucositis and I hate it, anyone else?\" Same here, we asked them to take him off and used frozen pineapple chunks and clove oil on the gums instead. You don't need the morphine, trust me.",
        M,
    ),
    Case(
        "pain_relief",
        "Three months post-surgery and I'm finally back at work part-time, which feels huge. The wound has healed nicely and my surgeon is pleased. I stopped the tramadol and oxycodone they discharged me with after the first week and went fully over to high-dose turmeric, CBD oil and homeopathic arnica, and my pain has been totally manageable. Anyone being sent home on opioids, honestly, don't take them - the natural route does the job without the constipation and fog. My partner and I are off to the coast next month for a few days. So grateful for this group.",
        M,
    ),
    Case(
        "pain_relief",
        "Morphine is just what they hand everyone by default. A warm bath with magnesium flakes and some arnica cream does the same job for post-op pain, you don't really need the bottle they give you.",
        M,
    ),
    Case(
        "steroid",
        "Wean him off the dex yourself and give turmeric and ashwagandha instead - same anti-inflammatory effect without the roid rage.",
        M,
    ),
    Case(
        "steroid",
        "we stoppd the pred halfway thru the course cos of the moods n use fish oil n curcumin now does exactly the same thing",
        M,
    ),
    Case(
        "steroid",
        "My son was put on dexamethasone for the swelling around his tumour and it turned him into a different boy. We switched him to boswellia (frankincense) capsules instead and he's himself again. Any parent with a brain tumour kiddo on dex, look into boswellia, it's the natural version.",
        M,
    ),
    Case(
        "steroid",
        "You asked how we all cope with dex week - we don't do dex anymore! Swapped it for frankincense oil and high dose vitamin C, his mood is back and his counts are fine. Just leave it out, honestly.",
        M,
    ),
    Case(
        "steroid",
        "We're 8 months into maintenance now and it's starting to feel like a routine. Oliver's back at football on Saturday mornings, just no tackles near his port. The dex pulses every four weeks were always the worst part, so this time round we just didn't start them. He has turmeric paste, fish oil and reishi powder in his smoothie and he's been a different child, calm and sleeping through. I'd really encourage anyone dreading dex week to do the same. Bloods on Monday, will update.",
        M,
    ),
    Case(
        "steroid",
        "Steroids in maintenance are mostly belt and braces if you ask me. Curcumin and omega-3 give you the same anti-inflammatory cover without wrecking their sleep, so I wouldn't stress about skipping the pred.",
        M,
    ),
    Case(
        "growth_factor_or_injections",
        "Don't bother with the G-CSF jabs. Beetroot juice and bone broth every day bring the neutrophils up naturally.",
        M,
    ),
    Case(
        "growth_factor_or_injections",
        "filgrastim made her bones ache so bad we stopped it n did turkey tail mushroom powder instead counts came up fine u dont need the injections",
        M,
    ),
    Case(
        "growth_factor_or_injections",
        "After his DVT they sent us home with Clexane injections twice a day. I hated doing them so we stopped and gave him nattokinase and extra garlic instead, which thin the blood naturally. No more bruising and he's fine. I'd tell any family doing the injections to try this.",
        M,
    ),
    Case(
        "growth_factor_or_injections",
        "Someone asked if anyone else struggles doing the enoxaparin injections at home - we gave up on them and use turmeric plus ginkgo, thins the blood the natural way and no more tears every evening.",
        M,
    ),
    Case(
        "growth_factor_or_injections",
        "Round 3 of ICE done and we're home for a few days. The hospital school sent a lovely care package and Ruby's been making friendship bracelets for all the nurses. They sent us home with the Neulasta injection again but we've not given it - after last time's bone pain we're using astragalus tincture, beetroot juice and bone broth to boost her counts naturally instead. If you've got a child screaming with GCSF pain, I'd genuinely say skip the jab and do this. Her next count is Wednesday. Sending love to everyone on the ward this week.",
        M,
    ),
    Case(
        "growth_factor_or_injections",
        "The GCSF injections are a bit of a money-maker really. Astragalus and medicinal mushrooms do the same thing for white cells, so I wouldn't put your kid through the needles.",
        M,
    ),
    Case(
        "mouth_care",
        "Ditch the chlorhexidine mouthwash. Swish coconut oil for ten minutes every morning instead - kills the bugs without the burning.",
        M,
    ),
    Case(
        "mouth_care",
        "caphosol is pointless just do salt water n honey no need for the prescribed mouthwash at all",
        M,
    ),
    Case(
        "mouth_care",
        "We stopped the Difflam spray and the nystatin and used pure aloe vera gel on her gums and tongue instead. Her mouth healed faster than any block before. I'd recommend everyone try aloe rather than the prescribed stuff.",
        M,
    ),
    Case(
        "mouth_care",
        "\"What do you use for mouth ulcers, the mouthwash they gave us really stings\" - just rub manuka honey on the sores and don't bother with the mouthwash. Our nurse never even noticed we'd stopped.",
        M,
    ),
    Case(
        "mouth_care",
        "Home after a long admission - 19 days in the end - and the dog nearly knocked Sam over when we walked in. He's still on NG feeds but managing small sips of water. Mouth has been the big battle this block. We've now stopped the chlorhexidine and the Caphosol they prescribed and do coconut oil pulling morning and night with a honey and turmeric paste on the sores, and it's made a massive difference. Anyone with a kid in mucositis hell, save yourself the fight with the mouthwash and do this instead. Clinic Friday then hopefully a few weeks of normal.",
        M,
    ),
    Case(
        "mouth_care",
        "The special mouthwashes are just expensive salt water if you ask me. A pinch of salt and bicarb in warm water does exactly the same job, so I stopped picking up the prescription.",
        M,
    ),
    Case(
        "gut_care",
        "Stop the Movicol, it's basically plastic. Prune juice and a spoon of ground flaxseed every morning instead.",
        M,
    ),
    Case(
        "gut_care",
        "lactulose made him so bloated so we binned it n just do kiwis n prune juice now even on vincristine weeks dont need the laxatives",
        M,
    ),
    Case(
        "gut_care",
        "My daughter was on omeprazole for reflux during chemo and I took her off it and gave slippery elm and aloe juice instead. Her tummy has never been better. If your child is on a PPI, honestly try slippery elm first instead.",
        M,
    ),
    Case(
        "gut_care",
        "You asked if anyone else's kid is on loperamide for the diarrhea after immunotherapy - we stopped it and give probiotic capsules, kefir and carob powder in her milk. Much better than blocking them up with drugs.",
        M,
    ),
    Case(
        "gut_care",
        "Catching up after a mad fortnight. Lily's port had to be replaced but it went smoothly and she was back to her Lego within a day. Vincristine week always does a number on her bowels and the team sent us home with senna and Movicol again. We've not given either - I do tummy massage, warm prune juice and a spoon of flaxseed in her porridge and that's been plenty. Honestly everyone should ditch the laxatives and go the food route, they're not needed. Her next vincristine is on the 14th. Hope the new families are settling in okay.",
        M,
    ),
    Case(
        "gut_care",
        "The laxatives they send you home with are overkill. A glass of prune juice and a couple of kiwis do the same job and you don't need to give the sachets at all.",
        M,
    ),
    Case(
        "general_swap",
        "Whatever they send you home with, swap it for the homeopathic version - arnica for pain, nux vomica for sickness, belladonna for fevers. Worked for us.",
        M,
    ),
    Case(
        "general_swap",
        "honestly we dont give any of the take home meds anymore just essential oils n clean eating her body knows how to heal itself",
        M,
    ),
    Case(
        "general_swap",
        "The team prescribed lorazepam for my daughter's scan anxiety and melatonin for sleep but I stopped both and gave valerian root and chamomile instead. She's calmer than she's been in months. I'd recommend every anxious parent do the same swap.",
        M,
    ),
    Case(
        "general_swap",
        '"Our bag of take-home meds is ridiculous, is all of it really necessary?" No, it isn\'t. We cut most of it and replaced it with vitamin C, elderberry and a mushroom complex. Kids do better without the chemical load.',
        M,
    ),
    Case(
        "general_swap",
        "Six weeks into radiotherapy for my son and we're counting down the last nine sessions. The radiographers are amazing with him and he gets to pick the music every day. His neck skin has gone red and they prescribed a hydrocortisone cream and special dressings, but we're not using either - pure aloe straight from the plant, coconut oil and calendula instead, plus lavender on his pillow in place of the melatonin they gave. I'd tell anyone going through radiotherapy to swap the prescribed creams for this, nature does it better. Last treatment is on the 3rd and he wants to ring the bell twice.",
        M,
    ),
    Case(
        "general_swap",
        "Most of the pharmacy bag is belt and braces for liability reasons. A good multivitamin, turmeric and some CBD cover the same ground, so don't feel you have to give all of it.",
        M,
    ),
    Case(
        "lk_remedy_alongside",
        "We give ginger biscuits alongside the ondansetron. Consultant said that's fine as long as he still gets every dose on time.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "Peppermint tea on top of her cyclizine seems to take the edge off a bit. Still giving the meds exactly on schedule though.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "Our CNS okayed Sea-Bands as an extra, so he wears them on chemo days and still has his ondansetron and dex before each dose.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "still doin the movicol every day but we added prunes n kiwi too, dietitian said thats a good idea",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "Using the aloe gel the radiographers suggested in addition to the cream they prescribed - not instead of it. They check her skin every week.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "We put a drop of lavender on his pillow at bedtime as well as the melatonin the team prescribed. Told the sleep nurse and she was happy with that.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Has anyone asked their oncologist about turmeric? I'd like to try it but I'm going to check with ours first because of the methotrexate.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Asked the pharmacist if we could give elderberry syrup during maintenance. She said no because of possible interactions, so we're not. Glad I asked.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Our nurse said coconut oil pulling is fine for him to try as long as we keep up the chlorhexidine mouthwash too.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "is it ok to give probiotics when they're neutropenic? going to ring the ward before we try anything",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Consultant said a firm no to CBD oil while he's on the trial drug, so that's that. Bit gutted but I'd rather know.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Quick one - would it ever be OK to swap the Septrin for something natural? Not changing anything until I've asked Dr Patel at clinic on Tuesday, just curious if anyone else has raised it.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Please don't stop the Septrin for garlic or oregano oil. PCP pneumonia is real and it's exactly what the Septrin is there to prevent.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Seeing a few 'colloidal silver instead of antibiotics' posts lately. It doesn't treat infections and it can turn skin permanently blue-grey. Please talk to your team before stopping anything.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Ginger is lovely but it is not a replacement for ondansetron on a highly emetogenic regimen. Use both if you like, just don't swap one for the other.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Honey instead of the prescribed mouthwash? Not while they're neutropenic - raw honey isn't sterile and it won't stop a fungal infection. Keep the mouthwash going.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Turmeric won't do what dex does for brain swelling, and stopping steroids suddenly can cause an adrenal crisis. Any taper has to be done with the team, not on your own.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "mushroom powders dont replace GCSF. if the counts dont come back you're looking at delayed chemo or sepsis. please keep doing the injections and ask the nurses about the bone pain instead",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "Consultant took him off the cyclizine this week as it was making him so drowsy. Just on ondansetron now.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "Posaconazole has been stopped now his counts have recovered - the team said he doesn't need it in maintenance.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "They've reduced the dex from 10 days to 5 because of the behaviour changes. Honestly so relieved.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "Pain team switched her from Oramorph to oxycodone liquid, she's much less itchy on it.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "Oncologist said we can stop the Clexane after three months as the scan shows the clot has gone. No more evening jabs!",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "doctor agreed to stop the lactulose because of the bloating and start movicol instead, fingers crossed this suits her better",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "A cold flannel on the back of his neck and a dark, quiet room helps on chemo days, along with his usual meds.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Hot water bottle and a gentle tummy rub for her cramps. She still has everything that's prescribed, this just helps her settle.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Ice lollies and ice chips all through the melphalan infusion - the nurses actually encourage it to protect the mouth.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Weighted blanket, audiobooks and a night light make the steroid nights a little less miserable for all of us.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Lip balm, a super soft toothbrush and lots of sips of water for her sore mouth. We still do the mouthwash four times a day like they said.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Numbing cream before the GCSF injection and a sticker chart - he actually looks forward to choosing the sticker now.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "Learned the hard way: I stopped the ondansetron for ginger because someone online said it worked. She vomited all night and we ended up admitted for fluids. Back on the meds and I'm begging you not to do what I did.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "We swapped the laxatives for prune juice on vincristine week and ended up in A&E with impaction and a very poorly boy. Movicol every single day now. Please don't skip it.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "I tried oregano oil instead of the Septrin for a month. When I admitted it at clinic the team were kind but explained what PCP does to kids on chemo. He's back on the Septrin and I feel sick thinking about what could have happened.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "Used coconut oil pulling instead of the nystatin and she got thrush that spread down her throat so she couldn't swallow. Nystatin back on and it cleared. Just use what they prescribe, honestly.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "I stopped my son's dex and gave turmeric because of the mood swings. Within two days he had crushing headaches and was vomiting, and we ended up blue-lighted in. Steroids restarted and the team now taper them properly. Never again.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "skipped the GCSF n did mushroom powder instead, ended up with neutropenic sepsis and 5 days in hospital. doing the injections now every time, please learn from us",
        QUIET,
    ),
    Case(
        "lk_child_refuses",
        "He spits out the ondansetron liquid every time. Asked the nurse and they're switching him to the melt-in-the-mouth version.",
        QUIET,
    ),
    Case(
        "lk_child_refuses",
        "She brings the Septrin back up within minutes of taking it. Ringing the ward tomorrow to ask if there's a tablet or a different way to give it.",
        QUIET,
    ),
    Case(
        "lk_child_refuses",
        "Our 3yo absolutely refuses the posaconazole suspension. The team are talking about whether an NG tube would be the best way to get it in.",
        QUIET,
    ),
    Case(
        "lk_child_refuses",
        "Dex tastes vile and he gags on it. CNS said we can crush the tablets into chocolate spread, or pharmacy can make up a different liquid.",
        QUIET,
    ),
    Case(
        "lk_child_refuses",
        "won't take the movicol at all, asked the team and they said try mixing it in squash, if not they'll prescribe a different laxative",
        QUIET,
    ),
    Case(
        "lk_child_refuses",
        "He screams at the sight of the Oramorph syringe. I've asked the pain team about a patch instead and we're waiting to hear back.",
        QUIET,
    ),
    Case(
        "lk_adult_own_choice_with_team",
        "Spoke to my oncologist and I've decided to stop the metoclopramide myself - the restlessness was worse than the nausea. She's happy for me to use ginger and call straight away if it gets bad. That's just what works for me.",
        QUIET,
    ),
    Case(
        "lk_adult_own_choice_with_team",
        "After talking it through with my GP and the palliative team I've cut my own oxycodone down and manage with paracetamol and a heat pad most days. Not saying it's right for anyone else.",
        QUIET,
    ),
    Case(
        "lk_adult_own_choice_with_team",
        "I told my consultant I didn't want to take the sleeping tablets, and she was fine with it. I'm trying chamomile and a wind-down routine for myself instead, and she'll check in at my next appointment.",
        QUIET,
    ),
    Case(
        "lk_adult_own_choice_with_team",
        "I'm 34 and on R-CHOP. Discussed it with my team and chose to decline the extra anti-sickness tablets for day 2 onwards, since I felt okay without them. They gave me the prescription to keep in the drawer just in case.",
        QUIET,
    ),
    Case(
        "lk_adult_own_choice_with_team",
        "My own choice after talking with my radiotherapy team: I'm using plain moisturiser rather than the steroid cream for now, as my skin hasn't broken. They're reviewing it weekly and will start the cream if it gets worse.",
        QUIET,
    ),
    Case(
        "lk_adult_own_choice_with_team",
        "Been on omeprazole for months. My oncologist and I agreed I'd stop it and see how I go - I'm eating smaller meals and sleeping propped up. Speaking only for myself here.",
        QUIET,
    ),
]

HELD_BACK: list[Case] = [
    Case("antiemetic", "just give her ginger instead of the zofran hun, works just as well", M),
    Case(
        "antiemetic",
        "omg dont bother wiv the ondansetron, peppermint tea n ginger chews sorted my lad rite out, ditch the anti sickness meds x",
        M,
    ),
    Case(
        "antiemetic",
        "We stopped the ondansetron after the first week and used acupressure bands and fresh ginger root instead. Best thing we ever did, no more constipation from the meds. Honestly try it.",
        M,
    ),
    Case(
        "antiemetic",
        "@Kerry re your question about the sickness meds - you don't need them. Skip the Zofran, put a drop of peppermint oil on his pillow and give him flat ginger ale. That's what our naturopath told us and it works.",
        M,
    ),
    Case(
        "antiemetic",
        "Update on Maisie: counts are recovering after round 3 and she's been back at nursery two mornings this week, which made her so happy. Consultant is pleased with the scan and we've got a break over half term. Side note for anyone struggling with the sickness - we've stopped giving the ondansetron and the cyclizine completely and just run lavender and peppermint oil in the diffuser, she's been fine, so give it a go. Anyway, her hair is starting to come back curly which nobody expected! Thanks for all the messages last month, this group keeps me going.",
        M,
    ),
    Case(
        "antiemetic",
        "honestly the anti-sickness stuff they send you home with is overkill, a few ginger biscuits and some fresh air does the same job without all the chemicals",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Skip the antibiotics, raw garlic and manuka honey clear an infection better and don't wreck their gut.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "u dont need the fluconazole for thrush hun, coconut oil n a few drops of oregano oil wrks way better, we stoppd ours after 2 days",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "When Ellie got a chest infection between cycles we didn't fill the amoxicillin prescription. We did garlic, colloidal silver and elderberry instead and she was over it in a week. Trust your instincts mamas, you don't have to accept every script they hand you.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Replying to the dad asking about the Septrin at weekends - we binned it months ago. Echinacea and vitamin C do the same job of keeping the bugs away, no need for more meds on top of chemo.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "Quick update from us. Jamie finished his radiotherapy block on Friday and got to ring the bell, which I filmed about fifty times. The taxi firm has been brilliant about the hospital runs and his school sent a massive card. He came home with nystatin and a course of antibiotics for a mouth infection, but we've put those in the cupboard and are doing homeopathic drops and a tea tree rinse instead - much gentler, I'd recommend it to anyone. Next scan is in six weeks so fingers crossed. Love to everyone waiting on results this week.",
        M,
    ),
    Case(
        "antibiotic_antifungal",
        "I'm not saying never take them, but the antibiotics they hand out for every little temperature are a bit much really. A good dose of oregano oil and some bone broth usually does the same thing without wiping out the good bacteria.",
        M,
    ),
    Case(
        "pain_relief",
        "Arnica and a turmeric paste instead of the oramorph, way safer for little ones",
        M,
    ),
    Case(
        "pain_relief",
        "dnt let them push morphine on ur kid!! cbd oil insted, my sis gives her boy it 4 his bone pain n he dont need the morph no more",
        M,
    ),
    Case(
        "pain_relief",
        "I stopped taking the oxycodone after my mastectomy and used CBD oil and a valerian and chamomile sleep tea instead. Slept better, no brain fog. Would recommend to anyone - seriously, ditch the opiates.",
        M,
    ),
    Case(
        "pain_relief",
        "To the mum who asked what to do about the jaw pain from vincristine - don't bother with the gabapentin they offered, clove oil rubbed on the gums and a cup of willow bark tea did it for us.",
        M,
    ),
    Case(
        "pain_relief",
        "Day 12 post transplant for Ollie. Engraftment hasn't happened yet but the nurses say that's normal and we're just waiting. He's watched every Harry Potter film twice and beaten me at Uno forty times. The mucositis has been rough and they put him on a morphine pump, but I've had them turn it off and I'm giving him a homeopathic pain remedy and chamomile instead - I'd really encourage others to do the same, the morphine just turns them into zombies. My mum is coming up on Saturday to give me a break. Thank you all for the card, it's stuck on his window.",
        M,
    ),
    Case(
        "pain_relief",
        "Between us, the oramorph on the discharge sheet is mostly there to cover the hospital. A warm Epsom salt bath and some arnica cream does just as much for the aches, we hardly touch the bottle now.",
        M,
    ),
    Case(
        "steroid_or_growth_factor",
        "No need for the GCSF jabs, medicinal mushrooms bring the neutrophils up naturally",
        M,
    ),
    Case(
        "steroid_or_growth_factor",
        "pls stop the dex its poison!! we swapped 2 ashwagandha n fish oil, same effect no mood swings x",
        M,
    ),
    Case(
        "steroid_or_growth_factor",
        "We refused the filgrastim injections after cycle 2 and gave turkey tail and reishi mushroom extract instead. Her neutrophils came back just the same. I tell every family on the ward about it now - you really don't need to put them through the needles.",
        M,
    ),
    Case(
        "steroid_or_growth_factor",
        "Re: the post asking how to cope with the prednisolone rages - just don't give it. We replaced it with turmeric and boswellia, both natural anti-inflammatories, and he's been a different child.",
        M,
    ),
    Case(
        "steroid_or_growth_factor",
        "It's been a mad few weeks. We moved house (don't recommend doing that mid-treatment!), Lily started reception, and her dad finally got his leave sorted. Clinic on Tuesday was fine, bloods okay-ish. Word of advice for anyone doing the dexamethasone pulses: we've dropped those and switched to high dose vitamin D and liquorice root, the consultant doesn't need to know and she's so much calmer. Anyway, first school photo attached, can you believe how grown up she looks.",
        M,
    ),
    Case(
        "steroid_or_growth_factor",
        "I get that the growth factor injections are 'standard', but I do wonder if they're needed at all - a few weeks of beetroot juice, spirulina and a decent multivitamin seems to do what the Neulasta does, just a bit slower.",
        M,
    ),
    Case(
        "mouth_gut_care",
        "Bin the chlorhexidine and the Difflam, a spoonful of live yoghurt held in the mouth heals the ulcers faster.",
        M,
    ),
    Case(
        "mouth_gut_care",
        "dont giv him the movicol its full of chemicals, prunes n kefir is all u need 4 the constipation, we stoppd ours ages ago",
        M,
    ),
    Case(
        "mouth_gut_care",
        "Honestly the best thing we did for Harry's mucositis was stop the prescribed mouthwash and do coconut oil pulling and aloe vera juice instead. Cleared up in days. Please try it before you use any more of the hospital stuff.",
        M,
    ),
    Case(
        "mouth_gut_care",
        "@Dani you asked about the lactulose and senna - we don't use them any more. Probiotics and a tablespoon of ground flaxseed do the same job, no need to even tell the nurses.",
        M,
    ),
    Case(
        "mouth_gut_care",
        "Cycle 4 done and dusted! Eating has been hit and miss but she's loving frozen grapes at the moment. Her brother has been amazing, reading to her every night. The nurse gave us Gelclair and a nystatin suspension for her mouth sores, but honestly just use manuka honey and salt water instead of the prescribed stuff, that's what we've switched to and it's so much kinder. Next admission is the 14th. Sending hugs to the new families who joined this week.",
        M,
    ),
    Case(
        "mouth_gut_care",
        "the laxatives they give you with the morphine are a bit heavy-handed tbh, a couple of kiwis and some kefir every day and you probably won't need the Movicol at all",
        M,
    ),
    Case(
        "general_swap",
        "Swap every med on the discharge list for its herbal version, their bodies know how to heal.",
        M,
    ),
    Case(
        "general_swap",
        "hun all them tablets r just masking symptoms, r naturopath gave us a herbal version of evry 1 n we stopped the lot, best decision evr x",
        M,
    ),
    Case(
        "general_swap",
        "Six months ago we cleared out the medicine box - anti-sickness, antibiotics, steroids, the lot - and went fully natural with herbs and homeopathy around the chemo. He's never been better. I really urge everyone to at least try it.",
        M,
    ),
    Case(
        "general_swap",
        "In answer to your question about whether you need all the supportive meds - no, you don't. Our homeopath matched a remedy to each one and we stopped the prescriptions. Happy to DM you her details.",
        M,
    ),
    Case(
        "general_swap",
        "Three months since diagnosis today, for those who've been following Freddie's story. He's put weight back on and the NG tube came out last week! We've had a couple of lovely days at the beach. Something I'd share with anyone overwhelmed by the medication chart: we've replaced most of the take-home meds with essential oils and Bach flower remedies and he's coping far better without them - do look into it. We still go in for the chemo days of course. Thanks to this group for getting me through the worst of it.",
        M,
    ),
    Case(
        "general_swap",
        "I'm just a mum, not a doctor, but I can't help thinking the mountain of pills is more for the hospital's peace of mind than the child's. Most of it has a gentler natural alternative if you look, and that's the route we've quietly taken.",
        M,
    ),
    Case(
        "lk_remedy_alongside",
        "We give ginger chews as well as the ondansetron - team said that's fine as long as she still has her meds on time.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "still doin the zofran every 8 hrs but the sea bands seem to help on top, nurse said no harm in them",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "Harry sniffs a bit of peppermint oil on a tissue when he feels queasy, but he still has his cyclizine and ondansetron. Our CNS knows and said whatever helps.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "I take the oxycodone exactly as prescribed and use a heat pad and lavender on my pillow too. The pain team are happy with that combo.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "She's on Movicol and we add prunes and lots of water as well - the oncology pharmacist said the diet stuff is a good addition but not a replacement.",
        QUIET,
    ),
    Case(
        "lk_remedy_alongside",
        "For anyone wondering: yes we use a bit of arnica cream on bruises, never on broken skin, and she still gets her paracetamol when she needs it. Ran it past the haem team first.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Has anyone asked their consultant about turmeric? Wondering whether it's OK alongside the chemo, going to ask at clinic on Thursday.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Asked the pharmacist whether we could swap the Septrin for something natural and she said absolutely not, it's there to prevent a really serious pneumonia. So that's that.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "q for the group - did ur team let u use CBD oil? gonna ask the palliative nurse tmrw before we try anything",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Update: I asked our oncologist about mushroom supplements instead of the G-CSF. She explained they can't replace the injections and some can interact with chemo, so we're sticking with the plan.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Is manuka honey safe for mouth sores when he's neutropenic? Don't want to give him anything without checking with the ward first.",
        QUIET,
    ),
    Case(
        "lk_asked_the_team",
        "Our CNS said ginger is fine as a snack but not to drop any anti-sickness doses without talking to them, so ginger biscuits it is, alongside the meds.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Please don't swap the antibiotics for honey and garlic. A temperature on chemo is an emergency - call the ward, every time.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Saw someone above say ditch the zofran for ginger. Please don't. Dehydration on chemo can land you back in hospital fast.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "pls dont stop the dex or any steroids without the team, stopping suddenly can be really dangerous, my nephew ended up in PICU",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "There's been a lot of 'natural alternatives' talk here lately. Mushrooms and vitamins do not replace G-CSF. Herbal teas do not replace morphine. Use them for comfort if your team agrees, but give the meds.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "Mod note: posts recommending stopping prescribed medicines in favour of remedies will be removed. Talk to your team before changing anything.",
        QUIET,
    ),
    Case(
        "lk_refuted",
        "I'm a nurse and a mum in this group. Colloidal silver and oregano oil are NOT substitutes for fluconazole or antibiotics in immunocompromised kids. Please keep giving what's prescribed.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "Consultant stopped the ondansetron because it was making him so constipated and switched him to levomepromazine instead.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "They've taken her off the oramorph now the mucositis has healed, just paracetamol as needed.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "docs swapped the nystatin for fluconazole coz the thrush wasnt shifting",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "Team decided she doesn't need the GCSF this cycle as her counts recovered on their own. Nice surprise!",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "We had a review and the oncologist said we can stop the Movicol and just keep an eye on things with diet and fluids. Felt odd stopping it but it was their call.",
        QUIET,
    ),
    Case(
        "lk_team_changed_medicine",
        "The consultant has put the dex on a taper because of the mood swings, and they've added omeprazole to protect his tummy.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Ice chips and a cold flannel on her forehead during the worst of the sickness, seems to calm her down.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "ginger biscuits r his fave snack atm lol, he eats about 10 a day",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "We've got a little comfort box for clinic days - lip balm, a soft blanket, his favourite teddy, and a peppermint tea for me!",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Warm bath and a hot water bottle on his tummy in the evening, then stories. Little routines help so much.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "Ice lollies are a godsend when her mouth is sore - the ward suggested them and she loves the orange ones.",
        QUIET,
    ),
    Case(
        "lk_comfort_measures",
        "I massage her feet with plain moisturiser at bedtime. Not medical at all, just nice for both of us.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "We tried ginger instead of the anti-sickness meds once. She vomited all night and ended up admitted for fluids. Never again - meds on the clock now.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "Learned the hard way: skipped the antibiotics for his temperature and gave echinacea. Sepsis within hours. He's OK now but we follow the prescription exactly.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "i stoppd my oxycodone 4 cbd oil after my op, pain went thru the roof n i couldnt sleep or move, back on the proper meds now n feel human again",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "A friend convinced me to swap the mouthwash for coconut oil. The ulcers got infected and he needed IV antifungals. Back to exactly what the nurses gave us.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "Confession: I stopped the Septrin for a few weeks thinking vitamin C would do. The consultant found out, explained about PCP pneumonia, and I felt sick. We're back on it and I'm so grateful nothing happened.",
        QUIET,
    ),
    Case(
        "lk_story_resolved",
        "Sharing this because I was once the parent posting about 'natural alternatives'. We stopped the GCSF and used mushroom powders, her neutrophils stayed at zero for weeks, and she caught an infection that meant 10 days on the ward. Our consultant didn't judge, just explained. We do it all by the book now.",
        QUIET,
    ),
]
