"""Misinformation functional tests: one function per kind of dangerous claim.

Kinds follow the claims catalogue (``moderation/claims/catalogue.py``): stop or delay
treatment, "natural" cures, vaccines during or after treatment, skipping emergency care
(fever, a red hot port site, bleeding during neutropenia or chemo), starving the tumour /
sugar feeds cancer, a home remedy instead of a prescribed medicine. Each is advice or an
assertion; its look-alikes (a question about the claim, a refutation, sound advice on the
same topic, a remedy used alongside treatment) must stay quiet.
"""

from __future__ import annotations

import pytest

from .support import QUIET, Case, cases, check, param_ids, params

M = "misinformation"

POSITIVE: list[Case] = [
    *cases(
        "stop_treatment",
        M,
        "Stop the chemo. Her body knows how to heal itself if you let it.",
        "honestly just quit the treatment, it's doing more harm than good",
        "Delay the radiation until you've done a proper detox first.",
        "You don't need surgery, the tumour will shrink on its own with the right diet.",
    ),
    *cases(
        "natural_cure",
        M,
        "Apricot seeds cured my cousin's cancer, get some for your son.",
        "high dose vitamin C IV cures leukemia, the doctors just won't tell you",
        "Cannabis oil shrinks tumours, we stopped everything else and used that.",
        "Turmeric kills cancer cells better than chemo does.",
    ),
    *cases(
        "vaccines",
        M,
        "Don't let them vaccinate her after the transplant, vaccines cause relapse.",
        "skip the revaccinations after treatment, her immunity will come back naturally",
        "Vaccines gave my nephew leukemia, keep them away from your kids.",
    ),
    *cases(
        "skip_emergency",
        M,
        "A fever during chemo is normal, just give Tylenol and wait until morning.",
        "no need to go to the ER for a fever when his counts are low, let him sleep it off",
        "Red hot skin around the port is nothing, put a warm compress on it and don't bother "
        "the oncology team.",
        "Nosebleeds that won't stop during chemo aren't an emergency, just stay home.",
        "Neutropenic fever? Don't rush to the hospital, a cool bath will bring it down.",
    ),
    *cases(
        "sugar_starve",
        M,
        "Cut all sugar out of his diet, sugar feeds the cancer.",
        "starve the tumour: no carbs at all and the cancer dies off",
        "Sugar is what makes tumours grow, so no fruit at all during treatment.",
    ),
    *cases(
        "remedy_instead",
        M,
        "Replace his anti-nausea meds with ginger tea, the pills are poison.",
        "Don't give the antibiotics, garlic and honey work better.",
        "Swap the prescribed steroids for a herbal tincture, much gentler.",
    ),
]

LOOKALIKE: list[Case] = [
    *cases(
        "question",
        QUIET,
        "Is it true that sugar feeds cancer?",
        "Does anyone know if vitamin C does anything for leukemia?",
        "Should we go to the ER for a fever of 38.2 during chemo?",
        "Has anyone tried cannabis oil for nausea alongside chemo?",
    ),
    *cases(
        "refutation",
        QUIET,
        "Sugar doesn't feed cancer, our dietitian explained it.",
        "There is no evidence that apricot seeds cure anything, and they can cause cyanide "
        "poisoning.",
        "Stopping chemo early for a 'natural cure' is how people die. Please don't.",
        "It's a myth that vaccines cause relapse.",
    ),
    *cases(
        "sound_advice",
        QUIET,
        "If she gets a fever over 38 during chemo, go to the ER right away.",
        "Call the oncology line straight away if the port site gets red or hot.",
        "Ask the oncologist before starting any supplement, some interact with chemo.",
        "Our team said to wait six months after transplant before the vaccines restart.",
        "Take all the antibiotics even if he feels better.",
        "Put the oncology emergency number on the fridge. A fever, a rash, a floppy kid: ring "
        "them first before A&E so they can tell the ward you're coming.",
        "Keep the day unit's number on the fridge and call the number straight away if his temp "
        "goes over 38, don't wait for the morning.",
    ),
    *cases(
        "alongside_treatment",
        QUIET,
        "Ginger tea helped with her nausea alongside the meds.",
        "We did a bit of aromatherapy during chemo, just to help him relax.",
        "A dietitian helped us cut back on junk food while he's on steroids.",
    ),
]


@pytest.mark.parametrize(("case", "mode"), params(POSITIVE), ids=param_ids(POSITIVE))
def test_claim_raises_misinformation(case: Case, mode: str) -> None:
    check(case, mode)


@pytest.mark.parametrize(("case", "mode"), params(LOOKALIKE), ids=param_ids(LOOKALIKE))
def test_lookalike_stays_quiet(case: Case, mode: str) -> None:
    check(case, mode)
