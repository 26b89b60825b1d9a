# ruff: noqa: E501 (one phrasing per line reads as a table)
"""The catalogue of dangerous medical claims, by kind, each with several phrasings.

Every phrasing is written for Hearth, in the words a parent might use, paraphrasing the myth
or the warning that the cited public page corrects (no text is copied from the sources). A
phrasing states the claim as advice or as an assertion: the matcher compares the *meaning*
of a message sentence with these, and separately checks that the sentence has the shape of
advice or assertion (not a question, not a refutation).

Sources:
- NCI, "Common Cancer Myths and Misconceptions":
  https://www.cancer.gov/about-cancer/causes-prevention/risk/myths
  (sugar makes cancer worse; herbal products cure cancer; hidden cures)
- NCI, "Complementary and Alternative Medicine":
  https://www.cancer.gov/about-cancer/treatment/cam
  and the PDQ summary on laetrile:
  https://www.cancer.gov/about-cancer/treatment/cam/patient/laetrile-pdq
- ACS, on the Gerson therapy, sodium bicarbonate ("cancer is a fungus") and other methods
  offered instead of treatment, in its complementary and alternative medicine pages (below).
- ACS, "Complementary and Integrative Medicine" (alternative methods used instead of
  treatment): https://www.cancer.org/cancer/managing-cancer/treatment-types/complementary-and-integrative-medicine.html
- NCI, "Infection and Neutropenia during Cancer Treatment" (fever, redness or warmth at a
  catheter site are emergencies): https://www.cancer.gov/about-cancer/treatment/side-effects/infection
- ACS, "Low White Blood Cell Counts (Neutropenia)":
  https://www.cancer.org/cancer/managing-cancer/side-effects/low-blood-counts/neutropenia.html
- NCI, "Bleeding and Bruising (Thrombocytopenia) and Cancer Treatment":
  https://www.cancer.gov/about-cancer/treatment/side-effects/bleeding-bruising
- NCI myths page, as above, also corrects: cancer is contagious; surgery or a biopsy (air
  reaching the tumour) makes cancer spread; antiperspirants, deodorants and cell phones
  cause cancer; an acidic diet causes cancer and an alkaline one cures it.
- ACS, "Cancer Facts & Fiction" / "Myths about cancer causes" (antiperspirants, cell phones,
  contagion): https://www.cancer.org/cancer/risk-prevention/understanding-cancer-risk.html
  and "Is cancer contagious?":
  https://www.cancer.org/cancer/understanding-cancer/is-cancer-contagious.html
- ACS, "Alkaline Diet" and "Sugar and cancer" nutrition pages (diet cannot change blood pH;
  children in treatment need their calories):
  https://www.cancer.org/cancer/survivorship/coping/nutrition.html
- Phrasings added in December 2026 restate the same pages' warnings per medicine class and
  per emergency sign, in the registers parents use (advice framed as one's own experience,
  hedged advice): growth-factor injections are given to bring the white count back (ACS
  neutropenia page, above); steroids, pain relief, antibiotics and anti-sickness medicines
  are prescribed for reasons a herb does not meet (NCI CAM, above); a red, hot or swollen
  line site, a fever with low counts and bleeding or new bruising are reasons to call the
  team (NCI infection and bleeding pages, above). Those added on 2026-12-06 restate the
  treatment and natural-cure myths in adult patients' forum register (one's own choice
  endorsed to others, distrust of the oncologist, a complementary method as a replacement).
- ACS, "Vaccinations and cancer" guidance on vaccines during and after treatment and
  re-vaccination after a stem cell transplant (ACS infection pages, as above).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClaimKind:
    """One kind of dangerous claim: its name, why it is dangerous, and its phrasings."""

    name: str
    danger: str
    phrasings: tuple[str, ...]


CATALOGUE: tuple[ClaimKind, ...] = (
    ClaimKind(
        "stop or delay treatment",
        "stopping or delaying proven treatment lowers the chance of cure (NCI CAM; ACS)",
        (
            "Stop the chemotherapy, the body can heal itself naturally.",
            "You should quit the treatment, it does more harm than good.",
            "Delay the radiation until you have tried a detox first.",
            "Your child does not need surgery, the tumour will go away on its own.",
            "Refuse the chemo and let the immune system fight the cancer.",
            "Skip the rest of the treatment protocol, it is poisoning your child.",
            "Chemotherapy is poison, stop it before it kills your kid.",
            "Take your child off chemo and treat the cancer naturally at home.",
            "We cancelled the last rounds of chemo, you should too, it is worse than the disease.",
            "Put off the treatment for a few months and see if diet alone clears it.",
            "Come off the chemo and let nature do the healing.",
            "The treatment is what is making your child ill, say no to more of it.",
            "Maintenance chemo is optional, drop it once the scans are clear.",
            "We pulled out of the protocol halfway and chose a natural path, other parents should do the same.",
            "Honestly I would postpone the next block and give the body a rest with a clean diet first.",
            "We are refusing the rest of the treatment and I would tell every parent to refuse it too.",
            "Walk away from the chemo, the protocol only serves the hospital's figures.",
            # adult patients' forum register (ACS, alternative methods used instead of treatment)
            "You don't need every cycle of chemo, stop it when you feel you've had enough.",
            "Come off the hormone therapy, five years of it does more harm than the cancer.",
            "Oncologists push treatment for the money, walk away and heal on your own terms.",
            "Don't let them rush you into surgery, the tumour can be treated naturally.",
        ),
    ),
    ClaimKind(
        "natural cure",
        "no herbal or 'natural' product has been shown to cure cancer (NCI myths; laetrile PDQ)",
        (
            "Apricot seeds cure cancer, give them to your son.",
            "High dose vitamin C cures leukemia and doctors hide it.",
            "Cannabis oil shrinks tumours better than any treatment.",
            "Turmeric kills cancer cells better than chemotherapy.",
            "This herbal tea cured my cousin's cancer, try it.",
            "Baking soda and alkaline water cure cancer naturally.",
            "Essential oils can make the tumour disappear.",
            "Frankincense oil got rid of the tumour, no chemo needed.",
            "Mistletoe extract beats leukemia, doctors won't tell you because it can't be sold.",
            "Juicing and herbs put my friend's cancer into remission without any treatment.",
            "The cure for cancer is a natural plant extract that the drug companies are hiding.",
            "This mushroom supplement clears cancer cells naturally, order it today.",
            "Laetrile cures cancer, it was banned only to protect the drug companies.",
            "Coffee enemas and raw juices cured her cancer, the Gerson diet works.",
            "Cancer is a fungus and bicarbonate of soda kills it.",
            "A plant powder beat her cancer after the doctors had given up, get some for your child.",
            "A relative went into remission on herbs and a raw diet with no hospital at all, try that first.",
            "Honestly I'd give a natural supplement, it made a child's tumour vanish completely.",
            # adult patients' forum register (NCI CAM; ACS alternative methods)
            "I'm treating my cancer with apricot kernels and vitamin infusions instead of chemo, it works.",
            "Use reiki and a positive mindset to replace the chemo, it works if you commit.",
            "Herbs and juicing healed a friend's cancer with no treatment at all, give them a real chance.",
            "Herbal black salve draws the tumour out, you don't need the surgery.",
        ),
    ),
    ClaimKind(
        "vaccines during treatment",
        "vaccines do not cause cancer or relapse; re-vaccination after a transplant protects "
        "the child (ACS infection guidance)",
        (
            "Don't let them vaccinate your child after the transplant, vaccines cause relapse.",
            "Skip the re-vaccinations after treatment, immunity comes back naturally.",
            "Vaccines cause leukemia, keep them away from your children.",
            "Never give a child with cancer any vaccine, the shots make cancer come back.",
            "The jabs are dangerous for kids in treatment, refuse them for the whole family.",
            "No one at home should get vaccinated during chemo, the shots endanger the child.",
            "After chemo the immune system recovers by itself, the booster shots are not needed.",
            "We skipped all the vaccines after treatment and she is fine, don't bother with them either.",
            "Redoing the childhood jabs after a transplant is pointless, the body remembers, skip them.",
            "Honestly I'd refuse the vaccinations, the shots are what made our child ill.",
        ),
    ),
    ClaimKind(
        "skip emergency care",
        "a fever, a red hot catheter or port site, or bleeding that will not stop during "
        "chemotherapy or neutropenia is an emergency (NCI infection; ACS neutropenia; NCI "
        "bleeding)",
        (
            "A fever during chemo is normal, give paracetamol and wait until the morning.",
            "No need to go to the emergency room for a fever when his counts are low.",
            "Don't rush to the hospital with a neutropenic fever, a cool bath brings it down.",
            "Red hot skin around the port is nothing, put a warm compress on it and wait.",
            "Don't bother the oncology team about a swollen red line site, it will settle.",
            "Nosebleeds that won't stop during chemo are not an emergency, stay at home.",
            "Bleeding gums and new bruises on chemo are nothing, skip the ER.",
            "Let her sleep off the fever at home instead of going to the hospital.",
            "A fever with low counts is the immune system working, let it run its course at home.",
            "A fever on treatment is nothing to worry about, sponge her down and skip A&E.",
            "Redness and heat around the port just mean it is healing, leave it be.",
            "Petechiae and easy bruising on chemo fade by themselves, no need for a blood count.",
            "An infected-looking line site can be treated at home with antiseptic cream.",
            "A fever on treatment can be handled at home, the hospital is a last resort.",
            "When his counts were low and he had a fever we stayed home and waited till morning, you can too.",
            "Honestly I'd keep a child with a temperature on chemo at home, the hospital is overkill.",
            "A red swollen port site can be treated at home with a natural ointment, no need to call the team.",
            "We treated the hot red skin around the line ourselves instead of going in and it cleared up.",
            "Bruising and tiny red spots during treatment are nothing, skip the blood test and wait.",
            "We dealt with the bleeding at home instead of going to hospital and it was fine, do the same.",
        ),
    ),
    ClaimKind(
        "starve the tumour",
        "eating sugar does not make cancer grow faster and cutting it out does not shrink "
        "it; restrictive diets harm children in treatment (NCI myths)",
        (
            "Cut all sugar out of his diet, sugar feeds the cancer.",
            "Starve the tumour: no carbohydrates at all and the cancer dies.",
            "Sugar makes tumours grow, so no fruit during treatment.",
            "Put your child on a fasting diet to starve the cancer cells.",
            "A ketogenic diet will starve the cancer instead of chemo.",
            "Tumours use sugar as fuel, so a sugar-free diet shrinks them.",
            "Fruit juice and sweets speed up the cancer, keep them out of the house.",
            "Bread, pasta and rice feed the tumour, take them out of her meals.",
        ),
    ),
    ClaimKind(
        "home remedy instead of medicine",
        "replacing a prescribed medicine with a home remedy leaves the symptom or infection "
        "untreated; some herbs interfere with treatment (NCI myths; NCI CAM)",
        (
            "Replace the anti-nausea medicine with ginger tea, the pills are poison.",
            "Don't give the antibiotics, garlic and honey work better.",
            "Swap the prescribed steroids for a herbal tincture.",
            "Stop the prescribed medicine and use a homeopathic remedy instead.",
            "Throw away the pain medication, essential oils do the same job.",
            "Skip the prescribed cream for the rash, aloe vera heals it better.",
            "Stop the anti-sickness tablets and use acupressure bands instead.",
            "Give a herbal remedy for the infection instead of the medicine prescribed.",
            "Natural remedies are safer than the drugs the hospital prescribes, use them instead.",
            "Herbal supplements have no side effects, use them in place of the prescribed drugs.",
            "Put away the pharmacy pain relief and use arnica instead.",
            "Natural means safe, so treat the side effects with herbs and leave the medicines.",
            "Skip the growth factor injection, greens and beetroot bring the white count up naturally.",
            "We refused the growth factor injections and raised her counts with herbs instead, you should too.",
            "Don't bother with the steroid medicine, a natural anti-inflammatory does the same without the side effects.",
            "We stopped the steroid medicine and gave a herbal supplement instead, do the same.",
            "Stop the pain medication and rub on a natural oil for the pain instead.",
            "We gave up the prescribed pain medication for herbal remedies, so much better, try it.",
            "Honestly I'd give herbal drops for an infection instead of the antibiotics.",
            "We never gave the antibiotics they prescribed, natural remedies kept him well.",
            "Ditch the anti-sickness medicine, ginger and peppermint work just as well.",
            "We swapped the anti-sickness medicine for a natural remedy and it worked great, you should too.",
            # the other medicine classes sent home in treatment (BNF for Children chapters)
            "Stop the prescribed mouthwash and rinse with salt water and honey instead.",
            "Ditch the laxative medicine, prune juice and fruit do the same job.",
            "Swap the stomach acid medicine for a herbal remedy like slippery elm.",
            "Skip the blood thinner injections, a natural supplement thins the blood just as well.",
            "Stop the anxiety or sleep medicine and give herbal drops and chamomile tea instead.",
            "Most of the prescribed medicines are overkill, vitamins and herbs cover the same ground.",
        ),
    ),
    ClaimKind(
        "cancer is contagious",
        "cancer cannot be caught from another person; shunning a sick child isolates them "
        "(NCI myths; ACS 'Is cancer contagious?')",
        (
            "Cancer passes from one person to another like a cold.",
            "Children with cancer can give it to other kids, keep them apart.",
            "Don't share cups or hugs with a cancer patient, cancer spreads between people.",
            "My son got leukemia from playing with a kid who had it.",
        ),
    ),
    ClaimKind(
        "surgery or biopsy spreads cancer",
        "surgery or a biopsy does not make cancer spread, and air reaching a tumour does not "
        "either; refusing them delays diagnosis and treatment (NCI myths)",
        (
            "Exposing a tumour to the air during an operation makes it spread.",
            "A biopsy seeds cancer cells along its path, so avoid one.",
            "Operating on a tumour makes it grow back faster, refuse the operation.",
            "Cutting into cancer releases it into the blood, say no to surgery.",
        ),
    ),
    ClaimKind(
        "everyday products cause cancer",
        "antiperspirants, deodorants and cell phones have not been shown to cause cancer "
        "(NCI myths; ACS)",
        (
            "Antiperspirants cause cancer because they stop toxins leaving the body.",
            "The aluminium in deodorant is what causes cancer.",
            "Radiation from mobile phones and wifi causes cancer in children.",
            "Your kid got cancer from the phone he kept by his bed.",
        ),
    ),
    ClaimKind(
        "alkaline diet",
        "food cannot change the blood's pH; acidic food does not cause cancer and an "
        "alkaline diet does not cure it (NCI myths; ACS nutrition)",
        (
            "Alkaline water kills cancer cells.",
            "An acid body lets tumours form, raising its pH with food reverses cancer.",
            "An alkaline diet kills the tumour better than chemo.",
            "Eating alkaline foods changes the blood pH and stops the cancer.",
        ),
    ),
)
