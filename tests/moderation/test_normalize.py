from moderation.normalize import normalize


def test_confusables_and_compatibility_forms():
    assert normalize("kіll yоurself").text == "kill yourself"  # Cyrillic і and о
    assert normalize("ｆｕｃｋ you").text == "fuck you"  # full-width


def test_zero_width_removed():
    assert normalize("ki\u200bll your\u200dself").text == "kill yourself"


def test_leetspeak():
    assert normalize("go k1ll yourself").text == "go kill yourself"
    assert normalize("stupid b1tch").text == "stupid bitch"
    assert normalize("f@cking").text == "facking"
    assert normalize("$hit").text == "shit"


def test_numbers_prices_and_mentions_untouched():
    assert normalize("call 988, $5 copay, @mom1").text == "call 988, $5 copay, @mom1"
    assert normalize("mail jo@x.com").text == "mail jo@x.com"


def test_masked_swear_and_stretched_letters():
    assert normalize("F*** cancer").text == "fuck cancer"
    assert normalize("fuuuuuck").text == "fuuck"
    assert normalize("killlllll").text == "kill"


def test_spaced_letters():
    assert normalize("k i l l  y o u r s e l f").text == "kill yourself"


def test_quote_maps_back_to_original():
    n = normalize("go k 1 l l  yourself now")
    start = n.text.index("kill")
    assert n.quote(start, start + 4) == "k 1 l l"
    n2 = normalize("You are an ＩＤＩＯＴ")
    i = n2.text.index("idiot")
    assert n2.quote(i, i + 5) == "ＩＤＩＯＴ"


def test_text_speak_one_letter_words_stay_words():
    assert normalize("u r a f*cking idiot").text == "u r a fucking idiot"
    assert normalize("r u ok").text == "r u ok"
    assert normalize("k i l l  y o u r s e l f").text == "kill yourself"


def test_masked_swear_starting_with_at_sign_is_not_a_mention():
    assert normalize("ur a dumb @ss").text == "ur a dumb ass"
    assert normalize("thanks @sam").text == "thanks @sam"


def test_runs_of_spaces_collapse_and_quotes_stay_original():
    norm = normalize("I   will  hurt you")
    assert norm.text == "i will hurt you"
    assert norm.quote(0, len(norm.text)) == "I   will  hurt you"


def test_chat_ppl_reads_as_people_and_quotes_the_original():
    norm = normalize("trans ppl arent the problem, those PEEPS are lovely")
    assert norm.text == "trans people arent the problem, those people are lovely"
    i = norm.text.index("people")
    assert norm.quote(i, i + len("people")) == "ppl"
    assert normalize("@ppl hi").text == "@ppl hi"  # a handle stays a handle
    assert normalize("apple pplx").text == "apple pplx"


def test_chat_spellings_read_as_words_and_quote_the_original():
    norm = normalize("my kids wd be better off w/o me, been savin up, every1 knows")
    assert norm.text == "my kids would be better off without me, been saving up, everyone knows"
    i = norm.text.index("without")
    assert norm.quote(i, i + len("without")) == "w/o"
    i = norm.text.index("everyone")
    assert norm.quote(i, i + len("everyone")) == "every1"  # not read as leetspeak "everyi"


def test_words_that_only_look_like_chat_spellings_stay():
    for text in ("kevin said begin at the cabin", "a bout of flu", "u r a star", "w/o/w", "@wd hi"):
        assert normalize(text).text == text


def test_numbers_with_a_unit_are_not_leetspeak():
    assert normalize("my 13yo took 10mg at 4am, 3x a day, 5th cycle").text == (
        "my 13yo took 10mg at 4am, 3x a day, 5th cycle"
    )
    assert normalize("k1ll 4ll of them").text == "kill all of them"


def test_algospeak_and_masked_words_of_suicide_read_as_the_words():
    assert normalize("wanna unalive myself").text == "wanna kill myself"
    assert normalize("thinking abt sewer slide").text == "thinking about suicide"
    assert normalize("im gonna kms").text == "im gonna kill myself"
    assert normalize("gonna k*ll myself, su*cide").text == "gonna kill myself, suicide"
    norm = normalize("im gonna kms")
    i = norm.text.index("kill")
    assert norm.quote(i, len(norm.text)) == "kms"


def test_kms_after_a_number_is_kilometres():
    assert normalize("drove 5 kms, then 3kms more").text == "drove 5 kms, then 3kms more"
