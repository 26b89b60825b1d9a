"""Crisis rules: health questions about anyone, heights named in British English, and the
model gate on talk about the illness."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.base import NEAR, Signal
from moderation.rules.crisis import crisis_model_gate, detect_crisis, health_question


def top(text: str) -> float:
    return max((s.score for s in detect_crisis(normalize(text))), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Can you overdose on vitamin D?",
        "What happens if someone overdoses on paracetamol?",
        "is it possible to take all your tablets at once by mistake and be ok?",
    ],
)
def test_a_health_question_about_anyone_is_a_mention(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to overdose on my pills tonight.",
        "can i overdose on my morphine, i want this over",
        "gonna od on everything in the cupboard",
        "how do you overdose on insulin",  # asks for a method
    ],
)
def test_an_overdose_about_the_author_still_raises(text: str) -> None:
    assert top(text) >= 0.5


def test_health_question_needs_no_first_person() -> None:
    assert health_question("can you overdose on vitamin d?")
    assert not health_question("can i overdose on my morphine?")
    assert not health_question("how do you overdose on insulin")


@pytest.mark.parametrize(
    "text",
    [
        "If the scan is bad I'm going to jump off the multi-storey car park.",
        "thinking about jumping off the top of the tower block",
    ],
)
def test_jumping_from_heights_named_in_british_english(text: str) -> None:
    assert top(text) >= 0.5


def _gate(text: str, p: float, extra: list[Signal] | None = None) -> float:
    norm = normalize(text)
    return crisis_model_gate(norm, detect_crisis(norm) + (extra or []), p)[0]


def test_model_with_only_distress_about_the_illness_does_not_raise() -> None:
    assert _gate("I can't do this anymore. The chemo is wrecking me.", 0.9) < 0.5
    assert _gate("I hate my body since the mastectomy, I feel like giving up.", 0.9) < 0.5


def test_model_still_raises_with_a_sign_or_without_the_illness() -> None:
    assert _gate("Since the cancer came back I just want to die.", 0.9) >= 0.5
    assert _gate("I can't do this anymore, everything is pointless.", 0.9) >= 0.5
    sign = Signal("crisis", 0.7, "warning sign", 0, 5, "classifier")
    assert _gate("The chemo is wrecking me and I can't go on.", 0.9, [sign]) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I accidentally took two doses of my blood pressure medicine, did I overdose on it?",
        "I overdosed on my insulin by mistake last night, my sugar went to 2.5",
        "I think I may have overdosed on vitamin D, what symptoms should I watch for?",
    ],
)
def test_an_accidental_dose_is_a_mention(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I overdosed last year. It was not an accident.",
        "they said it was accidental but i overdosed on purpose",
        "i want to overdose on my pills by mistake so nobody blames me",
        "I overdosed on my antidepressants last night",
    ],
)
def test_a_denied_wished_or_plain_overdose_still_raises(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Spent last night reading up on which of my meds are deadly in large amounts.",
        "searched which tablets would stop my heart",
        "I keep checking how long it takes to drown.",
        "watched videos on how to tie a noose",
        "asked chatgpt which of her pills would be lethal",
    ],
)
def test_researching_what_is_lethal_is_a_method(text: str) -> None:
    # AFSP/988 "looking for a way: researching methods online", C-SSRS 3.
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I looked up which of his meds are dangerous if the dog gets into them.",
        "I googled how long it takes for the anti-sickness meds to kick in.",
        "Watched videos on how to flush her port line at home.",
        "I read about which cancers are the deadliest in kids and wish I hadn't.",
        "She told her teacher she wants to be a nurse when she grows up.",
    ],
)
def test_research_that_is_care_is_not(text: str) -> None:
    assert top(text) < 0.5


def test_a_child_telling_someone_else_they_want_to_die_raises() -> None:
    assert top("she told the nurse she wants to die and showed her the cuts") >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I hope I just don't wake up tomorrow.",
        "id rather not exist than keep feeling like this",
        "wouldn't mind if I didn't wake up",
        "I'd rather be dead than keep living like this.",
        "I wish I'd never been born.",
        "if I died in my sleep tonight I wouldn't be sad",
        "I'm tired of being alive.",
        "most mornings I lie there wishing I would not wake up at all",
        "I pray I don't wake up to another day of this.",
        "I'd rather not wake up to another morning like this",
        "honestly wouldn't mind not waking up",
        "i wouldnt mind dying tbh",
    ],
)
def test_a_wish_to_be_dead_raises(text: str) -> None:
    # C-SSRS item 1: "wished you were dead or wished you could go to sleep and not wake up".
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I hope I don't wake up the baby when I get up for her meds.",
        "I hope I don't wake up early again, the nurses come at 5.",
        "honestly id rather not wake up at 4am for obs every night",
        "I'm so tired of living out of a hospital bag.",
        "She wouldn't care if I didn't wake up, she'd just want breakfast lol",
        "I wish I'd never signed up for that trial.",
        "I hope I don't wake up to the alarm again, I need sleep.",
        "I pray I don't wake up to bad news from the ward.",
        "I hope I don't wake up to another day of this snow.",
        "I wouldn't mind not waking up at 5am for once.",
        "I wouldn't mind dying my hair pink for the fundraiser.",
    ],
)
def test_the_morning_and_the_chores_are_not_a_wish_to_be_dead(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I know how I would do it, I've worked it out.",
        "I've thought about how I'd do it, pills probably.",
        "sometimes on the motorway i think about just swerving into a lorry",
        "I've figured out the easiest way for me to go.",
    ],
)
def test_thoughts_with_a_method_raise(text: str) -> None:
    # C-SSRS item 3: "have you thought about how you might do this?"
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I know how I would do it differently if we had the diagnosis again.",
        "I've thought about how I'd do the fundraiser, a bake sale probably.",
        "I've figured out the easiest way to get to the new hospital.",
        "i keep picturing her ringing the bell at the end of treatment",
    ],
)
def test_planning_ordinary_things_is_not_a_method(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "feeling suicidal again :)))",
        "I can't stop the suicidal thoughts help me...",
        "listening to this on repeat to hopefully stave off these suicidal thoughts",
        "my suicidal thoughts are getting louder since the relapse",
        "been feeling really suicidal this week",
    ],
)
def test_suicidal_feelings_as_chat_tells_them_raise(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "If you're feeling suicidal please call 988.",
        "Anyone feeling suicidal should reach out to a crisis line.",
        "Feeling suicidal? You are not alone, text 988.",
        "I'm not feeling suicidal, just exhausted.",
    ],
)
def test_suicidal_feelings_of_anyone_or_denied_do_not(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "He told me he thinks about killing himself every day.",
        "she wrote in her diary that she wishes she was dead",
        "my daughter has been starving herself to punish herself since her brother got sick",
        "the psych nurse thinks she's been suicidal for weeks",
        "Found out today my 15 year old has been cutting her legs.",
        "she's burning her arms with a lighter",
        "He's been talking about not wanting to be here anymore.",
        "she keeps saying she doesn't want to live",
        "My son keeps saying he doesn't want to be here anymore.",
    ],
)
def test_a_child_reported_thinking_of_suicide_or_hurting_themself_raises(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "she was not suicidal, the psych team checked",
        "He's been so anxious since the diagnosis.",
        "The nurse is cutting her hair short before it falls out.",
        "she's been scratching her skin because of the chemo rash",
        "the radiotherapy is burning her skin",
    ],
)
def test_a_child_reported_safe_or_anxious_does_not(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "She keeps saying she doesn't want to be here, she wants to go home.",
        "He's been talking about not wanting to be here at the hospital anymore.",
        "he said he doesn't want to be here for another round of chemo",
        "My son keeps saying he doesn't want to be here anymore, he hates the ward.",
        "he says he doesn't want to be here, he wants his own bed and his dog",
        "I don't want to be here at the hospital another night.",
    ],
)
def test_not_wanting_to_be_at_the_hospital_is_not_a_wish_to_be_dead(text: str) -> None:
    """The rules read "be here" about the ward as a place; the model may still weigh it."""
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        # no reason to live, asked or told (988/AFSP)
        "What is the point of going on when every day is this?",
        "I honestly can't think of one reason to keep going.",
        "Nothing keeps me here anymore except habit.",
        # burden in other comparatives
        "Is it normal to feel like my family would be lighter without me dragging them down?",
        "They'd all be relieved if I disappeared.",
        "I feel like a dead weight on everyone.",
        # a plan with a date (C-SSRS 5)
        "I've picked a date after his last chemo. After that I'm done, for good.",
        # carbon monoxide means
        "Bought a hose for the car exhaust today. Nobody needs to know.",
        "got a bag of charcoal and tape for the bedroom window",
        # giving prized things to someone, with not being around (two weak signs together)
        "not gonna be around much longer. gave my rings to my sister.",
        "I gave my guitar and my watch to my brother. I won't be around for long.",
        # researching a lethal amount with the purpose left unsaid
        "been googling how many of his sleeping tablets it would take",
        "looked up how much morphine it would take.",
    ],
)
def test_no_reason_burden_date_and_means_in_other_words_raise(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "What's the point of going on with the chemo if it isn't working?",
        "What's the point of another round of chemo?",
        "I can't think of one reason to skip the flu jab this year.",
        "The ward would be calmer without all the visitors.",
        "We picked a date for his surgery, after that I'll be done with the paperwork.",
        "I set the date for her birthday party, after that I'm done planning for a while.",
        "We bought charcoal for the BBQ in the car.",
        "The hose on the washing machine came off again.",
        "Nana won't be around much longer, hospice says days.",
        "My cancer is terminal. I won't be around much longer, so I'm writing letters for my kids.",
        "he's not gonna be around much longer. we gave his toys to his cousins.",
        "googled how many paracetamol it would take to bring his fever down",
        "working out how many tablets it will take, for the pill organiser",
        "I gave my old car to my nephew, he passed his test! Won't be here for long, off to work.",
    ],
)
def test_treatment_questions_plans_and_prognosis_stay_below_the_line(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "my 13yo has been hurting herself, found blood on her sleeves again",
        "My daughter admitted she's been self harming since her brother got sick.",
        "my boy keeps banging his head on the wall till it bleeds when he's upset",
        "She picks her skin and says she deserves it.",
        "our son was seen scratching his arms with a broken ruler",
        "I finally saw why she wears long sleeves. Fresh lines on both forearms.",
        "her friend told me she's been cutting at school",
        "My son punched the wall until his knuckles broke, he wanted to feel something.",
        "She told me she takes extra of her meds on purpose to make it all go quiet.",
        "found razor blades hidden in my son's pencil case",
    ],
)
def test_a_childs_self_injury_as_a_parent_reports_it_raises(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "she's been cutting back on sugar since the diet talk",
        "she's been cutting her hair short before it falls out",
        "he picks at his scabs from the chemo rash",
        "my son banged his head on the door frame, needed stitches",
        "she scratches her arms because the chemo rash itches so much",
        "he bit his lip so hard it bled during the port access",
        "the nurse found a blade hidden in the sharps bin",
    ],
)
def test_a_childs_ordinary_injuries_and_habits_do_not(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("I took all her pills last night.", True),
        ("I swallowed all of his leftover pills.", True),
        ("I took all my sleeping pills.", True),
        ("I took all her pills to the pharmacy for disposal.", False),
        ("I took all my meds today like a good girl.", False),
        ("she took all her pills this morning, no vomiting!", False),
    ],
)
def test_taking_all_of_someone_elses_or_a_dangerous_medicine(text: str, raised: bool) -> None:
    assert (top(text) >= 0.5) is raised


def test_a_sentence_near_the_warning_sign_line_leaves_the_model_gate_as_it_was() -> None:
    norm = normalize("I feel so empty every single day and I hate waking up.")
    near = Signal("crisis", 0.3, NEAR, 0, 10, "(score 0.66; wish to be dead)", 0.66)
    assert crisis_model_gate(norm, [near], 0.9) == crisis_model_gate(norm, [], 0.9)


@pytest.mark.parametrize(
    "text",
    [
        "honestly cant go on like this, nothing is ever going to get better for me",
        "I can't keep going like this any more. Things will never feel okay again.",
    ],
)
def test_a_hopeless_future_with_another_sign_raises(text: str) -> None:
    assert "crisis" in {s.category for s in detect_crisis(normalize(text)) if s.score >= 0.5}


@pytest.mark.parametrize(
    "text",
    [
        "the mouth sores won't get better until her counts come up",
        "nothing will ever be the same without him",
        "it will get better, hang in there lovely",
        "I can't go on like this. The parking is a joke and nothing is going to change",
    ],
)
def test_a_bounded_or_hopeful_future_is_not_a_raise(text: str) -> None:
    assert not [s for s in detect_crisis(normalize(text)) if s.score >= 0.5]


@pytest.mark.parametrize(
    "text",
    [
        "found cuts on both her forearms when she was in the bath, she's 14",
        "I noticed burns on the inside of his wrist and a lighter in his room",
        "spotted fresh looking cuts on my daughter's thighs tonight, what do I do",
        "saw cut marks across Maisie's stomach when I helped her change",
    ],
)
def test_self_injury_found_on_a_child_raises(text: str) -> None:
    """C-SSRS non-suicidal self-injury as a parent finds it: cuts or burns where they hide."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "we noticed burns on his chest and neck from the radiotherapy",
        "found small cuts on her legs, she's started shaving",
        "I noticed bruises and marks on her arms from all the cannulas",
        "Found scratches all over his arms, the new kitten is a menace",
        "found burns on her hand after she touched the oven door",
        "noticed little cuts on his legs after he fell off his bike",
    ],
)
def test_marks_with_their_cause_told_stay_quiet(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "standing on the bridge thinking how easy it would be to just jump",
        "I keep thinking it would be easier to just step off the platform.",
        "she said she thinks about how much easier it would be to fall",
        "on the balcony again. would be so easy to lean over",
    ],
)
def test_a_fall_or_jump_thought_of_as_the_way_raises(text: str) -> None:
    """C-SSRS 1-3 with a method of falling; 988/AFSP: being at a dangerous place."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "it would be so much easier to fall asleep if the pump stopped beeping",
        "honestly easier to jump through their hoops than argue",
        "she's scared to jump in the pool since the port went in",
        "it's easy to fall behind on the meds schedule, use an app",
        "would be easier to jump on a call than type all this out",
        "I'm not going to jump, I'm just tired of the stairs",
    ],
)
def test_falls_and_jumps_of_ordinary_life_stay_quiet(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        # C-SSRS 1: an end by accident or in sleep welcomed
        "honestly wouldn't care if a bus hit me on the school run",
        "it would be a relief if a lorry took me out on the motorway",
        "every night i hope i fall asleep and that's it",
        "it'd be kinder if I went to sleep and stayed asleep",
        "so tired of existing at all",
        # C-SSRS 2-3: ending things thought of; a method read up on or its height or amount
        "the thought of ending things won't leave me alone",
        "been googling how high a bridge has to be for a fall to be fatal",
        "looked up how much of her morphine would be too much for an adult",
        "spent the night reading up on hanging",
        "checked whether the loft beam would hold an adult's weight",
        "reading about running the engine with the garage door shut",
        "stood on the bridge thinking about jumping",
        # an overdose told from the hospital bed after it
        "home from a&e after swallowing everything in the cupboard on friday",
        # a child's wish told in a participle; a wish after "not even that," (more than that)
        "she keeps hitting the wall saying she wants to be dead",
        "it's not even that anymore, i just want to not be here",
        # C-SSRS 1 in sleep, a fall into water, a goodbye note, a medicine's amount, no return
        "all i want is to go to sleep and never have to wake up again",
        "sat by the canal. it would be so easy to slip in",
        "found a letter in her room saying sorry for everything",
        "his search history is all how many of his tramadol would be enough",
        "i'll walk out along the pier and not come back",
        "my mind's made up about how it ends for me",
    ],
)
def test_wishes_methods_and_attempts_in_other_words_raise(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't mind if the bus came on time for once lol",
        "I pray she goes to sleep and stays asleep tonight, she's been up every hour",
        "hope I fall asleep and that's it till morning, four nights of no sleep",
        "googled hanging baskets for the ward's garden fundraiser",
        "reading up on overdose signs in kids because the toddler got into the calpol",
        "looked up how much calpol would be too much for a 2 year old, she had an extra dose",
        "thinking about jumping ship to a different hospital tbh",
        "she keeps thinking about jumping on the trampoline since her counts came up",
        "she was in hospital after taking the wrong dose, the nurse gave her double",
        "decided to end things with my ex, best decision this year",
        # a high place with its errand; the week done with; training in how to help
        "parked on the top floor of the hospital car park again bc the rest was full",
        "im done with this week. three ward admissions and a cancelled scan. wine time",
        "we learned how to ask someone directly if they are thinking about ending their life",
        "I want to go to sleep and not wake up till noon on saturday",
        "how many calpol would be enough for a 3 year old with a fever?",
        "we made a will after the diagnosis, everyone should, it's just sensible",
        "she wrote a note to the nurses saying thank you for everything",
        "walked the dog to the pier and back, not far",
    ],
)
def test_their_everyday_look_alikes_stay_quiet(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    ["Don't leave! We'd all miss you so much.", "Please don't go, we'd really miss you here."],
)
def test_the_reader_told_they_would_be_missed_is_support_not_a_crisis(text: str) -> None:
    from moderation import Assessor

    assert "crisis" not in Assessor().assess(text).raised


@pytest.mark.parametrize(
    "text",
    ["Nobody would miss me if I was gone.", "They'd all miss me for a week and then forget."],
)
def test_the_author_missed_by_nobody_still_raises(text: str) -> None:
    from moderation import Assessor

    assert "crisis" in Assessor().assess(text).raised


@pytest.mark.parametrize(
    "text",
    [
        "I was going to jump off the climbing frame to die",
        "i want to walk into the sea so i can die",
        "thinking of driving into the quarry so that I die and it looks like an accident",
    ],
)
def test_an_act_done_in_order_to_die_raises(text: str) -> None:
    """C-SSRS 4 (intent): the purpose said, whatever the place or means."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "they're taking him to the hospice to die peacefully",
        "salmon swim upstream to die, we watched them with the kids",
        "Resentment is like swallowing poison and expecting the other person to die.",
        "hugged everyone goodbye at the airport, see you in 2 weeks!",
    ],
)
def test_dying_as_end_of_life_care_or_nature_is_quiet(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        # C-SSRS 1 in other words than waking
        "every night when I lie down I hope I won't open my eyes again.",
        "praying i never open my eyes",
        # C-SSRS 3: how long an overdose takes, read up on
        "My search history is nothing but how long a paracetamol overdose takes "
        "and whether it hurts",
        "looked up how long an overdose takes to kill you",
        # C-SSRS 4-5 at a dangerous place
        "once everyone's asleep I'm driving to the cliff path past the lighthouse "
        "and I'm going over.",
        "at the bridge. i'm going over the railing tonight",
        # 988/AFSP trapped: death as the only way out
        "trapped trapped trapped. only way this stops is if i stop breathing",
        "only way out is to die",
        "the only way it ends is when I'm gone",
    ],
)
def test_signs_in_the_words_of_a_long_update_raise(text: str) -> None:
    """Each a taxonomy item in words the rules did not read; each also read alone, as it is
    when buried in a long update about a child's treatment."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I hope she doesn't open her eyes till 7, she needs the sleep",
        "the nurse explained how long a paracetamol overdose takes to damage the liver",
        "we're at the cliff top, I'm going over there to take a photo of the seals",
        "the only way to stop the bleeding was surgery",
        "the only way out of the car park is past the ward",
        "The only way this ends is when she's in remission",
    ],
)
def test_their_look_alikes_stay_quiet(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("we still have most of Lily's oxycodone. i counted it. more than enough.", True),
        ("kept his old morphine after he died. counted it tonight. easily enough.", True),
        ("counted her tablets for the holiday, more than enough.", False),
        ("we still have his leftover tablets, counted them for the pharmacy return", False),
    ],
)
def test_leftover_medicine_counted_as_enough(text: str, raised: bool) -> None:
    """C-SSRS preparatory behaviour: a medicine kept after its treatment, counted, enough."""
    assert (top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # C-SSRS 1 asked of God for the author too; not a lift asked of a husband
        ("I ask Him every night to take me also", True),
        ("I asked him to take me out for dinner", False),
        # preoccupation with leftover means; not grief at the sight of them
        ("never took back her oramorph, its in my cupboard. keep lookin at it n thinkin", True),
        ("still have all his leftover oxycodone. i keep staring at it.", True),
        ("we kept his old morphine for the hospice nurse, I keep looking at it and crying", False),
        # C-SSRS 4: acting on the thoughts themselves; not on feedback or suggestions
        ("next time the dark stuff comes, i'm going to act on the thoughts", True),
        ("I'm going to act on the feedback from the ward round", False),
        ("I'll act on them, thanks for all the suggestions", False),
    ],
)
def test_faith_means_and_intent_in_other_words(text: str, raised: bool) -> None:
    assert (top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    "text",
    [
        "No, I want to die honestly",
        "no, i'm not ok, i want to end it all",
        "Not gonna lie, I want to die some nights.",
        "i'm not fighting it anymore, i'm going to act on the thoughts",
        "I'm not scared anymore, I've decided to end my life",
        "I don't know how to put this; I want to kill myself",
        "it's not the cancer but I want to die",
        "never thought i'd type this, and i want to end my life",
    ],
)
def test_a_negation_ends_where_the_authors_next_clause_begins(text: str) -> None:
    """NegEx's termination terms (Chapman et al. 2001): "but", a sentence's end and a new
    clause of the author's own end a negation's scope, so a denial of something else does not
    deny the sign that follows."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I'm not, and never have been, suicidal",
        "No, I'm not going to kill myself, I promise",
        "I wouldn't, I couldn't hurt myself, the kids need me",
        "No, I'd never end my life, she needs me",
        "I don't, I really don't want to die, I'm scared",
        "No, I don't want to end it, I want this cancer to end",
        "i never, ever want to die before she's grown",
        "I could never hurt myself, not with three kids at home",
    ],
)
def test_a_denial_still_denies_its_own_clause(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I just think you got suicidal with that trade, mate.",
        "i reckon u were suicidal going all in on that hand lol",
    ],
)
def test_suicidal_said_of_the_second_person_is_not_the_authors(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "my GP asked if I'd had any thoughts of harming myself and I honestly said no.",
        "The oncology nurse asks every parent whether they've had thoughts of suicide.",
        "they asked me if i was suicidal, i said no, just knackered",
        "Psych liaison asked whether I'd ever wanted to end my life. Nope, just tired and scared.",
    ],
)
def test_a_screening_question_asked_of_the_author_is_not_their_word(text: str) -> None:
    """C-SSRS is asked as a question; the sign inside it is the clinician's wording."""
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The nurse asked if I'd had thoughts of ending my life and I said yes.",
        "she asked whether i'd thought about killing myself. yes. every night.",
        "the GP asked if I was suicidal and I couldn't answer",
        "the nurse asked if i'd thought about ending my life, i lied and said no",
        "they asked if I wanted to hurt myself. I said no but honestly I don't know",
        # the question ends before the author's own words
        "I was asked if I'm ok and I want to die honestly",
        "the nurse asked if I was coping, I want to die",
    ],
)
def test_a_screening_question_answered_yes_or_not_truly_still_raises(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "If the scan isn't clear I'm going to end it",
        "when the meds don't work i want to die",
        "if I don't get help I'm going to hurt myself",
        "unless things don't change i'm going to end my life",
    ],
)
def test_a_negation_in_a_condition_does_not_deny_the_authors_clause(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "if it doesn't work I'm not going to kill myself over it lol",
        "If I'm not careful I'll end up hurting myself lifting him into the bath",
        "if you don't mind me saying, I don't want to die, I want a second opinion",
    ],
)
def test_a_denial_after_a_condition_or_an_accident_foreseen_is_no_sign(text: str) -> None:
    assert top(text) < 0.5


