from moderation.embedding.chunks import split_chunks


def words(text: str) -> int:
    return len(text.split())


def test_short_text_is_one_chunk_unchanged():
    text = "Scan day for us. Fingers crossed."
    assert split_chunks(text, words, limit=10) == [text]


def test_long_text_packed_by_sentences_within_the_limit():
    sentences = [f"Sentence number {i} has six words." for i in range(10)]
    text = " ".join(sentences)
    chunks = split_chunks(text, words, limit=13)
    assert len(chunks) == 5
    assert all(words(c) <= 13 for c in chunks)
    assert " ".join(chunks) == text  # nothing lost, order kept


def test_line_breaks_and_quoted_post_lists_are_boundaries():
    text = "['first post is here', 'second post is here']\nthird line is here too"
    chunks = split_chunks(text, words, limit=5)
    assert chunks == ["['first post is here", "second post is here']", "third line is here too"]


def test_one_sentence_over_the_limit_stays_whole():
    text = "word " * 30 + ". short one."
    chunks = split_chunks(text.strip(), words, limit=10)
    assert chunks[0].startswith("word word") and words(chunks[0]) == 31
    assert chunks[-1] == "short one."
