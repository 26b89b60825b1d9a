"""A child's sign told by the parent, read from the child's side by the author's rules."""

from moderation.normalize import normalize
from moderation.rules.crisis import detect_crisis
from moderation.rules.someone_close import TOLD_BY_RULE
from moderation.rules.told_view import child_view


def test_the_view_turns_the_child_into_the_speaker_and_the_verbs_agree():
    assert (
        child_view("my daughter has been saying everyone would be better off without her.")
        == "i have been saying everyone would be better off without me."
    )
    assert child_view("he keeps saying his mum would cope") == "i keep saying my mum would cope"
    assert child_view("she hurts herself") == "i hurt myself"


def test_no_view_of_a_sentence_with_the_authors_own_words_or_no_child():
    assert child_view("we found the blades in his pencil case.") is None
    assert child_view("my son said i should rest.") is None
    assert child_view("the weather is awful today.") is None


def _told(text: str) -> list[str]:
    signals = detect_crisis(normalize(text))
    return [s.detail for s in signals if s.signal == TOLD_BY_RULE and s.score >= 0.5]


def test_a_sign_of_the_authors_form_told_of_their_child_is_the_childs():
    found = _told("My daughter has been saying everyone would be better off without her.")
    assert found and found[0].startswith("told of their child:")


def test_a_child_named_is_needed_and_the_view_reads_no_sign_into_ordinary_talk():
    assert not _told("She has been saying everyone would be better off without her.")
    assert not _told("My son keeps saying he wants to go home, he misses the dog.")
    assert not _told("Our boy is dying, the hospice says days not weeks.")


def test_a_she_after_another_person_named_is_theirs_not_the_childs():
    text = (
        "My mother-in-law wants to babysit. She is mentally ill. She cuts herself. "
        "Our son is only four and I don't know what to say to her."
    )
    assert not _told(text)
    assert _told("My mother-in-law is lovely. My son is not. He cuts himself and hides it.")


def test_the_parents_frame_and_a_childs_age_or_forum_name_tell_of_the_child():
    # "told me that" is the parent's frame; the words after it are the child's
    assert _told("My 12yo told me she wishes she could go to sleep forever.")
    # the child named by name and age only
    assert _told("Sam keeps saying he doesn't want to wake up. He's eight.")
    assert _told("my dd says shes tired of being alive")
    assert _told("The teenager informed me last night that she wants to die.")


def test_a_wish_for_someone_elses_death_is_not_the_childs_sign():
    assert not _told("My toddler wants her daddy to die when she's mad at him.")
    assert not _told("Sam keeps saying he wants to go home. He's eight.")
    assert not _told("Grandad keeps saying he wants to die at home. He's 88.")


def test_two_weak_signs_of_the_child_together_are_the_childs_sign():
    """Each weak alone (988/AFSP giving away, saying goodbye), told in two sentences."""
    for text in (
        "our 15yo has started giving her things away. she keeps hugging everyone goodbye.",
        "my son gave all his games away this week and he said goodbye to everyone at his club.",
        "My daughter (14) is giving away her jewellery. She's been saying goodbye to everyone.",
    ):
        found = _told(text)
        assert len(found) == 1 and "giving away" in found[0] and "goodbye" in found[0]


def test_one_weak_sign_of_the_child_or_a_goodbye_at_a_parting_is_not():
    for text in (
        "our daughter is giving her clothes away to her cousin, she's grown out of them.",
        "my son has been hugging everyone goodbye at the school gate, it's so sweet.",
        "my daughter gave away her old toys to the playroom and hugged everyone goodbye when "
        "she was discharged.",
        "my son hugged everyone goodbye. he gave away his lego on his last day on the ward.",
    ):
        assert _told(text) == [], text