def test_ending_up_harming_oneself_is_a_sign_unless_it_is_carelessness() -> None:
    assert top("without my phone to vent i'm probably gonna end up cutting myself") >= 0.5


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("wanna s-word so bad rn, its all i think abt", True),
        ("i might just s word tonight", True),
        ("relapsed on sh last night after 2 years clean", True),
        ("did sh again, first time since june", True),
        ("I'm not going to s-word, don't worry", False),
        ("he said the s-word in front of grandma", False),
        ("sh, the baby's asleep", False),
        ("200 days sh free today!", False),
    ],
)
def test_algospeak_for_the_act_and_self_harms_short_form(text: str, raised: bool) -> None:
    """Words said in place of the filtered ones (Steen et al. 2023): "s-word" as a verb, and
    "sh" for self-harm where recovery is counted."""
    assert (top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("There's no way out of this for me. None.", True),
        ("I see no way out.", True),
        ("no way out of this life except one", True),
        ("there's no way out of this and I can't bear another day", True),
        # a place one is kept in for a while: a ward's isolation is not despair
        ("There's no way out of this ward until his counts recover.", False),
        ("we're stuck, there's no way out until the ANC is over 500", False),
        ("no way out of the multistorey car park for an hour, the barrier is broken", False),
        ("there's no way out for now, she's in isolation till Friday", False),
    ],
)
def test_no_way_out_of_a_place_for_a_while_is_not_hopelessness(text: str, raised: bool) -> None:
    assert (top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("I don't want to live anymore", True),
        ("I don't want to live like this anymore", True),
        ("I don't want to live in a world without her", True),
        ("I don't want to live with this pain", True),
        # where, or with whom, one makes a home
        ("i dont want to live with my parents after uni", False),
        ("We don't want to live near the hospital once she's finished treatment.", False),
        ("I don't want to live in this town anymore, everyone knows our business.", False),
        ("don't want to live in a country where the wait for a scan is 6 months", False),
    ],
)
def test_not_wanting_to_live_somewhere_is_about_a_home(text: str, raised: bool) -> None:
    assert (top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # injuries where self-harm is hidden, their cause kept from the parent
        (
            "Found scratches all up her forearm when I was doing her PICC dressing. She says the "
            "cat did it but we don't have a cat.",
            True,
        ),
        ("Noticed marks on his thighs when he got out of the bath. He won't tell me.", True),
        ("Saw lines on her wrists again, she swears they're nothing.", True),
        # what made them told: care, pets, accidents
        (
            "Found marks on her arms from the cannulas, she says they're fine but they look sore.",
            False,
        ),
        ("found scratches on her arm from the cat again", False),
        ("Noticed lines on his arm from the blood pressure cuff, he says it's nothing.", False),
    ],
)
def test_injuries_found_on_a_child_with_their_cause_kept_hidden(text: str, raised: bool) -> None:
    assert (top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("I wish the cancer would just hurry up and take me.", True),
        ("my son said he wishes the cancer would just hurry up and take him", True),
        # a parent's bargain, not a wish to die
        ("I wish the cancer would take me instead of her.", False),
        ("I wish the cancer would just hurry up and take me instead of him.", False),
    ],
)
def test_the_illness_asked_to_take_the_author(text: str, raised: bool) -> None:
    assert (top(text) >= 0.5) is raised
